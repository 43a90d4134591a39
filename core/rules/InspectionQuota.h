#pragma once

#include "Result.h"
#include "domain/Licence.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace bevilling::rules {

// The yearly inspection requirement (alkoholforskriften § 9-5 and § 9-7, rules.md F,
// decisions.md 7): every licensed place at least once a year, at least 3 x the number of licences
// in total, and two inspectors at serving places. Pure: the caller passes the licences and the
// inspection records.

enum class InspectionType {
    Serving,         // ordinary serving inspection (two inspectors, § 9-5)
    Sales,           // ordinary sales inspection (one inspector is enough)
    InternalControl, // internkontroll: documents and routines
    Event,           // at a single event
    Tobacco,         // tilsyn etter tobakksskadeloven: outside the alcohol law, never counted
};

struct InspectionRecord
{
    QString id;               // the inspection's reference ("K-17"), optional
    QDate date;
    qint64 premisesId = 0;    // the place inspected (0: unknown, then licenceId decides)
    qint64 licenceId = 0;     // the licence inspected (0: unknown)
    InspectionType type = InspectionType::Serving;
    int inspectors = 2;
};

struct QuotaSettings
{
    // decisions.md 7: the "3 x licences" total counts ordinary sales and serving licences only
    // (permanent and seasonal), not single-occasion or travelling ones. Off: every kind counts.
    bool countOrdinaryOnly = true;
};

// A place that must be inspected in the year: one premises with the licences counted there.
struct QuotaPlace
{
    qint64 premisesId = 0;
    QString name;
    QList<qint64> licenceIds;
    QStringList licenceNumbers;
    int inspections = 0;      // counted inspections of the place in the year
};

struct QuotaResult
{
    int year = 0;
    int licences = 0;         // licences counted: in force during the year (and ordinary, by default)
    int required = 0;         // 3 x licences
    int done = 0;             // alcohol inspections in the year (tobacco not counted)
    bool met = false;         // done >= required
    double perLicence = 0;    // done / licences (0 without licences)
    QList<QuotaPlace> places;         // every place to inspect, in licence order
    QList<QuotaPlace> notInspected;   // places with no inspection in the year
    QList<InspectionRecord> understaffed; // serving inspections with fewer than two inspectors
};

class InspectionQuota
{
    Q_DECLARE_TR_FUNCTIONS(InspectionQuota)
public:
    static constexpr int PerLicence = 3;
    static constexpr int ServingInspectors = 2;

    // Whether `licence` was in force on at least one day of `year` (from validFrom to validTo,
    // and before an end date).
    static bool inForceDuring(const Licence &licence, int year);
    // Whether an inspection of `type` counts towards the alcohol-law total.
    static bool counts(InspectionType type) { return type != InspectionType::Tobacco; }

    // Error.field names the offending record: "inspections[3].inspectors" or "year".
    static Result<QuotaResult> evaluate(int year, const QList<Licence> &licences,
                                        const QList<InspectionRecord> &inspections,
                                        const QuotaSettings &settings = {});
};

} // namespace bevilling::rules
