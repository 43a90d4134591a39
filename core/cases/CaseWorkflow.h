#pragma once

#include "Result.h"
#include "cases/Case.h"

#include <QCoreApplication>
#include <QList>

namespace bevilling {

// The status machine of a case (rules.md G.4). Pure: no storage, no clock.
//
// Normal flow: Received -> (Incomplete <->) Complete -> OutForStatements -> StatementsReceived ->
// Recommendation -> Decided -> Notified -> (Appealed ->) Closed. Small cases may go from Complete
// or StatementsReceived straight to a recommendation or decision; an open case can be closed
// (withdrawn or dismissed) from any status before a decision.
class CaseWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(CaseWorkflow)
public:
    static inline const QString ErrorTransition = QStringLiteral("transition");

    // The statuses a case in `from` may move to, in the order a user would pick them.
    static QList<CaseStatus> allowedNext(CaseStatus from);
    static bool isAllowed(CaseStatus from, CaseStatus to);

    // Whether `c` (as it is now) may move to `to`. Besides the table above:
    // - to Incomplete: at least one missing attachment listed (field "missing_attachments");
    // - to Complete: no missing attachments listed;
    // - to OutForStatements: at least one statement requested (field "statements");
    // - to StatementsReceived: every requested statement answered (field "statements");
    // - to Decided: only through a recorded decision (c.decision set; field "decision");
    // - to Notified: decision.notifiedOn set (field "decision.notified_on");
    // - to Appealed: an appeal registered (field "appeal");
    // - to Closed after a decision: notified, and any appeal final (field "appeal").
    // The error names the field and says in one sentence what is wrong.
    static Status check(const Case &c, CaseStatus to);

    // Transitions the officer makes by hand (the status menu); Decided and Appealed are reached
    // through the decision and appeal dialogs instead.
    static QList<CaseStatus> manualNext(const Case &c);
};

} // namespace bevilling
