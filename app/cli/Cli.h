#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace bevilling::cli {

// Exit codes of the command-line contract (shared/domain/contracts.md section 3).
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,  // I/O, a locked, damaged or too new register
    ExitBadInput = 2, // a wrong argument, option or input file; stderr names it
};

// What a command gets: its parsed arguments and where to write.
struct Invocation
{
    QString databasePath;              // --database FILE, or the default register
    QStringList arguments;             // positional arguments in order
    QHash<QString, QString> options;   // option name (without "--") -> value; flags map to ""
    QIODevice *out = nullptr;          // stdout: the JSON result
    QIODevice *err = nullptr;          // stderr: one line when something is wrong
};

struct OptionSpec
{
    QString name;      // "out" for --out
    QString valueName; // "FILE"; empty for a flag
    QString help;
    bool required = false;
};

struct ArgumentSpec
{
    QString name; // "FILE.json"
    QString help;
};

// One command of bevilling-cli. Later commands (period, holidays, fee, ...) are one more entry in
// Cli::commands() with their own options and help.
struct CommandSpec
{
    QString name;
    QString summary;     // one line for the command list
    QString description; // a paragraph for "COMMAND --help"
    QList<ArgumentSpec> arguments; // all required, in order
    QList<OptionSpec> options;
    int (*run)(const Invocation &invocation) = nullptr;
};

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static QString programName() { return QStringLiteral("bevilling-cli"); }
    static QString versionText();

    // Runs one invocation (`arguments` without the program name) and returns the exit code.
    // Installs the message language (--lang, default Norwegian bokmål) on the application.
    static int run(QCoreApplication &app, const QStringList &arguments, QIODevice &out, QIODevice &err);

    // The command table, with texts in the installed language.
    static QList<CommandSpec> commands();
    static QList<OptionSpec> globalOptions();

    static QString generalHelp();
    static QString commandHelp(const CommandSpec &command);

    // Writes "bevilling-cli: <text>" as one line on `err` and returns `code`.
    static int fail(QIODevice &err, int code, const QString &text);
    // Writes `document` as indented UTF-8 JSON on `out`.
    static void writeJson(QIODevice &out, const QJsonObject &document);
};

} // namespace bevilling::cli
