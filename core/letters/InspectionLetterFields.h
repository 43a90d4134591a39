#pragma once

#include "Result.h"
#include "domain/Licence.h"
#include "inspections/Inspection.h"
#include "inspections/Sanction.h"
#include "storage/RegisterSettings.h"
#include "storage/SanctionRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace bevilling {

// The letters of inspections and sanction (prikk) cases: the inspection report (kontrollrapport,
// alkoholforskriften § 9-6), the advance notice and decision on prikker (§§ 10-1 to 10-5) and the
// advance notice and decision on suspension (inndragning, § 10-6, alkoholloven § 1-8).
enum class InspectionLetterKind {
    Report,             // kontrollrapport.html
    PrikkNotice,        // forhandsvarsel-prikker.html
    PrikkDecision,      // vedtak-prikker.html
    SuspensionNotice,   // forhandsvarsel-inndragning.html
    SuspensionDecision, // vedtak-inndragning.html
};

// Merge fields ({{key}}, merged and HTML-escaped by LetterTemplate::merge) for these letters.
// The values are Norwegian whatever language the program runs in: the letters are.
//
// Common fields: kommune, kommunenummer, dato, bevillingshaver, organisasjonsnummer,
// bevillingshaver_adresse, bevillingsnummer, bevillingstype, sted, sted_navn, sted_adresse, styrer,
// lovhjemmel.
// Report: kontroll_nummer, kontroll_dato, kontroll_tid, kontroll_type, kontroll_form, kontrollorer,
// sjekkliste, funn, merknader, kommentarfrist.
// Sanctions: saksnummer, referanse, vedtatt_av, vedtaksdato, varsel_dato, svarfrist, svar, funn,
// prikker_sak, prikker_for, prikker_etter, konsekvens, inndragning_dager, inndragning_fra,
// inndragning_til, inndragning_vedtatt, klage.
class InspectionLetterFields
{
    Q_DECLARE_TR_FUNCTIONS(InspectionLetterFields)
public:
    static inline const QString ErrorNotDecided = QStringLiteral("not_decided");
    static inline const QString ErrorNotDue = QStringLiteral("not_due");

    // Days the licensee has to comment on the inspection report (§ 9-6).
    static constexpr int CommentDays = 14;
    // Days to respond to an advance notice when the case has no deadline recorded yet.
    static constexpr int DefaultResponseDays = 14;

    static QString templateFile(InspectionLetterKind kind);   // "kontrollrapport.html"
    static QString title(InspectionLetterKind kind);          // "Kontrollrapport", Norwegian
    // The template shipped with the program (:/letters/...).
    static QString shipped(InspectionLetterKind kind);

    // Whether the case can have `kind` written now: the decision letters need the decision
    // (ErrorNotDecided), the suspension notice a total of 12 or more (ErrorNotDue), the suspension
    // decision the suspension decided (ErrorNotDecided). `kind` Report is refused (ErrorNotDue).
    static Status readyFor(const SanctionCase &c, InspectionLetterKind kind, const SanctionProposal &proposal);

    // `inspectorNames` in the inspection's order.
    static QMap<QString, QString> reportFields(const Inspection &inspection, const Licence &licence,
                                               const QStringList &inspectorNames, const RegisterInfo &info,
                                               const QDate &today);
    // `inspections`: the inspections the case's findings come from (their descriptions and
    // observed signs are quoted); others are ignored.
    static QMap<QString, QString> sanctionFields(const SanctionCase &c, InspectionLetterKind kind, const Licence &licence,
                                                 const QList<Inspection> &inspections,
                                                 const SanctionProposal &proposal, const RegisterInfo &info,
                                                 const QDate &today);

    // The observed signs as one line: "Tale: snøvlete; Balanse: ustø; ...".
    static QString signsText(const IntoxicationSigns &signs);
    // The code's wording from the § 10-3 catalogue, or the code itself when unknown.
    static QString codeText(const QString &code);
};

} // namespace bevilling
