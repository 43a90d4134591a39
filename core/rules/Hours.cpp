// Sales and serving hours on a date under a rule set (rules.md C.1-C.3).

#include "RuleSet.h"

#include "RuleSetInternal.h"

#include <algorithm>

namespace bevilling::rules {

using namespace detail;

namespace {

const QString kInvalidQuery = QStringLiteral("invalid_query");
const QString kNoVersion = QStringLiteral("no_rules_in_force");

Result<const RuleSetVersion *> versionFor(const RuleSet &ruleSet, const QDate &date)
{
    if (!date.isValid())
        return makeError(kInvalidQuery, Hours::tr("date: a valid date is required."), QStringLiteral("date"));
    if (!Calendar::isSupportedYear(date.year())) {
        return makeError(kInvalidQuery,
                         Hours::tr("date: %1 is outside the years %2-%3 the calendar covers.")
                             .arg(date.toString(Qt::ISODate))
                             .arg(Calendar::MinYear)
                             .arg(Calendar::MaxYear),
                         QStringLiteral("date"));
    }
    const RuleSetVersion *version = ruleSet.versionOn(date);
    if (!version) {
        const QString first =
            ruleSet.versions.isEmpty() ? QString() : ruleSet.versions.first().effectiveFrom.toString(Qt::ISODate);
        return makeError(kNoVersion,
                         Hours::tr("date: the rule set \"%1\" has no rules in force on %2 (its first version takes "
                                   "effect on %3).")
                             .arg(ruleSet.name, date.toString(Qt::ISODate), first),
                         QStringLiteral("date"));
    }
    return version;
}

QString versionSource(const RuleSet &ruleSet, const RuleSetVersion &version)
{
    return version.title.isEmpty() ? ruleSet.title : version.title;
}

} // namespace

Result<SalesHours> Hours::sales(const RuleSet &ruleSet, const QDate &date)
{
    const Result<const RuleSetVersion *> found = versionFor(ruleSet, date);
    if (!found)
        return found.error();
    const RuleSetVersion &version = *found.value();
    SalesHours hours;
    hours.date = date;
    hours.dayType = Calendar::salesDayType(date);
    if (hours.dayType == SalesDayType::Closed) {
        hours.source = tr("No sales on Sundays, holidays, 1 May and 17 May (alkoholloven § 3-7)");
        return hours;
    }
    const bool weekday = hours.dayType == SalesDayType::Weekday;
    QTime open = weekday ? version.sales.weekdayOpen : version.sales.beforeHolidayOpen;
    QTime close = weekday ? version.sales.weekdayClose : version.sales.beforeHolidayClose;
    QStringList source{versionSource(ruleSet, version)
                       + (weekday ? tr(", weekdays") : tr(", days before Sundays and holidays"))};
    // Day rules only close earlier (or close the day); the earliest close of all that apply wins.
    for (const SalesDayRule &rule : version.sales.days) {
        if (!dayKeyMatches(rule.day, date))
            continue;
        const QString note = rule.note.isEmpty() ? rule.day : rule.note;
        if (!rule.close) {
            hours.dayType = SalesDayType::Closed;
            hours.source = note;
            return hours;
        }
        if (salesCloseMinute(*rule.close) < salesCloseMinute(close)) {
            close = *rule.close;
            source.append(note);
        }
    }
    if (salesCloseMinute(close) <= clockMinutes(open)) {
        hours.dayType = SalesDayType::Closed;
        hours.source = source.join(QStringLiteral("; "));
        return hours;
    }
    hours.open = open;
    hours.close = close;
    hours.source = source.join(QStringLiteral("; "));
    return hours;
}

Result<ServingHours> Hours::serving(const RuleSet &ruleSet, const ServingQuery &query)
{
    if (query.group < 1 || query.group > 3)
        return makeError(kInvalidQuery, tr("group: %1 is not an alcohol group; use 1, 2 or 3.").arg(query.group),
                         QStringLiteral("group"));
    const Result<const RuleSetVersion *> found = versionFor(ruleSet, query.date);
    if (!found)
        return found.error();
    const RuleSetVersion &version = *found.value();
    const QStringList zones = knownZones(version.settings);
    if (!zones.contains(query.zone)) {
        return makeError(kInvalidQuery,
                         tr("zone: unknown zone \"%1\"; use one of %2.").arg(query.zone, zones.join(QStringLiteral(", "))),
                         QStringLiteral("zone"));
    }
    for (const auto &[time, field] : {std::pair{query.licenceStart, QStringLiteral("licence_start")},
                                      std::pair{query.licenceEnd, QStringLiteral("licence_end")},
                                      std::pair{query.extensionEnd, QStringLiteral("extension_end")}}) {
        if (time && !time->isValid())
            return makeError(kInvalidQuery, tr("%1: not a valid time.").arg(field), field);
    }

    ServingHours hours;
    hours.date = query.date;
    hours.group = query.group;
    hours.area = query.area;
    hours.zone = query.zone;

    const int index = bestRule(version.serving.rules, query.group, query.area, query.zone, query.date);
    if (index < 0) {
        hours.serving = false;
        hours.source = tr("%1: no rule gives group %2 serving hours %3 in zone %4")
                           .arg(versionSource(ruleSet, version))
                           .arg(query.group)
                           .arg(query.area == Area::Indoor ? tr("indoors") : tr("outdoors"), query.zone);
        return hours;
    }
    const ServingRule &rule = version.serving.rules.at(index);
    int start = servingMinute(rule.start);
    int end = servingMinute(rule.end);
    QStringList source{rule.note.isEmpty()
                           ? tr("%1, serving rule %2").arg(versionSource(ruleSet, version)).arg(index + 1)
                           : rule.note};

    // Special days only narrow.
    for (const SpecialDayRule &day : version.serving.specialDays) {
        if (!dayKeyMatches(day.day, query.date) || (!day.zone.isEmpty() && day.zone != query.zone))
            continue;
        if (day.notBefore)
            start = std::max(start, servingMinute(*day.notBefore));
        if (day.notAfter)
            end = std::min(end, servingMinute(*day.notAfter));
        source.append(day.note.isEmpty() ? day.day : day.note);
    }
    // The licence's own stricter hours only narrow.
    if (query.licenceStart && servingMinute(*query.licenceStart) > start) {
        start = servingMinute(*query.licenceStart);
        source.append(tr("licence starts at %1").arg(formatTime(*query.licenceStart)));
    }
    if (query.licenceEnd && servingMinute(*query.licenceEnd) < end) {
        end = servingMinute(*query.licenceEnd);
        source.append(tr("licence ends at %1").arg(formatTime(*query.licenceEnd)));
    }
    // A decided extension for this date moves the end later, never past the national maximum.
    if (query.extensionEnd && servingMinute(*query.extensionEnd) > end) {
        const int extended = std::min(servingMinute(*query.extensionEnd), kNationalServingEnd);
        if (extended > end) {
            end = extended;
            source.append(extended < servingMinute(*query.extensionEnd)
                              ? tr("extension to %1, limited to the national maximum 03:00 (alkoholloven § 4-4)")
                                    .arg(formatTime(*query.extensionEnd))
                              : tr("extension to %1").arg(formatTime(*query.extensionEnd)));
        }
    }
    hours.source = source.join(QStringLiteral("; "));
    if (end <= start) {
        hours.serving = false;
        return hours;
    }
    hours.start = timeOfMinute(start);
    hours.end = timeOfMinute(end);
    hours.consumptionEnd = timeOfMinute(end + version.serving.consumptionMinutes);
    return hours;
}

bool Hours::servingAllowedAt(const ServingHours &hours, const QTime &time)
{
    if (!hours.serving || !time.isValid() || !hours.start.isValid() || !hours.end.isValid())
        return false;
    const int t = servingMinute(time);
    return servingMinute(hours.start) <= t && t < servingMinute(hours.end);
}

bool Hours::salesAllowedAt(const SalesHours &hours, const QTime &time)
{
    if (!hours.open || !hours.close || !time.isValid())
        return false;
    const int t = clockMinutes(time);
    return clockMinutes(*hours.open) <= t && t < salesCloseMinute(*hours.close);
}

} // namespace bevilling::rules
