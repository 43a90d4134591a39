<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AnnualReports</name>
    <message>
        <source>The register could not be read: %1</source>
        <translation>Registeret kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>The year must be between 2000 and 2100.</source>
        <translation>Året må være mellom 2000 og 2100.</translation>
    </message>
    <message>
        <source>Serving inspections</source>
        <translation>Skjenkekontroller</translation>
    </message>
    <message>
        <source>Sales inspections</source>
        <translation>Salgskontroller</translation>
    </message>
    <message>
        <source>Internal-control inspections</source>
        <translation>Internkontroller</translation>
    </message>
    <message>
        <source>Inspections at events</source>
        <translation>Kontroller ved arrangementer</translation>
    </message>
    <message>
        <source>Tobacco inspections (not counted)</source>
        <translation>Tobakkskontroller (telles ikke)</translation>
    </message>
    <message>
        <source>Sale, group 1</source>
        <translation>Salg, gruppe 1</translation>
    </message>
    <message>
        <source>Sale, group 2</source>
        <translation>Salg, gruppe 2</translation>
    </message>
    <message>
        <source>Serving, group 1</source>
        <translation>Skjenking, gruppe 1</translation>
    </message>
    <message>
        <source>Serving, group 2</source>
        <translation>Skjenking, gruppe 2</translation>
    </message>
    <message>
        <source>Serving, group 3</source>
        <translation>Skjenking, gruppe 3</translation>
    </message>
    <message>
        <source>Turnover of alcohol</source>
        <translation>Omsetning av alkohol</translation>
    </message>
    <message>
        <source>Licence fees</source>
        <translation>Bevillingsgebyr</translation>
    </message>
    <message>
        <source>Inspections and sanctions</source>
        <translation>Kontroller og sanksjoner</translation>
    </message>
    <message>
        <source>Annual briefing to the council</source>
        <translation>Årlig orienteringssak til kommunestyret</translation>
    </message>
    <message>
        <source>National reporting</source>
        <translation>Nasjonal rapportering</translation>
    </message>
    <message>
        <source>Turnover in litres</source>
        <translation>Omsetning i liter</translation>
    </message>
    <message>
        <source>Actual turnover in litres by year</source>
        <translation>Faktisk omsetning i liter per år</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Change from previous year</source>
        <translation>Endring fra året før</translation>
    </message>
    <message>
        <source>The litres of a year are the actual litres in the turnover reports filed the year after. Serving includes single-occasion and travelling licences.</source>
        <translation>Literne for et år er de faktiske vareliterne i omsetningsoppgavene som leveres året etter. Skjenking omfatter også bevillinger for enkelt anledning og ambulerende bevillinger.</translation>
    </message>
    <message>
        <source>Change from the previous year in %</source>
        <translation>Endring fra året før i %</translation>
    </message>
    <message>
        <source>Changes to review</source>
        <translation>Tall som bør kontrolleres</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Tall</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Året før</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dette året</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>Changes of more than %1 % from the previous year.</source>
        <translation>Endringer på mer enn %1 % fra året før.</translation>
    </message>
    <message>
        <source>Turnover in litres by year</source>
        <translation>Omsetning i liter per år</translation>
    </message>
    <message>
        <source>Litres</source>
        <translation>Liter</translation>
    </message>
    <message>
        <source>Expected and actual litres %1</source>
        <translation>Forventet og faktisk omsetning %1</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Forventet</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Avvik</translation>
    </message>
    <message>
        <source>Licences that reported both the expected litres (filed in %1) and the actual litres (filed in %2).</source>
        <translation>Bevillinger som har oppgitt både forventet omsetning (levert i %1) og faktisk omsetning (levert i %2).</translation>
    </message>
    <message>
        <source>In %1 licensees reported %2 litres in all: %3 litres under sales licences and %4 litres under serving licences.</source>
        <translation>I %1 oppga bevillingshaverne %2 liter i alt: %3 liter på salgsbevillinger og %4 liter på skjenkebevillinger.</translation>
    </message>
    <message>
        <source>%1 figures changed by more than %2 % from the previous year and should be reviewed.</source>
        <translation>%1 tall endret seg med mer enn %2 % fra året før og bør kontrolleres.</translation>
    </message>
    <message>
        <source>Fees per licence %1</source>
        <translation>Gebyr per bevilling %1</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Bevillingsnummer</translation>
    </message>
    <message>
        <source>Licensee</source>
        <translation>Bevillingshaver</translation>
    </message>
    <message>
        <source>Provisional fee</source>
        <translation>Foreløpig gebyr</translation>
    </message>
    <message>
        <source>True-up</source>
        <translation>Etteroppgjør</translation>
    </message>
    <message>
        <source>Estimated fee</source>
        <translation>Skjønnsmessig fastsatt gebyr</translation>
    </message>
    <message>
        <source>Single occasion</source>
        <translation>Enkelt anledning</translation>
    </message>
    <message>
        <source>Travelling</source>
        <translation>Ambulerende</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Ubetalt</translation>
    </message>
    <message>
        <source>Computed: the fees of %1 are not invoiced yet.</source>
        <translation>Beregnet: gebyrene for %1 er ikke fakturert ennå.</translation>
    </message>
    <message>
        <source>Fees in sum</source>
        <translation>Gebyr i sum</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Provisional fees</source>
        <translation>Foreløpige gebyrer</translation>
    </message>
    <message>
        <source>True-up, extra charges</source>
        <translation>Etteroppgjør, tilleggsfakturaer</translation>
    </message>
    <message>
        <source>True-up, refunds</source>
        <translation>Etteroppgjør, tilbakebetalinger</translation>
    </message>
    <message>
        <source>Estimated fees</source>
        <translation>Skjønnsmessig fastsatte gebyrer</translation>
    </message>
    <message>
        <source>Single-occasion fees</source>
        <translation>Gebyr for enkelt anledning</translation>
    </message>
    <message>
        <source>Travelling-licence fees</source>
        <translation>Gebyr for ambulerende bevilling</translation>
    </message>
    <message>
        <source>Minimum fee applied: %1 licences.</source>
        <translation>Minstegebyr brukt: %1 bevillinger.</translation>
    </message>
    <message>
        <source>Fees by kind</source>
        <translation>Gebyr etter type</translation>
    </message>
    <message>
        <source>Kroner</source>
        <translation>Kroner</translation>
    </message>
    <message>
        <source>The fees of %1 amount to %2 for %3 licences; %4 is unpaid.</source>
        <translation>Gebyrene for %1 er til sammen %2 for %3 bevillinger; %4 er ubetalt.</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Kontroller</translation>
    </message>
    <message>
        <source>Inspections by type</source>
        <translation>Kontroller etter type</translation>
    </message>
    <message>
        <source>Inspections in all (alcohol)</source>
        <translation>Kontroller i alt (alkohol)</translation>
    </message>
    <message>
        <source>Licences counted (§ 9-7)</source>
        <translation>Bevillinger som telles (§ 9-7)</translation>
    </message>
    <message>
        <source>Minimum number of inspections (3 × licences)</source>
        <translation>Minste antall kontroller (3 × bevillinger)</translation>
    </message>
    <message>
        <source>Places not inspected</source>
        <translation>Steder som ikke er kontrollert</translation>
    </message>
    <message>
        <source>Serving inspections with one inspector</source>
        <translation>Skjenkekontroller med én kontrollør</translation>
    </message>
    <message>
        <source>The minimum of alkoholforskriften § 9-7</source>
        <translation>Minstekravet i alkoholforskriften § 9-7</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Bevillinger</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minstekrav</translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>Per licence</source>
        <translation>Per bevilling</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Oppfylt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Places not inspected in %1</source>
        <translation>Steder som ikke er kontrollert i %1</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Antall</translation>
    </message>
    <message>
        <source>In %1 the municipality carried out %2 inspections; the minimum of %3 was met.</source>
        <translation>I %1 gjennomførte kommunen %2 kontroller; minstekravet på %3 ble oppfylt.</translation>
    </message>
    <message>
        <source>In %1 the municipality carried out %2 inspections; the minimum of %3 was not met.</source>
        <translation>I %1 gjennomførte kommunen %2 kontroller; minstekravet på %3 ble ikke oppfylt.</translation>
    </message>
    <message>
        <source>%1 places were not inspected during the year.</source>
        <translation>%1 steder ble ikke kontrollert i løpet av året.</translation>
    </message>
    <message>
        <source>Findings and sanctions</source>
        <translation>Avvik og sanksjoner</translation>
    </message>
    <message>
        <source>Findings by code (alkoholforskriften § 10-3)</source>
        <translation>Avvik etter kode (alkoholforskriften § 10-3)</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Avvik</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Findings in all</source>
        <translation>Avvik i alt</translation>
    </message>
    <message>
        <source>Sanctions</source>
        <translation>Sanksjoner</translation>
    </message>
    <message>
        <source>Sanction cases (by the first offence)</source>
        <translation>Prikksaker (etter første overtredelse)</translation>
    </message>
    <message>
        <source>Decisions on prikker</source>
        <translation>Vedtak om prikker</translation>
    </message>
    <message>
        <source>Prikker decided</source>
        <translation>Prikker tildelt</translation>
    </message>
    <message>
        <source>Suspensions decided</source>
        <translation>Vedtak om inndragning</translation>
    </message>
    <message>
        <source>Days of suspension</source>
        <translation>Dager med inndragning</translation>
    </message>
    <message>
        <source>Appeals received</source>
        <translation>Klager mottatt</translation>
    </message>
    <message>
        <source>Appeals: decision overturned</source>
        <translation>Klager: vedtaket opphevet</translation>
    </message>
    <message>
        <source>Appeals: decision upheld</source>
        <translation>Klager: vedtaket opprettholdt</translation>
    </message>
    <message>
        <source>Appeals: not decided</source>
        <translation>Klager: ikke avgjort</translation>
    </message>
    <message>
        <source>Licences revoked</source>
        <translation>Bevillinger inndratt</translation>
    </message>
    <message>
        <source>The inspections of %1 found %2 breaches; %3 decisions gave %4 prikker, and %5 suspensions were decided.</source>
        <translation>Kontrollene i %1 avdekket %2 avvik; %3 vedtak ga %4 prikker, og det ble vedtatt %5 inndragninger.</translation>
    </message>
    <message>
        <source>Licences at year end</source>
        <translation>Bevillinger ved årets slutt</translation>
    </message>
    <message>
        <source>Sales licences</source>
        <translation>Salgsbevillinger</translation>
    </message>
    <message>
        <source>Serving licences</source>
        <translation>Skjenkebevillinger</translation>
    </message>
    <message>
        <source>Serving licences for closed parties</source>
        <translation>Skjenkebevillinger for sluttede selskaper</translation>
    </message>
    <message>
        <source>Travelling licences</source>
        <translation>Ambulerende bevillinger</translation>
    </message>
    <message>
        <source>Groups 1</source>
        <translation>Gruppe 1</translation>
    </message>
    <message>
        <source>Groups 1+2</source>
        <translation>Gruppe 1+2</translation>
    </message>
    <message>
        <source>Groups 1+2+3</source>
        <translation>Gruppe 1+2+3</translation>
    </message>
    <message>
        <source>Other group combinations</source>
        <translation>Andre gruppekombinasjoner</translation>
    </message>
    <message>
        <source>Single-occasion licences granted</source>
        <translation>Bevillinger for enkelt anledning innvilget</translation>
    </message>
    <message>
        <source>Travelling-licence uses approved</source>
        <translation>Bruk av ambulerende bevilling godkjent</translation>
    </message>
    <message>
        <source>Group coverage counts sales and serving licences in force on 31 December.</source>
        <translation>Gruppefordelingen teller salgs- og skjenkebevillinger som gjelder 31. desember.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>At the end of %1 the municipality had %2 sales licences and %3 serving licences.</source>
        <translation>Ved utgangen av %1 hadde kommunen %2 salgsbevillinger og %3 skjenkebevillinger.</translation>
    </message>
    <message>
        <source>%1 decisions gave %2 prikker; %3 suspensions of %4 days in all were decided.</source>
        <translation>%1 vedtak ga %2 prikker; det ble vedtatt %3 inndragninger på til sammen %4 dager.</translation>
    </message>
    <message>
        <source>Licensees reported %1 litres for %2; the fees of the year amount to %3.</source>
        <translation>Bevillingshaverne oppga %1 liter for %2; årets gebyrer er til sammen %3.</translation>
    </message>
    <message>
        <source>Case processing times</source>
        <translation>Saksbehandlingstid</translation>
    </message>
    <message>
        <source>Cases decided in %1</source>
        <translation>Saker avgjort i %1</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Sakstype</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Avgjort</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Median dager</translation>
    </message>
    <message>
        <source>Longest, days</source>
        <translation>Lengste, dager</translation>
    </message>
    <message>
        <source>Over four months</source>
        <translation>Over fire måneder</translation>
    </message>
    <message>
        <source>Days from the application was complete to the decision; the limit is four months.</source>
        <translation>Dager fra søknaden var komplett til vedtak; fristen er fire måneder.</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alle saker</translation>
    </message>
    <message>
        <source>%1 cases were decided in %2; the median processing time was %3 days, the longest %4 days, and %5 cases took more than four months.</source>
        <translation>%1 saker ble avgjort i %2; median saksbehandlingstid var %3 dager, den lengste %4 dager, og %5 saker tok mer enn fire måneder.</translation>
    </message>
    <message>
        <source>No cases with a complete application were decided in %1.</source>
        <translation>Ingen saker med komplett søknad ble avgjort i %1.</translation>
    </message>
    <message>
        <source>Sales licences at year end</source>
        <translation>Salgsbevillinger ved årets slutt</translation>
    </message>
    <message>
        <source>Serving licences at year end</source>
        <translation>Skjenkebevillinger ved årets slutt</translation>
    </message>
    <message>
        <source>Serving licences with group 3 at year end</source>
        <translation>Skjenkebevillinger med gruppe 3 ved årets slutt</translation>
    </message>
    <message>
        <source>Litres sold, group 1</source>
        <translation>Liter solgt, gruppe 1</translation>
    </message>
    <message>
        <source>Litres sold, group 2</source>
        <translation>Liter solgt, gruppe 2</translation>
    </message>
    <message>
        <source>Litres served, group 1</source>
        <translation>Liter skjenket, gruppe 1</translation>
    </message>
    <message>
        <source>Litres served, group 2</source>
        <translation>Liter skjenket, gruppe 2</translation>
    </message>
    <message>
        <source>Litres served, group 3</source>
        <translation>Liter skjenket, gruppe 3</translation>
    </message>
    <message>
        <source>National reporting %1</source>
        <translation>Nasjonal rapportering %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Unknown report "%1"; choose one of %2.</source>
        <translation>Ukjent rapport «%1»; velg en av %2.</translation>
    </message>
    <message>
        <source>The actual litres of %1 come with the turnover reports filed in %2. So far %3 reports expect %4 litres for %1.</source>
        <translation>De faktiske literne for %1 kommer med omsetningsoppgavene som leveres i %2. Så langt forventer %3 oppgaver %4 liter for %1.</translation>
    </message>
    <message>
        <source>The fees of %1 are computed at %2 for %3 licences; they are not invoiced yet.</source>
        <translation>Gebyrene for %1 er beregnet til %2 for %3 bevillinger; de er ikke fakturert ennå.</translation>
    </message>
    <message>
        <source>The actual litres of %1 come with the turnover reports filed in %2; the fees of the year amount to %3.</source>
        <translation>De faktiske vareliterne for %1 kommer med omsetningsoppgavene som leveres i %2; årets gebyrer er til sammen %3.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>Could not read the history.</source>
        <translation>Kunne ikke lese historikken.</translation>
    </message>
    <message>
        <source>Could not write the history entry.</source>
        <translation>Kunne ikke skrive historikkoppføringen.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Endret</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>End cancelled</source>
        <translation>Avslutning angret</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importert</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Bevillingsnummer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type bevilling</translation>
    </message>
    <message>
        <source>Closed parties only</source>
        <translation>Kun sluttet selskap</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Anledning</translation>
    </message>
    <message>
        <source>Licensee</source>
        <translation>Bevillingshaver</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <source>Licensee's address</source>
        <translation>Bevillingshavers adresse</translation>
    </message>
    <message>
        <source>Licensee's e-mail</source>
        <translation>Bevillingshavers e-post</translation>
    </message>
    <message>
        <source>Licensee's phone</source>
        <translation>Bevillingshavers telefon</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>Skjenke-/salgssted</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Postal place</source>
        <translation>Poststed</translation>
    </message>
    <message>
        <source>Type of premises</source>
        <translation>Type sted</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasitet</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Styrer</translation>
    </message>
    <message>
        <source>Manager's date of birth</source>
        <translation>Styrers fødselsdato</translation>
    </message>
    <message>
        <source>Manager's knowledge test</source>
        <translation>Styrers kunnskapsprøve</translation>
    </message>
    <message>
        <source>Deputy %1</source>
        <translation>Stedfortreder %1</translation>
    </message>
    <message>
        <source>Deputy %1, date of birth</source>
        <translation>Stedfortreder %1, fødselsdato</translation>
    </message>
    <message>
        <source>Deputy %1, knowledge test</source>
        <translation>Stedfortreder %1, kunnskapsprøve</translation>
    </message>
    <message>
        <source>Alcohol groups</source>
        <translation>Alkoholgrupper</translation>
    </message>
    <message>
        <source>Indoors</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>Indoor area</source>
        <translation>Areal inne</translation>
    </message>
    <message>
        <source>Outdoors</source>
        <translation>Ute</translation>
    </message>
    <message>
        <source>Outdoor area</source>
        <translation>Areal ute</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gyldig fra</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Gyldig til</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Vilkår</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Avsluttet dato</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Grunn til avslutning</translation>
    </message>
    <message>
        <source>End note</source>
        <translation>Merknad til avslutning</translation>
    </message>
</context>
<context>
    <name>CaseChecks</name>
    <message>
        <source>The manager</source>
        <translation>Styreren</translation>
    </message>
    <message>
        <source>Deputy %1</source>
        <translation>Stedfortreder %1</translation>
    </message>
    <message>
        <source>%1 is under 20 on %2 (born %3); managers and deputies must be at least 20.</source>
        <translation>%1 er under 20 år den %2 (født %3); styrer og stedfortreder må være minst 20 år.</translation>
    </message>
    <message>
        <source>%1 has no passed knowledge test recorded.</source>
        <translation>%1 har ingen registrert bestått kunnskapsprøve.</translation>
    </message>
    <message>
        <source>Every licence needs at least one deputy besides the manager.</source>
        <translation>Hver bevilling må ha minst én stedfortreder i tillegg til styreren.</translation>
    </message>
    <message>
        <source>The application arrived %1 days before the event on %2; the rule set asks for at least %3 days.</source>
        <translation>Søknaden kom %1 dager før arrangementet %2; regelsettet krever minst %3 dager.</translation>
    </message>
    <message>
        <source>rule set: application lead time</source>
        <translation>regelsett: søknadsfrist før arrangement</translation>
    </message>
    <message>
        <source>%1 travelling licences are in force and the quota is %2; granting this one exceeds it.</source>
        <translation>%1 ambulerende bevillinger er gyldige og kvoten er %2; innvilges denne, overskrides kvoten.</translation>
    </message>
    <message>
        <source>%1 travelling licences are in force, more than the quota of %2.</source>
        <translation>%1 ambulerende bevillinger er gyldige, flere enn kvoten på %2.</translation>
    </message>
    <message>
        <source>rule set: travelling licence quota</source>
        <translation>regelsett: kvote for ambulerende bevillinger</translation>
    </message>
    <message>
        <source>Choose the travelling licence this event will use.</source>
        <translation>Velg den ambulerende bevillingen arrangementet skal bruke.</translation>
    </message>
    <message>
        <source>Licence %1 is not a travelling licence.</source>
        <translation>Bevilling %1 er ikke en ambulerende bevilling.</translation>
    </message>
    <message>
        <source>Travelling licence %1 is not valid on the event date %2.</source>
        <translation>Den ambulerende bevillingen %1 er ikke gyldig på arrangementsdatoen %2.</translation>
    </message>
    <message>
        <source>No serving licence is granted to retail shops during their ordinary opening hours.</source>
        <translation>Det gis ikke skjenkebevilling til detaljhandelen i butikkenes ordinære åpningstid.</translation>
    </message>
    <message>
        <source>No permanent serving licence is granted to premises or events mainly aimed at children and young people.</source>
        <translation>Det gis ikke fast skjenkebevilling til lokaler eller arrangementer som hovedsakelig er beregnet for barn og unge.</translation>
    </message>
    <message>
        <source>Serving at a sports arena must be decided politically, not by delegated authority.</source>
        <translation>Skjenking ved idrettsanlegg skal avgjøres politisk, ikke etter delegert myndighet.</translation>
    </message>
    <message>
        <source>The period includes 17 May (%1): no serving in public places before %2.</source>
        <translation>Perioden omfatter 17. mai (%1): ingen skjenking på offentlige steder før kl. %2.</translation>
    </message>
    <message>
        <source>The period includes 17 May (%1): no serving in public places before %2 (%3).</source>
        <translation>Perioden omfatter 17. mai (%1): ingen skjenking på offentlige steder før kl. %2 (%3).</translation>
    </message>
    <message>
        <source>rule set: special days</source>
        <translation>regelsett: særskilte dager</translation>
    </message>
    <message>
        <source>Licence %1 (%2) for the same premises is valid until %3, overlapping the period applied for.</source>
        <translation>Bevilling %1 (%2) for samme skjenkested gjelder til %3 og overlapper perioden det søkes om.</translation>
    </message>
    <message>
        <source>Licence %1 (%2) for the same premises has no end date and overlaps the period applied for.</source>
        <translation>Bevilling %1 (%2) for samme skjenkested har ingen sluttdato og overlapper perioden det søkes om.</translation>
    </message>
    <message>
        <source>The application arrived on %1, more than %2 days after the transfer on %3 (deadline %4); the new owner cannot keep operating on the previous licence.</source>
        <translation>Søknaden kom %1, mer enn %2 dager etter eierskiftet %3 (frist %4); ny eier kan ikke fortsette driften på den tidligere bevillingen.</translation>
    </message>
    <message>
        <source>No written agreement between the previous and the new operator is registered; the transitional rule cannot be used without it.</source>
        <translation>Det er ikke registrert noen skriftlig avtale mellom tidligere og ny driver; overgangsregelen kan ikke brukes uten den.</translation>
    </message>
    <message>
        <source>The period ends on %1, after the latest end %2 for a licence from %3.</source>
        <translation>Perioden slutter %1, etter seneste sluttdato %2 for en bevilling fra %3.</translation>
    </message>
</context>
<context>
    <name>CaseJson</name>
    <message>
        <source>a case number is required.</source>
        <translation>saksnummer må fylles ut.</translation>
    </message>
    <message>
        <source>the number is too large.</source>
        <translation>tallet er for stort.</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>Case %1 does not exist in this register.</source>
        <translation>Sak %1 finnes ikke i dette registeret.</translation>
    </message>
    <message>
        <source>Case number: %1 is already used by another case.</source>
        <translation>Saksnummer: %1 er allerede brukt av en annen sak.</translation>
    </message>
    <message>
        <source>Complete: %1 is before the application was received (%2).</source>
        <translation>Komplett: %1 er før søknaden kom inn (%2).</translation>
    </message>
    <message>
        <source>Decision: record the decision (who decided, when, the outcome) to move the case to Decided.</source>
        <translation>Vedtak: registrer vedtaket (hvem som vedtok, når og utfallet) for å sette saken til Vedtak.</translation>
    </message>
    <message>
        <source>Close: choose why the case is closed.</source>
        <translation>Avslutt: velg hvorfor saken avsluttes.</translation>
    </message>
    <message>
        <source>Statement %1 does not belong to case %2.</source>
        <translation>Uttalelse %1 hører ikke til sak %2.</translation>
    </message>
    <message>
        <source>Attachment: the file needs a name.</source>
        <translation>Vedlegg: filen må ha et navn.</translation>
    </message>
    <message>
        <source>Attachment: %1 has no content.</source>
        <translation>Vedlegg: %1 har ikke noe innhold.</translation>
    </message>
    <message>
        <source>Attachment: %1 is %2 MB; attachments may be at most %3 MB.</source>
        <translation>Vedlegg: %1 er %2 MB; vedlegg kan være på høyst %3 MB.</translation>
    </message>
    <message>
        <source>Attachment: %1 could not be read.</source>
        <translation>Vedlegg: %1 kunne ikke leses.</translation>
    </message>
    <message>
        <source>Attachment %1 does not exist in this register.</source>
        <translation>Vedlegg %1 finnes ikke i dette registeret.</translation>
    </message>
    <message>
        <source>Decided by: name the officer or the council body that decided.</source>
        <translation>Vedtatt av: oppgi saksbehandleren eller det politiske organet som fattet vedtaket.</translation>
    </message>
    <message>
        <source>Decision date: a date is required.</source>
        <translation>Vedtaksdato: dato må fylles ut.</translation>
    </message>
    <message>
        <source>Reason: a refusal must give its reason, with the rule it rests on.</source>
        <translation>Begrunnelse: et avslag må begrunnes, med regelen det bygger på.</translation>
    </message>
    <message>
        <source>Valid from: a grant needs the first day of the licence.</source>
        <translation>Gyldig fra: en innvilgelse må ha bevillingens første dag.</translation>
    </message>
    <message>
        <source>Valid to: a grant needs the last day of the licence.</source>
        <translation>Gyldig til: en innvilgelse må ha bevillingens siste dag.</translation>
    </message>
    <message>
        <source>Valid to: %1 is before the first day of the licence (%2).</source>
        <translation>Gyldig til: %1 er før bevillingens første dag (%2).</translation>
    </message>
    <message>
        <source>Decision: case %1 was already decided on %2.</source>
        <translation>Vedtak: sak %1 ble allerede avgjort %2.</translation>
    </message>
    <message>
        <source>Valid to: %1 is after the latest legal end of the period, %2 (alkoholloven § 1-6).</source>
        <translation>Gyldig til: %1 er etter periodens seneste lovlige slutt, %2 (alkoholloven § 1-6).</translation>
    </message>
    <message>
        <source>Licence: choose the licence the case concerns before a grant is recorded.</source>
        <translation>Bevilling: velg bevillingen saken gjelder før innvilgelsen registreres.</translation>
    </message>
    <message>
        <source>The grant was reversed on appeal (case %1).</source>
        <translation>Innvilgelsen ble omgjort etter klage (sak %1).</translation>
    </message>
    <message>
        <source>Transferred to %1 (case %2).</source>
        <translation>Overdratt til %1 (sak %2).</translation>
    </message>
    <message>
        <source>Decision: case %1 has no decision to notify.</source>
        <translation>Vedtak: sak %1 har ikke noe vedtak å underrette om.</translation>
    </message>
    <message>
        <source>Notified: a date is required.</source>
        <translation>Underrettet: dato må fylles ut.</translation>
    </message>
    <message>
        <source>Notified: %1 is before the decision (%2).</source>
        <translation>Underrettet: %1 er før vedtaket (%2).</translation>
    </message>
    <message>
        <source>Appeal: case %1 has no decision to appeal.</source>
        <translation>Klage: sak %1 har ikke noe vedtak å klage på.</translation>
    </message>
    <message>
        <source>Renewal: choose at least one licence.</source>
        <translation>Fornyelse: velg minst én bevilling.</translation>
    </message>
    <message>
        <source>Licence %1 is not a sales or serving licence; only those are renewed for a new period.</source>
        <translation>Bevilling %1 er ikke en salgs- eller skjenkebevilling; bare slike fornyes for en ny periode.</translation>
    </message>
    <message>
        <source>Licence %1 has ended; it cannot be renewed.</source>
        <translation>Bevilling %1 er opphørt og kan ikke fornyes.</translation>
    </message>
    <message>
        <source>Licence %1 already has an open renewal case.</source>
        <translation>Bevilling %1 har allerede en åpen fornyelsessak.</translation>
    </message>
    <message>
        <source>Reference: give the council's decision reference.</source>
        <translation>Referanse: oppgi referansen til kommunestyrets vedtak.</translation>
    </message>
    <message>
        <source>Continuation: choose at least one licence.</source>
        <translation>Videreføring: velg minst én bevilling.</translation>
    </message>
    <message>
        <source>Licence %1 is listed twice.</source>
        <translation>Bevilling %1 står to ganger i listen.</translation>
    </message>
    <message>
        <source>Licence %1 is not a sales or serving licence; a continuation applies to those only.</source>
        <translation>Bevilling %1 er ikke en salgs- eller skjenkebevilling; videreføring gjelder bare slike.</translation>
    </message>
    <message>
        <source>Licence %1 has ended; it cannot be continued.</source>
        <translation>Bevilling %1 er opphørt og kan ikke videreføres.</translation>
    </message>
    <message>
        <source>The register could not be saved or read.</source>
        <translation>Registeret kunne ikke lagres eller leses.</translation>
    </message>
    <message>
        <source>Received: the date the application arrived is required.</source>
        <translation>Mottatt: datoen søknaden kom inn må fylles ut.</translation>
    </message>
    <message>
        <source>Received: %1 is in the future.</source>
        <translation>Mottatt: %1 er fram i tid.</translation>
    </message>
    <message>
        <source>Requested: the date the statement was asked for is required.</source>
        <translation>Bedt om: datoen uttalelsen ble bedt om må fylles ut.</translation>
    </message>
    <message>
        <source>Party: name the party that is asked for a statement.</source>
        <translation>Part: oppgi hvem som blir bedt om uttalelse.</translation>
    </message>
    <message>
        <source>Deadline: %1 is before the statement was requested (%2).</source>
        <translation>Frist: %1 er før uttalelsen ble bedt om (%2).</translation>
    </message>
    <message>
        <source>Reply received: %1 is before the statement was requested (%2).</source>
        <translation>Svar mottatt: %1 er før uttalelsen ble bedt om (%2).</translation>
    </message>
    <message>
        <source>Reminder: a date is required.</source>
        <translation>Purring: dato må fylles ut.</translation>
    </message>
    <message>
        <source>Reminder: %1 is before the statement was requested (%2).</source>
        <translation>Purring: %1 er før uttalelsen ble bedt om (%2).</translation>
    </message>
    <message>
        <source>Reminder: %1 is after the reply was received (%2).</source>
        <translation>Purring: %1 er etter at svaret kom inn (%2).</translation>
    </message>
    <message>
        <source>Reply: choose what the reply says (no remarks, remarks or negative).</source>
        <translation>Svar: velg hva svaret sier (ingen merknader, merknader eller negativ).</translation>
    </message>
    <message>
        <source>Reply received: the date the reply arrived is required.</source>
        <translation>Svar mottatt: datoen svaret kom inn må fylles ut.</translation>
    </message>
    <message>
        <source>Appeal received: a date is required.</source>
        <translation>Klage mottatt: dato må fylles ut.</translation>
    </message>
    <message>
        <source>Appeal received: %1 is before the decision (%2).</source>
        <translation>Klage mottatt: %1 er før vedtaket (%2).</translation>
    </message>
    <message>
        <source>%1 is before the appeal was received (%2).</source>
        <translation>%1 er før klagen kom inn (%2).</translation>
    </message>
    <message>
        <source>Reconsidered: a date is required.</source>
        <translation>Behandlet på nytt: dato må fylles ut.</translation>
    </message>
    <message>
        <source>Final outcome: a date is required.</source>
        <translation>Endelig utfall: dato må fylles ut.</translation>
    </message>
    <message>
        <source>The register is open read-only; close the other window that has it open for changes first.</source>
        <translation>Registeret er åpnet skrivebeskyttet; lukk først det andre vinduet som har det åpent for endringer.</translation>
    </message>
</context>
<context>
    <name>CaseTexts</name>
    <message>
        <source>New licence</source>
        <translation>Ny bevilling</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Fornyelse</translation>
    </message>
    <message>
        <source>Change of owner</source>
        <translation>Eierskifte</translation>
    </message>
    <message>
        <source>Change of manager or deputy</source>
        <translation>Bytte av styrer eller stedfortreder</translation>
    </message>
    <message>
        <source>Extended area or hours</source>
        <translation>Utvidet areal eller skjenketid</translation>
    </message>
    <message>
        <source>Single occasion</source>
        <translation>Enkelt anledning</translation>
    </message>
    <message>
        <source>Use of travelling licence</source>
        <translation>Bruk av ambulerende bevilling</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <source>Missing attachments</source>
        <translation>Mangler vedlegg</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Komplett</translation>
    </message>
    <message>
        <source>Out for statements</source>
        <translation>Til uttalelse</translation>
    </message>
    <message>
        <source>Statements received</source>
        <translation>Uttalelser mottatt</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Saksutredning / innstilling</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Underrettet</translation>
    </message>
    <message>
        <source>Appealed</source>
        <translation>Klage</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Ferdigbehandlet</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Trukket</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Henlagt</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Politiet</translation>
    </message>
    <message>
        <source>Tax Administration</source>
        <translation>Skatteetaten</translation>
    </message>
    <message>
        <source>Municipal tax collector</source>
        <translation>Kommunekasserer / kemner</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Sosialtjenesten / NAV</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>Annen instans</translation>
    </message>
    <message>
        <source>No remarks</source>
        <translation>Ingen merknader</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Innvilget</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avslått</translation>
    </message>
    <message>
        <source>Political decision</source>
        <translation>Politisk vedtak</translation>
    </message>
    <message>
        <source>Delegated authority</source>
        <translation>Delegert myndighet</translation>
    </message>
    <message>
        <source>Decision reversed by the municipality</source>
        <translation>Vedtaket omgjort av kommunen</translation>
    </message>
    <message>
        <source>Decision upheld, sent to the County Governor</source>
        <translation>Vedtaket opprettholdt, sendt til Statsforvalteren</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>Stadfestet</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Omgjort</translation>
    </message>
    <message>
        <source>Returned for new processing</source>
        <translation>Opphevet og sendt tilbake til ny behandling</translation>
    </message>
    <message>
        <source>Company certificate</source>
        <translation>Firmaattest</translation>
    </message>
    <message>
        <source>Tax certificate</source>
        <translation>Skatteattest</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>Plantegning</translation>
    </message>
    <message>
        <source>Knowledge test certificate</source>
        <translation>Bevis for bestått kunnskapsprøve</translation>
    </message>
    <message>
        <source>Confirmation of employment</source>
        <translation>Bekreftelse på ansettelse</translation>
    </message>
    <message>
        <source>Shareholder register</source>
        <translation>Aksjonærliste</translation>
    </message>
    <message>
        <source>Transfer agreement</source>
        <translation>Avtale om overdragelse</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>Cultural event</source>
        <translation>Kulturarrangement</translation>
    </message>
    <message>
        <source>Voluntary organisation event</source>
        <translation>Arrangement i regi av frivillig organisasjon</translation>
    </message>
    <message>
        <source>Senior centre event</source>
        <translation>Arrangement i regi av seniorsenter</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Annet arrangement</translation>
    </message>
    <message>
        <source>Closed party</source>
        <translation>Sluttet selskap</translation>
    </message>
</context>
<context>
    <name>CaseWorkflow</name>
    <message>
        <source>A case cannot go from "%1" to "%2".</source>
        <translation>En sak kan ikke gå fra «%1» til «%2».</translation>
    </message>
    <message>
        <source>List at least one missing attachment before marking the case as incomplete.</source>
        <translation>Før opp minst ett manglende vedlegg før saken markeres som ufullstendig.</translation>
    </message>
    <message>
        <source>The case still lists missing attachments: %1.</source>
        <translation>Saken har fortsatt manglende vedlegg: %1.</translation>
    </message>
    <message>
        <source>Request at least one statement before sending the case out for statements.</source>
        <translation>Be om minst én uttalelse før saken sendes på høring.</translation>
    </message>
    <message>
        <source>No statements have been requested.</source>
        <translation>Det er ikke bedt om noen uttalelser.</translation>
    </message>
    <message>
        <source>The statement from %1 has not been answered yet.</source>
        <translation>Uttalelsen fra %1 er ikke mottatt ennå.</translation>
    </message>
    <message>
        <source>Record the decision to mark the case as decided.</source>
        <translation>Registrer vedtaket for å markere saken som vedtatt.</translation>
    </message>
    <message>
        <source>Enter the date the decision was sent to the applicant.</source>
        <translation>Fyll inn datoen vedtaket ble sendt til søkeren.</translation>
    </message>
    <message>
        <source>Register the appeal to mark the case as appealed.</source>
        <translation>Registrer klagen for å markere saken som påklaget.</translation>
    </message>
    <message>
        <source>A decided case can be closed only after the applicant has been notified.</source>
        <translation>En vedtatt sak kan bare avsluttes etter at søkeren er underrettet.</translation>
    </message>
    <message>
        <source>The appeal has not been finally decided yet.</source>
        <translation>Klagen er ikke endelig avgjort ennå.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a register file.</source>
        <translation>%1 er en mappe, ikke en registerfil.</translation>
    </message>
    <message>
        <source>The register file %1 does not exist.</source>
        <translation>Registerfilen %1 finnes ikke.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the register.</source>
        <translation>Kunne ikke opprette mappen %1 for registeret.</translation>
    </message>
    <message>
        <source>The register file %1 cannot be read: %2</source>
        <translation>Registerfilen %1 kan ikke leses: %2</translation>
    </message>
    <message>
        <source>%1 is not a Bevilling register (it is not an SQLite database file). The file has not been changed.</source>
        <translation>%1 er ikke et Bevilling-register (filen er ikke en SQLite-database). Filen er ikke endret.</translation>
    </message>
    <message>
        <source>%1 is already open for changes in another window.</source>
        <translation>%1 er allerede åpnet for endringer i et annet vindu.</translation>
    </message>
    <message>
        <source>%1 is already open for changes by %2 on %3 since %4 (process %5). You can open it read-only.</source>
        <translation>%1 er allerede åpnet for endringer av %2 på %3 siden %4 (prosess %5). Du kan åpne den skrivebeskyttet.</translation>
    </message>
    <message>
        <source>Could not create the lock file beside %1; check that the folder is writable.</source>
        <translation>Kunne ikke lage låsefilen ved siden av %1; kontroller at du kan skrive i mappen.</translation>
    </message>
    <message>
        <source>The register file %1 could not be opened.</source>
        <translation>Registerfilen %1 kunne ikke åpnes.</translation>
    </message>
    <message>
        <source>The register file %1 is damaged and cannot be read. It has not been changed.</source>
        <translation>Registerfilen %1 er skadet og kan ikke leses. Den er ikke endret.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Bevilling (schema version %2; this program knows up to %3). Update the program to open it. The file has not been changed.</source>
        <translation>%1 er lagret av en nyere versjon av Bevilling (skjemaversjon %2; dette programmet kjenner til og med %3). Oppdater programmet for å åpne den. Filen er ikke endret.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Bevilling register. The file has not been changed.</source>
        <translation>%1 er en SQLite-database, men ikke et Bevilling-register. Filen er ikke endret.</translation>
    </message>
    <message>
        <source>%1 was saved by an older version of Bevilling and must be upgraded before it can be read. Open it for changes once to upgrade it.</source>
        <translation>%1 er lagret av en eldre versjon av Bevilling og må oppgraderes før den kan leses. Åpne den for endringer én gang for å oppgradere den.</translation>
    </message>
    <message>
        <source>The register file %1 is damaged: the integrity check failed. It has not been changed; open another file or restore a backup copy.</source>
        <translation>Registerfilen %1 er skadet: integritetskontrollen feilet. Den er ikke endret; åpne en annen fil eller hent fram en sikkerhetskopi.</translation>
    </message>
    <message>
        <source>Could not configure the register file %1.</source>
        <translation>Kunne ikke sette opp registerfilen %1.</translation>
    </message>
    <message>
        <source>Could not switch %1 to write-ahead logging; is the folder on a network drive?</source>
        <translation>Kunne ikke slå på WAL-logging for %1; ligger mappen på en nettverksstasjon?</translation>
    </message>
    <message>
        <source>Could not write a backup copy of %1 before upgrading it; the file has not been changed.</source>
        <translation>Kunne ikke skrive en sikkerhetskopi av %1 før oppgraderingen; filen er ikke endret.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from the program.</source>
        <translation>Migrering %1 mangler i programmet.</translation>
    </message>
    <message>
        <source>Could not upgrade %1.</source>
        <translation>Kunne ikke oppgradere %1.</translation>
    </message>
    <message>
        <source>Could not upgrade %1 to schema version %2; the file is unchanged.</source>
        <translation>Kunne ikke oppgradere %1 til skjemaversjon %2; filen er uendret.</translation>
    </message>
    <message>
        <source>The backup copy cannot replace the open register itself.</source>
        <translation>Sikkerhetskopien kan ikke erstatte det åpne registeret selv.</translation>
    </message>
    <message>
        <source>Could not write the backup copy %1.</source>
        <translation>Kunne ikke skrive sikkerhetskopien %1.</translation>
    </message>
</context>
<context>
    <name>DemoRegister</name>
    <message>
        <source>The demo licences can only be added to an empty register; %1 already holds %2 licences.</source>
        <translation>Demobevillingene kan bare legges inn i et tomt register; %1 har allerede %2 bevillinger.</translation>
    </message>
    <message>
        <source>Arrived after the deadline; the licensee was abroad.</source>
        <translation>Kom etter fristen; bevillingshaver var i utlandet.</translation>
    </message>
    <message>
        <source>First instalment</source>
        <translation>Første avdrag</translation>
    </message>
</context>
<context>
    <name>DomainTexts</name>
    <message>
        <source>Sales licence</source>
        <translation>Salgsbevilling</translation>
    </message>
    <message>
        <source>Serving licence</source>
        <translation>Skjenkebevilling</translation>
    </message>
    <message>
        <source>Single occasion</source>
        <translation>Enkelt anledning</translation>
    </message>
    <message>
        <source>Travelling licence</source>
        <translation>Ambulerende bevilling</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation>Restaurant</translation>
    </message>
    <message>
        <source>Bar / pub</source>
        <translation>Bar / pub</translation>
    </message>
    <message>
        <source>Nightclub</source>
        <translation>Nattklubb</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hotell</translation>
    </message>
    <message>
        <source>Café</source>
        <translation>Kafé</translation>
    </message>
    <message>
        <source>Grocery shop</source>
        <translation>Dagligvarebutikk</translation>
    </message>
    <message>
        <source>Event venue</source>
        <translation>Arrangementslokale</translation>
    </message>
    <message>
        <source>Boat</source>
        <translation>Båt</translation>
    </message>
    <message>
        <source>Sports arena</source>
        <translation>Idrettsanlegg</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Styrer</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Stedfortreder</translation>
    </message>
    <message>
        <source>Surrendered by the licensee</source>
        <translation>Innlevert av bevillingshaver</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Inndratt</translation>
    </message>
    <message>
        <source>Business transferred (lapsed)</source>
        <translation>Virksomheten overdratt (bortfalt)</translation>
    </message>
    <message>
        <source>Business closed down</source>
        <translation>Virksomheten nedlagt</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Annen grunn</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Ikke trådt i kraft</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utløpt</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avsluttet</translation>
    </message>
</context>
<context>
    <name>FeeCalculator</name>
    <message>
        <source>%1 l group %2 × %3 = %4</source>
        <translation>%1 l gr. %2 × %3 = %4</translation>
    </message>
    <message>
        <source>0 l</source>
        <translation>0 l</translation>
    </message>
    <message>
        <source>; sum %1 is below the minimum fee %2</source>
        <translation>; sum %1 er under minstegebyret %2</translation>
    </message>
    <message>
        <source>; sum %1</source>
        <translation>; sum %1</translation>
    </message>
    <message>
        <source>The report of %1 has no expected litres; no provisional fee.</source>
        <translation>Omsetningsoppgaven for %1 har ikke forventede vareliter; ikke noe foreløpig gebyr.</translation>
    </message>
    <message>
        <source>The report of %1 has not been received (%2); no fee yet.</source>
        <translation>Omsetningsoppgaven for %1 er ikke mottatt (%2); ikke noe gebyr ennå.</translation>
    </message>
    <message>
        <source>Expected %1: %2</source>
        <translation>Forventet %1: %2</translation>
    </message>
    <message>
        <source>The report of %1 is overdue after the reminder, and the rule set sets no estimated fee; decide the fee by discretion.</source>
        <translation>Omsetningsoppgaven for %1 mangler etter purring, og regelsettet har ikke noe skjønnsmessig fastsatt gebyr; fastsett gebyret etter skjønn.</translation>
    </message>
    <message>
        <source>Estimated %1: report missing after the reminder; last year's fee %2 + %3 % = %4</source>
        <translation>Skjønnsmessig fastsatt %1: omsetningsoppgave mangler etter purring; fjorårets gebyr %2 + %3 % = %4</translation>
    </message>
    <message>
        <source>Estimated %1: report missing after the reminder; no fee last year, so the minimum fee %2 + %3 % = %4</source>
        <translation>Skjønnsmessig fastsatt %1: omsetningsoppgave mangler etter purring; ikke noe gebyr i fjor, derfor minstegebyret %2 + %3 % = %4</translation>
    </message>
    <message>
        <source>There are no fee rates for %1; no true-up of %1.</source>
        <translation>Det finnes ingen gebyrsatser for %1; ikke noe etteroppgjør for %1.</translation>
    </message>
    <message>
        <source>extra charge %1</source>
        <translation>tilleggsfaktura %1</translation>
    </message>
    <message>
        <source>refund %1</source>
        <translation>tilbakebetaling %1</translation>
    </message>
    <message>
        <source>True-up %1: actual %2 = %3 against expected %4 = %5: %6</source>
        <translation>Etteroppgjør %1: faktisk %2 = %3 mot forventet %4 = %5: %6</translation>
    </message>
    <message>
        <source>Travelling licence use %1 (%2): the national cap %3</source>
        <translation>Bruk av ambulerende bevilling %1 (%2): nasjonal maksimalsats %3</translation>
    </message>
    <message>
        <source>Travelling licence use %1 (%2): %3 (national cap %4)</source>
        <translation>Bruk av ambulerende bevilling %1 (%2): %3 (nasjonal maksimalsats %4)</translation>
    </message>
    <message>
        <source>the serving minimum %1</source>
        <translation>minstegebyret for skjenking %1</translation>
    </message>
    <message>
        <source>fixed amount %1</source>
        <translation>fast beløp %1</translation>
    </message>
    <message>
        <source>share of the ordinary fee %1 = %2</source>
        <translation>andel av ordinært gebyr %1 = %2</translation>
    </message>
    <message>
        <source>the travelling licence rate %1</source>
        <translation>satsen for ambulerende bevilling %1</translation>
    </message>
    <message>
        <source>Single occasion %1 (%2, %3 people): %4</source>
        <translation>Enkelt anledning %1 (%2, %3 personer): %4</translation>
    </message>
    <message>
        <source>There are no fee rates for %1. Add the year's national rates before computing its fees.</source>
        <translation>Det finnes ingen gebyrsatser for %1. Legg inn årets nasjonale satser før gebyrene beregnes.</translation>
    </message>
</context>
<context>
    <name>FeeRateRepository</name>
    <message>
        <source>The register's fee rates could not be saved or read.</source>
        <translation>Registerets gebyrsatser kunne ikke lagres eller leses.</translation>
    </message>
    <message>
        <source>The register is open read-only; close the other window that has it open for changes first.</source>
        <translation>Registeret er åpnet skrivebeskyttet; lukk først det andre vinduet som har det åpent for endringer.</translation>
    </message>
    <message>
        <source>Year: must be a year between 1900 and 2200.</source>
        <translation>År: må være et år mellom 1900 og 2200.</translation>
    </message>
    <message>
        <source>%1: required.</source>
        <translation>%1: må fylles ut.</translation>
    </message>
    <message>
        <source>%1: must be a number, 0 or more.</source>
        <translation>%1: må være et tall, 0 eller mer.</translation>
    </message>
    <message>
        <source>Sales, group 1</source>
        <translation>Salg, gruppe 1</translation>
    </message>
    <message>
        <source>Sales, group 2</source>
        <translation>Salg, gruppe 2</translation>
    </message>
    <message>
        <source>Sales, minimum fee</source>
        <translation>Salg, minstegebyr</translation>
    </message>
    <message>
        <source>Serving, group %1</source>
        <translation>Skjenking, gruppe %1</translation>
    </message>
    <message>
        <source>Serving, minimum fee</source>
        <translation>Skjenking, minstegebyr</translation>
    </message>
    <message>
        <source>Travelling licence, cap per occasion</source>
        <translation>Ambulerende bevilling, øvre grense per gang</translation>
    </message>
    <message>
        <source>The register's fee rates cannot be read: %1</source>
        <translation>Registerets gebyrsatser kan ikke leses: %1</translation>
    </message>
    <message>
        <source>The register already has fee rates; add or correct a year instead.</source>
        <translation>Registeret har allerede gebyrsatser; legg til eller rett et år i stedet.</translation>
    </message>
    <message>
        <source>Year: the table already has rates for %1; correct that year instead.</source>
        <translation>År: tabellen har allerede satser for %1; rett det året i stedet.</translation>
    </message>
    <message>
        <source>Year: the table has no rates for %1 to correct.</source>
        <translation>År: tabellen har ingen satser for %1 som kan rettes.</translation>
    </message>
</context>
<context>
    <name>FeeRateTable</name>
    <message>
        <source>format: not a fee-rate table (expected "bevilling-fee-rates").</source>
        <translation>format: ikke en gebyrsatstabell (forventet "bevilling-fee-rates").</translation>
    </message>
    <message>
        <source>format_version: only version 1 is supported.</source>
        <translation>format_version: bare versjon 1 støttes.</translation>
    </message>
    <message>
        <source>%1.year: must be a year between 1900 and 2200.</source>
        <translation>%1.year: må være et år mellom 1900 og 2200.</translation>
    </message>
    <message>
        <source>%1.year: %2 appears twice.</source>
        <translation>%1.year: %2 står to ganger.</translation>
    </message>
    <message>
        <source>%1.sale: the group 1 rate and the minimum are required.</source>
        <translation>%1.sale: satsen for gruppe 1 og minstegebyret må være med.</translation>
    </message>
    <message>
        <source>%1.serving: the rates of groups 1-3 and the minimum are required.</source>
        <translation>%1.serving: satsene for gruppe 1–3 og minstegebyret må være med.</translation>
    </message>
    <message>
        <source>year: there are no fee rates for %1 (rates exist for %2).</source>
        <translation>year: det finnes ingen gebyrsatser for %1 (satser finnes for %2).</translation>
    </message>
</context>
<context>
    <name>FeeRepository</name>
    <message>
        <source>The register could not be read or written.</source>
        <translation>Registeret kunne ikke leses eller skrives.</translation>
    </message>
    <message>
        <source>Invoice line %1 does not exist.</source>
        <translation>Fakturalinje %1 finnes ikke.</translation>
    </message>
    <message>
        <source>The register is open read-only.</source>
        <translation>Registeret er åpnet skrivebeskyttet.</translation>
    </message>
    <message>
        <source>Invoice date: a date is required.</source>
        <translation>Fakturadato: dato må fylles ut.</translation>
    </message>
    <message>
        <source>Due date: %1 is before the invoice date %2.</source>
        <translation>Forfallsdato: %1 er før fakturadatoen %2.</translation>
    </message>
    <message>
        <source>The register could not be written.</source>
        <translation>Registeret kunne ikke skrives.</translation>
    </message>
    <message>
        <source>Payment date: a date is required.</source>
        <translation>Innbetalingsdato: dato må fylles ut.</translation>
    </message>
    <message>
        <source>Payment date: %1 is in the future.</source>
        <translation>Innbetalingsdato: %1 er fram i tid.</translation>
    </message>
    <message>
        <source>Payment date: %1 is before the invoice date %2.</source>
        <translation>Innbetalingsdato: %1 er før fakturadatoen %2.</translation>
    </message>
    <message>
        <source>Amount: enter an amount above kr 0.</source>
        <translation>Beløp: skriv et beløp over kr 0.</translation>
    </message>
    <message>
        <source>Amount: %1 is more than what is outstanding on the line (%2).</source>
        <translation>Beløp: %1 er mer enn det som gjenstår på fakturalinjen (%2).</translation>
    </message>
    <message>
        <source>Payment %1 does not exist.</source>
        <translation>Innbetaling %1 finnes ikke.</translation>
    </message>
    <message>
        <source>Invoice line %1 is not overdue on %2: no sanction for an unpaid fee.</source>
        <translation>Fakturalinje %1 er ikke forfalt %2: ingen reaksjon for ubetalt gebyr.</translation>
    </message>
    <message>
        <source>Sanction case %1 already concerns the unpaid fee of %2 for licence %3.</source>
        <translation>Prikksak %1 gjelder allerede det ubetalte gebyret for %2 for bevilling %3.</translation>
    </message>
</context>
<context>
    <name>FeeTexts</name>
    <message>
        <source>Provisional fee</source>
        <translation>Foreløpig gebyr</translation>
    </message>
    <message>
        <source>True-up</source>
        <translation>Etteroppgjør</translation>
    </message>
    <message>
        <source>Estimated fee</source>
        <translation>Skjønnsmessig fastsatt gebyr</translation>
    </message>
    <message>
        <source>Single-occasion fee</source>
        <translation>Gebyr for enkelt anledning</translation>
    </message>
    <message>
        <source>Travelling licence fee</source>
        <translation>Gebyr for ambulerende bevilling</translation>
    </message>
</context>
<context>
    <name>Fees</name>
    <message>
        <source>litres: a sales licence takes litres for groups 1 and 2 (1 or 2 values).</source>
        <translation>litres: en salgsbevilling tar liter for gruppe 1 og 2 (1 eller 2 verdier).</translation>
    </message>
    <message>
        <source>litres: a serving licence takes litres for groups 1, 2 and 3 (1 to 3 values).</source>
        <translation>litres: en skjenkebevilling tar liter for gruppe 1, 2 og 3 (1 til 3 verdier).</translation>
    </message>
    <message>
        <source>litres: group %1 must be 0 or more litres.</source>
        <translation>litres: gruppe %1 må være 0 liter eller mer.</translation>
    </message>
    <message>
        <source>litres: there is no rate for group %1 in %2.</source>
        <translation>litres: det finnes ingen sats for gruppe %1 i %2.</translation>
    </message>
    <message>
        <source>expected: %1</source>
        <translation>forventet: %1</translation>
    </message>
    <message>
        <source>actual: %1</source>
        <translation>faktisk: %1</translation>
    </message>
    <message>
        <source>last_year_fee: last year's fee must be 0 kroner or more.</source>
        <translation>last_year_fee: fjorårets gebyr må være 0 kroner eller mer.</translation>
    </message>
    <message>
        <source>percent: the surcharge must be 0 % or more.</source>
        <translation>percent: påslaget må være 0 % eller mer.</translation>
    </message>
    <message>
        <source>estimated_fee_percent: the rule set has no percentage for an estimated fee.</source>
        <translation>estimated_fee_percent: regelverket har ingen prosentsats for skjønnsmessig gebyr.</translation>
    </message>
    <message>
        <source>travelling_cap: the national cap per occasion for a travelling licence in %1 is not known; enter it in the fee-rate table first.</source>
        <translation>travelling_cap: den nasjonale øvre grensen per gang for ambulerende bevilling i %1 er ikke kjent; legg den inn i gebyrsatstabellen først.</translation>
    </message>
    <message>
        <source>travelling_rate: must be 0 kroner or more.</source>
        <translation>travelling_rate: må være 0 kroner eller mer.</translation>
    </message>
    <message>
        <source>attendance: the number of people cannot be negative.</source>
        <translation>attendance: antall personer kan ikke være negativt.</translation>
    </message>
    <message>
        <source>single_occasion_method: "%1" is not a method; use per_litre or tiers.</source>
        <translation>single_occasion_method: «%1» er ikke en metode; bruk per_litre eller tiers.</translation>
    </message>
    <message>
        <source>ordinary_fee: the rule set does not say which ordinary fee %1 refers to.</source>
        <translation>ordinary_fee: regelverket sier ikke hvilket ordinært gebyr %1 viser til.</translation>
    </message>
    <message>
        <source>%1: the tier sets no amount, percentage or travelling rate.</source>
        <translation>%1: trinnet har verken beløp, prosentsats eller ambulerende sats.</translation>
    </message>
    <message>
        <source>attendance: no single-occasion fee tier of the rule set covers %1 people.</source>
        <translation>attendance: ingen gebyrtrinn for enkelt anledning i regelverket dekker %1 personer.</translation>
    </message>
    <message>
        <source>attendance: no single-occasion fee tier of the rule set covers %1 people at an event of type "%2".</source>
        <translation>attendance: ingen gebyrtrinn for enkelt anledning i regelverket dekker %1 personer på et arrangement av typen «%2».</translation>
    </message>
</context>
<context>
    <name>Hours</name>
    <message>
        <source>date: a valid date is required.</source>
        <translation>date: en gyldig dato må oppgis.</translation>
    </message>
    <message>
        <source>date: %1 is outside the years %2-%3 the calendar covers.</source>
        <translation>date: %1 er utenfor årene %2–%3 som kalenderen dekker.</translation>
    </message>
    <message>
        <source>date: the rule set "%1" has no rules in force on %2 (its first version takes effect on %3).</source>
        <translation>date: regelverket «%1» har ingen regler i kraft %2 (første versjon gjelder fra %3).</translation>
    </message>
    <message>
        <source>No sales on Sundays, holidays, 1 May and 17 May (alkoholloven § 3-7)</source>
        <translation>Ikke salg på søndager, helligdager, 1. mai og 17. mai (alkoholloven § 3-7)</translation>
    </message>
    <message>
        <source>, weekdays</source>
        <translation>, hverdager</translation>
    </message>
    <message>
        <source>, days before Sundays and holidays</source>
        <translation>, dager før søn- og helligdager</translation>
    </message>
    <message>
        <source>group: %1 is not an alcohol group; use 1, 2 or 3.</source>
        <translation>group: %1 er ikke en alkoholgruppe; bruk 1, 2 eller 3.</translation>
    </message>
    <message>
        <source>zone: unknown zone "%1"; use one of %2.</source>
        <translation>zone: ukjent sone «%1»; bruk en av %2.</translation>
    </message>
    <message>
        <source>%1: not a valid time.</source>
        <translation>%1: ikke et gyldig klokkeslett.</translation>
    </message>
    <message>
        <source>%1: no rule gives group %2 serving hours %3 in zone %4</source>
        <translation>%1: ingen regel gir gruppe %2 skjenketid %3 i sone %4</translation>
    </message>
    <message>
        <source>indoors</source>
        <translation>inne</translation>
    </message>
    <message>
        <source>outdoors</source>
        <translation>ute</translation>
    </message>
    <message>
        <source>%1, serving rule %2</source>
        <translation>%1, skjenkeregel %2</translation>
    </message>
    <message>
        <source>licence starts at %1</source>
        <translation>bevillingen starter kl. %1</translation>
    </message>
    <message>
        <source>licence ends at %1</source>
        <translation>bevillingen slutter kl. %1</translation>
    </message>
    <message>
        <source>extension to %1, limited to the national maximum 03:00 (alkoholloven § 4-4)</source>
        <translation>utvidelse til %1, begrenset til nasjonal maksimaltid 03:00 (alkoholloven § 4-4)</translation>
    </message>
    <message>
        <source>extension to %1</source>
        <translation>utvidelse til %1</translation>
    </message>
</context>
<context>
    <name>InspectionLetterFields</name>
    <message>
        <source>The inspection report is written from the inspection, not from sanction case %1.</source>
        <translation>Kontrollrapporten lages fra kontrollen, ikke fra prikksak %1.</translation>
    </message>
    <message>
        <source>Sanction case %1 has no decision on prikker yet; the decision letter can be written once the decision is recorded.</source>
        <translation>Prikksak %1 har ikke vedtak om prikker ennå; vedtaksbrevet kan lages når vedtaket er registrert.</translation>
    </message>
    <message>
        <source>Sanction case %1 has no decision on prikker yet; a suspension can only be notified after the decision.</source>
        <translation>Prikksak %1 har ikke vedtak om prikker ennå; inndragning kan først varsles etter vedtaket.</translation>
    </message>
    <message>
        <source>The licence has %1 prikker; a suspension is only notified at %2 or more.</source>
        <translation>Bevillingen har %1 prikker; inndragning varsles først ved %2 eller flere.</translation>
    </message>
    <message>
        <source>Sanction case %1 has no decided suspension yet; the decision letter can be written once the suspension is decided.</source>
        <translation>Prikksak %1 har ikke vedtak om inndragning ennå; vedtaksbrevet kan lages når inndragningen er vedtatt.</translation>
    </message>
</context>
<context>
    <name>InspectionPlan</name>
    <message>
        <source>not inspected in %1</source>
        <translation>ikke kontrollert i %1</translation>
    </message>
    <message>
        <source>findings in earlier years: %1</source>
        <translation>funn tidligere år: %1</translation>
    </message>
    <message>
        <source>findings in %1: %2</source>
        <translation>funn i %1: %2</translation>
    </message>
    <message>
        <source>late serving hours (bar or nightclub)</source>
        <translation>sene skjenketider (bar eller nattklubb)</translation>
    </message>
    <message>
        <source>serves spirits (group 3)</source>
        <translation>skjenker brennevin (gruppe 3)</translation>
    </message>
    <message>
        <source>never inspected</source>
        <translation>aldri kontrollert</translation>
    </message>
    <message>
        <source>last inspected %1 (%2 days ago)</source>
        <translation>sist kontrollert %1 (%2 dager siden)</translation>
    </message>
</context>
<context>
    <name>InspectionQuota</name>
    <message>
        <source>year: %1 is not a year between 1900 and 2200.</source>
        <translation>year: %1 er ikke et år mellom 1900 og 2200.</translation>
    </message>
    <message>
        <source>%1.date: the inspection date is missing.</source>
        <translation>%1.date: kontrolldatoen mangler.</translation>
    </message>
    <message>
        <source>%1.inspectors: an inspection has at least one inspector.</source>
        <translation>%1.inspectors: en kontroll har minst én kontrollør.</translation>
    </message>
</context>
<context>
    <name>InspectionRepository</name>
    <message>
        <source>The register could not be saved or read.</source>
        <translation>Registeret kunne ikke lagres eller leses.</translation>
    </message>
    <message>
        <source>The register is open read-only; close the other window that has it open for changes first.</source>
        <translation>Registeret er åpnet skrivebeskyttet; lukk først det andre vinduet som har det åpent for endringer.</translation>
    </message>
    <message>
        <source>Inspection %1 does not exist in this register.</source>
        <translation>Kontroll %1 finnes ikke i dette registeret.</translation>
    </message>
    <message>
        <source>Finding "%1" cannot be removed: a sanction case refers to it.</source>
        <translation>Funnet «%1» kan ikke fjernes: en sak om prikktildeling viser til det.</translation>
    </message>
    <message>
        <source>Finding %1 does not belong to this inspection.</source>
        <translation>Funn %1 hører ikke til denne kontrollen.</translation>
    </message>
    <message>
        <source>Number: %1 is already used by another inspection.</source>
        <translation>Nummer: %1 er allerede brukt av en annen kontroll.</translation>
    </message>
    <message>
        <source>Report sent: enter the date.</source>
        <translation>Rapport sendt: fyll inn datoen.</translation>
    </message>
    <message>
        <source>Report sent: %1 is before the inspection (%2).</source>
        <translation>Rapport sendt: %1 er før kontrollen (%2).</translation>
    </message>
    <message>
        <source>Report sent: %1 is in the future.</source>
        <translation>Rapport sendt: %1 er fram i tid.</translation>
    </message>
    <message>
        <source>Report sent: %1 is after the comments were received (%2).</source>
        <translation>Rapport sendt: %1 er etter at merknadene kom inn (%2).</translation>
    </message>
    <message>
        <source>Comments received: enter the date.</source>
        <translation>Merknader mottatt: fyll inn datoen.</translation>
    </message>
    <message>
        <source>Comments received: %1 is before the report was sent.</source>
        <translation>Merknader mottatt: %1 er før rapporten ble sendt.</translation>
    </message>
    <message>
        <source>Comments received: %1 is in the future.</source>
        <translation>Merknader mottatt: %1 er fram i tid.</translation>
    </message>
</context>
<context>
    <name>InspectionTexts</name>
    <message>
        <source>Serving inspection</source>
        <translation>Skjenkekontroll</translation>
    </message>
    <message>
        <source>Sales inspection</source>
        <translation>Salgskontroll</translation>
    </message>
    <message>
        <source>Internal control</source>
        <translation>Internkontroll</translation>
    </message>
    <message>
        <source>Event inspection</source>
        <translation>Kontroll ved arrangement</translation>
    </message>
    <message>
        <source>Tobacco inspection</source>
        <translation>Tobakkstilsyn</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>Age checks</source>
        <translation>Alderskontroll</translation>
    </message>
    <message>
        <source>Intoxicated guests</source>
        <translation>Påvirkede gjester</translation>
    </message>
    <message>
        <source>Serving and sales hours</source>
        <translation>Skjenke- og salgstider</translation>
    </message>
    <message>
        <source>Manager or deputy present</source>
        <translation>Styrer eller stedfortreder til stede</translation>
    </message>
    <message>
        <source>Advertising ban</source>
        <translation>Reklameforbudet</translation>
    </message>
    <message>
        <source>Alcohol-free alternatives</source>
        <translation>Alkoholfrie alternativer</translation>
    </message>
    <message>
        <source>Spirits measures</source>
        <translation>Skjenkemengde for brennevin</translation>
    </message>
    <message>
        <source>Placement of alcohol</source>
        <translation>Plassering av alkohol</translation>
    </message>
    <message>
        <source>Licence conditions</source>
        <translation>Vilkår i bevillingen</translation>
    </message>
</context>
<context>
    <name>InspectionValidator</name>
    <message>
        <source>Licence: choose the licence that was inspected.</source>
        <translation>Bevilling: velg bevillingen som ble kontrollert.</translation>
    </message>
    <message>
        <source>Date: enter the day of the inspection.</source>
        <translation>Dato: fyll inn dagen for kontrollen.</translation>
    </message>
    <message>
        <source>Date: %1 is in the future; record an inspection after it has taken place.</source>
        <translation>Dato: %1 er fram i tid; registrer kontrollen etter at den er gjennomført.</translation>
    </message>
    <message>
        <source>Start: enter when the inspection started.</source>
        <translation>Start: fyll inn når kontrollen startet.</translation>
    </message>
    <message>
        <source>End: enter when the inspection ended.</source>
        <translation>Slutt: fyll inn når kontrollen sluttet.</translation>
    </message>
    <message>
        <source>End: %1 is the same time as the start.</source>
        <translation>Slutt: %1 er samme klokkeslett som starten.</translation>
    </message>
    <message>
        <source>End: %1 is before the start (%2); an inspection that goes on past midnight ends before 06:00.</source>
        <translation>Slutt: %1 er før starten (%2); en kontroll som varer over midnatt, slutter før kl. 06.00.</translation>
    </message>
    <message>
        <source>Inspectors: choose who carried out the inspection.</source>
        <translation>Kontrollører: velg hvem som gjennomførte kontrollen.</translation>
    </message>
    <message>
        <source>Inspectors: %1 is not in the register of inspectors.</source>
        <translation>Kontrollører: %1 finnes ikke i kontrollørregisteret.</translation>
    </message>
    <message>
        <source>Inspectors: %1 has no recorded knowledge test for inspectors.</source>
        <translation>Kontrollører: %1 har ingen registrert kunnskapsprøve for kontrollører.</translation>
    </message>
    <message>
        <source>Inspectors: this serving inspection had one inspector; two are required at serving places (alkoholforskriften § 9-5).</source>
        <translation>Kontrollører: denne skjenkekontrollen hadde én kontrollør; det kreves to på skjenkesteder (alkoholforskriften § 9-5).</translation>
    </message>
    <message>
        <source>Inspectors: a serving inspection needs two inspectors (alkoholforskriften § 9-5); add the second inspector or confirm that only one took part.</source>
        <translation>Kontrollører: en skjenkekontroll krever to kontrollører (alkoholforskriften § 9-5); legg til den andre kontrolløren eller bekreft at bare én deltok.</translation>
    </message>
    <message>
        <source>Finding %1: "%2" is not a finding code of alkoholforskriften § 10-3.</source>
        <translation>Funn %1: «%2» er ikke en overtredelseskode i alkoholforskriften § 10-3.</translation>
    </message>
    <message>
        <source>Finding %1: describe what was found.</source>
        <translation>Funn %1: beskriv hva som ble funnet.</translation>
    </message>
    <message>
        <source>Finding %1: describe the signs of intoxication that were observed (speech, balance, behaviour).</source>
        <translation>Funn %1: beskriv tegnene på påvirkning som ble observert (tale, balanse, atferd).</translation>
    </message>
    <message>
        <source>Finding %1: "intoxicated" is a conclusion; describe what was observed (speech, balance, behaviour).</source>
        <translation>Funn %1: «beruset» er en konklusjon; beskriv hva som ble observert (tale, balanse, atferd).</translation>
    </message>
    <message>
        <source>Finding %1: enter what was served.</source>
        <translation>Funn %1: fyll inn hva som ble servert.</translation>
    </message>
    <message>
        <source>Finding %1: enter when it was served.</source>
        <translation>Funn %1: fyll inn når det ble servert.</translation>
    </message>
    <message>
        <source>Checklist: "%1" is not a checklist item.</source>
        <translation>Sjekkliste: «%1» er ikke et punkt på sjekklisten.</translation>
    </message>
    <message>
        <source>Checklist: "%1" is marked not in order, but the inspection has no finding.</source>
        <translation>Sjekkliste: «%1» er merket som ikke i orden, men kontrollen har ingen funn.</translation>
    </message>
    <message>
        <source>Report sent: %1 is before the inspection (%2).</source>
        <translation>Rapport sendt: %1 er før kontrollen (%2).</translation>
    </message>
    <message>
        <source>Report sent: %1 is in the future.</source>
        <translation>Rapport sendt: %1 er fram i tid.</translation>
    </message>
    <message>
        <source>Report sent: %1, more than a week after the inspection (due %2).</source>
        <translation>Rapport sendt: %1, mer enn en uke etter kontrollen (frist %2).</translation>
    </message>
    <message>
        <source>Report: not sent yet; it was due %1, a week after the inspection.</source>
        <translation>Rapport: ikke sendt ennå; fristen var %1, en uke etter kontrollen.</translation>
    </message>
    <message>
        <source>Comments received: %1 is before the report was sent.</source>
        <translation>Merknader mottatt: %1 er før rapporten ble sendt.</translation>
    </message>
    <message>
        <source>Comments received: %1 is in the future.</source>
        <translation>Merknader mottatt: %1 er fram i tid.</translation>
    </message>
</context>
<context>
    <name>InspectorRepository</name>
    <message>
        <source>Inspector %1 does not exist in this register.</source>
        <translation>Kontrollør %1 finnes ikke i dette registeret.</translation>
    </message>
    <message>
        <source>Name: enter the inspector's name.</source>
        <translation>Navn: fyll inn kontrollørens navn.</translation>
    </message>
    <message>
        <source>Knowledge test: %1 is in the future.</source>
        <translation>Kunnskapsprøve: %1 er fram i tid.</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>sann/usann</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>et tall</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>et objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <source>expected %1, found %2.</source>
        <translation>forventet %1, fant %2.</translation>
    </message>
    <message>
        <source>unknown value "%1"; use one of %2.</source>
        <translation>ukjent verdi «%1»; bruk en av %2.</translation>
    </message>
    <message>
        <source>unknown field; check the spelling against the description of the format.</source>
        <translation>ukjent felt; kontroller stavemåten mot beskrivelsen av formatet.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>et heltall</translation>
    </message>
    <message>
        <source>expected a whole number, found %1.</source>
        <translation>forventet et heltall, fant %1.</translation>
    </message>
    <message>
        <source>must be at least %1 (found %2).</source>
        <translation>må være minst %1 (fant %2).</translation>
    </message>
    <message>
        <source>"%1" is not a valid date; write dates as YYYY-MM-DD.</source>
        <translation>«%1» er ikke en gyldig dato; skriv datoer som ÅÅÅÅ-MM-DD (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>"%1" is not a valid time stamp; write it as YYYY-MM-DDTHH:MM:SSZ (UTC) or with an offset such as +01:00.</source>
        <translation>«%1» er ikke et gyldig tidsstempel; skriv det som YYYY-MM-DDTHH:MM:SSZ (UTC) eller med tidssone som +01:00.</translation>
    </message>
    <message>
        <source>this field is required but missing.</source>
        <translation>feltet er påkrevd, men mangler.</translation>
    </message>
    <message>
        <source>this field is required and cannot be null.</source>
        <translation>feltet er påkrevd og kan ikke være null.</translation>
    </message>
</context>
<context>
    <name>LetterTemplate</name>
    <message>
        <source>Grant</source>
        <translation>Innvilgelse</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Avslag</translation>
    </message>
    <message>
        <source>Municipality name</source>
        <translation>Kommunens navn</translation>
    </message>
    <message>
        <source>Municipality number</source>
        <translation>Kommunenummer</translation>
    </message>
    <message>
        <source>Date of the letter (today)</source>
        <translation>Brevets dato (i dag)</translation>
    </message>
    <message>
        <source>Officer handling the case</source>
        <translation>Saksbehandler</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Saksnummer</translation>
    </message>
    <message>
        <source>Date the application was received</source>
        <translation>Datoen søknaden ble mottatt</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Sakstype</translation>
    </message>
    <message>
        <source>Heading of the decision (grant or refusal, by case type)</source>
        <translation>Vedtakets overskrift (innvilgelse eller avslag, etter sakstype)</translation>
    </message>
    <message>
        <source>What was applied for, as in "søknad om ..."</source>
        <translation>Hva det er søkt om, som i «søknad om ...»</translation>
    </message>
    <message>
        <source>Kind of licence</source>
        <translation>Bevillingstype</translation>
    </message>
    <message>
        <source>Legal basis (sections of the Alcohol Act)</source>
        <translation>Hjemmel (paragrafer i alkoholloven)</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Bevillingsnummer</translation>
    </message>
    <message>
        <source>Licensee's name</source>
        <translation>Bevillingshavers navn</translation>
    </message>
    <message>
        <source>Licensee's organisation number</source>
        <translation>Bevillingshavers organisasjonsnummer</translation>
    </message>
    <message>
        <source>Licensee's address</source>
        <translation>Bevillingshavers adresse</translation>
    </message>
    <message>
        <source>Premises' name</source>
        <translation>Salgs- eller skjenkestedets navn</translation>
    </message>
    <message>
        <source>Premises' address</source>
        <translation>Salgs- eller skjenkestedets adresse</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Styrer</translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation>Stedfortredere</translation>
    </message>
    <message>
        <source>Alcohol groups ("gruppe 1, 2 og 3")</source>
        <translation>Alkoholgrupper («gruppe 1, 2 og 3»)</translation>
    </message>
    <message>
        <source>Serving or sales areas</source>
        <translation>Skjenke- eller salgsareal</translation>
    </message>
    <message>
        <source>The occasion (single occasion, travelling licence)</source>
        <translation>Arrangementet (enkelt anledning, ambulerende bevilling)</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periode fra</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Periode til</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Vedtaksdato</translation>
    </message>
    <message>
        <source>How it was decided (politically or by delegated authority)</source>
        <translation>Hvordan vedtaket ble fattet (politisk eller etter delegert myndighet)</translation>
    </message>
    <message>
        <source>Who decided (officer or council body)</source>
        <translation>Hvem som fattet vedtaket (saksbehandler eller politisk organ)</translation>
    </message>
    <message>
        <source>Decision or case reference</source>
        <translation>Vedtaks- eller saksreferanse</translation>
    </message>
    <message>
        <source>Reason for a refusal</source>
        <translation>Begrunnelse for avslag</translation>
    </message>
    <message>
        <source>Conditions (vilkår) set in the decision</source>
        <translation>Vilkår satt i vedtaket</translation>
    </message>
    <message>
        <source>Unknown merge fields: %1. Use the merge fields in the list.</source>
        <translation>Ukjente flettefelt: %1. Bruk flettefeltene i listen.</translation>
    </message>
</context>
<context>
    <name>LetterTemplates</name>
    <message>
        <source>Could not read the letter templates.</source>
        <translation>Kunne ikke lese brevmalene.</translation>
    </message>
    <message>
        <source>The program's own letter template is missing.</source>
        <translation>Programmets egen brevmal mangler.</translation>
    </message>
    <message>
        <source>The register is open read-only.</source>
        <translation>Registeret er åpnet skrivebeskyttet.</translation>
    </message>
    <message>
        <source>Template: the letter cannot be empty.</source>
        <translation>Mal: brevet kan ikke være tomt.</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Mal: %1</translation>
    </message>
    <message>
        <source>Could not save the letter template.</source>
        <translation>Kunne ikke lagre brevmalen.</translation>
    </message>
</context>
<context>
    <name>LicenceLedger</name>
    <message>
        <source>The register could not be read.</source>
        <translation>Registeret kunne ikke leses.</translation>
    </message>
    <message>
        <source>The prikk ledger could not be read.</source>
        <translation>Prikkbelastningen kunne ikke leses.</translation>
    </message>
</context>
<context>
    <name>LicenceRepository</name>
    <message>
        <source>The register could not be saved or read.</source>
        <translation>Registeret kunne ikke lagres eller leses.</translation>
    </message>
    <message>
        <source>The register is open read-only; close the other window that has it open for changes first.</source>
        <translation>Registeret er åpnet skrivebeskyttet; lukk først det andre vinduet som har det åpent for endringer.</translation>
    </message>
    <message>
        <source>Licence number: %1 is already used by another licence.</source>
        <translation>Bevillingsnummer: %1 er allerede brukt av en annen bevilling.</translation>
    </message>
    <message>
        <source>Licence %1 does not exist in this register.</source>
        <translation>Bevilling %1 finnes ikke i dette registeret.</translation>
    </message>
    <message>
        <source>End date: the licence already ended on %1.</source>
        <translation>Avsluttet dato: bevillingen ble allerede avsluttet %1.</translation>
    </message>
    <message>
        <source>End date: a date is required.</source>
        <translation>Avsluttet dato: dato må fylles ut.</translation>
    </message>
    <message>
        <source>End date: the licence has not been ended.</source>
        <translation>Avsluttet dato: bevillingen er ikke avsluttet.</translation>
    </message>
</context>
<context>
    <name>LicenceValidator</name>
    <message>
        <source>Organisation number: required for sales and serving licences.</source>
        <translation>Organisasjonsnummer: må fylles ut for salgs- og skjenkebevillinger.</translation>
    </message>
    <message>
        <source>Organisation number: only digits are allowed.</source>
        <translation>Organisasjonsnummer: bare sifre er tillatt.</translation>
    </message>
    <message>
        <source>Organisation number: must have exactly 9 digits (has %1).</source>
        <translation>Organisasjonsnummer: må ha nøyaktig 9 sifre (har %1).</translation>
    </message>
    <message>
        <source>Organisation number: the check digit is wrong; please check the number against Brønnøysundregistrene.</source>
        <translation>Organisasjonsnummer: kontrollsifferet stemmer ikke; sjekk nummeret mot Brønnøysundregistrene.</translation>
    </message>
    <message>
        <source>Alcohol groups: choose at least group 1.</source>
        <translation>Alkoholgrupper: velg minst gruppe 1.</translation>
    </message>
    <message>
        <source>Alcohol groups: a sales licence covers group 1, or groups 1 and 2.</source>
        <translation>Alkoholgrupper: en salgsbevilling omfatter gruppe 1, eller gruppe 1 og 2.</translation>
    </message>
    <message>
        <source>Alcohol groups: a sales licence covers group 1 only (group 2 needs the register setting that allows it).</source>
        <translation>Alkoholgrupper: en salgsbevilling omfatter bare gruppe 1 (gruppe 2 krever innstillingen i registeret som tillater det).</translation>
    </message>
    <message>
        <source>Alcohol groups: a serving licence covers group 1, groups 1 and 2, or groups 1, 2 and 3.</source>
        <translation>Alkoholgrupper: en skjenkebevilling omfatter gruppe 1, gruppe 1 og 2, eller gruppe 1, 2 og 3.</translation>
    </message>
    <message>
        <source>Valid from: a start date is required.</source>
        <translation>Gyldig fra: startdato må fylles ut.</translation>
    </message>
    <message>
        <source>Valid to: an end date is required.</source>
        <translation>Gyldig til: sluttdato må fylles ut.</translation>
    </message>
    <message>
        <source>Valid to: %1 is before the start date %2.</source>
        <translation>Gyldig til: %1 er før startdatoen %2.</translation>
    </message>
    <message>
        <source>%1: a name is required.</source>
        <translation>%1: navn må fylles ut.</translation>
    </message>
    <message>
        <source>%1: the date of birth is required to check the age limit of 20 years.</source>
        <translation>%1: fødselsdato må fylles ut for å kontrollere aldersgrensen på 20 år.</translation>
    </message>
    <message>
        <source>%1: must be at least 20 years old on the start date %2 (is %3).</source>
        <translation>%1: må være minst 20 år på startdatoen %2 (er %3).</translation>
    </message>
    <message>
        <source>%1: the knowledge test date is before the date of birth.</source>
        <translation>%1: datoen for kunnskapsprøven er før fødselsdatoen.</translation>
    </message>
    <message>
        <source>Licence number: required.</source>
        <translation>Bevillingsnummer: må fylles ut.</translation>
    </message>
    <message>
        <source>Licensee: a name is required.</source>
        <translation>Bevillingshaver: navn må fylles ut.</translation>
    </message>
    <message>
        <source>Premises: a name is required.</source>
        <translation>Sted: navn må fylles ut.</translation>
    </message>
    <message>
        <source>Address: the premises' street address is required.</source>
        <translation>Adresse: stedets gateadresse må fylles ut.</translation>
    </message>
    <message>
        <source>Capacity: cannot be negative.</source>
        <translation>Kapasitet: kan ikke være negativ.</translation>
    </message>
    <message>
        <source>Postal code: must be 4 digits.</source>
        <translation>Postnummer: må ha 4 sifre.</translation>
    </message>
    <message>
        <source>Occasion: describe the event the licence is for.</source>
        <translation>Anledning: beskriv arrangementet bevillingen gjelder.</translation>
    </message>
    <message>
        <source>Serving area: choose indoors, outdoors or both.</source>
        <translation>Skjenkeareal: velg inne, ute eller begge.</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Styrer</translation>
    </message>
    <message>
        <source>Deputy: an ordinary licence needs at least one deputy.</source>
        <translation>Stedfortreder: en alminnelig bevilling må ha minst én stedfortreder.</translation>
    </message>
    <message>
        <source>Deputy %1</source>
        <translation>Stedfortreder %1</translation>
    </message>
    <message>
        <source>End reason: choose why the licence ends.</source>
        <translation>Grunn til avslutning: velg hvorfor bevillingen avsluttes.</translation>
    </message>
    <message>
        <source>End date: %1 is before the licence started (%2).</source>
        <translation>Avsluttet dato: %1 er før bevillingen startet (%2).</translation>
    </message>
</context>
<context>
    <name>NationalFrame</name>
    <message>
        <source>indoors</source>
        <translation>inne</translation>
    </message>
    <message>
        <source>outdoors</source>
        <translation>ute</translation>
    </message>
    <message>
        <source>on weekdays</source>
        <translation>på hverdager</translation>
    </message>
    <message>
        <source>on days before Sundays and holidays</source>
        <translation>på dager før søn- og helligdager</translation>
    </message>
    <message>
        <source>"%1" is always a day without sales (a Sunday, a holiday, 1 May or 17 May); no sales rule can open a closed day (alkoholloven § 3-7).</source>
        <translation>«%1» er alltid en dag uten salg (søndag, helligdag, 1. mai eller 17. mai); ingen salgsregel kan åpne en stengt dag (alkoholloven § 3-7).</translation>
    </message>
    <message>
        <source>%1 is later than the national maximum %2 for "%3" (alkoholloven § 3-7).</source>
        <translation>%1 er senere enn nasjonal maksimaltid %2 for «%3» (alkoholloven § 3-7).</translation>
    </message>
    <message>
        <source>%1 minutes is longer than the national maximum of %2 minutes after serving ends (alkoholloven § 4-4).</source>
        <translation>%1 minutter er lenger enn nasjonalt maksimum på %2 minutter etter at skjenketiden er slutt (alkoholloven § 4-4).</translation>
    </message>
    <message>
        <source>%1 is later than the national maximum 03:00 (alkoholloven § 4-4).</source>
        <translation>%1 er senere enn nasjonal maksimaltid 03:00 (alkoholloven § 4-4).</translation>
    </message>
    <message>
        <source>unknown zone "%1"; use residential, non-residential or a zone declared in settings.zones.</source>
        <translation>ukjent sone «%1»; bruk residential, non-residential eller en sone som er oppgitt i settings.zones.</translation>
    </message>
    <message>
        <source>%1 is earlier than the earliest sales start 08:00 (alkoholloven § 3-7).</source>
        <translation>%1 er tidligere enn tidligste salgsstart 08:00 (alkoholloven § 3-7).</translation>
    </message>
    <message>
        <source>%1 is later than the national maximum %2 %3 (alkoholloven § 3-7).</source>
        <translation>%1 er senere enn nasjonal maksimaltid %2 %3 (alkoholloven § 3-7).</translation>
    </message>
    <message>
        <source>%1 is not after the opening time %2.</source>
        <translation>%1 er ikke etter åpningstiden %2.</translation>
    </message>
    <message>
        <source>%1 is earlier than the national earliest start %2 for %3 (alkoholloven § 4-4).</source>
        <translation>%1 er tidligere enn nasjonal tidligste start %2 for %3 (alkoholloven § 4-4).</translation>
    </message>
    <message>
        <source>%1 is later than the national maximum 03:00 for %2 (alkoholloven § 4-4).</source>
        <translation>%1 er senere enn nasjonal maksimaltid 03:00 for %2 (alkoholloven § 4-4).</translation>
    </message>
    <message>
        <source>%1 is not after the start %2 on the serving day (06:00 to 03:00 the next morning).</source>
        <translation>%1 er ikke etter starten %2 i skjenkedøgnet (06:00 til 03:00 neste morgen).</translation>
    </message>
    <message>
        <source>gives %1-%2 where rules[%3] gives %4-%5 for the same query (overlapping groups, area, zone, season and days, equally specific); make one rule more specific or give both the same hours.</source>
        <translation>gir %1–%2 der rules[%3] gir %4–%5 for samme spørsmål (overlappende grupper, areal, sone, sesong og dager, like spesifikke); gjør én regel mer spesifikk eller gi begge samme tider.</translation>
    </message>
    <message>
        <source>%1, zone %2, serving day %3</source>
        <translation>%1, sone %2, skjenkedøgn %3</translation>
    </message>
    <message>
        <source>gives group 3 hours where no rule gives group %1 any (%2); group 3 may never be served beyond the hours of the other groups (alkoholloven § 4-4).</source>
        <translation>gir gruppe 3 skjenketid der ingen regel gir gruppe %1 noen (%2); gruppe 3 kan aldri skjenkes utover tidene for de andre gruppene (alkoholloven § 4-4).</translation>
    </message>
    <message>
        <source>%1 is earlier than the start %2 that rules[%3] gives group %4 (%5); group 3 may never be served beyond the hours of the other groups (alkoholloven § 4-4).</source>
        <translation>%1 er tidligere enn starten %2 som rules[%3] gir gruppe %4 (%5); gruppe 3 kan aldri skjenkes utover tidene for de andre gruppene (alkoholloven § 4-4).</translation>
    </message>
    <message>
        <source>%1 is later than the end %2 that rules[%3] gives group %4 (%5); group 3 may never be served beyond the hours of the other groups (alkoholloven § 4-4).</source>
        <translation>%1 er senere enn slutten %2 som rules[%3] gir gruppe %4 (%5); gruppe 3 kan aldri skjenkes utover tidene for de andre gruppene (alkoholloven § 4-4).</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>gruppe %1</translation>
    </message>
    <message>
        <source>groups %1 and %2</source>
        <translation>gruppe %1 og %2</translation>
    </message>
</context>
<context>
    <name>PrikkLedger</name>
    <message>
        <source>%1: must be a date written YYYY-MM-DD.</source>
        <translation>%1: må være en dato skrevet YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1: "%2" is not a valid date (YYYY-MM-DD).</source>
        <translation>%1: «%2» er ikke en gyldig dato (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>%1: unknown field.</source>
        <translation>%1: ukjent felt.</translation>
    </message>
    <message>
        <source>%1.decided: the decision date is missing.</source>
        <translation>%1.decided: vedtaksdatoen mangler.</translation>
    </message>
    <message>
        <source>%1: a suspension needs "from" and "to".</source>
        <translation>%1: en inndragning må ha «from» og «to».</translation>
    </message>
    <message>
        <source>%1.to: the suspension ends before it starts.</source>
        <translation>%1.to: inndragningen slutter før den begynner.</translation>
    </message>
    <message>
        <source>%1.date: the date is missing.</source>
        <translation>%1.date: datoen mangler.</translation>
    </message>
    <message>
        <source>%1.code: unknown finding code "%2".</source>
        <translation>%1.code: ukjent avvikskode «%2».</translation>
    </message>
    <message>
        <source>%1.prikker: cannot be negative.</source>
        <translation>%1.prikker: kan ikke være negativ.</translation>
    </message>
    <message>
        <source>%1.reason: a deviation from the standard number of prikker must give its reason.</source>
        <translation>%1.reason: et avvik fra standard antall prikker må begrunnes.</translation>
    </message>
    <message>
        <source>%1.prikker: the same breach found twice at one inspection counts once, so it cannot carry a different number of prikker (%2) than before (%3).</source>
        <translation>%1.prikker: likeartede brudd ved samme kontroll teller én gang, så de kan ikke ha et annet antall prikker (%2) enn før (%3).</translation>
    </message>
    <message>
        <source>as_of: no date to evaluate the ledger on.</source>
        <translation>as_of: ingen dato å beregne prikkene på.</translation>
    </message>
    <message>
        <source>code: unknown finding code "%1".</source>
        <translation>code: ukjent avvikskode «%1».</translation>
    </message>
    <message>
        <source>events: must be a list of events.</source>
        <translation>events: må være en liste med hendelser.</translation>
    </message>
    <message>
        <source>%1: must be an object.</source>
        <translation>%1: må være et objekt.</translation>
    </message>
    <message>
        <source>%1.type: must be inspection, renewal, transfer or suspension.</source>
        <translation>%1.type: må være inspection, renewal, transfer eller suspension.</translation>
    </message>
    <message>
        <source>%1.id: must be text.</source>
        <translation>%1.id: må være tekst.</translation>
    </message>
    <message>
        <source>%1.findings: must be a list.</source>
        <translation>%1.findings: må være en liste.</translation>
    </message>
    <message>
        <source>%1.code: a finding code is required.</source>
        <translation>%1.code: avvikskode må være med.</translation>
    </message>
    <message>
        <source>%1.prikker: must be a whole number, 0 or more.</source>
        <translation>%1.prikker: må være et heltall, 0 eller mer.</translation>
    </message>
    <message>
        <source>%1.reason: must be text.</source>
        <translation>%1.reason: må være tekst.</translation>
    </message>
</context>
<context>
    <name>PublicPrikkList</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
</context>
<context>
    <name>RegisterExchange</name>
    <message>
        <source>The register could not be read or written.</source>
        <translation>Registeret kunne ikke leses eller skrives.</translation>
    </message>
    <message>
        <source>the number is too large.</source>
        <translation>tallet er for stort.</translation>
    </message>
    <message>
        <source>must be "%1" here.</source>
        <translation>må være «%1» her.</translation>
    </message>
    <message>
        <source>a name is required.</source>
        <translation>navn må fylles ut.</translation>
    </message>
    <message>
        <source>the alcohol groups are 1, 2 and 3 (found %1).</source>
        <translation>alkoholgruppene er 1, 2 og 3 (fant %1).</translation>
    </message>
    <message>
        <source>group %1 is listed twice.</source>
        <translation>gruppe %1 står to ganger.</translation>
    </message>
    <message>
        <source>[%1] is not a valid combination of alcohol groups; use [1], [1, 2] or [1, 2, 3].</source>
        <translation>[%1] er ikke en gyldig kombinasjon av alkoholgrupper; bruk [1], [1, 2] eller [1, 2, 3].</translation>
    </message>
    <message>
        <source>id %1 is already used by %2.</source>
        <translation>id %1 er allerede brukt av %2.</translation>
    </message>
    <message>
        <source>licence number %1 is already used by %2.</source>
        <translation>bevillingsnummer %1 er allerede brukt av %2.</translation>
    </message>
    <message>
        <source>id %1 is also used by %2 with other details; a licensee shared by several licences must have the same details in each.</source>
        <translation>id %1 brukes også av %2 med andre opplysninger; en bevillingshaver som har flere bevillinger må ha like opplysninger i hver.</translation>
    </message>
    <message>
        <source>id %1 is also used by %2 with other details; premises shared by several licences must have the same details in each.</source>
        <translation>id %1 brukes også av %2 med andre opplysninger; et sted som har flere bevillinger må ha like opplysninger i hver.</translation>
    </message>
    <message>
        <source>must name what was changed (for example "licence").</source>
        <translation>må si hva som ble endret (for eksempel «licence»).</translation>
    </message>
    <message>
        <source>must name the change (for example "create").</source>
        <translation>må si hvilken endring det var (for eksempel «create»).</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at line %2, column %3.</source>
        <translation>Filen er ikke gyldig JSON: %1 på linje %2, kolonne %3.</translation>
    </message>
    <message>
        <source>The file is not a Bevilling register export: it must be a JSON object with "format": "%1".</source>
        <translation>Filen er ikke en eksport av et Bevilling-register: den må være et JSON-objekt med "format": "%1".</translation>
    </message>
    <message>
        <source>"%1" is not a Bevilling register export; expected "%2".</source>
        <translation>«%1» er ikke en eksport av et Bevilling-register; forventet «%2».</translation>
    </message>
    <message>
        <source>version %1 was written by a newer Bevilling; this program reads versions up to %2. Update the program to import it.</source>
        <translation>versjon %1 er skrevet av en nyere Bevilling; dette programmet leser versjoner til og med %2. Oppdater programmet for å importere den.</translation>
    </message>
    <message>
        <source>this section is required but missing.</source>
        <translation>denne delen er påkrevd, men mangler.</translation>
    </message>
    <message>
        <source>%1 is open read-only; an import needs to write to it.</source>
        <translation>%1 er åpnet skrivebeskyttet; en import må kunne skrive til den.</translation>
    </message>
    <message>
        <source>%1 already holds licences or history; import into a new file or an empty register.</source>
        <translation>%1 har allerede bevillinger eller historikk; importer til en ny fil eller et tomt register.</translation>
    </message>
    <message>
        <source>must hold exactly one version (found %1).</source>
        <translation>må inneholde nøyaktig én versjon (fant %1).</translation>
    </message>
    <message>
        <source>must be the date the document's version is in force from (%1).</source>
        <translation>må være datoen dokumentets versjon gjelder fra (%1).</translation>
    </message>
    <message>
        <source>a version from %1 is already given by %2.</source>
        <translation>en versjon fra %1 er allerede oppgitt i %2.</translation>
    </message>
    <message>
        <source>this section belongs to format version %1 or later; the document says version %2.</source>
        <translation>denne delen hører til formatversjon %1 eller senere; dokumentet oppgir versjon %2.</translation>
    </message>
    <message>
        <source>the rates of %1 are already given by %2.</source>
        <translation>satsene for %1 er allerede oppgitt i %2.</translation>
    </message>
    <message>
        <source>the content is not valid base64.</source>
        <translation>innholdet er ikke gyldig base64.</translation>
    </message>
    <message>
        <source>the content has %1 bytes; "size" says %2.</source>
        <translation>innholdet har %1 byte; «size» sier %2.</translation>
    </message>
    <message>
        <source>the content does not match "sha256" (its SHA-256 is %1).</source>
        <translation>innholdet stemmer ikke med «sha256» (SHA-256 av innholdet er %1).</translation>
    </message>
    <message>
        <source>no licence in the document has id %1.</source>
        <translation>ingen bevilling i dokumentet har id %1.</translation>
    </message>
    <message>
        <source>case number %1 is already used by %2.</source>
        <translation>saksnummer %1 er allerede brukt av %2.</translation>
    </message>
    <message>
        <source>the template is empty.</source>
        <translation>malen er tom.</translation>
    </message>
    <message>
        <source>"%1" is not a valid time; write times as HH:MM.</source>
        <translation>«%1» er ikke et gyldig klokkeslett; skriv klokkeslett som TT:MM.</translation>
    </message>
    <message>
        <source>the name is empty.</source>
        <translation>navnet er tomt.</translation>
    </message>
    <message>
        <source>the number is empty.</source>
        <translation>nummeret er tomt.</translation>
    </message>
    <message>
        <source>no inspector in the document has id %1.</source>
        <translation>ingen kontrollør i dokumentet har id %1.</translation>
    </message>
    <message>
        <source>inspector %1 is named twice.</source>
        <translation>kontrollør %1 er oppført to ganger.</translation>
    </message>
    <message>
        <source>"%1" is listed twice.</source>
        <translation>«%1» er oppført to ganger.</translation>
    </message>
    <message>
        <source>inspection number %1 is already used by %2.</source>
        <translation>kontrollnummer %1 er allerede brukt av %2.</translation>
    </message>
    <message>
        <source>no inspection finding in the document has id %1.</source>
        <translation>ingen kontrollfunn i dokumentet har id %1.</translation>
    </message>
    <message>
        <source>inspection finding %1 is already in %2.</source>
        <translation>kontrollfunn %1 er allerede med i %2.</translation>
    </message>
    <message>
        <source>the last day is before the first day.</source>
        <translation>siste dag er før første dag.</translation>
    </message>
    <message>
        <source>sanction case number %1 is already used by %2.</source>
        <translation>prikksaksnummer %1 er allerede brukt av %2.</translation>
    </message>
    <message>
        <source>this member is required but missing.</source>
        <translation>dette feltet er påkrevd, men mangler.</translation>
    </message>
    <message>
        <source>must be a number of litres, 0 or more.</source>
        <translation>må være et antall liter, 0 eller mer.</translation>
    </message>
    <message>
        <source>must be a year from 2000 to 2100 (found %1).</source>
        <translation>må være et år fra 2000 til 2100 (fant %1).</translation>
    </message>
    <message>
        <source>the report of licence %1 for %2 is already given by %3.</source>
        <translation>oppgaven for bevilling %1 for %2 er allerede gitt av %3.</translation>
    </message>
    <message>
        <source>must be a percentage above 0 and at most 1000.</source>
        <translation>må være en prosent over 0 og høyst 1000.</translation>
    </message>
    <message>
        <source>must be from 1 to 365 days (found %1).</source>
        <translation>må være fra 1 til 365 dager (fant %1).</translation>
    </message>
    <message>
        <source>no case in the document has id %1.</source>
        <translation>ingen sak i dokumentet har id %1.</translation>
    </message>
    <message>
        <source>is before issued_on.</source>
        <translation>er før issued_on.</translation>
    </message>
    <message>
        <source>no fee line in the document has id %1.</source>
        <translation>ingen fakturalinje i dokumentet har id %1.</translation>
    </message>
</context>
<context>
    <name>RegisterSettings</name>
    <message>
        <source>Could not read the register settings.</source>
        <translation>Kunne ikke lese innstillingene for registeret.</translation>
    </message>
    <message>
        <source>Municipality number: must be 4 digits (for example 3201).</source>
        <translation>Kommunenummer: må ha 4 sifre (for eksempel 3201).</translation>
    </message>
    <message>
        <source>The register is open read-only.</source>
        <translation>Registeret er åpnet skrivebeskyttet.</translation>
    </message>
    <message>
        <source>Municipality: a name is required.</source>
        <translation>Kommune: navn må fylles ut.</translation>
    </message>
    <message>
        <source>Could not save the register settings.</source>
        <translation>Kunne ikke lagre innstillingene for registeret.</translation>
    </message>
</context>
<context>
    <name>RuleSetRepository</name>
    <message>
        <source>The register's rule set could not be saved or read.</source>
        <translation>Registerets regelverk kunne ikke lagres eller leses.</translation>
    </message>
    <message>
        <source>The register is open read-only; close the other window that has it open for changes first.</source>
        <translation>Registeret er åpnet skrivebeskyttet; lukk først det andre vinduet som har det åpent for endringer.</translation>
    </message>
    <message>
        <source>The rule-set version in force from %1 cannot be read: %2</source>
        <translation>Regelverksversjonen som gjelder fra %1 kan ikke leses: %2</translation>
    </message>
    <message>
        <source>The register already has a rule set; change it by saving a new version.</source>
        <translation>Registeret har allerede et regelverk; endre det ved å lagre en ny versjon.</translation>
    </message>
    <message>
        <source>In force from: a date is required.</source>
        <translation>Gjelder fra: dato må fylles ut.</translation>
    </message>
    <message>
        <source>In force from: a version from %1 already follows; a new version must be in force from that day or later.</source>
        <translation>Gjelder fra: det finnes allerede en senere versjon fra %1; en ny versjon må gjelde fra den dagen eller senere.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RuleSets</name>
    <message>
        <source>rules: cannot read the rule-set file "%1": %2</source>
        <translation>rules: kan ikke lese regelverksfilen «%1»: %2</translation>
    </message>
    <message>
        <source>rules: "%1" is not valid JSON (at character %2: %3).</source>
        <translation>rules: «%1» er ikke gyldig JSON (ved tegn %2: %3).</translation>
    </message>
    <message>
        <source>rules: "%1" must hold one JSON object.</source>
        <translation>rules: «%1» må inneholde ett JSON-objekt.</translation>
    </message>
    <message>
        <source>rules: unknown rule-set preset "%1"; use one of %2, or the path of a rule-set file.</source>
        <translation>rules: ukjent forhåndsinnstilt regelverk «%1»; bruk en av %2, eller stien til en regelverksfil.</translation>
    </message>
    <message>
        <source>rules: give a preset name (%1) or the path of a rule-set file.</source>
        <translation>rules: oppgi et forhåndsinnstilt regelverk (%1) eller stien til en regelverksfil.</translation>
    </message>
    <message>
        <source>rules: the rule-set file "%1" does not exist.</source>
        <translation>rules: regelverksfilen «%1» finnes ikke.</translation>
    </message>
    <message>
        <source>rules: "%1" is not a file.</source>
        <translation>rules: «%1» er ikke en fil.</translation>
    </message>
    <message>
        <source>rules: %1: %2</source>
        <translation>rules: %1: %2</translation>
    </message>
    <message>
        <source>24:00 is only allowed as an end time (midnight); write 00:00.</source>
        <translation>24:00 er bare tillatt som sluttid (midnatt); skriv 00:00.</translation>
    </message>
    <message>
        <source>"%1" is not a valid time; write times as HH:MM (00:00-23:59).</source>
        <translation>«%1» er ikke et gyldig klokkeslett; skriv klokkeslett som TT:MM (00:00–23:59).</translation>
    </message>
    <message>
        <source>"%1" is not a valid day of the year; write it as MM-DD.</source>
        <translation>«%1» er ikke en gyldig dag i året; skriv den som MM-DD.</translation>
    </message>
    <message>
        <source>expected a number.</source>
        <translation>forventet et tall.</translation>
    </message>
    <message>
        <source>must be a number of at least 0.</source>
        <translation>må være et tall på minst 0.</translation>
    </message>
    <message>
        <source>must be at most 100000.</source>
        <translation>kan være høyst 100000.</translation>
    </message>
    <message>
        <source>must be at most %1 (found %2).</source>
        <translation>kan være høyst %1 (fant %2).</translation>
    </message>
    <message>
        <source>cannot be empty.</source>
        <translation>kan ikke være tom.</translation>
    </message>
    <message>
        <source>"%1" is listed twice.</source>
        <translation>«%1» står to ganger.</translation>
    </message>
    <message>
        <source>unknown day "%1"; use MM-DD or one of %2.</source>
        <translation>ukjent dag «%1»; bruk MM-DD eller en av %2.</translation>
    </message>
    <message>
        <source>"%1" is a built-in zone; list only your own named zones.</source>
        <translation>«%1» er en innebygd sone; før bare opp egne navngitte soner.</translation>
    </message>
    <message>
        <source>"%1": a zone key uses lower-case letters, digits, "_" and "-" (for example "inner_sandvika").</source>
        <translation>«%1»: en sonenøkkel består av små bokstaver, sifre, «_» og «-» (for eksempel «inner_sandvika»).</translation>
    </message>
    <message>
        <source>list at least one alcohol group (1, 2 or 3).</source>
        <translation>før opp minst én alkoholgruppe (1, 2 eller 3).</translation>
    </message>
    <message>
        <source>%1 is not an alcohol group; use 1, 2 or 3.</source>
        <translation>%1 er ikke en alkoholgruppe; bruk 1, 2 eller 3.</translation>
    </message>
    <message>
        <source>group %1 is listed twice.</source>
        <translation>gruppe %1 står to ganger.</translation>
    </message>
    <message>
        <source>leave the zone out for a rule that applies in every zone.</source>
        <translation>utelat sonen for en regel som gjelder i alle soner.</translation>
    </message>
    <message>
        <source>leave the days out for a rule that applies every day.</source>
        <translation>utelat dagene for en regel som gjelder alle dager.</translation>
    </message>
    <message>
        <source>this field is required but missing.</source>
        <translation>feltet er påkrevd, men mangler.</translation>
    </message>
    <message>
        <source>a special day must give not_before, not_after or both.</source>
        <translation>en særskilt dag må oppgi not_before, not_after eller begge.</translation>
    </message>
    <message>
        <source>a tier charges exactly one of amount, percent_of_ordinary or travelling_rate.</source>
        <translation>et trinn skal ha nøyaktig én av amount, percent_of_ordinary eller travelling_rate.</translation>
    </message>
    <message>
        <source>%1 is below min_attendance %2.</source>
        <translation>%1 er lavere enn min_attendance %2.</translation>
    </message>
    <message>
        <source>the method "tiers" needs at least one tier.</source>
        <translation>metoden «tiers» trenger minst ett trinn.</translation>
    </message>
    <message>
        <source>required when ordinary_fee_base is "amount".</source>
        <translation>påkrevd når ordinary_fee_base er «amount».</translation>
    </message>
    <message>
        <source>expected "%1", found "%2"; this is not a rule-set file.</source>
        <translation>forventet «%1», fant «%2»; dette er ikke en regelverksfil.</translation>
    </message>
    <message>
        <source>version %1 is newer than this program reads (%2); update Bevilling.</source>
        <translation>versjon %1 er nyere enn dette programmet kan lese (%2); oppdater Bevilling.</translation>
    </message>
    <message>
        <source>"%1": a rule-set name uses lower-case letters, digits, ".", "_" and "-" (for example "baerum-2020").</source>
        <translation>«%1»: et regelverksnavn består av små bokstaver, sifre, «.», «_» og «-» (for eksempel «baerum-2020»).</translation>
    </message>
    <message>
        <source>a rule set needs at least one version.</source>
        <translation>et regelverk må ha minst én versjon.</translation>
    </message>
    <message>
        <source>%1 must be later than the previous version's %2; list versions oldest first.</source>
        <translation>%1 må være senere enn forrige versjons %2; før opp versjonene med den eldste først.</translation>
    </message>
</context>
<context>
    <name>SanctionRepository</name>
    <message>
        <source>The register could not be saved or read.</source>
        <translation>Registeret kunne ikke lagres eller leses.</translation>
    </message>
    <message>
        <source>Sanction case %1 does not exist in this register.</source>
        <translation>Prikksak %1 finnes ikke i dette registeret.</translation>
    </message>
    <message>
        <source>Licence %1 does not exist in this register.</source>
        <translation>Bevilling %1 finnes ikke i dette registeret.</translation>
    </message>
    <message>
        <source>The register is open read-only.</source>
        <translation>Registeret er åpnet skrivebeskyttet.</translation>
    </message>
    <message>
        <source>Inspection %1 does not exist in this register.</source>
        <translation>Kontroll %1 finnes ikke i dette registeret.</translation>
    </message>
    <message>
        <source>Inspection %1: its findings are already in a sanction case.</source>
        <translation>Kontroll %1: funnene er allerede med i en prikksak.</translation>
    </message>
    <message>
        <source>Unknown finding code "%1".</source>
        <translation>Ukjent funnkode «%1».</translation>
    </message>
    <message>
        <source>Inspection %1 has no findings to sanction.</source>
        <translation>Kontroll %1 har ingen funn å tildele prikker for.</translation>
    </message>
    <message>
        <source>The same breach (%1) was found more than once at inspection %2; it counts once.</source>
        <translation>Samme brudd (%1) ble funnet flere ganger ved kontroll %2; det teller én gang (likeartede brudd).</translation>
    </message>
    <message>
        <source>Date: the date of the breach is required.</source>
        <translation>Dato: datoen for bruddet må fylles ut.</translation>
    </message>
    <message>
        <source>Date: %1 is in the future.</source>
        <translation>Dato: %1 er fram i tid.</translation>
    </message>
    <message>
        <source>Source: name the authority that reported the breach.</source>
        <translation>Kilde: oppgi myndigheten som rapporterte bruddet.</translation>
    </message>
    <message>
        <source>%1: the date is required.</source>
        <translation>%1: datoen må fylles ut.</translation>
    </message>
    <message>
        <source>%1: %2 is in the future.</source>
        <translation>%1: %2 er fram i tid.</translation>
    </message>
    <message>
        <source>Advance notice</source>
        <translation>Forhåndsvarsel</translation>
    </message>
    <message>
        <source>Response: a response is recorded while the advance notice is out.</source>
        <translation>Svar: svar registreres mens forhåndsvarselet er ute.</translation>
    </message>
    <message>
        <source>Response: the licensee's response is empty.</source>
        <translation>Svar: bevillingshaverens svar er tomt.</translation>
    </message>
    <message>
        <source>Findings: the decision gives prikker for %1 findings; the case has %2.</source>
        <translation>Funn: vedtaket gir prikker for %1 funn; saken har %2.</translation>
    </message>
    <message>
        <source>Decided on: %1 is in the future.</source>
        <translation>Vedtaksdato: %1 er fram i tid.</translation>
    </message>
    <message>
        <source>Finding %1: prikker cannot be negative.</source>
        <translation>Funn %1: antall prikker kan ikke være negativt.</translation>
    </message>
    <message>
        <source>Finding %1: the same breach at the same inspection counts once; give it the same prikker as finding %2.</source>
        <translation>Funn %1: samme brudd ved samme kontroll teller én gang; gi det like mange prikker som funn %2.</translation>
    </message>
    <message>
        <source>Advance notice of suspension</source>
        <translation>Forhåndsvarsel om inndragning</translation>
    </message>
    <message>
        <source>Advance notice of suspension: %1 is before the decision on prikker (%2).</source>
        <translation>Forhåndsvarsel om inndragning: %1 er før vedtaket om prikker (%2).</translation>
    </message>
    <message>
        <source>Suspension decided</source>
        <translation>Inndragning vedtatt</translation>
    </message>
    <message>
        <source>Suspension decided: %1 is before the advance notice of suspension (%2).</source>
        <translation>Inndragning vedtatt: %1 er før forhåndsvarselet om inndragning (%2).</translation>
    </message>
    <message>
        <source>Suspension: the first day (%1) is before the decision (%2).</source>
        <translation>Inndragning: første dag (%1) er før vedtaket (%2).</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Klage</translation>
    </message>
    <message>
        <source>Appeal: %1 is before the decision (%2).</source>
        <translation>Klage: %1 er før vedtaket (%2).</translation>
    </message>
    <message>
        <source>Appeal: no appeal is pending in this case.</source>
        <translation>Klage: det er ingen klage til behandling i denne saken.</translation>
    </message>
    <message>
        <source>Appeal outcome</source>
        <translation>Klageavgjørelse</translation>
    </message>
    <message>
        <source>Appeal outcome: %1 is before the appeal was received (%2).</source>
        <translation>Klageavgjørelse: %1 er før klagen kom inn (%2).</translation>
    </message>
</context>
<context>
    <name>SanctionTexts</name>
    <message>
        <source>Proposed</source>
        <translation>Foreslått</translation>
    </message>
    <message>
        <source>Advance notice sent</source>
        <translation>Forhåndsvarsel sendt</translation>
    </message>
    <message>
        <source>Prikker decided</source>
        <translation>Prikker vedtatt</translation>
    </message>
    <message>
        <source>Advance notice of suspension</source>
        <translation>Forhåndsvarsel om inndragning</translation>
    </message>
    <message>
        <source>Suspension decided</source>
        <translation>Inndragning vedtatt</translation>
    </message>
    <message>
        <source>Appealed</source>
        <translation>Påklaget</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avsluttet</translation>
    </message>
</context>
<context>
    <name>SanctionWorkflow</name>
    <message>
        <source>A sanction case cannot go from "%1" to "%2".</source>
        <translation>En prikksak kan ikke gå fra «%1» til «%2».</translation>
    </message>
    <message>
        <source>Advance notice: the date the notice was sent is required.</source>
        <translation>Forhåndsvarsel: datoen varselet ble sendt, må fylles ut.</translation>
    </message>
    <message>
        <source>Response deadline: must be after the advance notice was sent (%1).</source>
        <translation>Svarfrist: må være etter at forhåndsvarselet ble sendt (%1).</translation>
    </message>
    <message>
        <source>Findings: a decision needs at least one finding.</source>
        <translation>Funn: et vedtak krever minst ett funn.</translation>
    </message>
    <message>
        <source>Decided on: the date of the decision is required.</source>
        <translation>Vedtaksdato: datoen for vedtaket må fylles ut.</translation>
    </message>
    <message>
        <source>Decided on: %1 is before the response deadline (%2) and no response was received.</source>
        <translation>Vedtaksdato: %1 er før svarfristen (%2), og det har ikke kommet noe svar.</translation>
    </message>
    <message>
        <source>Decided by: name who made the decision.</source>
        <translation>Vedtatt av: oppgi hvem som fattet vedtaket.</translation>
    </message>
    <message>
        <source>Finding %1: a deviation from the standard %2 prikker needs a reason.</source>
        <translation>Funn %1: et avvik fra standard %2 prikker må begrunnes.</translation>
    </message>
    <message>
        <source>Suspension: the licence has %1 prikker; a suspension needs %2 or more.</source>
        <translation>Inndragning: bevillingen har %1 prikker; inndragning krever %2 eller flere.</translation>
    </message>
    <message>
        <source>Suspension: the date of the decision is required.</source>
        <translation>Inndragning: vedtaksdatoen må fylles ut.</translation>
    </message>
    <message>
        <source>Suspension: the number of days must be more than 0.</source>
        <translation>Inndragning: antall dager må være mer enn 0.</translation>
    </message>
    <message>
        <source>Suspension: the first day is required.</source>
        <translation>Inndragning: første dag må fylles ut.</translation>
    </message>
    <message>
        <source>Suspension: the last day is required and may not be before the first day.</source>
        <translation>Inndragning: siste dag må fylles ut og kan ikke være før første dag.</translation>
    </message>
    <message>
        <source>Appeal: register the appeal with the date it was received.</source>
        <translation>Klage: registrer klagen med datoen den kom inn.</translation>
    </message>
    <message>
        <source>The suspension starts %1 days after the decision; alkoholforskriften § 10-6 expects it to be carried out within 4 weeks.</source>
        <translation>Inndragningen starter %1 dager etter vedtaket; etter alkoholforskriften § 10-6 skal den gjennomføres innen 4 uker.</translation>
    </message>
</context>
<context>
    <name>SyntheticData</name>
    <message>
        <source>The register could not be saved or read.</source>
        <translation>Registeret kunne ikke lagres eller leses.</translation>
    </message>
    <message>
        <source>The number of licences must be between 1 and 20 000.</source>
        <translation>Antall bevillinger må være mellom 1 og 20 000.</translation>
    </message>
    <message>
        <source>The number of years must be between 1 and 30.</source>
        <translation>Antall år må være mellom 1 og 30.</translation>
    </message>
    <message>
        <source>The number of inspections must be between 0 and 500 000.</source>
        <translation>Antall kontroller må være mellom 0 og 500 000.</translation>
    </message>
    <message>
        <source>The register is open read-only.</source>
        <translation>Registeret er åpnet skrivebeskyttet.</translation>
    </message>
    <message>
        <source>Synthetic data can only be generated into an empty register; this one holds %1 licences.</source>
        <translation>Syntetiske data kan bare lages i et tomt register; dette har %1 bevillinger.</translation>
    </message>
</context>
<context>
    <name>TurnoverCsv</name>
    <message>
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <source>Unknown column "%1" in the header.</source>
        <translation>Ukjent kolonne «%1» i overskriftslinjen.</translation>
    </message>
    <message>
        <source>The column "%1" appears twice in the header (also as "%2").</source>
        <translation>Kolonnen «%1» står to ganger i overskriftslinjen (også som «%2»).</translation>
    </message>
    <message>
        <source>The header lacks the required column "%1".</source>
        <translation>Overskriftslinjen mangler den påkrevde kolonnen «%1».</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>Raden har %1 felt; overskriftslinjen har %2.</translation>
    </message>
    <message>
        <source>%1: the licence number is missing.</source>
        <translation>%1: bevillingsnummer mangler.</translation>
    </message>
    <message>
        <source>%1: unknown licence number "%2".</source>
        <translation>%1: ukjent bevillingsnummer «%2».</translation>
    </message>
    <message>
        <source>%1: "%2" is not a year from 2000 to 2100.</source>
        <translation>%1: «%2» er ikke et år fra 2000 til 2100.</translation>
    </message>
    <message>
        <source>%1: there are no fee rates for %2.</source>
        <translation>%1: det finnes ingen gebyrsatser for %2.</translation>
    </message>
    <message>
        <source>%1: licence "%2" has no duty to report for %3.</source>
        <translation>%1: bevilling «%2» har ingen plikt til å levere omsetningsoppgave for %3.</translation>
    </message>
    <message>
        <source>%1: "%2" is not a date (dd.mm.yyyy).</source>
        <translation>%1: «%2» er ikke en dato (dd.mm.åååå).</translation>
    </message>
    <message>
        <source>%1: %2 is in the future.</source>
        <translation>%1: %2 er fram i tid.</translation>
    </message>
    <message>
        <source>%1: %2 is before 1 October %3.</source>
        <translation>%1: %2 er før 1. oktober %3.</translation>
    </message>
    <message>
        <source>%1: "%2" is not a number.</source>
        <translation>%1: «%2» er ikke et tall.</translation>
    </message>
    <message>
        <source>%1: %2 litres is negative.</source>
        <translation>%1: %2 liter er negativt.</translation>
    </message>
    <message>
        <source>The litres of %1 are required for licence "%2".</source>
        <translation>Vareliter for %1 må oppgis for bevilling «%2».</translation>
    </message>
    <message>
        <source>The expected litres of %1 are required for licence "%2".</source>
        <translation>Forventede vareliter for %1 må oppgis for bevilling «%2».</translation>
    </message>
    <message>
        <source>%1: "%2" is not ja or nei.</source>
        <translation>%1: «%2» er verken ja eller nei.</translation>
    </message>
    <message>
        <source>%1: licence "%2" and year %3 also appear on line %4.</source>
        <translation>%1: bevilling «%2» og år %3 står også på linje %4.</translation>
    </message>
</context>
<context>
    <name>TurnoverRepository</name>
    <message>
        <source>Could not read or write the turnover reports.</source>
        <translation>Kunne ikke lese eller skrive omsetningsoppgavene.</translation>
    </message>
    <message>
        <source>Year: %1 is not a year from 2000 to 2100.</source>
        <translation>År: %1 er ikke et år fra 2000 til 2100.</translation>
    </message>
    <message>
        <source>Licence %1 does not exist in this register.</source>
        <translation>Bevilling %1 finnes ikke i dette registeret.</translation>
    </message>
    <message>
        <source>Licence %1 has no duty to report turnover for %2.</source>
        <translation>Bevilling %1 har ingen plikt til å levere omsetningsoppgave for %2.</translation>
    </message>
    <message>
        <source>Group %1: litres must be a number of 0 or more.</source>
        <translation>Gruppe %1: vareliter må være et tall på 0 eller mer.</translation>
    </message>
    <message>
        <source>Received: %1 is in the future.</source>
        <translation>Mottatt: %1 er fram i tid.</translation>
    </message>
    <message>
        <source>Received: %1 is before 1 October %2.</source>
        <translation>Mottatt: %1 er før 1. oktober %2.</translation>
    </message>
    <message>
        <source>The litres of %1 are required.</source>
        <translation>Vareliter for %1 må oppgis.</translation>
    </message>
    <message>
        <source>The expected litres of %1 are required.</source>
        <translation>Forventede vareliter for %1 må oppgis.</translation>
    </message>
    <message>
        <source>Request sent: %1 is in the future.</source>
        <translation>Anmodning sendt: %1 er fram i tid.</translation>
    </message>
    <message>
        <source>Reminder sent: %1 is in the future.</source>
        <translation>Purring sendt: %1 er fram i tid.</translation>
    </message>
    <message>
        <source>Reminder sent: %1 is before the deadline %2.</source>
        <translation>Purring sendt: %1 er før fristen %2.</translation>
    </message>
    <message>
        <source>The register is open read-only.</source>
        <translation>Registeret er åpnet skrivebeskyttet.</translation>
    </message>
    <message>
        <source>There is no turnover report of %1 for this licence.</source>
        <translation>Det finnes ingen omsetningsoppgave for %1 for denne bevillingen.</translation>
    </message>
    <message>
        <source>The date the letters were sent is required.</source>
        <translation>Datoen brevene ble sendt må oppgis.</translation>
    </message>
    <message>
        <source>The turnover report of %1 for licence %2 is not missing (%3).</source>
        <translation>Omsetningsoppgaven for %1 for bevilling %2 mangler ikke (%3).</translation>
    </message>
    <message>
        <source>Licence %1 already has a sanction case for the missing turnover report of %2.</source>
        <translation>Bevilling %1 har allerede en prikksak for manglende omsetningsoppgave for %2.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linje %1: %2</translation>
    </message>
    <message>
        <source>Change threshold: a percentage above 0 and at most 1000.</source>
        <translation>Terskel for endring: en prosent over 0 og høyst 1000.</translation>
    </message>
    <message>
        <source>Reply deadline after a reminder: from 1 to 365 days.</source>
        <translation>Svarfrist etter purring: fra 1 til 365 dager.</translation>
    </message>
    <message>
        <source>Payment deadline: from 1 to 365 days.</source>
        <translation>Betalingsfrist: fra 1 til 365 dager.</translation>
    </message>
    <message>
        <source>Could not save the fee-cycle settings.</source>
        <translation>Kunne ikke lagre innstillingene for gebyråret.</translation>
    </message>
</context>
<context>
    <name>TurnoverRules</name>
    <message>
        <source>Group %1: %2 litres in %3 against 0 litres the year before.</source>
        <translation>Gruppe %1: %2 liter i %3 mot 0 liter året før.</translation>
    </message>
    <message>
        <source>Group %1: %2 litres in %3 against %4 litres the year before (%5 %).</source>
        <translation>Gruppe %1: %2 liter i %3 mot %4 liter året før (%5 %).</translation>
    </message>
    <message>
        <source>Group %1: %2 litres expected in %3 against 0 litres in %4.</source>
        <translation>Gruppe %1: %2 liter forventet i %3 mot 0 liter i %4.</translation>
    </message>
    <message>
        <source>Group %1: %2 litres expected in %3 against %4 litres in %5 (%6 %).</source>
        <translation>Gruppe %1: %2 liter forventet i %3 mot %4 liter i %5 (%6 %).</translation>
    </message>
    <message>
        <source>Group %1: %2 litres reported, but the licence does not cover group %1.</source>
        <translation>Gruppe %1: %2 liter oppgitt, men bevillingen omfatter ikke gruppe %1.</translation>
    </message>
    <message>
        <source>The auditor's confirmation is missing.</source>
        <translation>Revisorbekreftelse mangler.</translation>
    </message>
    <message>
        <source>The litres of %1 are missing.</source>
        <translation>Vareliter for %1 mangler.</translation>
    </message>
    <message>
        <source>The expected litres of %1 are missing.</source>
        <translation>Forventede vareliter for %1 mangler.</translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>Ikke forfalt</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <source>Received late</source>
        <translation>Mottatt for sent</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Mangler</translation>
    </message>
    <message>
        <source>Reminded</source>
        <translation>Purret</translation>
    </message>
    <message>
        <source>Overdue after reminder</source>
        <translation>Ikke levert etter purring</translation>
    </message>
</context>
<context>
    <name>Worklist</name>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>1 dag igjen</translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation>1 dag på overtid</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>%1 dager igjen</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>%1 dager på overtid</translation>
    </message>
    <message>
        <source>%1, deadline %2 (%3)</source>
        <translation>%1, frist %2 (%3)</translation>
    </message>
    <message>
        <source>Target date %1 (%2)</source>
        <translation>Måldato %1 (%2)</translation>
    </message>
    <message>
        <source>Legal deadline %1 (%2)</source>
        <translation>Lovfestet frist %1 (%2)</translation>
    </message>
    <message>
        <source>clock paused</source>
        <translation>klokken står</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 siden %2</translation>
    </message>
    <message>
        <source>%1 ends on %2 (%3)</source>
        <translation>%1 utløper %2 (%3)</translation>
    </message>
    <message>
        <source>From %1 to %2 (%3)</source>
        <translation>Fra %1 til %2 (%3)</translation>
    </message>
    <message>
        <source>On %1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
</TS>