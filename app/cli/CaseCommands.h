#pragma once

#include "Cli.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace bevilling::cli {

// Case processing on the command line: `cases` lists the register's cases (JSON with --json,
// otherwise a plain table) and `letter` writes a decided case's decision letter as PDF.
class CaseCommands
{
    Q_DECLARE_TR_FUNCTIONS(CaseCommands)
public:
    // The commands' entries for Cli::commands(), with texts in the installed language.
    static QList<CommandSpec> commands();

    static int runCases(const Invocation &invocation);
    static int runLetter(const Invocation &invocation);

    // True when `arguments` (without the program name) may run `letter`, which lays out text and
    // so needs a QGuiApplication; main() starts one on the "offscreen" platform then, and a plain
    // QCoreApplication otherwise, so that the other commands need no graphics libraries at all.
    static bool needsGuiApplication(const QStringList &arguments);
};

} // namespace bevilling::cli
