#include "inspections/Sanction.h"

namespace bevilling {

QString SanctionTexts::statusKey(SanctionStatus status)
{
    switch (status) {
    case SanctionStatus::Proposed: return QStringLiteral("proposed");
    case SanctionStatus::AdvanceNotice: return QStringLiteral("advance_notice");
    case SanctionStatus::Decided: return QStringLiteral("decided");
    case SanctionStatus::SuspensionNotice: return QStringLiteral("suspension_notice");
    case SanctionStatus::SuspensionDecided: return QStringLiteral("suspension_decided");
    case SanctionStatus::Appealed: return QStringLiteral("appealed");
    case SanctionStatus::Closed: return QStringLiteral("closed");
    }
    return QStringLiteral("proposed");
}

std::optional<SanctionStatus> SanctionTexts::statusFromKey(const QString &key)
{
    for (SanctionStatus status : allStatuses()) {
        if (statusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

QString SanctionTexts::statusName(SanctionStatus status)
{
    switch (status) {
    case SanctionStatus::Proposed: return tr("Proposed");
    case SanctionStatus::AdvanceNotice: return tr("Advance notice sent");
    case SanctionStatus::Decided: return tr("Prikker decided");
    case SanctionStatus::SuspensionNotice: return tr("Advance notice of suspension");
    case SanctionStatus::SuspensionDecided: return tr("Suspension decided");
    case SanctionStatus::Appealed: return tr("Appealed");
    case SanctionStatus::Closed: return tr("Closed");
    }
    return QString();
}

QList<SanctionStatus> SanctionTexts::allStatuses()
{
    return {SanctionStatus::Proposed,         SanctionStatus::AdvanceNotice,     SanctionStatus::Decided,
            SanctionStatus::SuspensionNotice, SanctionStatus::SuspensionDecided, SanctionStatus::Appealed,
            SanctionStatus::Closed};
}

} // namespace bevilling
