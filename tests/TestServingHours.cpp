#include "RuleSetTestSupport.h"
#include "rules/RuleSet.h"

#include <QTest>

using namespace bevilling;
using namespace bevilling::rules;
using namespace bevilling::test;

namespace {

// Longer hours on days before Sundays and holidays; a narrowing special day on Christmas Eve.
RuleSet weekendRules()
{
    RuleSetParts parts;
    parts.rules = R"([{"groups": [1, 2], "start": "08:00", "end": "01:00", "note": "weekdays"},
                      {"groups": [1, 2], "days": ["before_holiday"], "start": "08:00", "end": "02:00", "note": "before holidays"},
                      {"groups": [3], "start": "13:00", "end": "24:00", "note": "group 3"}])";
    parts.specialDays = R"([{"day": "12-24", "not_after": "18:00", "note": "Christmas Eve"},
                            {"day": "easter_saturday", "not_before": "23:00", "not_after": "20:00", "note": "no serving"}])";
    parts.consumptionMinutes = "15";
    return validRuleSet(ruleSetJson(parts));
}

// Nothing for group 3 outdoors: no serving there.
RuleSet noOutdoorGroup3()
{
    RuleSetParts parts;
    parts.rules = R"([{"groups": [1, 2], "start": "08:00", "end": "01:00"},
                      {"groups": [3], "area": "indoor", "start": "13:00", "end": "01:00"}])";
    return validRuleSet(ruleSetJson(parts));
}

RuleSet twoVersions()
{
    return validRuleSet(R"({"format": "bevilling-rule-set", "format_version": 1, "name": "two", "title": "Two",
        "versions": [
          {"effective_from": "2020-01-01", "title": "Old",
           "sales": {"weekday": {"open": "08:00", "close": "18:00"}, "before_holiday": {"open": "08:00", "close": "15:00"}},
           "serving": {"rules": [{"groups": [1, 2, 3], "start": "13:00", "end": "01:00"}]}},
          {"effective_from": "2024-01-01", "title": "New",
           "sales": {"weekday": {"open": "08:00", "close": "20:00"}, "before_holiday": {"open": "08:00", "close": "18:00"}},
           "serving": {"rules": [{"groups": [1, 2, 3], "start": "13:00", "end": "02:00"}]}}]})");
}

RuleSet ruleSetNamed(const QString &name)
{
    if (name == QLatin1String("weekend"))
        return weekendRules();
    if (name == QLatin1String("no-outdoor-group3"))
        return noOutdoorGroup3();
    if (name == QLatin1String("two-versions"))
        return twoVersions();
    return presetRuleSet(name);
}

std::optional<QTime> optionalTime(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    return QTime::fromString(text, QStringLiteral("HH:mm"));
}

QString hhmm(const QTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

} // namespace

class TestServingHours : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hours_data();
    void hours();
    void badQuery_data();
    void badQuery();
    void allowedAtNeedsServing();
};

void TestServingHours::hours_data()
{
    QTest::addColumn<QString>("rules");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("group");
    QTest::addColumn<QString>("area");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("licenceStart");
    QTest::addColumn<QString>("licenceEnd");
    QTest::addColumn<QString>("extensionEnd");
    QTest::addColumn<bool>("serving");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("consumptionEnd");
    QTest::addColumn<QString>("time");
    QTest::addColumn<bool>("allowed");

    const QDate summerSaturday(2025, 6, 14);
    const QDate autumnSaturday(2025, 9, 13);
    // Worked example 17: Bærum, group 3, 23:45 on Saturday 2025-06-14.
    QTest::newRow("ex17 outdoor non-residential summer") << "baerum-2020" << summerSaturday << 3 << "outdoor" << "non-residential" << "" << "" << "" << true << "13:00" << "00:30" << "01:00" << "23:45" << true;
    QTest::newRow("ex17 outdoor inner Sandvika summer") << "baerum-2020" << summerSaturday << 3 << "outdoor" << "inner_sandvika" << "" << "" << "" << true << "13:00" << "00:30" << "01:00" << "23:45" << true;
    QTest::newRow("ex17 outdoor residential") << "baerum-2020" << summerSaturday << 3 << "outdoor" << "residential" << "" << "" << "" << true << "13:00" << "22:30" << "23:00" << "23:45" << false;
    QTest::newRow("ex17 indoor") << "baerum-2020" << summerSaturday << 3 << "indoor" << "residential" << "" << "" << "" << true << "13:00" << "03:00" << "03:30" << "23:45" << true;
    // Worked example 18: the same place on Saturday 2025-09-13.
    QTest::newRow("ex18 outdoor non-residential autumn") << "baerum-2020" << autumnSaturday << 3 << "outdoor" << "non-residential" << "" << "" << "" << true << "13:00" << "23:30" << "00:00" << "23:45" << false;
    QTest::newRow("ex18 outdoor inner Sandvika autumn") << "baerum-2020" << autumnSaturday << 3 << "outdoor" << "inner_sandvika" << "" << "" << "" << true << "13:00" << "23:30" << "00:00" << "23:45" << false;
    QTest::newRow("ex18 outdoor residential") << "baerum-2020" << autumnSaturday << 3 << "outdoor" << "residential" << "" << "" << "" << true << "13:00" << "22:30" << "23:00" << "23:45" << false;
    QTest::newRow("ex18 indoor") << "baerum-2020" << autumnSaturday << 3 << "indoor" << "residential" << "" << "" << "" << true << "13:00" << "03:00" << "03:30" << "23:45" << true;
    QTest::newRow("Bærum groups 1-2 indoor start 07:00") << "baerum-2020" << summerSaturday << 1 << "indoor" << "residential" << "" << "" << "" << true << "07:00" << "03:00" << "03:30" << "06:59" << false;
    QTest::newRow("Bærum outdoor start 5c assumed as 5a") << "baerum-2020" << summerSaturday << 2 << "outdoor" << "non-residential" << "" << "" << "" << true << "07:00" << "00:30" << "01:00" << "07:00" << true;

    // The national maxima: 03:00 end, 06:00 start, 13:00 start for group 3.
    QTest::newRow("national 02:59 allowed") << "national" << summerSaturday << 1 << "indoor" << "residential" << "" << "" << "" << true << "06:00" << "03:00" << "03:30" << "02:59" << true;
    QTest::newRow("national 03:00 not allowed") << "national" << summerSaturday << 1 << "indoor" << "residential" << "" << "" << "" << true << "06:00" << "03:00" << "03:30" << "03:00" << false;
    QTest::newRow("national 05:59 not allowed") << "national" << summerSaturday << 2 << "outdoor" << "residential" << "" << "" << "" << true << "06:00" << "03:00" << "03:30" << "05:59" << false;
    QTest::newRow("national 06:00 allowed") << "national" << summerSaturday << 2 << "outdoor" << "residential" << "" << "" << "" << true << "06:00" << "03:00" << "03:30" << "06:00" << true;
    QTest::newRow("national group 3 12:59") << "national" << summerSaturday << 3 << "indoor" << "residential" << "" << "" << "" << true << "13:00" << "03:00" << "03:30" << "12:59" << false;
    QTest::newRow("national group 3 13:00") << "national" << summerSaturday << 3 << "indoor" << "residential" << "" << "" << "" << true << "13:00" << "03:00" << "03:30" << "13:00" << true;
    QTest::newRow("national midnight") << "national" << summerSaturday << 3 << "outdoor" << "non-residential" << "" << "" << "" << true << "13:00" << "03:00" << "03:30" << "00:00" << true;
    QTest::newRow("national-default group 3 ends at midnight") << "national-default" << summerSaturday << 3 << "indoor" << "residential" << "" << "" << "" << true << "13:00" << "00:00" << "00:30" << "23:59" << true;
    QTest::newRow("national-default group 3 00:00 not allowed") << "national-default" << summerSaturday << 3 << "indoor" << "residential" << "" << "" << "" << true << "13:00" << "00:00" << "00:30" << "00:00" << false;
    QTest::newRow("national-default groups 1-2 01:00") << "national-default" << summerSaturday << 1 << "indoor" << "residential" << "" << "" << "" << true << "08:00" << "01:00" << "01:30" << "00:59" << true;

    // 22:30 in Bærum's residential areas.
    QTest::newRow("Bærum residential 22:29") << "baerum-2020" << summerSaturday << 1 << "outdoor" << "residential" << "" << "" << "" << true << "07:00" << "22:30" << "23:00" << "22:29" << true;
    QTest::newRow("Bærum residential 22:30") << "baerum-2020" << summerSaturday << 1 << "outdoor" << "residential" << "" << "" << "" << true << "07:00" << "22:30" << "23:00" << "22:30" << false;

    // Season edges, decided by the date the serving day starts (decisions.md 6).
    QTest::newRow("season 30 Apr winter") << "baerum-2020" << QDate(2025, 4, 30) << 1 << "outdoor" << "non-residential" << "" << "" << "" << true << "07:00" << "23:30" << "00:00" << "23:45" << false;
    QTest::newRow("season 1 May summer") << "baerum-2020" << QDate(2025, 5, 1) << 1 << "outdoor" << "non-residential" << "" << "" << "" << true << "07:00" << "00:30" << "01:00" << "23:45" << true;
    QTest::newRow("season 31 Aug summer past midnight") << "baerum-2020" << QDate(2025, 8, 31) << 1 << "outdoor" << "non-residential" << "" << "" << "" << true << "07:00" << "00:30" << "01:00" << "00:15" << true;
    QTest::newRow("season 31 Aug ends 00:30") << "baerum-2020" << QDate(2025, 8, 31) << 1 << "outdoor" << "non-residential" << "" << "" << "" << true << "07:00" << "00:30" << "01:00" << "00:30" << false;
    QTest::newRow("season 1 Sep winter") << "baerum-2020" << QDate(2025, 9, 1) << 1 << "outdoor" << "non-residential" << "" << "" << "" << true << "07:00" << "23:30" << "00:00" << "23:30" << false;

    // Special days narrow: Bærum 2.10, no serving in public places on 17 May before 16:00.
    QTest::newRow("17 May public place 15:59") << "baerum-2020" << QDate(2025, 5, 17) << 1 << "outdoor" << "public_place" << "" << "" << "" << true << "16:00" << "22:30" << "23:00" << "15:59" << false;
    QTest::newRow("17 May public place 16:00") << "baerum-2020" << QDate(2025, 5, 17) << 1 << "outdoor" << "public_place" << "" << "" << "" << true << "16:00" << "22:30" << "23:00" << "16:00" << true;
    QTest::newRow("17 May 2026 on a Sunday public place") << "baerum-2020" << QDate(2026, 5, 17) << 2 << "outdoor" << "public_place" << "" << "" << "" << true << "16:00" << "22:30" << "23:00" << "12:00" << false;
    QTest::newRow("17 May 2027 Whit Monday public place") << "baerum-2020" << QDate(2027, 5, 17) << 3 << "outdoor" << "public_place" << "" << "" << "" << true << "16:00" << "22:30" << "23:00" << "15:00" << false;
    QTest::newRow("17 May elsewhere not narrowed") << "baerum-2020" << QDate(2025, 5, 17) << 1 << "outdoor" << "non-residential" << "" << "" << "" << true << "07:00" << "00:30" << "01:00" << "12:00" << true;
    QTest::newRow("18 May public place not narrowed") << "baerum-2020" << QDate(2025, 5, 18) << 1 << "outdoor" << "public_place" << "" << "" << "" << true << "07:00" << "22:30" << "23:00" << "12:00" << true;
    QTest::newRow("special day end narrows") << "weekend" << QDate(2025, 12, 24) << 1 << "indoor" << "residential" << "" << "" << "" << true << "08:00" << "18:00" << "18:15" << "18:00" << false;
    QTest::newRow("special day leaves nothing") << "weekend" << QDate(2025, 4, 19) << 1 << "indoor" << "residential" << "" << "" << "" << false << "" << "" << "" << "21:00" << false;

    // Days rules: before_holiday is the serving day's date (Whit Monday on 17 May 2027).
    QTest::newRow("before holiday Whit Sunday 2027") << "weekend" << QDate(2027, 5, 16) << 1 << "indoor" << "residential" << "" << "" << "" << true << "08:00" << "02:00" << "02:15" << "01:30" << true;
    QTest::newRow("Whit Monday 17 May 2027 weekday hours") << "weekend" << QDate(2027, 5, 17) << 1 << "indoor" << "residential" << "" << "" << "" << true << "08:00" << "01:00" << "01:15" << "01:30" << false;
    QTest::newRow("Saturday before 17 May 2026 Sunday") << "weekend" << QDate(2026, 5, 16) << 2 << "indoor" << "residential" << "" << "" << "" << true << "08:00" << "02:00" << "02:15" << "" << false;
    QTest::newRow("Friday before 17 May 2025 Saturday") << "weekend" << QDate(2025, 5, 16) << 2 << "indoor" << "residential" << "" << "" << "" << true << "08:00" << "01:00" << "01:15" << "" << false;
    QTest::newRow("24:00 normalised to 00:00") << "weekend" << QDate(2025, 6, 10) << 3 << "outdoor" << "residential" << "" << "" << "" << true << "13:00" << "00:00" << "00:15" << "" << false;

    // Licence hours only narrow; an extension moves the end later, capped at 03:00.
    QTest::newRow("licence narrows both ends") << "national" << summerSaturday << 1 << "indoor" << "residential" << "11:00" << "01:00" << "" << true << "11:00" << "01:00" << "01:30" << "10:59" << false;
    QTest::newRow("licence cannot widen") << "baerum-2020" << summerSaturday << 1 << "outdoor" << "residential" << "06:00" << "02:00" << "" << true << "07:00" << "22:30" << "23:00" << "06:30" << false;
    QTest::newRow("extension to 02:00") << "national-default" << summerSaturday << 1 << "indoor" << "residential" << "" << "" << "02:00" << true << "08:00" << "02:00" << "02:30" << "01:30" << true;
    QTest::newRow("extension capped at 03:00") << "national-default" << summerSaturday << 1 << "indoor" << "residential" << "" << "" << "04:30" << true << "08:00" << "03:00" << "03:30" << "02:59" << true;
    QTest::newRow("extension earlier than the end does nothing") << "national-default" << summerSaturday << 1 << "indoor" << "residential" << "" << "" << "23:00" << true << "08:00" << "01:00" << "01:30" << "" << false;
    QTest::newRow("extension past a licence end") << "national" << summerSaturday << 3 << "indoor" << "residential" << "" << "23:00" << "01:00" << true << "13:00" << "01:00" << "01:30" << "00:30" << true;

    // Nothing may be served where no rule gives hours.
    QTest::newRow("no rule for group 3 outdoors") << "no-outdoor-group3" << summerSaturday << 3 << "outdoor" << "residential" << "" << "" << "" << false << "" << "" << "" << "14:00" << false;
    QTest::newRow("group 3 indoors still served") << "no-outdoor-group3" << summerSaturday << 3 << "indoor" << "residential" << "" << "" << "" << true << "13:00" << "01:00" << "01:30" << "14:00" << true;

    // effective_from: a question about a past date uses the version then in force.
    QTest::newRow("version 2020 on 2023-12-31") << "two-versions" << QDate(2023, 12, 31) << 1 << "indoor" << "residential" << "" << "" << "" << true << "13:00" << "01:00" << "01:30" << "01:30" << false;
    QTest::newRow("version 2024 on 2024-01-01") << "two-versions" << QDate(2024, 1, 1) << 1 << "indoor" << "residential" << "" << "" << "" << true << "13:00" << "02:00" << "02:30" << "01:30" << true;
}

void TestServingHours::hours()
{
    QFETCH(QString, rules);
    QFETCH(QDate, date);
    QFETCH(int, group);
    QFETCH(QString, area);
    QFETCH(QString, zone);
    QFETCH(QString, licenceStart);
    QFETCH(QString, licenceEnd);
    QFETCH(QString, extensionEnd);
    QFETCH(bool, serving);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, consumptionEnd);
    QFETCH(QString, time);
    QFETCH(bool, allowed);

    ServingQuery query;
    query.date = date;
    query.group = group;
    query.area = area == QLatin1String("indoor") ? Area::Indoor : Area::Outdoor;
    query.zone = zone;
    query.licenceStart = optionalTime(licenceStart);
    query.licenceEnd = optionalTime(licenceEnd);
    query.extensionEnd = optionalTime(extensionEnd);

    const Result<ServingHours> hours = Hours::serving(ruleSetNamed(rules), query);
    QVERIFY2(hours.ok(), qPrintable(hours.error().message));
    QCOMPARE(hours->date, date);
    QCOMPARE(hours->group, group);
    QCOMPARE(hours->zone, zone);
    QCOMPARE(hours->serving, serving);
    QCOMPARE(hhmm(hours->start), start);
    QCOMPARE(hhmm(hours->end), end);
    QCOMPARE(hhmm(hours->consumptionEnd), consumptionEnd);
    QVERIFY(!hours->source.isEmpty());
    if (!time.isEmpty())
        QCOMPARE(Hours::servingAllowedAt(hours.value(), QTime::fromString(time, QStringLiteral("HH:mm"))), allowed);
}

void TestServingHours::badQuery_data()
{
    QTest::addColumn<QString>("rules");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("group");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    QTest::newRow("group 0") << "national" << QDate(2025, 6, 14) << 0 << "residential" << "group" << "group: 0 is not an alcohol group";
    QTest::newRow("group 4") << "national" << QDate(2025, 6, 14) << 4 << "residential" << "group" << "group: 4 is not an alcohol group";
    QTest::newRow("unknown zone") << "national" << QDate(2025, 6, 14) << 1 << "harbour" << "zone" << "zone: unknown zone \"harbour\"";
    QTest::newRow("Bærum zone unknown nationally") << "national" << QDate(2025, 6, 14) << 1 << "inner_sandvika" << "zone" << "zone: unknown zone \"inner_sandvika\"";
    QTest::newRow("before the first version") << "two-versions" << QDate(2019, 6, 14) << 1 << "residential" << "date" << "date: the rule set \"two\" has no rules in force on 2019-06-14";
    QTest::newRow("invalid date") << "national" << QDate() << 1 << "residential" << "date" << "date: a valid date is required.";
}

void TestServingHours::badQuery()
{
    QFETCH(QString, rules);
    QFETCH(QDate, date);
    QFETCH(int, group);
    QFETCH(QString, zone);
    QFETCH(QString, field);
    QFETCH(QString, message);
    ServingQuery query;
    query.date = date;
    query.group = group;
    query.zone = zone;
    const Result<ServingHours> hours = Hours::serving(ruleSetNamed(rules), query);
    QVERIFY(!hours.ok());
    QCOMPARE(hours.error().field, field);
    QVERIFY2(hours.error().message.startsWith(message), qPrintable(hours.error().message));
}

void TestServingHours::allowedAtNeedsServing()
{
    ServingHours none;
    none.serving = false;
    none.start = QTime(8, 0);
    none.end = QTime(1, 0);
    QVERIFY(!Hours::servingAllowedAt(none, QTime(12, 0)));
    none.serving = true;
    QVERIFY(Hours::servingAllowedAt(none, QTime(12, 0)));
    QVERIFY(!Hours::servingAllowedAt(none, QTime()));
}

QTEST_GUILESS_MAIN(TestServingHours)
#include "TestServingHours.moc"
