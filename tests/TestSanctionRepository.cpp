#include "SanctionTestSupport.h"
#include "inspections/SanctionWorkflow.h"
#include "storage/AuditLog.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace bevilling;

using SanctionWrite = std::function<Result<SanctionCase>(SanctionRepository &, qint64)>;
Q_DECLARE_METATYPE(SanctionWrite)

class TestSanctionRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void schemaHasSanctionTables();
    void createFromInspection();
    void inspectionFindingsOnlyOnce();
    void inspectionWithoutFindingsRefused();
    void createFromReport();
    void createFromReportRefusesBadInput_data();
    void createFromReportRefusesBadInput();
    void refusedWriteChangesNothing_data();
    void refusedWriteChangesNothing();
    void fullFlowRoundTrip();
    void proposalsForTheListMatchOneByOne();
    void lateSuspensionStartIsAllowed();
    void closeFromProposed();
    void readOnlyRefusesWrites();

private:
    int count(const QString &table) const;
    int auditCount(qint64 id) const;

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 9, 1), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    QString m_path;
    qint64 m_licence = 0;
};

void TestSanctionRepository::init()
{
    m_path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_path);
    auto opened = Database::open(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
    m_db = std::move(opened).value();
    m_licence = test::addLicence(*m_db, m_clock, QStringLiteral("2024-001"));
    QVERIFY(m_licence > 0);
}

void TestSanctionRepository::cleanup()
{
    m_db.reset();
}

int TestSanctionRepository::count(const QString &table) const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

int TestSanctionRepository::auditCount(qint64 id) const
{
    const Result<QList<AuditEntry>> entries = AuditLog::entriesFor(m_db->connection(), SanctionRepository::AuditEntity, id);
    return entries ? int(entries->size()) : -1;
}

void TestSanctionRepository::schemaHasSanctionTables()
{
    QVERIFY(m_db->schemaVersion() >= 7);
    QCOMPARE(count(QStringLiteral("sanction_case")), 0);
    QCOMPARE(count(QStringLiteral("sanction_finding")), 0);
}

void TestSanctionRepository::createFromInspection()
{
    const qint64 inspection = test::addInspection(*m_db, m_clock, m_licence, QDate(2026, 8, 14),
                                                  {QStringLiteral("hours"), QStringLiteral("minor"), QStringLiteral("hours")});
    QVERIFY(inspection);
    SanctionRepository repo(*m_db, m_clock);
    const Result<SanctionCase> c = repo.createFromInspection(inspection);
    QVERIFY2(c.ok(), qPrintable(c.error().message));
    QCOMPARE(c->number, QStringLiteral("S-2026-001"));
    QCOMPARE(c->status, SanctionStatus::Proposed);
    QCOMPARE(c->licenceId, m_licence);
    QCOMPARE(c->findings.size(), 3);
    QCOMPARE(c->findings.at(0).code, QStringLiteral("hours"));
    QCOMPARE(c->findings.at(0).standardPrikker, 4);
    QCOMPARE(c->findings.at(1).standardPrikker, 8);
    QCOMPARE(c->findings.at(0).offenceDate, QDate(2026, 8, 14));
    QVERIFY(c->findings.at(0).source.startsWith(QStringLiteral("K-2026-")));
    QVERIFY(c->findings.at(0).inspectionFindingId > 0);
    // Like-kind merging is noted: hours twice counts once, 4 + 8 = 12.
    QVERIFY(c->notes.contains(QStringLiteral("hours")));
    const Result<SanctionProposal> proposal = repo.proposal(c->id);
    QVERIFY(proposal.ok());
    QCOMPARE(proposal->casePrikker, 12);
    QCOMPARE(proposal->before.activePrikker, 0);
    QCOMPARE(proposal->after.activePrikker, 12);
    QVERIFY(proposal->after.suspensionDue);

    const Result<SanctionCase> stored = repo.find(c->id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->findings.size(), 3);
    QCOMPARE(stored->notes, c->notes);
    QCOMPARE(auditCount(c->id), 1);
    QCOMPARE(*repo.nextNumber(2026), QStringLiteral("S-2026-002"));
}

void TestSanctionRepository::inspectionFindingsOnlyOnce()
{
    const qint64 inspection = test::addInspection(*m_db, m_clock, m_licence, QDate(2026, 8, 14), {QStringLiteral("hours")});
    SanctionRepository repo(*m_db, m_clock);
    QVERIFY(repo.createFromInspection(inspection).ok());
    const Result<SanctionCase> again = repo.createFromInspection(inspection);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, SanctionRepository::ErrorValidation);
    QCOMPARE(count(QStringLiteral("sanction_case")), 1);
    QCOMPARE(repo.createFromInspection(inspection + 100).error().code, SanctionRepository::ErrorNotFound);
}

void TestSanctionRepository::inspectionWithoutFindingsRefused()
{
    const qint64 inspection = test::addInspection(*m_db, m_clock, m_licence, QDate(2026, 8, 14), {});
    QVERIFY(inspection);
    SanctionRepository repo(*m_db, m_clock);
    const Result<SanctionCase> c = repo.createFromInspection(inspection);
    QVERIFY(!c.ok());
    QCOMPARE(c.error().field, QStringLiteral("findings"));
    QCOMPARE(count(QStringLiteral("sanction_case")), 0);
}

void TestSanctionRepository::createFromReport()
{
    SanctionRepository repo(*m_db, m_clock);
    const Result<SanctionCase> c = repo.createFromReport(m_licence, QStringLiteral("fee_unpaid"), QDate(2026, 7, 1),
                                                         QStringLiteral("Skatteetaten"));
    QVERIFY2(c.ok(), qPrintable(c.error().message));
    QCOMPARE(c->findings.size(), 1);
    QCOMPARE(c->findings.first().code, QStringLiteral("fee_unpaid"));
    QCOMPARE(c->findings.first().standardPrikker, 2);
    QCOMPARE(c->findings.first().source, QStringLiteral("Skatteetaten"));
    QCOMPARE(repo.list(m_licence)->size(), 1);
    QCOMPARE(repo.list(m_licence + 1)->size(), 0);
}

void TestSanctionRepository::createFromReportRefusesBadInput_data()
{
    QTest::addColumn<bool>("knownLicence");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown licence") << false << QStringLiteral("hours") << QDate(2026, 7, 1) << QStringLiteral("Politiet")
                                     << QStringLiteral("licence_id");
    QTest::newRow("unknown code") << true << QStringLiteral("loud_music") << QDate(2026, 7, 1) << QStringLiteral("Politiet")
                                  << QStringLiteral("code");
    QTest::newRow("no date") << true << QStringLiteral("hours") << QDate() << QStringLiteral("Politiet") << QStringLiteral("date");
    QTest::newRow("future date") << true << QStringLiteral("hours") << QDate(2026, 9, 2) << QStringLiteral("Politiet")
                                 << QStringLiteral("date");
    QTest::newRow("no source") << true << QStringLiteral("hours") << QDate(2026, 7, 1) << QStringLiteral(" ")
                               << QStringLiteral("source");
}

void TestSanctionRepository::createFromReportRefusesBadInput()
{
    QFETCH(bool, knownLicence);
    QFETCH(QString, code);
    QFETCH(QDate, date);
    QFETCH(QString, source);
    QFETCH(QString, field);
    SanctionRepository repo(*m_db, m_clock);
    const Result<SanctionCase> c = repo.createFromReport(knownLicence ? m_licence : m_licence + 50, code, date, source);
    QVERIFY(!c.ok());
    QCOMPARE(c.error().field, field);
    QCOMPARE(count(QStringLiteral("sanction_case")), 0);
    QCOMPARE(count(QStringLiteral("sanction_finding")), 0);
}

void TestSanctionRepository::refusedWriteChangesNothing_data()
{
    QTest::addColumn<bool>("noticeFirst");
    QTest::addColumn<SanctionWrite>("write");
    QTest::addColumn<QString>("field");

    QTest::newRow("notice deadline before notice")
        << false << SanctionWrite([](SanctionRepository &r, qint64 id) { return r.sendNotice(id, QDate(2026, 8, 1), QDate(2026, 7, 30)); })
        << QStringLiteral("response_deadline");
    QTest::newRow("notice deadline on notice day")
        << false << SanctionWrite([](SanctionRepository &r, qint64 id) { return r.sendNotice(id, QDate(2026, 8, 1), QDate(2026, 8, 1)); })
        << QStringLiteral("response_deadline");
    QTest::newRow("notice in the future")
        << false << SanctionWrite([](SanctionRepository &r, qint64 id) { return r.sendNotice(id, QDate(2026, 9, 5), QDate(2026, 9, 20)); })
        << QStringLiteral("notice_sent");
    QTest::newRow("decision before notice")
        << false << SanctionWrite([](SanctionRepository &r, qint64 id) {
               SanctionDecision d;
               d.decidedOn = QDate(2026, 8, 20);
               d.decidedBy = QStringLiteral("Kari");
               return r.decide(id, d);
           })
        << QStringLiteral("status");
    QTest::newRow("deviation without reason")
        << true << SanctionWrite([](SanctionRepository &r, qint64 id) {
               SanctionDecision d;
               d.decidedOn = QDate(2026, 8, 20);
               d.decidedBy = QStringLiteral("Kari");
               d.prikker = {6};
               return r.decide(id, d);
           })
        << QStringLiteral("findings[0].reason");
    QTest::newRow("decision without decider")
        << true << SanctionWrite([](SanctionRepository &r, qint64 id) {
               SanctionDecision d;
               d.decidedOn = QDate(2026, 8, 20);
               return r.decide(id, d);
           })
        << QStringLiteral("decided_by");
    QTest::newRow("decision before deadline without response")
        << true << SanctionWrite([](SanctionRepository &r, qint64 id) {
               SanctionDecision d;
               d.decidedOn = QDate(2026, 8, 10);
               d.decidedBy = QStringLiteral("Kari");
               return r.decide(id, d);
           })
        << QStringLiteral("decided_on");
    QTest::newRow("negative prikker")
        << true << SanctionWrite([](SanctionRepository &r, qint64 id) {
               SanctionDecision d;
               d.decidedOn = QDate(2026, 8, 20);
               d.decidedBy = QStringLiteral("Kari");
               d.prikker = {-1};
               d.reasons = {QStringLiteral("x")};
               return r.decide(id, d);
           })
        << QStringLiteral("findings[0].decided_prikker");
    QTest::newRow("prikker for too many findings")
        << true << SanctionWrite([](SanctionRepository &r, qint64 id) {
               SanctionDecision d;
               d.decidedOn = QDate(2026, 8, 20);
               d.decidedBy = QStringLiteral("Kari");
               d.prikker = {8, 8};
               return r.decide(id, d);
           })
        << QStringLiteral("findings");
    QTest::newRow("empty response")
        << true << SanctionWrite([](SanctionRepository &r, qint64 id) { return r.recordResponse(id, QStringLiteral("  ")); })
        << QStringLiteral("response");
    QTest::newRow("suspension notice before decision")
        << true << SanctionWrite([](SanctionRepository &r, qint64 id) { return r.sendSuspensionNotice(id, QDate(2026, 8, 20)); })
        << QStringLiteral("status");
    QTest::newRow("appeal before decision")
        << true << SanctionWrite([](SanctionRepository &r, qint64 id) { return r.registerAppeal(id, QDate(2026, 8, 20), QString()); })
        << QStringLiteral("status");
    QTest::newRow("appeal outcome without appeal")
        << true << SanctionWrite([](SanctionRepository &r, qint64 id) { return r.appealOutcome(id, QDate(2026, 8, 20), true); })
        << QStringLiteral("appeal");
    QTest::newRow("back to proposed")
        << true << SanctionWrite([](SanctionRepository &r, qint64 id) { return r.setStatus(id, SanctionStatus::Proposed); })
        << QStringLiteral("status");
}

void TestSanctionRepository::refusedWriteChangesNothing()
{
    QFETCH(bool, noticeFirst);
    QFETCH(SanctionWrite, write);
    QFETCH(QString, field);
    SanctionRepository repo(*m_db, m_clock);
    const Result<SanctionCase> created = repo.createFromReport(m_licence, QStringLiteral("minor"), QDate(2026, 7, 1),
                                                               QStringLiteral("Politiet"));
    QVERIFY(created.ok());
    if (noticeFirst)
        QVERIFY(repo.sendNotice(created->id, QDate(2026, 8, 1), QDate(2026, 8, 15)).ok());
    const Result<SanctionCase> before = repo.find(created->id);
    const int audits = auditCount(created->id);
    m_clock.setNow(m_clock.now().addSecs(60));

    const Result<SanctionCase> refused = write(repo, created->id);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, field);
    QVERIFY(!refused.error().message.isEmpty());

    const Result<SanctionCase> after = repo.find(created->id);
    QVERIFY(after.ok());
    QCOMPARE(after->status, before->status);
    QCOMPARE(after->updatedAt, before->updatedAt);
    QCOMPARE(after->decidedOn, before->decidedOn);
    QCOMPARE(after->decidedBy, before->decidedBy);
    QCOMPARE(after->noticeSent, before->noticeSent);
    QCOMPARE(after->responseDeadline, before->responseDeadline);
    QCOMPARE(after->response, before->response);
    QCOMPARE(after->findings.first().decidedPrikker, before->findings.first().decidedPrikker);
    QCOMPARE(after->findings.first().reason, before->findings.first().reason);
    QCOMPARE(after->suspension.has_value(), before->suspension.has_value());
    QCOMPARE(after->appeal.has_value(), before->appeal.has_value());
    QCOMPARE(auditCount(created->id), audits);
}

void TestSanctionRepository::fullFlowRoundTrip()
{
    SanctionRepository repo(*m_db, m_clock);
    Result<SanctionCase> c = repo.createFromReport(m_licence, QStringLiteral("minor"), QDate(2026, 5, 2), QStringLiteral("Politiet"));
    QVERIFY(c.ok());
    const qint64 id = c->id;
    QVERIFY(repo.sendNotice(id, QDate(2026, 5, 10), QDate(2026, 5, 24)).ok());
    c = repo.recordResponse(id, QStringLiteral("Vi har innført ny ID-rutine."));
    QVERIFY(c.ok());
    SanctionDecision d;
    d.decidedOn = QDate(2026, 5, 20); // before the deadline, but the response came
    d.decidedBy = QStringLiteral("Kari Saksbehandler");
    d.reference = QStringLiteral("2026/777");
    d.prikker = {12};
    d.reasons = {QStringLiteral("Gjentatt og grovt.")};
    c = repo.decide(id, d);
    QVERIFY2(c.ok(), qPrintable(c.error().message));
    c = repo.sendSuspensionNotice(id, QDate(2026, 5, 22));
    QVERIFY2(c.ok(), qPrintable(c.error().message));
    QCOMPARE(c->suspension->days, 7);
    c = repo.decideSuspension(id, QDate(2026, 6, 5), QDate(2026, 6, 12), QDate(2026, 6, 18));
    QVERIFY2(c.ok(), qPrintable(c.error().message));
    c = repo.registerAppeal(id, QDate(2026, 6, 8), QStringLiteral("For strengt."));
    QVERIFY(c.ok());
    c = repo.appealOutcome(id, QDate(2026, 7, 1), false);
    QVERIFY(c.ok());
    QCOMPARE(c->status, SanctionStatus::SuspensionDecided);
    c = repo.setStatus(id, SanctionStatus::Closed, QStringLiteral("Gjennomført."));
    QVERIFY(c.ok());

    const Result<SanctionCase> stored = repo.find(id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->status, SanctionStatus::Closed);
    QCOMPARE(stored->noticeSent, QDate(2026, 5, 10));
    QCOMPARE(stored->responseDeadline, QDate(2026, 5, 24));
    QCOMPARE(stored->response, QStringLiteral("Vi har innført ny ID-rutine."));
    QCOMPARE(stored->decidedOn, QDate(2026, 5, 20));
    QCOMPARE(stored->decidedBy, QStringLiteral("Kari Saksbehandler"));
    QCOMPARE(stored->reference, QStringLiteral("2026/777"));
    QCOMPARE(stored->findings.first().decidedPrikker, std::optional<int>(12));
    QCOMPARE(stored->findings.first().reason, QStringLiteral("Gjentatt og grovt."));
    QCOMPARE(stored->suspension->noticeSent, QDate(2026, 5, 22));
    QCOMPARE(stored->suspension->decided, QDate(2026, 6, 5));
    QCOMPARE(stored->suspension->days, 7);
    QCOMPARE(stored->suspension->from, QDate(2026, 6, 12));
    QCOMPARE(stored->suspension->to, QDate(2026, 6, 18));
    QCOMPARE(stored->appeal->received, QDate(2026, 6, 8));
    QCOMPARE(stored->appeal->grounds, QStringLiteral("For strengt."));
    QCOMPARE(stored->appeal->outcomeOn, QDate(2026, 7, 1));
    QCOMPARE(stored->appeal->overturned, std::optional<bool>(false));
    QVERIFY(stored->notes.contains(QStringLiteral("Gjennomført.")));
    QVERIFY(stored->createdAt.isValid());
    QCOMPARE(auditCount(id), 9);
    // Closed is final.
    QCOMPARE(repo.setStatus(id, SanctionStatus::Decided).error().field, QStringLiteral("status"));
}

void TestSanctionRepository::proposalsForTheListMatchOneByOne()
{
    // The list's proposals (rule set read once) are the same as asking case by case: a decided case
    // of 4 prikker, then a new case of 8 on top of it (running total 12).
    SanctionRepository repo(*m_db, m_clock);
    Result<SanctionCase> first = repo.createFromReport(m_licence, QStringLiteral("hours"), QDate(2026, 3, 2), QStringLiteral("Politiet"));
    QVERIFY(first.ok());
    QVERIFY(repo.sendNotice(first->id, QDate(2026, 3, 5), QDate(2026, 3, 19)).ok());
    SanctionDecision d;
    d.decidedOn = QDate(2026, 3, 25);
    d.decidedBy = QStringLiteral("Kari Saksbehandler");
    QVERIFY(repo.decide(first->id, d).ok());
    const Result<SanctionCase> second =
        repo.createFromReport(m_licence, QStringLiteral("minor"), QDate(2026, 5, 2), QStringLiteral("Politiet"));
    QVERIFY(second.ok());

    const Result<QList<SanctionCase>> cases = repo.list();
    QVERIFY(cases.ok());
    const Result<QHash<qint64, SanctionProposal>> all = repo.proposals(*cases);
    QVERIFY(all.ok());
    QCOMPARE(all->size(), cases->size());
    for (const SanctionCase &c : *cases) {
        const Result<SanctionProposal> one = repo.proposal(c.id);
        QVERIFY(one.ok());
        QCOMPARE(all->value(c.id).casePrikker, one->casePrikker);
        QCOMPARE(all->value(c.id).before.activePrikker, one->before.activePrikker);
        QCOMPARE(all->value(c.id).after.activePrikker, one->after.activePrikker);
        QCOMPARE(all->value(c.id).after.suspensionDue, one->after.suspensionDue);
    }
    QCOMPARE(all->value(second->id).casePrikker, 8);
    QCOMPARE(all->value(second->id).before.activePrikker, 4);
    QCOMPARE(all->value(second->id).after.activePrikker, 12);
    QVERIFY(all->value(second->id).after.suspensionDue);
}

void TestSanctionRepository::lateSuspensionStartIsAllowed()
{
    SanctionRepository repo(*m_db, m_clock);
    const Result<SanctionCase> c = repo.createFromReport(m_licence, QStringLiteral("minor"), QDate(2026, 5, 2), QStringLiteral("Politiet"));
    QVERIFY(test::decideStandard(repo, c->id, QDate(2026, 5, 10)).ok());
    const Result<SanctionCase> more = repo.createFromReport(m_licence, QStringLiteral("hours"), QDate(2026, 5, 3), QStringLiteral("Politiet"));
    QVERIFY(test::decideStandard(repo, more->id, QDate(2026, 5, 10)).ok());
    QVERIFY(repo.sendSuspensionNotice(more->id, QDate(2026, 6, 1)).ok());
    const Result<SanctionCase> late = repo.decideSuspension(more->id, QDate(2026, 6, 10), QDate(2026, 7, 20));
    QVERIFY2(late.ok(), qPrintable(late.error().message));
    QCOMPARE(late->suspension->to, QDate(2026, 7, 26));
    QCOMPARE(SanctionWorkflow::warnings(*late).size(), 1);
}

void TestSanctionRepository::closeFromProposed()
{
    SanctionRepository repo(*m_db, m_clock);
    const Result<SanctionCase> c = repo.createFromReport(m_licence, QStringLiteral("hours"), QDate(2026, 5, 2), QStringLiteral("Politiet"));
    const Result<SanctionCase> closed = repo.setStatus(c->id, SanctionStatus::Closed, QStringLiteral("Henlagt."));
    QVERIFY(closed.ok());
    QCOMPARE(closed->status, SanctionStatus::Closed);
    QCOMPARE(auditCount(c->id), 2);
}

void TestSanctionRepository::readOnlyRefusesWrites()
{
    const Result<SanctionCase> c = SanctionRepository(*m_db, m_clock)
                                       .createFromReport(m_licence, QStringLiteral("hours"), QDate(2026, 5, 2), QStringLiteral("Politiet"));
    QVERIFY(c.ok());
    m_db.reset();
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    auto opened = Database::open(m_path, options);
    QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
    m_db = std::move(opened).value();
    SanctionRepository repo(*m_db, m_clock);
    QCOMPARE(repo.sendNotice(c->id, QDate(2026, 5, 4), QDate(2026, 5, 18)).error().code, SanctionRepository::ErrorReadOnly);
    QCOMPARE(repo.createFromReport(m_licence, QStringLiteral("hours"), QDate(2026, 5, 2), QStringLiteral("Politiet")).error().code,
             SanctionRepository::ErrorReadOnly);
    QCOMPARE(repo.find(c->id)->status, SanctionStatus::Proposed);
}

QTEST_GUILESS_MAIN(TestSanctionRepository)
#include "TestSanctionRepository.moc"
