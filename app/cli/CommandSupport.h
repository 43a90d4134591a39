#pragma once

#include "Cli.h"
#include "Result.h"
#include "storage/Database.h"

#include <QString>

#include <memory>
#include <optional>

namespace bevilling::cli {

// What the commands that read a register share.

// A register that cannot be opened: exit 2 naming --database when the file does not exist,
// exit 1 with the reason otherwise.
int databaseProblem(const Invocation &in, const Error &error);
// Opens the register read-only when the file allows it; a file from an older version is upgraded first.
Result<std::unique_ptr<Database>> openForReading(const QString &path);
// A four-digit year from `minimum` to `maximum`, or nullopt.
std::optional<int> parseYear(const QString &text, int minimum = 2000, int maximum = 2100);

} // namespace bevilling::cli
