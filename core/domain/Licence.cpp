#include "Licence.h"

#include <QLocale>
#include <QStringList>
#include <QTimeZone>

#include <cmath>

namespace bevilling {

LicenceStatus Licence::statusOn(const QDate &date) const
{
    if (endedOn.isValid() && endedOn <= date)
        return LicenceStatus::Ended;
    if (validFrom.isValid() && date < validFrom)
        return LicenceStatus::Pending;
    if (validTo.isValid() && date > validTo)
        return LicenceStatus::Expired;
    return LicenceStatus::Active;
}

QList<Person> Licence::people() const
{
    QList<Person> result;
    if (!manager.isEmpty())
        result.append(manager);
    result.append(deputies);
    return result;
}

namespace {
template<typename E, size_t N>
std::optional<E> fromKey(const QString &key, const E (&values)[N], QString (*toKey)(E))
{
    for (E value : values) {
        if (toKey(value) == key)
            return value;
    }
    return std::nullopt;
}

const LicenceKind kAllKinds[] = {LicenceKind::Sale, LicenceKind::Serving, LicenceKind::SingleOccasion,
                                 LicenceKind::Travelling};
const PremisesType kAllPremisesTypes[] = {PremisesType::Restaurant, PremisesType::Bar,        PremisesType::Nightclub,
                                          PremisesType::Hotel,      PremisesType::Cafe,       PremisesType::Shop,
                                          PremisesType::EventVenue, PremisesType::Boat,       PremisesType::SportsArena,
                                          PremisesType::Other};
const PersonRole kAllRoles[] = {PersonRole::Manager, PersonRole::Deputy};
const EndReason kAllEndReasons[] = {EndReason::Surrendered, EndReason::Revoked, EndReason::Transferred,
                                    EndReason::Closed, EndReason::Other};
const LicenceStatus kAllStatuses[] = {LicenceStatus::Pending, LicenceStatus::Active, LicenceStatus::Expired,
                                      LicenceStatus::Ended};
} // namespace

QString DomainTexts::kindKey(LicenceKind kind)
{
    switch (kind) {
    case LicenceKind::Sale: return QStringLiteral("sale");
    case LicenceKind::Serving: return QStringLiteral("serving");
    case LicenceKind::SingleOccasion: return QStringLiteral("single_occasion");
    case LicenceKind::Travelling: return QStringLiteral("travelling");
    }
    return {};
}

std::optional<LicenceKind> DomainTexts::kindFromKey(const QString &key)
{
    return fromKey(key, kAllKinds, &DomainTexts::kindKey);
}

QString DomainTexts::kindName(LicenceKind kind)
{
    switch (kind) {
    case LicenceKind::Sale: return tr("Sales licence");
    case LicenceKind::Serving: return tr("Serving licence");
    case LicenceKind::SingleOccasion: return tr("Single occasion");
    case LicenceKind::Travelling: return tr("Travelling licence");
    }
    return {};
}

QList<LicenceKind> DomainTexts::allKinds()
{
    return QList<LicenceKind>(std::begin(kAllKinds), std::end(kAllKinds));
}

QString DomainTexts::premisesTypeKey(PremisesType type)
{
    switch (type) {
    case PremisesType::Restaurant: return QStringLiteral("restaurant");
    case PremisesType::Bar: return QStringLiteral("bar");
    case PremisesType::Nightclub: return QStringLiteral("nightclub");
    case PremisesType::Hotel: return QStringLiteral("hotel");
    case PremisesType::Cafe: return QStringLiteral("cafe");
    case PremisesType::Shop: return QStringLiteral("shop");
    case PremisesType::EventVenue: return QStringLiteral("event_venue");
    case PremisesType::Boat: return QStringLiteral("boat");
    case PremisesType::SportsArena: return QStringLiteral("sports_arena");
    case PremisesType::Other: return QStringLiteral("other");
    }
    return {};
}

std::optional<PremisesType> DomainTexts::premisesTypeFromKey(const QString &key)
{
    return fromKey(key, kAllPremisesTypes, &DomainTexts::premisesTypeKey);
}

QString DomainTexts::premisesTypeName(PremisesType type)
{
    switch (type) {
    case PremisesType::Restaurant: return tr("Restaurant");
    case PremisesType::Bar: return tr("Bar / pub");
    case PremisesType::Nightclub: return tr("Nightclub");
    case PremisesType::Hotel: return tr("Hotel");
    case PremisesType::Cafe: return tr("Café");
    case PremisesType::Shop: return tr("Grocery shop");
    case PremisesType::EventVenue: return tr("Event venue");
    case PremisesType::Boat: return tr("Boat");
    case PremisesType::SportsArena: return tr("Sports arena");
    case PremisesType::Other: return tr("Other");
    }
    return {};
}

QList<PremisesType> DomainTexts::allPremisesTypes()
{
    return QList<PremisesType>(std::begin(kAllPremisesTypes), std::end(kAllPremisesTypes));
}

QString DomainTexts::roleKey(PersonRole role)
{
    return role == PersonRole::Manager ? QStringLiteral("manager") : QStringLiteral("deputy");
}

std::optional<PersonRole> DomainTexts::roleFromKey(const QString &key)
{
    return fromKey(key, kAllRoles, &DomainTexts::roleKey);
}

QString DomainTexts::roleName(PersonRole role)
{
    return role == PersonRole::Manager ? tr("Manager") : tr("Deputy");
}

QString DomainTexts::endReasonKey(EndReason reason)
{
    switch (reason) {
    case EndReason::Surrendered: return QStringLiteral("surrendered");
    case EndReason::Revoked: return QStringLiteral("revoked");
    case EndReason::Transferred: return QStringLiteral("transferred");
    case EndReason::Closed: return QStringLiteral("closed");
    case EndReason::Other: return QStringLiteral("other");
    }
    return {};
}

std::optional<EndReason> DomainTexts::endReasonFromKey(const QString &key)
{
    return fromKey(key, kAllEndReasons, &DomainTexts::endReasonKey);
}

QString DomainTexts::endReasonName(EndReason reason)
{
    switch (reason) {
    case EndReason::Surrendered: return tr("Surrendered by the licensee");
    case EndReason::Revoked: return tr("Revoked");
    case EndReason::Transferred: return tr("Business transferred (lapsed)");
    case EndReason::Closed: return tr("Business closed down");
    case EndReason::Other: return tr("Other reason");
    }
    return {};
}

QList<EndReason> DomainTexts::allEndReasons()
{
    return QList<EndReason>(std::begin(kAllEndReasons), std::end(kAllEndReasons));
}

QString DomainTexts::statusKey(LicenceStatus status)
{
    switch (status) {
    case LicenceStatus::Pending: return QStringLiteral("pending");
    case LicenceStatus::Active: return QStringLiteral("active");
    case LicenceStatus::Expired: return QStringLiteral("expired");
    case LicenceStatus::Ended: return QStringLiteral("ended");
    }
    return {};
}

std::optional<LicenceStatus> DomainTexts::statusFromKey(const QString &key)
{
    return fromKey(key, kAllStatuses, &DomainTexts::statusKey);
}

QString DomainTexts::statusName(LicenceStatus status)
{
    switch (status) {
    case LicenceStatus::Pending: return tr("Not yet valid");
    case LicenceStatus::Active: return tr("Active");
    case LicenceStatus::Expired: return tr("Expired");
    case LicenceStatus::Ended: return tr("Ended");
    }
    return {};
}

QList<LicenceStatus> DomainTexts::allStatuses()
{
    return QList<LicenceStatus>(std::begin(kAllStatuses), std::end(kAllStatuses));
}

QString DomainTexts::groupsText(int groups)
{
    QStringList parts;
    for (int g : groupList(groups))
        parts.append(QString::number(g));
    return parts.join(QLatin1Char('+'));
}

std::optional<int> DomainTexts::groupsFromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return 0;
    int mask = 0;
    for (const QString &part : trimmed.split(QLatin1Char('+'))) {
        bool ok = false;
        const int g = part.trimmed().toInt(&ok);
        if (!ok || g < 1 || g > 3)
            return std::nullopt;
        const int bit = 1 << (g - 1);
        if (mask & bit)
            return std::nullopt;
        mask |= bit;
    }
    return mask;
}

QList<int> DomainTexts::groupList(int groups)
{
    QList<int> result;
    for (int g = 1; g <= 3; ++g) {
        if (groups & (1 << (g - 1)))
            result.append(g);
    }
    return result;
}

QString formatDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

QString formatDateTime(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")) : QString();
}

QString formatAmount(double kroner)
{
    // Norwegian style: "kr 20 326,00" (space as the thousands separator, comma for øre).
    const qint64 ore = qRound64(kroner * 100.0);
    const bool negative = ore < 0;
    const qint64 absOre = negative ? -ore : ore;
    QString whole = QString::number(absOre / 100);
    for (int i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, QLatin1Char(' '));
    const QString fraction = QStringLiteral("%1").arg(absOre % 100, 2, 10, QLatin1Char('0'));
    return QStringLiteral("kr ") + (negative ? QStringLiteral("-") : QString()) + whole + QLatin1Char(',') + fraction;
}

} // namespace bevilling
