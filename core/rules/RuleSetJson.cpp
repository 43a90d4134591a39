// Reading and writing rule-set documents (docs/rule-set-format.md).

#include "RuleSet.h"

#include "RuleSetInternal.h"
#include "cases/CaseChecks.h"
#include "exchange/JsonReader.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace bevilling::rules {

using detail::formatMonthDay;
using detail::formatTime;
using Need = JsonReader::Need;

namespace {

const QString kFormat = QStringLiteral("bevilling-rule-set");
constexpr int kFormatVersion = 1;
const QString kWidens = QStringLiteral("beyond_national_frame");

QStringList eventTypes()
{
    return {QStringLiteral("cultural"), QStringLiteral("voluntary"), QStringLiteral("senior_centre"),
            QStringLiteral("other"), QStringLiteral("closed_party")};
}

// The local policies a rule set may switch on (CaseChecks).
QStringList localPolicyKeys()
{
    return {CaseChecks::PolicyRetailOpeningHours, CaseChecks::PolicyChildrenYouth, CaseChecks::PolicySportsPolitical};
}

QString quotedList(const QStringList &values)
{
    QStringList quoted;
    for (const QString &v : values)
        quoted.append(QLatin1Char('"') + v + QLatin1Char('"'));
    return quoted.join(QStringLiteral(", "));
}

// Reads on top of JsonReader for the value types of this format.
class Reader
{
public:
    JsonReader json;

    bool time(const QJsonObject &o, const QString &path, const QString &key, Need need, std::optional<QTime> &out,
              bool isEnd)
    {
        QString text;
        bool present = false;
        if (!json.string(o, path, key, need, text, &present))
            return false;
        if (!present)
            return true;
        static const QRegularExpression shape(QStringLiteral("^([01]\\d|2[0-3]):([0-5]\\d)$"));
        const QString field = JsonReader::join(path, key);
        if (text == QLatin1String("24:00")) {
            if (!isEnd)
                return json.fail(field, RuleSets::tr("24:00 is only allowed as an end time (midnight); write 00:00."));
            out = QTime(0, 0);
            return true;
        }
        const QRegularExpressionMatch match = shape.match(text);
        if (!match.hasMatch())
            return json.fail(field, RuleSets::tr("\"%1\" is not a valid time; write times as HH:MM (00:00-23:59).").arg(text));
        out = QTime(match.captured(1).toInt(), match.captured(2).toInt());
        return true;
    }

    bool requiredTime(const QJsonObject &o, const QString &path, const QString &key, QTime &out, bool isEnd)
    {
        std::optional<QTime> t;
        if (!time(o, path, key, Need::Required, t, isEnd))
            return false;
        out = *t;
        return true;
    }

    bool monthDay(const QJsonValue &value, const QString &path, MonthDay &out)
    {
        QString text;
        if (!json.asString(value, path, text))
            return false;
        const std::optional<MonthDay> md = detail::parseMonthDay(text);
        if (!md)
            return json.fail(path, RuleSets::tr("\"%1\" is not a valid day of the year; write it as MM-DD.").arg(text));
        out = *md;
        return true;
    }

    bool number(const QJsonObject &o, const QString &path, const QString &key, std::optional<double> &out)
    {
        QJsonValue value = o.value(key);
        if (!json.ok())
            return false;
        if (value.isUndefined() || value.isNull())
            return true;
        const QString field = JsonReader::join(path, key);
        if (!value.isDouble())
            return json.fail(field, RuleSets::tr("expected a number."));
        const double d = value.toDouble();
        if (!std::isfinite(d) || d < 0)
            return json.fail(field, RuleSets::tr("must be a number of at least 0."));
        out = d;
        return true;
    }

    bool optionalInt(const QJsonObject &o, const QString &path, const QString &key, qint64 minimum, std::optional<int> &out)
    {
        qint64 n = 0;
        bool present = false;
        if (!json.integer(o, path, key, Need::Optional, minimum, n, &present))
            return false;
        if (present) {
            if (n > 100000)
                return json.fail(JsonReader::join(path, key), RuleSets::tr("must be at most 100000."));
            out = int(n);
        }
        return true;
    }

    bool intWithDefault(const QJsonObject &o, const QString &path, const QString &key, qint64 minimum, qint64 maximum,
                        int &out)
    {
        qint64 n = out;
        if (!json.integer(o, path, key, Need::Optional, minimum, n))
            return false;
        if (n > maximum)
            return json.fail(JsonReader::join(path, key), RuleSets::tr("must be at most %1 (found %2).").arg(maximum).arg(n));
        out = int(n);
        return true;
    }

    bool stringList(const QJsonObject &o, const QString &path, const QString &key, const QStringList &allowed,
                    QStringList &out)
    {
        QJsonArray array;
        if (!json.array(o, path, key, Need::Optional, array))
            return false;
        for (int i = 0; i < array.size(); ++i) {
            const QString item = JsonReader::index(JsonReader::join(path, key), i);
            QString text;
            if (!json.asString(array.at(i), item, text))
                return false;
            if (!allowed.isEmpty() && !allowed.contains(text))
                return json.failUnknownValue(item, text, allowed);
            if (text.trimmed().isEmpty())
                return json.fail(item, RuleSets::tr("cannot be empty."));
            if (out.contains(text))
                return json.fail(item, RuleSets::tr("\"%1\" is listed twice.").arg(text));
            out.append(text);
        }
        return true;
    }

    bool startEnd(const QJsonObject &o, const QString &path, QTime &open, QTime &close)
    {
        return json.onlyKeys(o, path, {QStringLiteral("open"), QStringLiteral("close")})
               && requiredTime(o, path, QStringLiteral("open"), open, false)
               && requiredTime(o, path, QStringLiteral("close"), close, true);
    }

    bool dayKey(const QJsonObject &o, const QString &path, QString &out)
    {
        if (!json.string(o, path, QStringLiteral("day"), Need::Required, out))
            return false;
        if (!detail::isKnownDayKey(out)) {
            return json.fail(JsonReader::join(path, QStringLiteral("day")),
                             RuleSets::tr("unknown day \"%1\"; use MM-DD or one of %2.")
                                 .arg(out, quotedList(detail::namedDayKeys())));
        }
        return true;
    }

    void settings(const QJsonObject &o, const QString &path, RuleSettings &s)
    {
        if (!json.onlyKeys(o, path,
                           {QStringLiteral("period_reading"), QStringLiteral("prikker_used_by_suspension"),
                            QStringLiteral("transfer_transition_months"), QStringLiteral("transfer_application_days"),
                            QStringLiteral("quota_counts_ordinary_only"), QStringLiteral("turnover_report_deadline"),
                            QStringLiteral("single_occasion_lead_days"), QStringLiteral("travelling_licence_quota"),
                            QStringLiteral("zones"), QStringLiteral("processing_target_days"),
                            QStringLiteral("pause_clock_while_incomplete"), QStringLiteral("pause_clock_for_statements"),
                            QStringLiteral("statement_reply_days"), QStringLiteral("local_policies")}))
            return;
        QString reading;
        bool present = false;
        if (!json.string(o, path, QStringLiteral("period_reading"), Need::Optional, reading, &present))
            return;
        if (present) {
            if (reading == QLatin1String("fixed_boundary"))
                s.periodReading = LicencePeriod::Reading::FixedBoundary;
            else if (reading == QLatin1String("next_council"))
                s.periodReading = LicencePeriod::Reading::NextCouncil;
            else {
                json.failUnknownValue(JsonReader::join(path, QStringLiteral("period_reading")), reading,
                                      {QStringLiteral("fixed_boundary"), QStringLiteral("next_council")});
                return;
            }
        }
        json.boolean(o, path, QStringLiteral("prikker_used_by_suspension"), Need::Optional, s.prikkerUsedBySuspension);
        intWithDefault(o, path, QStringLiteral("transfer_transition_months"), 1, 120, s.transferTransitionMonths);
        intWithDefault(o, path, QStringLiteral("transfer_application_days"), 1, 3650, s.transferApplicationDays);
        json.boolean(o, path, QStringLiteral("quota_counts_ordinary_only"), Need::Optional, s.quotaCountsOrdinaryOnly);
        const QJsonValue deadline = o.value(QStringLiteral("turnover_report_deadline"));
        if (json.ok() && !deadline.isUndefined() && !deadline.isNull()) {
            MonthDay md;
            if (monthDay(deadline, JsonReader::join(path, QStringLiteral("turnover_report_deadline")), md))
                s.turnoverReportDeadline = md;
        }
        optionalInt(o, path, QStringLiteral("single_occasion_lead_days"), 0, s.singleOccasionLeadDays);
        optionalInt(o, path, QStringLiteral("travelling_licence_quota"), 0, s.travellingLicenceQuota);
        stringList(o, path, QStringLiteral("zones"), {}, s.zones);
        optionalInt(o, path, QStringLiteral("processing_target_days"), 1, s.processingTargetDays);
        if (json.ok() && s.processingTargetDays && *s.processingTargetDays > 365) {
            json.fail(JsonReader::join(path, QStringLiteral("processing_target_days")),
                      RuleSets::tr("must be at most %1 (found %2).").arg(365).arg(*s.processingTargetDays));
            return;
        }
        json.boolean(o, path, QStringLiteral("pause_clock_while_incomplete"), Need::Optional, s.pauseClockWhileIncomplete);
        json.boolean(o, path, QStringLiteral("pause_clock_for_statements"), Need::Optional, s.pauseClockForStatements);
        intWithDefault(o, path, QStringLiteral("statement_reply_days"), 1, 180, s.statementReplyDays);
        stringList(o, path, QStringLiteral("local_policies"), localPolicyKeys(), s.localPolicies);
        if (!json.ok())
            return;
        static const QRegularExpression zoneShape(QStringLiteral("^[a-z0-9][a-z0-9_-]*$"));
        for (int i = 0; i < s.zones.size(); ++i) {
            const QString item = JsonReader::index(JsonReader::join(path, QStringLiteral("zones")), i);
            if (detail::builtInZones().contains(s.zones.at(i))) {
                json.fail(item, RuleSets::tr("\"%1\" is a built-in zone; list only your own named zones.").arg(s.zones.at(i)));
                return;
            }
            if (!zoneShape.match(s.zones.at(i)).hasMatch()) {
                json.fail(item, RuleSets::tr("\"%1\": a zone key uses lower-case letters, digits, \"_\" and \"-\" "
                                             "(for example \"inner_sandvika\").")
                                    .arg(s.zones.at(i)));
                return;
            }
        }
    }

    void sales(const QJsonObject &o, const QString &path, SalesRules &s)
    {
        if (!json.onlyKeys(o, path, {QStringLiteral("weekday"), QStringLiteral("before_holiday"), QStringLiteral("days")}))
            return;
        QJsonObject weekday;
        QJsonObject beforeHoliday;
        if (json.object(o, path, QStringLiteral("weekday"), Need::Required, weekday))
            startEnd(weekday, JsonReader::join(path, QStringLiteral("weekday")), s.weekdayOpen, s.weekdayClose);
        if (json.object(o, path, QStringLiteral("before_holiday"), Need::Required, beforeHoliday))
            startEnd(beforeHoliday, JsonReader::join(path, QStringLiteral("before_holiday")), s.beforeHolidayOpen,
                     s.beforeHolidayClose);
        QJsonArray days;
        if (!json.array(o, path, QStringLiteral("days"), Need::Optional, days))
            return;
        for (int i = 0; i < days.size() && json.ok(); ++i) {
            const QString item = JsonReader::index(JsonReader::join(path, QStringLiteral("days")), i);
            QJsonObject d;
            if (!json.asObject(days.at(i), item, d)
                || !json.onlyKeys(d, item, {QStringLiteral("day"), QStringLiteral("close"), QStringLiteral("note")}))
                return;
            SalesDayRule rule;
            dayKey(d, item, rule.day);
            time(d, item, QStringLiteral("close"), Need::Optional, rule.close, true);
            json.string(d, item, QStringLiteral("note"), Need::Optional, rule.note);
            s.days.append(rule);
        }
    }

    void servingRule(const QJsonObject &r, const QString &path, ServingRule &rule)
    {
        if (!json.onlyKeys(r, path,
                           {QStringLiteral("groups"), QStringLiteral("area"), QStringLiteral("zone"), QStringLiteral("days"),
                            QStringLiteral("season"), QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("note")}))
            return;
        QJsonArray groups;
        if (!json.array(r, path, QStringLiteral("groups"), Need::Required, groups))
            return;
        const QString groupsPath = JsonReader::join(path, QStringLiteral("groups"));
        if (groups.isEmpty()) {
            json.fail(groupsPath, RuleSets::tr("list at least one alcohol group (1, 2 or 3)."));
            return;
        }
        for (int i = 0; i < groups.size(); ++i) {
            qint64 g = 0;
            const QString item = JsonReader::index(groupsPath, i);
            if (!json.asInteger(groups.at(i), item, 1, g))
                return;
            if (g > 3) {
                json.fail(item, RuleSets::tr("%1 is not an alcohol group; use 1, 2 or 3.").arg(g));
                return;
            }
            if (rule.groups.contains(int(g))) {
                json.fail(item, RuleSets::tr("group %1 is listed twice.").arg(g));
                return;
            }
            rule.groups.append(int(g));
        }
        QString area;
        bool present = false;
        if (!json.string(r, path, QStringLiteral("area"), Need::Optional, area, &present))
            return;
        if (present) {
            rule.area = detail::areaFromKey(area);
            if (!rule.area) {
                json.failUnknownValue(JsonReader::join(path, QStringLiteral("area")), area,
                                      {QStringLiteral("indoor"), QStringLiteral("outdoor")});
                return;
            }
        }
        json.string(r, path, QStringLiteral("zone"), Need::Optional, rule.zone);
        if (json.ok() && r.contains(QStringLiteral("zone")) && rule.zone.isEmpty()) {
            json.fail(JsonReader::join(path, QStringLiteral("zone")),
                      RuleSets::tr("leave the zone out for a rule that applies in every zone."));
            return;
        }
        stringList(r, path, QStringLiteral("days"), detail::servingDayKeys(), rule.days);
        if (json.ok() && r.contains(QStringLiteral("days")) && rule.days.isEmpty()) {
            json.fail(JsonReader::join(path, QStringLiteral("days")),
                      RuleSets::tr("leave the days out for a rule that applies every day."));
            return;
        }
        QJsonObject season;
        present = false;
        if (!json.object(r, path, QStringLiteral("season"), Need::Optional, season, &present))
            return;
        if (present) {
            const QString seasonPath = JsonReader::join(path, QStringLiteral("season"));
            Season s;
            if (!json.onlyKeys(season, seasonPath, {QStringLiteral("from"), QStringLiteral("to")}))
                return;
            const QJsonValue from = season.value(QStringLiteral("from"));
            const QJsonValue to = season.value(QStringLiteral("to"));
            if (from.isUndefined() || to.isUndefined()) {
                json.fail(JsonReader::join(seasonPath, from.isUndefined() ? QStringLiteral("from") : QStringLiteral("to")),
                          RuleSets::tr("this field is required but missing."));
                return;
            }
            if (!monthDay(from, JsonReader::join(seasonPath, QStringLiteral("from")), s.from)
                || !monthDay(to, JsonReader::join(seasonPath, QStringLiteral("to")), s.to))
                return;
            rule.season = s;
        }
        requiredTime(r, path, QStringLiteral("start"), rule.start, false);
        requiredTime(r, path, QStringLiteral("end"), rule.end, true);
        json.string(r, path, QStringLiteral("note"), Need::Optional, rule.note);
    }

    void serving(const QJsonObject &o, const QString &path, ServingRules &s)
    {
        if (!json.onlyKeys(o, path,
                           {QStringLiteral("rules"), QStringLiteral("special_days"), QStringLiteral("consumption_minutes")}))
            return;
        QJsonArray rules;
        if (!json.array(o, path, QStringLiteral("rules"), Need::Required, rules))
            return;
        for (int i = 0; i < rules.size() && json.ok(); ++i) {
            const QString item = JsonReader::index(JsonReader::join(path, QStringLiteral("rules")), i);
            QJsonObject r;
            if (!json.asObject(rules.at(i), item, r))
                return;
            ServingRule rule;
            servingRule(r, item, rule);
            s.rules.append(rule);
        }
        QJsonArray specials;
        if (!json.array(o, path, QStringLiteral("special_days"), Need::Optional, specials))
            return;
        for (int i = 0; i < specials.size() && json.ok(); ++i) {
            const QString item = JsonReader::index(JsonReader::join(path, QStringLiteral("special_days")), i);
            QJsonObject d;
            if (!json.asObject(specials.at(i), item, d)
                || !json.onlyKeys(d, item,
                                  {QStringLiteral("day"), QStringLiteral("zone"), QStringLiteral("not_before"),
                                   QStringLiteral("not_after"), QStringLiteral("note")}))
                return;
            SpecialDayRule rule;
            dayKey(d, item, rule.day);
            json.string(d, item, QStringLiteral("zone"), Need::Optional, rule.zone);
            time(d, item, QStringLiteral("not_before"), Need::Optional, rule.notBefore, false);
            time(d, item, QStringLiteral("not_after"), Need::Optional, rule.notAfter, true);
            json.string(d, item, QStringLiteral("note"), Need::Optional, rule.note);
            if (json.ok() && !rule.notBefore && !rule.notAfter)
                json.fail(item, RuleSets::tr("a special day must give not_before, not_after or both."));
            s.specialDays.append(rule);
        }
        intWithDefault(o, path, QStringLiteral("consumption_minutes"), 0, 24 * 60, s.consumptionMinutes);
    }

    void fees(const QJsonObject &o, const QString &path, FeeRules &f)
    {
        if (!json.onlyKeys(o, path,
                           {QStringLiteral("single_occasion_method"), QStringLiteral("single_occasion_tiers"),
                            QStringLiteral("ordinary_fee_base"), QStringLiteral("ordinary_fee_amount"),
                            QStringLiteral("travelling_rate"), QStringLiteral("estimated_fee_percent")}))
            return;
        const QStringList methods{QStringLiteral("per_litre"), QStringLiteral("tiers")};
        if (json.string(o, path, QStringLiteral("single_occasion_method"), Need::Optional, f.singleOccasionMethod)
            && !methods.contains(f.singleOccasionMethod)) {
            json.failUnknownValue(JsonReader::join(path, QStringLiteral("single_occasion_method")), f.singleOccasionMethod,
                                  methods);
            return;
        }
        QJsonArray tiers;
        if (!json.array(o, path, QStringLiteral("single_occasion_tiers"), Need::Optional, tiers))
            return;
        for (int i = 0; i < tiers.size() && json.ok(); ++i) {
            const QString item = JsonReader::index(JsonReader::join(path, QStringLiteral("single_occasion_tiers")), i);
            QJsonObject t;
            if (!json.asObject(tiers.at(i), item, t)
                || !json.onlyKeys(t, item,
                                  {QStringLiteral("event_type"), QStringLiteral("min_attendance"),
                                   QStringLiteral("max_attendance"), QStringLiteral("amount"),
                                   QStringLiteral("percent_of_ordinary"), QStringLiteral("travelling_rate"),
                                   QStringLiteral("note")}))
                return;
            SingleOccasionTier tier;
            if (json.string(t, item, QStringLiteral("event_type"), Need::Optional, tier.eventType)
                && t.contains(QStringLiteral("event_type")) && !eventTypes().contains(tier.eventType)) {
                json.failUnknownValue(JsonReader::join(item, QStringLiteral("event_type")), tier.eventType, eventTypes());
                return;
            }
            intWithDefault(t, item, QStringLiteral("min_attendance"), 0, 10000000, tier.minAttendance);
            optionalInt(t, item, QStringLiteral("max_attendance"), 0, tier.maxAttendance);
            number(t, item, QStringLiteral("amount"), tier.amount);
            number(t, item, QStringLiteral("percent_of_ordinary"), tier.percentOfOrdinary);
            json.boolean(t, item, QStringLiteral("travelling_rate"), Need::Optional, tier.travellingRate);
            json.string(t, item, QStringLiteral("note"), Need::Optional, tier.note);
            if (!json.ok())
                return;
            const int charges = (tier.amount ? 1 : 0) + (tier.percentOfOrdinary ? 1 : 0) + (tier.travellingRate ? 1 : 0);
            if (charges != 1) {
                json.fail(item, RuleSets::tr("a tier charges exactly one of amount, percent_of_ordinary or "
                                             "travelling_rate."));
                return;
            }
            if (tier.maxAttendance && *tier.maxAttendance < tier.minAttendance) {
                json.fail(JsonReader::join(item, QStringLiteral("max_attendance")),
                          RuleSets::tr("%1 is below min_attendance %2.").arg(*tier.maxAttendance).arg(tier.minAttendance));
                return;
            }
            f.singleOccasionTiers.append(tier);
        }
        if (json.ok() && f.singleOccasionMethod == QLatin1String("tiers") && f.singleOccasionTiers.isEmpty()) {
            json.fail(JsonReader::join(path, QStringLiteral("single_occasion_tiers")),
                      RuleSets::tr("the method \"tiers\" needs at least one tier."));
            return;
        }
        const QStringList bases{QStringLiteral("serving_minimum"), QStringLiteral("amount")};
        if (json.string(o, path, QStringLiteral("ordinary_fee_base"), Need::Optional, f.ordinaryFeeBase)
            && !bases.contains(f.ordinaryFeeBase)) {
            json.failUnknownValue(JsonReader::join(path, QStringLiteral("ordinary_fee_base")), f.ordinaryFeeBase, bases);
            return;
        }
        number(o, path, QStringLiteral("ordinary_fee_amount"), f.ordinaryFeeAmount);
        if (json.ok() && f.ordinaryFeeBase == QLatin1String("amount") && !f.ordinaryFeeAmount) {
            json.fail(JsonReader::join(path, QStringLiteral("ordinary_fee_amount")),
                      RuleSets::tr("required when ordinary_fee_base is \"amount\"."));
            return;
        }
        number(o, path, QStringLiteral("travelling_rate"), f.travellingRate);
        number(o, path, QStringLiteral("estimated_fee_percent"), f.estimatedFeePercent);
    }

    void version(const QJsonObject &o, const QString &path, RuleSetVersion &v)
    {
        if (!json.onlyKeys(o, path,
                           {QStringLiteral("effective_from"), QStringLiteral("title"), QStringLiteral("source"),
                            QStringLiteral("settings"), QStringLiteral("sales"), QStringLiteral("serving"),
                            QStringLiteral("fees")}))
            return;
        json.date(o, path, QStringLiteral("effective_from"), Need::Required, v.effectiveFrom);
        json.string(o, path, QStringLiteral("title"), Need::Optional, v.title);
        json.string(o, path, QStringLiteral("source"), Need::Optional, v.source);
        QJsonObject part;
        bool present = false;
        if (json.object(o, path, QStringLiteral("settings"), Need::Optional, part, &present) && present)
            settings(part, JsonReader::join(path, QStringLiteral("settings")), v.settings);
        if (json.object(o, path, QStringLiteral("sales"), Need::Required, part))
            sales(part, JsonReader::join(path, QStringLiteral("sales")), v.sales);
        if (json.object(o, path, QStringLiteral("serving"), Need::Required, part))
            serving(part, JsonReader::join(path, QStringLiteral("serving")), v.serving);
        present = false;
        if (json.object(o, path, QStringLiteral("fees"), Need::Optional, part, &present) && present)
            fees(part, JsonReader::join(path, QStringLiteral("fees")), v.fees);
    }
};

QJsonObject startEndJson(const QTime &open, const QTime &close)
{
    return {{QStringLiteral("open"), formatTime(open)}, {QStringLiteral("close"), formatTime(close)}};
}

QJsonArray stringsJson(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

} // namespace

Result<RuleSet> RuleSets::fromJson(const QJsonObject &document)
{
    Reader r;
    JsonReader &json = r.json;
    RuleSet ruleSet;
    json.onlyKeys(document, QString(),
                  {QStringLiteral("format"), QStringLiteral("format_version"), QStringLiteral("name"),
                   QStringLiteral("title"), QStringLiteral("versions")});
    QString format;
    if (json.string(document, QString(), QStringLiteral("format"), Need::Required, format) && format != kFormat)
        json.fail(QStringLiteral("format"), tr("expected \"%1\", found \"%2\"; this is not a rule-set file.").arg(kFormat, format));
    qint64 formatVersion = 0;
    if (json.integer(document, QString(), QStringLiteral("format_version"), Need::Required, 1, formatVersion)
        && formatVersion > kFormatVersion) {
        json.fail(QStringLiteral("format_version"),
                  tr("version %1 is newer than this program reads (%2); update Bevilling.").arg(formatVersion).arg(kFormatVersion));
    }
    if (json.string(document, QString(), QStringLiteral("name"), Need::Required, ruleSet.name)) {
        static const QRegularExpression nameShape(QStringLiteral("^[a-z0-9][a-z0-9_.-]*$"));
        if (!nameShape.match(ruleSet.name).hasMatch())
            json.fail(QStringLiteral("name"), tr("\"%1\": a rule-set name uses lower-case letters, digits, \".\", \"_\" "
                                                 "and \"-\" (for example \"baerum-2020\").")
                                                  .arg(ruleSet.name));
    }
    json.string(document, QString(), QStringLiteral("title"), Need::Required, ruleSet.title);
    QJsonArray versions;
    if (json.array(document, QString(), QStringLiteral("versions"), Need::Required, versions) && versions.isEmpty())
        json.fail(QStringLiteral("versions"), tr("a rule set needs at least one version."));
    for (int i = 0; i < versions.size() && json.ok(); ++i) {
        const QString path = JsonReader::index(QStringLiteral("versions"), i);
        QJsonObject o;
        if (!json.asObject(versions.at(i), path, o))
            break;
        RuleSetVersion version;
        r.version(o, path, version);
        if (json.ok() && i > 0 && version.effectiveFrom <= ruleSet.versions.last().effectiveFrom) {
            json.fail(JsonReader::join(path, QStringLiteral("effective_from")),
                      tr("%1 must be later than the previous version's %2; list versions oldest first.")
                          .arg(version.effectiveFrom.toString(Qt::ISODate),
                               ruleSet.versions.last().effectiveFrom.toString(Qt::ISODate)));
        }
        ruleSet.versions.append(version);
    }
    if (!json.ok())
        return json.error();
    const QList<RuleProblem> problems = NationalFrame::check(ruleSet);
    if (!problems.isEmpty()) {
        const RuleProblem &first = problems.first();
        return makeError(kWidens, first.path + QStringLiteral(": ") + first.message, first.path);
    }
    return ruleSet;
}

QJsonObject RuleSets::toJson(const RuleSet &ruleSet)
{
    QJsonArray versions;
    for (const RuleSetVersion &v : ruleSet.versions) {
        const RuleSettings &s = v.settings;
        QJsonObject settings{
            {QStringLiteral("period_reading"), s.periodReading == LicencePeriod::Reading::FixedBoundary
                                                   ? QStringLiteral("fixed_boundary")
                                                   : QStringLiteral("next_council")},
            {QStringLiteral("prikker_used_by_suspension"), s.prikkerUsedBySuspension},
            {QStringLiteral("transfer_transition_months"), s.transferTransitionMonths},
            {QStringLiteral("transfer_application_days"), s.transferApplicationDays},
            {QStringLiteral("quota_counts_ordinary_only"), s.quotaCountsOrdinaryOnly},
            {QStringLiteral("zones"), stringsJson(s.zones)},
        };
        if (s.turnoverReportDeadline)
            settings.insert(QStringLiteral("turnover_report_deadline"), formatMonthDay(*s.turnoverReportDeadline));
        if (s.singleOccasionLeadDays)
            settings.insert(QStringLiteral("single_occasion_lead_days"), *s.singleOccasionLeadDays);
        if (s.travellingLicenceQuota)
            settings.insert(QStringLiteral("travelling_licence_quota"), *s.travellingLicenceQuota);
        // Case-processing settings are written only when they differ from the defaults, so that
        // documents written before they existed read and write back unchanged.
        const RuleSettings defaults;
        if (s.processingTargetDays)
            settings.insert(QStringLiteral("processing_target_days"), *s.processingTargetDays);
        if (s.pauseClockWhileIncomplete != defaults.pauseClockWhileIncomplete)
            settings.insert(QStringLiteral("pause_clock_while_incomplete"), s.pauseClockWhileIncomplete);
        if (s.pauseClockForStatements != defaults.pauseClockForStatements)
            settings.insert(QStringLiteral("pause_clock_for_statements"), s.pauseClockForStatements);
        if (s.statementReplyDays != defaults.statementReplyDays)
            settings.insert(QStringLiteral("statement_reply_days"), s.statementReplyDays);
        if (!s.localPolicies.isEmpty())
            settings.insert(QStringLiteral("local_policies"), stringsJson(s.localPolicies));

        QJsonArray salesDays;
        for (const SalesDayRule &d : v.sales.days) {
            QJsonObject o{{QStringLiteral("day"), d.day}};
            if (d.close)
                o.insert(QStringLiteral("close"), formatTime(*d.close));
            if (!d.note.isEmpty())
                o.insert(QStringLiteral("note"), d.note);
            salesDays.append(o);
        }
        const QJsonObject sales{
            {QStringLiteral("weekday"), startEndJson(v.sales.weekdayOpen, v.sales.weekdayClose)},
            {QStringLiteral("before_holiday"), startEndJson(v.sales.beforeHolidayOpen, v.sales.beforeHolidayClose)},
            {QStringLiteral("days"), salesDays},
        };

        QJsonArray rules;
        for (const ServingRule &rule : v.serving.rules) {
            QJsonArray groups;
            for (int g : rule.groups)
                groups.append(g);
            QJsonObject o{{QStringLiteral("groups"), groups},
                          {QStringLiteral("start"), formatTime(rule.start)},
                          {QStringLiteral("end"), formatTime(rule.end)}};
            if (rule.area)
                o.insert(QStringLiteral("area"), detail::areaKey(*rule.area));
            if (!rule.zone.isEmpty())
                o.insert(QStringLiteral("zone"), rule.zone);
            if (!rule.days.isEmpty())
                o.insert(QStringLiteral("days"), stringsJson(rule.days));
            if (rule.season) {
                o.insert(QStringLiteral("season"), QJsonObject{{QStringLiteral("from"), formatMonthDay(rule.season->from)},
                                                               {QStringLiteral("to"), formatMonthDay(rule.season->to)}});
            }
            if (!rule.note.isEmpty())
                o.insert(QStringLiteral("note"), rule.note);
            rules.append(o);
        }
        QJsonArray specials;
        for (const SpecialDayRule &d : v.serving.specialDays) {
            QJsonObject o{{QStringLiteral("day"), d.day}};
            if (!d.zone.isEmpty())
                o.insert(QStringLiteral("zone"), d.zone);
            if (d.notBefore)
                o.insert(QStringLiteral("not_before"), formatTime(*d.notBefore));
            if (d.notAfter)
                o.insert(QStringLiteral("not_after"), formatTime(*d.notAfter));
            if (!d.note.isEmpty())
                o.insert(QStringLiteral("note"), d.note);
            specials.append(o);
        }
        const QJsonObject serving{
            {QStringLiteral("rules"), rules},
            {QStringLiteral("special_days"), specials},
            {QStringLiteral("consumption_minutes"), v.serving.consumptionMinutes},
        };

        const FeeRules &f = v.fees;
        QJsonArray tiers;
        for (const SingleOccasionTier &t : f.singleOccasionTiers) {
            QJsonObject o{{QStringLiteral("min_attendance"), t.minAttendance}};
            if (!t.eventType.isEmpty())
                o.insert(QStringLiteral("event_type"), t.eventType);
            if (t.maxAttendance)
                o.insert(QStringLiteral("max_attendance"), *t.maxAttendance);
            if (t.amount)
                o.insert(QStringLiteral("amount"), *t.amount);
            if (t.percentOfOrdinary)
                o.insert(QStringLiteral("percent_of_ordinary"), *t.percentOfOrdinary);
            if (t.travellingRate)
                o.insert(QStringLiteral("travelling_rate"), true);
            if (!t.note.isEmpty())
                o.insert(QStringLiteral("note"), t.note);
            tiers.append(o);
        }
        QJsonObject fees{
            {QStringLiteral("single_occasion_method"), f.singleOccasionMethod},
            {QStringLiteral("single_occasion_tiers"), tiers},
            {QStringLiteral("ordinary_fee_base"), f.ordinaryFeeBase},
        };
        if (f.ordinaryFeeAmount)
            fees.insert(QStringLiteral("ordinary_fee_amount"), *f.ordinaryFeeAmount);
        if (f.travellingRate)
            fees.insert(QStringLiteral("travelling_rate"), *f.travellingRate);
        if (f.estimatedFeePercent)
            fees.insert(QStringLiteral("estimated_fee_percent"), *f.estimatedFeePercent);

        versions.append(QJsonObject{
            {QStringLiteral("effective_from"), v.effectiveFrom.toString(Qt::ISODate)},
            {QStringLiteral("title"), v.title},
            {QStringLiteral("source"), v.source},
            {QStringLiteral("settings"), settings},
            {QStringLiteral("sales"), sales},
            {QStringLiteral("serving"), serving},
            {QStringLiteral("fees"), fees},
        });
    }
    return {
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("format_version"), kFormatVersion},
        {QStringLiteral("name"), ruleSet.name},
        {QStringLiteral("title"), ruleSet.title},
        {QStringLiteral("versions"), versions},
    };
}

} // namespace bevilling::rules
