#include "inspections/SanctionWorkflow.h"

#include "domain/Licence.h"
#include "rules/PrikkLedger.h"

namespace bevilling {

namespace {

Error invalid(const QString &field, const QString &message)
{
    return makeError(SanctionWorkflow::ErrorValidation, message, field);
}

} // namespace

QList<SanctionStatus> SanctionWorkflow::allowedNext(SanctionStatus from)
{
    switch (from) {
    case SanctionStatus::Proposed:
        return {SanctionStatus::AdvanceNotice, SanctionStatus::Closed};
    case SanctionStatus::AdvanceNotice:
        return {SanctionStatus::Decided, SanctionStatus::Closed};
    case SanctionStatus::Decided:
        return {SanctionStatus::SuspensionNotice, SanctionStatus::Appealed, SanctionStatus::Closed};
    case SanctionStatus::SuspensionNotice:
        return {SanctionStatus::SuspensionDecided, SanctionStatus::Closed};
    case SanctionStatus::SuspensionDecided:
        return {SanctionStatus::Appealed, SanctionStatus::Closed};
    case SanctionStatus::Appealed:
        return {SanctionStatus::Decided, SanctionStatus::SuspensionDecided, SanctionStatus::Closed};
    case SanctionStatus::Closed:
        return {};
    }
    return {};
}

bool SanctionWorkflow::isAllowed(SanctionStatus from, SanctionStatus to)
{
    return allowedNext(from).contains(to);
}

Status SanctionWorkflow::check(const SanctionCase &c, SanctionStatus to, int ledgerTotal)
{
    if (!isAllowed(c.status, to)) {
        return makeError(ErrorTransition,
                         tr("A sanction case cannot go from \"%1\" to \"%2\".")
                             .arg(SanctionTexts::statusName(c.status), SanctionTexts::statusName(to)),
                         QStringLiteral("status"));
    }
    switch (to) {
    case SanctionStatus::AdvanceNotice:
        if (!c.noticeSent.isValid())
            return invalid(QStringLiteral("notice_sent"), tr("Advance notice: the date the notice was sent is required."));
        if (!c.responseDeadline.isValid() || c.responseDeadline <= c.noticeSent) {
            return invalid(QStringLiteral("response_deadline"),
                           tr("Response deadline: must be after the advance notice was sent (%1).")
                               .arg(formatDate(c.noticeSent)));
        }
        return {};
    case SanctionStatus::Decided: {
        if (c.findings.isEmpty())
            return invalid(QStringLiteral("findings"), tr("Findings: a decision needs at least one finding."));
        if (!c.decidedOn.isValid())
            return invalid(QStringLiteral("decided_on"), tr("Decided on: the date of the decision is required."));
        if (c.responseDeadline.isValid() && c.decidedOn < c.responseDeadline && c.response.trimmed().isEmpty()) {
            return invalid(QStringLiteral("decided_on"),
                           tr("Decided on: %1 is before the response deadline (%2) and no response was received.")
                               .arg(formatDate(c.decidedOn), formatDate(c.responseDeadline)));
        }
        if (c.decidedBy.trimmed().isEmpty())
            return invalid(QStringLiteral("decided_by"), tr("Decided by: name who made the decision."));
        for (int i = 0; i < c.findings.size(); ++i) {
            const SanctionFinding &f = c.findings.at(i);
            if (f.decidedPrikker && *f.decidedPrikker != f.standardPrikker && f.reason.trimmed().isEmpty()) {
                return invalid(QStringLiteral("findings[%1].reason").arg(i),
                               tr("Finding %1: a deviation from the standard %2 prikker needs a reason.")
                                   .arg(i + 1)
                                   .arg(f.standardPrikker));
            }
        }
        return {};
    }
    case SanctionStatus::SuspensionNotice:
        if (ledgerTotal < rules::PrikkLedger::Threshold) {
            return invalid(QStringLiteral("ledger"),
                           tr("Suspension: the licence has %1 prikker; a suspension needs %2 or more.")
                               .arg(ledgerTotal)
                               .arg(rules::PrikkLedger::Threshold));
        }
        return {};
    case SanctionStatus::SuspensionDecided: {
        if (!c.suspension || !c.suspension->decided.isValid())
            return invalid(QStringLiteral("suspension.decided"), tr("Suspension: the date of the decision is required."));
        const SanctionSuspension &s = *c.suspension;
        if (s.days <= 0)
            return invalid(QStringLiteral("suspension.days"), tr("Suspension: the number of days must be more than 0."));
        if (!s.from.isValid())
            return invalid(QStringLiteral("suspension.from"), tr("Suspension: the first day is required."));
        if (!s.to.isValid() || s.to < s.from)
            return invalid(QStringLiteral("suspension.to"), tr("Suspension: the last day is required and may not be before the first day."));
        return {};
    }
    case SanctionStatus::Appealed:
        if (!c.appeal || !c.appeal->received.isValid())
            return invalid(QStringLiteral("appeal"), tr("Appeal: register the appeal with the date it was received."));
        return {};
    case SanctionStatus::Proposed:
    case SanctionStatus::Closed:
        return {};
    }
    return {};
}

QStringList SanctionWorkflow::warnings(const SanctionCase &c)
{
    QStringList result;
    if (c.suspension && c.suspension->decided.isValid() && c.suspension->from.isValid()
        && c.suspension->decided.daysTo(c.suspension->from) > SuspensionStartWarningDays) {
        result.append(tr("The suspension starts %1 days after the decision; alkoholforskriften § 10-6 expects it "
                         "to be carried out within 4 weeks.")
                          .arg(c.suspension->decided.daysTo(c.suspension->from)));
    }
    return result;
}

} // namespace bevilling
