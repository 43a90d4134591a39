#include "Database.h"

#include "Transaction.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>

#include <cstdio>

namespace bevilling {

Q_LOGGING_CATEGORY(lcStorage, "bevilling.storage")

namespace {

// PRAGMA application_id marks a file as a Bevilling register ("BEVL").
constexpr qint64 kApplicationId = 0x4245564C;
const QByteArray kSqliteHeader("SQLite format 3\0", 16);
const QString kMigrationDir = QStringLiteral(":/sql/sqlite");

struct Migration
{
    int version;
    QString path;
};

QList<Migration> migrations()
{
    QList<Migration> result;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    const QStringList names = QDir(kMigrationDir).entryList(QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (match.hasMatch())
            result.append({match.captured(1).toInt(), kMigrationDir + QLatin1Char('/') + name});
    }
    return result;
}

QStringList splitStatements(const QString &sql)
{
    QStringList lines;
    for (const QString &line : sql.split(QLatin1Char('\n'))) {
        if (!line.trimmed().startsWith(QStringLiteral("--")))
            lines.append(line);
    }
    QStringList statements;
    for (const QString &statement : lines.join(QLatin1Char('\n')).split(QLatin1Char(';'))) {
        if (!statement.trimmed().isEmpty())
            statements.append(statement.trimmed());
    }
    return statements;
}

QVariant pragmaValue(const QSqlDatabase &db, const QString &pragma, QString *error = nullptr)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma) || !query.next()) {
        if (error)
            *error = query.lastError().text();
        return {};
    }
    return query.value(0);
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("bevilling-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

} // namespace

int Database::latestVersion()
{
    const QList<Migration> all = migrations();
    return all.isEmpty() ? 0 : all.last().version;
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(dir).filePath(QStringLiteral("bevilling.sqlite"));
}

QString Database::lockFilePath(const QString &path)
{
    return QFileInfo(path).absoluteFilePath() + QStringLiteral(".lock");
}

std::optional<LockHolder> Database::lockHolder(const QString &path)
{
    const QString lockPath = lockFilePath(path);
    QLockFile lock(lockPath);
    LockHolder holder;
    QString appName;
    if (!lock.getLockInfo(&holder.pid, &holder.host, &appName))
        return std::nullopt;
    const QFileInfo info(lockPath);
    holder.user = info.owner();
    holder.since = info.lastModified();
    return holder;
}

Database::Database(QString path, QString connectionName, Access access)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_access(access)
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (m_lock)
        m_lock->unlock();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    const QString absPath = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(absPath);
    const bool readOnly = options.access == Access::ReadOnly;

    if (info.isDir())
        return makeError(ErrorIo, tr("%1 is a folder, not a register file.").arg(absPath));
    if (!info.exists()) {
        if (!options.createIfMissing || readOnly)
            return makeError(ErrorNotFound, tr("The register file %1 does not exist.").arg(absPath));
        if (!QDir().mkpath(info.absolutePath()))
            return makeError(ErrorIo, tr("Could not create the folder %1 for the register.").arg(info.absolutePath()));
    }
    const bool existing = info.exists() && info.size() > 0;
    if (existing) {
        QFile file(absPath);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorIo, tr("The register file %1 cannot be read: %2").arg(absPath, file.errorString()));
        if (file.read(16) != kSqliteHeader) {
            return makeError(ErrorNotSqlite,
                             tr("%1 is not a Bevilling register (it is not an SQLite database file). "
                                "The file has not been changed.")
                                 .arg(absPath));
        }
    }

    std::unique_ptr<QLockFile> lock;
    if (!readOnly) {
        lock = std::make_unique<QLockFile>(lockFilePath(absPath));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0)) {
            if (lock->error() == QLockFile::LockFailedError) {
                const std::optional<LockHolder> holder = lockHolder(absPath);
                Error error = makeError(ErrorLocked, tr("%1 is already open for changes in another window.").arg(absPath));
                if (holder) {
                    error.message = tr("%1 is already open for changes by %2 on %3 since %4 (process %5). "
                                       "You can open it read-only.")
                                        .arg(absPath, holder->user, holder->host,
                                             holder->since.toString(QStringLiteral("dd.MM.yyyy HH:mm")))
                                        .arg(holder->pid);
                }
                return error;
            }
            return makeError(ErrorIo, tr("Could not create the lock file beside %1; check that the folder is writable.")
                                          .arg(absPath));
        }
    }

    std::unique_ptr<Database> db(new Database(absPath, nextConnectionName(), options.access));
    db->m_lock = std::move(lock);
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        connection.setDatabaseName(absPath);
        connection.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                              : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!connection.open()) {
            return makeError(ErrorIo, tr("The register file %1 could not be opened.").arg(absPath),
                             {}, connection.lastError().text());
        }
    }

    if (existing) {
        const Status check = db->quickCheck();
        if (!check)
            return check.error();
    }

    QString pragmaError;
    const QVariant version = pragmaValue(db->connection(), QStringLiteral("user_version"), &pragmaError);
    if (!version.isValid()) {
        return makeError(ErrorCorrupt, tr("The register file %1 is damaged and cannot be read. It has not been changed.").arg(absPath),
                         {}, pragmaError);
    }
    db->m_version = version.toInt();
    const int latest = latestVersion();
    if (db->m_version > latest) {
        return makeError(ErrorTooNew,
                         tr("%1 was saved by a newer version of Bevilling (schema version %2; this program knows "
                            "up to %3). Update the program to open it. The file has not been changed.")
                             .arg(absPath)
                             .arg(db->m_version)
                             .arg(latest));
    }
    if (existing) {
        const qint64 appId = pragmaValue(db->connection(), QStringLiteral("application_id")).toLongLong();
        QSqlQuery tables(db->connection());
        tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        const int objectCount = tables.next() ? tables.value(0).toInt() : 0;
        const bool foreign = db->m_version == 0 ? objectCount > 0 : appId != kApplicationId;
        if (foreign) {
            return makeError(ErrorNotRegister,
                             tr("%1 is an SQLite database, but not a Bevilling register. The file has not been changed.")
                                 .arg(absPath));
        }
    }

    const Status configured = db->configure();
    if (!configured)
        return configured.error();

    const int target = options.targetVersion < 0 ? latest : qMin(options.targetVersion, latest);
    if (db->m_version < target) {
        if (readOnly) {
            return makeError(ErrorNeedsUpgrade,
                             tr("%1 was saved by an older version of Bevilling and must be upgraded before it can be "
                                "read. Open it for changes once to upgrade it.")
                                 .arg(absPath));
        }
        const Status migrated = db->migrate(target, existing && db->m_version > 0);
        if (!migrated)
            return migrated.error();
    }
    return db;
}

Status Database::quickCheck() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        const QString detail = query.lastError().text();
        if (detail.contains(QStringLiteral("not a database"), Qt::CaseInsensitive)) {
            return makeError(ErrorNotSqlite,
                             tr("%1 is not a Bevilling register (it is not an SQLite database file). "
                                "The file has not been changed.")
                                 .arg(m_path),
                             {}, detail);
        }
        return makeError(ErrorCorrupt,
                         tr("The register file %1 is damaged: the integrity check failed. It has not been changed; "
                            "open another file or restore a backup copy.")
                             .arg(m_path),
                         {}, detail);
    }
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    if (!problems.isEmpty()) {
        return makeError(ErrorCorrupt,
                         tr("The register file %1 is damaged: the integrity check failed. It has not been changed; "
                            "open another file or restore a backup copy.")
                             .arg(m_path),
                         {}, problems.mid(0, 5).join(QStringLiteral("; ")));
    }
    return {};
}

Status Database::configure()
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return makeError(ErrorIo, tr("Could not configure the register file %1.").arg(m_path), {}, query.lastError().text());
    if (m_access == Access::ReadOnly)
        return {};
    const QVariant mode = pragmaValue(db, QStringLiteral("journal_mode = WAL"));
    if (mode.toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return makeError(ErrorIo, tr("Could not switch %1 to write-ahead logging; is the folder on a network drive?").arg(m_path),
                         {}, mode.toString());
    if (!query.exec(QStringLiteral("PRAGMA synchronous = FULL")))
        return makeError(ErrorIo, tr("Could not configure the register file %1.").arg(m_path), {}, query.lastError().text());
    return {};
}

Status Database::migrate(int targetVersion, bool existing)
{
    if (existing) {
        const QFileInfo info(m_path);
        const QString backup = info.absoluteDir().filePath(
            QStringLiteral("%1.backup-v%2-%3.sqlite")
                .arg(info.completeBaseName())
                .arg(m_version)
                .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        const Status written = backupTo(backup);
        if (!written) {
            return makeError(ErrorMigration,
                             tr("Could not write a backup copy of %1 before upgrading it; the file has not been changed.")
                                 .arg(m_path),
                             {}, written.error().toString());
        }
        m_migrationBackup = backup;
        qCInfo(lcStorage).noquote() << "Backup before migrating" << m_path << "from schema version" << m_version
                                    << "written to" << backup;
    }
    for (const Migration &migration : migrations()) {
        if (migration.version <= m_version || migration.version > targetVersion)
            continue;
        QFile file(migration.path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorMigration, tr("Migration %1 is missing from the program.").arg(migration.version));
        const Status applied = applyMigration(migration.version, QString::fromUtf8(file.readAll()));
        if (!applied)
            return applied;
        m_version = migration.version;
        qCInfo(lcStorage).noquote() << "Migrated" << m_path << "to schema version" << m_version;
    }
    return {};
}

Status Database::applyMigration(int version, const QString &sql)
{
    QSqlDatabase db = connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return makeError(ErrorMigration, tr("Could not upgrade %1.").arg(m_path), {}, db.lastError().text());
    QStringList statements = splitStatements(sql);
    if (version == 1)
        statements.append(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
    statements.append(QStringLiteral("PRAGMA user_version = %1").arg(version));
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            return makeError(ErrorMigration, tr("Could not upgrade %1 to schema version %2; the file is unchanged.")
                                                 .arg(m_path)
                                                 .arg(version),
                             {}, query.lastError().text());
        }
    }
    if (!transaction.commit())
        return makeError(ErrorMigration, tr("Could not upgrade %1.").arg(m_path), {}, transaction.lastError());
    return {};
}

Status Database::backupTo(const QString &target) const
{
    const QString absTarget = QFileInfo(target).absoluteFilePath();
    if (absTarget == m_path)
        return makeError(ErrorIo, tr("The backup copy cannot replace the open register itself."), QStringLiteral("target"));
    const QString partial = absTarget + QStringLiteral(".part");
    QFile::remove(partial);
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(partial);
    if (!query.exec()) {
        QFile::remove(partial);
        return makeError(ErrorIo, tr("Could not write the backup copy %1.").arg(absTarget), {}, query.lastError().text());
    }
    // rename(2) replaces an existing target atomically: the target is either the old file or the new copy.
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(absTarget).constData()) != 0) {
        QFile::remove(partial);
        return makeError(ErrorIo, tr("Could not write the backup copy %1.").arg(absTarget));
    }
    return {};
}

} // namespace bevilling
