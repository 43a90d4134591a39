#pragma once

#include "Result.h"
#include "inspections/Sanction.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace bevilling {

// The status machine of a sanction case (rules.md E, G.4; alkoholforskriften §§ 10-2 to 10-6).
// Pure: no storage, no clock.
//
// Proposed -> AdvanceNotice -> Decided -> (SuspensionNotice -> SuspensionDecided ->) Closed, with
// an appeal from Decided or SuspensionDecided; every open status may be closed.
class SanctionWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(SanctionWorkflow)
public:
    static inline const QString ErrorTransition = QStringLiteral("transition");
    static inline const QString ErrorValidation = QStringLiteral("validation");
    // A suspension plan may start at most this many days after the decision (§ 10-6) before a warning.
    static constexpr int SuspensionStartWarningDays = 28;

    static QList<SanctionStatus> allowedNext(SanctionStatus from);
    static bool isAllowed(SanctionStatus from, SanctionStatus to);

    // Whether `c` (as it is now) may move to `to`. Besides the table above:
    // - AdvanceNotice: noticeSent set, responseDeadline after it ("notice_sent", "response_deadline");
    // - Decided: decidedOn (not before the response deadline unless a response was received),
    //   decidedBy, at least one finding, every deviation with a reason ("findings[i].reason");
    // - SuspensionNotice: only when `ledgerTotal` (the licence's active prikker with this case's
    //   decision counted) reaches rules::PrikkLedger::Threshold ("ledger");
    // - SuspensionDecided: suspension decided, days > 0, from and to (from <= to).
    // Appealed needs a registered appeal ("appeal").
    static Status check(const SanctionCase &c, SanctionStatus to, int ledgerTotal = 0);

    // Warnings that do not block the step: a suspension starting more than 4 weeks after the
    // decision (alkoholforskriften § 10-6).
    static QStringList warnings(const SanctionCase &c);
};

} // namespace bevilling
