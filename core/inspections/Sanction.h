#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace bevilling {

// A sanction (prikk) case (alkoholforskriften §§ 10-2 to 10-6, rules.md E and G.4): advance
// notice -> decision on prikker -> appeal window -> (12 or more) advance notice of suspension ->
// suspension decision -> execution -> appeal -> closed.

enum class SanctionStatus {
    Proposed,            // "proposed": findings collected, prikker proposed
    AdvanceNotice,       // "advance_notice": forhåndsvarsel sent, waiting for the response deadline
    Decided,             // "decided": prikker decided (enters the ledger)
    SuspensionNotice,    // "suspension_notice": forhåndsvarsel om inndragning
    SuspensionDecided,   // "suspension_decided": suspension decided with planned dates
    Appealed,            // "appealed"
    Closed,              // "closed"
};

// One finding's prikker in the case: from an inspection finding or from another authority's report.
struct SanctionFinding
{
    qint64 id = 0;
    qint64 inspectionFindingId = 0; // 0: reported by another authority (police, Skatteetaten)
    QString code;                   // contracts.md section 1
    QDate offenceDate;              // the inspection date or the date in the report
    QString source;                 // inspection number ("K-2026-004") or the reporting authority
    int standardPrikker = 0;        // from rules::Findings
    std::optional<int> decidedPrikker; // a decided deviation; requires `reason`
    QString reason;
    int prikker() const { return decidedPrikker.value_or(standardPrikker); }
};

struct SanctionSuspension
{
    QDate noticeSent;       // forhåndsvarsel om inndragning
    QDate decided;
    int days = 0;           // from rules::PrikkLedger::suspensionDays
    QDate from;             // planned first day (warning when more than 4 weeks after `decided`)
    QDate to;               // planned last day
};

struct SanctionAppeal
{
    QDate received;
    QString grounds;
    QDate outcomeOn;
    std::optional<bool> overturned; // true: the decision is overturned and its prikker leave the ledger
};

struct SanctionCase
{
    qint64 id = 0;
    QString number;           // "S-2026-001"
    qint64 licenceId = 0;
    SanctionStatus status = SanctionStatus::Proposed;
    QList<SanctionFinding> findings;
    QDate noticeSent;         // forhåndsvarsel
    QDate responseDeadline;
    QString response;         // the licensee's response
    QDate decidedOn;          // the decision on prikker
    QString decidedBy;
    QString reference;
    std::optional<SanctionSuspension> suspension;
    std::optional<SanctionAppeal> appeal;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
};

class SanctionTexts
{
    Q_DECLARE_TR_FUNCTIONS(SanctionTexts)
public:
    static QString statusKey(SanctionStatus status);
    static std::optional<SanctionStatus> statusFromKey(const QString &key);
    static QString statusName(SanctionStatus status);
    static QList<SanctionStatus> allStatuses();
};

} // namespace bevilling
