#pragma once

#include "storage/AuditLog.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace bevilling {

// One audit entry as the "Historikk" tab shows it.
struct HistoryItem
{
    QString when;        // dd.MM.yyyy HH:mm, local time
    QString user;        // OS user
    QString action;      // "Changed", "Ended", ...
    QStringList changes; // "Manager: Kari Nordmann → Nina Berg"
};

class HistoryFormatter
{
    Q_DECLARE_TR_FUNCTIONS(HistoryFormatter)
public:
    // Newest first. A creation lists no field changes (every field would be new).
    static QList<HistoryItem> format(const QList<AuditEntry> &entries);
    static QString changeText(const AuditChange &change);
    // A snapshot value as a person reads it: dates dd.MM.yyyy, keys as names, "(empty)".
    static QString valueText(const QString &path, const QString &value);
};

} // namespace bevilling
