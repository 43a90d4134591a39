#include "FileDialog.h"
#include "Localization.h"
#include "MessageBox.h"
#include "ReportView.h"
#include "ReportsWidget.h"
#include "TestSupport.h"
#include "TestUiSupport.h"
#include "inspections/Inspection.h"
#include "reports/AnnualReports.h"
#include "storage/InspectionRepository.h"
#include "storage/LicenceRepository.h"

#include <QFile>
#include <QJsonDocument>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace bevilling;

class TestReportsWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsTheFiveReports();
    void choosesInspectionsAndYearByKeyboard();
    void showReportShowsAtOnce();
    void reportThatFailsShowsItsMessage();
    void noRegisterNoReport();
    void savesPdfCsvAndJson();
    void asksBeforeReplacingAFile();
    void cancelledDialogSavesNothing();
    void unwritableFileShowsTheError();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        T *found = m_widget->findChild<T *>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }
    QByteArray readAll(const QString &path) const;
    // The inspections table as shown: the total row's figure in the column of `yearTitle`.
    QString shownInspectionTotal(const QString &yearTitle) const;

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 10), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ReportsWidget> m_widget;
    int m_fileNumber = 0;
};

void TestReportsWidget::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::useTemporaryLocations(m_dir);
    Localization::install(*QCoreApplication::instance(), QStringLiteral("en"), {QStringLiteral("core"), QStringLiteral("ui")});
}

void TestReportsWidget::init()
{
    m_db = test::makeRegister(QDir(m_dir.path()).filePath(QStringLiteral("rapport-%1.sqlite").arg(++m_fileNumber)), m_clock,
                              QStringLiteral("national"));
    QVERIFY(m_db);
    const Result<Licence> licence = LicenceRepository(*m_db, m_clock).create(test::makeServingLicence());
    QVERIFY2(licence.ok(), qPrintable(licence.error().toString()));
    QList<qint64> inspectorIds;
    for (const QString &name : {QStringLiteral("Anne Kontroll"), QStringLiteral("Bjørn Kontroll")}) {
        Inspector inspector;
        inspector.name = name;
        inspector.organisation = QStringLiteral("Kontrollselskapet AS");
        inspector.knowledgeTestPassed = QDate(2024, 2, 1);
        const Result<Inspector> created = InspectorRepository(*m_db, m_clock).create(inspector);
        QVERIFY2(created.ok(), qPrintable(created.error().toString()));
        inspectorIds << created->id;
    }
    // Three serving inspections in 2026, none in 2025.
    for (const QDate &date : {QDate(2026, 2, 6), QDate(2026, 5, 15), QDate(2026, 9, 25)}) {
        Inspection inspection;
        inspection.licenceId = licence->id;
        inspection.date = date;
        inspection.start = QTime(21, 0);
        inspection.end = QTime(22, 0);
        inspection.type = rules::InspectionType::Serving;
        inspection.inspectorIds = inspectorIds;
        const Result<Inspection> created = InspectionRepository(*m_db, m_clock).create(inspection);
        QVERIFY2(created.ok(), qPrintable(created.error().toString()));
    }

    m_widget = std::make_unique<ReportsWidget>(m_clock);
    m_widget->resize(1300, 900);
    m_widget->setDatabase(m_db.get());
    m_widget->show();
    QVERIFY(test::activate(m_widget.get()));
}

void TestReportsWidget::cleanup()
{
    test::closeDialogs();
    MessageBox::clearNextAnswers();
    m_widget.reset();
    m_db.reset();
}

QByteArray TestReportsWidget::readAll(const QString &path) const
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString TestReportsWidget::shownInspectionTotal(const QString &yearTitle) const
{
    auto *table = m_widget->view()->findChild<QTableView *>(QStringLiteral("reportTable_inspections"));
    if (!table)
        return QStringLiteral("no table");
    auto *model = qobject_cast<ReportTableModel *>(table->model());
    if (!model)
        return QStringLiteral("no model");
    int column = -1;
    for (int c = 0; c < model->columnCount(); ++c) {
        if (model->headerData(c, Qt::Horizontal).toString() == yearTitle)
            column = c;
    }
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->isTotalRow(r) && column >= 0)
            return model->index(r, column).data().toString();
    }
    return QStringLiteral("no total");
}

void TestReportsWidget::listsTheFiveReports()
{
    auto *list = child<QListWidget>(QStringLiteral("reportKindList"));
    QVERIFY(list);
    const QStringList kinds = reports::AnnualReports::kinds();
    QCOMPARE(list->count(), kinds.size());
    QCOMPARE(kinds.size(), 5);
    for (int row = 0; row < kinds.size(); ++row)
        QCOMPARE(list->item(row)->text(), reports::AnnualReports::kindTitle(kinds.at(row)));
    // Nothing is made before the user chooses.
    QVERIFY(!m_widget->report());
    QVERIFY(!m_widget->view()->hasReport());
    QVERIFY(!m_widget->view()->message().isEmpty());
    QCOMPARE(child<QSpinBox>(QStringLiteral("reportYearSpinBox"))->value(), 2026);
    for (const QString &button : {QStringLiteral("savePdfButton"), QStringLiteral("saveCsvButton"), QStringLiteral("saveJsonButton")})
        QVERIFY(!child<QPushButton>(button)->isEnabled());
}

void TestReportsWidget::choosesInspectionsAndYearByKeyboard()
{
    auto *list = child<QListWidget>(QStringLiteral("reportKindList"));
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    const int target = int(reports::AnnualReports::kinds().indexOf(QStringLiteral("inspections")));
    QVERIFY(target >= 0);
    QTest::keyClick(list, Qt::Key_Home);
    for (int i = 0; i < target; ++i)
        QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(m_widget->currentKind(), QStringLiteral("inspections"));
    QTest::keyClick(list, Qt::Key_Return); // at once, without the pause
    QVERIFY(m_widget->report());
    QCOMPARE(m_widget->report()->kind, QStringLiteral("inspections"));
    QCOMPARE(m_widget->report()->year, 2026);
    QVERIFY(m_widget->view()->hasReport());
    QCOMPARE(m_widget->report()->figure(QStringLiteral("inspections.total")).toLongLong(), 3);
    QCOMPARE(shownInspectionTotal(QStringLiteral("2026")), QStringLiteral("3"));
    QCOMPARE(shownInspectionTotal(QStringLiteral("2025")), QStringLiteral("0"));
    QVERIFY(!m_widget->view()->chartViews().isEmpty());
    QVERIFY2(QRegularExpression(QStringLiteral("^Built in \\d+[.,]\\d\\d s$")).match(m_widget->statusText()).hasMatch(),
             qPrintable(m_widget->statusText()));
    for (const QString &button : {QStringLiteral("savePdfButton"), QStringLiteral("saveCsvButton"), QStringLiteral("saveJsonButton")})
        QVERIFY(child<QPushButton>(button)->isEnabled());

    // The year: typed into the spin box, the report follows after a short pause.
    auto *year = child<QSpinBox>(QStringLiteral("reportYearSpinBox"));
    year->setFocus();
    QTRY_VERIFY(year->hasFocus());
    QTest::keyClick(year, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(year, QStringLiteral("2027"));
    QCOMPARE(year->value(), 2027);
    QTRY_COMPARE(m_widget->report() ? m_widget->report()->year : 0, 2027);
    QCOMPARE(shownInspectionTotal(QStringLiteral("2026")), QStringLiteral("3"));
    QCOMPARE(shownInspectionTotal(QStringLiteral("2027")), QStringLiteral("0"));
    QTest::keyClick(year, Qt::Key_Down);
    QTRY_COMPARE(m_widget->report() ? m_widget->report()->year : 0, 2026);
    QCOMPARE(m_widget->report()->figure(QStringLiteral("inspections.total")).toLongLong(), 3);

    // Moving in the list shows the next report after the pause.
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Up);
    const QString previous = reports::AnnualReports::kinds().at(target - 1);
    QTRY_COMPARE(m_widget->report() ? m_widget->report()->kind : QString(), previous);
}

void TestReportsWidget::showReportShowsAtOnce()
{
    m_widget->showReport(QStringLiteral("turnover"), 2025);
    QCOMPARE(m_widget->currentKind(), QStringLiteral("turnover"));
    QCOMPARE(m_widget->year(), 2025);
    QVERIFY(m_widget->report());
    QCOMPARE(m_widget->report()->kind, QStringLiteral("turnover"));
    QCOMPARE(m_widget->report()->year, 2025);
    QVERIFY(!m_widget->view()->tableViews().isEmpty());

    // Every kind can be shown for the register.
    for (const QString &kind : reports::AnnualReports::kinds()) {
        m_widget->showReport(kind, 2026);
        QVERIFY2(m_widget->report(), qPrintable(kind + QStringLiteral(": ") + m_widget->view()->message()));
        QCOMPARE(m_widget->report()->kind, kind);
        QVERIFY(m_widget->view()->hasReport());
    }
    // reload() makes the same report again.
    m_widget->reload();
    QCOMPARE(m_widget->report()->kind, reports::AnnualReports::kinds().constLast());
}

void TestReportsWidget::reportThatFailsShowsItsMessage()
{
    m_widget->showReport(QStringLiteral("fees"), 1999);
    QVERIFY(!m_widget->report());
    QVERIFY(!m_widget->view()->hasReport());
    const Result<reports::Report> expected =
        reports::AnnualReports::build(QStringLiteral("fees"), *m_db, m_clock, 1999);
    QVERIFY(!expected.ok());
    QVERIFY2(m_widget->view()->message().contains(expected.error().message), qPrintable(m_widget->view()->message()));
    QVERIFY(m_widget->statusText().isEmpty());
    QVERIFY(!child<QPushButton>(QStringLiteral("savePdfButton"))->isEnabled());

    // A good year afterwards shows the report again.
    m_widget->showReport(QStringLiteral("fees"), 2026);
    QVERIFY(m_widget->report());
    QVERIFY(child<QPushButton>(QStringLiteral("savePdfButton"))->isEnabled());
}

void TestReportsWidget::noRegisterNoReport()
{
    m_widget->showReport(QStringLiteral("inspections"), 2026);
    QVERIFY(m_widget->report());
    m_widget->setDatabase(nullptr);
    QVERIFY(!m_widget->report());
    QCOMPARE(m_widget->view()->message(), QStringLiteral("No register is open."));
    QVERIFY(!child<QPushButton>(QStringLiteral("saveCsvButton"))->isEnabled());
}

void TestReportsWidget::savesPdfCsvAndJson()
{
    m_widget->showReport(QStringLiteral("inspections"), 2026);
    QVERIFY(m_widget->report());
    const reports::Report report = *m_widget->report();

    // PDF
    const QString pdf = m_dir.filePath(QStringLiteral("kontroller.pdf"));
    FileDialog::setNextFileName(pdf);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("savePdfButton")), Qt::LeftButton);
    QVERIFY(!FileDialog::hasNextFileName());
    const QByteArray pdfBytes = readAll(pdf);
    QVERIFY(pdfBytes.startsWith("%PDF-"));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    QVERIFY2(text.contains(report.title), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Testvik kommune")), qPrintable(text));
    QVERIFY2(text.contains(report.sections.at(0).title), qPrintable(text));
    QVERIFY2(m_widget->statusText().contains(QStringLiteral("kontroller.pdf")), qPrintable(m_widget->statusText()));

    // CSV: the suffix is added when the name has none.
    const QString csvBase = m_dir.filePath(QStringLiteral("kontroller"));
    FileDialog::setNextFileName(csvBase);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveCsvButton")), Qt::LeftButton);
    const QByteArray csv = readAll(csvBase + QStringLiteral(".csv"));
    QVERIFY(!csv.isEmpty());
    QCOMPARE(csv, reports::ReportWriter::toCsv(report));
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(QString::fromUtf8(csv).contains(report.sections.at(0).tables.at(0).title));

    // JSON
    const QString json = m_dir.filePath(QStringLiteral("kontroller.json"));
    FileDialog::setNextFileName(json);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveJsonButton")), Qt::LeftButton);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(readAll(json), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.object(), reports::ReportWriter::toJson(report));
    QCOMPARE(document.object().value(QStringLiteral("report")).toString(), QStringLiteral("inspections"));
    QCOMPARE(document.object().value(QStringLiteral("year")).toInt(), 2026);
    QCOMPARE(MessageBox::pendingAnswers(), 0);
}

void TestReportsWidget::asksBeforeReplacingAFile()
{
    m_widget->showReport(QStringLiteral("inspections"), 2026);
    const QString csv = m_dir.filePath(QStringLiteral("finnes.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("gammel");
    }
    FileDialog::setNextFileName(csv);
    MessageBox::setNextAnswer(MessageBox::No);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveCsvButton")), Qt::LeftButton);
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("finnes.csv")));
    QCOMPARE(readAll(csv), QByteArray("gammel"));

    FileDialog::setNextFileName(csv);
    MessageBox::setNextAnswer(MessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveCsvButton")), Qt::LeftButton);
    QCOMPARE(readAll(csv), reports::ReportWriter::toCsv(*m_widget->report()));
}

void TestReportsWidget::cancelledDialogSavesNothing()
{
    m_widget->showReport(QStringLiteral("inspections"), 2026);
    const QString status = m_widget->statusText();
    FileDialog::setNextFileName(QString()); // the user cancels
    QTest::mouseClick(child<QPushButton>(QStringLiteral("savePdfButton")), Qt::LeftButton);
    QCOMPARE(m_widget->statusText(), status);
    QCOMPARE(MessageBox::pendingAnswers(), 0);
}

void TestReportsWidget::unwritableFileShowsTheError()
{
    m_widget->showReport(QStringLiteral("inspections"), 2026);
    for (const QString &button : {QStringLiteral("savePdfButton"), QStringLiteral("saveJsonButton")}) {
        const QString path = m_dir.filePath(QStringLiteral("finnes-ikke/rapport"));
        FileDialog::setNextFileName(path);
        MessageBox::setNextAnswer(MessageBox::Ok);
        QTest::mouseClick(child<QPushButton>(button), Qt::LeftButton);
        QCOMPARE(MessageBox::pendingAnswers(), 0);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Could not write")), qPrintable(MessageBox::lastText()));
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("finnes-ikke")), qPrintable(MessageBox::lastText()));
    }
}

QTEST_MAIN(TestReportsWidget)
#include "TestReportsWidget.moc"
