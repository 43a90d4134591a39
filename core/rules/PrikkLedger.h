#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace bevilling::rules {

// A licence's sanction history and what it adds up to (alkoholforskriften § 10-2 and § 10-3,
// rules.md E.2-E.3, decisions.md 2-5). Pure: the caller passes every event and the date.

struct LedgerFinding
{
    QString code;
    std::optional<int> prikker; // a decided deviation from the standard number
    QString reason;             // required with a deviation
};

struct LedgerEvent
{
    enum class Type { Inspection, Renewal, Transfer, Suspension };
    Type type = Type::Inspection;
    QString id;        // inspection reference ("K-17"), optional
    QDate date;        // inspection (offence) date, renewal or transfer date
    QList<LedgerFinding> findings;
    QDate decided;     // suspension: decision date
    QDate from;        // suspension: first day
    QDate to;          // suspension: last day
};

struct LedgerSettings
{
    // decisions.md 3: the prikker counted when a suspension is decided are used up.
    bool prikkerUsedBySuspension = true;
};

// One counted entry: the findings of one code at one inspection, merged.
struct LedgerEntry
{
    QString inspection;
    QDate date;
    QString code;
    int prikker = 0;
    QDate expires; // first date on which the entry no longer counts (date + 2 years)
};

struct LedgerResult
{
    QDate asOf;
    int activePrikker = 0;
    bool suspensionDue = false;
    int suspensionDays = 0;
    QList<LedgerEntry> active;
};

class PrikkLedger
{
    Q_DECLARE_TR_FUNCTIONS(PrikkLedger)
public:
    static constexpr int Threshold = 12;

    // Suspension length for a total within the window: 0 below 12; 7 days at 12; the day table
    // above 12 (decisions.md 4 beyond 24).
    static int suspensionDays(int total);
    // The first date on which an offence no longer counts. An offence counts on R when its date is
    // after R minus 2 years (decisions.md 2), so an offence on 29 February stops on 1 March.
    static QDate expiryOf(const QDate &offenceDate);

    // Checks codes and deviations; Error.field is a path such as "events[2].findings[0].reason".
    static Status validate(const QList<LedgerEvent> &events);
    // The latest date mentioned by any event (the default "as of").
    static QDate latestDate(const QList<LedgerEvent> &events);
    static Result<LedgerResult> evaluate(const QList<LedgerEvent> &events, const QDate &asOf,
                                         const LedgerSettings &settings = {});
    // "What if": the result of one more finding of `code` at an inspection on `date`.
    static Result<LedgerResult> whatIf(QList<LedgerEvent> events, const QString &code, const QDate &date,
                                       const LedgerSettings &settings = {});

    // The ledger file format of `bevilling-cli prikk` (contracts.md section 3, docs/ledger-format.md).
    static Result<QList<LedgerEvent>> fromJson(const QJsonObject &document);
    static QJsonObject toJson(const LedgerResult &result);
};

} // namespace bevilling::rules
