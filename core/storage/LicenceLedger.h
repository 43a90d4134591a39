#pragma once

#include "Clock.h"
#include "Result.h"
#include "inspections/Sanction.h"
#include "rules/PrikkLedger.h"
#include "rules/RuleSet.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace bevilling {

class Database;

// A licence's prikk ledger as stored: decided (not overturned) sanction cases and decided
// suspensions, evaluated by rules::PrikkLedger. A transfer gives a new licence, so the old
// holder's ledger stays on the old licence.
class LicenceLedger
{
    Q_DECLARE_TR_FUNCTIONS(LicenceLedger)
public:
    // The ledger events of `licenceId`: one Inspection event per inspection/report source and date
    // of each decided case (deviations with their reasons), one Suspension event per decided
    // suspension. `excludeCaseId` leaves one case out (a proposal compares with and without it).
    static Result<QList<rules::LedgerEvent>> eventsFor(const QSqlDatabase &db, qint64 licenceId, qint64 excludeCaseId = 0);
    static Result<QList<rules::LedgerEvent>> eventsFor(const Database &db, qint64 licenceId);
    // The Inspection events of one case's findings (as decided, or standard when undecided).
    static QList<rules::LedgerEvent> eventsOf(const SanctionCase &c);

    // The register's settings (the rule set version in force on `on`: prikkerUsedBySuspension).
    static rules::LedgerSettings settingsFor(const Database &db, const Clock &clock, const QDate &on);
    // The same from a rule set already read (an invalid `on` means `today`).
    static rules::LedgerSettings settingsFor(const rules::RuleSet &ruleSet, const QDate &on, const QDate &today);

    static Result<rules::LedgerResult> evaluate(const Database &db, qint64 licenceId, const QDate &asOf,
                                                const rules::LedgerSettings &settings);
    // With the register's settings; an invalid `asOf` means today.
    static Result<rules::LedgerResult> evaluate(const Database &db, const Clock &clock, qint64 licenceId,
                                                const QDate &asOf = {});
    // Whether a decided suspension (not overturned) covers `date`.
    static Result<bool> isSuspendedOn(const Database &db, qint64 licenceId, const QDate &date);
    // Every licence suspended on `date` (a decided suspension covering the date whose decision was
    // not overturned on appeal), with the last day of the suspension. One query for the whole register.
    static Result<QHash<qint64, QDate>> suspendedOn(const Database &db, const QDate &date);
};

} // namespace bevilling
