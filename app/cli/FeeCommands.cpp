#include "FeeCommands.h"
#include "CommandSupport.h"

#include "fees/FeeLine.h"
#include "storage/Database.h"
#include "storage/FeeRateRepository.h"
#include "storage/FeeRepository.h"
#include "storage/LicenceRepository.h"
#include "storage/TurnoverRepository.h"
#include "turnover/TurnoverCsv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <memory>
#include <optional>

namespace bevilling::cli {

namespace {

const QString kDryRun = QStringLiteral("dry-run");
const QString kYear = QStringLiteral("year");
const QString kJson = QStringLiteral("json");
const QString kCsv = QStringLiteral("csv");

// Read-only when the file allows it (a file from an older version is upgraded first); read-write
// when the command saves.
Result<std::unique_ptr<Database>> openRegister(const QString &path, bool write)
{
    Database::Options options;
    options.access = write ? Database::Access::ReadWrite : Database::Access::ReadOnly;
    options.createIfMissing = false;
    Result<std::unique_ptr<Database>> db = Database::open(path, options);
    if (!db && !write && db.error().code == Database::ErrorNeedsUpgrade) {
        options.access = Database::Access::ReadWrite;
        db = Database::open(path, options);
    }
    return db;
}

QJsonValue dateJson(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

double rounded(double value)
{
    return std::round(value * 100.0) / 100.0;
}

QJsonValue litresJson(const std::optional<GroupLitres> &litres)
{
    if (!litres)
        return QJsonValue();
    return QJsonArray{rounded(litres->group[0]), rounded(litres->group[1]), rounded(litres->group[2])};
}

// The register's side of the import: licences by number, the reports it holds, rates and settings.
struct ImportData
{
    TurnoverImportContext context;
    rules::FeeRateTable rates;
};

Result<std::unique_ptr<ImportData>> loadImportData(const Database &db, const Clock &clock)
{
    auto data = std::make_unique<ImportData>();
    Result<QList<Licence>> licences = LicenceRepository(db, clock).list();
    if (!licences)
        return licences.error();
    for (const Licence &licence : *licences)
        data->context.licencesByNumber.insert(licence.number, licence);
    const TurnoverRepository turnover(db, clock);
    Result<QList<TurnoverReport>> reports = turnover.list();
    if (!reports)
        return reports.error();
    for (const TurnoverReport &report : *reports)
        data->context.existing[report.licenceId].insert(report.year, report);
    Result<rules::FeeRateTable> rates = FeeRateRepository(db, clock).current();
    if (!rates)
        return rates.error();
    data->rates = *std::move(rates);
    data->context.rates = &data->rates;
    Result<FeeCycleSettings> settings = turnover.settings();
    if (!settings)
        return settings.error();
    data->context.settings = *settings;
    data->context.today = clock.today();
    return data;
}

QJsonObject previewJson(const QString &file, const TurnoverImportPreview &preview, int imported)
{
    QJsonArray rows;
    for (const TurnoverImportRow &row : preview.rows) {
        QJsonArray problems;
        for (const TurnoverImportProblem &p : row.problems)
            problems.append(QJsonObject{{QStringLiteral("column"), p.column}, {QStringLiteral("message"), p.message}});
        QJsonArray flags;
        for (const TurnoverFlag &f : row.flags)
            flags.append(QJsonObject{{QStringLiteral("code"), f.code}, {QStringLiteral("message"), f.message}});
        QJsonObject o;
        o.insert(QStringLiteral("line"), row.line);
        o.insert(QStringLiteral("licence"), row.licenceNumber);
        o.insert(QStringLiteral("year"), row.report.year != 0 ? QJsonValue(row.report.year) : QJsonValue());
        o.insert(QStringLiteral("action"), !row.ok() ? QStringLiteral("error")
                                           : row.replacesExisting ? QStringLiteral("update")
                                                                  : QStringLiteral("create"));
        o.insert(QStringLiteral("problems"), problems);
        o.insert(QStringLiteral("flags"), flags);
        rows.append(o);
    }
    QJsonObject result;
    result.insert(QStringLiteral("file"), file);
    result.insert(QStringLiteral("encoding"), preview.encoding);
    result.insert(QStringLiteral("separator"), QString(preview.separator));
    result.insert(QStringLiteral("rows"), rows);
    result.insert(QStringLiteral("importable"), preview.importable());
    result.insert(QStringLiteral("with_problems"), preview.withProblems());
    result.insert(QStringLiteral("imported"), imported);
    return result;
}

} // namespace

QList<CommandSpec> FeeCommands::commands()
{
    return {
        {QStringLiteral("import-turnover"), tr("import turnover reports from a CSV file"),
         tr("Reads the turnover reports (omsetningsoppgaver) in FILE.csv (columns, separators and encodings as in "
            "docs/turnover-import.md; Norwegian Excel files with ';' and decimal commas are accepted) and checks "
            "every row against the register. With --dry-run nothing is saved and the preview is printed: "
            "{\"file\", \"encoding\", \"separator\", \"rows\": [{\"line\", \"licence\", \"year\", \"action\" "
            "(create, update or error), \"problems\", \"flags\"}], \"importable\", \"with_problems\", \"imported\"}. "
            "Without it the import is all or nothing: when any row has a problem nothing is saved and the first "
            "problem is named (exit code 2); otherwise every row is saved in one transaction and the same JSON "
            "gives the number imported."),
         {{QStringLiteral("FILE.csv"), tr("the CSV file to import")}},
         {{kDryRun, {}, tr("check and show the rows, save nothing"), false}},
         &FeeCommands::runImportTurnover},
        {QStringLiteral("fees"), tr("the year's fees: the invoice basis as JSON or CSV"),
         tr("Computes the fees of YEAR from the register (provisional fees from expected litres, the true-up of "
            "last year, estimated fees for missing reports, single-occasion and travelling fees; lines already "
            "issued as stored). --json prints {\"year\", \"lines\": [{\"licence\", \"licensee\", \"kind\", "
            "\"basis_year\", \"amount\", \"minimum_applied\", \"issued\", \"issued_on\", \"due_on\", \"paid\", "
            "\"basis\", \"litres\"}], \"problems\": [{\"licence\", \"code\", \"message\"}], \"total\"}; --csv prints "
            "the invoice basis for the accounting system (docs/fees.md). A year without fee rates is refused."),
         {},
         {{kYear, QStringLiteral("YEAR"), tr("the invoice year (2026)"), true},
          {kJson, {}, tr("the lines as JSON"), false},
          {kCsv, {}, tr("the invoice basis as CSV (separator ';', UTF-8 with BOM)"), false}},
         &FeeCommands::runFees},
    };
}

int FeeCommands::runImportTurnover(const Invocation &in)
{
    const QString file = in.arguments.value(0);
    const bool dryRun = in.options.contains(kDryRun);
    QFile input(file);
    if (!QFileInfo(file).isFile() || !input.open(QIODevice::ReadOnly))
        return Cli::fail(*in.err, ExitBadInput, tr("%1: the file cannot be read.").arg(file));
    const QByteArray bytes = input.readAll();
    input.close();

    Result<std::unique_ptr<Database>> opened = openRegister(in.databasePath, !dryRun);
    if (!opened)
        return databaseProblem(in, opened.error());
    const std::unique_ptr<Database> db = std::move(opened).value();
    const SystemClock clock;
    Result<std::unique_ptr<ImportData>> data = loadImportData(*db, clock);
    if (!data)
        return Cli::fail(*in.err, ExitFailure, data.error().toString());
    const Result<TurnoverImportPreview> preview = TurnoverCsv::preview(bytes, (*data)->context);
    if (!preview)
        return Cli::fail(*in.err, ExitBadInput, file + QStringLiteral(": ") + preview.error().message);

    if (dryRun) {
        Cli::writeJson(*in.out, previewJson(file, *preview, 0));
        return ExitOk;
    }
    const int withProblems = preview->withProblems();
    if (withProblems > 0) {
        const TurnoverImportRow *first = nullptr;
        for (const TurnoverImportRow &row : preview->rows) {
            if (!row.ok()) {
                first = &row;
                break;
            }
        }
        const TurnoverImportProblem &problem = first->problems.first();
        QString where = tr("line %1").arg(first->line);
        if (!problem.column.isEmpty())
            where += tr(", column %1").arg(problem.column);
        QString rest = withProblems > 1 ? tr("and %1 more rows with problems; nothing imported; see --dry-run").arg(withProblems - 1)
                                        : tr("nothing imported; see --dry-run");
        return Cli::fail(*in.err, ExitBadInput,
                         QStringLiteral("%1: %2: %3 (%4)").arg(file, where, problem.message, rest));
    }
    const Result<int> imported = TurnoverRepository(*db, clock).importRows(*preview);
    if (!imported) {
        const int code = imported.error().code == TurnoverRepository::ErrorValidation ? ExitBadInput : ExitFailure;
        return Cli::fail(*in.err, code, file + QStringLiteral(": ") + imported.error().toString());
    }
    Cli::writeJson(*in.out, previewJson(file, *preview, *imported));
    return ExitOk;
}

int FeeCommands::runFees(const Invocation &in)
{
    const std::optional<int> year = parseYear(in.options.value(kYear));
    if (!year) {
        return Cli::fail(*in.err, ExitBadInput,
                         tr("--year: \"%1\" is not a year from 2000 to 2100.").arg(in.options.value(kYear)));
    }
    const bool json = in.options.contains(kJson);
    const bool csv = in.options.contains(kCsv);
    if (json == csv)
        return Cli::fail(*in.err, ExitBadInput, tr("--json: give either --json or --csv."));

    Result<std::unique_ptr<Database>> opened = openRegister(in.databasePath, false);
    if (!opened)
        return databaseProblem(in, opened.error());
    const std::unique_ptr<Database> db = std::move(opened).value();
    const SystemClock clock;
    const Result<FeeAssessment> assessment = FeeRepository(*db, clock).assess(*year);
    if (!assessment) {
        const Error &error = assessment.error();
        if (error.field == kYear || error.code == FeeRepository::ErrorValidation)
            return Cli::fail(*in.err, ExitBadInput, QStringLiteral("--year: ") + error.message);
        return Cli::fail(*in.err, ExitFailure, error.toString());
    }

    if (csv) {
        in.out->write(InvoiceCsv::write(assessment->lines));
        return ExitOk;
    }
    QJsonArray lines;
    for (const FeeLine &line : assessment->lines) {
        QJsonObject o;
        o.insert(QStringLiteral("licence"), line.licenceNumber);
        o.insert(QStringLiteral("licensee"), line.licenseeName);
        o.insert(QStringLiteral("kind"), FeeTexts::kindKey(line.kind));
        o.insert(QStringLiteral("basis_year"), line.basisYear);
        o.insert(QStringLiteral("amount"), rounded(line.amount));
        o.insert(QStringLiteral("minimum_applied"), line.minimumApplied);
        o.insert(QStringLiteral("issued"), line.isIssued());
        o.insert(QStringLiteral("issued_on"), dateJson(line.issuedOn));
        o.insert(QStringLiteral("due_on"), dateJson(line.dueOn));
        o.insert(QStringLiteral("paid"), rounded(line.paid));
        o.insert(QStringLiteral("basis"), line.basis);
        o.insert(QStringLiteral("litres"), litresJson(line.litres));
        lines.append(o);
    }
    QJsonArray problems;
    for (const FeeProblem &p : assessment->problems) {
        problems.append(QJsonObject{{QStringLiteral("licence"), p.licenceNumber},
                                    {QStringLiteral("code"), p.code},
                                    {QStringLiteral("message"), p.message}});
    }
    QJsonObject result;
    result.insert(QStringLiteral("year"), *year);
    result.insert(QStringLiteral("lines"), lines);
    result.insert(QStringLiteral("problems"), problems);
    result.insert(QStringLiteral("total"), rounded(assessment->total()));
    Cli::writeJson(*in.out, result);
    return ExitOk;
}

} // namespace bevilling::cli
