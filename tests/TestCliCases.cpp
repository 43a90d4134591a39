#include "PdfTestSupport.h"
#include "CliTestSupport.h"
#include "LetterTestSupport.h"
#include "cases/CaseJson.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bevilling;
using test::readAll;
using test::pdfText;
using test::CliRun;
using test::runCli;

namespace {

QJsonObject jsonOf(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

QStringList numbersIn(const QJsonObject &result)
{
    QStringList numbers;
    for (const QJsonValue &c : result.value(QStringLiteral("cases")).toArray())
        numbers << c.toObject().value(QStringLiteral("number")).toString();
    return numbers;
}

} // namespace

class TestCliCases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void casesJsonIsTheCaseForm();
    void casesFilters_data();
    void casesFilters();
    void casesTable();
    void badFilterKey_data();
    void badFilterKey();
    void letterWritesAPdf_data();
    void letterWritesAPdf();
    void letterRefused_data();
    void letterRefused();
    void letterCannotWrite();
    void help_data();
    void help();

private:
    QString path(const QString &name) const { return QDir(m_dir.path()).filePath(name); }
    CliRun cli(const QStringList &arguments) const
    {
        return runCli(m_dir.path(), QStringList{QStringLiteral("--database"), m_register} + arguments);
    }

    QTemporaryDir m_dir;
    QString m_register;
    test::LetterCases m_cases;
};

void TestCliCases::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext is missing: install the Debian package poppler-utils (scripts/common.sh lists it)");
    m_register = path(QStringLiteral("register.sqlite"));
    Result<std::unique_ptr<Database>> db = Database::open(m_register);
    QVERIFY2(db.ok(), qPrintable(db.error().toString()));
    // Decided in the past, so that the real clock of the command agrees.
    const FixedClock clock(QDateTime(QDate(2026, 3, 4), QTime(9, 30), Qt::UTC));
    m_cases = test::makeLetterCases(**db, clock);
    QVERIFY2(m_cases.error.isEmpty(), qPrintable(m_cases.error));
    // `db` goes out of scope here: the register is closed and its lock released before the
    // command opens it.
}

void TestCliCases::casesJsonIsTheCaseForm()
{
    const CliRun run = cli({QStringLiteral("cases"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    const QJsonObject result = jsonOf(run);
    QCOMPARE(result.keys(), QStringList{QStringLiteral("cases")});
    QCOMPARE(numbersIn(result),
             (QStringList{m_cases.granted.number, m_cases.refused.number, m_cases.undecided.number}));
    // Exactly CaseJson's form of what the repository holds.
    Result<std::unique_ptr<Database>> db = Database::open(m_register);
    QVERIFY(db.ok());
    const SystemClock clock;
    const Result<Case> granted = CaseRepository(**db, clock).find(m_cases.granted.id);
    QVERIFY(granted.ok());
    QCOMPARE(result.value(QStringLiteral("cases")).toArray().first().toObject(), CaseJson::toJson(*granted));
}

void TestCliCases::casesFilters_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("which"); // g: granted, r: refused, u: undecided
    QTest::newRow("status decided") << QStringList{QStringLiteral("--status"), QStringLiteral("decided")}
                                    << QStringList{QStringLiteral("g"), QStringLiteral("r")};
    QTest::newRow("status received") << QStringList{QStringLiteral("--status=received")} << QStringList{QStringLiteral("u")};
    QTest::newRow("status closed") << QStringList{QStringLiteral("--status"), QStringLiteral("closed")} << QStringList();
    QTest::newRow("type new") << QStringList{QStringLiteral("--type"), QStringLiteral("new")}
                              << QStringList{QStringLiteral("g"), QStringLiteral("r"), QStringLiteral("u")};
    QTest::newRow("type renewal") << QStringList{QStringLiteral("--type"), QStringLiteral("renewal")} << QStringList();
    QTest::newRow("open") << QStringList{QStringLiteral("--open")}
                          << QStringList{QStringLiteral("g"), QStringLiteral("r"), QStringLiteral("u")};
    QTest::newRow("status and type") << QStringList{QStringLiteral("--type"), QStringLiteral("new"), QStringLiteral("--status"),
                                                    QStringLiteral("received"), QStringLiteral("--open")}
                                     << QStringList{QStringLiteral("u")};
}

void TestCliCases::casesFilters()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, which);
    const CliRun run = cli(QStringList{QStringLiteral("cases"), QStringLiteral("--json")} + options);
    QCOMPARE(run.exitCode, 0);
    QStringList expected;
    for (const QString &w : which)
        expected << (w == QLatin1String("g") ? m_cases.granted.number
                     : w == QLatin1String("r") ? m_cases.refused.number
                                               : m_cases.undecided.number);
    QCOMPARE(numbersIn(jsonOf(run)), expected);
}

void TestCliCases::casesTable()
{
    const CliRun run = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("cases")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    const QList<QByteArray> lines = run.out.split('\n');
    QVERIFY2(lines.size() >= 4, run.out.constData());
    QVERIFY(lines.at(0).startsWith("Number"));
    QVERIFY(lines.at(0).contains("Status"));
    QVERIFY(lines.at(1).startsWith(m_cases.granted.number.toUtf8()));
    QVERIFY(lines.at(1).contains("Siri Saksbehandler"));
    QVERIFY(lines.at(1).contains("05.01.2026"));
    QVERIFY(lines.at(3).startsWith(m_cases.undecided.number.toUtf8()));

    const CliRun none = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("cases"), QStringLiteral("--status"),
                             QStringLiteral("closed")});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(none.out, QByteArray("No cases match.\n"));
}

void TestCliCases::badFilterKey_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("names");
    QTest::addColumn<QByteArray>("lists");
    QTest::newRow("status") << QStringList{QStringLiteral("cases"), QStringLiteral("--status"), QStringLiteral("mottatt")}
                            << QByteArray("--status") << QByteArray("received, incomplete, complete");
    QTest::newRow("status with --json") << QStringList{QStringLiteral("cases"), QStringLiteral("--json"), QStringLiteral("--status=done")}
                                        << QByteArray("--status") << QByteArray("statements_received");
    QTest::newRow("type") << QStringList{QStringLiteral("cases"), QStringLiteral("--type"), QStringLiteral("ny")}
                          << QByteArray("--type") << QByteArray("single_occasion");
}

void TestCliCases::badFilterKey()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, names);
    QFETCH(QByteArray, lists);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY(run.err.startsWith(QByteArray("bevilling-cli: " + names + ": ")));
    QVERIFY2(run.err.contains(lists), run.err.constData());
}

void TestCliCases::letterWritesAPdf_data()
{
    QTest::addColumn<bool>("byNumber");
    QTest::addColumn<bool>("grant");
    QTest::newRow("grant by id") << false << true;
    QTest::newRow("grant by number") << true << true;
    QTest::newRow("refusal by number") << true << false;
}

void TestCliCases::letterWritesAPdf()
{
    QFETCH(bool, byNumber);
    QFETCH(bool, grant);
    const Case &c = grant ? m_cases.granted : m_cases.refused;
    const QString out = path(QStringLiteral("vedtak-%1.pdf").arg(QString::fromLatin1(QTest::currentDataTag())).replace(QLatin1Char(' '), QLatin1Char('-')));
    const CliRun run = cli({QStringLiteral("letter"), QStringLiteral("--case"), byNumber ? c.number : QString::number(c.id),
                            QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    const QJsonObject result = jsonOf(run);
    QCOMPARE(result.value(QStringLiteral("case")).toString(), c.number);
    QCOMPARE(result.value(QStringLiteral("case_id")).toInteger(), c.id);
    QCOMPARE(result.value(QStringLiteral("letter")).toString(), grant ? QStringLiteral("grant") : QStringLiteral("refusal"));
    QCOMPARE(result.value(QStringLiteral("out")).toString(), QFileInfo(out).absoluteFilePath());

    const QByteArray bytes = readAll(out);
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    const QString text = pdfText(out);
    QVERIFY2(text.contains(c.application.licensee.name), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Statsforvalteren")));
    QVERIFY(text.contains(QStringLiteral("3 uker")));
    if (!grant)
        QVERIFY(text.contains(QStringLiteral("retter seg i hovedsak mot barn og unge")));
}

void TestCliCases::letterRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("names");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("undecided") << QStringList{QStringLiteral("--case"), QStringLiteral("UNDECIDED"), QStringLiteral("--out"),
                                              QStringLiteral("venter.pdf")}
                               << 2 << QByteArray("--case") << QStringLiteral("UNDECIDED");
    QTest::newRow("unknown number") << QStringList{QStringLiteral("--case"), QStringLiteral("2026-9999"), QStringLiteral("--out"),
                                                   QStringLiteral("ukjent.pdf")}
                                    << 2 << QByteArray("--case") << QStringLiteral("2026-9999");
    QTest::newRow("unknown id") << QStringList{QStringLiteral("--case"), QStringLiteral("4242"), QStringLiteral("--out"),
                                               QStringLiteral("ukjent.pdf")}
                                << 2 << QByteArray("--case") << QStringLiteral("4242");
    QTest::newRow("missing --out") << QStringList{QStringLiteral("--case"), QStringLiteral("1")} << 2 << QByteArray("--out")
                                   << QString();
    QTest::newRow("missing --case") << QStringList{QStringLiteral("--out"), QStringLiteral("brev.pdf")} << 2
                                    << QByteArray("--case") << QString();
}

void TestCliCases::letterRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, names);
    QFETCH(QString, mentions);
    if (mentions == QLatin1String("UNDECIDED")) {
        mentions = m_cases.undecided.number;
        arguments.replace(1, mentions);
    }
    const CliRun run = cli(QStringList{QStringLiteral("letter")} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.startsWith(QByteArray("bevilling-cli: " + names + ": ")), run.err.constData());
    QVERIFY2(run.err.contains(mentions.toUtf8()), run.err.constData());
    for (const QString &name : {QStringLiteral("venter.pdf"), QStringLiteral("ukjent.pdf"), QStringLiteral("brev.pdf")})
        QVERIFY(!QFileInfo::exists(path(name)));
}

void TestCliCases::letterCannotWrite()
{
    const QString out = path(QStringLiteral("finnes-ikke/brev.pdf"));
    const CliRun run = cli({QStringLiteral("letter"), QStringLiteral("--case"), m_cases.granted.number, QStringLiteral("--out"), out});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.startsWith("bevilling-cli: --out: "), run.err.constData());
    QVERIFY(run.err.contains(QFileInfo(out).absoluteFilePath().toUtf8()));

    // The register itself is never overwritten.
    const CliRun self = cli({QStringLiteral("letter"), QStringLiteral("--case"), m_cases.granted.number, QStringLiteral("--out"),
                             m_register});
    QCOMPARE(self.exitCode, 2);
    QCOMPARE(self.errLines().size(), 1);
    QVERIFY(readAll(m_register).startsWith("SQLite format 3"));
}

void TestCliCases::help_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("mentions");
    QTest::newRow("cases") << QStringLiteral("cases") << QByteArray("--status KEY");
    QTest::newRow("letter") << QStringLiteral("letter") << QByteArray("--case ID|NUMBER --out FILE.pdf");
}

void TestCliCases::help()
{
    QFETCH(QString, command);
    QFETCH(QByteArray, mentions);
    const CliRun run = runCli(m_dir.path(), {command, QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(mentions), run.out.constData());
    const CliRun general = runCli(m_dir.path(), {QStringLiteral("--help")});
    QVERIFY(general.out.contains(command.toUtf8()));
}

QTEST_GUILESS_MAIN(TestCliCases)
#include "TestCliCases.moc"
