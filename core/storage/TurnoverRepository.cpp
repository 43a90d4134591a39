#include "TurnoverRepository.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/LicenceRepository.h"
#include "storage/RuleSetRepository.h"
#include "storage/SanctionRepository.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "turnover/TurnoverCsv.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace bevilling {

namespace {

const QString kTrueUp = QStringLiteral("fee_cycle.true_up");
const QString kAuditorRequired = QStringLiteral("fee_cycle.auditor_required");
const QString kChangeThreshold = QStringLiteral("fee_cycle.change_threshold");
const QString kReminderReplyDays = QStringLiteral("fee_cycle.reminder_reply_days");
const QString kPaymentDays = QStringLiteral("fee_cycle.payment_days");
const QString kFindingCode = QStringLiteral("turnover_report_missing");

const QString kColumns = QStringLiteral(
    "t.id, t.licence_id, t.year, t.received_on, t.actual_group1, t.actual_group2, t.actual_group3, "
    "t.expected_group1, t.expected_group2, t.expected_group3, t.auditor_confirmed, t.requested_on, "
    "t.reminder_sent_on, t.note, t.created_at, t.updated_at");

Error sqlError(const QSqlQuery &query)
{
    return makeError(TurnoverRepository::ErrorIo, TurnoverRepository::tr("Could not read or write the turnover reports."),
                     {}, query.lastError().text());
}

Error invalid(const QString &field, const QString &message)
{
    return makeError(TurnoverRepository::ErrorValidation, message, field);
}

std::optional<GroupLitres> litresFrom(const QSqlQuery &q, int first)
{
    if (q.value(first).isNull() && q.value(first + 1).isNull() && q.value(first + 2).isNull())
        return std::nullopt;
    GroupLitres litres;
    for (int g = 0; g < 3; ++g)
        litres.group[g] = q.value(first + g).toDouble();
    return litres;
}

TurnoverReport reportFrom(const QSqlQuery &q)
{
    TurnoverReport r;
    r.id = q.value(0).toLongLong();
    r.licenceId = q.value(1).toLongLong();
    r.year = q.value(2).toInt();
    r.receivedOn = SqlValues::dateFrom(q.value(3));
    r.actual = litresFrom(q, 4);
    r.expected = litresFrom(q, 7);
    r.auditorConfirmed = q.value(10).toInt() != 0;
    r.requestedOn = SqlValues::dateFrom(q.value(11));
    r.reminderSentOn = SqlValues::dateFrom(q.value(12));
    r.note = q.value(13).toString();
    r.createdAt = SqlValues::timestampFrom(q.value(14));
    r.updatedAt = SqlValues::timestampFrom(q.value(15));
    return r;
}

void bindLitres(QSqlQuery &q, const std::optional<GroupLitres> &litres)
{
    for (int g = 0; g < 3; ++g)
        q.addBindValue(litres ? QVariant(litres->group[g]) : QVariant());
}

QJsonValue litresJson(const std::optional<GroupLitres> &litres)
{
    if (!litres)
        return QJsonValue();
    return QJsonArray{litres->group[0], litres->group[1], litres->group[2]};
}

QJsonObject toJson(const TurnoverReport &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("licence_id"), double(r.licenceId));
    o.insert(QStringLiteral("year"), r.year);
    o.insert(QStringLiteral("received_on"), r.receivedOn.toString(Qt::ISODate));
    o.insert(QStringLiteral("actual"), litresJson(r.actual));
    o.insert(QStringLiteral("expected"), litresJson(r.expected));
    o.insert(QStringLiteral("auditor_confirmed"), r.auditorConfirmed);
    o.insert(QStringLiteral("requested_on"), r.requestedOn.toString(Qt::ISODate));
    o.insert(QStringLiteral("reminder_sent_on"), r.reminderSentOn.toString(Qt::ISODate));
    o.insert(QStringLiteral("note"), r.note);
    return o;
}

QJsonObject toJson(const FeeCycleSettings &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("true_up"), s.trueUp);
    o.insert(QStringLiteral("auditor_required"), s.auditorConfirmationRequired);
    o.insert(QStringLiteral("change_threshold"), s.changeThresholdPercent);
    o.insert(QStringLiteral("reminder_reply_days"), s.reminderReplyDays);
    o.insert(QStringLiteral("payment_days"), s.paymentDays);
    return o;
}

Result<std::optional<TurnoverReport>> findIn(const QSqlDatabase &db, qint64 licenceId, int year)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM turnover_report t WHERE t.licence_id = ? AND t.year = ?"));
    q.addBindValue(licenceId);
    q.addBindValue(year);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return std::optional<TurnoverReport>();
    return std::optional<TurnoverReport>(reportFrom(q));
}

ReportDeadline deadlineOf(const Database &db, const Clock &clock, int year)
{
    const Result<rules::RuleSet> ruleSet = RuleSetRepository(db, clock).current();
    return TurnoverRules::deadline(ruleSet ? *ruleSet : rules::RuleSet(), year);
}

// Inserts or updates the row of (licence, year) with its audit entry `action`, in the caller's
// transaction. `report` is written as given; created_at is kept on an update.
Result<TurnoverReport> writeIn(const QSqlDatabase &db, const Clock &clock, const TurnoverReport &report,
                               const QString &action)
{
    const Result<std::optional<TurnoverReport>> before = findIn(db, report.licenceId, report.year);
    if (!before)
        return before.error();
    const QString now = SqlValues::timestamp(clock.now());
    QSqlQuery q(db);
    if (*before) {
        q.prepare(QStringLiteral(
            "UPDATE turnover_report SET received_on = ?, actual_group1 = ?, actual_group2 = ?, actual_group3 = ?, "
            "expected_group1 = ?, expected_group2 = ?, expected_group3 = ?, auditor_confirmed = ?, requested_on = ?, "
            "reminder_sent_on = ?, note = ?, updated_at = ? WHERE id = ?"));
    } else {
        q.prepare(QStringLiteral(
            "INSERT INTO turnover_report (received_on, actual_group1, actual_group2, actual_group3, expected_group1, "
            "expected_group2, expected_group3, auditor_confirmed, requested_on, reminder_sent_on, note, updated_at, "
            "licence_id, year, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    }
    q.addBindValue(SqlValues::date(report.receivedOn));
    bindLitres(q, report.actual);
    bindLitres(q, report.expected);
    q.addBindValue(report.auditorConfirmed ? 1 : 0);
    q.addBindValue(SqlValues::date(report.requestedOn));
    q.addBindValue(SqlValues::date(report.reminderSentOn));
    q.addBindValue(SqlValues::text(report.note));
    q.addBindValue(now);
    if (*before) {
        q.addBindValue((*before)->id);
    } else {
        q.addBindValue(report.licenceId);
        q.addBindValue(report.year);
        q.addBindValue(now);
    }
    if (!q.exec())
        return sqlError(q);
    const Result<std::optional<TurnoverReport>> after = findIn(db, report.licenceId, report.year);
    if (!after)
        return after.error();
    if (!*after)
        return makeError(TurnoverRepository::ErrorIo, TurnoverRepository::tr("Could not read or write the turnover reports."));
    const TurnoverReport stored = **after;
    const QString act = action.isEmpty() ? (*before ? QStringLiteral("update") : QStringLiteral("create")) : action;
    const Status audit = AuditLog::record(db, clock, TurnoverRepository::AuditEntity, stored.id, act,
                                          *before ? toJson(**before) : QJsonObject(), toJson(stored));
    if (!audit)
        return audit.error();
    return stored;
}

// Every rule of the header: licence, duty, year, litres, dates.
Status validate(const QSqlDatabase &db, const Database &database, const Clock &clock, const TurnoverReport &r)
{
    if (r.year < 2000 || r.year > 2100)
        return invalid(QStringLiteral("year"), TurnoverRepository::tr("Year: %1 is not a year from 2000 to 2100.").arg(r.year));
    const Result<Licence> licence = LicenceRepository::load(db, r.licenceId);
    if (!licence)
        return invalid(QStringLiteral("licence"), TurnoverRepository::tr("Licence %1 does not exist in this register.").arg(r.licenceId));
    const ReportDuty duty = TurnoverRules::duty(*licence, r.year);
    if (!duty.required) {
        return invalid(QStringLiteral("licence"), TurnoverRepository::tr("Licence %1 has no duty to report turnover for %2.")
                                                      .arg(licence->number).arg(r.year));
    }
    const struct { const std::optional<GroupLitres> *litres; const char *prefix; } parts[] = {
        {&r.actual, "actual.group"}, {&r.expected, "expected.group"}};
    for (const auto &part : parts) {
        if (!*part.litres)
            continue;
        for (int g = 0; g < 3; ++g) {
            const double v = (*part.litres)->group[g];
            if (!std::isfinite(v) || v < 0) {
                return invalid(QLatin1String(part.prefix) + QString::number(g + 1),
                               TurnoverRepository::tr("Group %1: litres must be a number of 0 or more.").arg(g + 1));
            }
        }
    }
    const QDate today = clock.today();
    if (r.receivedOn.isValid()) {
        if (r.receivedOn > today)
            return invalid(QStringLiteral("received_on"), TurnoverRepository::tr("Received: %1 is in the future.").arg(formatDate(r.receivedOn)));
        if (r.receivedOn < QDate(r.year - 1, 10, 1)) {
            return invalid(QStringLiteral("received_on"), TurnoverRepository::tr("Received: %1 is before 1 October %2.")
                                                              .arg(formatDate(r.receivedOn)).arg(r.year - 1));
        }
        if (duty.needsActual && !r.actual)
            return invalid(QStringLiteral("actual.group1"), TurnoverRepository::tr("The litres of %1 are required.").arg(r.year - 1));
        if (duty.needsExpected && !r.expected)
            return invalid(QStringLiteral("expected.group1"), TurnoverRepository::tr("The expected litres of %1 are required.").arg(r.year));
    }
    if (r.requestedOn.isValid() && r.requestedOn > today)
        return invalid(QStringLiteral("requested_on"), TurnoverRepository::tr("Request sent: %1 is in the future.").arg(formatDate(r.requestedOn)));
    if (r.reminderSentOn.isValid()) {
        if (r.reminderSentOn > today)
            return invalid(QStringLiteral("reminder_sent_on"), TurnoverRepository::tr("Reminder sent: %1 is in the future.").arg(formatDate(r.reminderSentOn)));
        const ReportDeadline deadline = deadlineOf(database, clock, r.year);
        if (r.reminderSentOn < deadline.date) {
            return invalid(QStringLiteral("reminder_sent_on"), TurnoverRepository::tr("Reminder sent: %1 is before the deadline %2.")
                                                                   .arg(formatDate(r.reminderSentOn), formatDate(deadline.date)));
        }
    }
    return {};
}

Status checkWritable(const Database &db)
{
    if (db.isReadOnly())
        return makeError(TurnoverRepository::ErrorReadOnly, TurnoverRepository::tr("The register is open read-only."));
    return {};
}

QString sourceOf(int year)
{
    return QStringLiteral("Omsetningsoppgave %1").arg(year);
}

// The turnover_report_missing case of the licence and year, if any.
Result<std::optional<qint64>> sanctionCaseOf(const QList<SanctionCase> &cases, qint64 licenceId, int year)
{
    const QString source = sourceOf(year);
    for (const SanctionCase &c : cases) {
        if (c.licenceId != licenceId)
            continue;
        for (const SanctionFinding &f : c.findings) {
            if (f.code == kFindingCode && f.source == source)
                return std::optional<qint64>(c.id);
        }
    }
    return std::optional<qint64>();
}

} // namespace

TurnoverRepository::TurnoverRepository(const Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Result<QList<TurnoverReport>> TurnoverRepository::list(std::optional<int> year, std::optional<qint64> licenceId) const
{
    QString sql = QStringLiteral("SELECT ") + kColumns
        + QStringLiteral(" FROM turnover_report t JOIN licence l ON l.id = t.licence_id WHERE 1 = 1");
    if (year)
        sql += QStringLiteral(" AND t.year = ?");
    if (licenceId)
        sql += QStringLiteral(" AND t.licence_id = ?");
    sql += QStringLiteral(" ORDER BY l.number, t.year");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    if (year)
        q.addBindValue(*year);
    if (licenceId)
        q.addBindValue(*licenceId);
    if (!q.exec())
        return sqlError(q);
    QList<TurnoverReport> result;
    while (q.next())
        result.append(reportFrom(q));
    return result;
}

Result<std::optional<TurnoverReport>> TurnoverRepository::find(qint64 licenceId, int year) const
{
    return findIn(m_db.connection(), licenceId, year);
}

Result<TurnoverReport> TurnoverRepository::save(const TurnoverReport &report)
{
    const Status writable = checkWritable(m_db);
    if (!writable)
        return writable.error();
    const QSqlDatabase db = m_db.connection();
    const Status valid = validate(db, m_db, m_clock, report);
    if (!valid)
        return valid.error();
    Transaction transaction(db);
    const Result<TurnoverReport> stored = writeIn(db, m_clock, report, {});
    if (!stored)
        return stored.error();
    if (!transaction.commit())
        return makeError(ErrorIo, tr("Could not read or write the turnover reports."), {}, transaction.lastError());
    return stored;
}

Status TurnoverRepository::remove(qint64 licenceId, int year)
{
    const Status writable = checkWritable(m_db);
    if (!writable)
        return writable;
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    const Result<std::optional<TurnoverReport>> before = findIn(db, licenceId, year);
    if (!before)
        return before.error();
    if (!*before)
        return makeError(ErrorNotFound, tr("There is no turnover report of %1 for this licence.").arg(year), QStringLiteral("year"));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM turnover_report WHERE id = ?"));
    q.addBindValue((*before)->id);
    if (!q.exec())
        return sqlError(q);
    const Status audit = AuditLog::record(db, m_clock, AuditEntity, (*before)->id, QStringLiteral("delete"),
                                          toJson(**before), QJsonObject());
    if (!audit)
        return audit;
    if (!transaction.commit())
        return makeError(ErrorIo, tr("Could not read or write the turnover reports."), {}, transaction.lastError());
    return {};
}

Result<TurnoverOverview> TurnoverRepository::overview(int year, const QDate &asOf) const
{
    TurnoverOverview result;
    result.year = year;
    result.deadline = deadlineOf(m_db, m_clock, year);
    const Result<FeeCycleSettings> settings = this->settings();
    if (!settings)
        return settings.error();
    result.settings = *settings;
    const Result<QList<Licence>> licences = LicenceRepository(m_db, m_clock).list();
    if (!licences)
        return licences.error();
    QHash<qint64, TurnoverReport> current;
    QHash<qint64, TurnoverReport> previous;
    const Result<QList<TurnoverReport>> thisYear = list(year);
    if (!thisYear)
        return thisYear.error();
    for (const TurnoverReport &r : *thisYear)
        current.insert(r.licenceId, r);
    const Result<QList<TurnoverReport>> lastYear = list(year - 1);
    if (!lastYear)
        return lastYear.error();
    for (const TurnoverReport &r : *lastYear)
        previous.insert(r.licenceId, r);
    const Result<QList<SanctionCase>> cases = SanctionRepository(m_db, m_clock).list();
    if (!cases)
        return cases.error();

    for (const Licence &licence : *licences) {
        TurnoverStatus status;
        status.duty = TurnoverRules::duty(licence, year);
        if (!status.duty.required)
            continue;
        status.licence = licence;
        if (current.contains(licence.id))
            status.report = current.value(licence.id);
        if (previous.contains(licence.id))
            status.previousReport = previous.value(licence.id);
        status.state = TurnoverRules::state(status.report ? &*status.report : nullptr,
                                            TurnoverRules::deadlineFor(result.deadline, licence), result.settings, asOf);
        if (status.report && status.report->isReceived()) {
            status.flags = TurnoverRules::flags(*status.report, licence,
                                                status.previousReport ? &*status.previousReport : nullptr, result.settings);
        }
        status.sanctionCaseId = *sanctionCaseOf(*cases, licence.id, year);
        result.rows.append(status);
    }
    std::sort(result.rows.begin(), result.rows.end(),
              [](const TurnoverStatus &a, const TurnoverStatus &b) { return a.licence.number < b.licence.number; });
    return result;
}

namespace {

enum class Letter { Request, Reminder };

Status recordLetters(const Database &database, const Clock &clock, int year, const QList<qint64> &licenceIds,
                     const QDate &sentOn, Letter letter)
{
    const Status writable = checkWritable(database);
    if (!writable)
        return writable;
    const QString field = letter == Letter::Request ? QStringLiteral("requested_on") : QStringLiteral("reminder_sent_on");
    if (!sentOn.isValid())
        return invalid(field, TurnoverRepository::tr("The date the letters were sent is required."));
    const QSqlDatabase db = database.connection();
    Transaction transaction(db);
    for (const qint64 licenceId : licenceIds) {
        const Result<std::optional<TurnoverReport>> existing = findIn(db, licenceId, year);
        if (!existing)
            return existing.error();
        TurnoverReport report;
        if (*existing) {
            report = **existing;
        } else {
            report.licenceId = licenceId;
            report.year = year;
        }
        if (letter == Letter::Request)
            report.requestedOn = sentOn;
        else
            report.reminderSentOn = sentOn;
        const Status valid = validate(db, database, clock, report);
        if (!valid)
            return valid;
        const Result<TurnoverReport> stored =
            writeIn(db, clock, report, letter == Letter::Request ? QStringLiteral("request") : QStringLiteral("reminder"));
        if (!stored)
            return stored.error();
    }
    if (!transaction.commit())
        return makeError(TurnoverRepository::ErrorIo, TurnoverRepository::tr("Could not read or write the turnover reports."),
                         {}, transaction.lastError());
    return {};
}

} // namespace

Status TurnoverRepository::recordRequests(int year, const QList<qint64> &licenceIds, const QDate &sentOn)
{
    return recordLetters(m_db, m_clock, year, licenceIds, sentOn, Letter::Request);
}

Status TurnoverRepository::recordReminders(int year, const QList<qint64> &licenceIds, const QDate &sentOn)
{
    return recordLetters(m_db, m_clock, year, licenceIds, sentOn, Letter::Reminder);
}

Result<SanctionCase> TurnoverRepository::proposeSanction(qint64 licenceId, int year, const QDate &asOf)
{
    const Status writable = checkWritable(m_db);
    if (!writable)
        return writable.error();
    const QSqlDatabase db = m_db.connection();
    const Result<Licence> licence = LicenceRepository::load(db, licenceId);
    if (!licence)
        return invalid(QStringLiteral("licence"), tr("Licence %1 does not exist in this register.").arg(licenceId));
    if (!TurnoverRules::duty(*licence, year).required) {
        return invalid(QStringLiteral("licence"), tr("Licence %1 has no duty to report turnover for %2.")
                                                      .arg(licence->number).arg(year));
    }
    const Result<FeeCycleSettings> settings = this->settings();
    if (!settings)
        return settings.error();
    const ReportDeadline deadline = TurnoverRules::deadlineFor(deadlineOf(m_db, m_clock, year), *licence);
    const Result<std::optional<TurnoverReport>> report = findIn(db, licenceId, year);
    if (!report)
        return report.error();
    const TurnoverState state = TurnoverRules::state(*report ? &**report : nullptr, deadline, *settings, asOf);
    if (state != TurnoverState::Missing && state != TurnoverState::Reminded && state != TurnoverState::Overdue) {
        return invalid(QStringLiteral("state"), tr("The turnover report of %1 for licence %2 is not missing (%3).")
                                                    .arg(year).arg(licence->number, TurnoverRules::stateName(state)));
    }
    SanctionRepository sanctions(m_db, m_clock);
    const Result<QList<SanctionCase>> cases = sanctions.list(licenceId);
    if (!cases)
        return cases.error();
    if (const std::optional<qint64> existing = *sanctionCaseOf(*cases, licenceId, year)) {
        return invalid(QStringLiteral("state"), tr("Licence %1 already has a sanction case for the missing turnover report of %2.")
                                                    .arg(licence->number).arg(year));
    }
    return sanctions.createFromReport(licenceId, kFindingCode, deadline.date.addDays(1), sourceOf(year));
}

Result<int> TurnoverRepository::importRows(const TurnoverImportPreview &preview)
{
    const Status writable = checkWritable(m_db);
    if (!writable)
        return writable.error();
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    int saved = 0;
    for (const TurnoverImportRow &row : preview.rows) {
        if (!row.ok())
            continue;
        TurnoverReport report = row.report;
        const Result<std::optional<TurnoverReport>> existing = findIn(db, report.licenceId, report.year);
        if (!existing)
            return existing.error();
        if (*existing) {
            if (!report.requestedOn.isValid())
                report.requestedOn = (*existing)->requestedOn;
            if (!report.reminderSentOn.isValid())
                report.reminderSentOn = (*existing)->reminderSentOn;
        }
        const Status valid = validate(db, m_db, m_clock, report);
        if (!valid) {
            Error e = valid.error();
            e.message = tr("Line %1: %2").arg(row.line).arg(e.message);
            return e;
        }
        const Result<TurnoverReport> stored = writeIn(db, m_clock, report, QStringLiteral("import"));
        if (!stored)
            return stored.error();
        ++saved;
    }
    if (!transaction.commit())
        return makeError(ErrorIo, tr("Could not read or write the turnover reports."), {}, transaction.lastError());
    return saved;
}

Result<FeeCycleSettings> TurnoverRepository::settings() const
{
    return readSettings(m_db.connection());
}

Status TurnoverRepository::saveSettings(const FeeCycleSettings &settings)
{
    const Status writable = checkWritable(m_db);
    if (!writable)
        return writable;
    if (!std::isfinite(settings.changeThresholdPercent) || settings.changeThresholdPercent <= 0
        || settings.changeThresholdPercent > 1000) {
        return invalid(QStringLiteral("change_threshold"), tr("Change threshold: a percentage above 0 and at most 1000."));
    }
    if (settings.reminderReplyDays < 1 || settings.reminderReplyDays > 365)
        return invalid(QStringLiteral("reminder_reply_days"), tr("Reply deadline after a reminder: from 1 to 365 days."));
    if (settings.paymentDays < 1 || settings.paymentDays > 365)
        return invalid(QStringLiteral("payment_days"), tr("Payment deadline: from 1 to 365 days."));
    const QSqlDatabase db = m_db.connection();
    const Result<FeeCycleSettings> before = readSettings(db);
    if (!before)
        return before.error();
    Transaction transaction(db);
    const Status written = restoreSettings(db, settings);
    if (!written)
        return written;
    const Status audit = AuditLog::record(db, m_clock, SettingsAuditEntity, 0, QStringLiteral("update"),
                                          toJson(*before), toJson(settings));
    if (!audit)
        return audit;
    if (!transaction.commit())
        return makeError(ErrorIo, tr("Could not save the fee-cycle settings."), {}, transaction.lastError());
    return {};
}

Result<QList<TurnoverReport>> TurnoverRepository::readAll(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM turnover_report t ORDER BY t.id"));
    if (!q.exec())
        return sqlError(q);
    QList<TurnoverReport> result;
    while (q.next())
        result.append(reportFrom(q));
    return result;
}

Status TurnoverRepository::insertAsIs(const QSqlDatabase &db, const TurnoverReport &report)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO turnover_report (id, licence_id, year, received_on, actual_group1, actual_group2, actual_group3, "
        "expected_group1, expected_group2, expected_group3, auditor_confirmed, requested_on, reminder_sent_on, note, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(report.id > 0 ? QVariant(report.id) : QVariant());
    q.addBindValue(report.licenceId);
    q.addBindValue(report.year);
    q.addBindValue(SqlValues::date(report.receivedOn));
    bindLitres(q, report.actual);
    bindLitres(q, report.expected);
    q.addBindValue(report.auditorConfirmed ? 1 : 0);
    q.addBindValue(SqlValues::date(report.requestedOn));
    q.addBindValue(SqlValues::date(report.reminderSentOn));
    q.addBindValue(SqlValues::text(report.note));
    q.addBindValue(SqlValues::timestamp(report.createdAt));
    q.addBindValue(SqlValues::timestamp(report.updatedAt));
    if (!q.exec())
        return sqlError(q);
    return {};
}

Result<FeeCycleSettings> TurnoverRepository::readSettings(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT setting_key, setting_value FROM register_setting WHERE setting_key LIKE 'fee_cycle.%'"));
    if (!q.exec())
        return sqlError(q);
    FeeCycleSettings s;
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        bool ok = false;
        if (key == kTrueUp) {
            s.trueUp = value == QLatin1String("1");
        } else if (key == kAuditorRequired) {
            s.auditorConfirmationRequired = value == QLatin1String("1");
        } else if (key == kChangeThreshold) {
            const double v = value.toDouble(&ok);
            if (ok)
                s.changeThresholdPercent = v;
        } else if (key == kReminderReplyDays) {
            const int v = value.toInt(&ok);
            if (ok)
                s.reminderReplyDays = v;
        } else if (key == kPaymentDays) {
            const int v = value.toInt(&ok);
            if (ok)
                s.paymentDays = v;
        }
    }
    return s;
}

Status TurnoverRepository::restoreSettings(const QSqlDatabase &db, const FeeCycleSettings &settings)
{
    const QList<QPair<QString, QString>> values = {
        {kTrueUp, settings.trueUp ? QStringLiteral("1") : QStringLiteral("0")},
        {kAuditorRequired, settings.auditorConfirmationRequired ? QStringLiteral("1") : QStringLiteral("0")},
        {kChangeThreshold, QString::number(settings.changeThresholdPercent, 'g', 15)},
        {kReminderReplyDays, QString::number(settings.reminderReplyDays)},
        {kPaymentDays, QString::number(settings.paymentDays)},
    };
    for (const auto &pair : values) {
        QSqlQuery remove(db);
        remove.prepare(QStringLiteral("DELETE FROM register_setting WHERE setting_key = ?"));
        remove.addBindValue(pair.first);
        if (!remove.exec())
            return sqlError(remove);
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO register_setting (setting_key, setting_value) VALUES (?, ?)"));
        insert.addBindValue(pair.first);
        insert.addBindValue(pair.second);
        if (!insert.exec())
            return sqlError(insert);
    }
    return {};
}

} // namespace bevilling
