#pragma once

#include "TestSupport.h"
#include "inspections/Inspection.h"
#include "storage/Database.h"
#include "storage/InspectionRepository.h"
#include "storage/LicenceRepository.h"
#include "storage/SanctionRepository.h"

#include <QStringList>

namespace bevilling::test {

// A licence in the register (number `number`); 0 when it could not be saved.
inline qint64 addLicence(const Database &db, const Clock &clock, const QString &number)
{
    Result<Licence> created = LicenceRepository(db, clock).create(makeServingLicence(number));
    return created ? created->id : 0;
}

// An inspection of `licenceId` on `date` by two inspectors with one finding per code; its id or 0.
inline qint64 addInspection(const Database &db, const Clock &clock, qint64 licenceId, const QDate &date,
                            const QStringList &codes)
{
    InspectorRepository inspectors(db, clock);
    QList<qint64> ids;
    const Result<QList<Inspector>> existing = inspectors.list();
    if (existing) {
        for (const Inspector &i : *existing)
            ids.append(i.id);
    }
    for (int n = int(ids.size()); n < 2; ++n) {
        Inspector inspector;
        inspector.name = n == 0 ? QStringLiteral("Per Kontrollør") : QStringLiteral("Lise Kontrollør");
        inspector.organisation = QStringLiteral("Kontrollselskapet AS");
        inspector.knowledgeTestPassed = QDate(2020, 1, 15);
        Result<Inspector> created = inspectors.create(inspector);
        if (!created)
            return 0;
        ids.append(created->id);
    }
    Inspection inspection;
    inspection.licenceId = licenceId;
    inspection.date = date;
    inspection.start = QTime(21, 0);
    inspection.end = QTime(23, 30);
    inspection.type = rules::InspectionType::Serving;
    inspection.inspectorIds = ids.mid(0, 2);
    for (const QString &code : codes) {
        InspectionFinding finding;
        finding.code = code;
        finding.description = QStringLiteral("Observert under kontrollen (%1).").arg(code);
        inspection.findings.append(finding);
    }
    Result<Inspection> created = InspectionRepository(db, clock).create(inspection);
    if (!created)
        qWarning("%s", qPrintable(created.error().message));
    return created ? created->id : 0;
}

// Takes a proposed case through advance notice (sent `noticeSent`, two weeks to respond) to a
// decision on the standard prikker, the day after the deadline.
inline Result<SanctionCase> decideStandard(SanctionRepository &repo, qint64 caseId, const QDate &noticeSent)
{
    const Result<SanctionCase> noticed = repo.sendNotice(caseId, noticeSent, noticeSent.addDays(14));
    if (!noticed)
        return noticed.error();
    SanctionDecision decision;
    decision.decidedOn = noticeSent.addDays(15);
    decision.decidedBy = QStringLiteral("Kari Saksbehandler");
    decision.reference = QStringLiteral("2026/123");
    return repo.decide(caseId, decision);
}

} // namespace bevilling::test
