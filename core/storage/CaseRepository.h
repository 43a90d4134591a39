#pragma once

#include "Clock.h"
#include "Result.h"
#include "cases/Case.h"
#include "storage/AuditLog.h"

#include <QByteArray>
#include <QHash>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace bevilling {

class Database;

// Options for listing cases; all filters are ANDed, empty means "any".
struct CaseQuery
{
    std::optional<CaseStatus> status;
    std::optional<CaseType> type;
    QString assignedTo;
    bool openOnly = false;
    std::optional<qint64> licenceId;
};

// One renewal to open in a batch (CaseRepository::openRenewals).
struct RenewalRequest
{
    qint64 licenceId = 0;
    QString assignedTo;
};

// Cases with their statements, attachments (metadata), events, decision and appeal. Every write is
// one transaction with its audit entry (entity "case") and, for status changes and reassignments,
// a CaseEvent. Nothing is half-saved: a refused write changes nothing.
class CaseRepository
{
    Q_DECLARE_TR_FUNCTIONS(CaseRepository)
public:
    static inline const QString ErrorValidation = QStringLiteral("validation");
    static inline const QString ErrorNotFound = QStringLiteral("not_found");
    static inline const QString ErrorReadOnly = QStringLiteral("read_only");
    static inline const QString ErrorIo = QStringLiteral("io");
    static inline const QString ErrorTooLarge = QStringLiteral("too_large");
    static inline const QString AuditEntity = QStringLiteral("case");
    // Default attachment size limit: 25 MiB (register setting "attachment_max_bytes" overrides it).
    static constexpr qint64 DefaultAttachmentLimit = 25LL * 1024 * 1024;

    CaseRepository(const Database &db, const Clock &clock);

    Result<QList<Case>> list(const CaseQuery &query = {}) const;
    Result<Case> find(qint64 id) const;
    Result<Case> findByNumber(const QString &number) const;
    // A free case number for `year`: "2026-0001", "2026-0002", ...
    Result<QString> nextNumber(int year) const;
    // Distinct officer names seen in assignments and events, sorted, plus the current user.
    Result<QStringList> officers() const;

    // Registers a new case in status Received (number assigned when empty, receivedOn required,
    // not in the future). The first event is "status → received".
    Result<Case> create(Case c);
    // Saves the editable fields (type, dates, assignment is NOT changed here, application data,
    // missing attachments, facts, transfer, notes, title). Status, statements, attachments,
    // decision and appeal have their own calls.
    Result<Case> update(const Case &c);

    // Moves the case to `to` after CaseWorkflow::check; records an event with `note`.
    // Complete sets completeOn the first time. Closed requires `reason`.
    Result<Case> setStatus(qint64 id, CaseStatus to, const QString &note = {},
                           std::optional<CloseReason> reason = std::nullopt);
    // Reassigns; the event reads "passed from A to B".
    Result<Case> assign(qint64 id, const QString &officer, const QString &note = {});

    // Statements: a reply dated before the request, a deadline before the request, a reminder
    // before the request or after the reply, or a reply date without a reply kind are refused
    // (field "statements[i].replied" etc.).
    Result<Case> saveStatement(qint64 caseId, const CaseStatement &statement); // id 0: new
    Result<Case> removeStatement(qint64 caseId, qint64 statementId);

    // Attachments: stored in the database with name, type, size and SHA-256. Refused when empty
    // name, over the limit (ErrorTooLarge, field "attachment") or `data` is null.
    Result<CaseAttachment> addAttachment(qint64 caseId, const QString &name, const QString &mimeType,
                                         const QByteArray &data, const QString &category = {});
    // Reads a file and adds it; an unreadable file is refused with its path.
    Result<CaseAttachment> addAttachmentFile(qint64 caseId, const QString &path, const QString &category = {});
    Result<QByteArray> attachmentData(qint64 attachmentId) const;
    Status removeAttachment(qint64 attachmentId);
    qint64 attachmentLimit() const;

    // Records the decision and moves the case to Decided, in one transaction. Refused without
    // decidedBy or decidedOn (fields "decision.decided_by", "decision.decided_on"), a refusal
    // without reason, a grant without validFrom/validTo or with validTo after the latest legal end
    // (rules::LicencePeriod::latestEnd for ordinary licences; field "decision.valid_to").
    // A grant creates the licence (new, single occasion, transfer: a new licence for the new
    // holder; the old licence is ended as Transferred on the transfer date) or updates the
    // case's licence (renewal: new period; change of manager: people; extension: areas/conditions).
    // Returns the case with licenceId set to the created or updated licence.
    Result<Case> decide(qint64 caseId, const CaseDecision &decision);
    // Records when the decision letter went out and moves the case to Notified.
    Result<Case> markNotified(qint64 caseId, const QDate &notifiedOn);
    // Registers or updates the appeal; the first registration moves the case to Appealed.
    // received before the decision date is refused (field "appeal.received").
    Result<Case> saveAppeal(qint64 caseId, const CaseAppeal &appeal);

    // Opens one Renewal case per request in one transaction (application copied from the licence,
    // requested period = the next period). A licence that already has an open renewal case is refused.
    Result<QList<Case>> openRenewals(const QList<RenewalRequest> &requests, const QDate &receivedOn);
    // Records a council continuation decision (alkoholloven § 1-6 third paragraph): every listed
    // licence's validTo moves to rules::LicencePeriod::continuedEnd, one audit entry each, one
    // transaction. `reference` and `decidedOn` are required.
    Result<int> recordContinuation(const QList<qint64> &licenceIds, const QDate &decidedOn, const QString &reference);

    Result<QList<AuditEntry>> history(qint64 caseId) const;

    // Inserts a case as it is (ids kept, attachments with `data` from `contents` keyed by attachment id),
    // within the caller's transaction, without validation or audit. For the importer.
    static Status insertAsIs(const QSqlDatabase &db, Case &c, const QHash<qint64, QByteArray> &contents = {});
    static Result<QByteArray> attachmentDataIn(const QSqlDatabase &db, qint64 attachmentId);

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace bevilling
