// Test helper for TestCrashRecovery: writes to a register and waits to be killed mid-transaction.
//
//   bevilling_crash_writer FILE LICENCES BATCHES CHECKPOINT ROWS_BEFORE_MARKER CACHE_PAGES
//
// 1. opens FILE for writing and commits LICENCES licences through LicenceRepository
//    (numbers 2024-001, 2024-002, ...; each with its audit entry),
// 2. commits BATCHES raw transactions of 500 licensee rows named "Committed batch row N",
//    then, when CHECKPOINT is 1, copies the WAL into the database file (PRAGMA wal_checkpoint),
// 3. begins one long transaction that changes every licence's conditions to "Uncommitted change",
//    adds an audit entry and inserts licensee rows named "Uncommitted row N"; after
//    ROWS_BEFORE_MARKER rows it prints "inside-transaction" on stdout and keeps inserting.
// CACHE_PAGES > 0 shrinks SQLite's page cache so that uncommitted pages spill into the WAL.
// Nothing of step 3 is ever committed: the process is meant to be killed (SIGKILL) during it.
// If nobody kills it within a minute (or the WAL passes 256 MB) it gives up, rolls back and exits
// with code 3.

#include "TestSupport.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/LicenceRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

using namespace bevilling;

namespace {

constexpr int kBatchRows = 500;
constexpr qint64 kMaxWalBytes = 256 * 1024 * 1024;

int fail(const QString &what)
{
    std::fprintf(stderr, "crash_writer: %s\n", qPrintable(what));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 7) {
        return fail(QStringLiteral(
            "usage: bevilling_crash_writer FILE LICENCES BATCHES CHECKPOINT ROWS_BEFORE_MARKER CACHE_PAGES"));
    }
    const QString path = args.at(1);
    const int licences = args.at(2).toInt();
    const int batches = args.at(3).toInt();
    const bool checkpoint = args.at(4) == QLatin1String("1");
    const qint64 rowsBeforeMarker = args.at(5).toLongLong();
    const int cachePages = args.at(6).toInt();

    Result<std::unique_ptr<Database>> opened = Database::open(path);
    if (!opened)
        return fail(opened.error().toString());
    const Database &db = *opened.value();
    const SystemClock clock;
    LicenceRepository repo(db, clock);
    for (int i = 1; i <= licences; ++i) {
        const Result<Licence> created =
            repo.create(test::makeServingLicence(QStringLiteral("2024-%1").arg(i, 3, 10, QLatin1Char('0'))));
        if (!created)
            return fail(created.error().toString());
    }

    QSqlDatabase connection = db.connection();
    QSqlQuery query(connection);
    if (cachePages > 0 && !query.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cachePages)))
        return fail(query.lastError().text());

    QSqlQuery insert(connection);
    if (!insert.prepare(QStringLiteral("INSERT INTO licensee (name, org_number, address) VALUES (?, ?, ?)")))
        return fail(insert.lastError().text());
    const QString filler(400, QLatin1Char('x')); // makes rows big enough to fill many pages
    const auto insertRow = [&](const QString &name) {
        insert.bindValue(0, name);
        insert.bindValue(1, QString());
        insert.bindValue(2, filler);
        return insert.exec();
    };

    for (int batch = 0; batch < batches; ++batch) {
        Transaction transaction(connection);
        if (!transaction.isActive())
            return fail(transaction.lastError());
        for (int row = 0; row < kBatchRows; ++row) {
            if (!insertRow(QStringLiteral("Committed batch row %1").arg(batch * kBatchRows + row)))
                return fail(insert.lastError().text());
        }
        if (!transaction.commit())
            return fail(transaction.lastError());
    }
    if (checkpoint && !query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
        return fail(query.lastError().text());
    std::printf("committed %d licences and %d rows\n", licences, batches * kBatchRows);
    std::fflush(stdout);

    Transaction transaction(connection);
    if (!transaction.isActive())
        return fail(transaction.lastError());
    QSqlQuery change(connection);
    change.prepare(QStringLiteral("UPDATE licence SET conditions = ?"));
    change.addBindValue(QStringLiteral("Uncommitted change"));
    if (!change.exec())
        return fail(change.lastError().text());
    const Status audited = AuditLog::record(connection, clock, LicenceRepository::AuditEntity, 999999,
                                            QStringLiteral("create"), QJsonObject(), QJsonObject());
    if (!audited)
        return fail(audited.error().toString());

    qint64 rows = 0;
    const auto insertUncommitted = [&]() { return insertRow(QStringLiteral("Uncommitted row %1").arg(++rows)); };
    while (rows < rowsBeforeMarker) {
        if (!insertUncommitted())
            return fail(insert.lastError().text());
    }
    std::printf("inside-transaction after %lld rows\n", rows);
    std::fflush(stdout);

    const QString walPath = path + QStringLiteral("-wal");
    const QDeadlineTimer deadline(60 * 1000);
    while (!deadline.hasExpired() && (rows % 1000 != 0 || QFileInfo(walPath).size() < kMaxWalBytes)) {
        if (!insertUncommitted())
            return fail(insert.lastError().text());
    }
    std::fprintf(stderr, "crash_writer: not killed in time; rolling back\n");
    return 3;
}
