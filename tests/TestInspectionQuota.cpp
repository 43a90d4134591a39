#include "rules/InspectionQuota.h"

#include <QTest>

using namespace bevilling;
using namespace bevilling::rules;

namespace {

Licence licence(qint64 id, LicenceKind kind, const QDate &from, const QDate &to, qint64 premisesId = 0)
{
    Licence l;
    l.id = id;
    l.number = QStringLiteral("2024-%1").arg(id, 3, 10, QLatin1Char('0'));
    l.kind = kind;
    l.premises.id = premisesId ? premisesId : id;
    l.premises.name = QStringLiteral("Sted %1").arg(l.premises.id);
    l.validFrom = from;
    l.validTo = to;
    return l;
}

InspectionRecord inspection(const QDate &date, qint64 premisesId, InspectionType type, int inspectors = 2)
{
    InspectionRecord r;
    r.id = QStringLiteral("K-%1-%2").arg(premisesId).arg(date.toString(Qt::ISODate));
    r.date = date;
    r.premisesId = premisesId;
    r.type = type;
    r.inspectors = inspectors;
    return r;
}

// A register like Røros's (worked example 20): `serving` serving and `sales` sales licences in
// force the whole year, each at its own place, and the inspections spread over the places in turn.
struct Register
{
    QList<Licence> licences;
    QList<InspectionRecord> inspections;
};

Register rorosRegister(int year, int serving, int sales, int servingInspections, int salesInspections)
{
    Register r;
    const QDate from(2016, 10, 1);
    const QDate to(2020, 9, 30);
    for (int i = 1; i <= serving; ++i)
        r.licences.append(licence(i, LicenceKind::Serving, from, to));
    for (int i = 1; i <= sales; ++i)
        r.licences.append(licence(serving + i, LicenceKind::Sale, from, to));
    for (int n = 0; n < servingInspections; ++n)
        r.inspections.append(inspection(QDate(year, 1, 1).addDays(n % 365), 1 + n % serving, InspectionType::Serving));
    for (int n = 0; n < salesInspections; ++n)
        r.inspections.append(inspection(QDate(year, 1, 1).addDays(n % 365), serving + 1 + n % sales, InspectionType::Sales, 1));
    return r;
}

} // namespace

// The yearly inspection quota (rules.md F, decisions.md 7).
class TestInspectionQuota : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roros_data();
    void roros();
    void inForceDuring_data();
    void inForceDuring();
    void countsOrdinaryLicencesByDefault();
    void placesWithoutInspection();
    void inspectionsOfOtherYearsAndTobaccoDoNotCount();
    void servingInspectionsNeedTwoInspectors();
    void refused_data();
    void refused();
};

void TestInspectionQuota::roros_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("serving");
    QTest::addColumn<int>("sales");
    QTest::addColumn<int>("servingInspections");
    QTest::addColumn<int>("salesInspections");
    QTest::addColumn<int>("required");
    QTest::addColumn<bool>("met");
    QTest::addColumn<double>("perLicence");
    QTest::newRow("ex20 2019: 38 licences, 103 + 24 = 127 >= 114") << 2019 << 31 << 7 << 103 << 24 << 114 << true << 3.34;
    QTest::newRow("ex20 2017: 37 licences, 118 >= 111") << 2017 << 30 << 7 << 95 << 23 << 111 << true << 3.19;
    QTest::newRow("ex20 2018: 38 licences, 121 >= 114") << 2018 << 31 << 7 << 98 << 23 << 114 << true << 3.18;
    QTest::newRow("exactly 3 x licences is met") << 2019 << 31 << 7 << 90 << 24 << 114 << true << 3.0;
    QTest::newRow("one short is not met") << 2019 << 31 << 7 << 89 << 24 << 114 << false << 2.97;
}

void TestInspectionQuota::roros()
{
    QFETCH(int, year);
    QFETCH(int, serving);
    QFETCH(int, sales);
    QFETCH(int, servingInspections);
    QFETCH(int, salesInspections);
    QFETCH(int, required);
    QFETCH(bool, met);
    QFETCH(double, perLicence);
    const Register r = rorosRegister(year, serving, sales, servingInspections, salesInspections);
    const Result<QuotaResult> result = InspectionQuota::evaluate(year, r.licences, r.inspections);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result->year, year);
    QCOMPARE(result->licences, serving + sales);
    QCOMPARE(result->required, required);
    QCOMPARE(result->done, servingInspections + salesInspections);
    QCOMPARE(result->met, met);
    QCOMPARE(qRound(result->perLicence * 100) / 100.0, perLicence);
    QCOMPARE(result->places.size(), serving + sales);
    QVERIFY(result->notInspected.isEmpty());
    QVERIFY(result->understaffed.isEmpty());
}

void TestInspectionQuota::inForceDuring_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QDate>("ended");
    QTest::addColumn<bool>("inForce");
    const QDate none;
    QTest::newRow("the whole period") << QDate(2024, 10, 1) << QDate(2028, 9, 30) << none << true;
    QTest::newRow("expired the year before") << QDate(2020, 10, 1) << QDate(2024, 9, 30) << none << false;
    QTest::newRow("expires on 1 January") << QDate(2021, 1, 1) << QDate(2025, 1, 1) << none << true;
    QTest::newRow("granted on 31 December") << QDate(2025, 12, 31) << QDate(2028, 9, 30) << none << true;
    QTest::newRow("granted the next year") << QDate(2026, 1, 1) << QDate(2028, 9, 30) << none << false;
    QTest::newRow("seasonal, summer") << QDate(2025, 5, 1) << QDate(2025, 8, 31) << none << true;
    QTest::newRow("ended on 1 January") << QDate(2024, 10, 1) << QDate(2028, 9, 30) << QDate(2025, 1, 1) << false;
    QTest::newRow("ended on 2 January") << QDate(2024, 10, 1) << QDate(2028, 9, 30) << QDate(2025, 1, 2) << true;
    QTest::newRow("ended the year before") << QDate(2024, 10, 1) << QDate(2028, 9, 30) << QDate(2024, 12, 1) << false;
    QTest::newRow("no start date") << none << QDate(2028, 9, 30) << none << false;
    QTest::newRow("no end date") << QDate(2024, 10, 1) << none << none << true;
}

void TestInspectionQuota::inForceDuring()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QDate, ended);
    QFETCH(bool, inForce);
    Licence l = licence(1, LicenceKind::Serving, from, to);
    l.endedOn = ended;
    QCOMPARE(InspectionQuota::inForceDuring(l, 2025), inForce);
}

void TestInspectionQuota::countsOrdinaryLicencesByDefault()
{
    const QDate from(2024, 10, 1);
    const QDate to(2028, 9, 30);
    const QList<Licence> licences = {
        licence(1, LicenceKind::Serving, from, to),
        licence(2, LicenceKind::Sale, from, to),
        licence(3, LicenceKind::Serving, QDate(2025, 5, 1), QDate(2025, 8, 31)), // seasonal
        licence(4, LicenceKind::SingleOccasion, QDate(2025, 6, 14), QDate(2025, 6, 14)),
        licence(5, LicenceKind::Travelling, QDate(2025, 3, 1), QDate(2025, 3, 1)),
        licence(6, LicenceKind::Serving, QDate(2020, 10, 1), QDate(2024, 9, 30)), // expired
    };
    const Result<QuotaResult> ordinary = InspectionQuota::evaluate(2025, licences, {});
    QVERIFY(ordinary.ok());
    QCOMPARE(ordinary->licences, 3);
    QCOMPARE(ordinary->required, 9);
    QCOMPARE(ordinary->places.size(), 3);
    QVERIFY(!ordinary->met);

    QuotaSettings all;
    all.countOrdinaryOnly = false;
    const Result<QuotaResult> every = InspectionQuota::evaluate(2025, licences, {}, all);
    QVERIFY(every.ok());
    QCOMPARE(every->licences, 5);
    QCOMPARE(every->required, 15);
}

void TestInspectionQuota::placesWithoutInspection()
{
    const QDate from(2024, 10, 1);
    const QDate to(2028, 9, 30);
    // Two licences at place 10 (one place), one at 20, one at 30 and one with an unknown place.
    Licence unknownPlace = licence(5, LicenceKind::Serving, from, to);
    unknownPlace.premises.id = 0;
    const QList<Licence> licences = {
        licence(1, LicenceKind::Serving, from, to, 10),
        licence(2, LicenceKind::Sale, from, to, 10),
        licence(3, LicenceKind::Serving, from, to, 20),
        licence(4, LicenceKind::Sale, from, to, 30),
        unknownPlace,
    };
    InspectionRecord byLicence = inspection(QDate(2025, 3, 7), 0, InspectionType::Serving);
    byLicence.licenceId = 5;
    const QList<InspectionRecord> inspections = {
        inspection(QDate(2025, 3, 7), 10, InspectionType::Serving),
        inspection(QDate(2025, 4, 7), 10, InspectionType::InternalControl),
        byLicence,
        inspection(QDate(2024, 12, 31), 20, InspectionType::Serving), // last year
        inspection(QDate(2025, 5, 2), 30, InspectionType::Tobacco),   // not an alcohol inspection
    };
    const Result<QuotaResult> result = InspectionQuota::evaluate(2025, licences, inspections);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result->licences, 5);
    QCOMPARE(result->places.size(), 4);
    QCOMPARE(result->places.at(0).licenceIds, QList<qint64>({1, 2}));
    QCOMPARE(result->places.at(0).inspections, 2);
    QCOMPARE(result->places.at(3).inspections, 1);
    QCOMPARE(result->done, 3);
    QCOMPARE(result->notInspected.size(), 2);
    QCOMPARE(result->notInspected.at(0).premisesId, qint64(20));
    QCOMPARE(result->notInspected.at(1).premisesId, qint64(30));
    QCOMPARE(result->notInspected.at(1).licenceNumbers, QStringList{QStringLiteral("2024-004")});
}

void TestInspectionQuota::inspectionsOfOtherYearsAndTobaccoDoNotCount()
{
    const QList<Licence> licences = {licence(1, LicenceKind::Serving, QDate(2024, 10, 1), QDate(2028, 9, 30))};
    const QList<InspectionRecord> inspections = {
        inspection(QDate(2025, 1, 1), 1, InspectionType::Serving),
        inspection(QDate(2025, 12, 31), 1, InspectionType::Event),
        inspection(QDate(2025, 6, 1), 1, InspectionType::Tobacco),
        inspection(QDate(2024, 12, 31), 1, InspectionType::Serving),
        inspection(QDate(2026, 1, 1), 1, InspectionType::Serving),
    };
    const Result<QuotaResult> result = InspectionQuota::evaluate(2025, licences, inspections);
    QVERIFY(result.ok());
    QCOMPARE(result->done, 2);
    QCOMPARE(result->required, 3);
    QVERIFY(!result->met);
}

void TestInspectionQuota::servingInspectionsNeedTwoInspectors()
{
    const QDate from(2024, 10, 1);
    const QDate to(2028, 9, 30);
    const QList<Licence> licences = {licence(1, LicenceKind::Serving, from, to), licence(2, LicenceKind::Sale, from, to)};
    const QList<InspectionRecord> inspections = {
        inspection(QDate(2025, 3, 7), 1, InspectionType::Serving, 2),
        inspection(QDate(2025, 3, 8), 1, InspectionType::Serving, 1), // too few
        inspection(QDate(2025, 3, 9), 1, InspectionType::Serving, 3),
        inspection(QDate(2025, 3, 10), 2, InspectionType::Sales, 1),   // one is enough
        inspection(QDate(2025, 3, 11), 1, InspectionType::InternalControl, 1),
        inspection(QDate(2024, 3, 8), 1, InspectionType::Serving, 1),  // another year
    };
    const Result<QuotaResult> result = InspectionQuota::evaluate(2025, licences, inspections);
    QVERIFY(result.ok());
    QCOMPARE(result->understaffed.size(), 1);
    QCOMPARE(result->understaffed.at(0).date, QDate(2025, 3, 8));
    QCOMPARE(result->done, 5);
}

void TestInspectionQuota::refused_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("inspectors");
    QTest::addColumn<QString>("field");
    QTest::newRow("no inspectors") << 2025 << QDate(2025, 3, 7) << 0 << QStringLiteral("inspections[0].inspectors");
    QTest::newRow("no date") << 2025 << QDate() << 2 << QStringLiteral("inspections[0].date");
    QTest::newRow("year out of range") << 1899 << QDate(2025, 3, 7) << 2 << QStringLiteral("year");
}

void TestInspectionQuota::refused()
{
    QFETCH(int, year);
    QFETCH(QDate, date);
    QFETCH(int, inspectors);
    QFETCH(QString, field);
    InspectionRecord r = inspection(date, 1, InspectionType::Serving, inspectors);
    const Result<QuotaResult> result = InspectionQuota::evaluate(year, {}, {r});
    QVERIFY(!result.ok());
    QCOMPARE(result.error().field, field);
}

QTEST_GUILESS_MAIN(TestInspectionQuota)
#include "TestInspectionQuota.moc"
