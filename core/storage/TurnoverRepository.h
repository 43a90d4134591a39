#pragma once

#include "Clock.h"
#include "Result.h"
#include "inspections/Sanction.h"
#include "turnover/TurnoverReport.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace bevilling {

class Database;
struct TurnoverImportPreview; // turnover/TurnoverCsv.h

// One licence's line in the year's overview of reports (TurnoverRepository::overview).
struct TurnoverStatus
{
    Licence licence;
    ReportDuty duty;
    std::optional<TurnoverReport> report;          // this year's, if any row exists
    std::optional<TurnoverReport> previousReport;  // last year's, for the flags
    TurnoverState state = TurnoverState::NotDue;
    QList<TurnoverFlag> flags;                     // TurnoverRules::flags when received
    std::optional<qint64> sanctionCaseId;          // a turnover_report_missing case for this year exists
};

struct TurnoverOverview
{
    int year = 0;
    ReportDeadline deadline;
    FeeCycleSettings settings;
    QList<TurnoverStatus> rows; // every licence with a duty in the year, by licence number
};

// Turnover reports (omsetningsoppgaver) and the fee-cycle settings. Every write is one transaction
// with an audit entry (entity "turnover_report"; settings: "fee_cycle"); a refused write changes
// nothing.
//
// Validation field ids: "licence", "year", "received_on", "actual.group1".."actual.group3",
// "expected.group1".."expected.group3", "reminder_sent_on", "requested_on".
// Rules: the licence exists and has a duty in the year (ReportDuty); year 2000-2100; litres >= 0
// and finite; received_on not in the future (Clock) and not before 1 October of year - 1; a
// received report has the litres its duty needs; a reminder is not dated before the deadline.
class TurnoverRepository
{
    Q_DECLARE_TR_FUNCTIONS(TurnoverRepository)
public:
    static inline const QString AuditEntity = QStringLiteral("turnover_report");
    static inline const QString SettingsAuditEntity = QStringLiteral("fee_cycle");
    static inline const QString ErrorValidation = QStringLiteral("validation");
    static inline const QString ErrorNotFound = QStringLiteral("not_found");
    static inline const QString ErrorReadOnly = QStringLiteral("read_only");
    static inline const QString ErrorIo = QStringLiteral("io");

    TurnoverRepository(const Database &db, const Clock &clock);

    // Reports of a year and/or a licence, by licence number then year.
    Result<QList<TurnoverReport>> list(std::optional<int> year = std::nullopt,
                                       std::optional<qint64> licenceId = std::nullopt) const;
    Result<std::optional<TurnoverReport>> find(qint64 licenceId, int year) const;
    // Inserts or replaces the licence's report of the year (matched on licence and year; `id` is
    // ignored). Returns the stored report.
    Result<TurnoverReport> save(const TurnoverReport &report);
    Status remove(qint64 licenceId, int year);

    // Every licence with a duty in `year` and where its report stands on `asOf`.
    Result<TurnoverOverview> overview(int year, const QDate &asOf) const;
    // Records that the request letter (requestedOn) or the reminder (reminderSentOn) went to these
    // licences on `sentOn`, creating not-received rows where needed. All or nothing.
    Status recordRequests(int year, const QList<qint64> &licenceIds, const QDate &sentOn);
    Status recordReminders(int year, const QList<qint64> &licenceIds, const QDate &sentOn);
    // A proposed sanction case (SanctionRepository::createFromReport) for `turnover_report_missing`:
    // offence date the day after the licence's deadline (TurnoverRules::deadlineFor), source "Omsetningsoppgave <year>". Refused
    // (ErrorValidation, field "state") unless the state on `asOf` is Missing, Reminded or Overdue
    // with the deadline passed, or when a case for this licence and year already exists.
    Result<SanctionCase> proposeSanction(qint64 licenceId, int year, const QDate &asOf);

    // Saves every importable row of the preview in one transaction (rows with errors are skipped;
    // the caller decides whether to refuse a preview with errors). Returns the number saved.
    Result<int> importRows(const TurnoverImportPreview &preview);

    Result<FeeCycleSettings> settings() const;
    Status saveSettings(const FeeCycleSettings &settings); // field ids "change_threshold", "reminder_reply_days", "payment_days"

    // For the exchange format.
    static Result<QList<TurnoverReport>> readAll(const QSqlDatabase &db);
    static Status insertAsIs(const QSqlDatabase &db, const TurnoverReport &report);
    static Result<FeeCycleSettings> readSettings(const QSqlDatabase &db);
    static Status restoreSettings(const QSqlDatabase &db, const FeeCycleSettings &settings);

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace bevilling
