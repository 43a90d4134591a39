#include "LetterTemplates.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace bevilling {

namespace {

Result<std::optional<QString>> storedTemplate(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT setting_value FROM register_setting WHERE setting_key = ?"));
    query.addBindValue(key);
    if (!query.exec()) {
        return makeError(LetterTemplates::ErrorIo, LetterTemplates::tr("Could not read the letter templates."), {},
                         query.lastError().text());
    }
    if (!query.next())
        return std::optional<QString>();
    return std::optional<QString>(query.value(0).toString());
}

// The audit snapshot: the stored template, or null for "the shipped one".
QJsonObject snapshot(const QString &key, const std::optional<QString> &html)
{
    QJsonObject o;
    o.insert(key, html ? QJsonValue(*html) : QJsonValue(QJsonValue::Null));
    return o;
}

} // namespace

LetterTemplates::LetterTemplates(const Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

QString LetterTemplates::settingKey(LetterKind kind)
{
    return QStringLiteral("letter_template.") + LetterTemplate::kindKey(kind);
}

Result<QString> LetterTemplates::load(LetterKind kind) const
{
    Result<std::optional<QString>> stored = storedTemplate(m_db.connection(), settingKey(kind));
    if (!stored)
        return stored.error();
    if (*stored && !(*stored)->trimmed().isEmpty())
        return **stored;
    const QString shipped = LetterTemplate::shipped(kind);
    if (shipped.isEmpty())
        return makeError(ErrorIo, tr("The program's own letter template is missing."));
    return shipped;
}

Result<bool> LetterTemplates::isCustomised(LetterKind kind) const
{
    const Result<std::optional<QString>> stored = storedTemplate(m_db.connection(), settingKey(kind));
    if (!stored)
        return stored.error();
    return stored->has_value();
}

Status LetterTemplates::save(LetterKind kind, const QString &html)
{
    if (m_db.isReadOnly())
        return makeError(ErrorReadOnly, tr("The register is open read-only."));
    if (html.trimmed().isEmpty())
        return makeError(ErrorValidation, tr("Template: the letter cannot be empty."), FieldTemplate);
    const QStringList unknown = LetterTemplate::unknownPlaceholders(html);
    if (!unknown.isEmpty())
        return makeError(ErrorValidation, tr("Template: %1").arg(LetterTemplate::unknownPlaceholdersMessage(unknown)),
                         FieldTemplate);
    return write(kind, html);
}

Status LetterTemplates::reset(LetterKind kind)
{
    if (m_db.isReadOnly())
        return makeError(ErrorReadOnly, tr("The register is open read-only."));
    return write(kind, QString());
}

// Stores `html`, or removes the stored template when it is null; with the audit entry.
Status LetterTemplates::write(LetterKind kind, const QString &html)
{
    const QString key = settingKey(kind);
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return makeError(ErrorIo, tr("Could not save the letter template."), {}, transaction.lastError());
    const Result<std::optional<QString>> before = storedTemplate(db, key);
    if (!before)
        return before.error();
    const std::optional<QString> after = html.isNull() ? std::nullopt : std::optional<QString>(html);
    if (*before == after)
        return {};

    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM register_setting WHERE setting_key = ?"));
    remove.addBindValue(key);
    if (!remove.exec())
        return makeError(ErrorIo, tr("Could not save the letter template."), {}, remove.lastError().text());
    if (after) {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO register_setting (setting_key, setting_value) VALUES (?, ?)"));
        insert.addBindValue(key);
        insert.addBindValue(*after);
        if (!insert.exec())
            return makeError(ErrorIo, tr("Could not save the letter template."), {}, insert.lastError().text());
    }
    const Status audited = AuditLog::record(db, m_clock, AuditEntity, 0, QStringLiteral("update"),
                                            snapshot(key, *before), snapshot(key, after));
    if (!audited)
        return audited;
    if (!transaction.commit())
        return makeError(ErrorIo, tr("Could not save the letter template."), {}, transaction.lastError());
    return {};
}

} // namespace bevilling
