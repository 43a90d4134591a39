#include "Calendar.h"

#include <algorithm>

namespace bevilling::rules {

QDate Calendar::easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<NamedDay> Calendar::namedDays(int year)
{
    const QDate easter = easterSunday(year);
    QList<NamedDay> days = {
        {QDate(year, 1, 1), QStringLiteral("new_years_day"), QStringLiteral("Første nyttårsdag"), true},
        {easter.addDays(-3), QStringLiteral("maundy_thursday"), QStringLiteral("Skjærtorsdag"), true},
        {easter.addDays(-2), QStringLiteral("good_friday"), QStringLiteral("Langfredag"), true},
        {easter, QStringLiteral("easter_sunday"), QStringLiteral("Første påskedag"), true},
        {easter.addDays(1), QStringLiteral("easter_monday"), QStringLiteral("Andre påskedag"), true},
        {QDate(year, 5, 1), QStringLiteral("may_1"), QStringLiteral("Offentlig høytidsdag"), false},
        {QDate(year, 5, 17), QStringLiteral("may_17"), QStringLiteral("Grunnlovsdag"), false},
        {easter.addDays(39), QStringLiteral("ascension_day"), QStringLiteral("Kristi himmelfartsdag"), true},
        {easter.addDays(49), QStringLiteral("whit_sunday"), QStringLiteral("Første pinsedag"), true},
        {easter.addDays(50), QStringLiteral("whit_monday"), QStringLiteral("Andre pinsedag"), true},
        {QDate(year, 12, 25), QStringLiteral("christmas_day"), QStringLiteral("Første juledag"), true},
        {QDate(year, 12, 26), QStringLiteral("boxing_day"), QStringLiteral("Andre juledag"), true},
    };
    // Stable: on a shared date the order above (holidays by their place in the church year,
    // then the high days) is kept.
    std::stable_sort(days.begin(), days.end(), [](const NamedDay &a, const NamedDay &b) { return a.date < b.date; });
    return days;
}

bool Calendar::isHoliday(const QDate &date)
{
    if (!date.isValid())
        return false;
    if (date.dayOfWeek() == Qt::Sunday)
        return true;
    if ((date.month() == 1 && date.day() == 1) || (date.month() == 12 && (date.day() == 25 || date.day() == 26)))
        return true;
    const qint64 fromEaster = easterSunday(date.year()).daysTo(date);
    return fromEaster == -3 || fromEaster == -2 || fromEaster == 0 || fromEaster == 1 || fromEaster == 39
           || fromEaster == 49 || fromEaster == 50;
}

bool Calendar::isPublicHighDay(const QDate &date)
{
    return date.isValid() && date.month() == 5 && (date.day() == 1 || date.day() == 17);
}

bool Calendar::isAscensionDay(const QDate &date)
{
    return date.isValid() && easterSunday(date.year()).daysTo(date) == 39;
}

SalesDayType Calendar::salesDayType(const QDate &date)
{
    if (isHoliday(date) || isPublicHighDay(date))
        return SalesDayType::Closed;
    const QDate next = date.addDays(1);
    if (isHoliday(next) && !isAscensionDay(next))
        return SalesDayType::BeforeHoliday;
    return SalesDayType::Weekday;
}

} // namespace bevilling::rules
