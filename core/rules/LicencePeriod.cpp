#include "LicencePeriod.h"

#include <algorithm>

namespace bevilling::rules {

namespace {
constexpr int kFirstSeptemberBoundary = 2016;

int floorMod(int a, int b)
{
    const int r = a % b;
    return r < 0 ? r + b : r;
}
} // namespace

bool LicencePeriod::isBoundaryYear(int year)
{
    return floorMod(year - kFirstSeptemberBoundary, 4) == 0;
}

QDate LicencePeriod::boundaryOf(int boundaryYear)
{
    return boundaryYear >= kFirstSeptemberBoundary ? QDate(boundaryYear, 9, 30) : QDate(boundaryYear, 6, 30);
}

QDate LicencePeriod::boundaryOnOrAfter(const QDate &date)
{
    if (!date.isValid())
        return {};
    int year = date.year() + floorMod(kFirstSeptemberBoundary - date.year(), 4);
    QDate boundary = boundaryOf(year);
    if (boundary < date)
        boundary = boundaryOf(year + 4);
    return boundary;
}

QDate LicencePeriod::latestEnd(const QDate &granted, Reading reading)
{
    if (!granted.isValid())
        return {};
    const QDate cap = granted.addYears(4).addDays(-1);
    QDate end = std::min(boundaryOnOrAfter(granted), cap);
    if (reading == Reading::NextCouncil) {
        // A grant after the council elected in year E took office (1 October E) and before the
        // boundary of E+1 runs to the boundary after the next council, capped at 4 years.
        const int electionYear = granted.month() >= 10 ? granted.year() : granted.year() - 1;
        const bool inWindow = isBoundaryYear(electionYear + 1) && granted <= boundaryOf(electionYear + 1);
        if (inWindow)
            end = std::min(boundaryOf(electionYear + 5), cap);
    }
    return end;
}

QDate LicencePeriod::continuedEnd(const QDate &currentEnd)
{
    return currentEnd.isValid() ? boundaryOnOrAfter(currentEnd.addDays(1)) : QDate();
}

QDate LicencePeriod::periodStart(const QDate &date)
{
    const QDate end = boundaryOnOrAfter(date);
    if (!end.isValid())
        return {};
    return boundaryOf(end.year() - 4).addDays(1);
}

} // namespace bevilling::rules
