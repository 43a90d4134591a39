#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace bevilling {

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

// Who holds the write lock on a register file.
struct LockHolder
{
    QString user;
    QString host;
    qint64 pid = 0;
    QDateTime since;
};

// One open register file: a named SQLite connection with foreign keys on, WAL journal and
// synchronous=FULL, checked on open, migrated to the current schema (after a backup copy),
// and protected by a lock file so that only one writer has it at a time.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    enum class Access { ReadWrite, ReadOnly };

    struct Options
    {
        Access access = Access::ReadWrite;
        bool createIfMissing = true;
        // Migrate up to this schema version; -1 means the latest. Tests use it to make old files.
        int targetVersion = -1;
    };

    // Stable error codes of open().
    static inline const QString ErrorNotFound = QStringLiteral("not_found");
    static inline const QString ErrorNotSqlite = QStringLiteral("not_sqlite");
    static inline const QString ErrorNotRegister = QStringLiteral("not_register");
    static inline const QString ErrorCorrupt = QStringLiteral("corrupt");
    static inline const QString ErrorTooNew = QStringLiteral("too_new");
    static inline const QString ErrorNeedsUpgrade = QStringLiteral("needs_upgrade");
    static inline const QString ErrorLocked = QStringLiteral("locked");
    static inline const QString ErrorIo = QStringLiteral("io");
    static inline const QString ErrorMigration = QStringLiteral("migration_failed");

    static int latestVersion();
    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &path) { return open(path, Options{}); }

    // The file a register lives in when none is named: <user data dir>/bevilling.sqlite.
    static QString defaultPath();
    // Who holds the write lock on `path`, if anyone does.
    static std::optional<LockHolder> lockHolder(const QString &path);
    static QString lockFilePath(const QString &path);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    int schemaVersion() const { return m_version; }
    // The copy written before this open migrated the file, or empty when nothing was migrated.
    const QString &migrationBackupPath() const { return m_migrationBackup; }

    // Writes a consistent copy of the open register to `target` (replacing it atomically).
    Status backupTo(const QString &target) const;
    // PRAGMA quick_check; an Error describes what is wrong.
    Status quickCheck() const;

private:
    Database(QString path, QString connectionName, Access access);

    Status configure();
    Status migrate(int targetVersion, bool existing);
    Status applyMigration(int version, const QString &sql);

    QString m_path;
    QString m_connectionName;
    Access m_access;
    int m_version = 0;
    QString m_migrationBackup;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace bevilling
