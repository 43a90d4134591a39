#include "Cli.h"

#include "ExchangeCommands.h"
#include "RulesCommands.h"
#include "CaseCommands.h"
#include "LedgerCommands.h"
#include "InspectionCommands.h"
#include "FeeCommands.h"
#include "ReportCommands.h"
#include "GenerateCommand.h"
#include "Localization.h"
#include "exchange/Exchange.h"
#include "storage/Database.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <optional>

namespace bevilling::cli {

namespace {

const QString kDatabase = QStringLiteral("database");
const QString kLang = QStringLiteral("lang");
const QString kHelp = QStringLiteral("help");
const QString kVersion = QStringLiteral("version");

struct Usage
{
    const CommandSpec *command = nullptr;
    QString databasePath;
    QStringList arguments;
    QHash<QString, QString> options;
};

const OptionSpec *findOption(const QList<OptionSpec> &options, const QString &name)
{
    for (const OptionSpec &option : options) {
        if (option.name == name)
            return &option;
    }
    return nullptr;
}

const CommandSpec *findCommand(const QList<CommandSpec> &commands, const QString &name)
{
    for (const CommandSpec &command : commands) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

QString helpHint(const CommandSpec *command)
{
    return command ? Cli::tr("see \"%1 %2 --help\"").arg(Cli::programName(), command->name)
                   : Cli::tr("see \"%1 --help\"").arg(Cli::programName());
}

// The language asked for with --lang (the last one given), before anything else is parsed, so
// that every message comes in that language.
std::optional<QString> requestedLanguage(const QStringList &arguments)
{
    std::optional<QString> language;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--"))
            break;
        if (arg == QLatin1String("--lang"))
            language = i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
        else if (arg.startsWith(QLatin1String("--lang=")))
            language = arg.mid(7);
    }
    return language;
}

// The first word that is not an option or an option's value: the command the user named.
std::optional<QString> commandWord(const QStringList &arguments, const QList<OptionSpec> &globals)
{
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--"))
            return i + 1 < arguments.size() ? std::optional<QString>(arguments.at(i + 1)) : std::nullopt;
        if (arg.startsWith(QLatin1Char('-')) && arg != QLatin1String("-")) {
            const OptionSpec *global = arg.startsWith(QLatin1String("--")) && !arg.contains(QLatin1Char('='))
                                           ? findOption(globals, arg.mid(2))
                                           : nullptr;
            if (global && !global->valueName.isEmpty())
                ++i; // skip its value
            continue;
        }
        return arg;
    }
    return std::nullopt;
}

// Parses `arguments` against the global options and the command table. Returns the usage or
// the one-line message for exit code 2.
Result<Usage> parse(const QStringList &arguments, const QList<CommandSpec> &commands, const QList<OptionSpec> &globals)
{
    Usage usage;
    usage.databasePath = Database::defaultPath();
    bool onlyArguments = false;
    auto bad = [](const QString &message) { return makeError(QStringLiteral("usage"), message); };

    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        const bool isOption = !onlyArguments && arg.startsWith(QLatin1Char('-')) && arg != QLatin1String("-");
        if (!onlyArguments && arg == QLatin1String("--")) {
            onlyArguments = true;
            continue;
        }
        if (isOption) {
            if (!arg.startsWith(QLatin1String("--")))
                return bad(Cli::tr("%1: unknown option; %2.").arg(arg, helpHint(usage.command)));
            QString name = arg.mid(2);
            QString value;
            bool hasValue = false;
            const int equals = static_cast<int>(name.indexOf(QLatin1Char('=')));
            if (equals >= 0) {
                value = name.mid(equals + 1);
                name = name.left(equals);
                hasValue = true;
            }
            const OptionSpec *spec = findOption(globals, name);
            const bool global = spec != nullptr;
            if (!spec && usage.command)
                spec = findOption(usage.command->options, name);
            if (!spec)
                return bad(Cli::tr("--%1: unknown option; %2.").arg(name, helpHint(usage.command)));
            if (spec->valueName.isEmpty()) {
                if (hasValue)
                    return bad(Cli::tr("--%1: this option takes no value.").arg(name));
            } else if (!hasValue) {
                const bool next = i + 1 < arguments.size()
                               && (!arguments.at(i + 1).startsWith(QLatin1String("--")) || onlyArguments);
                if (!next)
                    return bad(Cli::tr("--%1: a value is required (%2).").arg(name, spec->valueName));
                value = arguments.at(++i);
            }
            if (!spec->valueName.isEmpty() && value.isEmpty())
                return bad(Cli::tr("--%1: the value cannot be empty (%2).").arg(name, spec->valueName));
            if (global) {
                if (name == kDatabase)
                    usage.databasePath = value;
                continue; // --lang was handled before parsing; --help and --version never get here
            }
            if (usage.options.contains(name))
                return bad(Cli::tr("--%1: given more than once.").arg(name));
            usage.options.insert(name, value);
            continue;
        }
        if (!usage.command) {
            usage.command = findCommand(commands, arg);
            if (!usage.command)
                return bad(Cli::tr("\"%1\" is not a command; %2.").arg(arg, helpHint(nullptr)));
            continue;
        }
        if (usage.arguments.size() >= usage.command->arguments.size())
            return bad(Cli::tr("\"%1\": unexpected argument; %2.").arg(arg, helpHint(usage.command)));
        usage.arguments.append(arg);
    }

    if (!usage.command)
        return bad(Cli::tr("no command given; %1.").arg(helpHint(nullptr)));
    if (usage.arguments.size() < usage.command->arguments.size()) {
        const ArgumentSpec &missing = usage.command->arguments.at(usage.arguments.size());
        return bad(Cli::tr("%1: missing argument; %2.").arg(missing.name, helpHint(usage.command)));
    }
    for (const OptionSpec &option : usage.command->options) {
        if (option.required && !usage.options.contains(option.name))
            return bad(Cli::tr("--%1: this option is required (%2); %3.")
                           .arg(option.name, option.valueName, helpHint(usage.command)));
    }
    return usage;
}

QString optionLine(const OptionSpec &option)
{
    QString left = QStringLiteral("--") + option.name;
    if (!option.valueName.isEmpty())
        left += QLatin1Char(' ') + option.valueName;
    return QStringLiteral("  %1  %2\n").arg(left, -20).arg(option.help);
}

void writeText(QIODevice &device, const QString &text)
{
    device.write(text.toUtf8());
}

} // namespace

QString Cli::versionText()
{
    return programName() + QLatin1Char(' ') + QStringLiteral(BEVILLING_VERSION);
}

QList<OptionSpec> Cli::globalOptions()
{
    return {
        {kDatabase, QStringLiteral("FILE"), tr("the register file (default: %1)").arg(Database::defaultPath()), false},
        {kLang, QStringLiteral("nb|en"), tr("language of messages: nb (Norwegian bokmål, default) or en"), false},
        {kHelp, {}, tr("show help (after a command: the command's help)"), false},
        {kVersion, {}, tr("show the version"), false},
    };
}

QList<CommandSpec> Cli::commands()
{
    QList<CommandSpec> table = {
        {QStringLiteral("export"), tr("write the whole register as an exchange file (JSON)"),
         tr("Writes the register (settings, licences and history) in the open exchange format, "
            "version %1 (docs/exchange-format.md). The register is opened read-only when possible, so this "
            "works while the program has it open. On stdout: a JSON summary, or the document itself with "
            "--out -.")
             .arg(Exchange::FormatVersion),
         {},
         {{QStringLiteral("out"), QStringLiteral("FILE"), tr("where to write the document; - for stdout"), true}},
         &runExport},
        {QStringLiteral("import"), tr("load an exchange file into a new or empty register"),
         tr("Loads FILE.json into the register named by --database in one transaction. The register must "
            "be new (the file is created) or empty. The import stops at the first problem and names its JSON "
            "path (exit code 2); nothing is saved then, and a register file the import created is removed."),
         {{QStringLiteral("FILE.json"), tr("the exchange document to load")}},
         {},
         &runImport},
    };
    table += RulesCommands::commands();
    table += CaseCommands::commands();
    table += InspectionCommands::commands();
    table += LedgerCommands::commands();
    table += FeeCommands::commands();
    table += ReportCommands::commands();
    table += GenerateCommand::commands();
    return table;
}

QString Cli::generalHelp()
{
    QString text = tr("Usage: %1 [--database FILE] [--lang nb|en] COMMAND [OPTIONS]\n").arg(programName());
    text += tr("Command-line front end of Bevilling, the licence register for alcohol licensing offices. "
               "Results are JSON on stdout; problems are one line on stderr (exit code 2 for bad input, "
               "1 for other failures).\n");
    text += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    for (const CommandSpec &command : commands())
        text += QStringLiteral("  %1  %2\n").arg(command.name, -20).arg(command.summary);
    text += QLatin1Char('\n') + tr("Global options:") + QLatin1Char('\n');
    for (const OptionSpec &option : globalOptions())
        text += optionLine(option);
    text += QLatin1Char('\n') + tr("Run \"%1 COMMAND --help\" for the options of a command.").arg(programName())
          + QLatin1Char('\n');
    return text;
}

QString Cli::commandHelp(const CommandSpec &command)
{
    QString usage = programName() + QStringLiteral(" [--database FILE] ") + command.name;
    for (const ArgumentSpec &argument : command.arguments)
        usage += QLatin1Char(' ') + argument.name;
    for (const OptionSpec &option : command.options) {
        const QString text = QStringLiteral("--") + option.name
                           + (option.valueName.isEmpty() ? QString() : QLatin1Char(' ') + option.valueName);
        usage += QLatin1Char(' ') + (option.required ? text : QLatin1Char('[') + text + QLatin1Char(']'));
    }
    QString text = tr("Usage: %1").arg(usage) + QLatin1Char('\n');
    text += command.summary + QLatin1Char('\n') + QLatin1Char('\n') + command.description + QLatin1Char('\n');
    if (!command.arguments.isEmpty()) {
        text += QLatin1Char('\n') + tr("Arguments:") + QLatin1Char('\n');
        for (const ArgumentSpec &argument : command.arguments)
            text += QStringLiteral("  %1  %2\n").arg(argument.name, -20).arg(argument.help);
    }
    if (!command.options.isEmpty()) {
        text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n');
        for (const OptionSpec &option : command.options)
            text += optionLine(option);
    }
    text += QLatin1Char('\n') + tr("Global options:") + QLatin1Char('\n');
    for (const OptionSpec &option : globalOptions())
        text += optionLine(option);
    return text;
}

int Cli::fail(QIODevice &err, int code, const QString &text)
{
    QString line = text.simplified(); // exactly one line, whatever the message holds
    writeText(err, programName() + QStringLiteral(": ") + line + QLatin1Char('\n'));
    return code;
}

void Cli::writeJson(QIODevice &out, const QJsonObject &document)
{
    out.write(QJsonDocument(document).toJson(QJsonDocument::Indented));
}

int Cli::run(QCoreApplication &app, const QStringList &arguments, QIODevice &out, QIODevice &err)
{
    // Progress notes of the storage layer would break the one-line stderr contract; what matters
    // from them (a backup written before a migration) goes into the JSON result instead.
    QLoggingCategory::setFilterRules(QStringLiteral("bevilling.*.debug=false\nbevilling.*.info=false"));

    const std::optional<QString> language = requestedLanguage(arguments);
    const bool languageKnown = !language || Localization::availableLanguages().contains(*language);
    Localization::install(app, languageKnown && language ? *language : Localization::DefaultLanguage,
                          {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("cli")});
    if (!languageKnown) {
        return fail(err, ExitBadInput,
                    tr("--lang: unknown language \"%1\"; use %2.")
                        .arg(*language, Localization::availableLanguages().join(QStringLiteral(" or "))));
    }

    const QList<CommandSpec> table = commands();
    const QList<OptionSpec> globals = globalOptions();

    // --help wins over everything else; --version next.
    bool help = false;
    bool version = false;
    for (const QString &arg : arguments) {
        if (arg == QLatin1String("--"))
            break;
        help = help || arg == QLatin1String("--help") || arg == QLatin1String("-h");
        version = version || arg == QLatin1String("--version");
    }
    if (help) {
        const std::optional<QString> word = commandWord(arguments, globals);
        if (!word) {
            writeText(out, generalHelp());
            return ExitOk;
        }
        const CommandSpec *command = findCommand(table, *word);
        if (!command)
            return fail(err, ExitBadInput, tr("\"%1\" is not a command; %2.").arg(*word, helpHint(nullptr)));
        writeText(out, commandHelp(*command));
        return ExitOk;
    }
    if (version) {
        writeText(out, versionText() + QLatin1Char('\n'));
        return ExitOk;
    }

    const Result<Usage> usage = parse(arguments, table, globals);
    if (!usage)
        return fail(err, ExitBadInput, usage.error().message);

    Invocation invocation;
    invocation.databasePath = usage->databasePath;
    invocation.arguments = usage->arguments;
    invocation.options = usage->options;
    invocation.out = &out;
    invocation.err = &err;
    return usage->command->run(invocation);
}

} // namespace bevilling::cli
