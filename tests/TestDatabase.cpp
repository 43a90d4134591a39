#include "TestSupport.h"
#include "domain/LicenceJson.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/LicenceRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace bevilling;

namespace {

// PRAGMA application_id of a Bevilling register: "BEVL" (docs/storage.md).
constexpr qint64 kApplicationId = 0x4245564C;

// Log lines of the storage category, captured while the tests run.
QStringList s_storageLog;
QtMessageHandler s_previousHandler = nullptr;
QLoggingCategory::CategoryFilter s_previousFilter = nullptr;

void captureStorageLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "bevilling.storage") == 0) {
        s_storageLog.append(message);
        return;
    }
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

// The test environment switches bevilling.* off (QT_LOGGING_RULES); the storage category's info
// lines are what the migration test checks, so turn them back on here.
void enableStorageInfo(QLoggingCategory *category)
{
    if (s_previousFilter)
        s_previousFilter(category);
    if (qstrcmp(category->categoryName(), "bevilling.storage") == 0)
        category->setEnabled(QtInfoMsg, true);
}

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

QString osUserName()
{
    const passwd *pw = ::getpwuid(::geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
}

QVariant pragma(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return {};
    return query.value(0);
}

int scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

// A plain SQLite connection that knows nothing of Bevilling, for making and inspecting files.
class RawDb
{
public:
    explicit RawDb(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.open();
    }
    ~RawDb()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    bool exec(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (query.exec(sql))
            return true;
        m_error = query.lastError().text();
        return false;
    }
    const QString &error() const { return m_error; }

private:
    static inline int s_counter = 0;
    QString m_name;
    QSqlDatabase m_db;
    QString m_error;
};

QString numberFor(int i)
{
    return QStringLiteral("2024-%1").arg(i, 3, 10, QLatin1Char('0'));
}

QJsonArray snapshotOf(const LicenceRepository &repo)
{
    QJsonArray all;
    const Result<QList<Licence>> licences = repo.list();
    if (!licences)
        return all;
    for (const Licence &licence : licences.value())
        all.append(LicenceJson::toJson(licence));
    return all;
}

enum FileKind {
    NewerSchema,
    PagesGarbled,
    HeaderGarbled,
    MagicGarbled,
    TextFile,
    PngFile,
    ShortFile,
    ForeignSqlite,
    ForeignApplicationId,
};

enum AuditOperation {
    Create,
    Update,
    End,
    Reopen,
    CreateInvalid,
    UpdateDuplicateNumber,
    CreateWhileAuditRefused,
    UpdateWhileAuditRefused,
    EndWhileAuditRefused,
};

} // namespace

Q_DECLARE_METATYPE(FileKind)
Q_DECLARE_METATYPE(AuditOperation)

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void freshCreate_data();
    void freshCreate();
    void migrationFromOlderSchema();
    void refusesFile_data();
    void refusesFile();
    void secondWriterIsLockedOut();
    void auditEntryPerChange_data();
    void auditEntryPerChange();
    void backupWhileOpen();
    void backupOntoOpenFileRefused_data();
    void backupOntoOpenFileRefused();

private:
    bool makeRegister(const QString &path, int licences);
    bool prepareFile(FileKind kind, const QString &path);
    bool garble(const QString &path, qint64 offset, qint64 length);

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2025, 3, 10), QTime(9, 30), Qt::UTC)};
};

void TestDatabase::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(Database::latestVersion() >= 2);
    s_previousFilter = QLoggingCategory::installFilter(enableStorageInfo);
    s_previousHandler = qInstallMessageHandler(captureStorageLog);
}

void TestDatabase::cleanupTestCase()
{
    qInstallMessageHandler(s_previousHandler);
    QLoggingCategory::installFilter(s_previousFilter);
}

bool TestDatabase::makeRegister(const QString &path, int licences)
{
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    if (!opened) {
        qWarning("open: %s", qPrintable(opened.error().toString()));
        return false;
    }
    LicenceRepository repo(*opened.value(), m_clock);
    for (int i = 1; i <= licences; ++i) {
        Licence licence = test::makeServingLicence(numberFor(i));
        licence.conditions = QStringLiteral("Vilkår nr. %1: skjenking ute avsluttes kl. 22.30.").arg(i);
        const Result<Licence> created = repo.create(licence);
        if (!created) {
            qWarning("create: %s", qPrintable(created.error().toString()));
            return false;
        }
    }
    return true;
}

bool TestDatabase::garble(const QString &path, qint64 offset, qint64 length)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || offset + length > file.size())
        return false;
    QRandomGenerator random(20250310);
    QByteArray noise(length, Qt::Uninitialized);
    for (char &byte : noise)
        byte = char(random.bounded(256));
    return file.seek(offset) && file.write(noise) == length;
}

bool TestDatabase::prepareFile(FileKind kind, const QString &path)
{
    switch (kind) {
    case NewerSchema: {
        if (!makeRegister(path, 3))
            return false;
        RawDb raw(path);
        return raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestVersion() + 5));
    }
    case PagesGarbled: {
        if (!makeRegister(path, 40))
            return false;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        const QByteArray header = file.read(100);
        const int rawPageSize = (quint8(header.at(16)) << 8) | quint8(header.at(17));
        const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
        const qint64 pages = file.size() / pageSize;
        file.close();
        if (pages < 6) {
            qWarning("only %lld pages", pages);
            return false;
        }
        // Whole pages in the middle of the file, well after page 1 (the header and schema).
        const qint64 first = pages / 3;
        const qint64 last = 2 * pages / 3;
        return garble(path, first * pageSize, (last - first + 1) * pageSize);
    }
    case HeaderGarbled:
        // Keeps the 16-byte magic string, garbles the rest of the 100-byte header (page size, ...).
        return makeRegister(path, 3) && garble(path, 16, 84);
    case MagicGarbled:
        return makeRegister(path, 3) && garble(path, 0, 16);
    case TextFile: {
        QFile file(path);
        return file.open(QIODevice::WriteOnly)
               && file.write("Bevillingsnummer;Innehaver;Org.nr.\n2024-001;Fjordkroa AS;923609016\n") > 0;
    }
    case PngFile: {
        QFile file(path);
        const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                                                   "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082");
        return file.open(QIODevice::WriteOnly) && file.write(png) == png.size();
    }
    case ShortFile: {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write("SQLite") == 6;
    }
    case ForeignSqlite: {
        RawDb raw(path);
        return raw.exec(QStringLiteral("CREATE TABLE song (id INTEGER PRIMARY KEY, title TEXT)"))
               && raw.exec(QStringLiteral("INSERT INTO song (title) VALUES ('Nidelven stille og vakker')"));
    }
    case ForeignApplicationId: {
        RawDb raw(path);
        return raw.exec(QStringLiteral("CREATE TABLE licence (id INTEGER PRIMARY KEY, number TEXT)"))
               && raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(0x12345678))
               && raw.exec(QStringLiteral("PRAGMA user_version = 1"));
    }
    }
    return false;
}

void TestDatabase::freshCreate_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::addColumn<bool>("emptyFileFirst");

    QTest::newRow("new file") << QStringLiteral("fresh/register.sqlite") << false;
    QTest::newRow("new file in missing folders") << QStringLiteral("fresh/a/b/c/register.sqlite") << false;
    QTest::newRow("empty file") << QStringLiteral("fresh/empty.sqlite") << true;
}

void TestDatabase::freshCreate()
{
    QFETCH(QString, relativePath);
    QFETCH(bool, emptyFileFirst);

    const QString path = m_dir.filePath(relativePath);
    if (emptyFileFirst) {
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile empty(path);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QCOMPARE(QFileInfo(path).size(), 0);
    }

    QString connectionName;
    {
        Result<std::unique_ptr<Database>> opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
        const std::unique_ptr<Database> db = std::move(opened).value();
        QVERIFY(QFileInfo(path).isFile());
        QVERIFY(QFileInfo(path).size() > 0);
        QCOMPARE(db->path(), QFileInfo(path).absoluteFilePath());
        QVERIFY(!db->isReadOnly());
        QCOMPARE(db->schemaVersion(), Database::latestVersion());
        QVERIFY2(db->migrationBackupPath().isEmpty(), "a new register needs no backup");
        QVERIFY(db->quickCheck().ok());
        QVERIFY(QFileInfo::exists(Database::lockFilePath(path)));

        const QSqlDatabase connection = db->connection();
        QVERIFY(connection.isOpen());
        connectionName = connection.connectionName();
        QVERIFY(!connectionName.isEmpty());
        QVERIFY(connectionName != QLatin1String(QSqlDatabase::defaultConnection));
        QVERIFY(QSqlDatabase::connectionNames().contains(connectionName));

        QCOMPARE(pragma(connection, QStringLiteral("foreign_keys")).toInt(), 1);
        QCOMPARE(pragma(connection, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(connection, QStringLiteral("synchronous")).toInt(), 2); // FULL
        QCOMPARE(pragma(connection, QStringLiteral("user_version")).toInt(), Database::latestVersion());
        QCOMPARE(pragma(connection, QStringLiteral("application_id")).toLongLong(), kApplicationId);
        for (const QString &table : {QStringLiteral("licence"), QStringLiteral("licensee"), QStringLiteral("premises"),
                                     QStringLiteral("licence_person"), QStringLiteral("audit_log"),
                                     QStringLiteral("register_setting")}) {
            QSqlQuery query(connection);
            query.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"));
            query.addBindValue(table);
            QVERIFY(query.exec() && query.next());
            QVERIFY2(query.value(0).toInt() == 1, qPrintable(table));
        }
    }
    QVERIFY2(!QSqlDatabase::connectionNames().contains(connectionName), "the named connection is removed on close");
    QVERIFY2(!QFileInfo::exists(Database::lockFilePath(path)), "the lock is released on close");
    QVERIFY2(!QFileInfo::exists(path + QStringLiteral("-wal")), "the journal is checkpointed on close");

    // Opening it again: same version, nothing to migrate, no backup written.
    const QStringList before = filesIn(QFileInfo(path).absolutePath());
    Result<std::unique_ptr<Database>> again = Database::open(path);
    QVERIFY2(again.ok(), qPrintable(again.error().toString()));
    QCOMPARE(again.value()->schemaVersion(), Database::latestVersion());
    QVERIFY(again.value()->migrationBackupPath().isEmpty());
    again.value().reset();
    QCOMPARE(filesIn(QFileInfo(path).absolutePath()), before);
}

void TestDatabase::migrationFromOlderSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    qint64 id = 0;
    Licence original = test::makeServingLicence(QStringLiteral("2024-007"));
    {
        Database::Options options;
        options.targetVersion = 1;
        Result<std::unique_ptr<Database>> opened = Database::open(path, options);
        QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
        const Database &db = *opened.value();
        QCOMPARE(db.schemaVersion(), 1);
        QCOMPARE(pragma(db.connection(), QStringLiteral("user_version")).toInt(), 1);
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'register_setting'")), 0);

        LicenceRepository repo(db, m_clock);
        const Result<Licence> created = repo.create(original);
        QVERIFY2(created.ok(), qPrintable(created.error().toString()));
        id = created->id;
    }
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("old.sqlite")});

    s_storageLog.clear();
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
    const Database &db = *opened.value();
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    QCOMPARE(pragma(db.connection(), QStringLiteral("user_version")).toInt(), Database::latestVersion());
    QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'register_setting'")), 1);

    LicenceRepository repo(db, m_clock);
    const Result<Licence> found = repo.find(id);
    QVERIFY2(found.ok(), qPrintable(found.error().toString()));
    QCOMPARE(found->number, original.number);
    QCOMPARE(found->licensee.orgNumber, original.licensee.orgNumber);
    QCOMPARE(repo.history(id).value().size(), 1);

    // The backup copy lies beside the original, and the log names it.
    const QString backup = db.migrationBackupPath();
    QVERIFY2(!backup.isEmpty(), "migrating an existing file writes a backup first");
    QVERIFY(backup != db.path());
    QCOMPARE(QFileInfo(backup).absolutePath(), QFileInfo(path).absolutePath());
    QVERIFY(QFileInfo(backup).isFile());
    QVERIFY(!QFileInfo::exists(backup + QStringLiteral(".part")));
    bool logged = false;
    for (const QString &line : std::as_const(s_storageLog))
        logged = logged || (line.contains(QStringLiteral("Backup before migrating")) && line.contains(backup));
    QVERIFY2(logged, qPrintable(QStringLiteral("no log line names %1 in: %2").arg(backup, s_storageLog.join(QLatin1Char('\n')))));

    // The backup is the old file: version 1, same licence. Read-only it cannot be upgraded.
    Database::Options readOnly;
    readOnly.access = Database::Access::ReadOnly;
    readOnly.createIfMissing = false;
    const Result<std::unique_ptr<Database>> needsUpgrade = Database::open(backup, readOnly);
    QVERIFY(!needsUpgrade.ok());
    QCOMPARE(needsUpgrade.error().code, Database::ErrorNeedsUpgrade);

    readOnly.targetVersion = 1;
    Result<std::unique_ptr<Database>> old = Database::open(backup, readOnly);
    QVERIFY2(old.ok(), qPrintable(old.error().toString()));
    QVERIFY(old.value()->isReadOnly());
    QCOMPARE(old.value()->schemaVersion(), 1);
    QVERIFY(old.value()->quickCheck().ok());
    QCOMPARE(pragma(old.value()->connection(), QStringLiteral("user_version")).toInt(), 1);
    LicenceRepository oldRepo(*old.value(), m_clock);
    QCOMPARE(oldRepo.count().value(), 1);
    const Result<Licence> inBackup = oldRepo.find(id);
    QVERIFY2(inBackup.ok(), qPrintable(inBackup.error().toString()));
    QCOMPARE(inBackup->number, original.number);
    QCOMPARE(inBackup->licensee.name, original.licensee.name);
    QCOMPARE(inBackup->manager.name, original.manager.name);
}

void TestDatabase::refusesFile_data()
{
    QTest::addColumn<FileKind>("kind");
    QTest::addColumn<QString>("code");

    QTest::newRow("newer schema") << NewerSchema << Database::ErrorTooNew;
    QTest::newRow("pages garbled after page 1") << PagesGarbled << Database::ErrorCorrupt;
    QTest::newRow("header garbled after the magic string") << HeaderGarbled << Database::ErrorNotSqlite;
    QTest::newRow("magic string garbled") << MagicGarbled << Database::ErrorNotSqlite;
    QTest::newRow("text file") << TextFile << Database::ErrorNotSqlite;
    QTest::newRow("png file") << PngFile << Database::ErrorNotSqlite;
    QTest::newRow("file shorter than a header") << ShortFile << Database::ErrorNotSqlite;
    QTest::newRow("sqlite file of another program") << ForeignSqlite << Database::ErrorNotRegister;
    QTest::newRow("sqlite file with another application id") << ForeignApplicationId << Database::ErrorNotRegister;
}

void TestDatabase::refusesFile()
{
    QFETCH(FileKind, kind);
    QFETCH(QString, code);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.sqlite"));
    QVERIFY(prepareFile(kind, path));
    QVERIFY(QFileInfo(path).size() > 0);
    const QByteArray bytes = sha256(path);
    const QStringList files = filesIn(dir.path());
    QCOMPARE(files, QStringList{QStringLiteral("register.sqlite")});

    for (const Database::Access access : {Database::Access::ReadWrite, Database::Access::ReadOnly}) {
        Database::Options options;
        options.access = access;
        const Result<std::unique_ptr<Database>> opened = Database::open(path, options);
        QVERIFY2(!opened.ok(), "the file must be refused");
        QCOMPARE(opened.error().code, code);
        QVERIFY2(opened.error().message.contains(QFileInfo(path).absoluteFilePath()), qPrintable(opened.error().message));
        // Never touched: same bytes, and no journal, lock or backup left beside it.
        QCOMPARE(sha256(path), bytes);
        if (access == Database::Access::ReadWrite) {
            QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
            QCOMPARE(filesIn(dir.path()), files);
        } else {
            // A read-only SQLite connection to a WAL-mode file leaves its (empty) -wal and -shm
            // behind, since it may not delete them; it writes nothing into them.
            QStringList left = filesIn(dir.path());
            left.removeOne(QStringLiteral("register.sqlite-shm"));
            left.removeOne(QStringLiteral("register.sqlite-wal"));
            QCOMPARE(left, files);
            QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
        }
    }
}

void TestDatabase::secondWriterIsLockedOut()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    Result<std::unique_ptr<Database>> first = Database::open(path);
    QVERIFY2(first.ok(), qPrintable(first.error().toString()));
    LicenceRepository writer(*first.value(), m_clock);
    QVERIFY(writer.create(test::makeServingLicence(numberFor(1))).ok());

    const Result<std::unique_ptr<Database>> second = Database::open(path);
    QVERIFY2(!second.ok(), "a second writer must be refused");
    QCOMPARE(second.error().code, Database::ErrorLocked);

    const std::optional<LockHolder> holder = Database::lockHolder(path);
    QVERIFY(holder.has_value());
    QCOMPARE(holder->pid, QCoreApplication::applicationPid());
    QCOMPARE(holder->host, QSysInfo::machineHostName());
    QCOMPARE(holder->user, osUserName());
    QVERIFY(holder->since.isValid());
    const qint64 age = holder->since.secsTo(QDateTime::currentDateTime());
    QVERIFY2(age >= -5 && age <= 60, qPrintable(QString::number(age)));
    const QString message = second.error().message;
    QVERIFY2(message.contains(holder->user), qPrintable(message));
    QVERIFY2(message.contains(holder->host), qPrintable(message));
    QVERIFY2(message.contains(QFileInfo(path).absoluteFilePath()), qPrintable(message));

    // Read-only works alongside the writer and sees what it commits.
    Database::Options readOnly;
    readOnly.access = Database::Access::ReadOnly;
    Result<std::unique_ptr<Database>> reader = Database::open(path, readOnly);
    QVERIFY2(reader.ok(), qPrintable(reader.error().toString()));
    QVERIFY(reader.value()->isReadOnly());
    LicenceRepository readerRepo(*reader.value(), m_clock);
    QCOMPARE(readerRepo.count().value(), 1);
    QVERIFY(writer.create(test::makeServingLicence(numberFor(2))).ok());
    QCOMPARE(readerRepo.count().value(), 2);
    const Result<Licence> refused = readerRepo.create(test::makeServingLicence(numberFor(3)));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, LicenceRepository::ErrorReadOnly);
    QCOMPARE(writer.count().value(), 2);

    // Still locked while the writer is open, free once it closes.
    QCOMPARE(Database::open(path).error().code, Database::ErrorLocked);
    first.value().reset();
    QVERIFY(!Database::lockHolder(path).has_value());
    Result<std::unique_ptr<Database>> again = Database::open(path);
    QVERIFY2(again.ok(), qPrintable(again.error().toString()));
    QCOMPARE(LicenceRepository(*again.value(), m_clock).count().value(), 2);
    QCOMPARE(readerRepo.count().value(), 2);
}

void TestDatabase::auditEntryPerChange_data()
{
    QTest::addColumn<AuditOperation>("operation");
    QTest::addColumn<QString>("action"); // empty: the operation fails and writes nothing

    QTest::newRow("create") << Create << QStringLiteral("create");
    QTest::newRow("update") << Update << QStringLiteral("update");
    QTest::newRow("end") << End << QStringLiteral("end");
    QTest::newRow("reopen") << Reopen << QStringLiteral("reopen");
    QTest::newRow("invalid create") << CreateInvalid << QString();
    QTest::newRow("update to a duplicate number") << UpdateDuplicateNumber << QString();
    QTest::newRow("create while the audit log refuses") << CreateWhileAuditRefused << QString();
    QTest::newRow("update while the audit log refuses") << UpdateWhileAuditRefused << QString();
    QTest::newRow("end while the audit log refuses") << EndWhileAuditRefused << QString();
}

void TestDatabase::auditEntryPerChange()
{
    QFETCH(AuditOperation, operation);
    QFETCH(QString, action);

    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> opened = Database::open(dir.filePath(QStringLiteral("audit.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
    const Database &db = *opened.value();
    LicenceRepository repo(db, m_clock);
    const Result<Licence> first = repo.create(test::makeServingLicence(numberFor(1)));
    const Result<Licence> second = repo.create(test::makeServingLicence(numberFor(2)));
    QVERIFY(first.ok() && second.ok());
    if (operation == Reopen)
        QVERIFY(repo.end(first->id, QDate(2025, 1, 31), EndReason::Surrendered, QString()).ok());

    const QString countSql = QStringLiteral("SELECT count(*) FROM audit_log");
    const int auditBefore = scalar(db.connection(), countSql);
    const QJsonArray licencesBefore = snapshotOf(repo);

    if (operation == CreateWhileAuditRefused || operation == UpdateWhileAuditRefused || operation == EndWhileAuditRefused) {
        // The licence change succeeds on its own; only its audit entry fails. Both must roll back.
        QSqlQuery trigger(db.connection());
        QVERIFY2(trigger.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_audit BEFORE INSERT ON main.audit_log "
                                             "BEGIN SELECT RAISE(ABORT, 'audit refused'); END")),
                 qPrintable(trigger.lastError().text()));
    }

    Licence changed = *first;
    changed.conditions = QStringLiteral("Skjenking ute avsluttes kl. 22.00.");
    Result<Licence> result = Error{};
    qint64 subject = first->id;
    switch (operation) {
    case Create:
    case CreateWhileAuditRefused:
        result = repo.create(test::makeServingLicence(numberFor(3)));
        subject = result.ok() ? result->id : 0;
        break;
    case CreateInvalid: {
        Licence invalid = test::makeServingLicence(numberFor(3));
        invalid.licensee.orgNumber = QStringLiteral("923609017");
        result = repo.create(invalid);
        break;
    }
    case Update:
    case UpdateWhileAuditRefused:
        result = repo.update(changed);
        break;
    case UpdateDuplicateNumber:
        changed.number = second->number;
        result = repo.update(changed);
        break;
    case End:
    case EndWhileAuditRefused:
        result = repo.end(first->id, QDate(2025, 2, 28), EndReason::Closed, QStringLiteral("Stedet er stengt."));
        break;
    case Reopen:
        result = repo.reopen(first->id);
        break;
    }

    if (action.isEmpty()) {
        QVERIFY2(!result.ok(), "the operation must fail");
        QCOMPARE(scalar(db.connection(), countSql), auditBefore);
        QCOMPARE(snapshotOf(repo), licencesBefore);
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    QCOMPARE(scalar(db.connection(), countSql), auditBefore + 1);

    QSqlQuery last(db.connection());
    QVERIFY(last.exec(QStringLiteral("SELECT entity, entity_id, action, os_user, before_json, after_json "
                                     "FROM audit_log ORDER BY id DESC LIMIT 1")));
    QVERIFY(last.next());
    QCOMPARE(last.value(0).toString(), LicenceRepository::AuditEntity);
    QCOMPARE(last.value(1).toLongLong(), subject);
    QCOMPARE(last.value(2).toString(), action);
    QCOMPARE(last.value(3).toString(), AuditLog::currentUser());
    QCOMPARE(last.value(4).isNull(), operation == Create);
    QVERIFY(!last.value(5).isNull());
}

void TestDatabase::backupWhileOpen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.sqlite"));
    const QString target = dir.filePath(QStringLiteral("kopi.sqlite"));
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
    const Database &db = *opened.value();
    LicenceRepository repo(db, m_clock);
    for (int i = 1; i <= 3; ++i)
        QVERIFY(repo.create(test::makeServingLicence(numberFor(i))).ok());
    QVERIFY(repo.end(repo.list().value().first().id, QDate(2025, 1, 15), EndReason::Revoked, QString()).ok());
    const QJsonArray atBackup = snapshotOf(repo);
    const int auditAtBackup = scalar(db.connection(), QStringLiteral("SELECT count(*) FROM audit_log"));

    const Status written = db.backupTo(target);
    QVERIFY2(written.ok(), qPrintable(written.error().toString()));
    QVERIFY(!QFileInfo::exists(target + QStringLiteral(".part")));
    // The register goes on; the copy keeps the state it was taken at.
    QVERIFY(repo.create(test::makeServingLicence(numberFor(4))).ok());

    Database::Options readOnly;
    readOnly.access = Database::Access::ReadOnly;
    readOnly.createIfMissing = false;
    {
        Result<std::unique_ptr<Database>> copy = Database::open(target, readOnly);
        QVERIFY2(copy.ok(), qPrintable(copy.error().toString()));
        QVERIFY(copy.value()->quickCheck().ok());
        QCOMPARE(copy.value()->schemaVersion(), Database::latestVersion());
        LicenceRepository copyRepo(*copy.value(), m_clock);
        QCOMPARE(snapshotOf(copyRepo), atBackup);
        QCOMPARE(scalar(copy.value()->connection(), QStringLiteral("SELECT count(*) FROM audit_log")), auditAtBackup);
    }

    // A second backup to the same path replaces the first copy.
    QVERIFY(db.backupTo(target).ok());
    Result<std::unique_ptr<Database>> copy = Database::open(target, readOnly);
    QVERIFY2(copy.ok(), qPrintable(copy.error().toString()));
    QCOMPARE(LicenceRepository(*copy.value(), m_clock).count().value(), 4);
}

void TestDatabase::backupOntoOpenFileRefused_data()
{
    QTest::addColumn<QString>("target"); // relative to the temporary folder

    QTest::newRow("same path") << QStringLiteral("open.sqlite");
    QTest::newRow("path with ./") << QStringLiteral("./open.sqlite");
    QTest::newRow("path with ../") << QStringLiteral("sub/../open.sqlite");
}

void TestDatabase::backupOntoOpenFileRefused()
{
    QFETCH(QString, target);

    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("sub")));
    const QString path = dir.filePath(QStringLiteral("open.sqlite"));
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
    const Database &db = *opened.value();
    LicenceRepository repo(db, m_clock);
    QVERIFY(repo.create(test::makeServingLicence(numberFor(1))).ok());
    const QStringList files = filesIn(dir.path());

    const Status refused = db.backupTo(dir.path() + QLatin1Char('/') + target);
    QVERIFY2(!refused.ok(), "a backup must never replace the open register");
    QVERIFY(!refused.error().message.isEmpty());
    QCOMPARE(filesIn(dir.path()), files);
    QVERIFY(db.quickCheck().ok());
    QCOMPARE(repo.count().value(), 1);
    QVERIFY(repo.create(test::makeServingLicence(numberFor(2))).ok());
    opened.value().reset();

    Result<std::unique_ptr<Database>> again = Database::open(path);
    QVERIFY2(again.ok(), qPrintable(again.error().toString()));
    QCOMPARE(LicenceRepository(*again.value(), m_clock).count().value(), 2);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
