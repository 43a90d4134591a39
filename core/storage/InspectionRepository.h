#pragma once

#include "Clock.h"
#include "Result.h"
#include "inspections/Inspection.h"
#include "inspections/InspectionValidator.h"
#include "rules/InspectionQuota.h"
#include "storage/AuditLog.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace bevilling {

class Database;

// An inspector with its row's time stamps, as the exchange format carries it.
struct StoredInspector
{
    Inspector inspector;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// The register of inspectors (kontrollører). Every write is one transaction with its audit entry
// (entity "inspector").
class InspectorRepository
{
    Q_DECLARE_TR_FUNCTIONS(InspectorRepository)
public:
    static inline const QString ErrorValidation = QStringLiteral("validation");
    static inline const QString ErrorNotFound = QStringLiteral("not_found");
    static inline const QString ErrorReadOnly = QStringLiteral("read_only");
    static inline const QString ErrorIo = QStringLiteral("io");
    static inline const QString AuditEntity = QStringLiteral("inspector");

    InspectorRepository(const Database &db, const Clock &clock);

    // Sorted by name; inactive ones too unless activeOnly.
    Result<QList<Inspector>> list(bool activeOnly = false) const;
    Result<Inspector> find(qint64 id) const;
    // Refused: an empty name (field "name"), a knowledge test date in the future
    // (field "knowledge_test_passed").
    Result<Inspector> create(Inspector inspector);
    Result<Inspector> update(const Inspector &inspector);

    static QJsonObject toJson(const Inspector &inspector);
    static Result<QList<Inspector>> listIn(const QSqlDatabase &db, bool activeOnly = false);
    // Every inspector with its time stamps, by id (the exchange format).
    static Result<QList<StoredInspector>> readAll(const QSqlDatabase &db);
    // Writes `row` as it is: id and time stamps kept, no checks, no audit entry (the import of an
    // exchange document, inside its transaction).
    static Status insertAsIs(const QSqlDatabase &db, const StoredInspector &row);

private:
    const Database &m_db;
    const Clock &m_clock;
};

// Inspections with inspectors, checklist and findings. Every write is one transaction with its
// audit entry (entity "inspection"); a refused write changes nothing. create/update run
// InspectionValidator: an error refuses the write (ErrorValidation, Error.field is the problem's
// field, Error.code ErrorValidation, Error.detail the problem's code); warnings do not, and are
// available from lastWarnings(). A serving inspection with one inspector is an error until
// confirmedSingleInspector is set.
class InspectionRepository
{
    Q_DECLARE_TR_FUNCTIONS(InspectionRepository)
public:
    static inline const QString ErrorValidation = QStringLiteral("validation");
    static inline const QString ErrorNotFound = QStringLiteral("not_found");
    static inline const QString ErrorReadOnly = QStringLiteral("read_only");
    static inline const QString ErrorIo = QStringLiteral("io");
    static inline const QString AuditEntity = QStringLiteral("inspection");

    InspectionRepository(const Database &db, const Clock &clock);

    // The inspections of `year` (0: all), by date, start and number.
    Result<QList<Inspection>> list(int year = 0) const;
    Result<QList<Inspection>> forLicence(qint64 licenceId) const;
    Result<Inspection> find(qint64 id) const;
    // A free inspection number for `year`: "K-2026-001", "K-2026-002", ...
    Result<QString> nextNumber(int year) const;

    // Number assigned when empty (from the inspection's year); a number already used is refused
    // (field "number").
    Result<Inspection> create(Inspection inspection);
    // Saves everything but the report and comments (setReportSent, saveComments). Findings keep
    // their ids (sanction cases refer to them); a finding left out is removed.
    Result<Inspection> update(const Inspection &inspection);
    // The day the report went to the licensee: not before the inspection, not in the future
    // (field "report_sent").
    Result<Inspection> setReportSent(qint64 id, const QDate &sent);
    // The licensee's comments on the report: received not before the report was sent, not in the
    // future (field "comments_received").
    Result<Inspection> saveComments(qint64 id, const QDate &received, const QString &comments);

    // The warnings of the last successful create/update (and of a refused one, with its errors).
    QList<InspectionProblem> lastWarnings() const { return m_warnings; }

    Result<QList<AuditEntry>> history(qint64 id) const;

    // Quota records (licence id, date, type, number of inspectors) of `inspections`.
    static QList<rules::InspectionRecord> records(const QList<Inspection> &inspections);
    // The inspection as JSON (keys as in the `inspections` command of docs/cli.md; licence_number
    // only when given).
    static QJsonObject toJson(const Inspection &inspection, const QString &licenceNumber = {});

    // Every inspection with its inspectors, checklist and findings, by id (the exchange format).
    static Result<QList<Inspection>> readAll(const QSqlDatabase &db);
    // Writes `inspection` as it is: the ids of the inspection and its findings, the report, the
    // comments and the time stamps kept; no validation, no audit entry (the import of an exchange
    // document, inside its transaction; its inspectors and licence must be stored first).
    static Status insertAsIs(const QSqlDatabase &db, const Inspection &inspection);

private:
    Result<Inspection> save(Inspection inspection, bool creating);

    const Database &m_db;
    const Clock &m_clock;
    QList<InspectionProblem> m_warnings;
};

} // namespace bevilling
