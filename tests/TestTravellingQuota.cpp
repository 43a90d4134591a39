#include "CaseTestSupport.h"
#include "cases/CaseChecks.h"

#include <QTest>

using namespace bevilling;
using namespace bevilling::test;

namespace {

Licence licence(qint64 id, LicenceKind kind, const QDate &from, const QDate &to, const QDate &endedOn = {})
{
    Licence l;
    l.id = id;
    l.number = QStringLiteral("A-%1").arg(id);
    l.kind = kind;
    l.validFrom = from;
    l.validTo = to;
    l.endedOn = endedOn;
    if (endedOn.isValid())
        l.endReason = EndReason::Surrendered;
    return l;
}

Case use(qint64 id, qint64 licenceId, const QDate &event)
{
    Case c = makeCase(CaseType::TravellingUse);
    c.id = id;
    c.licenceId = licenceId;
    c.application.kind = LicenceKind::Travelling;
    c.application.validFrom = event;
    c.application.validTo = event;
    return c;
}

// Travelling licences 1-4 valid in 2026 in different ways, and uses of licence 1 and 2.
QList<Licence> register2026()
{
    const QDate from(2024, 10, 1);
    const QDate to(2028, 9, 30);
    return {licence(1, LicenceKind::Travelling, from, to),
            licence(2, LicenceKind::Travelling, from, to),
            licence(3, LicenceKind::Travelling, from, to, QDate(2026, 2, 1)),   // ended before
            licence(4, LicenceKind::Travelling, QDate(2026, 7, 1), to),         // not yet valid
            licence(5, LicenceKind::Travelling, QDate(2020, 10, 1), QDate(2024, 9, 30)), // expired
            licence(6, LicenceKind::Serving, from, to),
            licence(7, LicenceKind::SingleOccasion, QDate(2026, 3, 10), QDate(2026, 3, 10))};
}

QList<Case> uses()
{
    QList<Case> cases = {use(1, 1, QDate(2026, 2, 14)), use(2, 1, QDate(2026, 6, 6)), use(3, 2, QDate(2026, 8, 1)),
                         use(4, 1, QDate(2025, 12, 31)), use(5, 1, QDate(2027, 1, 1))};
    Case refused = use(6, 1, QDate(2026, 9, 1));
    refused.decision = CaseDecision{};
    refused.decision->outcome = DecisionOutcome::Refused;
    Case withdrawn = use(7, 2, QDate(2026, 9, 2));
    withdrawn.status = CaseStatus::Closed;
    withdrawn.closeReason = CloseReason::Withdrawn;
    Case granted = use(8, 2, QDate(2026, 10, 3));
    granted.decision = CaseDecision{};
    granted.status = CaseStatus::Closed;
    granted.closeReason = CloseReason::Completed;
    Case other = makeCase(CaseType::SingleOccasion);
    other.id = 9;
    other.application.validFrom = QDate(2026, 5, 5);
    cases << refused << withdrawn << granted << other;
    return cases;
}

} // namespace

class TestTravellingQuota : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void count_data();
    void count();
    void usesOf_data();
    void usesOf();
};

void TestTravellingQuota::count_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("quota"); // -1: none
    QTest::addColumn<int>("created");
    QTest::addColumn<int>("usesThisYear");
    QTest::addColumn<bool>("exceeded");
    QTest::newRow("2026-03-10, quota 2") << QDate(2026, 3, 10) << 2 << 2 << 4 << false;
    QTest::newRow("2026-03-10, quota 1") << QDate(2026, 3, 10) << 1 << 2 << 4 << true;
    QTest::newRow("no quota never exceeded") << QDate(2026, 3, 10) << -1 << 2 << 4 << false;
    QTest::newRow("licence 4 from 2026-07-01") << QDate(2026, 7, 1) << 2 << 3 << 4 << true;
    QTest::newRow("licence 3 on its last day") << QDate(2026, 1, 31) << 3 << 3 << 4 << false;
    QTest::newRow("2025") << QDate(2025, 6, 1) << 20 << 3 << 1 << false;
    QTest::newRow("2027") << QDate(2027, 3, 1) << 20 << 3 << 1 << false;
}

void TestTravellingQuota::count()
{
    QFETCH(QDate, date);
    QFETCH(int, quota);
    const TravellingQuotaState state = TravellingQuota::count(
        register2026(), uses(), quota < 0 ? std::nullopt : std::optional<int>(quota), date);
    QCOMPARE(state.quota.has_value(), quota >= 0);
    QTEST(state.created, "created");
    QTEST(state.usesThisYear, "usesThisYear");
    QTEST(state.exceeded(), "exceeded");
}

void TestTravellingQuota::usesOf_data()
{
    QTest::addColumn<qint64>("licenceId");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("uses");
    QTest::newRow("licence 1 in 2026 (refused not counted)") << qint64(1) << 2026 << 2;
    QTest::newRow("licence 2 in 2026 (withdrawn not counted)") << qint64(2) << 2026 << 2;
    QTest::newRow("licence 1 in 2025") << qint64(1) << 2025 << 1;
    QTest::newRow("licence 1 in 2027") << qint64(1) << 2027 << 1;
    QTest::newRow("unused licence") << qint64(4) << 2026 << 0;
}

void TestTravellingQuota::usesOf()
{
    QFETCH(qint64, licenceId);
    QFETCH(int, year);
    QTEST(TravellingQuota::usesOf(licenceId, uses(), year), "uses");
}

QTEST_GUILESS_MAIN(TestTravellingQuota)
#include "TestTravellingQuota.moc"
