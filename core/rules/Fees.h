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

class Fees
{
    Q_DECLARE_TR_FUNCTIONS(Fees)
public:
    // Rounds kroner to whole øre.
    static double roundToOre(double kroner);
    // The annual fee for expected litres per group, in group order (sale: 1-2 values, serving:
    // 1-3 values; missing groups count as 0 litres). Error.field is "litres" or "year".
    static Result<FeeResult> annualFee(const FeeRates &rates, FeeKind kind, const QList<double> &litres);
};

} // namespace bevilling::rules
