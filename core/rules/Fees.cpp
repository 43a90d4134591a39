#include "Fees.h"

#include "rules/RuleSet.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace bevilling::rules {

namespace {
const QString kInvalid = QStringLiteral("invalid");

std::optional<double> rateValue(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble())
        return value.toDouble();
    return std::nullopt;
}
} // namespace

const FeeRateTable &FeeRateTable::national()
{
    static const FeeRateTable table = [] {
        QFile file(QStringLiteral(":/rates/national-fee-rates.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The national fee-rate table is missing from the program resources.");
        Result<FeeRateTable> parsed = fromJson(QJsonDocument::fromJson(file.readAll()).object());
        if (!parsed.ok())
            qFatal("The national fee-rate table is invalid: %s", qPrintable(parsed.error().message));
        return std::move(parsed).value();
    }();
    return table;
}

Result<FeeRateTable> FeeRateTable::fromJson(const QJsonObject &document)
{
    if (document.value(QStringLiteral("format")).toString() != QLatin1String("bevilling-fee-rates"))
        return makeError(kInvalid, tr("format: not a fee-rate table (expected \"bevilling-fee-rates\")."), QStringLiteral("format"));
    if (document.value(QStringLiteral("format_version")).toInt() != 1)
        return makeError(kInvalid, tr("format_version: only version 1 is supported."), QStringLiteral("format_version"));
    FeeRateTable table;
    const QJsonArray years = document.value(QStringLiteral("years")).toArray();
    for (int i = 0; i < years.size(); ++i) {
        const QString path = QStringLiteral("years[%1]").arg(i);
        const QJsonObject row = years.at(i).toObject();
        FeeRates rates;
        rates.year = row.value(QStringLiteral("year")).toInt();
        if (rates.year < 1900 || rates.year > 2200)
            return makeError(kInvalid, tr("%1.year: must be a year between 1900 and 2200.").arg(path), path + QStringLiteral(".year"));
        if (table.m_rates.contains(rates.year))
            return makeError(kInvalid, tr("%1.year: %2 appears twice.").arg(path).arg(rates.year), path + QStringLiteral(".year"));
        const QJsonObject sale = row.value(QStringLiteral("sale")).toObject();
        const QJsonObject serving = row.value(QStringLiteral("serving")).toObject();
        rates.sale[0] = rateValue(sale, QStringLiteral("group1"));
        rates.sale[1] = rateValue(sale, QStringLiteral("group2"));
        for (int g = 0; g < 3; ++g)
            rates.serving[g] = rateValue(serving, QStringLiteral("group%1").arg(g + 1));
        const std::optional<double> saleMinimum = rateValue(sale, QStringLiteral("minimum"));
        const std::optional<double> servingMinimum = rateValue(serving, QStringLiteral("minimum"));
        if (!rates.sale[0] || !saleMinimum)
            return makeError(kInvalid, tr("%1.sale: the group 1 rate and the minimum are required.").arg(path), path + QStringLiteral(".sale"));
        if (!rates.serving[0] || !rates.serving[1] || !rates.serving[2] || !servingMinimum)
            return makeError(kInvalid, tr("%1.serving: the rates of groups 1-3 and the minimum are required.").arg(path),
                             path + QStringLiteral(".serving"));
        rates.saleMinimum = *saleMinimum;
        rates.servingMinimum = *servingMinimum;
        rates.travellingCap = rateValue(row, QStringLiteral("travelling_cap"));
        rates.source = row.value(QStringLiteral("source")).toString();
        table.m_rates.insert(rates.year, rates);
    }
    return table;
}

Result<FeeRates> FeeRateTable::forYear(int year) const
{
    const auto it = m_rates.constFind(year);
    if (it == m_rates.constEnd()) {
        QStringList known;
        for (int y : m_rates.keys())
            known.append(QString::number(y));
        return makeError(kInvalid, tr("year: there are no fee rates for %1 (rates exist for %2).").arg(year).arg(known.join(QStringLiteral(", "))),
                         QStringLiteral("year"));
    }
    return it.value();
}

double Fees::roundToOre(double kroner)
{
    return static_cast<double>(std::llround(kroner * 100.0)) / 100.0;
}

Result<FeeResult> Fees::annualFee(const FeeRates &rates, FeeKind kind, const QList<double> &litres)
{
    const int groups = kind == FeeKind::Sale ? 2 : 3;
    if (litres.isEmpty() || litres.size() > groups) {
        return makeError(kInvalid,
                         kind == FeeKind::Sale ? tr("litres: a sales licence takes litres for groups 1 and 2 (1 or 2 values).")
                                               : tr("litres: a serving licence takes litres for groups 1, 2 and 3 (1 to 3 values)."),
                         QStringLiteral("litres"));
    }
    FeeResult result;
    result.year = rates.year;
    result.kind = kind;
    for (int g = 0; g < groups; ++g) {
        const double l = g < litres.size() ? litres.at(g) : 0.0;
        if (!std::isfinite(l) || l < 0)
            return makeError(kInvalid, tr("litres: group %1 must be 0 or more litres.").arg(g + 1), QStringLiteral("litres"));
        const std::optional<double> rate = kind == FeeKind::Sale ? rates.sale[g] : rates.serving[g];
        if (!rate) {
            if (l > 0)
                return makeError(kInvalid, tr("litres: there is no rate for group %1 in %2.").arg(g + 1).arg(rates.year),
                                 QStringLiteral("litres"));
            result.byGroup.append(0.0);
            continue;
        }
        const double amount = roundToOre(l * *rate);
        result.byGroup.append(amount);
        result.sum += amount;
    }
    result.sum = roundToOre(result.sum);
    result.minimum = kind == FeeKind::Sale ? rates.saleMinimum : rates.servingMinimum;
    result.fee = std::max(result.sum, result.minimum);
    return result;
}

namespace {
// Fees::annualFee's error about one side of a true-up, with the side as its field.
Error sideError(const Error &error, const QString &side, const QString &message)
{
    return makeError(error.code, message, side, error.detail);
}
} // namespace

Result<TrueUp> Fees::trueUp(const FeeRates &rates, FeeKind kind, const QList<double> &expectedLitres,
                            const QList<double> &actualLitres)
{
    const Result<FeeResult> expected = annualFee(rates, kind, expectedLitres);
    if (!expected)
        return sideError(expected.error(), QStringLiteral("expected"), tr("expected: %1").arg(expected.error().message));
    const Result<FeeResult> actual = annualFee(rates, kind, actualLitres);
    if (!actual)
        return sideError(actual.error(), QStringLiteral("actual"), tr("actual: %1").arg(actual.error().message));
    TrueUp result;
    result.expected = *expected;
    result.actual = *actual;
    result.difference = roundToOre(actual->fee - expected->fee);
    return result;
}

Result<double> Fees::estimatedFee(double lastYearFee, double percent)
{
    if (!std::isfinite(lastYearFee) || lastYearFee < 0)
        return makeError(kInvalid, tr("last_year_fee: last year's fee must be 0 kroner or more."), QStringLiteral("last_year_fee"));
    if (!std::isfinite(percent) || percent < 0)
        return makeError(kInvalid, tr("percent: the surcharge must be 0 % or more."), QStringLiteral("percent"));
    return roundToOre(lastYearFee * (100.0 + percent) / 100.0);
}

Result<double> Fees::estimatedFee(const FeeRules &rules, double lastYearFee)
{
    if (!rules.estimatedFeePercent) {
        return makeError(kInvalid, tr("estimated_fee_percent: the rule set has no percentage for an estimated fee."),
                         QStringLiteral("estimated_fee_percent"));
    }
    return estimatedFee(lastYearFee, *rules.estimatedFeePercent);
}

Result<TravellingFee> Fees::travellingFee(const FeeRules &rules, const FeeRates &rates)
{
    if (!rates.travellingCap) {
        return makeError(kInvalid,
                         tr("travelling_cap: the national cap per occasion for a travelling licence in %1 is not known; "
                            "enter it in the fee-rate table first.")
                             .arg(rates.year),
                         QStringLiteral("travelling_cap"));
    }
    if (rules.travellingRate && (!std::isfinite(*rules.travellingRate) || *rules.travellingRate < 0))
        return makeError(kInvalid, tr("travelling_rate: must be 0 kroner or more."), QStringLiteral("travelling_rate"));
    TravellingFee result;
    result.cap = *rates.travellingCap;
    const double rate = rules.travellingRate.value_or(result.cap);
    result.capped = rate > result.cap;
    result.fee = roundToOre(std::min(rate, result.cap));
    return result;
}

Result<SingleOccasionFee> Fees::singleOccasionFee(const FeeRules &rules, const FeeRates &rates,
                                                  const SingleOccasionQuery &query)
{
    if (query.attendance < 0)
        return makeError(kInvalid, tr("attendance: the number of people cannot be negative."), QStringLiteral("attendance"));
    SingleOccasionFee result;
    if (rules.singleOccasionMethod == QLatin1String("per_litre")) {
        const QList<double> litres = query.litres.isEmpty() ? QList<double>{0.0} : query.litres;
        const Result<FeeResult> fee = annualFee(rates, FeeKind::Serving, litres);
        if (!fee)
            return fee.error();
        result.method = SingleOccasionFee::Method::PerLitre;
        result.fee = fee->fee;
        return result;
    }
    if (rules.singleOccasionMethod != QLatin1String("tiers")) {
        return makeError(kInvalid, tr("single_occasion_method: \"%1\" is not a method; use per_litre or tiers.").arg(rules.singleOccasionMethod),
                         QStringLiteral("single_occasion_method"));
    }
    for (int i = 0; i < rules.singleOccasionTiers.size(); ++i) {
        const SingleOccasionTier &tier = rules.singleOccasionTiers.at(i);
        if (!tier.eventType.isEmpty() && tier.eventType != query.eventType)
            continue;
        if (query.attendance < tier.minAttendance || (tier.maxAttendance && query.attendance > *tier.maxAttendance))
            continue;
        result.tier = i;
        const QString path = QStringLiteral("single_occasion_tiers[%1]").arg(i);
        if (tier.amount) {
            result.method = SingleOccasionFee::Method::FixedAmount;
            result.fee = roundToOre(*tier.amount);
        } else if (tier.percentOfOrdinary) {
            result.method = SingleOccasionFee::Method::PercentOfOrdinary;
            if (rules.ordinaryFeeAmount) {
                result.base = *rules.ordinaryFeeAmount;
            } else if (rules.ordinaryFeeBase == QLatin1String("serving_minimum")) {
                result.base = rates.servingMinimum;
            } else {
                return makeError(kInvalid, tr("ordinary_fee: the rule set does not say which ordinary fee %1 refers to.").arg(path),
                                 QStringLiteral("ordinary_fee"));
            }
            result.fee = roundToOre(result.base * *tier.percentOfOrdinary / 100.0);
        } else if (tier.travellingRate) {
            const Result<TravellingFee> travelling = travellingFee(rules, rates);
            if (!travelling)
                return travelling.error();
            result.method = SingleOccasionFee::Method::TravellingRate;
            result.fee = travelling->fee;
        } else {
            return makeError(kInvalid, tr("%1: the tier sets no amount, percentage or travelling rate.").arg(path), path);
        }
        return result;
    }
    return makeError(kInvalid,
                     query.eventType.isEmpty()
                         ? tr("attendance: no single-occasion fee tier of the rule set covers %1 people.").arg(query.attendance)
                         : tr("attendance: no single-occasion fee tier of the rule set covers %1 people at an event of type \"%2\".")
                               .arg(query.attendance)
                               .arg(query.eventType),
                     QStringLiteral("attendance"));
}

} // namespace bevilling::rules
