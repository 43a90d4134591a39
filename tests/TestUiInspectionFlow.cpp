// The "Kontroller" work area as an inspector uses it: a serving inspection with two inspectors
// and two findings logged from the keyboard, the report as PDF with its sending date, the
// licensee's comments, a sanction case asked for, and the register of inspectors.

#include "AppSettings.h"
#include "DateEdit.h"
#include "FileDialog.h"
#include "InspectionDialog.h"
#include "InspectionPlanWidget.h"
#include "InspectionsWidget.h"
#include "InspectorsDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "OptionalDateEdit.h"
#include "SanctionsWidget.h"
#include "TestSupport.h"
#include "TestUiSupport.h"
#include "storage/InspectionRepository.h"
#include "storage/LicenceRepository.h"
#include "storage/SanctionRepository.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimeEdit>
#include <QtTest>

using namespace bevilling;

class TestUiInspectionFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void servingInspectionLoggedByKeyboard();
    void bareConclusionInTheSignsIsRefusedInline();
    void oneInspectorAtAServingPlaceNeedsConfirmation();
    void futureDateIsRefusedInline();
    void inspectorsRegisterAddsAnInspector();
    void commentsAreRegisteredAfterTheReport();
    void searchAndFilters();
    void sanctionIsOfferedOnlyForFindings();
    void readOnlyRegisterDisablesEditing();
    void mainWindowAreasMenusAndSanctionHandOver();

private:
    template<typename T>
    static T *child(QWidget *parent, const QString &name)
    {
        T *widget = parent->findChild<T *>(name);
        if (!widget)
            qWarning("no widget %s", qPrintable(name));
        return widget;
    }
    void click(const QString &button) { QTest::mouseClick(child<QPushButton>(m_widget.get(), button), Qt::LeftButton); }
    // Opens the form from the "New inspection…" button; null if it did not open.
    InspectionDialog *openForm();
    // Picks the place by typing part of it and choosing the single completion.
    static void pickPlace(InspectionDialog *dialog, const QString &typed);
    static void chooseCode(QComboBox *combo, const QString &code);
    static void save(InspectionDialog *dialog) { QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveButton")), Qt::LeftButton); }
    // A stored inspection (directly through the repository) with `findings` advertising findings.
    Inspection storeInspection(const QDate &date, rules::InspectionType type, int findings);
    static QString pdfText(const QString &path);

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 14), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<InspectionsWidget> m_widget;
    Licence m_licence;
    QList<Inspector> m_inspectors;
    int m_fileNumber = 0;
};

void TestUiInspectionFlow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::useTemporaryLocations(m_dir);
    Localization::install(*QCoreApplication::instance(), QStringLiteral("en"), {QStringLiteral("core"), QStringLiteral("ui")});
}

void TestUiInspectionFlow::init()
{
    m_db = test::makeRegister(QDir(m_dir.path()).filePath(QStringLiteral("flow-%1.sqlite").arg(++m_fileNumber)), m_clock,
                              QStringLiteral("national"));
    QVERIFY(m_db);
    m_licence = LicenceRepository(*m_db, m_clock).create(test::makeServingLicence()).value();
    Licence other = test::makeServingLicence(QStringLiteral("2024-002"));
    other.licensee.name = QStringLiteral("Havnepuben AS");
    other.licensee.orgNumber = QStringLiteral("974760673");
    other.premises.name = QStringLiteral("Havnepuben");
    other.premises.address = QStringLiteral("Kaiveien 1");
    QVERIFY(LicenceRepository(*m_db, m_clock).create(other));
    InspectorRepository inspectors(*m_db, m_clock);
    m_inspectors.clear();
    for (const QString &name : {QStringLiteral("Anne Kontroll"), QStringLiteral("Bjørn Kontroll")}) {
        Inspector inspector;
        inspector.name = name;
        inspector.organisation = QStringLiteral("Kontrollselskapet AS");
        inspector.knowledgeTestPassed = QDate(2024, 2, 1);
        m_inspectors << inspectors.create(inspector).value();
    }
    m_widget = std::make_unique<InspectionsWidget>(m_clock);
    m_widget->resize(1400, 900);
    m_widget->setDatabase(m_db.get(), false);
    m_widget->show();
    QVERIFY(test::activate(m_widget.get()));
}

void TestUiInspectionFlow::cleanup()
{
    test::closeDialogs();
    MessageBox::clearNextAnswers();
    m_widget.reset();
    m_db.reset();
}

InspectionDialog *TestUiInspectionFlow::openForm()
{
    click(QStringLiteral("newInspectionButton"));
    InspectionDialog *dialog = m_widget->openDialog();
    if (dialog)
        test::activate(dialog);
    return dialog;
}

void TestUiInspectionFlow::pickPlace(InspectionDialog *dialog, const QString &typed)
{
    auto *place = child<QLineEdit>(dialog, QStringLiteral("placeLineEdit"));
    QTest::keyClicks(place, typed);
    QCompleter *completer = place->completer();
    QVERIFY(QTest::qWaitFor([completer] { return completer->popup()->isVisible(); }, 3000));
    QCOMPARE(completer->completionCount(), 1);
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
}

void TestUiInspectionFlow::chooseCode(QComboBox *combo, const QString &code)
{
    const int target = combo->findData(code);
    QVERIFY(target > 0);
    combo->setFocus();
    while (combo->currentIndex() < target)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentData().toString(), code);
}

Inspection TestUiInspectionFlow::storeInspection(const QDate &date, rules::InspectionType type, int findings)
{
    Inspection inspection;
    inspection.licenceId = m_licence.id;
    inspection.date = date;
    inspection.start = QTime(21, 0);
    inspection.end = QTime(22, 0);
    inspection.type = type;
    inspection.inspectorIds = {m_inspectors.at(0).id, m_inspectors.at(1).id};
    for (int i = 0; i < findings; ++i) {
        InspectionFinding finding;
        finding.code = QStringLiteral("advertising");
        finding.description = QStringLiteral("Reklameplakat %1").arg(i + 1);
        inspection.findings << finding;
    }
    const Result<Inspection> created = InspectionRepository(*m_db, m_clock).create(inspection);
    if (!created)
        qWarning("%s", qPrintable(created.error().toString()));
    return created ? *created : Inspection();
}

QString TestUiInspectionFlow::pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!process.waitForFinished(30000))
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestUiInspectionFlow::servingInspectionLoggedByKeyboard()
{
    InspectionDialog *dialog = openForm();
    QVERIFY(dialog);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, QStringLiteral("placeLineEdit")));
    pickPlace(dialog, QStringLiteral("sandviksv"));
    QCOMPARE(dialog->inspectionFromForm().licenceId, m_licence.id);

    // Tab through date, start and end, typing as an inspector does.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(dialog, QStringLiteral("dateEdit")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("13.03.2026"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(dialog, QStringLiteral("startTimeEdit")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("2310"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(dialog, QStringLiteral("endTimeEdit")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("0040"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(dialog, QStringLiteral("typeComboBox")));
    QCOMPARE(child<QComboBox>(dialog, QStringLiteral("typeComboBox"))->currentData().toString(), QStringLiteral("serving"));
    QCOMPARE(child<QLabel>(dialog, QStringLiteral("inspectorHintLabel"))->text(),
             QStringLiteral("A serving inspection needs two inspectors"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(dialog, QStringLiteral("modeComboBox")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);

    // Inspectors: Space checks the current one, Down moves to the next.
    auto *list = child<QListWidget>(dialog, QStringLiteral("inspectorsListWidget"));
    QCOMPARE(QApplication::focusWidget(), list);
    if (list->currentRow() < 0)
        QTest::keyClick(list, Qt::Key_Home);
    QTest::keyClick(list, Qt::Key_Space);
    QVERIFY(child<QCheckBox>(dialog, QStringLiteral("confirmSingleInspectorCheckBox"))->isVisible());
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Space);
    QVERIFY(!child<QCheckBox>(dialog, QStringLiteral("confirmSingleInspectorCheckBox"))->isVisible());
    QCOMPARE(dialog->inspectionFromForm().inspectorIds.size(), 2);

    // The checklist: age checks and intoxication looked at.
    auto *checklist = child<QTableWidget>(dialog, QStringLiteral("checklistTableWidget"));
    checklist->item(0, 0)->setCheckState(Qt::Checked);
    checklist->item(1, 0)->setCheckState(Qt::Checked);
    checklist->item(1, 1)->setCheckState(Qt::Unchecked);

    // Two findings: Tab past the checklist to "Add finding" and press Space.
    QTest::keyClick(list, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), checklist);
    QTest::keyClick(checklist, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(dialog, QStringLiteral("addFindingButton")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(dialog->findingCount(), 1);
    auto *code0 = child<QComboBox>(dialog, QStringLiteral("finding0CodeComboBox"));
    QCOMPARE(QApplication::focusWidget(), code0);
    QVERIFY(!child<QWidget>(dialog, QStringLiteral("finding0SignsWidget"))->isVisible());
    chooseCode(code0, QStringLiteral("intoxicated_served"));
    QVERIFY(child<QWidget>(dialog, QStringLiteral("finding0SignsWidget"))->isVisible());
    QTest::keyClick(code0, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Gjest fikk servert øl i baren"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(dialog, QStringLiteral("finding0SpeechLineEdit")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("snøvlete tale"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("ustø gange, støttet seg til bardisken"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("høylytt"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("0,5 l pils"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(dialog, QStringLiteral("finding0WhenTimeEdit")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("2325"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(dialog, QStringLiteral("finding0RemoveButton")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(dialog, QStringLiteral("addFindingButton")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(dialog->findingCount(), 2);
    auto *code1 = child<QComboBox>(dialog, QStringLiteral("finding1CodeComboBox"));
    chooseCode(code1, QStringLiteral("advertising"));
    QVERIFY(!child<QWidget>(dialog, QStringLiteral("finding1SignsWidget"))->isVisible());
    QTest::keyClick(code1, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Ølreklame på plakat ved inngangen"));
    // Return saves (the default button).
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    if (dialog->isVisible())
        qWarning() << dialog->shownProblems();
    QTRY_VERIFY(!m_widget->openDialog());

    // In the list, selected, with its summary.
    QCOMPARE(m_widget->model()->rowCount(), 1);
    QVERIFY(m_widget->currentInspection());
    // A copy: the widget's list is read again when the report date is recorded.
    const Inspection stored = *m_widget->currentInspection();
    const Inspection *shown = &stored;
    QCOMPARE(shown->number, QStringLiteral("K-2026-001"));
    QCOMPARE(shown->date, QDate(2026, 3, 13));
    QCOMPARE(shown->start, QTime(23, 10));
    QCOMPARE(shown->end, QTime(0, 40));
    QCOMPARE(shown->inspectorIds.size(), 2);
    QCOMPARE(shown->findings.size(), 2);
    QCOMPARE(shown->findings.at(0).code, QStringLiteral("intoxicated_served"));
    QVERIFY(shown->findings.at(0).signs);
    QCOMPARE(shown->findings.at(0).signs->served, QStringLiteral("0,5 l pils"));
    QCOMPARE(shown->findings.at(0).signs->when, QTime(23, 25));
    QCOMPARE(shown->findings.at(1).code, QStringLiteral("advertising"));
    QCOMPARE(m_widget->model()->index(0, InspectionsWidget::FindingsColumn).data().toString(), QStringLiteral("2"));
    QCOMPARE(m_widget->model()->index(0, InspectionsWidget::PlaceColumn).data().toString(), QStringLiteral("Fjordkroa"));
    QVERIFY(m_widget->model()->index(0, InspectionsWidget::ReportColumn).data().toString().contains(QStringLiteral("20.03.2026")));
    const QString summary = child<QTextBrowser>(m_widget.get(), QStringLiteral("inspectionSummaryBrowser"))->toPlainText();
    QVERIFY(summary.contains(QStringLiteral("Anne Kontroll")));
    QVERIFY(summary.contains(QStringLiteral("snøvlete tale")));

    // The report as PDF, and today recorded as the day it was sent.
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext is missing: install the Debian package poppler-utils");
    const QString pdf = QDir(m_dir.path()).filePath(QStringLiteral("kontrollrapport.pdf"));
    FileDialog::setNextFileName(pdf);
    MessageBox::setNextAnswer(MessageBox::Yes);
    click(QStringLiteral("inspectionReportButton"));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5).startsWith("%PDF-"));
    QVERIFY(pdfText(pdf).contains(QStringLiteral("Fjordkroa AS")));
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    QCOMPARE(InspectionRepository(*m_db, m_clock).find(shown->id).value().reportSent, m_clock.today());
    QVERIFY(m_widget->model()->index(0, InspectionsWidget::ReportColumn).data().toString().contains(QStringLiteral("14.03.2026")));
    QVERIFY(m_widget->model()->index(0, InspectionsWidget::CommentsColumn).data().toString().contains(QStringLiteral("28.03.2026")));
}

void TestUiInspectionFlow::bareConclusionInTheSignsIsRefusedInline()
{
    InspectionDialog *dialog = openForm();
    QVERIFY(dialog);
    pickPlace(dialog, QStringLiteral("fjordkroa"));
    dialog->findChild<QDateEdit *>(QStringLiteral("dateEdit"))->setDate(QDate(2026, 3, 13));
    auto *list = child<QListWidget>(dialog, QStringLiteral("inspectorsListWidget"));
    list->item(0)->setCheckState(Qt::Checked);
    list->item(1)->setCheckState(Qt::Checked);
    dialog->addFinding();
    chooseCode(child<QComboBox>(dialog, QStringLiteral("finding0CodeComboBox")), QStringLiteral("intoxicated_served"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("finding0DescriptionLineEdit")), QStringLiteral("Skjenket beruset gjest"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("finding0SpeechLineEdit")), QStringLiteral("beruset"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("finding0ServedLineEdit")), QStringLiteral("0,5 l pils"));
    save(dialog);
    QVERIFY(dialog->isVisible());
    auto *signsError = child<QLabel>(dialog, QStringLiteral("finding0SignsErrorLabel"));
    QVERIFY(signsError->isVisible());
    QVERIFY(!signsError->text().isEmpty());
    QVERIFY(dialog->shownProblems().contains(QStringLiteral("findings[0].signs")));
    QCOMPARE(InspectionRepository(*m_db, m_clock).list(0).value().size(), 0);

    // Describing what was seen is accepted.
    child<QLineEdit>(dialog, QStringLiteral("finding0SpeechLineEdit"))->setText(QStringLiteral("snøvlete tale"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("finding0BalanceLineEdit")), QStringLiteral("ustø"));
    save(dialog);
    QTRY_VERIFY(!m_widget->openDialog());
    QCOMPARE(InspectionRepository(*m_db, m_clock).list(0).value().size(), 1);
}

void TestUiInspectionFlow::oneInspectorAtAServingPlaceNeedsConfirmation()
{
    InspectionDialog *dialog = openForm();
    QVERIFY(dialog);
    pickPlace(dialog, QStringLiteral("havnepub"));
    child<QListWidget>(dialog, QStringLiteral("inspectorsListWidget"))->item(0)->setCheckState(Qt::Checked);
    auto *confirm = child<QCheckBox>(dialog, QStringLiteral("confirmSingleInspectorCheckBox"));
    QVERIFY(confirm->isVisible());
    QCOMPARE(confirm->text(), QStringLiteral("Confirm inspection with one inspector"));
    save(dialog);
    QVERIFY(dialog->isVisible());
    auto *error = child<QLabel>(dialog, QStringLiteral("inspectorsErrorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY(dialog->shownProblems().contains(QStringLiteral("inspectors")));
    QCOMPARE(InspectionRepository(*m_db, m_clock).list(0).value().size(), 0);

    confirm->setFocus();
    QTest::keyClick(confirm, Qt::Key_Space);
    QVERIFY(confirm->isChecked());
    save(dialog);
    QTRY_VERIFY(!m_widget->openDialog());
    const QList<Inspection> stored = InspectionRepository(*m_db, m_clock).list(0).value();
    QCOMPARE(stored.size(), 1);
    QVERIFY(stored.first().confirmedSingleInspector);
    QCOMPARE(stored.first().inspectorIds.size(), 1);
    QVERIFY(child<QTextBrowser>(m_widget.get(), QStringLiteral("inspectionSummaryBrowser"))
                ->toPlainText()
                .contains(QStringLiteral("one inspector")));
}

void TestUiInspectionFlow::futureDateIsRefusedInline()
{
    InspectionDialog *dialog = openForm();
    QVERIFY(dialog);
    pickPlace(dialog, QStringLiteral("fjordkroa"));
    auto *date = child<DateEdit>(dialog, QStringLiteral("dateEdit"));
    date->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(date, QStringLiteral("20.03.2026"));
    auto *list = child<QListWidget>(dialog, QStringLiteral("inspectorsListWidget"));
    list->item(0)->setCheckState(Qt::Checked);
    list->item(1)->setCheckState(Qt::Checked);
    save(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(child<QLabel>(dialog, QStringLiteral("dateErrorLabel"))->isVisible());
    QCOMPARE(QApplication::focusWidget(), date);
    QCOMPARE(InspectionRepository(*m_db, m_clock).list(0).value().size(), 0);
    QCOMPARE(m_widget->model()->rowCount(), 0);
}

void TestUiInspectionFlow::inspectorsRegisterAddsAnInspector()
{
    click(QStringLiteral("inspectorsButton"));
    auto *dialog = test::visibleTopLevel<InspectorsDialog>();
    QVERIFY(dialog);
    test::activate(dialog);
    auto *table = child<QTableWidget>(dialog, QStringLiteral("inspectorsTableWidget"));
    QCOMPARE(table->rowCount(), 2);

    // A future knowledge test date is refused next to its field.
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(dialog, QStringLiteral("nameLineEdit")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Cecilie Kontroll"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Bærum kommune"));
    auto *test = child<OptionalDateEdit>(dialog, QStringLiteral("knowledgeTestDateEdit"));
    test->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(test, QStringLiteral("01.04.2026"));
    QVERIFY(!dialog->saveInspector());
    QVERIFY(child<QLabel>(dialog, QStringLiteral("knowledgeTestErrorLabel"))->isVisible());
    QCOMPARE(table->rowCount(), 2);

    test->setOptionalDate(QDate(2025, 11, 20));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveInspectorButton")), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 3);
    const QList<Inspector> stored = InspectorRepository(*m_db, m_clock).list().value();
    QCOMPARE(stored.size(), 3);
    bool found = false;
    for (const Inspector &inspector : stored) {
        if (inspector.name == QStringLiteral("Cecilie Kontroll")) {
            found = true;
            QCOMPARE(inspector.organisation, QStringLiteral("Bærum kommune"));
            QCOMPARE(inspector.knowledgeTestPassed, QDate(2025, 11, 20));
            QVERIFY(inspector.active);
        }
    }
    QVERIFY(found);
    // An empty name is refused inline.
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("newInspectorButton")), Qt::LeftButton);
    QVERIFY(!dialog->saveInspector());
    QVERIFY(child<QLabel>(dialog, QStringLiteral("nameErrorLabel"))->isVisible());
    dialog->close();

    // The new inspector is offered in the form.
    InspectionDialog *form = openForm();
    QVERIFY(form);
    auto *list = child<QListWidget>(form, QStringLiteral("inspectorsListWidget"));
    QCOMPARE(list->count(), 3);
    QVERIFY(!list->findItems(QStringLiteral("Cecilie Kontroll"), Qt::MatchStartsWith).isEmpty());
}

void TestUiInspectionFlow::commentsAreRegisteredAfterTheReport()
{
    const Inspection inspection = storeInspection(QDate(2026, 3, 2), rules::InspectionType::Serving, 1);
    QVERIFY(inspection.id);
    QVERIFY(InspectionRepository(*m_db, m_clock).setReportSent(inspection.id, QDate(2026, 3, 5)));
    m_widget->reload();
    m_widget->openInspection(inspection.id);
    QCOMPARE(m_widget->currentInspectionId(), std::optional<qint64>(inspection.id));
    QVERIFY(child<QPushButton>(m_widget.get(), QStringLiteral("registerCommentsButton"))->isEnabled());

    bool refused = false;
    bool saved = false;
    test::whenModal<QDialog>([&](QDialog *dialog) {
        test::activate(dialog);
        auto *date = child<DateEdit>(dialog, QStringLiteral("commentsDateEdit"));
        date->setDate(QDate(2026, 3, 4)); // before the report was sent
        QTest::keyClicks(child<QPlainTextEdit>(dialog, QStringLiteral("commentsPlainTextEdit")),
                         QStringLiteral("Plakaten er fjernet."));
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveButton")), Qt::LeftButton);
        refused = dialog->isVisible() && child<QLabel>(dialog, QStringLiteral("commentsDateErrorLabel"))->isVisible();
        date->setDate(QDate(2026, 3, 12));
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveButton")), Qt::LeftButton);
        saved = !dialog->isVisible();
        if (dialog->isVisible())
            dialog->reject();
    });
    click(QStringLiteral("registerCommentsButton"));
    QVERIFY(refused);
    QVERIFY(saved);
    const Inspection stored = InspectionRepository(*m_db, m_clock).find(inspection.id).value();
    QCOMPARE(stored.commentsReceived, QDate(2026, 3, 12));
    QCOMPARE(stored.comments, QStringLiteral("Plakaten er fjernet."));
    QVERIFY(m_widget->model()->index(0, InspectionsWidget::CommentsColumn).data().toString().contains(QStringLiteral("12.03.2026")));
}

void TestUiInspectionFlow::searchAndFilters()
{
    QVERIFY(storeInspection(QDate(2026, 3, 2), rules::InspectionType::Serving, 0).id);
    QVERIFY(storeInspection(QDate(2026, 2, 2), rules::InspectionType::InternalControl, 1).id);
    QVERIFY(storeInspection(QDate(2025, 11, 20), rules::InspectionType::Serving, 0).id);
    m_widget->reload();
    auto *year = child<QComboBox>(m_widget.get(), QStringLiteral("inspectionYearComboBox"));
    auto *type = child<QComboBox>(m_widget.get(), QStringLiteral("inspectionTypeComboBox"));
    QCOMPARE(year->currentData().toInt(), 2026);
    QCOMPARE(m_widget->model()->rowCount(), 2);
    type->setCurrentIndex(type->findData(QStringLiteral("internal_control")));
    QCOMPARE(m_widget->model()->rowCount(), 1);
    QCOMPARE(m_widget->model()->index(0, InspectionsWidget::FindingsColumn).data().toString(), QStringLiteral("1"));
    type->setCurrentIndex(0);
    year->setCurrentIndex(year->findData(0));
    QCOMPARE(m_widget->model()->rowCount(), 3);
    // An unsent report past its week is shown as late.
    const QModelIndex report = m_widget->model()->index(0, InspectionsWidget::ReportColumn);
    QVERIFY(report.data(Qt::ForegroundRole).isValid());

    m_widget->focusSearch();
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(m_widget.get(), QStringLiteral("inspectionSearchLineEdit")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("K-2025"));
    QCOMPARE(m_widget->model()->rowCount(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Bjørn"));
    QCOMPARE(m_widget->model()->rowCount(), 3);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Havnepuben"));
    QCOMPARE(m_widget->model()->rowCount(), 0);
}

void TestUiInspectionFlow::sanctionIsOfferedOnlyForFindings()
{
    const Inspection clean = storeInspection(QDate(2026, 3, 2), rules::InspectionType::Serving, 0);
    const Inspection withFindings = storeInspection(QDate(2026, 3, 3), rules::InspectionType::Serving, 2);
    m_widget->reload();
    QSignalSpy spy(m_widget.get(), &InspectionsWidget::sanctionRequested);
    auto *button = child<QPushButton>(m_widget.get(), QStringLiteral("createSanctionButton"));
    m_widget->openInspection(clean.id);
    QVERIFY(!button->isEnabled());
    QVERIFY(child<QTextBrowser>(m_widget.get(), QStringLiteral("inspectionSummaryBrowser"))
                ->toPlainText()
                .contains(QStringLiteral("No remarks")));
    m_widget->requestSanction();
    QCOMPARE(spy.count(), 0);
    m_widget->openInspection(withFindings.id);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toLongLong(), withFindings.id);
}

void TestUiInspectionFlow::readOnlyRegisterDisablesEditing()
{
    const Inspection inspection = storeInspection(QDate(2026, 3, 3), rules::InspectionType::Serving, 1);
    QVERIFY(InspectionRepository(*m_db, m_clock).setReportSent(inspection.id, QDate(2026, 3, 5)));
    m_widget->setDatabase(m_db.get(), true);
    m_widget->openInspection(inspection.id);
    QVERIFY(m_widget->currentInspection());
    for (const QString &name : {QStringLiteral("newInspectionButton"), QStringLiteral("editInspectionButton"),
                                QStringLiteral("registerCommentsButton"), QStringLiteral("createSanctionButton")})
        QVERIFY2(!child<QPushButton>(m_widget.get(), name)->isEnabled(), qPrintable(name));
    QVERIFY(child<QPushButton>(m_widget.get(), QStringLiteral("inspectionReportButton"))->isEnabled());
    m_widget->newInspection();
    QVERIFY(!m_widget->openDialog());
    click(QStringLiteral("inspectorsButton"));
    auto *dialog = test::visibleTopLevel<InspectorsDialog>();
    QVERIFY(dialog);
    QVERIFY(!child<QPushButton>(dialog, QStringLiteral("saveInspectorButton"))->isEnabled());
    QVERIFY(!child<QLineEdit>(dialog, QStringLiteral("nameLineEdit"))->isEnabled());
    dialog->close();
}

void TestUiInspectionFlow::mainWindowAreasMenusAndSanctionHandOver()
{
    const Inspection inspection = storeInspection(QDate(2026, 3, 3), rules::InspectionType::Serving, 2);
    QVERIFY(inspection.id);
    m_widget.reset();
    AppSettings settings;
    MainWindow window(m_clock, settings);
    window.setDatabase(std::move(m_db));
    window.show();
    QVERIFY(test::activate(&window));

    // Ctrl+5: the inspections with the plan as a second tab; Ctrl+6: the prikk sanction cases.
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("inspectionTabWidget"));
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->widget(0), static_cast<QWidget *>(window.inspectionsWidget()));
    QCOMPARE(tabs->widget(1), static_cast<QWidget *>(window.inspectionPlanWidget()));
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    QTRY_COMPARE(window.currentArea(), MainWindow::InspectionsArea);
    QCOMPARE(window.inspectionsWidget()->model()->rowCount(), 1);
    QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
    QTRY_COMPARE(window.currentArea(), MainWindow::SanctionsArea);

    // The Inspections menu.
    auto *menu = window.findChild<QMenu *>(QStringLiteral("inspectionsMenu"));
    QVERIFY(menu);
    auto *newInspection = window.findChild<QAction *>(QStringLiteral("newInspectionAction"));
    QVERIFY(menu->actions().contains(newInspection));
    QVERIFY(menu->actions().contains(window.findChild<QAction *>(QStringLiteral("inspectorsAction"))));
    QVERIFY(window.findChild<QMenu *>(QStringLiteral("sanctionsMenu"))
                ->actions()
                .contains(window.findChild<QAction *>(QStringLiteral("sanctionFromReportAction"))));
    QCOMPARE(newInspection->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(window.inspectionsWidget()->openDialog());
    QCOMPARE(window.currentArea(), MainWindow::InspectionsArea);
    window.inspectionsWidget()->openDialog()->reject();
    QTRY_VERIFY(!window.inspectionsWidget()->openDialog());

    // "Create sanction case" hands the inspection to the Prikker area.
    window.inspectionsWidget()->openInspection(inspection.id);
    QTest::mouseClick(child<QPushButton>(window.inspectionsWidget(), QStringLiteral("createSanctionButton")), Qt::LeftButton);
    QCOMPARE(window.currentArea(), MainWindow::SanctionsArea);
    const QList<SanctionCase> cases = SanctionRepository(*window.database(), m_clock).list().value();
    QCOMPARE(cases.size(), 1);
}

QTEST_MAIN(TestUiInspectionFlow)
#include "TestUiInspectionFlow.moc"
