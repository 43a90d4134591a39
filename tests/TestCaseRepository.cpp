#include "TestSupport.h"
#include "cases/CaseJson.h"
#include "rules/LicencePeriod.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/LicenceRepository.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bevilling;

class TestCaseRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void schemaHasCaseTables();
    void createAssignsNumbers();
    void createRefusesBadInput_data();
    void createRefusesBadInput();
    void updateSavesEditableFields();
    void listFilters();
    void statusMoves();
    void refusedStatusMoveChangesNothing_data();
    void refusedStatusMoveChangesNothing();
    void assignWritesEvent();
    void statements();
    void refusedStatement_data();
    void refusedStatement();
    void grantCreatesLicence();
    void refusalCitesReason();
    void grantBeyondLegalEndRefused();
    void decisionWithoutDeciderOrDate_data();
    void decisionWithoutDeciderOrDate();
    void failedLicenceSaveSavesNothing();
    void transferGrantEndsOldLicence();
    void changeOfManagerUpdatesLicence();
    void renewalBatch();
    void renewalBatchRefusesDuplicates();
    void continuation();
    void appealFlow();
    void auditEntries();
    void readOnlyRefusesWrites();

private:
    Case makeCase(CaseType type = CaseType::NewLicence) const;
    Case createComplete(CaseRepository &repo, Case c) const;
    int count(const QString &table) const;
    CaseDecision grant() const;

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 10), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<Database> m_db;
};

void TestCaseRepository::init()
{
    const QString path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(path);
    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
    m_db = std::move(opened).value();
}

void TestCaseRepository::cleanup()
{
    m_db.reset();
}

Case TestCaseRepository::makeCase(CaseType type) const
{
    Case c;
    c.type = type;
    c.receivedOn = QDate(2026, 3, 2);
    c.application = test::makeServingLicence(QString());
    c.application.validFrom = QDate();
    c.application.validTo = QDate();
    return c;
}

Case TestCaseRepository::createComplete(CaseRepository &repo, Case c) const
{
    Result<Case> created = repo.create(c);
    if (!created)
        qFatal("create: %s", qPrintable(created.error().toString()));
    Result<Case> complete = repo.setStatus(created->id, CaseStatus::Complete);
    if (!complete)
        qFatal("complete: %s", qPrintable(complete.error().toString()));
    return *complete;
}

int TestCaseRepository::count(const QString &table) const
{
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return q.next() ? q.value(0).toInt() : -1;
}

CaseDecision TestCaseRepository::grant() const
{
    CaseDecision d;
    d.outcome = DecisionOutcome::Granted;
    d.body = DecisionBody::Delegated;
    d.decidedBy = QStringLiteral("Kari Saksbehandler");
    d.decidedOn = QDate(2026, 3, 9);
    d.reference = QStringLiteral("2026/1234-5");
    d.validFrom = QDate(2026, 4, 1);
    d.validTo = QDate(2028, 9, 30);
    return d;
}

void TestCaseRepository::schemaHasCaseTables()
{
    QVERIFY(Database::latestVersion() >= 5);
    QCOMPARE(m_db->schemaVersion(), Database::latestVersion());
    for (const char *table : {"case_file", "case_statement", "case_attachment", "case_event"})
        QCOMPARE(count(QString::fromLatin1(table)), 0);
}

void TestCaseRepository::createAssignsNumbers()
{
    CaseRepository repo(*m_db, m_clock);
    Case input = makeCase();
    input.assignedTo = QStringLiteral("kari");
    Result<Case> first = repo.create(input);
    QVERIFY2(first.ok(), qPrintable(first.error().toString()));
    QCOMPARE(first->number, QStringLiteral("2026-0001"));
    QCOMPARE(first->status, CaseStatus::Received);
    QCOMPARE(first->createdAt, m_clock.now());
    QCOMPARE(first->assignedTo, QStringLiteral("kari"));
    QCOMPARE(first->application.licensee.name, input.application.licensee.name);
    QCOMPARE(first->application.deputies.size(), 1);
    QCOMPARE(first->events.size(), 1);
    QCOMPARE(first->events.first().kind, QStringLiteral("status"));
    QCOMPARE(first->events.first().to, QStringLiteral("received"));
    QCOMPARE(first->events.first().user, AuditLog::currentUser());

    Result<Case> second = repo.create(input);
    QVERIFY(second.ok());
    QCOMPARE(second->number, QStringLiteral("2026-0002"));
    QCOMPARE(repo.nextNumber(2026).value(), QStringLiteral("2026-0003"));
    QCOMPARE(repo.nextNumber(2027).value(), QStringLiteral("2027-0001"));
    QCOMPARE(repo.findByNumber(QStringLiteral("2026-0002"))->id, second->id);
    QCOMPARE(repo.find(first->id)->number, first->number);
    QCOMPARE(repo.find(999).error().code, CaseRepository::ErrorNotFound);
}

void TestCaseRepository::createRefusesBadInput_data()
{
    QTest::addColumn<QDate>("receivedOn");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("field");
    QTest::newRow("no date") << QDate() << QString() << QStringLiteral("received_on");
    QTest::newRow("future") << QDate(2026, 3, 11) << QString() << QStringLiteral("received_on");
    QTest::newRow("number used") << QDate(2026, 3, 2) << QStringLiteral("2026-0001") << QStringLiteral("number");
}

void TestCaseRepository::createRefusesBadInput()
{
    QFETCH(QDate, receivedOn);
    QFETCH(QString, number);
    QFETCH(QString, field);
    CaseRepository repo(*m_db, m_clock);
    QVERIFY(repo.create(makeCase()).ok());
    Case c = makeCase();
    c.receivedOn = receivedOn;
    c.number = number;
    const Result<Case> refused = repo.create(c);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, CaseRepository::ErrorValidation);
    QCOMPARE(refused.error().field, field);
    QCOMPARE(count(QStringLiteral("case_file")), 1);
    QCOMPARE(count(QStringLiteral("audit_log")), 1);
}

void TestCaseRepository::updateSavesEditableFields()
{
    CaseRepository repo(*m_db, m_clock);
    Case c = *repo.create(makeCase());
    const int audits = count(QStringLiteral("audit_log"));
    c.title = QStringLiteral("Ny skjenkebevilling");
    c.missingAttachments = {QStringLiteral("Firmaattest")};
    c.notes = QStringLiteral("Ring søker");
    c.attendance = 120;
    c.application.licensee.name = QStringLiteral("Fjordkroa Drift AS");
    c.status = CaseStatus::Closed; // not saved by update()
    c.assignedTo = QStringLiteral("ola"); // not saved by update()
    m_clock.setNow(m_clock.now().addSecs(60));
    Result<Case> updated = repo.update(c);
    QVERIFY2(updated.ok(), qPrintable(updated.error().toString()));
    QCOMPARE(updated->title, c.title);
    QCOMPARE(updated->missingAttachments, c.missingAttachments);
    QCOMPARE(updated->attendance, std::optional<int>(120));
    QCOMPARE(updated->application.licensee.name, QStringLiteral("Fjordkroa Drift AS"));
    QCOMPARE(updated->status, CaseStatus::Received);
    QCOMPARE(updated->assignedTo, QString());
    QCOMPARE(updated->updatedAt, m_clock.now());
    QCOMPARE(count(QStringLiteral("audit_log")), audits + 1);

    // Saving the same again writes nothing.
    m_clock.setNow(m_clock.now().addSecs(60));
    QVERIFY(repo.update(*updated).ok());
    QCOMPARE(count(QStringLiteral("audit_log")), audits + 1);
    QCOMPARE(repo.find(c.id)->updatedAt, updated->updatedAt);
}

void TestCaseRepository::listFilters()
{
    CaseRepository repo(*m_db, m_clock);
    Case a = makeCase();
    a.assignedTo = QStringLiteral("kari");
    Case b = makeCase(CaseType::SingleOccasion);
    b.assignedTo = QStringLiteral("ola");
    const Case ca = *repo.create(a);
    const Case cb = *repo.create(b);
    QVERIFY(repo.setStatus(cb.id, CaseStatus::Closed, {}, CloseReason::Withdrawn).ok());
    QCOMPARE(repo.list()->size(), 2);
    QCOMPARE(repo.list(CaseQuery{CaseStatus::Closed, {}, {}, false, {}})->first().id, cb.id);
    QCOMPARE(repo.list(CaseQuery{{}, CaseType::NewLicence, {}, false, {}})->first().id, ca.id);
    QCOMPARE(repo.list(CaseQuery{{}, {}, QStringLiteral("ola"), false, {}})->size(), 1);
    const QList<Case> open = *repo.list(CaseQuery{{}, {}, {}, true, {}});
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().id, ca.id);
    QCOMPARE(open.first().events.size(), 1);
    QCOMPARE(repo.list()->at(1).events.size(), 2);
}

void TestCaseRepository::statusMoves()
{
    CaseRepository repo(*m_db, m_clock);
    Case c = *repo.create(makeCase());
    c.missingAttachments = {QStringLiteral("Plantegning")};
    QVERIFY(repo.update(c).ok());
    Result<Case> moved = repo.setStatus(c.id, CaseStatus::Incomplete, QStringLiteral("Mangler plantegning"));
    QVERIFY2(moved.ok(), qPrintable(moved.error().toString()));
    QCOMPARE(moved->status, CaseStatus::Incomplete);
    QVERIFY(!moved->completeOn.isValid());
    QCOMPARE(moved->events.last().from, QStringLiteral("received"));
    QCOMPARE(moved->events.last().to, QStringLiteral("incomplete"));
    QCOMPARE(moved->events.last().note, QStringLiteral("Mangler plantegning"));

    c = *moved;
    c.missingAttachments.clear();
    QVERIFY(repo.update(c).ok());
    m_clock.setNow(QDateTime(QDate(2026, 3, 12), QTime(8, 0), Qt::UTC));
    moved = repo.setStatus(c.id, CaseStatus::Complete);
    QVERIFY(moved.ok());
    QCOMPARE(moved->completeOn, QDate(2026, 3, 12));

    // Back to incomplete and complete again: the clock's start stays.
    c = *moved;
    c.missingAttachments = {QStringLiteral("Firmaattest")};
    QVERIFY(repo.update(c).ok());
    QVERIFY(repo.setStatus(c.id, CaseStatus::Incomplete).ok());
    c.missingAttachments.clear();
    QVERIFY(repo.update(c).ok());
    m_clock.setNow(QDateTime(QDate(2026, 3, 20), QTime(8, 0), Qt::UTC));
    moved = repo.setStatus(c.id, CaseStatus::Complete);
    QVERIFY(moved.ok());
    QCOMPARE(moved->completeOn, QDate(2026, 3, 12));

    moved = repo.setStatus(c.id, CaseStatus::Closed, QStringLiteral("Søker trakk søknaden"), CloseReason::Withdrawn);
    QVERIFY(moved.ok());
    QCOMPARE(moved->status, CaseStatus::Closed);
    QCOMPARE(moved->closeReason, std::optional<CloseReason>(CloseReason::Withdrawn));
    QVERIFY(!moved->isOpen());
}

void TestCaseRepository::refusedStatusMoveChangesNothing_data()
{
    QTest::addColumn<int>("to");
    QTest::addColumn<bool>("withReason");
    QTest::addColumn<QString>("field");
    QTest::newRow("received -> notified") << int(CaseStatus::Notified) << false << QStringLiteral("status");
    QTest::newRow("received -> statements received") << int(CaseStatus::StatementsReceived) << false << QStringLiteral("status");
    QTest::newRow("incomplete without missing") << int(CaseStatus::Incomplete) << false << QStringLiteral("missing_attachments");
    QTest::newRow("decided by hand") << int(CaseStatus::Decided) << false << QStringLiteral("decision");
    QTest::newRow("closed without reason") << int(CaseStatus::Closed) << false << QStringLiteral("close_reason");
    QTest::newRow("received -> received") << int(CaseStatus::Received) << false << QStringLiteral("status");
}

void TestCaseRepository::refusedStatusMoveChangesNothing()
{
    QFETCH(int, to);
    QFETCH(bool, withReason);
    QFETCH(QString, field);
    CaseRepository repo(*m_db, m_clock);
    const Case c = *repo.create(makeCase());
    const int audits = count(QStringLiteral("audit_log"));
    const int events = count(QStringLiteral("case_event"));
    const Result<Case> refused = repo.setStatus(c.id, CaseStatus(to), {},
                                                withReason ? std::optional<CloseReason>(CloseReason::Dismissed) : std::nullopt);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, field);
    QVERIFY(!refused.error().message.isEmpty());
    QCOMPARE(CaseJson::toJson(*repo.find(c.id)), CaseJson::toJson(c));
    QCOMPARE(count(QStringLiteral("audit_log")), audits);
    QCOMPARE(count(QStringLiteral("case_event")), events);
}

void TestCaseRepository::assignWritesEvent()
{
    CaseRepository repo(*m_db, m_clock);
    Case input = makeCase();
    input.assignedTo = QStringLiteral("Anne Aas");
    const Case c = *repo.create(input);
    Result<Case> assigned = repo.assign(c.id, QStringLiteral("Bjørn Berg"), QStringLiteral("Ferie"));
    QVERIFY2(assigned.ok(), qPrintable(assigned.error().toString()));
    QCOMPARE(assigned->assignedTo, QStringLiteral("Bjørn Berg"));
    const CaseEvent e = assigned->events.last();
    QCOMPARE(e.kind, QStringLiteral("assigned"));
    QCOMPARE(e.from, QStringLiteral("Anne Aas"));
    QCOMPARE(e.to, QStringLiteral("Bjørn Berg"));
    QCOMPARE(e.note, QStringLiteral("Ferie"));
    QCOMPARE(e.user, AuditLog::currentUser());
    QCOMPARE(e.at, m_clock.now());
    const int events = count(QStringLiteral("case_event"));
    QVERIFY(repo.assign(c.id, QStringLiteral("Bjørn Berg")).ok()); // the same officer: nothing to log
    QCOMPARE(count(QStringLiteral("case_event")), events);
    const QStringList officers = *repo.officers();
    QVERIFY(officers.contains(QStringLiteral("Anne Aas")));
    QVERIFY(officers.contains(QStringLiteral("Bjørn Berg")));
    QVERIFY(officers.contains(AuditLog::currentUser()));
    QCOMPARE(repo.history(c.id)->last().action, QStringLiteral("assign"));
}

void TestCaseRepository::statements()
{
    CaseRepository repo(*m_db, m_clock);
    const Case c = *repo.create(makeCase());
    CaseStatement police;
    police.party = StatementParty::Police;
    police.requested = QDate(2026, 3, 3);
    police.deadline = QDate(2026, 3, 24);
    Result<Case> saved = repo.saveStatement(c.id, police);
    QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));
    QCOMPARE(saved->statements.size(), 1);
    CaseStatement stored = saved->statements.first();
    QVERIFY(stored.id > 0);
    QVERIFY(!stored.isAnswered());
    QVERIFY(stored.isOverdue(QDate(2026, 3, 25)));

    CaseStatement other;
    other.party = StatementParty::Other;
    other.partyName = QStringLiteral("Velforeningen");
    other.requested = QDate(2026, 3, 3);
    saved = repo.saveStatement(c.id, other);
    QVERIFY(saved.ok());
    QCOMPARE(saved->statements.size(), 2);

    stored.reminders = {QDate(2026, 3, 25), QDate(2026, 4, 1)};
    stored.replied = QDate(2026, 4, 2);
    stored.reply = StatementReply::Negative;
    stored.replyText = QStringLiteral("Brudd på skjenketider.");
    saved = repo.saveStatement(c.id, stored);
    QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));
    QCOMPARE(saved->statements.size(), 2);
    QCOMPARE(saved->statements.first().reminders, stored.reminders);
    QCOMPARE(saved->statements.first().reply, std::optional<StatementReply>(StatementReply::Negative));
    QCOMPARE(saved->statements.first().replyText, stored.replyText);

    saved = repo.removeStatement(c.id, saved->statements.at(1).id);
    QVERIFY(saved.ok());
    QCOMPARE(saved->statements.size(), 1);
    QCOMPARE(repo.removeStatement(c.id, 9999).error().code, CaseRepository::ErrorNotFound);
    QCOMPARE(repo.history(c.id)->last().action, QStringLiteral("statement_remove"));
}

void TestCaseRepository::refusedStatement_data()
{
    QTest::addColumn<QDate>("deadline");
    QTest::addColumn<QDate>("replied");
    QTest::addColumn<bool>("withReply");
    QTest::addColumn<QList<QDate>>("reminders");
    QTest::addColumn<bool>("other");
    QTest::addColumn<QString>("field");
    const QList<QDate> none;
    // The case already has one statement, so a new one is statements[1].
    QTest::newRow("reply before request") << QDate() << QDate(2026, 3, 2) << true << none << false
                                          << QStringLiteral("statements[1].replied");
    QTest::newRow("deadline before request") << QDate(2026, 3, 1) << QDate() << false << none << false
                                             << QStringLiteral("statements[1].deadline");
    QTest::newRow("reminder before request") << QDate() << QDate() << false << QList<QDate>{QDate(2026, 3, 2)} << false
                                             << QStringLiteral("statements[1].reminders[0]");
    QTest::newRow("reminder after reply") << QDate() << QDate(2026, 3, 5) << true
                                          << QList<QDate>{QDate(2026, 3, 4), QDate(2026, 3, 6)} << false
                                          << QStringLiteral("statements[1].reminders[1]");
    QTest::newRow("reply date without kind") << QDate() << QDate(2026, 3, 5) << false << none << false
                                             << QStringLiteral("statements[1].reply");
    QTest::newRow("other without name") << QDate() << QDate() << false << none << true
                                        << QStringLiteral("statements[1].party_name");
}

void TestCaseRepository::refusedStatement()
{
    QFETCH(QDate, deadline);
    QFETCH(QDate, replied);
    QFETCH(bool, withReply);
    QFETCH(QList<QDate>, reminders);
    QFETCH(bool, other);
    QFETCH(QString, field);
    CaseRepository repo(*m_db, m_clock);
    const Case created = *repo.create(makeCase());
    CaseStatement first;
    first.requested = QDate(2026, 3, 3);
    const Case c = *repo.saveStatement(created.id, first);
    const int audits = count(QStringLiteral("audit_log"));

    CaseStatement s;
    s.party = other ? StatementParty::Other : StatementParty::TaxAuthority;
    s.requested = QDate(2026, 3, 3);
    s.deadline = deadline;
    s.replied = replied;
    if (withReply)
        s.reply = StatementReply::NoRemarks;
    s.reminders = reminders;
    const Result<Case> refused = repo.saveStatement(c.id, s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, CaseRepository::ErrorValidation);
    QCOMPARE(refused.error().field, field);
    QCOMPARE(CaseJson::toJson(*repo.find(c.id)), CaseJson::toJson(c));
    QCOMPARE(count(QStringLiteral("audit_log")), audits);
}

void TestCaseRepository::grantCreatesLicence()
{
    CaseRepository repo(*m_db, m_clock);
    LicenceRepository licences(*m_db, m_clock);
    const Case c = createComplete(repo, makeCase());
    CaseDecision d = grant();
    d.validTo = rules::LicencePeriod::latestEnd(d.validFrom);
    QCOMPARE(d.validTo, QDate(2028, 9, 30));
    d.conditions = QStringLiteral("Ingen skjenking ute etter kl. 22.");
    Result<Case> decided = repo.decide(c.id, d);
    QVERIFY2(decided.ok(), qPrintable(decided.error().toString()));
    QCOMPARE(decided->status, CaseStatus::Decided);
    QVERIFY(decided->isDecided());
    QVERIFY(decided->licenceId.has_value());
    QCOMPARE(decided->events.last().to, QStringLiteral("decided"));
    const Licence licence = *licences.find(*decided->licenceId);
    QCOMPARE(licence.number, QStringLiteral("2026-001"));
    QCOMPARE(licence.validFrom, QDate(2026, 4, 1));
    QCOMPARE(licence.validTo, QDate(2028, 9, 30));
    QCOMPARE(licence.conditions, d.conditions);
    QCOMPARE(licence.licensee.name, c.application.licensee.name);
    QCOMPARE(licence.manager.name, c.application.manager.name);
    QCOMPARE(licences.history(licence.id)->size(), 1);
    QCOMPARE(licences.history(licence.id)->first().action, QStringLiteral("create"));

    // A case is decided once.
    const Result<Case> again = repo.decide(c.id, d);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().field, QStringLiteral("decision"));
    QCOMPARE(*licences.count(), 1);
}

void TestCaseRepository::refusalCitesReason()
{
    CaseRepository repo(*m_db, m_clock);
    const Case c = createComplete(repo, makeCase());
    CaseDecision d = grant();
    d.outcome = DecisionOutcome::Refused;
    d.validFrom = QDate();
    d.validTo = QDate();
    Result<Case> refused = repo.decide(c.id, d);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("decision.reason"));
    d.reason = QStringLiteral("Søkeren har ikke vist uklanderlig vandel (alkoholloven § 1-7b).");
    Result<Case> decided = repo.decide(c.id, d);
    QVERIFY2(decided.ok(), qPrintable(decided.error().toString()));
    QCOMPARE(decided->decision->outcome, DecisionOutcome::Refused);
    QCOMPARE(decided->decision->reason, d.reason);
    QVERIFY(!decided->licenceId);
    QCOMPARE(count(QStringLiteral("licence")), 0);
}

void TestCaseRepository::grantBeyondLegalEndRefused()
{
    CaseRepository repo(*m_db, m_clock);
    const Case c = createComplete(repo, makeCase());
    const int audits = count(QStringLiteral("audit_log"));
    CaseDecision d = grant();
    d.validTo = QDate(2028, 10, 1);
    const Result<Case> refused = repo.decide(c.id, d);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("decision.valid_to"));
    QVERIFY2(refused.error().message.contains(formatDate(QDate(2028, 9, 30))), qPrintable(refused.error().message));
    d.validTo = QDate(2026, 3, 31);
    QCOMPARE(repo.decide(c.id, d).error().field, QStringLiteral("decision.valid_to"));
    QCOMPARE(CaseJson::toJson(*repo.find(c.id)), CaseJson::toJson(c));
    QCOMPARE(count(QStringLiteral("audit_log")), audits);
    QCOMPARE(count(QStringLiteral("licence")), 0);
}

void TestCaseRepository::decisionWithoutDeciderOrDate_data()
{
    QTest::addColumn<QString>("decidedBy");
    QTest::addColumn<QDate>("decidedOn");
    QTest::addColumn<QString>("field");
    QTest::newRow("no decider") << QStringLiteral("  ") << QDate(2026, 3, 9) << QStringLiteral("decision.decided_by");
    QTest::newRow("no date") << QStringLiteral("Formannskapet") << QDate() << QStringLiteral("decision.decided_on");
}

void TestCaseRepository::decisionWithoutDeciderOrDate()
{
    QFETCH(QString, decidedBy);
    QFETCH(QDate, decidedOn);
    QFETCH(QString, field);
    CaseRepository repo(*m_db, m_clock);
    const Case c = createComplete(repo, makeCase());
    CaseDecision d = grant();
    d.decidedBy = decidedBy;
    d.decidedOn = decidedOn;
    const Result<Case> refused = repo.decide(c.id, d);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, CaseRepository::ErrorValidation);
    QCOMPARE(refused.error().field, field);
    QVERIFY(!repo.find(c.id)->isDecided());
}

void TestCaseRepository::failedLicenceSaveSavesNothing()
{
    CaseRepository repo(*m_db, m_clock);
    Case input = makeCase();
    input.application.licensee.orgNumber = QStringLiteral("123456789"); // fails the check digit
    const Case c = createComplete(repo, input);
    const int audits = count(QStringLiteral("audit_log"));
    const int events = count(QStringLiteral("case_event"));
    const Result<Case> refused = repo.decide(c.id, grant());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, CaseRepository::ErrorValidation);
    QVERIFY2(refused.error().field.startsWith(QLatin1String("application.licensee")), qPrintable(refused.error().field));
    const Case after = *repo.find(c.id);
    QVERIFY(!after.isDecided());
    QCOMPARE(after.status, CaseStatus::Complete);
    QCOMPARE(CaseJson::toJson(after), CaseJson::toJson(c));
    QCOMPARE(count(QStringLiteral("licence")), 0);
    QCOMPARE(count(QStringLiteral("licensee")), 0);
    QCOMPARE(count(QStringLiteral("audit_log")), audits);
    QCOMPARE(count(QStringLiteral("case_event")), events);
}

void TestCaseRepository::transferGrantEndsOldLicence()
{
    CaseRepository repo(*m_db, m_clock);
    LicenceRepository licences(*m_db, m_clock);
    const Licence old = *licences.create(test::makeServingLicence(QStringLiteral("2024-001")));
    Case input = makeCase(CaseType::Transfer);
    input.licenceId = old.id;
    input.application = old;
    input.application.licensee.id = 0;
    input.application.licensee.name = QStringLiteral("Nye Fjordkroa AS");
    input.application.licensee.orgNumber = QStringLiteral("987654325");
    input.transferDate = QDate(2026, 3, 15);
    input.transferAgreement = true;
    const Case c = createComplete(repo, input);

    CaseDecision d = grant();
    d.validFrom = QDate(2026, 3, 16);
    Result<Case> decided = repo.decide(c.id, d);
    QVERIFY2(decided.ok(), qPrintable(decided.error().toString()));
    QVERIFY(decided->licenceId.has_value());
    QVERIFY(*decided->licenceId != old.id);

    const Licence ended = *licences.find(old.id);
    QCOMPARE(ended.endedOn, QDate(2026, 3, 15));
    QCOMPARE(ended.endReason, std::optional<EndReason>(EndReason::Transferred));
    QCOMPARE(ended.licensee.name, QStringLiteral("Fjordkroa AS")); // the old holder is not renamed
    QCOMPARE(licences.history(old.id)->last().action, QStringLiteral("end"));

    const Licence created = *licences.find(*decided->licenceId);
    QCOMPARE(created.licensee.name, QStringLiteral("Nye Fjordkroa AS"));
    QVERIFY(created.number != old.number);
    QCOMPARE(created.premises.id, old.premises.id);
    QCOMPARE(created.validFrom, QDate(2026, 3, 16));
    QVERIFY(!created.isEnded());
}

void TestCaseRepository::changeOfManagerUpdatesLicence()
{
    CaseRepository repo(*m_db, m_clock);
    LicenceRepository licences(*m_db, m_clock);
    const Licence licence = *licences.create(test::makeServingLicence(QStringLiteral("2024-001")));
    Case input = makeCase(CaseType::ChangeOfManager);
    input.licenceId = licence.id;
    input.application = licence;
    input.application.manager.name = QStringLiteral("Per Styrer");
    input.application.manager.birthDate = QDate(1985, 6, 1);
    const Case c = createComplete(repo, input);
    CaseDecision d = grant();
    d.validFrom = licence.validFrom;
    d.validTo = licence.validTo;
    Result<Case> decided = repo.decide(c.id, d);
    QVERIFY2(decided.ok(), qPrintable(decided.error().toString()));
    QCOMPARE(*decided->licenceId, licence.id);
    const Licence updated = *licences.find(licence.id);
    QCOMPARE(updated.manager.name, QStringLiteral("Per Styrer"));
    QCOMPARE(updated.validTo, licence.validTo);
    QCOMPARE(licences.history(licence.id)->last().action, QStringLiteral("update"));
}

void TestCaseRepository::renewalBatch()
{
    CaseRepository repo(*m_db, m_clock);
    LicenceRepository licences(*m_db, m_clock);
    QList<RenewalRequest> requests;
    for (int i = 1; i <= 3; ++i) {
        const Licence l = *licences.create(test::makeServingLicence(QStringLiteral("2024-00%1").arg(i)));
        requests.append({l.id, i == 2 ? QStringLiteral("ola") : QStringLiteral("kari")});
    }
    const Result<QList<Case>> opened = repo.openRenewals(requests, QDate(2026, 3, 10));
    QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
    QCOMPARE(opened->size(), 3);
    for (int i = 0; i < 3; ++i) {
        const Case &c = opened->at(i);
        QCOMPARE(c.type, CaseType::Renewal);
        QCOMPARE(c.status, CaseStatus::Received);
        QCOMPARE(c.licenceId, std::optional<qint64>(requests.at(i).licenceId));
        QCOMPARE(c.assignedTo, requests.at(i).assignedTo);
        QCOMPARE(c.number, QStringLiteral("2026-000%1").arg(i + 1));
        QCOMPARE(c.application.validFrom, QDate(2028, 10, 1));
        QCOMPARE(c.application.validTo, QDate(2032, 9, 30));
        QCOMPARE(c.application.licensee.name, QStringLiteral("Fjordkroa AS"));
    }
    QCOMPARE(repo.history(opened->first().id)->first().action, QStringLiteral("create"));

    // Granting one renewal moves its licence to the new period.
    const Case first = opened->first();
    QVERIFY(repo.setStatus(first.id, CaseStatus::Complete).ok());
    CaseDecision d = grant();
    d.validFrom = first.application.validFrom;
    d.validTo = first.application.validTo;
    Result<Case> decided = repo.decide(first.id, d);
    QVERIFY2(decided.ok(), qPrintable(decided.error().toString()));
    const Licence renewed = *licences.find(requests.first().licenceId);
    QCOMPARE(renewed.validFrom, QDate(2028, 10, 1));
    QCOMPARE(renewed.validTo, QDate(2032, 9, 30));
}

void TestCaseRepository::renewalBatchRefusesDuplicates()
{
    CaseRepository repo(*m_db, m_clock);
    LicenceRepository licences(*m_db, m_clock);
    const Licence a = *licences.create(test::makeServingLicence(QStringLiteral("2024-001")));
    const Licence b = *licences.create(test::makeServingLicence(QStringLiteral("2024-002")));
    QVERIFY(repo.openRenewals({{a.id, {}}}, QDate(2026, 3, 10)).ok());
    const int audits = count(QStringLiteral("audit_log"));

    Result<QList<Case>> refused = repo.openRenewals({{b.id, {}}, {a.id, {}}}, QDate(2026, 3, 10));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("licences[1]"));
    QVERIFY(refused.error().message.contains(a.number));
    QCOMPARE(count(QStringLiteral("case_file")), 1); // b's case was not kept either
    QCOMPARE(count(QStringLiteral("audit_log")), audits);

    refused = repo.openRenewals({{b.id, {}}, {b.id, {}}}, QDate(2026, 3, 10));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("licences[1]"));
    refused = repo.openRenewals({{b.id, {}}, {999, {}}}, QDate(2026, 3, 10));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("licences[1]"));
    QCOMPARE(count(QStringLiteral("case_file")), 1);

    // Once the renewal case is closed, the licence may get a new one.
    const Case open = repo.list()->first();
    QVERIFY(repo.setStatus(open.id, CaseStatus::Closed, {}, CloseReason::Dismissed).ok());
    QVERIFY(repo.openRenewals({{a.id, {}}}, QDate(2026, 3, 10)).ok());
}

void TestCaseRepository::continuation()
{
    CaseRepository repo(*m_db, m_clock);
    LicenceRepository licences(*m_db, m_clock);
    const Licence a = *licences.create(test::makeServingLicence(QStringLiteral("2024-001")));
    const Licence b = *licences.create(test::makeServingLicence(QStringLiteral("2024-002")));

    QCOMPARE(repo.recordContinuation({a.id}, QDate(2026, 3, 1), QString()).error().field, QStringLiteral("reference"));
    QCOMPARE(repo.recordContinuation({a.id}, QDate(), QStringLiteral("PS 12/26")).error().field, QStringLiteral("decided_on"));
    const Result<int> refused = repo.recordContinuation({a.id, 999}, QDate(2026, 3, 1), QStringLiteral("PS 12/26"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("licences[1]"));
    QCOMPARE(licences.find(a.id)->validTo, QDate(2028, 9, 30));

    const Result<int> done = repo.recordContinuation({a.id, b.id}, QDate(2026, 3, 1), QStringLiteral("PS 12/26"));
    QVERIFY2(done.ok(), qPrintable(done.error().toString()));
    QCOMPARE(*done, 2);
    for (const Licence &l : {a, b}) {
        QCOMPARE(licences.find(l.id)->validTo, rules::LicencePeriod::continuedEnd(QDate(2028, 9, 30)));
        const AuditEntry entry = licences.history(l.id)->last();
        QCOMPARE(entry.action, QStringLiteral("continue"));
        const QJsonObject note = entry.after.value(QStringLiteral("continuation")).toObject();
        QCOMPARE(note.value(QStringLiteral("reference")).toString(), QStringLiteral("PS 12/26"));
        QCOMPARE(note.value(QStringLiteral("decided_on")).toString(), QStringLiteral("2026-03-01"));
    }
    QCOMPARE(licences.find(a.id)->validTo, QDate(2032, 9, 30));
}

void TestCaseRepository::appealFlow()
{
    CaseRepository repo(*m_db, m_clock);
    const Case c = createComplete(repo, makeCase());
    CaseDecision d = grant();
    d.outcome = DecisionOutcome::Refused;
    d.reason = QStringLiteral("Stedet er rettet mot barn og unge (Bærum 2.4).");
    QVERIFY(repo.decide(c.id, d).ok());

    CaseAppeal appeal;
    appeal.received = QDate(2026, 3, 12);
    appeal.appellant = QStringLiteral("Fjordkroa AS");
    // Not notified yet: the workflow refuses the appeal.
    QVERIFY(!repo.saveAppeal(c.id, appeal).ok());

    QCOMPARE(repo.markNotified(c.id, QDate(2026, 3, 8)).error().field, QStringLiteral("decision.notified_on"));
    Result<Case> notified = repo.markNotified(c.id, QDate(2026, 3, 10));
    QVERIFY2(notified.ok(), qPrintable(notified.error().toString()));
    QCOMPARE(notified->status, CaseStatus::Notified);
    QCOMPARE(notified->decision->notifiedOn, QDate(2026, 3, 10));

    CaseAppeal early = appeal;
    early.received = QDate(2026, 3, 8);
    QCOMPARE(repo.saveAppeal(c.id, early).error().field, QStringLiteral("appeal.received"));
    QCOMPARE(repo.find(c.id)->status, CaseStatus::Notified);

    Result<Case> appealed = repo.saveAppeal(c.id, appeal);
    QVERIFY2(appealed.ok(), qPrintable(appealed.error().toString()));
    QCOMPARE(appealed->status, CaseStatus::Appealed);
    QCOMPARE(appealed->appeal->appellant, QStringLiteral("Fjordkroa AS"));

    // Not final: the case cannot be closed yet.
    QCOMPARE(repo.setStatus(c.id, CaseStatus::Closed, {}, CloseReason::Completed).error().field, QStringLiteral("appeal"));

    appeal.reconsideration = AppealReconsideration::Upheld;
    appeal.reconsideredOn = QDate(2026, 3, 20);
    appeal.sentOn = QDate(2026, 3, 21);
    appeal.outcome = AppealOutcome::Upheld;
    appeal.outcomeOn = QDate(2026, 3, 1);
    QCOMPARE(repo.saveAppeal(c.id, appeal).error().field, QStringLiteral("appeal.outcome_on"));
    appeal.outcomeOn = QDate(2026, 5, 2);
    appealed = repo.saveAppeal(c.id, appeal);
    QVERIFY2(appealed.ok(), qPrintable(appealed.error().toString()));
    QCOMPARE(appealed->status, CaseStatus::Appealed);
    QVERIFY(appealed->appeal->isFinal());

    Result<Case> closed = repo.setStatus(c.id, CaseStatus::Closed, {}, CloseReason::Completed);
    QVERIFY2(closed.ok(), qPrintable(closed.error().toString()));
    QCOMPARE(closed->status, CaseStatus::Closed);
    QCOMPARE(closed->closeReason, std::optional<CloseReason>(CloseReason::Completed));
}

void TestCaseRepository::auditEntries()
{
    CaseRepository repo(*m_db, m_clock);
    const Case c = createComplete(repo, makeCase());
    QVERIFY(repo.decide(c.id, grant()).ok());
    const QList<AuditEntry> history = *repo.history(c.id);
    QStringList actions;
    for (const AuditEntry &e : history)
        actions.append(e.action);
    QCOMPARE(actions, (QStringList{QStringLiteral("create"), QStringLiteral("status"), QStringLiteral("decide")}));
    QCOMPARE(history.first().entity, CaseRepository::AuditEntity);
    QVERIFY(history.first().before.isEmpty());
    QCOMPARE(history.at(1).before.value(QStringLiteral("status")).toString(), QStringLiteral("received"));
    QCOMPARE(history.at(1).after.value(QStringLiteral("status")).toString(), QStringLiteral("complete"));
    QVERIFY(history.at(2).before.value(QStringLiteral("decision")).isNull());
    QCOMPARE(history.at(2).after.value(QStringLiteral("decision")).toObject().value(QStringLiteral("reference")).toString(),
             QStringLiteral("2026/1234-5"));
    QCOMPARE(history.at(2).after, CaseJson::toJson(*repo.find(c.id)));
}

void TestCaseRepository::readOnlyRefusesWrites()
{
    const QString path = m_db->path();
    {
        CaseRepository repo(*m_db, m_clock);
        QVERIFY(repo.create(makeCase()).ok());
    }
    m_db.reset();
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    auto opened = Database::open(path, options);
    QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
    m_db = std::move(opened).value();
    CaseRepository repo(*m_db, m_clock);
    QCOMPARE(repo.list()->size(), 1);
    QCOMPARE(repo.create(makeCase()).error().code, CaseRepository::ErrorReadOnly);
    QCOMPARE(repo.setStatus(repo.list()->first().id, CaseStatus::Complete).error().code, CaseRepository::ErrorReadOnly);
}

QTEST_GUILESS_MAIN(TestCaseRepository)
#include "TestCaseRepository.moc"
