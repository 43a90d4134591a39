#include "RuleSetTestSupport.h"
#include "rules/RuleSet.h"

#include <QTest>

using namespace bevilling;
using namespace bevilling::rules;
using namespace bevilling::test;

namespace {

// Drammen-style eves (rules.md C.1): 16:00 on Easter Saturday, Whit Saturday and Christmas Eve;
// New Year's Eve closed altogether.
RuleSet drammenStyle()
{
    RuleSetParts parts;
    parts.sales = R"({"weekday": {"open": "09:00", "close": "20:00"},
                      "before_holiday": {"open": "09:00", "close": "18:00"},
                      "days": [{"day": "easter_saturday", "close": "16:00", "note": "Påskeaften"},
                               {"day": "whit_saturday", "close": "16:00"},
                               {"day": "12-24", "close": "16:00", "note": "Julaften"},
                               {"day": "12-31", "note": "Nyttårsaften: stengt"}]})";
    return validRuleSet(ruleSetJson(parts));
}

// Two versions: from 2024 the weekday close moves from 18:00 to 20:00.
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
    if (name == QLatin1String("drammen-style"))
        return drammenStyle();
    if (name == QLatin1String("two-versions"))
        return twoVersions();
    return presetRuleSet(name);
}

} // namespace

class TestSalesHours : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hours_data();
    void hours();
    void allowedAt_data();
    void allowedAt();
    void badDate_data();
    void badDate();
};

void TestSalesHours::hours_data()
{
    QTest::addColumn<QString>("rules");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("dayType"); // weekday, before_holiday, closed
    QTest::addColumn<QString>("open");    // "" when closed
    QTest::addColumn<QString>("close");

    // Worked example 19, for both the national maxima and Bærum (identical by seed 000 § 5.4).
    for (const QString &rules : {QStringLiteral("national"), QStringLiteral("baerum-2020")}) {
        const QByteArray r = rules.toUtf8();
        QTest::newRow(QByteArray(r + " ex19 day before Maundy Thursday").constData()) << rules << QDate(2025, 4, 16) << "before_holiday" << "08:00" << "18:00";
        QTest::newRow(QByteArray(r + " ex19 Maundy Thursday").constData()) << rules << QDate(2025, 4, 17) << "closed" << "" << "";
        QTest::newRow(QByteArray(r + " ex19 Good Friday").constData()) << rules << QDate(2025, 4, 18) << "closed" << "" << "";
        QTest::newRow(QByteArray(r + " ex19 Easter Saturday").constData()) << rules << QDate(2025, 4, 19) << "before_holiday" << "08:00" << "18:00";
        QTest::newRow(QByteArray(r + " ex19 Easter Sunday").constData()) << rules << QDate(2025, 4, 20) << "closed" << "" << "";
        QTest::newRow(QByteArray(r + " ex19 Easter Monday").constData()) << rules << QDate(2025, 4, 21) << "closed" << "" << "";
        QTest::newRow(QByteArray(r + " ex19 day before 1 May").constData()) << rules << QDate(2025, 4, 30) << "weekday" << "08:00" << "20:00";
        QTest::newRow(QByteArray(r + " ex19 1 May").constData()) << rules << QDate(2025, 5, 1) << "closed" << "" << "";
        QTest::newRow(QByteArray(r + " ex19 Friday before 17 May on a Saturday").constData()) << rules << QDate(2025, 5, 16) << "weekday" << "08:00" << "20:00";
        QTest::newRow(QByteArray(r + " ex19 17 May").constData()) << rules << QDate(2025, 5, 17) << "closed" << "" << "";
        QTest::newRow(QByteArray(r + " ex19 Ascension eve is a weekday").constData()) << rules << QDate(2025, 5, 28) << "weekday" << "08:00" << "20:00";
        QTest::newRow(QByteArray(r + " Ascension Day").constData()) << rules << QDate(2025, 5, 29) << "closed" << "" << "";
        QTest::newRow(QByteArray(r + " ordinary Saturday").constData()) << rules << QDate(2025, 6, 14) << "before_holiday" << "08:00" << "18:00";
        QTest::newRow(QByteArray(r + " ordinary Tuesday").constData()) << rules << QDate(2025, 6, 10) << "weekday" << "08:00" << "20:00";
    }
    // Statutory normal time where a municipality has made no rules.
    QTest::newRow("national-default Easter Saturday closes 15:00") << "national-default" << QDate(2025, 4, 19) << "before_holiday" << "08:00" << "15:00";
    QTest::newRow("national-default weekday closes 18:00") << "national-default" << QDate(2025, 4, 15) << "weekday" << "08:00" << "18:00";
    QTest::newRow("national-default Ascension eve 2026") << "national-default" << QDate(2026, 5, 13) << "weekday" << "08:00" << "18:00";
    // 17 May on a Sunday (2026): the Saturday before is before a Sunday anyway.
    QTest::newRow("17 May 2026 on a Sunday") << "national" << QDate(2026, 5, 17) << "closed" << "" << "";
    QTest::newRow("Saturday 16 May 2026") << "national" << QDate(2026, 5, 16) << "before_holiday" << "08:00" << "18:00";
    QTest::newRow("Monday 18 May 2026") << "national" << QDate(2026, 5, 18) << "weekday" << "08:00" << "20:00";
    // Whit Monday on 17 May 2027.
    QTest::newRow("Whit Monday 17 May 2027") << "national" << QDate(2027, 5, 17) << "closed" << "" << "";
    QTest::newRow("Whit Sunday 16 May 2027") << "national" << QDate(2027, 5, 16) << "closed" << "" << "";
    QTest::newRow("Whit Saturday 15 May 2027") << "national" << QDate(2027, 5, 15) << "before_holiday" << "08:00" << "18:00";
    QTest::newRow("Tuesday after Whit Monday 2027") << "national" << QDate(2027, 5, 18) << "weekday" << "08:00" << "20:00";
    QTest::newRow("Ascension eve 2027") << "national" << QDate(2027, 5, 5) << "weekday" << "08:00" << "20:00";
    // Day rules close earlier, never later, and may close a day.
    QTest::newRow("Drammen Easter Saturday 16:00") << "drammen-style" << QDate(2025, 4, 19) << "before_holiday" << "09:00" << "16:00";
    QTest::newRow("Drammen Whit Saturday 16:00") << "drammen-style" << QDate(2025, 6, 7) << "before_holiday" << "09:00" << "16:00";
    QTest::newRow("Drammen Christmas Eve 16:00") << "drammen-style" << QDate(2025, 12, 24) << "before_holiday" << "09:00" << "16:00";
    QTest::newRow("Drammen ordinary Saturday 18:00") << "drammen-style" << QDate(2025, 12, 20) << "before_holiday" << "09:00" << "18:00";
    QTest::newRow("Drammen New Year's Eve closed") << "drammen-style" << QDate(2025, 12, 31) << "closed" << "" << "";
    QTest::newRow("Drammen Christmas Eve on a Sunday stays closed") << "drammen-style" << QDate(2023, 12, 24) << "closed" << "" << "";
    // A question about a past date uses the version then in force.
    QTest::newRow("version 2020 on 2023-12-29") << "two-versions" << QDate(2023, 12, 29) << "weekday" << "08:00" << "18:00";
    QTest::newRow("version 2024 on 2024-01-02") << "two-versions" << QDate(2024, 1, 2) << "weekday" << "08:00" << "20:00";
    QTest::newRow("version 2020 Saturday") << "two-versions" << QDate(2023, 12, 30) << "before_holiday" << "08:00" << "15:00";
}

void TestSalesHours::hours()
{
    QFETCH(QString, rules);
    QFETCH(QDate, date);
    QFETCH(QString, dayType);
    QFETCH(QString, open);
    QFETCH(QString, close);

    const Result<SalesHours> hours = Hours::sales(ruleSetNamed(rules), date);
    QVERIFY2(hours.ok(), qPrintable(hours.error().message));
    const QString type = hours->dayType == SalesDayType::Weekday         ? QStringLiteral("weekday")
                         : hours->dayType == SalesDayType::BeforeHoliday ? QStringLiteral("before_holiday")
                                                                         : QStringLiteral("closed");
    QCOMPARE(type, dayType);
    QCOMPARE(hours->date, date);
    QCOMPARE(hours->open ? hours->open->toString(QStringLiteral("HH:mm")) : QString(), open);
    QCOMPARE(hours->close ? hours->close->toString(QStringLiteral("HH:mm")) : QString(), close);
    QVERIFY(!hours->source.isEmpty());
}

void TestSalesHours::allowedAt_data()
{
    QTest::addColumn<QString>("rules");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("07:59 before opening") << "national" << QDate(2025, 6, 10) << QTime(7, 59) << false;
    QTest::newRow("08:00 opening") << "national" << QDate(2025, 6, 10) << QTime(8, 0) << true;
    QTest::newRow("19:59 weekday") << "national" << QDate(2025, 6, 10) << QTime(19, 59) << true;
    QTest::newRow("20:00 weekday close") << "national" << QDate(2025, 6, 10) << QTime(20, 0) << false;
    QTest::newRow("19:00 Easter Saturday national") << "national" << QDate(2025, 4, 19) << QTime(19, 0) << false;
    QTest::newRow("17:59 Easter Saturday national") << "national" << QDate(2025, 4, 19) << QTime(17, 59) << true;
    QTest::newRow("15:00 Easter Saturday national-default") << "national-default" << QDate(2025, 4, 19) << QTime(15, 0) << false;
    QTest::newRow("19:00 Ascension eve") << "baerum-2020" << QDate(2025, 5, 28) << QTime(19, 0) << true;
    QTest::newRow("12:00 on 17 May") << "baerum-2020" << QDate(2025, 5, 17) << QTime(12, 0) << false;
    QTest::newRow("16:00 Drammen Easter Saturday") << "drammen-style" << QDate(2025, 4, 19) << QTime(16, 0) << false;
    QTest::newRow("15:59 Drammen Easter Saturday") << "drammen-style" << QDate(2025, 4, 19) << QTime(15, 59) << true;
}

void TestSalesHours::allowedAt()
{
    QFETCH(QString, rules);
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    QFETCH(bool, allowed);
    const Result<SalesHours> hours = Hours::sales(ruleSetNamed(rules), date);
    QVERIFY(hours.ok());
    QCOMPARE(Hours::salesAllowedAt(hours.value(), time), allowed);
}

void TestSalesHours::badDate_data()
{
    QTest::addColumn<QString>("rules");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("message");

    QTest::newRow("before the first version") << "two-versions" << QDate(2019, 12, 31) << "date: the rule set \"two\" has no rules in force on 2019-12-31";
    QTest::newRow("before Bærum's guidelines") << "baerum-2020" << QDate(2020, 9, 30) << "date: the rule set \"baerum-2020\" has no rules in force on 2020-09-30";
    QTest::newRow("invalid date") << "national" << QDate() << "date: a valid date is required.";
    QTest::newRow("outside the calendar") << "national" << QDate(2201, 1, 2) << "date: 2201-01-02 is outside the years 1900-2200";
}

void TestSalesHours::badDate()
{
    QFETCH(QString, rules);
    QFETCH(QDate, date);
    QFETCH(QString, message);
    const Result<SalesHours> hours = Hours::sales(ruleSetNamed(rules), date);
    QVERIFY(!hours.ok());
    QCOMPARE(hours.error().field, QStringLiteral("date"));
    QVERIFY2(hours.error().message.startsWith(message), qPrintable(hours.error().message));
}

QTEST_GUILESS_MAIN(TestSalesHours)
#include "TestSalesHours.moc"
