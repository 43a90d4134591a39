#include "Worklist.h"

#include <algorithm>

namespace bevilling {

namespace {

QString caseTitle(const Case &c)
{
    const QString title = c.displayTitle();
    if (c.number.isEmpty())
        return title;
    return QString(c.number + QLatin1Char(' ') + title);
}

QString licenceTitle(const Licence &l)
{
    QString what;
    if (l.kind == LicenceKind::SingleOccasion || l.kind == LicenceKind::Travelling)
        what = l.eventName.trimmed();
    if (what.isEmpty())
        what = l.premises.name.trimmed();
    if (what.isEmpty())
        what = l.licensee.name.trimmed();
    if (l.number.isEmpty())
        return what;
    if (what.isEmpty())
        return l.number;
    return QString(l.number + QLatin1Char(' ') + what);
}

bool forOfficer(const Case &c, const WorklistOptions &options)
{
    return options.officer.isEmpty() || c.assignedTo == options.officer;
}

// An event case that still matters: granted, or open and not yet decided.
bool eventCaseCounts(const Case &c)
{
    if (c.type != CaseType::SingleOccasion && c.type != CaseType::TravellingUse)
        return false;
    if (c.decision)
        return c.decision->outcome == DecisionOutcome::Granted;
    return c.isOpen();
}

// A granted case whose licence is in the list is shown once, as the licence.
bool coveredByLicence(const Case &c, const QList<Licence> &licences)
{
    if (!c.licenceId || c.type != CaseType::SingleOccasion)
        return false;
    for (const Licence &l : licences) {
        if (l.id == *c.licenceId && l.kind == LicenceKind::SingleOccasion)
            return true;
    }
    return false;
}

// The day a case last changed status, or the day it arrived.
QDate waitingSince(const Case &c)
{
    for (auto it = c.events.crbegin(); it != c.events.crend(); ++it) {
        if (it->kind == QLatin1String("status") && it->at.isValid())
            return it->at.toLocalTime().date();
    }
    if (c.receivedOn.isValid())
        return c.receivedOn;
    return c.createdAt.isValid() ? c.createdAt.toLocalTime().date() : QDate();
}

bool kindThenDate(const WorkItem &a, const WorkItem &b)
{
    if (a.kind != b.kind)
        return int(a.kind) < int(b.kind);
    if (a.date != b.date)
        return a.date < b.date;
    return a.title < b.title;
}

} // namespace

// "3 days left", "due today", "2 days overdue"
static QString daysText(int daysLeft)
{
    if (daysLeft == 0)
        return Worklist::tr("today");
    if (daysLeft == 1)
        return Worklist::tr("1 day left");
    if (daysLeft == -1)
        return Worklist::tr("1 day overdue");
    if (daysLeft > 0)
        return Worklist::tr("%1 days left").arg(daysLeft);
    return Worklist::tr("%1 days overdue").arg(-daysLeft);
}

QList<WorkItem> Worklist::build(const QList<Case> &cases, const QList<Licence> &licences, const WorklistOptions &options)
{
    QList<WorkItem> items;
    const QDate today = options.today;
    if (!today.isValid())
        return items;

    for (const Case &c : cases) {
        if (!c.isOpen() || !forOfficer(c, options))
            continue;
        const qint64 licenceId = c.licenceId.value_or(0);

        // Statements past their deadline.
        if (!c.isDecided()) {
            for (const CaseStatement &s : c.statements) {
                if (!s.isOverdue(today))
                    continue;
                WorkItem item;
                item.kind = WorkItem::Kind::StatementOverdue;
                item.date = s.deadline;
                item.daysLeft = int(today.daysTo(s.deadline));
                item.caseId = c.id;
                item.licenceId = licenceId;
                item.statementId = s.id;
                item.title = caseTitle(c);
                item.detail = tr("%1, deadline %2 (%3)")
                                  .arg(CaseTexts::statementPartyText(s), formatDate(s.deadline), daysText(item.daysLeft));
                items.append(item);
            }
        }

        const ClockState clock = ProcessingClock::of(c, options.clock, today);

        // Near or past the legal or the target due date.
        if (!c.isDecided() && clock.started) {
            QDate due = clock.legalDue;
            bool target = false;
            if (clock.targetDue && *clock.targetDue < due) {
                due = *clock.targetDue;
                target = true;
            }
            const int left = int(today.daysTo(due));
            if (left <= options.nearDueDays) {
                WorkItem item;
                item.kind = WorkItem::Kind::CaseNearDue;
                item.date = due;
                item.daysLeft = left;
                item.caseId = c.id;
                item.licenceId = licenceId;
                item.title = caseTitle(c);
                item.detail = target ? tr("Target date %1 (%2)").arg(formatDate(due), daysText(left))
                                     : tr("Legal deadline %1 (%2)").arg(formatDate(due), daysText(left));
                if (clock.paused)
                    item.detail = QString(item.detail + QStringLiteral(", ") + tr("clock paused"));
                items.append(item);
            }
        }

        // Waiting for the officer: not for the applicant, the statements or the appeal period.
        if (!c.assignedTo.isEmpty() || options.officer.isEmpty()) {
            bool waiting = false;
            switch (c.status) {
            case CaseStatus::Received:
            case CaseStatus::Complete:
            case CaseStatus::StatementsReceived:
            case CaseStatus::Recommendation:
            case CaseStatus::Decided:
            case CaseStatus::Appealed:
                waiting = true;
                break;
            case CaseStatus::Notified:
                // Ready to close once the three weeks for an appeal have passed (forvaltningsloven § 29).
                waiting = c.decision && c.decision->notifiedOn.isValid() && c.decision->notifiedOn.addDays(21) < today;
                break;
            case CaseStatus::Incomplete:
            case CaseStatus::OutForStatements:
            case CaseStatus::Closed:
                break;
            }
            if (waiting && !clock.paused) {
                WorkItem item;
                item.kind = WorkItem::Kind::CaseWaiting;
                item.date = waitingSince(c);
                item.daysLeft = item.date.isValid() ? int(today.daysTo(item.date)) : 0;
                item.caseId = c.id;
                item.licenceId = licenceId;
                item.title = caseTitle(c);
                item.detail = item.date.isValid()
                                  ? tr("%1 since %2").arg(CaseTexts::statusName(c.status), formatDate(item.date))
                                  : CaseTexts::statusName(c.status);
                items.append(item);
            }
        }
    }

    // Ordinary licences ending soon without an open renewal case.
    for (const Licence &l : licences) {
        if (!l.isOrdinary() || l.isEnded() || !l.validTo.isValid())
            continue;
        const int left = int(today.daysTo(l.validTo));
        if (left < 0 || left > options.licenceEndingDays)
            continue;
        const bool renewing = std::any_of(cases.cbegin(), cases.cend(), [&l](const Case &c) {
            return c.isOpen() && c.type == CaseType::Renewal && c.licenceId == l.id;
        });
        if (renewing)
            continue;
        WorkItem item;
        item.kind = WorkItem::Kind::LicenceEnding;
        item.date = l.validTo;
        item.daysLeft = left;
        item.licenceId = l.id;
        item.title = licenceTitle(l);
        item.detail = tr("%1 ends on %2 (%3)").arg(DomainTexts::kindName(l.kind), formatDate(l.validTo), daysText(left));
        items.append(item);
    }

    // Events starting soon.
    const QList<Event> soon = events(cases, licences, today, today.addDays(options.eventDays));
    for (const Event &e : soon) {
        const int left = int(today.daysTo(e.date));
        if (left < 0 || left > options.eventDays)
            continue;
        if (e.caseId && !options.officer.isEmpty()) {
            const auto it = std::find_if(cases.cbegin(), cases.cend(), [&e](const Case &c) { return c.id == e.caseId; });
            if (it != cases.cend() && !forOfficer(*it, options))
                continue;
        }
        WorkItem item;
        item.kind = WorkItem::Kind::EventSoon;
        item.date = e.date;
        item.daysLeft = left;
        item.caseId = e.caseId;
        item.licenceId = e.licenceId;
        item.title = e.title;
        item.detail = (e.until.isValid() && e.until != e.date)
                          ? tr("From %1 to %2 (%3)").arg(formatDate(e.date), formatDate(e.until), daysText(left))
                          : tr("On %1 (%2)").arg(formatDate(e.date), daysText(left));
        items.append(item);
    }

    std::stable_sort(items.begin(), items.end(), kindThenDate);
    return items;
}

QList<Worklist::Event> Worklist::events(const QList<Case> &cases, const QList<Licence> &licences, const QDate &from,
                                        const QDate &to)
{
    QList<Event> result;
    const auto inRange = [&from, &to](const QDate &first, const QDate &last) {
        return first.isValid() && first <= to && last >= from;
    };
    for (const Licence &l : licences) {
        if (l.kind != LicenceKind::SingleOccasion || l.isEnded())
            continue;
        const QDate until = l.validTo.isValid() ? l.validTo : l.validFrom;
        if (!inRange(l.validFrom, until))
            continue;
        result.append(Event{l.validFrom, until, 0, l.id, licenceTitle(l)});
    }
    for (const Case &c : cases) {
        if (!eventCaseCounts(c) || coveredByLicence(c, licences))
            continue;
        const QDate first = c.application.validFrom;
        const QDate until = c.application.validTo.isValid() ? c.application.validTo : first;
        if (!inRange(first, until))
            continue;
        result.append(Event{first, until, c.id, c.licenceId.value_or(0), caseTitle(c)});
    }
    std::stable_sort(result.begin(), result.end(), [](const Event &a, const Event &b) {
        if (a.date != b.date)
            return a.date < b.date;
        return a.title < b.title;
    });
    return result;
}

} // namespace bevilling
