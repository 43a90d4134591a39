#include "LedgerCommands.h"
#include "CommandSupport.h"

#include "domain/Licence.h"
#include "rules/PrikkLedger.h"
#include "storage/Database.h"
#include "storage/LicenceLedger.h"
#include "storage/LicenceRepository.h"

#include <QIODevice>
#include <QRegularExpression>

#include <memory>
#include <optional>

namespace bevilling::cli {

namespace {

const QString kLicence = QStringLiteral("licence");
const QString kAsOf = QStringLiteral("as-of");
const QString kJson = QStringLiteral("json");

} // namespace

QList<CommandSpec> LedgerCommands::commands()
{
    return {
        {QStringLiteral("ledger"), tr("evaluate a licence's prikk ledger from the register's sanction cases"),
         tr("Evaluates the prikk ledger of one licence from its decided sanction cases (overturned decisions "
            "left out) and decided suspensions, with the register's rule set (whether a suspension uses the "
            "prikker up). The JSON is the same as for the prikk command: the prikker that count on the as-of date "
            "(default today), whether a suspension is due and for how many days, and each counted entry with "
            "the date it expires."),
         {},
         {{kLicence, QStringLiteral("ID|NUMBER"), tr("the licence: its id or its licence number"), true},
          {kAsOf, QStringLiteral("DATE"), tr("the date to evaluate on (YYYY-MM-DD); default today"), false},
          {kJson, {}, tr("JSON on stdout instead of a summary"), false}},
         &LedgerCommands::runLedger},
    };
}

int LedgerCommands::runLedger(const Invocation &in)
{
    QDate asOf;
    if (in.options.contains(kAsOf)) {
        static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QString text = in.options.value(kAsOf);
        asOf = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
        if (!pattern.match(text).hasMatch() || !asOf.isValid()) {
            return Cli::fail(*in.err, ExitBadInput,
                             tr("--as-of: \"%1\" is not a valid date; write YYYY-MM-DD, for example 2026-03-10.").arg(text));
        }
    }

    Result<std::unique_ptr<Database>> opened = openForReading(in.databasePath);
    if (!opened)
        return databaseProblem(in, opened.error());
    const std::unique_ptr<Database> db = std::move(opened).value();
    const SystemClock clock;

    const QString wanted = in.options.value(kLicence).trimmed();
    const Result<QList<Licence>> licences = LicenceRepository(*db, clock).list();
    if (!licences)
        return Cli::fail(*in.err, ExitFailure, licences.error().toString());
    std::optional<Licence> licence;
    bool isId = false;
    const qint64 id = wanted.toLongLong(&isId);
    for (const Licence &l : *licences) {
        if (l.number == wanted || (isId && l.id == id && !licence))
            licence = l;
        if (l.number == wanted)
            break;
    }
    if (!licence)
        return Cli::fail(*in.err, ExitBadInput, tr("--licence: no licence \"%1\" in the register.").arg(wanted));

    const Result<rules::LedgerResult> result = LicenceLedger::evaluate(*db, clock, licence->id, asOf);
    if (!result)
        return Cli::fail(*in.err, ExitFailure, result.error().toString());

    if (in.options.contains(kJson)) {
        Cli::writeJson(*in.out, rules::PrikkLedger::toJson(*result));
        return ExitOk;
    }
    QString text = tr("Licence %1 (%2), as of %3: %4 prikker.")
                       .arg(licence->number, licence->premises.name, formatDate(result->asOf))
                       .arg(result->activePrikker)
                   + QLatin1Char('\n');
    for (const rules::LedgerEntry &entry : result->active) {
        text += QStringLiteral("  %1  %2  %3  %4\n")
                    .arg(formatDate(entry.date), entry.inspection, entry.code)
                    .arg(tr("%1 prikker, counts until %2").arg(entry.prikker).arg(formatDate(entry.expires.addDays(-1))));
    }
    if (result->suspensionDue)
        text += tr("Suspension due: %1 days.").arg(result->suspensionDays) + QLatin1Char('\n');
    in.out->write(text.toUtf8());
    return ExitOk;
}

} // namespace bevilling::cli
