#include "CommandSupport.h"

#include <QRegularExpression>

namespace bevilling::cli {

int databaseProblem(const Invocation &in, const Error &error)
{
    if (error.code == Database::ErrorNotFound)
        return Cli::fail(*in.err, ExitBadInput, QStringLiteral("--database: ") + error.message);
    return Cli::fail(*in.err, ExitFailure, error.toString());
}

Result<std::unique_ptr<Database>> openForReading(const QString &path)
{
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    options.createIfMissing = false;
    Result<std::unique_ptr<Database>> db = Database::open(path, options);
    if (!db && db.error().code == Database::ErrorNeedsUpgrade) {
        options.access = Database::Access::ReadWrite;
        db = Database::open(path, options);
    }
    return db;
}

std::optional<int> parseYear(const QString &text, int minimum, int maximum)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{4}$"));
    if (!digits.match(text.trimmed()).hasMatch())
        return std::nullopt;
    const int year = text.trimmed().toInt();
    if (year < minimum || year > maximum)
        return std::nullopt;
    return year;
}

} // namespace bevilling::cli
