#include "fees/FeeLine.h"

#include "cases/Case.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace bevilling {

namespace {

const QString kInvalid = QStringLiteral("validation");

rules::FeeKind feeKindOf(LicenceKind kind)
{
    return kind == LicenceKind::Sale ? rules::FeeKind::Sale : rules::FeeKind::Serving;
}

// "20 000", "1 234,5": litres with a space as the thousands separator and a decimal comma.
QString formatLitres(double litres)
{
    const qint64 hundredths = qRound64(litres * 100.0);
    const bool negative = hundredths < 0;
    const qint64 abs = negative ? -hundredths : hundredths;
    QString whole = QString::number(abs / 100);
    for (int i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, QLatin1Char(' '));
    QString text = (negative ? QStringLiteral("-") : QString()) + whole;
    const qint64 fraction = abs % 100;
    if (fraction != 0) {
        QString digits = QStringLiteral("%1").arg(fraction, 2, 10, QLatin1Char('0'));
        if (digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        text += QLatin1Char(',') + digits;
    }
    return text;
}

std::optional<double> rateOf(const rules::FeeRates &rates, rules::FeeKind kind, int index)
{
    if (kind == rules::FeeKind::Sale)
        return index < 2 ? rates.sale[index] : std::nullopt;
    return index < 3 ? rates.serving[index] : std::nullopt;
}

// "20 000 l group 1 × kr 0,57 = kr 11 400,00; 5 000 l group 2 × kr 1,49 = kr 7 450,00"
QString groupParts(const rules::FeeRates &rates, rules::FeeKind kind, const QList<double> &litres,
                   const rules::FeeResult &result)
{
    QStringList parts;
    for (int i = 0; i < litres.size(); ++i) {
        if (litres.at(i) <= 0)
            continue;
        const std::optional<double> rate = rateOf(rates, kind, i);
        const double kroner = i < result.byGroup.size() ? result.byGroup.at(i) : 0;
        parts.append(FeeCalculator::tr("%1 l group %2 × %3 = %4")
                         .arg(formatLitres(litres.at(i)))
                         .arg(i + 1)
                         .arg(formatAmount(rate.value_or(0)), formatAmount(kroner)));
    }
    if (parts.isEmpty())
        parts.append(FeeCalculator::tr("0 l"));
    return parts.join(QStringLiteral("; "));
}

// The parts, then the sum and the minimum where it applies.
QString feeText(const rules::FeeRates &rates, rules::FeeKind kind, const QList<double> &litres,
                const rules::FeeResult &result)
{
    QString text = groupParts(rates, kind, litres, result);
    if (result.fee > result.sum + 0.005)
        text += FeeCalculator::tr("; sum %1 is below the minimum fee %2").arg(formatAmount(result.sum), formatAmount(result.minimum));
    else if (litres.size() > 1)
        text += FeeCalculator::tr("; sum %1").arg(formatAmount(result.sum));
    return text;
}

struct LineKey
{
    qint64 licenceId = 0;
    FeeLineKind kind = FeeLineKind::Provisional;
    int basisYear = 0;
    qint64 caseId = 0;
    bool operator==(const LineKey &o) const
    {
        return licenceId == o.licenceId && kind == o.kind && basisYear == o.basisYear && caseId == o.caseId;
    }
};

size_t qHash(const LineKey &key, size_t seed = 0)
{
    return ::qHash(key.licenceId, seed) ^ ::qHash(static_cast<int>(key.kind), seed) ^ ::qHash(key.basisYear, seed)
           ^ ::qHash(key.caseId, seed);
}

LineKey keyOf(const FeeLine &line)
{
    return LineKey{line.licenceId, line.kind, line.basisYear, line.caseId.value_or(0)};
}

int kindOrder(FeeLineKind kind)
{
    return static_cast<int>(kind);
}

class Assessor
{
public:
    Assessor(const FeeInput &input, const rules::FeeRates &rates, std::optional<rules::FeeRates> previousRates)
        : m_in(input), m_rates(rates), m_previousRates(std::move(previousRates))
    {
        for (const TurnoverReport &r : input.reports)
            m_reports.insert(qMakePair(r.licenceId, r.year), &r);
        for (const FeeLine &line : input.issued)
            m_issued.insert(keyOf(line));
        for (const Licence &l : input.licences)
            m_licences.insert(l.id, &l);
    }

    FeeAssessment run()
    {
        m_result.year = m_in.year;
        for (const FeeLine &line : m_in.issued) {
            if (line.year == m_in.year)
                m_result.lines.append(line);
        }
        for (const Licence &licence : m_in.licences) {
            if (licence.isOrdinary())
                assessOrdinary(licence);
        }
        for (const Case &c : m_in.cases)
            assessCase(c);
        std::stable_sort(m_result.lines.begin(), m_result.lines.end(), [](const FeeLine &a, const FeeLine &b) {
            return std::make_tuple(a.licenceNumber, kindOrder(a.kind), a.basisYear, a.caseId.value_or(0))
                   < std::make_tuple(b.licenceNumber, kindOrder(b.kind), b.basisYear, b.caseId.value_or(0));
        });
        return m_result;
    }

private:
    const TurnoverReport *report(qint64 licenceId, int year) const
    {
        return m_reports.value(qMakePair(licenceId, year), nullptr);
    }

    FeeLine lineFor(const Licence &licence, FeeLineKind kind, int basisYear) const
    {
        FeeLine line;
        line.year = m_in.year;
        line.licenceId = licence.id;
        line.licenceNumber = licence.number;
        line.licenseeName = licence.licensee.name;
        line.orgNumber = licence.licensee.orgNumber;
        line.kind = kind;
        line.basisYear = basisYear;
        return line;
    }

    // Adds the line unless an issued line has its key (then the issued one is already listed).
    void add(const FeeLine &line)
    {
        if (!m_issued.contains(keyOf(line)))
            m_result.lines.append(line);
    }

    bool isIssued(const Licence &licence, FeeLineKind kind, int basisYear, qint64 caseId = 0) const
    {
        return m_issued.contains(LineKey{licence.id, kind, basisYear, caseId});
    }

    void problem(const Licence &licence, const QString &code, const QString &message)
    {
        m_result.problems.append(FeeProblem{licence.id, licence.number, code, message});
    }

    void assessOrdinary(const Licence &licence)
    {
        const int year = m_in.year;
        const rules::FeeKind kind = feeKindOf(licence.kind);
        const ReportDuty duty = TurnoverRules::duty(licence, year);
        const TurnoverReport *current = report(licence.id, year);

        if (duty.required && duty.needsExpected && !isIssued(licence, FeeLineKind::Provisional, year)
            && !isIssued(licence, FeeLineKind::Estimated, year)) {
            if (current && current->isReceived() && current->expected) {
                provisional(licence, kind, *current->expected);
            } else {
                const TurnoverState state = TurnoverRules::state(current, TurnoverRules::deadlineFor(m_in.deadline, licence),
                                                                 m_in.settings, m_in.asOf);
                if (state == TurnoverState::Overdue)
                    estimated(licence, kind);
                else if (current && current->isReceived())
                    problem(licence, QStringLiteral("report_missing"),
                            FeeCalculator::tr("The report of %1 has no expected litres; no provisional fee.").arg(year));
                else
                    problem(licence, QStringLiteral("report_missing"),
                            FeeCalculator::tr("The report of %1 has not been received (%2); no fee yet.")
                                .arg(year)
                                .arg(TurnoverRules::stateName(state)));
            }
        }

        if (m_in.settings.trueUp && !isIssued(licence, FeeLineKind::TrueUp, year - 1)) {
            const TurnoverReport *previous = report(licence.id, year - 1);
            if (current && current->isReceived() && current->actual && previous && previous->expected)
                trueUp(licence, kind, *previous->expected, *current->actual);
        }
    }

    void provisional(const Licence &licence, rules::FeeKind kind, const GroupLitres &expected)
    {
        const QList<double> litres = expected.forFee(licence.kind);
        const Result<rules::FeeResult> fee = rules::Fees::annualFee(m_rates, kind, litres);
        if (!fee) {
            problem(licence, QStringLiteral("no_rates"), fee.error().message);
            return;
        }
        FeeLine line = lineFor(licence, FeeLineKind::Provisional, m_in.year);
        line.litres = expected;
        line.amount = fee->fee;
        line.minimumApplied = fee->fee > fee->sum + 0.005;
        line.basis = FeeCalculator::tr("Expected %1: %2").arg(m_in.year).arg(feeText(m_rates, kind, litres, *fee));
        add(line);
    }

    // Last year's fee: its issued provisional and estimated lines of year - 1, or else the
    // provisional fee computed from its report of year - 1.
    std::optional<double> lastYearFee(const Licence &licence, rules::FeeKind kind) const
    {
        const int previousYear = m_in.year - 1;
        double sum = 0;
        bool found = false;
        for (const FeeLine &line : m_in.issued) {
            if (line.licenceId == licence.id && line.year == previousYear
                && (line.kind == FeeLineKind::Provisional || line.kind == FeeLineKind::Estimated)) {
                sum += line.amount;
                found = true;
            }
        }
        if (found)
            return sum;
        const TurnoverReport *previous = report(licence.id, previousYear);
        if (previous && previous->expected && m_previousRates) {
            const Result<rules::FeeResult> fee =
                rules::Fees::annualFee(*m_previousRates, kind, previous->expected->forFee(licence.kind));
            if (fee)
                return fee->fee;
        }
        return std::nullopt;
    }

    void estimated(const Licence &licence, rules::FeeKind kind)
    {
        const std::optional<double> last = lastYearFee(licence, kind);
        const double base = last ? *last : (kind == rules::FeeKind::Sale ? m_rates.saleMinimum : m_rates.servingMinimum);
        const Result<double> fee = rules::Fees::estimatedFee(m_in.feeRules, base);
        if (!fee) {
            problem(licence, QStringLiteral("report_missing"),
                    FeeCalculator::tr("The report of %1 is overdue after the reminder, and the rule set sets no "
                                      "estimated fee; decide the fee by discretion.")
                        .arg(m_in.year));
            return;
        }
        FeeLine line = lineFor(licence, FeeLineKind::Estimated, m_in.year);
        line.amount = *fee;
        const QString percent = QString::number(m_in.feeRules.estimatedFeePercent.value_or(0), 'g', 6);
        line.basis = last ? FeeCalculator::tr("Estimated %1: report missing after the reminder; last year's fee %2 + %3 % = %4")
                                .arg(m_in.year)
                                .arg(formatAmount(base), percent, formatAmount(*fee))
                          : FeeCalculator::tr("Estimated %1: report missing after the reminder; no fee last year, so the "
                                              "minimum fee %2 + %3 % = %4")
                                .arg(m_in.year)
                                .arg(formatAmount(base), percent, formatAmount(*fee));
        add(line);
    }

    void trueUp(const Licence &licence, rules::FeeKind kind, const GroupLitres &expected, const GroupLitres &actual)
    {
        const int previousYear = m_in.year - 1;
        if (!m_previousRates) {
            problem(licence, QStringLiteral("no_rates"),
                    FeeCalculator::tr("There are no fee rates for %1; no true-up of %1.").arg(previousYear));
            return;
        }
        const QList<double> expectedLitres = expected.forFee(licence.kind);
        const QList<double> actualLitres = actual.forFee(licence.kind);
        const Result<rules::TrueUp> result = rules::Fees::trueUp(*m_previousRates, kind, expectedLitres, actualLitres);
        if (!result) {
            problem(licence, QStringLiteral("no_rates"), result.error().message);
            return;
        }
        const double difference = rules::Fees::roundToOre(result->difference);
        if (std::abs(difference) < 0.005)
            return;
        FeeLine line = lineFor(licence, FeeLineKind::TrueUp, previousYear);
        line.litres = actual;
        line.expectedLitres = expected;
        line.amount = difference;
        line.minimumApplied = result->actual.fee > result->actual.sum + 0.005;
        const QString outcome = difference > 0 ? FeeCalculator::tr("extra charge %1").arg(formatAmount(difference))
                                               : FeeCalculator::tr("refund %1").arg(formatAmount(-difference));
        line.basis = FeeCalculator::tr("True-up %1: actual %2 = %3 against expected %4 = %5: %6")
                         .arg(previousYear)
                         .arg(feeText(*m_previousRates, kind, actualLitres, result->actual), formatAmount(result->actual.fee),
                              feeText(*m_previousRates, kind, expectedLitres, result->expected),
                              formatAmount(result->expected.fee), outcome);
        add(line);
    }

    void assessCase(const Case &c)
    {
        if (c.type != CaseType::SingleOccasion && c.type != CaseType::TravellingUse)
            return;
        if (!c.decision || c.decision->outcome != DecisionOutcome::Granted)
            return;
        const QDate event = c.application.validFrom.isValid() ? c.application.validFrom : c.decision->validFrom;
        if (!event.isValid() || event.year() != m_in.year || !c.licenceId)
            return;
        const Licence *found = m_licences.value(*c.licenceId, nullptr);
        Licence licence;
        if (found) {
            licence = *found;
        } else {
            licence = c.application;
            licence.id = *c.licenceId;
        }
        const FeeLineKind kind = c.type == CaseType::SingleOccasion ? FeeLineKind::SingleOccasion : FeeLineKind::Travelling;
        if (isIssued(licence, kind, m_in.year, c.id))
            return;
        FeeLine line = lineFor(licence, kind, m_in.year);
        line.caseId = c.id;
        const QString event_ = c.application.eventName.isEmpty() ? c.number : c.application.eventName;
        if (kind == FeeLineKind::Travelling) {
            const Result<rules::TravellingFee> fee = rules::Fees::travellingFee(m_in.feeRules, m_rates);
            if (!fee) {
                problem(licence, QStringLiteral("no_rates"), fee.error().message);
                return;
            }
            line.amount = fee->fee;
            line.basis = fee->capped ? FeeCalculator::tr("Travelling licence use %1 (%2): the national cap %3")
                                           .arg(formatDate(event), event_, formatAmount(fee->fee))
                                     : FeeCalculator::tr("Travelling licence use %1 (%2): %3 (national cap %4)")
                                           .arg(formatDate(event), event_, formatAmount(fee->fee), formatAmount(fee->cap));
            add(line);
            return;
        }
        rules::SingleOccasionQuery query;
        query.attendance = c.attendance.value_or(0);
        query.eventType = c.eventType;
        const Result<rules::SingleOccasionFee> fee = rules::Fees::singleOccasionFee(m_in.feeRules, m_rates, query);
        if (!fee) {
            problem(licence, QStringLiteral("no_tier"), fee.error().message);
            return;
        }
        line.amount = fee->fee;
        QString how;
        switch (fee->method) {
        case rules::SingleOccasionFee::Method::PerLitre:
            line.minimumApplied = true;
            how = FeeCalculator::tr("the serving minimum %1").arg(formatAmount(fee->fee));
            break;
        case rules::SingleOccasionFee::Method::FixedAmount:
            how = FeeCalculator::tr("fixed amount %1").arg(formatAmount(fee->fee));
            break;
        case rules::SingleOccasionFee::Method::PercentOfOrdinary:
            how = FeeCalculator::tr("share of the ordinary fee %1 = %2").arg(formatAmount(fee->base), formatAmount(fee->fee));
            break;
        case rules::SingleOccasionFee::Method::TravellingRate:
            how = FeeCalculator::tr("the travelling licence rate %1").arg(formatAmount(fee->fee));
            break;
        }
        line.basis = FeeCalculator::tr("Single occasion %1 (%2, %3 people): %4")
                         .arg(formatDate(event), event_)
                         .arg(query.attendance)
                         .arg(how);
        add(line);
    }

    const FeeInput &m_in;
    const rules::FeeRates &m_rates;
    const std::optional<rules::FeeRates> m_previousRates;
    QHash<QPair<qint64, int>, const TurnoverReport *> m_reports;
    QHash<qint64, const Licence *> m_licences;
    QSet<LineKey> m_issued;
    FeeAssessment m_result;
};

} // namespace

double FeeAssessment::total() const
{
    double sum = 0;
    for (const FeeLine &line : lines)
        sum += line.amount;
    return rules::Fees::roundToOre(sum);
}

Result<FeeAssessment> FeeCalculator::assess(const FeeInput &input)
{
    const rules::FeeRateTable &table = input.rates ? *input.rates : rules::FeeRateTable::national();
    Result<rules::FeeRates> rates = table.forYear(input.year);
    if (!rates)
        return makeError(kInvalid,
                         tr("There are no fee rates for %1. Add the year's national rates before computing its fees.")
                             .arg(input.year),
                         QStringLiteral("year"), rates.error().message);
    Result<rules::FeeRates> previous = table.forYear(input.year - 1);
    std::optional<rules::FeeRates> previousRates;
    if (previous)
        previousRates = *std::move(previous);
    const rules::FeeRates current = *std::move(rates);
    Assessor assessor(input, current, previousRates);
    return assessor.run();
}

QString FeeTexts::kindKey(FeeLineKind kind)
{
    switch (kind) {
    case FeeLineKind::Provisional:
        return QStringLiteral("provisional");
    case FeeLineKind::TrueUp:
        return QStringLiteral("true_up");
    case FeeLineKind::Estimated:
        return QStringLiteral("estimated");
    case FeeLineKind::SingleOccasion:
        return QStringLiteral("single_occasion");
    case FeeLineKind::Travelling:
        return QStringLiteral("travelling");
    }
    return QString();
}

std::optional<FeeLineKind> FeeTexts::kindFromKey(const QString &key)
{
    for (FeeLineKind kind : allKinds()) {
        if (kindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString FeeTexts::kindName(FeeLineKind kind)
{
    switch (kind) {
    case FeeLineKind::Provisional:
        return tr("Provisional fee");
    case FeeLineKind::TrueUp:
        return tr("True-up");
    case FeeLineKind::Estimated:
        return tr("Estimated fee");
    case FeeLineKind::SingleOccasion:
        return tr("Single-occasion fee");
    case FeeLineKind::Travelling:
        return tr("Travelling licence fee");
    }
    return QString();
}

QList<FeeLineKind> FeeTexts::allKinds()
{
    return {FeeLineKind::Provisional, FeeLineKind::TrueUp, FeeLineKind::Estimated, FeeLineKind::SingleOccasion,
            FeeLineKind::Travelling};
}

} // namespace bevilling
