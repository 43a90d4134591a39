// `bevilling-cli fees` through the real executable: the year's lines as JSON and CSV against hand-computed
// amounts, and the refusals (a year without rates, a bad year, no or both formats).
#include "CliFeeTestSupport.h"
#include "CliTestSupport.h"
#include "TestSupport.h"
#include "rules/Fees.h"
#include "storage/Database.h"
#include "storage/FeeRateRepository.h"
#include "storage/LicenceRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bevilling;
using test::CliRun;
using test::runCli;

class TestCliFees : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void json();
    void csv();
    void refused_data();
    void refused();
    void help();

private:
    CliRun cli(const QStringList &arguments) const
    {
        return runCli(m_dir.path(), QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"), m_register} + arguments);
    }
    QTemporaryDir m_dir;
    QString m_register;
};

// The reports of good-utf8.csv: 2024-001 expects 21 000 / 3 100 / 520 litres, 2024-002 8 200 litres
// of group 1 and the new 2026-003 5 000 litres of group 1; 2024-003 has not reported.
void TestCliFees::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_register = test::makeFeeCycleRegister(m_dir.path(), QStringLiteral("fees.sqlite"));
    QVERIFY(!m_register.isEmpty());
    const CliRun run = cli({QStringLiteral("import-turnover"), test::turnoverDataFile(QStringLiteral("good-utf8.csv"))});
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

// Serving rates of 2026 (2025's): group 1 kr 0,61, group 2 kr 1,57, group 3 kr 5,19, minimum kr 6 400.
// 2024-001: 21 000 × 0,61 + 3 100 × 1,57 + 520 × 5,19 = 12 810 + 4 867 + 2 698,80 = 20 375,80.
// 2024-002: 8 200 × 0,61 = 5 002 -> the minimum 6 400. 2026-003: 5 000 × 0,61 = 3 050 -> 6 400.
void TestCliFees::json()
{
    const CliRun run = cli({QStringLiteral("fees"), QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.err.isEmpty());
    const QJsonObject result = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(result.value(QStringLiteral("year")).toInt(), 2026);
    QHash<QString, QJsonObject> provisional;
    for (const QJsonValue &v : result.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject line = v.toObject();
        if (line.value(QStringLiteral("kind")).toString() == QLatin1String("provisional"))
            provisional.insert(line.value(QStringLiteral("licence")).toString(), line);
    }
    QCOMPARE(provisional.size(), 3);
    const QJsonObject first = provisional.value(QStringLiteral("2024-001"));
    QCOMPARE(first.value(QStringLiteral("amount")).toDouble(), 20375.80);
    QCOMPARE(first.value(QStringLiteral("minimum_applied")).toBool(), false);
    QCOMPARE(first.value(QStringLiteral("basis_year")).toInt(), 2026);
    QCOMPARE(first.value(QStringLiteral("issued")).toBool(), false);
    QVERIFY(first.value(QStringLiteral("issued_on")).isNull());
    QCOMPARE(first.value(QStringLiteral("paid")).toDouble(), 0.0);
    QCOMPARE(first.value(QStringLiteral("licensee")).toString(), QStringLiteral("Stad 1 AS"));
    QCOMPARE(first.value(QStringLiteral("litres")).toArray(), QJsonArray({21000, 3100, 520}));
    QVERIFY(!first.value(QStringLiteral("basis")).toString().isEmpty());
    QCOMPARE(provisional.value(QStringLiteral("2024-002")).value(QStringLiteral("amount")).toDouble(), 6400.0);
    QCOMPARE(provisional.value(QStringLiteral("2024-002")).value(QStringLiteral("minimum_applied")).toBool(), true);
    QCOMPARE(provisional.value(QStringLiteral("2026-003")).value(QStringLiteral("amount")).toDouble(), 6400.0);
    QCOMPARE(result.value(QStringLiteral("total")).toDouble(), 33175.80);
    QVERIFY(result.value(QStringLiteral("problems")).isArray());
}

void TestCliFees::csv()
{
    const CliRun run = cli({QStringLiteral("fees"), QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--csv")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.err.isEmpty());
    QVERIFY(run.out.startsWith("\xEF\xBB\xBF" "fakturalinje;"));
    const QString text = QString::fromUtf8(run.out);
    QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // the header and three lines
    QVERIFY2(text.contains(QStringLiteral("20375,80")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("2024-002")));
}

void TestCliFees::refused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("start");
    QTest::newRow("year without rates") << QStringList{QStringLiteral("--year"), QStringLiteral("2021"), QStringLiteral("--json")}
                                        << QStringLiteral("bevilling-cli: --year:");
    QTest::newRow("2027 has no rates") << QStringList{QStringLiteral("--year"), QStringLiteral("2027"), QStringLiteral("--csv")}
                                       << QStringLiteral("bevilling-cli: --year:");
    QTest::newRow("not a year") << QStringList{QStringLiteral("--year"), QStringLiteral("20x6"), QStringLiteral("--json")}
                                << QStringLiteral("bevilling-cli: --year:");
    QTest::newRow("year out of range") << QStringList{QStringLiteral("--year"), QStringLiteral("1999"), QStringLiteral("--json")}
                                       << QStringLiteral("bevilling-cli: --year:");
    QTest::newRow("no year") << QStringList{QStringLiteral("--json")} << QStringLiteral("bevilling-cli: --year:");
    QTest::newRow("no format") << QStringList{QStringLiteral("--year"), QStringLiteral("2026")} << QStringLiteral("bevilling-cli: --json:");
    QTest::newRow("both formats") << QStringList{QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--json"),
                                                 QStringLiteral("--csv")}
                                  << QStringLiteral("bevilling-cli: --json:");
}

void TestCliFees::refused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, start);
    const CliRun run = cli(QStringList{QStringLiteral("fees")} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(QString::fromUtf8(run.err).startsWith(start), run.err.constData());
    if (QTest::currentDataTag() == QByteArray("year without rates"))
        QVERIFY2(run.err.contains("2021"), run.err.constData());
}

void TestCliFees::help()
{
    const CliRun run = runCli(m_dir.path(), {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("fees"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("fees --year YEAR [--json] [--csv]"));
}

QTEST_GUILESS_MAIN(TestCliFees)
#include "TestCliFees.moc"
