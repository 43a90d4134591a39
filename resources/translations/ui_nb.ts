<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>CaseUiTexts</name>
    <message>
        <source>%1 byte</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Søk i:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Filnavn:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Filtype:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Bevilling registers (*.sqlite *.db)</source>
        <translation>Bevillingsregistre (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
</context>
<context>
    <name>HistoryFormatter</name>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>LetterRenderer</name>
    <message>
        <source>Could not write %1: it is a folder.</source>
        <translation>Kunne ikke skrive %1: det er en mappe.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>Case %1 has no decision yet; the decision letter can be written once the decision is recorded.</source>
        <translation>Sak %1 har ikke vedtak ennå; vedtaksbrevet kan lages når vedtaket er registrert.</translation>
    </message>
    <message>
        <source>The letter template %1 is missing from the program.</source>
        <translation>Brevmalen %1 mangler i programmet.</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
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
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Åpne skrivebeskyttet</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Åpne en annen fil…</translation>
    </message>
</context>
<context>
    <name>RegisterFiles</name>
    <message>
        <source>%1 already exists. Choose another name, or open the existing file instead.</source>
        <translation>%1 finnes allerede. Velg et annet navn, eller åpne den eksisterende filen i stedet.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 finnes allerede.</translation>
    </message>
    <message>
        <source>Demo register</source>
        <translation>Demoregister</translation>
    </message>
    <message>
        <source>The demo register could not be created: %1</source>
        <translation>Demoregisteret kunne ikke opprettes: %1</translation>
    </message>
    <message>
        <source>Register in use</source>
        <translation>Registeret er i bruk</translation>
    </message>
    <message>
        <source>Open it read-only to look things up, or cancel and try again when the other window has closed it.</source>
        <translation>Åpne det skrivebeskyttet for å slå opp, eller avbryt og prøv igjen når det andre vinduet har lukket det.</translation>
    </message>
    <message>
        <source>Could not open the register</source>
        <translation>Kunne ikke åpne registeret</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The file has not been changed. You can open another file.</source>
        <translation>Filen er ikke endret. Du kan åpne en annen fil.</translation>
    </message>
    <message>
        <source>Open register</source>
        <translation>Åpne register</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>Report year %1</source>
        <translation>Rapportår %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Laget %1</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>det er en mappe.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
</context>
<context>
    <name>RuleTexts</name>
    <message>
        <source>indoors</source>
        <translation>inne</translation>
    </message>
    <message>
        <source>outdoors</source>
        <translation>ute</translation>
    </message>
    <message>
        <source>weekday</source>
        <translation>hverdag</translation>
    </message>
    <message>
        <source>day before a Sunday or holiday</source>
        <translation>dag før søn- eller helligdag</translation>
    </message>
    <message>
        <source>Sunday, holiday, 1 May or 17 May</source>
        <translation>søn- eller helligdag, 1. mai eller 17. mai</translation>
    </message>
    <message>
        <source>fixed boundary (30 September after the council takes office)</source>
        <translation>fast periodegrense (30. september året etter at nytt kommunestyre tiltrer)</translation>
    </message>
    <message>
        <source>next council (grant + 4 years when granted after the council took office)</source>
        <translation>neste kommunestyre (tildeling + 4 år når bevillingen gis etter at kommunestyret har tiltrådt)</translation>
    </message>
    <message>
        <source>residential area</source>
        <translation>boligområde</translation>
    </message>
    <message>
        <source>non-residential area</source>
        <translation>utenfor boligområde</translation>
    </message>
    <message>
        <source>public place</source>
        <translation>offentlig sted</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>--database: give the register file, for example --database kommune.sqlite</source>
        <translation>--database: oppgi registerfilen, for eksempel --database kommune.sqlite</translation>
    </message>
    <message>
        <source>%1: unknown argument (see --help).</source>
        <translation>%1: ukjent argument (se --help).</translation>
    </message>
    <message>
        <source>Usage: bevilling [--database FILE]

Bevilling keeps a municipality's register of alcohol licences.

Options:
  --database FILE  open this register file instead of the last one used
  --version        show the version and exit
  --help           show this help and exit

Without --database the last register is opened, else the default register
%1; if there is none, Bevilling asks how to start.
</source>
        <translation>Bruk: bevilling [--database FIL]

Bevilling fører kommunens register over alkoholbevillinger.

Valg:
  --database FIL   åpne denne registerfilen i stedet for den som ble brukt sist
  --version        vis versjonen og avslutt
  --help           vis denne hjelpen og avslutt

Uten --database åpnes registeret som ble brukt sist, ellers standardregisteret
%1; finnes ingen av dem, spør Bevilling hvordan du vil begynne.
</translation>
    </message>
    <message>
        <source>Bevilling needs a graphical desktop, but found no display (DISPLAY is not set).</source>
        <translation>Bevilling trenger et grafisk skrivebord, men fant ingen skjerm (DISPLAY er ikke satt).</translation>
    </message>
</context>
<context>
    <name>TurnoverLetters</name>
    <message>
        <source>No licences are chosen for the letter.</source>
        <translation>Ingen bevillinger er valgt for brevet.</translation>
    </message>
    <message>
        <source>Licence %1 has no duty to report turnover for %2.</source>
        <translation>Bevilling %1 har ikke plikt til å levere omsetningsoppgave for %2.</translation>
    </message>
</context>
<context>
    <name>bevilling::AppealDialog</name>
    <message>
        <source>Appeal in case %1</source>
        <translation>Klage i sak %1</translation>
    </message>
    <message>
        <source>(not yet)</source>
        <translation>(ikke ennå)</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Mottatt:</translation>
    </message>
    <message>
        <source>&amp;Appellant:</source>
        <translation>&amp;Klager:</translation>
    </message>
    <message>
        <source>&amp;Grounds:</source>
        <translation>&amp;Begrunnelse:</translation>
    </message>
    <message>
        <source>Re&amp;consideration:</source>
        <translation>&amp;Kommunens behandling:</translation>
    </message>
    <message>
        <source>&amp;Sent to Statsforvalteren:</source>
        <translation>&amp;Sendt til Statsforvalteren:</translation>
    </message>
    <message>
        <source>&amp;Final outcome:</source>
        <translation>&amp;Endelig utfall:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Merknad:</translation>
    </message>
    <message>
        <source>An appeal must reach the municipality within three weeks of the notification; if the municipality upholds its decision, the appeal goes to Statsforvalteren.</source>
        <translation>Klagen må komme til kommunen innen tre uker etter at vedtaket er mottatt; opprettholder kommunen vedtaket, sendes klagen til Statsforvalteren.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>An appeal cannot be received before the decision (%1).</source>
        <translation>En klage kan ikke være mottatt før vedtaket (%1).</translation>
    </message>
    <message>
        <source>Name who appeals.</source>
        <translation>Oppgi hvem som klager.</translation>
    </message>
    <message>
        <source>Give both the reconsideration and its date.</source>
        <translation>Oppgi både kommunens behandling og datoen for den.</translation>
    </message>
    <message>
        <source>Give both the final outcome and its date.</source>
        <translation>Oppgi både endelig utfall og datoen for det.</translation>
    </message>
</context>
<context>
    <name>bevilling::AssignCaseDialog</name>
    <message>
        <source>Pass case %1 to an officer</source>
        <translation>Overfør sak %1 til en saksbehandler</translation>
    </message>
    <message>
        <source>Choose or type a name</source>
        <translation>Velg eller skriv et navn</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Nå:</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>(ikke tildelt)</translation>
    </message>
    <message>
        <source>&amp;Pass to:</source>
        <translation>&amp;Overfør til:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Merknad:</translation>
    </message>
    <message>
        <source>&amp;Pass on</source>
        <translation>&amp;Overfør</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Name the officer who takes over the case.</source>
        <translation>Oppgi saksbehandleren som overtar saken.</translation>
    </message>
    <message>
        <source>The case is already assigned to %1.</source>
        <translation>Saken er allerede tildelt %1.</translation>
    </message>
</context>
<context>
    <name>bevilling::CaseDetailWidget</name>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Tildelt %1</translation>
    </message>
    <message>
        <source>Passed from %1 to %2</source>
        <translation>Overført fra %1 til %2</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>Endre &amp;status …</translation>
    </message>
    <message>
        <source>Pass to o&amp;fficer…</source>
        <translation>Overfør til saks&amp;behandler …</translation>
    </message>
    <message>
        <source>Edit a&amp;pplication…</source>
        <translation>Rediger sø&amp;knad …</translation>
    </message>
    <message>
        <source>Make &amp;decision…</source>
        <translation>Fatt &amp;vedtak …</translation>
    </message>
    <message>
        <source>Register a&amp;ppeal…</source>
        <translation>Registrer k&amp;lage …</translation>
    </message>
    <message>
        <source>Decision &amp;letter (PDF)…</source>
        <translation>Lag vedtaks&amp;brev (PDF) …</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Instans</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Bedt om</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Purringer</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Svar mottatt</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>&amp;Request statement…</source>
        <translation>&amp;Be om uttalelse …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger …</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Record re&amp;minder</source>
        <translation>Registrer &amp;purring</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Lagt til</translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation>&amp;Legg til fil …</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Lagre &amp;som …</translation>
    </message>
    <message>
        <source>Save &amp;list</source>
        <translation>Lagre &amp;liste</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Uttalelser</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(ingen kategori)</translation>
    </message>
    <message>
        <source>The kind of document the next added file is</source>
        <translation>Dokumenttypen til neste fil som legges til</translation>
    </message>
    <message>
        <source>&amp;Missing attachments (one per line; the case is incomplete while any are listed):</source>
        <translation>&amp;Manglende vedlegg (ett per linje; saken er ikke komplett så lenge noe står her):</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Vedlegg</translation>
    </message>
    <message>
        <source>Decision and appeal</source>
        <translation>Vedtak og klage</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>Ingen sak valgt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Saksbehandler</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>(ikke tildelt)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <source>Processing time</source>
        <translation>Saksbehandlingstid</translation>
    </message>
    <message>
        <source>The clock starts when the application is complete.</source>
        <translation>Fristen begynner å løpe når søknaden er komplett.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Legal due date</source>
        <translation>Lovens frist</translation>
    </message>
    <message>
        <source>(four months from a complete application)</source>
        <translation>(fire måneder fra komplett søknad)</translation>
    </message>
    <message>
        <source>Own target</source>
        <translation>Eget mål</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stoppet</translation>
    </message>
    <message>
        <source>decided %1</source>
        <translation>vedtak %1</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dager</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>%1 dager over fristen</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dager igjen</translation>
    </message>
    <message>
        <source>Status of the clock</source>
        <translation>Fristens status</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>stanset</translation>
    </message>
    <message>
        <source>running</source>
        <translation>løper</translation>
    </message>
    <message>
        <source>Paused days</source>
        <translation>Dager med stans</translation>
    </message>
    <message>
        <source>Pauses:</source>
        <translation>Stans:</translation>
    </message>
    <message>
        <source>waiting for the applicant</source>
        <translation>venter på søker</translation>
    </message>
    <message>
        <source>waiting for statements</source>
        <translation>venter på uttalelser</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>fortsatt åpen</translation>
    </message>
    <message>
        <source>%1 – %2: %3</source>
        <translation>%1–%2: %3</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Varsler</translation>
    </message>
    <message>
        <source>Missing attachments</source>
        <translation>Manglende vedlegg</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Søknad</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Søker</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Anledning</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
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
        <source>Period applied for</source>
        <translation>Søkt periode</translation>
    </message>
    <message>
        <source>Requested hours or area</source>
        <translation>Søkt skjenketid eller areal</translation>
    </message>
    <message>
        <source>Transfer date</source>
        <translation>Dato for overtakelse</translation>
    </message>
    <message>
        <source>Expected attendance</source>
        <translation>Forventet antall deltakere</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>Overdue: the deadline was %1.</source>
        <translation>Over fristen: fristen var %1.</translation>
    </message>
    <message>
        <source>SHA-256: %1
Added by %2</source>
        <translation>SHA-256: %1
Lagt til av %2</translation>
    </message>
    <message>
        <source>No decision yet.</source>
        <translation>Ikke vedtak ennå.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Vedtatt av</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referanse</translation>
    </message>
    <message>
        <source>Licence period</source>
        <translation>Bevillingsperiode</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Vilkår</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Underrettet</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ikke ennå</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Klage</translation>
    </message>
    <message>
        <source>Appellant</source>
        <translation>Klager</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Reconsideration</source>
        <translation>Kommunens behandling</translation>
    </message>
    <message>
        <source>Sent to Statsforvalteren</source>
        <translation>Sendt til Statsforvalteren</translation>
    </message>
    <message>
        <source>Final outcome</source>
        <translation>Endelig utfall</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Decision %1.pdf</source>
        <translation>Vedtak %1.pdf</translation>
    </message>
    <message>
        <source>Save decision letter</source>
        <translation>Lagre vedtaksbrev</translation>
    </message>
    <message>
        <source>Decision letter</source>
        <translation>Vedtaksbrev</translation>
    </message>
    <message>
        <source>The letter was saved as %1.</source>
        <translation>Brevet er lagret som %1.</translation>
    </message>
    <message>
        <source>The letter was saved as %1.

Record that the decision was sent to the applicant today (%2)?</source>
        <translation>Brevet er lagret som %1.

Registrere at vedtaket ble sendt til søker i dag (%2)?</translation>
    </message>
    <message>
        <source>Remove statement</source>
        <translation>Fjern uttalelse</translation>
    </message>
    <message>
        <source>Remove the statement from %1 from the case?</source>
        <translation>Fjerne uttalelsen fra %1 fra saken?</translation>
    </message>
    <message>
        <source>Record reminder</source>
        <translation>Registrer purring</translation>
    </message>
    <message>
        <source>%1 is too large (%2). An attachment can be at most %3.</source>
        <translation>%1 er for stor (%2). Et vedlegg kan være høyst %3.</translation>
    </message>
    <message>
        <source>%1 is too large. An attachment can be at most %2.</source>
        <translation>%1 er for stor. Et vedlegg kan være høyst %2.</translation>
    </message>
    <message>
        <source>%1 could not be added: %2</source>
        <translation>%1 kunne ikke legges til: %2</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Åpne vedlegg</translation>
    </message>
    <message>
        <source>Could not create a temporary folder in %1.</source>
        <translation>Kunne ikke lage en midlertidig mappe i %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>No program opened the file. A copy is saved as %1.</source>
        <translation>Ingen program åpnet filen. En kopi er lagret som %1.</translation>
    </message>
    <message>
        <source>Save attachment as</source>
        <translation>Lagre vedlegg som</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Lagre vedlegg</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Fjern vedlegg</translation>
    </message>
    <message>
        <source>Remove %1 from the case? The file is deleted from the register.</source>
        <translation>Fjerne %1 fra saken? Filen slettes fra registeret.</translation>
    </message>
    <message>
        <source>Application deadline</source>
        <translation>Søknadsfrist</translation>
    </message>
    <message>
        <source>(missed)</source>
        <translation>(oversittet)</translation>
    </message>
    <message>
        <source>May operate on the previous licence until</source>
        <translation>Kan drive på den tidligere bevillingen til</translation>
    </message>
    <message>
        <source>Add attachments</source>
        <translation>Legg til vedlegg</translation>
    </message>
</context>
<context>
    <name>bevilling::CaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Ny sak</translation>
    </message>
    <message>
        <source>Edit case %1</source>
        <translation>Rediger sak %1</translation>
    </message>
    <message>
        <source>Assigned when saved</source>
        <translation>Tildeles ved lagring</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Saksnummer:</translation>
    </message>
    <message>
        <source>Case &amp;type:</source>
        <translation>Saks&amp;type:</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Mottatt:</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>Saks&amp;behandler:</translation>
    </message>
    <message>
        <source>Type a number, licensee or premises</source>
        <translation>Skriv nummer, bevillingshaver eller sted</translation>
    </message>
    <message>
        <source>Related &amp;licence:</source>
        <translation>Gjeldende &amp;bevilling:</translation>
    </message>
    <message>
        <source>Fill in &amp;application…</source>
        <translation>Fyll ut &amp;søknad …</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>Søknad:</translation>
    </message>
    <message>
        <source>Optional: generated from the type and the applicant</source>
        <translation>Valgfritt: lages av sakstype og søker</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;ittel:</translation>
    </message>
    <message>
        <source>One document per line, e.g. Firmaattest</source>
        <translation>Ett dokument per linje, f.eks. Firmaattest</translation>
    </message>
    <message>
        <source>&amp;Missing attachments:</source>
        <translation>&amp;Manglende vedlegg:</translation>
    </message>
    <message>
        <source>Aimed at &amp;children and young people</source>
        <translation>Rettet mot &amp;barn og unge</translation>
    </message>
    <message>
        <source>Event at a &amp;public place</source>
        <translation>Arrangement på &amp;offentlig sted</translation>
    </message>
    <message>
        <source>Serving aboard a &amp;boat</source>
        <translation>Skjenking om bord i &amp;båt</translation>
    </message>
    <message>
        <source>Facts:</source>
        <translation>Opplysninger:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>ikke oppgitt</translation>
    </message>
    <message>
        <source> persons</source>
        <translation> personer</translation>
    </message>
    <message>
        <source>Expected a&amp;ttendance:</source>
        <translation>Forventet an&amp;tall deltakere:</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(ikke oppgitt)</translation>
    </message>
    <message>
        <source>&amp;Event type:</source>
        <translation>&amp;Arrangementstype:</translation>
    </message>
    <message>
        <source>e.g. outdoor serving on the terrace until 01:00</source>
        <translation>f.eks. uteservering på terrassen til kl. 01.00</translation>
    </message>
    <message>
        <source>Requested &amp;hours or area:</source>
        <translation>Søkt &amp;skjenketid eller areal:</translation>
    </message>
    <message>
        <source>Trans&amp;fer date:</source>
        <translation>Dato for &amp;overtakelse:</translation>
    </message>
    <message>
        <source>A &amp;written agreement between the old and the new operator</source>
        <translation>&amp;Skriftlig avtale mellom gammel og ny driver</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notater:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Use "Pass to officer…" in the case to reassign it.</source>
        <translation>Bruk «Overfør til saksbehandler …» i saken for å overføre den.</translation>
    </message>
    <message>
        <source>groups %1</source>
        <translation>gruppe %1</translation>
    </message>
    <message>
        <source>Manager: %1</source>
        <translation>Styrer: %1</translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation>Periode: %1–%2</translation>
    </message>
    <message>
        <source>Not filled in yet.</source>
        <translation>Ikke fylt ut ennå.</translation>
    </message>
    <message>
        <source>Edit &amp;application…</source>
        <translation>Rediger &amp;søknad …</translation>
    </message>
    <message>
        <source>The received date cannot be in the future.</source>
        <translation>Mottatt-datoen kan ikke være fram i tid.</translation>
    </message>
    <message>
        <source>Name the officer who handles the case.</source>
        <translation>Oppgi saksbehandleren som har saken.</translation>
    </message>
    <message>
        <source>Choose the licence the case concerns.</source>
        <translation>Velg bevillingen saken gjelder.</translation>
    </message>
    <message>
        <source>Fill in the application: at least who applies.</source>
        <translation>Fyll ut søknaden: minst hvem som søker.</translation>
    </message>
    <message>
        <source>Give the date the business changes hands.</source>
        <translation>Oppgi datoen virksomheten skifter eier.</translation>
    </message>
</context>
<context>
    <name>bevilling::CaseStatusDialog</name>
    <message>
        <source>&amp;Why closed:</source>
        <translation>&amp;Hvorfor avsluttet:</translation>
    </message>
    <message>
        <source>Change status of case %1</source>
        <translation>Endre status for sak %1</translation>
    </message>
    <message>
        <source>Optional: why, or what happens next</source>
        <translation>Valgfritt: hvorfor, eller hva som skjer videre</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Nå:</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;Ny status:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Merknad:</translation>
    </message>
    <message>
        <source>&amp;Change status</source>
        <translation>&amp;Endre status</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The case cannot be moved by hand from here; record the decision or the appeal instead.</source>
        <translation>Saken kan ikke flyttes manuelt herfra; registrer vedtaket eller klagen i stedet.</translation>
    </message>
</context>
<context>
    <name>bevilling::CaseTableModel</name>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (stanset)</translation>
    </message>
    <message>
        <source>Legal due date %1 (four months from complete, plus %2 paused days).</source>
        <translation>Lovens frist %1 (fire måneder fra komplett søknad, pluss %2 dager med stans).</translation>
    </message>
    <message>
        <source>Own target: %1.</source>
        <translation>Eget mål: %1.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sak</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Applicant / title</source>
        <translation>Søker / tittel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Saksbehandler</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dager igjen</translation>
    </message>
    <message>
        <source>Missing statements</source>
        <translation>Manglende uttalelser</translation>
    </message>
</context>
<context>
    <name>bevilling::CasesWidget</name>
    <message>
        <source>&amp;Only open cases</source>
        <translation>&amp;Bare åpne saker</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Ny sak …</translation>
    </message>
    <message>
        <source>Case number, applicant, org. number, premises, officer…</source>
        <translation>Saksnummer, søker, org.nr., sted, saksbehandler …</translation>
    </message>
    <message>
        <source>Every word must occur in the case (Ctrl+F; Esc clears).</source>
        <translation>Hvert ord må finnes i saken (Ctrl+F; Esc tømmer).</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle sakstyper</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Alle saksbehandlere</translation>
    </message>
    <message>
        <source>Register an application that has arrived (Ctrl+Shift+N)</source>
        <translation>Registrer en søknad som har kommet inn (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Se&amp;arch:</source>
        <translation>S&amp;øk:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>O&amp;fficer:</source>
        <translation>Saks&amp;behandler:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>The register is open read-only.</source>
        <translation>Registeret er åpnet skrivebeskyttet.</translation>
    </message>
    <message>
        <source>Showing %1 of 1 case</source>
        <translation>Viser %1 av 1 sak</translation>
    </message>
    <message>
        <source>Showing %1 of %2 cases</source>
        <translation>Viser %1 av %2 saker</translation>
    </message>
</context>
<context>
    <name>bevilling::DecisionDialog</name>
    <message>
        <source>Decision in case %1</source>
        <translation>Vedtak i sak %1</translation>
    </message>
    <message>
        <source>The officer, or the council body (Formannskapet)</source>
        <translation>Saksbehandleren, eller det politiske organet (Formannskapet)</translation>
    </message>
    <message>
        <source>e.g. 2026/1234-5 or PS 45/26</source>
        <translation>f.eks. 2026/1234-5 eller PS 45/26</translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation>&amp;fra</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>t&amp;il</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Utfall:</translation>
    </message>
    <message>
        <source>Decided b&amp;y:</source>
        <translation>Vedtatt a&amp;v:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referanse:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Begrunnelse:</translation>
    </message>
    <message>
        <source>Licence &amp;period:</source>
        <translation>Bevillings&amp;periode:</translation>
    </message>
    <message>
        <source>&amp;Conditions:</source>
        <translation>&amp;Vilkår:</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Sak %1: %2</translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation>&amp;Registrer vedtak</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The period of the occasion applied for.</source>
        <translation>Perioden for arrangementet det er søkt om.</translation>
    </message>
    <message>
        <source>Latest legal end date for this start date: %1 (alkoholloven § 1-6).</source>
        <translation>Seneste lovlige sluttdato for denne startdatoen: %1 (alkoholloven § 1-6).</translation>
    </message>
    <message>
        <source>Optional for a grant</source>
        <translation>Valgfritt ved innvilgelse</translation>
    </message>
    <message>
        <source>Required: why the application is refused, with the rule cited</source>
        <translation>Påkrevd: hvorfor søknaden avslås, med hjemmel</translation>
    </message>
    <message>
        <source>Name who made the decision.</source>
        <translation>Oppgi hvem som fattet vedtaket.</translation>
    </message>
    <message>
        <source>The decision date cannot be in the future.</source>
        <translation>Vedtaksdatoen kan ikke være fram i tid.</translation>
    </message>
    <message>
        <source>A refusal needs its reason, with the rule cited.</source>
        <translation>Et avslag må begrunnes, med hjemmel.</translation>
    </message>
    <message>
        <source>The period cannot end before it starts.</source>
        <translation>Perioden kan ikke slutte før den begynner.</translation>
    </message>
    <message>
        <source>The period cannot end after %1, the latest legal end date (alkoholloven § 1-6).</source>
        <translation>Perioden kan ikke slutte etter %1, seneste lovlige sluttdato (alkoholloven § 1-6).</translation>
    </message>
</context>
<context>
    <name>bevilling::EndLicenceDialog</name>
    <message>
        <source>End licence %1</source>
        <translation>Avslutt bevilling %1</translation>
    </message>
    <message>
        <source>End licence %1 for %2. The licence keeps its history; the end can be undone.</source>
        <translation>Avslutt bevilling %1 for %2. Bevillingen beholder historikken sin, og avslutningen kan angres.</translation>
    </message>
    <message>
        <source>For example the case number of the decision</source>
        <translation>For eksempel saksnummeret for vedtaket</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>&amp;Sluttdato:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Årsak:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Merknad:</translation>
    </message>
    <message>
        <source>End licence</source>
        <translation>Avslutt bevilling</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>bevilling::EventCalendarWidget</name>
    <message>
        <source>Single-occasion events</source>
        <translation>Arrangementer med bevilling for en enkelt anledning</translation>
    </message>
    <message>
        <source>Events on the selected day</source>
        <translation>Arrangementer den valgte dagen</translation>
    </message>
    <message>
        <source>Single-occasion event</source>
        <translation>Enkelt anledning</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Return or double-click opens the case</source>
        <translation>Enter eller dobbeltklikk åpner saken</translation>
    </message>
    <message>
        <source>Return or double-click shows the licence</source>
        <translation>Enter eller dobbeltklikk viser bevillingen</translation>
    </message>
    <message>
        <source>No single-occasion events on %1.</source>
        <translation>Ingen arrangementer med bevilling for en enkelt anledning %1.</translation>
    </message>
    <message>
        <source>Events on %1:</source>
        <translation>Arrangementer %1:</translation>
    </message>
</context>
<context>
    <name>bevilling::FeeCycleSettingsDialog</name>
    <message>
        <source>&amp;True-up of last year's fee from the actual turnover</source>
        <translation>&amp;Etteroppgjør av fjorårets gebyr etter faktisk omsetning</translation>
    </message>
    <message>
        <source>The &amp;auditor must confirm the turnover reports</source>
        <translation>Omsetningsoppgavene må bekreftes av &amp;revisor</translation>
    </message>
    <message>
        <source>Settings for the fee year</source>
        <translation>Innstillinger for gebyrår</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <source>The provisional fee is computed from the expected turnover. With the true-up, last year's fee is settled against the actual turnover: an extra invoice or a refund. The true-up applies to all licensees alike (alkoholforskriften § 6-3).</source>
        <translation>Det foreløpige gebyret beregnes ut fra forventet omsetning. Med etteroppgjør gjøres fjorårets gebyr opp mot faktisk omsetning: tilleggsfaktura eller tilbakebetaling. Etteroppgjøret gjelder alle bevillingshavere likt (alkoholforskriften § 6-3).</translation>
    </message>
    <message>
        <source>&amp;Flag changes from last year above:</source>
        <translation>&amp;Merk endringer fra fjoråret over:</translation>
    </message>
    <message>
        <source>&amp;Reply deadline after a reminder:</source>
        <translation>&amp;Svarfrist etter purring:</translation>
    </message>
    <message>
        <source>&amp;Payment deadline of an invoice:</source>
        <translation>&amp;Betalingsfrist for faktura:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>bevilling::FeeCycleTab</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>Sanction case %1 is proposed for %2.</source>
        <translation>Sanksjonssak %1 er foreslått for %2.</translation>
    </message>
    <message>
        <source>Sanction case proposed</source>
        <translation>Sanksjonssak foreslått</translation>
    </message>
</context>
<context>
    <name>bevilling::FeeIssueDialog</name>
    <message>
        <source>Issue fees %1</source>
        <translation>Fakturer gebyr %1</translation>
    </message>
    <message>
        <source>%1 invoice lines, in total %2.</source>
        <translation>%1 fakturalinjer, til sammen %2.</translation>
    </message>
    <message>
        <source>&amp;Invoice date:</source>
        <translation>&amp;Fakturadato:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Forfallsdato:</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Fakturer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>bevilling::FeePaymentDialog</name>
    <message>
        <source>Register payment – %1</source>
        <translation>Registrer innbetaling – %1</translation>
    </message>
    <message>
        <source>%1, %2: %3, paid %4, outstanding %5.</source>
        <translation>%1, %2: %3, betalt %4, utestående %5.</translation>
    </message>
    <message>
        <source>Paid &amp;on:</source>
        <translation>&amp;Betalt dato:</translation>
    </message>
    <message>
        <source>&amp;Amount (kr):</source>
        <translation>B&amp;eløp (kr):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Merknad:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Enter the amount paid.</source>
        <translation>Skriv inn beløpet som er betalt.</translation>
    </message>
    <message>
        <source>«%1» is not an amount.</source>
        <translation>«%1» er ikke et beløp.</translation>
    </message>
</context>
<context>
    <name>bevilling::FeeRatesDialog</name>
    <message>
        <source>Fee rates</source>
        <translation>Gebyrsatser</translation>
    </message>
    <message>
        <source>e.g. the regulation or circular the rates come from</source>
        <translation>f.eks. forskriften eller rundskrivet satsene kommer fra</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>Sales, group &amp;1 (kr per litre):</source>
        <translation>Salg, gruppe &amp;1 (kr per vareliter):</translation>
    </message>
    <message>
        <source>Sales, group &amp;2 (kr per litre):</source>
        <translation>Salg, gruppe &amp;2 (kr per vareliter):</translation>
    </message>
    <message>
        <source>Sales, &amp;minimum fee (kr):</source>
        <translation>Salg, &amp;minstegebyr (kr):</translation>
    </message>
    <message>
        <source>Serving, group 1 (kr per &amp;litre):</source>
        <translation>Skjenking, gruppe 1 (kr per vare&amp;liter):</translation>
    </message>
    <message>
        <source>Serving, group 2 (kr per l&amp;itre):</source>
        <translation>Skjenking, gruppe 2 (kr per varel&amp;iter):</translation>
    </message>
    <message>
        <source>Serving, group 3 (kr per li&amp;tre):</source>
        <translation>Skjenking, gruppe 3 (kr per vareli&amp;ter):</translation>
    </message>
    <message>
        <source>Serving, minimum &amp;fee (kr):</source>
        <translation>Skjenking, minste&amp;gebyr (kr):</translation>
    </message>
    <message>
        <source>Travelling licence, &amp;cap per occasion (kr):</source>
        <translation>Ambulerende bevilling, &amp;maks per anledning (kr):</translation>
    </message>
    <message>
        <source>The national rates per litre and minimum fees (alkoholforskriften § 6-2), one row per year. Add the next year's rates when they are published, or correct a year.</source>
        <translation>De nasjonale satsene per vareliter og minstegebyrene (alkoholforskriften § 6-2), én rad per år. Legg inn neste års satser når de er kunngjort, eller rett et år.</translation>
    </message>
    <message>
        <source>&amp;Rates of:</source>
        <translation>&amp;Satser for:</translation>
    </message>
    <message>
        <source>empty when unknown</source>
        <translation>tomt når satsen er ukjent</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Kilde:</translation>
    </message>
    <message>
        <source>The register is open read-only; the fee rates cannot be changed here.</source>
        <translation>Registeret er åpnet skrivebeskyttet; gebyrsatsene kan ikke endres her.</translation>
    </message>
    <message>
        <source>New year</source>
        <translation>Nytt år</translation>
    </message>
    <message>
        <source>A year is required.</source>
        <translation>Årstall må fylles ut.</translation>
    </message>
    <message>
        <source>Write a year, e.g. 2026.</source>
        <translation>Skriv et årstall, f.eks. 2026.</translation>
    </message>
    <message>
        <source>Write a number of kroner, 0 or more (e.g. 0,63).</source>
        <translation>Skriv et kronebeløp, 0 eller mer (f.eks. 0,63).</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Må fylles ut.</translation>
    </message>
    <message>
        <source>The table already has rates for %1; choose that year above to correct it.</source>
        <translation>Tabellen har allerede satser for %1; velg det året over for å rette det.</translation>
    </message>
</context>
<context>
    <name>bevilling::FeesAreaWidget</name>
    <message>
        <source>&amp;Turnover reports</source>
        <translation>&amp;Omsetningsoppgaver</translation>
    </message>
    <message>
        <source>&amp;Fees</source>
        <translation>&amp;Gebyr</translation>
    </message>
    <message>
        <source>&amp;Settings for the fee year…</source>
        <translation>&amp;Innstillinger for gebyrår…</translation>
    </message>
</context>
<context>
    <name>bevilling::FeesWidget</name>
    <message>
        <source>Licence</source>
        <translation>Bevilling</translation>
    </message>
    <message>
        <source>Licensee</source>
        <translation>Bevillingshaver</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Basis year</source>
        <translation>Grunnlagsår</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minstegebyr</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Fakturert</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Forfall</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Utestående</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Invoice…</source>
        <translation>&amp;Fakturer…</translation>
    </message>
    <message>
        <source>&amp;Export invoice basis (CSV)…</source>
        <translation>&amp;Eksporter fakturagrunnlag (CSV)…</translation>
    </message>
    <message>
        <source>Register &amp;payment…</source>
        <translation>Registrer &amp;innbetaling…</translation>
    </message>
    <message>
        <source>Propose sa&amp;nction case</source>
        <translation>Foreslå sa&amp;nksjonssak</translation>
    </message>
    <message>
        <source>Not invoiced</source>
        <translation>Ikke fakturert</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forfalt</translation>
    </message>
    <message>
        <source>No fee rates for %1 – add them under Rules → Fee rates.</source>
        <translation>Ingen gebyrsatser for %1 – legg dem inn under Regelverk → Gebyrsatser.</translation>
    </message>
    <message>
        <source>%1: %2 (%3 lines)</source>
        <translation>%1: %2 (%3 linjer)</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Sum: %1</translation>
    </message>
    <message>
        <source>Outstanding: %1</source>
        <translation>Utestående: %1</translation>
    </message>
    <message>
        <source>%1 invoice lines issued, in total %2.</source>
        <translation>%1 fakturalinjer er fakturert, til sammen %2.</translation>
    </message>
    <message>
        <source>Export invoice basis</source>
        <translation>Eksporter fakturagrunnlag</translation>
    </message>
    <message>
        <source>%1 invoice lines exported to %2.</source>
        <translation>%1 fakturalinjer er eksportert til %2.</translation>
    </message>
    <message>
        <source>Payment of %1 registered for %2.</source>
        <translation>Innbetaling på %1 er registrert for %2.</translation>
    </message>
    <message>
        <source>Sanction case %1 is proposed for licence %2 (fee %3 not paid). Open it now?</source>
        <translation>Sanksjonssak %1 er foreslått for bevilling %2 (gebyret for %3 er ikke betalt). Vil du åpne den nå?</translation>
    </message>
</context>
<context>
    <name>bevilling::FirstStartDialog</name>
    <message>
        <source>Welcome to Bevilling</source>
        <translation>Velkommen til Bevilling</translation>
    </message>
    <message>
        <source>Bevilling keeps the municipality's register of alcohol licences. There is no register on this computer yet. How do you want to start?</source>
        <translation>Bevilling fører kommunens register over alkoholbevillinger. Det finnes ikke noe register på denne maskinen ennå. Hvordan vil du begynne?</translation>
    </message>
    <message>
        <source>Create an empty register for your municipality</source>
        <translation>Opprett et tomt register for kommunen din</translation>
    </message>
    <message>
        <source>&amp;Create register</source>
        <translation>&amp;Opprett register</translation>
    </message>
    <message>
        <source>Open an existing register file</source>
        <translation>Åpne en eksisterende registerfil</translation>
    </message>
    <message>
        <source>For example a register a colleague has set up on a shared drive.</source>
        <translation>For eksempel et register som en kollega har satt opp på et felles område.</translation>
    </message>
    <message>
        <source>&amp;Open existing file…</source>
        <translation>Å&amp;pne eksisterende fil…</translation>
    </message>
    <message>
        <source>Explore a demo register</source>
        <translation>Utforsk et demoregister</translation>
    </message>
    <message>
        <source>About 30 fictional licences to try things out. The demo register is a separate file and is clearly marked as demo.</source>
        <translation>Rundt 30 fiktive bevillinger å prøve seg fram med. Demoregisteret er en egen fil og er tydelig merket som demo.</translation>
    </message>
    <message>
        <source>Explore the &amp;demo</source>
        <translation>Utforsk &amp;demoen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
</context>
<context>
    <name>bevilling::HomeWidget</name>
    <message>
        <source>Officer</source>
        <translation>Saksbehandler</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>Dette må gjøres</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dager</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Saksbehandler:</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;I dag</translation>
    </message>
    <message>
        <source>&amp;Statements</source>
        <translation>&amp;Uttalelser</translation>
    </message>
    <message>
        <source>Travelling licences: %1 of the council's quota of %2 in use; %3 uses so far in %4.</source>
        <translation>Ambulerende bevillinger: %1 av kommunestyrets kvote på %2 er i bruk; %3 bruk så langt i %4.</translation>
    </message>
    <message>
        <source>The quota is exceeded.</source>
        <translation>Kvoten er overskredet.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>I dag, %1</translation>
    </message>
    <message>
        <source>Statements overdue (%1)</source>
        <translation>Uttalelser på overtid (%1)</translation>
    </message>
    <message>
        <source>Cases near their due date (%1)</source>
        <translation>Saker nær fristen (%1)</translation>
    </message>
    <message>
        <source>Cases waiting for an officer (%1)</source>
        <translation>Saker som venter på saksbehandler (%1)</translation>
    </message>
    <message>
        <source>Cases waiting for %1 (%2)</source>
        <translation>Saker som venter på %1 (%2)</translation>
    </message>
    <message>
        <source>Licences ending within %1 days (%2)</source>
        <translation>Bevillinger som utløper innen %1 dager (%2)</translation>
    </message>
    <message>
        <source>Single-occasion events in the next %1 days (%2)</source>
        <translation>Arrangementer med bevilling for en enkelt anledning de neste %1 dagene (%2)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>waiting 1 day</source>
        <translation>venter 1 dag</translation>
    </message>
    <message>
        <source>waiting %1 days</source>
        <translation>venter %1 dager</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>i morgen</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>om %1 dager</translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation>1 dag på overtid</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>%1 dager på overtid</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>1 dag igjen</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>%1 dager igjen</translation>
    </message>
    <message>
        <source>Return or double-click opens the case</source>
        <translation>Enter eller dobbeltklikk åpner saken</translation>
    </message>
    <message>
        <source>Return or double-click shows the licence</source>
        <translation>Enter eller dobbeltklikk viser bevillingen</translation>
    </message>
</context>
<context>
    <name>bevilling::InspectionDialog</name>
    <message>
        <source>New inspection</source>
        <translation>Ny kontroll</translation>
    </message>
    <message>
        <source>Inspection %1</source>
        <translation>Kontroll %1</translation>
    </message>
    <message>
        <source>Assigned when saved</source>
        <translation>Tildeles ved lagring</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Type part of the name, address or licence number</source>
        <translation>Skriv en del av navnet, adressen eller bevillingsnummeret</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Sted</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>An end before the start means the inspection went on past midnight (until 06:00 at the latest).</source>
        <translation>Slutt før start betyr at kontrollen varte over midnatt (senest til kl. 06.00).</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Tidspunkt</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Form</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>Kontrollører</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 – inactive</source>
        <translation>%1 – ikke aktiv</translation>
    </message>
    <message>
        <source>Confirm inspection with one inspector</source>
        <translation>Bekreft kontroll med én kontrollør</translation>
    </message>
    <message>
        <source>&amp;Inspectors</source>
        <translation>&amp;Kontrollører</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Kontrollert</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>I orden</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>Sjekk&amp;liste</translation>
    </message>
    <message>
        <source>No remarks</source>
        <translation>Ingen merknader</translation>
    </message>
    <message>
        <source>Add &amp;finding</source>
        <translation>Legg til &amp;funn</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Funn</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notater</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Licensee: %1</source>
        <translation>Bevillingshaver: %1</translation>
    </message>
    <message>
        <source>%1 (licence ended %2)</source>
        <translation>%1 (bevillingen opphørte %2)</translation>
    </message>
    <message>
        <source>Choose the place from the list that appears as you type.</source>
        <translation>Velg stedet fra listen som kommer opp mens du skriver.</translation>
    </message>
    <message>
        <source>A serving inspection needs two inspectors</source>
        <translation>Skjenkekontroll krever to kontrollører</translation>
    </message>
    <message>
        <source>One inspector is enough at sales places</source>
        <translation>Én kontrollør er nok ved salgssteder</translation>
    </message>
    <message>
        <source>%1 has no recorded knowledge test for inspectors.</source>
        <translation>%1 har ikke registrert kunnskapsprøve for kontrollører.</translation>
    </message>
    <message>
        <source>Finding %1</source>
        <translation>Funn %1</translation>
    </message>
    <message>
        <source>Choose a finding…</source>
        <translation>Velg funn…</translation>
    </message>
    <message>
        <source>%1 (%2 prikker)</source>
        <translation>%1 (%2 prikker)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>What was found, in your own words</source>
        <translation>Hva som ble funnet, med egne ord</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>e.g. slurred speech</source>
        <translation>f.eks. snøvlete tale</translation>
    </message>
    <message>
        <source>e.g. unsteady, leaned on the bar</source>
        <translation>f.eks. ustø, støttet seg til bardisken</translation>
    </message>
    <message>
        <source>e.g. loud, bothered other guests</source>
        <translation>f.eks. høylytt, sjenerte andre gjester</translation>
    </message>
    <message>
        <source>e.g. 0.5 l lager</source>
        <translation>f.eks. 0,5 l pils</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Tale</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balanse</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Atferd</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Servert</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Remove finding</source>
        <translation>Fjern funn</translation>
    </message>
</context>
<context>
    <name>bevilling::InspectionPlanWidget</name>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Bevillinger</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Bevilling</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>Kontrollører</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <source>Last inspection</source>
        <translation>Siste kontroll</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Places not inspected this year</source>
        <translation>Steder som ikke er kontrollert i år</translation>
    </message>
    <message>
        <source>Serving inspections with one inspector</source>
        <translation>Skjenkekontroller med én kontrollør</translation>
    </message>
    <message>
        <source>Suggested priority</source>
        <translation>Foreslått prioritering</translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>Ingen register er åpent.</translation>
    </message>
    <message>
        <source>%1 licences counted: %2 inspections required (3 × licences), %3 done</source>
        <translation>%1 bevillinger telles med: %2 kontroller kreves (3 × bevillinger), %3 utført</translation>
    </message>
    <message>
        <source>requirement met</source>
        <translation>kravet er oppfylt</translation>
    </message>
    <message>
        <source>%1 missing</source>
        <translation>%1 mangler</translation>
    </message>
    <message>
        <source>%1 (confirmed)</source>
        <translation>%1 (bekreftet)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldri</translation>
    </message>
</context>
<context>
    <name>bevilling::InspectionsWidget</name>
    <message>
        <source>Search number, place, licensee, inspector</source>
        <translation>Søk på nummer, sted, bevillingshaver, kontrollør</translation>
    </message>
    <message>
        <source>Search inspections</source>
        <translation>Søk i kontroller</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>Kontrollører</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Funn</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <source>New inspection…</source>
        <translation>Ny kontroll…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediger…</translation>
    </message>
    <message>
        <source>Inspection report (PDF)…</source>
        <translation>Kontrollrapport (PDF)…</translation>
    </message>
    <message>
        <source>Register comments…</source>
        <translation>Registrer kommentarer…</translation>
    </message>
    <message>
        <source>Create sanction case</source>
        <translation>Opprett sanksjonssak</translation>
    </message>
    <message>
        <source>Inspectors…</source>
        <translation>Kontrollører…</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alle år</translation>
    </message>
    <message>
        <source>No remarks</source>
        <translation>Ingen merknader</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Sendt %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Frist %1</translation>
    </message>
    <message>
        <source>The report should have been sent within a week of the inspection.</source>
        <translation>Rapporten skulle vært sendt innen en uke etter kontrollen.</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Mottatt %1</translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation>Frist %1</translation>
    </message>
    <message>
        <source>%1 inspections</source>
        <translation>%1 kontroller</translation>
    </message>
    <message>
        <source>Comments can be registered once the report has been sent.</source>
        <translation>Kommentarer kan registreres når rapporten er sendt.</translation>
    </message>
    <message>
        <source>Inspection %1</source>
        <translation>Kontroll %1</translation>
    </message>
    <message>
        <source>Licence %1, %2</source>
        <translation>Bevilling %1, %2</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, kl. %2–%3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Inspectors: %1</source>
        <translation>Kontrollører: %1</translation>
    </message>
    <message>
        <source>Carried out with one inspector (confirmed).</source>
        <translation>Gjennomført med én kontrollør (bekreftet).</translation>
    </message>
    <message>
        <source>%1 prikker</source>
        <translation>%1 prikker</translation>
    </message>
    <message>
        <source>Speech: %1</source>
        <translation>Tale: %1</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Balanse: %1</translation>
    </message>
    <message>
        <source>Behaviour: %1</source>
        <translation>Atferd: %1</translation>
    </message>
    <message>
        <source>Served: %1 at %2</source>
        <translation>Servert: %1 kl. %2</translation>
    </message>
    <message>
        <source>Report sent %1; comments due %2</source>
        <translation>Rapport sendt %1; frist for kommentarer %2</translation>
    </message>
    <message>
        <source>Report not sent; due %1</source>
        <translation>Rapport ikke sendt; frist %1</translation>
    </message>
    <message>
        <source>Comments received %1: %2</source>
        <translation>Kommentarer mottatt %1: %2</translation>
    </message>
    <message>
        <source>No inspection selected.</source>
        <translation>Ingen kontroll er valgt.</translation>
    </message>
    <message>
        <source>Inspection report %1.pdf</source>
        <translation>Kontrollrapport %1.pdf</translation>
    </message>
    <message>
        <source>Inspection report</source>
        <translation>Kontrollrapport</translation>
    </message>
    <message>
        <source>The report was saved as %1. Record today (%2) as the day it was sent to the licensee?</source>
        <translation>Rapporten er lagret som %1. Registrere i dag (%2) som datoen den ble sendt til bevillingshaveren?</translation>
    </message>
    <message>
        <source>Comments on inspection %1</source>
        <translation>Kommentarer til kontroll %1</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>&amp;Mottatt</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation>&amp;Kommentarer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>bevilling::InspectorsDialog</name>
    <message>
        <source>Inspectors</source>
        <translation>Kontrollører</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Knowledge test passed</source>
        <translation>Kunnskapsprøve bestått</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisasjon</translation>
    </message>
    <message>
        <source>The day the inspector passed the knowledge test for inspectors; empty if not recorded.</source>
        <translation>Datoen kontrolløren bestod kunnskapsprøven for kontrollører; tom hvis den ikke er registrert.</translation>
    </message>
    <message>
        <source>&amp;Knowledge test passed</source>
        <translation>&amp;Kunnskapsprøve bestått</translation>
    </message>
    <message>
        <source>&amp;New inspector</source>
        <translation>&amp;Ny kontrollør</translation>
    </message>
    <message>
        <source>&amp;Save inspector</source>
        <translation>&amp;Lagre kontrollør</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ikke registrert</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
</context>
<context>
    <name>bevilling::LetterTemplateDialog</name>
    <message>
        <source>&amp;Insert field</source>
        <translation>Sett &amp;inn felt</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>&amp;Tilbakestill til standard</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Brevmaler</translation>
    </message>
    <message>
        <source>Grant letter</source>
        <translation>Vedtaksbrev, innvilgelse</translation>
    </message>
    <message>
        <source>Refusal letter</source>
        <translation>Vedtaksbrev, avslag</translation>
    </message>
    <message>
        <source>Template (HTML)</source>
        <translation>Mal (HTML)</translation>
    </message>
    <message>
        <source>The decision letters are HTML with merge fields written as {{field}}; the case's data replaces them when a letter is made. Both letters should end with the appeal information (3 weeks, forvaltningsloven §§ 28 and 29, Statsforvalteren).</source>
        <translation>Vedtaksbrevene er HTML med flettefelt skrevet som {{felt}}; sakens opplysninger settes inn i stedet når et brev lages. Begge brevene bør slutte med opplysninger om klageadgang (3 uker, forvaltningsloven §§ 28 og 29, Statsforvalteren).</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Brev:</translation>
    </message>
    <message>
        <source>&amp;Template (HTML):</source>
        <translation>&amp;Mal (HTML):</translation>
    </message>
    <message>
        <source>Merge &amp;fields:</source>
        <translation>&amp;Flettefelt:</translation>
    </message>
    <message>
        <source>&amp;Preview with example data:</source>
        <translation>&amp;Forhåndsvisning med eksempeldata:</translation>
    </message>
    <message>
        <source>The letter cannot be empty.</source>
        <translation>Brevet kan ikke være tomt.</translation>
    </message>
    <message>
        <source>The register is open read-only; the templates cannot be changed.</source>
        <translation>Registeret er åpnet skrivebeskyttet; malene kan ikke endres.</translation>
    </message>
    <message>
        <source>The program's standard template.</source>
        <translation>Programmets standardmal.</translation>
    </message>
    <message>
        <source>Differs from the program's standard template.</source>
        <translation>Avviker fra programmets standardmal.</translation>
    </message>
    <message>
        <source>The grant letter has problems; fix them before saving.</source>
        <translation>Brevet om innvilgelse har feil; rett dem før du lagrer.</translation>
    </message>
    <message>
        <source>The refusal letter has problems; fix them before saving.</source>
        <translation>Brevet om avslag har feil; rett dem før du lagrer.</translation>
    </message>
</context>
<context>
    <name>bevilling::LicenceDetailWidget</name>
    <message>
        <source>born %1</source>
        <translation>født %1</translation>
    </message>
    <message>
        <source>knowledge test passed %1</source>
        <translation>kunnskapsprøve bestått %1</translation>
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
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Hendelse</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Opplysninger</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Historik&amp;k</translation>
    </message>
    <message>
        <source>No licence selected</source>
        <translation>Ingen bevilling valgt</translation>
    </message>
    <message>
        <source>Select a licence in the list to see its details and history.</source>
        <translation>Velg en bevilling i listen for å se opplysninger og historikk.</translation>
    </message>
    <message>
        <source>Licence %1 – %2</source>
        <translation>Bevilling %1 – %2</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Bevilling</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Bevillingsnummer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Closed parties only</source>
        <translation>Bare sluttet selskap</translation>
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
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>Salgs- eller skjenkested</translation>
    </message>
    <message>
        <source>Postal code and place</source>
        <translation>Postnummer og sted</translation>
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
        <source>%1 persons</source>
        <translation>%1 personer</translation>
    </message>
    <message>
        <source>Manager and deputies</source>
        <translation>Styrer og stedfortredere</translation>
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
        <source>Deputy %1</source>
        <translation>Stedfortreder %1</translation>
    </message>
    <message>
        <source>Alcohol groups and areas</source>
        <translation>Alkoholgrupper og arealer</translation>
    </message>
    <message>
        <source>Alcohol groups</source>
        <translation>Alkoholgrupper</translation>
    </message>
    <message>
        <source>Indoors</source>
        <translation>Innendørs</translation>
    </message>
    <message>
        <source>Outdoors</source>
        <translation>Utendørs</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
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
        <source>Ended on</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Årsak til avslutning</translation>
    </message>
    <message>
        <source>Note on the end</source>
        <translation>Merknad til avslutningen</translation>
    </message>
    <message>
        <source>Conditions and notes</source>
        <translation>Vilkår og merknader</translation>
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
        <source>Registered</source>
        <translation>Registrert</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Sist endret</translation>
    </message>
    <message>
        <source>&amp;Prikker</source>
        <translation>&amp;Prikker</translation>
    </message>
    <message>
        <source>Suspended until %1</source>
        <translation>Inndratt til og med %1</translation>
    </message>
</context>
<context>
    <name>bevilling::LicenceEditorDialog</name>
    <message>
        <source>New licence</source>
        <translation>Ny bevilling</translation>
    </message>
    <message>
        <source>Edit licence %1</source>
        <translation>Rediger bevilling %1</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Bevilling</translation>
    </message>
    <message>
        <source>Licence &amp;number:</source>
        <translation>&amp;Bevillingsnummer:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>For example: Summer party for Rotary, 14.06.2025</source>
        <translation>For eksempel: Sommerfest for Rotary, 14.06.2025</translation>
    </message>
    <message>
        <source>&amp;Occasion:</source>
        <translation>&amp;Anledning:</translation>
    </message>
    <message>
        <source>Only for &amp;closed parties (sluttet selskap)</source>
        <translation>Bare for sl&amp;uttet selskap</translation>
    </message>
    <message>
        <source>Licensee</source>
        <translation>Bevillingshaver</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;vn:</translation>
    </message>
    <message>
        <source>9 digits, e.g. 923 609 016</source>
        <translation>9 siffer, f.eks. 923 609 016</translation>
    </message>
    <message>
        <source>Organisation n&amp;umber:</source>
        <translation>&amp;Organisasjonsnummer:</translation>
    </message>
    <message>
        <source>Postal address:</source>
        <translation>Postadresse:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>Salgs- eller skjenkested</translation>
    </message>
    <message>
        <source>Optional for a travelling licence: the premises are given for each event.</source>
        <translation>Valgfritt for ambulerende bevilling: stedet oppgis for hvert arrangement.</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>Nav&amp;n:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
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
        <source>&amp;Postal code and place:</source>
        <translation>&amp;Postnummer og sted:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>ikke oppgitt</translation>
    </message>
    <message>
        <source> persons</source>
        <translation> personer</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation>&amp;Kapasitet:</translation>
    </message>
    <message>
        <source>Manager and deputies</source>
        <translation>Styrer og stedfortredere</translation>
    </message>
    <message>
        <source>Add d&amp;eputy</source>
        <translation>Legg til st&amp;edfortreder</translation>
    </message>
    <message>
        <source>Alcohol groups</source>
        <translation>Alkoholgrupper</translation>
    </message>
    <message>
        <source>Group &amp;2 (4.7–22 %)</source>
        <translation>Gruppe &amp;2 (4,7–22 %)</translation>
    </message>
    <message>
        <source>Group &amp;3 (22–60 %)</source>
        <translation>Gruppe &amp;3 (22–60 %)</translation>
    </message>
    <message>
        <source>Serving areas</source>
        <translation>Skjenkeareal</translation>
    </message>
    <message>
        <source>&amp;Indoors:</source>
        <translation>&amp;Innendørs:</translation>
    </message>
    <message>
        <source>Which rooms, e.g. restaurant hall on the 1st floor</source>
        <translation>Hvilke lokaler, f.eks. restaurantsalen i 1. etasje</translation>
    </message>
    <message>
        <source>Indoor area</source>
        <translation>Innendørs areal</translation>
    </message>
    <message>
        <source>Out&amp;doors:</source>
        <translation>Utendø&amp;rs:</translation>
    </message>
    <message>
        <source>Where, e.g. terrace facing the harbour, 40 seats</source>
        <translation>Hvor, f.eks. terrassen mot havna, 40 sitteplasser</translation>
    </message>
    <message>
        <source>Outdoor area</source>
        <translation>Utendørs areal</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Gyldig &amp;fra:</translation>
    </message>
    <message>
        <source>Valid &amp;to:</source>
        <translation>&amp;Gyldig til:</translation>
    </message>
    <message>
        <source>Conditions and notes</source>
        <translation>Vilkår og merknader</translation>
    </message>
    <message>
        <source>Conditions (vilkår) set in the decision, one per line</source>
        <translation>Vilkår fastsatt i vedtaket, ett per linje</translation>
    </message>
    <message>
        <source>Conditio&amp;ns:</source>
        <translation>Vilk&amp;år:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Merknader:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Deputy %1:</source>
        <translation>Stedfortreder %1:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Knowledge test</source>
        <translation>Kunnskapsprøve</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Fullt navn</translation>
    </message>
    <message>
        <source>Date of birth (dd.mm.yyyy): must be at least 20 years old on the start date.</source>
        <translation>Fødselsdato (dd.mm.åååå): må være minst 20 år på startdatoen.</translation>
    </message>
    <message>
        <source>Date the knowledge test (kunnskapsprøven) was passed, if known.</source>
        <translation>Datoen kunnskapsprøven ble bestått, hvis den er kjent.</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Styrer:</translation>
    </message>
    <message>
        <source>Manager's name</source>
        <translation>Styrerens navn</translation>
    </message>
    <message>
        <source>Manager's date of birth</source>
        <translation>Styrerens fødselsdato</translation>
    </message>
    <message>
        <source>Manager's knowledge test</source>
        <translation>Styrerens kunnskapsprøve</translation>
    </message>
    <message>
        <source>Remove this deputy</source>
        <translation>Fjern denne stedfortrederen</translation>
    </message>
    <message>
        <source>Deputy %1, name</source>
        <translation>Stedfortreder %1, navn</translation>
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
        <source>Remove deputy %1</source>
        <translation>Fjern stedfortreder %1</translation>
    </message>
    <message>
        <source>Premises (salgssted)</source>
        <translation>Salgssted</translation>
    </message>
    <message>
        <source>Premises (skjenkested)</source>
        <translation>Skjenkested</translation>
    </message>
    <message>
        <source>Manager and deputies (optional)</source>
        <translation>Styrer og stedfortredere (valgfritt)</translation>
    </message>
    <message>
        <source>An ordinary licence needs a manager and at least one deputy, each at least 20 years old on the start date.</source>
        <translation>En alminnelig bevilling må ha styrer og minst én stedfortreder, og alle må være minst 20 år på startdatoen.</translation>
    </message>
    <message>
        <source>A manager and deputies are optional for a single occasion or a travelling licence.</source>
        <translation>Styrer og stedfortreder er valgfritt for bevilling for en enkelt anledning og for ambulerende bevilling.</translation>
    </message>
    <message>
        <source>9 digits; leave empty for a private person</source>
        <translation>9 siffer; la feltet stå tomt for en privatperson</translation>
    </message>
    <message>
        <source>Sales of group 2 need the register setting that allows it.</source>
        <translation>Salg av gruppe 2 krever at registerinnstillingene tillater det.</translation>
    </message>
    <message>
        <source>Group 3 cannot be sold, only served.</source>
        <translation>Gruppe 3 kan ikke selges, bare skjenkes.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Forkaste endringene?</translation>
    </message>
    <message>
        <source>The licence has unsaved changes. Close the form without saving them?</source>
        <translation>Bevillingen har endringer som ikke er lagret. Vil du lukke skjemaet uten å lagre dem?</translation>
    </message>
    <message>
        <source>Group &amp;1 (2.5–4.7 %)</source>
        <translation>Gruppe &amp;1 (2,5–4,7 %)</translation>
    </message>
    <message>
        <source>Latest legal end date for this start date: %1 (alkoholloven § 1-6).</source>
        <translation>Seneste lovlige sluttdato for denne startdatoen: %1 (alkoholloven § 1-6).</translation>
    </message>
    <message>
        <source>The end date is later; that needs the council's decision to continue the licences (§ 1-6 third paragraph).</source>
        <translation>Sluttdatoen er senere; det krever kommunestyrets vedtak om at bevillingene skal fortsette (§ 1-6 tredje ledd).</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Søknad</translation>
    </message>
</context>
<context>
    <name>bevilling::LicenceRegisterWidget</name>
    <message>
        <source>&amp;Reset filter</source>
        <translation>&amp;Nullstill filter</translation>
    </message>
    <message>
        <source>Number, licensee, org. number, premises, address, manager…</source>
        <translation>Nummer, bevillingshaver, org.nr., sted, adresse, styrer…</translation>
    </message>
    <message>
        <source>Every word must occur in the licence (Ctrl+F; Esc clears).</source>
        <translation>Alle ordene må finnes i bevillingen (Ctrl+F; Esc tømmer feltet).</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle grupper</translation>
    </message>
    <message>
        <source>Show licences valid on or after this date (empty: no limit).</source>
        <translation>Vis bevillinger som gjelder på eller etter denne datoen (tomt: ingen grense).</translation>
    </message>
    <message>
        <source>Show licences valid on or before this date (empty: no limit).</source>
        <translation>Vis bevillinger som gjelder på eller før denne datoen (tomt: ingen grense).</translation>
    </message>
    <message>
        <source>Se&amp;arch:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>Period f&amp;rom:</source>
        <translation>Periode f&amp;ra:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>ti&amp;l:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Grupper:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Showing %1 of 1 licence</source>
        <translation>Viser %1 av 1 bevilling</translation>
    </message>
    <message>
        <source>Showing %1 of %2 licences</source>
        <translation>Viser %1 av %2 bevillinger</translation>
    </message>
</context>
<context>
    <name>bevilling::LicenceTableModel</name>
    <message>
        <source>Ended %1: %2</source>
        <translation>Avsluttet %1: %2</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Licensee</source>
        <translation>Bevillingshaver</translation>
    </message>
    <message>
        <source>Premises / occasion</source>
        <translation>Sted / anledning</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Styrer</translation>
    </message>
    <message>
        <source>Suspended until %1</source>
        <translation>Inndratt til og med %1</translation>
    </message>
</context>
<context>
    <name>bevilling::MainWindow</name>
    <message>
        <source>DEMO – fictional data</source>
        <translation>DEMO – fiktive data</translation>
    </message>
    <message>
        <source>This register holds fictional licences for trying out the program. Do not enter real cases here.</source>
        <translation>Dette registeret inneholder fiktive bevillinger for å prøve programmet. Ikke registrer ekte saker her.</translation>
    </message>
    <message>
        <source>Work areas</source>
        <translation>Arbeidsområder</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Bevillinger</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>skrivebeskyttet</translation>
    </message>
    <message>
        <source>Another window has this register open for changes; you can look, but not change.</source>
        <translation>Et annet vindu har registeret åpent for endringer; du kan se, men ikke endre.</translation>
    </message>
    <message>
        <source>&amp;New register file…</source>
        <translation>&amp;Ny registerfil…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åpne…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sikkerhetskopi…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the open register to a file of your choice.</source>
        <translation>Skriv en fullstendig kopi av det åpne registeret til en fil du velger.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;New licence…</source>
        <translation>&amp;Ny bevilling…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>Edit the selected licence (Ctrl+E or Return)</source>
        <translation>Rediger den valgte bevillingen (Ctrl+E eller Enter)</translation>
    </message>
    <message>
        <source>E&amp;nd licence…</source>
        <translation>&amp;Avslutt bevilling…</translation>
    </message>
    <message>
        <source>&amp;Undo end</source>
        <translation>A&amp;ngre avslutning</translation>
    </message>
    <message>
        <source>Cancel an end recorded by mistake</source>
        <translation>Opphev en avslutning som ble registrert ved en feil</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <source>&amp;Register settings…</source>
        <translation>&amp;Registerinnstillinger…</translation>
    </message>
    <message>
        <source>&amp;About Bevilling</source>
        <translation>&amp;Om Bevilling</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>Nylige &amp;filer</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Bevilling</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Innstillinger</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Ingen nylige filer</translation>
    </message>
    <message>
        <source>The register was upgraded to a new format; a copy of the old file was saved as %1</source>
        <translation>Registeret ble oppgradert til et nytt format; en kopi av den gamle filen ble lagret som %1</translation>
    </message>
    <message>
        <source>Could not read the register</source>
        <translation>Kunne ikke lese registeret</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Bevilling</source>
        <translation>Bevilling</translation>
    </message>
    <message>
        <source>The open register file</source>
        <translation>Den åpne registerfilen</translation>
    </message>
    <message>
        <source>%1 is already open.</source>
        <translation>%1 er allerede åpen.</translation>
    </message>
    <message>
        <source>Open register</source>
        <translation>Åpne register</translation>
    </message>
    <message>
        <source>%1-backup-%2.sqlite</source>
        <translation>%1-sikkerhetskopi-%2.sqlite</translation>
    </message>
    <message>
        <source>Back up register</source>
        <translation>Sikkerhetskopi av registeret</translation>
    </message>
    <message>
        <source>The backup cannot replace the open register itself. Choose another file name.</source>
        <translation>Sikkerhetskopien kan ikke erstatte selve det åpne registeret. Velg et annet filnavn.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with a new backup?</source>
        <translation>%1 finnes allerede. Vil du erstatte den med en ny sikkerhetskopi?</translation>
    </message>
    <message>
        <source>Backup saved as %1</source>
        <translation>Sikkerhetskopi lagret som %1</translation>
    </message>
    <message>
        <source>Licence %1 saved.</source>
        <translation>Bevilling %1 er lagret.</translation>
    </message>
    <message>
        <source>Edit licence</source>
        <translation>Rediger bevilling</translation>
    </message>
    <message>
        <source>End licence</source>
        <translation>Avslutt bevilling</translation>
    </message>
    <message>
        <source>Licence %1 ended.</source>
        <translation>Bevilling %1 er avsluttet.</translation>
    </message>
    <message>
        <source>Undo end</source>
        <translation>Angre avslutning</translation>
    </message>
    <message>
        <source>Undo the end of licence %1 (ended %2)? The licence becomes valid again for its period.</source>
        <translation>Vil du angre avslutningen av bevilling %1 (avsluttet %2)? Bevillingen blir gyldig igjen for perioden sin.</translation>
    </message>
    <message>
        <source>The end of licence %1 was undone.</source>
        <translation>Avslutningen av bevilling %1 er angret.</translation>
    </message>
    <message>
        <source>Register settings saved.</source>
        <translation>Registerinnstillingene er lagret.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The new language is used the next time you start Bevilling.</source>
        <translation>Det nye språket tas i bruk neste gang du starter Bevilling.</translation>
    </message>
    <message>
        <source>About Bevilling</source>
        <translation>Om Bevilling</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regelverk</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Hjem</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Saker</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Ny sak…</translation>
    </message>
    <message>
        <source>Register an application the day it arrives.</source>
        <translation>Registrer en søknad samme dag som den kommer inn.</translation>
    </message>
    <message>
        <source>&amp;Statement overview</source>
        <translation>&amp;Uttalelsesoversikt</translation>
    </message>
    <message>
        <source>Which statement replies are missing or overdue, across all open cases.</source>
        <translation>Hvilke uttalelser som mangler eller er på overtid, i alle åpne saker.</translation>
    </message>
    <message>
        <source>&amp;Renewal at the period boundary…</source>
        <translation>&amp;Fornyelse ved periodeskifte…</translation>
    </message>
    <message>
        <source>Open renewal cases, or record the council's continuation decision, for the licences ending on a period boundary.</source>
        <translation>Opprett fornyelsessaker, eller registrer kommunestyrets vedtak om videreføring, for bevillingene som utløper ved et periodeskifte.</translation>
    </message>
    <message>
        <source>Letter &amp;templates…</source>
        <translation>&amp;Brevmaler…</translation>
    </message>
    <message>
        <source>Edit the templates of the decision letters (grant and refusal).</source>
        <translation>Rediger malene for vedtaksbrev (innvilgelse og avslag).</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Saker</translation>
    </message>
    <message>
        <source>Letter templates saved.</source>
        <translation>Brevmalene er lagret.</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Kontroller</translation>
    </message>
    <message>
        <source>Sanctions</source>
        <translation>Prikker</translation>
    </message>
    <message>
        <source>Inspection plan</source>
        <translation>Kontrollplan</translation>
    </message>
    <message>
        <source>&amp;New inspection…</source>
        <translation>&amp;Ny kontroll…</translation>
    </message>
    <message>
        <source>Log a serving or sales inspection.</source>
        <translation>Registrer en skjenke- eller salgskontroll.</translation>
    </message>
    <message>
        <source>&amp;Inspectors…</source>
        <translation>&amp;Kontrollører…</translation>
    </message>
    <message>
        <source>The register of inspectors and their knowledge tests.</source>
        <translation>Registeret over kontrollører og kunnskapsprøvene deres.</translation>
    </message>
    <message>
        <source>New sanction case from &amp;report…</source>
        <translation>Ny sanksjonssak fra &amp;rapport…</translation>
    </message>
    <message>
        <source>A sanction case started by a report from the police or Skatteetaten.</source>
        <translation>En sanksjonssak som starter med en rapport fra politiet eller Skatteetaten.</translation>
    </message>
    <message>
        <source>&amp;Public list of prikker…</source>
        <translation>&amp;Offentlig prikkliste…</translation>
    </message>
    <message>
        <source>Who has received prikker, how many and why, as CSV or PDF (public information).</source>
        <translation>Hvem som har fått prikker, hvor mange og hvorfor, som CSV eller PDF (offentlig informasjon).</translation>
    </message>
    <message>
        <source>&amp;Inspections</source>
        <translation>&amp;Kontroller</translation>
    </message>
    <message>
        <source>Sa&amp;nctions</source>
        <translation>&amp;Prikker</translation>
    </message>
    <message>
        <source>prikkliste-%1.csv</source>
        <translation>prikkliste-%1.csv</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV for regneark (*.csv)</translation>
    </message>
    <message>
        <source>Public list of prikker</source>
        <translation>Offentlig prikkliste</translation>
    </message>
    <message>
        <source>The public list of prikker as of %1 was saved as %2.</source>
        <translation>Den offentlige prikklisten per %1 er lagret som %2.</translation>
    </message>
    <message>
        <source>Bevilling %1

Alcohol licences for Norwegian municipalities: the licence register, case processing, rules and fees, inspections and the prikk system.

Free software under the MIT licence.</source>
        <translation>Bevilling %1

Alkoholbevillinger for norske kommuner: bevillingsregisteret, saksbehandling, regelverk og gebyrer, kontroller og prikksystemet.

Fri programvare under MIT-lisensen.</translation>
    </message>
    <message>
        <source>Turnover and fees</source>
        <translation>Omsetning og gebyr</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>&amp;Import turnover reports (CSV)…</source>
        <translation>&amp;Importer omsetningsoppgaver (CSV)…</translation>
    </message>
    <message>
        <source>Read many turnover reports from a CSV file, with a preview before anything is saved.</source>
        <translation>Les mange omsetningsoppgaver fra en CSV-fil, med forhåndsvisning før noe lagres.</translation>
    </message>
    <message>
        <source>Fee-year &amp;settings…</source>
        <translation>Innstillinger for &amp;gebyrår…</translation>
    </message>
    <message>
        <source>True-up, auditor's confirmation, review threshold, reminder and payment days.</source>
        <translation>Etteroppgjør, revisorbekreftelse, terskel for kontroll av tall, frister for purring og betaling.</translation>
    </message>
    <message>
        <source>&amp;Turnover</source>
        <translation>&amp;Omsetning</translation>
    </message>
    <message>
        <source>&amp;Fees</source>
        <translation>&amp;Gebyr</translation>
    </message>
    <message>
        <source>&amp;Inspections and sanctions</source>
        <translation>&amp;Kontroller og sanksjoner</translation>
    </message>
    <message>
        <source>Annual briefing for the council (orienterings&amp;sak)</source>
        <translation>Årlig orienterings&amp;sak til kommunestyret</translation>
    </message>
    <message>
        <source>&amp;National figures (CSV)</source>
        <translation>&amp;Nasjonal rapportering (CSV)</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>&amp;Rapporter</translation>
    </message>
</context>
<context>
    <name>bevilling::NewRegisterDialog</name>
    <message>
        <source>New register file</source>
        <translation>Ny registerfil</translation>
    </message>
    <message>
        <source>Create an empty licence register for a municipality. Everything you enter is saved in this file at once.</source>
        <translation>Opprett et tomt bevillingsregister for en kommune. Alt du registrerer, lagres i denne filen med en gang.</translation>
    </message>
    <message>
        <source>&amp;Create register</source>
        <translation>&amp;Opprett register</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>bevilling::NewRegisterForm</name>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Endre…</translation>
    </message>
    <message>
        <source>For example: Bærum kommune</source>
        <translation>For eksempel: Bærum kommune</translation>
    </message>
    <message>
        <source>4 digits, optional</source>
        <translation>4 siffer, valgfritt</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommune:</translation>
    </message>
    <message>
        <source>Municipality &amp;number:</source>
        <translation>Kommune&amp;nummer:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>Where should the new register be saved?</source>
        <translation>Hvor skal det nye registeret lagres?</translation>
    </message>
    <message>
        <source>Municipality: a name is required.</source>
        <translation>Kommune: navnet må fylles ut.</translation>
    </message>
    <message>
        <source>File: choose where the register file should be saved.</source>
        <translation>Fil: velg hvor registerfilen skal lagres.</translation>
    </message>
    <message>
        <source>File: %1 already exists. Choose another name, or open the existing file instead.</source>
        <translation>Fil: %1 finnes allerede. Velg et annet navn, eller åpne den eksisterende filen i stedet.</translation>
    </message>
    <message>
        <source>National maximum hours</source>
        <translation>Nasjonale maksimaltider</translation>
    </message>
    <message>
        <source>Bærum kommune's rules (2020)</source>
        <translation>Bærum kommunes retningslinjer (2020)</translation>
    </message>
    <message>
        <source>The sales and serving hours, fee tiers and settings the register starts with. An administrator can change them later under Rules.</source>
        <translation>Salgs- og skjenketider, gebyrsatser og innstillinger registeret starter med. En administrator kan endre dem senere under Regelverk.</translation>
    </message>
    <message>
        <source>&amp;Rules to start from:</source>
        <translation>&amp;Regelverk å starte med:</translation>
    </message>
</context>
<context>
    <name>bevilling::PrikkTimelineWidget</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Brudd</translation>
    </message>
    <message>
        <source>Prikker</source>
        <translation>Prikker</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Foreldes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 (%2 prikker)</source>
        <translation>%1 (%2 prikker)</translation>
    </message>
    <message>
        <source>&amp;What if:</source>
        <translation>&amp;Hva om:</translation>
    </message>
    <message>
        <source>o&amp;n</source>
        <translation>&amp;den</translation>
    </message>
    <message>
        <source>No licence selected.</source>
        <translation>Ingen bevilling er valgt.</translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>Ingen bevillingsregister er åpent.</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Teller</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Foreldet</translation>
    </message>
    <message>
        <source>Used by suspension</source>
        <translation>Brukt ved inndragning</translation>
    </message>
    <message>
        <source>Before transfer</source>
        <translation>Før eierskifte</translation>
    </message>
    <message>
        <source>Not yet counted</source>
        <translation>Telles ikke ennå</translation>
    </message>
    <message>
        <source>Total after one more finding: %1 prikker. This leads to suspension for %2 days.</source>
        <translation>Sum etter ett brudd til: %1 prikker. Dette fører til inndragning i %2 dager.</translation>
    </message>
    <message>
        <source>Total after one more finding: %1 prikker. No suspension (%2 short of %3).</source>
        <translation>Sum etter ett brudd til: %1 prikker. Ingen inndragning (%2 prikker igjen til %3).</translation>
    </message>
    <message>
        <source>Current total: %1 prikker. A suspension of %2 days is due.</source>
        <translation>Sum nå: %1 prikker. Inndragning i %2 dager skal vurderes.</translation>
    </message>
    <message>
        <source>Current total: %1 prikker. No suspension is due.</source>
        <translation>Sum nå: %1 prikker. Ingen inndragning.</translation>
    </message>
    <message>
        <source>The licence is suspended from %1 to %2.</source>
        <translation>Bevillingen er inndratt fra %1 til %2.</translation>
    </message>
    <message>
        <source>Suspension decided %1: %2 to %3.</source>
        <translation>Inndragning vedtatt %1: %2 til %3.</translation>
    </message>
</context>
<context>
    <name>bevilling::RegisterSettingsDialog</name>
    <message>
        <source>Sales licences may also cover alcohol group &amp;2</source>
        <translation>Salgsbevillinger kan også omfatte alkoholgruppe &amp;2</translation>
    </message>
    <message>
        <source>Register settings</source>
        <translation>Registerinnstillinger</translation>
    </message>
    <message>
        <source>For example: Bærum kommune</source>
        <translation>For eksempel: Bærum kommune</translation>
    </message>
    <message>
        <source>4 digits, optional</source>
        <translation>4 siffer, valgfritt</translation>
    </message>
    <message>
        <source>Sales of beverages with 4.7 to 22 % alcohol need a special decision by the municipal council.</source>
        <translation>Salg av drikk med 4,7 til 22 % alkohol krever et eget vedtak i kommunestyret.</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommune:</translation>
    </message>
    <message>
        <source>Municipality &amp;number:</source>
        <translation>Kommune&amp;nummer:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The register is open read-only; the settings cannot be changed.</source>
        <translation>Registeret er åpnet skrivebeskyttet; innstillingene kan ikke endres.</translation>
    </message>
</context>
<context>
    <name>bevilling::RenewalBatchDialog</name>
    <message>
        <source>Select &amp;all</source>
        <translation>Velg &amp;alle</translation>
    </message>
    <message>
        <source>Select n&amp;one</source>
        <translation>Velg &amp;ingen</translation>
    </message>
    <message>
        <source>Open &amp;renewal cases</source>
        <translation>Opprett &amp;fornyelsessaker</translation>
    </message>
    <message>
        <source>Record the council's &amp;continuation decision (§ 1-6 third paragraph)</source>
        <translation>Registrer kommunestyrets &amp;vedtak om videreføring (§ 1-6 tredje ledd)</translation>
    </message>
    <message>
        <source>Renewal at the period boundary</source>
        <translation>Fornyelse ved periodeskifte</translation>
    </message>
    <message>
        <source>Ordinary sales and serving licences that end on the period boundary. Open a renewal case for each chosen licence, or record the council's decision that the chosen licences continue for a new period (alkoholloven § 1-6 third paragraph). Licences that are not chosen are left as they are.</source>
        <translation>Alminnelige salgs- og skjenkebevillinger som utløper ved periodeskiftet. Opprett en fornyelsessak for hver valgte bevilling, eller registrer kommunestyrets vedtak om at de valgte bevillingene videreføres for en ny periode (alkoholloven § 1-6 tredje ledd). Bevillinger som ikke er valgt, blir ikke endret.</translation>
    </message>
    <message>
        <source>&amp;Licences ending on:</source>
        <translation>Bevillinger som &amp;utløper:</translation>
    </message>
    <message>
        <source>Licences ending on the boundary</source>
        <translation>Bevillinger som utløper ved periodeskiftet</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Bevilling</translation>
    </message>
    <message>
        <source>Licensee</source>
        <translation>Bevillingshaver</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>Salgs- eller skjenkested</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Gyldig til</translation>
    </message>
    <message>
        <source>Open renewal case</source>
        <translation>Åpen fornyelsessak</translation>
    </message>
    <message>
        <source>Renewal cases</source>
        <translation>Fornyelsessaker</translation>
    </message>
    <message>
        <source>The cases are received today (%1) and assigned to %2.</source>
        <translation>Sakene registreres som mottatt i dag (%1) og tildeles %2.</translation>
    </message>
    <message>
        <source>Council continuation decision</source>
        <translation>Kommunestyrets vedtak om videreføring</translation>
    </message>
    <message>
        <source>For example PS 45/28</source>
        <translation>For eksempel PS 45/28</translation>
    </message>
    <message>
        <source>&amp;Decision date:</source>
        <translation>Vedtaks&amp;dato:</translation>
    </message>
    <message>
        <source>Decision &amp;reference:</source>
        <translation>Vedtakets &amp;referanse:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>The register is open read-only.</source>
        <translation>Registeret er åpnet skrivebeskyttet.</translation>
    </message>
    <message>
        <source>Renewal case %1 is already open for this licence.</source>
        <translation>Fornyelsessak %1 er allerede åpen for denne bevillingen.</translation>
    </message>
    <message>
        <source>No ordinary licence ends on %1.</source>
        <translation>Ingen alminnelig bevilling utløper %1.</translation>
    </message>
    <message>
        <source>%1 of %2 licences chosen.</source>
        <translation>%1 av %2 bevillinger valgt.</translation>
    </message>
    <message>
        <source>Already with an open renewal case: %1.</source>
        <translation>Allerede med åpen fornyelsessak: %1.</translation>
    </message>
    <message>
        <source>Choose at least one licence.</source>
        <translation>Velg minst én bevilling.</translation>
    </message>
    <message>
        <source>1 renewal case opened: %1.</source>
        <translation>1 fornyelsessak opprettet: %1.</translation>
    </message>
    <message>
        <source>%1 renewal cases opened: %2.</source>
        <translation>%1 fornyelsessaker opprettet: %2.</translation>
    </message>
    <message>
        <source>Enter the date of the council's decision.</source>
        <translation>Skriv inn datoen for kommunestyrets vedtak.</translation>
    </message>
    <message>
        <source>The decision date cannot be in the future.</source>
        <translation>Vedtaksdatoen kan ikke være fram i tid.</translation>
    </message>
    <message>
        <source>Enter the reference of the council's decision.</source>
        <translation>Skriv inn referansen til kommunestyrets vedtak.</translation>
    </message>
    <message>
        <source>The continuation decision %1 was recorded for 1 licence; it now runs to %2.</source>
        <translation>Vedtaket om videreføring %1 er registrert for 1 bevilling; den gjelder nå til %2.</translation>
    </message>
    <message>
        <source>The continuation decision %1 was recorded for %2 licences; they now run to %3.</source>
        <translation>Vedtaket om videreføring %1 er registrert for %2 bevillinger; de gjelder nå til %3.</translation>
    </message>
</context>
<context>
    <name>bevilling::ReportView</name>
    <message>
        <source>Report year %1</source>
        <translation>Rapportår %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Laget %1</translation>
    </message>
</context>
<context>
    <name>bevilling::ReportsWidget</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>&amp;Reports:</source>
        <translation>&amp;Rapporter:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Lagre som &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Lagre som &amp;CSV…</translation>
    </message>
    <message>
        <source>Save as &amp;JSON…</source>
        <translation>Lagre som &amp;JSON…</translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>Ingen register er åpent.</translation>
    </message>
    <message>
        <source>Choose a report on the left and the year it is for.</source>
        <translation>Velg en rapport til venstre og året den gjelder.</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>Rapporten kunne ikke lages: %1</translation>
    </message>
    <message>
        <source>Built in %1 s</source>
        <translation>Laget på %1 s</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Lagre rapporten som PDF</translation>
    </message>
    <message>
        <source>Save report as CSV</source>
        <translation>Lagre rapporten som CSV</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV for regneark (*.csv)</translation>
    </message>
    <message>
        <source>Save report as JSON</source>
        <translation>Lagre rapporten som JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 finnes allerede. Vil du erstatte den?</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Lagret som %1</translation>
    </message>
</context>
<context>
    <name>bevilling::RuleSetEditorDialog</name>
    <message>
        <source>Edit rule set</source>
        <translation>Endre regelverk</translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation>Gjelder &amp;fra:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Kilde:</translation>
    </message>
    <message>
        <source>&amp;Weekdays:</source>
        <translation>&amp;Hverdager:</translation>
    </message>
    <message>
        <source>&amp;Before Sundays and holidays:</source>
        <translation>&amp;Før søn- og helligdager:</translation>
    </message>
    <message>
        <source>Days with an earlier close (day: a calendar key such as easter_saturday, or MM-DD):</source>
        <translation>Dager med tidligere stengetid (dag: en kalendernøkkel som easter_saturday, eller MM-DD):</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stenger</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Sales hours</source>
        <translation>&amp;Salgstider</translation>
    </message>
    <message>
        <source>Groups: 1, 2, 3. Area: indoors, outdoors or empty for both. Zone: residential, non-residential, a named zone or empty for any. Days: mon … sun, before_holiday, holiday, or empty for every day. Season: MM-DD..MM-DD. End times from 00:00 to 06:00 are after midnight.</source>
        <translation>Grupper: 1, 2, 3. Areal: inne, ute eller tomt for begge. Sone: residential (boligområde), non-residential (utenfor boligområde), en navngitt sone eller tomt for alle. Dager: mon … sun, before_holiday, holiday, eller tomt for alle dager. Sesong: MM-DD..MM-DD. Sluttider fra 00:00 til 06:00 er etter midnatt.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Areal</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Sone</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dager</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Sesong</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Consumption after serving ends:</source>
        <translation>&amp;Konsum etter skjenketidens slutt:</translation>
    </message>
    <message>
        <source>Se&amp;rving hours</source>
        <translation>Skj&amp;enketider</translation>
    </message>
    <message>
        <source>Days with narrower serving hours, e.g. 17 May in public places not before 16:00. Day: a calendar key (may_17) or MM-DD.</source>
        <translation>Dager med strengere skjenketider, for eksempel 17. mai på offentlig sted ikke før kl. 16.00. Dag: en kalendernøkkel (may_17) eller MM-DD.</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Ikke før</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>Ikke etter</translation>
    </message>
    <message>
        <source>S&amp;pecial days</source>
        <translation>S&amp;ærskilte dager</translation>
    </message>
    <message>
        <source>A suspension uses up the prikker it was given for</source>
        <translation>En inndragning bruker opp prikkene den ble gitt for</translation>
    </message>
    <message>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>no quota</source>
        <translation>ingen kvote</translation>
    </message>
    <message>
        <source>dd.mm, e.g. 01.03; empty: none</source>
        <translation>dd.mm, f.eks. 01.03; tomt: ingen</translation>
    </message>
    <message>
        <source>named zones, separated by commas</source>
        <translation>navngitte soner, skilt med komma</translation>
    </message>
    <message>
        <source>Licence period &amp;reading:</source>
        <translation>&amp;Tolkning av bevillingsperioden:</translation>
    </message>
    <message>
        <source>&amp;Transfer: transition period:</source>
        <translation>Eierskifte: &amp;overgangstid:</translation>
    </message>
    <message>
        <source>Transfer: &amp;application within:</source>
        <translation>Eierskifte: søknad &amp;innen:</translation>
    </message>
    <message>
        <source>&amp;Estimated fee (last year's fee plus):</source>
        <translation>Skjønns&amp;messig gebyr (fjorårets gebyr pluss):</translation>
    </message>
    <message>
        <source>Tra&amp;velling licences (quota):</source>
        <translation>&amp;Ambulerende bevillinger (kvote):</translation>
    </message>
    <message>
        <source>Turnover report &amp;deadline:</source>
        <translation>Frist for &amp;omsetningsoppgave:</translation>
    </message>
    <message>
        <source>Named &amp;zones:</source>
        <translation>Navngitte &amp;soner:</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Innstillinger</translation>
    </message>
    <message>
        <source>Save as &amp;new version</source>
        <translation>Lagre som &amp;ny versjon</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Rule set "%1". The form shows the version in force from %2; saving stores it as a new version from the date below (from %2 itself: replaces that version).</source>
        <translation>Regelverk «%1». Skjemaet viser versjonen som gjelder fra %2; lagring gjør det til en ny versjon fra datoen nedenfor (fra %2: erstatter den versjonen).</translation>
    </message>
    <message>
        <source>The register is open read-only.</source>
        <translation>Registeret er åpnet skrivebeskyttet.</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Legg til rad</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Fjern rad</translation>
    </message>
    <message>
        <source>%1: write a time of day as HH:MM.</source>
        <translation>%1: skriv et klokkeslett som TT:MM.</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Åpner</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Stenger</translation>
    </message>
    <message>
        <source>%1: write a time of day as HH:MM, or leave it empty.</source>
        <translation>%1: skriv et klokkeslett som TT:MM, eller la feltet stå tomt.</translation>
    </message>
    <message>
        <source>Day: name the day (easter_saturday, 12-24, ...).</source>
        <translation>Dag: oppgi dagen (easter_saturday, 12-24, ...).</translation>
    </message>
    <message>
        <source>Groups: list alcohol groups 1, 2 or 3, e.g. "1, 2".</source>
        <translation>Grupper: oppgi alkoholgruppe 1, 2 eller 3, f.eks. «1, 2».</translation>
    </message>
    <message>
        <source>Area: write %1, %2 or leave it empty for both.</source>
        <translation>Areal: skriv %1, %2 eller la feltet stå tomt for begge.</translation>
    </message>
    <message>
        <source>Days: "%1" is not one of %2.</source>
        <translation>Dager: «%1» er ikke en av %2.</translation>
    </message>
    <message>
        <source>Season: write MM-DD..MM-DD, e.g. 05-01..08-31.</source>
        <translation>Sesong: skriv MM-DD..MM-DD, f.eks. 05-01..08-31.</translation>
    </message>
    <message>
        <source>Start: a time is required.</source>
        <translation>Start: et klokkeslett må fylles ut.</translation>
    </message>
    <message>
        <source>End: a time is required.</source>
        <translation>Slutt: et klokkeslett må fylles ut.</translation>
    </message>
    <message>
        <source>Day: name the day (may_17, 12-24, ...).</source>
        <translation>Dag: oppgi dagen (may_17, 12-24, ...).</translation>
    </message>
    <message>
        <source>Turnover report deadline: write a day as dd.mm, e.g. 01.03, or leave it empty.</source>
        <translation>Frist for omsetningsoppgave: skriv en dag som dd.mm, f.eks. 01.03, eller la feltet stå tomt.</translation>
    </message>
    <message>
        <source>In force from: a date is required.</source>
        <translation>Gjelder fra: en dato må fylles ut.</translation>
    </message>
    <message>
        <source>In force from: a version from %1 already follows; choose that day or later.</source>
        <translation>Gjelder fra: det finnes allerede en versjon fra %1; velg den dagen eller senere.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Per litre at the national rates, with the serving minimum</source>
        <translation>Per liter etter de nasjonale satsene, med minstegebyret for skjenking</translation>
    </message>
    <message>
        <source>By tiers (attendance and event type)</source>
        <translation>Etter trinn (antall deltakere og type arrangement)</translation>
    </message>
    <message>
        <source>The serving minimum of the year</source>
        <translation>Årets minstegebyr for skjenking</translation>
    </message>
    <message>
        <source>A fixed amount</source>
        <translation>Et fast beløp</translation>
    </message>
    <message>
        <source>kroner, only with a fixed amount</source>
        <translation>kroner, bare ved fast beløp</translation>
    </message>
    <message>
        <source>kroner per occasion; empty: the national cap of the year</source>
        <translation>kroner per gang; tomt: årets nasjonale øvre grense</translation>
    </message>
    <message>
        <source>Single-occasion fee &amp;method:</source>
        <translation>&amp;Gebyr for enkelt anledning:</translation>
    </message>
    <message>
        <source>"Ordinary fee" &amp;means:</source>
        <translation>«Ordinært gebyr» &amp;betyr:</translation>
    </message>
    <message>
        <source>Ordinary fee &amp;amount:</source>
        <translation>Ordinært gebyr, &amp;beløp:</translation>
    </message>
    <message>
        <source>Tra&amp;velling licence rate:</source>
        <translation>Sats for &amp;ambulerende bevilling:</translation>
    </message>
    <message>
        <source>Tiers are tried from the top; the first that matches the event type (empty: any type) and the attendance (from-to, to empty: no upper limit) decides. Each tier charges exactly one of: an amount in kroner, a percentage of the ordinary fee, or the travelling licence rate (yes). Event types: cultural, voluntary, senior_centre, closed_party, other.</source>
        <translation>Trinnene prøves ovenfra; det første som passer med typen arrangement (tom: alle typer) og antall deltakere (fra–til, til tom: ingen øvre grense) avgjør. Hvert trinn krever nøyaktig én av: et beløp i kroner, en prosentandel av det ordinære gebyret, eller satsen for ambulerende bevilling (ja). Typer arrangement: cultural (kultur), voluntary (frivillig organisasjon), senior_centre (seniorsenter), closed_party (sluttet selskap), other (annet).</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type arrangement</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>% of ordinary</source>
        <translation>% av ordinært</translation>
    </message>
    <message>
        <source>Travelling rate</source>
        <translation>Ambulerende sats</translation>
    </message>
    <message>
        <source>&amp;Fees</source>
        <translation>&amp;Gebyrer</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>%1: write an amount of 0 or more, e.g. 440 or 1 017,50.</source>
        <translation>%1: skriv et beløp på 0 eller mer, f.eks. 440 eller 1 017,50.</translation>
    </message>
    <message>
        <source>Ordinary fee amount</source>
        <translation>Ordinært gebyr, beløp</translation>
    </message>
    <message>
        <source>Ordinary fee amount: required with a fixed amount.</source>
        <translation>Ordinært gebyr, beløp: må fylles ut ved fast beløp.</translation>
    </message>
    <message>
        <source>Travelling licence rate</source>
        <translation>Sats for ambulerende bevilling</translation>
    </message>
    <message>
        <source>From: a number of people, 0 or more.</source>
        <translation>Fra: et antall personer, 0 eller flere.</translation>
    </message>
    <message>
        <source>To: a number of people, not below From (empty: no upper limit).</source>
        <translation>Til: et antall personer, ikke lavere enn Fra (tom: ingen øvre grense).</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>A tier charges exactly one of: an amount, a percentage of the ordinary fee, or the travelling rate.</source>
        <translation>Et trinn krever nøyaktig én av: et beløp, en prosentandel av det ordinære gebyret, eller satsen for ambulerende bevilling.</translation>
    </message>
    <message>
        <source>Fees by tiers: add at least one tier.</source>
        <translation>Gebyr etter trinn: legg til minst ett trinn.</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>ingen måltid</translation>
    </message>
    <message>
        <source>The processing clock stops while attachments are missing</source>
        <translation>Saksbehandlingsklokken stopper mens vedlegg mangler</translation>
    </message>
    <message>
        <source>The processing clock stops while statements are awaited</source>
        <translation>Saksbehandlingsklokken stopper mens uttalelser ventes</translation>
    </message>
    <message>
        <source>No serving licence for shops during their opening hours (Bærum 2.9)</source>
        <translation>Ikke skjenkebevilling til butikker i åpningstiden (Bærum 2.9)</translation>
    </message>
    <message>
        <source>No permanent serving licence aimed at children and young people (Bærum 2.4)</source>
        <translation>Ikke fast skjenkebevilling rettet mot barn og unge (Bærum 2.4)</translation>
    </message>
    <message>
        <source>Serving at sports arenas goes to political decision (Bærum 2.5)</source>
        <translation>Skjenking ved idrettsanlegg avgjøres politisk (Bærum 2.5)</translation>
    </message>
    <message>
        <source>Processing tar&amp;get:</source>
        <translation>&amp;Mål for saksbehandlingstid:</translation>
    </message>
    <message>
        <source>Statement reply dead&amp;line:</source>
        <translation>Svar&amp;frist for uttalelser:</translation>
    </message>
    <message>
        <source>Local policies:</source>
        <translation>Lokale retningslinjer:</translation>
    </message>
</context>
<context>
    <name>bevilling::RulesPanel</name>
    <message>
        <source>&amp;Edit rule set…</source>
        <translation>&amp;Endre regelverk …</translation>
    </message>
    <message>
        <source>Administrators: change the municipality's hours, fee tiers and settings from a date</source>
        <translation>Administratorer: endre kommunens tider, gebyrsatser og innstillinger fra en dato</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>Rules in force:</source>
        <translation>Gjeldende regler:</translation>
    </message>
    <message>
        <source>Licence period</source>
        <translation>Bevillingsperiode</translation>
    </message>
    <message>
        <source>Latest end of a licence granted on the date:</source>
        <translation>Seneste sluttdato for en bevilling gitt på datoen:</translation>
    </message>
    <message>
        <source>Sales hours (group 1)</source>
        <translation>Salgstider (gruppe 1)</translation>
    </message>
    <message>
        <source>On the date:</source>
        <translation>På datoen:</translation>
    </message>
    <message>
        <source>Serving hours</source>
        <translation>Skjenketider</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>optional, e.g. 23:45</source>
        <translation>valgfritt, f.eks. 23:45</translation>
    </message>
    <message>
        <source>Alcohol &amp;group:</source>
        <translation>Alkohol&amp;gruppe:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Areal:</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Sone:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Klokkeslett:</translation>
    </message>
    <message>
        <source>Serving day:</source>
        <translation>Skjenkedøgnet:</translation>
    </message>
    <message>
        <source>At the time:</source>
        <translation>På klokkeslettet:</translation>
    </message>
    <message>
        <source>Annual fee</source>
        <translation>Bevillingsgebyr</translation>
    </message>
    <message>
        <source>Serving licence</source>
        <translation>Skjenkebevilling</translation>
    </message>
    <message>
        <source>Sales licence</source>
        <translation>Salgsbevilling</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>gruppe %1</translation>
    </message>
    <message>
        <source>Litres of group %1</source>
        <translation>Liter i gruppe %1</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Litres per group:</source>
        <translation>&amp;Liter per gruppe:</translation>
    </message>
    <message>
        <source>Annual fee:</source>
        <translation>Årsgebyr:</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Helligdager</translation>
    </message>
    <message>
        <source>Y&amp;ear:</source>
        <translation>Å&amp;r:</translation>
    </message>
    <message>
        <source>The register is open read-only; the rule set cannot be changed here.</source>
        <translation>Registeret er åpnet skrivebeskyttet; regelverket kan ikke endres her.</translation>
    </message>
    <message>
        <source>Date: the rule set starts on %1; choose that day or later.</source>
        <translation>Dato: regelverket starter %1; velg den dagen eller senere.</translation>
    </message>
    <message>
        <source>%1, in force from %2</source>
        <translation>%1, gjelder fra %2</translation>
    </message>
    <message>
        <source>Reading of § 1-6: %1</source>
        <translation>Tolkning av § 1-6: %1</translation>
    </message>
    <message>
        <source>public high day</source>
        <translation>høytidsdag</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>stengt</translation>
    </message>
    <message>
        <source>Time: write a time of day as HH:MM, for example 23:45.</source>
        <translation>Klokkeslett: skriv et klokkeslett som TT:MM, for eksempel 23:45.</translation>
    </message>
    <message>
        <source>no serving</source>
        <translation>ingen skjenking</translation>
    </message>
    <message>
        <source>%1–%2, drinks consumed by %3</source>
        <translation>%1–%2, konsum innen %3</translation>
    </message>
    <message>
        <source>%1: serving allowed, consumption until %2</source>
        <translation>%1: skjenking tillatt, konsum til %2</translation>
    </message>
    <message>
        <source>%1: serving not allowed</source>
        <translation>%1: skjenking ikke tillatt</translation>
    </message>
    <message>
        <source>Litres of group %1: write a number of litres, 0 or more.</source>
        <translation>Liter i gruppe %1: skriv et antall liter, 0 eller mer.</translation>
    </message>
    <message>
        <source>%1 (by litres %2; minimum %3)</source>
        <translation>%1 (etter liter %2; minstegebyr %3)</translation>
    </message>
    <message>
        <source>&amp;Fee rates…</source>
        <translation>&amp;Gebyrsatser…</translation>
    </message>
    <message>
        <source>The register is open read-only; the fee rates cannot be changed here.</source>
        <translation>Registeret er åpnet skrivebeskyttet; gebyrsatsene kan ikke endres her.</translation>
    </message>
    <message>
        <source>Administrators: add the national fee rates of a new year or correct a year</source>
        <translation>Administratorer: legg inn de nasjonale gebyrsatsene for et nytt år, eller rett et år</translation>
    </message>
</context>
<context>
    <name>bevilling::SanctionAppealDialog</name>
    <message>
        <source>Register appeal – %1</source>
        <translation>Registrer klage – %1</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Mottatt:</translation>
    </message>
    <message>
        <source>&amp;Grounds:</source>
        <translation>&amp;Begrunnelse:</translation>
    </message>
    <message>
        <source>Outcome of the appeal – %1</source>
        <translation>Utfall av klagen – %1</translation>
    </message>
    <message>
        <source>&amp;Upheld</source>
        <translation>&amp;Opprettholdt</translation>
    </message>
    <message>
        <source>O&amp;verturned (the prikker leave the ledger)</source>
        <translation>O&amp;pphevet (prikkene fjernes fra prikkbelastningen)</translation>
    </message>
    <message>
        <source>Outcome &amp;on:</source>
        <translation>Avgjort &amp;dato:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Utfall:</translation>
    </message>
    <message>
        <source>Write the grounds given in the appeal.</source>
        <translation>Skriv begrunnelsen som er gitt i klagen.</translation>
    </message>
    <message>
        <source>Choose whether the decision was upheld or overturned.</source>
        <translation>Velg om vedtaket ble opprettholdt eller opphevet.</translation>
    </message>
</context>
<context>
    <name>bevilling::SanctionDecisionDialog</name>
    <message>
        <source>Decision on prikker – %1</source>
        <translation>Vedtak om prikker – %1</translation>
    </message>
    <message>
        <source>Standard: %1 prikker</source>
        <translation>Standard: %1 prikker</translation>
    </message>
    <message>
        <source>Reason for deviating from the standard %1 prikker</source>
        <translation>Begrunnelse for avvik fra standardtallet på %1 prikker</translation>
    </message>
    <message>
        <source>Decided &amp;on:</source>
        <translation>Vedtatt &amp;dato:</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Vedtatt &amp;av:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referanse:</translation>
    </message>
    <message>
        <source>A deviation from the standard %1 prikker needs a written reason.</source>
        <translation>Avvik fra standardtallet på %1 prikker må begrunnes skriftlig.</translation>
    </message>
    <message>
        <source>Name who made the decision.</source>
        <translation>Skriv hvem som fattet vedtaket.</translation>
    </message>
</context>
<context>
    <name>bevilling::SanctionFormDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>bevilling::SanctionNoticeDialog</name>
    <message>
        <source>Advance notice – %1</source>
        <translation>Forhåndsvarsel – %1</translation>
    </message>
    <message>
        <source>Advance notice of suspension – %1</source>
        <translation>Forhåndsvarsel om inndragning – %1</translation>
    </message>
    <message>
        <source>&amp;Sent:</source>
        <translation>&amp;Sendt:</translation>
    </message>
    <message>
        <source>Response &amp;deadline:</source>
        <translation>Svar&amp;frist:</translation>
    </message>
    <message>
        <source>The response deadline must be after the date sent.</source>
        <translation>Svarfristen må være etter datoen varselet ble sendt.</translation>
    </message>
</context>
<context>
    <name>bevilling::SanctionReportDialog</name>
    <message>
        <source>New sanction case from a report</source>
        <translation>Ny prikksak fra rapport</translation>
    </message>
    <message>
        <source>Licence number, licensee, premises, address…</source>
        <translation>Bevillingsnummer, bevillingshaver, skjenkested, adresse …</translation>
    </message>
    <message>
        <source>%1 (%2 prikker)</source>
        <translation>%1 (%2 prikker)</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Politiet</translation>
    </message>
    <message>
        <source>Tax Administration (Skatteetaten)</source>
        <translation>Skatteetaten</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Annen …</translation>
    </message>
    <message>
        <source>Name of the reporting authority</source>
        <translation>Navn på myndigheten som rapporterte</translation>
    </message>
    <message>
        <source>&amp;Find licence:</source>
        <translation>&amp;Finn bevilling:</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>Bevi&amp;lling:</translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation>&amp;Brudd:</translation>
    </message>
    <message>
        <source>&amp;Offence date:</source>
        <translation>&amp;Dato for bruddet:</translation>
    </message>
    <message>
        <source>Reported &amp;by:</source>
        <translation>Rapportert a&amp;v:</translation>
    </message>
    <message>
        <source>&amp;Other authority:</source>
        <translation>&amp;Annen myndighet:</translation>
    </message>
    <message>
        <source>Choose the licence the report concerns.</source>
        <translation>Velg bevillingen rapporten gjelder.</translation>
    </message>
    <message>
        <source>The offence date cannot be in the future.</source>
        <translation>Datoen for bruddet kan ikke være fram i tid.</translation>
    </message>
    <message>
        <source>Name the authority that reported the breach.</source>
        <translation>Skriv hvilken myndighet som rapporterte bruddet.</translation>
    </message>
</context>
<context>
    <name>bevilling::SanctionResponseDialog</name>
    <message>
        <source>The licensee's response – %1</source>
        <translation>Bevillingshavers svar – %1</translation>
    </message>
    <message>
        <source>&amp;Response:</source>
        <translation>&amp;Svar:</translation>
    </message>
    <message>
        <source>Write what the licensee answered.</source>
        <translation>Skriv hva bevillingshaver svarte.</translation>
    </message>
</context>
<context>
    <name>bevilling::SanctionTableModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Licence / licensee</source>
        <translation>Bevilling / bevillingshaver</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Brudd</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Foreslått</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Vedtatt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Neste frist</translation>
    </message>
</context>
<context>
    <name>bevilling::SanctionsWidget</name>
    <message>
        <source>&amp;Only open cases</source>
        <translation>&amp;Bare åpne saker</translation>
    </message>
    <message>
        <source>New from &amp;report…</source>
        <translation>Ny fra &amp;rapport …</translation>
    </message>
    <message>
        <source>Case number, licence, licensee, finding…</source>
        <translation>Saksnummer, bevilling, bevillingshaver, brudd …</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>A report from the police or Skatteetaten without an inspection</source>
        <translation>En rapport fra politiet eller Skatteetaten uten kontroll</translation>
    </message>
    <message>
        <source>Se&amp;arch:</source>
        <translation>S&amp;øk:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Send advance &amp;notice…</source>
        <translation>Send &amp;forhåndsvarsel …</translation>
    </message>
    <message>
        <source>Record res&amp;ponse…</source>
        <translation>Registrer s&amp;var …</translation>
    </message>
    <message>
        <source>Make &amp;decision…</source>
        <translation>Fatt &amp;vedtak …</translation>
    </message>
    <message>
        <source>Advance notice of &amp;suspension…</source>
        <translation>Forhåndsvarsel om &amp;inndragning …</translation>
    </message>
    <message>
        <source>Decision on suspens&amp;ion…</source>
        <translation>Vedtak om inn&amp;dragning …</translation>
    </message>
    <message>
        <source>Register a&amp;ppeal…</source>
        <translation>Registrer &amp;klage …</translation>
    </message>
    <message>
        <source>Appeal ou&amp;tcome…</source>
        <translation>U&amp;tfall av klage …</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>A&amp;vslutt</translation>
    </message>
    <message>
        <source>Letter (P&amp;DF)…</source>
        <translation>Brev (P&amp;DF) …</translation>
    </message>
    <message>
        <source>%1 of %2 sanction cases</source>
        <translation>%1 av %2 prikksaker</translation>
    </message>
    <message>
        <source>No sanction case selected</source>
        <translation>Ingen prikksak er valgt</translation>
    </message>
    <message>
        <source>Select a sanction case in the list, or create one from an inspection or a report.</source>
        <translation>Velg en prikksak i listen, eller opprett en fra en kontroll eller en rapport.</translation>
    </message>
    <message>
        <source>Sanction case %1 – %2</source>
        <translation>Prikksak %1 – %2</translation>
    </message>
    <message>
        <source>Leads to suspension for %1 days.</source>
        <translation>Fører til inndragning i %1 dager.</translation>
    </message>
    <message>
        <source>No suspension (%1 short of %2).</source>
        <translation>Ingen inndragning (%1 prikker igjen til %2).</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Bevilling</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Brudd</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Brudd</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Vedtatt</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Prikkbelastning</translation>
    </message>
    <message>
        <source>Licence's total today</source>
        <translation>Bevillingens sum i dag</translation>
    </message>
    <message>
        <source>%1 prikker</source>
        <translation>%1 prikker</translation>
    </message>
    <message>
        <source>This case (like-kind merged)</source>
        <translation>Denne saken (likeartede brudd slått sammen)</translation>
    </message>
    <message>
        <source>Total before the case</source>
        <translation>Sum før saken</translation>
    </message>
    <message>
        <source>Total after the case</source>
        <translation>Sum etter saken</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>Konsekvens</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Saksgang</translation>
    </message>
    <message>
        <source>Advance notice</source>
        <translation>Forhåndsvarsel</translation>
    </message>
    <message>
        <source>sent %1, response deadline %2</source>
        <translation>sendt %1, svarfrist %2</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Appeal period ends</source>
        <translation>Klagefristen går ut</translation>
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
        <source>%1: %2 days, %3 to %4</source>
        <translation>%1: %2 dager, %3 til %4</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nå</translation>
    </message>
    <message>
        <source>The licence is suspended from %1 to %2.</source>
        <translation>Bevillingen er inndratt fra %1 til %2.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Appeal received</source>
        <translation>Klage mottatt</translation>
    </message>
    <message>
        <source>Appeal outcome</source>
        <translation>Utfall av klage</translation>
    </message>
    <message>
        <source>Overturned</source>
        <translation>Opphevet</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>Opprettholdt</translation>
    </message>
    <message>
        <source>Basis for the suspension (all prikker counted):</source>
        <translation>Grunnlag for inndragningen (alle prikker som teller):</translation>
    </message>
    <message>
        <source>%1 %2: %3 (%4 prikker)</source>
        <translation>%1 %2: %3 (%4 prikker)</translation>
    </message>
    <message>
        <source>Total: %1 prikker. %2</source>
        <translation>Sum: %1 prikker. %2</translation>
    </message>
    <message>
        <source>Sanction case not created</source>
        <translation>Prikksaken ble ikke opprettet</translation>
    </message>
    <message>
        <source>Close sanction case</source>
        <translation>Avslutt prikksak</translation>
    </message>
    <message>
        <source>Close sanction case %1?</source>
        <translation>Avslutte prikksak %1?</translation>
    </message>
    <message>
        <source>Sanction case not closed</source>
        <translation>Prikksaken ble ikke avsluttet</translation>
    </message>
    <message>
        <source>advance-notice</source>
        <translation>forhandsvarsel</translation>
    </message>
    <message>
        <source>Save the advance notice as PDF</source>
        <translation>Lagre forhåndsvarselet som PDF</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>vedtak</translation>
    </message>
    <message>
        <source>Save the decision letter as PDF</source>
        <translation>Lagre vedtaksbrevet som PDF</translation>
    </message>
    <message>
        <source>suspension-notice</source>
        <translation>forhandsvarsel-inndragning</translation>
    </message>
    <message>
        <source>Save the advance notice of suspension as PDF</source>
        <translation>Lagre forhåndsvarselet om inndragning som PDF</translation>
    </message>
    <message>
        <source>suspension-decision</source>
        <translation>vedtak-inndragning</translation>
    </message>
    <message>
        <source>Save the decision on suspension as PDF</source>
        <translation>Lagre vedtaket om inndragning som PDF</translation>
    </message>
    <message>
        <source>Letter not written</source>
        <translation>Brevet ble ikke laget</translation>
    </message>
</context>
<context>
    <name>bevilling::StatementDialog</name>
    <message>
        <source>Add re&amp;minder</source>
        <translation>Legg til &amp;purring</translation>
    </message>
    <message>
        <source>Remove reminder</source>
        <translation>Fjern purring</translation>
    </message>
    <message>
        <source>Request statement</source>
        <translation>Be om uttalelse</translation>
    </message>
    <message>
        <source>Statement from %1</source>
        <translation>Uttalelse fra %1</translation>
    </message>
    <message>
        <source>(no reply yet)</source>
        <translation>(ikke svart ennå)</translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation>&amp;Instans:</translation>
    </message>
    <message>
        <source>Party &amp;name:</source>
        <translation>&amp;Navn på instans:</translation>
    </message>
    <message>
        <source>Re&amp;quested:</source>
        <translation>&amp;Bedt om:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation>Purringer:</translation>
    </message>
    <message>
        <source>Repl&amp;ied:</source>
        <translation>&amp;Svar mottatt:</translation>
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation>S&amp;var:</translation>
    </message>
    <message>
        <source>Reply &amp;text:</source>
        <translation>Svar&amp;tekst:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Required: who is asked</source>
        <translation>Påkrevd: hvem som blir spurt</translation>
    </message>
    <message>
        <source>Optional, e.g. Asker og Bærum politidistrikt</source>
        <translation>Valgfritt, f.eks. Asker og Bærum politidistrikt</translation>
    </message>
    <message>
        <source>Name the party that is asked for a statement.</source>
        <translation>Oppgi instansen som blir bedt om uttalelse.</translation>
    </message>
    <message>
        <source>The request date cannot be in the future.</source>
        <translation>Datoen for forespørselen kan ikke være fram i tid.</translation>
    </message>
    <message>
        <source>The deadline cannot be before the request date.</source>
        <translation>Fristen kan ikke være før datoen for forespørselen.</translation>
    </message>
    <message>
        <source>A reminder must lie between the request and the reply.</source>
        <translation>En purring må ligge mellom forespørselen og svaret.</translation>
    </message>
    <message>
        <source>The reply cannot be dated before the request (%1).</source>
        <translation>Svaret kan ikke være datert før forespørselen (%1).</translation>
    </message>
    <message>
        <source>The reply date cannot be in the future.</source>
        <translation>Svardatoen kan ikke være fram i tid.</translation>
    </message>
    <message>
        <source>Choose what the reply says.</source>
        <translation>Velg hva svaret sier.</translation>
    </message>
    <message>
        <source>Give the date the reply arrived.</source>
        <translation>Oppgi datoen svaret kom.</translation>
    </message>
</context>
<context>
    <name>bevilling::StatementMatrixModel</name>
    <message>
        <source>1 day overdue</source>
        <translation>1 dag på overtid</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>%1 dager på overtid</translation>
    </message>
    <message>
        <source>Requested %1</source>
        <translation>Bedt om %1</translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation>Frist %1</translation>
    </message>
    <message>
        <source>Reminders %1</source>
        <translation>Purringer %1</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvart</translation>
    </message>
    <message>
        <source>Answered %1</source>
        <translation>Svar mottatt %1</translation>
    </message>
    <message>
        <source>%1 (deadline %2)</source>
        <translation>%1 (frist %2)</translation>
    </message>
    <message>
        <source>Waiting, deadline %1</source>
        <translation>Venter, frist %1</translation>
    </message>
    <message>
        <source>Waiting, requested %1</source>
        <translation>Venter, bedt om %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Return or double-click opens the case</source>
        <translation>Enter eller dobbeltklikk åpner saken</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sak</translation>
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
        <source>Tax collector</source>
        <translation>Kemner/kommunekasserer</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Sosialtjenesten</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Andre</translation>
    </message>
</context>
<context>
    <name>bevilling::StatementMatrixWidget</name>
    <message>
        <source>Only &amp;missing</source>
        <translation>Bare &amp;manglende</translation>
    </message>
    <message>
        <source>Only &amp;overdue</source>
        <translation>Bare på &amp;overtid</translation>
    </message>
    <message>
        <source>Show only cases with a reply that has not arrived</source>
        <translation>Vis bare saker med et svar som ikke har kommet</translation>
    </message>
    <message>
        <source>Show only cases with a reply past its deadline</source>
        <translation>Vis bare saker med et svar som har passert fristen</translation>
    </message>
    <message>
        <source>Statements by case and party</source>
        <translation>Uttalelser etter sak og part</translation>
    </message>
    <message>
        <source>Replies missing: %1 · overdue: %2 · cases shown: %3</source>
        <translation>Svar som mangler: %1 · på overtid: %2 · saker vist: %3</translation>
    </message>
</context>
<context>
    <name>bevilling::SuspensionDecisionDialog</name>
    <message>
        <source>Decision on suspension – %1</source>
        <translation>Vedtak om inndragning – %1</translation>
    </message>
    <message>
        <source>The rules give a suspension of %1 days.</source>
        <translation>Reglene gir inndragning i %1 dager.</translation>
    </message>
    <message>
        <source>Decided &amp;on:</source>
        <translation>Vedtatt &amp;dato:</translation>
    </message>
    <message>
        <source>Suspended &amp;from:</source>
        <translation>Inndratt &amp;fra:</translation>
    </message>
    <message>
        <source>Suspended &amp;to:</source>
        <translation>Inndratt &amp;til:</translation>
    </message>
    <message>
        <source>The suspension cannot end before it starts.</source>
        <translation>Inndragningen kan ikke slutte før den begynner.</translation>
    </message>
    <message>
        <source>Late suspension</source>
        <translation>Sen inndragning</translation>
    </message>
    <message>
        <source>Save the suspension anyway?</source>
        <translation>Lagre inndragningen likevel?</translation>
    </message>
</context>
<context>
    <name>bevilling::TurnoverImportDialog</name>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Velg &amp;fil…</translation>
    </message>
    <message>
        <source>Import turnover reports from CSV</source>
        <translation>Importer omsetningsoppgaver fra CSV</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Ingen fil er valgt.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Bevilling</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Actual litres (gr. 1/2/3)</source>
        <translation>Faktiske liter (gr. 1/2/3)</translation>
    </message>
    <message>
        <source>Expected litres (gr. 1/2/3)</source>
        <translation>Forventede liter (gr. 1/2/3)</translation>
    </message>
    <message>
        <source>Problems and flags</source>
        <translation>Feil og merknader</translation>
    </message>
    <message>
        <source>Import 0 rows</source>
        <translation>Importer 0 rader</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Import turnover reports</source>
        <translation>Importer omsetningsoppgaver</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kunne ikke lese %1: %2</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Importeres ikke</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Erstatter</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>%1 rows read (%2, separator «%3»): %4 can be imported (%5 replace a report already registered), %6 have problems and will not be imported.</source>
        <translation>%1 rader lest (%2, skilletegn «%3»): %4 kan importeres (%5 erstatter en oppgave som allerede er registrert), %6 har feil og blir ikke importert.</translation>
    </message>
    <message>
        <source>Import %1 rows</source>
        <translation>Importer %1 rader</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>Linje %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>bevilling::TurnoverReportDialog</name>
    <message>
        <source>&amp;Confirmed by the auditor</source>
        <translation>&amp;Bekreftet av revisor</translation>
    </message>
    <message>
        <source>Turnover report %1 – %2</source>
        <translation>Omsetningsoppgave %1 – %2</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Mottatt:</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>Group %1 (not licensed)</source>
        <translation>Gruppe %1 (ikke i bevillingen)</translation>
    </message>
    <message>
        <source>&amp;Actual litres %1:</source>
        <translation>&amp;Faktiske liter %1:</translation>
    </message>
    <message>
        <source>E&amp;xpected litres %1:</source>
        <translation>F&amp;orventede liter %1:</translation>
    </message>
    <message>
        <source>The licence does not cover group %1.</source>
        <translation>Bevillingen omfatter ikke gruppe %1.</translation>
    </message>
    <message>
        <source>The licence's duty does not include these figures this year.</source>
        <translation>Bevillingen skal ikke oppgi disse tallene dette året.</translation>
    </message>
    <message>
        <source>&amp;Confirmed by the auditor (required)</source>
        <translation>&amp;Bekreftet av revisor (påkrevd)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Merknad:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>«%1» is not a number.</source>
        <translation>«%1» er ikke et tall.</translation>
    </message>
</context>
<context>
    <name>bevilling::TurnoverWidget</name>
    <message>
        <source>Licence number, licensee, premises…</source>
        <translation>Bevillingsnummer, bevillingshaver, sted…</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Bevilling</translation>
    </message>
    <message>
        <source>Licensee</source>
        <translation>Bevillingshaver</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <source>Actual litres (gr. 1/2/3)</source>
        <translation>Faktiske liter (gr. 1/2/3)</translation>
    </message>
    <message>
        <source>Expected litres (gr. 1/2/3)</source>
        <translation>Forventede liter (gr. 1/2/3)</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <source>Se&amp;arch:</source>
        <translation>S&amp;øk:</translation>
    </message>
    <message>
        <source>Sta&amp;te:</source>
        <translation>Sta&amp;tus:</translation>
    </message>
    <message>
        <source>&amp;Register turnover report…</source>
        <translation>&amp;Registrer omsetningsoppgave…</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Importer fra CSV…</translation>
    </message>
    <message>
        <source>Download CSV &amp;template…</source>
        <translation>Last ned CSV-&amp;mal…</translation>
    </message>
    <message>
        <source>Request for turnover report (&amp;PDF)…</source>
        <translation>Anmodning om omsetningsoppgave (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Re&amp;minder (PDF)…</source>
        <translation>P&amp;urring (PDF)…</translation>
    </message>
    <message>
        <source>Propose sa&amp;nction case</source>
        <translation>Foreslå sa&amp;nksjonssak</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Frist: %1</translation>
    </message>
    <message>
        <source>Deadline: %1 (default – not set in the rule set)</source>
        <translation>Frist: %1 (standard – ikke satt i regelverket)</translation>
    </message>
    <message>
        <source>Requested %1</source>
        <translation>Anmodet %1</translation>
    </message>
    <message>
        <source>Reminder sent %1</source>
        <translation>Purret %1</translation>
    </message>
    <message>
        <source>A sanction case is proposed</source>
        <translation>Sanksjonssak er foreslått</translation>
    </message>
    <message>
        <source>%1 of %2 received, %3 missing, %4 reminded</source>
        <translation>%1 av %2 mottatt, %3 mangler, %4 purret</translation>
    </message>
    <message>
        <source>The turnover report of %1 for %2 is saved.</source>
        <translation>Omsetningsoppgaven for %1 for %2 er lagret.</translation>
    </message>
    <message>
        <source>%1 turnover reports imported.</source>
        <translation>%1 omsetningsoppgaver er importert.</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Ikke importert:</translation>
    </message>
    <message>
        <source>Download CSV template</source>
        <translation>Last ned CSV-mal</translation>
    </message>
    <message>
        <source>The template is saved as %1.</source>
        <translation>Malen er lagret som %1.</translation>
    </message>
    <message>
        <source>Request for turnover report</source>
        <translation>Anmodning om omsetningsoppgave</translation>
    </message>
    <message>
        <source>%1 letters saved as %2.</source>
        <translation>%1 brev er lagret som %2.</translation>
    </message>
    <message>
        <source>Reminder for turnover report</source>
        <translation>Purring på omsetningsoppgave</translation>
    </message>
    <message>
        <source>%1 reminders saved as %2.</source>
        <translation>%1 purringer er lagret som %2.</translation>
    </message>
    <message>
        <source>Sanction case %1 is proposed for licence %2 (turnover report %3 missing). Open it now?</source>
        <translation>Sanksjonssak %1 er foreslått for bevilling %2 (omsetningsoppgave %3 mangler). Vil du åpne den nå?</translation>
    </message>
</context>
</TS>