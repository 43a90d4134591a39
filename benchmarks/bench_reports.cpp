// bench_reports: times the five annual reports (AnnualReports::build) and the year's fee
// assessment (FeeRepository::assess) on a register. With no register given it generates one the
// size of Oslo (2 000 licences, 10 years, 60 000 inspections) in a temporary folder first.
//
//   bench_reports [REGISTER] [--year YEAR] [--runs N]
//
// "cold": the register is opened anew before each run (SQLite's page cache is empty; the operating
// system's file cache is not); "warm": the same connection, after one run to warm it. Each figure
// is the median of N runs (default 5), in milliseconds.
#include "Clock.h"
#include "demo/SyntheticData.h"
#include "reports/AnnualReports.h"
#include "storage/Database.h"
#include "storage/FeeRateRepository.h"
#include "storage/FeeRepository.h"
#include "storage/RuleSetRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using namespace bevilling;

namespace {

void print(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

std::unique_ptr<Database> openRegister(const QString &path)
{
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    options.createIfMissing = false;
    Result<std::unique_ptr<Database>> db = Database::open(path, options);
    if (!db) {
        print(QStringLiteral("bench_reports: %1: %2\n").arg(path, db.error().toString()));
        return nullptr;
    }
    return std::move(db).value();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

struct Timing
{
    double cold = 0;
    double warm = 0;
    double warmMax = 0;
};

// Runs `work` cold and warm; false when it failed.
bool measure(const QString &path, int runs, const std::function<bool(const Database &)> &work, Timing *timing)
{
    QList<double> cold;
    for (int i = 0; i < runs; ++i) {
        std::unique_ptr<Database> db = openRegister(path);
        if (!db)
            return false;
        QElapsedTimer timer;
        timer.start();
        if (!work(*db))
            return false;
        cold.append(timer.nsecsElapsed() / 1e6);
    }
    std::unique_ptr<Database> db = openRegister(path);
    if (!db || !work(*db))
        return false;
    QList<double> warm;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!work(*db))
            return false;
        warm.append(timer.nsecsElapsed() / 1e6);
    }
    timing->cold = median(cold);
    timing->warm = median(warm);
    timing->warmMax = *std::max_element(warm.cbegin(), warm.cend());
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bevilling"));
    QLoggingCategory::setFilterRules(QStringLiteral("bevilling.*.debug=false\nbevilling.*.info=false"));

    const SystemClock clock;
    QString path;
    int year = clock.today().year() - 1;
    int runs = 5;
    const QStringList args = QCoreApplication::arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--year") && i + 1 < args.size()) {
            year = args.at(++i).toInt();
        } else if (arg == QLatin1String("--runs") && i + 1 < args.size()) {
            runs = std::max(1, args.at(++i).toInt());
        } else if (arg == QLatin1String("--help") || arg.startsWith(QLatin1String("--"))) {
            print(QStringLiteral("Usage: bench_reports [REGISTER] [--year YEAR] [--runs N]\n"));
            return arg == QLatin1String("--help") ? 0 : 2;
        } else {
            path = arg;
        }
    }

    QTemporaryDir temporary;
    if (path.isEmpty()) {
        path = QDir(temporary.path()).filePath(QStringLiteral("oslo.sqlite"));
        print(QStringLiteral("Generating an Oslo-size register in %1 ...\n").arg(path));
        Result<std::unique_ptr<Database>> created = Database::open(path);
        if (!created) {
            print(QStringLiteral("bench_reports: %1\n").arg(created.error().toString()));
            return 1;
        }
        const std::unique_ptr<Database> db = std::move(created).value();
        Status seeded = RuleSetRepository(*db, clock).seed(QStringLiteral("national-default"));
        if (seeded)
            seeded = FeeRateRepository(*db, clock).seed();
        if (!seeded) {
            print(QStringLiteral("bench_reports: %1\n").arg(seeded.error().toString()));
            return 1;
        }
        const Result<SyntheticSummary> summary = SyntheticData::populate(*db, clock, SyntheticOptions{});
        if (!summary) {
            print(QStringLiteral("bench_reports: %1\n").arg(summary.error().toString()));
            return 1;
        }
        print(QStringLiteral("Generated %1 licences, %2 turnover reports, %3 fee lines, %4 inspections in %5 ms\n")
                  .arg(summary->licences)
                  .arg(summary->turnoverReports)
                  .arg(summary->feeLines)
                  .arg(summary->inspections)
                  .arg(summary->milliseconds));
    }

    print(QStringLiteral("Register: %1\nYear: %2, median of %3 runs, milliseconds\n\n").arg(path).arg(year).arg(runs));
    print(QStringLiteral("%1 %2 %3 %4\n").arg(QStringLiteral("what"), -26).arg(QStringLiteral("cold"), 9)
              .arg(QStringLiteral("warm"), 9).arg(QStringLiteral("warm max"), 9));
    bool ok = true;
    double slowest = 0;
    auto row = [&](const QString &name, const std::function<bool(const Database &)> &work) {
        Timing timing;
        if (!measure(path, runs, work, &timing)) {
            print(QStringLiteral("%1 failed\n").arg(name, -26));
            ok = false;
            return;
        }
        slowest = std::max(slowest, timing.cold);
        print(QStringLiteral("%1 %2 %3 %4\n")
                  .arg(name, -26)
                  .arg(timing.cold, 9, 'f', 1)
                  .arg(timing.warm, 9, 'f', 1)
                  .arg(timing.warmMax, 9, 'f', 1));
    };
    for (const QString &kind : reports::AnnualReports::kinds()) {
        row(QStringLiteral("report ") + kind, [&](const Database &db) {
            const Result<reports::Report> report = reports::AnnualReports::build(kind, db, clock, year);
            if (!report)
                print(QStringLiteral("  %1: %2\n").arg(kind, report.error().toString()));
            return bool(report);
        });
    }
    const int feeYear = year;
    row(QStringLiteral("fees assess %1").arg(feeYear), [&](const Database &db) {
        const Result<FeeAssessment> assessment = FeeRepository(db, clock).assess(feeYear);
        if (!assessment)
            print(QStringLiteral("  fees: %1\n").arg(assessment.error().toString()));
        return bool(assessment);
    });
    print(QStringLiteral("\nSlowest cold median: %1 ms (target: under 1000 ms)\n").arg(slowest, 0, 'f', 1));
    return ok ? 0 : 1;
}
