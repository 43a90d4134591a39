#pragma once

// Sample cases for the cases area's model tests (no register needed).

#include "TestSupport.h"
#include "cases/Case.h"

#include <QList>

namespace bevilling::test {

inline QDate casesToday()
{
    return QDate(2026, 3, 2);
}

inline Case makeCase(qint64 id, const QString &number, CaseType type, CaseStatus status, const QString &officer,
                     const QString &applicant, const QDate &received)
{
    Case c;
    c.id = id;
    c.number = number;
    c.type = type;
    c.status = status;
    c.assignedTo = officer;
    c.receivedOn = received;
    c.application = makeServingLicence();
    c.application.id = 0;
    c.application.number.clear();
    c.application.licensee.name = applicant;
    return c;
}

// Six cases: every kind of state the table shows.
// 0 2026-0001 new, complete on 01.12.2025: due 01.04.2026, 30 days left on 02.03.2026
// 1 2026-0002 renewal, received, clock not started
// 2 2026-0010 single occasion, out for statements (one missing, overdue; one answered)
// 3 2026-0003 transfer, complete on 01.10.2025: overdue (due 01.02.2026)
// 4 2026-0004 new, decided and closed
// 5 2026-0005 extension, incomplete, with a missing attachment
inline QList<Case> variedCases()
{
    QList<Case> cases;
    Case a = makeCase(1, QStringLiteral("2026-0001"), CaseType::NewLicence, CaseStatus::Complete, QStringLiteral("Nina Berg"),
                      QStringLiteral("Fjordkroa AS"), QDate(2025, 11, 20));
    a.completeOn = QDate(2025, 12, 1);
    cases << a;
    Case b = makeCase(2, QStringLiteral("2026-0002"), CaseType::Renewal, CaseStatus::Received, QStringLiteral("Per Lie"),
                      QStringLiteral("Kiwi Sandvika AS"), QDate(2026, 2, 25));
    b.application.premises.name = QStringLiteral("Kiwi Sandvika");
    cases << b;
    Case c = makeCase(3, QStringLiteral("2026-0010"), CaseType::SingleOccasion, CaseStatus::OutForStatements,
                      QStringLiteral("Nina Berg"), QStringLiteral("Rotary Bærum"), QDate(2026, 1, 10));
    c.completeOn = QDate(2026, 1, 12);
    CaseStatement police;
    police.id = 31;
    police.party = StatementParty::Police;
    police.requested = QDate(2026, 1, 12);
    police.deadline = QDate(2026, 2, 2);
    CaseStatement tax;
    tax.id = 32;
    tax.party = StatementParty::TaxAuthority;
    tax.requested = QDate(2026, 1, 12);
    tax.deadline = QDate(2026, 2, 2);
    tax.replied = QDate(2026, 1, 20);
    tax.reply = StatementReply::NoRemarks;
    c.statements = {police, tax};
    cases << c;
    Case d = makeCase(4, QStringLiteral("2026-0003"), CaseType::Transfer, CaseStatus::Complete, QStringLiteral("Per Lie"),
                      QStringLiteral("Havnekafeen AS"), QDate(2025, 9, 28));
    d.completeOn = QDate(2025, 10, 1);
    cases << d;
    Case e = makeCase(5, QStringLiteral("2026-0004"), CaseType::NewLicence, CaseStatus::Closed, QStringLiteral("Nina Berg"),
                      QStringLiteral("Bryggeloftet AS"), QDate(2025, 6, 2));
    e.completeOn = QDate(2025, 6, 10);
    e.closeReason = CloseReason::Completed;
    CaseDecision decision;
    decision.decidedBy = QStringLiteral("Nina Berg");
    decision.decidedOn = QDate(2025, 8, 1);
    decision.validFrom = QDate(2025, 8, 1);
    decision.validTo = QDate(2028, 9, 30);
    decision.notifiedOn = QDate(2025, 8, 2);
    e.decision = decision;
    cases << e;
    Case f = makeCase(6, QStringLiteral("2026-0005"), CaseType::Extension, CaseStatus::Incomplete, QString(),
                      QStringLiteral("Fjordkroa AS"), QDate(2026, 2, 27));
    f.missingAttachments = {QStringLiteral("Plantegning")};
    f.title = QStringLiteral("Uteservering på brygga");
    cases << f;
    return cases;
}

} // namespace bevilling::test
