// `bevilling-cli report` through the real executable: every report as JSON and CSV, the PDF (valid, and
// pdftotext finds the total), and the refusals.
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

namespace {

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!process.waitForFinished(30000))
        return {};
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    // Amounts are grouped with (non-breaking) spaces; compare without any.
    text.remove(QChar(0x00A0)).remove(QChar(0x202F)).remove(QLatin1Char(' '));
    return text;
}

} // namespace

class TestCliReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jsonAndCsv_data();
    void jsonAndCsv();
    void turnoverFigures();
    void feesFigures();
    void pdf();
    void refused_data();
    void refused();
    void help();

private:
    CliRun cli(const QStringList &arguments) const
    {
        return runCli(m_dir.path(), QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"), m_register} + arguments);
    }
    QJsonObject jsonReport(const QString &kind, int year)
    {
        const QString out = QDir(m_dir.path()).filePath(QStringLiteral("%1-%2.json").arg(kind).arg(year));
        const CliRun run = cli({QStringLiteral("report"), kind, QStringLiteral("--year"), QString::number(year),
                                QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), out});
        if (run.exitCode != 0)
            return {};
        QFile file(out);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }
    QTemporaryDir m_dir;
    QString m_register;
};

void TestCliReports::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_register = test::makeFeeCycleRegister(m_dir.path(), QStringLiteral("reports.sqlite"));
    QVERIFY(!m_register.isEmpty());
    const CliRun run = cli({QStringLiteral("import-turnover"), test::turnoverDataFile(QStringLiteral("good-utf8.csv"))});
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TestCliReports::jsonAndCsv_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("format");
    for (const char *kind : {"turnover", "fees", "inspections", "council", "national"}) {
        for (const char *format : {"json", "csv"})
            QTest::addRow("%s %s", kind, format) << QString::fromLatin1(kind) << QString::fromLatin1(format);
    }
}

void TestCliReports::jsonAndCsv()
{
    QFETCH(QString, kind);
    QFETCH(QString, format);
    const QString out = QDir(m_dir.path()).filePath(kind + QLatin1Char('.') + format);
    const CliRun run = cli({QStringLiteral("report"), kind, QStringLiteral("--year"), QStringLiteral("2026"),
                            QStringLiteral("--format"), format, QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.err.isEmpty());
    const QJsonObject result = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(result.value(QStringLiteral("report")).toString(), kind);
    QCOMPARE(result.value(QStringLiteral("year")).toInt(), 2026);
    QCOMPARE(result.value(QStringLiteral("format")).toString(), format);
    QCOMPARE(result.value(QStringLiteral("out")).toString(), QDir::toNativeSeparators(out));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    if (format == QLatin1String("json")) {
        const QJsonObject report = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(report.value(QStringLiteral("report")).toString(), kind);
        QCOMPARE(report.value(QStringLiteral("year")).toInt(), 2026);
        QVERIFY(!report.value(QStringLiteral("sections")).toArray().isEmpty());
    } else {
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains(';'));
    }
}

// Actual litres of 2025 from the 2026 reports: 2024-001 20 000 + 3 000 + 500, 2024-002 8 000.
void TestCliReports::turnoverFigures()
{
    const QJsonObject report = jsonReport(QStringLiteral("turnover"), 2025);
    const QJsonObject figures = report.value(QStringLiteral("key_figures")).toObject();
    QCOMPARE(figures.value(QStringLiteral("turnover.serving_group1")).toDouble(), 28000.0);
    QCOMPARE(figures.value(QStringLiteral("turnover.serving_group2")).toDouble(), 3000.0);
    QCOMPARE(figures.value(QStringLiteral("turnover.serving_group3")).toDouble(), 500.0);
    QCOMPARE(figures.value(QStringLiteral("turnover.total")).toDouble(), 31500.0);
}

// The 2026 fees are not issued: the computed lines, 20 375,80 + 6 400 + 6 400 (TestCliFees).
void TestCliReports::feesFigures()
{
    const QJsonObject report = jsonReport(QStringLiteral("fees"), 2026);
    const QJsonObject figures = report.value(QStringLiteral("key_figures")).toObject();
    QCOMPARE(figures.value(QStringLiteral("fees.provisional")).toDouble(), 33175.80);
    QCOMPARE(figures.value(QStringLiteral("fees.total")).toDouble(), 33175.80);
    QCOMPARE(figures.value(QStringLiteral("fees.minimum_count")).toInt(), 2);
}

void TestCliReports::pdf()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext is missing: install the Debian package poppler-utils (scripts/common.sh lists it)");
    const QString out = QDir(m_dir.path()).filePath(QStringLiteral("fees-2026.pdf"));
    const CliRun run = cli({QStringLiteral("report"), QStringLiteral("fees"), QStringLiteral("--year"), QStringLiteral("2026"),
                            QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.err.isEmpty());
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("format")).toString(), QStringLiteral("pdf"));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    const QString text = pdfText(out);
    QVERIFY2(text.contains(QStringLiteral("33175,80")), qPrintable(text.left(2000)));

    const QString council = QDir(m_dir.path()).filePath(QStringLiteral("council-2026.pdf"));
    const CliRun councilRun = cli({QStringLiteral("report"), QStringLiteral("council"), QStringLiteral("--year"),
                                   QStringLiteral("2026"), QStringLiteral("--format=pdf"), QStringLiteral("--out"), council});
    QVERIFY2(councilRun.exitCode == 0, councilRun.err.constData());
    QFile councilFile(council);
    QVERIFY(councilFile.open(QIODevice::ReadOnly));
    QVERIFY(councilFile.read(5) == "%PDF-");
}

void TestCliReports::refused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("start");
    const QString out = QDir(m_dir.path()).filePath(QStringLiteral("refused.json"));
    const QStringList rest = {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), out};
    QTest::newRow("unknown report") << (QStringList{QStringLiteral("sales"), QStringLiteral("--year"), QStringLiteral("2026")} + rest)
                                    << QStringLiteral("bevilling-cli: \"sales\"");
    QTest::newRow("not a year") << (QStringList{QStringLiteral("fees"), QStringLiteral("--year"), QStringLiteral("next")} + rest)
                                << QStringLiteral("bevilling-cli: --year:");
    QTest::newRow("year out of range") << (QStringList{QStringLiteral("fees"), QStringLiteral("--year"), QStringLiteral("2101")} + rest)
                                       << QStringLiteral("bevilling-cli: --year:");
    QTest::newRow("unknown format")
        << QStringList{QStringLiteral("fees"), QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--format"),
                       QStringLiteral("xlsx"), QStringLiteral("--out"), out}
        << QStringLiteral("bevilling-cli: --format:");
    QTest::newRow("no such folder")
        << QStringList{QStringLiteral("fees"), QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--format"),
                       QStringLiteral("csv"), QStringLiteral("--out"), QDir(m_dir.path()).filePath(QStringLiteral("no/where.csv"))}
        << QStringLiteral("bevilling-cli: --out:");
    QTest::newRow("out is a folder")
        << QStringList{QStringLiteral("fees"), QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--format"),
                       QStringLiteral("pdf"), QStringLiteral("--out"), m_dir.path()}
        << QStringLiteral("bevilling-cli: --out:");
    QTest::newRow("no out") << QStringList{QStringLiteral("fees"), QStringLiteral("--year"), QStringLiteral("2026"),
                                           QStringLiteral("--format"), QStringLiteral("json")}
                            << QStringLiteral("bevilling-cli: --out:");
    QTest::newRow("no report") << QStringList{QStringLiteral("--year"), QStringLiteral("2026")} << QStringLiteral("bevilling-cli: ");
}

void TestCliReports::refused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, start);
    const CliRun run = cli(QStringList{QStringLiteral("report")} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(QString::fromUtf8(run.err).startsWith(start), run.err.constData());
    QVERIFY(!QFileInfo::exists(QDir(m_dir.path()).filePath(QStringLiteral("refused.json"))));
}

void TestCliReports::help()
{
    const CliRun run = runCli(m_dir.path(), {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("report"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("turnover|fees|inspections|council|national"));
    QVERIFY(run.out.contains("--format json|csv|pdf"));
}

QTEST_GUILESS_MAIN(TestCliReports)
#include "TestCliReports.moc"
