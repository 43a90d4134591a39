#pragma once

#include "Cli.h"

#include <QCoreApplication>
#include <QList>

namespace bevilling::cli {

// `generate`: a new register file filled with realistic synthetic data from a seed
// (SyntheticData), for benchmarks, load tests and trying the program at a city's scale.
class GenerateCommand
{
    Q_DECLARE_TR_FUNCTIONS(GenerateCommand)
public:
    static QList<CommandSpec> commands();
    static int runGenerate(const Invocation &invocation);
};

} // namespace bevilling::cli
