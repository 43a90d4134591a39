#pragma once

#include "Result.h"
#include "domain/Licence.h"
#include "rules/Fees.h"
#include "rules/RuleSet.h"
#include "turnover/TurnoverReport.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace bevilling {

struct Case;

// What an invoice line charges (rules.md D).
enum class FeeLineKind {
    Provisional,    // "provisional": this year's fee from expected litres, with the minimum
    TrueUp,         // "true_up": last year's actual against expected (extra charge or refund)
    Estimated,      // "estimated": report missing after the reminder (Bærum: last year's fee + 50 %)
    SingleOccasion, // "single_occasion": a single-occasion licence granted for an event in the year
    Travelling,     // "travelling": one use of a travelling licence (ambulerende) in the year
};

// One line of the year's invoice basis. Computed by FeeCalculator; stored (id, issuedOn, dueOn)
// once the administrator issues the year's invoices.
struct FeeLine
{
    qint64 id = 0;               // 0: computed, not issued
    int year = 0;                // the year the line is invoiced in
    qint64 licenceId = 0;
    QString licenceNumber;       // for lists and the CSV (not stored; filled on read)
    QString licenseeName;        // "
    QString orgNumber;           // "
    FeeLineKind kind = FeeLineKind::Provisional;
    int basisYear = 0;           // provisional/estimated/single/travelling: year; true-up: year - 1
    std::optional<qint64> caseId;// single occasion, travelling use
    std::optional<GroupLitres> litres;         // the litres charged (true-up: actual)
    std::optional<GroupLitres> expectedLitres; // true-up: the expected litres invoiced last year
    double amount = 0;           // kroner rounded to øre; negative: a refund
    bool minimumApplied = false;
    QString basis;               // Norwegian: "Forventet 2026: 20 000 l gr. 1 × kr 0,57 ..."
    QDate issuedOn;
    QDate dueOn;
    double paid = 0;             // sum of payments (filled on read)

    bool isIssued() const { return id != 0; }
    double outstanding() const { return amount > 0 ? amount - paid : 0; }
    // Issued, due before `asOf`, a charge (not a refund) and not fully paid.
    bool isOverdue(const QDate &asOf) const { return isIssued() && amount > 0 && paid + 0.005 < amount && dueOn < asOf; }
};

struct FeePayment
{
    qint64 id = 0;
    qint64 feeLineId = 0;
    QDate paidOn;
    double amount = 0;           // kroner, > 0
    QString note;
    QDateTime createdAt;
    QString createdBy;
};

// A licence the calculator could not charge, and why (shown with the year's basis).
struct FeeProblem
{
    qint64 licenceId = 0;
    QString licenceNumber;
    QString code;    // "report_missing" (no report and no estimate yet), "no_rates", "no_last_year_fee", "no_tier"
    QString message; // Norwegian
};

// Everything the year's fees are computed from.
struct FeeInput
{
    int year = 0;
    QList<Licence> licences;            // the whole register
    QList<TurnoverReport> reports;      // filing years `year` and `year - 1` (more is fine)
    QList<Case> cases;                  // decided single-occasion and travelling-use cases
    const rules::FeeRateTable *rates = nullptr;
    rules::FeeRules feeRules;           // the rule set version in force on 1 January of `year`
    ReportDeadline deadline;
    FeeCycleSettings settings;
    QList<FeeLine> issued;              // lines issued for `year - 1` and `year` (last year's fee; what is issued already)
    QDate asOf;                         // today: decides whether a report is overdue (estimated fee)
};

struct FeeAssessment
{
    int year = 0;
    QList<FeeLine> lines;     // every line of the year: issued ones as stored, the rest computed (id 0)
    QList<FeeProblem> problems;
    double total() const;     // sum of amounts
};

// The year's fees (rules.md D, decisions.md 8 and 10):
// - Provisional: every ordinary licence with a duty to report expected litres in `year` whose
//   report is received: annualFee(rates of `year`, expected litres), minimum applied. A licence
//   that ended during the year pays the whole year (the minimum is not pro-rated: rules.md D.1
//   UNCONFIRMED; docs say so).
// - True-up (when settings.trueUp): every licence whose report of `year` has actual litres and whose
//   report of `year - 1` had expected litres: rules::Fees::trueUp at the rates of `year - 1`;
//   a difference of 0 gives no line. Licences that ended during `year - 1` are included.
// - Estimated: a licence whose report of `year` is Overdue on `asOf` (reminder sent, reply deadline
//   passed): rules::Fees::estimatedFee(feeRules, last year's fee), where last year's fee is the sum of
//   its provisional and estimated lines of `year - 1` (issued, or else computed from its report of
//   `year - 1`); without a last year's fee the minimum of the licence's kind; a rule set without an
//   estimated_fee_percent gives a FeeProblem "report_missing" instead.
// - Single occasion: each decided, granted SingleOccasion case whose event (application.validFrom)
//   falls in `year`: rules::Fees::singleOccasionFee with its attendance and event type.
// - Travelling: each decided, granted TravellingUse case with its event in `year`:
//   rules::Fees::travellingFee.
// A line already in `issued` (same licence, kind, basis year and case) is listed as issued and not
// computed again. A year without rates is an Error (field "year") naming the year (decisions.md 10);
// last year's missing rates only stop the true-up lines (FeeProblem "no_rates").
class FeeCalculator
{
    Q_DECLARE_TR_FUNCTIONS(FeeCalculator)
public:
    static Result<FeeAssessment> assess(const FeeInput &input);
};

class FeeTexts
{
    Q_DECLARE_TR_FUNCTIONS(FeeTexts)
public:
    static QString kindKey(FeeLineKind kind);
    static std::optional<FeeLineKind> kindFromKey(const QString &key);
    static QString kindName(FeeLineKind kind); // "Foreløpig gebyr", "Etteroppgjør", "Skjønnsmessig gebyr", ...
    static QList<FeeLineKind> allKinds();
};

// The invoice basis for the accounting system (docs/fees.md), one row per invoice line, UTF-8 with
// BOM, separator ';', decimal comma, dates dd.mm.yyyy. Columns:
// fakturalinje;år;bevillingsnummer;organisasjonsnummer;bevillingshaver;type;grunnlagsår;
// gruppe1_liter;gruppe2_liter;gruppe3_liter;beløp;minstegebyr;fakturadato;forfallsdato;grunnlag
class InvoiceCsv
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceCsv)
public:
    static QByteArray write(const QList<FeeLine> &lines);
};

} // namespace bevilling
