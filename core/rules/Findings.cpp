#include "Findings.h"

namespace bevilling::rules {

const QList<FindingCode> &Findings::all()
{
    static const QList<FindingCode> codes = {
        {QStringLiteral("minor"), 8, QStringLiteral("Salg/utlevering/skjenking til person under 18 år")},
        {QStringLiteral("duty_to_assist"), 8, QStringLiteral("Brudd på bistandsplikten")},
        {QStringLiteral("responsible_operation"), 8, QStringLiteral("Brudd på kravet om forsvarlig drift")},
        {QStringLiteral("obstructing_inspection"), 8, QStringLiteral("Hindring av kommunal kontroll")},
        {QStringLiteral("intoxicated_served"), 4, QStringLiteral("Salg/skjenking til åpenbart påvirket person")},
        {QStringLiteral("hours"), 4, QStringLiteral("Brudd på salgs-, utleverings- eller skjenketid")},
        {QStringLiteral("group3_under_20"), 4, QStringLiteral("Skjenking av gruppe 3 til person på 18 eller 19 år")},
        {QStringLiteral("staff_age"), 4, QStringLiteral("Brudd på alderskravet for den som selger/skjenker")},
        {QStringLiteral("intoxicated_admitted"), 2, QStringLiteral("Åpenbart påvirket person gis adgang / ikke bortvist")},
        {QStringLiteral("internal_control"), 2, QStringLiteral("Mangler ved internkontrollen")},
        {QStringLiteral("turnover_report_missing"), 2, QStringLiteral("Omsetningsoppgave ikke levert innen fristen")},
        {QStringLiteral("fee_unpaid"), 2, QStringLiteral("Bevillingsgebyr ikke betalt innen fristen")},
        {QStringLiteral("manager_rules"), 2, QStringLiteral("Brudd på reglene om styrer og stedfortreder")},
        {QStringLiteral("repeated_drugs"), 2, QStringLiteral("Gjentatt narkotikaomsetning på stedet")},
        {QStringLiteral("repeated_discrimination"), 2, QStringLiteral("Gjentatt diskriminering")},
        {QStringLiteral("alcohol_free_alternatives"), 1, QStringLiteral("Mangler alkoholfrie alternativer")},
        {QStringLiteral("spirits_measure"), 1, QStringLiteral("Brudd på regler om skjenkemengde for brennevin")},
        {QStringLiteral("brought_alcohol"), 1, QStringLiteral("Konsum av medbrakt alkohol")},
        {QStringLiteral("taken_out"), 1, QStringLiteral("Gjester tar med alkohol ut av skjenkestedet")},
        {QStringLiteral("placement"), 1, QStringLiteral("Brudd på regler om plassering av alkohol på salgsstedet")},
        {QStringLiteral("licence_conditions"), 1, QStringLiteral("Brudd på vilkår i bevillingsvedtaket")},
        {QStringLiteral("advertising"), 1, QStringLiteral("Brudd på reklameforbudet")},
    };
    return codes;
}

std::optional<FindingCode> Findings::find(const QString &code)
{
    for (const FindingCode &c : all()) {
        if (c.code == code)
            return c;
    }
    return std::nullopt;
}

} // namespace bevilling::rules
