#include "RuleSet.h"

#include "RuleSetInternal.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace bevilling::rules {

namespace detail {

int clockMinutes(const QTime &time)
{
    return time.hour() * 60 + time.minute();
}

int servingMinute(const QTime &time)
{
    const int m = clockMinutes(time);
    return m < kServingDayStart ? m + kMidnight : m;
}

int salesCloseMinute(const QTime &time)
{
    const int m = clockMinutes(time);
    return m == 0 ? kMidnight : m;
}

QTime timeOfMinute(int minutes)
{
    const int m = ((minutes % kMidnight) + kMidnight) % kMidnight;
    return QTime(m / 60, m % 60);
}

QString formatTime(const QTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

QString formatMonthDay(const MonthDay &monthDay)
{
    return QStringLiteral("%1-%2").arg(monthDay.month, 2, 10, QLatin1Char('0')).arg(monthDay.day, 2, 10, QLatin1Char('0'));
}

std::optional<MonthDay> parseMonthDay(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{2})-(\\d{2})$"));
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const MonthDay md{match.captured(1).toInt(), match.captured(2).toInt()};
    // A leap year, so that 02-29 is a day of the year.
    if (!md.isValid() || !QDate(2024, md.month, md.day).isValid())
        return std::nullopt;
    return md;
}

namespace {

// Offsets from Easter Sunday of the named eves.
struct EveKey
{
    const char *key;
    int fromEaster;
};
constexpr EveKey kEves[] = {
    {"day_before_maundy_thursday", -4},
    {"easter_saturday", -1},
    {"day_before_ascension_day", 38},
    {"whit_saturday", 48},
};

} // namespace

QStringList namedDayKeys()
{
    QStringList keys;
    for (const NamedDay &day : Calendar::namedDays(2024))
        keys.append(day.key);
    for (const EveKey &eve : kEves)
        keys.append(QLatin1String(eve.key));
    return keys;
}

bool isKnownDayKey(const QString &key)
{
    return parseMonthDay(key).has_value() || namedDayKeys().contains(key);
}

bool dayKeyMatches(const QString &key, const QDate &date)
{
    if (!date.isValid())
        return false;
    if (const std::optional<MonthDay> md = parseMonthDay(key))
        return date.month() == md->month && date.day() == md->day;
    for (const EveKey &eve : kEves) {
        if (key == QLatin1String(eve.key))
            return Calendar::easterSunday(date.year()).daysTo(date) == eve.fromEaster;
    }
    const QList<NamedDay> days = Calendar::namedDays(date.year());
    return std::any_of(days.begin(), days.end(),
                       [&](const NamedDay &day) { return day.key == key && day.date == date; });
}

QDate dateOfDayKey(const QString &key, int year)
{
    if (const std::optional<MonthDay> md = parseMonthDay(key))
        return QDate(year, md->month, md->day); // invalid for 02-29 outside leap years
    for (const EveKey &eve : kEves) {
        if (key == QLatin1String(eve.key))
            return Calendar::easterSunday(year).addDays(eve.fromEaster);
    }
    for (const NamedDay &day : Calendar::namedDays(year)) {
        if (day.key == key)
            return day.date;
    }
    return {};
}

QStringList servingDayKeys()
{
    return {QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
            QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun"), QStringLiteral("before_holiday"),
            QStringLiteral("holiday")};
}

bool servingDaysMatch(const QStringList &days, const QDate &date)
{
    if (days.isEmpty())
        return true;
    const QStringList keys = servingDayKeys();
    for (const QString &day : days) {
        if (day == QLatin1String("holiday")) {
            if (Calendar::isHoliday(date))
                return true;
        } else if (day == QLatin1String("before_holiday")) {
            if (Calendar::isHoliday(date.addDays(1)))
                return true;
        } else if (keys.indexOf(day) == date.dayOfWeek() - 1) {
            return true;
        }
    }
    return false;
}

bool servingDaysOverlap(const QStringList &a, const QStringList &b)
{
    if (a.isEmpty() || b.isEmpty())
        return true;
    const auto special = [](const QString &d) {
        return d == QLatin1String("holiday") || d == QLatin1String("before_holiday");
    };
    for (const QString &x : a) {
        for (const QString &y : b) {
            // Any day of the week can be a holiday or the day before one (Sunday always is a
            // holiday, Saturday always the day before one), and a holiday can precede another.
            if (x == y || special(x) || special(y))
                return true;
        }
    }
    return false;
}

bool seasonsOverlap(const std::optional<Season> &a, const std::optional<Season> &b)
{
    if (!a || !b)
        return true;
    // Every day of a leap year.
    for (QDate d(2024, 1, 1); d.year() == 2024; d = d.addDays(1)) {
        if (a->contains(d) && b->contains(d))
            return true;
    }
    return false;
}

QString areaKey(Area area)
{
    return area == Area::Indoor ? QStringLiteral("indoor") : QStringLiteral("outdoor");
}

std::optional<Area> areaFromKey(const QString &key)
{
    if (key == QLatin1String("indoor"))
        return Area::Indoor;
    if (key == QLatin1String("outdoor"))
        return Area::Outdoor;
    return std::nullopt;
}

QStringList builtInZones()
{
    return {QStringLiteral("residential"), QStringLiteral("non-residential")};
}

QStringList knownZones(const RuleSettings &settings)
{
    return builtInZones() + settings.zones;
}

int specificity(const ServingRule &rule)
{
    return (rule.zone.isEmpty() ? 0 : 8) + (rule.area ? 4 : 0) + (rule.season ? 2 : 0) + (rule.days.isEmpty() ? 0 : 1);
}

bool ruleMatches(const ServingRule &rule, int group, Area area, const QString &zone, const QDate &date)
{
    return rule.groups.contains(group) && (!rule.area || *rule.area == area) && (rule.zone.isEmpty() || rule.zone == zone)
           && (!rule.season || rule.season->contains(date)) && servingDaysMatch(rule.days, date);
}

int bestRule(const QList<ServingRule> &rules, int group, Area area, const QString &zone, const QDate &date)
{
    int best = -1;
    for (int i = 0; i < rules.size(); ++i) {
        if (!ruleMatches(rules.at(i), group, area, zone, date))
            continue;
        if (best < 0 || specificity(rules.at(i)) > specificity(rules.at(best)))
            best = i;
    }
    return best;
}

QString groupsText(const QList<int> &groups)
{
    QList<int> sorted = groups;
    std::sort(sorted.begin(), sorted.end());
    if (sorted.size() == 1)
        return NationalFrame::tr("group %1").arg(sorted.first());
    QStringList numbers;
    for (int g : sorted)
        numbers.append(QString::number(g));
    const QString last = numbers.takeLast();
    return NationalFrame::tr("groups %1 and %2").arg(numbers.join(QStringLiteral(", ")), last);
}

} // namespace detail

bool Season::contains(const QDate &date) const
{
    if (!date.isValid())
        return false;
    const int d = date.month() * 100 + date.day();
    const int a = from.month * 100 + from.day;
    const int b = to.month * 100 + to.day;
    return a <= b ? (d >= a && d <= b) : (d >= a || d <= b);
}

const RuleSetVersion *RuleSet::versionOn(const QDate &date) const
{
    const RuleSetVersion *found = nullptr;
    for (const RuleSetVersion &version : versions) {
        if (version.effectiveFrom <= date && (!found || version.effectiveFrom >= found->effectiveFrom))
            found = &version;
    }
    return found;
}

namespace {
const QString kRulesField = QStringLiteral("rules");
const QString kUnknownPreset = QStringLiteral("unknown_preset");
const QString kUnreadable = QStringLiteral("unreadable_file");
const QString kInvalidRuleSet = QStringLiteral("invalid_rule_set");

Result<QJsonObject> readJsonFile(const QString &path, const QString &shownName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(kUnreadable,
                         RuleSets::tr("rules: cannot read the rule-set file \"%1\": %2").arg(shownName, file.errorString()),
                         kRulesField);
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(kInvalidRuleSet,
                         RuleSets::tr("rules: \"%1\" is not valid JSON (at character %2: %3).")
                             .arg(shownName)
                             .arg(parseError.offset)
                             .arg(parseError.errorString()),
                         kRulesField);
    }
    if (!document.isObject())
        return makeError(kInvalidRuleSet, RuleSets::tr("rules: \"%1\" must hold one JSON object.").arg(shownName), kRulesField);
    return document.object();
}
} // namespace

QStringList RuleSets::presetNames()
{
    return {QStringLiteral("national"), QStringLiteral("national-default"), QStringLiteral("baerum-2020")};
}

Result<RuleSet> RuleSets::preset(const QString &name)
{
    if (!presetNames().contains(name)) {
        return makeError(kUnknownPreset,
                         tr("rules: unknown rule-set preset \"%1\"; use one of %2, or the path of a rule-set file.")
                             .arg(name, presetNames().join(QStringLiteral(", "))),
                         kRulesField);
    }
    const Result<QJsonObject> document =
        readJsonFile(QStringLiteral(":/rules/") + name + QStringLiteral(".json"), name);
    if (!document)
        return document.error();
    return fromJson(document.value());
}

Result<RuleSet> RuleSets::load(const QString &presetOrFile)
{
    if (presetOrFile.trimmed().isEmpty())
        return makeError(kUnknownPreset, tr("rules: give a preset name (%1) or the path of a rule-set file.")
                                             .arg(presetNames().join(QStringLiteral(", "))),
                         kRulesField);
    if (presetNames().contains(presetOrFile))
        return preset(presetOrFile);
    const QFileInfo info(presetOrFile);
    if (!info.exists()) {
        // A bare name is taken for a preset, anything that looks like a path for a file.
        const bool looksLikePath = presetOrFile.contains(QLatin1Char('/')) || presetOrFile.contains(QLatin1Char('\\'))
                                   || presetOrFile.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
        if (!looksLikePath)
            return preset(presetOrFile);
        return makeError(kUnreadable, tr("rules: the rule-set file \"%1\" does not exist.").arg(presetOrFile), kRulesField);
    }
    if (!info.isFile())
        return makeError(kUnreadable, tr("rules: \"%1\" is not a file.").arg(presetOrFile), kRulesField);
    const Result<QJsonObject> document = readJsonFile(presetOrFile, presetOrFile);
    if (!document)
        return document.error();
    Result<RuleSet> ruleSet = fromJson(document.value());
    if (!ruleSet) {
        Error error = ruleSet.error();
        error.message = tr("rules: %1: %2").arg(presetOrFile, error.message);
        return error;
    }
    return ruleSet;
}

} // namespace bevilling::rules
