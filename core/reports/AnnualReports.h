#pragma once

#include "Clock.h"
#include "Result.h"
#include "reports/Report.h"

#include <QCoreApplication>
#include <QStringList>

namespace bevilling {
class Database;
}

namespace bevilling::reports {

// The annual reports (issue 6, rules.md H). Each reads the register with aggregate queries (a
// register the size of Oslo: 2 000 licences, 10 years of reports, 60 000 inspections builds in well
// under a second) and returns a Report. A year without data gives a report with zeros, not an error;
// a year outside 2000-2100 is an Error (field "year").
class AnnualReports
{
    Q_DECLARE_TR_FUNCTIONS(AnnualReports)
public:
    static QStringList kinds(); // "turnover", "fees", "inspections", "council", "national"
    static QString kindTitle(const QString &kind);

    // 1. Turnover: actual litres per year (from the reports filed the year after) by sales group
    //    1-2 and serving group 1-3, for `year` and up to 9 years before; multi-year table, change from
    //    the previous year in %, expected litres for `year`, a trend chart; figures flagged for review
    //    (changes above the threshold). Key figures "turnover.sale_group1" ... "turnover.serving_group3",
    //    "turnover.total" (actual litres of `year`), "turnover.reports_received".
    static Result<Report> turnover(const Database &db, int year);
    // 2. Fees: per licence and totals; provisional, true-up (extra and refund), estimated, single
    //    occasion, travelling, total, paid and unpaid (issued lines; computed lines when the year is not
    //    issued yet, marked so). Key figures "fees.provisional", "fees.true_up", "fees.estimated",
    //    "fees.single_occasion", "fees.travelling", "fees.total", "fees.paid", "fees.unpaid",
    //    "fees.minimum_count" (paid and unpaid are empty while the year is computed, not issued).
    static Result<Report> fees(const Database &db, const Clock &clock, int year);
    // 3. Inspections and sanctions: inspections by type, findings by code, sanction cases, prikker
    //    given, suspensions and days, appeals and outcomes, licences by kind and by group coverage at
    //    year end (seed 002's table shape, with the previous two years beside), the § 9-7 minimum met
    //    or not, places not inspected, serving inspections with one inspector. Key figures
    //    "inspections.total", "inspections.required", "inspections.minimum_met" (bool),
    //    "inspections.not_inspected", "findings.total", "sanctions.cases", "sanctions.prikker",
    //    "sanctions.suspensions", "sanctions.suspension_days", "sanctions.appeals",
    //    "licences.sale", "licences.serving".
    static Result<Report> inspections(const Database &db, int year);
    // 4. The annual briefing for the council (årlig orienteringssak, Bærum 3.3): the three above
    //    with generated paragraphs, plus case processing times against the four months.
    static Result<Report> council(const Database &db, const Clock &clock, int year);
    // 5. The figures reported nationally (rules.md H): one table "national" with columns
    //    code;description;value, codes documented in docs/reports.md.
    static Result<Report> national(const Database &db, const Clock &clock, int year);

    // Any of the above by kind; an unknown kind is an Error (field "kind").
    static Result<Report> build(const QString &kind, const Database &db, const Clock &clock, int year);
};

} // namespace bevilling::reports
