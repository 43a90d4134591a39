#pragma once

#include "Clock.h"
#include "Result.h"
#include "inspections/Sanction.h"
#include "rules/PrikkLedger.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace bevilling {

class Database;

// What a sanction case would lead to (SanctionRepository::proposal).
struct SanctionProposal
{
    int casePrikker = 0;        // this case's prikker after like-kind merging
    rules::LedgerResult before; // the licence's ledger without this case, on the case's latest offence date
    rules::LedgerResult after;  // with this case counted (suspensionDue / suspensionDays: what it leads to)
};

// The decision on prikker (SanctionRepository::decide).
struct SanctionDecision
{
    QDate decidedOn;
    QString decidedBy;
    QString reference;
    // Final prikker per finding in the case's order; std::nullopt (or an empty list): the standard
    // number. A number other than the standard one is a deviation and needs reasons[i].
    QList<std::optional<int>> prikker;
    QStringList reasons;
};

// Sanction (prikk) cases. Every write is one transaction with its audit entry (entity "sanction");
// a refused write changes nothing.
class SanctionRepository
{
    Q_DECLARE_TR_FUNCTIONS(SanctionRepository)
public:
    static inline const QString ErrorValidation = QStringLiteral("validation");
    static inline const QString ErrorNotFound = QStringLiteral("not_found");
    static inline const QString ErrorReadOnly = QStringLiteral("read_only");
    static inline const QString ErrorIo = QStringLiteral("io");
    static inline const QString AuditEntity = QStringLiteral("sanction");

    SanctionRepository(const Database &db, const Clock &clock);

    // All cases (of one licence when licenceId is set), by number.
    Result<QList<SanctionCase>> list(std::optional<qint64> licenceId = std::nullopt) const;
    Result<SanctionCase> find(qint64 id) const;
    // A free number for `year`: "S-2026-001", "S-2026-002", ...
    Result<QString> nextNumber(int year) const;

    // A proposed case with one finding per finding of the inspection (standard prikker from
    // rules::Findings; the same code twice in one inspection counts once, noted in `notes`).
    // Refused when the inspection has no findings or a case already holds one of them.
    Result<SanctionCase> createFromInspection(qint64 inspectionId);
    // A proposed case from another authority's report (police, Skatteetaten): one finding.
    Result<SanctionCase> createFromReport(qint64 licenceId, const QString &code, const QDate &date, const QString &source);

    // The running total and what this case would lead to, with the licence's decided ledger.
    Result<SanctionProposal> proposal(qint64 caseId) const;
    // The same for many cases at once (the list of sanction cases), reading the rule set once:
    // by case id; a case whose ledger cannot be evaluated is left out.
    Result<QHash<qint64, SanctionProposal>> proposals(const QList<SanctionCase> &cases) const;

    // Proposed -> AdvanceNotice: forhåndsvarsel sent on `sent` with a response deadline after it.
    Result<SanctionCase> sendNotice(qint64 id, const QDate &sent, const QDate &responseDeadline);
    // The licensee's response (while the advance notice is out).
    Result<SanctionCase> recordResponse(qint64 id, const QString &response);
    // AdvanceNotice -> Decided: the final prikker per finding (field "findings[i].reason" for a
    // deviation without reason, "decided_by", "decided_on").
    Result<SanctionCase> decide(qint64 id, const SanctionDecision &decision);
    // Decided -> SuspensionNotice: only when the ledger total (this decision counted) reaches 12.
    Result<SanctionCase> sendSuspensionNotice(qint64 id, const QDate &sent);
    // SuspensionNotice -> SuspensionDecided: days from rules::PrikkLedger::suspensionDays of the
    // total; `to` defaults to from + days - 1. SanctionWorkflow::warnings() tells about a late start.
    Result<SanctionCase> decideSuspension(qint64 id, const QDate &decided, const QDate &from, const QDate &to = {});
    // Decided or SuspensionDecided -> Appealed.
    Result<SanctionCase> registerAppeal(qint64 id, const QDate &received, const QString &grounds);
    // Appealed -> Closed when overturned (the decision's prikker leave the ledger; the audit trail
    // keeps them), otherwise back to Decided or SuspensionDecided.
    Result<SanctionCase> appealOutcome(qint64 id, const QDate &outcomeOn, bool overturned);
    // Any other transition allowed by SanctionWorkflow (closing); `note` is added to the notes.
    Result<SanctionCase> setStatus(qint64 id, SanctionStatus to, const QString &note = {});

    // Every case with its findings, by id (the exchange format).
    static Result<QList<SanctionCase>> readAll(const QSqlDatabase &db);
    // Writes `c` as it is: the ids of the case and its findings, status and time stamps kept; no
    // checks, no audit entry (the import of an exchange document, inside its transaction; the
    // licence and the inspection findings it refers to must be stored first).
    static Status insertAsIs(const QSqlDatabase &db, const SanctionCase &c);

private:
    // The ledger before and after the case on `on` (its latest offence date, proposalDate).
    static Result<SanctionProposal> proposalOf(const QSqlDatabase &db, const SanctionCase &c, const QDate &on,
                                               const rules::LedgerSettings &settings);
    static QDate proposalDate(const SanctionCase &c, const QDate &today);
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace bevilling
