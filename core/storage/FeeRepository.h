#pragma once

#include "Clock.h"
#include "Result.h"
#include "fees/FeeLine.h"
#include "inspections/Sanction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace bevilling {

class Database;

// The year's fees: computed from the register (FeeCalculator), issued as invoice lines, paid.
// Every write is one transaction with an audit entry (entity "fee"); a refused write changes nothing.
class FeeRepository
{
    Q_DECLARE_TR_FUNCTIONS(FeeRepository)
public:
    static inline const QString AuditEntity = QStringLiteral("fee");
    static inline const QString ErrorValidation = QStringLiteral("validation");
    static inline const QString ErrorNotFound = QStringLiteral("not_found");
    static inline const QString ErrorReadOnly = QStringLiteral("read_only");
    static inline const QString ErrorIo = QStringLiteral("io");

    FeeRepository(const Database &db, const Clock &clock);

    // Loads licences, reports, cases, rates (FeeRateRepository::current), the register's rule set
    // version in force on 1 January and the settings, and runs FeeCalculator::assess with asOf =
    // the clock's today. A year without rates: the calculator's Error (field "year").
    Result<FeeAssessment> assess(int year) const;
    // Stores every computed line of assess(year) that is not issued yet, with `issuedOn` and
    // `dueOn` (default issuedOn + settings.paymentDays). Licences with problems (no report yet, ...)
    // get no line now; issuing again later adds theirs. Returns the lines stored now (empty when
    // everything was issued).
    // Field ids: "issued_on", "due_on" (not before issued_on).
    Result<QList<FeeLine>> issue(int year, const QDate &issuedOn, const QDate &dueOn = {});
    // Issued lines of a year (all years when none), with licence number, name and payments summed.
    Result<QList<FeeLine>> lines(std::optional<int> year = std::nullopt) const;
    Result<QList<FeeLine>> linesOfLicence(qint64 licenceId) const;

    // Field ids "fee_line", "paid_on" (not in the future, not before the line was issued), "amount"
    // (> 0, at most what is outstanding).
    Result<FeePayment> registerPayment(qint64 feeLineId, const QDate &paidOn, double amount, const QString &note = {});
    Status removePayment(qint64 paymentId);
    Result<QList<FeePayment>> payments(qint64 feeLineId) const;

    // Issued charges due before `asOf` and not fully paid, by due date.
    Result<QList<FeeLine>> overdue(const QDate &asOf) const;
    // A proposed sanction case for `fee_unpaid` (SanctionRepository::createFromReport): offence date
    // the day after the due date, source "Bevillingsgebyr <year>". Refused (field "fee_line") unless
    // the line is overdue on `asOf`, or when a fee_unpaid case for the licence and year exists.
    Result<SanctionCase> proposeSanction(qint64 feeLineId, const QDate &asOf);

    // For the exchange format: lines as stored (ids, dates, basis kept) and payments.
    static Result<QList<FeeLine>> readAllLines(const QSqlDatabase &db);
    static Result<QList<FeePayment>> readAllPayments(const QSqlDatabase &db);
    static Status insertAsIs(const QSqlDatabase &db, const FeeLine &line);
    static Status insertAsIs(const QSqlDatabase &db, const FeePayment &payment);

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace bevilling
