#include "GenerateCommand.h"

#include "RegisterFiles.h"
#include "demo/SyntheticData.h"
#include "storage/Database.h"
#include "storage/RegisterSettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonObject>
#include <QRegularExpression>

#include <memory>
#include <optional>

namespace bevilling::cli {

namespace {

const QString kOut = QStringLiteral("out");
const QString kLicences = QStringLiteral("licences");
const QString kYears = QStringLiteral("years");
const QString kInspections = QStringLiteral("inspections");
const QString kSeed = QStringLiteral("seed");

// A whole number within [low, high] from option `name`, or the one-line message for exit code 2.
std::optional<qint64> wholeNumber(const Invocation &in, const QString &name, qint64 low, qint64 high, int *exitCode)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{1,10}$"));
    const QString text = in.options.value(name).trimmed();
    const qint64 value = text.toLongLong();
    if (!digits.match(text).hasMatch() || value < low || value > high) {
        *exitCode = Cli::fail(*in.err, ExitBadInput,
                              GenerateCommand::tr("--%1: \"%2\" is not a whole number from %3 to %4.")
                                  .arg(name, in.options.value(name))
                                  .arg(low)
                                  .arg(high));
        return std::nullopt;
    }
    return value;
}

} // namespace

QList<CommandSpec> GenerateCommand::commands()
{
    return {
        {QStringLiteral("generate"), tr("create a register with realistic synthetic data"),
         tr("Creates the new register file FILE and fills it with synthetic data made from a seed: licences "
            "with Norwegian-looking names and addresses (about 1/5 sale, 4/5 serving, some ended during the "
            "years), turnover reports with plausible litres per group and year-to-year changes, the invoice lines "
            "and payments of every year with rates, inspectors, inspections (two inspectors at serving places, "
            "about 8 % with findings) and sanction cases. The same options and seed give the same register. The "
            "register is marked as a demo register. The defaults are the size of Oslo. On stdout: a JSON summary "
            "with the counts and the time taken."),
         {},
         {{kOut, QStringLiteral("FILE"), tr("the register file to create (must not exist)"), true},
          {kLicences, QStringLiteral("N"), tr("licences in force at the end, 1-20000 (default 2000)"), false},
          {kYears, QStringLiteral("N"), tr("years of history up to last year, 1-30 (default 10)"), false},
          {kInspections, QStringLiteral("N"), tr("inspections over the years, 0-500000 (default 60000)"), false},
          {kSeed, QStringLiteral("N"), tr("the seed, 0-4294967295 (default 1)"), false}},
         &GenerateCommand::runGenerate},
    };
}

int GenerateCommand::runGenerate(const Invocation &in)
{
    SyntheticOptions options;
    int exitCode = ExitOk;
    if (in.options.contains(kLicences)) {
        const std::optional<qint64> n = wholeNumber(in, kLicences, 1, 20000, &exitCode);
        if (!n)
            return exitCode;
        options.licences = static_cast<int>(*n);
    }
    if (in.options.contains(kYears)) {
        const std::optional<qint64> n = wholeNumber(in, kYears, 1, 30, &exitCode);
        if (!n)
            return exitCode;
        options.years = static_cast<int>(*n);
    }
    if (in.options.contains(kInspections)) {
        const std::optional<qint64> n = wholeNumber(in, kInspections, 0, 500000, &exitCode);
        if (!n)
            return exitCode;
        options.inspections = static_cast<int>(*n);
    }
    if (in.options.contains(kSeed)) {
        const std::optional<qint64> n = wholeNumber(in, kSeed, 0, 4294967295LL, &exitCode);
        if (!n)
            return exitCode;
        options.seed = static_cast<quint32>(*n);
    }

    const QString path = QFileInfo(in.options.value(kOut)).absoluteFilePath();
    if (QFileInfo::exists(path))
        return Cli::fail(*in.err, ExitBadInput, tr("--out: %1 exists.").arg(QDir::toNativeSeparators(path)));
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
        return Cli::fail(*in.err, ExitBadInput,
                         tr("--out: the folder %1 does not exist.").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));

    // Everything is stamped with today's date at midnight (UTC), not the moment, so that the same
    // seed gives the same register all day.
    const FixedClock clock(QDateTime(QDate::currentDate(), QTime(0, 0), Qt::UTC));
    RegisterInfo info;
    info.municipalityName = options.municipalityName;
    info.demo = true;
    Result<std::unique_ptr<Database>> created = RegisterFiles::create(path, info, clock, QStringLiteral("national-default"));
    if (!created)
        return Cli::fail(*in.err, ExitFailure, created.error().toString());
    std::unique_ptr<Database> db = std::move(created).value();
    const Result<SyntheticSummary> summary = SyntheticData::populate(*db, clock, options);
    if (!summary) {
        db.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(path + suffix); // our own, just created file
        const Error &error = summary.error();
        if (error.code == QLatin1String("validation"))
            return Cli::fail(*in.err, ExitBadInput, QStringLiteral("--") + error.field + QStringLiteral(": ") + error.message);
        return Cli::fail(*in.err, ExitFailure, error.toString());
    }
    db.reset();

    QJsonObject result;
    result.insert(QStringLiteral("out"), QDir::toNativeSeparators(path));
    result.insert(QStringLiteral("seed"), static_cast<qint64>(options.seed));
    result.insert(QStringLiteral("years"), options.years);
    result.insert(QStringLiteral("licences"), summary->licences);
    result.insert(QStringLiteral("turnover_reports"), summary->turnoverReports);
    result.insert(QStringLiteral("fee_lines"), summary->feeLines);
    result.insert(QStringLiteral("inspections"), summary->inspections);
    result.insert(QStringLiteral("findings"), summary->findings);
    result.insert(QStringLiteral("sanction_cases"), summary->sanctionCases);
    result.insert(QStringLiteral("cases"), summary->cases);
    result.insert(QStringLiteral("milliseconds"), summary->milliseconds);
    Cli::writeJson(*in.out, result);
    return ExitOk;
}

} // namespace bevilling::cli
