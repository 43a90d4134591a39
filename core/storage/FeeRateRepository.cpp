#include "FeeRateRepository.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace bevilling {

namespace {

using rules::FeeRates;
using rules::FeeRateTable;

Error sqlError(const QString &detail)
{
    return makeError(FeeRateRepository::ErrorIo,
                     FeeRateRepository::tr("The register's fee rates could not be saved or read."), {}, detail);
}

QJsonValue rateJson(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QVariant rateVariant(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

std::optional<double> rateOf(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

const QString kColumns = QStringLiteral(
    "year, sale_group1, sale_group2, sale_minimum, serving_group1, serving_group2, serving_group3, "
    "serving_minimum, travelling_cap, source, created_at, os_user");

void bindRates(QSqlQuery &query, const FeeRates &rates)
{
    query.addBindValue(rates.year);
    query.addBindValue(rateVariant(rates.sale[0]));
    query.addBindValue(rateVariant(rates.sale[1]));
    query.addBindValue(rates.saleMinimum);
    for (const std::optional<double> &rate : rates.serving)
        query.addBindValue(rateVariant(rate));
    query.addBindValue(rates.servingMinimum);
    query.addBindValue(rateVariant(rates.travellingCap));
    query.addBindValue(rates.source.isNull() ? QStringLiteral("") : rates.source);
}

// Inserts one row and its audit entry ("create"), inside the caller's transaction.
Status insertRow(const QSqlDatabase &db, const Clock &clock, const FeeRates &rates)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO fee_rate (") + kColumns
                  + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindRates(query, rates);
    query.addBindValue(clock.now().toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(AuditLog::currentUser());
    if (!query.exec())
        return sqlError(query.lastError().text());
    const qint64 id = query.lastInsertId().toLongLong();
    return AuditLog::record(db, clock, FeeRateRepository::AuditEntity, id, QStringLiteral("create"), {},
                            FeeRateRepository::toJson(rates));
}

QJsonObject tableDocument(const QJsonArray &years)
{
    QJsonObject document;
    document.insert(QStringLiteral("format"), QStringLiteral("bevilling-fee-rates"));
    document.insert(QStringLiteral("format_version"), 1);
    document.insert(QStringLiteral("years"), years);
    return document;
}

} // namespace

FeeRateRepository::FeeRateRepository(const Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Status FeeRateRepository::checkWritable() const
{
    if (m_db.isReadOnly()) {
        return makeError(ErrorReadOnly,
                         tr("The register is open read-only; close the other window that has it open for changes first."));
    }
    return {};
}

QJsonObject FeeRateRepository::toJson(const FeeRates &rates)
{
    QJsonObject sale;
    sale.insert(QStringLiteral("group1"), rateJson(rates.sale[0]));
    sale.insert(QStringLiteral("group2"), rateJson(rates.sale[1]));
    sale.insert(QStringLiteral("minimum"), rates.saleMinimum);
    QJsonObject serving;
    for (int g = 0; g < 3; ++g)
        serving.insert(QStringLiteral("group%1").arg(g + 1), rateJson(rates.serving[g]));
    serving.insert(QStringLiteral("minimum"), rates.servingMinimum);
    QJsonObject row;
    row.insert(QStringLiteral("year"), rates.year);
    row.insert(QStringLiteral("sale"), sale);
    row.insert(QStringLiteral("serving"), serving);
    row.insert(QStringLiteral("travelling_cap"), rateJson(rates.travellingCap));
    row.insert(QStringLiteral("source"), rates.source);
    return row;
}

Result<FeeRates> FeeRateRepository::fromJson(const QJsonObject &row)
{
    const Result<FeeRateTable> table = FeeRateTable::fromJson(tableDocument(QJsonArray{row}));
    if (!table) {
        // The table reader names the row "years[0]"; a single row has no index.
        QString field = table.error().field;
        QString message = table.error().message;
        const QString prefix = QStringLiteral("years[0].");
        if (field.startsWith(prefix))
            field = field.mid(prefix.size());
        if (message.startsWith(prefix))
            message = message.mid(prefix.size());
        return makeError(ErrorValidation, message, field, table.error().detail);
    }
    const Result<FeeRates> rates = table->forYear(row.value(QStringLiteral("year")).toInt());
    if (!rates)
        return makeError(ErrorValidation, rates.error().message, QStringLiteral("year"));
    const QList<Error> problems = problemsOf(*rates);
    if (!problems.isEmpty())
        return problems.first();
    return rates;
}

QList<Error> FeeRateRepository::problemsOf(const FeeRates &rates)
{
    QList<Error> problems;
    if (rates.year < 1900 || rates.year > 2200) {
        problems.append(makeError(ErrorValidation, tr("Year: must be a year between 1900 and 2200."), QStringLiteral("year")));
    }
    const auto check = [&problems](const std::optional<double> &value, bool required, const QString &field,
                                   const QString &label) {
        if (!value) {
            if (required)
                problems.append(makeError(ErrorValidation, tr("%1: required.").arg(label), field));
        } else if (!std::isfinite(*value) || *value < 0) {
            problems.append(makeError(ErrorValidation, tr("%1: must be a number, 0 or more.").arg(label), field));
        }
    };
    check(rates.sale[0], true, QStringLiteral("sale.group1"), tr("Sales, group 1"));
    check(rates.sale[1], false, QStringLiteral("sale.group2"), tr("Sales, group 2"));
    check(rates.saleMinimum, true, QStringLiteral("sale.minimum"), tr("Sales, minimum fee"));
    for (int g = 0; g < 3; ++g)
        check(rates.serving[g], true, QStringLiteral("serving.group%1").arg(g + 1), tr("Serving, group %1").arg(g + 1));
    check(rates.servingMinimum, true, QStringLiteral("serving.minimum"), tr("Serving, minimum fee"));
    check(rates.travellingCap, false, QStringLiteral("travelling_cap"), tr("Travelling licence, cap per occasion"));
    return problems;
}

Result<FeeRateTable> FeeRateRepository::tableOf(const QList<StoredFeeRates> &rows)
{
    QJsonArray years;
    for (const StoredFeeRates &row : rows)
        years.append(toJson(row.rates));
    const Result<FeeRateTable> table = FeeRateTable::fromJson(tableDocument(years));
    if (!table) {
        return makeError(ErrorIo, tr("The register's fee rates cannot be read: %1").arg(table.error().message),
                         table.error().field, table.error().detail);
    }
    return table;
}

Result<QList<StoredFeeRates>> FeeRateRepository::readAll(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, ") + kColumns + QStringLiteral(" FROM fee_rate ORDER BY year"));
    if (!query.exec())
        return sqlError(query.lastError().text());
    QList<StoredFeeRates> rows;
    while (query.next()) {
        StoredFeeRates row;
        row.id = query.value(0).toLongLong();
        row.rates.year = query.value(1).toInt();
        row.rates.sale[0] = rateOf(query.value(2));
        row.rates.sale[1] = rateOf(query.value(3));
        row.rates.saleMinimum = query.value(4).toDouble();
        for (int g = 0; g < 3; ++g)
            row.rates.serving[g] = rateOf(query.value(5 + g));
        row.rates.servingMinimum = query.value(8).toDouble();
        row.rates.travellingCap = rateOf(query.value(9));
        row.rates.source = query.value(10).toString();
        row.createdAt = QDateTime::fromString(query.value(11).toString(), Qt::ISODateWithMs).toUTC();
        row.user = query.value(12).toString();
        rows.append(row);
    }
    return rows;
}

Status FeeRateRepository::restore(const QSqlDatabase &db, const QList<StoredFeeRates> &rows)
{
    QSqlQuery clear(db);
    if (!clear.exec(QStringLiteral("DELETE FROM fee_rate")))
        return sqlError(clear.lastError().text());
    for (const StoredFeeRates &row : rows) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO fee_rate (") + kColumns
                      + QStringLiteral(", id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        bindRates(query, row.rates);
        query.addBindValue(row.createdAt.toUTC().toString(Qt::ISODateWithMs));
        query.addBindValue(row.user.isNull() ? QStringLiteral("") : row.user);
        query.addBindValue(row.id > 0 ? QVariant(row.id) : QVariant(QMetaType(QMetaType::LongLong)));
        if (!query.exec())
            return sqlError(query.lastError().text());
    }
    return {};
}

Result<QList<StoredFeeRates>> FeeRateRepository::rows() const
{
    return readAll(m_db.connection());
}

Result<FeeRateTable> FeeRateRepository::current() const
{
    const Result<QList<StoredFeeRates>> stored = readAll(m_db.connection());
    if (!stored)
        return stored.error();
    if (stored->isEmpty())
        return FeeRateTable::national();
    return tableOf(*stored);
}

Status FeeRateRepository::seed()
{
    const Status writable = checkWritable();
    if (!writable)
        return writable;
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return sqlError(transaction.lastError());
    const Result<QList<StoredFeeRates>> stored = readAll(db);
    if (!stored)
        return stored.error();
    if (!stored->isEmpty())
        return makeError(ErrorExists, tr("The register already has fee rates; add or correct a year instead."));
    const FeeRateTable &national = FeeRateTable::national();
    for (int year : national.years()) {
        const Status inserted = insertRow(db, m_clock, *national.forYear(year));
        if (!inserted)
            return inserted;
    }
    if (!transaction.commit())
        return sqlError(transaction.lastError());
    return {};
}

Result<FeeRateTable> FeeRateRepository::addYear(const FeeRates &rates)
{
    return save(rates, Mode::Add);
}

Result<FeeRateTable> FeeRateRepository::correctYear(const FeeRates &rates)
{
    return save(rates, Mode::Correct);
}

Result<FeeRateTable> FeeRateRepository::save(const FeeRates &rates, Mode mode)
{
    const Status writable = checkWritable();
    if (!writable)
        return writable.error();
    const QList<Error> problems = problemsOf(rates);
    if (!problems.isEmpty())
        return problems.first();

    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return sqlError(transaction.lastError());
    Result<QList<StoredFeeRates>> stored = readAll(db);
    if (!stored)
        return stored.error();
    const StoredFeeRates *existing = nullptr;
    const auto findYear = [&]() {
        existing = nullptr;
        for (const StoredFeeRates &row : *stored) {
            if (row.rates.year == rates.year)
                existing = &row;
        }
    };
    if (stored->isEmpty()) {
        const FeeRateTable &national = FeeRateTable::national();
        const bool shipped = national.years().contains(rates.year);
        // Refuse before writing anything, so that a refused save leaves the register as it was.
        if (mode == Mode::Add && shipped)
            return makeError(ErrorDuplicate, tr("Year: the table already has rates for %1; correct that year instead.").arg(rates.year),
                             QStringLiteral("year"));
        if (mode == Mode::Correct && !shipped)
            return makeError(ErrorNotFound, tr("Year: the table has no rates for %1 to correct.").arg(rates.year),
                             QStringLiteral("year"));
        // The register used the shipped table without storing it: store what the change builds on.
        for (int year : national.years()) {
            const Status inserted = insertRow(db, m_clock, *national.forYear(year));
            if (!inserted)
                return inserted.error();
        }
        stored = readAll(db);
        if (!stored)
            return stored.error();
    }
    findYear();
    if (mode == Mode::Add) {
        if (existing) {
            return makeError(ErrorDuplicate, tr("Year: the table already has rates for %1; correct that year instead.").arg(rates.year),
                             QStringLiteral("year"));
        }
        const Status inserted = insertRow(db, m_clock, rates);
        if (!inserted)
            return inserted.error();
    } else {
        if (!existing)
            return makeError(ErrorNotFound, tr("Year: the table has no rates for %1 to correct.").arg(rates.year), QStringLiteral("year"));
        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE fee_rate SET year = ?, sale_group1 = ?, sale_group2 = ?, sale_minimum = ?, "
                                     "serving_group1 = ?, serving_group2 = ?, serving_group3 = ?, serving_minimum = ?, "
                                     "travelling_cap = ?, source = ?, created_at = ?, os_user = ? WHERE id = ?"));
        bindRates(query, rates);
        query.addBindValue(m_clock.now().toUTC().toString(Qt::ISODateWithMs));
        query.addBindValue(AuditLog::currentUser());
        query.addBindValue(existing->id);
        if (!query.exec())
            return sqlError(query.lastError().text());
        const Status audited = AuditLog::record(db, m_clock, AuditEntity, existing->id, QStringLiteral("update"),
                                                toJson(existing->rates), toJson(rates));
        if (!audited)
            return audited.error();
    }
    const Result<QList<StoredFeeRates>> after = readAll(db);
    if (!after)
        return after.error();
    Result<FeeRateTable> table = tableOf(*after);
    if (!table)
        return table.error();
    if (!transaction.commit())
        return sqlError(transaction.lastError());
    return table;
}

} // namespace bevilling
