#pragma once

#include <QDate>

namespace bevilling::rules {

// Licence periods under alkoholloven § 1-6 (rules.md B.1, decisions.md 1).
//
// Municipal sales and serving licences run for at most four years and end no later than
// 30 September in the year after a new municipal council takes office. Councils are elected in
// 2015, 2019, 2023, 2027, ..., so the common period boundaries are 30.9.2016, 30.9.2020,
// 30.9.2024, 30.9.2028, ... (before 2016 the boundary day was 30 June: 30.6.2012, 30.6.2008).
class LicencePeriod
{
public:
    enum class Reading {
        // Default: the first boundary on or after the grant, capped at 4 years - 1 day.
        FixedBoundary,
        // Alternative, flagged for legal review: for a grant between a council's taking office
        // (1 October of the election year) and the next boundary, "the new council" is the next
        // one to take office, so the end is grant + 4 years - 1 day.
        NextCouncil,
    };

    // True for the years in which a period ends (2016 + 4k).
    static bool isBoundaryYear(int year);
    // The period boundary of a boundary year: 30 September from 2016, 30 June before.
    static QDate boundaryOf(int boundaryYear);
    // The first boundary on or after `date`.
    static QDate boundaryOnOrAfter(const QDate &date);

    // The latest end date of an ordinary licence granted on `granted`.
    static QDate latestEnd(const QDate &granted, Reading reading = Reading::FixedBoundary);
    // The end after a council's continuation decision (§ 1-6 third paragraph): the next boundary
    // after the current end.
    static QDate continuedEnd(const QDate &currentEnd);
    // The common period containing `date`: from the day after the previous boundary to the next.
    static QDate periodStart(const QDate &date);
    static QDate periodEnd(const QDate &date) { return boundaryOnOrAfter(date); }
};

} // namespace bevilling::rules
