#include "RuleSetTestSupport.h"
#include "rules/RuleSet.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace bevilling;
using namespace bevilling::rules;
using namespace bevilling::test;

namespace {

QJsonObject presetFile(const QString &name)
{
    QFile file(QStringLiteral(BEVILLING_SOURCE_DIR "/resources/rules/") + name + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read preset %s", qPrintable(name));
    return jsonObject(file.readAll());
}

// A full document exercising every optional field.
QByteArray everyField()
{
    RuleSetParts p;
    p.settings = R"({"period_reading": "next_council", "prikker_used_by_suspension": false,
                     "transfer_transition_months": 2, "transfer_application_days": 14,
                     "quota_counts_ordinary_only": false, "turnover_report_deadline": "03-01",
                     "single_occasion_lead_days": 21, "travelling_licence_quota": 5, "zones": ["harbour"]})";
    p.sales = R"({"weekday": {"open": "09:00", "close": "20:00"}, "before_holiday": {"open": "09:00", "close": "18:00"},
                  "days": [{"day": "easter_saturday", "close": "16:00", "note": "Påskeaften"}, {"day": "12-31"}]})";
    p.rules = R"([{"groups": [1, 2], "start": "08:00", "end": "02:00", "note": "inne"},
                  {"groups": [3], "start": "13:00", "end": "24:00"},
                  {"groups": [1, 2, 3], "area": "outdoor", "zone": "harbour", "days": ["fri", "sat", "before_holiday"],
                   "season": {"from": "05-01", "to": "08-31"}, "start": "13:00", "end": "00:30", "note": "brygga"}])";
    p.specialDays = R"([{"day": "may_17", "zone": "harbour", "not_before": "16:00", "not_after": "23:00", "note": "17. mai"}])";
    p.consumptionMinutes = "20";
    p.fees = R"({"single_occasion_method": "tiers",
                 "single_occasion_tiers": [{"event_type": "closed_party", "min_attendance": 0, "amount": 440},
                                           {"min_attendance": 0, "max_attendance": 150, "amount": 440.5},
                                           {"min_attendance": 151, "percent_of_ordinary": 50, "note": "n"},
                                           {"min_attendance": 1000, "travelling_rate": true}],
                 "ordinary_fee_base": "amount", "ordinary_fee_amount": 5300, "travelling_rate": 400,
                 "estimated_fee_percent": 50})";
    return ruleSetJson(p);
}

} // namespace

class TestRuleSet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void presetNames();
    void presetRoundTrip_data();
    void presetRoundTrip();
    void everyFieldRoundTrip();
    void midnightNormalised();
    void nationalPreset();
    void baerumPreset();
    void baerumTiers_data();
    void baerumTiers();
    void versionOn_data();
    void versionOn();
    void seasonContains_data();
    void seasonContains();
    void malformed_data();
    void malformed();
    void load_data();
    void load();
    void documentedExample();
};

void TestRuleSet::presetNames()
{
    QCOMPARE(RuleSets::presetNames(),
             (QStringList{QStringLiteral("national"), QStringLiteral("national-default"), QStringLiteral("baerum-2020")}));
}

void TestRuleSet::presetRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : RuleSets::presetNames())
        QTest::newRow(name.toUtf8().constData()) << name;
}

void TestRuleSet::presetRoundTrip()
{
    QFETCH(QString, name);
    const RuleSet ruleSet = presetRuleSet(name);
    QCOMPARE(ruleSet.name, name);
    const QJsonObject written = RuleSets::toJson(ruleSet);
    // The shipped file is written in the canonical form: every field, as toJson writes it.
    QCOMPARE(written, presetFile(name));
    const Result<RuleSet> again = RuleSets::fromJson(written);
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    QCOMPARE(RuleSets::toJson(again.value()), written);
    // Through text as well.
    const QJsonObject reread = jsonObject(QJsonDocument(written).toJson());
    QCOMPARE(RuleSets::toJson(validRuleSet(QJsonDocument(reread).toJson())), written);
}

void TestRuleSet::everyFieldRoundTrip()
{
    const RuleSet ruleSet = validRuleSet(everyField());
    const QJsonObject once = RuleSets::toJson(ruleSet);
    const QJsonObject twice = RuleSets::toJson(validRuleSet(QJsonDocument(once).toJson()));
    QCOMPARE(twice, once);

    const RuleSetVersion &v = ruleSet.versions.first();
    QCOMPARE(v.settings.periodReading, LicencePeriod::Reading::NextCouncil);
    QCOMPARE(v.settings.prikkerUsedBySuspension, false);
    QCOMPARE(v.settings.transferTransitionMonths, 2);
    QCOMPARE(v.settings.transferApplicationDays, 14);
    QCOMPARE(v.settings.quotaCountsOrdinaryOnly, false);
    QVERIFY(v.settings.turnoverReportDeadline && *v.settings.turnoverReportDeadline == (MonthDay{3, 1}));
    QCOMPARE(v.settings.singleOccasionLeadDays, std::optional<int>(21));
    QCOMPARE(v.settings.travellingLicenceQuota, std::optional<int>(5));
    QCOMPARE(v.settings.zones, QStringList{QStringLiteral("harbour")});
    QCOMPARE(v.sales.weekdayOpen, QTime(9, 0));
    QCOMPARE(v.sales.days.size(), 2);
    QCOMPARE(v.sales.days.at(0).close, std::optional<QTime>(QTime(16, 0)));
    QVERIFY(!v.sales.days.at(1).close);
    const ServingRule &harbour = v.serving.rules.at(2);
    QCOMPARE(harbour.groups, (QList<int>{1, 2, 3}));
    QCOMPARE(harbour.area, std::optional<Area>(Area::Outdoor));
    QCOMPARE(harbour.zone, QStringLiteral("harbour"));
    QCOMPARE(harbour.days, (QStringList{QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("before_holiday")}));
    QVERIFY(harbour.season && harbour.season->from == (MonthDay{5, 1}) && harbour.season->to == (MonthDay{8, 31}));
    QCOMPARE(harbour.end, QTime(0, 30));
    QCOMPARE(v.serving.specialDays.at(0).notAfter, std::optional<QTime>(QTime(23, 0)));
    QCOMPARE(v.serving.consumptionMinutes, 20);
    QCOMPARE(v.fees.singleOccasionMethod, QStringLiteral("tiers"));
    QCOMPARE(v.fees.singleOccasionTiers.size(), 4);
    QCOMPARE(v.fees.singleOccasionTiers.at(1).amount, std::optional<double>(440.5));
    QCOMPARE(v.fees.singleOccasionTiers.at(1).maxAttendance, std::optional<int>(150));
    QCOMPARE(v.fees.singleOccasionTiers.at(2).percentOfOrdinary, std::optional<double>(50));
    QVERIFY(v.fees.singleOccasionTiers.at(3).travellingRate);
    QCOMPARE(v.fees.ordinaryFeeBase, QStringLiteral("amount"));
    QCOMPARE(v.fees.ordinaryFeeAmount, std::optional<double>(5300));
    QCOMPARE(v.fees.travellingRate, std::optional<double>(400));
    QCOMPARE(v.fees.estimatedFeePercent, std::optional<double>(50));
}

void TestRuleSet::midnightNormalised()
{
    const RuleSet ruleSet = validRuleSet(everyField());
    QCOMPARE(ruleSet.versions.first().serving.rules.at(1).end, QTime(0, 0));
    const QJsonObject written = RuleSets::toJson(ruleSet);
    const QJsonObject rule = written.value(QStringLiteral("versions")).toArray().at(0).toObject()
                                 .value(QStringLiteral("serving")).toObject()
                                 .value(QStringLiteral("rules")).toArray().at(1).toObject();
    QCOMPARE(rule.value(QStringLiteral("end")).toString(), QStringLiteral("00:00"));
}

void TestRuleSet::nationalPreset()
{
    const RuleSet ruleSet = presetRuleSet(QStringLiteral("national"));
    QCOMPARE(ruleSet.versions.size(), 1);
    const RuleSetVersion &v = ruleSet.versions.first();
    // decisions.md 1, 3, 5, 7, 8, 9.
    QCOMPARE(v.settings.periodReading, LicencePeriod::Reading::FixedBoundary);
    QVERIFY(v.settings.prikkerUsedBySuspension);
    QCOMPARE(v.settings.transferTransitionMonths, 3);
    QCOMPARE(v.settings.transferApplicationDays, 30);
    QVERIFY(v.settings.quotaCountsOrdinaryOnly);
    QCOMPARE(v.fees.singleOccasionMethod, QStringLiteral("per_litre"));
    QCOMPARE(v.fees.ordinaryFeeBase, QStringLiteral("serving_minimum"));
    QCOMPARE(v.sales.weekdayOpen, QTime(8, 0));
    QCOMPARE(v.sales.weekdayClose, QTime(20, 0));
    QCOMPARE(v.sales.beforeHolidayClose, QTime(18, 0));
    QCOMPARE(v.serving.consumptionMinutes, 30);
    const RuleSet nationalDefault = presetRuleSet(QStringLiteral("national-default"));
    const RuleSetVersion &d = nationalDefault.versions.first();
    QCOMPARE(d.sales.weekdayClose, QTime(18, 0));
    QCOMPARE(d.sales.beforeHolidayClose, QTime(15, 0));
}

void TestRuleSet::baerumPreset()
{
    const RuleSet ruleSet = presetRuleSet(QStringLiteral("baerum-2020"));
    const RuleSetVersion &v = ruleSet.versions.first();
    QCOMPARE(v.effectiveFrom, QDate(2020, 10, 1));
    QCOMPARE(v.settings.travellingLicenceQuota, std::optional<int>(20));
    QCOMPARE(v.fees.estimatedFeePercent, std::optional<double>(50));
    QCOMPARE(v.fees.singleOccasionMethod, QStringLiteral("tiers"));
    QCOMPARE(v.settings.zones, (QStringList{QStringLiteral("inner_sandvika"), QStringLiteral("public_place")}));
    QCOMPARE(v.serving.specialDays.size(), 1);
    QCOMPARE(v.serving.specialDays.first().day, QStringLiteral("may_17"));
    QCOMPARE(v.serving.specialDays.first().notBefore, std::optional<QTime>(QTime(16, 0)));
}

void TestRuleSet::baerumTiers_data()
{
    QTest::addColumn<QString>("eventType");
    QTest::addColumn<int>("attendance");
    QTest::addColumn<QString>("charge"); // "travelling" or "<percent>%"

    QTest::newRow("voluntary 200") << "voluntary" << 200 << "travelling";
    QTest::newRow("senior centre 599") << "senior_centre" << 599 << "travelling";
    QTest::newRow("small cultural 599") << "cultural" << 599 << "travelling";
    QTest::newRow("cultural exactly 600") << "cultural" << 600 << "100%";
    QTest::newRow("cultural 800") << "cultural" << 800 << "100%";
    QTest::newRow("other 40") << "other" << 40 << "25%";
    QTest::newRow("other 50") << "other" << 50 << "25%";
    QTest::newRow("other 51") << "other" << 51 << "50%";
    QTest::newRow("other 300") << "other" << 300 << "50%";
    QTest::newRow("other 599") << "other" << 599 << "50%";
    QTest::newRow("other 600") << "other" << 600 << "100%";
    QTest::newRow("other 800") << "other" << 800 << "100%";
    QTest::newRow("closed party 40 counts as other") << "closed_party" << 40 << "25%";
    QTest::newRow("voluntary 700 counts as other") << "voluntary" << 700 << "100%";
}

void TestRuleSet::baerumTiers()
{
    QFETCH(QString, eventType);
    QFETCH(int, attendance);
    QFETCH(QString, charge);
    const RuleSet baerum = presetRuleSet(QStringLiteral("baerum-2020"));
    const RuleSetVersion &v = baerum.versions.first();
    // The first matching tier decides (docs/rule-set-format.md).
    const SingleOccasionTier *match = nullptr;
    for (const SingleOccasionTier &tier : v.fees.singleOccasionTiers) {
        if ((tier.eventType.isEmpty() || tier.eventType == eventType) && attendance >= tier.minAttendance
            && (!tier.maxAttendance || attendance <= *tier.maxAttendance)) {
            match = &tier;
            break;
        }
    }
    QVERIFY(match);
    const QString got = match->travellingRate ? QStringLiteral("travelling")
                                              : QString::number(match->percentOfOrdinary.value_or(-1)) + QLatin1Char('%');
    QCOMPARE(got, charge);
    if (eventType == QLatin1String("cultural") && attendance == 600)
        QVERIFY2(match->note.contains(QStringLiteral("600")), "the 600 gap is explained in the tier's note");
}

void TestRuleSet::versionOn_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("title"); // "" when none

    QTest::newRow("before the first") << QDate(2019, 12, 31) << "";
    QTest::newRow("first day of the first") << QDate(2020, 1, 1) << "A";
    QTest::newRow("last day of the first") << QDate(2022, 6, 30) << "A";
    QTest::newRow("first day of the second") << QDate(2022, 7, 1) << "B";
    QTest::newRow("first day of the third") << QDate(2025, 1, 1) << "C";
    QTest::newRow("long after") << QDate(2100, 1, 1) << "C";
}

void TestRuleSet::versionOn()
{
    QFETCH(QDate, date);
    QFETCH(QString, title);
    QByteArray versions;
    for (const auto &[from, t] : {std::pair{"2020-01-01", "A"}, std::pair{"2022-07-01", "B"}, std::pair{"2025-01-01", "C"}}) {
        if (!versions.isEmpty())
            versions += ',';
        versions += QByteArray(R"({"effective_from": ")") + from + R"(", "title": ")" + t
                    + R"(", "sales": {"weekday": {"open": "08:00", "close": "20:00"},
                         "before_holiday": {"open": "08:00", "close": "18:00"}},
                         "serving": {"rules": [{"groups": [1, 2, 3], "start": "13:00", "end": "01:00"}]}})";
    }
    const RuleSet ruleSet = validRuleSet(
        QByteArray(R"({"format": "bevilling-rule-set", "format_version": 1, "name": "v", "title": "V", "versions": [)")
        + versions + "]}");
    const RuleSetVersion *v = ruleSet.versionOn(date);
    QCOMPARE(v ? v->title : QString(), title);
}

void TestRuleSet::seasonContains_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("contains");

    QTest::newRow("summer 30 Apr") << "05-01" << "08-31" << QDate(2025, 4, 30) << false;
    QTest::newRow("summer 1 May") << "05-01" << "08-31" << QDate(2025, 5, 1) << true;
    QTest::newRow("summer 31 Aug") << "05-01" << "08-31" << QDate(2025, 8, 31) << true;
    QTest::newRow("summer 1 Sep") << "05-01" << "08-31" << QDate(2025, 9, 1) << false;
    QTest::newRow("winter 1 Sep") << "09-01" << "04-30" << QDate(2025, 9, 1) << true;
    QTest::newRow("winter New Year") << "09-01" << "04-30" << QDate(2026, 1, 1) << true;
    QTest::newRow("winter 30 Apr") << "09-01" << "04-30" << QDate(2026, 4, 30) << true;
    QTest::newRow("winter 1 May") << "09-01" << "04-30" << QDate(2026, 5, 1) << false;
    QTest::newRow("one day") << "12-24" << "12-24" << QDate(2026, 12, 24) << true;
}

void TestRuleSet::seasonContains()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QDate, date);
    QFETCH(bool, contains);
    const Season season{MonthDay{from.left(2).toInt(), from.mid(3).toInt()}, MonthDay{to.left(2).toInt(), to.mid(3).toInt()}};
    QCOMPARE(season.contains(date), contains);
}

void TestRuleSet::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    QTest::newRow("wrong format") << QByteArray(R"({"format": "bevilling-register", "format_version": 1, "name": "x", "title": "X", "versions": []})")
        << "format" << "format: expected \"bevilling-rule-set\"";
    QTest::newRow("newer format version") << QByteArray(R"({"format": "bevilling-rule-set", "format_version": 2, "name": "x", "title": "X", "versions": []})")
        << "format_version" << "format_version: version 2 is newer";
    QTest::newRow("no versions") << QByteArray(R"({"format": "bevilling-rule-set", "format_version": 1, "name": "x", "title": "X", "versions": []})")
        << "versions" << "versions: a rule set needs at least one version.";
    QTest::newRow("missing title") << QByteArray(R"({"format": "bevilling-rule-set", "format_version": 1, "name": "x", "versions": []})")
        << "title" << "title: this field is required";
    QTest::newRow("bad name") << QByteArray(R"({"format": "bevilling-rule-set", "format_version": 1, "name": "Bærum", "title": "X", "versions": []})")
        << "name" << "name: \"Bærum\": a rule-set name uses";
    QTest::newRow("unknown top-level field") << QByteArray(R"({"format": "bevilling-rule-set", "format_version": 1, "name": "x", "title": "X", "versions": [], "extra": 1})")
        << "extra" << "extra: unknown field";

    const auto withRules = [](const QByteArray &rules) {
        RuleSetParts p;
        p.rules = rules;
        return ruleSetJson(p);
    };
    QTest::newRow("time 25:00") << withRules(R"([{"groups": [1], "start": "25:00", "end": "01:00"}])")
        << "versions[0].serving.rules[0].start" << "versions[0].serving.rules[0].start: \"25:00\" is not a valid time";
    QTest::newRow("time without leading zero") << withRules(R"([{"groups": [1], "start": "8:00", "end": "01:00"}])")
        << "versions[0].serving.rules[0].start" << "versions[0].serving.rules[0].start: \"8:00\" is not a valid time";
    QTest::newRow("24:00 as a start") << withRules(R"([{"groups": [1], "start": "24:00", "end": "01:00"}])")
        << "versions[0].serving.rules[0].start" << "versions[0].serving.rules[0].start: 24:00 is only allowed as an end time";
    QTest::newRow("missing end") << withRules(R"([{"groups": [1], "start": "08:00"}])")
        << "versions[0].serving.rules[0].end" << "versions[0].serving.rules[0].end: this field is required";
    QTest::newRow("group 4") << withRules(R"([{"groups": [1, 4], "start": "08:00", "end": "01:00"}])")
        << "versions[0].serving.rules[0].groups[1]" << "versions[0].serving.rules[0].groups[1]: 4 is not an alcohol group";
    QTest::newRow("group 0") << withRules(R"([{"groups": [0], "start": "08:00", "end": "01:00"}])")
        << "versions[0].serving.rules[0].groups[0]" << "versions[0].serving.rules[0].groups[0]: must be at least 1";
    QTest::newRow("no groups") << withRules(R"([{"groups": [], "start": "08:00", "end": "01:00"}])")
        << "versions[0].serving.rules[0].groups" << "versions[0].serving.rules[0].groups: list at least one alcohol group";
    QTest::newRow("unknown area") << withRules(R"([{"groups": [1], "area": "roof", "start": "08:00", "end": "01:00"}])")
        << "versions[0].serving.rules[0].area" << "versions[0].serving.rules[0].area: unknown value \"roof\"";
    QTest::newRow("unknown day") << withRules(R"([{"groups": [1], "days": ["friday"], "start": "08:00", "end": "01:00"}])")
        << "versions[0].serving.rules[0].days[0]" << "versions[0].serving.rules[0].days[0]: unknown value \"friday\"";
    QTest::newRow("season 02-30") << withRules(R"([{"groups": [1], "season": {"from": "02-30", "to": "03-01"}, "start": "08:00", "end": "01:00"}])")
        << "versions[0].serving.rules[0].season.from" << "versions[0].serving.rules[0].season.from: \"02-30\" is not a valid day of the year";
    QTest::newRow("season without to") << withRules(R"([{"groups": [1], "season": {"from": "05-01"}, "start": "08:00", "end": "01:00"}])")
        << "versions[0].serving.rules[0].season.to" << "versions[0].serving.rules[0].season.to: this field is required";
    QTest::newRow("unknown rule field") << withRules(R"([{"groups": [1], "weekday": "mon", "start": "08:00", "end": "01:00"}])")
        << "versions[0].serving.rules[0].weekday" << "versions[0].serving.rules[0].weekday: unknown field";

    RuleSetParts p;
    p.specialDays = R"([{"day": "midsummer", "not_before": "16:00"}])";
    QTest::newRow("unknown special day") << ruleSetJson(p) << "versions[0].serving.special_days[0].day"
        << "versions[0].serving.special_days[0].day: unknown day \"midsummer\"";
    p.specialDays = R"([{"day": "may_17"}])";
    QTest::newRow("special day without times") << ruleSetJson(p) << "versions[0].serving.special_days[0]"
        << "versions[0].serving.special_days[0]: a special day must give not_before, not_after or both.";
    p = RuleSetParts();
    p.consumptionMinutes = "-5";
    QTest::newRow("negative consumption") << ruleSetJson(p) << "versions[0].serving.consumption_minutes"
        << "versions[0].serving.consumption_minutes: must be at least 0";
    p = RuleSetParts();
    p.sales = R"({"weekday": {"open": "08:00", "close": "20:00"}})";
    QTest::newRow("missing before_holiday") << ruleSetJson(p) << "versions[0].sales.before_holiday"
        << "versions[0].sales.before_holiday: this field is required";
    p.sales = R"({"weekday": {"open": "08:00", "close": "20:00"}, "before_holiday": {"open": "08:00", "close": "18:00"},
                  "days": [{"day": "13-01", "close": "16:00"}]})";
    QTest::newRow("sales day 13-01") << ruleSetJson(p) << "versions[0].sales.days[0].day"
        << "versions[0].sales.days[0].day: unknown day \"13-01\"";
    p = RuleSetParts();
    p.settings = R"({"zones": ["residential"]})";
    QTest::newRow("built-in zone declared") << ruleSetJson(p) << "versions[0].settings.zones[0]"
        << "versions[0].settings.zones[0]: \"residential\" is a built-in zone";
    p.settings = R"({"zones": ["Indre Sandvika"]})";
    QTest::newRow("zone key with spaces") << ruleSetJson(p) << "versions[0].settings.zones[0]"
        << "versions[0].settings.zones[0]: \"Indre Sandvika\": a zone key uses";
    p.settings = R"({"zones": ["harbour", "harbour"]})";
    QTest::newRow("zone twice") << ruleSetJson(p) << "versions[0].settings.zones[1]"
        << "versions[0].settings.zones[1]: \"harbour\" is listed twice.";
    p.settings = R"({"period_reading": "whatever"})";
    QTest::newRow("unknown period reading") << ruleSetJson(p) << "versions[0].settings.period_reading"
        << "versions[0].settings.period_reading: unknown value \"whatever\"";
    p.settings = R"({"turnover_report_deadline": "2025-03-01"})";
    QTest::newRow("deadline as a date") << ruleSetJson(p) << "versions[0].settings.turnover_report_deadline"
        << "versions[0].settings.turnover_report_deadline: \"2025-03-01\" is not a valid day of the year";
    p = RuleSetParts();
    p.fees = R"({"single_occasion_method": "tiers", "single_occasion_tiers": []})";
    QTest::newRow("tiers without tiers") << ruleSetJson(p) << "versions[0].fees.single_occasion_tiers"
        << "versions[0].fees.single_occasion_tiers: the method \"tiers\" needs at least one tier.";
    p.fees = R"({"single_occasion_method": "tiers", "single_occasion_tiers": [{"min_attendance": 0}]})";
    QTest::newRow("tier without a charge") << ruleSetJson(p) << "versions[0].fees.single_occasion_tiers[0]"
        << "versions[0].fees.single_occasion_tiers[0]: a tier charges exactly one of";
    p.fees = R"({"single_occasion_tiers": [{"min_attendance": 0, "amount": 400, "percent_of_ordinary": 50}]})";
    QTest::newRow("tier with two charges") << ruleSetJson(p) << "versions[0].fees.single_occasion_tiers[0]"
        << "versions[0].fees.single_occasion_tiers[0]: a tier charges exactly one of";
    p.fees = R"({"single_occasion_tiers": [{"min_attendance": 100, "max_attendance": 50, "amount": 400}]})";
    QTest::newRow("tier max below min") << ruleSetJson(p) << "versions[0].fees.single_occasion_tiers[0].max_attendance"
        << "versions[0].fees.single_occasion_tiers[0].max_attendance: 50 is below min_attendance 100.";
    p.fees = R"({"single_occasion_tiers": [{"event_type": "wedding", "amount": 400}]})";
    QTest::newRow("unknown event type") << ruleSetJson(p) << "versions[0].fees.single_occasion_tiers[0].event_type"
        << "versions[0].fees.single_occasion_tiers[0].event_type: unknown value \"wedding\"";
    p.fees = R"({"estimated_fee_percent": -10})";
    QTest::newRow("negative percent") << ruleSetJson(p) << "versions[0].fees.estimated_fee_percent"
        << "versions[0].fees.estimated_fee_percent: must be a number of at least 0.";
    p.fees = R"({"ordinary_fee_base": "amount"})";
    QTest::newRow("amount base without amount") << ruleSetJson(p) << "versions[0].fees.ordinary_fee_amount"
        << "versions[0].fees.ordinary_fee_amount: required when ordinary_fee_base is \"amount\".";
    p = RuleSetParts();
    p.effectiveFrom = "2020-02-30";
    QTest::newRow("bad effective_from") << ruleSetJson(p) << "versions[0].effective_from"
        << "versions[0].effective_from: \"2020-02-30\" is not a valid date";

    const QByteArray version = R"({"effective_from": "%1", "sales": {"weekday": {"open": "08:00", "close": "20:00"},
        "before_holiday": {"open": "08:00", "close": "18:00"}}, "serving": {"rules": []}})";
    QTest::newRow("versions out of order")
        << QByteArray(R"({"format": "bevilling-rule-set", "format_version": 1, "name": "x", "title": "X", "versions": [)")
               + QByteArray(version).replace("%1", "2024-01-01") + ',' + QByteArray(version).replace("%1", "2020-01-01") + "]}"
        << "versions[1].effective_from"
        << "versions[1].effective_from: 2020-01-01 must be later than the previous version's 2024-01-01";
}

void TestRuleSet::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const Result<RuleSet> ruleSet = RuleSets::fromJson(jsonObject(json));
    QVERIFY(!ruleSet.ok());
    QCOMPARE(ruleSet.error().field, field);
    QVERIFY2(ruleSet.error().message.startsWith(message), qPrintable(ruleSet.error().message));
}

void TestRuleSet::load_data()
{
    QTest::addColumn<QString>("argument"); // "@name" is a file of that name in a temporary directory
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("ruleSetName"); // "" when refused
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    QTest::newRow("preset national") << "national" << QByteArray() << "national" << "" << "";
    QTest::newRow("preset baerum-2020") << "baerum-2020" << QByteArray() << "baerum-2020" << "" << "";
    QTest::newRow("unknown preset") << "oslo-2024" << QByteArray() << "" << "rules"
        << "rules: unknown rule-set preset \"oslo-2024\"; use one of national, national-default, baerum-2020, or the path of a rule-set file.";
    QTest::newRow("empty argument") << "" << QByteArray() << "" << "rules" << "rules: give a preset name";
    QTest::newRow("missing file") << "/nonexistent/rules.json" << QByteArray() << "" << "rules"
        << "rules: the rule-set file \"/nonexistent/rules.json\" does not exist.";
    QTest::newRow("file") << "@own.json" << ruleSetJson(RuleSetParts()) << "test" << "" << "";
    QTest::newRow("not JSON") << "@broken.json" << QByteArray("{\"format\": ") << "" << "rules" << "rules: \"";
    QTest::newRow("JSON list") << "@list.json" << QByteArray("[1, 2]") << "" << "rules" << "rules: \"";
    RuleSetParts wide;
    wide.consumptionMinutes = "60";
    QTest::newRow("file beyond the frame") << "@wide.json" << ruleSetJson(wide) << "" << "versions[0].serving.consumption_minutes"
        << "rules: ";
}

void TestRuleSet::load()
{
    QFETCH(QString, argument);
    QFETCH(QByteArray, content);
    QFETCH(QString, ruleSetName);
    QFETCH(QString, field);
    QFETCH(QString, message);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (argument.startsWith(QLatin1Char('@'))) {
        argument = dir.filePath(argument.mid(1));
        QFile file(argument);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const Result<RuleSet> ruleSet = RuleSets::load(argument);
    if (!ruleSetName.isEmpty()) {
        QVERIFY2(ruleSet.ok(), qPrintable(ruleSet.error().message));
        QCOMPARE(ruleSet->name, ruleSetName);
        return;
    }
    QVERIFY(!ruleSet.ok());
    QCOMPARE(ruleSet.error().field, field);
    QVERIFY2(ruleSet.error().message.startsWith(message), qPrintable(ruleSet.error().message));
    QVERIFY2(argument.isEmpty() || ruleSet.error().message.contains(argument), qPrintable(ruleSet.error().message));
}

// The example at the end of docs/rule-set-format.md is a valid rule set that answers as it says.
void TestRuleSet::documentedExample()
{
    QFile doc(QStringLiteral(BEVILLING_SOURCE_DIR "/docs/rule-set-format.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QByteArray text = doc.readAll();
    const qsizetype from = text.lastIndexOf("```json\n");
    QVERIFY(from >= 0);
    const qsizetype to = text.indexOf("```", from + 8);
    const RuleSet ruleSet = validRuleSet(text.mid(from + 8, to - from - 8));
    QCOMPARE(ruleSet.name, QStringLiteral("fjordvik-2024"));

    ServingQuery query;
    query.date = QDate(2025, 6, 14); // a Saturday
    query.group = 3;
    Result<ServingHours> hours = Hours::serving(ruleSet, query);
    QVERIFY(hours.ok());
    QCOMPARE(hours->start, QTime(13, 0));
    QCOMPARE(hours->end, QTime(1, 0));
    query.group = 1;
    hours = Hours::serving(ruleSet, query);
    QCOMPARE(hours->start, QTime(10, 0));
    QCOMPARE(hours->end, QTime(2, 0));
    query.date = QDate(2025, 7, 10);
    query.group = 3;
    query.area = Area::Outdoor;
    query.zone = QStringLiteral("harbour");
    hours = Hours::serving(ruleSet, query);
    QCOMPARE(hours->start, QTime(13, 0));
    QCOMPARE(hours->end, QTime(0, 30));
    const Result<SalesHours> eve = Hours::sales(ruleSet, QDate(2025, 12, 24));
    QCOMPARE(eve->close, std::optional<QTime>(QTime(15, 0)));
}

QTEST_GUILESS_MAIN(TestRuleSet)
#include "TestRuleSet.moc"
