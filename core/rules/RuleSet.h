#pragma once

#include "Result.h"
#include "rules/Calendar.h"
#include "rules/LicencePeriod.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace bevilling::rules {

// A municipality's rules where the law lets it choose (rules.md C.1-C.2, D.3, decisions.md),
// as versioned data. National maxima are code (NationalFrame) and validate every rule set:
// a local rule may narrow the national frame, never widen it. Format: docs/rule-set-format.md.

enum class Area { Indoor, Outdoor };

// A day of the year, "MM-DD" in the file (season bounds, special days).
struct MonthDay
{
    int month = 0;
    int day = 0;
    bool isValid() const { return month >= 1 && month <= 12 && day >= 1 && day <= 31; }
    bool operator==(const MonthDay &o) const { return month == o.month && day == o.day; }
};

// An inclusive range of days in the year; `to` before `from` wraps over New Year (1 Sept - 30 Apr).
struct Season
{
    MonthDay from;
    MonthDay to;
    bool contains(const QDate &date) const;
};

// Serving times are clock times. A serving day (skjenkedøgn) runs from 06:00 to 03:00 the next
// morning, so an end time from 00:00 to 06:00 lies after midnight ("00:30" = half past midnight).
struct ServingRule
{
    QList<int> groups;           // the groups the rule covers: {1, 2}, {3}, {1, 2, 3}
    std::optional<Area> area;    // none: indoors and outdoors
    QString zone;                // empty: any zone; "residential", "non-residential" or a named zone key
    QStringList days;            // empty: every day; else any of "mon".."sun" (the day the serving day
                                 // starts), "before_holiday" (the next day is a Sunday or holiday), "holiday"
    std::optional<Season> season; // decided by the date the serving day starts (decisions.md 6)
    QTime start;
    QTime end;
    QString note;                // shown as the rule's source ("Bærum 5c, sommer")
};

// A named day with narrower hours, e.g. Bærum: no serving in public places on 17 May before 16:00.
struct SpecialDayRule
{
    QString day;                 // a Calendar key ("may_17", "christmas_eve" is not one: use "12-24")
                                 // or "MM-DD"
    QString zone;                // empty: everywhere; else only that zone (e.g. "public_place")
    std::optional<QTime> notBefore; // serving starts no earlier than this
    std::optional<QTime> notAfter;  // serving ends no later than this (clock time, as ServingRule::end)
    QString note;
};

struct SalesDayRule
{
    QString day;                 // "easter_saturday", "whit_saturday", "12-24", "12-31", ... or a Calendar key
    std::optional<QTime> close;  // earlier close on that day
    QString note;
};

struct SalesRules
{
    QTime weekdayOpen;
    QTime weekdayClose;
    QTime beforeHolidayOpen;
    QTime beforeHolidayClose;
    QList<SalesDayRule> days;
};

struct ServingRules
{
    QList<ServingRule> rules;
    QList<SpecialDayRule> specialDays;
    int consumptionMinutes = 30; // drinks must be finished within this after serving ends
};

// Single-occasion and travelling-licence fees (rules.md D.3, decisions.md 8).
struct SingleOccasionTier
{
    QString eventType;           // empty: any; "cultural", "voluntary", "senior_centre", "other", "closed_party"
    int minAttendance = 0;       // inclusive
    std::optional<int> maxAttendance; // inclusive; none: no upper bound
    std::optional<double> amount;     // a fixed amount (Bjerkreim), or
    std::optional<double> percentOfOrdinary; // a share of the ordinary fee (Bærum 25/50/100), or
    bool travellingRate = false;      // the travelling-licence rate (Bærum 2.7)
    QString note;                     // why the tier reads as it does (Bærum: exactly 600 at a cultural event)
};

struct FeeRules
{
    // "per_litre": the national rates with the serving minimum (the national preset);
    // "tiers": the first matching tier below.
    QString singleOccasionMethod = QStringLiteral("per_litre");
    QList<SingleOccasionTier> singleOccasionTiers;
    // The "ordinary fee" the percentages refer to: "serving_minimum" or a fixed amount.
    QString ordinaryFeeBase = QStringLiteral("serving_minimum");
    std::optional<double> ordinaryFeeAmount;
    // The travelling-licence rate per occasion; none: the national cap of the year.
    std::optional<double> travellingRate;
    // Estimated fee when no turnover report arrives after a reminder: last year's fee + this % (Bærum 50).
    std::optional<double> estimatedFeePercent;
};

// decisions.md 1-10 as settings, plus the municipality's deadlines and quotas.
struct RuleSettings
{
    LicencePeriod::Reading periodReading = LicencePeriod::Reading::FixedBoundary;
    bool prikkerUsedBySuspension = true;     // decisions.md 3
    int transferTransitionMonths = 3;        // decisions.md 5
    int transferApplicationDays = 30;
    bool quotaCountsOrdinaryOnly = true;     // decisions.md 7
    std::optional<MonthDay> turnoverReportDeadline; // e.g. 03-01
    std::optional<int> singleOccasionLeadDays;      // application lead time before an event
    std::optional<int> travellingLicenceQuota;      // Bærum: 20 created by the council
    QStringList zones;                       // named zones besides residential/non-residential
    // Case processing (rules.md G.3, issue 4).
    std::optional<int> processingTargetDays;        // the municipality's own target in calendar days (1-365)
    bool pauseClockWhileIncomplete = true;          // the processing clock stands still while documents are missing
    bool pauseClockForStatements = true;            // ... and while statements are awaited
    int statementReplyDays = 21;                    // default reply deadline for a statement (1-180)
    QStringList localPolicies;                      // CaseChecks::Policy* keys (Bærum 2.4, 2.5, 2.9)
};

// One version of a municipality's rules, in force from `effectiveFrom`.
struct RuleSetVersion
{
    QDate effectiveFrom;
    QString title;
    QString source;
    RuleSettings settings;
    SalesRules sales;
    ServingRules serving;
    FeeRules fees;
};

struct RuleSet
{
    QString name;                 // "national", "baerum-2020", or the municipality's own
    QString title;
    QList<RuleSetVersion> versions; // ordered by effectiveFrom

    // The version in force on `date` (the latest effectiveFrom on or before it), or nullptr.
    const RuleSetVersion *versionOn(const QDate &date) const;
};

// One problem in a rule set: `path` like "versions[0].serving.rules[3].end".
struct RuleProblem
{
    QString path;
    QString message;
};

// The national frame (alkoholloven §§ 3-7, 4-4) as code.
class NationalFrame
{
    Q_DECLARE_TR_FUNCTIONS(NationalFrame)
public:
    // Every way `ruleSet` goes beyond the national frame or contradicts itself (group 3 beyond
    // the other groups' hours, overlapping rules that give different hours, ...). Empty: valid.
    static QList<RuleProblem> check(const RuleSet &ruleSet);
};

class RuleSets
{
    Q_DECLARE_TR_FUNCTIONS(RuleSets)
public:
    // Shipped presets (resources/rules/*.json): "national", "national-default", "baerum-2020".
    static QStringList presetNames();
    static Result<RuleSet> preset(const QString &name);
    // Parses a rule-set document; Error.field is the JSON path of the first problem. Also runs
    // NationalFrame::check and refuses a rule set that widens the national frame.
    static Result<RuleSet> fromJson(const QJsonObject &document);
    static QJsonObject toJson(const RuleSet &ruleSet);
    // A preset name or a path to a rule-set file (the CLI's --rules).
    static Result<RuleSet> load(const QString &presetOrFile);
};

struct SalesHours
{
    QDate date;
    SalesDayType dayType = SalesDayType::Weekday;
    std::optional<QTime> open;  // none when closed
    std::optional<QTime> close;
    QString source;             // which rule decided it
};

struct ServingQuery
{
    QDate date;                 // the serving day (starts 06:00 on this date)
    int group = 1;
    Area area = Area::Indoor;
    QString zone = QStringLiteral("residential");
    // Stricter hours on the individual licence (narrowing only), and an event extension (a
    // decided exception for this date, still within the national frame).
    std::optional<QTime> licenceStart;
    std::optional<QTime> licenceEnd;
    std::optional<QTime> extensionEnd;
};

struct ServingHours
{
    QDate date;
    int group = 1;
    Area area = Area::Indoor;
    QString zone;
    bool serving = true;        // false: no serving at all on this serving day
    QTime start;
    QTime end;                  // clock time; 00:00-06:00 is after midnight
    QTime consumptionEnd;
    QString source;
};

class Hours
{
    Q_DECLARE_TR_FUNCTIONS(Hours)
public:
    static Result<SalesHours> sales(const RuleSet &ruleSet, const QDate &date);
    static Result<ServingHours> serving(const RuleSet &ruleSet, const ServingQuery &query);
    // Whether serving is allowed at `time`. `time` from 00:00 to 05:59 is in the early hours after
    // the serving day's date (contracts.md section 3).
    static bool servingAllowedAt(const ServingHours &hours, const QTime &time);
    static bool salesAllowedAt(const SalesHours &hours, const QTime &time);
};

} // namespace bevilling::rules
