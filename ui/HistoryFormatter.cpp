#include "HistoryFormatter.h"

#include "domain/Licence.h"

#include <QDate>
#include <QRegularExpression>

#include <algorithm>

namespace bevilling {

QString HistoryFormatter::valueText(const QString &path, const QString &value)
{
    if (value.isEmpty())
        return tr("(empty)");
    if (path == QLatin1String("kind")) {
        if (const std::optional<LicenceKind> kind = DomainTexts::kindFromKey(value))
            return DomainTexts::kindName(*kind);
    } else if (path == QLatin1String("premises.type")) {
        if (const std::optional<PremisesType> type = DomainTexts::premisesTypeFromKey(value))
            return DomainTexts::premisesTypeName(*type);
    } else if (path == QLatin1String("ended.reason")) {
        if (const std::optional<EndReason> reason = DomainTexts::endReasonFromKey(value))
            return DomainTexts::endReasonName(*reason);
    }
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (isoDate.match(value).hasMatch()) {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (date.isValid())
            return formatDate(date);
    }
    return value;
}

QString HistoryFormatter::changeText(const AuditChange &change)
{
    return tr("%1: %2 → %3").arg(change.label, valueText(change.path, change.before), valueText(change.path, change.after));
}

QList<HistoryItem> HistoryFormatter::format(const QList<AuditEntry> &entries)
{
    QList<AuditEntry> sorted = entries;
    std::stable_sort(sorted.begin(), sorted.end(), [](const AuditEntry &a, const AuditEntry &b) {
        return a.at != b.at ? a.at > b.at : a.id > b.id;
    });
    QList<HistoryItem> items;
    for (const AuditEntry &entry : sorted) {
        HistoryItem item;
        item.when = formatDateTime(entry.at);
        item.user = entry.user;
        item.action = AuditLog::actionName(entry.action);
        if (!entry.before.isEmpty() && !entry.after.isEmpty()) {
            for (const AuditChange &change : AuditLog::changes(entry.before, entry.after))
                item.changes.append(changeText(change));
        }
        items.append(item);
    }
    return items;
}

} // namespace bevilling
