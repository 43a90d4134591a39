#pragma once

#include "Cli.h"

#include <QCoreApplication>
#include <QList>

namespace bevilling::cli {

// A licence's stored prikk ledger on the command line: `ledger` evaluates the decided sanction
// cases of one licence (the same JSON as `prikk`, rules::PrikkLedger::toJson).
class LedgerCommands
{
    Q_DECLARE_TR_FUNCTIONS(LedgerCommands)
public:
    static QList<CommandSpec> commands();
    static int runLedger(const Invocation &invocation);
};

} // namespace bevilling::cli
