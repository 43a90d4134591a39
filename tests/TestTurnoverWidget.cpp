// The "Omsetningsoppgaver" tab: the deadline, the list with its search, state filter and counts,
// the CSV template, the request letters for every licence without a report, and the litre format.

#include "FeeCycleUiTestSupport.h"
#include "FileDialog.h"
#include "SanctionTestSupport.h"
#include "TestUiSupport.h"
#include "TurnoverReportDialog.h"
#include "TurnoverWidget.h"
#include "storage/TurnoverRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QtTest>

using namespace bevilling;

class TestTurnoverWidget : public QObject, private test::FeeCycleUiFixture
{
    Q_OBJECT
public:
    TestTurnoverWidget() : FeeCycleUiFixture(QDate(2025, 3, 20)) {}

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void formatLitres_data();
    void formatLitres();
    void parseNumber_data();
    void parseNumber();
    void deadlineListAndFilters();
    void templateAndRequestLetters();

private:
    int visibleRows() const
    {
        int n = 0;
        for (int r = 0; r < m_widget->table()->rowCount(); ++r)
            n += m_widget->table()->isRowHidden(r) ? 0 : 1;
        return n;
    }

    std::unique_ptr<TurnoverWidget> m_widget;
    qint64 m_first = 0;
};

void TestTurnoverWidget::initTestCase()
{
    QVERIFY(setUpApplication());
}

void TestTurnoverWidget::init()
{
    QVERIFY(openRegister(QStringLiteral("turnover"), QStringLiteral("national")));
    m_first = test::addLicence(*m_db, m_clock, QStringLiteral("2024-001"));
    QVERIFY(m_first > 0);
    QVERIFY(addLicence(QStringLiteral("2024-002"), QStringLiteral("Havkroa AS"), QStringLiteral("910000012")) > 0);
    QVERIFY(showWidget(m_widget, QSize(1300, 700)));
}

void TestTurnoverWidget::cleanup()
{
    closeWidget(m_widget);
}

void TestTurnoverWidget::formatLitres_data()
{
    QTest::addColumn<double>("litres");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << 0.0 << QStringLiteral("0");
    QTest::newRow("hundreds") << 950.0 << QStringLiteral("950");
    QTest::newRow("thousands") << 20000.0 << QStringLiteral("20 000");
    QTest::newRow("millions") << 1234567.0 << QStringLiteral("1 234 567");
    QTest::newRow("decimal") << 1234.5 << QStringLiteral("1 234,5");
    QTest::newRow("hundredths") << 0.25 << QStringLiteral("0,25");
}

void TestTurnoverWidget::formatLitres()
{
    QFETCH(double, litres);
    QFETCH(QString, text);
    QCOMPARE(TurnoverReportDialog::formatLitres(litres), text);
}

void TestTurnoverWidget::parseNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("value");
    QTest::newRow("plain") << QStringLiteral("20000") << true << 20000.0;
    QTest::newRow("spaces") << QStringLiteral("20 000") << true << 20000.0;
    QTest::newRow("no-break space") << QStringLiteral("20\u00a0000") << true << 20000.0;
    QTest::newRow("decimal comma") << QStringLiteral("1 234,5") << true << 1234.5;
    QTest::newRow("decimal point") << QStringLiteral("1234.5") << true << 1234.5;
    QTest::newRow("negative") << QStringLiteral("-5") << true << -5.0;
    QTest::newRow("empty") << QString() << true << 0.0;
    QTest::newRow("word") << QStringLiteral("tjue") << false << 0.0;
    QTest::newRow("two commas") << QStringLiteral("1,2,3") << false << 0.0;
}

void TestTurnoverWidget::parseNumber()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(double, value);
    const std::optional<double> parsed = TurnoverReportDialog::parseNumber(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, value);
}

void TestTurnoverWidget::deadlineListAndFilters()
{
    QCOMPARE(m_widget->yearSpinBox()->value(), 2025);
    QCOMPARE(m_widget->deadlineLabel()->text(), QStringLiteral("Deadline: 01.03.2025 (default – not set in the rule set)"));
    QCOMPARE(m_widget->table()->rowCount(), 2);
    QCOMPARE(m_widget->countLabel()->text(), QStringLiteral("0 of 2 received, 2 missing, 0 reminded"));

    // One report received on time.
    QVERIFY(addReport(m_first, 2025, QDate(2025, 2, 20), 20000, 20000));
    m_widget->reload();
    QCOMPARE(m_widget->countLabel()->text(), QStringLiteral("1 of 2 received, 1 missing, 0 reminded"));

    // The search and the state filter.
    QTest::keyClicks(m_widget->searchEdit(), QStringLiteral("havkroa"));
    QCOMPARE(visibleRows(), 1);
    m_widget->searchEdit()->clear();
    QCOMPARE(visibleRows(), 2);
    const int received = m_widget->stateComboBox()->findData(TurnoverRules::stateKey(TurnoverState::Received));
    QVERIFY(received > 0);
    m_widget->stateComboBox()->setCurrentIndex(received);
    QCOMPARE(visibleRows(), 1);
    QVERIFY(m_widget->selectLicence(QStringLiteral("2024-001")));
    QVERIFY(!m_widget->selectLicence(QStringLiteral("2024-002")));
    m_widget->stateComboBox()->setCurrentIndex(0);

    // Another year: the list follows the year selector (2026: both still have a duty).
    m_widget->yearSpinBox()->setValue(2026);
    QVERIFY(m_widget->deadlineLabel()->text().contains(QStringLiteral("01.03.2026")));
    QCOMPARE(m_widget->table()->rowCount(), 2);
}

void TestTurnoverWidget::templateAndRequestLetters()
{
    const QString csv = QDir(m_dir.path()).filePath(QStringLiteral("mal.csv"));
    FileDialog::setNextFileName(csv);
    m_widget->button(QStringLiteral("templateButton"))->click();
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("2024-001")));
    QVERIFY(text.contains(QStringLiteral("2024-002")));
    QVERIFY(text.contains(QStringLiteral("2025")));

    // No selection: a request to every licence without a report, one letter each.
    m_widget->table()->clearSelection();
    const QString pdf = QDir(m_dir.path()).filePath(QStringLiteral("anmodning.pdf"));
    FileDialog::setNextFileName(pdf);
    QPushButton *request = m_widget->button(QStringLiteral("requestButton"));
    QVERIFY(request->isEnabled());
    request->click();
    QFile out(pdf);
    QVERIFY(out.open(QIODevice::ReadOnly));
    QVERIFY(out.read(5).startsWith("%PDF-"));
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(30000));
    const QString letters = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY(letters.contains(QStringLiteral("Fjordkroa AS")));
    QVERIFY(letters.contains(QStringLiteral("Havkroa AS")));
    QVERIFY(letters.contains(QStringLiteral("01.03.2025")));
    const QList<TurnoverReport> rows = *TurnoverRepository(*m_db, m_clock).list(2025);
    QCOMPARE(rows.size(), 2);
    for (const TurnoverReport &row : rows) {
        QCOMPARE(row.requestedOn, QDate(2025, 3, 20));
        QVERIFY(!row.isReceived());
    }
}

QTEST_MAIN(TestTurnoverWidget)
#include "TestTurnoverWidget.moc"
