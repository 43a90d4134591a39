#pragma once

#include "Clock.h"
#include "Result.h"
#include "domain/Licence.h"
#include "storage/AuditLog.h"
#include "validation/LicenceValidator.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace bevilling {

class Database;

// Reads and writes licences with their licensee, premises, manager and deputies.
// Every write is one transaction that also writes its audit entry; callers get domain types.
class LicenceRepository
{
    Q_DECLARE_TR_FUNCTIONS(LicenceRepository)
public:
    static inline const QString ErrorValidation = QStringLiteral("validation");
    static inline const QString ErrorNotFound = QStringLiteral("not_found");
    static inline const QString ErrorReadOnly = QStringLiteral("read_only");
    static inline const QString ErrorIo = QStringLiteral("io");
    static inline const QString AuditEntity = QStringLiteral("licence");

    LicenceRepository(const Database &db, const Clock &clock, ValidationOptions options = {});

    Result<QList<Licence>> list() const;
    Result<Licence> find(qint64 id) const;
    Result<int> count() const;

    // Validates, saves and returns the stored licence (with ids and timestamps).
    Result<Licence> create(const Licence &licence);
    Result<Licence> update(const Licence &licence);
    Result<Licence> end(qint64 id, const QDate &endedOn, EndReason reason, const QString &note);
    // Cancels an end recorded by mistake.
    Result<Licence> reopen(qint64 id);

    Result<QList<AuditEntry>> history(qint64 licenceId) const;
    // A free licence number for `year`: "2026-001", "2026-002", ...
    Result<QString> nextNumber(int year) const;

    // Inserts a licence and its parts as they are (ids kept where set, no validation, no audit),
    // within the caller's transaction. For the importer; `licence` gets the ids that were used.
    static Status insertAsIs(const QSqlDatabase &db, Licence &licence);

    // For writes that change a licence together with other data (a case decision): within the
    // caller's transaction, validates like create/update (LicenceValidator with `options`, the
    // number unique), writes the licence with its parts (new when `licence.id` is 0, else an update
    // of that licence) and its audit entry `action` (empty: "create" or "update"); the members of
    // `auditExtra` are added to the entry's after snapshot (e.g. "continuation": the council's
    // reference). Returns the stored licence. The caller rolls back on an error.
    static Result<Licence> saveIn(const QSqlDatabase &db, const Clock &clock, const Licence &licence,
                                  const QString &action = {}, ValidationOptions options = {},
                                  const QJsonObject &auditExtra = {});
    // The stored licence `id`, read with the caller's connection.
    static Result<Licence> load(const QSqlDatabase &db, qint64 id);
    // nextNumber() with the caller's connection.
    static Result<QString> nextNumberIn(const QSqlDatabase &db, int year);

private:
    Status checkWritable() const;
    Status validate(const Licence &licence, qint64 ownId) const;
    Result<Licence> findIn(const QSqlDatabase &db, qint64 id) const;
    // Writes the licence row (not its parts) and the audit entry `action` in one transaction.
    Result<Licence> saveLicenceRow(const Licence &before, Licence licence, const QString &action);

    const Database &m_db;
    const Clock &m_clock;
    ValidationOptions m_options;
};

} // namespace bevilling
