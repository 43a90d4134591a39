#include "rules/Fees.h"
#include "rules/RuleSet.h"

#include <QTest>

using namespace bevilling;
using namespace bevilling::rules;

namespace {

FeeRates ratesOf(int year)
{
    return FeeRateTable::national().forYear(year).value();
}

SingleOccasionTier fixedTier(int min, std::optional<int> max, double amount)
{
    SingleOccasionTier tier;
    tier.minAttendance = min;
    tier.maxAttendance = max;
    tier.amount = amount;
    return tier;
}

SingleOccasionTier percentTier(const QString &eventType, int min, std::optional<int> max, double percent)
{
    SingleOccasionTier tier;
    tier.eventType = eventType;
    tier.minAttendance = min;
    tier.maxAttendance = max;
    tier.percentOfOrdinary = percent;
    return tier;
}

SingleOccasionTier travellingTier(const QString &eventType, int min, std::optional<int> max)
{
    SingleOccasionTier tier;
    tier.eventType = eventType;
    tier.minAttendance = min;
    tier.maxAttendance = max;
    tier.travellingRate = true;
    return tier;
}

// Bjerkreim 2024 (rules.md D.3): fixed attendance tiers; "up to 300" includes 300.
FeeRules bjerkreim2024()
{
    FeeRules rules;
    rules.singleOccasionMethod = QStringLiteral("tiers");
    SingleOccasionTier closed = fixedTier(0, std::nullopt, 440);
    closed.eventType = QStringLiteral("closed_party");
    rules.singleOccasionTiers = {closed, fixedTier(0, 150, 440), fixedTier(151, 300, 660), fixedTier(301, 500, 880),
                                 fixedTier(501, std::nullopt, 1100)};
    return rules;
}

// Bærum 2.7 (seed 000 section 5): travelling rate for voluntary, senior-centre and small cultural
// events under 600; cultural events over 600 pay the ordinary fee; other events 25/50/100 %.
// The ordinary fee is taken as the serving minimum (the base is UNCONFIRMED, rules.md D.3).
FeeRules baerum()
{
    FeeRules rules;
    rules.singleOccasionMethod = QStringLiteral("tiers");
    rules.ordinaryFeeBase = QStringLiteral("serving_minimum");
    rules.estimatedFeePercent = 50;
    rules.singleOccasionTiers = {
        travellingTier(QStringLiteral("senior_centre"), 0, 599),
        travellingTier(QStringLiteral("voluntary"), 0, 599),
        travellingTier(QStringLiteral("cultural"), 0, 599),
        percentTier(QStringLiteral("cultural"), 601, std::nullopt, 100),
        percentTier(QStringLiteral("other"), 0, 50, 25),
        percentTier(QStringLiteral("other"), 51, 599, 50),
        percentTier(QStringLiteral("other"), 600, std::nullopt, 100),
    };
    return rules;
}

} // namespace

// The fee functions beside the annual fee (rules.md D.1-D.3): true-up, estimated fee,
// single-occasion tiers and the travelling-licence cap.
class TestFeeCalculations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void trueUp_data();
    void trueUp();
    void trueUpRefusesBadLitres();
    void estimatedFee_data();
    void estimatedFee();
    void estimatedFeeFromRuleSet();
    void travellingFee_data();
    void travellingFee();
    void singleOccasion_data();
    void singleOccasion();
    void singleOccasionRefused_data();
    void singleOccasionRefused();
};

void TestFeeCalculations::trueUp_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QList<double>>("expected");
    QTest::addColumn<QList<double>>("actual");
    QTest::addColumn<double>("expectedFee");
    QTest::addColumn<double>("actualFee");
    QTest::addColumn<double>("difference");
    const int serving = int(FeeKind::Serving);
    const int sale = int(FeeKind::Sale);
    QTest::newRow("ex14: 10 000 -> 12 000 l group 2, extra 2 820") << 2023 << serving << QList<double>{0, 10000}
                                                                   << QList<double>{0, 12000} << 14100.0 << 16920.0 << 2820.0;
    QTest::newRow("refund: 12 000 expected, 10 000 sold") << 2023 << serving << QList<double>{0, 12000} << QList<double>{0, 10000}
                                                          << 16920.0 << 14100.0 << -2820.0;
    QTest::newRow("equal: nothing to settle") << 2024 << serving << QList<double>{20000, 5000, 300}
                                              << QList<double>{20000, 5000, 300} << 20326.0 << 20326.0 << 0.0;
    QTest::newRow("both under the minimum: nothing") << 2024 << serving << QList<double>{2000, 500, 50}
                                                     << QList<double>{1000, 100, 10} << 6100.0 << 6100.0 << 0.0;
    QTest::newRow("minimum expected, more sold: only above the minimum") << 2024 << serving << QList<double>{2000}
                                                                         << QList<double>{20000} << 6100.0 << 11400.0 << 5300.0;
    QTest::newRow("refund down to the minimum, not below") << 2024 << serving << QList<double>{20000}
                                                           << QList<double>{1000} << 11400.0 << 6100.0 << -5300.0;
    QTest::newRow("sales 2017: 150 000 -> 160 000 l") << 2017 << sale << QList<double>{150000} << QList<double>{160000}
                                                      << 30000.0 << 32000.0 << 2000.0;
    QTest::newRow("øre: 0.5 l group 3 more") << 2024 << serving << QList<double>{20000, 5000, 300}
                                             << QList<double>{20000, 5000, 300.5} << 20326.0 << 20328.46 << 2.46;
}

void TestFeeCalculations::trueUp()
{
    QFETCH(int, year);
    QFETCH(int, kind);
    QFETCH(QList<double>, expected);
    QFETCH(QList<double>, actual);
    QFETCH(double, expectedFee);
    QFETCH(double, actualFee);
    QFETCH(double, difference);
    const Result<TrueUp> result = Fees::trueUp(ratesOf(year), FeeKind(kind), expected, actual);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result->expected.fee, expectedFee);
    QCOMPARE(result->actual.fee, actualFee);
    QCOMPARE(result->difference, difference);
    QCOMPARE(result->isExtraCharge(), difference > 0);
    QCOMPARE(result->isRefund(), difference < 0);
}

void TestFeeCalculations::trueUpRefusesBadLitres()
{
    const Result<TrueUp> badExpected = Fees::trueUp(ratesOf(2024), FeeKind::Serving, {-1}, {100});
    QVERIFY(!badExpected.ok());
    QCOMPARE(badExpected.error().field, QStringLiteral("expected"));
    const Result<TrueUp> badActual = Fees::trueUp(ratesOf(2024), FeeKind::Sale, {100}, {1, 2, 3});
    QVERIFY(!badActual.ok());
    QCOMPARE(badActual.error().field, QStringLiteral("actual"));
}

void TestFeeCalculations::estimatedFee_data()
{
    QTest::addColumn<double>("lastYear");
    QTest::addColumn<double>("percent");
    QTest::addColumn<double>("fee");
    QTest::addColumn<QString>("errorField");
    QTest::newRow("ex15 Bærum 50 %: 20 326 -> 30 489") << 20326.0 << 50.0 << 30489.0 << QString();
    QTest::newRow("0 %: last year's fee") << 20326.0 << 0.0 << 20326.0 << QString();
    QTest::newRow("25 % rounded to øre") << 6100.01 << 25.0 << 7625.01 << QString();
    QTest::newRow("minimum last year, 50 %") << 6100.0 << 50.0 << 9150.0 << QString();
    QTest::newRow("no fee last year") << 0.0 << 50.0 << 0.0 << QString();
    QTest::newRow("negative fee refused") << -1.0 << 50.0 << 0.0 << QStringLiteral("last_year_fee");
    QTest::newRow("negative percent refused") << 20326.0 << -10.0 << 0.0 << QStringLiteral("percent");
}

void TestFeeCalculations::estimatedFee()
{
    QFETCH(double, lastYear);
    QFETCH(double, percent);
    QFETCH(double, fee);
    QFETCH(QString, errorField);
    const Result<double> result = Fees::estimatedFee(lastYear, percent);
    if (!errorField.isEmpty()) {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().field, errorField);
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(*result, fee);
}

void TestFeeCalculations::estimatedFeeFromRuleSet()
{
    const Result<double> baerumFee = Fees::estimatedFee(baerum(), 20326);
    QVERIFY2(baerumFee.ok(), qPrintable(baerumFee.error().message));
    QCOMPARE(*baerumFee, 30489.0);
    const Result<double> none = Fees::estimatedFee(FeeRules(), 20326);
    QVERIFY(!none.ok());
    QCOMPARE(none.error().field, QStringLiteral("estimated_fee_percent"));
}

void TestFeeCalculations::travellingFee_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<double>("rate"); // below 0: the rule set sets no rate
    QTest::addColumn<double>("fee");
    QTest::addColumn<bool>("capped");
    QTest::addColumn<bool>("refused");
    QTest::newRow("2024: no local rate -> the cap 440") << 2024 << -1.0 << 440.0 << false << false;
    QTest::newRow("2024: local 300 under the cap") << 2024 << 300.0 << 300.0 << false << false;
    QTest::newRow("2024: exactly the cap") << 2024 << 440.0 << 440.0 << false << false;
    QTest::newRow("2024: local 500 capped at 440") << 2024 << 500.0 << 440.0 << true << false;
    QTest::newRow("2017: cap 350") << 2017 << -1.0 << 350.0 << false << false;
    QTest::newRow("2025: cap 460") << 2025 << -1.0 << 460.0 << false << false;
    QTest::newRow("2018: cap unknown -> refused") << 2018 << -1.0 << 0.0 << false << true;
    QTest::newRow("2018: unknown cap even with a local rate") << 2018 << 300.0 << 0.0 << false << true;
}

void TestFeeCalculations::travellingFee()
{
    QFETCH(int, year);
    QFETCH(double, rate);
    QFETCH(double, fee);
    QFETCH(bool, capped);
    QFETCH(bool, refused);
    FeeRules rules;
    if (rate >= 0)
        rules.travellingRate = rate;
    const Result<TravellingFee> result = Fees::travellingFee(rules, ratesOf(year));
    if (refused) {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().field, QStringLiteral("travelling_cap"));
        QVERIFY(result.error().message.contains(QString::number(year)));
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result->fee, fee);
    QCOMPARE(result->capped, capped);
}

void TestFeeCalculations::singleOccasion_data()
{
    QTest::addColumn<QString>("rules");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("eventType");
    QTest::addColumn<int>("attendance");
    QTest::addColumn<QList<double>>("litres");
    QTest::addColumn<int>("method");
    QTest::addColumn<double>("fee");
    const int perLitre = int(SingleOccasionFee::Method::PerLitre);
    const int fixed = int(SingleOccasionFee::Method::FixedAmount);
    const int percent = int(SingleOccasionFee::Method::PercentOfOrdinary);
    const int travelling = int(SingleOccasionFee::Method::TravellingRate);
    const QList<double> none;
    // Worked example 16, Bjerkreim 2024.
    QTest::newRow("ex16 Bjerkreim 120 -> 440") << "bjerkreim" << 2024 << QString() << 120 << none << fixed << 440.0;
    QTest::newRow("Bjerkreim 150 (edge) -> 440") << "bjerkreim" << 2024 << QString() << 150 << none << fixed << 440.0;
    QTest::newRow("Bjerkreim 151 -> 660") << "bjerkreim" << 2024 << QString() << 151 << none << fixed << 660.0;
    QTest::newRow("ex16 Bjerkreim 300 (up to 300 includes 300) -> 660") << "bjerkreim" << 2024 << QString() << 300 << none << fixed << 660.0;
    QTest::newRow("ex16 Bjerkreim 450 -> 880") << "bjerkreim" << 2024 << QString() << 450 << none << fixed << 880.0;
    QTest::newRow("Bjerkreim 500 (edge) -> 880") << "bjerkreim" << 2024 << QString() << 500 << none << fixed << 880.0;
    QTest::newRow("ex16 Bjerkreim 800 -> 1 100") << "bjerkreim" << 2024 << QString() << 800 << none << fixed << 1100.0;
    QTest::newRow("Bjerkreim closed party of 400 -> 440") << "bjerkreim" << 2024 << "closed_party" << 400 << none << fixed << 440.0;
    // Worked example 16, Bærum (ordinary fee = the 2024 serving minimum 6 100).
    QTest::newRow("ex16 Bærum company party 40 -> 25 %") << "baerum" << 2024 << "other" << 40 << none << percent << 1525.0;
    QTest::newRow("Bærum other 50 (edge) -> 25 %") << "baerum" << 2024 << "other" << 50 << none << percent << 1525.0;
    QTest::newRow("Bærum other 51 -> 50 %") << "baerum" << 2024 << "other" << 51 << none << percent << 3050.0;
    QTest::newRow("ex16 Bærum commercial 300 -> 50 %") << "baerum" << 2024 << "other" << 300 << none << percent << 3050.0;
    QTest::newRow("Bærum other 600 -> 100 %") << "baerum" << 2024 << "other" << 600 << none << percent << 6100.0;
    QTest::newRow("ex16 Bærum 800 -> 100 %") << "baerum" << 2024 << "other" << 800 << none << percent << 6100.0;
    QTest::newRow("ex16 Bærum voluntary 200 -> travelling rate") << "baerum" << 2024 << "voluntary" << 200 << none << travelling << 440.0;
    QTest::newRow("Bærum senior centre 599, 2025 -> 460") << "baerum" << 2025 << "senior_centre" << 599 << none << travelling << 460.0;
    QTest::newRow("Bærum cultural 601 -> ordinary fee") << "baerum" << 2024 << "cultural" << 601 << none << percent << 6100.0;
    QTest::newRow("Bærum, 2017 ordinary fee 4 900 -> 50 %") << "baerum" << 2017 << "other" << 300 << none << percent << 2450.0;
    // decisions.md 8: the national preset charges per litre with the serving minimum.
    QTest::newRow("national: no litres -> serving minimum") << "national" << 2024 << QString() << 500 << none << perLitre << 6100.0;
    QTest::newRow("national: small event under the minimum") << "national" << 2024 << QString() << 80
                                                             << QList<double>{200, 100, 10} << perLitre << 6100.0;
    QTest::newRow("national: big event above the minimum") << "national" << 2024 << QString() << 5000
                                                           << QList<double>{20000, 5000, 300} << perLitre << 20326.0;
    QTest::newRow("national 2020 minimum 5 300") << "national" << 2020 << QString() << 100 << none << perLitre << 5300.0;
}

void TestFeeCalculations::singleOccasion()
{
    QFETCH(QString, rules);
    QFETCH(int, year);
    QFETCH(QString, eventType);
    QFETCH(int, attendance);
    QFETCH(QList<double>, litres);
    QFETCH(int, method);
    QFETCH(double, fee);
    const FeeRules feeRules = rules == QLatin1String("bjerkreim") ? bjerkreim2024()
                            : rules == QLatin1String("baerum")    ? baerum()
                                                                  : FeeRules();
    const Result<SingleOccasionFee> result =
        Fees::singleOccasionFee(feeRules, ratesOf(year), SingleOccasionQuery{attendance, eventType, litres});
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(int(result->method), method);
    QCOMPARE(result->fee, fee);
}

void TestFeeCalculations::singleOccasionRefused_data()
{
    QTest::addColumn<QString>("rules");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("eventType");
    QTest::addColumn<int>("attendance");
    QTest::addColumn<QList<double>>("litres");
    QTest::addColumn<QString>("field");
    QTest::newRow("Bærum: exactly 600 at a cultural event is not covered") << "baerum" << 2024 << "cultural" << 600
                                                                           << QList<double>() << "attendance";
    QTest::newRow("Bærum: unknown event type") << "baerum" << 2024 << "wedding" << 100 << QList<double>() << "attendance";
    QTest::newRow("negative attendance") << "bjerkreim" << 2024 << QString() << -1 << QList<double>() << "attendance";
    QTest::newRow("travelling rate in 2018: cap unknown") << "baerum" << 2018 << "voluntary" << 100 << QList<double>()
                                                          << "travelling_cap";
    QTest::newRow("national: negative litres") << "national" << 2024 << QString() << 100 << QList<double>{-5} << "litres";
    QTest::newRow("unknown method") << "unknown" << 2024 << QString() << 100 << QList<double>() << "single_occasion_method";
}

void TestFeeCalculations::singleOccasionRefused()
{
    QFETCH(QString, rules);
    QFETCH(int, year);
    QFETCH(QString, eventType);
    QFETCH(int, attendance);
    QFETCH(QList<double>, litres);
    QFETCH(QString, field);
    FeeRules feeRules = rules == QLatin1String("bjerkreim") ? bjerkreim2024()
                      : rules == QLatin1String("baerum")    ? baerum()
                                                            : FeeRules();
    if (rules == QLatin1String("unknown"))
        feeRules.singleOccasionMethod = QStringLiteral("lottery");
    const Result<SingleOccasionFee> result =
        Fees::singleOccasionFee(feeRules, ratesOf(year), SingleOccasionQuery{attendance, eventType, litres});
    QVERIFY(!result.ok());
    QCOMPARE(result.error().field, field);
    QVERIFY(!result.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestFeeCalculations)
#include "TestFeeCalculations.moc"
