#pragma once

#include "Clock.h"
#include "Result.h"
#include "domain/Licence.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace bevilling {

class Database;

// The open exchange format (docs/exchange-format.md): the whole register as one versioned JSON
// document. Export is deterministic, so export -> import into a new file -> export gives a
// byte-identical file. Import is strict: it refuses on the first problem and names its JSON path
// (Error::field, e.g. "licences[3].licensee.org_number"); nothing is saved from a failed import.
namespace Exchange {

inline const QString FormatName = QStringLiteral("bevilling-register");
constexpr int FormatVersion = 5; // the highest version this program reads and writes

// Error codes of importRegister(); exportRegister() only fails with ErrorIo.
inline const QString ErrorInvalid = QStringLiteral("invalid_document"); // field = JSON path
inline const QString ErrorTargetNotEmpty = QStringLiteral("target_not_empty");
inline const QString ErrorReadOnly = QStringLiteral("read_only");
inline const QString ErrorIo = QStringLiteral("io");

// The register as an exchange document (UTF-8 JSON, indented, ending in a newline).
Result<QByteArray> exportRegister(const Database &db);

// Loads `json` into `db`, which must be an empty register (no licences, no audit entries), in
// one transaction: ids, time stamps and the audit log are kept as they are in the document, and
// the import itself writes no audit entry. `clock` dates what the document leaves out
// (created_at/updated_at of a licence).
Status importRegister(const Database &db, const QByteArray &json, const Clock &clock);

// Reads a licence object in the shape of the "licences" section as a case's application
// (CaseJson): the number, the period and the time stamps may be missing or null and people may be
// unnamed; nothing is validated beyond the shape. Error.field is the JSON path below `path`.
Result<Licence> readApplication(const QJsonValue &value, const QString &path);

} // namespace Exchange
} // namespace bevilling
