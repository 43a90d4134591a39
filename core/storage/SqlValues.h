#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

// How domain values are stored in SQL columns, shared by the repositories so that every table
// reads and writes dates and timestamps the same way (portable: plain TEXT, no SQLite functions).
namespace bevilling::SqlValues {

// A date as 'YYYY-MM-DD', or SQL NULL when invalid.
inline QVariant date(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

inline QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

// A moment as ISO 8601 UTC with milliseconds.
inline QString timestamp(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime timestampFrom(const QVariant &value)
{
    QDateTime dt = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return dt.isValid() ? dt.toUTC() : dt;
}

// Empty text as SQL NULL (nullable columns).
inline QVariant nullableText(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

// Text for a NOT NULL column: a null QString would bind as SQL NULL, so bind "" instead.
inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

// An optional enum as its stable key, or SQL NULL.
template<typename E>
QVariant key(const std::optional<E> &value, QString (*toKey)(E))
{
    return value ? QVariant(toKey(*value)) : QVariant();
}

} // namespace bevilling::SqlValues
