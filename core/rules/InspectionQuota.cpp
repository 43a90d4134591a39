#include "InspectionQuota.h"

#include <QHash>

namespace bevilling::rules {

namespace {
const QString kInvalid = QStringLiteral("invalid");

bool inspects(const InspectionRecord &record, const QuotaPlace &place)
{
    return (place.premisesId != 0 && record.premisesId == place.premisesId)
        || (record.licenceId != 0 && place.licenceIds.contains(record.licenceId));
}
} // namespace

bool InspectionQuota::inForceDuring(const Licence &licence, int year)
{
    const QDate first(year, 1, 1);
    const QDate last(year, 12, 31);
    if (!licence.validFrom.isValid() || licence.validFrom > last)
        return false;
    if (licence.validTo.isValid() && licence.validTo < first)
        return false;
    // Ended on a day: in force until the day before (Licence::statusOn).
    if (licence.endedOn.isValid() && (licence.endedOn <= first || licence.endedOn <= licence.validFrom))
        return false;
    return true;
}

Result<QuotaResult> InspectionQuota::evaluate(int year, const QList<Licence> &licences,
                                              const QList<InspectionRecord> &inspections, const QuotaSettings &settings)
{
    if (year < 1900 || year > 2200)
        return makeError(kInvalid, tr("year: %1 is not a year between 1900 and 2200.").arg(year), QStringLiteral("year"));
    for (int i = 0; i < inspections.size(); ++i) {
        const InspectionRecord &record = inspections.at(i);
        const QString path = QStringLiteral("inspections[%1]").arg(i);
        if (!record.date.isValid())
            return makeError(kInvalid, tr("%1.date: the inspection date is missing.").arg(path), path + QStringLiteral(".date"));
        if (record.inspectors < 1)
            return makeError(kInvalid, tr("%1.inspectors: an inspection has at least one inspector.").arg(path),
                             path + QStringLiteral(".inspectors"));
    }

    QuotaResult result;
    result.year = year;
    QHash<qint64, int> placeOfPremises; // premises id -> index in result.places
    for (const Licence &licence : licences) {
        if (!inForceDuring(licence, year))
            continue;
        if (settings.countOrdinaryOnly && !licence.isOrdinary())
            continue;
        ++result.licences;
        const qint64 premisesId = licence.premises.id;
        int index = premisesId != 0 ? placeOfPremises.value(premisesId, -1) : -1;
        if (index < 0) {
            QuotaPlace place;
            place.premisesId = premisesId;
            place.name = licence.premises.name;
            result.places.append(place);
            index = int(result.places.size()) - 1;
            if (premisesId != 0)
                placeOfPremises.insert(premisesId, index);
        }
        result.places[index].licenceIds.append(licence.id);
        result.places[index].licenceNumbers.append(licence.number);
    }

    for (const InspectionRecord &record : inspections) {
        if (record.date.year() != year || !counts(record.type))
            continue;
        ++result.done;
        for (QuotaPlace &place : result.places) {
            if (inspects(record, place))
                ++place.inspections;
        }
        if (record.type == InspectionType::Serving && record.inspectors < ServingInspectors)
            result.understaffed.append(record);
    }
    for (const QuotaPlace &place : std::as_const(result.places)) {
        if (place.inspections == 0)
            result.notInspected.append(place);
    }

    result.required = PerLicence * result.licences;
    result.met = result.done >= result.required;
    result.perLicence = result.licences > 0 ? double(result.done) / result.licences : 0.0;
    return result;
}

} // namespace bevilling::rules
