#include "CliTestSupport.h"
#include "SanctionTestSupport.h"
#include "storage/Database.h"
#include "storage/SanctionRepository.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bevilling;
using test::CliRun;
using test::runCli;

class TestCliLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jsonByIdOrNumber_data();
    void jsonByIdOrNumber();
    void sameShapeAsPrikk();
    void defaultAsOfIsToday();
    void summaryWithoutJson();
    void refused_data();
    void refused();

private:
    QString path(const QString &name) const { return QDir(m_dir.path()).filePath(name); }
    CliRun cli(const QStringList &arguments) const
    {
        return runCli(m_dir.path(), QStringList{QStringLiteral("--database"), m_register} + arguments);
    }

    QTemporaryDir m_dir;
    QString m_register;
    qint64 m_licence = 0;
    qint64 m_clean = 0;
};

void TestCliLedger::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_register = path(QStringLiteral("register.sqlite"));
    Result<std::unique_ptr<Database>> opened = Database::open(m_register);
    QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
    const std::unique_ptr<Database> db = std::move(opened).value();
    // Decided in the past, so that the real clock of the command agrees.
    const FixedClock clock(QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
    m_licence = test::addLicence(*db, clock, QStringLiteral("2024-001"));
    m_clean = test::addLicence(*db, clock, QStringLiteral("2024-002"));
    QVERIFY(m_licence && m_clean);
    SanctionRepository repo(*db, clock);
    const Result<SanctionCase> minor = repo.createFromReport(m_licence, QStringLiteral("minor"), QDate(2026, 1, 10),
                                                             QStringLiteral("Politiet"));
    QVERIFY(minor.ok());
    QVERIFY(test::decideStandard(repo, minor->id, QDate(2026, 1, 15)).ok());
    const Result<SanctionCase> hours = repo.createFromReport(m_licence, QStringLiteral("hours"), QDate(2026, 3, 10),
                                                             QStringLiteral("K-2026-004"));
    QVERIFY(hours.ok());
    QVERIFY(test::decideStandard(repo, hours->id, QDate(2026, 3, 15)).ok());
    // Proposed only: not in the ledger.
    QVERIFY(repo.createFromReport(m_licence, QStringLiteral("fee_unpaid"), QDate(2026, 4, 1), QStringLiteral("Skatteetaten")).ok());
}

void TestCliLedger::jsonByIdOrNumber_data()
{
    QTest::addColumn<QString>("licence");
    QTest::addColumn<QString>("asOf");
    QTest::addColumn<int>("prikker");
    QTest::addColumn<bool>("due");
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("entries");
    QTest::newRow("by id") << QStringLiteral("1") << QStringLiteral("2026-04-01") << 12 << true << 7 << 2;
    QTest::newRow("by number") << QStringLiteral("2024-001") << QStringLiteral("2026-04-01") << 12 << true << 7 << 2;
    QTest::newRow("before the second") << QStringLiteral("2024-001") << QStringLiteral("2026-03-01") << 8 << false << 0 << 1;
    QTest::newRow("minor expired") << QStringLiteral("2024-001") << QStringLiteral("2028-01-10") << 4 << false << 0 << 1;
    QTest::newRow("all expired") << QStringLiteral("2024-001") << QStringLiteral("2028-03-10") << 0 << false << 0 << 0;
    QTest::newRow("clean licence") << QStringLiteral("2024-002") << QStringLiteral("2026-04-01") << 0 << false << 0 << 0;
}

void TestCliLedger::jsonByIdOrNumber()
{
    QFETCH(QString, licence);
    QFETCH(QString, asOf);
    QFETCH(int, prikker);
    QFETCH(bool, due);
    QFETCH(int, days);
    QFETCH(int, entries);
    const CliRun run = cli({QStringLiteral("ledger"), QStringLiteral("--licence"), licence, QStringLiteral("--as-of"), asOf,
                            QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    const QJsonObject result = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(result.value(QStringLiteral("as_of")).toString(), asOf);
    QCOMPARE(result.value(QStringLiteral("active_prikker")).toInt(), prikker);
    QCOMPARE(result.value(QStringLiteral("suspension_due")).toBool(), due);
    QCOMPARE(result.value(QStringLiteral("suspension_days")).toInt(), days);
    QCOMPARE(result.value(QStringLiteral("active")).toArray().size(), entries);
}

void TestCliLedger::sameShapeAsPrikk()
{
    const QByteArray ledger = R"({"events": [
        {"type": "inspection", "id": "Politiet", "date": "2026-01-10", "findings": [{"code": "minor"}]},
        {"type": "inspection", "id": "K-2026-004", "date": "2026-03-10", "findings": [{"code": "hours"}]}
    ]})";
    QVERIFY(test::writeFile(path(QStringLiteral("ledger.json")), ledger));
    const CliRun prikk = cli({QStringLiteral("prikk"), QStringLiteral("--ledger"), path(QStringLiteral("ledger.json")),
                              QStringLiteral("--as-of"), QStringLiteral("2026-04-01")});
    QCOMPARE(prikk.exitCode, 0);
    const CliRun stored = cli({QStringLiteral("ledger"), QStringLiteral("--licence"), QStringLiteral("2024-001"),
                               QStringLiteral("--as-of"), QStringLiteral("2026-04-01"), QStringLiteral("--json")});
    QCOMPARE(stored.exitCode, 0);
    const QJsonObject expected = QJsonDocument::fromJson(prikk.out).object();
    QVERIFY(!expected.isEmpty());
    QCOMPARE(QJsonDocument::fromJson(stored.out).object(), expected);
    const QJsonObject entry = expected.value(QStringLiteral("active")).toArray().first().toObject();
    QCOMPARE(entry.value(QStringLiteral("inspection")).toString(), QStringLiteral("Politiet"));
    QCOMPARE(entry.value(QStringLiteral("expires")).toString(), QStringLiteral("2028-01-10"));
}

void TestCliLedger::defaultAsOfIsToday()
{
    const CliRun run = cli({QStringLiteral("ledger"), QStringLiteral("--licence"), QStringLiteral("2024-002"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject result = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(result.value(QStringLiteral("as_of")).toString(), QDate::currentDate().toString(Qt::ISODate));
}

void TestCliLedger::summaryWithoutJson()
{
    const CliRun run = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("ledger"), QStringLiteral("--licence"),
                            QStringLiteral("2024-001"), QStringLiteral("--as-of"), QStringLiteral("2026-04-01")});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains(QStringLiteral("2024-001")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("12")));
    QVERIFY(text.contains(QStringLiteral("minor")));
    QVERIFY(text.contains(QStringLiteral("01.04.2026")));
}

void TestCliLedger::refused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown number") << QStringList{QStringLiteral("ledger"), QStringLiteral("--licence"), QStringLiteral("1999-999")}
                                    << QStringLiteral("1999-999");
    QTest::newRow("unknown id") << QStringList{QStringLiteral("ledger"), QStringLiteral("--licence"), QStringLiteral("77")}
                                << QStringLiteral("77");
    QTest::newRow("bad date") << QStringList{QStringLiteral("ledger"), QStringLiteral("--licence"), QStringLiteral("1"),
                                             QStringLiteral("--as-of"), QStringLiteral("01.04.2026")}
                              << QStringLiteral("--as-of");
    QTest::newRow("no licence") << QStringList{QStringLiteral("ledger")} << QStringLiteral("--licence");
}

void TestCliLedger::refused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(QString::fromUtf8(run.err).contains(mentions), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCliLedger)
#include "TestCliLedger.moc"
