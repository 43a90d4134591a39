#include "SanctionTestSupport.h"
#include "storage/AuditLog.h"
#include "inspections/SanctionWorkflow.h"
#include "storage/LicenceLedger.h"

#include <QTemporaryDir>
#include <QTest>

using namespace bevilling;

class TestLicenceLedger : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void emptyLedger();
    void inspectionToSuspensionToUsedUp();
    void elevenDoesNotTriggerSuspension();
    void reportFromAnotherAuthority();
    void deviationCountsDecidedNumber();
    void overturnedDecisionLeavesLedger();
    void expiryAfterTwoYears();
    void ledgerStaysOnOldLicence();

private:
    qint64 decidedCase(qint64 licenceId, const QDate &date, const QStringList &codes);

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2028, 6, 1), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    qint64 m_licence = 0;
};

void TestLicenceLedger::init()
{
    const QString path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(path);
    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
    m_db = std::move(opened).value();
    m_licence = test::addLicence(*m_db, m_clock, QStringLiteral("2024-001"));
    QVERIFY(m_licence > 0);
}

void TestLicenceLedger::cleanup()
{
    m_db.reset();
}

// An inspection with `codes` on `date`, a case from it, decided on the standard prikker.
qint64 TestLicenceLedger::decidedCase(qint64 licenceId, const QDate &date, const QStringList &codes)
{
    const qint64 inspection = test::addInspection(*m_db, m_clock, licenceId, date, codes);
    if (!inspection)
        return 0;
    SanctionRepository repo(*m_db, m_clock);
    const Result<SanctionCase> created = repo.createFromInspection(inspection);
    if (!created) {
        qWarning("%s", qPrintable(created.error().message));
        return 0;
    }
    const Result<SanctionCase> decided = test::decideStandard(repo, created->id, date.addDays(5));
    if (!decided) {
        qWarning("%s", qPrintable(decided.error().message));
        return 0;
    }
    return decided->id;
}

void TestLicenceLedger::emptyLedger()
{
    const Result<QList<rules::LedgerEvent>> events = LicenceLedger::eventsFor(*m_db, m_licence);
    QVERIFY(events.ok());
    QVERIFY(events->isEmpty());
    const Result<rules::LedgerResult> result = LicenceLedger::evaluate(*m_db, m_clock, m_licence);
    QVERIFY(result.ok());
    QCOMPARE(result->activePrikker, 0);
    QCOMPARE(result->asOf, m_clock.today());
    QVERIFY(!result->suspensionDue);
    const Result<bool> suspended = LicenceLedger::isSuspendedOn(*m_db, m_licence, m_clock.today());
    QVERIFY(suspended.ok());
    QVERIFY(!*suspended);
}

void TestLicenceLedger::inspectionToSuspensionToUsedUp()
{
    SanctionRepository repo(*m_db, m_clock);
    // Minor twice at one inspection counts once: 8.
    const qint64 first = decidedCase(m_licence, QDate(2026, 1, 10), {QStringLiteral("minor"), QStringLiteral("minor")});
    QVERIFY(first);
    Result<rules::LedgerResult> ledger = LicenceLedger::evaluate(*m_db, m_clock, m_licence, QDate(2026, 2, 1));
    QVERIFY(ledger.ok());
    QCOMPARE(ledger->activePrikker, 8);
    QCOMPARE(ledger->active.size(), 1);
    QVERIFY(!ledger->suspensionDue);
    const Result<SanctionCase> tooFew = repo.sendSuspensionNotice(first, QDate(2026, 2, 2));
    QVERIFY(!tooFew.ok());
    QCOMPARE(tooFew.error().field, QStringLiteral("ledger"));

    // The next inspection finds a breach of hours (4): the proposal shows 8 -> 12 and a suspension.
    const qint64 inspection = test::addInspection(*m_db, m_clock, m_licence, QDate(2026, 3, 10), {QStringLiteral("hours")});
    QVERIFY(inspection);
    const Result<SanctionCase> second = repo.createFromInspection(inspection);
    QVERIFY2(second.ok(), qPrintable(second.error().message));
    const Result<SanctionProposal> proposal = repo.proposal(second->id);
    QVERIFY2(proposal.ok(), qPrintable(proposal.error().message));
    QCOMPARE(proposal->casePrikker, 4);
    QCOMPARE(proposal->before.activePrikker, 8);
    QCOMPARE(proposal->after.activePrikker, 12);
    QVERIFY(proposal->after.suspensionDue);
    QCOMPARE(proposal->after.suspensionDays, 7);

    QVERIFY(test::decideStandard(repo, second->id, QDate(2026, 3, 15)).ok());
    ledger = LicenceLedger::evaluate(*m_db, m_clock, m_licence, QDate(2026, 4, 1));
    QCOMPARE(ledger->activePrikker, 12);
    QVERIFY(ledger->suspensionDue);
    QCOMPARE(ledger->suspensionDays, 7);

    Result<SanctionCase> notice = repo.sendSuspensionNotice(second->id, QDate(2026, 4, 2));
    QVERIFY2(notice.ok(), qPrintable(notice.error().message));
    QCOMPARE(notice->status, SanctionStatus::SuspensionNotice);
    QCOMPARE(notice->suspension->days, 7);
    const Result<SanctionCase> suspended = repo.decideSuspension(second->id, QDate(2026, 4, 20), QDate(2026, 5, 1));
    QVERIFY2(suspended.ok(), qPrintable(suspended.error().message));
    QCOMPARE(suspended->status, SanctionStatus::SuspensionDecided);
    QCOMPARE(suspended->suspension->days, 7);
    QCOMPARE(suspended->suspension->to, QDate(2026, 5, 7));
    QVERIFY(SanctionWorkflow::warnings(*suspended).isEmpty());

    QVERIFY(*LicenceLedger::isSuspendedOn(*m_db, m_licence, QDate(2026, 5, 1)));
    QVERIFY(*LicenceLedger::isSuspendedOn(*m_db, m_licence, QDate(2026, 5, 7)));
    QVERIFY(!*LicenceLedger::isSuspendedOn(*m_db, m_licence, QDate(2026, 5, 8)));
    QVERIFY(!*LicenceLedger::isSuspendedOn(*m_db, m_licence, QDate(2026, 4, 30)));
    // The whole register in one query: the same days, with the last day of the suspension.
    for (const QDate &day : {QDate(2026, 5, 1), QDate(2026, 5, 7)})
        QCOMPARE(LicenceLedger::suspendedOn(*m_db, day).value(), (QHash<qint64, QDate>{{m_licence, QDate(2026, 5, 7)}}));
    for (const QDate &day : {QDate(2026, 4, 30), QDate(2026, 5, 8)})
        QVERIFY(LicenceLedger::suspendedOn(*m_db, day)->isEmpty());

    // decisions.md 3: the prikker are used up by the suspension (the register's default setting).
    ledger = LicenceLedger::evaluate(*m_db, m_clock, m_licence, QDate(2026, 5, 10));
    QCOMPARE(ledger->activePrikker, 0);
    QVERIFY(!ledger->suspensionDue);
    // When the municipality's rules say they are not, they still count but are not due again.
    rules::LedgerSettings notUsedUp;
    notUsedUp.prikkerUsedBySuspension = false;
    ledger = LicenceLedger::evaluate(*m_db, m_licence, QDate(2026, 5, 10), notUsedUp);
    QCOMPARE(ledger->activePrikker, 12);
    QVERIFY(!ledger->suspensionDue);

    const Result<QList<rules::LedgerEvent>> events = LicenceLedger::eventsFor(*m_db, m_licence);
    QCOMPARE(events->size(), 3);
    QCOMPARE(events->at(0).findings.size(), 2);
    QCOMPARE(events->at(2).type, rules::LedgerEvent::Type::Suspension);
    QCOMPARE(events->at(2).decided, QDate(2026, 4, 20));
}

void TestLicenceLedger::elevenDoesNotTriggerSuspension()
{
    SanctionRepository repo(*m_db, m_clock);
    const qint64 id = decidedCase(m_licence, QDate(2026, 2, 1),
                                  {QStringLiteral("minor"), QStringLiteral("internal_control"), QStringLiteral("spirits_measure")});
    QVERIFY(id);
    const Result<rules::LedgerResult> ledger = LicenceLedger::evaluate(*m_db, m_clock, m_licence, QDate(2026, 3, 1));
    QCOMPARE(ledger->activePrikker, 11);
    QVERIFY(!ledger->suspensionDue);
    const Result<SanctionCase> before = repo.find(id);
    const Result<SanctionCase> refused = repo.sendSuspensionNotice(id, QDate(2026, 3, 1));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("ledger"));
    QCOMPARE(repo.find(id)->status, SanctionStatus::Decided);
    QVERIFY(!repo.find(id)->suspension);
    QCOMPARE(repo.find(id)->updatedAt, before->updatedAt);

    // One more prikk (a missing alcohol-free alternative) makes exactly 12.
    const Result<SanctionCase> report = repo.createFromReport(m_licence, QStringLiteral("alcohol_free_alternatives"),
                                                              QDate(2026, 3, 5), QStringLiteral("Politiet"));
    QVERIFY(report.ok());
    const Result<SanctionProposal> proposal = repo.proposal(report->id);
    QCOMPARE(proposal->before.activePrikker, 11);
    QCOMPARE(proposal->after.activePrikker, 12);
    QVERIFY(proposal->after.suspensionDue);
    QVERIFY(test::decideStandard(repo, report->id, QDate(2026, 3, 10)).ok());
    const Result<SanctionCase> notice = repo.sendSuspensionNotice(report->id, QDate(2026, 3, 26));
    QVERIFY2(notice.ok(), qPrintable(notice.error().message));
    QCOMPARE(notice->suspension->days, 7);
}

void TestLicenceLedger::reportFromAnotherAuthority()
{
    SanctionRepository repo(*m_db, m_clock);
    const Result<SanctionCase> report = repo.createFromReport(m_licence, QStringLiteral("turnover_report_missing"),
                                                              QDate(2026, 3, 2), QStringLiteral("Skatteetaten"));
    QVERIFY(report.ok());
    QCOMPARE(report->findings.size(), 1);
    QCOMPARE(report->findings.first().standardPrikker, 2);
    QCOMPARE(report->findings.first().inspectionFindingId, qint64(0));
    // Not in the ledger before the decision.
    QCOMPARE(LicenceLedger::evaluate(*m_db, m_clock, m_licence, QDate(2026, 4, 1))->activePrikker, 0);
    QVERIFY(test::decideStandard(repo, report->id, QDate(2026, 3, 5)).ok());
    const Result<rules::LedgerResult> ledger = LicenceLedger::evaluate(*m_db, m_clock, m_licence, QDate(2026, 4, 1));
    QCOMPARE(ledger->activePrikker, 2);
    QCOMPARE(ledger->active.first().inspection, QStringLiteral("Skatteetaten"));
    QCOMPARE(ledger->active.first().date, QDate(2026, 3, 2));
}

void TestLicenceLedger::deviationCountsDecidedNumber()
{
    SanctionRepository repo(*m_db, m_clock);
    const Result<SanctionCase> report = repo.createFromReport(m_licence, QStringLiteral("minor"), QDate(2026, 3, 2),
                                                              QStringLiteral("Politiet"));
    QVERIFY(repo.sendNotice(report->id, QDate(2026, 3, 4), QDate(2026, 3, 18)).ok());
    SanctionDecision decision;
    decision.decidedOn = QDate(2026, 3, 20);
    decision.decidedBy = QStringLiteral("Kari Saksbehandler");
    decision.prikker = {5};
    decision.reasons = {QStringLiteral("Falsk legitimasjon av god kvalitet.")};
    const Result<SanctionCase> decided = repo.decide(report->id, decision);
    QVERIFY2(decided.ok(), qPrintable(decided.error().message));
    QCOMPARE(decided->findings.first().prikker(), 5);
    const Result<QList<rules::LedgerEvent>> events = LicenceLedger::eventsFor(*m_db, m_licence);
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->first().findings.first().prikker, std::optional<int>(5));
    QCOMPARE(events->first().findings.first().reason, QStringLiteral("Falsk legitimasjon av god kvalitet."));
    QCOMPARE(LicenceLedger::evaluate(*m_db, m_clock, m_licence, QDate(2026, 4, 1))->activePrikker, 5);
}

void TestLicenceLedger::overturnedDecisionLeavesLedger()
{
    SanctionRepository repo(*m_db, m_clock);
    const qint64 kept = decidedCase(m_licence, QDate(2026, 1, 10), {QStringLiteral("hours")});
    const qint64 appealed = decidedCase(m_licence, QDate(2026, 2, 10), {QStringLiteral("staff_age")});
    QVERIFY(kept && appealed);
    QCOMPARE(LicenceLedger::evaluate(*m_db, m_clock, m_licence, QDate(2026, 4, 1))->activePrikker, 8);

    Result<SanctionCase> c = repo.registerAppeal(appealed, QDate(2026, 3, 10), QStringLiteral("Den ansatte var 18 år."));
    QVERIFY2(c.ok(), qPrintable(c.error().message));
    QCOMPARE(c->status, SanctionStatus::Appealed);
    // Pending: the decision stands.
    QCOMPARE(LicenceLedger::evaluate(*m_db, m_clock, m_licence, QDate(2026, 4, 1))->activePrikker, 8);
    c = repo.appealOutcome(appealed, QDate(2026, 3, 30), true);
    QVERIFY2(c.ok(), qPrintable(c.error().message));
    QCOMPARE(c->status, SanctionStatus::Closed);
    QCOMPARE(c->appeal->overturned, std::optional<bool>(true));
    QCOMPARE(LicenceLedger::evaluate(*m_db, m_clock, m_licence, QDate(2026, 4, 1))->activePrikker, 4);

    // The history keeps the decision that was overturned.
    const Result<QList<AuditEntry>> history = AuditLog::entriesFor(m_db->connection(), SanctionRepository::AuditEntity, appealed);
    QVERIFY(history.ok());
    QStringList actions;
    for (const AuditEntry &e : *history)
        actions.append(e.action);
    QCOMPARE(actions, (QStringList{QStringLiteral("create"), QStringLiteral("advance_notice"), QStringLiteral("decide"),
                                   QStringLiteral("appeal"), QStringLiteral("appeal_outcome")}));
    QCOMPARE(history->at(2).after.value(QStringLiteral("decided_on")).toString(), QStringLiteral("2026-03-02"));

    // An upheld appeal returns the case to Decided and keeps its prikker.
    QVERIFY(repo.registerAppeal(kept, QDate(2026, 2, 1), QString()).ok());
    c = repo.appealOutcome(kept, QDate(2026, 2, 20), false);
    QVERIFY(c.ok());
    QCOMPARE(c->status, SanctionStatus::Decided);
    QCOMPARE(LicenceLedger::evaluate(*m_db, m_clock, m_licence, QDate(2026, 4, 1))->activePrikker, 4);
}

void TestLicenceLedger::expiryAfterTwoYears()
{
    QVERIFY(decidedCase(m_licence, QDate(2026, 1, 10), {QStringLiteral("internal_control")}));
    QCOMPARE(LicenceLedger::evaluate(*m_db, m_clock, m_licence, QDate(2028, 1, 9))->activePrikker, 2);
    const Result<rules::LedgerResult> expired = LicenceLedger::evaluate(*m_db, m_clock, m_licence, QDate(2028, 1, 10));
    QCOMPARE(expired->activePrikker, 0);
    QVERIFY(expired->active.isEmpty());
    QCOMPARE(LicenceLedger::evaluate(*m_db, m_clock, m_licence, QDate(2027, 6, 1))->active.first().expires,
             QDate(2028, 1, 10));
}

void TestLicenceLedger::ledgerStaysOnOldLicence()
{
    const qint64 other = test::addLicence(*m_db, m_clock, QStringLiteral("2026-002"));
    QVERIFY(other);
    QVERIFY(decidedCase(m_licence, QDate(2026, 1, 10), {QStringLiteral("minor")}));
    QCOMPARE(LicenceLedger::evaluate(*m_db, m_clock, m_licence, QDate(2026, 4, 1))->activePrikker, 8);
    QCOMPARE(LicenceLedger::evaluate(*m_db, m_clock, other, QDate(2026, 4, 1))->activePrikker, 0);
    QVERIFY(LicenceLedger::eventsFor(*m_db, other)->isEmpty());
}

QTEST_GUILESS_MAIN(TestLicenceLedger)
#include "TestLicenceLedger.moc"
