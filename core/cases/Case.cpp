#include "Case.h"

namespace bevilling {

namespace {
template<typename E, size_t N>
std::optional<E> fromKey(const QString &key, const E (&values)[N], QString (*toKey)(E))
{
    for (E value : values) {
        if (toKey(value) == key)
            return value;
    }
    return std::nullopt;
}

template<typename E, size_t N>
QList<E> listOf(const E (&values)[N])
{
    QList<E> result;
    result.reserve(int(N));
    for (E value : values)
        result.append(value);
    return result;
}

const CaseType kAllTypes[] = {CaseType::NewLicence,      CaseType::Renewal,   CaseType::Transfer,
                              CaseType::ChangeOfManager, CaseType::Extension, CaseType::SingleOccasion,
                              CaseType::TravellingUse};
const CaseStatus kAllStatuses[] = {CaseStatus::Received,         CaseStatus::Incomplete,
                                   CaseStatus::Complete,         CaseStatus::OutForStatements,
                                   CaseStatus::StatementsReceived, CaseStatus::Recommendation,
                                   CaseStatus::Decided,          CaseStatus::Notified,
                                   CaseStatus::Appealed,         CaseStatus::Closed};
const CloseReason kAllCloseReasons[] = {CloseReason::Completed, CloseReason::Withdrawn, CloseReason::Dismissed};
const StatementParty kAllParties[] = {StatementParty::Police, StatementParty::TaxAuthority, StatementParty::TaxCollector,
                                      StatementParty::SocialServices, StatementParty::Other};
const StatementReply kAllReplies[] = {StatementReply::NoRemarks, StatementReply::Remarks, StatementReply::Negative};
const DecisionOutcome kAllOutcomes[] = {DecisionOutcome::Granted, DecisionOutcome::Refused};
const DecisionBody kAllBodies[] = {DecisionBody::Council, DecisionBody::Delegated};
const AppealReconsideration kAllReconsiderations[] = {AppealReconsideration::Reversed, AppealReconsideration::Upheld};
const AppealOutcome kAllAppealOutcomes[] = {AppealOutcome::Upheld, AppealOutcome::Reversed, AppealOutcome::Returned};
} // namespace

QString Case::displayTitle() const
{
    const QString own = title.trimmed();
    if (!own.isEmpty())
        return own;
    QString applicant = application.licensee.name.trimmed();
    if (applicant.isEmpty())
        applicant = application.premises.name.trimmed();
    if (applicant.isEmpty())
        applicant = application.eventName.trimmed();
    const QString type = CaseTexts::typeName(this->type);
    if (applicant.isEmpty())
        return type;
    return QString(type + QStringLiteral(" – ") + applicant);
}

// --- types ---------------------------------------------------------------------------------------

QString CaseTexts::typeKey(CaseType type)
{
    switch (type) {
    case CaseType::NewLicence: return QStringLiteral("new");
    case CaseType::Renewal: return QStringLiteral("renewal");
    case CaseType::Transfer: return QStringLiteral("transfer");
    case CaseType::ChangeOfManager: return QStringLiteral("change_of_manager");
    case CaseType::Extension: return QStringLiteral("extension");
    case CaseType::SingleOccasion: return QStringLiteral("single_occasion");
    case CaseType::TravellingUse: return QStringLiteral("travelling_use");
    }
    return {};
}

std::optional<CaseType> CaseTexts::typeFromKey(const QString &key)
{
    return fromKey(key, kAllTypes, &CaseTexts::typeKey);
}

QString CaseTexts::typeName(CaseType type)
{
    switch (type) {
    case CaseType::NewLicence: return tr("New licence");
    case CaseType::Renewal: return tr("Renewal");
    case CaseType::Transfer: return tr("Change of owner");
    case CaseType::ChangeOfManager: return tr("Change of manager or deputy");
    case CaseType::Extension: return tr("Extended area or hours");
    case CaseType::SingleOccasion: return tr("Single occasion");
    case CaseType::TravellingUse: return tr("Use of travelling licence");
    }
    return {};
}

QList<CaseType> CaseTexts::allTypes()
{
    return listOf(kAllTypes);
}

// --- statuses ------------------------------------------------------------------------------------

QString CaseTexts::statusKey(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Received: return QStringLiteral("received");
    case CaseStatus::Incomplete: return QStringLiteral("incomplete");
    case CaseStatus::Complete: return QStringLiteral("complete");
    case CaseStatus::OutForStatements: return QStringLiteral("out_for_statements");
    case CaseStatus::StatementsReceived: return QStringLiteral("statements_received");
    case CaseStatus::Recommendation: return QStringLiteral("recommendation");
    case CaseStatus::Decided: return QStringLiteral("decided");
    case CaseStatus::Notified: return QStringLiteral("notified");
    case CaseStatus::Appealed: return QStringLiteral("appealed");
    case CaseStatus::Closed: return QStringLiteral("closed");
    }
    return {};
}

std::optional<CaseStatus> CaseTexts::statusFromKey(const QString &key)
{
    return fromKey(key, kAllStatuses, &CaseTexts::statusKey);
}

QString CaseTexts::statusName(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Received: return tr("Received");
    case CaseStatus::Incomplete: return tr("Missing attachments");
    case CaseStatus::Complete: return tr("Complete");
    case CaseStatus::OutForStatements: return tr("Out for statements");
    case CaseStatus::StatementsReceived: return tr("Statements received");
    case CaseStatus::Recommendation: return tr("Recommendation");
    case CaseStatus::Decided: return tr("Decided");
    case CaseStatus::Notified: return tr("Notified");
    case CaseStatus::Appealed: return tr("Appealed");
    case CaseStatus::Closed: return tr("Closed");
    }
    return {};
}

QList<CaseStatus> CaseTexts::allStatuses()
{
    return listOf(kAllStatuses);
}

// --- close reasons -------------------------------------------------------------------------------

QString CaseTexts::closeReasonKey(CloseReason reason)
{
    switch (reason) {
    case CloseReason::Completed: return QStringLiteral("completed");
    case CloseReason::Withdrawn: return QStringLiteral("withdrawn");
    case CloseReason::Dismissed: return QStringLiteral("dismissed");
    }
    return {};
}

std::optional<CloseReason> CaseTexts::closeReasonFromKey(const QString &key)
{
    return fromKey(key, kAllCloseReasons, &CaseTexts::closeReasonKey);
}

QString CaseTexts::closeReasonName(CloseReason reason)
{
    switch (reason) {
    case CloseReason::Completed: return tr("Completed");
    case CloseReason::Withdrawn: return tr("Withdrawn");
    case CloseReason::Dismissed: return tr("Dismissed");
    }
    return {};
}

QList<CloseReason> CaseTexts::allCloseReasons()
{
    return listOf(kAllCloseReasons);
}

// --- statement parties ---------------------------------------------------------------------------

QString CaseTexts::partyKey(StatementParty party)
{
    switch (party) {
    case StatementParty::Police: return QStringLiteral("police");
    case StatementParty::TaxAuthority: return QStringLiteral("tax_authority");
    case StatementParty::TaxCollector: return QStringLiteral("tax_collector");
    case StatementParty::SocialServices: return QStringLiteral("social_services");
    case StatementParty::Other: return QStringLiteral("other");
    }
    return {};
}

std::optional<StatementParty> CaseTexts::partyFromKey(const QString &key)
{
    return fromKey(key, kAllParties, &CaseTexts::partyKey);
}

QString CaseTexts::partyName(StatementParty party)
{
    switch (party) {
    case StatementParty::Police: return tr("Police");
    case StatementParty::TaxAuthority: return tr("Tax Administration");
    case StatementParty::TaxCollector: return tr("Municipal tax collector");
    case StatementParty::SocialServices: return tr("Social services");
    case StatementParty::Other: return tr("Other party");
    }
    return {};
}

QList<StatementParty> CaseTexts::allParties()
{
    return listOf(kAllParties);
}

QString CaseTexts::statementPartyText(const CaseStatement &statement)
{
    const QString typed = statement.partyName.trimmed();
    if (statement.party == StatementParty::Other && !typed.isEmpty())
        return typed;
    return partyName(statement.party);
}

// --- replies -------------------------------------------------------------------------------------

QString CaseTexts::replyKey(StatementReply reply)
{
    switch (reply) {
    case StatementReply::NoRemarks: return QStringLiteral("no_remarks");
    case StatementReply::Remarks: return QStringLiteral("remarks");
    case StatementReply::Negative: return QStringLiteral("negative");
    }
    return {};
}

std::optional<StatementReply> CaseTexts::replyFromKey(const QString &key)
{
    return fromKey(key, kAllReplies, &CaseTexts::replyKey);
}

QString CaseTexts::replyName(StatementReply reply)
{
    switch (reply) {
    case StatementReply::NoRemarks: return tr("No remarks");
    case StatementReply::Remarks: return tr("Remarks");
    case StatementReply::Negative: return tr("Negative");
    }
    return {};
}

QList<StatementReply> CaseTexts::allReplies()
{
    return listOf(kAllReplies);
}

// --- decisions -----------------------------------------------------------------------------------

QString CaseTexts::outcomeKey(DecisionOutcome outcome)
{
    switch (outcome) {
    case DecisionOutcome::Granted: return QStringLiteral("granted");
    case DecisionOutcome::Refused: return QStringLiteral("refused");
    }
    return {};
}

std::optional<DecisionOutcome> CaseTexts::outcomeFromKey(const QString &key)
{
    return fromKey(key, kAllOutcomes, &CaseTexts::outcomeKey);
}

QString CaseTexts::outcomeName(DecisionOutcome outcome)
{
    switch (outcome) {
    case DecisionOutcome::Granted: return tr("Granted");
    case DecisionOutcome::Refused: return tr("Refused");
    }
    return {};
}

QString CaseTexts::bodyKey(DecisionBody body)
{
    switch (body) {
    case DecisionBody::Council: return QStringLiteral("council");
    case DecisionBody::Delegated: return QStringLiteral("delegated");
    }
    return {};
}

std::optional<DecisionBody> CaseTexts::bodyFromKey(const QString &key)
{
    return fromKey(key, kAllBodies, &CaseTexts::bodyKey);
}

QString CaseTexts::bodyName(DecisionBody body)
{
    switch (body) {
    case DecisionBody::Council: return tr("Political decision");
    case DecisionBody::Delegated: return tr("Delegated authority");
    }
    return {};
}

// --- appeals -------------------------------------------------------------------------------------

QString CaseTexts::reconsiderationKey(AppealReconsideration value)
{
    switch (value) {
    case AppealReconsideration::Reversed: return QStringLiteral("reversed");
    case AppealReconsideration::Upheld: return QStringLiteral("upheld");
    }
    return {};
}

std::optional<AppealReconsideration> CaseTexts::reconsiderationFromKey(const QString &key)
{
    return fromKey(key, kAllReconsiderations, &CaseTexts::reconsiderationKey);
}

QString CaseTexts::reconsiderationName(AppealReconsideration value)
{
    switch (value) {
    case AppealReconsideration::Reversed: return tr("Decision reversed by the municipality");
    case AppealReconsideration::Upheld: return tr("Decision upheld, sent to the County Governor");
    }
    return {};
}

QString CaseTexts::appealOutcomeKey(AppealOutcome value)
{
    switch (value) {
    case AppealOutcome::Upheld: return QStringLiteral("upheld");
    case AppealOutcome::Reversed: return QStringLiteral("reversed");
    case AppealOutcome::Returned: return QStringLiteral("returned");
    }
    return {};
}

std::optional<AppealOutcome> CaseTexts::appealOutcomeFromKey(const QString &key)
{
    return fromKey(key, kAllAppealOutcomes, &CaseTexts::appealOutcomeKey);
}

QString CaseTexts::appealOutcomeName(AppealOutcome value)
{
    switch (value) {
    case AppealOutcome::Upheld: return tr("Upheld");
    case AppealOutcome::Reversed: return tr("Reversed");
    case AppealOutcome::Returned: return tr("Returned for new processing");
    }
    return {};
}

// --- attachment categories -----------------------------------------------------------------------

QStringList CaseTexts::attachmentCategoryKeys()
{
    return {QStringLiteral("company_certificate"), QStringLiteral("tax_certificate"),
            QStringLiteral("floor_plan"),          QStringLiteral("knowledge_test"),
            QStringLiteral("employment"),          QStringLiteral("shareholders"),
            QStringLiteral("transfer_agreement"),  QStringLiteral("other")};
}

QString CaseTexts::attachmentCategoryName(const QString &key)
{
    if (key == QLatin1String("company_certificate"))
        return tr("Company certificate");
    if (key == QLatin1String("tax_certificate"))
        return tr("Tax certificate");
    if (key == QLatin1String("floor_plan"))
        return tr("Floor plan");
    if (key == QLatin1String("knowledge_test"))
        return tr("Knowledge test certificate");
    if (key == QLatin1String("employment"))
        return tr("Confirmation of employment");
    if (key == QLatin1String("shareholders"))
        return tr("Shareholder register");
    if (key == QLatin1String("transfer_agreement"))
        return tr("Transfer agreement");
    if (key == QLatin1String("other"))
        return tr("Other");
    return key;
}

// --- event types ---------------------------------------------------------------------------------

QStringList CaseTexts::eventTypeKeys()
{
    return {QStringLiteral("cultural"), QStringLiteral("voluntary"), QStringLiteral("senior_centre"),
            QStringLiteral("other"), QStringLiteral("closed_party")};
}

QString CaseTexts::eventTypeName(const QString &key)
{
    if (key == QLatin1String("cultural"))
        return tr("Cultural event");
    if (key == QLatin1String("voluntary"))
        return tr("Voluntary organisation event");
    if (key == QLatin1String("senior_centre"))
        return tr("Senior centre event");
    if (key == QLatin1String("other"))
        return tr("Other event");
    if (key == QLatin1String("closed_party"))
        return tr("Closed party");
    return key;
}

} // namespace bevilling
