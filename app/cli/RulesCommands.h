#pragma once

#include "Cli.h"

#include <QCoreApplication>
#include <QList>

namespace bevilling::cli {

// The rule look-ups of bevilling-cli (shared/domain/contracts.md section 3): `period`,
// `holidays`, `sales-hours`, `serving-hours`, `fee` and `prikk`. They are pure questions to
// core/rules and never open a register.
class RulesCommands
{
    Q_DECLARE_TR_FUNCTIONS(RulesCommands)
public:
    // The commands' entries for Cli::commands(), with texts in the installed language.
    static QList<CommandSpec> commands();

    static int runPeriod(const Invocation &invocation);
    static int runHolidays(const Invocation &invocation);
    static int runSalesHours(const Invocation &invocation);
    static int runServingHours(const Invocation &invocation);
    static int runFee(const Invocation &invocation);
    static int runPrikk(const Invocation &invocation);
};

} // namespace bevilling::cli
