#pragma once

#include "Clock.h"
#include "cases/ProcessingClock.h"
#include "rules/LicencePeriod.h"
#include "rules/RuleSet.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace bevilling {

class Database;

// What the cases area reads from the register's rule set in force today: the processing clock's
// settings, the default reply time for statements and the licence-period reading.
struct CaseEnvironment
{
    static constexpr int DefaultStatementReplyDays = 21;

    ClockSettings clock;
    int statementReplyDays = DefaultStatementReplyDays;
    rules::LicencePeriod::Reading periodReading = rules::LicencePeriod::Reading::FixedBoundary;
    std::optional<rules::RuleSetVersion> rules; // the version in force, when the register has one

    static CaseEnvironment load(const Database &db, const Clock &clock);
};

class CaseUiTexts
{
    Q_DECLARE_TR_FUNCTIONS(CaseUiTexts)
public:
    // File sizes the Norwegian way: "512 byte", "12,3 kB", "4,5 MB".
    static QString fileSize(qint64 bytes);
};

} // namespace bevilling
