#pragma once

#include "cases/Case.h"
#include "domain/Licence.h"
#include "rules/RuleSet.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace bevilling {

// A warning shown while a case is processed. Warnings inform; they never block a save.
struct CaseWarning
{
    QString code;     // stable key: "manager_age", "manager_knowledge_test", "deputy_missing", "lead_time",
                      // "travelling_quota", "travelling_use", "retail_opening_hours", "children_youth",
                      // "sports_arena_political", "may_17_public_place", "overlap", "transfer_deadline",
                      // "transfer_agreement", "period_beyond_legal_end"
    QString message;  // one sentence in the user's language
    QString rule;     // the rule cited: "alkoholloven § 1-7c", "Bærum 2.5", ...
    QString field;    // the case field it concerns, when there is one ("application.manager.birth_date")
};

// Everything the checks look at besides the case itself.
struct CaseCheckContext
{
    QDate today;
    const rules::RuleSetVersion *rules = nullptr; // the rule set in force (settings, special days); may be null
    QList<Licence> licences;                      // the register (overlaps, travelling quota)
    QList<Case> cases;                            // all cases (travelling-licence use per year)
};

// The dates of a change of owner (rules.md B.3, alkoholloven § 1-10, decisions.md 5).
struct TransferDates
{
    QDate applicationDeadline; // transfer date + transferApplicationDays
    bool applicationInTime = true; // received on or before the deadline
    // The last day the new owner may operate on the previous licence: the same date
    // transferTransitionMonths later (the last day of that month when it has no such date, as
    // month deadlines are counted under forvaltningsloven § 30), or the application deadline when
    // the application came late.
    QDate transitionEnd;
};

// The checks an officer sees while processing (issue 4, rules.md G.1, B.3, Bærum 2.4-2.13).
// Pure functions of the case and its context. Notes on the rules as implemented:
// - manager_age / manager_knowledge_test / deputy_missing: ordinary licences (Sale, Serving) in
//   NewLicence, Renewal, Transfer and ChangeOfManager cases; age on the decision day, else today
//   (exactly 20 that day is fine);
// - lead_time: SingleOccasion and TravellingUse cases, received less than
//   RuleSettings::singleOccasionLeadDays before application.validFrom;
// - travelling_quota: cases about a travelling licence; an undecided NewLicence for one counts itself;
// - local policies (every type but ChangeOfManager) only when RuleSettings::localPolicies has them;
//   sports_arena_political is silent once the decision body is Council;
// - overlap: same premises (normalised address + postal code, or the name, case-insensitive),
//   ordinary vs ordinary or single occasion vs any kind, periods overlapping (a licence counts up to
//   the day before endedOn); the case's own licenceId is skipped;
// - transfer_agreement: satisfied by Case::transferAgreement or an attachment of category
//   "transfer_agreement";
// - period_beyond_legal_end: the application's period, and a granted decision's period.
class CaseChecks
{
    Q_DECLARE_TR_FUNCTIONS(CaseChecks)
public:
    static QList<CaseWarning> check(const Case &c, const CaseCheckContext &context);
    // For a transfer case with a transfer date; nullopt otherwise.
    static std::optional<TransferDates> transferDates(const Case &c, const rules::RuleSettings &settings);

    // Local policies a rule set may switch on (RuleSettings::localPolicies).
    static inline const QString PolicyRetailOpeningHours = QStringLiteral("no_serving_retail_opening_hours"); // Bærum 2.9
    static inline const QString PolicyChildrenYouth = QStringLiteral("no_permanent_serving_children_youth");   // Bærum 2.4
    static inline const QString PolicySportsPolitical = QStringLiteral("sports_arena_political_decision");     // Bærum 2.5
};

// Travelling licences (ambulerende) against the council's quota, and their use per year.
struct TravellingQuotaState
{
    std::optional<int> quota;  // the rule set's quota (Bærum: 20); none: no quota set
    int created = 0;           // travelling licences valid on the given date (not ended)
    int usesThisYear = 0;      // TravellingUse cases with an event in the year, not refused or withdrawn
                               // (nor dismissed); the event date is application.validFrom
    bool exceeded() const { return quota && created > *quota; }
};

class TravellingQuota
{
public:
    static TravellingQuotaState count(const QList<Licence> &licences, const QList<Case> &cases,
                                      std::optional<int> quota, const QDate &date);
    // Uses of one travelling licence in `year`.
    static int usesOf(qint64 licenceId, const QList<Case> &cases, int year);
};

} // namespace bevilling
