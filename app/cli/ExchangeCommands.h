#pragma once

#include "Cli.h"

namespace bevilling::cli {

// `export --out FILE`: the register as an exchange document (docs/exchange-format.md).
int runExport(const Invocation &invocation);
// `import FILE.json`: an exchange document into a new or empty register.
int runImport(const Invocation &invocation);

} // namespace bevilling::cli
