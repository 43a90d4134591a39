#pragma once

#include "Cli.h"

#include <QCoreApplication>
#include <QList>

namespace bevilling::cli {

// The yearly fee cycle on the command line (docs/cli.md): `import-turnover` loads turnover reports
// from a CSV file (TurnoverCsv; all or nothing, --dry-run shows the preview), `fees` gives the
// year's invoice basis as JSON or as the accounting system's CSV (FeeRepository::assess).
class FeeCommands
{
    Q_DECLARE_TR_FUNCTIONS(FeeCommands)
public:
    static QList<CommandSpec> commands();
    static int runImportTurnover(const Invocation &invocation);
    static int runFees(const Invocation &invocation);
};

} // namespace bevilling::cli
