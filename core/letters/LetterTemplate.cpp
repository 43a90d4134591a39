#include "LetterTemplate.h"

#include "validation/OrgNumber.h"

#include <QFile>
#include <QRegularExpression>

namespace bevilling {

namespace {

// {{key}}: anything but braces between two pairs of braces.
const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{([^{}]*)\\}\\}"));
    return pattern;
}

// The letters' words. They are Norwegian whatever the program's language: the letter is.
QString licenceNoun(const Licence &licence)
{
    switch (licence.kind) {
    case LicenceKind::Sale:
        return QStringLiteral("salgsbevilling");
    case LicenceKind::Serving:
        return licence.closedParty ? QStringLiteral("skjenkebevilling for sluttede selskaper")
                                   : QStringLiteral("skjenkebevilling");
    case LicenceKind::SingleOccasion:
        return QStringLiteral("skjenkebevilling for en enkelt anledning");
    case LicenceKind::Travelling:
        return QStringLiteral("ambulerende skjenkebevilling");
    }
    return QStringLiteral("bevilling");
}

QString caseTypeName(CaseType type)
{
    switch (type) {
    case CaseType::NewLicence:
        return QStringLiteral("Ny bevilling");
    case CaseType::Renewal:
        return QStringLiteral("Fornyelse av bevilling");
    case CaseType::Transfer:
        return QStringLiteral("Eierskifte");
    case CaseType::ChangeOfManager:
        return QStringLiteral("Endring av styrer eller stedfortreder");
    case CaseType::Extension:
        return QStringLiteral("Utvidet areal eller skjenketid");
    case CaseType::SingleOccasion:
        return QStringLiteral("Enkelt anledning");
    case CaseType::TravellingUse:
        return QStringLiteral("Bruk av ambulerende bevilling");
    }
    return QString();
}

// What the application is about, as in "søknad om ...".
QString subject(CaseType type, const Licence &licence)
{
    const QString noun = licenceNoun(licence);
    switch (type) {
    case CaseType::NewLicence:
        return noun;
    case CaseType::Renewal:
        return QStringLiteral("fornyet ") + noun;
    case CaseType::Transfer:
        return noun + QStringLiteral(" ved eierskifte");
    case CaseType::ChangeOfManager:
        return QStringLiteral("godkjenning av styrer og stedfortreder");
    case CaseType::Extension:
        return QStringLiteral("endring av ") + noun + QStringLiteral(" (utvidet areal eller skjenketid)");
    case CaseType::SingleOccasion:
        return QStringLiteral("skjenkebevilling for en enkelt anledning");
    case CaseType::TravellingUse:
        return QStringLiteral("bruk av ambulerende skjenkebevilling");
    }
    return noun;
}

// "a", "a og b", "a, b og c".
QString joinNorwegian(const QStringList &items)
{
    if (items.isEmpty())
        return QString();
    if (items.size() == 1)
        return items.first();
    return QStringList(items.mid(0, items.size() - 1)).join(QStringLiteral(", ")) + QStringLiteral(" og ") + items.last();
}

QString legalBasis(CaseType type, const Licence &licence)
{
    QStringList sections = {QStringLiteral("1-4a"), QStringLiteral("1-6"), QStringLiteral("1-7")};
    if (type == CaseType::ChangeOfManager)
        sections << QStringLiteral("1-7c");
    if (type == CaseType::Transfer)
        sections << QStringLiteral("1-10");
    switch (licence.kind) {
    case LicenceKind::Sale:
        sections << QStringLiteral("3-1");
        break;
    case LicenceKind::Serving:
    case LicenceKind::SingleOccasion:
        sections << QStringLiteral("4-2");
        break;
    case LicenceKind::Travelling:
        sections << QStringLiteral("4-5");
        break;
    }
    return QStringLiteral("alkoholloven §§ ") + joinNorwegian(sections);
}

QString groupsText(int groups)
{
    QStringList numbers;
    for (const int group : DomainTexts::groupList(groups))
        numbers << QString::number(group == Group1 ? 1 : group == Group2 ? 2 : 3);
    if (numbers.isEmpty())
        return QString();
    return QStringLiteral("gruppe ") + joinNorwegian(numbers);
}

QString areasText(const Licence &licence)
{
    QStringList lines;
    if (licence.indoor) {
        lines << (licence.indoorDescription.trimmed().isEmpty()
                      ? QStringLiteral("Innendørs")
                      : QStringLiteral("Innendørs: ") + licence.indoorDescription.trimmed());
    }
    if (licence.outdoor) {
        lines << (licence.outdoorDescription.trimmed().isEmpty()
                      ? QStringLiteral("Utendørs")
                      : QStringLiteral("Utendørs: ") + licence.outdoorDescription.trimmed());
    }
    return lines.join(QLatin1Char('\n'));
}

QString premisesAddress(const Premises &premises)
{
    const QString place = QStringList{premises.postalCode.trimmed(), premises.postalPlace.trimmed()}
                              .filter(QRegularExpression(QStringLiteral("\\S")))
                              .join(QLatin1Char(' '));
    QStringList parts;
    if (!premises.address.trimmed().isEmpty())
        parts << premises.address.trimmed();
    if (!place.isEmpty())
        parts << place;
    return parts.join(QStringLiteral(", "));
}

// The first non-empty of the values.
QString firstOf(const QString &preferred, const QString &fallback)
{
    return preferred.trimmed().isEmpty() ? fallback.trimmed() : preferred.trimmed();
}

QDate firstDate(const QDate &a, const QDate &b, const QDate &c)
{
    return a.isValid() ? a : b.isValid() ? b : c;
}

QString escaped(const QString &value)
{
    QString html = value.toHtmlEscaped();
    html.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

} // namespace

QString LetterTemplate::kindKey(LetterKind kind)
{
    return kind == LetterKind::Grant ? QStringLiteral("grant") : QStringLiteral("refusal");
}

std::optional<LetterKind> LetterTemplate::kindFromKey(const QString &key)
{
    for (const LetterKind kind : allKinds()) {
        if (kindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString LetterTemplate::kindName(LetterKind kind)
{
    return kind == LetterKind::Grant ? tr("Grant") : tr("Refusal");
}

QList<LetterKind> LetterTemplate::allKinds()
{
    return {LetterKind::Grant, LetterKind::Refusal};
}

std::optional<LetterKind> LetterTemplate::kindFor(const Case &c)
{
    if (!c.decision)
        return std::nullopt;
    return c.decision->outcome == DecisionOutcome::Granted ? LetterKind::Grant : LetterKind::Refusal;
}

QString LetterTemplate::shipped(LetterKind kind)
{
    QFile file(kind == LetterKind::Grant ? QStringLiteral(":/letters/vedtak-innvilget.html")
                                         : QStringLiteral(":/letters/vedtak-avslag.html"));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

QList<LetterField> LetterTemplate::allFields()
{
    return {
        {QStringLiteral("kommune"), tr("Municipality name")},
        {QStringLiteral("kommunenummer"), tr("Municipality number")},
        {QStringLiteral("dato"), tr("Date of the letter (today)")},
        {QStringLiteral("saksbehandler"), tr("Officer handling the case")},
        {QStringLiteral("saksnummer"), tr("Case number")},
        {QStringLiteral("mottatt_dato"), tr("Date the application was received")},
        {QStringLiteral("sakstype"), tr("Case type")},
        {QStringLiteral("vedtak_tittel"), tr("Heading of the decision (grant or refusal, by case type)")},
        {QStringLiteral("soknaden_gjelder"), tr("What was applied for, as in \"søknad om ...\"")},
        {QStringLiteral("bevillingstype"), tr("Kind of licence")},
        {QStringLiteral("lovhjemmel"), tr("Legal basis (sections of the Alcohol Act)")},
        {QStringLiteral("bevillingsnummer"), tr("Licence number")},
        {QStringLiteral("bevillingshaver"), tr("Licensee's name")},
        {QStringLiteral("organisasjonsnummer"), tr("Licensee's organisation number")},
        {QStringLiteral("bevillingshaver_adresse"), tr("Licensee's address")},
        {QStringLiteral("sted_navn"), tr("Premises' name")},
        {QStringLiteral("sted_adresse"), tr("Premises' address")},
        {QStringLiteral("styrer"), tr("Manager")},
        {QStringLiteral("stedfortredere"), tr("Deputies")},
        {QStringLiteral("alkoholgrupper"), tr("Alcohol groups (\"gruppe 1, 2 og 3\")")},
        {QStringLiteral("arealer"), tr("Serving or sales areas")},
        {QStringLiteral("arrangement"), tr("The occasion (single occasion, travelling licence)")},
        {QStringLiteral("periode_fra"), tr("Period from")},
        {QStringLiteral("periode_til"), tr("Period to")},
        {QStringLiteral("vedtaksdato"), tr("Date of the decision")},
        {QStringLiteral("vedtaksorgan"), tr("How it was decided (politically or by delegated authority)")},
        {QStringLiteral("vedtatt_av"), tr("Who decided (officer or council body)")},
        {QStringLiteral("referanse"), tr("Decision or case reference")},
        {QStringLiteral("begrunnelse"), tr("Reason for a refusal")},
        {QStringLiteral("vilkar"), tr("Conditions (vilkår) set in the decision")},
    };
}

QStringList LetterTemplate::fieldKeys()
{
    QStringList keys;
    for (const LetterField &field : allFields())
        keys << field.key;
    return keys;
}

QMap<QString, QString> LetterTemplate::fields(const Case &c, const Licence *licence, const RegisterInfo &info,
                                              const QDate &today)
{
    const Licence &app = c.application;
    const Licence empty;
    const Licence &lic = licence ? *licence : empty;
    // The application says what was applied for; the licence fills what the application leaves out.
    Licence merged = app;
    if (licence) {
        merged.licensee.name = firstOf(app.licensee.name, lic.licensee.name);
        merged.licensee.orgNumber = firstOf(app.licensee.orgNumber, lic.licensee.orgNumber);
        merged.licensee.address = firstOf(app.licensee.address, lic.licensee.address);
        if (app.premises.name.trimmed().isEmpty() && app.premises.address.trimmed().isEmpty())
            merged.premises = lic.premises;
        merged.manager.name = firstOf(app.manager.name, lic.manager.name);
        if (app.deputies.isEmpty())
            merged.deputies = lic.deputies;
        if (app.groups == 0)
            merged.groups = lic.groups;
        if (!app.indoor && !app.outdoor) {
            merged.indoor = lic.indoor;
            merged.indoorDescription = lic.indoorDescription;
            merged.outdoor = lic.outdoor;
            merged.outdoorDescription = lic.outdoorDescription;
        }
        merged.eventName = firstOf(app.eventName, lic.eventName);
    }

    const std::optional<CaseDecision> &decision = c.decision;
    const bool refused = decision && decision->outcome == DecisionOutcome::Refused;

    QStringList deputies;
    for (const Person &deputy : merged.deputies) {
        if (!deputy.name.trimmed().isEmpty())
            deputies << deputy.name.trimmed();
    }

    QString officer = c.assignedTo.trimmed();
    if (officer.isEmpty() && decision && decision->body == DecisionBody::Delegated)
        officer = decision->decidedBy.trimmed();

    const QString about = subject(c.type, merged);
    QMap<QString, QString> values;
    values.insert(QStringLiteral("kommune"), info.municipalityName.trimmed());
    values.insert(QStringLiteral("kommunenummer"), info.municipalityNumber.trimmed());
    values.insert(QStringLiteral("dato"), formatDate(today));
    values.insert(QStringLiteral("saksbehandler"), officer);
    values.insert(QStringLiteral("saksnummer"), c.number);
    values.insert(QStringLiteral("mottatt_dato"), formatDate(c.receivedOn));
    values.insert(QStringLiteral("sakstype"), caseTypeName(c.type));
    values.insert(QStringLiteral("vedtak_tittel"),
                  refused ? QStringLiteral("Vedtak om avslag på søknad om ") + about : QStringLiteral("Vedtak om ") + about);
    values.insert(QStringLiteral("soknaden_gjelder"), about);
    values.insert(QStringLiteral("bevillingstype"), licenceNoun(merged));
    values.insert(QStringLiteral("lovhjemmel"), legalBasis(c.type, merged));
    values.insert(QStringLiteral("bevillingsnummer"), firstOf(lic.number, app.number));
    values.insert(QStringLiteral("bevillingshaver"), merged.licensee.name.trimmed());
    values.insert(QStringLiteral("organisasjonsnummer"),
                  merged.licensee.orgNumber.trimmed().isEmpty() ? QString() : OrgNumber::formatted(merged.licensee.orgNumber));
    values.insert(QStringLiteral("bevillingshaver_adresse"), merged.licensee.address.trimmed());
    values.insert(QStringLiteral("sted_navn"), merged.premises.name.trimmed());
    values.insert(QStringLiteral("sted_adresse"), premisesAddress(merged.premises));
    values.insert(QStringLiteral("styrer"), merged.manager.name.trimmed());
    values.insert(QStringLiteral("stedfortredere"), joinNorwegian(deputies));
    values.insert(QStringLiteral("alkoholgrupper"), groupsText(merged.groups));
    values.insert(QStringLiteral("arealer"), areasText(merged));
    values.insert(QStringLiteral("arrangement"), merged.eventName.trimmed());
    const QDate from = firstDate(decision ? decision->validFrom : QDate(), app.validFrom, lic.validFrom);
    const QDate to = firstDate(decision ? decision->validTo : QDate(), app.validTo, lic.validTo);
    values.insert(QStringLiteral("periode_fra"), formatDate(from));
    values.insert(QStringLiteral("periode_til"), formatDate(to));
    values.insert(QStringLiteral("vedtaksdato"), decision ? formatDate(decision->decidedOn) : QString());
    values.insert(QStringLiteral("vedtaksorgan"),
                  !decision ? QString()
                  : decision->body == DecisionBody::Council ? QStringLiteral("politisk")
                                                            : QStringLiteral("etter delegert myndighet"));
    values.insert(QStringLiteral("vedtatt_av"), decision ? decision->decidedBy.trimmed() : QString());
    values.insert(QStringLiteral("referanse"), decision ? decision->reference.trimmed() : QString());
    values.insert(QStringLiteral("begrunnelse"), decision ? decision->reason.trimmed() : QString());
    const QString conditions = decision && !decision->conditions.trimmed().isEmpty() ? decision->conditions.trimmed()
                                                                                     : firstOf(app.conditions, lic.conditions);
    values.insert(QStringLiteral("vilkar"), conditions);
    return values;
}

QMap<QString, QString> LetterTemplate::exampleFields(LetterKind kind, const QDate &today)
{
    Case c;
    c.number = QStringLiteral("%1-0042").arg(today.year());
    c.type = CaseType::NewLicence;
    c.receivedOn = today.addDays(-60);
    c.assignedTo = QStringLiteral("Kari Saksbehandler");
    Licence &a = c.application;
    a.kind = LicenceKind::Serving;
    a.licensee.name = QStringLiteral("Fjordkroa AS");
    a.licensee.orgNumber = QStringLiteral("923609016");
    a.licensee.address = QStringLiteral("Postboks 12, 1337 Sandvika");
    a.premises.name = QStringLiteral("Fjordkroa");
    a.premises.address = QStringLiteral("Sandviksveien 12");
    a.premises.postalCode = QStringLiteral("1337");
    a.premises.postalPlace = QStringLiteral("Sandvika");
    a.manager.name = QStringLiteral("Ola Nordmann");
    Person deputy;
    deputy.role = PersonRole::Deputy;
    deputy.name = QStringLiteral("Per Hansen");
    a.deputies = {deputy};
    a.groups = Group1 | Group2 | Group3;
    a.indoor = true;
    a.indoorDescription = QStringLiteral("Restaurantsal, 1. etasje");
    a.outdoor = true;
    a.outdoorDescription = QStringLiteral("Uteservering mot sjøen");
    CaseDecision d;
    d.outcome = kind == LetterKind::Grant ? DecisionOutcome::Granted : DecisionOutcome::Refused;
    d.body = DecisionBody::Delegated;
    d.decidedBy = QStringLiteral("Kari Saksbehandler");
    d.decidedOn = today;
    d.reference = QStringLiteral("%1/1234-5").arg(today.year());
    if (kind == LetterKind::Grant) {
        d.validFrom = today;
        d.validTo = QDate(today.year() + 2, 9, 30);
        d.conditions = QStringLiteral("Skjenking ute avsluttes kl. 22.30.");
    } else {
        d.reason = QStringLiteral("Søknaden avslås fordi stedet i hovedsak retter seg mot barn og unge "
                                  "(kommunens retningslinjer punkt 2.4, alkoholloven § 1-7a).");
    }
    c.decision = d;
    RegisterInfo info;
    info.municipalityName = QStringLiteral("Bærum kommune");
    info.municipalityNumber = QStringLiteral("3201");
    QMap<QString, QString> values = fields(c, nullptr, info, today);
    values.insert(QStringLiteral("bevillingsnummer"), QStringLiteral("%1-017").arg(today.year()));
    return values;
}

namespace {
// A table row whose merge fields are all known and all empty says nothing ("Omsøkt periode:
// til og med"), so it is left out of the letter.
QString withoutEmptyRows(const QString &templateHtml, const QMap<QString, QString> &fields)
{
    static const QRegularExpression row(QStringLiteral("<tr\\b[^>]*>.*?</tr>\\s*"),
                                        QRegularExpression::CaseInsensitiveOption
                                            | QRegularExpression::DotMatchesEverythingOption);
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator rows = row.globalMatch(templateHtml);
    while (rows.hasNext()) {
        const QRegularExpressionMatch match = rows.next();
        bool anyField = false;
        bool allEmpty = true;
        QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(match.captured(0));
        while (it.hasNext() && allEmpty) {
            const auto found = fields.constFind(it.next().captured(1).trimmed());
            anyField = true;
            allEmpty = found != fields.constEnd() && found.value().trimmed().isEmpty();
        }
        out += QStringView(templateHtml).mid(last, match.capturedStart(0) - last);
        if (!(anyField && allEmpty))
            out += match.capturedView(0);
        last = match.capturedEnd(0);
    }
    out += QStringView(templateHtml).mid(last);
    return out;
}
} // namespace

QString LetterTemplate::merge(const QString &html, const QMap<QString, QString> &fields)
{
    const QString templateHtml = withoutEmptyRows(html, fields);
    QString out;
    out.reserve(templateHtml.size());
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(templateHtml);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(templateHtml).mid(last, match.capturedStart(0) - last);
        const QString key = match.captured(1).trimmed();
        const auto found = fields.constFind(key);
        if (found != fields.constEnd())
            out += escaped(found.value());
        else
            out += match.capturedView(0);
        last = match.capturedEnd(0);
    }
    out += QStringView(templateHtml).mid(last);
    return out;
}

QStringList LetterTemplate::unknownPlaceholders(const QString &templateHtml)
{
    const QStringList known = fieldKeys();
    QStringList unknown;
    QString rest;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(templateHtml);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        rest += QStringView(templateHtml).mid(last, match.capturedStart(0) - last);
        rest += QLatin1Char(' ');
        last = match.capturedEnd(0);
        const QString key = match.captured(1).trimmed();
        if (!known.contains(key) && !unknown.contains(key))
            unknown << key;
    }
    rest += QStringView(templateHtml).mid(last);
    // A "{{" without its "}}": list it with the few characters after it.
    qsizetype open = rest.indexOf(QStringLiteral("{{"));
    while (open >= 0) {
        QString tail = rest.mid(open + 2, 24);
        const qsizetype stop = tail.indexOf(QRegularExpression(QStringLiteral("[\\s<{]")));
        if (stop >= 0)
            tail.truncate(stop);
        const QString written = QStringLiteral("{{") + tail;
        if (!unknown.contains(written))
            unknown << written;
        open = rest.indexOf(QStringLiteral("{{"), open + 2);
    }
    return unknown;
}

QString LetterTemplate::unknownPlaceholdersMessage(const QStringList &unknown)
{
    if (unknown.isEmpty())
        return QString();
    QStringList written;
    for (const QString &key : unknown)
        written << (key.startsWith(QLatin1String("{{")) ? key : QString(QStringLiteral("{{") + key + QStringLiteral("}}")));
    return tr("Unknown merge fields: %1. Use the merge fields in the list.")
        .arg(written.join(QStringLiteral(", ")));
}

} // namespace bevilling
