#pragma once

#include "Result.h"
#include "domain/Licence.h"
#include "inspections/Inspection.h"
#include "rules/InspectionQuota.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace bevilling {

// One place (premises) with its suggested priority for the next inspections.
struct PlanPriority
{
    qint64 premisesId = 0;
    QString premises;
    QList<qint64> licenceIds;
    QStringList licenceNumbers;
    int score = 0;
    QStringList reasons;        // one translated line per contribution to the score, in scoring order
    QDate lastInspection;       // the latest counted inspection up to `today` (any year); invalid: none
    int inspectionsThisYear = 0;
};

struct InspectionPlanResult
{
    rules::QuotaResult quota;             // rules::InspectionQuota::evaluate for the year
    QList<rules::QuotaPlace> notInspected; // places with no counted inspection in the year
    QList<Inspection> understaffed;       // serving inspections in the year with one inspector
    QList<PlanPriority> priority;         // every place of the quota, highest score first
};

// The year's inspection plan (rules.md F): the quota, the places still to visit, the serving
// inspections with one inspector and a suggested order of the places. Pure.
//
// Scoring of a place (the sum; reasons list each part):
//   +5  not inspected in the year yet;
//   +3  per finding at the place in earlier years (findingsByLicence, summed over the place's
//       licences; at most +12);
//   +3  per finding at the place in the year so far (inspections given; at most +12);
//   +3  late serving hours: premises type Nightclub or Bar;
//   +2  spirits (group 3) on a serving licence;
//   +4  never inspected (no counted inspection up to `today` among the inspections given), or
//   +1  per full 90 days since the last inspection (at most +4).
// Ties are broken by the place name, then the first licence number.
class InspectionPlan
{
    Q_DECLARE_TR_FUNCTIONS(InspectionPlan)
public:
    static constexpr int NotInspectedPoints = 5;
    static constexpr int FindingPoints = 3;
    static constexpr int FindingPointsMax = 12;
    static constexpr int LateHoursPoints = 3;
    static constexpr int SpiritsPoints = 2;
    static constexpr int NeverInspectedPoints = 4;
    static constexpr int DaysPerPoint = 90;
    static constexpr int DaysPointsMax = 4;

    // The quota records of inspections (licenceId, date, type, number of inspectors; premisesId
    // from `licences` when the licence is among them).
    static QList<rules::InspectionRecord> records(const QList<Inspection> &inspections,
                                                  const QList<Licence> &licences = {});

    // `findingsByLicence`: licence id -> number of findings in years before `year`.
    // Error: an invalid year (field "year"), or an inspection the quota refuses.
    static Result<InspectionPlanResult> build(int year, const QList<Licence> &licences,
                                              const QList<Inspection> &inspections,
                                              const QHash<qint64, int> &findingsByLicence, const QDate &today);
};

} // namespace bevilling
