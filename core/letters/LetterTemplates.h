#pragma once

#include "Clock.h"
#include "Result.h"
#include "letters/LetterTemplate.h"

#include <QCoreApplication>
#include <QString>

namespace bevilling {

class Database;

// The register's own decision-letter templates. An administrator's edited template is stored in
// the register (table register_setting, keys "letter_template.grant" and
// "letter_template.refusal"), so that it travels with the file; without one, the shipped template
// is used. Saving and resetting are one transaction each with an audit entry (entity "register").
class LetterTemplates
{
    Q_DECLARE_TR_FUNCTIONS(LetterTemplates)
public:
    static inline const QString AuditEntity = QStringLiteral("register");
    static inline const QString ErrorValidation = QStringLiteral("validation");
    static inline const QString ErrorReadOnly = QStringLiteral("read_only");
    static inline const QString ErrorIo = QStringLiteral("io");
    // The field errors name: the template text.
    static inline const QString FieldTemplate = QStringLiteral("template");

    LetterTemplates(const Database &db, const Clock &clock);

    static QString settingKey(LetterKind kind);

    // The register's template, or the shipped one when the register has none.
    Result<QString> load(LetterKind kind) const;
    // True when the register holds an edited template of this kind.
    Result<bool> isCustomised(LetterKind kind) const;
    // Stores `html` as the register's template. Refused (field "template", nothing changed) when it
    // is empty or holds placeholders that are not merge fields; the message names them.
    Status save(LetterKind kind, const QString &html);
    // Removes the register's template, so that the shipped one is used again.
    Status reset(LetterKind kind);

private:
    Status write(LetterKind kind, const QString &html);

    const Database &m_db;
    const Clock &m_clock;
};

} // namespace bevilling
