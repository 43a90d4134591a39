// Synthetic registers (SyntheticData::populate) and `bevilling-cli generate`: realistic shape,
// the same register from the same seed, and the refusals.
#include "CliTestSupport.h"
#include "demo/SyntheticData.h"
#include "exchange/Exchange.h"
#include "inspections/Inspection.h"
#include "rules/Findings.h"
#include "storage/Database.h"
#include "storage/FeeRateRepository.h"
#include "storage/FeeRepository.h"
#include "storage/InspectionRepository.h"
#include "storage/LicenceRepository.h"
#include "storage/RegisterSettings.h"
#include "storage/RuleSetRepository.h"
#include "storage/TurnoverRepository.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bevilling;
using test::CliRun;
using test::runCli;

namespace {

const FixedClock kClock(QDateTime(QDate(2026, 6, 15), QTime(0, 0), Qt::UTC));

// A new register with the national rule set and the shipped fee rates, as `generate` makes it.
std::unique_ptr<Database> newRegister(const QString &path)
{
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db)
        return nullptr;
    if (!RuleSetRepository(**db, kClock).seed(QStringLiteral("national-default")) || !FeeRateRepository(**db, kClock).seed())
        return nullptr;
    return std::move(db).value();
}

SyntheticOptions small(quint32 seed)
{
    SyntheticOptions options;
    options.seed = seed;
    options.licences = 40;
    options.years = 4;
    options.inspections = 400;
    return options;
}

} // namespace

class TestSyntheticData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void realisticShape();
    void sameSeedSameRegister();
    void refusesNonEmptyRegister();
    void refusesOptionsOutOfRange_data();
    void refusesOptionsOutOfRange();
    void cliGenerate();
    void cliGenerateSameSeedSameExport();
    void cliGenerateRefuses_data();
    void cliGenerateRefuses();

private:
    QString path(const QString &name) const { return QDir(m_dir.path()).filePath(name); }
    QTemporaryDir m_dir;
};

void TestSyntheticData::realisticShape()
{
    const std::unique_ptr<Database> db = newRegister(path(QStringLiteral("shape.sqlite")));
    QVERIFY(db);
    const Result<SyntheticSummary> summary = SyntheticData::populate(*db, kClock, small(7));
    QVERIFY2(summary.ok(), qPrintable(summary.error().toString()));
    QCOMPARE(summary->licences, 45); // 40 in force at the end and 40 / 8 ended during the years
    QVERIFY(summary->inspections > 380 && summary->inspections <= 400);
    QVERIFY(summary->turnoverReports > 150);
    QVERIFY(summary->feeLines > 100);
    QVERIFY(summary->findings > 10 && summary->findings < 80); // about 8 %
    QVERIFY(summary->sanctionCases > 0 && summary->sanctionCases <= summary->findings);

    const Result<RegisterInfo> info = RegisterSettings(*db, kClock).load();
    QVERIFY(info.ok());
    QVERIFY(info->demo);

    const Result<QList<Licence>> licences = LicenceRepository(*db, kClock).list();
    QVERIFY(licences.ok());
    QCOMPARE(licences->size(), 45);
    int sale = 0;
    int ended = 0;
    QSet<QString> numbers;
    for (const Licence &l : *licences) {
        QVERIFY(l.isOrdinary());
        sale += l.kind == LicenceKind::Sale ? 1 : 0;
        ended += l.isEnded() ? 1 : 0;
        QVERIFY(!l.licensee.name.isEmpty());
        QCOMPARE(l.licensee.orgNumber.size(), 9);
        QCOMPARE(l.premises.postalPlace, QStringLiteral("OSLO"));
        QVERIFY(!l.manager.name.isEmpty());
        numbers.insert(l.number);
    }
    QCOMPARE(numbers.size(), 45);
    QCOMPARE(ended, 5);
    QVERIFY(sale > 0 && sale < 20);

    // Serving inspections have two inspectors; findings use the catalogue's codes.
    const Result<QList<Inspection>> inspections = InspectionRepository(*db, kClock).list();
    QVERIFY(inspections.ok());
    QCOMPARE(inspections->size(), summary->inspections);
    for (const Inspection &in : *inspections) {
        if (in.type == rules::InspectionType::Serving)
            QCOMPARE(in.inspectorIds.size(), 2);
        QVERIFY(in.date.year() >= 2022 && in.date.year() <= 2025);
        for (const InspectionFinding &f : in.findings)
            QVERIFY2(rules::Findings::find(f.code).has_value(), qPrintable(f.code));
    }

    // Litres are plausible: a received report has actual litres of the right size for its kind.
    const Result<QList<TurnoverReport>> reports = TurnoverRepository(*db, kClock).list();
    QVERIFY2(reports.ok(), qPrintable(reports.error().toString()));
    QCOMPARE(reports->size(), summary->turnoverReports);
    int received = 0;
    for (const TurnoverReport &r : *reports) {
        if (!r.isReceived() || !r.actual)
            continue;
        ++received;
        QVERIFY(r.actual->total() >= 0 && r.actual->total() < 2000000);
    }
    QVERIFY(received > reports->size() / 2);

    const Result<QList<FeeLine>> lines = FeeRepository(*db, kClock).lines();
    QVERIFY2(lines.ok(), qPrintable(lines.error().toString()));
    QCOMPARE(lines->size(), summary->feeLines);
    double paid = 0;
    for (const FeeLine &line : *lines) {
        QVERIFY(line.isIssued());
        // Invoices from the first year to this year's; 2026 has no rates in the shipped table: no
        // provisional fee that year, only the true-up of 2025 at 2025's rates.
        QVERIFY(line.year >= 2022 && line.year <= 2026);
        if (line.year == 2026)
            QCOMPARE(line.kind, FeeLineKind::TrueUp);
        paid += line.paid;
    }
    QVERIFY(paid > 0);
}

void TestSyntheticData::sameSeedSameRegister()
{
    QByteArray exports[3];
    const quint32 seeds[3] = {11, 11, 12};
    for (int i = 0; i < 3; ++i) {
        const std::unique_ptr<Database> db = newRegister(path(QStringLiteral("seed%1.sqlite").arg(i)));
        QVERIFY(db);
        const Result<SyntheticSummary> summary = SyntheticData::populate(*db, kClock, small(seeds[i]));
        QVERIFY2(summary.ok(), qPrintable(summary.error().toString()));
        const Result<QByteArray> exported = Exchange::exportRegister(*db);
        QVERIFY2(exported.ok(), qPrintable(exported.error().toString()));
        exports[i] = *exported;
    }
    QVERIFY(exports[0] == exports[1]);
    QVERIFY(exports[0] != exports[2]);
}

void TestSyntheticData::refusesNonEmptyRegister()
{
    const std::unique_ptr<Database> db = newRegister(path(QStringLiteral("twice.sqlite")));
    QVERIFY(db);
    QVERIFY(SyntheticData::populate(*db, kClock, small(1)).ok());
    const Result<SyntheticSummary> again = SyntheticData::populate(*db, kClock, small(1));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().field, QStringLiteral("register"));
}

void TestSyntheticData::refusesOptionsOutOfRange_data()
{
    QTest::addColumn<int>("licences");
    QTest::addColumn<int>("years");
    QTest::addColumn<int>("inspections");
    QTest::addColumn<QString>("field");
    QTest::newRow("no licences") << 0 << 10 << 10 << QStringLiteral("licences");
    QTest::newRow("too many licences") << 20001 << 10 << 10 << QStringLiteral("licences");
    QTest::newRow("no years") << 10 << 0 << 10 << QStringLiteral("years");
    QTest::newRow("too many years") << 10 << 31 << 10 << QStringLiteral("years");
    QTest::newRow("negative inspections") << 10 << 10 << -1 << QStringLiteral("inspections");
    QTest::newRow("too many inspections") << 10 << 10 << 500001 << QStringLiteral("inspections");
}

void TestSyntheticData::refusesOptionsOutOfRange()
{
    QFETCH(int, licences);
    QFETCH(int, years);
    QFETCH(int, inspections);
    QFETCH(QString, field);
    const std::unique_ptr<Database> db = newRegister(path(QStringLiteral("range-%1.sqlite").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')))));
    QVERIFY(db);
    SyntheticOptions options;
    options.licences = licences;
    options.years = years;
    options.inspections = inspections;
    const Result<SyntheticSummary> summary = SyntheticData::populate(*db, kClock, options);
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().field, field);
    QCOMPARE(*LicenceRepository(*db, kClock).count(), 0);
}

void TestSyntheticData::cliGenerate()
{
    const QString out = path(QStringLiteral("cli.sqlite"));
    const CliRun run = runCli(m_dir.path(), {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("generate"), QStringLiteral("--out"), out,
                                             QStringLiteral("--licences"), QStringLiteral("25"), QStringLiteral("--years"),
                                             QStringLiteral("3"), QStringLiteral("--inspections"), QStringLiteral("150"),
                                             QStringLiteral("--seed"), QStringLiteral("5")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.err.isEmpty());
    const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(summary.value(QStringLiteral("licences")).toInt(), 28);
    QCOMPARE(summary.value(QStringLiteral("seed")).toInt(), 5);
    QVERIFY(summary.value(QStringLiteral("inspections")).toInt() > 100);
    QVERIFY(summary.value(QStringLiteral("fee_lines")).toInt() > 0);
    QVERIFY(summary.contains(QStringLiteral("milliseconds")));
    QVERIFY(QFileInfo::exists(out));

    // The register works with the other commands.
    const CliRun inspections = runCli(m_dir.path(), {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"), out, QStringLiteral("inspections"),
                                                     QStringLiteral("--year"), QString::number(QDate::currentDate().year() - 1),
                                                     QStringLiteral("--json")});
    QVERIFY2(inspections.exitCode == 0, inspections.err.constData());
    QVERIFY(!QJsonDocument::fromJson(inspections.out).object().value(QStringLiteral("inspections")).toArray().isEmpty());
}

void TestSyntheticData::cliGenerateSameSeedSameExport()
{
    QByteArray exports[2];
    for (int i = 0; i < 2; ++i) {
        const QString out = path(QStringLiteral("same%1.sqlite").arg(i));
        const CliRun run = runCli(m_dir.path(), {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("generate"), QStringLiteral("--out"), out,
                                                 QStringLiteral("--licences"), QStringLiteral("20"), QStringLiteral("--years"),
                                                 QStringLiteral("2"), QStringLiteral("--inspections"), QStringLiteral("80"),
                                                 QStringLiteral("--seed"), QStringLiteral("99")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const CliRun exported = runCli(m_dir.path(), {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"), out, QStringLiteral("export"),
                                                      QStringLiteral("--out"), QStringLiteral("-")});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        exports[i] = exported.out;
    }
    QVERIFY(exports[0].size() > 1000);
    QVERIFY(exports[0] == exports[1]);
}

void TestSyntheticData::cliGenerateRefuses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("start");
    const QString existing = path(QStringLiteral("existing.sqlite"));
    QVERIFY(test::writeFile(existing, "not a register"));
    QTest::newRow("exists") << QStringList{QStringLiteral("--out"), existing} << QStringLiteral("bevilling-cli: --out:");
    QTest::newRow("licences not a number")
        << QStringList{QStringLiteral("--out"), path(QStringLiteral("a.sqlite")), QStringLiteral("--licences"), QStringLiteral("many")}
        << QStringLiteral("bevilling-cli: --licences:");
    QTest::newRow("licences zero")
        << QStringList{QStringLiteral("--out"), path(QStringLiteral("b.sqlite")), QStringLiteral("--licences"), QStringLiteral("0")}
        << QStringLiteral("bevilling-cli: --licences:");
    QTest::newRow("years too many")
        << QStringList{QStringLiteral("--out"), path(QStringLiteral("c.sqlite")), QStringLiteral("--years"), QStringLiteral("31")}
        << QStringLiteral("bevilling-cli: --years:");
    QTest::newRow("negative seed")
        << QStringList{QStringLiteral("--out"), path(QStringLiteral("d.sqlite")), QStringLiteral("--seed"), QStringLiteral("-1")}
        << QStringLiteral("bevilling-cli: --seed:");
    QTest::newRow("no folder")
        << QStringList{QStringLiteral("--out"), path(QStringLiteral("nowhere/e.sqlite"))} << QStringLiteral("bevilling-cli: --out:");
    QTest::newRow("no out") << QStringList{} << QStringLiteral("bevilling-cli: --out:");
}

void TestSyntheticData::cliGenerateRefuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, start);
    const CliRun run = runCli(m_dir.path(), QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("generate")} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(QString::fromUtf8(run.err).startsWith(start), run.err.constData());
    if (QTest::currentDataTag() != QByteArray("exists") && arguments.size() >= 2)
        QVERIFY(!QFileInfo::exists(arguments.at(1)));
}

QTEST_GUILESS_MAIN(TestSyntheticData)
#include "TestSyntheticData.moc"
