#pragma once

#include "cases/Case.h"
#include "domain/Licence.h"
#include "storage/RegisterSettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace bevilling {

// The two decision letters (vedtaksbrev): a grant and a refusal.
enum class LetterKind {
    Grant,   // "grant"   innvilgelse
    Refusal, // "refusal" avslag
};

// One merge field an administrator can put in a template as {{key}}.
struct LetterField
{
    QString key;         // "bevillingshaver"
    QString description; // what it holds, for the template editor's list
};

// Decision letters are HTML templates with placeholders {{key}} (spaces inside the braces are
// allowed: {{ key }}). The keys are Norwegian, like the letters. The values that fill them are
// Norwegian too, whatever language the program itself runs in: a vedtaksbrev is a Norwegian
// document. Values are HTML-escaped when merged; line breaks in them become <br>.
class LetterTemplate
{
    Q_DECLARE_TR_FUNCTIONS(LetterTemplate)
public:
    static QString kindKey(LetterKind kind);
    static std::optional<LetterKind> kindFromKey(const QString &key);
    static QString kindName(LetterKind kind);
    static QList<LetterKind> allKinds();
    // The letter a decision calls for; nullopt for a case without a decision.
    static std::optional<LetterKind> kindFor(const Case &c);

    // The template shipped with the program (resources/letters, embedded as :/letters/...).
    static QString shipped(LetterKind kind);

    // Every merge field in the order the editor lists them.
    static QList<LetterField> allFields();
    static QStringList fieldKeys();

    // The values of every merge field for a case. `licence` is the licence the case concerns
    // (after a grant: the granted licence), or null; the case's application fills what the
    // licence does not. `today` is the letter's date.
    static QMap<QString, QString> fields(const Case &c, const Licence *licence, const RegisterInfo &info,
                                         const QDate &today);
    // Plausible values for every field, for the editor's preview.
    static QMap<QString, QString> exampleFields(LetterKind kind, const QDate &today);

    // Replaces every {{key}} that `fields` holds with its HTML-escaped value. Placeholders it does
    // not hold stay in the text as they were written, so that a mistyped one is seen in the letter.
    // A table row (<tr>…</tr>) whose placeholders are all known and all empty is left out.
    static QString merge(const QString &templateHtml, const QMap<QString, QString> &fields);
    // The placeholders in `templateHtml` that are not merge fields, in order of first appearance,
    // as written between the braces (trimmed); a "{{" that is never closed is listed as written,
    // braces included, with the few characters that follow it ("{{kommune}").
    static QStringList unknownPlaceholders(const QString &templateHtml);
    // "Unknown merge fields: {{kommmune}}, {{dato2}}" for an editor or an error; empty when none.
    static QString unknownPlaceholdersMessage(const QStringList &unknown);
};

} // namespace bevilling
