#include "ReportCommands.h"
#include "CommandSupport.h"

#include "ReportPdf.h"
#include "reports/AnnualReports.h"
#include "reports/Report.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <memory>
#include <optional>

namespace bevilling::cli {

namespace {

const QString kYear = QStringLiteral("year");
const QString kFormat = QStringLiteral("format");
const QString kOut = QStringLiteral("out");

QStringList formats()
{
    return {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("pdf")};
}

// Writes `bytes` to `path` whole or not at all.
Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(QStringLiteral("io"), file.errorString());
    return {};
}

} // namespace

QList<CommandSpec> ReportCommands::commands()
{
    const QString kinds = reports::AnnualReports::kinds().join(QLatin1Char('|'));
    return {
        {QStringLiteral("report"), tr("write an annual report as JSON, CSV or PDF"),
         tr("Builds one of the annual reports of YEAR from the register: turnover (litres by group and kind, "
            "several years), fees (per licence and totals), inspections (inspections, findings, sanctions, "
            "licences), council (the annual briefing for the council, all of the above with text) or national "
            "(the figures reported nationally). --format json writes the report document (docs/reports.md), csv "
            "its tables (separator ';', UTF-8 with BOM; national: the one table), pdf the printable report. On "
            "stdout: {\"report\", \"year\", \"format\", \"out\"}."),
         {{kinds, tr("which report")}},
         {{kYear, QStringLiteral("YEAR"), tr("the year the report covers (2025)"), true},
          {kFormat, QStringLiteral("json|csv|pdf"), tr("the file format"), true},
          {kOut, QStringLiteral("FILE"), tr("where to write the report"), true}},
         &ReportCommands::runReport},
    };
}

bool ReportCommands::needsWidgetApplication(const QStringList &arguments)
{
    bool report = false;
    bool pdf = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        report = report || argument == QLatin1String("report");
        pdf = pdf || argument == QLatin1String("--format=pdf")
           || (argument == QLatin1String("--format") && arguments.value(i + 1) == QLatin1String("pdf"));
    }
    return report && pdf;
}

int ReportCommands::runReport(const Invocation &in)
{
    const QString kind = in.arguments.value(0);
    const QStringList kinds = reports::AnnualReports::kinds();
    if (!kinds.contains(kind)) {
        return Cli::fail(*in.err, ExitBadInput,
                         tr("\"%1\" is not a report; use %2.").arg(kind, kinds.join(QStringLiteral(", "))));
    }
    const std::optional<int> year = parseYear(in.options.value(kYear));
    if (!year) {
        return Cli::fail(*in.err, ExitBadInput,
                         tr("--year: \"%1\" is not a year from 2000 to 2100.").arg(in.options.value(kYear)));
    }
    const QString format = in.options.value(kFormat);
    if (!formats().contains(format)) {
        return Cli::fail(*in.err, ExitBadInput,
                         tr("--format: \"%1\" is not a format; use json, csv or pdf.").arg(format));
    }
    const QString out = QFileInfo(in.options.value(kOut)).absoluteFilePath();
    if (QFileInfo(out).isDir() || !QFileInfo(QFileInfo(out).absolutePath()).isDir()) {
        return Cli::fail(*in.err, ExitBadInput,
                         tr("--out: %1 cannot be written (no such folder, or a folder).").arg(QDir::toNativeSeparators(out)));
    }

    Result<std::unique_ptr<Database>> opened = openForReading(in.databasePath);
    if (!opened)
        return databaseProblem(in, opened.error());
    const std::unique_ptr<Database> db = std::move(opened).value();
    const SystemClock clock;
    const Result<reports::Report> report = reports::AnnualReports::build(kind, *db, clock, *year);
    if (!report) {
        const Error &error = report.error();
        if (error.field == kYear)
            return Cli::fail(*in.err, ExitBadInput, QStringLiteral("--year: ") + error.message);
        return Cli::fail(*in.err, ExitFailure, error.toString());
    }

    Status written;
    if (format == QLatin1String("json")) {
        written = writeFile(out, QJsonDocument(reports::ReportWriter::toJson(*report)).toJson(QJsonDocument::Indented));
    } else if (format == QLatin1String("csv")) {
        const reports::ReportTable *national = kind == QLatin1String("national") ? report->table(QStringLiteral("national")) : nullptr;
        written = writeFile(out, national ? reports::ReportWriter::tableToCsv(*national) : reports::ReportWriter::toCsv(*report));
    } else {
        written = ReportPdf::write(*report, out);
    }
    if (!written) {
        return Cli::fail(*in.err, ExitBadInput,
                         tr("--out: %1 cannot be written: %2").arg(QDir::toNativeSeparators(out), written.error().message));
    }

    QJsonObject result;
    result.insert(QStringLiteral("report"), kind);
    result.insert(QStringLiteral("year"), *year);
    result.insert(QStringLiteral("format"), format);
    result.insert(QStringLiteral("out"), QDir::toNativeSeparators(out));
    Cli::writeJson(*in.out, result);
    return ExitOk;
}

} // namespace bevilling::cli
