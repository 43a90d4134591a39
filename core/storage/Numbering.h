#pragma once

#include "Result.h"

#include <QLatin1Char>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace bevilling::Numbering {

// The next free number of a numbered record: `prefix` followed by one more than the highest number
// with that prefix in `table`.number, zero-padded to `width` digits ("2026-001", "K-2026-004",
// "S-2026-012", case "2026-0007"). `table` is a constant of the caller, never user input. A failed
// query is turned into the caller's error by `sqlError`.
inline Result<QString> next(const QSqlDatabase &db, const QString &table, const QString &prefix, int width,
                            Error (*sqlError)(const QSqlQuery &))
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT number FROM ") + table + QStringLiteral(" WHERE number LIKE ?"));
    query.addBindValue(QString(prefix + QStringLiteral("%")));
    if (!query.exec())
        return sqlError(query);
    int highest = 0;
    while (query.next()) {
        bool ok = false;
        const int n = query.value(0).toString().mid(prefix.size()).toInt(&ok);
        if (ok)
            highest = qMax(highest, n);
    }
    return QString(prefix + QStringLiteral("%1").arg(highest + 1, width, 10, QLatin1Char('0')));
}

} // namespace bevilling::Numbering
