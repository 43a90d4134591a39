#pragma once

#include "TestSupport.h"
#include "cases/Case.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace bevilling::test {

// Noon local time on `date`, in UTC as CaseEvent::at is stored: the event's local day is `date`
// in every time zone the tests run in.
inline QDateTime noonOn(const QDate &date)
{
    return QDateTime(date, QTime(12, 0)).toUTC();
}

inline CaseEvent statusEvent(const QDate &date, CaseStatus from, CaseStatus to)
{
    CaseEvent e;
    e.at = noonOn(date);
    e.user = QStringLiteral("saksbehandler");
    e.kind = QStringLiteral("status");
    e.from = CaseTexts::statusKey(from);
    e.to = CaseTexts::statusKey(to);
    return e;
}

inline CaseStatement statement(StatementParty party, const QDate &requested, const QDate &deadline,
                               const QDate &replied = {}, qint64 id = 0)
{
    CaseStatement s;
    s.id = id;
    s.party = party;
    s.requested = requested;
    s.deadline = deadline;
    s.replied = replied;
    if (replied.isValid())
        s.reply = StatementReply::NoRemarks;
    return s;
}

// A new serving-licence application for Fjordkroa that passes every check: manager and deputy
// over 20 with knowledge tests, a period inside 2024-2028.
inline Case makeCase(CaseType type = CaseType::NewLicence, CaseStatus status = CaseStatus::Received)
{
    Case c;
    c.id = 1;
    c.number = QStringLiteral("2026-0001");
    c.type = type;
    c.status = status;
    c.receivedOn = QDate(2026, 3, 2);
    c.assignedTo = QStringLiteral("kari");
    c.application = makeServingLicence(QString());
    c.application.deputies[0].knowledgeTestPassed = QDate(2022, 6, 1);
    c.application.validFrom = QDate(2026, 5, 1);
    c.application.validTo = QDate(2028, 9, 30);
    return c;
}

} // namespace bevilling::test
