#include "TestSupport.h"
#include "domain/LicenceFilter.h"

#include <QTest>

using namespace bevilling;

class TestLicenceFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void text_data();
    void text();
    void kindStatusGroupsPeriod();
    void status_data();
    void status();
};

void TestLicenceFilter::text_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches");
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("licensee, case-insensitive") << QStringLiteral("fjordkroa as") << true;
    QTest::newRow("premises part") << QStringLiteral("kroa") << true;
    QTest::newRow("address word") << QStringLiteral("sandviksveien") << true;
    QTest::newRow("postal place") << QStringLiteral("SANDVIKA") << true;
    QTest::newRow("org number plain") << QStringLiteral("923609016") << true;
    QTest::newRow("org number with spaces") << QStringLiteral("923 609") << true;
    QTest::newRow("manager") << QStringLiteral("kari") << true;
    QTest::newRow("deputy") << QStringLiteral("hansen") << true;
    QTest::newRow("licence number") << QStringLiteral("2024-001") << true;
    QTest::newRow("all words must match") << QStringLiteral("kari hansen") << true;
    QTest::newRow("one word missing") << QStringLiteral("kari bergen") << false;
    QTest::newRow("no match") << QStringLiteral("bislett") << false;
}

void TestLicenceFilter::text()
{
    QFETCH(QString, text);
    QFETCH(bool, matches);
    LicenceFilter filter;
    filter.text = text;
    QCOMPARE(filter.matches(test::makeServingLicence(), QDate(2025, 1, 1)), matches);
}

void TestLicenceFilter::kindStatusGroupsPeriod()
{
    const Licence licence = test::makeServingLicence();
    const QDate today(2025, 1, 1);
    LicenceFilter filter;
    QVERIFY(filter.isEmpty());
    filter.kind = LicenceKind::Serving;
    QVERIFY(filter.matches(licence, today));
    filter.kind = LicenceKind::Sale;
    QVERIFY(!filter.matches(licence, today));
    filter.kind.reset();

    filter.groups = Group1 | Group2 | Group3;
    QVERIFY(filter.matches(licence, today));
    filter.groups = Group1 | Group2;
    QVERIFY2(!filter.matches(licence, today), "group filter is exact coverage");
    filter.groups = 0;

    filter.periodFrom = QDate(2028, 9, 30); // last day of the licence: overlaps
    QVERIFY(filter.matches(licence, today));
    filter.periodFrom = QDate(2028, 10, 1);
    QVERIFY(!filter.matches(licence, today));
    filter.periodFrom = QDate();
    filter.periodTo = QDate(2024, 10, 1); // first day: overlaps
    QVERIFY(filter.matches(licence, today));
    filter.periodTo = QDate(2024, 9, 30);
    QVERIFY(!filter.matches(licence, today));
}

void TestLicenceFilter::status_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("endedOn");
    QTest::addColumn<int>("status");
    QTest::newRow("day before start") << QDate(2024, 9, 30) << QDate() << int(LicenceStatus::Pending);
    QTest::newRow("first day") << QDate(2024, 10, 1) << QDate() << int(LicenceStatus::Active);
    QTest::newRow("last day") << QDate(2028, 9, 30) << QDate() << int(LicenceStatus::Active);
    QTest::newRow("day after last") << QDate(2028, 10, 1) << QDate() << int(LicenceStatus::Expired);
    QTest::newRow("day before end date") << QDate(2025, 5, 31) << QDate(2025, 6, 1) << int(LicenceStatus::Active);
    QTest::newRow("on end date") << QDate(2025, 6, 1) << QDate(2025, 6, 1) << int(LicenceStatus::Ended);
    QTest::newRow("ended, after period") << QDate(2029, 1, 1) << QDate(2025, 6, 1) << int(LicenceStatus::Ended);
}

void TestLicenceFilter::status()
{
    QFETCH(QDate, today);
    QFETCH(QDate, endedOn);
    QFETCH(int, status);
    Licence licence = test::makeServingLicence();
    licence.endedOn = endedOn;
    if (endedOn.isValid())
        licence.endReason = EndReason::Surrendered;
    QCOMPARE(int(licence.statusOn(today)), status);
    LicenceFilter filter;
    filter.status = LicenceStatus(status);
    QVERIFY(filter.matches(licence, today));
}

QTEST_GUILESS_MAIN(TestLicenceFilter)
#include "TestLicenceFilter.moc"
