#include "RuleSetTestSupport.h"
#include "rules/RuleSet.h"

#include <QTest>

using namespace bevilling;
using namespace bevilling::rules;
using namespace bevilling::test;

namespace {
const QByteArray kOpenHours = R"({"weekday": {"open": "08:00", "close": "20:00"},
                                  "before_holiday": {"open": "08:00", "close": "18:00"}})";
}

class TestNationalFrame : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void presetsWithinFrame_data();
    void presetsWithinFrame();
    void narrowingAccepted_data();
    void narrowingAccepted();
    void refused_data();
    void refused();
    void allProblemsListed();
};

void TestNationalFrame::presetsWithinFrame_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : RuleSets::presetNames())
        QTest::newRow(name.toUtf8().constData()) << name;
}

void TestNationalFrame::presetsWithinFrame()
{
    QFETCH(QString, name);
    const RuleSet ruleSet = presetRuleSet(name);
    QVERIFY(NationalFrame::check(ruleSet).isEmpty());
}

void TestNationalFrame::narrowingAccepted_data()
{
    QTest::addColumn<QByteArray>("json");
    RuleSetParts p;
    QTest::newRow("the national maxima themselves") << ruleSetJson(p);
    p.sales = R"({"weekday": {"open": "10:00", "close": "18:00"}, "before_holiday": {"open": "10:00", "close": "15:00"},
                  "days": [{"day": "day_before_ascension_day", "close": "20:00"}, {"day": "12-24", "close": "13:00"}]})";
    p.rules = R"([{"groups": [1, 2], "start": "11:00", "end": "01:00"}, {"groups": [3], "start": "13:00", "end": "00:00"},
                  {"groups": [1, 2, 3], "area": "outdoor", "start": "13:00", "end": "22:00"}])";
    p.consumptionMinutes = "0";
    QTest::newRow("narrower everywhere") << ruleSetJson(p);
    p = RuleSetParts();
    p.rules = R"([{"groups": [1, 2], "season": {"from": "09-01", "to": "04-30"}, "start": "08:00", "end": "23:30"},
                  {"groups": [1, 2], "season": {"from": "05-01", "to": "08-31"}, "start": "08:00", "end": "00:30"},
                  {"groups": [3], "start": "13:00", "end": "23:30"}])";
    QTest::newRow("seasons that do not overlap") << ruleSetJson(p);
    p.rules = R"([{"groups": [1, 2], "days": ["fri", "sat"], "start": "08:00", "end": "02:00"},
                  {"groups": [1, 2], "days": ["sun", "mon", "tue", "wed", "thu"], "start": "08:00", "end": "01:00"},
                  {"groups": [3], "start": "13:00", "end": "01:00"}])";
    QTest::newRow("weekday lists that do not overlap") << ruleSetJson(p);
    p.rules = R"([{"groups": [1, 2], "start": "08:00", "end": "01:00"},
                  {"groups": [1], "start": "08:00", "end": "01:00"}, {"groups": [3], "start": "13:00", "end": "01:00"}])";
    QTest::newRow("overlapping rules that agree") << ruleSetJson(p);
}

void TestNationalFrame::narrowingAccepted()
{
    QFETCH(QByteArray, json);
    const Result<RuleSet> ruleSet = RuleSets::fromJson(jsonObject(json));
    QVERIFY2(ruleSet.ok(), qPrintable(ruleSet.error().message));
}

void TestNationalFrame::refused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    RuleSetParts p;
    p.sales = R"({"weekday": {"open": "07:30", "close": "20:00"}, "before_holiday": {"open": "08:00", "close": "18:00"}})";
    QTest::newRow("sales open before 08:00") << ruleSetJson(p) << "versions[0].sales.weekday.open"
        << "versions[0].sales.weekday.open: 07:30 is earlier than the earliest sales start 08:00 (alkoholloven § 3-7).";
    p.sales = R"({"weekday": {"open": "08:00", "close": "20:30"}, "before_holiday": {"open": "08:00", "close": "18:00"}})";
    QTest::newRow("sales weekday close after 20:00") << ruleSetJson(p) << "versions[0].sales.weekday.close"
        << "versions[0].sales.weekday.close: 20:30 is later than the national maximum 20:00 on weekdays (alkoholloven § 3-7).";
    p.sales = R"({"weekday": {"open": "08:00", "close": "24:00"}, "before_holiday": {"open": "08:00", "close": "18:00"}})";
    QTest::newRow("sales close at midnight") << ruleSetJson(p) << "versions[0].sales.weekday.close"
        << "versions[0].sales.weekday.close: 24:00 is later than the national maximum 20:00 on weekdays (alkoholloven § 3-7).";
    p.sales = R"({"weekday": {"open": "08:00", "close": "20:00"}, "before_holiday": {"open": "08:00", "close": "18:01"}})";
    QTest::newRow("sales before holiday close after 18:00") << ruleSetJson(p) << "versions[0].sales.before_holiday.close"
        << "versions[0].sales.before_holiday.close: 18:01 is later than the national maximum 18:00 on days before Sundays and holidays (alkoholloven § 3-7).";
    p.sales = R"({"weekday": {"open": "12:00", "close": "11:00"}, "before_holiday": {"open": "08:00", "close": "18:00"}})";
    QTest::newRow("sales close before open") << ruleSetJson(p) << "versions[0].sales.weekday.close"
        << "versions[0].sales.weekday.close: 11:00 is not after the opening time 12:00.";
    p.sales = QByteArray(kOpenHours).replace("}}", R"(}, "days": [{"day": "may_17", "close": "14:00"}]})");
    QTest::newRow("sales rule opens 17 May") << ruleSetJson(p) << "versions[0].sales.days[0].close"
        << "versions[0].sales.days[0].close: \"may_17\" is always a day without sales (a Sunday, a holiday, 1 May or 17 May); no sales rule can open a closed day (alkoholloven § 3-7).";
    p.sales = QByteArray(kOpenHours).replace("}}", R"(}, "days": [{"day": "12-25", "close": "14:00"}]})");
    QTest::newRow("sales rule opens Christmas Day") << ruleSetJson(p) << "versions[0].sales.days[0].close"
        << "versions[0].sales.days[0].close: \"12-25\" is always a day without sales";
    p.sales = QByteArray(kOpenHours).replace("}}", R"(}, "days": [{"day": "easter_saturday", "close": "19:00"}]})");
    QTest::newRow("sales rule beyond 18:00 on Easter Saturday") << ruleSetJson(p) << "versions[0].sales.days[0].close"
        << "versions[0].sales.days[0].close: 19:00 is later than the national maximum 18:00 for \"easter_saturday\" (alkoholloven § 3-7).";
    p.sales = QByteArray(kOpenHours).replace("}}", R"(}, "days": [{"day": "06-23", "close": "21:00"}]})");
    QTest::newRow("sales rule beyond 20:00") << ruleSetJson(p) << "versions[0].sales.days[0].close"
        << "versions[0].sales.days[0].close: 21:00 is later than the national maximum 20:00 for \"06-23\" (alkoholloven § 3-7).";

    p = RuleSetParts();
    p.rules = R"([{"groups": [1, 2], "area": "indoor", "start": "06:00", "end": "03:00"},
                  {"groups": [3], "start": "13:00", "end": "02:00"},
                  {"groups": [1, 2], "area": "outdoor", "start": "06:00", "end": "03:30"}])";
    QTest::newRow("serving end after 03:00") << ruleSetJson(p) << "versions[0].serving.rules[2].end"
        << "versions[0].serving.rules[2].end: 03:30 is later than the national maximum 03:00 for groups 1 and 2 (alkoholloven § 4-4).";
    p.rules = R"([{"groups": [1, 2], "start": "06:00", "end": "05:00"}, {"groups": [3], "start": "13:00", "end": "02:00"}])";
    QTest::newRow("serving end 05:00") << ruleSetJson(p) << "versions[0].serving.rules[0].end"
        << "versions[0].serving.rules[0].end: 05:00 is later than the national maximum 03:00 for groups 1 and 2 (alkoholloven § 4-4).";
    p.rules = R"([{"groups": [1], "start": "05:30", "end": "01:00"}, {"groups": [2, 3], "start": "13:00", "end": "01:00"}])";
    QTest::newRow("serving start before 06:00") << ruleSetJson(p) << "versions[0].serving.rules[0].start"
        << "versions[0].serving.rules[0].start: 05:30 is earlier than the national earliest start 06:00 for group 1 (alkoholloven § 4-4).";
    p.rules = R"([{"groups": [1, 2], "start": "06:00", "end": "03:00"}, {"groups": [3], "start": "12:00", "end": "03:00"}])";
    QTest::newRow("group 3 start before 13:00") << ruleSetJson(p) << "versions[0].serving.rules[1].start"
        << "versions[0].serving.rules[1].start: 12:00 is earlier than the national earliest start 13:00 for group 3 (alkoholloven § 4-4).";
    p.rules = R"([{"groups": [1, 2, 3], "start": "07:00", "end": "03:00"}])";
    QTest::newRow("rule for all groups before 13:00") << ruleSetJson(p) << "versions[0].serving.rules[0].start"
        << "versions[0].serving.rules[0].start: 07:00 is earlier than the national earliest start 13:00 for group 3 (alkoholloven § 4-4).";
    p.rules = R"([{"groups": [1, 2], "start": "10:00", "end": "09:00"}, {"groups": [3], "start": "13:00", "end": "01:00"}])";
    QTest::newRow("serving end before start") << ruleSetJson(p) << "versions[0].serving.rules[0].end"
        << "versions[0].serving.rules[0].end: 09:00 is not after the start 10:00 on the serving day";
    p.rules = R"([{"groups": [1, 2], "start": "08:00", "end": "01:00"}, {"groups": [3], "start": "13:00", "end": "02:00"}])";
    QTest::newRow("group 3 ends later than groups 1-2") << ruleSetJson(p) << "versions[0].serving.rules[1].end"
        << "versions[0].serving.rules[1].end: 02:00 is later than the end 01:00 that rules[0] gives group 1";
    p.rules = R"([{"groups": [1, 2], "start": "14:00", "end": "01:00"}, {"groups": [3], "start": "13:00", "end": "01:00"}])";
    QTest::newRow("group 3 starts earlier than groups 1-2") << ruleSetJson(p) << "versions[0].serving.rules[1].start"
        << "versions[0].serving.rules[1].start: 13:00 is earlier than the start 14:00 that rules[0] gives group 1";
    p.rules = R"([{"groups": [1, 2], "start": "08:00", "end": "01:00"}, {"groups": [3], "start": "13:00", "end": "01:00"},
                  {"groups": [2], "area": "outdoor", "start": "08:00", "end": "22:00"}])";
    QTest::newRow("group 3 outdoors beyond group 2 outdoors") << ruleSetJson(p) << "versions[0].serving.rules[1].end"
        << "versions[0].serving.rules[1].end: 01:00 is later than the end 22:00 that rules[2] gives group 2 (outdoors";
    p.rules = R"([{"groups": [1, 2], "area": "indoor", "start": "08:00", "end": "01:00"}, {"groups": [3], "start": "13:00", "end": "01:00"}])";
    QTest::newRow("group 3 where groups 1-2 have no hours") << ruleSetJson(p) << "versions[0].serving.rules[1]"
        << "versions[0].serving.rules[1]: gives group 3 hours where no rule gives group 1 any (outdoors";
    p.rules = R"([{"groups": [1, 2], "start": "08:00", "end": "01:00"}, {"groups": [3], "start": "13:00", "end": "01:00"},
                  {"groups": [2], "start": "08:00", "end": "02:00"}])";
    QTest::newRow("equally specific rules disagree") << ruleSetJson(p) << "versions[0].serving.rules[2]"
        << "versions[0].serving.rules[2]: gives 08:00-02:00 where rules[0] gives 08:00-01:00 for the same query";
    p.rules = R"([{"groups": [1, 2], "start": "08:00", "end": "01:00"}, {"groups": [3], "start": "13:00", "end": "00:00"},
                  {"groups": [1, 2], "days": ["sat"], "start": "08:00", "end": "02:00"},
                  {"groups": [1, 2], "days": ["before_holiday"], "start": "08:00", "end": "02:30"}])";
    QTest::newRow("Saturday and before-holiday rules disagree") << ruleSetJson(p) << "versions[0].serving.rules[3]"
        << "versions[0].serving.rules[3]: gives 08:00-02:30 where rules[2] gives 08:00-02:00";
    p.rules = R"([{"groups": [1, 2], "season": {"from": "05-01", "to": "09-15"}, "start": "08:00", "end": "01:00"},
                  {"groups": [1, 2], "season": {"from": "09-01", "to": "04-30"}, "start": "08:00", "end": "00:00"},
                  {"groups": [3], "start": "13:00", "end": "00:00"}])";
    QTest::newRow("overlapping seasons disagree") << ruleSetJson(p) << "versions[0].serving.rules[1]"
        << "versions[0].serving.rules[1]: gives 08:00-00:00 where rules[0] gives 08:00-01:00";
    p = RuleSetParts();
    p.consumptionMinutes = "45";
    QTest::newRow("consumption beyond 30 minutes") << ruleSetJson(p) << "versions[0].serving.consumption_minutes"
        << "versions[0].serving.consumption_minutes: 45 minutes is longer than the national maximum of 30 minutes after serving ends (alkoholloven § 4-4).";
    p = RuleSetParts();
    p.rules = R"([{"groups": [1, 2], "start": "06:00", "end": "03:00"}, {"groups": [3], "start": "13:00", "end": "03:00"},
                  {"groups": [1, 2, 3], "area": "outdoor", "zone": "harbour", "start": "13:00", "end": "23:00"}])";
    QTest::newRow("unknown zone in a rule") << ruleSetJson(p) << "versions[0].serving.rules[2].zone"
        << "versions[0].serving.rules[2].zone: unknown zone \"harbour\"; use residential, non-residential or a zone declared in settings.zones.";
    p = RuleSetParts();
    p.specialDays = R"([{"day": "may_17", "zone": "public_place", "not_before": "16:00"}])";
    QTest::newRow("unknown zone in a special day") << ruleSetJson(p) << "versions[0].serving.special_days[0].zone"
        << "versions[0].serving.special_days[0].zone: unknown zone \"public_place\"";
    p.specialDays = R"([{"day": "may_17", "not_after": "04:00"}])";
    QTest::newRow("special day end after 03:00") << ruleSetJson(p) << "versions[0].serving.special_days[0].not_after"
        << "versions[0].serving.special_days[0].not_after: 04:00 is later than the national maximum 03:00 (alkoholloven § 4-4).";
}

void TestNationalFrame::refused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const Result<RuleSet> ruleSet = RuleSets::fromJson(jsonObject(json));
    QVERIFY(!ruleSet.ok());
    QCOMPARE(ruleSet.error().code, QStringLiteral("beyond_national_frame"));
    QCOMPARE(ruleSet.error().field, field);
    QVERIFY2(ruleSet.error().message.startsWith(message), qPrintable(ruleSet.error().message));
}

void TestNationalFrame::allProblemsListed()
{
    RuleSet ruleSet = presetRuleSet(QStringLiteral("national"));
    RuleSetVersion &v = ruleSet.versions[0];
    v.sales.weekdayClose = QTime(21, 0);
    v.serving.rules[0].end = QTime(4, 0);
    v.serving.consumptionMinutes = 31;
    const QList<RuleProblem> problems = NationalFrame::check(ruleSet);
    QStringList paths;
    for (const RuleProblem &p : problems)
        paths.append(p.path);
    QCOMPARE(paths, (QStringList{QStringLiteral("versions[0].sales.weekday.close"),
                                 QStringLiteral("versions[0].serving.consumption_minutes"),
                                 QStringLiteral("versions[0].serving.rules[0].end")}));
    // A problem's message does not repeat its path (the UI shows it beside the field).
    QVERIFY(problems.first().message.startsWith(QStringLiteral("21:00 is later")));
}

QTEST_GUILESS_MAIN(TestNationalFrame)
#include "TestNationalFrame.moc"
