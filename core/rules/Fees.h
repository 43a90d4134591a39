#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>

#include <optional>

namespace bevilling::rules {

// National fee rates of one year (alkoholforskriften § 6-2, rules.md D.2): kroner per litre of
// product by alcohol group, and the minimum fee, for sales and serving licences.
struct FeeRates
{
    int year = 0;
    std::optional<double> sale[2];    // groups 1, 2 (group 2 unknown in some years)
    std::optional<double> serving[3]; // groups 1, 2, 3
    double saleMinimum = 0;
    double servingMinimum = 0;
    std::optional<double> travellingCap; // per occasion (ambulerende)
    QString source;
};

enum class FeeKind { Sale, Serving };

struct FeeResult
{
    int year = 0;
    FeeKind kind = FeeKind::Serving;
    QList<double> byGroup; // kroner per group, rounded to øre
    double sum = 0;
    double minimum = 0;
    double fee = 0; // max(sum, minimum)
};

// The yearly table. Years are keyed by calendar year (rates change on 1 January); a year with no
// row is an error, never a guess (decisions.md 10).
class FeeRateTable
{
    Q_DECLARE_TR_FUNCTIONS(FeeRateTable)
public:
    // The national table shipped in resources/rates/national-fee-rates.json.
    static const FeeRateTable &national();
    static Result<FeeRateTable> fromJson(const QJsonObject &document);

    QList<int> years() const { return m_rates.keys(); }
    Result<FeeRates> forYear(int year) const;

private:
    QMap<int, FeeRates> m_rates;
};

struct FeeRules; // rules/RuleSet.h: a municipality's single-occasion, travelling and estimated fees

// The true-up (etteroppgjør, AF § 6-3) of one licence's year: the fee on actual litres against the
// fee on expected litres, both at that year's rates and both with the minimum applied.
struct TrueUp
{
    FeeResult expected;
    FeeResult actual;
    double difference = 0; // actual.fee - expected.fee: above 0 an extra charge, below 0 a refund

    bool isExtraCharge() const { return difference > 0; }
    bool isRefund() const { return difference < 0; }
};

// A single-occasion licence (rules.md D.3): who comes, what kind of event and, for the per-litre
// method, the expected litres per group (serving: groups 1-3).
struct SingleOccasionQuery
{
    int attendance = 0;
    QString eventType;      // "cultural", "voluntary", "senior_centre", "other", "closed_party" or empty
    QList<double> litres;   // for the per-litre method; empty: no turnover (the minimum)
};

struct SingleOccasionFee
{
    enum class Method { PerLitre, FixedAmount, PercentOfOrdinary, TravellingRate };
    Method method = Method::PerLitre;
    double fee = 0;         // rounded to øre
    int tier = -1;          // index of the matching tier in FeeRules::singleOccasionTiers, -1 for per litre
    double base = 0;        // the ordinary fee the percentage refers to (PercentOfOrdinary)
};

struct TravellingFee
{
    double fee = 0;         // the municipality's rate, at most the national cap of the year
    double cap = 0;         // the year's national cap per occasion
    bool capped = false;    // the municipality's rate was above the cap
};

class Fees
{
    Q_DECLARE_TR_FUNCTIONS(Fees)
public:
    // Rounds kroner to whole øre.
    static double roundToOre(double kroner);
    // The annual fee for expected litres per group, in group order (sale: 1-2 values, serving:
    // 1-3 values; missing groups count as 0 litres). Error.field is "litres" or "year".
    static Result<FeeResult> annualFee(const FeeRates &rates, FeeKind kind, const QList<double> &litres);

    // Etteroppgjør from actual against expected litres at the year's rates (worked example 14).
    // Error.field is "expected" or "actual" (with the reason of annualFee).
    static Result<TrueUp> trueUp(const FeeRates &rates, FeeKind kind, const QList<double> &expectedLitres,
                                 const QList<double> &actualLitres);
    // The estimated fee when a turnover report is missing after a reminder: last year's fee plus
    // `percent` % (Bærum 50: 20 326 -> 30 489, worked example 15). Error.field "last_year_fee" or
    // "percent".
    static Result<double> estimatedFee(double lastYearFee, double percent);
    // The same with the rule set's percentage; a rule set without one is an error ("estimated_fee_percent").
    static Result<double> estimatedFee(const FeeRules &rules, double lastYearFee);
    // The travelling-licence (ambulerende) fee per occasion: the rule set's rate, or the national
    // cap when it sets none, never above the cap of the year. A year whose cap is unknown is an
    // error ("travelling_cap").
    static Result<TravellingFee> travellingFee(const FeeRules &rules, const FeeRates &rates);
    // The fee of a single-occasion licence under the rule set (rules.md D.3, decisions.md 8):
    // "per_litre" charges the serving rates with the serving minimum; "tiers" uses the first tier
    // that matches the event type and attendance (a fixed amount, a percentage of the ordinary fee,
    // or the travelling rate). No matching tier is an error ("attendance").
    static Result<SingleOccasionFee> singleOccasionFee(const FeeRules &rules, const FeeRates &rates,
                                                       const SingleOccasionQuery &query);
};

} // namespace bevilling::rules
