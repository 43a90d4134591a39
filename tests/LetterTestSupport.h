#pragma once

// A register with three cases for the letter tests: a granted new serving licence, a refused one
// and one still being processed.

#include "TestSupport.h"
#include "cases/Case.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/RegisterSettings.h"

#include <QString>

namespace bevilling::test {

struct LetterCases
{
    Case granted;
    Case refused;
    Case undecided;
    QString error; // empty when the register was made
};

inline Case newServingApplication(const QString &licensee, const QString &officer)
{
    Case c;
    c.type = CaseType::NewLicence;
    c.receivedOn = QDate(2026, 1, 5);
    c.assignedTo = officer;
    c.application = makeServingLicence(QString());
    c.application.licensee.name = licensee;
    c.application.licensee.address = QStringLiteral("Postboks 7, 1337 Sandvika");
    return c;
}

// Fills the register behind `db` (clock: a day in March 2026).
inline LetterCases makeLetterCases(const Database &db, const Clock &clock)
{
    LetterCases made;
    RegisterInfo info;
    info.municipalityName = QStringLiteral("Bærum kommune");
    info.municipalityNumber = QStringLiteral("3201");
    if (const Status s = RegisterSettings(db, clock).save(info); !s) {
        made.error = s.error().toString();
        return made;
    }
    CaseRepository cases(db, clock);
    auto fail = [&made](const Error &e) {
        made.error = e.field + QStringLiteral(": ") + e.toString();
        return made;
    };

    Result<Case> granted = cases.create(newServingApplication(QStringLiteral("Fjordkroa & Søn AS"), QStringLiteral("Siri Saksbehandler")));
    if (!granted)
        return fail(granted.error());
    if (Result<Case> c = cases.setStatus(granted->id, CaseStatus::Complete); !c)
        return fail(c.error());
    CaseDecision grant;
    grant.outcome = DecisionOutcome::Granted;
    grant.body = DecisionBody::Delegated;
    grant.decidedBy = QStringLiteral("Siri Saksbehandler");
    grant.decidedOn = QDate(2026, 3, 2);
    grant.reference = QStringLiteral("2026/1234-5");
    grant.validFrom = QDate(2026, 3, 2);
    grant.validTo = QDate(2028, 9, 30);
    grant.conditions = QStringLiteral("Uteservering avsluttes kl. 22.30.");
    granted = cases.decide(granted->id, grant);
    if (!granted)
        return fail(granted.error());
    made.granted = *granted;

    Result<Case> refused = cases.create(newServingApplication(QStringLiteral("Barnas Kafé AS"), QStringLiteral("Per Saksbehandler")));
    if (!refused)
        return fail(refused.error());
    if (Result<Case> c = cases.setStatus(refused->id, CaseStatus::Complete); !c)
        return fail(c.error());
    CaseDecision refusal;
    refusal.outcome = DecisionOutcome::Refused;
    refusal.body = DecisionBody::Council;
    refusal.decidedBy = QStringLiteral("Formannskapet");
    refusal.decidedOn = QDate(2026, 3, 3);
    refusal.reference = QStringLiteral("PS 45/26");
    refusal.reason = QStringLiteral("Stedet retter seg i hovedsak mot barn og unge (retningslinjene punkt 2.4).");
    refused = cases.decide(refused->id, refusal);
    if (!refused)
        return fail(refused.error());
    made.refused = *refused;

    Result<Case> undecided = cases.create(newServingApplication(QStringLiteral("Venter AS"), QString()));
    if (!undecided)
        return fail(undecided.error());
    made.undecided = *undecided;
    return made;
}

} // namespace bevilling::test
