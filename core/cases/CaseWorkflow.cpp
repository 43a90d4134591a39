#include "CaseWorkflow.h"

namespace bevilling {

QList<CaseStatus> CaseWorkflow::allowedNext(CaseStatus from)
{
    switch (from) {
    case CaseStatus::Received:
        return {CaseStatus::Incomplete, CaseStatus::Complete, CaseStatus::Closed};
    case CaseStatus::Incomplete:
        return {CaseStatus::Complete, CaseStatus::Closed};
    case CaseStatus::Complete:
        return {CaseStatus::Incomplete, CaseStatus::OutForStatements, CaseStatus::Recommendation, CaseStatus::Decided,
                CaseStatus::Closed};
    case CaseStatus::OutForStatements:
        return {CaseStatus::StatementsReceived, CaseStatus::Incomplete, CaseStatus::Closed};
    case CaseStatus::StatementsReceived:
        return {CaseStatus::OutForStatements, CaseStatus::Recommendation, CaseStatus::Decided, CaseStatus::Incomplete,
                CaseStatus::Closed};
    case CaseStatus::Recommendation:
        return {CaseStatus::Decided, CaseStatus::OutForStatements, CaseStatus::Incomplete, CaseStatus::Closed};
    case CaseStatus::Decided:
        return {CaseStatus::Notified};
    case CaseStatus::Notified:
        return {CaseStatus::Appealed, CaseStatus::Closed};
    case CaseStatus::Appealed:
        // Decided again: a new decision after the municipality's reconsideration or Statsforvalteren's return.
        return {CaseStatus::Decided, CaseStatus::Closed};
    case CaseStatus::Closed:
        return {};
    }
    return {};
}

bool CaseWorkflow::isAllowed(CaseStatus from, CaseStatus to)
{
    return allowedNext(from).contains(to);
}

namespace {
Status fail(const QString &field, const QString &message)
{
    return Status(Error{CaseWorkflow::ErrorTransition, message, field, {}});
}
} // namespace

Status CaseWorkflow::check(const Case &c, CaseStatus to)
{
    if (!isAllowed(c.status, to)) {
        return fail(QStringLiteral("status"),
                    tr("A case cannot go from \"%1\" to \"%2\".")
                        .arg(CaseTexts::statusName(c.status), CaseTexts::statusName(to)));
    }
    switch (to) {
    case CaseStatus::Incomplete:
        if (c.missingAttachments.isEmpty())
            return fail(QStringLiteral("missing_attachments"),
                        tr("List at least one missing attachment before marking the case as incomplete."));
        break;
    case CaseStatus::Complete:
        if (!c.missingAttachments.isEmpty())
            return fail(QStringLiteral("missing_attachments"),
                        tr("The case still lists missing attachments: %1.")
                            .arg(c.missingAttachments.join(QStringLiteral(", "))));
        break;
    case CaseStatus::OutForStatements:
        if (c.statements.isEmpty())
            return fail(QStringLiteral("statements"), tr("Request at least one statement before sending the case out for statements."));
        break;
    case CaseStatus::StatementsReceived:
        if (c.statements.isEmpty())
            return fail(QStringLiteral("statements"), tr("No statements have been requested."));
        for (const CaseStatement &statement : c.statements) {
            if (!statement.isAnswered())
                return fail(QStringLiteral("statements"),
                            tr("The statement from %1 has not been answered yet.")
                                .arg(CaseTexts::statementPartyText(statement)));
        }
        break;
    case CaseStatus::Decided:
        if (!c.decision)
            return fail(QStringLiteral("decision"), tr("Record the decision to mark the case as decided."));
        break;
    case CaseStatus::Notified:
        if (!c.decision || !c.decision->notifiedOn.isValid())
            return fail(QStringLiteral("decision.notified_on"),
                        tr("Enter the date the decision was sent to the applicant."));
        break;
    case CaseStatus::Appealed:
        if (!c.appeal)
            return fail(QStringLiteral("appeal"), tr("Register the appeal to mark the case as appealed."));
        break;
    case CaseStatus::Closed:
        if (c.decision) {
            if (!c.decision->notifiedOn.isValid())
                return fail(QStringLiteral("decision.notified_on"),
                            tr("A decided case can be closed only after the applicant has been notified."));
            if (c.appeal && !c.appeal->isFinal())
                return fail(QStringLiteral("appeal"), tr("The appeal has not been finally decided yet."));
        }
        break;
    case CaseStatus::Received:
    case CaseStatus::Recommendation:
        break;
    }
    return Status();
}

QList<CaseStatus> CaseWorkflow::manualNext(const Case &c)
{
    QList<CaseStatus> result;
    const QList<CaseStatus> next = allowedNext(c.status);
    for (CaseStatus status : next) {
        if (status != CaseStatus::Decided && status != CaseStatus::Appealed)
            result.append(status);
    }
    return result;
}

} // namespace bevilling
