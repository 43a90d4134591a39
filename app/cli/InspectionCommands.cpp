#include "InspectionCommands.h"
#include "CommandSupport.h"

#include "inspections/Inspection.h"
#include "inspections/InspectionPlan.h"
#include "storage/Database.h"
#include "storage/InspectionRepository.h"
#include "storage/LicenceRepository.h"

#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <memory>
#include <optional>

namespace bevilling::cli {

namespace {

const QString kYear = QStringLiteral("year");
const QString kJson = QStringLiteral("json");

QJsonValue dateJson(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue timeJson(const QTime &time)
{
    return time.isValid() ? QJsonValue(time.toString(QStringLiteral("HH:mm"))) : QJsonValue();
}

// What the commands need from the register: the licences, inspectors and all inspections.
struct RegisterData
{
    QList<Licence> licences;
    QHash<qint64, QString> licenceNumbers;
    QHash<qint64, QString> premisesNames;
    QHash<qint64, QString> inspectorNames;
    QList<Inspection> inspections; // all years
};

Result<RegisterData> loadRegister(const Database &db)
{
    const SystemClock clock;
    RegisterData data;
    Result<QList<Licence>> licences = LicenceRepository(db, clock).list();
    if (!licences)
        return licences.error();
    data.licences = *std::move(licences);
    for (const Licence &l : std::as_const(data.licences)) {
        data.licenceNumbers.insert(l.id, l.number);
        data.premisesNames.insert(l.id, l.premises.name);
    }
    Result<QList<Inspector>> inspectors = InspectorRepository(db, clock).list();
    if (!inspectors)
        return inspectors.error();
    for (const Inspector &i : *inspectors)
        data.inspectorNames.insert(i.id, i.name);
    Result<QList<Inspection>> inspections = InspectionRepository(db, clock).list();
    if (!inspections)
        return inspections.error();
    data.inspections = *std::move(inspections);
    return data;
}

QJsonObject inspectionJson(const Inspection &in, const RegisterData &data)
{
    QJsonObject o;
    o.insert(QStringLiteral("number"), in.number);
    o.insert(QStringLiteral("licence_id"), in.licenceId);
    o.insert(QStringLiteral("licence_number"), data.licenceNumbers.value(in.licenceId));
    o.insert(QStringLiteral("premises"), data.premisesNames.value(in.licenceId));
    o.insert(QStringLiteral("date"), dateJson(in.date));
    o.insert(QStringLiteral("start"), timeJson(in.start));
    o.insert(QStringLiteral("end"), timeJson(in.end));
    o.insert(QStringLiteral("type"), InspectionTexts::typeKey(in.type));
    o.insert(QStringLiteral("mode"), InspectionTexts::modeKey(in.mode));
    QJsonArray inspectors;
    for (const qint64 id : in.inspectorIds)
        inspectors.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), data.inspectorNames.value(id)}});
    o.insert(QStringLiteral("inspectors"), inspectors);
    QJsonArray findings;
    for (const InspectionFinding &f : in.findings)
        findings.append(QJsonObject{{QStringLiteral("code"), f.code}, {QStringLiteral("description"), f.description}});
    o.insert(QStringLiteral("findings"), findings);
    o.insert(QStringLiteral("report_sent"), dateJson(in.reportSent));
    return o;
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

// Shared start of both commands: the year and the register's data.
struct Prepared
{
    int year = 0;
    RegisterData data;
};

std::optional<Prepared> prepare(const Invocation &in, int *exitCode)
{
    const std::optional<int> year = parseYear(in.options.value(kYear), 1900, 2200);
    if (!year) {
        *exitCode = Cli::fail(*in.err, ExitBadInput,
                              InspectionCommands::tr("--year: \"%1\" is not a year between 1900 and 2200.")
                                  .arg(in.options.value(kYear)));
        return std::nullopt;
    }
    Result<std::unique_ptr<Database>> opened = openForReading(in.databasePath);
    if (!opened) {
        *exitCode = databaseProblem(in, opened.error());
        return std::nullopt;
    }
    const std::unique_ptr<Database> db = std::move(opened).value();
    Result<RegisterData> data = loadRegister(*db);
    if (!data) {
        *exitCode = Cli::fail(*in.err, ExitFailure, data.error().toString());
        return std::nullopt;
    }
    return Prepared{*year, *std::move(data)};
}

} // namespace

QList<CommandSpec> InspectionCommands::commands()
{
    const OptionSpec year{kYear, QStringLiteral("YEAR"), tr("the calendar year (2026)"), true};
    const OptionSpec json{kJson, {}, tr("JSON on stdout instead of a table"), false};
    return {
        {QStringLiteral("inspections"), tr("list the inspections of a year"),
         tr("Lists the register's inspections with a date in YEAR, by date. With --json the result is "
            "{\"year\": YEAR, \"inspections\": [...]} with each inspection's number, licence, date, times, type, "
            "mode, inspectors, findings and the day the report was sent; without it, a table for reading."),
         {},
         {year, json},
         &InspectionCommands::runInspections},
        {QStringLiteral("quota"), tr("the year's inspection quota and which places to inspect next"),
         tr("Evaluates the inspection quota of YEAR (alkoholforskriften § 9-7: every place at least once, at least "
            "3 inspections per licence in total; two inspectors at serving places, § 9-5): the licences counted, "
            "inspections required and done, the places not inspected yet, serving inspections with one inspector, "
            "and every place with a suggested priority and its reasons."),
         {},
         {year, json},
         &InspectionCommands::runQuota},
    };
}

int InspectionCommands::runInspections(const Invocation &in)
{
    int exitCode = ExitOk;
    const std::optional<Prepared> prepared = prepare(in, &exitCode);
    if (!prepared)
        return exitCode;
    QList<Inspection> inspections;
    for (const Inspection &inspection : prepared->data.inspections) {
        if (inspection.date.year() == prepared->year)
            inspections.append(inspection);
    }

    if (in.options.contains(kJson)) {
        QJsonArray list;
        for (const Inspection &inspection : std::as_const(inspections))
            list.append(inspectionJson(inspection, prepared->data));
        QJsonObject result;
        result.insert(QStringLiteral("year"), prepared->year);
        result.insert(QStringLiteral("inspections"), list);
        Cli::writeJson(*in.out, result);
        return ExitOk;
    }

    if (inspections.isEmpty()) {
        in.out->write(QString(tr("No inspections in %1.").arg(prepared->year) + QLatin1Char('\n')).toUtf8());
        return ExitOk;
    }
    QString text;
    for (const Inspection &inspection : std::as_const(inspections)) {
        QStringList names;
        for (const qint64 id : inspection.inspectorIds)
            names << prepared->data.inspectorNames.value(id);
        text += QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                    .arg(inspection.number, formatDate(inspection.date),
                         prepared->data.licenceNumbers.value(inspection.licenceId),
                         prepared->data.premisesNames.value(inspection.licenceId), InspectionTexts::typeName(inspection.type),
                         inspection.findings.isEmpty() ? tr("no remarks") : tr("%1 finding(s)").arg(inspection.findings.size()));
        if (!names.isEmpty())
            text += QStringLiteral("    ") + names.join(QStringLiteral(", ")) + QLatin1Char('\n');
    }
    in.out->write(text.toUtf8());
    return ExitOk;
}

int InspectionCommands::runQuota(const Invocation &in)
{
    int exitCode = ExitOk;
    const std::optional<Prepared> prepared = prepare(in, &exitCode);
    if (!prepared)
        return exitCode;
    const RegisterData &data = prepared->data;
    const int year = prepared->year;

    // Findings at inspections in earlier years, per licence.
    QHash<qint64, int> earlierFindings;
    for (const Inspection &inspection : data.inspections) {
        if (inspection.date.year() < year && !inspection.findings.isEmpty())
            earlierFindings[inspection.licenceId] += int(inspection.findings.size());
    }
    const SystemClock clock;
    const Result<InspectionPlanResult> plan =
        InspectionPlan::build(year, data.licences, data.inspections, earlierFindings, clock.today());
    if (!plan)
        return Cli::fail(*in.err, ExitFailure, plan.error().toString());
    const rules::QuotaResult &quota = plan->quota;

    if (in.options.contains(kJson)) {
        QJsonObject result;
        result.insert(QStringLiteral("year"), year);
        result.insert(QStringLiteral("licences"), quota.licences);
        result.insert(QStringLiteral("required"), quota.required);
        result.insert(QStringLiteral("done"), quota.done);
        result.insert(QStringLiteral("met"), quota.met);
        result.insert(QStringLiteral("per_licence"), quota.perLicence);
        QJsonArray notInspected;
        for (const rules::QuotaPlace &place : plan->notInspected) {
            notInspected.append(QJsonObject{{QStringLiteral("premises"), place.name},
                                            {QStringLiteral("licences"), strings(place.licenceNumbers)}});
        }
        result.insert(QStringLiteral("not_inspected"), notInspected);
        QJsonArray understaffed;
        for (const Inspection &inspection : plan->understaffed) {
            understaffed.append(QJsonObject{{QStringLiteral("number"), inspection.number},
                                            {QStringLiteral("date"), dateJson(inspection.date)},
                                            {QStringLiteral("licence_number"), data.licenceNumbers.value(inspection.licenceId)},
                                            {QStringLiteral("premises"), data.premisesNames.value(inspection.licenceId)},
                                            {QStringLiteral("inspectors"), int(inspection.inspectorIds.size())},
                                            {QStringLiteral("confirmed"), inspection.confirmedSingleInspector}});
        }
        result.insert(QStringLiteral("understaffed"), understaffed);
        QJsonArray priority;
        for (const PlanPriority &p : plan->priority) {
            priority.append(QJsonObject{{QStringLiteral("premises"), p.premises},
                                        {QStringLiteral("licences"), strings(p.licenceNumbers)},
                                        {QStringLiteral("score"), p.score},
                                        {QStringLiteral("reasons"), strings(p.reasons)},
                                        {QStringLiteral("last_inspection"), dateJson(p.lastInspection)},
                                        {QStringLiteral("inspections"), p.inspectionsThisYear}});
        }
        result.insert(QStringLiteral("priority"), priority);
        Cli::writeJson(*in.out, result);
        return ExitOk;
    }

    QString text;
    text += tr("Inspection quota %1: %2 of %3 inspections (%4 licences) - %5")
                .arg(year)
                .arg(quota.done)
                .arg(quota.required)
                .arg(quota.licences)
                .arg(quota.met ? tr("met") : tr("not met"))
          + QLatin1Char('\n');
    if (!plan->notInspected.isEmpty()) {
        text += tr("Not inspected yet:") + QLatin1Char('\n');
        for (const rules::QuotaPlace &place : plan->notInspected)
            text += QStringLiteral("  %1 (%2)\n").arg(place.name, place.licenceNumbers.join(QStringLiteral(", ")));
    }
    if (!plan->understaffed.isEmpty()) {
        text += tr("Serving inspections with one inspector:") + QLatin1Char('\n');
        for (const Inspection &inspection : plan->understaffed)
            text += QStringLiteral("  %1  %2  %3\n")
                        .arg(inspection.number, formatDate(inspection.date), data.premisesNames.value(inspection.licenceId));
    }
    if (!plan->priority.isEmpty()) {
        text += tr("Suggested order:") + QLatin1Char('\n');
        for (const PlanPriority &p : plan->priority)
            text += QStringLiteral("  %1  %2: %3\n").arg(p.score, 3).arg(p.premises, p.reasons.join(QStringLiteral("; ")));
    }
    in.out->write(text.toUtf8());
    return ExitOk;
}

} // namespace bevilling::cli
