// `bevilling-cli import-turnover` through the real executable: good, Norwegian-Excel and bad files,
// the dry run, and the all-or-nothing import.
#include "CliFeeTestSupport.h"
#include "CliTestSupport.h"
#include "TestSupport.h"
#include "rules/Fees.h"
#include "storage/Database.h"
#include "storage/FeeRateRepository.h"
#include "storage/LicenceRepository.h"
#include "storage/TurnoverRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bevilling;
using test::CliRun;
using test::runCli;

namespace {

int storedReports(const QString &path)
{
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    options.createIfMissing = false;
    Result<std::unique_ptr<Database>> db = Database::open(path, options);
    if (!db)
        return -1;
    const SystemClock clock;
    const Result<QList<TurnoverReport>> reports = TurnoverRepository(**db, clock).list();
    return reports ? static_cast<int>(reports->size()) : -1;
}

QStringList actions(const QJsonObject &preview)
{
    QStringList list;
    for (const QJsonValue &row : preview.value(QStringLiteral("rows")).toArray())
        list << row.toObject().value(QStringLiteral("action")).toString();
    return list;
}

} // namespace

class TestCliTurnover : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void importGood();
    void dryRunSavesNothing();
    void importNorwegianExcel();
    void badRowsImportNothing();
    void badRowsDryRun();
    void wrongFile_data();
    void wrongFile();
    void help();

private:
    CliRun cli(const QString &registerPath, const QStringList &arguments) const
    {
        return runCli(m_dir.path(), QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"), registerPath} + arguments);
    }
    QTemporaryDir m_dir;
};

void TestCliTurnover::importGood()
{
    const QString db = test::makeFeeCycleRegister(m_dir.path(), QStringLiteral("good.sqlite"));
    QVERIFY(!db.isEmpty());
    const CliRun run = cli(db, {QStringLiteral("import-turnover"), test::turnoverDataFile(QStringLiteral("good-utf8.csv"))});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.err.isEmpty());
    const QJsonObject result = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(result.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));
    QCOMPARE(result.value(QStringLiteral("separator")).toString(), QStringLiteral(","));
    QCOMPARE(result.value(QStringLiteral("importable")).toInt(), 3);
    QCOMPARE(result.value(QStringLiteral("with_problems")).toInt(), 0);
    QCOMPARE(result.value(QStringLiteral("imported")).toInt(), 3);
    QCOMPARE(actions(result), QStringList({QStringLiteral("create"), QStringLiteral("create"), QStringLiteral("create")}));
    const QJsonObject first = result.value(QStringLiteral("rows")).toArray().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("line")).toInt(), 2);
    QCOMPARE(first.value(QStringLiteral("licence")).toString(), QStringLiteral("2024-001"));
    QCOMPARE(first.value(QStringLiteral("year")).toInt(), 2026);
    QCOMPARE(storedReports(db), 3);

    // The same file again replaces the three reports.
    const CliRun again = cli(db, {QStringLiteral("import-turnover"), test::turnoverDataFile(QStringLiteral("good-utf8.csv")),
                                  QStringLiteral("--dry-run")});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(actions(QJsonDocument::fromJson(again.out).object()),
             QStringList({QStringLiteral("update"), QStringLiteral("update"), QStringLiteral("update")}));
}

void TestCliTurnover::dryRunSavesNothing()
{
    const QString db = test::makeFeeCycleRegister(m_dir.path(), QStringLiteral("dry.sqlite"));
    QVERIFY(!db.isEmpty());
    const CliRun run = cli(db, {QStringLiteral("import-turnover"), test::turnoverDataFile(QStringLiteral("good-utf8.csv")),
                                QStringLiteral("--dry-run")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject result = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(result.value(QStringLiteral("importable")).toInt(), 3);
    QCOMPARE(result.value(QStringLiteral("imported")).toInt(), 0);
    QCOMPARE(storedReports(db), 0);
}

void TestCliTurnover::importNorwegianExcel()
{
    const QString db = test::makeFeeCycleRegister(m_dir.path(), QStringLiteral("excel.sqlite"));
    QVERIFY(!db.isEmpty());
    const CliRun run = cli(db, {QStringLiteral("import-turnover"), test::turnoverDataFile(QStringLiteral("norwegian-excel.csv"))});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject result = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(result.value(QStringLiteral("encoding")).toString(), QStringLiteral("Windows-1252"));
    QCOMPARE(result.value(QStringLiteral("separator")).toString(), QStringLiteral(";"));
    QCOMPARE(result.value(QStringLiteral("with_problems")).toInt(), 0);
    QCOMPARE(result.value(QStringLiteral("imported")).toInt(), 2);

    // "20 000" and "3000,5" were read as numbers.
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    options.createIfMissing = false;
    Result<std::unique_ptr<Database>> opened = Database::open(db, options);
    QVERIFY(opened.ok());
    const SystemClock clock;
    const Result<QList<TurnoverReport>> reports = TurnoverRepository(**opened, clock).list(2026);
    QVERIFY(reports.ok());
    QCOMPARE(reports->size(), 2);
    QVERIFY(reports->at(0).actual.has_value());
    QCOMPARE(reports->at(0).actual->group[0], 20000.0);
    QCOMPARE(reports->at(0).actual->group[1], 3000.5);
    QCOMPARE(reports->at(0).expected->group[0], 21000.0);
    QVERIFY(reports->at(0).auditorConfirmed);
}

void TestCliTurnover::badRowsImportNothing()
{
    const QString db = test::makeFeeCycleRegister(m_dir.path(), QStringLiteral("bad.sqlite"));
    QVERIFY(!db.isEmpty());
    const QString file = test::turnoverDataFile(QStringLiteral("bad-rows.csv"));
    const CliRun run = cli(db, {QStringLiteral("import-turnover"), file});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errLines().size(), 1);
    const QString line = QString::fromUtf8(run.err);
    QVERIFY2(line.startsWith(QStringLiteral("bevilling-cli: ") + file + QStringLiteral(": line 2")), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("more rows with problems")), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("--dry-run")), qPrintable(line));
    QCOMPARE(storedReports(db), 0);
}

void TestCliTurnover::badRowsDryRun()
{
    const QString db = test::makeFeeCycleRegister(m_dir.path(), QStringLiteral("baddry.sqlite"));
    QVERIFY(!db.isEmpty());
    const CliRun run = cli(db, {QStringLiteral("import-turnover"), test::turnoverDataFile(QStringLiteral("bad-rows.csv")),
                                QStringLiteral("--dry-run")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.err.isEmpty());
    const QJsonObject result = QJsonDocument::fromJson(run.out).object();
    QVERIFY(result.value(QStringLiteral("with_problems")).toInt() >= 4);
    QCOMPARE(result.value(QStringLiteral("imported")).toInt(), 0);
    const QJsonArray rows = result.value(QStringLiteral("rows")).toArray();
    // Unknown licence, negative litres and a word for a number, each named by its column.
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("error"));
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("licence")).toString(), QStringLiteral("2026-999"));
    const QJsonObject negative = rows.at(1).toObject().value(QStringLiteral("problems")).toArray().at(0).toObject();
    QCOMPARE(negative.value(QStringLiteral("column")).toString(), QStringLiteral("actual_group1"));
    const QJsonObject word = rows.at(2).toObject().value(QStringLiteral("problems")).toArray().at(0).toObject();
    QCOMPARE(word.value(QStringLiteral("column")).toString(), QStringLiteral("actual_group1"));
    QVERIFY(word.value(QStringLiteral("message")).toString().contains(QStringLiteral("abc")));
    QCOMPARE(storedReports(db), 0);
}

void TestCliTurnover::wrongFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("dryRun");
    QTest::newRow("missing column") << test::turnoverDataFile(QStringLiteral("wrong-columns-missing.csv")) << false;
    QTest::newRow("unknown column") << test::turnoverDataFile(QStringLiteral("wrong-columns-unknown.csv")) << false;
    QTest::newRow("duplicate column") << test::turnoverDataFile(QStringLiteral("wrong-columns-duplicate.csv")) << false;
    QTest::newRow("unknown column, dry run") << test::turnoverDataFile(QStringLiteral("wrong-columns-unknown.csv")) << true;
    QTest::newRow("no such file") << QDir(m_dir.path()).filePath(QStringLiteral("nothing.csv")) << false;
    QTest::newRow("a folder") << m_dir.path() << true;
}

void TestCliTurnover::wrongFile()
{
    QFETCH(QString, file);
    QFETCH(bool, dryRun);
    const QString db = test::makeFeeCycleRegister(m_dir.path(), QStringLiteral("wrong-%1.sqlite").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')).remove(QLatin1Char(','))));
    QVERIFY(!db.isEmpty());
    QStringList arguments = {QStringLiteral("import-turnover"), file};
    if (dryRun)
        arguments << QStringLiteral("--dry-run");
    const CliRun run = cli(db, arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(QString::fromUtf8(run.err).startsWith(QStringLiteral("bevilling-cli: ") + file + QStringLiteral(": ")),
             run.err.constData());
    QCOMPARE(storedReports(db), 0);
}

void TestCliTurnover::help()
{
    const CliRun run = runCli(m_dir.path(), {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("import-turnover"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("import-turnover FILE.csv [--dry-run]"));
    QVERIFY(run.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliTurnover)
#include "TestCliTurnover.moc"
