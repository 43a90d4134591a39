#include "InspectionLetterFields.h"

#include "rules/Findings.h"
#include "rules/PrikkLedger.h"
#include "validation/OrgNumber.h"

#include <QFile>

namespace bevilling {

namespace {

// The letters' words are Norwegian whatever the program's language: the letters are.
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

QString premisesAddress(const Premises &premises)
{
    QStringList place;
    if (!premises.postalCode.trimmed().isEmpty())
        place << premises.postalCode.trimmed();
    if (!premises.postalPlace.trimmed().isEmpty())
        place << premises.postalPlace.trimmed();
    QStringList parts;
    if (!premises.address.trimmed().isEmpty())
        parts << premises.address.trimmed();
    if (!place.isEmpty())
        parts << place.join(QLatin1Char(' '));
    return parts.join(QStringLiteral(", "));
}

QString typeText(rules::InspectionType type)
{
    switch (type) {
    case rules::InspectionType::Serving:
        return QStringLiteral("Ordinær skjenkekontroll");
    case rules::InspectionType::Sales:
        return QStringLiteral("Ordinær salgskontroll");
    case rules::InspectionType::InternalControl:
        return QStringLiteral("Internkontroll (dokumentkontroll)");
    case rules::InspectionType::Event:
        return QStringLiteral("Kontroll ved arrangement");
    case rules::InspectionType::Tobacco:
        return QStringLiteral("Tobakkstilsyn");
    }
    return QString();
}

QString modeText(InspectionMode mode)
{
    return mode == InspectionMode::Anonymous ? QStringLiteral("Anonym kontroll") : QStringLiteral("Åpen kontroll");
}

QString checklistText(const QString &key)
{
    static const QMap<QString, QString> names = {
        {QStringLiteral("age_checks"), QStringLiteral("Alderskontroll")},
        {QStringLiteral("intoxication"), QStringLiteral("Beruselse (påvirkede gjester)")},
        {QStringLiteral("hours"), QStringLiteral("Salgs- og skjenketider")},
        {QStringLiteral("manager_present"), QStringLiteral("Styrer eller stedfortreder til stede")},
        {QStringLiteral("internal_control"), QStringLiteral("Internkontroll tilgjengelig")},
        {QStringLiteral("advertising"), QStringLiteral("Reklame")},
        {QStringLiteral("alcohol_free_alternatives"), QStringLiteral("Alkoholfrie alternativer")},
        {QStringLiteral("spirits_measure"), QStringLiteral("Skjenkemengde for brennevin")},
        {QStringLiteral("placement"), QStringLiteral("Plassering av alkohol")},
        {QStringLiteral("licence_conditions"), QStringLiteral("Vilkår i bevillingen")},
    };
    return names.value(key, key);
}

QString timeText(const QTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH.mm")) : QString();
}

QString prikkerText(int n)
{
    return n == 1 ? QStringLiteral("1 prikk") : QStringLiteral("%1 prikker").arg(n);
}

QString daysText(int n)
{
    return n == 1 ? QStringLiteral("1 dag") : QStringLiteral("%1 dager").arg(n);
}

// The fields every letter has: who and where.
void insertCommon(QMap<QString, QString> &values, const Licence &licence, const RegisterInfo &info, const QDate &today)
{
    values.insert(QStringLiteral("kommune"), info.municipalityName.trimmed());
    values.insert(QStringLiteral("kommunenummer"), info.municipalityNumber.trimmed());
    values.insert(QStringLiteral("dato"), formatDate(today));
    values.insert(QStringLiteral("bevillingshaver"), licence.licensee.name.trimmed());
    values.insert(QStringLiteral("organisasjonsnummer"), licence.licensee.orgNumber.trimmed().isEmpty()
                                                            ? QString()
                                                            : OrgNumber::formatted(licence.licensee.orgNumber));
    values.insert(QStringLiteral("bevillingshaver_adresse"), licence.licensee.address.trimmed());
    values.insert(QStringLiteral("bevillingsnummer"), licence.number.trimmed());
    values.insert(QStringLiteral("bevillingstype"), licenceNoun(licence));
    const QString address = premisesAddress(licence.premises);
    const QString name = licence.premises.name.trimmed();
    values.insert(QStringLiteral("sted_navn"), name);
    values.insert(QStringLiteral("sted_adresse"), address);
    values.insert(QStringLiteral("sted"), address.isEmpty() ? name
                                          : name.isEmpty()  ? address
                                                            : QString(name + QStringLiteral(", ") + address));
    values.insert(QStringLiteral("styrer"), licence.manager.name.trimmed());
}

const InspectionFinding *findingWithId(const QList<Inspection> &inspections, qint64 id)
{
    if (id == 0)
        return nullptr;
    for (const Inspection &inspection : inspections) {
        for (const InspectionFinding &finding : inspection.findings) {
            if (finding.id == id)
                return &finding;
        }
    }
    return nullptr;
}

} // namespace

QString InspectionLetterFields::templateFile(InspectionLetterKind kind)
{
    switch (kind) {
    case InspectionLetterKind::Report:
        return QStringLiteral("kontrollrapport.html");
    case InspectionLetterKind::PrikkNotice:
        return QStringLiteral("forhandsvarsel-prikker.html");
    case InspectionLetterKind::PrikkDecision:
        return QStringLiteral("vedtak-prikker.html");
    case InspectionLetterKind::SuspensionNotice:
        return QStringLiteral("forhandsvarsel-inndragning.html");
    case InspectionLetterKind::SuspensionDecision:
        return QStringLiteral("vedtak-inndragning.html");
    }
    return QString();
}

QString InspectionLetterFields::title(InspectionLetterKind kind)
{
    switch (kind) {
    case InspectionLetterKind::Report:
        return QStringLiteral("Kontrollrapport");
    case InspectionLetterKind::PrikkNotice:
        return QStringLiteral("Forhåndsvarsel om tildeling av prikker");
    case InspectionLetterKind::PrikkDecision:
        return QStringLiteral("Vedtak om tildeling av prikker");
    case InspectionLetterKind::SuspensionNotice:
        return QStringLiteral("Forhåndsvarsel om inndragning av bevilling");
    case InspectionLetterKind::SuspensionDecision:
        return QStringLiteral("Vedtak om inndragning av bevilling");
    }
    return QString();
}

QString InspectionLetterFields::shipped(InspectionLetterKind kind)
{
    QFile file(QStringLiteral(":/letters/") + templateFile(kind));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

QString InspectionLetterFields::signsText(const IntoxicationSigns &signs)
{
    QStringList parts;
    if (!signs.speech.trimmed().isEmpty())
        parts << QStringLiteral("tale: ") + signs.speech.trimmed();
    if (!signs.balance.trimmed().isEmpty())
        parts << QStringLiteral("balanse: ") + signs.balance.trimmed();
    if (!signs.behaviour.trimmed().isEmpty())
        parts << QStringLiteral("atferd: ") + signs.behaviour.trimmed();
    if (!signs.served.trimmed().isEmpty())
        parts << QStringLiteral("servert: ") + signs.served.trimmed();
    if (signs.when.isValid())
        parts << QStringLiteral("klokkeslett: ") + timeText(signs.when);
    return parts.join(QStringLiteral("; "));
}

QString InspectionLetterFields::codeText(const QString &code)
{
    const std::optional<rules::FindingCode> known = rules::Findings::find(code);
    return known ? known->text : code;
}

Status InspectionLetterFields::readyFor(const SanctionCase &c, InspectionLetterKind kind, const SanctionProposal &proposal)
{
    switch (kind) {
    case InspectionLetterKind::Report:
        return makeError(ErrorNotDue, tr("The inspection report is written from the inspection, not from sanction case %1.")
                                          .arg(c.number),
                         QStringLiteral("kind"));
    case InspectionLetterKind::PrikkNotice:
        return {};
    case InspectionLetterKind::PrikkDecision:
        if (!c.decidedOn.isValid()) {
            return makeError(ErrorNotDecided,
                             tr("Sanction case %1 has no decision on prikker yet; the decision letter can be written "
                                "once the decision is recorded.")
                                 .arg(c.number),
                             QStringLiteral("decided_on"));
        }
        return {};
    case InspectionLetterKind::SuspensionNotice:
        if (!c.decidedOn.isValid()) {
            return makeError(ErrorNotDecided,
                             tr("Sanction case %1 has no decision on prikker yet; a suspension can only be notified "
                                "after the decision.")
                                 .arg(c.number),
                             QStringLiteral("decided_on"));
        }
        if (!c.suspension && proposal.after.activePrikker < rules::PrikkLedger::Threshold) {
            return makeError(ErrorNotDue,
                             tr("The licence has %1 prikker; a suspension is only notified at %2 or more.")
                                 .arg(proposal.after.activePrikker)
                                 .arg(rules::PrikkLedger::Threshold),
                             QStringLiteral("prikker"));
        }
        return {};
    case InspectionLetterKind::SuspensionDecision:
        if (!c.suspension || !c.suspension->decided.isValid()) {
            return makeError(ErrorNotDecided,
                             tr("Sanction case %1 has no decided suspension yet; the decision letter can be written "
                                "once the suspension is decided.")
                                 .arg(c.number),
                             QStringLiteral("suspension"));
        }
        return {};
    }
    return {};
}

QMap<QString, QString> InspectionLetterFields::reportFields(const Inspection &inspection, const Licence &licence,
                                                            const QStringList &inspectorNames, const RegisterInfo &info,
                                                            const QDate &today)
{
    QMap<QString, QString> values;
    insertCommon(values, licence, info, today);
    values.insert(QStringLiteral("lovhjemmel"), QStringLiteral("alkoholforskriften § 9-6"));
    values.insert(QStringLiteral("kontroll_nummer"), inspection.number);
    values.insert(QStringLiteral("kontroll_dato"), formatDate(inspection.date));
    QString time = timeText(inspection.start);
    if (inspection.end.isValid())
        time += QStringLiteral("–") + timeText(inspection.end);
    values.insert(QStringLiteral("kontroll_tid"), time);
    values.insert(QStringLiteral("kontroll_type"), typeText(inspection.type));
    values.insert(QStringLiteral("kontroll_form"), modeText(inspection.mode));
    QStringList names;
    for (const QString &name : inspectorNames) {
        if (!name.trimmed().isEmpty())
            names << name.trimmed();
    }
    values.insert(QStringLiteral("kontrollorer"), names.join(QStringLiteral(", ")));

    QStringList checklist;
    for (const ChecklistItem &item : inspection.checklist) {
        if (!item.checked)
            continue;
        QString line = checklistText(item.key) + QStringLiteral(": ")
                       + (item.inOrder ? QStringLiteral("i orden") : QStringLiteral("ikke i orden"));
        if (!item.note.trimmed().isEmpty())
            line += QStringLiteral(" (") + item.note.trimmed() + QLatin1Char(')');
        checklist << line;
    }
    values.insert(QStringLiteral("sjekkliste"),
                  checklist.isEmpty() ? QStringLiteral("Ingen sjekkpunkter registrert.") : checklist.join(QLatin1Char('\n')));

    QStringList findings;
    int n = 0;
    for (const InspectionFinding &finding : inspection.findings) {
        QString line = QStringLiteral("%1. %2").arg(++n).arg(codeText(finding.code));
        if (!finding.description.trimmed().isEmpty())
            line += QStringLiteral(": ") + finding.description.trimmed();
        if (finding.signs && !finding.signs->isEmpty())
            line += QStringLiteral("\n   Observerte tegn – ") + signsText(*finding.signs);
        findings << line;
    }
    values.insert(QStringLiteral("funn"), findings.isEmpty() ? QStringLiteral("Ingen merknader.") : findings.join(QLatin1Char('\n')));
    values.insert(QStringLiteral("merknader"), inspection.notes.trimmed());
    const QDate sent = inspection.reportSent.isValid() ? inspection.reportSent : today;
    values.insert(QStringLiteral("kommentarfrist"), formatDate(sent.addDays(CommentDays)));
    return values;
}

QMap<QString, QString> InspectionLetterFields::sanctionFields(const SanctionCase &c, InspectionLetterKind kind,
                                                              const Licence &licence, const QList<Inspection> &inspections,
                                                              const SanctionProposal &proposal, const RegisterInfo &info,
                                                              const QDate &today)
{
    const bool decision = kind == InspectionLetterKind::PrikkDecision || kind == InspectionLetterKind::SuspensionDecision;
    QMap<QString, QString> values;
    insertCommon(values, licence, info, today);
    values.insert(QStringLiteral("lovhjemmel"),
                  QStringLiteral("alkoholloven § 1-8 og alkoholforskriften §§ 10-1 til 10-6"));
    values.insert(QStringLiteral("saksnummer"), c.number);
    values.insert(QStringLiteral("referanse"), c.reference.trimmed());
    values.insert(QStringLiteral("vedtatt_av"), c.decidedBy.trimmed());
    values.insert(QStringLiteral("vedtaksdato"), formatDate(c.decidedOn));
    values.insert(QStringLiteral("varsel_dato"), formatDate(c.noticeSent.isValid() ? c.noticeSent : today));
    const QDate deadline = c.responseDeadline.isValid() ? c.responseDeadline : today.addDays(DefaultResponseDays);
    values.insert(QStringLiteral("svarfrist"), formatDate(deadline));
    values.insert(QStringLiteral("svar"), c.response.trimmed());

    QStringList findings;
    int n = 0;
    for (const SanctionFinding &f : c.findings) {
        QString line = QStringLiteral("%1. %2").arg(++n).arg(codeText(f.code));
        QStringList where;
        if (!f.source.trimmed().isEmpty())
            where << f.source.trimmed();
        if (f.offenceDate.isValid())
            where << formatDate(f.offenceDate);
        if (!where.isEmpty())
            line += QStringLiteral(" (") + where.join(QStringLiteral(", ")) + QLatin1Char(')');
        if (decision && f.decidedPrikker && *f.decidedPrikker != f.standardPrikker) {
            line += QStringLiteral(": %1 (standard %2)").arg(prikkerText(f.prikker()), prikkerText(f.standardPrikker));
            if (!f.reason.trimmed().isEmpty())
                line += QStringLiteral("\n   Begrunnelse for avviket: ") + f.reason.trimmed();
        } else {
            line += QStringLiteral(": ") + prikkerText(decision ? f.prikker() : f.standardPrikker);
        }
        if (const InspectionFinding *observed = findingWithId(inspections, f.inspectionFindingId)) {
            if (!observed->description.trimmed().isEmpty())
                line += QStringLiteral("\n   Beskrivelse: ") + observed->description.trimmed();
            if (observed->signs && !observed->signs->isEmpty())
                line += QStringLiteral("\n   Observerte tegn – ") + signsText(*observed->signs);
        }
        findings << line;
    }
    values.insert(QStringLiteral("funn"), findings.join(QLatin1Char('\n')));
    values.insert(QStringLiteral("prikker_sak"), prikkerText(proposal.casePrikker));
    values.insert(QStringLiteral("prikker_for"), prikkerText(proposal.before.activePrikker));
    values.insert(QStringLiteral("prikker_etter"), prikkerText(proposal.after.activePrikker));

    const int total = proposal.after.activePrikker;
    const int dueDays = rules::PrikkLedger::suspensionDays(total);
    QString consequence;
    if (total >= rules::PrikkLedger::Threshold) {
        consequence = QStringLiteral("Bevillingshaver har med dette %1 innenfor en periode på to år. Ved 12 prikker eller "
                                     "mer skal bevillingen inndras, jf. alkoholforskriften § 10-3. Antall prikker gir "
                                     "inndragning i %2.")
                          .arg(prikkerText(total), daysText(dueDays));
    } else {
        consequence = QStringLiteral("Bevillingshaver har med dette %1 innenfor en periode på to år. Når bevillingshaver "
                                     "når 12 prikker innenfor to år, skal bevillingen inndras for en periode, jf. "
                                     "alkoholforskriften § 10-3.")
                          .arg(prikkerText(total));
    }
    values.insert(QStringLiteral("konsekvens"), consequence);

    const bool suspended = c.suspension && c.suspension->decided.isValid();
    values.insert(QStringLiteral("inndragning_dager"), daysText(suspended ? c.suspension->days : dueDays));
    values.insert(QStringLiteral("inndragning_fra"), suspended ? formatDate(c.suspension->from) : QString());
    values.insert(QStringLiteral("inndragning_til"), suspended ? formatDate(c.suspension->to) : QString());
    values.insert(QStringLiteral("inndragning_vedtatt"), suspended ? formatDate(c.suspension->decided) : QString());
    values.insert(QStringLiteral("varsel_inndragning_dato"),
                  formatDate(c.suspension && c.suspension->noticeSent.isValid() ? c.suspension->noticeSent : today));

    values.insert(QStringLiteral("klage"),
                  decision ? QStringLiteral("Vedtaket kan påklages innen 3 uker fra det tidspunktet underretningen om "
                                            "vedtaket er mottatt, jf. forvaltningsloven §§ 28 og 29. Klagen sendes til %1. "
                                            "Dersom kommunen opprettholder vedtaket, sendes klagen til Statsforvalteren "
                                            "for endelig avgjørelse.")
                                 .arg(info.municipalityName.trimmed().isEmpty() ? QStringLiteral("kommunen")
                                                                                : info.municipalityName.trimmed())
                           : QString());
    return values;
}

} // namespace bevilling
