#include "TurnoverReport.h"


#include <cmath>

namespace bevilling {

namespace {

// Litres as the user writes them: "20 000", "1 234,5".
QString litresText(double litres)
{
    const qint64 tenths = qRound64(litres * 10.0);
    const bool negative = tenths < 0;
    const qint64 absTenths = negative ? -tenths : tenths;
    QString whole = QString::number(absTenths / 10);
    for (int i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, QLatin1Char(' '));
    QString text = (negative ? QStringLiteral("-") : QString()) + whole;
    if (absTenths % 10 != 0)
        text += QLatin1Char(',') + QString::number(absTenths % 10);
    return text;
}

QString percentText(double percent)
{
    const qint64 tenths = qRound64(percent * 10.0);
    QString text = QString::number(tenths / 10);
    if (tenths % 10 != 0)
        text += QLatin1Char(',') + QString::number(std::abs(tenths % 10));
    if (tenths < 0 && tenths / 10 == 0)
        text.prepend(QLatin1Char('-'));
    return text;
}

// The last day the licence is in force (invalid: open-ended). endedOn is the first day it is not.
QDate lastDayInForce(const Licence &licence)
{
    QDate last = licence.validTo;
    if (licence.endedOn.isValid()) {
        const QDate beforeEnd = licence.endedOn.addDays(-1);
        if (!last.isValid() || beforeEnd < last)
            last = beforeEnd;
    }
    return last;
}

bool inForceDuring(const Licence &licence, const QDate &from, const QDate &to)
{
    const QDate last = lastDayInForce(licence);
    if (licence.validFrom.isValid() && last.isValid() && last < licence.validFrom)
        return false;
    if (licence.validFrom.isValid() && licence.validFrom > to)
        return false;
    if (last.isValid() && last < from)
        return false;
    return true;
}

// Whether `current` differs from `previous` by more than `threshold` percent; `percent` receives the
// change (0 when previous is 0).
bool changedBeyond(double previous, double current, double threshold, double *percent)
{
    if (previous <= 0) {
        *percent = 0;
        return current > 0;
    }
    *percent = (current - previous) / previous * 100.0;
    return std::abs(*percent) > threshold + 1e-9;
}

} // namespace

QList<double> GroupLitres::forFee(LicenceKind kind) const
{
    if (kind == LicenceKind::Sale)
        return {group[0], group[1]};
    return {group[0], group[1], group[2]};
}

bool FeeCycleSettings::operator==(const FeeCycleSettings &o) const
{
    return trueUp == o.trueUp && auditorConfirmationRequired == o.auditorConfirmationRequired
        && changeThresholdPercent == o.changeThresholdPercent && reminderReplyDays == o.reminderReplyDays
        && paymentDays == o.paymentDays;
}

ReportDeadline TurnoverRules::deadline(const rules::RuleSet &ruleSet, int year)
{
    ReportDeadline result;
    if (const rules::RuleSetVersion *version = ruleSet.versionOn(QDate(year, 1, 1))) {
        const std::optional<rules::MonthDay> &day = version->settings.turnoverReportDeadline;
        if (day && day->isValid()) {
            const QDate date(year, day->month, day->day);
            if (date.isValid()) {
                result.date = date;
                result.fromRuleSet = true;
                return result;
            }
        }
    }
    result.date = QDate(year, 3, 1);
    return result;
}

ReportDeadline TurnoverRules::deadlineFor(const ReportDeadline &yearDeadline, const Licence &licence)
{
    if (!licence.validFrom.isValid() || licence.validFrom <= yearDeadline.date)
        return yearDeadline;
    ReportDeadline own = yearDeadline;
    own.date = licence.validFrom.addDays(NewLicenceReportDays);
    own.newLicence = true;
    return own;
}

ReportDuty TurnoverRules::duty(const Licence &licence, int year)
{
    ReportDuty result;
    if (!licence.isOrdinary())
        return result;
    result.needsActual = inForceDuring(licence, QDate(year - 1, 1, 1), QDate(year - 1, 12, 31));
    result.needsExpected = inForceDuring(licence, QDate(year, 1, 1), QDate(year, 12, 31));
    result.required = result.needsActual || result.needsExpected;
    return result;
}

TurnoverState TurnoverRules::state(const TurnoverReport *report, const ReportDeadline &deadline,
                                   const FeeCycleSettings &settings, const QDate &asOf)
{
    if (report && report->isReceived())
        return report->receivedOn <= deadline.date ? TurnoverState::Received : TurnoverState::Late;
    if (asOf <= deadline.date)
        return TurnoverState::NotDue;
    if (report && report->reminderSentOn.isValid()) {
        const QDate replyDeadline = report->reminderSentOn.addDays(settings.reminderReplyDays);
        return asOf <= replyDeadline ? TurnoverState::Reminded : TurnoverState::Overdue;
    }
    return TurnoverState::Missing;
}

QList<TurnoverFlag> TurnoverRules::flags(const TurnoverReport &report, const Licence &licence,
                                         const TurnoverReport *previous, const FeeCycleSettings &settings)
{
    QList<TurnoverFlag> result;
    const double threshold = settings.changeThresholdPercent;

    if (report.actual && previous && previous->actual) {
        for (int g = 0; g < 3; ++g) {
            TurnoverFlag flag;
            flag.code = QStringLiteral("change");
            flag.group = g + 1;
            flag.previous = previous->actual->group[g];
            flag.current = report.actual->group[g];
            if (!changedBeyond(flag.previous, flag.current, threshold, &flag.changePercent))
                continue;
            flag.message = flag.previous <= 0
                ? tr("Group %1: %2 litres in %3 against 0 litres the year before.")
                      .arg(flag.group).arg(litresText(flag.current)).arg(report.year - 1)
                : tr("Group %1: %2 litres in %3 against %4 litres the year before (%5 %).")
                      .arg(flag.group).arg(litresText(flag.current)).arg(report.year - 1)
                      .arg(litresText(flag.previous), percentText(flag.changePercent));
            result.append(flag);
        }
    }
    if (report.actual && report.expected) {
        for (int g = 0; g < 3; ++g) {
            TurnoverFlag flag;
            flag.code = QStringLiteral("change");
            flag.group = g + 1;
            flag.previous = report.actual->group[g];
            flag.current = report.expected->group[g];
            if (!changedBeyond(flag.previous, flag.current, threshold, &flag.changePercent))
                continue;
            flag.message = flag.previous <= 0
                ? tr("Group %1: %2 litres expected in %3 against 0 litres in %4.")
                      .arg(flag.group).arg(litresText(flag.current)).arg(report.year).arg(report.year - 1)
                : tr("Group %1: %2 litres expected in %3 against %4 litres in %5 (%6 %).")
                      .arg(flag.group).arg(litresText(flag.current)).arg(report.year)
                      .arg(litresText(flag.previous)).arg(report.year - 1).arg(percentText(flag.changePercent));
            result.append(flag);
        }
    }
    static const int bits[3] = {Group1, Group2, Group3};
    for (int g = 0; g < 3; ++g) {
        if (licence.groups & bits[g])
            continue;
        const double actual = report.actual ? report.actual->group[g] : 0;
        const double expected = report.expected ? report.expected->group[g] : 0;
        if (actual <= 0 && expected <= 0)
            continue;
        TurnoverFlag flag;
        flag.code = QStringLiteral("group_not_licensed");
        flag.group = g + 1;
        flag.current = std::max(actual, expected);
        flag.message = tr("Group %1: %2 litres reported, but the licence does not cover group %1.")
                           .arg(flag.group).arg(litresText(flag.current));
        result.append(flag);
    }
    if (report.isReceived() && settings.auditorConfirmationRequired && !report.auditorConfirmed) {
        TurnoverFlag flag;
        flag.code = QStringLiteral("auditor_missing");
        flag.message = tr("The auditor's confirmation is missing.");
        result.append(flag);
    }
    if (report.isReceived()) {
        const ReportDuty needs = duty(licence, report.year);
        if (needs.needsActual && !report.actual) {
            TurnoverFlag flag;
            flag.code = QStringLiteral("actual_missing");
            flag.message = tr("The litres of %1 are missing.").arg(report.year - 1);
            result.append(flag);
        }
        if (needs.needsExpected && !report.expected) {
            TurnoverFlag flag;
            flag.code = QStringLiteral("expected_missing");
            flag.message = tr("The expected litres of %1 are missing.").arg(report.year);
            result.append(flag);
        }
    }
    return result;
}

QString TurnoverRules::stateKey(TurnoverState state)
{
    switch (state) {
    case TurnoverState::NotDue: return QStringLiteral("not_due");
    case TurnoverState::Received: return QStringLiteral("received");
    case TurnoverState::Late: return QStringLiteral("late");
    case TurnoverState::Missing: return QStringLiteral("missing");
    case TurnoverState::Reminded: return QStringLiteral("reminded");
    case TurnoverState::Overdue: return QStringLiteral("overdue");
    }
    return {};
}

QString TurnoverRules::stateName(TurnoverState state)
{
    switch (state) {
    case TurnoverState::NotDue: return tr("Not due");
    case TurnoverState::Received: return tr("Received");
    case TurnoverState::Late: return tr("Received late");
    case TurnoverState::Missing: return tr("Missing");
    case TurnoverState::Reminded: return tr("Reminded");
    case TurnoverState::Overdue: return tr("Overdue after reminder");
    }
    return {};
}

} // namespace bevilling
