#pragma once

#include "domain/Licence.h"

#include <QJsonObject>

namespace bevilling {

// The JSON form of a licence, shared by the audit log (before/after snapshots) and the
// exchange format (docs/exchange-format.md). Keys are snake_case and stable.
namespace LicenceJson {

QString dateToJson(const QDate &date);        // "YYYY-MM-DD", or empty
QString dateTimeToJson(const QDateTime &dt);   // ISO 8601 UTC with "Z", or empty

QJsonObject licenseeToJson(const Licensee &licensee);
QJsonObject premisesToJson(const Premises &premises);
QJsonObject personToJson(const Person &person);
// With ids of the licence and its parts when `withIds` is set (exchange and audit both use them).
QJsonObject toJson(const Licence &licence, bool withIds = true);

} // namespace LicenceJson
} // namespace bevilling
