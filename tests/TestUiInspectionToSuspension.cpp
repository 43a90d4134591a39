// Issue 5 end to end in the main window: a licence with 4 decided prikker gets a serving
// inspection logged from the keyboard (two inspectors, an obviously intoxicated guest served and
// serving outside the hours), the inspection report as PDF, a sanction case handed over to the
// Prikker area (4 + 4 = 8, 12 in total), advance notice, decision, advance notice of suspension
// and a 7-day suspension with their letters as PDF; during the suspension the licence list says
// "Suspended until …" and the licence's «Prikker» tab shows the suspension.

#include "AppSettings.h"
#include "DateEdit.h"
#include "FileDialog.h"
#include "InspectionDialog.h"
#include "InspectionsWidget.h"
#include "LicenceDetailWidget.h"
#include "LicenceRegisterWidget.h"
#include "LicenceTableModel.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PrikkTimelineWidget.h"
#include "SanctionDialogs.h"
#include "SanctionTableModel.h"
#include "SanctionTestSupport.h"
#include "SanctionsWidget.h"
#include "TestSupport.h"
#include "TestUiSupport.h"
#include "storage/InspectionRepository.h"
#include "storage/LicenceLedger.h"
#include "storage/LicenceRepository.h"
#include "storage/SanctionRepository.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QtTest>

#include <memory>

using namespace bevilling;

class TestUiInspectionToSuspension : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void inspectionByKeyboardToSuspension();

private:
    template<typename T>
    static T *child(QWidget *parent, const QString &name)
    {
        T *widget = parent->findChild<T *>(name);
        if (!widget)
            qWarning("no widget %s", qPrintable(name));
        return widget;
    }
    void setDay(const QDate &day) { m_clock.setNow(QDateTime(day, QTime(12, 0), Qt::UTC)); }
    static void ok(QDialog *dialog) { dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click(); }
    static void pickPlace(InspectionDialog *dialog, const QString &typed);
    static void chooseCode(QComboBox *combo, const QString &code);
    static void type(const QString &text) { QTest::keyClicks(QApplication::focusWidget(), text); }
    static void tab() { QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); }
    QString pdfPath(const QString &name) const { return QDir(m_dir.path()).filePath(name); }
    // Whether `path` is a PDF whose text contains `text`.
    static bool pdfContains(const QString &path, const QString &text);
    // The licence list's status text for the licence.
    QString listedStatus(MainWindow &window) const;

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 14), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Database> m_db;
    QString m_path;
    qint64 m_licenceId = 0;
    qint64 m_earlierCaseId = 0;
};

void TestUiInspectionToSuspension::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::useTemporaryLocations(m_dir);
    Localization::install(*QCoreApplication::instance(), QStringLiteral("en"), {QStringLiteral("core"), QStringLiteral("ui")});
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext is missing: install the Debian package poppler-utils");
}

void TestUiInspectionToSuspension::init()
{
    setDay(QDate(2026, 3, 14));
    m_settings = std::make_unique<AppSettings>();
    m_path = pdfPath(QStringLiteral("register.sqlite"));
    m_db = test::makeRegister(m_path, m_clock, QStringLiteral("national"));
    QVERIFY(m_db);
    m_licenceId = test::addLicence(*m_db, m_clock, QStringLiteral("2024-001"));
    QVERIFY(m_licenceId > 0);

    // Two inspectors who have passed the knowledge test.
    InspectorRepository inspectors(*m_db, m_clock);
    for (const QString &name : {QStringLiteral("Anne Kontroll"), QStringLiteral("Bjørn Kontroll")}) {
        Inspector inspector;
        inspector.name = name;
        inspector.organisation = QStringLiteral("Kontrollselskapet AS");
        inspector.knowledgeTestPassed = QDate(2024, 2, 1);
        QVERIFY(inspectors.create(inspector));
    }

    // Earlier: 4 decided prikker (serving outside the hours, 10.01.2026).
    SanctionRepository repo(*m_db, m_clock);
    const qint64 earlierInspection = test::addInspection(*m_db, m_clock, m_licenceId, QDate(2026, 1, 10), {QStringLiteral("hours")});
    QVERIFY(earlierInspection > 0);
    const Result<SanctionCase> earlier = repo.createFromInspection(earlierInspection);
    QVERIFY(earlier);
    const Result<SanctionCase> decided = test::decideStandard(repo, earlier->id, QDate(2026, 1, 13));
    QVERIFY(decided);
    QCOMPARE(decided->status, SanctionStatus::Decided);
    m_earlierCaseId = earlier->id;
    QCOMPARE(LicenceLedger::evaluate(*m_db, m_clock, m_licenceId)->activePrikker, 4);

    m_window = std::make_unique<MainWindow>(m_clock, *m_settings);
    m_window->resize(1400, 900);
    m_window->setDatabase(std::move(m_db));
    m_window->show();
    QVERIFY(test::activate(m_window.get()));
}

void TestUiInspectionToSuspension::cleanup()
{
    test::closeDialogs();
    MessageBox::clearNextAnswers();
    m_window.reset();
    m_db.reset();
    m_settings.reset();
}

void TestUiInspectionToSuspension::pickPlace(InspectionDialog *dialog, const QString &typed)
{
    auto *place = child<QLineEdit>(dialog, QStringLiteral("placeLineEdit"));
    QTest::keyClicks(place, typed);
    QCompleter *completer = place->completer();
    QVERIFY(QTest::qWaitFor([completer] { return completer->popup()->isVisible(); }, 3000));
    QCOMPARE(completer->completionCount(), 1);
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
}

void TestUiInspectionToSuspension::chooseCode(QComboBox *combo, const QString &code)
{
    const int target = combo->findData(code);
    QVERIFY(target > 0);
    combo->setFocus();
    while (combo->currentIndex() < target)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentData().toString(), code);
}

bool TestUiInspectionToSuspension::pdfContains(const QString &path, const QString &text)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.read(5).startsWith("%PDF-")) {
        qWarning("%s is not a PDF", qPrintable(path));
        return false;
    }
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!process.waitForFinished(30000))
        return false;
    const QString content = QString::fromUtf8(process.readAllStandardOutput());
    if (!content.contains(text))
        qWarning("%s does not contain %s", qPrintable(path), qPrintable(text));
    return content.contains(text);
}

QString TestUiInspectionToSuspension::listedStatus(MainWindow &window) const
{
    LicenceTableModel *model = window.registerWidget()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex number = model->index(row, LicenceTableModel::NumberColumn);
        if (number.data(LicenceTableModel::IdRole).toLongLong() == m_licenceId)
            return model->index(row, LicenceTableModel::StatusColumn).data().toString();
    }
    return QString();
}

void TestUiInspectionToSuspension::inspectionByKeyboardToSuspension()
{
    MainWindow &window = *m_window;

    // Ctrl+5, then Ctrl+Shift+K: the inspection form, focus in the place field.
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    QTRY_COMPARE(window.currentArea(), MainWindow::InspectionsArea);
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(window.inspectionsWidget()->openDialog());
    InspectionDialog *dialog = window.inspectionsWidget()->openDialog();
    QVERIFY(test::activate(dialog));
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, QStringLiteral("placeLineEdit")));
    pickPlace(dialog, QStringLiteral("fjordkr"));
    QCOMPARE(dialog->inspectionFromForm().licenceId, m_licenceId);

    // Date and times, typed.
    tab();
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(dialog, QStringLiteral("dateEdit")));
    type(QStringLiteral("13.03.2026"));
    tab();
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(dialog, QStringLiteral("startTimeEdit")));
    type(QStringLiteral("2310"));
    tab();
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(dialog, QStringLiteral("endTimeEdit")));
    type(QStringLiteral("0040"));
    tab();
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(dialog, QStringLiteral("typeComboBox")));
    QCOMPARE(child<QComboBox>(dialog, QStringLiteral("typeComboBox"))->currentData().toString(), QStringLiteral("serving"));
    tab();
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(dialog, QStringLiteral("modeComboBox")));
    tab();

    // Both inspectors with Space.
    auto *list = child<QListWidget>(dialog, QStringLiteral("inspectorsListWidget"));
    QCOMPARE(QApplication::focusWidget(), list);
    QCOMPARE(list->count(), 2);
    if (list->currentRow() < 0)
        QTest::keyClick(list, Qt::Key_Home);
    QTest::keyClick(list, Qt::Key_Space);
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(dialog->inspectionFromForm().inspectorIds.size(), 2);
    QVERIFY(!child<QCheckBox>(dialog, QStringLiteral("confirmSingleInspectorCheckBox"))->isVisible());

    // Past the checklist to "Add finding".
    auto *checklist = child<QTableWidget>(dialog, QStringLiteral("checklistTableWidget"));
    checklist->item(0, 0)->setCheckState(Qt::Checked);
    checklist->item(1, 0)->setCheckState(Qt::Checked);
    checklist->item(1, 1)->setCheckState(Qt::Unchecked);
    QTest::keyClick(list, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), checklist);
    QTest::keyClick(checklist, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(dialog, QStringLiteral("addFindingButton")));

    // Finding 1: an obviously intoxicated guest served, with the signs seen.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(dialog->findingCount(), 1);
    auto *code0 = child<QComboBox>(dialog, QStringLiteral("finding0CodeComboBox"));
    QCOMPARE(QApplication::focusWidget(), code0);
    chooseCode(code0, QStringLiteral("intoxicated_served"));
    QVERIFY(child<QWidget>(dialog, QStringLiteral("finding0SignsWidget"))->isVisible());
    QTest::keyClick(code0, Qt::Key_Tab);
    type(QStringLiteral("Gjest fikk servert øl i baren"));
    tab();
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(dialog, QStringLiteral("finding0SpeechLineEdit")));
    type(QStringLiteral("snøvlete tale"));
    tab();
    type(QStringLiteral("ustø gange, støttet seg til bardisken"));
    tab();
    type(QStringLiteral("høylytt"));
    tab();
    type(QStringLiteral("0,5 l pils"));
    tab();
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(dialog, QStringLiteral("finding0WhenTimeEdit")));
    type(QStringLiteral("2325"));
    tab();
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(dialog, QStringLiteral("finding0RemoveButton")));
    tab();
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(dialog, QStringLiteral("addFindingButton")));

    // Finding 2: serving outside the permitted hours.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(dialog->findingCount(), 2);
    auto *code1 = child<QComboBox>(dialog, QStringLiteral("finding1CodeComboBox"));
    QCOMPARE(QApplication::focusWidget(), code1);
    chooseCode(code1, QStringLiteral("hours"));
    QTest::keyClick(code1, Qt::Key_Tab);
    type(QStringLiteral("Skjenket etter kl. 00.30"));
    // Return saves.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    if (dialog->isVisible())
        qWarning() << dialog->shownProblems();
    QTRY_VERIFY(!window.inspectionsWidget()->openDialog());

    InspectionsWidget *inspections = window.inspectionsWidget();
    QCOMPARE(inspections->model()->rowCount(), 2); // with the earlier inspection of 10.01.2026
    QVERIFY(inspections->currentInspection());
    const Inspection inspection = *inspections->currentInspection();
    QCOMPARE(inspection.licenceId, m_licenceId);
    QCOMPARE(inspection.date, QDate(2026, 3, 13));
    QCOMPARE(inspection.inspectorIds.size(), 2);
    QCOMPARE(inspection.findings.size(), 2);
    QCOMPARE(inspection.findings.at(0).code, QStringLiteral("intoxicated_served"));
    QVERIFY(inspection.findings.at(0).signs);
    QCOMPARE(inspection.findings.at(0).signs->speech, QStringLiteral("snøvlete tale"));
    QCOMPARE(inspection.findings.at(1).code, QStringLiteral("hours"));

    // The inspection report as PDF, recorded as sent today.
    const QString reportPdf = pdfPath(QStringLiteral("kontrollrapport.pdf"));
    FileDialog::setNextFileName(reportPdf);
    MessageBox::setNextAnswer(MessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(inspections, QStringLiteral("inspectionReportButton")), Qt::LeftButton);
    QVERIFY(pdfContains(reportPdf, QStringLiteral("Fjordkroa AS")));
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    QCOMPARE(InspectionRepository(*window.database(), m_clock).find(inspection.id).value().reportSent, QDate(2026, 3, 14));

    // "Create sanction case" hands over to the Prikker area: 4 + 4 proposed, 12 in all.
    auto *createSanction = child<QPushButton>(inspections, QStringLiteral("createSanctionButton"));
    QVERIFY(createSanction->isEnabled());
    QTest::mouseClick(createSanction, Qt::LeftButton);
    QTRY_COMPARE(window.currentArea(), MainWindow::SanctionsArea);
    SanctionsWidget *sanctions = window.sanctionsWidget();
    const std::optional<qint64> caseId = sanctions->currentSanctionId();
    QVERIFY(caseId);
    QVERIFY(*caseId != m_earlierCaseId);
    auto stored = [&] { return SanctionRepository(*window.database(), m_clock).find(*caseId).value(); };
    QCOMPARE(stored().status, SanctionStatus::Proposed);
    QCOMPARE(stored().findings.size(), 2);
    const SanctionRow *row = sanctions->model()->rowAt(sanctions->model()->rowOf(*caseId));
    QVERIFY(row);
    QCOMPARE(row->proposedPrikker, 8);
    QCOMPARE(row->runningTotal, 12);
    QCOMPARE(row->licensee, QStringLiteral("Fjordkroa AS"));
    const QString detail = sanctions->detailBrowser()->toPlainText();
    QVERIFY2(detail.contains(QStringLiteral("Leads to suspension for 7 days.")), qPrintable(detail));

    // Advance notice, two weeks to respond.
    setDay(QDate(2026, 3, 16));
    const QString noticePdf = pdfPath(QStringLiteral("forhandsvarsel.pdf"));
    FileDialog::setNextFileName(noticePdf);
    test::whenModal<SanctionNoticeDialog>([](SanctionNoticeDialog *d) {
        d->sentEdit()->setDate(QDate(2026, 3, 16));
        d->deadlineEdit()->setDate(QDate(2026, 3, 30));
        ok(d);
        if (d->isVisible())
            d->reject();
    });
    QTest::mouseClick(sanctions->button(QStringLiteral("sendNoticeButton")), Qt::LeftButton);
    QCOMPARE(stored().status, SanctionStatus::AdvanceNotice);
    QCOMPARE(stored().responseDeadline, QDate(2026, 3, 30));
    QVERIFY(pdfContains(noticePdf, QStringLiteral("Fjordkroa AS")));

    // The decision the day after the deadline: the standard 4 + 4.
    setDay(QDate(2026, 3, 31));
    const QString decisionPdf = pdfPath(QStringLiteral("vedtak.pdf"));
    FileDialog::setNextFileName(decisionPdf);
    int proposed0 = 0;
    int proposed1 = 0;
    test::whenModal<SanctionDecisionDialog>([&](SanctionDecisionDialog *d) {
        proposed0 = d->prikkerSpinBox(0) ? d->prikkerSpinBox(0)->value() : -1;
        proposed1 = d->prikkerSpinBox(1) ? d->prikkerSpinBox(1)->value() : -1;
        d->decidedOnEdit()->setDate(QDate(2026, 3, 31));
        d->decidedByEdit()->setText(QStringLiteral("Kari Saksbehandler"));
        d->referenceEdit()->setText(QStringLiteral("2026/88"));
        ok(d);
        if (d->isVisible())
            d->reject();
    });
    QTest::mouseClick(sanctions->button(QStringLiteral("decideButton")), Qt::LeftButton);
    QCOMPARE(proposed0, 4);
    QCOMPARE(proposed1, 4);
    QCOMPARE(stored().status, SanctionStatus::Decided);
    QVERIFY(pdfContains(decisionPdf, QStringLiteral("Fjordkroa AS")));
    QCOMPARE(LicenceLedger::evaluate(*window.database(), m_clock, m_licenceId)->activePrikker, 12);

    // 12 prikker: the advance notice of suspension.
    QPushButton *suspensionNotice = sanctions->button(QStringLiteral("suspensionNoticeButton"));
    QVERIFY(suspensionNotice->isVisible());
    QVERIFY(suspensionNotice->isEnabled());
    const QString suspensionNoticePdf = pdfPath(QStringLiteral("varsel-om-inndragning.pdf"));
    FileDialog::setNextFileName(suspensionNoticePdf);
    QString basis;
    test::whenModal<SanctionNoticeDialog>([&](SanctionNoticeDialog *d) {
        if (auto *label = d->findChild<QLabel *>(QStringLiteral("basisLabel")))
            basis = label->text();
        d->sentEdit()->setDate(QDate(2026, 3, 31));
        ok(d);
        if (d->isVisible())
            d->reject();
    });
    QTest::mouseClick(suspensionNotice, Qt::LeftButton);
    QVERIFY2(basis.contains(QStringLiteral("12 prikker")), qPrintable(basis));
    QCOMPARE(stored().status, SanctionStatus::SuspensionNotice);
    QVERIFY(pdfContains(suspensionNoticePdf, QStringLiteral("Fjordkroa AS")));

    // The suspension decision: 7 days from 20.04.2026.
    setDay(QDate(2026, 4, 6));
    const QString suspensionPdf = pdfPath(QStringLiteral("vedtak-om-inndragning.pdf"));
    FileDialog::setNextFileName(suspensionPdf);
    int days = 0;
    QDate plannedTo;
    test::whenModal<SuspensionDecisionDialog>([&](SuspensionDecisionDialog *d) {
        days = d->days();
        d->decidedEdit()->setDate(QDate(2026, 4, 6));
        d->fromEdit()->setDate(QDate(2026, 4, 20));
        plannedTo = d->toEdit()->date();
        ok(d);
        if (d->isVisible())
            d->reject();
    });
    QTest::mouseClick(sanctions->button(QStringLiteral("suspensionDecisionButton")), Qt::LeftButton);
    QCOMPARE(days, 7);
    QCOMPARE(plannedTo, QDate(2026, 4, 26));
    const SanctionCase suspended = stored();
    QCOMPARE(suspended.status, SanctionStatus::SuspensionDecided);
    QVERIFY(suspended.suspension);
    QCOMPARE(suspended.suspension->from, QDate(2026, 4, 20));
    QCOMPARE(suspended.suspension->to, QDate(2026, 4, 26));
    QVERIFY(pdfContains(suspensionPdf, QStringLiteral("Fjordkroa AS")));

    // Inside the suspension: the window stayed open while the days passed, and the licence list
    // says so as soon as the officer switches to it.
    setDay(QDate(2026, 4, 22));
    QVERIFY(test::activate(&window));
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QTRY_COMPARE(window.currentArea(), MainWindow::LicencesArea);
    QCOMPARE(listedStatus(window), QStringLiteral("Suspended until 26.04.2026"));

    // And the next morning's start-up reads it from the register.
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_clock, *m_settings);
    m_window->resize(1400, 900);
    QVERIFY(m_window->openFile(m_path));
    m_window->show();
    QVERIFY(test::activate(m_window.get()));
    MainWindow &reopened = *m_window;
    QTest::keyClick(&reopened, Qt::Key_3, Qt::ControlModifier);
    QTRY_COMPARE(reopened.currentArea(), MainWindow::LicencesArea);
    QCOMPARE(listedStatus(reopened), QStringLiteral("Suspended until 26.04.2026"));

    // The licence's «Prikker» tab: the suspension, and all 12 prikker used by it.
    reopened.registerWidget()->selectLicence(m_licenceId);
    QCOMPARE(reopened.registerWidget()->currentLicenceId().value_or(0), m_licenceId);
    LicenceDetailWidget *details = reopened.registerWidget()->detailWidget();
    auto *tabs = child<QTabWidget>(details, QStringLiteral("detailTabWidget"));
    PrikkTimelineWidget *timeline = details->prikkTimeline();
    tabs->setCurrentWidget(timeline);
    QVERIFY(timeline->isVisible());
    const QString suspensionText = timeline->suspensionLabel()->text();
    QVERIFY2(suspensionText.contains(QStringLiteral("The licence is suspended from 20.04.2026 to 26.04.2026.")),
             qPrintable(suspensionText));
    QCOMPARE(timeline->entriesTable()->rowCount(), 3);
    for (int r = 0; r < 3; ++r)
        QCOMPARE(timeline->entriesTable()->item(r, 5)->text(), QStringLiteral("Used by suspension"));
    QVERIFY2(timeline->totalLabel()->text().contains(QStringLiteral("0 prikker")), qPrintable(timeline->totalLabel()->text()));
}

QTEST_MAIN(TestUiInspectionToSuspension)
#include "TestUiInspectionToSuspension.moc"
