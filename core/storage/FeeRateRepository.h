#pragma once

#include "Clock.h"
#include "Result.h"
#include "rules/Fees.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace bevilling {

class Database;

// One stored year of the register's national fee-rate table (table fee_rate, migration 4).
struct StoredFeeRates
{
    qint64 id = 0;
    rules::FeeRates rates;
    QDateTime createdAt; // UTC, when the row was last saved
    QString user;        // OS user who saved it
};

// The register's national fee-rate table: one row per calendar year.
//
// A register that stores no rows uses the table shipped with the program. An administrator adds a
// year when the new rates are published (in November for the next year) or corrects a year; every
// save is checked first (field ids "year", "sale.group1", "sale.group2", "sale.minimum",
// "serving.group1" ... "serving.minimum", "travelling_cap"), is one transaction and writes an
// audit entry (entity "fee_rates") with the row before and after. The first save into a register
// without rows stores the shipped table first, so that the other years keep their rates.
class FeeRateRepository
{
    Q_DECLARE_TR_FUNCTIONS(FeeRateRepository)
public:
    static inline const QString AuditEntity = QStringLiteral("fee_rates");

    static inline const QString ErrorValidation = QStringLiteral("validation"); // field: the rate's id
    static inline const QString ErrorDuplicate = QStringLiteral("duplicate");   // field: "year"
    static inline const QString ErrorNotFound = QStringLiteral("not_found");    // field: "year"
    static inline const QString ErrorExists = QStringLiteral("exists");         // seed into a register with rows
    static inline const QString ErrorReadOnly = QStringLiteral("read_only");
    static inline const QString ErrorIo = QStringLiteral("io");

    FeeRateRepository(const Database &db, const Clock &clock);

    // The table fee questions use: the stored rows, or the shipped table when there are none.
    Result<rules::FeeRateTable> current() const;
    // The stored rows by year (empty: the register uses the shipped table).
    Result<QList<StoredFeeRates>> rows() const;

    // Stores the shipped table as the register's table. Only into a register without rows.
    Status seed();
    // Adds the rates of a year the table does not have yet (ErrorDuplicate otherwise).
    Result<rules::FeeRateTable> addYear(const rules::FeeRates &rates);
    // Replaces the rates of a year the table has (ErrorNotFound otherwise).
    Result<rules::FeeRateTable> correctYear(const rules::FeeRates &rates);

    // Every problem of `rates` on its own (year range, required rates, numbers >= 0), in field order.
    static QList<Error> problemsOf(const rules::FeeRates &rates);

    // A year's rates as JSON, in the shipped file's row format ("year", "sale", "serving",
    // "travelling_cap", "source"; an unknown rate is null), and back (checked like a save).
    static QJsonObject toJson(const rules::FeeRates &rates);
    static Result<rules::FeeRates> fromJson(const QJsonObject &row);
    // The table `rows` describe.
    static Result<rules::FeeRateTable> tableOf(const QList<StoredFeeRates> &rows);

    // For the exchange format: every stored row, and writing rows as they are (ids, users and
    // times kept; no checks, no audit entry) within the caller's transaction, replacing any rows.
    static Result<QList<StoredFeeRates>> readAll(const QSqlDatabase &db);
    static Status restore(const QSqlDatabase &db, const QList<StoredFeeRates> &rows);

private:
    enum class Mode { Add, Correct };
    Result<rules::FeeRateTable> save(const rules::FeeRates &rates, Mode mode);
    Status checkWritable() const;

    const Database &m_db;
    const Clock &m_clock;
};

} // namespace bevilling
