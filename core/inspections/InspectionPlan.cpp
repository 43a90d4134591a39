#include "inspections/InspectionPlan.h"

#include <algorithm>

namespace bevilling {

QList<rules::InspectionRecord> InspectionPlan::records(const QList<Inspection> &inspections, const QList<Licence> &licences)
{
    QHash<qint64, qint64> premisesOf;
    for (const Licence &licence : licences)
        premisesOf.insert(licence.id, licence.premises.id);
    QList<rules::InspectionRecord> result;
    result.reserve(inspections.size());
    for (const Inspection &inspection : inspections) {
        rules::InspectionRecord record;
        record.id = inspection.number;
        record.date = inspection.date;
        record.licenceId = inspection.licenceId;
        record.premisesId = premisesOf.value(inspection.licenceId, 0);
        record.type = inspection.type;
        record.inspectors = int(inspection.inspectorIds.size());
        result.append(record);
    }
    return result;
}

Result<InspectionPlanResult> InspectionPlan::build(int year, const QList<Licence> &licences,
                                                   const QList<Inspection> &inspections,
                                                   const QHash<qint64, int> &findingsByLicence, const QDate &today)
{
    Result<rules::QuotaResult> quota = rules::InspectionQuota::evaluate(year, licences, records(inspections, licences));
    if (!quota)
        return quota.error();

    InspectionPlanResult plan;
    plan.quota = *std::move(quota);
    plan.notInspected = plan.quota.notInspected;
    for (const Inspection &inspection : inspections) {
        if (inspection.date.year() == year && inspection.type == rules::InspectionType::Serving
            && inspection.inspectorIds.size() < rules::InspectionQuota::ServingInspectors) {
            plan.understaffed.append(inspection);
        }
    }

    QHash<qint64, const Licence *> licenceById;
    for (const Licence &licence : licences)
        licenceById.insert(licence.id, &licence);

    for (const rules::QuotaPlace &place : std::as_const(plan.quota.places)) {
        PlanPriority p;
        p.premisesId = place.premisesId;
        p.premises = place.name;
        p.licenceIds = place.licenceIds;
        p.licenceNumbers = place.licenceNumbers;
        p.inspectionsThisYear = place.inspections;

        int earlierFindings = 0;
        bool lateHours = false;
        bool spirits = false;
        for (const qint64 id : place.licenceIds) {
            earlierFindings += findingsByLicence.value(id, 0);
            const Licence *licence = licenceById.value(id, nullptr);
            if (!licence)
                continue;
            if (licence->premises.type == PremisesType::Nightclub || licence->premises.type == PremisesType::Bar)
                lateHours = true;
            if (licence->isServingKind() && (licence->groups & Group3))
                spirits = true;
        }
        int findingsThisYear = 0;
        for (const Inspection &inspection : inspections) {
            if (!place.licenceIds.contains(inspection.licenceId) || !rules::InspectionQuota::counts(inspection.type))
                continue;
            if (inspection.date.year() == year)
                findingsThisYear += int(inspection.findings.size());
            if (inspection.date.isValid() && (!today.isValid() || inspection.date <= today)
                && (!p.lastInspection.isValid() || inspection.date > p.lastInspection)) {
                p.lastInspection = inspection.date;
            }
        }

        if (place.inspections == 0) {
            p.score += NotInspectedPoints;
            p.reasons << tr("not inspected in %1").arg(year);
        }
        if (earlierFindings > 0) {
            p.score += std::min(FindingPointsMax, earlierFindings * FindingPoints);
            p.reasons << tr("findings in earlier years: %1").arg(earlierFindings);
        }
        if (findingsThisYear > 0) {
            p.score += std::min(FindingPointsMax, findingsThisYear * FindingPoints);
            p.reasons << tr("findings in %1: %2").arg(year).arg(findingsThisYear);
        }
        if (lateHours) {
            p.score += LateHoursPoints;
            p.reasons << tr("late serving hours (bar or nightclub)");
        }
        if (spirits) {
            p.score += SpiritsPoints;
            p.reasons << tr("serves spirits (group 3)");
        }
        if (!p.lastInspection.isValid()) {
            p.score += NeverInspectedPoints;
            p.reasons << tr("never inspected");
        } else if (today.isValid()) {
            const qint64 days = p.lastInspection.daysTo(today);
            const int points = int(std::min<qint64>(DaysPointsMax, days / DaysPerPoint));
            if (points > 0) {
                p.score += points;
                p.reasons << tr("last inspected %1 (%2 days ago)").arg(formatDate(p.lastInspection)).arg(days);
            }
        }
        plan.priority.append(p);
    }
    std::stable_sort(plan.priority.begin(), plan.priority.end(), [](const PlanPriority &a, const PlanPriority &b) {
        if (a.score != b.score)
            return a.score > b.score;
        const int byName = QString::localeAwareCompare(a.premises, b.premises);
        if (byName != 0)
            return byName < 0;
        return a.licenceNumbers.value(0) < b.licenceNumbers.value(0);
    });
    return plan;
}

} // namespace bevilling
