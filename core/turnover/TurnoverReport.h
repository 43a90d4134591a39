#pragma once

#include "domain/Licence.h"
#include "rules/RuleSet.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace bevilling {

// Litres of product (vareliter) per alcohol group.
struct GroupLitres
{
    double group[3] = {0, 0, 0}; // groups 1, 2, 3

    double total() const { return group[0] + group[1] + group[2]; }
    // In the order rules::Fees::annualFee expects: sale groups 1-2, serving (and every other kind)
    // groups 1-3.
    QList<double> forFee(LicenceKind kind) const;
    bool operator==(const GroupLitres &o) const
    {
        return group[0] == o.group[0] && group[1] == o.group[1] && group[2] == o.group[2];
    }
};

// One omsetningsoppgave (alkoholforskriften § 6-3, rules.md D.1): what a licence reports in the
// filing year `year`: last year's (year - 1) actual litres and this year's expected litres.
// A new licence reports expected litres only; a final report after closure or sale, actual only.
// A row that is not received yet records that the report was requested or reminded.
struct TurnoverReport
{
    qint64 id = 0;
    qint64 licenceId = 0;
    int year = 0;                        // the filing year
    QDate receivedOn;                    // invalid: not received
    std::optional<GroupLitres> actual;   // year - 1
    std::optional<GroupLitres> expected; // year
    bool auditorConfirmed = false;       // revisorbekreftelse (Bærum 2.11)
    QDate requestedOn;                   // the request letter was sent
    QDate reminderSentOn;                // the reminder (purring) was sent
    QString note;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isReceived() const { return receivedOn.isValid(); }
};

// The administrator's settings for the yearly cycle, stored in the register (register_setting keys
// "fee_cycle.*") and carried by the exchange format. The report deadline and the estimated-fee
// percentage are the rule set's (RuleSettings::turnoverReportDeadline, FeeRules::estimatedFeePercent).
struct FeeCycleSettings
{
    bool trueUp = true;                        // etteroppgjør for all licensees alike (AF § 6-3)
    bool auditorConfirmationRequired = false;  // Bærum 2.11
    double changeThresholdPercent = 25;        // flag a change from last year above this (rules.md H)
    int reminderReplyDays = 14;                // the reminder's new deadline: sent + this
    int paymentDays = 30;                      // an issued invoice is due issued + this
    bool operator==(const FeeCycleSettings &o) const;
};

// The deadline of `year`'s reports: the rule set's turnover_report_deadline in force on 1 January
// of the year, or 1 March when the rule set has none (`fromRuleSet` tells which).
struct ReportDeadline
{
    QDate date;
    bool fromRuleSet = false;
    bool newLicence = false; // the licence's own deadline: it came into force after the year's (deadlineFor)
};

// Whether a licence must file a report in `year`, and what it must contain: actual litres when
// it was in force on some day of year - 1, expected litres when it is in force on some day of `year`
// on or after 1 January. Only ordinary sales and serving licences file reports.
struct ReportDuty
{
    bool required = false;
    bool needsActual = false;
    bool needsExpected = false;
};

// Where one licence's report of a year stands on a date.
enum class TurnoverState {
    NotDue,     // "not_due": before the deadline and not received
    Received,   // "received": received by the deadline
    Late,       // "late": received after the deadline
    Missing,    // "missing": deadline passed, not received, no reminder yet
    Reminded,   // "reminded": reminder sent, its reply deadline not passed
    Overdue,    // "overdue": reminder sent and its reply deadline passed: estimated fee, prikker
};

// A figure to review (rules.md H data-quality checks).
struct TurnoverFlag
{
    QString code;       // "change" (more than the threshold against last year), "group_not_licensed",
                        // "auditor_missing", "actual_missing", "expected_missing"
    int group = 0;      // 1-3 where the flag is about one group, else 0
    double previous = 0;
    double current = 0;
    double changePercent = 0;
    QString message;    // Norwegian, for the list and the import preview
};

class TurnoverRules
{
    Q_DECLARE_TR_FUNCTIONS(TurnoverRules)
public:
    static ReportDeadline deadline(const rules::RuleSet &ruleSet, int year);
    // The deadline that applies to one licence: the year's, or for a licence that comes into force
    // after it, NewLicenceReportDays after its first day (a new licence reports its expected litres
    // when it starts; rules.md D.1). So a licence granted in April is not "missing" a March report.
    static constexpr int NewLicenceReportDays = 14;
    static ReportDeadline deadlineFor(const ReportDeadline &yearDeadline, const Licence &licence);
    static ReportDuty duty(const Licence &licence, int year);
    // The state on `asOf`; reminderReplyDays from the settings.
    static TurnoverState state(const TurnoverReport *report, const ReportDeadline &deadline,
                               const FeeCycleSettings &settings, const QDate &asOf);
    // Flags for `report` of `licence`: each group whose actual litres changed more than the
    // threshold against `previous` (the licence's report of year - 1, its actual litres), each group
    // whose expected litres changed more than the threshold against this report's actual litres,
    // litres in a group the licence does not cover, a missing auditor's confirmation when required,
    // and litres the duty requires but the report lacks. A change from 0 litres to more counts as a
    // change above any threshold.
    static QList<TurnoverFlag> flags(const TurnoverReport &report, const Licence &licence,
                                     const TurnoverReport *previous, const FeeCycleSettings &settings);

    static QString stateKey(TurnoverState state);
    static QString stateName(TurnoverState state);
};

} // namespace bevilling
