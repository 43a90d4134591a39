#pragma once

#include "Clock.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace bevilling {

class Database;

// Realistic synthetic registers for benchmarks and load tests (`bevilling-cli generate`).
// The same options (seed included) always give the same register, byte for byte in its exchange
// export. Marked as a demo register (RegisterSettings) so nobody mistakes it for real data.
struct SyntheticOptions
{
    quint32 seed = 1;
    int licences = 2000;      // ordinary licences in force at the end: about 1/5 sale, 4/5 serving
    int years = 10;           // years of history ending with the clock's year - 1
    int inspections = 60000;  // spread over the years, 2 inspectors at serving places, ~8 % with findings
    QString municipalityName = QStringLiteral("Storby kommune (syntetisk)");
};

struct SyntheticSummary
{
    int licences = 0;         // all licences written (including ended ones and single occasions)
    int turnoverReports = 0;
    int feeLines = 0;
    int inspections = 0;
    int findings = 0;
    int sanctionCases = 0;
    int cases = 0;
    qint64 milliseconds = 0;  // time taken
};

class SyntheticData
{
    Q_DECLARE_TR_FUNCTIONS(SyntheticData)
public:
    // Fills an empty register in a few large transactions (the repositories' insertAsIs writers,
    // no per-row audit entries; one audit entry says the register was generated). Refuses a register
    // that holds licences (field "register"), and options out of range (fields "licences" 1-20000,
    // "years" 1-30, "inspections" 0-500000).
    static Result<SyntheticSummary> populate(const Database &db, const Clock &clock, const SyntheticOptions &options);
};

} // namespace bevilling
