<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
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
</TS>