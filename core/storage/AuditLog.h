#pragma once

#include "Clock.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace bevilling {

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;      // UTC
    QString user;      // OS user who made the change
    QString entity;    // "licence", "register", ...
    qint64 entityId = 0;
    QString action;    // "create", "update", "end", "import", ...
    QJsonObject before; // empty for a creation
    QJsonObject after;  // empty for a deletion
};

// One changed value between two snapshots, for the "Historikk" view.
struct AuditChange
{
    QString path;  // "licensee.org_number", "deputies[0].name"
    QString label; // "Organisasjonsnummer"
    QString before;
    QString after;
};

// The audit trail. Entries are written with the same connection, inside the caller's
// transaction, so that a change and its trace are committed together or not at all.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    static Status record(const QSqlDatabase &db, const Clock &clock, const QString &entity, qint64 entityId,
                         const QString &action, const QJsonObject &before, const QJsonObject &after);
    // Inserts an entry as it is (id, time and user included); the importer uses it to restore history.
    static Status restore(const QSqlDatabase &db, const AuditEntry &entry);
    static Result<QList<AuditEntry>> entriesFor(const QSqlDatabase &db, const QString &entity, qint64 entityId);
    static Result<QList<AuditEntry>> all(const QSqlDatabase &db);

    // The operating-system user name of this process.
    static QString currentUser();
    // Field-by-field differences between two licence snapshots (nested objects flattened).
    static QList<AuditChange> changes(const QJsonObject &before, const QJsonObject &after);
    static QString actionName(const QString &action);
    static QString fieldLabel(const QString &path);
};

} // namespace bevilling
