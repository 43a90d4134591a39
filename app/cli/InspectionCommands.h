#pragma once

#include "Cli.h"

#include <QCoreApplication>
#include <QList>

namespace bevilling::cli {

// Inspections on the command line: `inspections` lists a year's inspections and `quota` gives the
// year's inspection quota and plan (alkoholforskriften § 9-7, InspectionPlan). JSON with --json,
// otherwise a plain text summary. docs/cli.md describes both.
class InspectionCommands
{
    Q_DECLARE_TR_FUNCTIONS(InspectionCommands)
public:
    // The commands' entries for Cli::commands(), with texts in the installed language.
    static QList<CommandSpec> commands();

    static int runInspections(const Invocation &invocation);
    static int runQuota(const Invocation &invocation);
};

} // namespace bevilling::cli
