#pragma once

#include "domain/Licence.h"
#include "inspections/Inspection.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace bevilling {

// One problem with an inspection. `field` names the input ("date", "end", "inspectors",
// "inspectors[1]", "findings[0].signs", "checklist[2]", "report_sent"); `code` is a stable key
// (InspectionValidator::Code...). Errors refuse a save; warnings are shown and do not.
struct InspectionProblem
{
    QString field;
    QString message;
    bool warning = false;
    QString code;
};

// Checks an inspection before it is saved (rules.md F, alkoholforskriften chapter 9). Pure.
//
// Errors: no licence ("licence"); date missing or after `today` ("date"); start or end time missing;
// end equal to start, or end before start unless the end is before 06:00 (the inspection went on
// past midnight) ("end"); no inspector ("inspectors"); an inspector not in `all` ("inspectors[i]");
// an unknown finding code ("findings[i].code"); a finding without description
// ("findings[i].description"); an intoxication finding (InspectionTexts::needsSigns) without signs
// or with only a conclusion such as "beruset" ("findings[i].signs"), and for intoxicated_served
// without what was served or when ("findings[i].signs.served", "findings[i].signs.when"); an unknown
// checklist key ("checklist[i].key"); a report sent before the inspection or after `today`
// ("report_sent"); comments received before the report was sent or after `today`
// ("comments_received").
//
// The single-inspector rule: a serving inspection needs two inspectors (alkoholforskriften § 9-5).
// With one inspector it is an ERROR (code CodeSingleInspector) unless confirmedSingleInspector is
// set, then a warning with the same code.
//
// Warnings: an inspector without a recorded knowledge test ("inspectors[i]"); the report not sent
// within a week of the inspection ("report_sent", informational); a checked checklist item marked
// not in order while the inspection has no finding ("checklist[i]").
class InspectionValidator
{
    Q_DECLARE_TR_FUNCTIONS(InspectionValidator)
public:
    static inline const QString CodeLicence = QStringLiteral("licence_missing");
    static inline const QString CodeDateMissing = QStringLiteral("date_missing");
    static inline const QString CodeDateFuture = QStringLiteral("date_future");
    static inline const QString CodeTimeMissing = QStringLiteral("time_missing");
    static inline const QString CodeEndEqualsStart = QStringLiteral("end_equals_start");
    static inline const QString CodeEndBeforeStart = QStringLiteral("end_before_start");
    static inline const QString CodeNoInspector = QStringLiteral("no_inspector");
    static inline const QString CodeUnknownInspector = QStringLiteral("unknown_inspector");
    static inline const QString CodeSingleInspector = QStringLiteral("single_inspector");
    static inline const QString CodeInspectorUntested = QStringLiteral("inspector_untested");
    static inline const QString CodeUnknownFinding = QStringLiteral("unknown_finding");
    static inline const QString CodeDescriptionMissing = QStringLiteral("description_missing");
    static inline const QString CodeSignsMissing = QStringLiteral("signs_missing");
    static inline const QString CodeBareConclusion = QStringLiteral("bare_conclusion");
    static inline const QString CodeServedMissing = QStringLiteral("served_missing");
    static inline const QString CodeUnknownChecklist = QStringLiteral("unknown_checklist");
    static inline const QString CodeChecklistWithoutFinding = QStringLiteral("checklist_without_finding");
    static inline const QString CodeReportDate = QStringLiteral("report_date");
    static inline const QString CodeReportLate = QStringLiteral("report_late");
    static inline const QString CodeCommentsDate = QStringLiteral("comments_date");

    // The latest end time that still counts as "after midnight" when the end is before the start.
    static QTime latestEndAfterMidnight() { return QTime(6, 0); }

    static QList<InspectionProblem> check(const Inspection &inspection, const QList<Inspector> &all,
                                          const Licence *licence, const QDate &today);

    static bool hasErrors(const QList<InspectionProblem> &problems);
    // The first error, if any (problems keep the order of the fields above).
    static const InspectionProblem *firstError(const QList<InspectionProblem> &problems);
    // Whether a sign text is only a conclusion ("beruset", "påvirket", "drunk") and no observation.
    static bool isBareConclusion(const QString &text);
};

} // namespace bevilling
