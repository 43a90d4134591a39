#include "inspections/InspectionValidator.h"

#include "rules/Findings.h"

namespace bevilling {

namespace {

InspectionProblem problem(const QString &field, const QString &code, const QString &message, bool warning = false)
{
    return InspectionProblem{field, message, warning, code};
}

} // namespace

bool InspectionValidator::isBareConclusion(const QString &text)
{
    static const QStringList conclusions = {
        QStringLiteral("beruset"),         QStringLiteral("påvirket"),    QStringLiteral("åpenbart påvirket"),
        QStringLiteral("tydelig påvirket"), QStringLiteral("full"),        QStringLiteral("ruset"),
        QStringLiteral("drunk"),           QStringLiteral("intoxicated"), QStringLiteral("obviously intoxicated"),
    };
    QString normalised = text.simplified().toLower();
    while (normalised.endsWith(QLatin1Char('.')) || normalised.endsWith(QLatin1Char('!')))
        normalised.chop(1);
    return conclusions.contains(normalised);
}

QList<InspectionProblem> InspectionValidator::check(const Inspection &in, const QList<Inspector> &all,
                                                    const Licence *licence, const QDate &today)
{
    QList<InspectionProblem> problems;

    if (!licence || in.licenceId == 0)
        problems.append(problem(QStringLiteral("licence"), CodeLicence, tr("Licence: choose the licence that was inspected.")));

    if (!in.date.isValid()) {
        problems.append(problem(QStringLiteral("date"), CodeDateMissing, tr("Date: enter the day of the inspection.")));
    } else if (today.isValid() && in.date > today) {
        problems.append(problem(QStringLiteral("date"), CodeDateFuture,
                                tr("Date: %1 is in the future; record an inspection after it has taken place.")
                                    .arg(formatDate(in.date))));
    }

    if (!in.start.isValid())
        problems.append(problem(QStringLiteral("start"), CodeTimeMissing, tr("Start: enter when the inspection started.")));
    if (!in.end.isValid()) {
        problems.append(problem(QStringLiteral("end"), CodeTimeMissing, tr("End: enter when the inspection ended.")));
    } else if (in.start.isValid()) {
        const QString startText = in.start.toString(QStringLiteral("HH:mm"));
        const QString endText = in.end.toString(QStringLiteral("HH:mm"));
        if (in.end == in.start) {
            problems.append(problem(QStringLiteral("end"), CodeEndEqualsStart,
                                    tr("End: %1 is the same time as the start.").arg(endText)));
        } else if (in.end < in.start && in.end >= latestEndAfterMidnight()) {
            problems.append(problem(QStringLiteral("end"), CodeEndBeforeStart,
                                    tr("End: %1 is before the start (%2); an inspection that goes on past midnight "
                                       "ends before 06:00.")
                                        .arg(endText, startText)));
        }
    }

    if (in.inspectorIds.isEmpty()) {
        problems.append(problem(QStringLiteral("inspectors"), CodeNoInspector,
                                tr("Inspectors: choose who carried out the inspection.")));
    }
    for (int i = 0; i < in.inspectorIds.size(); ++i) {
        const QString field = QStringLiteral("inspectors[%1]").arg(i);
        const Inspector *found = nullptr;
        for (const Inspector &inspector : all) {
            if (inspector.id == in.inspectorIds.at(i)) {
                found = &inspector;
                break;
            }
        }
        if (!found) {
            problems.append(problem(field, CodeUnknownInspector,
                                    tr("Inspectors: %1 is not in the register of inspectors.").arg(in.inspectorIds.at(i))));
        } else if (!found->knowledgeTestPassed.isValid()) {
            problems.append(problem(field, CodeInspectorUntested,
                                    tr("Inspectors: %1 has no recorded knowledge test for inspectors.").arg(found->name),
                                    true));
        }
    }
    if (in.type == rules::InspectionType::Serving && in.inspectorIds.size() == 1) {
        if (in.confirmedSingleInspector) {
            problems.append(problem(QStringLiteral("inspectors"), CodeSingleInspector,
                                    tr("Inspectors: this serving inspection had one inspector; two are required at "
                                       "serving places (alkoholforskriften § 9-5)."),
                                    true));
        } else {
            problems.append(problem(QStringLiteral("inspectors"), CodeSingleInspector,
                                    tr("Inspectors: a serving inspection needs two inspectors (alkoholforskriften § 9-5); "
                                       "add the second inspector or confirm that only one took part.")));
        }
    }

    for (int i = 0; i < in.findings.size(); ++i) {
        const InspectionFinding &finding = in.findings.at(i);
        const QString path = QStringLiteral("findings[%1]").arg(i);
        if (!rules::Findings::find(finding.code)) {
            problems.append(problem(path + QStringLiteral(".code"), CodeUnknownFinding,
                                    tr("Finding %1: \"%2\" is not a finding code of alkoholforskriften § 10-3.")
                                        .arg(i + 1)
                                        .arg(finding.code)));
        }
        if (finding.description.trimmed().isEmpty()) {
            problems.append(problem(path + QStringLiteral(".description"), CodeDescriptionMissing,
                                    tr("Finding %1: describe what was found.").arg(i + 1)));
        }
        if (!InspectionTexts::needsSigns(finding.code))
            continue;
        const QString signsPath = path + QStringLiteral(".signs");
        if (!finding.signs || finding.signs->isEmpty()) {
            problems.append(problem(signsPath, CodeSignsMissing,
                                    tr("Finding %1: describe the signs of intoxication that were observed (speech, "
                                       "balance, behaviour).")
                                        .arg(i + 1)));
            continue;
        }
        const IntoxicationSigns &signs = *finding.signs;
        bool observed = false;
        for (const QString &text : {signs.speech, signs.balance, signs.behaviour}) {
            if (!text.trimmed().isEmpty() && !isBareConclusion(text))
                observed = true;
        }
        if (!observed) {
            problems.append(problem(signsPath, CodeBareConclusion,
                                    tr("Finding %1: \"intoxicated\" is a conclusion; describe what was observed (speech, "
                                       "balance, behaviour).")
                                        .arg(i + 1)));
        }
        if (finding.code == QLatin1String("intoxicated_served")) {
            if (signs.served.trimmed().isEmpty()) {
                problems.append(problem(signsPath + QStringLiteral(".served"), CodeServedMissing,
                                        tr("Finding %1: enter what was served.").arg(i + 1)));
            }
            if (!signs.when.isValid()) {
                problems.append(problem(signsPath + QStringLiteral(".when"), CodeServedMissing,
                                        tr("Finding %1: enter when it was served.").arg(i + 1)));
            }
        }
    }

    const QStringList keys = InspectionTexts::checklistKeys();
    for (int i = 0; i < in.checklist.size(); ++i) {
        const ChecklistItem &item = in.checklist.at(i);
        const QString path = QStringLiteral("checklist[%1]").arg(i);
        if (!keys.contains(item.key)) {
            problems.append(problem(path + QStringLiteral(".key"), CodeUnknownChecklist,
                                    tr("Checklist: \"%1\" is not a checklist item.").arg(item.key)));
        } else if (item.checked && !item.inOrder && in.findings.isEmpty()) {
            problems.append(problem(path, CodeChecklistWithoutFinding,
                                    tr("Checklist: \"%1\" is marked not in order, but the inspection has no finding.")
                                        .arg(InspectionTexts::checklistName(item.key)),
                                    true));
        }
    }

    if (in.reportSent.isValid()) {
        if (in.date.isValid() && in.reportSent < in.date) {
            problems.append(problem(QStringLiteral("report_sent"), CodeReportDate,
                                    tr("Report sent: %1 is before the inspection (%2).")
                                        .arg(formatDate(in.reportSent), formatDate(in.date))));
        } else if (today.isValid() && in.reportSent > today) {
            problems.append(problem(QStringLiteral("report_sent"), CodeReportDate,
                                    tr("Report sent: %1 is in the future.").arg(formatDate(in.reportSent))));
        } else if (in.date.isValid() && in.reportSent > in.reportDue()) {
            problems.append(problem(QStringLiteral("report_sent"), CodeReportLate,
                                    tr("Report sent: %1, more than a week after the inspection (due %2).")
                                        .arg(formatDate(in.reportSent), formatDate(in.reportDue())),
                                    true));
        }
    } else if (in.date.isValid() && today.isValid() && today > in.reportDue() && in.date <= today) {
        problems.append(problem(QStringLiteral("report_sent"), CodeReportLate,
                                tr("Report: not sent yet; it was due %1, a week after the inspection.")
                                    .arg(formatDate(in.reportDue())),
                                true));
    }
    if (in.commentsReceived.isValid()) {
        if (!in.reportSent.isValid() || in.commentsReceived < in.reportSent) {
            problems.append(problem(QStringLiteral("comments_received"), CodeCommentsDate,
                                    tr("Comments received: %1 is before the report was sent.")
                                        .arg(formatDate(in.commentsReceived))));
        } else if (today.isValid() && in.commentsReceived > today) {
            problems.append(problem(QStringLiteral("comments_received"), CodeCommentsDate,
                                    tr("Comments received: %1 is in the future.").arg(formatDate(in.commentsReceived))));
        }
    }
    return problems;
}

bool InspectionValidator::hasErrors(const QList<InspectionProblem> &problems)
{
    return firstError(problems) != nullptr;
}

const InspectionProblem *InspectionValidator::firstError(const QList<InspectionProblem> &problems)
{
    for (const InspectionProblem &p : problems) {
        if (!p.warning)
            return &p;
    }
    return nullptr;
}

} // namespace bevilling
