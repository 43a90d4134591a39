#include "CaseTestSupport.h"
#include "RuleSetTestSupport.h"
#include "cases/CaseChecks.h"

#include <QTest>

using namespace bevilling;
using namespace bevilling::test;

namespace {

// What a row checks against besides the case.
struct Context
{
    QDate today = QDate(2026, 3, 10);
    std::optional<rules::RuleSetVersion> rules;
    QList<Licence> licences;
    QList<Case> cases;
};

rules::RuleSetVersion baerum()
{
    return presetRuleSet(QStringLiteral("baerum-2020")).versions.first();
}

rules::RuleSetVersion national()
{
    return presetRuleSet(QStringLiteral("national")).versions.first();
}

Context withBaerum()
{
    Context c;
    c.rules = baerum();
    return c;
}

Licence licenceAt(qint64 id, LicenceKind kind, const QDate &from, const QDate &to)
{
    Licence l = makeServingLicence(QStringLiteral("2024-%1").arg(id, 3, 10, QLatin1Char('0')));
    l.id = id;
    l.kind = kind;
    l.validFrom = from;
    l.validTo = to;
    return l;
}

Licence elsewhere(qint64 id, LicenceKind kind, const QDate &from, const QDate &to)
{
    Licence l = licenceAt(id, kind, from, to);
    l.premises.name = QStringLiteral("Brygga %1").arg(id);
    l.premises.address = QStringLiteral("Brygga %1").arg(id);
    l.premises.postalCode = QStringLiteral("1366");
    return l;
}

QList<Licence> travellingLicences(int count)
{
    QList<Licence> result;
    for (int i = 1; i <= count; ++i) {
        Licence l = elsewhere(100 + i, LicenceKind::Travelling, QDate(2024, 10, 1), QDate(2028, 9, 30));
        l.premises = Premises();
        l.eventName = QStringLiteral("Ambulerende %1").arg(i);
        result.append(l);
    }
    return result;
}

Case singleOccasion(const QDate &from, const QDate &to = {})
{
    Case c = makeCase(CaseType::SingleOccasion);
    c.application.kind = LicenceKind::SingleOccasion;
    c.application.eventName = QStringLiteral("Sommerfest");
    c.application.manager.birthDate = QDate(2008, 1, 1); // not checked for single occasions
    c.application.deputies.clear();
    c.application.validFrom = from;
    c.application.validTo = to.isValid() ? to : from;
    return c;
}

Case travellingUse(std::optional<qint64> licenceId, const QDate &event)
{
    Case c = makeCase(CaseType::TravellingUse);
    c.application.kind = LicenceKind::Travelling;
    c.application.premises = Premises();
    c.application.premises.name = QStringLiteral("Grendehuset");
    c.application.deputies.clear();
    c.licenceId = licenceId;
    c.application.validFrom = event;
    c.application.validTo = event;
    return c;
}

CaseDecision decided(const QDate &on, DecisionBody body = DecisionBody::Delegated)
{
    CaseDecision d;
    d.decidedOn = on;
    d.body = body;
    d.decidedBy = QStringLiteral("kari");
    return d;
}

QString describe(const CaseWarning &w)
{
    return w.code + QLatin1Char('|') + w.rule + QLatin1Char('|') + w.field;
}

} // namespace

Q_DECLARE_METATYPE(bevilling::Case)
Q_DECLARE_METATYPE(Context)

class TestCaseChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void check_data();
    void check();
    void messages();
    void transferDates_data();
    void transferDates();
};

void TestCaseChecks::check_data()
{
    QTest::addColumn<Case>("c");
    QTest::addColumn<Context>("context");
    QTest::addColumn<QStringList>("expected"); // "code|rule|field" in order

    const QString law17c = QStringLiteral("alkoholloven § 1-7c");
    const Case base = makeCase();
    QTest::newRow("clean application, Bærum rules") << base << withBaerum() << QStringList();
    QTest::newRow("clean application, no rule set") << base << Context() << QStringList();

    // --- manager and deputies (G.1)
    Case c = base;
    c.application.manager.birthDate = QDate(2006, 3, 11);
    QTest::newRow("manager one day short of 20")
        << c << withBaerum() << QStringList{QStringLiteral("manager_age|") + law17c + QStringLiteral("|application.manager.birth_date")};
    c.application.manager.birthDate = QDate(2006, 3, 10);
    QTest::newRow("manager exactly 20 today") << c << withBaerum() << QStringList();
    c = base;
    c.application.deputies[0].birthDate = QDate(2006, 3, 12);
    c.decision = decided(QDate(2026, 3, 11));
    QTest::newRow("deputy under 20 on the decision day")
        << c << withBaerum() << QStringList{QStringLiteral("manager_age|") + law17c + QStringLiteral("|application.deputies[0].birth_date")};
    c.application.deputies[0].birthDate = QDate(2006, 3, 11);
    QTest::newRow("deputy turns 20 on the decision day") << c << withBaerum() << QStringList();
    c = base;
    c.application.manager.knowledgeTestPassed = QDate();
    QTest::newRow("manager without knowledge test")
        << c << withBaerum()
        << QStringList{QStringLiteral("manager_knowledge_test|") + law17c + QStringLiteral("|application.manager.knowledge_test_passed")};
    c = base;
    c.application.deputies[0].knowledgeTestPassed = QDate();
    QTest::newRow("deputy without knowledge test")
        << c << withBaerum()
        << QStringList{QStringLiteral("manager_knowledge_test|") + law17c
                       + QStringLiteral("|application.deputies[0].knowledge_test_passed")};
    c = base;
    c.application.deputies.clear();
    QTest::newRow("no deputy")
        << c << withBaerum() << QStringList{QStringLiteral("deputy_missing|") + law17c + QStringLiteral("|application.deputies")};
    c.application.deputies = {Person{}};
    QTest::newRow("only an empty deputy row")
        << c << withBaerum() << QStringList{QStringLiteral("deputy_missing|") + law17c + QStringLiteral("|application.deputies")};
    c = base;
    c.type = CaseType::ChangeOfManager;
    c.application.manager.birthDate = QDate(2007, 1, 1);
    QTest::newRow("change of manager checks the new manager")
        << c << withBaerum() << QStringList{QStringLiteral("manager_age|") + law17c + QStringLiteral("|application.manager.birth_date")};
    c.type = CaseType::Extension;
    QTest::newRow("extension: no people checks") << c << withBaerum() << QStringList();
    c = base;
    c.application.kind = LicenceKind::Sale;
    c.application.deputies.clear();
    QTest::newRow("sales licence needs a deputy too")
        << c << withBaerum() << QStringList{QStringLiteral("deputy_missing|") + law17c + QStringLiteral("|application.deputies")};
    QTest::newRow("single occasion: no people checks") << singleOccasion(QDate(2026, 6, 20)) << withBaerum() << QStringList();

    // --- lead time
    Context lead = withBaerum();
    lead.rules->settings.singleOccasionLeadDays = 14;
    QTest::newRow("lead time one day short")
        << singleOccasion(QDate(2026, 3, 15)) << lead
        << QStringList{QStringLiteral("lead_time|rule set: application lead time|application.valid_from")};
    QTest::newRow("lead time exactly met") << singleOccasion(QDate(2026, 3, 16)) << lead << QStringList();
    QTest::newRow("no lead time set") << singleOccasion(QDate(2026, 3, 3)) << withBaerum() << QStringList();

    // --- travelling licences (Bærum 2.13: quota 20)
    Context quota = withBaerum();
    quota.licences = travellingLicences(21);
    QTest::newRow("21 travelling licences, quota 20")
        << travellingUse(101, QDate(2026, 6, 6)) << quota
        << QStringList{QStringLiteral("travelling_quota|rule set: travelling licence quota|")};
    quota.licences = travellingLicences(20);
    QTest::newRow("20 travelling licences, quota 20") << travellingUse(101, QDate(2026, 6, 6)) << quota << QStringList();
    Case newTravelling = makeCase(CaseType::NewLicence);
    newTravelling.application.kind = LicenceKind::Travelling;
    newTravelling.application.premises = Premises();
    newTravelling.application.deputies.clear();
    QTest::newRow("a 21st travelling licence applied for")
        << newTravelling << quota << QStringList{QStringLiteral("travelling_quota|rule set: travelling licence quota|")};
    quota.licences = travellingLicences(19);
    QTest::newRow("a 20th travelling licence applied for") << newTravelling << quota << QStringList();
    Context noQuota;
    noQuota.rules = national();
    noQuota.licences = travellingLicences(30);
    QTest::newRow("no quota in the rule set") << travellingUse(101, QDate(2026, 6, 6)) << noQuota << QStringList();

    Context use = withBaerum();
    use.licences = travellingLicences(2);
    use.licences.append(elsewhere(50, LicenceKind::Serving, QDate(2024, 10, 1), QDate(2028, 9, 30)));
    Licence ending = travellingLicences(3).last();
    ending.id = 60;
    ending.validTo = QDate(2026, 6, 5);
    use.licences.append(ending);
    QTest::newRow("travelling use of a valid licence") << travellingUse(101, QDate(2026, 6, 6)) << use << QStringList();
    QTest::newRow("travelling use of a serving licence")
        << travellingUse(50, QDate(2026, 6, 6)) << use << QStringList{QStringLiteral("travelling_use||licence_id")};
    QTest::newRow("travelling licence expired on the event date")
        << travellingUse(60, QDate(2026, 6, 6)) << use << QStringList{QStringLiteral("travelling_use||licence_id")};
    QTest::newRow("travelling licence valid on its last day") << travellingUse(60, QDate(2026, 6, 5)) << use << QStringList();
    QTest::newRow("travelling use without a licence")
        << travellingUse(std::nullopt, QDate(2026, 6, 6)) << use << QStringList{QStringLiteral("travelling_use||licence_id")};

    // --- local policies (Bærum 2.4, 2.5, 2.9)
    Context noPolicies = withBaerum();
    noPolicies.rules->settings.localPolicies.clear();
    c = base;
    c.application.premises.type = PremisesType::Shop;
    QTest::newRow("serving in a shop")
        << c << withBaerum() << QStringList{QStringLiteral("retail_opening_hours|Bærum 2.9|application.premises.type")};
    QTest::newRow("serving in a shop, policy off") << c << noPolicies << QStringList();
    c.application.kind = LicenceKind::Sale;
    QTest::newRow("sales licence in a shop") << c << withBaerum() << QStringList();
    c = base;
    c.aimedAtChildrenAndYouth = true;
    QTest::newRow("permanent serving for children and youth")
        << c << withBaerum() << QStringList{QStringLiteral("children_youth|Bærum 2.4|children_youth")};
    QTest::newRow("children and youth, policy off") << c << noPolicies << QStringList();
    Case youthEvent = singleOccasion(QDate(2026, 6, 20));
    youthEvent.aimedAtChildrenAndYouth = true;
    QTest::newRow("children and youth, single occasion") << youthEvent << withBaerum() << QStringList();
    c = base;
    c.application.premises.type = PremisesType::SportsArena;
    QTest::newRow("sports arena")
        << c << withBaerum() << QStringList{QStringLiteral("sports_arena_political|Bærum 2.5|decision.body")};
    QTest::newRow("sports arena, policy off") << c << noPolicies << QStringList();
    c.decision = decided(QDate(2026, 4, 20), DecisionBody::Council);
    QTest::newRow("sports arena decided by the council") << c << withBaerum() << QStringList();

    // --- 17 May in public places (Bærum 2.10)
    Case may17 = singleOccasion(QDate(2026, 5, 17));
    may17.receivedOn = QDate(2026, 3, 2);
    may17.publicPlace = true;
    QTest::newRow("17 May in a public place")
        << may17 << withBaerum() << QStringList{QStringLiteral("may_17_public_place|Bærum 2.10|application.valid_from")};
    Case may16to18 = singleOccasion(QDate(2026, 5, 16), QDate(2026, 5, 18));
    may16to18.publicPlace = true;
    QTest::newRow("a period over 17 May")
        << may16to18 << withBaerum() << QStringList{QStringLiteral("may_17_public_place|Bærum 2.10|application.valid_from")};
    Case may18 = singleOccasion(QDate(2026, 5, 18));
    may18.publicPlace = true;
    QTest::newRow("18 May in a public place") << may18 << withBaerum() << QStringList();
    Case indoors = may17;
    indoors.publicPlace = false;
    QTest::newRow("17 May, not a public place") << indoors << withBaerum() << QStringList();
    Context nationalRules;
    nationalRules.rules = national();
    QTest::newRow("17 May without a special-day rule") << may17 << nationalRules << QStringList();
    Case extension = base;
    extension.type = CaseType::Extension;
    extension.publicPlace = true;
    extension.application.validFrom = QDate(2026, 5, 1);
    extension.application.validTo = QDate(2026, 8, 31);
    QTest::newRow("outdoor extension over 17 May")
        << extension << withBaerum() << QStringList{QStringLiteral("may_17_public_place|Bærum 2.10|application.valid_from")};

    // --- overlapping licences for the same premises
    Context overlap = withBaerum();
    Licence sameAddress = licenceAt(7, LicenceKind::Serving, QDate(2024, 10, 1), QDate(2028, 9, 30));
    sameAddress.premises.name = QStringLiteral("Gamle Fjordkroa");
    sameAddress.premises.address = QStringLiteral("sandviksveien  12.");
    overlap.licences = {sameAddress, elsewhere(8, LicenceKind::Serving, QDate(2024, 10, 1), QDate(2028, 9, 30))};
    QTest::newRow("same address, overlapping") << base << overlap << QStringList{QStringLiteral("overlap||application.premises")};
    Licence sameName = elsewhere(9, LicenceKind::Sale, QDate(2024, 10, 1), QDate(2028, 9, 30));
    sameName.premises.name = QStringLiteral("FJORDKROA");
    Context byName = withBaerum();
    byName.licences = {sameName};
    QTest::newRow("same name, a sales licence") << base << byName << QStringList{QStringLiteral("overlap||application.premises")};
    Context ended = withBaerum();
    Licence endedLicence = sameAddress;
    endedLicence.endedOn = QDate(2026, 5, 1);
    endedLicence.endReason = EndReason::Surrendered;
    ended.licences = {endedLicence};
    QTest::newRow("ended the day the new period starts") << base << ended << QStringList();
    ended.licences[0].endedOn = QDate(2026, 5, 2);
    QTest::newRow("ended the day after the new period starts")
        << base << ended << QStringList{QStringLiteral("overlap||application.premises")};
    Context before = withBaerum();
    before.licences = {licenceAt(7, LicenceKind::Serving, QDate(2024, 10, 1), QDate(2026, 4, 30))};
    QTest::newRow("previous licence ends the day before") << base << before << QStringList();
    Case own = base;
    own.type = CaseType::Renewal;
    own.licenceId = 7;
    QTest::newRow("the case's own licence") << own << overlap << QStringList();
    Context travellingHere = withBaerum();
    travellingHere.licences = {licenceAt(11, LicenceKind::Travelling, QDate(2024, 10, 1), QDate(2028, 9, 30))};
    QTest::newRow("a travelling licence is another kind") << base << travellingHere << QStringList();
    Context eventHere = withBaerum();
    eventHere.licences = {licenceAt(12, LicenceKind::SingleOccasion, QDate(2026, 6, 20), QDate(2026, 6, 20))};
    QTest::newRow("a single occasion at the same premises")
        << base << eventHere << QStringList{QStringLiteral("overlap||application.premises")};
    eventHere.licences = {licenceAt(12, LicenceKind::Serving, QDate(2024, 10, 1), QDate(2028, 9, 30))};
    QTest::newRow("a single occasion at licensed premises")
        << singleOccasion(QDate(2026, 6, 20)) << eventHere << QStringList{QStringLiteral("overlap||application.premises")};

    // --- change of owner (B.3, Bærum 2.12)
    const QString law110 = QStringLiteral("alkoholloven § 1-10");
    Case transfer = base;
    transfer.type = CaseType::Transfer;
    transfer.licenceId = 7;
    transfer.transferDate = QDate(2026, 1, 31);
    transfer.transferAgreement = true;
    QTest::newRow("transfer applied for on day 30") << transfer << overlap << QStringList();
    transfer.receivedOn = QDate(2026, 3, 3);
    QTest::newRow("transfer applied for on day 31")
        << transfer << overlap << QStringList{QStringLiteral("transfer_deadline|") + law110 + QStringLiteral("|transfer_date")};
    Context longer = overlap;
    longer.rules->settings.transferApplicationDays = 31;
    QTest::newRow("day 31 with a 31-day rule") << transfer << longer << QStringList();
    transfer.receivedOn = QDate(2026, 3, 2);
    transfer.transferAgreement = false;
    QTest::newRow("transfer without agreement")
        << transfer << overlap
        << QStringList{QStringLiteral("transfer_agreement|") + law110 + QStringLiteral(", Bærum 2.12|transfer_agreement")};
    QTest::newRow("transfer without agreement, no rule set")
        << transfer << Context()
        << QStringList{QStringLiteral("transfer_agreement|") + law110 + QStringLiteral(", Bærum 2.12|transfer_agreement")};
    CaseAttachment agreement;
    agreement.name = QStringLiteral("overdragelsesavtale.pdf");
    agreement.category = QStringLiteral("transfer_agreement");
    transfer.attachments = {agreement};
    QTest::newRow("agreement as an attachment") << transfer << overlap << QStringList();

    // --- the period's latest end (B.1)
    c = base;
    c.application.validTo = QDate(2028, 10, 1);
    QTest::newRow("period one day beyond the latest end")
        << c << withBaerum() << QStringList{QStringLiteral("period_beyond_legal_end|alkoholloven § 1-6|application.valid_to")};
    c.application.validTo = QDate(2028, 9, 30);
    c.decision = decided(QDate(2026, 4, 20));
    c.decision->validFrom = QDate(2026, 5, 1);
    c.decision->validTo = QDate(2030, 4, 30);
    QTest::newRow("decided period beyond the latest end")
        << c << withBaerum() << QStringList{QStringLiteral("period_beyond_legal_end|alkoholloven § 1-6|decision.valid_to")};
    Case event = singleOccasion(QDate(2026, 6, 20), QDate(2029, 6, 20));
    QTest::newRow("single occasion: no period rule") << event << withBaerum() << QStringList();

    // --- several at once, in order
    c = base;
    c.application.manager.birthDate = QDate(2008, 1, 1);
    c.application.deputies.clear();
    c.application.premises.type = PremisesType::Shop;
    c.application.validTo = QDate(2029, 1, 1);
    QTest::newRow("several warnings in check order")
        << c << withBaerum()
        << QStringList{QStringLiteral("manager_age|") + law17c + QStringLiteral("|application.manager.birth_date"),
                       QStringLiteral("deputy_missing|") + law17c + QStringLiteral("|application.deputies"),
                       QStringLiteral("retail_opening_hours|Bærum 2.9|application.premises.type"),
                       QStringLiteral("period_beyond_legal_end|alkoholloven § 1-6|application.valid_to")};
}

void TestCaseChecks::check()
{
    QFETCH(Case, c);
    QFETCH(Context, context);
    QFETCH(QStringList, expected);
    CaseCheckContext ctx;
    ctx.today = context.today;
    ctx.rules = context.rules ? &*context.rules : nullptr;
    ctx.licences = context.licences;
    ctx.cases = context.cases;
    const QList<CaseWarning> warnings = CaseChecks::check(c, ctx);
    QStringList actual;
    for (const CaseWarning &w : warnings) {
        actual.append(describe(w));
        QVERIFY2(!w.message.isEmpty() && w.message.endsWith(QLatin1Char('.')), qPrintable(w.message));
    }
    QCOMPARE(actual, expected);
}

void TestCaseChecks::messages()
{
    CaseCheckContext ctx;
    ctx.today = QDate(2026, 3, 10);
    const rules::RuleSetVersion rules = baerum();
    ctx.rules = &rules;

    Case young = makeCase();
    young.application.manager.birthDate = QDate(2006, 3, 11);
    QList<CaseWarning> w = CaseChecks::check(young, ctx);
    QCOMPARE(w.size(), 1);
    QCOMPARE(w.first().message, QStringLiteral("Kari Nordmann is under 20 on 10.03.2026 (born 11.03.2006); managers and "
                                               "deputies must be at least 20."));

    Licence other = makeServingLicence(QStringLiteral("2024-007"));
    other.id = 7;
    ctx.licences = {other};
    w = CaseChecks::check(makeCase(), ctx);
    QCOMPARE(w.size(), 1);
    QVERIFY2(w.first().message.contains(QLatin1String("2024-007")), qPrintable(w.first().message));
    QVERIFY(w.first().message.contains(QLatin1String("30.09.2028")));

    ctx.licences.clear();
    Case may17 = makeCase(CaseType::SingleOccasion);
    may17.application.kind = LicenceKind::SingleOccasion;
    may17.application.validFrom = QDate(2026, 5, 17);
    may17.application.validTo = QDate(2026, 5, 17);
    may17.publicPlace = true;
    w = CaseChecks::check(may17, ctx);
    QCOMPARE(w.size(), 1);
    QVERIFY(w.first().message.contains(QLatin1String("17.05.2026")));
    QVERIFY(w.first().message.contains(QLatin1String("16:00")));
    QVERIFY(w.first().message.contains(QStringLiteral("Bærum 2.10: ingen skjenking")));

    Case transfer = makeCase(CaseType::Transfer);
    transfer.transferDate = QDate(2026, 1, 1);
    transfer.transferAgreement = true;
    w = CaseChecks::check(transfer, ctx);
    QCOMPARE(w.size(), 1);
    QCOMPARE(w.first().message, QStringLiteral("The application arrived on 02.03.2026, more than 30 days after the transfer "
                                               "on 01.01.2026 (deadline 31.01.2026); the new owner cannot keep operating on "
                                               "the previous licence."));
}

void TestCaseChecks::transferDates_data()
{
    QTest::addColumn<QDate>("transfer");
    QTest::addColumn<QDate>("received");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("deadline");
    QTest::addColumn<bool>("inTime");
    QTest::addColumn<QDate>("transitionEnd");

    // decisions.md 5: application within 30 days, transitional period of 3 months.
    QTest::newRow("applied the same day") << QDate(2026, 3, 1) << QDate(2026, 3, 1) << 3 << QDate(2026, 3, 31) << true
                                          << QDate(2026, 6, 1);
    QTest::newRow("applied on day 30, no 31 April: last day of the month") << QDate(2026, 1, 31) << QDate(2026, 3, 2) << 3 << QDate(2026, 3, 2) << true
                                       << QDate(2026, 4, 30);
    QTest::newRow("applied on day 31: transition ends at the deadline")
        << QDate(2026, 1, 31) << QDate(2026, 3, 3) << 3 << QDate(2026, 3, 2) << false << QDate(2026, 3, 2);
    QTest::newRow("setting: 6 months") << QDate(2026, 8, 15) << QDate(2026, 8, 20) << 6 << QDate(2026, 9, 14) << true
                                       << QDate(2027, 2, 15);
}

void TestCaseChecks::transferDates()
{
    QFETCH(QDate, transfer);
    QFETCH(QDate, received);
    QFETCH(int, months);
    Case c;
    c.type = CaseType::Transfer;
    c.transferDate = transfer;
    c.receivedOn = received;
    rules::RuleSettings settings;
    settings.transferTransitionMonths = months;
    const auto dates = CaseChecks::transferDates(c, settings);
    QVERIFY(dates.has_value());
    QTEST(dates->applicationDeadline, "deadline");
    QTEST(dates->applicationInTime, "inTime");
    QTEST(dates->transitionEnd, "transitionEnd");

    c.type = CaseType::NewLicence;
    QVERIFY(!CaseChecks::transferDates(c, settings).has_value());
    c.type = CaseType::Transfer;
    c.transferDate = QDate();
    QVERIFY(!CaseChecks::transferDates(c, settings).has_value());
}

QTEST_GUILESS_MAIN(TestCaseChecks)
#include "TestCaseChecks.moc"
