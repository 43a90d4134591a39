#pragma once

// Helpers shared by the rule-set reader, the national frame and the hours engine. Not API.

#include "rules/RuleSet.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace bevilling::rules::detail {

// The serving day runs from 06:00 to 03:00 the next morning. On the serving-day axis a clock
// time from 00:00 to 05:59 lies after midnight: its minute count is 24 h + the clock minutes.
constexpr int kServingDayStart = 6 * 60;          // 06:00
constexpr int kMidnight = 24 * 60;                // 24:00 = 00:00 the next morning
constexpr int kNationalServingEnd = kMidnight + 3 * 60; // 03:00 the next morning
constexpr int kNationalStartGroups12 = 6 * 60;    // 06:00
constexpr int kNationalStartGroup3 = 13 * 60;     // 13:00
constexpr int kNationalSalesOpen = 8 * 60;        // 08:00 (decisions.md 9)
constexpr int kNationalSalesCloseWeekday = 20 * 60;
constexpr int kNationalSalesCloseBeforeHoliday = 18 * 60;
constexpr int kNationalConsumptionMinutes = 30;

int clockMinutes(const QTime &time);
// Minutes on the serving-day axis (06:00 = 360 ... 03:00 next morning = 1620).
int servingMinute(const QTime &time);
// A sales close of 00:00 is midnight at the end of the day (24:00).
int salesCloseMinute(const QTime &time);
QTime timeOfMinute(int minutes); // wraps over midnight
QString formatTime(const QTime &time); // "HH:mm"

QString formatMonthDay(const MonthDay &monthDay); // "MM-DD"
std::optional<MonthDay> parseMonthDay(const QString &text);

// Day keys of sales day rules and special days: the Calendar keys ("may_17", "easter_monday",
// ...), the eves "easter_saturday", "whit_saturday", "day_before_maundy_thursday",
// "day_before_ascension_day", and "MM-DD".
QStringList namedDayKeys();
bool isKnownDayKey(const QString &key);
bool dayKeyMatches(const QString &key, const QDate &date);
// The date `key` names in `year` (invalid when it names none, e.g. 02-29 in 2025).
QDate dateOfDayKey(const QString &key, int year);

// Serving rule days: "mon".."sun", "before_holiday", "holiday".
QStringList servingDayKeys();
bool servingDaysMatch(const QStringList &days, const QDate &date);
bool servingDaysOverlap(const QStringList &a, const QStringList &b);
bool seasonsOverlap(const std::optional<Season> &a, const std::optional<Season> &b);

QString areaKey(Area area);
std::optional<Area> areaFromKey(const QString &key);
QStringList builtInZones(); // "residential", "non-residential"
QStringList knownZones(const RuleSettings &settings);

// zone (8) > area (4) > season (2) > days (1): the most specific matching rule decides.
int specificity(const ServingRule &rule);
bool ruleMatches(const ServingRule &rule, int group, Area area, const QString &zone, const QDate &date);
// The index of the single most specific rule matching the query, or -1 when none does.
int bestRule(const QList<ServingRule> &rules, int group, Area area, const QString &zone, const QDate &date);

QString groupsText(const QList<int> &groups); // "group 3", "groups 1 and 2", "groups 1, 2 and 3"

} // namespace bevilling::rules::detail
