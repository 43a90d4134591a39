#include "ProcessingClock.h"

#include <algorithm>

namespace bevilling {

namespace {

const QString kReasonApplicant = QStringLiteral("applicant");
const QString kReasonStatements = QStringLiteral("statements");

bool startsEarlier(const ClockPause &a, const ClockPause &b)
{
    if (a.from != b.from)
        return a.from < b.from;
    // An open pause sorts after a closed one that starts the same day.
    if (a.to.isValid() != b.to.isValid())
        return a.to.isValid();
    return a.to < b.to;
}

bool reasonEnabled(const QString &reason, const ClockSettings &settings)
{
    if (reason == kReasonApplicant)
        return settings.pauseWhileIncomplete;
    if (reason == kReasonStatements)
        return settings.pauseWhileAwaitingStatements;
    return true;
}

// The local calendar day of an event time stored in UTC.
QDate localDay(const QDateTime &at)
{
    return at.toLocalTime().date();
}

} // namespace

QList<ClockPause> ProcessingClock::merge(QList<ClockPause> pauses)
{
    pauses.erase(std::remove_if(pauses.begin(), pauses.end(),
                                [](const ClockPause &p) {
                                    return !p.from.isValid() || (p.to.isValid() && p.to < p.from);
                                }),
                 pauses.end());
    std::stable_sort(pauses.begin(), pauses.end(), startsEarlier);

    QList<ClockPause> merged;
    for (const ClockPause &pause : pauses) {
        if (!merged.isEmpty()) {
            ClockPause &last = merged.last();
            // Overlapping, nested or touching (starting the day after the last one ends): one pause.
            const bool joins = !last.to.isValid() || pause.from <= last.to.addDays(1);
            if (joins) {
                if (!pause.to.isValid())
                    last.to = QDate();
                else if (last.to.isValid() && pause.to > last.to)
                    last.to = pause.to;
                continue;
            }
        }
        merged.append(pause);
    }
    return merged;
}

QList<ClockPause> ProcessingClock::pausesOf(const Case &c, const ClockSettings &settings)
{
    QList<ClockPause> pauses;
    if (settings.pauseWhileIncomplete && c.completeOn.isValid()) {
        // Status events after the case was first complete: the first "complete" event, or, when the
        // history has none, the events from the day the case became complete.
        int first = -1;
        for (int i = 0; i < c.events.size(); ++i) {
            const CaseEvent &e = c.events.at(i);
            if (e.kind == QLatin1String("status") && e.to == QLatin1String("complete")) {
                first = i + 1;
                break;
            }
        }
        const bool byDate = first < 0;
        if (byDate)
            first = 0;
        for (int i = first; i < c.events.size(); ++i) {
            const CaseEvent &e = c.events.at(i);
            if (e.kind != QLatin1String("status") || e.to != QLatin1String("incomplete"))
                continue;
            const QDate from = localDay(e.at);
            if (byDate && from < c.completeOn)
                continue;
            ClockPause pause{from, QDate(), kReasonApplicant};
            for (int j = i + 1; j < c.events.size(); ++j) {
                const CaseEvent &next = c.events.at(j);
                if (next.kind == QLatin1String("status")) {
                    // The day the case moves on, the clock runs again.
                    pause.to = localDay(next.at).addDays(-1);
                    break;
                }
            }
            if (pause.to.isValid() && pause.to < pause.from)
                continue; // back the same day: no whole day paused
            pauses.append(pause);
        }
    }
    if (settings.pauseWhileAwaitingStatements) {
        for (const CaseStatement &s : c.statements) {
            if (!s.requested.isValid())
                continue;
            ClockPause pause{s.requested, QDate(), kReasonStatements};
            if (s.replied.isValid()) {
                pause.to = s.replied.addDays(-1);
                if (pause.to < pause.from)
                    continue; // answered the day it was asked for
            }
            pauses.append(pause);
        }
    }
    std::stable_sort(pauses.begin(), pauses.end(), startsEarlier);
    return pauses;
}

ClockState ProcessingClock::evaluate(const QDate &start, const QList<ClockPause> &pauses, const ClockSettings &settings,
                                     const QDate &today, const QDate &stoppedOn)
{
    ClockState state;
    if (!start.isValid() || !today.isValid())
        return state;
    state.started = true;

    const bool stopped = stoppedOn.isValid() && stoppedOn <= today;
    // The last day the clock can count: the decision day, or today.
    const QDate end = stopped ? stoppedOn : today;

    QList<ClockPause> relevant;
    for (ClockPause pause : pauses) {
        if (!pause.from.isValid() || !reasonEnabled(pause.reason, settings))
            continue;
        if (pause.to.isValid() && pause.to < start)
            continue; // entirely before the clock started
        if (pause.from < start)
            pause.from = start;
        if (pause.from > end)
            continue; // not begun yet
        if (stopped && (!pause.to.isValid() || pause.to > end))
            pause.to = end;
        relevant.append(pause);
    }
    state.pauses = merge(relevant);

    for (const ClockPause &pause : state.pauses) {
        const QDate last = (!pause.to.isValid() || pause.to > end) ? end : pause.to;
        if (last >= pause.from)
            state.pausedDays += int(pause.from.daysTo(last)) + 1;
        if (!stopped && pause.from <= today && (!pause.to.isValid() || pause.to >= today))
            state.paused = true;
    }

    state.elapsedDays = std::max(0, int(start.daysTo(end)) - state.pausedDays);
    state.legalDue = start.addMonths(settings.legalMonths).addDays(state.pausedDays);
    if (settings.targetDays)
        state.targetDue = start.addDays(qint64(*settings.targetDays) + state.pausedDays);
    state.daysLeft = int(today.daysTo(state.legalDue));
    return state;
}

ClockState ProcessingClock::of(const Case &c, const ClockSettings &settings, const QDate &today)
{
    QDate stop;
    if (c.decision && c.decision->decidedOn.isValid()) {
        stop = c.decision->decidedOn;
    } else if (c.status == CaseStatus::Closed) {
        // Closed without a decision (withdrawn, dismissed): the clock stops the day it was closed.
        for (auto it = c.events.crbegin(); it != c.events.crend(); ++it) {
            if (it->kind == QLatin1String("status") && it->to == QLatin1String("closed")) {
                stop = localDay(it->at);
                break;
            }
        }
    }
    return evaluate(c.completeOn, pausesOf(c, settings), settings, today, stop);
}

} // namespace bevilling
