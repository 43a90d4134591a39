#include "rules/LicencePeriod.h"

#include <QTest>

using namespace bevilling::rules;

class TestLicencePeriod : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void latestEnd_data();
    void latestEnd();
    void continuedEnd_data();
    void continuedEnd();
    void commonPeriod_data();
    void commonPeriod();
};

void TestLicencePeriod::latestEnd_data()
{
    QTest::addColumn<QDate>("granted");
    QTest::addColumn<int>("reading");
    QTest::addColumn<QDate>("end");
    const int fixed = int(LicencePeriod::Reading::FixedBoundary);
    const int next = int(LicencePeriod::Reading::NextCouncil);
    // Worked examples 1-3 (rules.md).
    QTest::newRow("ex1 granted 2025-03-10") << QDate(2025, 3, 10) << fixed << QDate(2028, 9, 30);
    QTest::newRow("ex2 granted 2024-10-01, both limits coincide") << QDate(2024, 10, 1) << fixed << QDate(2028, 9, 30);
    QTest::newRow("ex3 granted 2024-02-15, fixed boundary") << QDate(2024, 2, 15) << fixed << QDate(2024, 9, 30);
    QTest::newRow("ex3 granted 2024-02-15, next council") << QDate(2024, 2, 15) << next << QDate(2028, 2, 14);
    // Boundaries.
    QTest::newRow("granted on the boundary day") << QDate(2024, 9, 30) << fixed << QDate(2024, 9, 30);
    QTest::newRow("granted the day after the boundary") << QDate(2024, 10, 1) << next << QDate(2028, 9, 30);
    QTest::newRow("granted on the last day of 2028 period") << QDate(2028, 9, 30) << fixed << QDate(2028, 9, 30);
    QTest::newRow("granted 2028-10-01") << QDate(2028, 10, 1) << fixed << QDate(2032, 9, 30);
    QTest::newRow("granted 2020-10-01 (Bærum period)") << QDate(2020, 10, 1) << fixed << QDate(2024, 9, 30);
    QTest::newRow("next council: after election, new council in office") << QDate(2023, 10, 15) << next << QDate(2027, 10, 14);
    QTest::newRow("next council: before new council takes office") << QDate(2023, 9, 1) << next << QDate(2024, 9, 30);
    QTest::newRow("next council: mid-period grant unchanged") << QDate(2025, 3, 10) << next << QDate(2028, 9, 30);
    QTest::newRow("leap day grant") << QDate(2024, 2, 29) << fixed << QDate(2024, 9, 30);
    QTest::newRow("next council: leap day grant") << QDate(2024, 2, 29) << next << QDate(2028, 2, 28);
    // Before 2016 the boundary day was 30 June.
    QTest::newRow("granted 2012-06-30, old boundary day") << QDate(2012, 6, 30) << fixed << QDate(2012, 6, 30);
    QTest::newRow("granted 2012-07-01 runs to the 2016 boundary") << QDate(2012, 7, 1) << fixed << QDate(2016, 6, 30);
}

void TestLicencePeriod::latestEnd()
{
    QFETCH(QDate, granted);
    QFETCH(int, reading);
    QFETCH(QDate, end);
    QCOMPARE(LicencePeriod::latestEnd(granted, LicencePeriod::Reading(reading)), end);
}

void TestLicencePeriod::continuedEnd_data()
{
    QTest::addColumn<QDate>("current");
    QTest::addColumn<QDate>("continued");
    QTest::newRow("from 2024 boundary") << QDate(2024, 9, 30) << QDate(2028, 9, 30);
    QTest::newRow("ex3 continuation") << QDate(2024, 9, 30) << QDate(2028, 9, 30);
    QTest::newRow("shorter licence ends mid-period") << QDate(2026, 6, 30) << QDate(2028, 9, 30);
}

void TestLicencePeriod::continuedEnd()
{
    QFETCH(QDate, current);
    QFETCH(QDate, continued);
    QCOMPARE(LicencePeriod::continuedEnd(current), continued);
}

void TestLicencePeriod::commonPeriod_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::newRow("2025-03-10") << QDate(2025, 3, 10) << QDate(2024, 10, 1) << QDate(2028, 9, 30);
    QTest::newRow("first day of period") << QDate(2024, 10, 1) << QDate(2024, 10, 1) << QDate(2028, 9, 30);
    QTest::newRow("last day of period") << QDate(2024, 9, 30) << QDate(2020, 10, 1) << QDate(2024, 9, 30);
    QTest::newRow("Tromsø 2012 period") << QDate(2013, 1, 1) << QDate(2012, 7, 1) << QDate(2016, 9, 30);
}

void TestLicencePeriod::commonPeriod()
{
    QFETCH(QDate, date);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QCOMPARE(LicencePeriod::periodStart(date), start);
    QCOMPARE(LicencePeriod::periodEnd(date), end);
}

QTEST_GUILESS_MAIN(TestLicencePeriod)
#include "TestLicencePeriod.moc"
