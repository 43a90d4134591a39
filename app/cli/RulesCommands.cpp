#include "RulesCommands.h"

#include "rules/Calendar.h"
#include "rules/Fees.h"
#include "rules/Findings.h"
#include "rules/LicencePeriod.h"
#include "rules/PrikkLedger.h"
#include "rules/RuleSet.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <optional>

namespace bevilling::cli {

using namespace bevilling::rules;

namespace {

const QString kGranted = QStringLiteral("granted");
const QString kReading = QStringLiteral("reading");
const QString kYear = QStringLiteral("year");
const QString kDate = QStringLiteral("date");
const QString kRules = QStringLiteral("rules");
const QString kGroup = QStringLiteral("group");
const QString kArea = QStringLiteral("area");
const QString kZone = QStringLiteral("zone");
const QString kTime = QStringLiteral("time");
const QString kKind = QStringLiteral("kind");
const QString kLitres = QStringLiteral("litres");
const QString kLedger = QStringLiteral("ledger");
const QString kAsOf = QStringLiteral("as-of");
const QString kWhatIf = QStringLiteral("what-if");
const QString kOn = QStringLiteral("on");
const QString kNoUsedUp = QStringLiteral("no-used-up");

const QString kResidential = QStringLiteral("residential");
const QString kNonResidential = QStringLiteral("non-residential");

int bad(const Invocation &in, const QString &text)
{
    return Cli::fail(*in.err, ExitBadInput, text);
}

QString dash(const QString &option)
{
    return QStringLiteral("--") + option;
}

// A core error as a line about `option`. A message that starts with the option's own name
// ("litres: ...") gets the option instead; any other message (a JSON path) is kept whole.
QString optionError(const QString &option, const Error &error)
{
    QString message = error.message;
    const QString prefix = option + QLatin1Char(':');
    if (message.startsWith(prefix))
        message = message.mid(prefix.size()).trimmed();
    return dash(option) + QStringLiteral(": ") + message;
}

QJsonValue timeValue(const std::optional<QTime> &time)
{
    return time ? QJsonValue(time->toString(QStringLiteral("HH:mm"))) : QJsonValue(QJsonValue::Null);
}

QString dateText(const QDate &date)
{
    return date.toString(QStringLiteral("yyyy-MM-dd"));
}

// The options' values, strictly as the contract writes them: YYYY-MM-DD, HH:MM, a whole year.
Result<QDate> dateOption(const Invocation &in, const QString &option)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString text = in.options.value(option);
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!pattern.match(text).hasMatch() || !date.isValid()) {
        return makeError(QStringLiteral("usage"),
                         RulesCommands::tr("%1: \"%2\" is not a valid date; write YYYY-MM-DD, for example 2025-03-10.")
                             .arg(dash(option), text),
                         option);
    }
    if (!Calendar::isSupportedYear(date.year())) {
        return makeError(QStringLiteral("usage"),
                         RulesCommands::tr("%1: %2 is outside the years %3-%4 that the rules cover.")
                             .arg(dash(option), text)
                             .arg(Calendar::MinYear)
                             .arg(Calendar::MaxYear),
                         option);
    }
    return date;
}

Result<QTime> timeOption(const Invocation &in, const QString &option)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{2}:\\d{2}$"));
    const QString text = in.options.value(option);
    const QTime time = QTime::fromString(text, QStringLiteral("HH:mm"));
    if (!pattern.match(text).hasMatch() || !time.isValid()) {
        return makeError(QStringLiteral("usage"),
                         RulesCommands::tr("%1: \"%2\" is not a valid time; write HH:MM from 00:00 to 23:59, for example 23:45.")
                             .arg(dash(option), text),
                         option);
    }
    return time;
}

Result<int> yearOption(const Invocation &in, const QString &option)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{1,4}$"));
    const QString text = in.options.value(option);
    if (!pattern.match(text).hasMatch()) {
        return makeError(QStringLiteral("usage"),
                         RulesCommands::tr("%1: \"%2\" is not a year; write four digits, for example 2025.").arg(dash(option), text),
                         option);
    }
    return text.toInt();
}

// --rules PRESET|FILE, default the national preset.
Result<RuleSet> rulesOption(const Invocation &in)
{
    const QString value = in.options.value(kRules, QStringLiteral("national"));
    Result<RuleSet> ruleSet = RuleSets::load(value);
    if (!ruleSet)
        return makeError(QStringLiteral("usage"), optionError(kRules, ruleSet.error()), kRules);
    return ruleSet;
}

QString dayTypeKey(SalesDayType type)
{
    switch (type) {
    case SalesDayType::Weekday:
        return QStringLiteral("weekday");
    case SalesDayType::BeforeHoliday:
        return QStringLiteral("before_holiday");
    case SalesDayType::Closed:
        break;
    }
    return QStringLiteral("closed");
}

// --litres L1,L2[,L3]: litres per group with a decimal point; the comma separates the groups.
Result<QList<double>> litresOption(const Invocation &in, FeeKind kind)
{
    static const QRegularExpression number(QStringLiteral("^\\d+(\\.\\d+)?$"));
    static const QRegularExpression negative(QStringLiteral("^-\\d+(\\.\\d+)?$"));
    const QString option = dash(kLitres);
    const QStringList parts = in.options.value(kLitres).split(QLatin1Char(','));
    const int groups = kind == FeeKind::Sale ? 2 : 3;
    if (parts.size() > groups) {
        return makeError(QStringLiteral("usage"),
                         kind == FeeKind::Sale
                             ? RulesCommands::tr("%1: a sales licence has litres for groups 1 and 2 only (%2 values given).")
                                   .arg(option)
                                   .arg(parts.size())
                             : RulesCommands::tr("%1: a serving licence has litres for groups 1, 2 and 3 only (%2 values given).")
                                   .arg(option)
                                   .arg(parts.size()),
                         kLitres);
    }
    QList<double> litres;
    for (int g = 0; g < parts.size(); ++g) {
        const QString text = parts.at(g).trimmed();
        if (negative.match(text).hasMatch()) {
            return makeError(QStringLiteral("usage"),
                             RulesCommands::tr("%1: group %2: \"%3\" is negative; litres are 0 or more.").arg(option).arg(g + 1).arg(text),
                             kLitres);
        }
        if (!number.match(text).hasMatch()) {
            return makeError(QStringLiteral("usage"),
                             RulesCommands::tr("%1: group %2: \"%3\" is not a number of litres; write digits with a decimal "
                                               "point, for example 1234.5 (the comma separates the groups).")
                                 .arg(option)
                                 .arg(g + 1)
                                 .arg(text),
                             kLitres);
        }
        litres.append(text.toDouble());
    }
    return litres;
}

QString readingKey(LicencePeriod::Reading reading)
{
    return reading == LicencePeriod::Reading::NextCouncil ? QStringLiteral("next-council") : QStringLiteral("fixed");
}

} // namespace

QList<CommandSpec> RulesCommands::commands()
{
    const QString date = QStringLiteral("DATE");
    const OptionSpec rules{kRules, QStringLiteral("PRESET|FILE"),
                           tr("the rule set: a preset (%1) or a rule-set file; default national")
                               .arg(RuleSets::presetNames().join(QStringLiteral(", "))),
                           false};
    return {
        {QStringLiteral("period"), tr("the latest end date of an ordinary licence granted on a date"),
         tr("Gives the latest end date (valid_to) of an ordinary sales or serving licence granted on DATE under "
            "alkoholloven § 1-6: the first 30 September after a new municipal council has taken office, and never "
            "more than four years less one day after the grant. --reading next-council uses the alternative reading "
            "for grants made in the year after an election (docs/cli.md)."),
         {},
         {{kGranted, date, tr("the grant date, YYYY-MM-DD"), true},
          {kReading, QStringLiteral("fixed|next-council"), tr("how § 1-6 is read; default fixed"), false}},
         &runPeriod},
        {QStringLiteral("holidays"), tr("the named holidays and the public high days of a year"),
         tr("Lists the twelve named days of YEAR in date order: the helligdager with their own names (Easter Sunday "
            "and Whit Sunday included, ordinary Sundays not) plus 1 May and 17 May. Two names on one date give two "
            "entries. Years %1 to %2.")
             .arg(Calendar::MinYear)
             .arg(Calendar::MaxYear),
         {},
         {{kYear, QStringLiteral("YEAR"), tr("the year, for example 2025"), true}},
         &runHolidays},
        {QStringLiteral("sales-hours"), tr("the sales hours for group 1 on a date"),
         tr("Gives the sales hours on DATE under the rule set (alkoholloven § 3-7): day_type is weekday, "
            "before_holiday (the day before a Sunday or holiday) or closed; open and close are null when the shop "
            "is closed."),
         {},
         {{kDate, date, tr("the day, YYYY-MM-DD"), true}, rules},
         &runSalesHours},
        {QStringLiteral("serving-hours"), tr("the serving hours of a group, area and zone on a serving day"),
         tr("Gives the serving hours (alkoholloven § 4-4) of the serving day DATE, which runs from 06:00 to 03:00 the "
            "next morning: start, end and consumption_end as clock times (\"00:30\" is after midnight), all null when "
            "nothing may be served. --zone matters only outdoors. With --time, \"allowed\" says whether serving is "
            "allowed at that moment; a time from 00:00 to 05:59 is in the early hours after DATE."),
         {},
         {{kDate, date, tr("the serving day, YYYY-MM-DD"), true},
          {kGroup, QStringLiteral("1|2|3"), tr("the alcohol group"), true},
          {kArea, QStringLiteral("indoor|outdoor"), tr("indoors or outdoors"), true},
          {kZone, QStringLiteral("residential|non-residential|NAME"),
           tr("the zone outdoors, or a named zone of the rule set; default residential"), false},
          {kTime, QStringLiteral("HH:MM"), tr("a moment to check"), false},
          rules},
         &runServingHours},
        {QStringLiteral("fee"), tr("the annual fee for expected litres at a year's national rates"),
         tr("Computes the annual licence fee from the national rates of YEAR (alkoholforskriften § 6-2): litres per "
            "group times the rate, rounded to øre, and at least the minimum fee. Litres are given in group order "
            "(sale: groups 1 and 2; serving: groups 1, 2 and 3), separated by commas, with a decimal point "
            "(1234.5). A year without rates is refused."),
         {},
         {{kYear, QStringLiteral("YEAR"), tr("the year whose rates apply"), true},
          {kKind, QStringLiteral("sale|serving"), tr("the kind of licence"), true},
          {kLitres, QStringLiteral("L1,L2[,L3]"), tr("expected litres per group, for example 20000,5000,300"), true}},
         &runFee},
        {QStringLiteral("prikk"), tr("evaluate a licence's prikk ledger"),
         tr("Reads a ledger file (inspections with findings, renewals, transfers and suspensions; "
            "docs/ledger-format.md) and gives the prikker that count on the as-of date, whether a suspension is due "
            "and for how many days, and when each counted entry expires. --as-of defaults to the latest date in the "
            "file. --what-if CODE --on DATE gives the result of one more finding of CODE at an inspection on DATE. "
            "--no-used-up counts prikker again after a suspension was decided on them."),
         {},
         {{kLedger, QStringLiteral("FILE"), tr("the ledger file (JSON)"), true},
          {kAsOf, date, tr("the date to evaluate on; default the latest date in the file"), false},
          {kWhatIf, QStringLiteral("CODE"), tr("one more finding of this code (with --on)"), false},
          {kOn, date, tr("the inspection date of the --what-if finding"), false},
          {kNoUsedUp, {}, tr("prikker are not used up by a suspension (the default is that they are)"), false}},
         &runPrikk},
    };
}

int RulesCommands::runPeriod(const Invocation &in)
{
    const Result<QDate> granted = dateOption(in, kGranted);
    if (!granted)
        return bad(in, granted.error().message);
    LicencePeriod::Reading reading = LicencePeriod::Reading::FixedBoundary;
    if (in.options.contains(kReading)) {
        const QString value = in.options.value(kReading);
        if (value == QLatin1String("next-council"))
            reading = LicencePeriod::Reading::NextCouncil;
        else if (value != QLatin1String("fixed"))
            return bad(in, tr("--reading: \"%1\" is not a reading; use fixed or next-council.").arg(value));
    }
    QJsonObject o;
    o.insert(kGranted, dateText(*granted));
    o.insert(QStringLiteral("valid_to"), dateText(LicencePeriod::latestEnd(*granted, reading)));
    if (in.options.contains(kReading))
        o.insert(kReading, readingKey(reading));
    Cli::writeJson(*in.out, o);
    return ExitOk;
}

int RulesCommands::runHolidays(const Invocation &in)
{
    const Result<int> year = yearOption(in, kYear);
    if (!year)
        return bad(in, year.error().message);
    if (!Calendar::isSupportedYear(*year)) {
        return bad(in, tr("--year: %1 is outside the years %2-%3 that the calendar covers.")
                           .arg(*year)
                           .arg(Calendar::MinYear)
                           .arg(Calendar::MaxYear));
    }
    QJsonArray days;
    for (const NamedDay &day : Calendar::namedDays(*year))
        days.append(QJsonObject{{kDate, dateText(day.date)}, {QStringLiteral("name"), day.name}});
    Cli::writeJson(*in.out, QJsonObject{{kYear, *year}, {QStringLiteral("holidays"), days}});
    return ExitOk;
}

int RulesCommands::runSalesHours(const Invocation &in)
{
    const Result<QDate> date = dateOption(in, kDate);
    if (!date)
        return bad(in, date.error().message);
    const Result<RuleSet> ruleSet = rulesOption(in);
    if (!ruleSet)
        return bad(in, ruleSet.error().message);
    const Result<SalesHours> hours = Hours::sales(*ruleSet, *date);
    if (!hours)
        return bad(in, optionError(kDate, hours.error()));
    const bool open = hours->open && hours->close;
    QJsonObject o;
    o.insert(kDate, dateText(*date));
    o.insert(QStringLiteral("day_type"), open ? dayTypeKey(hours->dayType) : dayTypeKey(SalesDayType::Closed));
    o.insert(QStringLiteral("open"), timeValue(open ? hours->open : std::nullopt));
    o.insert(QStringLiteral("close"), timeValue(open ? hours->close : std::nullopt));
    Cli::writeJson(*in.out, o);
    return ExitOk;
}

int RulesCommands::runServingHours(const Invocation &in)
{
    const Result<QDate> date = dateOption(in, kDate);
    if (!date)
        return bad(in, date.error().message);
    const QString groupText = in.options.value(kGroup);
    static const QRegularExpression groupPattern(QStringLiteral("^[123]$"));
    if (!groupPattern.match(groupText).hasMatch())
        return bad(in, tr("--group: \"%1\" is not an alcohol group; use 1, 2 or 3.").arg(groupText));
    const QString areaText = in.options.value(kArea);
    if (areaText != QLatin1String("indoor") && areaText != QLatin1String("outdoor"))
        return bad(in, tr("--area: \"%1\" is not an area; use indoor or outdoor.").arg(areaText));
    std::optional<QTime> time;
    if (in.options.contains(kTime)) {
        const Result<QTime> parsed = timeOption(in, kTime);
        if (!parsed)
            return bad(in, parsed.error().message);
        time = *parsed;
    }
    const Result<RuleSet> ruleSet = rulesOption(in);
    if (!ruleSet)
        return bad(in, ruleSet.error().message);

    const QString zone = in.options.value(kZone, kResidential);
    QStringList zones{kResidential, kNonResidential};
    if (const RuleSetVersion *version = ruleSet->versionOn(*date))
        zones += version->settings.zones;
    if (!zones.contains(zone))
        return bad(in, tr("--zone: \"%1\" is not a zone of the rule set; use %2.").arg(zone, zones.join(QStringLiteral(", "))));

    ServingQuery query;
    query.date = *date;
    query.group = groupText.toInt();
    query.area = areaText == QLatin1String("outdoor") ? Area::Outdoor : Area::Indoor;
    query.zone = zone;
    const Result<ServingHours> hours = Hours::serving(*ruleSet, query);
    if (!hours)
        return bad(in, optionError(kDate, hours.error()));

    const bool serving = hours->serving;
    QJsonObject o;
    o.insert(kDate, dateText(*date));
    o.insert(kGroup, query.group);
    o.insert(kArea, areaText);
    o.insert(kZone, zone);
    o.insert(QStringLiteral("start"), timeValue(serving ? std::optional<QTime>(hours->start) : std::nullopt));
    o.insert(QStringLiteral("end"), timeValue(serving ? std::optional<QTime>(hours->end) : std::nullopt));
    o.insert(QStringLiteral("consumption_end"),
             timeValue(serving ? std::optional<QTime>(hours->consumptionEnd) : std::nullopt));
    if (time) {
        o.insert(kTime, time->toString(QStringLiteral("HH:mm")));
        o.insert(QStringLiteral("allowed"), serving && Hours::servingAllowedAt(*hours, *time));
    }
    Cli::writeJson(*in.out, o);
    return ExitOk;
}

int RulesCommands::runFee(const Invocation &in)
{
    const Result<int> year = yearOption(in, kYear);
    if (!year)
        return bad(in, year.error().message);
    const QString kindText = in.options.value(kKind);
    if (kindText != QLatin1String("sale") && kindText != QLatin1String("serving"))
        return bad(in, tr("--kind: \"%1\" is not a kind of licence with an annual fee; use sale or serving.").arg(kindText));
    const FeeKind kind = kindText == QLatin1String("sale") ? FeeKind::Sale : FeeKind::Serving;
    const Result<QList<double>> litres = litresOption(in, kind);
    if (!litres)
        return bad(in, litres.error().message);
    const FeeRateTable &table = FeeRateTable::national();
    const Result<FeeRates> rates = table.forYear(*year);
    if (!rates) {
        QStringList known;
        for (int y : table.years())
            known.append(QString::number(y));
        return bad(in, tr("--year: there are no national fee rates for %1; rates exist for %2.")
                           .arg(*year)
                           .arg(known.join(QStringLiteral(", "))));
    }
    const Result<FeeResult> fee = Fees::annualFee(*rates, kind, *litres);
    if (!fee)
        return bad(in, optionError(fee.error().field == kYear ? kYear : kLitres, fee.error()));
    QJsonArray byGroup;
    for (double amount : fee->byGroup)
        byGroup.append(amount);
    QJsonObject o;
    o.insert(kYear, *year);
    o.insert(kKind, kindText);
    o.insert(QStringLiteral("by_group"), byGroup);
    o.insert(QStringLiteral("sum"), fee->sum);
    o.insert(QStringLiteral("minimum"), fee->minimum);
    o.insert(QStringLiteral("fee"), fee->fee);
    Cli::writeJson(*in.out, o);
    return ExitOk;
}

int RulesCommands::runPrikk(const Invocation &in)
{
    const bool whatIf = in.options.contains(kWhatIf);
    if (whatIf && !in.options.contains(kOn))
        return bad(in, tr("--what-if: give the inspection date with --on DATE."));
    if (!whatIf && in.options.contains(kOn))
        return bad(in, tr("--on: only used with --what-if CODE."));
    if (whatIf && in.options.contains(kAsOf))
        return bad(in, tr("--as-of: not used with --what-if; the result is as of the --on date."));
    std::optional<QDate> asOf;
    if (in.options.contains(kAsOf)) {
        const Result<QDate> parsed = dateOption(in, kAsOf);
        if (!parsed)
            return bad(in, parsed.error().message);
        asOf = *parsed;
    }
    std::optional<QDate> on;
    if (whatIf) {
        const QString code = in.options.value(kWhatIf);
        if (!Findings::find(code))
            return bad(in, tr("--what-if: \"%1\" is not a finding code; see docs/ledger-format.md.").arg(code));
        const Result<QDate> parsed = dateOption(in, kOn);
        if (!parsed)
            return bad(in, parsed.error().message);
        on = *parsed;
    }

    const QString path = in.options.value(kLedger);
    QFile file(path);
    if (!QFileInfo(path).isFile())
        return bad(in, tr("--ledger: %1: there is no such file.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return bad(in, tr("--ledger: %1: cannot be read (%2).").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return bad(in, tr("--ledger: %1: not valid JSON: %2 at byte %3.").arg(path, parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return bad(in, tr("--ledger: %1: a ledger is a JSON object with a list of \"events\".").arg(path));
    const Result<QList<LedgerEvent>> events = PrikkLedger::fromJson(document.object());
    if (!events)
        return bad(in, QStringLiteral("--ledger: %1: %2").arg(path, events.error().message));

    LedgerSettings settings;
    settings.prikkerUsedBySuspension = !in.options.contains(kNoUsedUp);
    Result<LedgerResult> result = LedgerResult();
    if (whatIf) {
        result = PrikkLedger::whatIf(*events, in.options.value(kWhatIf), *on, settings);
    } else {
        const QDate date = asOf ? *asOf : PrikkLedger::latestDate(*events);
        if (!date.isValid())
            return bad(in, tr("--as-of: the ledger holds no dates; give the date to evaluate on."));
        result = PrikkLedger::evaluate(*events, date, settings);
    }
    if (!result)
        return bad(in, result.error().field == QLatin1String("code") ? optionError(kWhatIf, result.error())
                                                                     : QStringLiteral("--ledger: %1: %2").arg(path, result.error().message));
    Cli::writeJson(*in.out, PrikkLedger::toJson(*result));
    return ExitOk;
}

} // namespace bevilling::cli
