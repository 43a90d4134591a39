#include "CaseTestSupport.h"
#include "cases/Worklist.h"

#include <QTest>

using namespace bevilling;
using namespace bevilling::test;

Q_DECLARE_METATYPE(bevilling::Case)
Q_DECLARE_METATYPE(bevilling::Licence)
Q_DECLARE_METATYPE(bevilling::WorklistOptions)

namespace {

const QDate kToday(2026, 6, 1);

WorklistOptions options(const QString &officer = {})
{
    WorklistOptions o;
    o.today = kToday;
    o.officer = officer;
    return o;
}

// A case that produces no work item on kToday: out for statements, nothing overdue, due far ahead.
Case quietCase(qint64 id)
{
    Case c = makeCase(CaseType::NewLicence, CaseStatus::OutForStatements);
    c.id = id;
    c.number = QStringLiteral("2026-%1").arg(id, 4, 10, QLatin1Char('0'));
    c.receivedOn = kToday.addDays(-3);
    c.completeOn = kToday.addDays(-2);
    c.statements = {statement(StatementParty::Police, kToday.addDays(-1), kToday.addDays(20), {}, 10 * id)};
    return c;
}

// An ordinary licence ending `days` from kToday.
Licence endingIn(qint64 id, int days)
{
    Licence l = makeServingLicence(QStringLiteral("2024-%1").arg(id, 3, 10, QLatin1Char('0')));
    l.id = id;
    l.validFrom = QDate(2024, 10, 1);
    l.validTo = kToday.addDays(days);
    return l;
}

Licence eventLicence(qint64 id, int inDays)
{
    Licence l = makeServingLicence(QStringLiteral("E-%1").arg(id));
    l.id = id;
    l.kind = LicenceKind::SingleOccasion;
    l.eventName = QStringLiteral("Sommerfest %1").arg(id);
    l.validFrom = kToday.addDays(inDays);
    l.validTo = l.validFrom;
    return l;
}

Case eventCase(qint64 id, int inDays)
{
    Case c = makeCase(CaseType::SingleOccasion, CaseStatus::Received);
    c.id = id;
    c.number = QStringLiteral("2026-%1").arg(id, 4, 10, QLatin1Char('0'));
    c.application.kind = LicenceKind::SingleOccasion;
    c.application.validFrom = kToday.addDays(inDays);
    c.application.validTo = c.application.validFrom;
    c.status = CaseStatus::OutForStatements; // not waiting for the officer
    return c;
}

QString kindName(WorkItem::Kind kind)
{
    switch (kind) {
    case WorkItem::Kind::StatementOverdue: return QStringLiteral("statement_overdue");
    case WorkItem::Kind::CaseNearDue: return QStringLiteral("near_due");
    case WorkItem::Kind::CaseWaiting: return QStringLiteral("waiting");
    case WorkItem::Kind::LicenceEnding: return QStringLiteral("licence_ending");
    case WorkItem::Kind::EventSoon: return QStringLiteral("event_soon");
    }
    return {};
}

// "kind case/licence daysLeft" per item.
QStringList describe(const QList<WorkItem> &items)
{
    QStringList result;
    for (const WorkItem &i : items)
        result.append(QStringLiteral("%1 c%2/l%3 %4").arg(kindName(i.kind)).arg(i.caseId).arg(i.licenceId).arg(i.daysLeft));
    return result;
}

} // namespace

class TestWorklist : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void build_data();
    void build();
    void sortedByKindThenDate();
    void details();
    void events();
};

void TestWorklist::build_data()
{
    QTest::addColumn<QList<Case>>("cases");
    QTest::addColumn<QList<Licence>>("licences");
    QTest::addColumn<WorklistOptions>("opts");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("nothing to do") << QList<Case>{quietCase(1)} << QList<Licence>{} << options() << QStringList();

    // --- statements past their deadline
    Case overdue = quietCase(2);
    overdue.statements[0].deadline = kToday.addDays(-1);
    QTest::newRow("statement one day overdue") << QList<Case>{overdue} << QList<Licence>{} << options()
                                               << QStringList{QStringLiteral("statement_overdue c2/l0 -1")};
    overdue.statements[0].deadline = kToday;
    QTest::newRow("statement due today is not overdue") << QList<Case>{overdue} << QList<Licence>{} << options()
                                                        << QStringList();
    overdue.statements[0].deadline = kToday.addDays(-5);
    overdue.statements[0].replied = kToday.addDays(-2);
    overdue.status = CaseStatus::OutForStatements;
    QTest::newRow("answered late is not overdue") << QList<Case>{overdue} << QList<Licence>{} << options() << QStringList();
    Case closedOverdue = quietCase(3);
    closedOverdue.statements[0].deadline = kToday.addDays(-1);
    closedOverdue.status = CaseStatus::Closed;
    closedOverdue.closeReason = CloseReason::Withdrawn;
    QTest::newRow("closed case: nothing") << QList<Case>{closedOverdue} << QList<Licence>{} << options() << QStringList();

    // --- near the due date: legal due = completeOn + 4 months + paused days
    Case nearDue = quietCase(4);
    nearDue.statements.clear();
    nearDue.status = CaseStatus::OutForStatements;
    nearDue.completeOn = kToday.addDays(14).addMonths(-4); // 2026-02-15: due 2026-06-15
    QTest::newRow("exactly 14 days left") << QList<Case>{nearDue} << QList<Licence>{} << options()
                                          << QStringList{QStringLiteral("near_due c4/l0 14")};
    nearDue.completeOn = nearDue.completeOn.addDays(1);
    QTest::newRow("15 days left") << QList<Case>{nearDue} << QList<Licence>{} << options() << QStringList();
    Case pastDue = nearDue;
    pastDue.completeOn = QDate(2026, 1, 1);
    QTest::newRow("past due") << QList<Case>{pastDue} << QList<Licence>{} << options()
                              << QStringList{QStringLiteral("near_due c4/l0 -31")};
    Case decided = pastDue;
    decided.status = CaseStatus::Notified;
    decided.decision = CaseDecision{};
    decided.decision->decidedOn = kToday.addDays(-1);
    decided.decision->notifiedOn = kToday.addDays(-1);
    QTest::newRow("decided: not near due") << QList<Case>{decided} << QList<Licence>{} << options() << QStringList();
    WorklistOptions target = options();
    target.clock.targetDays = 60;
    Case targetCase = nearDue;
    targetCase.completeOn = kToday.addDays(-50); // target in 10 days, legal in ~70
    QTest::newRow("target date within 14 days") << QList<Case>{targetCase} << QList<Licence>{} << target
                                                << QStringList{QStringLiteral("near_due c4/l0 10")};
    QTest::newRow("no target set") << QList<Case>{targetCase} << QList<Licence>{} << options() << QStringList();

    // --- waiting for the officer
    Case waiting = quietCase(5);
    waiting.status = CaseStatus::StatementsReceived;
    waiting.statements[0].replied = kToday.addDays(-1);
    waiting.events = {statusEvent(kToday.addDays(-1), CaseStatus::OutForStatements, CaseStatus::StatementsReceived)};
    QTest::newRow("statements received") << QList<Case>{waiting} << QList<Licence>{} << options(QStringLiteral("kari"))
                                         << QStringList{QStringLiteral("waiting c5/l0 -1")};
    QTest::newRow("another officer's case") << QList<Case>{waiting} << QList<Licence>{} << options(QStringLiteral("ola"))
                                            << QStringList();
    Case unassigned = waiting;
    unassigned.assignedTo.clear();
    QTest::newRow("unassigned, all officers") << QList<Case>{unassigned} << QList<Licence>{} << options()
                                              << QStringList{QStringLiteral("waiting c5/l0 -1")};
    Case incomplete = quietCase(6);
    incomplete.statements.clear();
    incomplete.status = CaseStatus::Incomplete;
    incomplete.missingAttachments = {QStringLiteral("Firmaattest")};
    QTest::newRow("incomplete waits for the applicant") << QList<Case>{incomplete} << QList<Licence>{}
                                                        << options(QStringLiteral("kari")) << QStringList();
    Case paused = waiting;
    paused.statements.append(statement(StatementParty::TaxAuthority, kToday.addDays(-1), kToday.addDays(20), {}, 99));
    QTest::newRow("paused by an open statement") << QList<Case>{paused} << QList<Licence>{} << options() << QStringList();
    Case notified = decided;
    notified.id = 7;
    notified.decision->notifiedOn = kToday.addDays(-21);
    QTest::newRow("notified 21 days ago: appeal period open") << QList<Case>{notified} << QList<Licence>{} << options()
                                                               << QStringList();
    notified.decision->notifiedOn = kToday.addDays(-22);
    notified.events = {statusEvent(kToday.addDays(-22), CaseStatus::Decided, CaseStatus::Notified)};
    QTest::newRow("notified 22 days ago: ready to close") << QList<Case>{notified} << QList<Licence>{} << options()
                                                           << QStringList{QStringLiteral("waiting c7/l0 -22")};

    // --- ordinary licences ending
    QTest::newRow("licence ending in 90 days") << QList<Case>{} << QList<Licence>{endingIn(20, 90)} << options()
                                               << QStringList{QStringLiteral("licence_ending c0/l20 90")};
    QTest::newRow("licence ending in 91 days") << QList<Case>{} << QList<Licence>{endingIn(21, 91)} << options()
                                               << QStringList();
    QTest::newRow("licence ending today") << QList<Case>{} << QList<Licence>{endingIn(22, 0)} << options(QStringLiteral("kari"))
                                          << QStringList{QStringLiteral("licence_ending c0/l22 0")};
    QTest::newRow("licence expired yesterday") << QList<Case>{} << QList<Licence>{endingIn(23, -1)} << options()
                                               << QStringList();
    Licence endedLicence = endingIn(24, 30);
    endedLicence.endedOn = kToday.addDays(-10);
    QTest::newRow("ended licence") << QList<Case>{} << QList<Licence>{endedLicence} << options() << QStringList();
    Licence sales = endingIn(25, 30);
    sales.kind = LicenceKind::Sale;
    QTest::newRow("sales licence ending") << QList<Case>{} << QList<Licence>{sales} << options()
                                          << QStringList{QStringLiteral("licence_ending c0/l25 30")};
    Case renewal = quietCase(8);
    renewal.type = CaseType::Renewal;
    renewal.licenceId = 26;
    QTest::newRow("open renewal case: not listed") << QList<Case>{renewal} << QList<Licence>{endingIn(26, 30)} << options()
                                                   << QStringList();
    Case closedRenewal = renewal;
    closedRenewal.status = CaseStatus::Closed;
    closedRenewal.closeReason = CloseReason::Withdrawn;
    QTest::newRow("withdrawn renewal case: listed") << QList<Case>{closedRenewal} << QList<Licence>{endingIn(26, 30)}
                                                    << options() << QStringList{QStringLiteral("licence_ending c0/l26 30")};
    QTest::newRow("single-occasion licence is not ordinary") << QList<Case>{} << QList<Licence>{eventLicence(27, 40)}
                                                             << options() << QStringList();

    // --- events soon
    QTest::newRow("event licence in 30 days") << QList<Case>{} << QList<Licence>{eventLicence(30, 30)} << options()
                                              << QStringList{QStringLiteral("event_soon c0/l30 30")};
    QTest::newRow("event licence in 31 days") << QList<Case>{} << QList<Licence>{eventLicence(31, 31)} << options()
                                              << QStringList();
    QTest::newRow("event licence today") << QList<Case>{} << QList<Licence>{eventLicence(32, 0)} << options()
                                         << QStringList{QStringLiteral("event_soon c0/l32 0")};
    QTest::newRow("event yesterday") << QList<Case>{} << QList<Licence>{eventLicence(33, -1)} << options() << QStringList();
    QTest::newRow("open event case in 30 days") << QList<Case>{eventCase(40, 30)} << QList<Licence>{} << options()
                                                << QStringList{QStringLiteral("event_soon c40/l0 30")};
    QTest::newRow("open event case in 31 days") << QList<Case>{eventCase(41, 31)} << QList<Licence>{} << options()
                                                << QStringList();
    Case refused = eventCase(42, 10);
    refused.status = CaseStatus::Notified;
    refused.decision = CaseDecision{};
    refused.decision->outcome = DecisionOutcome::Refused;
    refused.decision->decidedOn = kToday.addDays(-2);
    refused.decision->notifiedOn = kToday.addDays(-2);
    QTest::newRow("refused event case") << QList<Case>{refused} << QList<Licence>{} << options() << QStringList();
    Case granted = eventCase(43, 10);
    granted.status = CaseStatus::Closed;
    granted.closeReason = CloseReason::Completed;
    granted.decision = CaseDecision{};
    granted.decision->decidedOn = kToday.addDays(-2);
    granted.licenceId = 34;
    QTest::newRow("granted event case shown once, as the licence")
        << QList<Case>{granted} << QList<Licence>{eventLicence(34, 10)} << options()
        << QStringList{QStringLiteral("event_soon c0/l34 10")};
    Case grantedNoLicence = granted;
    grantedNoLicence.licenceId.reset();
    QTest::newRow("granted event case without licence") << QList<Case>{grantedNoLicence} << QList<Licence>{} << options()
                                                        << QStringList{QStringLiteral("event_soon c43/l0 10")};
    QTest::newRow("another officer's event case") << QList<Case>{eventCase(44, 5)} << QList<Licence>{}
                                                  << options(QStringLiteral("ola")) << QStringList();
}

void TestWorklist::build()
{
    QFETCH(QList<Case>, cases);
    QFETCH(QList<Licence>, licences);
    QFETCH(WorklistOptions, opts);
    QFETCH(QStringList, expected);
    const QList<WorkItem> items = Worklist::build(cases, licences, opts);
    QCOMPARE(describe(items), expected);
    for (const WorkItem &item : items) {
        QVERIFY(!item.title.isEmpty());
        QVERIFY(!item.detail.isEmpty());
        QCOMPARE(item.daysLeft, int(kToday.daysTo(item.date)));
    }
}

void TestWorklist::sortedByKindThenDate()
{
    Case overdueLate = quietCase(1);
    overdueLate.statements[0].deadline = kToday.addDays(-1);
    Case overdueEarly = quietCase(2);
    overdueEarly.statements[0].deadline = kToday.addDays(-9);
    Case waiting = quietCase(3);
    waiting.statements.clear();
    waiting.status = CaseStatus::Complete;
    waiting.events = {statusEvent(kToday.addDays(-2), CaseStatus::Received, CaseStatus::Complete)};
    const QList<WorkItem> items = Worklist::build({eventCase(4, 3), waiting, overdueLate, overdueEarly},
                                                  {endingIn(5, 60), endingIn(6, 10)}, options());
    QCOMPARE(describe(items), (QStringList{QStringLiteral("statement_overdue c2/l0 -9"),
                                           QStringLiteral("statement_overdue c1/l0 -1"),
                                           QStringLiteral("waiting c3/l0 -2"),
                                           QStringLiteral("licence_ending c0/l6 10"),
                                           QStringLiteral("licence_ending c0/l5 60"),
                                           QStringLiteral("event_soon c4/l0 3")}));
    QCOMPARE(items.first().statementId, qint64(20));
}

void TestWorklist::details()
{
    Case overdue = quietCase(4);
    overdue.statements[0].partyName = QStringLiteral("Asker og Bærum politidistrikt");
    overdue.statements[0].deadline = QDate(2026, 5, 11);
    QList<WorkItem> items = Worklist::build({overdue}, {}, options());
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().title, QStringLiteral("2026-0004 New licence – Fjordkroa AS"));
    QCOMPARE(items.first().detail, QStringLiteral("Police, deadline 11.05.2026 (21 days overdue)"));

    items = Worklist::build({}, {endingIn(9, 1)}, options());
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().title, QStringLiteral("2024-009 Fjordkroa"));
    QCOMPARE(items.first().detail, QStringLiteral("Serving licence ends on 02.06.2026 (1 day left)"));
}

void TestWorklist::events()
{
    const QList<Licence> licences = {eventLicence(1, 5), eventLicence(2, 40), endingIn(3, 10)};
    Case multiDay = eventCase(10, -2);
    multiDay.application.validTo = kToday.addDays(1);
    Case use = eventCase(11, 20);
    use.type = CaseType::TravellingUse;
    use.application.kind = LicenceKind::Travelling;
    use.licenceId = 77;
    Case ordinary = quietCase(12);
    const QList<Worklist::Event> events = Worklist::events({multiDay, use, ordinary}, licences, kToday, kToday.addDays(30));
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(0).caseId, qint64(10)); // began before the range, still running
    QCOMPARE(events.at(0).date, kToday.addDays(-2));
    QCOMPARE(events.at(0).until, kToday.addDays(1));
    QCOMPARE(events.at(1).licenceId, qint64(1));
    QCOMPARE(events.at(1).title, QStringLiteral("E-1 Sommerfest 1"));
    QCOMPARE(events.at(2).caseId, qint64(11));
    QCOMPARE(events.at(2).licenceId, qint64(77));
    QVERIFY(Worklist::events({multiDay}, {}, kToday.addDays(2), kToday.addDays(30)).isEmpty());
}

QTEST_GUILESS_MAIN(TestWorklist)
#include "TestWorklist.moc"
