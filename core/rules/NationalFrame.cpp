// The national frame of sales and serving hours (alkoholloven §§ 3-7, 4-4) as code.

#include "RuleSet.h"

#include "RuleSetInternal.h"

#include <QSet>

namespace bevilling::rules {

using namespace detail;

namespace {

// A close of 00:00 is midnight at the end of the day and is shown as 24:00.
QString salesCloseText(const QTime &close)
{
    return salesCloseMinute(close) == kMidnight ? QStringLiteral("24:00") : formatTime(close);
}

QString minuteText(int minutes)
{
    return formatTime(timeOfMinute(minutes));
}

QString areaText(Area area)
{
    return area == Area::Indoor ? NationalFrame::tr("indoors") : NationalFrame::tr("outdoors");
}

// The years a recurring day is looked at to learn which sales day types it can have.
constexpr int kFirstSampleYear = 2000;
constexpr int kLastSampleYear = 2099;

class Checker
{
public:
    explicit Checker(QList<RuleProblem> &problems) : m_problems(problems) {}

    void add(const QString &path, const QString &message) { m_problems.append({path, message}); }

    void checkSales(const SalesRules &sales, const QString &path)
    {
        checkSalesDay(sales.weekdayOpen, sales.weekdayClose, path + QStringLiteral(".weekday"),
                      kNationalSalesCloseWeekday, NationalFrame::tr("on weekdays"));
        checkSalesDay(sales.beforeHolidayOpen, sales.beforeHolidayClose, path + QStringLiteral(".before_holiday"),
                      kNationalSalesCloseBeforeHoliday, NationalFrame::tr("on days before Sundays and holidays"));
        for (int i = 0; i < sales.days.size(); ++i) {
            const SalesDayRule &rule = sales.days.at(i);
            const QString rulePath = path + QStringLiteral(".days[%1]").arg(i);
            if (!rule.close)
                continue; // closes the day: always within the frame
            bool anyOpenDay = false;
            bool anyWeekday = false;
            for (int year = kFirstSampleYear; year <= kLastSampleYear; ++year) {
                const QDate date = dateOfDayKey(rule.day, year);
                if (!date.isValid())
                    continue;
                const SalesDayType type = Calendar::salesDayType(date);
                anyOpenDay = anyOpenDay || type != SalesDayType::Closed;
                anyWeekday = anyWeekday || type == SalesDayType::Weekday;
            }
            if (!anyOpenDay) {
                add(rulePath + QStringLiteral(".close"),
                    NationalFrame::tr("\"%1\" is always a day without sales (a Sunday, a holiday, 1 May or 17 May); "
                                      "no sales rule can open a closed day (alkoholloven § 3-7).")
                        .arg(rule.day));
                continue;
            }
            const int limit = anyWeekday ? kNationalSalesCloseWeekday : kNationalSalesCloseBeforeHoliday;
            if (salesCloseMinute(*rule.close) > limit) {
                add(rulePath + QStringLiteral(".close"),
                    NationalFrame::tr("%1 is later than the national maximum %2 for \"%3\" (alkoholloven § 3-7).")
                        .arg(salesCloseText(*rule.close), minuteText(limit), rule.day));
            }
        }
    }

    void checkServing(const RuleSetVersion &version, const QString &path)
    {
        const ServingRules &serving = version.serving;
        const QStringList zones = knownZones(version.settings);
        if (serving.consumptionMinutes > kNationalConsumptionMinutes) {
            add(path + QStringLiteral(".consumption_minutes"),
                NationalFrame::tr("%1 minutes is longer than the national maximum of %2 minutes after serving ends "
                                  "(alkoholloven § 4-4).")
                    .arg(serving.consumptionMinutes)
                    .arg(kNationalConsumptionMinutes));
        }
        bool rulesValid = true;
        for (int i = 0; i < serving.rules.size(); ++i) {
            const int before = int(m_problems.size());
            checkRule(serving.rules.at(i), path + QStringLiteral(".rules[%1]").arg(i), zones);
            rulesValid = rulesValid && m_problems.size() == before;
        }
        for (int i = 0; i < serving.specialDays.size(); ++i) {
            const SpecialDayRule &day = serving.specialDays.at(i);
            const QString dayPath = path + QStringLiteral(".special_days[%1]").arg(i);
            if (!day.zone.isEmpty() && !zones.contains(day.zone))
                add(dayPath + QStringLiteral(".zone"), unknownZone(day.zone));
            if (day.notAfter && servingMinute(*day.notAfter) > kNationalServingEnd) {
                add(dayPath + QStringLiteral(".not_after"),
                    NationalFrame::tr("%1 is later than the national maximum 03:00 (alkoholloven § 4-4).")
                        .arg(formatTime(*day.notAfter)));
            }
        }
        checkTies(serving.rules, path);
        if (rulesValid)
            checkGroup3(serving.rules, zones, path);
    }

private:
    static QString unknownZone(const QString &zone)
    {
        return NationalFrame::tr("unknown zone \"%1\"; use residential, non-residential or a zone declared in "
                                 "settings.zones.")
            .arg(zone);
    }

    void checkSalesDay(const QTime &open, const QTime &close, const QString &path, int closeLimit, const QString &dayText)
    {
        if (clockMinutes(open) < kNationalSalesOpen) {
            add(path + QStringLiteral(".open"),
                NationalFrame::tr("%1 is earlier than the earliest sales start 08:00 (alkoholloven § 3-7).")
                    .arg(formatTime(open)));
        }
        if (salesCloseMinute(close) > closeLimit) {
            add(path + QStringLiteral(".close"),
                NationalFrame::tr("%1 is later than the national maximum %2 %3 (alkoholloven § 3-7).")
                    .arg(salesCloseText(close), minuteText(closeLimit), dayText));
        } else if (salesCloseMinute(close) <= clockMinutes(open)) {
            add(path + QStringLiteral(".close"),
                NationalFrame::tr("%1 is not after the opening time %2.").arg(salesCloseText(close), formatTime(open)));
        }
    }

    void checkRule(const ServingRule &rule, const QString &path, const QStringList &zones)
    {
        if (!rule.zone.isEmpty() && !zones.contains(rule.zone))
            add(path + QStringLiteral(".zone"), unknownZone(rule.zone));
        const bool group3 = rule.groups.contains(3);
        const int startLimit = group3 ? kNationalStartGroup3 : kNationalStartGroups12;
        if (clockMinutes(rule.start) < startLimit) {
            add(path + QStringLiteral(".start"),
                NationalFrame::tr("%1 is earlier than the national earliest start %2 for %3 (alkoholloven § 4-4).")
                    .arg(formatTime(rule.start), minuteText(startLimit),
                         group3 ? groupsText({3}) : groupsText(rule.groups)));
            return;
        }
        const int end = servingMinute(rule.end);
        if (end > kNationalServingEnd) {
            add(path + QStringLiteral(".end"),
                NationalFrame::tr("%1 is later than the national maximum 03:00 for %2 (alkoholloven § 4-4).")
                    .arg(formatTime(rule.end), groupsText(rule.groups)));
        } else if (end <= servingMinute(rule.start)) {
            add(path + QStringLiteral(".end"),
                NationalFrame::tr("%1 is not after the start %2 on the serving day (06:00 to 03:00 the next morning).")
                    .arg(formatTime(rule.end), formatTime(rule.start)));
        }
    }

    // Two rules of the same specificity that can match the same query must agree, since neither
    // is more specific than the other.
    void checkTies(const QList<ServingRule> &rules, const QString &path)
    {
        for (int j = 1; j < rules.size(); ++j) {
            const ServingRule &b = rules.at(j);
            for (int i = 0; i < j; ++i) {
                const ServingRule &a = rules.at(i);
                if (specificity(a) != specificity(b) || a.area != b.area || a.zone != b.zone)
                    continue;
                bool sharedGroup = false;
                for (int g : a.groups)
                    sharedGroup = sharedGroup || b.groups.contains(g);
                if (!sharedGroup || !servingDaysOverlap(a.days, b.days) || !seasonsOverlap(a.season, b.season))
                    continue;
                if (a.start == b.start && a.end == b.end)
                    continue;
                add(path + QStringLiteral(".rules[%1]").arg(j),
                    NationalFrame::tr("gives %1-%2 where rules[%3] gives %4-%5 for the same query (overlapping groups, "
                                      "area, zone, season and days, equally specific); make one rule more specific "
                                      "or give both the same hours.")
                        .arg(formatTime(b.start), formatTime(b.end))
                        .arg(i)
                        .arg(formatTime(a.start), formatTime(a.end)));
                break;
            }
        }
    }

    // Group 3 may never be served beyond the hours of the other groups, asked the same question.
    // Every serving day of two years, both areas and every zone are tried.
    void checkGroup3(const QList<ServingRule> &rules, const QStringList &zones, const QString &path)
    {
        QSet<int> reported;
        for (QDate date(2024, 1, 1); date.year() <= 2025; date = date.addDays(1)) {
            for (Area area : {Area::Indoor, Area::Outdoor}) {
                for (const QString &zone : zones) {
                    const int r3 = bestRule(rules, 3, area, zone, date);
                    if (r3 < 0 || reported.contains(r3))
                        continue;
                    for (int group : {1, 2}) {
                        const int rg = bestRule(rules, group, area, zone, date);
                        if (rg == r3)
                            continue;
                        const ServingRule &g3 = rules.at(r3);
                        const QString where = NationalFrame::tr("%1, zone %2, serving day %3")
                                                  .arg(areaText(area), zone, date.toString(Qt::ISODate));
                        const QString rulePath = path + QStringLiteral(".rules[%1]").arg(r3);
                        if (rg < 0) {
                            add(rulePath, NationalFrame::tr("gives group 3 hours where no rule gives group %1 any (%2); "
                                                            "group 3 may never be served beyond the hours of the other "
                                                            "groups (alkoholloven § 4-4).")
                                              .arg(group)
                                              .arg(where));
                        } else if (clockMinutes(g3.start) < clockMinutes(rules.at(rg).start)) {
                            add(rulePath + QStringLiteral(".start"),
                                NationalFrame::tr("%1 is earlier than the start %2 that rules[%3] gives group %4 (%5); "
                                                  "group 3 may never be served beyond the hours of the other groups "
                                                  "(alkoholloven § 4-4).")
                                    .arg(formatTime(g3.start), formatTime(rules.at(rg).start))
                                    .arg(rg)
                                    .arg(group)
                                    .arg(where));
                        } else if (servingMinute(g3.end) > servingMinute(rules.at(rg).end)) {
                            add(rulePath + QStringLiteral(".end"),
                                NationalFrame::tr("%1 is later than the end %2 that rules[%3] gives group %4 (%5); "
                                                  "group 3 may never be served beyond the hours of the other groups "
                                                  "(alkoholloven § 4-4).")
                                    .arg(formatTime(g3.end), formatTime(rules.at(rg).end))
                                    .arg(rg)
                                    .arg(group)
                                    .arg(where));
                        } else {
                            continue;
                        }
                        reported.insert(r3);
                        break;
                    }
                }
            }
        }
    }

    QList<RuleProblem> &m_problems;
};

} // namespace

QList<RuleProblem> NationalFrame::check(const RuleSet &ruleSet)
{
    QList<RuleProblem> problems;
    Checker checker(problems);
    for (int i = 0; i < ruleSet.versions.size(); ++i) {
        const RuleSetVersion &version = ruleSet.versions.at(i);
        const QString path = QStringLiteral("versions[%1]").arg(i);
        checker.checkSales(version.sales, path + QStringLiteral(".sales"));
        checker.checkServing(version, path + QStringLiteral(".serving"));
    }
    return problems;
}

} // namespace bevilling::rules
