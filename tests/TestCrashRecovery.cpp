#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/LicenceRepository.h"
#include "TestSupport.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace bevilling;

// A writer killed with SIGKILL in the middle of a long transaction must leave a register that
// opens (taking over the stale lock), passes quick_check and holds exactly what was committed.
// The writer is tests/helpers/crash_writer.cpp, run as a child process.
class TestCrashRecovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killedMidTransaction_data();
    void killedMidTransaction();

private:
    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2025, 3, 10), QTime(9, 30), Qt::UTC)};
};

namespace {

constexpr int kBatchRows = 500; // as in crash_writer.cpp

int scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

void TestCrashRecovery::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(BEVILLING_CRASH_WRITER)).isExecutable(), BEVILLING_CRASH_WRITER);
}

void TestCrashRecovery::killedMidTransaction_data()
{
    QTest::addColumn<int>("licences");
    QTest::addColumn<int>("batches");          // committed raw transactions of 500 rows each
    QTest::addColumn<bool>("checkpoint");      // WAL copied into the database file before the long transaction
    QTest::addColumn<int>("rowsBeforeMarker"); // rows of the long transaction before it says so
    QTest::addColumn<int>("cachePages");       // 0: SQLite's default page cache
    QTest::addColumn<int>("killDelayMs");      // how long it goes on writing after the marker

    QTest::newRow("right after the transaction began") << 3 << 0 << false << 1 << 0 << 0;
    QTest::newRow("while inserting") << 5 << 0 << false << 200 << 0 << 150;
    QTest::newRow("after uncommitted pages spilled to the WAL") << 5 << 0 << false << 3000 << 20 << 200;
    QTest::newRow("after committed batches") << 4 << 5 << false << 500 << 0 << 50;
    QTest::newRow("after a WAL checkpoint") << 12 << 6 << true << 100 << 20 << 300;
}

void TestCrashRecovery::killedMidTransaction()
{
    QFETCH(int, licences);
    QFETCH(int, batches);
    QFETCH(bool, checkpoint);
    QFETCH(int, rowsBeforeMarker);
    QFETCH(int, cachePages);
    QFETCH(int, killDelayMs);

    const QString path =
        m_dir.filePath(QStringLiteral("crash-%1.sqlite").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));

    QProcess writer;
    writer.setProgram(QStringLiteral(BEVILLING_CRASH_WRITER));
    writer.setArguments({path, QString::number(licences), QString::number(batches),
                         checkpoint ? QStringLiteral("1") : QStringLiteral("0"), QString::number(rowsBeforeMarker),
                         QString::number(cachePages)});
    writer.start();
    QVERIFY2(writer.waitForStarted(30000), qPrintable(writer.errorString()));

    QByteArray output;
    const QDeadlineTimer deadline(120 * 1000);
    while (!output.contains("inside-transaction")) {
        if (writer.state() == QProcess::NotRunning || deadline.hasExpired()) {
            writer.kill();
            writer.waitForFinished(10000);
            QFAIL(qPrintable(QStringLiteral("the writer never reached its long transaction; stdout: %1; stderr: %2")
                                 .arg(QString::fromLocal8Bit(output + writer.readAllStandardOutput()),
                                      QString::fromLocal8Bit(writer.readAllStandardError()))));
        }
        writer.waitForReadyRead(500);
        output += writer.readAllStandardOutput();
    }
    if (killDelayMs > 0)
        QThread::msleep(static_cast<unsigned long>(killDelayMs));
    const qint64 writerPid = writer.processId();
    writer.kill(); // SIGKILL
    QVERIFY(writer.waitForFinished(30000));
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
    const QByteArray errors = writer.readAllStandardError();
    QVERIFY2(!errors.contains("crash_writer:"), errors.constData());

    // The dead writer's lock is still there, and stale.
    const std::optional<LockHolder> stale = Database::lockHolder(path);
    QVERIFY2(stale.has_value(), "a killed writer leaves its lock file behind");
    QCOMPARE(stale->pid, writerPid);
    // Committed data lives in the WAL until a checkpoint copies it into the file itself.
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
    if (checkpoint)
        QVERIFY2(QFileInfo(path).size() > 16 * 4096, qPrintable(QString::number(QFileInfo(path).size())));

    {
        Result<std::unique_ptr<Database>> opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
        const Database &db = *opened.value();
        const Status check = db.quickCheck();
        QVERIFY2(check.ok(), qPrintable(check.error().toString()));
        QCOMPARE(Database::lockHolder(path)->pid, QCoreApplication::applicationPid());

        // Exactly the committed licences, unchanged, each with its one audit entry.
        LicenceRepository repo(db, m_clock);
        const Result<QList<Licence>> all = repo.list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), licences);
        QStringList numbers;
        for (const Licence &licence : all.value()) {
            numbers.append(licence.number);
            QCOMPARE(licence.conditions, test::makeServingLicence().conditions);
            const Result<QList<AuditEntry>> history = repo.history(licence.id);
            QVERIFY(history.ok());
            QCOMPARE(history->size(), 1);
            QCOMPARE(history->first().action, QStringLiteral("create"));
        }
        numbers.sort();
        QStringList expected;
        for (int i = 1; i <= licences; ++i)
            expected.append(QStringLiteral("2024-%1").arg(i, 3, 10, QLatin1Char('0')));
        QCOMPARE(numbers, expected);

        const QSqlDatabase connection = db.connection();
        QCOMPARE(scalar(connection, QStringLiteral("SELECT count(*) FROM audit_log")), licences);
        QCOMPARE(scalar(connection, QStringLiteral("SELECT count(*) FROM licensee WHERE name LIKE 'Committed batch row %'")),
                 batches * kBatchRows);
        QCOMPARE(scalar(connection, QStringLiteral("SELECT count(*) FROM licensee WHERE name LIKE 'Uncommitted row %'")), 0);
        QCOMPARE(scalar(connection, QStringLiteral("SELECT count(*) FROM licence WHERE conditions = 'Uncommitted change'")), 0);

        // And it takes new work.
        const Result<Licence> created = repo.create(test::makeServingLicence(QStringLiteral("2025-001")));
        QVERIFY2(created.ok(), qPrintable(created.error().toString()));
    }

    // Closed cleanly this time: no lock left, and it opens again.
    QVERIFY(!Database::lockHolder(path).has_value());
    Result<std::unique_ptr<Database>> reopened = Database::open(path);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error().toString()));
    QVERIFY(reopened.value()->quickCheck().ok());
    QCOMPARE(LicenceRepository(*reopened.value(), m_clock).count().value(), licences + 1);
}

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "TestCrashRecovery.moc"
