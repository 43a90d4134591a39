#pragma once

#include "Result.h"
#include "cases/Case.h"

#include <QJsonObject>

namespace bevilling {

// The JSON form of a case: audit snapshots, the exchange format's "cases" section and
// `bevilling-cli cases --json`. Keys are snake_case and stable (docs/exchange-format.md).
// Attachments are listed with their metadata (name, mime_type, size, sha256, category,
// added_at, added_by), never their content.
namespace CaseJson {

QJsonObject statementToJson(const CaseStatement &statement);
QJsonObject attachmentToJson(const CaseAttachment &attachment);
QJsonObject eventToJson(const CaseEvent &event);
QJsonObject decisionToJson(const CaseDecision &decision);
QJsonObject appealToJson(const CaseAppeal &appeal);
// The application (what is applied for, in the shape of a licence) as the "application" member
// holds it: the licence JSON with ids, and null for a period or time stamps not given yet.
QJsonObject applicationToJson(const Licence &application);
// The whole case including statements, attachments (metadata), events, decision and appeal.
QJsonObject toJson(const Case &c);

// The inverse, for the importer; Error.field is the JSON path below `path` ("cases[2].statements[0].deadline").
Result<Case> fromJson(const QJsonObject &object, const QString &path);

} // namespace CaseJson
} // namespace bevilling
