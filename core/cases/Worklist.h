#pragma once

#include "cases/Case.h"
#include "cases/ProcessingClock.h"
#include "domain/Licence.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace bevilling {

// One line on the officer's home page.
struct WorkItem
{
    enum class Kind {
        StatementOverdue,   // a statement past its deadline
        CaseNearDue,        // an open, undecided case within `nearDueDays` of its legal or target due date (or past it)
        CaseWaiting,        // an open case assigned to the officer that waits for them (not paused, not closed)
        LicenceEnding,      // an ordinary licence ending within `licenceEndingDays`, not ended, no open renewal case
        EventSoon,          // a single-occasion event (licence or open/granted case) starting within `eventDays`
    };
    Kind kind = Kind::CaseWaiting;
    QDate date;             // the deadline, due date, end date or event date
    int daysLeft = 0;       // date - today
    qint64 caseId = 0;      // 0 when the item is a licence
    qint64 licenceId = 0;   // 0 when the item is a case without licence
    qint64 statementId = 0;
    QString title;          // "2026-0004 Ny bevilling – Fjordkroa AS"
    QString detail;         // "Politiet, frist 01.11.2026 (21 dager på overtid)"
};

struct WorklistOptions
{
    QDate today;
    QString officer;            // empty: every officer's cases
    int nearDueDays = 14;
    int licenceEndingDays = 90;
    int eventDays = 30;
    ClockSettings clock;
};

// What needs doing today (issue 4, officer's home). Pure; sorted by kind, then date.
// As implemented: StatementOverdue and CaseNearDue for open, undecided cases (CaseNearDue uses the
// earlier of the target and the legal due date, included while daysLeft <= nearDueDays); CaseWaiting
// for Received, Complete, StatementsReceived, Recommendation, Decided, Appealed, and Notified once
// 21 days have passed since notifiedOn, with `date` the day of the last status change; LicenceEnding
// while 0 <= daysLeft <= licenceEndingDays; EventSoon while 0 <= daysLeft <= eventDays, from
// single-occasion licences and from SingleOccasion and TravellingUse cases (granted, or open and
// undecided; a granted case whose single-occasion licence is listed appears once, as the licence).
// `officer` filters cases only; licences are everyone's.
class Worklist
{
    Q_DECLARE_TR_FUNCTIONS(Worklist)
public:
    static QList<WorkItem> build(const QList<Case> &cases, const QList<Licence> &licences, const WorklistOptions &options);
    // Single-occasion events (from licences and from granted or open cases) on days in [from, to], for the month calendar.
    struct Event { QDate date; QDate until; qint64 caseId = 0; qint64 licenceId = 0; QString title; };
    static QList<Event> events(const QList<Case> &cases, const QList<Licence> &licences, const QDate &from, const QDate &to);
};

} // namespace bevilling
