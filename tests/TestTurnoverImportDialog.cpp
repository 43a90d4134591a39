// Importing turnover reports from a Norwegian Excel export (Windows-1252, semicolons, decimal
// commas, spaces between thousands) through the preview: every row is shown, the bad one with its
// reason, and only the good rows are saved; cancel saves nothing; a file with wrong columns is
// refused with the reason.

#include "FeeCycleUiTestSupport.h"
#include "FeesAreaWidget.h"
#include "FileDialog.h"
#include "SanctionTestSupport.h"
#include "TestUiSupport.h"
#include "TurnoverImportDialog.h"
#include "TurnoverWidget.h"
#include "storage/TurnoverRepository.h"

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace bevilling;

class TestTurnoverImportDialog : public QObject, private test::FeeCycleUiFixture
{
    Q_OBJECT
public:
    TestTurnoverImportDialog() : FeeCycleUiFixture(QDate(2025, 3, 20)) {}

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void norwegianExcelFile();
    void cancelSavesNothing();
    void wrongColumnsAreRefused();

private:
    QString writeFile(const QByteArray &bytes)
    {
        const QString path = QDir(m_dir.path()).filePath(QStringLiteral("import-%1.csv").arg(++m_csvNumber));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return QString();
        return path;
    }
    // What Excel's "CSV (semikolondelt)" writes: Windows-1252 (å = E5, Ø = D8), ';', decimal comma.
    static QByteArray excelFile()
    {
        QByteArray bytes("bevillingsnummer;\xe5r;mottatt;faktisk_gruppe1;faktisk_gruppe2;faktisk_gruppe3;"
                         "forventet_gruppe1;forventet_gruppe2;forventet_gruppe3;revisorbekreftet;merknad\r\n");
        bytes += "2024-001;2025;15.02.2025;20 000;1 500;0;21 000;1 600;0;ja;\xd8kt omsetning\r\n";
        bytes += "2024-002;2025;16.02.2025;1234,5;0;0;1500;0;0;nei;\r\n";
        bytes += "2024-999;2025;16.02.2025;100;0;0;100;0;0;nei;\r\n";
        return bytes;
    }
    std::optional<TurnoverReport> stored(qint64 licenceId) const
    {
        return *TurnoverRepository(*m_db, m_clock).find(licenceId, 2025);
    }

    std::unique_ptr<FeesAreaWidget> m_area;
    qint64 m_first = 0;
    qint64 m_second = 0;
    int m_csvNumber = 0;
};

void TestTurnoverImportDialog::initTestCase()
{
    QVERIFY(setUpApplication());
}

void TestTurnoverImportDialog::init()
{
    QVERIFY(openRegister(QStringLiteral("import"), QStringLiteral("national")));
    m_first = test::addLicence(*m_db, m_clock, QStringLiteral("2024-001"));
    m_second = test::addLicence(*m_db, m_clock, QStringLiteral("2024-002"));
    QVERIFY(m_first > 0 && m_second > 0);
    QVERIFY(showWidget(m_area, QSize(1300, 800)));
}

void TestTurnoverImportDialog::cleanup()
{
    closeWidget(m_area);
}

void TestTurnoverImportDialog::norwegianExcelFile()
{
    const QString path = writeFile(excelFile());
    QVERIFY(!path.isEmpty());
    FileDialog::setNextFileName(path);
    bool seen = false;
    test::whenModal<TurnoverImportDialog>([&](TurnoverImportDialog *dialog) {
        seen = true;
        QVERIFY(dialog->preview());
        QCOMPARE(dialog->preview()->encoding, QStringLiteral("Windows-1252"));
        QTableWidget *table = dialog->table();
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, TurnoverImportDialog::LicenceColumn)->text(), QStringLiteral("2024-001"));
        QCOMPARE(table->item(0, TurnoverImportDialog::ActionColumn)->text(), QStringLiteral("New"));
        QCOMPARE(table->item(0, TurnoverImportDialog::ActualColumn)->text(), QStringLiteral("20 000 / 1 500 / 0"));
        QCOMPARE(table->item(1, TurnoverImportDialog::ActualColumn)->text(), QStringLiteral("1 234,5 / 0 / 0"));
        QCOMPARE(table->item(2, TurnoverImportDialog::ActionColumn)->text(), QStringLiteral("Not imported"));
        QVERIFY(table->item(2, TurnoverImportDialog::RemarksColumn)->text().contains(QStringLiteral("2024-999")));
        QCOMPARE(table->item(2, TurnoverImportDialog::LineColumn)->text(), QStringLiteral("4"));
        QVERIFY(table->item(2, 0)->foreground().color() != table->item(0, 0)->foreground().color());
        QVERIFY(dialog->summaryLabel()->text().contains(QStringLiteral("2 can be imported")));
        QCOMPARE(dialog->importButton()->text(), QStringLiteral("Import 2 rows"));
        QVERIFY(dialog->importButton()->isEnabled());
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    });
    m_area->importTurnover();
    QVERIFY(seen);

    const std::optional<TurnoverReport> first = stored(m_first);
    QVERIFY(first && first->actual && first->expected);
    QCOMPARE(first->receivedOn, QDate(2025, 2, 15));
    QCOMPARE(first->actual->group[0], 20000.0);
    QCOMPARE(first->actual->group[1], 1500.0);
    QCOMPARE(first->expected->group[0], 21000.0);
    QVERIFY(first->auditorConfirmed);
    QCOMPARE(first->note, QStringLiteral("Økt omsetning"));
    const std::optional<TurnoverReport> second = stored(m_second);
    QVERIFY(second && second->actual);
    QCOMPARE(second->actual->group[0], 1234.5);
    QVERIFY(!second->auditorConfirmed);

    // The list shows both as received, and what was not imported.
    TurnoverWidget *widget = m_area->turnoverWidget();
    QVERIFY(widget->countLabel()->text().startsWith(QStringLiteral("2 of 2 received")));
    QVERIFY(widget->messageLabel()->text().contains(QStringLiteral("2 turnover reports imported")));
    QVERIFY(widget->messageLabel()->text().contains(QStringLiteral("Line 4 (2024-999)")));

    // Importing the same file again replaces the two reports.
    FileDialog::setNextFileName(path);
    test::whenModal<TurnoverImportDialog>([&](TurnoverImportDialog *dialog) {
        QCOMPARE(dialog->table()->item(0, TurnoverImportDialog::ActionColumn)->text(), QStringLiteral("Replaces"));
        dialog->reject();
    });
    m_area->importTurnover();
}

void TestTurnoverImportDialog::cancelSavesNothing()
{
    const QString path = writeFile(excelFile());
    FileDialog::setNextFileName(path);
    test::whenModal<TurnoverImportDialog>([&](TurnoverImportDialog *dialog) {
        QCOMPARE(dialog->table()->rowCount(), 3);
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QVERIFY(!m_area->turnoverWidget()->importCsv());
    QVERIFY(!stored(m_first));
    QVERIFY(!stored(m_second));
}

void TestTurnoverImportDialog::wrongColumnsAreRefused()
{
    const QString path = writeFile(QByteArray("licence;litres\n2024-001;100\n"));
    FileDialog::setNextFileName(path);
    bool seen = false;
    test::whenModal<TurnoverImportDialog>([&](TurnoverImportDialog *dialog) {
        seen = true;
        QVERIFY(!dialog->preview());
        QVERIFY(!dialog->errorLabel()->isHidden());
        QVERIFY(!dialog->errorLabel()->text().isEmpty());
        QVERIFY(!dialog->importButton()->isEnabled());
        dialog->reject();
    });
    QVERIFY(!m_area->turnoverWidget()->importCsv());
    QVERIFY(seen);
    QVERIFY(!stored(m_first));
}

QTEST_MAIN(TestTurnoverImportDialog)
#include "TestTurnoverImportDialog.moc"
