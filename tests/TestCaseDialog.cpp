// The case dialogs on their own: CaseDialog (with the application form in application mode),
// StatementDialog, DecisionDialog, AppealDialog and CaseStatusDialog, against a real register.

#include "AppealDialog.h"
#include "CaseDialog.h"
#include "CaseStatusDialog.h"
#include "DateEdit.h"
#include "DecisionDialog.h"
#include "LicenceEditorDialog.h"
#include "MessageBox.h"
#include "OptionalDateEdit.h"
#include "RegisterFiles.h"
#include "StatementDialog.h"
#include "TestSupport.h"
#include "TestUiSupport.h"
#include "cases/CaseWorkflow.h"
#include "storage/CaseRepository.h"
#include "storage/LicenceRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>

using namespace bevilling;

class TestCaseDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void applicationModeAsksNoNumberAndWritesNothing();
    void newCaseShowsEachProblemAtItsField();
    void newCaseWithApplicationIsSaved();
    void renewalPrefillsTheApplicationFromTheLicence();
    void typeShowsOnlyItsFacts_data();
    void typeShowsOnlyItsFacts();
    void editCaseSavesChanges();
    void statementDeadlineFollowsTheRequest();
    void statementReplyBeforeRequestIsRefused_data();
    void statementReplyBeforeRequestIsRefused();
    void decisionProblemsAreShownInline_data();
    void decisionProblemsAreShownInline();
    void refusalIsRecordedWithoutLicence();
    void statusDialogOffersTheWorkflowAndShowsItsObjection();
    void appealBeforeDecisionIsRefused();

private:
    template<typename T>
    T *child(QWidget *parent, const QString &name)
    {
        T *widget = parent->findChild<T *>(name);
        if (!widget)
            qWarning("no widget %s", qPrintable(name));
        return widget;
    }
    // A stored case (status Received) for Fjordkroa AS, with the full serving application.
    Case storedCase(CaseType type = CaseType::NewLicence);
    Case caseReadyForDecision();
    // Types a date as a person does: Tab into the field (its first part selected), then the digits.
    static void typeDate(QDateEdit *edit, const QString &text)
    {
        edit->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(edit, text);
    }

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CaseRepository> m_cases;
    std::unique_ptr<LicenceRepository> m_licences;
    int m_fileNumber = 0;
};

void TestCaseDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::useTemporaryLocations(m_dir);
    Localization::install(*QCoreApplication::instance(), QStringLiteral("en"), {QStringLiteral("core"), QStringLiteral("ui")});
}

void TestCaseDialog::init()
{
    m_clock.setNow(QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC));
    m_db = test::makeRegister(QDir(m_dir.path()).filePath(QStringLiteral("cases-%1.sqlite").arg(++m_fileNumber)), m_clock,
                              QStringLiteral("national"));
    QVERIFY(m_db);
    m_cases = std::make_unique<CaseRepository>(*m_db, m_clock);
    m_licences = std::make_unique<LicenceRepository>(*m_db, m_clock);
}

void TestCaseDialog::cleanup()
{
    MessageBox::setNextAnswer(MessageBox::Yes);
    test::closeDialogs();
    MessageBox::clearNextAnswers();
    m_cases.reset();
    m_licences.reset();
    m_db.reset();
}

Case TestCaseDialog::storedCase(CaseType type)
{
    Case c;
    c.type = type;
    c.receivedOn = QDate(2026, 2, 20);
    c.assignedTo = QStringLiteral("Nina Berg");
    c.application = test::makeServingLicence(QString());
    c.application.validFrom = QDate(2026, 4, 1);
    c.application.validTo = QDate(2028, 9, 30);
    Result<Case> created = m_cases->create(c);
    if (!created)
        qWarning("%s", qPrintable(created.error().toString()));
    return created ? *created : Case();
}

Case TestCaseDialog::caseReadyForDecision()
{
    const Case c = storedCase();
    Result<Case> complete = m_cases->setStatus(c.id, CaseStatus::Complete);
    if (!complete)
        qWarning("%s", qPrintable(complete.error().toString()));
    return complete ? *complete : c;
}

void TestCaseDialog::applicationModeAsksNoNumberAndWritesNothing()
{
    Licence application = test::makeServingLicence(QString());
    LicenceEditorDialog dialog(*m_licences, m_clock, {}, application, LicenceEditorDialog::ApplicationMode{});
    dialog.show();
    QVERIFY(test::activate(&dialog));
    QVERIFY(dialog.isApplicationMode());
    QVERIFY(!child<QLineEdit>(&dialog, QStringLiteral("numberEdit"))->isVisible());
    QCOMPARE(child<QLineEdit>(&dialog, QStringLiteral("licenseeNameEdit"))->text(), QStringLiteral("Fjordkroa AS"));
    auto *name = child<QLineEdit>(&dialog, QStringLiteral("managerNameEdit"));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Nina Berg"));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.shownErrors().contains(QStringLiteral("number")));
    QCOMPARE(dialog.savedLicence().manager.name, QStringLiteral("Nina Berg"));
    QVERIFY(dialog.savedLicence().number.isEmpty());
    QCOMPARE(m_licences->count().value(), 0);

    // Its own problems still hold it back.
    LicenceEditorDialog empty(*m_licences, m_clock, {}, Licence(), LicenceEditorDialog::ApplicationMode{});
    empty.show();
    QVERIFY(test::activate(&empty));
    QTest::mouseClick(child<QPushButton>(&empty, QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(empty.isVisible());
    QVERIFY(empty.shownErrors().contains(QStringLiteral("licensee.name")));
    QVERIFY(!empty.shownErrors().contains(QStringLiteral("number")));
}

void TestCaseDialog::newCaseShowsEachProblemAtItsField()
{
    CaseDialog dialog(*m_db, m_clock, {}, QString());
    dialog.show();
    QVERIFY(test::activate(&dialog));
    QCOMPARE(child<DateEdit>(&dialog, QStringLiteral("receivedDateEdit"))->date(), m_clock.today());
    auto *type = child<QComboBox>(&dialog, QStringLiteral("caseTypeComboBox"));
    type->setCurrentIndex(type->findData(int(CaseType::Renewal)));
    auto *received = child<DateEdit>(&dialog, QStringLiteral("receivedDateEdit"));
    typeDate(received, QStringLiteral("10.03.2026"));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    const QHash<QString, QString> errors = dialog.shownErrors();
    QVERIFY(errors.contains(QStringLiteral("received_on")));
    QVERIFY(errors.contains(QStringLiteral("assigned_to")));
    QVERIFY(errors.contains(QStringLiteral("licence_id")));
    QVERIFY(errors.contains(QStringLiteral("application")));
    for (const QString &label : {QStringLiteral("receivedErrorLabel"), QStringLiteral("officerErrorLabel"),
                                 QStringLiteral("licenceErrorLabel"), QStringLiteral("applicationErrorLabel")})
        QVERIFY2(child<QLabel>(&dialog, label)->isVisible(), qPrintable(label));
    QVERIFY(!child<QLabel>(&dialog, QStringLiteral("generalErrorLabel"))->isVisible());
    QCOMPARE(m_cases->list().value().size(), 0);
}

void TestCaseDialog::newCaseWithApplicationIsSaved()
{
    CaseDialog dialog(*m_db, m_clock, {}, QStringLiteral("Nina Berg"));
    dialog.show();
    QVERIFY(test::activate(&dialog));
    QCOMPARE(child<QComboBox>(&dialog, QStringLiteral("officerComboBox"))->currentText(), QStringLiteral("Nina Berg"));
    bool filled = false;
    test::whenModal<LicenceEditorDialog>([&](LicenceEditorDialog *editor) {
        filled = editor->isApplicationMode();
        test::activate(editor);
        QTest::keyClicks(child<QLineEdit>(editor, QStringLiteral("licenseeNameEdit")), QStringLiteral("Havnekafeen AS"));
        QTest::keyClicks(child<QLineEdit>(editor, QStringLiteral("orgNumberEdit")), QStringLiteral("923 609 016"));
        QTest::keyClicks(child<QLineEdit>(editor, QStringLiteral("premisesNameEdit")), QStringLiteral("Havnekafeen"));
        QTest::keyClicks(child<QLineEdit>(editor, QStringLiteral("premisesAddressEdit")), QStringLiteral("Brygga 1"));
        QTest::keyClicks(child<QLineEdit>(editor, QStringLiteral("managerNameEdit")), QStringLiteral("Kari Nordmann"));
        auto *birth = child<OptionalDateEdit>(editor, QStringLiteral("managerBirthDateEdit"));
        typeDate(birth, QStringLiteral("17.05.1980"));
        QTest::keyClicks(child<QLineEdit>(editor, QStringLiteral("deputy1NameEdit")), QStringLiteral("Ola Hansen"));
        auto *deputyBirth = child<OptionalDateEdit>(editor, QStringLiteral("deputy1BirthDateEdit"));
        typeDate(deputyBirth, QStringLiteral("31.01.1990"));
        QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("saveButton")), Qt::LeftButton);
        if (editor->isVisible()) {
            qWarning() << editor->shownErrors();
            editor->done(QDialog::Rejected);
        }
    });
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("editApplicationButton")), Qt::LeftButton);
    QVERIFY(filled);
    QVERIFY(child<QLabel>(&dialog, QStringLiteral("applicationSummaryLabel"))->text().contains(QStringLiteral("Havnekafeen AS")));
    auto *missing = child<QPlainTextEdit>(&dialog, QStringLiteral("missingAttachmentsEdit"));
    QTest::keyClicks(missing, QStringLiteral("Firmaattest"));
    QTest::keyClick(missing, Qt::Key_Return);
    QTest::keyClicks(missing, QStringLiteral("Plantegning"));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY2(!dialog.isVisible(), qPrintable(QStringList(dialog.shownErrors().values()).join(QLatin1Char('|'))));
    const Case saved = dialog.savedCase();
    QVERIFY(saved.id > 0);
    QCOMPARE(saved.status, CaseStatus::Received);
    QCOMPARE(saved.assignedTo, QStringLiteral("Nina Berg"));
    QCOMPARE(saved.application.licensee.name, QStringLiteral("Havnekafeen AS"));
    QCOMPARE(saved.missingAttachments, (QStringList{QStringLiteral("Firmaattest"), QStringLiteral("Plantegning")}));
    QCOMPARE(m_cases->find(saved.id)->application.manager.birthDate, QDate(1980, 5, 17));
    QCOMPARE(m_licences->count().value(), 0);
}

void TestCaseDialog::renewalPrefillsTheApplicationFromTheLicence()
{
    Licence licence = test::makeServingLicence(QStringLiteral("2024-001"));
    licence.validFrom = QDate(2024, 10, 1);
    licence.validTo = QDate(2026, 9, 30);
    const Result<Licence> stored = m_licences->create(licence);
    QVERIFY2(stored.ok(), qPrintable(stored.error().toString()));

    CaseDialog dialog(*m_db, m_clock, {}, QStringLiteral("Nina Berg"));
    dialog.show();
    QVERIFY(test::activate(&dialog));
    auto *type = child<QComboBox>(&dialog, QStringLiteral("caseTypeComboBox"));
    type->setCurrentIndex(type->findData(int(CaseType::Renewal)));
    QVERIFY(child<QComboBox>(&dialog, QStringLiteral("licenceComboBox"))->isVisible());
    // Searching: type part of the licensee's name, pick the match.
    auto *licenceCombo = child<QComboBox>(&dialog, QStringLiteral("licenceComboBox"));
    QVERIFY(licenceCombo->findText(QStringLiteral("2024-001"), Qt::MatchStartsWith) > 0);
    dialog.setRelatedLicence(stored->id);
    const Case c = dialog.caseFromForm();
    QCOMPARE(c.licenceId, std::optional<qint64>(stored->id));
    QCOMPARE(c.application.licensee.name, QStringLiteral("Fjordkroa AS"));
    QCOMPARE(c.application.id, qint64(0));
    QVERIFY(c.application.number.isEmpty());
    // The next period: from the day after the current end.
    QCOMPARE(c.application.validFrom, QDate(2026, 10, 1));
    QCOMPARE(c.application.validTo, rules::LicencePeriod::latestEnd(QDate(2026, 10, 1)));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY2(!dialog.isVisible(), qPrintable(QStringList(dialog.shownErrors().values()).join(QLatin1Char('|'))));
    QCOMPARE(dialog.savedCase().type, CaseType::Renewal);
    QCOMPARE(dialog.savedCase().licenceId, std::optional<qint64>(stored->id));
}

void TestCaseDialog::typeShowsOnlyItsFacts_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("licence");
    QTest::addColumn<bool>("attendance");
    QTest::addColumn<bool>("hours");
    QTest::addColumn<bool>("transfer");

    QTest::newRow("new") << int(CaseType::NewLicence) << false << false << false << false;
    QTest::newRow("renewal") << int(CaseType::Renewal) << true << false << false << false;
    QTest::newRow("transfer") << int(CaseType::Transfer) << true << false << false << true;
    QTest::newRow("change of manager") << int(CaseType::ChangeOfManager) << true << false << false << false;
    QTest::newRow("extension") << int(CaseType::Extension) << true << false << true << false;
    QTest::newRow("single occasion") << int(CaseType::SingleOccasion) << false << true << false << false;
    QTest::newRow("travelling use") << int(CaseType::TravellingUse) << true << true << false << false;
}

void TestCaseDialog::typeShowsOnlyItsFacts()
{
    QFETCH(int, type);
    QFETCH(bool, licence);
    QFETCH(bool, attendance);
    QFETCH(bool, hours);
    QFETCH(bool, transfer);
    CaseDialog dialog(*m_db, m_clock, {}, QStringLiteral("Nina Berg"));
    dialog.show();
    QVERIFY(test::activate(&dialog));
    auto *combo = child<QComboBox>(&dialog, QStringLiteral("caseTypeComboBox"));
    combo->setCurrentIndex(combo->findData(type));
    QCOMPARE(child<QComboBox>(&dialog, QStringLiteral("licenceComboBox"))->isVisible(), licence);
    QCOMPARE(child<QSpinBox>(&dialog, QStringLiteral("attendanceSpinBox"))->isVisible(), attendance);
    QCOMPARE(child<QComboBox>(&dialog, QStringLiteral("eventTypeComboBox"))->isVisible(), attendance);
    QCOMPARE(child<QLineEdit>(&dialog, QStringLiteral("requestedHoursEdit"))->isVisible(), hours);
    QCOMPARE(child<OptionalDateEdit>(&dialog, QStringLiteral("transferDateEdit"))->isVisible(), transfer);
    QCOMPARE(child<QCheckBox>(&dialog, QStringLiteral("transferAgreementCheckBox"))->isVisible(), transfer);
    QCOMPARE(CaseDialog::needsLicence(static_cast<CaseType>(type)), licence);
}

void TestCaseDialog::editCaseSavesChanges()
{
    const Case c = storedCase();
    QVERIFY(c.id > 0);
    CaseDialog dialog(*m_db, m_clock, {}, c);
    dialog.show();
    QVERIFY(test::activate(&dialog));
    QVERIFY(!child<QComboBox>(&dialog, QStringLiteral("officerComboBox"))->isEnabled());
    QCOMPARE(child<QLineEdit>(&dialog, QStringLiteral("caseNumberEdit"))->text(), c.number);
    QTest::keyClick(child<QCheckBox>(&dialog, QStringLiteral("childrenYouthCheckBox")), Qt::Key_Space);
    QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("titleEdit")), QStringLiteral("Fjordkroa, ny drift"));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY2(!dialog.isVisible(), qPrintable(QStringList(dialog.shownErrors().values()).join(QLatin1Char('|'))));
    const Case stored = m_cases->find(c.id).value();
    QVERIFY(stored.aimedAtChildrenAndYouth);
    QCOMPARE(stored.title, QStringLiteral("Fjordkroa, ny drift"));
    QCOMPARE(stored.assignedTo, QStringLiteral("Nina Berg"));
}

void TestCaseDialog::statementDeadlineFollowsTheRequest()
{
    const Case c = caseReadyForDecision();
    StatementDialog dialog(*m_cases, m_clock, c.id, CaseStatement(), 21);
    dialog.show();
    QVERIFY(test::activate(&dialog));
    auto *requested = child<DateEdit>(&dialog, QStringLiteral("requestedDateEdit"));
    auto *deadline = child<DateEdit>(&dialog, QStringLiteral("deadlineDateEdit"));
    QCOMPARE(requested->date(), m_clock.today());
    QCOMPARE(deadline->date(), m_clock.today().addDays(21));
    typeDate(requested, QStringLiteral("25.02.2026"));
    QCOMPARE(deadline->date(), QDate(2026, 3, 18));
    auto *party = child<QComboBox>(&dialog, QStringLiteral("partyComboBox"));
    party->setCurrentIndex(party->findData(int(StatementParty::TaxAuthority)));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY2(!dialog.isVisible(), qPrintable(QStringList(dialog.shownErrors().values()).join(QLatin1Char('|'))));
    const Case stored = m_cases->find(c.id).value();
    QCOMPARE(stored.statements.size(), 1);
    QCOMPARE(stored.statements.first().party, StatementParty::TaxAuthority);
    QCOMPARE(stored.statements.first().requested, QDate(2026, 2, 25));
    QCOMPARE(stored.statements.first().deadline, QDate(2026, 3, 18));
}

void TestCaseDialog::statementReplyBeforeRequestIsRefused_data()
{
    QTest::addColumn<QString>("replied");
    QTest::addColumn<QString>("label");
    QTest::newRow("reply before request") << QStringLiteral("20.02.2026") << QStringLiteral("repliedErrorLabel");
    QTest::newRow("reply in the future") << QStringLiteral("10.03.2026") << QStringLiteral("repliedErrorLabel");
}

void TestCaseDialog::statementReplyBeforeRequestIsRefused()
{
    QFETCH(QString, replied);
    QFETCH(QString, label);
    const Case c = caseReadyForDecision();
    CaseStatement statement;
    statement.requested = QDate(2026, 2, 25);
    statement.deadline = QDate(2026, 3, 18);
    Result<Case> saved = m_cases->saveStatement(c.id, statement);
    QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));
    StatementDialog dialog(*m_cases, m_clock, c.id, saved->statements.first(), 21);
    dialog.show();
    QVERIFY(test::activate(&dialog));
    auto *repliedEdit = child<OptionalDateEdit>(&dialog, QStringLiteral("repliedDateEdit"));
    typeDate(repliedEdit, replied);
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(child<QLabel>(&dialog, label)->isVisible());
    QVERIFY(!child<QLabel>(&dialog, label)->text().isEmpty());
    QVERIFY(!m_cases->find(c.id)->statements.first().isAnswered());
}

void TestCaseDialog::decisionProblemsAreShownInline_data()
{
    QTest::addColumn<QString>("decidedBy");
    QTest::addColumn<bool>("refuse");
    QTest::addColumn<QString>("validTo");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("label");

    QTest::newRow("no decider") << QString() << false << QString() << QStringLiteral("decision.decided_by")
                                << QStringLiteral("decidedByErrorLabel");
    QTest::newRow("refusal without reason") << QStringLiteral("Nina Berg") << true << QString()
                                            << QStringLiteral("decision.reason") << QStringLiteral("reasonErrorLabel");
    QTest::newRow("beyond the legal end") << QStringLiteral("Nina Berg") << false << QStringLiteral("01.10.2028")
                                          << QStringLiteral("decision.valid_to") << QStringLiteral("periodErrorLabel");
}

void TestCaseDialog::decisionProblemsAreShownInline()
{
    QFETCH(QString, decidedBy);
    QFETCH(bool, refuse);
    QFETCH(QString, validTo);
    QFETCH(QString, field);
    QFETCH(QString, label);
    const Case c = caseReadyForDecision();
    DecisionDialog dialog(*m_cases, m_clock, c, rules::LicencePeriod::Reading::FixedBoundary, QStringLiteral("Nina Berg"));
    dialog.show();
    QVERIFY(test::activate(&dialog));
    // Prefilled: the officer, today, the application's start and the latest legal end.
    QCOMPARE(child<QLineEdit>(&dialog, QStringLiteral("decidedByEdit"))->text(), QStringLiteral("Nina Berg"));
    QCOMPARE(child<DateEdit>(&dialog, QStringLiteral("validFromEdit"))->date(), QDate(2026, 4, 1));
    QCOMPARE(child<DateEdit>(&dialog, QStringLiteral("validToEdit"))->date(), QDate(2028, 9, 30));
    QVERIFY(child<QLabel>(&dialog, QStringLiteral("periodHintLabel"))->text().contains(QStringLiteral("30.09.2028")));
    auto *decider = child<QLineEdit>(&dialog, QStringLiteral("decidedByEdit"));
    decider->clear();
    QTest::keyClicks(decider, decidedBy);
    if (refuse) {
        auto *outcome = child<QComboBox>(&dialog, QStringLiteral("outcomeComboBox"));
        outcome->setCurrentIndex(outcome->findData(int(DecisionOutcome::Refused)));
    }
    if (!validTo.isEmpty()) {
        auto *to = child<DateEdit>(&dialog, QStringLiteral("validToEdit"));
        typeDate(to, validTo);
    }
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.shownErrors().contains(field), qPrintable(QStringList(dialog.shownErrors().keys()).join(QLatin1Char(','))));
    QVERIFY(child<QLabel>(&dialog, label)->isVisible());
    const Case stored = m_cases->find(c.id).value();
    QVERIFY(!stored.decision);
    QCOMPARE(stored.status, CaseStatus::Complete);
    QCOMPARE(m_licences->count().value(), 0);
}

void TestCaseDialog::refusalIsRecordedWithoutLicence()
{
    const Case c = caseReadyForDecision();
    DecisionDialog dialog(*m_cases, m_clock, c, rules::LicencePeriod::Reading::FixedBoundary, QStringLiteral("Nina Berg"));
    dialog.show();
    QVERIFY(test::activate(&dialog));
    auto *outcome = child<QComboBox>(&dialog, QStringLiteral("outcomeComboBox"));
    outcome->setCurrentIndex(outcome->findData(int(DecisionOutcome::Refused)));
    QVERIFY(!child<DateEdit>(&dialog, QStringLiteral("validToEdit"))->isEnabled());
    QTest::keyClicks(child<QPlainTextEdit>(&dialog, QStringLiteral("reasonEdit")),
                     QStringLiteral("Styrer oppfyller ikke alderskravet, alkoholloven § 1-7c."));
    QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("referenceEdit")), QStringLiteral("2026/77-3"));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY2(!dialog.isVisible(), qPrintable(QStringList(dialog.shownErrors().values()).join(QLatin1Char('|'))));
    const Case stored = m_cases->find(c.id).value();
    QCOMPARE(stored.status, CaseStatus::Decided);
    QVERIFY(stored.decision);
    QCOMPARE(stored.decision->outcome, DecisionOutcome::Refused);
    QCOMPARE(stored.decision->reference, QStringLiteral("2026/77-3"));
    QCOMPARE(m_licences->count().value(), 0);
}

void TestCaseDialog::statusDialogOffersTheWorkflowAndShowsItsObjection()
{
    const Case c = storedCase();
    CaseStatusDialog dialog(*m_cases, m_clock, c);
    dialog.show();
    QVERIFY(test::activate(&dialog));
    auto *status = child<QComboBox>(&dialog, QStringLiteral("statusComboBox"));
    QCOMPARE(status->count(), int(CaseWorkflow::manualNext(c).size()));
    // Incomplete needs a missing attachment listed: the workflow's message shows inline.
    QVERIFY(dialog.selectStatus(CaseStatus::Incomplete));
    QVERIFY(!child<QComboBox>(&dialog, QStringLiteral("closeReasonComboBox"))->isVisible());
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.shownErrors().contains(QStringLiteral("missing_attachments")));
    QVERIFY(child<QLabel>(&dialog, QStringLiteral("statusErrorLabel"))->isVisible());
    QCOMPARE(m_cases->find(c.id)->status, CaseStatus::Received);
    // Closing asks why; withdrawn is offered first for an undecided case.
    QVERIFY(dialog.selectStatus(CaseStatus::Closed));
    QVERIFY(child<QComboBox>(&dialog, QStringLiteral("closeReasonComboBox"))->isVisible());
    QCOMPARE(child<QComboBox>(&dialog, QStringLiteral("closeReasonComboBox"))->currentData().toInt(), int(CloseReason::Withdrawn));
    QTest::keyClicks(child<QPlainTextEdit>(&dialog, QStringLiteral("statusNoteEdit")), QStringLiteral("Søker trakk søknaden."));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY2(!dialog.isVisible(), qPrintable(QStringList(dialog.shownErrors().values()).join(QLatin1Char('|'))));
    const Case stored = m_cases->find(c.id).value();
    QCOMPARE(stored.status, CaseStatus::Closed);
    QCOMPARE(stored.closeReason, std::optional<CloseReason>(CloseReason::Withdrawn));
    QCOMPARE(stored.events.last().note, QStringLiteral("Søker trakk søknaden."));
}

void TestCaseDialog::appealBeforeDecisionIsRefused()
{
    const Case c = caseReadyForDecision();
    CaseDecision decision;
    decision.outcome = DecisionOutcome::Refused;
    decision.decidedBy = QStringLiteral("Nina Berg");
    decision.decidedOn = QDate(2026, 3, 2);
    decision.reason = QStringLiteral("Alkoholloven § 1-7a.");
    Result<Case> decided = m_cases->decide(c.id, decision);
    QVERIFY2(decided.ok(), qPrintable(decided.error().toString()));
    Result<Case> notified = m_cases->markNotified(c.id, QDate(2026, 3, 2));
    QVERIFY2(notified.ok(), qPrintable(notified.error().toString()));

    AppealDialog dialog(*m_cases, m_clock, *notified);
    dialog.show();
    QVERIFY(test::activate(&dialog));
    QCOMPARE(child<QLineEdit>(&dialog, QStringLiteral("appellantEdit"))->text(), QStringLiteral("Fjordkroa AS"));
    auto *received = child<DateEdit>(&dialog, QStringLiteral("appealReceivedEdit"));
    typeDate(received, QStringLiteral("01.03.2026"));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.shownErrors().contains(QStringLiteral("appeal.received")));
    QVERIFY(child<QLabel>(&dialog, QStringLiteral("receivedErrorLabel"))->isVisible());
    QVERIFY(!m_cases->find(c.id)->appeal);

    typeDate(received, QStringLiteral("02.03.2026"));
    QTest::keyClicks(child<QPlainTextEdit>(&dialog, QStringLiteral("groundsEdit")), QStringLiteral("Uenig i vurderingen."));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY2(!dialog.isVisible(), qPrintable(QStringList(dialog.shownErrors().values()).join(QLatin1Char('|'))));
    const Case stored = m_cases->find(c.id).value();
    QCOMPARE(stored.status, CaseStatus::Appealed);
    QVERIFY(stored.appeal);
    QCOMPARE(stored.appeal->grounds, QStringLiteral("Uenig i vurderingen."));
}

QTEST_MAIN(TestCaseDialog)
#include "TestCaseDialog.moc"
