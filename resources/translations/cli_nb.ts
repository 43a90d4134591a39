<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>CaseCommands</name>
    <message>
        <source>list the register's cases (applications and their decisions)</source>
        <translation>list registerets saker (søknader og vedtak)</translation>
    </message>
    <message>
        <source>Lists the cases of the register. With --json the result is {"cases": [...]} with every case in the exchange format's case form (statements, attachments as metadata, events, decision, appeal); without it, a table for reading. The filters combine: a case is listed when it matches all of them.</source>
        <translation>Lister registerets saker. Med --json er resultatet {"cases": [...]} med hver sak i utvekslingsformatets form for saker (uttalelser, vedlegg som metadata, hendelser, vedtak, klage); uten --json en tabell til lesing. Filtrene kombineres: en sak vises når den passer med alle.</translation>
    </message>
    <message>
        <source>only cases in this status: %1</source>
        <translation>bare saker med denne statusen: %1</translation>
    </message>
    <message>
        <source>only cases of this type: %1</source>
        <translation>bare saker av denne typen: %1</translation>
    </message>
    <message>
        <source>only open cases (not closed)</source>
        <translation>bare åpne saker (ikke avsluttede)</translation>
    </message>
    <message>
        <source>JSON on stdout instead of a table</source>
        <translation>JSON på stdout i stedet for en tabell</translation>
    </message>
    <message>
        <source>write a decided case's decision letter (vedtaksbrev) as PDF</source>
        <translation>skriv vedtaksbrevet i en avgjort sak som PDF</translation>
    </message>
    <message>
        <source>Writes the decision letter of the case as an A4 PDF: the register's letter template for a grant or a refusal (as edited under Letter templates, or the program's own), with the case's data merged in. The case must have a recorded decision. On stdout: a JSON summary.</source>
        <translation>Skriver sakens vedtaksbrev som PDF i A4: registerets brevmal for innvilgelse eller avslag (slik den er redigert under Brevmaler, ellers programmets egen) med sakens opplysninger flettet inn. Saken må ha et registrert vedtak. På stdout: et sammendrag i JSON.</translation>
    </message>
    <message>
        <source>the case: its id or its case number (2026-0001)</source>
        <translation>saken: id eller saksnummer (2026-0001)</translation>
    </message>
    <message>
        <source>where to write the letter</source>
        <translation>hvor brevet skal skrives</translation>
    </message>
    <message>
        <source>--status: "%1" is not a case status; use one of %2.</source>
        <translation>--status: «%1» er ikke en saksstatus; bruk en av %2.</translation>
    </message>
    <message>
        <source>--type: "%1" is not a case type; use one of %2.</source>
        <translation>--type: «%1» er ikke en sakstype; bruk en av %2.</translation>
    </message>
    <message>
        <source>No cases match.</source>
        <translation>Ingen saker passer.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Saksnr.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Sakstype</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Saksbehandler</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>letter: the program was started without its graphics support.</source>
        <translation>letter: programmet ble startet uten grafikkstøtte.</translation>
    </message>
    <message>
        <source>--out: %1 is the register itself.</source>
        <translation>--out: %1 er selve registeret.</translation>
    </message>
    <message>
        <source>--case: there is no case with id or number "%1".</source>
        <translation>--case: det finnes ingen sak med id eller saksnummer «%1».</translation>
    </message>
    <message>
        <source>--case: case %1 has no decision yet (status: %2); the decision letter is written once the decision is recorded.</source>
        <translation>--case: sak %1 har ikke vedtak ennå (status: %2); vedtaksbrevet lages når vedtaket er registrert.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>see "%1 %2 --help"</source>
        <translation>se «%1 %2 --help»</translation>
    </message>
    <message>
        <source>see "%1 --help"</source>
        <translation>se «%1 --help»</translation>
    </message>
    <message>
        <source>%1: unknown option; %2.</source>
        <translation>%1: ukjent valg; %2.</translation>
    </message>
    <message>
        <source>--%1: unknown option; %2.</source>
        <translation>--%1: ukjent valg; %2.</translation>
    </message>
    <message>
        <source>--%1: this option takes no value.</source>
        <translation>--%1: dette valget tar ingen verdi.</translation>
    </message>
    <message>
        <source>--%1: a value is required (%2).</source>
        <translation>--%1: en verdi må oppgis (%2).</translation>
    </message>
    <message>
        <source>--%1: the value cannot be empty (%2).</source>
        <translation>--%1: verdien kan ikke være tom (%2).</translation>
    </message>
    <message>
        <source>--%1: given more than once.</source>
        <translation>--%1: oppgitt mer enn én gang.</translation>
    </message>
    <message>
        <source>"%1" is not a command; %2.</source>
        <translation>«%1» er ikke en kommando; %2.</translation>
    </message>
    <message>
        <source>"%1": unexpected argument; %2.</source>
        <translation>«%1»: uventet argument; %2.</translation>
    </message>
    <message>
        <source>no command given; %1.</source>
        <translation>ingen kommando oppgitt; %1.</translation>
    </message>
    <message>
        <source>%1: missing argument; %2.</source>
        <translation>%1: argument mangler; %2.</translation>
    </message>
    <message>
        <source>--%1: this option is required (%2); %3.</source>
        <translation>--%1: dette valget er påkrevd (%2); %3.</translation>
    </message>
    <message>
        <source>the register file (default: %1)</source>
        <translation>registerfilen (standard: %1)</translation>
    </message>
    <message>
        <source>language of messages: nb (Norwegian bokmål, default) or en</source>
        <translation>språk for meldinger: nb (norsk bokmål, standard) eller en (engelsk)</translation>
    </message>
    <message>
        <source>show help (after a command: the command's help)</source>
        <translation>vis hjelp (etter en kommando: hjelp for kommandoen)</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>vis versjonen</translation>
    </message>
    <message>
        <source>write the whole register as an exchange file (JSON)</source>
        <translation>skriv hele registeret som en utvekslingsfil (JSON)</translation>
    </message>
    <message>
        <source>Writes the register (settings, licences and history) in the open exchange format, version %1 (docs/exchange-format.md). The register is opened read-only when possible, so this works while the program has it open. On stdout: a JSON summary, or the document itself with --out -.</source>
        <translation>Skriver registeret (innstillinger, bevillinger og historikk) i det åpne utvekslingsformatet, versjon %1 (docs/exchange-format.md). Registeret åpnes skrivebeskyttet når det går, så dette virker mens programmet har det åpent. På stdout: et JSON-sammendrag, eller selve dokumentet med --out -.</translation>
    </message>
    <message>
        <source>where to write the document; - for stdout</source>
        <translation>hvor dokumentet skal skrives; - for stdout</translation>
    </message>
    <message>
        <source>load an exchange file into a new or empty register</source>
        <translation>last inn en utvekslingsfil i et nytt eller tomt register</translation>
    </message>
    <message>
        <source>Loads FILE.json into the register named by --database in one transaction. The register must be new (the file is created) or empty. The import stops at the first problem and names its JSON path (exit code 2); nothing is saved then, and a register file the import created is removed.</source>
        <translation>Laster FILE.json inn i registeret som --database peker på, i én transaksjon. Registeret må være nytt (filen opprettes) eller tomt. Importen stopper ved første feil og oppgir JSON-stien (avslutningskode 2); da lagres ingenting, og en registerfil som importen opprettet, fjernes.</translation>
    </message>
    <message>
        <source>the exchange document to load</source>
        <translation>utvekslingsdokumentet som skal lastes inn</translation>
    </message>
    <message>
        <source>Usage: %1 [--database FILE] [--lang nb|en] COMMAND [OPTIONS]
</source>
        <translation>Bruk: %1 [--database FIL] [--lang nb|en] KOMMANDO [VALG]
</translation>
    </message>
    <message>
        <source>Command-line front end of Bevilling, the licence register for alcohol licensing offices. Results are JSON on stdout; problems are one line on stderr (exit code 2 for bad input, 1 for other failures).
</source>
        <translation>Kommandolinjegrensesnittet til Bevilling, bevillingsregisteret for kommunenes alkoholforvaltning. Resultater skrives som JSON på stdout; feil som én linje på stderr (avslutningskode 2 for ugyldige data, 1 for andre feil).
</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Kommandoer:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Felles valg:</translation>
    </message>
    <message>
        <source>Run "%1 COMMAND --help" for the options of a command.</source>
        <translation>Kjør «%1 KOMMANDO --help» for valgene til en kommando.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Bruk: %1</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumenter:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Valg:</translation>
    </message>
    <message>
        <source>--lang: unknown language "%1"; use %2.</source>
        <translation>--lang: ukjent språk «%1»; bruk %2.</translation>
    </message>
    <message>
        <source>--out: could not write to stdout.</source>
        <translation>--out: kunne ikke skrive til stdout.</translation>
    </message>
    <message>
        <source>--out: %1 is the register itself.</source>
        <translation>--out: %1 er selve registeret.</translation>
    </message>
    <message>
        <source>--out: could not write %1: %2</source>
        <translation>--out: kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>%1: the file does not exist.</source>
        <translation>%1: filen finnes ikke.</translation>
    </message>
    <message>
        <source>%1: is a folder, not an exchange file.</source>
        <translation>%1: er en mappe, ikke en utvekslingsfil.</translation>
    </message>
    <message>
        <source>%1: could not read the file: %2</source>
        <translation>%1: kunne ikke lese filen: %2</translation>
    </message>
</context>
<context>
    <name>FeeCommands</name>
    <message>
        <source>import turnover reports from a CSV file</source>
        <translation>importer omsetningsoppgaver fra en CSV-fil</translation>
    </message>
    <message>
        <source>Reads the turnover reports (omsetningsoppgaver) in FILE.csv (columns, separators and encodings as in docs/turnover-import.md; Norwegian Excel files with ';' and decimal commas are accepted) and checks every row against the register. With --dry-run nothing is saved and the preview is printed: {"file", "encoding", "separator", "rows": [{"line", "licence", "year", "action" (create, update or error), "problems", "flags"}], "importable", "with_problems", "imported"}. Without it the import is all or nothing: when any row has a problem nothing is saved and the first problem is named (exit code 2); otherwise every row is saved in one transaction and the same JSON gives the number imported.</source>
        <translation>Leser omsetningsoppgavene i FILE.csv (kolonner, skilletegn og tegnsett som i docs/turnover-import.md; norske Excel-filer med ';' og desimalkomma godtas) og kontrollerer hver rad mot registeret. Med --dry-run lagres ingenting, og forhåndsvisningen skrives ut: {"file", "encoding", "separator", "rows": [{"line", "licence", "year", "action" (create, update eller error), "problems", "flags"}], "importable", "with_problems", "imported"}. Uten den er importen alt eller ingenting: har en rad feil, lagres ingenting og den første feilen nevnes (avslutningskode 2); ellers lagres alle radene i én transaksjon, og samme JSON viser antallet som ble importert.</translation>
    </message>
    <message>
        <source>the CSV file to import</source>
        <translation>CSV-filen som skal importeres</translation>
    </message>
    <message>
        <source>check and show the rows, save nothing</source>
        <translation>kontroller og vis radene, lagre ingenting</translation>
    </message>
    <message>
        <source>the year's fees: the invoice basis as JSON or CSV</source>
        <translation>årets gebyrer: fakturagrunnlaget som JSON eller CSV</translation>
    </message>
    <message>
        <source>Computes the fees of YEAR from the register (provisional fees from expected litres, the true-up of last year, estimated fees for missing reports, single-occasion and travelling fees; lines already issued as stored). --json prints {"year", "lines": [{"licence", "licensee", "kind", "basis_year", "amount", "minimum_applied", "issued", "issued_on", "due_on", "paid", "basis", "litres"}], "problems": [{"licence", "code", "message"}], "total"}; --csv prints the invoice basis for the accounting system (docs/fees.md). A year without fee rates is refused.</source>
        <translation>Beregner gebyrene for YEAR fra registeret (foreløpig gebyr fra forventede vareliter, etteroppgjør for i fjor, skjønnsmessig fastsatt gebyr for manglende oppgaver, gebyr for enkelt anledning og ambulerende bevilling; linjer som alt er fakturert, som lagret). --json skriver {"year", "lines": [{"licence", "licensee", "kind", "basis_year", "amount", "minimum_applied", "issued", "issued_on", "due_on", "paid", "basis", "litres"}], "problems": [{"licence", "code", "message"}], "total"}; --csv skriver fakturagrunnlaget for økonomisystemet (docs/fees.md). Et år uten gebyrsatser avvises.</translation>
    </message>
    <message>
        <source>the invoice year (2026)</source>
        <translation>fakturaåret (2026)</translation>
    </message>
    <message>
        <source>the lines as JSON</source>
        <translation>linjene som JSON</translation>
    </message>
    <message>
        <source>the invoice basis as CSV (separator ';', UTF-8 with BOM)</source>
        <translation>fakturagrunnlaget som CSV (skilletegn ';', UTF-8 med BOM)</translation>
    </message>
    <message>
        <source>%1: the file cannot be read.</source>
        <translation>%1: filen kan ikke leses.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>linje %1</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>, kolonne %1</translation>
    </message>
    <message>
        <source>and %1 more rows with problems; nothing imported; see --dry-run</source>
        <translation>og %1 rader til med feil; ingenting importert; se --dry-run</translation>
    </message>
    <message>
        <source>nothing imported; see --dry-run</source>
        <translation>ingenting importert; se --dry-run</translation>
    </message>
    <message>
        <source>--year: "%1" is not a year from 2000 to 2100.</source>
        <translation>--year: «%1» er ikke et år fra 2000 til 2100.</translation>
    </message>
    <message>
        <source>--json: give either --json or --csv.</source>
        <translation>--json: oppgi enten --json eller --csv.</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>--%1: "%2" is not a whole number from %3 to %4.</source>
        <translation>--%1: «%2» er ikke et heltall fra %3 til %4.</translation>
    </message>
    <message>
        <source>create a register with realistic synthetic data</source>
        <translation>lag et register med realistiske syntetiske data</translation>
    </message>
    <message>
        <source>Creates the new register file FILE and fills it with synthetic data made from a seed: licences with Norwegian-looking names and addresses (about 1/5 sale, 4/5 serving, some ended during the years), turnover reports with plausible litres per group and year-to-year changes, the invoice lines and payments of every year with rates, inspectors, inspections (two inspectors at serving places, about 8 % with findings) and sanction cases. The same options and seed give the same register. The register is marked as a demo register. The defaults are the size of Oslo. On stdout: a JSON summary with the counts and the time taken.</source>
        <translation>Oppretter den nye registerfilen FILE og fyller den med syntetiske data laget fra et frø: bevillinger med norske navn og adresser (om lag 1/5 salg, 4/5 skjenking, noen opphørt underveis), omsetningsoppgaver med troverdige vareliter per gruppe og endringer fra år til år, fakturalinjer og innbetalinger for hvert år med satser, kontrollører, kontroller (to kontrollører på skjenkesteder, om lag 8 % med merknader) og prikksaker. Samme valg og frø gir samme register. Registeret merkes som demoregister. Standardverdiene tilsvarer Oslo. På stdout: et JSON-sammendrag med antall og tidsbruk.</translation>
    </message>
    <message>
        <source>the register file to create (must not exist)</source>
        <translation>registerfilen som skal opprettes (kan ikke finnes fra før)</translation>
    </message>
    <message>
        <source>licences in force at the end, 1-20000 (default 2000)</source>
        <translation>bevillinger i kraft til slutt, 1–20000 (standard 2000)</translation>
    </message>
    <message>
        <source>years of history up to last year, 1-30 (default 10)</source>
        <translation>år med historikk til og med i fjor, 1–30 (standard 10)</translation>
    </message>
    <message>
        <source>inspections over the years, 0-500000 (default 60000)</source>
        <translation>kontroller over årene, 0–500000 (standard 60000)</translation>
    </message>
    <message>
        <source>the seed, 0-4294967295 (default 1)</source>
        <translation>frøet, 0–4294967295 (standard 1)</translation>
    </message>
    <message>
        <source>--out: %1 exists.</source>
        <translation>--out: %1 finnes fra før.</translation>
    </message>
    <message>
        <source>--out: the folder %1 does not exist.</source>
        <translation>--out: mappen %1 finnes ikke.</translation>
    </message>
</context>
<context>
    <name>InspectionCommands</name>
    <message>
        <source>--year: "%1" is not a year between 1900 and 2200.</source>
        <translation>--year: «%1» er ikke et årstall mellom 1900 og 2200.</translation>
    </message>
    <message>
        <source>the calendar year (2026)</source>
        <translation>kalenderåret (2026)</translation>
    </message>
    <message>
        <source>JSON on stdout instead of a table</source>
        <translation>JSON på stdout i stedet for en tabell</translation>
    </message>
    <message>
        <source>list the inspections of a year</source>
        <translation>list opp kontrollene i et år</translation>
    </message>
    <message>
        <source>Lists the register's inspections with a date in YEAR, by date. With --json the result is {"year": YEAR, "inspections": [...]} with each inspection's number, licence, date, times, type, mode, inspectors, findings and the day the report was sent; without it, a table for reading.</source>
        <translation>Lister opp registerets kontroller med dato i YEAR, etter dato. Med --json er resultatet {"year": YEAR, "inspections": [...]} med hver kontrolls nummer, bevilling, dato, klokkeslett, type, form, kontrollører, funn og dagen rapporten ble sendt; uten, en tabell til å lese.</translation>
    </message>
    <message>
        <source>the year's inspection quota and which places to inspect next</source>
        <translation>årets kontrollkrav og hvilke steder som bør kontrolleres først</translation>
    </message>
    <message>
        <source>Evaluates the inspection quota of YEAR (alkoholforskriften § 9-7: every place at least once, at least 3 inspections per licence in total; two inspectors at serving places, § 9-5): the licences counted, inspections required and done, the places not inspected yet, serving inspections with one inspector, and every place with a suggested priority and its reasons.</source>
        <translation>Vurderer kontrollkravet for YEAR (alkoholforskriften § 9-7: hvert sted minst én gang, til sammen minst 3 kontroller per bevilling; to kontrollører på skjenkesteder, § 9-5): bevillingene som telles, kontroller som kreves og er gjennomført, steder som ikke er kontrollert ennå, skjenkekontroller med én kontrollør, og hvert sted med foreslått prioritet og begrunnelse.</translation>
    </message>
    <message>
        <source>No inspections in %1.</source>
        <translation>Ingen kontroller i %1.</translation>
    </message>
    <message>
        <source>no remarks</source>
        <translation>ingen merknader</translation>
    </message>
    <message>
        <source>%1 finding(s)</source>
        <translation>%1 funn</translation>
    </message>
    <message>
        <source>Inspection quota %1: %2 of %3 inspections (%4 licences) - %5</source>
        <translation>Kontrollkrav %1: %2 av %3 kontroller (%4 bevillinger) – %5</translation>
    </message>
    <message>
        <source>met</source>
        <translation>oppfylt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>ikke oppfylt</translation>
    </message>
    <message>
        <source>Not inspected yet:</source>
        <translation>Ikke kontrollert ennå:</translation>
    </message>
    <message>
        <source>Serving inspections with one inspector:</source>
        <translation>Skjenkekontroller med én kontrollør:</translation>
    </message>
    <message>
        <source>Suggested order:</source>
        <translation>Foreslått rekkefølge:</translation>
    </message>
</context>
<context>
    <name>LedgerCommands</name>
    <message>
        <source>evaluate a licence's prikk ledger from the register's sanction cases</source>
        <translation>beregn en bevillings prikkbelastning ut fra registerets prikksaker</translation>
    </message>
    <message>
        <source>Evaluates the prikk ledger of one licence from its decided sanction cases (overturned decisions left out) and decided suspensions, with the register's rule set (whether a suspension uses the prikker up). The JSON is the same as for the prikk command: the prikker that count on the as-of date (default today), whether a suspension is due and for how many days, and each counted entry with the date it expires.</source>
        <translation>Beregner prikkbelastningen for én bevilling ut fra vedtatte prikksaker (opphevede vedtak holdes utenfor) og vedtatte inndragninger, med registerets regelsett (om en inndragning bruker opp prikkene). JSON-en er den samme som for kommandoen prikk: prikkene som teller på beregningsdatoen (standard i dag), om inndragning skal vurderes og i hvor mange dager, og hver tellende oppføring med datoen den foreldes.</translation>
    </message>
    <message>
        <source>the licence: its id or its licence number</source>
        <translation>bevillingen: id eller bevillingsnummer</translation>
    </message>
    <message>
        <source>the date to evaluate on (YYYY-MM-DD); default today</source>
        <translation>datoen det beregnes for (ÅÅÅÅ-MM-DD); standard i dag</translation>
    </message>
    <message>
        <source>JSON on stdout instead of a summary</source>
        <translation>JSON på stdout i stedet for et sammendrag</translation>
    </message>
    <message>
        <source>--as-of: "%1" is not a valid date; write YYYY-MM-DD, for example 2026-03-10.</source>
        <translation>--as-of: «%1» er ikke en gyldig dato; skriv ÅÅÅÅ-MM-DD, for eksempel 2026-03-10.</translation>
    </message>
    <message>
        <source>--licence: no licence "%1" in the register.</source>
        <translation>--licence: ingen bevilling «%1» i registeret.</translation>
    </message>
    <message>
        <source>Licence %1 (%2), as of %3: %4 prikker.</source>
        <translation>Bevilling %1 (%2), per %3: %4 prikker.</translation>
    </message>
    <message>
        <source>%1 prikker, counts until %2</source>
        <translation>%1 prikker, teller til og med %2</translation>
    </message>
    <message>
        <source>Suspension due: %1 days.</source>
        <translation>Inndragning skal vurderes: %1 dager.</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>write an annual report as JSON, CSV or PDF</source>
        <translation>skriv en årsrapport som JSON, CSV eller PDF</translation>
    </message>
    <message>
        <source>Builds one of the annual reports of YEAR from the register: turnover (litres by group and kind, several years), fees (per licence and totals), inspections (inspections, findings, sanctions, licences), council (the annual briefing for the council, all of the above with text) or national (the figures reported nationally). --format json writes the report document (docs/reports.md), csv its tables (separator ';', UTF-8 with BOM; national: the one table), pdf the printable report. On stdout: {"report", "year", "format", "out"}.</source>
        <translation>Lager en av årsrapportene for YEAR fra registeret: turnover (vareliter per gruppe og type, flere år), fees (gebyr per bevilling og totalt), inspections (kontroller, merknader, prikksaker, bevillinger), council (den årlige orienteringssaken til kommunestyret, alt det ovenfor med tekst) eller national (tallene som rapporteres nasjonalt). --format json skriver rapportdokumentet (docs/reports.md), csv tabellene (skilletegn ';', UTF-8 med BOM; national: den ene tabellen), pdf rapporten for utskrift. På stdout: {"report", "year", "format", "out"}.</translation>
    </message>
    <message>
        <source>which report</source>
        <translation>hvilken rapport</translation>
    </message>
    <message>
        <source>the year the report covers (2025)</source>
        <translation>året rapporten gjelder (2025)</translation>
    </message>
    <message>
        <source>the file format</source>
        <translation>filformatet</translation>
    </message>
    <message>
        <source>where to write the report</source>
        <translation>hvor rapporten skal skrives</translation>
    </message>
    <message>
        <source>"%1" is not a report; use %2.</source>
        <translation>«%1» er ikke en rapport; bruk %2.</translation>
    </message>
    <message>
        <source>--year: "%1" is not a year from 2000 to 2100.</source>
        <translation>--year: «%1» er ikke et år fra 2000 til 2100.</translation>
    </message>
    <message>
        <source>--format: "%1" is not a format; use json, csv or pdf.</source>
        <translation>--format: «%1» er ikke et format; bruk json, csv eller pdf.</translation>
    </message>
    <message>
        <source>--out: %1 cannot be written (no such folder, or a folder).</source>
        <translation>--out: %1 kan ikke skrives (mappen finnes ikke, eller det er en mappe).</translation>
    </message>
    <message>
        <source>--out: %1 cannot be written: %2</source>
        <translation>--out: %1 kan ikke skrives: %2</translation>
    </message>
</context>
<context>
    <name>RulesCommands</name>
    <message>
        <source>%1: "%2" is not a valid date; write YYYY-MM-DD, for example 2025-03-10.</source>
        <translation>%1: «%2» er ikke en gyldig dato; skriv ÅÅÅÅ-MM-DD, for eksempel 2025-03-10.</translation>
    </message>
    <message>
        <source>%1: %2 is outside the years %3-%4 that the rules cover.</source>
        <translation>%1: %2 ligger utenfor årene %3–%4 som reglene dekker.</translation>
    </message>
    <message>
        <source>%1: "%2" is not a valid time; write HH:MM from 00:00 to 23:59, for example 23:45.</source>
        <translation>%1: «%2» er ikke et gyldig klokkeslett; skriv TT:MM fra 00:00 til 23:59, for eksempel 23:45.</translation>
    </message>
    <message>
        <source>%1: "%2" is not a year; write four digits, for example 2025.</source>
        <translation>%1: «%2» er ikke et årstall; skriv fire sifre, for eksempel 2025.</translation>
    </message>
    <message>
        <source>%1: a sales licence has litres for groups 1 and 2 only (%2 values given).</source>
        <translation>%1: en salgsbevilling har liter bare for gruppe 1 og 2 (%2 verdier oppgitt).</translation>
    </message>
    <message>
        <source>%1: a serving licence has litres for groups 1, 2 and 3 only (%2 values given).</source>
        <translation>%1: en skjenkebevilling har liter bare for gruppe 1, 2 og 3 (%2 verdier oppgitt).</translation>
    </message>
    <message>
        <source>%1: group %2: "%3" is negative; litres are 0 or more.</source>
        <translation>%1: gruppe %2: «%3» er negativt; antall liter må være 0 eller mer.</translation>
    </message>
    <message>
        <source>%1: group %2: "%3" is not a number of litres; write digits with a decimal point, for example 1234.5 (the comma separates the groups).</source>
        <translation>%1: gruppe %2: «%3» er ikke et antall liter; skriv sifre med desimalpunktum, for eksempel 1234.5 (kommaet skiller gruppene).</translation>
    </message>
    <message>
        <source>the rule set: a preset (%1) or a rule-set file; default national</source>
        <translation>regelsettet: et ferdig regelsett (%1) eller en regelsettfil; standard national</translation>
    </message>
    <message>
        <source>the latest end date of an ordinary licence granted on a date</source>
        <translation>seneste sluttdato for en alminnelig bevilling gitt på en dato</translation>
    </message>
    <message>
        <source>Gives the latest end date (valid_to) of an ordinary sales or serving licence granted on DATE under alkoholloven § 1-6: the first 30 September after a new municipal council has taken office, and never more than four years less one day after the grant. --reading next-council uses the alternative reading for grants made in the year after an election (docs/cli.md).</source>
        <translation>Gir seneste sluttdato (valid_to) for en alminnelig salgs- eller skjenkebevilling gitt på DATE etter alkoholloven § 1-6: den første 30. september etter at et nytt kommunestyre har tiltrådt, og aldri mer enn fire år minus én dag etter vedtaket. --reading next-council bruker den alternative lesemåten for bevillinger gitt i året etter et valg (docs/cli.md).</translation>
    </message>
    <message>
        <source>the grant date, YYYY-MM-DD</source>
        <translation>vedtaksdatoen, ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>how § 1-6 is read; default fixed</source>
        <translation>hvordan § 1-6 leses; standard fixed</translation>
    </message>
    <message>
        <source>the named holidays and the public high days of a year</source>
        <translation>helligdagene og de offentlige høytidsdagene i et år</translation>
    </message>
    <message>
        <source>Lists the twelve named days of YEAR in date order: the helligdager with their own names (Easter Sunday and Whit Sunday included, ordinary Sundays not) plus 1 May and 17 May. Two names on one date give two entries. Years %1 to %2.</source>
        <translation>Lister de tolv navngitte dagene i YEAR i datorekkefølge: helligdagene med egne navn (første påskedag og første pinsedag tatt med, vanlige søndager ikke) og 1. og 17. mai. To navn på samme dato gir to oppføringer. Årene %1 til %2.</translation>
    </message>
    <message>
        <source>the year, for example 2025</source>
        <translation>året, for eksempel 2025</translation>
    </message>
    <message>
        <source>the sales hours for group 1 on a date</source>
        <translation>salgstiden for gruppe 1 på en dato</translation>
    </message>
    <message>
        <source>Gives the sales hours on DATE under the rule set (alkoholloven § 3-7): day_type is weekday, before_holiday (the day before a Sunday or holiday) or closed; open and close are null when the shop is closed.</source>
        <translation>Gir salgstiden på DATE etter regelsettet (alkoholloven § 3-7): day_type er weekday (hverdag), before_holiday (dagen før en søn- eller helligdag) eller closed (stengt); open og close er null når salget er stengt.</translation>
    </message>
    <message>
        <source>the day, YYYY-MM-DD</source>
        <translation>dagen, ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>the serving hours of a group, area and zone on a serving day</source>
        <translation>skjenketiden for en gruppe, et område og en sone i et skjenkedøgn</translation>
    </message>
    <message>
        <source>Gives the serving hours (alkoholloven § 4-4) of the serving day DATE, which runs from 06:00 to 03:00 the next morning: start, end and consumption_end as clock times ("00:30" is after midnight), all null when nothing may be served. --zone matters only outdoors. With --time, "allowed" says whether serving is allowed at that moment; a time from 00:00 to 05:59 is in the early hours after DATE.</source>
        <translation>Gir skjenketiden (alkoholloven § 4-4) i skjenkedøgnet DATE, som varer fra kl. 06.00 til 03.00 neste morgen: start, end og consumption_end som klokkeslett («00:30» er etter midnatt), alle null når det ikke kan skjenkes. --zone har bare betydning utendørs. Med --time sier «allowed» om skjenking er tillatt på det tidspunktet; et klokkeslett fra 00:00 til 05:59 hører til natten etter DATE.</translation>
    </message>
    <message>
        <source>the serving day, YYYY-MM-DD</source>
        <translation>skjenkedøgnet, ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>the alcohol group</source>
        <translation>alkoholgruppen</translation>
    </message>
    <message>
        <source>indoors or outdoors</source>
        <translation>innendørs eller utendørs</translation>
    </message>
    <message>
        <source>the zone outdoors, or a named zone of the rule set; default residential</source>
        <translation>sonen utendørs, eller en navngitt sone i regelsettet; standard residential (boligområde)</translation>
    </message>
    <message>
        <source>a moment to check</source>
        <translation>et tidspunkt som skal sjekkes</translation>
    </message>
    <message>
        <source>the annual fee for expected litres at a year's national rates</source>
        <translation>årsgebyret for forventet antall liter etter et års nasjonale satser</translation>
    </message>
    <message>
        <source>Computes the annual licence fee from the national rates of YEAR (alkoholforskriften § 6-2): litres per group times the rate, rounded to øre, and at least the minimum fee. Litres are given in group order (sale: groups 1 and 2; serving: groups 1, 2 and 3), separated by commas, with a decimal point (1234.5). A year without rates is refused.</source>
        <translation>Beregner det årlige bevillingsgebyret etter de nasjonale satsene for YEAR (alkoholforskriften § 6-2): liter per gruppe ganger satsen, avrundet til øre, og minst minstegebyret. Liter oppgis i grupperekkefølge (salg: gruppe 1 og 2; skjenking: gruppe 1, 2 og 3), skilt med komma og med desimalpunktum (1234.5). Et år uten satser avvises.</translation>
    </message>
    <message>
        <source>the year whose rates apply</source>
        <translation>året som satsene hentes fra</translation>
    </message>
    <message>
        <source>the kind of licence</source>
        <translation>bevillingstypen</translation>
    </message>
    <message>
        <source>expected litres per group, for example 20000,5000,300</source>
        <translation>forventet antall liter per gruppe, for eksempel 20000,5000,300</translation>
    </message>
    <message>
        <source>evaluate a licence's prikk ledger</source>
        <translation>vurder prikkbelastningen for en bevilling</translation>
    </message>
    <message>
        <source>Reads a ledger file (inspections with findings, renewals, transfers and suspensions; docs/ledger-format.md) and gives the prikker that count on the as-of date, whether a suspension is due and for how many days, and when each counted entry expires. --as-of defaults to the latest date in the file. --what-if CODE --on DATE gives the result of one more finding of CODE at an inspection on DATE. --no-used-up counts prikker again after a suspension was decided on them.</source>
        <translation>Leser en prikkfil (kontroller med avvik, fornyelser, overdragelser og inndragninger; docs/ledger-format.md) og gir prikkene som teller på vurderingsdatoen, om inndragning skal vedtas og for hvor mange dager, og når hver tellende oppføring faller bort. --as-of er som standard den seneste datoen i filen. --what-if CODE --on DATE gir resultatet av ett avvik til med koden CODE ved en kontroll på DATE. --no-used-up teller prikkene på nytt etter at det er vedtatt inndragning på grunnlag av dem.</translation>
    </message>
    <message>
        <source>the ledger file (JSON)</source>
        <translation>prikkfilen (JSON)</translation>
    </message>
    <message>
        <source>the date to evaluate on; default the latest date in the file</source>
        <translation>datoen det vurderes på; standard den seneste datoen i filen</translation>
    </message>
    <message>
        <source>one more finding of this code (with --on)</source>
        <translation>ett avvik til med denne koden (sammen med --on)</translation>
    </message>
    <message>
        <source>the inspection date of the --what-if finding</source>
        <translation>kontrolldatoen for avviket i --what-if</translation>
    </message>
    <message>
        <source>prikker are not used up by a suspension (the default is that they are)</source>
        <translation>prikker brukes ikke opp av en inndragning (standard er at de brukes opp)</translation>
    </message>
    <message>
        <source>--reading: "%1" is not a reading; use fixed or next-council.</source>
        <translation>--reading: «%1» er ikke en lesemåte; bruk fixed eller next-council.</translation>
    </message>
    <message>
        <source>--year: %1 is outside the years %2-%3 that the calendar covers.</source>
        <translation>--year: %1 ligger utenfor årene %2–%3 som kalenderen dekker.</translation>
    </message>
    <message>
        <source>--group: "%1" is not an alcohol group; use 1, 2 or 3.</source>
        <translation>--group: «%1» er ikke en alkoholgruppe; bruk 1, 2 eller 3.</translation>
    </message>
    <message>
        <source>--area: "%1" is not an area; use indoor or outdoor.</source>
        <translation>--area: «%1» er ikke et område; bruk indoor eller outdoor.</translation>
    </message>
    <message>
        <source>--zone: "%1" is not a zone of the rule set; use %2.</source>
        <translation>--zone: «%1» er ikke en sone i regelsettet; bruk %2.</translation>
    </message>
    <message>
        <source>--kind: "%1" is not a kind of licence with an annual fee; use sale or serving.</source>
        <translation>--kind: «%1» er ikke en bevillingstype med årsgebyr; bruk sale eller serving.</translation>
    </message>
    <message>
        <source>--year: there are no national fee rates for %1; rates exist for %2.</source>
        <translation>--year: det finnes ingen nasjonale gebyrsatser for %1; satser finnes for %2.</translation>
    </message>
    <message>
        <source>--what-if: give the inspection date with --on DATE.</source>
        <translation>--what-if: oppgi kontrolldatoen med --on DATO.</translation>
    </message>
    <message>
        <source>--on: only used with --what-if CODE.</source>
        <translation>--on: brukes bare sammen med --what-if KODE.</translation>
    </message>
    <message>
        <source>--as-of: not used with --what-if; the result is as of the --on date.</source>
        <translation>--as-of: brukes ikke sammen med --what-if; resultatet gjelder datoen i --on.</translation>
    </message>
    <message>
        <source>--what-if: "%1" is not a finding code; see docs/ledger-format.md.</source>
        <translation>--what-if: «%1» er ikke en avvikskode; se docs/ledger-format.md.</translation>
    </message>
    <message>
        <source>--ledger: %1: there is no such file.</source>
        <translation>--ledger: %1: filen finnes ikke.</translation>
    </message>
    <message>
        <source>--ledger: %1: cannot be read (%2).</source>
        <translation>--ledger: %1: kan ikke leses (%2).</translation>
    </message>
    <message>
        <source>--ledger: %1: not valid JSON: %2 at byte %3.</source>
        <translation>--ledger: %1: ikke gyldig JSON: %2 ved byte %3.</translation>
    </message>
    <message>
        <source>--ledger: %1: a ledger is a JSON object with a list of "events".</source>
        <translation>--ledger: %1: en prikkfil er et JSON-objekt med en liste «events».</translation>
    </message>
    <message>
        <source>--as-of: the ledger holds no dates; give the date to evaluate on.</source>
        <translation>--as-of: prikkfilen har ingen datoer; oppgi datoen det skal vurderes på.</translation>
    </message>
</context>
</TS>