#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace bevilling::rules {

// Norwegian holidays (helligdager) and the two public high days (1 and 17 May), rules.md C.3.
// Pure functions of the date; valid for the years Calendar::MinYear to Calendar::MaxYear.
struct NamedDay
{
    QDate date;
    QString key;      // stable: "new_years_day", "maundy_thursday", ..., "may_1", "may_17"
    QString name;     // Norwegian name as published: "Første nyttårsdag", ...
    bool holiday;     // a helligdag (false for 1 May and 17 May, which are høytidsdager)
};

// How a date is classified for sales of group 1 (AL § 3-7; rules.md C.1 and C.3).
enum class SalesDayType { Weekday, BeforeHoliday, Closed };

class Calendar
{
public:
    static constexpr int MinYear = 1900;
    static constexpr int MaxYear = 2200;

    static bool isSupportedYear(int year) { return year >= MinYear && year <= MaxYear; }

    // Easter Sunday by the Gregorian computus (anonymous Gregorian algorithm).
    static QDate easterSunday(int year);

    // The twelve named days of `year` in date order: the named helligdager (Easter Sunday and
    // Whit Sunday included, ordinary Sundays not) plus 1 May and 17 May. Two names on one date
    // (Whit Monday on 17 May 2027) give two entries.
    static QList<NamedDay> namedDays(int year);

    // A helligdag: every Sunday and the named holidays (not 1 and 17 May).
    static bool isHoliday(const QDate &date);
    static bool isPublicHighDay(const QDate &date); // 1 May or 17 May
    static bool isAscensionDay(const QDate &date);

    // Rules.md C.3: closed on Sundays, holidays, 1 May and 17 May; "before holiday" when the next
    // day is a Sunday or holiday other than Ascension Day; otherwise an ordinary weekday.
    static SalesDayType salesDayType(const QDate &date);
};

} // namespace bevilling::rules
