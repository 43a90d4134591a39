<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
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
</TS>