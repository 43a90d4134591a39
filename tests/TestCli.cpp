#include "demo/DemoData.h"
#include "storage/Database.h"
#include "storage/LicenceRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "CliTestSupport.h"

#include <memory>

using namespace bevilling;

namespace {

using Run = bevilling::test::CliRun;
using bevilling::test::writeFile;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}


} // namespace

// Drives the real bevilling-cli executable, as a script would.
class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void version();
    void help_data();
    void help();
    void usageErrors_data();
    void usageErrors();
    void exportImportExportIsIdentical();
    void exportToStdout();
    void badFieldIsRefusedWithItsPath();
    void nonEmptyTargetIsRefused();
    void missingDatabase();
    void exportWhileAnotherWriterHasTheFile();
    void englishMessages();

private:
    Run cli(const QStringList &arguments) const;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_demo; // a demo register made once
};

Run TestCli::cli(const QStringList &arguments) const
{
    return bevilling::test::runCli(m_dir.path(), arguments);
}

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo(QStringLiteral(BEVILLING_CLI_PATH)).isExecutable());
    m_demo = path(QStringLiteral("demo.sqlite"));
    auto db = Database::open(m_demo);
    QVERIFY2(db.ok(), qPrintable(db.error().toString()));
    const FixedClock clock(QDateTime(QDate(2025, 11, 22), QTime(10, 0), Qt::UTC));
    const Status populated = DemoData::populate(**db, clock);
    QVERIFY2(populated.ok(), qPrintable(populated.error().toString()));
}

void TestCli::version()
{
    const Run run = cli({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("bevilling-cli " BEVILLING_VERSION "\n"));
    QVERIFY(run.err.isEmpty());
}

void TestCli::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("general") << QStringList{QStringLiteral("--help")}
                             << QStringList{QStringLiteral("export"), QStringLiteral("import"), QStringLiteral("--database")};
    QTest::newRow("short") << QStringList{QStringLiteral("-h")} << QStringList{QStringLiteral("export")};
    QTest::newRow("export") << QStringList{QStringLiteral("export"), QStringLiteral("--help")}
                            << QStringList{QStringLiteral("--out"), QStringLiteral("--database")};
    QTest::newRow("import") << QStringList{QStringLiteral("--help"), QStringLiteral("import")}
                            << QStringList{QStringLiteral("FILE.json"), QStringLiteral("--database")};
    QTest::newRow("help beats a missing option") << QStringList{QStringLiteral("import"), QStringLiteral("--help")}
                                                 << QStringList{QStringLiteral("FILE.json")};
}

void TestCli::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    for (const QString &word : mentions)
        QVERIFY2(run.out.contains(word.toUtf8()), qPrintable(word));
}

// Bad input: exit code 2, one line on stderr that names the argument, nothing on stdout.
void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    QTest::newRow("no command") << QStringList{} << QStringLiteral("--help");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
    QTest::newRow("unknown command with help") << QStringList{QStringLiteral("frobnicate"), QStringLiteral("--help")}
                                               << QStringLiteral("frobnicate");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("export"), QStringLiteral("--out"), QStringLiteral("x.json"),
                                                   QStringLiteral("--colour")}
                                    << QStringLiteral("--colour");
    QTest::newRow("unknown short option") << QStringList{QStringLiteral("export"), QStringLiteral("-x")} << QStringLiteral("-x");
    QTest::newRow("missing option") << QStringList{QStringLiteral("export")} << QStringLiteral("--out");
    QTest::newRow("missing value") << QStringList{QStringLiteral("export"), QStringLiteral("--out")} << QStringLiteral("--out");
    QTest::newRow("missing database value") << QStringList{QStringLiteral("export"), QStringLiteral("--out"), QStringLiteral("x.json"),
                                                           QStringLiteral("--database")}
                                            << QStringLiteral("--database");
    QTest::newRow("option twice") << QStringList{QStringLiteral("export"), QStringLiteral("--out=a.json"), QStringLiteral("--out=b.json")}
                                  << QStringLiteral("--out");
    QTest::newRow("missing argument") << QStringList{QStringLiteral("import")} << QStringLiteral("FILE.json");
    QTest::newRow("extra argument") << QStringList{QStringLiteral("import"), QStringLiteral("a.json"), QStringLiteral("b.json")}
                                    << QStringLiteral("b.json");
    QTest::newRow("import file missing") << QStringList{QStringLiteral("import"), QStringLiteral("nowhere.json"),
                                                        QStringLiteral("--database"), QStringLiteral("never.sqlite")}
                                         << QStringLiteral("nowhere.json");
    QTest::newRow("unknown language") << QStringList{QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--version")}
                                      << QStringLiteral("--lang");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains(named.toUtf8()), run.err.constData());
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("never.sqlite"))));
}

void TestCli::exportImportExportIsIdentical()
{
    const QString first = path(QStringLiteral("first.json"));
    Run run = cli({QStringLiteral("export"), QStringLiteral("--database"), m_demo, QStringLiteral("--out"), first});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.err.isEmpty());
    const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(summary.value(QStringLiteral("out")).toString(), first);
    QVERIFY(summary.value(QStringLiteral("licences")).toInt() >= 28);
    QVERIFY(summary.value(QStringLiteral("audit_entries")).toInt() > summary.value(QStringLiteral("licences")).toInt());

    const QString copy = path(QStringLiteral("copy/register.sqlite"));
    run = cli({QStringLiteral("import"), first, QStringLiteral("--database"), copy});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.err.isEmpty());
    const QJsonObject imported = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(imported.value(QStringLiteral("database")).toString(), copy);
    QCOMPARE(imported.value(QStringLiteral("licences")).toInt(), summary.value(QStringLiteral("licences")).toInt());
    QCOMPARE(imported.value(QStringLiteral("audit_entries")).toInt(), summary.value(QStringLiteral("audit_entries")).toInt());

    const QString second = path(QStringLiteral("second.json"));
    run = cli({QStringLiteral("--database=") + copy, QStringLiteral("export"), QStringLiteral("--out=") + second});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(readFile(second), readFile(first));
    QVERIFY(readFile(first).startsWith("{\n    \"format\": \"bevilling-register\""));
}

void TestCli::exportToStdout()
{
    const QString file = path(QStringLiteral("stdout-ref.json"));
    QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--database"), m_demo, QStringLiteral("--out"), file}).exitCode, 0);
    const Run run = cli({QStringLiteral("export"), QStringLiteral("--database"), m_demo, QStringLiteral("--out"), QStringLiteral("-")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    QCOMPARE(run.out, readFile(file));
}

void TestCli::badFieldIsRefusedWithItsPath()
{
    const QString good = path(QStringLiteral("good.json"));
    QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--database"), m_demo, QStringLiteral("--out"), good}).exitCode, 0);
    QJsonObject root = QJsonDocument::fromJson(readFile(good)).object();
    QJsonArray licences = root.value(QStringLiteral("licences")).toArray();
    QJsonObject licence = licences.at(3).toObject();
    QJsonObject licensee = licence.value(QStringLiteral("licensee")).toObject();
    QString orgNumber = licensee.value(QStringLiteral("org_number")).toString();
    QCOMPARE(orgNumber.size(), 9);
    orgNumber[8] = QLatin1Char(orgNumber.at(8) == QLatin1Char('0') ? '1' : '0'); // a wrong check digit
    licensee.insert(QStringLiteral("org_number"), orgNumber);
    licence.insert(QStringLiteral("licensee"), licensee);
    licences[3] = licence;
    root.insert(QStringLiteral("licences"), licences);
    const QString bad = path(QStringLiteral("bad.json"));
    QVERIFY(writeFile(bad, QJsonDocument(root).toJson()));

    const QString target = path(QStringLiteral("refused.sqlite"));
    const Run run = cli({QStringLiteral("import"), bad, QStringLiteral("--database"), target});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains("licences[3].licensee.org_number"), run.err.constData());
    // No half-made register is left behind.
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(!QFileInfo::exists(target + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(target + QStringLiteral("-shm")));
    QVERIFY(!QFileInfo::exists(Database::lockFilePath(target)));
}

void TestCli::nonEmptyTargetIsRefused()
{
    const QString file = path(QStringLiteral("into-demo.json"));
    QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--database"), m_demo, QStringLiteral("--out"), file}).exitCode, 0);
    const QByteArray before = readFile(file);
    const Run run = cli({QStringLiteral("import"), file, QStringLiteral("--database"), m_demo});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY(run.err.contains("--database"));
    // The register it refused is untouched.
    QVERIFY(QFileInfo::exists(m_demo));
    const QString after = path(QStringLiteral("into-demo-after.json"));
    QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--database"), m_demo, QStringLiteral("--out"), after}).exitCode, 0);
    QCOMPARE(readFile(after), before);
}

void TestCli::missingDatabase()
{
    const Run run = cli({QStringLiteral("export"), QStringLiteral("--database"), path(QStringLiteral("absent.sqlite")),
                         QStringLiteral("--out"), path(QStringLiteral("absent.json"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY(run.err.contains("--database"));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("absent.sqlite"))));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("absent.json"))));
}

// The program has the register open for changes: export still works (read-only), import is
// refused with exit code 1 and the lock holder named.
void TestCli::exportWhileAnotherWriterHasTheFile()
{
    auto writer = Database::open(m_demo);
    QVERIFY2(writer.ok(), qPrintable(writer.error().toString()));

    const QString file = path(QStringLiteral("while-open.json"));
    Run run = cli({QStringLiteral("export"), QStringLiteral("--database"), m_demo, QStringLiteral("--out"), file});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(QFileInfo(file).size() > 1000);

    run = cli({QStringLiteral("import"), file, QStringLiteral("--database"), m_demo});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY(QFileInfo::exists(m_demo));
}

void TestCli::englishMessages()
{
    const Run run = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("frobnicate")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, QByteArray("bevilling-cli: \"frobnicate\" is not a command; see \"bevilling-cli --help\".\n"));

    const Run missing = cli({QStringLiteral("--lang=en"), QStringLiteral("export"), QStringLiteral("--database"),
                             path(QStringLiteral("absent.sqlite")), QStringLiteral("--out"), QStringLiteral("-")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains("does not exist"), missing.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
