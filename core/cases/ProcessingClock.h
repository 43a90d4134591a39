#pragma once

#include "cases/Case.h"

#include <QDate>
#include <QList>

#include <optional>

namespace bevilling {

// A period during which the processing clock stands still, inclusive of both days. An open
// pause (no `to`) lasts until today.
//
// Counting convention: days are calendar days, and a pause counts both its first and its last
// day (a pause from the 10th to the 12th is 3 days). A pause for the applicant runs from the day
// the case went back to Incomplete to the day before its next status change; a pause for
// statements from the day of the request to the day before the reply. The day something arrives
// is a running day again, so a pause that ends the day it starts counts nothing. The clock's
// start day is day 0: elapsedDays = (end - start) - pausedDays, never below 0, where end is the
// decision day or today. Pauses that begin before the start are clipped to it; pauses after the
// decision do not count. When pauses merge, the merged pause keeps the earliest one's reason.
struct ClockPause
{
    QDate from;
    QDate to;        // invalid: still open
    QString reason;  // "applicant" or "statements"
};

struct ClockSettings
{
    int legalMonths = 4;                       // rules.md G.3: four months from a complete application
    std::optional<int> targetDays;             // the municipality's own target, in calendar days
    bool pauseWhileIncomplete = true;          // waiting for the applicant's documents
    bool pauseWhileAwaitingStatements = true;  // waiting for statements (høring)
};

struct ClockState
{
    bool started = false;      // false until the case is complete
    bool paused = false;       // a pause is open on `today`
    int pausedDays = 0;        // calendar days inside the merged pauses, up to today
    int elapsedDays = 0;       // days since start, minus paused days, up to today (or the decision)
    QDate legalDue;            // start + legalMonths + pausedDays; invalid when not started
    std::optional<QDate> targetDue; // start + targetDays + pausedDays
    int daysLeft = 0;          // legalDue - today (negative: overdue)
    QList<ClockPause> pauses;  // merged, sorted
};

// The processing clock (rules.md G.3): runs from "complete", pauses while the case waits for the
// applicant or for statements (each configurable), stops at the decision. Pure.
class ProcessingClock
{
public:
    // Merges overlapping and touching pauses; an open pause stays open. Sorted by start.
    static QList<ClockPause> merge(QList<ClockPause> pauses);
    // The pauses of a case: periods in Incomplete after it was first complete (from its events),
    // and periods from a statement's request to its reply (open while missing), per the settings.
    static QList<ClockPause> pausesOf(const Case &c, const ClockSettings &settings);
    // The clock from `start` with `pauses`, on `today`; `stoppedOn` (the decision) freezes it.
    static ClockState evaluate(const QDate &start, const QList<ClockPause> &pauses, const ClockSettings &settings,
                               const QDate &today, const QDate &stoppedOn = {});
    // Convenience: the clock of a case (start = completeOn, stop = decision date; a case closed
    // without a decision stops on the day of its last "closed" status event).
    static ClockState of(const Case &c, const ClockSettings &settings, const QDate &today);
};

} // namespace bevilling
