// The "Saker" work area as an officer uses it: one new serving application from "received" to a
// granted licence with its decision letter, clicking and typing through the dialogs.

#include "AppealDialog.h"
#include "CaseDetailWidget.h"
#include "CaseDialog.h"
#include "CaseFilterProxyModel.h"
#include "CaseStatusDialog.h"
#include "CaseTableModel.h"
#include "CasesWidget.h"
#include "DateEdit.h"
#include "DecisionDialog.h"
#include "FileDialog.h"
#include "LicenceEditorDialog.h"
#include "MessageBox.h"
#include "OptionalDateEdit.h"
#include "RegisterFiles.h"
#include "StatementDialog.h"
#include "TestSupport.h"
#include "TestUiSupport.h"
#include "rules/LicencePeriod.h"
#include "storage/CaseRepository.h"
#include "storage/LicenceRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QtTest>

using namespace bevilling;

class TestUiCaseFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void newServingApplicationToGrantedLicence();
    void decisionWithoutDeciderSavesNothing();
    void statementReplyBeforeRequestIsRefusedInline();
    void searchAndFilterTheCases();
    void passCaseToAnotherOfficer();
    void attachmentTooLargeOrUnreadableIsRefused_data();
    void attachmentTooLargeOrUnreadableIsRefused();
    void readOnlyRegisterDisablesEveryEdit();
    void appealLeadsToANewDecision();
    void severalAttachmentsAtOnce();

private:
    template<typename T>
    T *child(QWidget *parent, const QString &name)
    {
        T *widget = parent->findChild<T *>(name);
        if (!widget)
            qWarning("no widget %s", qPrintable(name));
        return widget;
    }
    static void typeDate(QDateEdit *edit, const QString &text)
    {
        edit->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(edit, text);
    }
    void click(const QString &button) { QTest::mouseClick(child<QPushButton>(m_widget.get(), button), Qt::LeftButton); }
    CaseDetailWidget *detail() const { return m_widget->detailWidget(); }
    Case stored() const { return CaseRepository(*m_db, m_clock).find(detail()->caseId()).value(); }
    // Registers Fjordkroa AS's application through the dialogs.
    void registerApplication();
    // Moves the current case to `status` through "Change status…".
    void changeStatus(CaseStatus status, std::optional<CloseReason> reason = std::nullopt);
    // A case created directly, complete and with one statement requested on 02.03.2026.
    Case completeCaseWithStatement();
    void setDay(const QDate &day) { m_clock.setNow(QDateTime(day, QTime(12, 0), Qt::UTC)); }

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CasesWidget> m_widget;
    int m_fileNumber = 0;
};

void TestUiCaseFlow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::useTemporaryLocations(m_dir);
    Localization::install(*QCoreApplication::instance(), QStringLiteral("en"), {QStringLiteral("core"), QStringLiteral("ui")});
}

void TestUiCaseFlow::init()
{
    setDay(QDate(2026, 3, 2));
    m_db = test::makeRegister(QDir(m_dir.path()).filePath(QStringLiteral("flow-%1.sqlite").arg(++m_fileNumber)), m_clock,
                              QStringLiteral("national"));
    QVERIFY(m_db);
    m_widget = std::make_unique<CasesWidget>(m_clock);
    m_widget->resize(1400, 900);
    m_widget->setDatabase(m_db.get(), false);
    m_widget->show();
    QVERIFY(test::activate(m_widget.get()));
}

void TestUiCaseFlow::cleanup()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(widget) && widget->isVisible()) {
            MessageBox::setNextAnswer(MessageBox::Yes);
            widget->close();
        }
    }
    MessageBox::clearNextAnswers();
    m_widget.reset();
    m_db.reset();
}

void TestUiCaseFlow::registerApplication()
{
    bool applicationFilled = false;
    bool caseSaved = false;
    test::whenModal<CaseDialog>([&](CaseDialog *dialog) {
        test::activate(dialog);
        auto *type = child<QComboBox>(dialog, QStringLiteral("caseTypeComboBox"));
        QCOMPARE(type->currentData().toInt(), int(CaseType::NewLicence));
        typeDate(child<DateEdit>(dialog, QStringLiteral("receivedDateEdit")), QStringLiteral("27.02.2026"));
        auto *officer = child<QComboBox>(dialog, QStringLiteral("officerComboBox"));
        officer->lineEdit()->selectAll();
        QTest::keyClicks(officer->lineEdit(), QStringLiteral("Nina Berg"));

        test::whenModal<LicenceEditorDialog>([&](LicenceEditorDialog *editor) {
            test::activate(editor);
            QVERIFY(editor->isApplicationMode());
            QVERIFY(!child<QLineEdit>(editor, QStringLiteral("numberEdit"))->isVisible());
            QTest::keyClicks(child<QLineEdit>(editor, QStringLiteral("licenseeNameEdit")), QStringLiteral("Fjordkroa AS"));
            QTest::keyClicks(child<QLineEdit>(editor, QStringLiteral("orgNumberEdit")), QStringLiteral("923 609 016"));
            QTest::keyClicks(child<QLineEdit>(editor, QStringLiteral("licenseeAddressEdit")),
                             QStringLiteral("Postboks 12, 1337 Sandvika"));
            QTest::keyClicks(child<QLineEdit>(editor, QStringLiteral("premisesNameEdit")), QStringLiteral("Fjordkroa"));
            QTest::keyClicks(child<QLineEdit>(editor, QStringLiteral("premisesAddressEdit")), QStringLiteral("Sandviksveien 12"));
            QTest::keyClicks(child<QLineEdit>(editor, QStringLiteral("postalCodeEdit")), QStringLiteral("1337"));
            QTest::keyClicks(child<QLineEdit>(editor, QStringLiteral("postalPlaceEdit")), QStringLiteral("Sandvika"));
            QTest::keyClicks(child<QLineEdit>(editor, QStringLiteral("managerNameEdit")), QStringLiteral("Kari Nordmann"));
            typeDate(child<OptionalDateEdit>(editor, QStringLiteral("managerBirthDateEdit")), QStringLiteral("17.05.1980"));
            typeDate(child<OptionalDateEdit>(editor, QStringLiteral("managerKnowledgeTestDateEdit")), QStringLiteral("02.11.2023"));
            QTest::keyClicks(child<QLineEdit>(editor, QStringLiteral("deputy1NameEdit")), QStringLiteral("Ola Hansen"));
            typeDate(child<OptionalDateEdit>(editor, QStringLiteral("deputy1BirthDateEdit")), QStringLiteral("31.01.1990"));
            typeDate(child<OptionalDateEdit>(editor, QStringLiteral("deputy1KnowledgeTestDateEdit")), QStringLiteral("15.01.2024"));
            QTest::keyClick(child<QCheckBox>(editor, QStringLiteral("group2CheckBox")), Qt::Key_Space);
            QTest::keyClick(child<QCheckBox>(editor, QStringLiteral("group3CheckBox")), Qt::Key_Space);
            QTest::keyClicks(child<QLineEdit>(editor, QStringLiteral("indoorDescriptionEdit")),
                             QStringLiteral("Restaurantsal, 1. etasje"));
            QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("saveButton")), Qt::LeftButton);
            applicationFilled = !editor->isVisible();
            if (editor->isVisible()) {
                qWarning() << editor->shownErrors();
                editor->done(QDialog::Rejected);
            }
        });
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("editApplicationButton")), Qt::LeftButton);
        QTest::keyClicks(child<QPlainTextEdit>(dialog, QStringLiteral("notesEdit")), QStringLiteral("Søknad mottatt per e-post."));
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveButton")), Qt::LeftButton);
        caseSaved = !dialog->isVisible();
        if (dialog->isVisible()) {
            qWarning() << dialog->shownErrors();
            dialog->done(QDialog::Rejected);
        }
    });
    click(QStringLiteral("newCaseButton"));
    QVERIFY(applicationFilled);
    QVERIFY(caseSaved);
}

void TestUiCaseFlow::changeStatus(CaseStatus status, std::optional<CloseReason> reason)
{
    bool saved = false;
    test::whenModal<CaseStatusDialog>([&](CaseStatusDialog *dialog) {
        test::activate(dialog);
        if (!dialog->selectStatus(status)) {
            qWarning("status %s not offered", qPrintable(CaseTexts::statusKey(status)));
            dialog->reject();
            return;
        }
        if (reason) {
            auto *combo = child<QComboBox>(dialog, QStringLiteral("closeReasonComboBox"));
            combo->setCurrentIndex(combo->findData(int(*reason)));
        }
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveButton")), Qt::LeftButton);
        saved = !dialog->isVisible();
        if (dialog->isVisible()) {
            qWarning() << dialog->shownErrors();
            dialog->reject();
        }
    });
    click(QStringLiteral("statusButton"));
    QVERIFY2(saved, qPrintable(CaseTexts::statusKey(status)));
    QCOMPARE(stored().status, status);
}

void TestUiCaseFlow::newServingApplicationToGrantedLicence()
{
    QSignalSpy casesChanged(m_widget.get(), &CasesWidget::casesChanged);
    QSignalSpy licencesChanged(m_widget.get(), &CasesWidget::licencesChanged);
    auto *table = child<QTableView>(m_widget.get(), QStringLiteral("caseTableView"));
    QCOMPARE(table->model()->rowCount(), 0);

    // 1. Received: the case is registered and shown.
    registerApplication();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(table->model()->rowCount(), 1);
    QVERIFY(detail()->caseId() > 0);
    Case c = stored();
    QCOMPARE(c.status, CaseStatus::Received);
    QCOMPARE(c.number, QStringLiteral("2026-0001"));
    QCOMPARE(c.receivedOn, QDate(2026, 2, 27));
    QCOMPARE(c.assignedTo, QStringLiteral("Nina Berg"));
    QCOMPARE(c.application.licensee.orgNumber, QStringLiteral("923609016"));
    QCOMPARE(c.application.manager.birthDate, QDate(1980, 5, 17));
    QCOMPARE(c.application.groups, Group1 | Group2 | Group3);
    QCOMPARE(table->model()->index(0, CaseTableModel::StatusColumn).data().toString(),
             CaseTexts::statusName(CaseStatus::Received));
    QVERIFY(child<QLabel>(m_widget.get(), QStringLiteral("caseCountLabel"))->text().contains(QStringLiteral("1 of 1")));
    QVERIFY(casesChanged.size() >= 1);

    // 2. Missing attachments listed → incomplete.
    detail()->tabs()->setCurrentIndex(2);
    auto *missing = child<QPlainTextEdit>(detail(), QStringLiteral("missingAttachmentsEdit"));
    QTest::keyClicks(missing, QStringLiteral("Firmaattest"));
    click(QStringLiteral("saveMissingButton"));
    QCOMPARE(stored().missingAttachments, QStringList{QStringLiteral("Firmaattest")});
    changeStatus(CaseStatus::Incomplete);

    // 3. The document arrives a week later: attach it, clear the list → complete.
    setDay(QDate(2026, 3, 9));
    const QString file = QDir(m_dir.path()).filePath(QStringLiteral("firmaattest.pdf"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QByteArray("%PDF-1.4\n% firmaattest\n").repeated(100));
    }
    auto *category = child<QComboBox>(detail(), QStringLiteral("attachmentCategoryComboBox"));
    category->setCurrentIndex(category->findData(QStringLiteral("company_certificate")));
    FileDialog::setNextFileName(file);
    click(QStringLiteral("addAttachmentButton"));
    auto *attachments = child<QTableWidget>(detail(), QStringLiteral("attachmentsTable"));
    QCOMPARE(attachments->rowCount(), 1);
    QCOMPARE(attachments->item(0, 0)->text(), QStringLiteral("firmaattest.pdf"));
    QCOMPARE(attachments->item(0, 2)->text(), CaseUiTexts::fileSize(2300));
    QVERIFY(attachments->item(0, 0)->toolTip().contains(QStringLiteral("SHA-256")));
    QCOMPARE(stored().attachments.size(), 1);
    QCOMPARE(stored().attachments.first().category, QStringLiteral("company_certificate"));
    missing = child<QPlainTextEdit>(detail(), QStringLiteral("missingAttachmentsEdit"));
    missing->setFocus();
    missing->selectAll();
    QTest::keyClick(missing, Qt::Key_Delete);
    click(QStringLiteral("saveMissingButton"));
    QVERIFY(stored().missingAttachments.isEmpty());
    changeStatus(CaseStatus::Complete);
    QCOMPARE(stored().completeOn, QDate(2026, 3, 9));
    QVERIFY(child<QTextBrowser>(detail(), QStringLiteral("overviewBrowser"))->toPlainText().contains(QStringLiteral("Legal due date")));

    // 4. Two statements: the police and Skatteetaten, deadline 21 days after the request.
    detail()->tabs()->setCurrentIndex(1);
    for (StatementParty party : {StatementParty::Police, StatementParty::TaxAuthority}) {
        bool saved = false;
        test::whenModal<StatementDialog>([&](StatementDialog *dialog) {
            test::activate(dialog);
            auto *combo = child<QComboBox>(dialog, QStringLiteral("partyComboBox"));
            combo->setCurrentIndex(combo->findData(int(party)));
            QCOMPARE(child<DateEdit>(dialog, QStringLiteral("deadlineDateEdit"))->date(), QDate(2026, 3, 30));
            QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveButton")), Qt::LeftButton);
            saved = !dialog->isVisible();
            if (dialog->isVisible()) {
                qWarning() << dialog->shownErrors();
                dialog->reject();
            }
        });
        click(QStringLiteral("addStatementButton"));
        QVERIFY(saved);
    }
    auto *statements = child<QTableWidget>(detail(), QStringLiteral("statementsTable"));
    QCOMPARE(statements->rowCount(), 2);
    QCOMPARE(statements->item(0, 0)->text(), CaseTexts::partyName(StatementParty::Police));
    QCOMPARE(statements->item(1, 0)->text(), CaseTexts::partyName(StatementParty::TaxAuthority));
    QCOMPARE(statements->item(0, 2)->text(), QStringLiteral("30.03.2026"));
    QCOMPARE(m_widget->model()->index(0, CaseTableModel::MissingStatementsColumn).data().toString(), QStringLiteral("2"));
    changeStatus(CaseStatus::OutForStatements);

    // 5. The police are late: a reminder, then both replies.
    setDay(QDate(2026, 4, 2));
    m_widget->reload(); // the next morning's view
    statements->selectRow(0);
    QVERIFY(statements->item(0, 0)->toolTip().contains(QStringLiteral("Overdue")));
    click(QStringLiteral("remindStatementButton"));
    QCOMPARE(stored().statements.first().reminders, QList<QDate>{QDate(2026, 4, 2)});
    setDay(QDate(2026, 4, 8));
    for (int row = 0; row < 2; ++row) {
        statements->selectRow(row);
        bool saved = false;
        test::whenModal<StatementDialog>([&](StatementDialog *dialog) {
            test::activate(dialog);
            typeDate(child<OptionalDateEdit>(dialog, QStringLiteral("repliedDateEdit")), QStringLiteral("07.04.2026"));
            QCOMPARE(child<QComboBox>(dialog, QStringLiteral("replyComboBox"))->currentData().toInt(),
                     int(StatementReply::NoRemarks));
            QTest::keyClicks(child<QPlainTextEdit>(dialog, QStringLiteral("replyTextEdit")), QStringLiteral("Ingen merknader."));
            QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveButton")), Qt::LeftButton);
            saved = !dialog->isVisible();
            if (dialog->isVisible()) {
                qWarning() << dialog->shownErrors();
                dialog->reject();
            }
        });
        click(QStringLiteral("editStatementButton"));
        QVERIFY(saved);
    }
    for (const CaseStatement &s : stored().statements) {
        QCOMPARE(s.replied, QDate(2026, 4, 7));
        QCOMPARE(s.reply, std::optional<StatementReply>(StatementReply::NoRemarks));
    }
    changeStatus(CaseStatus::StatementsReceived);
    changeStatus(CaseStatus::Recommendation);

    // 6. The decision: granted by the officer with delegated authority; the period is prefilled.
    setDay(QDate(2026, 4, 10));
    detail()->tabs()->setCurrentIndex(0);
    const QDate latestEnd = rules::LicencePeriod::latestEnd(QDate(2026, 4, 10));
    bool decided = false;
    test::whenModal<DecisionDialog>([&](DecisionDialog *dialog) {
        test::activate(dialog);
        QCOMPARE(child<QComboBox>(dialog, QStringLiteral("outcomeComboBox"))->currentData().toInt(), int(DecisionOutcome::Granted));
        QCOMPARE(child<QComboBox>(dialog, QStringLiteral("bodyComboBox"))->currentData().toInt(), int(DecisionBody::Delegated));
        QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("decidedByEdit"))->text(), QStringLiteral("Nina Berg"));
        QCOMPARE(child<DateEdit>(dialog, QStringLiteral("decidedOnEdit"))->date(), QDate(2026, 4, 10));
        QCOMPARE(child<DateEdit>(dialog, QStringLiteral("validFromEdit"))->date(), QDate(2026, 4, 10));
        QCOMPARE(child<DateEdit>(dialog, QStringLiteral("validToEdit"))->date(), latestEnd);
        QVERIFY(child<QLabel>(dialog, QStringLiteral("periodHintLabel"))->text().contains(formatDate(latestEnd)));
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("referenceEdit")), QStringLiteral("2026/1234-5"));
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveButton")), Qt::LeftButton);
        decided = !dialog->isVisible();
        if (dialog->isVisible()) {
            qWarning() << dialog->shownErrors();
            dialog->reject();
        }
    });
    click(QStringLiteral("decideButton"));
    QVERIFY(decided);
    c = stored();
    QCOMPARE(c.status, CaseStatus::Decided);
    QVERIFY(c.decision);
    QCOMPARE(c.decision->reference, QStringLiteral("2026/1234-5"));
    QVERIFY(c.licenceId);
    QCOMPARE(licencesChanged.size(), 1);
    QVERIFY(child<QTextBrowser>(detail(), QStringLiteral("decisionBrowser"))->toPlainText().contains(QStringLiteral("2026/1234-5")));

    // 7. The decision letter as PDF; record the notification when asked.
    const QString pdf = QDir(m_dir.path()).filePath(QStringLiteral("vedtak-2026-0001.pdf"));
    FileDialog::setNextFileName(pdf);
    MessageBox::setNextAnswer(MessageBox::Yes);
    click(QStringLiteral("letterButton"));
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    QFile letter(pdf);
    QVERIFY(letter.open(QIODevice::ReadOnly));
    QVERIFY(letter.read(5) == QByteArray("%PDF-"));
    letter.close();
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(30000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("Fjordkroa AS")), qPrintable(text.left(500)));
    } else {
        QFAIL("pdftotext (poppler-utils) is needed to read the letter");
    }
    c = stored();
    QCOMPARE(c.status, CaseStatus::Notified);
    QCOMPARE(c.decision->notifiedOn, QDate(2026, 4, 10));

    // 8. Closed: completed.
    changeStatus(CaseStatus::Closed, CloseReason::Completed);
    QCOMPARE(stored().closeReason, std::optional<CloseReason>(CloseReason::Completed));
    QVERIFY(!child<QPushButton>(detail(), QStringLiteral("statusButton"))->isEnabled());
    QVERIFY(!child<QPushButton>(detail(), QStringLiteral("addStatementButton"))->isEnabled());

    // The history tells the story with times and the officer's changes.
    auto *history = child<QTreeWidget>(detail(), QStringLiteral("caseHistoryTree"));
    QStringList lines;
    for (int i = 0; i < history->topLevelItemCount(); ++i)
        lines << history->topLevelItem(i)->text(2);
    const QString received = CaseTexts::statusName(CaseStatus::Received);
    const QString incomplete = CaseTexts::statusName(CaseStatus::Incomplete);
    QVERIFY2(lines.contains(QStringLiteral("Status: %1 → %2").arg(received, incomplete)), qPrintable(lines.join(QLatin1Char('\n'))));

    // 9. The licence exists in the register with the decided period.
    LicenceRepository licences(*m_db, m_clock);
    const Licence licence = licences.find(*c.licenceId).value();
    QCOMPARE(licence.licensee.name, QStringLiteral("Fjordkroa AS"));
    QCOMPARE(licence.licensee.orgNumber, QStringLiteral("923609016"));
    QCOMPARE(licence.kind, LicenceKind::Serving);
    QCOMPARE(licence.validFrom, QDate(2026, 4, 10));
    QCOMPARE(licence.validTo, latestEnd);
    QCOMPARE(licence.manager.name, QStringLiteral("Kari Nordmann"));
    QVERIFY(!licence.number.isEmpty());
}

Case TestUiCaseFlow::completeCaseWithStatement()
{
    CaseRepository repository(*m_db, m_clock);
    Case c;
    c.receivedOn = QDate(2026, 2, 20);
    c.assignedTo = QStringLiteral("Nina Berg");
    c.application = test::makeServingLicence(QString());
    c.application.validFrom = QDate(2026, 3, 2);
    c.application.validTo = QDate(2028, 9, 30);
    Result<Case> created = repository.create(c);
    if (!created) {
        qWarning("%s", qPrintable(created.error().toString()));
        return c;
    }
    Result<Case> complete = repository.setStatus(created->id, CaseStatus::Complete);
    if (!complete) {
        qWarning("%s", qPrintable(complete.error().toString()));
        return *created;
    }
    CaseStatement statement;
    statement.requested = QDate(2026, 3, 2);
    statement.deadline = QDate(2026, 3, 23);
    Result<Case> withStatement = repository.saveStatement(created->id, statement);
    if (!withStatement)
        qWarning("%s", qPrintable(withStatement.error().toString()));
    m_widget->reload();
    m_widget->openCase(created->id);
    return withStatement ? *withStatement : *complete;
}

void TestUiCaseFlow::decisionWithoutDeciderSavesNothing()
{
    const Case c = completeCaseWithStatement();
    QVERIFY(c.id > 0);
    QCOMPARE(detail()->caseId(), c.id);
    QSignalSpy licencesChanged(m_widget.get(), &CasesWidget::licencesChanged);
    bool refused = false;
    test::whenModal<DecisionDialog>([&](DecisionDialog *dialog) {
        test::activate(dialog);
        auto *decider = child<QLineEdit>(dialog, QStringLiteral("decidedByEdit"));
        decider->selectAll();
        QTest::keyClick(decider, Qt::Key_Delete);
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveButton")), Qt::LeftButton);
        auto *label = child<QLabel>(dialog, QStringLiteral("decidedByErrorLabel"));
        refused = dialog->isVisible() && label->isVisible() && !label->text().isEmpty()
                  && dialog->shownErrors().contains(QStringLiteral("decision.decided_by"));
        // The focus lands on the field to fix.
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(decider));
        dialog->reject();
    });
    click(QStringLiteral("decideButton"));
    QVERIFY(refused);
    const Case after = stored();
    QVERIFY(!after.decision);
    QCOMPARE(after.status, CaseStatus::Complete);
    QVERIFY(!after.licenceId);
    QCOMPARE(LicenceRepository(*m_db, m_clock).count().value(), 0);
    QCOMPARE(licencesChanged.size(), 0);
}

void TestUiCaseFlow::statementReplyBeforeRequestIsRefusedInline()
{
    const Case c = completeCaseWithStatement();
    QVERIFY(c.id > 0);
    detail()->tabs()->setCurrentIndex(1);
    auto *statements = child<QTableWidget>(detail(), QStringLiteral("statementsTable"));
    QCOMPARE(statements->rowCount(), 1);
    statements->selectRow(0);
    QString message;
    test::whenModal<StatementDialog>([&](StatementDialog *dialog) {
        test::activate(dialog);
        typeDate(child<OptionalDateEdit>(dialog, QStringLiteral("repliedDateEdit")), QStringLiteral("27.02.2026"));
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveButton")), Qt::LeftButton);
        auto *label = child<QLabel>(dialog, QStringLiteral("repliedErrorLabel"));
        if (dialog->isVisible() && label->isVisible())
            message = label->text();
        dialog->reject();
    });
    click(QStringLiteral("editStatementButton"));
    QVERIFY2(message.contains(QStringLiteral("02.03.2026")), qPrintable(message));
    QVERIFY(!stored().statements.first().isAnswered());
    QCOMPARE(statements->item(0, 4)->text(), QString());
}

void TestUiCaseFlow::searchAndFilterTheCases()
{
    CaseRepository repository(*m_db, m_clock);
    const QList<QPair<QString, QString>> applicants{{QStringLiteral("Fjordkroa AS"), QStringLiteral("Nina Berg")},
                                                    {QStringLiteral("Havnekafeen AS"), QStringLiteral("Per Lie")},
                                                    {QStringLiteral("Bryggeloftet AS"), QStringLiteral("Nina Berg")}};
    QList<qint64> ids;
    for (const auto &applicant : applicants) {
        Case c;
        c.receivedOn = QDate(2026, 2, 20);
        c.assignedTo = applicant.second;
        c.application = test::makeServingLicence(QString());
        c.application.licensee.name = applicant.first;
        Result<Case> created = repository.create(c);
        QVERIFY2(created.ok(), qPrintable(created.error().toString()));
        ids << created->id;
    }
    QVERIFY(repository.setStatus(ids.last(), CaseStatus::Closed, QString(), CloseReason::Withdrawn).ok());
    m_widget->reload();
    auto *table = child<QTableView>(m_widget.get(), QStringLiteral("caseTableView"));
    auto *count = child<QLabel>(m_widget.get(), QStringLiteral("caseCountLabel"));
    // Only open cases by default.
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(count->text(), QStringLiteral("Showing 2 of 3 cases"));
    QTest::keyClick(child<QCheckBox>(m_widget.get(), QStringLiteral("openOnlyCheckBox")), Qt::Key_Space);
    QCOMPARE(table->model()->rowCount(), 3);
    auto *officer = child<QComboBox>(m_widget.get(), QStringLiteral("caseOfficerComboBox"));
    QCOMPARE(officer->count(), 3);
    officer->setCurrentIndex(officer->findData(QStringLiteral("Nina Berg")));
    QCOMPARE(table->model()->rowCount(), 2);
    m_widget->focusSearch();
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(m_widget.get(), QStringLiteral("caseSearchEdit")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("brygge"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(count->text(), QStringLiteral("Showing 1 of 3 cases"));
    // openCase() clears a filter that hides the case.
    m_widget->openCase(ids.at(1));
    QCOMPARE(detail()->caseId(), ids.at(1));
    QVERIFY(child<QLabel>(detail(), QStringLiteral("caseTitleLabel"))->text().contains(QStringLiteral("Havnekafeen AS")));
    // Return on the selected row opens its overview.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(detail()->tabs()->currentIndex(), 0);
}

void TestUiCaseFlow::readOnlyRegisterDisablesEveryEdit()
{
    const Case c = completeCaseWithStatement();
    QVERIFY(c.id > 0);
    m_widget->setDatabase(m_db.get(), true);
    m_widget->openCase(c.id);
    QCOMPARE(detail()->caseId(), c.id);
    QVERIFY(!child<QPushButton>(m_widget.get(), QStringLiteral("newCaseButton"))->isEnabled());
    for (const QString &name : {QStringLiteral("statusButton"), QStringLiteral("assignButton"), QStringLiteral("editCaseButton"),
                                QStringLiteral("decideButton"), QStringLiteral("appealButton"), QStringLiteral("addStatementButton"),
                                QStringLiteral("editStatementButton"), QStringLiteral("removeStatementButton"),
                                QStringLiteral("remindStatementButton"), QStringLiteral("addAttachmentButton"),
                                QStringLiteral("removeAttachmentButton"), QStringLiteral("saveMissingButton")})
        QVERIFY2(!child<QPushButton>(detail(), name)->isEnabled(), qPrintable(name));
    QVERIFY(child<QPlainTextEdit>(detail(), QStringLiteral("missingAttachmentsEdit"))->isReadOnly());
    // newCase() does nothing on a read-only register.
    m_widget->newCase();
    QVERIFY(!test::visibleTopLevel<CaseDialog>());
    m_widget->setDatabase(nullptr, false);
    QCOMPARE(detail()->caseId(), qint64(0));
    QCOMPARE(m_widget->model()->rowCount(), 0);
}

void TestUiCaseFlow::passCaseToAnotherOfficer()
{
    const Case c = completeCaseWithStatement();
    QVERIFY(c.id > 0);
    bool saved = false;
    test::whenModal<AssignCaseDialog>([&](AssignCaseDialog *dialog) {
        test::activate(dialog);
        auto *officer = child<QComboBox>(dialog, QStringLiteral("officerComboBox"));
        // The current officer is not offered; an empty choice is refused inline.
        QCOMPARE(officer->findText(QStringLiteral("Nina Berg")), -1);
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveButton")), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(child<QLabel>(dialog, QStringLiteral("officerErrorLabel"))->isVisible());
        QTest::keyClicks(officer->lineEdit(), QStringLiteral("Per Lie"));
        QTest::keyClicks(child<QPlainTextEdit>(dialog, QStringLiteral("assignNoteEdit")), QStringLiteral("Ferie"));
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveButton")), Qt::LeftButton);
        saved = !dialog->isVisible();
        if (dialog->isVisible())
            dialog->reject();
    });
    click(QStringLiteral("assignButton"));
    QVERIFY(saved);
    QCOMPARE(stored().assignedTo, QStringLiteral("Per Lie"));
    const int row = m_widget->model()->rowOf(c.id);
    QCOMPARE(m_widget->model()->index(row, CaseTableModel::OfficerColumn).data().toString(), QStringLiteral("Per Lie"));
    auto *history = child<QTreeWidget>(detail(), QStringLiteral("caseHistoryTree"));
    QStringList lines;
    for (int i = 0; i < history->topLevelItemCount(); ++i)
        lines << history->topLevelItem(i)->text(2);
    QVERIFY2(lines.contains(QStringLiteral("Passed from Nina Berg to Per Lie – Ferie")), qPrintable(lines.join(QLatin1Char('\n'))));
    QCOMPARE(history->topLevelItem(0)->text(1).isEmpty(), false);
}

void TestUiCaseFlow::attachmentTooLargeOrUnreadableIsRefused_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<bool>("exists");
    QTest::addColumn<QString>("message");
    QTest::newRow("over the limit") << CaseRepository::DefaultAttachmentLimit + 1 << true << QStringLiteral("too large");
    QTest::newRow("missing file") << qint64(0) << false << QStringLiteral("could not be added");
}

void TestUiCaseFlow::attachmentTooLargeOrUnreadableIsRefused()
{
    QFETCH(qint64, size);
    QFETCH(bool, exists);
    QFETCH(QString, message);
    const Case c = completeCaseWithStatement();
    QVERIFY(c.id > 0);
    const QString path = QDir(m_dir.path()).filePath(QStringLiteral("plantegning-%1.pdf").arg(m_fileNumber));
    if (exists) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(size));
    }
    detail()->tabs()->setCurrentIndex(2);
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(MessageBox::Ok);
    click(QStringLiteral("addAttachmentButton"));
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    QVERIFY2(MessageBox::lastText().contains(message), qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(QFileInfo(path).fileName()));
    QVERIFY(stored().attachments.isEmpty());
    QCOMPARE(child<QTableWidget>(detail(), QStringLiteral("attachmentsTable"))->rowCount(), 0);
    QFile::remove(path);
}

void TestUiCaseFlow::appealLeadsToANewDecision()
{
    // A refusal is appealed; the municipality reconsiders and grants (forvaltningsloven § 33).
    const Case c = completeCaseWithStatement();
    QVERIFY(c.id > 0);
    CaseRepository repository(*m_db, m_clock);
    CaseDecision refusal;
    refusal.outcome = DecisionOutcome::Refused;
    refusal.decidedBy = QStringLiteral("Nina Berg");
    refusal.decidedOn = QDate(2026, 3, 2);
    refusal.reason = QStringLiteral("Vandel");
    QVERIFY(repository.decide(c.id, refusal));
    setDay(QDate(2026, 3, 21));
    QVERIFY(repository.markNotified(c.id, QDate(2026, 3, 3)));
    m_widget->reload();
    m_widget->openCase(c.id);
    auto *decide = child<QPushButton>(detail(), QStringLiteral("decideButton"));
    QVERIFY(!decide->isEnabled()); // notified, no appeal: no second decision
    CaseAppeal appeal;
    appeal.received = QDate(2026, 3, 10);
    appeal.appellant = QStringLiteral("Fjordkroa AS");
    appeal.reconsideration = AppealReconsideration::Reversed;
    appeal.reconsideredOn = QDate(2026, 3, 20);
    QVERIFY(repository.saveAppeal(c.id, appeal));
    m_widget->reload();
    m_widget->openCase(c.id);
    QCOMPARE(stored().status, CaseStatus::Appealed);
    QVERIFY(decide->isEnabled());

    bool saved = false;
    test::whenModal<DecisionDialog>([&](DecisionDialog *dialog) {
        test::activate(dialog);
        auto *outcome = child<QComboBox>(dialog, QStringLiteral("outcomeComboBox"));
        // The dialog opens on the decision being reconsidered.
        QCOMPARE(outcome->currentData().toInt(), static_cast<int>(DecisionOutcome::Refused));
        outcome->setCurrentIndex(outcome->findData(static_cast<int>(DecisionOutcome::Granted)));
        auto *decidedOn = child<QDateEdit>(dialog, QStringLiteral("decidedOnEdit"));
        decidedOn->setDate(QDate(2026, 3, 20));
        auto *from = child<QDateEdit>(dialog, QStringLiteral("validFromEdit"));
        from->setDate(QDate(2026, 3, 20));
        auto *to = child<QDateEdit>(dialog, QStringLiteral("validToEdit"));
        to->setDate(QDate(2028, 9, 30));
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveButton")), Qt::LeftButton);
        saved = !dialog->isVisible();
        if (!saved) {
            qWarning() << dialog->shownErrors();
            dialog->reject();
        }
    });
    click(QStringLiteral("decideButton"));
    QVERIFY(saved);
    const Case after = stored();
    QCOMPARE(after.status, CaseStatus::Decided);
    QCOMPARE(after.decision->outcome, DecisionOutcome::Granted);
    QVERIFY(after.licenceId);
    const Licence licence = LicenceRepository(*m_db, m_clock).find(*after.licenceId).value();
    QCOMPARE(licence.validTo, QDate(2028, 9, 30));
}

void TestUiCaseFlow::severalAttachmentsAtOnce()
{
    // Three files chosen together: two are stored, the one over the limit is named in one message.
    const Case c = completeCaseWithStatement();
    QVERIFY(c.id > 0);
    CaseRepository repository(*m_db, m_clock);
    QStringList paths;
    const QList<QPair<QString, qint64>> files{{QStringLiteral("firmaattest.pdf"), 2000},
                                              {QStringLiteral("stor-plantegning.pdf"), repository.attachmentLimit() + 1},
                                              {QStringLiteral("skatteattest.png"), 10}};
    for (const auto &[name, size] : files) {
        const QString path = QDir(m_dir.path()).filePath(name);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(size));
        paths << path;
    }
    detail()->tabs()->setCurrentIndex(2);
    FileDialog::setNextFileNames(paths);
    MessageBox::setNextAnswer(MessageBox::Ok);
    click(QStringLiteral("addAttachmentButton"));
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("stor-plantegning.pdf")), qPrintable(MessageBox::lastText()));
    QVERIFY(!MessageBox::lastText().contains(QStringLiteral("firmaattest.pdf")));
    const QList<CaseAttachment> stored = this->stored().attachments;
    QCOMPARE(stored.size(), 2);
    QStringList names;
    for (const CaseAttachment &a : stored)
        names << a.name;
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("firmaattest.pdf"), QStringLiteral("skatteattest.png")}));
    QCOMPARE(child<QTableWidget>(detail(), QStringLiteral("attachmentsTable"))->rowCount(), 2);
    for (const QString &path : paths)
        QFile::remove(path);
}

QTEST_MAIN(TestUiCaseFlow)
#include "TestUiCaseFlow.moc"
