#include "ExchangeCommands.h"
#include "CommandSupport.h"

#include "exchange/Exchange.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/LicenceRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <memory>

namespace bevilling::cli {

namespace {

struct Counts
{
    int licences = 0;
    int auditEntries = 0;
};

Result<Counts> countRegister(const Database &db)
{
    const SystemClock clock;
    const Result<int> licences = LicenceRepository(db, clock).count();
    if (!licences)
        return licences.error();
    const Result<QList<AuditEntry>> audit = AuditLog::all(db.connection());
    if (!audit)
        return audit.error();
    return Counts{*licences, static_cast<int>(audit->size())};
}

// The files SQLite and the lock leave beside a register.
void removeRegisterFiles(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QStringList files = {absolute, QString(absolute + QStringLiteral("-wal")),
                               QString(absolute + QStringLiteral("-shm")), QString(absolute + QStringLiteral("-journal")),
                               Database::lockFilePath(absolute)};
    for (const QString &file : files)
        QFile::remove(file);
}

} // namespace

int runExport(const Invocation &in)
{
    const QString target = in.options.value(QStringLiteral("out"));
    Result<std::unique_ptr<Database>> opened = openForReading(in.databasePath);
    if (!opened)
        return databaseProblem(in, opened.error());
    const std::unique_ptr<Database> db = std::move(opened).value();

    const Result<QByteArray> document = Exchange::exportRegister(*db);
    if (!document)
        return Cli::fail(*in.err, ExitFailure, document.error().toString());

    if (target == QLatin1String("-")) {
        if (in.out->write(*document) != document->size())
            return Cli::fail(*in.err, ExitFailure, Cli::tr("--out: could not write to stdout."));
        return ExitOk;
    }

    const Result<Counts> counts = countRegister(*db);
    if (!counts)
        return Cli::fail(*in.err, ExitFailure, counts.error().toString());
    const QString absolute = QFileInfo(target).absoluteFilePath();
    if (absolute == db->path())
        return Cli::fail(*in.err, ExitBadInput, Cli::tr("--out: %1 is the register itself.").arg(absolute));
    QSaveFile file(absolute);
    if (!file.open(QIODevice::WriteOnly) || file.write(*document) != document->size() || !file.commit()) {
        return Cli::fail(*in.err, ExitFailure,
                         Cli::tr("--out: could not write %1: %2").arg(absolute, file.errorString()));
    }

    QJsonObject result;
    result.insert(QStringLiteral("database"), db->path());
    result.insert(QStringLiteral("out"), absolute);
    // The version the document itself says (a register without a stored rule set is written as 1).
    result.insert(QStringLiteral("format_version"),
                  QJsonDocument::fromJson(*document).object().value(QStringLiteral("format_version")).toInt());
    result.insert(QStringLiteral("licences"), counts->licences);
    result.insert(QStringLiteral("audit_entries"), counts->auditEntries);
    if (!db->migrationBackupPath().isEmpty())
        result.insert(QStringLiteral("migration_backup"), db->migrationBackupPath());
    Cli::writeJson(*in.out, result);
    return ExitOk;
}

int runImport(const Invocation &in)
{
    const QString source = in.arguments.value(0);
    QFile input(source);
    if (!QFileInfo::exists(source))
        return Cli::fail(*in.err, ExitBadInput, Cli::tr("%1: the file does not exist.").arg(source));
    if (QFileInfo(source).isDir())
        return Cli::fail(*in.err, ExitBadInput, Cli::tr("%1: is a folder, not an exchange file.").arg(source));
    if (!input.open(QIODevice::ReadOnly))
        return Cli::fail(*in.err, ExitFailure, Cli::tr("%1: could not read the file: %2").arg(source, input.errorString()));
    const QByteArray json = input.readAll();
    input.close();

    const QString targetPath = QFileInfo(in.databasePath).absoluteFilePath();
    const bool existed = QFileInfo::exists(targetPath);
    Result<std::unique_ptr<Database>> opened = Database::open(targetPath);
    if (!opened) {
        if (!existed)
            removeRegisterFiles(targetPath);
        return databaseProblem(in, opened.error());
    }
    std::unique_ptr<Database> db = std::move(opened).value();

    const SystemClock clock;
    const Status imported = Exchange::importRegister(*db, json, clock);
    if (!imported) {
        db.reset(); // close the file before removing it
        if (!existed)
            removeRegisterFiles(targetPath);
        const Error &error = imported.error();
        if (error.code == Exchange::ErrorInvalid)
            return Cli::fail(*in.err, ExitBadInput, source + QStringLiteral(": ") + error.message);
        if (error.code == Exchange::ErrorTargetNotEmpty)
            return Cli::fail(*in.err, ExitBadInput, QStringLiteral("--database: ") + error.message);
        return Cli::fail(*in.err, ExitFailure, error.toString());
    }

    const Result<Counts> counts = countRegister(*db);
    if (!counts)
        return Cli::fail(*in.err, ExitFailure, counts.error().toString());
    QJsonObject result;
    result.insert(QStringLiteral("database"), db->path());
    result.insert(QStringLiteral("imported"), QFileInfo(source).absoluteFilePath());
    result.insert(QStringLiteral("licences"), counts->licences);
    result.insert(QStringLiteral("audit_entries"), counts->auditEntries);
    Cli::writeJson(*in.out, result);
    return ExitOk;
}

} // namespace bevilling::cli
