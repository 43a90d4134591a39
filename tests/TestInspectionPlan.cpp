#include "TestSupport.h"
#include "inspections/InspectionPlan.h"

#include <QTest>

using namespace bevilling;

namespace {

const QDate kToday(2026, 6, 15);

Licence licence(qint64 id, const QString &number, qint64 premisesId, const QString &premises, PremisesType type,
                LicenceKind kind = LicenceKind::Serving, int groups = Group1 | Group2 | Group3)
{
    Licence l = test::makeServingLicence(number);
    l.id = id;
    l.kind = kind;
    l.groups = groups;
    l.premises.id = premisesId;
    l.premises.name = premises;
    l.premises.type = type;
    return l;
}

Inspection inspection(const QString &number, qint64 licenceId, const QDate &date, QList<qint64> inspectors = {1, 2},
                      rules::InspectionType type = rules::InspectionType::Serving, int findings = 0)
{
    Inspection in;
    in.number = number;
    in.licenceId = licenceId;
    in.date = date;
    in.start = QTime(21, 0);
    in.end = QTime(23, 0);
    in.type = type;
    in.inspectorIds = inspectors;
    for (int i = 0; i < findings; ++i)
        in.findings.append({0, QStringLiteral("hours"), QStringLiteral("Skjenket etter kl. 02.00"), {}});
    return in;
}

// Fjordkroa (restaurant, two licences), Natt (nightclub), Butikken (shop, sales), and a licence
// ended in 2025 that does not count.
QList<Licence> fixtureLicences()
{
    Licence ended = licence(5, QStringLiteral("2024-005"), 50, QStringLiteral("Stengt Bar"), PremisesType::Bar);
    ended.endedOn = QDate(2025, 6, 1);
    ended.endReason = EndReason::Closed;
    return {licence(1, QStringLiteral("2024-001"), 10, QStringLiteral("Fjordkroa"), PremisesType::Restaurant),
            licence(2, QStringLiteral("2024-002"), 20, QStringLiteral("Natt"), PremisesType::Nightclub),
            licence(3, QStringLiteral("2024-003"), 30, QStringLiteral("Butikken"), PremisesType::Shop, LicenceKind::Sale, Group1),
            licence(4, QStringLiteral("2024-004"), 10, QStringLiteral("Fjordkroa"), PremisesType::Restaurant,
                    LicenceKind::Sale, Group1),
            ended};
}

QList<Inspection> fixtureInspections()
{
    return {inspection(QStringLiteral("K-2025-001"), 3, QDate(2025, 2, 1), {1}, rules::InspectionType::Sales),
            inspection(QStringLiteral("K-2025-002"), 1, QDate(2025, 12, 1)),
            inspection(QStringLiteral("K-2026-001"), 1, QDate(2026, 3, 1)),
            inspection(QStringLiteral("K-2026-002"), 3, QDate(2026, 4, 1), {1}, rules::InspectionType::Tobacco),
            inspection(QStringLiteral("K-2026-003"), 2, QDate(2026, 5, 1), {1}, rules::InspectionType::Serving, 1)};
}

const PlanPriority *placeNamed(const InspectionPlanResult &plan, const QString &name)
{
    for (const PlanPriority &p : plan.priority) {
        if (p.premises == name)
            return &p;
    }
    return nullptr;
}

} // namespace

class TestInspectionPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quota();
    void notInspectedAndUnderstaffed();
    void priorityOrder();
    void scores_data();
    void scores();
    void neverInspected();
    void futureInspectionIsNoVisit();
    void records();
    void badYear();
};

void TestInspectionPlan::quota()
{
    const Result<InspectionPlanResult> plan =
        InspectionPlan::build(2026, fixtureLicences(), fixtureInspections(), {{2, 2}, {3, 1}}, kToday);
    QVERIFY2(plan.ok(), qPrintable(plan.error().message));
    QCOMPARE(plan->quota.year, 2026);
    QCOMPARE(plan->quota.licences, 4); // the ended licence does not count
    QCOMPARE(plan->quota.required, 12);
    QCOMPARE(plan->quota.done, 2);     // tobacco does not count, 2025 does not count
    QVERIFY(!plan->quota.met);
    QCOMPARE(plan->quota.places.size(), 3);
}

void TestInspectionPlan::notInspectedAndUnderstaffed()
{
    const Result<InspectionPlanResult> plan =
        InspectionPlan::build(2026, fixtureLicences(), fixtureInspections(), {}, kToday);
    QVERIFY(plan.ok());
    QCOMPARE(plan->notInspected.size(), 1);
    QCOMPARE(plan->notInspected.first().name, QStringLiteral("Butikken"));
    QCOMPARE(plan->understaffed.size(), 1);
    QCOMPARE(plan->understaffed.first().number, QStringLiteral("K-2026-003"));
}

void TestInspectionPlan::priorityOrder()
{
    const Result<InspectionPlanResult> plan =
        InspectionPlan::build(2026, fixtureLicences(), fixtureInspections(), {{2, 2}, {3, 1}}, kToday);
    QVERIFY(plan.ok());
    QStringList order;
    for (const PlanPriority &p : plan->priority)
        order << p.premises;
    QCOMPARE(order, (QStringList{QStringLiteral("Natt"), QStringLiteral("Butikken"), QStringLiteral("Fjordkroa")}));
    const PlanPriority *fjordkroa = placeNamed(*plan, QStringLiteral("Fjordkroa"));
    QVERIFY(fjordkroa);
    QCOMPARE(fjordkroa->licenceNumbers, (QStringList{QStringLiteral("2024-001"), QStringLiteral("2024-004")}));
    QCOMPARE(fjordkroa->inspectionsThisYear, 1);
    QCOMPARE(fjordkroa->lastInspection, QDate(2026, 3, 1));
}

void TestInspectionPlan::scores_data()
{
    QTest::addColumn<QString>("premises");
    QTest::addColumn<int>("score");
    QTest::addColumn<int>("reasons");
    // 6 (2 earlier findings) + 3 (1 this year) + 3 (nightclub) + 2 (spirits); 45 days since: 0.
    QTest::newRow("Natt") << QStringLiteral("Natt") << 14 << 4;
    // 5 (not inspected) + 3 (1 earlier finding) + 4 (499 days since 1 Feb 2025, capped); sales: no spirits points.
    QTest::newRow("Butikken") << QStringLiteral("Butikken") << 12 << 3;
    // 2 (spirits) + 1 (106 days since 1 March).
    QTest::newRow("Fjordkroa") << QStringLiteral("Fjordkroa") << 3 << 2;
}

void TestInspectionPlan::scores()
{
    QFETCH(QString, premises);
    QFETCH(int, score);
    QFETCH(int, reasons);
    const Result<InspectionPlanResult> plan =
        InspectionPlan::build(2026, fixtureLicences(), fixtureInspections(), {{2, 2}, {3, 1}}, kToday);
    QVERIFY(plan.ok());
    const PlanPriority *p = placeNamed(*plan, premises);
    QVERIFY(p);
    QCOMPARE(p->score, score);
    QCOMPARE(p->reasons.size(), reasons);
}

void TestInspectionPlan::neverInspected()
{
    const QList<Licence> licences = {licence(1, QStringLiteral("2024-001"), 10, QStringLiteral("Baren"), PremisesType::Bar)};
    const Result<InspectionPlanResult> plan = InspectionPlan::build(2026, licences, {}, {}, kToday);
    QVERIFY(plan.ok());
    QCOMPARE(plan->priority.size(), 1);
    // 5 not inspected + 3 bar + 2 spirits + 4 never inspected.
    QCOMPARE(plan->priority.first().score, 14);
    QVERIFY(!plan->priority.first().lastInspection.isValid());
    QCOMPARE(plan->quota.required, 3);
    QCOMPARE(plan->notInspected.size(), 1);
}

void TestInspectionPlan::futureInspectionIsNoVisit()
{
    const QList<Licence> licences = {licence(1, QStringLiteral("2024-001"), 10, QStringLiteral("Kafe"), PremisesType::Cafe,
                                             LicenceKind::Serving, Group1)};
    const QList<Inspection> inspections = {inspection(QStringLiteral("K-2026-009"), 1, kToday.addDays(10))};
    const Result<InspectionPlanResult> plan = InspectionPlan::build(2026, licences, inspections, {}, kToday);
    QVERIFY(plan.ok());
    QVERIFY(!plan->priority.first().lastInspection.isValid());
    QCOMPARE(plan->priority.first().score, InspectionPlan::NeverInspectedPoints);
}

void TestInspectionPlan::records()
{
    const QList<rules::InspectionRecord> records = InspectionPlan::records(fixtureInspections(), fixtureLicences());
    QCOMPARE(records.size(), 5);
    QCOMPARE(records.at(4).id, QStringLiteral("K-2026-003"));
    QCOMPARE(records.at(4).licenceId, qint64(2));
    QCOMPARE(records.at(4).premisesId, qint64(20));
    QCOMPARE(records.at(4).inspectors, 1);
    QCOMPARE(records.at(3).type, rules::InspectionType::Tobacco);
    QCOMPARE(InspectionPlan::records(fixtureInspections()).at(4).premisesId, qint64(0));
}

void TestInspectionPlan::badYear()
{
    const Result<InspectionPlanResult> plan = InspectionPlan::build(1800, fixtureLicences(), {}, {}, kToday);
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().field, QStringLiteral("year"));
}

QTEST_GUILESS_MAIN(TestInspectionPlan)
#include "TestInspectionPlan.moc"
