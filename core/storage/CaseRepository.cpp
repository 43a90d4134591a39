#include "storage/CaseRepository.h"
#include "storage/SqlValues.h"

#include "cases/CaseJson.h"
#include "cases/CaseWorkflow.h"
#include "exchange/Exchange.h"
#include "rules/LicencePeriod.h"
#include "rules/RuleSet.h"
#include "storage/Database.h"
#include "storage/LicenceRepository.h"
#include "storage/Numbering.h"
#include "storage/RegisterSettings.h"
#include "storage/RuleSetRepository.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMimeDatabase>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace bevilling {

namespace {

using SqlValues::dateFrom;
using SqlValues::text;
using SqlValues::timestamp;
using SqlValues::timestampFrom;

Error ioError(const QString &detail)
{
    return makeError(CaseRepository::ErrorIo, CaseRepository::tr("The register could not be saved or read."), {}, detail);
}

Error sqlError(const QSqlQuery &query)
{
    return ioError(query.lastError().text());
}

Error invalid(const QString &field, const QString &message)
{
    return makeError(CaseRepository::ErrorValidation, message, field);
}

QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray jsonArray(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).array();
}

QString applicationText(const Licence &application)
{
    return QString::fromUtf8(QJsonDocument(CaseJson::applicationToJson(application)).toJson(QJsonDocument::Compact));
}

Licence applicationFrom(const QVariant &value)
{
    const QJsonDocument doc = QJsonDocument::fromJson(value.toString().toUtf8());
    Result<Licence> parsed = Exchange::readApplication(doc.object(), QStringLiteral("application"));
    if (!parsed) {
        qCWarning(lcStorage).noquote() << "A case's stored application could not be read:" << parsed.error().message;
        return Licence();
    }
    return *std::move(parsed);
}

// ---------------------------------------------------------------------------------------------
// rows

const QString kCaseColumns = QStringLiteral(
    "number, case_type, status, close_reason, received_on, complete_on, assigned_to, title, licence_id, application, "
    "missing_attachments, children_youth, public_place, boat, attendance, event_type, requested_hours, transfer_date, "
    "transfer_agreement, notes, decision_outcome, decision_body, decided_by, decided_on, decision_reference, "
    "decision_reason, decision_valid_from, decision_valid_to, decision_conditions, notified_on, appeal_received, "
    "appellant, appeal_grounds, appeal_reconsideration, appeal_reconsidered_on, appeal_sent_on, appeal_outcome, "
    "appeal_outcome_on, appeal_note, created_at, updated_at");
constexpr int kCaseColumnCount = 41;

void bindCaseColumns(QSqlQuery &query, const Case &c)
{
    query.addBindValue(c.number.trimmed());
    query.addBindValue(CaseTexts::typeKey(c.type));
    query.addBindValue(CaseTexts::statusKey(c.status));
    query.addBindValue(SqlValues::key(c.closeReason, &CaseTexts::closeReasonKey));
    query.addBindValue(SqlValues::date(c.receivedOn));
    query.addBindValue(SqlValues::date(c.completeOn));
    query.addBindValue(text(c.assignedTo));
    query.addBindValue(text(c.title));
    query.addBindValue(c.licenceId ? QVariant(*c.licenceId) : QVariant());
    query.addBindValue(applicationText(c.application));
    query.addBindValue(jsonText(QJsonArray::fromStringList(c.missingAttachments)));
    query.addBindValue(c.aimedAtChildrenAndYouth ? 1 : 0);
    query.addBindValue(c.publicPlace ? 1 : 0);
    query.addBindValue(c.boat ? 1 : 0);
    query.addBindValue(c.attendance ? QVariant(*c.attendance) : QVariant());
    query.addBindValue(text(c.eventType));
    query.addBindValue(text(c.requestedHours));
    query.addBindValue(SqlValues::date(c.transferDate));
    query.addBindValue(c.transferAgreement ? 1 : 0);
    query.addBindValue(text(c.notes));
    const CaseDecision d = c.decision.value_or(CaseDecision{});
    query.addBindValue(c.decision ? QVariant(CaseTexts::outcomeKey(d.outcome)) : QVariant());
    query.addBindValue(c.decision ? QVariant(CaseTexts::bodyKey(d.body)) : QVariant());
    query.addBindValue(text(d.decidedBy));
    query.addBindValue(SqlValues::date(d.decidedOn));
    query.addBindValue(text(d.reference));
    query.addBindValue(text(d.reason));
    query.addBindValue(SqlValues::date(d.validFrom));
    query.addBindValue(SqlValues::date(d.validTo));
    query.addBindValue(text(d.conditions));
    query.addBindValue(SqlValues::date(d.notifiedOn));
    const CaseAppeal a = c.appeal.value_or(CaseAppeal{});
    // appeal_received marks a registered appeal; an appeal is always registered with its date.
    query.addBindValue(c.appeal ? SqlValues::date(a.received) : QVariant());
    query.addBindValue(text(a.appellant));
    query.addBindValue(text(a.grounds));
    query.addBindValue(SqlValues::key(a.reconsideration, &CaseTexts::reconsiderationKey));
    query.addBindValue(SqlValues::date(a.reconsideredOn));
    query.addBindValue(SqlValues::date(a.sentOn));
    query.addBindValue(SqlValues::key(a.outcome, &CaseTexts::appealOutcomeKey));
    query.addBindValue(SqlValues::date(a.outcomeOn));
    query.addBindValue(text(a.note));
    query.addBindValue(timestamp(c.createdAt));
    query.addBindValue(timestamp(c.updatedAt));
}

Case caseFromRow(const QSqlQuery &q)
{
    Case c;
    c.id = q.value(0).toLongLong();
    c.number = q.value(1).toString();
    c.type = CaseTexts::typeFromKey(q.value(2).toString()).value_or(CaseType::NewLicence);
    c.status = CaseTexts::statusFromKey(q.value(3).toString()).value_or(CaseStatus::Received);
    if (!q.value(4).isNull())
        c.closeReason = CaseTexts::closeReasonFromKey(q.value(4).toString());
    c.receivedOn = dateFrom(q.value(5));
    c.completeOn = dateFrom(q.value(6));
    c.assignedTo = q.value(7).toString();
    c.title = q.value(8).toString();
    if (!q.value(9).isNull())
        c.licenceId = q.value(9).toLongLong();
    c.application = applicationFrom(q.value(10));
    for (const QJsonValue &v : jsonArray(q.value(11)))
        c.missingAttachments.append(v.toString());
    c.aimedAtChildrenAndYouth = q.value(12).toInt() != 0;
    c.publicPlace = q.value(13).toInt() != 0;
    c.boat = q.value(14).toInt() != 0;
    if (!q.value(15).isNull())
        c.attendance = q.value(15).toInt();
    c.eventType = q.value(16).toString();
    c.requestedHours = q.value(17).toString();
    c.transferDate = dateFrom(q.value(18));
    c.transferAgreement = q.value(19).toInt() != 0;
    c.notes = q.value(20).toString();
    if (!q.value(21).isNull()) {
        CaseDecision d;
        d.outcome = CaseTexts::outcomeFromKey(q.value(21).toString()).value_or(DecisionOutcome::Granted);
        d.body = CaseTexts::bodyFromKey(q.value(22).toString()).value_or(DecisionBody::Delegated);
        d.decidedBy = q.value(23).toString();
        d.decidedOn = dateFrom(q.value(24));
        d.reference = q.value(25).toString();
        d.reason = q.value(26).toString();
        d.validFrom = dateFrom(q.value(27));
        d.validTo = dateFrom(q.value(28));
        d.conditions = q.value(29).toString();
        d.notifiedOn = dateFrom(q.value(30));
        c.decision = d;
    }
    if (!q.value(31).isNull()) {
        CaseAppeal a;
        a.received = dateFrom(q.value(31));
        a.appellant = q.value(32).toString();
        a.grounds = q.value(33).toString();
        if (!q.value(34).isNull())
            a.reconsideration = CaseTexts::reconsiderationFromKey(q.value(34).toString());
        a.reconsideredOn = dateFrom(q.value(35));
        a.sentOn = dateFrom(q.value(36));
        if (!q.value(37).isNull())
            a.outcome = CaseTexts::appealOutcomeFromKey(q.value(37).toString());
        a.outcomeOn = dateFrom(q.value(38));
        a.note = q.value(39).toString();
        c.appeal = a;
    }
    c.createdAt = timestampFrom(q.value(40));
    c.updatedAt = timestampFrom(q.value(41));
    return c;
}

Status insertCaseRow(const QSqlDatabase &db, Case &c)
{
    QSqlQuery query(db);
    const bool withId = c.id != 0;
    QString marks;
    for (int i = 0; i < kCaseColumnCount + (withId ? 1 : 0); ++i)
        marks += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    query.prepare(QStringLiteral("INSERT INTO case_file (") + kCaseColumns + (withId ? QStringLiteral(", id") : QString())
                  + QStringLiteral(") VALUES (") + marks + QStringLiteral(")"));
    bindCaseColumns(query, c);
    if (withId)
        query.addBindValue(c.id);
    if (!query.exec())
        return sqlError(query);
    if (!withId)
        c.id = query.lastInsertId().toLongLong();
    return {};
}

Status updateCaseRow(const QSqlDatabase &db, const Case &c)
{
    QString assignments;
    const QStringList columns = kCaseColumns.split(QStringLiteral(", "));
    for (const QString &column : columns)
        assignments += (assignments.isEmpty() ? QString() : QStringLiteral(", ")) + column + QStringLiteral(" = ?");
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE case_file SET ") + assignments + QStringLiteral(" WHERE id = ?"));
    bindCaseColumns(query, c);
    query.addBindValue(c.id);
    if (!query.exec())
        return sqlError(query);
    return {};
}

Status writeStatement(const QSqlDatabase &db, qint64 caseId, CaseStatement &s, bool insert)
{
    QJsonArray reminders;
    for (const QDate &date : std::as_const(s.reminders))
        reminders.append(date.toString(Qt::ISODate));
    QSqlQuery query(db);
    if (insert) {
        query.prepare(QStringLiteral("INSERT INTO case_statement (case_id, party, party_name, requested, deadline, reminders, "
                                     "replied, reply, reply_text")
                      + (s.id != 0 ? QStringLiteral(", id") : QString())
                      + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?")
                      + (s.id != 0 ? QStringLiteral(", ?)") : QStringLiteral(")")));
        query.addBindValue(caseId);
    } else {
        query.prepare(QStringLiteral("UPDATE case_statement SET party = ?, party_name = ?, requested = ?, deadline = ?, "
                                     "reminders = ?, replied = ?, reply = ?, reply_text = ? WHERE id = ?"));
    }
    query.addBindValue(CaseTexts::partyKey(s.party));
    query.addBindValue(text(s.partyName));
    query.addBindValue(SqlValues::date(s.requested));
    query.addBindValue(SqlValues::date(s.deadline));
    query.addBindValue(jsonText(reminders));
    query.addBindValue(SqlValues::date(s.replied));
    query.addBindValue(SqlValues::key(s.reply, &CaseTexts::replyKey));
    query.addBindValue(text(s.replyText));
    if (!insert || s.id != 0)
        query.addBindValue(s.id);
    if (!query.exec())
        return sqlError(query);
    if (insert && s.id == 0)
        s.id = query.lastInsertId().toLongLong();
    return {};
}

Status insertEvent(const QSqlDatabase &db, qint64 caseId, CaseEvent &e)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO case_event (case_id, at, os_user, kind, from_value, to_value, note")
                  + (e.id != 0 ? QStringLiteral(", id") : QString()) + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?")
                  + (e.id != 0 ? QStringLiteral(", ?)") : QStringLiteral(")")));
    query.addBindValue(caseId);
    query.addBindValue(timestamp(e.at));
    query.addBindValue(text(e.user));
    query.addBindValue(text(e.kind));
    query.addBindValue(text(e.from));
    query.addBindValue(text(e.to));
    query.addBindValue(text(e.note));
    if (e.id != 0)
        query.addBindValue(e.id);
    if (!query.exec())
        return sqlError(query);
    if (e.id == 0)
        e.id = query.lastInsertId().toLongLong();
    return {};
}

Status addEvent(const QSqlDatabase &db, const Clock &clock, qint64 caseId, const QString &kind, const QString &from,
                const QString &to, const QString &note)
{
    CaseEvent e;
    e.at = clock.now().toUTC();
    e.user = AuditLog::currentUser();
    e.kind = kind;
    e.from = from;
    e.to = to;
    e.note = note.trimmed();
    return insertEvent(db, caseId, e);
}

Status addStatusEvent(const QSqlDatabase &db, const Clock &clock, qint64 caseId, std::optional<CaseStatus> from,
                      CaseStatus to, const QString &note)
{
    return addEvent(db, clock, caseId, QStringLiteral("status"), from ? CaseTexts::statusKey(*from) : QString(),
                    CaseTexts::statusKey(to), note);
}

Status insertAttachment(const QSqlDatabase &db, qint64 caseId, CaseAttachment &a, const QByteArray &data)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO case_attachment (case_id, name, mime_type, size, sha256, category, added_at, "
                                 "added_by, content")
                  + (a.id != 0 ? QStringLiteral(", id") : QString())
                  + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?")
                  + (a.id != 0 ? QStringLiteral(", ?)") : QStringLiteral(")")));
    query.addBindValue(caseId);
    query.addBindValue(text(a.name));
    query.addBindValue(text(a.mimeType));
    query.addBindValue(a.size);
    query.addBindValue(text(a.sha256));
    query.addBindValue(text(a.category));
    query.addBindValue(timestamp(a.addedAt));
    query.addBindValue(text(a.addedBy));
    // An empty content is stored as an empty blob, never as NULL.
    query.addBindValue(data.isNull() ? QByteArray("", 0) : data);
    if (a.id != 0)
        query.addBindValue(a.id);
    if (!query.exec())
        return sqlError(query);
    if (a.id == 0)
        a.id = query.lastInsertId().toLongLong();
    return {};
}

// The children of the cases in `cases` (all of them, or the one with `onlyId`).
Status attachChildren(const QSqlDatabase &db, QList<Case> &cases, qint64 onlyId)
{
    QHash<qint64, int> index;
    for (int i = 0; i < cases.size(); ++i)
        index.insert(cases.at(i).id, i);
    const QString where = onlyId ? QStringLiteral(" WHERE case_id = ?") : QString();

    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT case_id, id, party, party_name, requested, deadline, reminders, replied, reply, "
                             "reply_text FROM case_statement")
              + where + QStringLiteral(" ORDER BY case_id, id"));
    if (onlyId)
        q.addBindValue(onlyId);
    if (!q.exec())
        return sqlError(q);
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        CaseStatement s;
        s.id = q.value(1).toLongLong();
        s.party = CaseTexts::partyFromKey(q.value(2).toString()).value_or(StatementParty::Other);
        s.partyName = q.value(3).toString();
        s.requested = dateFrom(q.value(4));
        s.deadline = dateFrom(q.value(5));
        for (const QJsonValue &v : jsonArray(q.value(6)))
            s.reminders.append(QDate::fromString(v.toString(), Qt::ISODate));
        s.replied = dateFrom(q.value(7));
        if (!q.value(8).isNull())
            s.reply = CaseTexts::replyFromKey(q.value(8).toString());
        s.replyText = q.value(9).toString();
        cases[it.value()].statements.append(s);
    }

    q.prepare(QStringLiteral("SELECT case_id, id, name, mime_type, size, sha256, category, added_at, added_by "
                             "FROM case_attachment")
              + where + QStringLiteral(" ORDER BY case_id, id"));
    if (onlyId)
        q.addBindValue(onlyId);
    if (!q.exec())
        return sqlError(q);
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        CaseAttachment a;
        a.id = q.value(1).toLongLong();
        a.name = q.value(2).toString();
        a.mimeType = q.value(3).toString();
        a.size = q.value(4).toLongLong();
        a.sha256 = q.value(5).toString();
        a.category = q.value(6).toString();
        a.addedAt = timestampFrom(q.value(7));
        a.addedBy = q.value(8).toString();
        cases[it.value()].attachments.append(a);
    }

    q.prepare(QStringLiteral("SELECT case_id, id, at, os_user, kind, from_value, to_value, note FROM case_event") + where
              + QStringLiteral(" ORDER BY case_id, at, id"));
    if (onlyId)
        q.addBindValue(onlyId);
    if (!q.exec())
        return sqlError(q);
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        CaseEvent e;
        e.id = q.value(1).toLongLong();
        e.at = timestampFrom(q.value(2));
        e.user = q.value(3).toString();
        e.kind = q.value(4).toString();
        e.from = q.value(5).toString();
        e.to = q.value(6).toString();
        e.note = q.value(7).toString();
        cases[it.value()].events.append(e);
    }
    return {};
}

const QString kSelectCases = QStringLiteral("SELECT id, ") + kCaseColumns + QStringLiteral(" FROM case_file");

Result<Case> loadIn(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(kSelectCases + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return makeError(CaseRepository::ErrorNotFound, CaseRepository::tr("Case %1 does not exist in this register.").arg(id));
    QList<Case> one{caseFromRow(query)};
    const Status children = attachChildren(db, one, id);
    if (!children)
        return children.error();
    return one.first();
}

Result<QString> nextNumberIn(const QSqlDatabase &db, int year)
{
    return Numbering::next(db, QStringLiteral("case_file"), QString::number(year) + QLatin1Char('-'), 4, &sqlError);
}

Result<bool> numberUsed(const QSqlDatabase &db, const QString &number, qint64 ownId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM case_file WHERE number = ? AND id <> ?"));
    query.addBindValue(number);
    query.addBindValue(ownId);
    if (!query.exec())
        return sqlError(query);
    return query.next();
}

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

Status checkReceivedOn(const QDate &receivedOn, const QDate &today)
{
    if (!receivedOn.isValid())
        return invalid(QStringLiteral("received_on"), CaseRepository::tr("Received: the date the application arrived is required."));
    if (receivedOn > today) {
        return invalid(QStringLiteral("received_on"),
                       CaseRepository::tr("Received: %1 is in the future.").arg(formatDate(receivedOn)));
    }
    return {};
}

Status checkStatement(const CaseStatement &s, int index)
{
    const QString path = QStringLiteral("statements[%1]").arg(index);
    auto field = [&](const char *name) { return QString(path + QLatin1Char('.') + QLatin1String(name)); };
    if (!s.requested.isValid())
        return invalid(field("requested"), CaseRepository::tr("Requested: the date the statement was asked for is required."));
    if (s.party == StatementParty::Other && s.partyName.trimmed().isEmpty())
        return invalid(field("party_name"), CaseRepository::tr("Party: name the party that is asked for a statement."));
    if (s.deadline.isValid() && s.deadline < s.requested) {
        return invalid(field("deadline"), CaseRepository::tr("Deadline: %1 is before the statement was requested (%2).")
                                              .arg(formatDate(s.deadline), formatDate(s.requested)));
    }
    if (s.replied.isValid() && s.replied < s.requested) {
        return invalid(field("replied"), CaseRepository::tr("Reply received: %1 is before the statement was requested (%2).")
                                             .arg(formatDate(s.replied), formatDate(s.requested)));
    }
    for (int j = 0; j < s.reminders.size(); ++j) {
        const QDate &reminder = s.reminders.at(j);
        const QString reminderField = QStringLiteral("%1.reminders[%2]").arg(path).arg(j);
        if (!reminder.isValid())
            return invalid(reminderField, CaseRepository::tr("Reminder: a date is required."));
        if (reminder < s.requested) {
            return invalid(reminderField, CaseRepository::tr("Reminder: %1 is before the statement was requested (%2).")
                                              .arg(formatDate(reminder), formatDate(s.requested)));
        }
        if (s.replied.isValid() && reminder > s.replied) {
            return invalid(reminderField, CaseRepository::tr("Reminder: %1 is after the reply was received (%2).")
                                              .arg(formatDate(reminder), formatDate(s.replied)));
        }
    }
    if (s.replied.isValid() && !s.reply)
        return invalid(field("reply"), CaseRepository::tr("Reply: choose what the reply says (no remarks, remarks or negative)."));
    if (!s.replied.isValid() && s.reply)
        return invalid(field("replied"), CaseRepository::tr("Reply received: the date the reply arrived is required."));
    return {};
}

Status checkAppeal(const CaseAppeal &a, const CaseDecision &decision)
{
    if (!a.received.isValid())
        return invalid(QStringLiteral("appeal.received"), CaseRepository::tr("Appeal received: a date is required."));
    if (decision.decidedOn.isValid() && a.received < decision.decidedOn) {
        return invalid(QStringLiteral("appeal.received"), CaseRepository::tr("Appeal received: %1 is before the decision (%2).")
                                                              .arg(formatDate(a.received), formatDate(decision.decidedOn)));
    }
    const QList<QPair<QString, QDate>> later = {{QStringLiteral("appeal.reconsidered_on"), a.reconsideredOn},
                                                {QStringLiteral("appeal.sent_on"), a.sentOn},
                                                {QStringLiteral("appeal.outcome_on"), a.outcomeOn}};
    for (const auto &[field, date] : later) {
        if (date.isValid() && date < a.received) {
            return invalid(field, CaseRepository::tr("%1 is before the appeal was received (%2).")
                                      .arg(formatDate(date), formatDate(a.received)));
        }
    }
    if (a.reconsideration && !a.reconsideredOn.isValid())
        return invalid(QStringLiteral("appeal.reconsidered_on"), CaseRepository::tr("Reconsidered: a date is required."));
    if (a.outcome && !a.outcomeOn.isValid())
        return invalid(QStringLiteral("appeal.outcome_on"), CaseRepository::tr("Final outcome: a date is required."));
    return {};
}

ValidationOptions validationOptions(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT setting_value FROM register_setting WHERE setting_key = ?"));
    query.addBindValue(QStringLiteral("allow_sale_group2"));
    ValidationOptions options;
    if (query.exec() && query.next())
        options.allowSaleGroup2 = query.value(0).toString() == QLatin1String("1");
    return options;
}

// A licence error as a case error: the field is the application's ("application.licensee.orgNumber").
Error licenceError(const Error &e)
{
    Error out = e;
    if (out.code == LicenceRepository::ErrorValidation) {
        out.code = CaseRepository::ErrorValidation;
        out.field = out.field.isEmpty() ? QStringLiteral("application") : QStringLiteral("application.") + out.field;
    }
    return out;
}

Result<bool> hasOpenRenewal(const QSqlDatabase &db, qint64 licenceId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM case_file WHERE licence_id = ? AND case_type = ? AND status <> ?"));
    query.addBindValue(licenceId);
    query.addBindValue(CaseTexts::typeKey(CaseType::Renewal));
    query.addBindValue(CaseTexts::statusKey(CaseStatus::Closed));
    if (!query.exec())
        return sqlError(query);
    return query.next();
}

} // namespace

// ---------------------------------------------------------------------------------------------

CaseRepository::CaseRepository(const Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

namespace {

Status checkWritable(const Database &db)
{
    if (db.isReadOnly()) {
        return makeError(CaseRepository::ErrorReadOnly,
                         CaseRepository::tr("The register is open read-only; close the other window that has it open for changes first."));
    }
    return {};
}

// Loads case `id`, lets `change` modify it (and write its children and events), writes the case
// row and the audit entry `action`, all in one transaction. A refused change writes nothing.
// With `skipUnchanged`, a change that leaves the snapshot as it was writes nothing.
Result<Case> modifyCase(const Database &database, const Clock &clock, qint64 id, const QString &action,
                        const std::function<Status(const QSqlDatabase &, Case &)> &change, bool skipUnchanged = false)
{
    const Status writable = checkWritable(database);
    if (!writable)
        return writable.error();
    const QSqlDatabase db = database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return ioError(transaction.lastError());
    Result<Case> before = loadIn(db, id);
    if (!before)
        return before.error();
    Case c = *before;
    Status s = change(db, c);
    if (!s)
        return s.error();
    c.id = id;
    c.createdAt = before->createdAt;
    c.updatedAt = clock.now().toUTC();
    s = updateCaseRow(db, c);
    if (!s)
        return s.error();
    Result<Case> after = loadIn(db, id);
    if (!after)
        return after.error();
    QJsonObject beforeJson = CaseJson::toJson(*before);
    QJsonObject afterJson = CaseJson::toJson(*after);
    if (skipUnchanged) {
        QJsonObject a = beforeJson;
        QJsonObject b = afterJson;
        a.remove(QStringLiteral("updated_at"));
        b.remove(QStringLiteral("updated_at"));
        if (a == b)
            return before; // nothing changed: the transaction rolls back, no audit entry
    }
    s = AuditLog::record(db, clock, CaseRepository::AuditEntity, id, action, beforeJson, afterJson);
    if (!s)
        return s.error();
    if (!transaction.commit())
        return ioError(transaction.lastError());
    return after;
}

// Moves `c` to `to` after the workflow check and records the status event.
Status moveTo(const QSqlDatabase &db, const Clock &clock, Case &c, CaseStatus to, const QString &note)
{
    const Status allowed = CaseWorkflow::check(c, to);
    if (!allowed)
        return allowed;
    const CaseStatus from = c.status;
    c.status = to;
    return addStatusEvent(db, clock, c.id, from, to, note);
}

} // namespace

Result<QList<Case>> CaseRepository::list(const CaseQuery &q) const
{
    const QSqlDatabase db = m_db.connection();
    QStringList conditions;
    QVariantList values;
    if (q.status) {
        conditions.append(QStringLiteral("status = ?"));
        values.append(CaseTexts::statusKey(*q.status));
    }
    if (q.type) {
        conditions.append(QStringLiteral("case_type = ?"));
        values.append(CaseTexts::typeKey(*q.type));
    }
    if (!q.assignedTo.isEmpty()) {
        conditions.append(QStringLiteral("assigned_to = ?"));
        values.append(q.assignedTo);
    }
    if (q.openOnly) {
        conditions.append(QStringLiteral("status <> ?"));
        values.append(CaseTexts::statusKey(CaseStatus::Closed));
    }
    if (q.licenceId) {
        conditions.append(QStringLiteral("licence_id = ?"));
        values.append(*q.licenceId);
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(kSelectCases
                  + (conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")))
                  + QStringLiteral(" ORDER BY id"));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query);
    QList<Case> cases;
    while (query.next())
        cases.append(caseFromRow(query));
    const Status children = attachChildren(db, cases, cases.size() == 1 ? cases.first().id : 0);
    if (!children)
        return children.error();
    return cases;
}

Result<Case> CaseRepository::find(qint64 id) const
{
    return loadIn(m_db.connection(), id);
}

Result<Case> CaseRepository::findByNumber(const QString &number) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT id FROM case_file WHERE number = ?"));
    query.addBindValue(number.trimmed());
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return makeError(ErrorNotFound, tr("Case %1 does not exist in this register.").arg(number.trimmed()));
    return find(query.value(0).toLongLong());
}

Result<QString> CaseRepository::nextNumber(int year) const
{
    return nextNumberIn(m_db.connection(), year);
}

Result<QStringList> CaseRepository::officers() const
{
    QSet<QString> names;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT assigned_to FROM case_file")))
        return sqlError(query);
    while (query.next())
        names.insert(query.value(0).toString());
    if (!query.exec(QStringLiteral("SELECT os_user, kind, from_value, to_value FROM case_event")))
        return sqlError(query);
    while (query.next()) {
        names.insert(query.value(0).toString());
        if (query.value(1).toString() == QLatin1String("assigned")) {
            names.insert(query.value(2).toString());
            names.insert(query.value(3).toString());
        }
    }
    names.insert(AuditLog::currentUser());
    QStringList sorted;
    for (const QString &name : std::as_const(names)) {
        if (!name.trimmed().isEmpty())
            sorted.append(name.trimmed());
    }
    sorted.removeDuplicates();
    std::sort(sorted.begin(), sorted.end(),
              [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    return sorted;
}

Result<Case> CaseRepository::create(Case c)
{
    const Status writable = checkWritable(m_db);
    if (!writable)
        return writable.error();
    Status s = checkReceivedOn(c.receivedOn, m_clock.today());
    if (!s)
        return s.error();
    for (int i = 0; i < c.statements.size(); ++i) {
        s = checkStatement(c.statements.at(i), i);
        if (!s)
            return s.error();
    }
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return ioError(transaction.lastError());
    c.id = 0;
    c.number = c.number.trimmed();
    if (c.number.isEmpty()) {
        Result<QString> number = nextNumberIn(db, c.receivedOn.year());
        if (!number)
            return number.error();
        c.number = *number;
    } else {
        const Result<bool> used = numberUsed(db, c.number, 0);
        if (!used)
            return used.error();
        if (*used)
            return invalid(QStringLiteral("number"), tr("Case number: %1 is already used by another case.").arg(c.number));
    }
    c.status = CaseStatus::Received;
    c.closeReason.reset();
    c.completeOn = QDate();
    c.assignedTo = c.assignedTo.trimmed();
    c.decision.reset();
    c.appeal.reset();
    c.createdAt = m_clock.now().toUTC();
    c.updatedAt = c.createdAt;
    const QList<CaseStatement> statements = c.statements;
    s = insertCaseRow(db, c);
    for (CaseStatement statement : statements) {
        if (!s)
            break;
        statement.id = 0;
        s = writeStatement(db, c.id, statement, true);
    }
    if (s)
        s = addStatusEvent(db, m_clock, c.id, std::nullopt, CaseStatus::Received, {});
    if (!s)
        return s.error();
    Result<Case> stored = loadIn(db, c.id);
    if (!stored)
        return stored.error();
    s = AuditLog::record(db, m_clock, AuditEntity, c.id, QStringLiteral("create"), {}, CaseJson::toJson(*stored));
    if (!s)
        return s.error();
    if (!transaction.commit())
        return ioError(transaction.lastError());
    return stored;
}

Result<Case> CaseRepository::update(const Case &input)
{
    const QDate today = m_clock.today();
    return modifyCase(
        m_db, m_clock, input.id, QStringLiteral("update"),
        [&](const QSqlDatabase &, Case &c) -> Status {
            const Status received = checkReceivedOn(input.receivedOn, today);
            if (!received)
                return received;
            if (input.completeOn.isValid() && input.completeOn < input.receivedOn) {
                return invalid(QStringLiteral("complete_on"), tr("Complete: %1 is before the application was received (%2).")
                                                                  .arg(formatDate(input.completeOn), formatDate(input.receivedOn)));
            }
            c.type = input.type;
            c.receivedOn = input.receivedOn;
            // The day the case became complete is set by the status change; a later edit may correct it.
            if (c.completeOn.isValid() && input.completeOn.isValid())
                c.completeOn = input.completeOn;
            c.title = input.title.trimmed();
            c.licenceId = input.licenceId;
            c.application = input.application;
            c.missingAttachments.clear();
            for (const QString &item : input.missingAttachments) {
                if (!item.trimmed().isEmpty())
                    c.missingAttachments.append(item.trimmed());
            }
            c.aimedAtChildrenAndYouth = input.aimedAtChildrenAndYouth;
            c.publicPlace = input.publicPlace;
            c.boat = input.boat;
            c.attendance = input.attendance;
            c.eventType = input.eventType;
            c.requestedHours = input.requestedHours;
            c.transferDate = input.transferDate;
            c.transferAgreement = input.transferAgreement;
            c.notes = input.notes;
            return {};
        },
        true);
}

Result<Case> CaseRepository::setStatus(qint64 id, CaseStatus to, const QString &note, std::optional<CloseReason> reason)
{
    const QDate today = m_clock.today();
    return modifyCase(m_db, m_clock, id, QStringLiteral("status"), [&](const QSqlDatabase &db, Case &c) -> Status {
        if (to == CaseStatus::Decided) {
            return invalid(QStringLiteral("decision"),
                           tr("Decision: record the decision (who decided, when, the outcome) to move the case to Decided."));
        }
        if (to == CaseStatus::Closed && !reason)
            return invalid(QStringLiteral("close_reason"), tr("Close: choose why the case is closed."));
        const Status moved = moveTo(db, m_clock, c, to, note);
        if (!moved)
            return moved;
        if (to == CaseStatus::Complete && !c.completeOn.isValid())
            c.completeOn = today;
        if (to == CaseStatus::Closed)
            c.closeReason = reason;
        return {};
    });
}

Result<Case> CaseRepository::assign(qint64 id, const QString &officer, const QString &note)
{
    const QString to = officer.trimmed();
    return modifyCase(
        m_db, m_clock, id, QStringLiteral("assign"),
        [&](const QSqlDatabase &db, Case &c) -> Status {
            if (c.assignedTo == to)
                return {};
            const QString from = c.assignedTo;
            c.assignedTo = to;
            return addEvent(db, m_clock, c.id, QStringLiteral("assigned"), from, to, note);
        },
        true);
}

Result<Case> CaseRepository::saveStatement(qint64 caseId, const CaseStatement &input)
{
    return modifyCase(m_db, m_clock, caseId, QStringLiteral("statement"), [&](const QSqlDatabase &db, Case &c) -> Status {
        CaseStatement s = input;
        s.partyName = s.partyName.trimmed();
        int index = int(c.statements.size());
        if (s.id != 0) {
            index = -1;
            for (int i = 0; i < c.statements.size(); ++i) {
                if (c.statements.at(i).id == s.id)
                    index = i;
            }
            if (index < 0) {
                return makeError(ErrorNotFound,
                                 tr("Statement %1 does not belong to case %2.").arg(s.id).arg(c.number));
            }
        }
        const Status valid = checkStatement(s, index);
        if (!valid)
            return valid;
        return writeStatement(db, c.id, s, s.id == 0);
    });
}

Result<Case> CaseRepository::removeStatement(qint64 caseId, qint64 statementId)
{
    return modifyCase(m_db, m_clock, caseId, QStringLiteral("statement_remove"), [&](const QSqlDatabase &db, Case &c) -> Status {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("DELETE FROM case_statement WHERE id = ? AND case_id = ?"));
        query.addBindValue(statementId);
        query.addBindValue(c.id);
        if (!query.exec())
            return sqlError(query);
        if (query.numRowsAffected() != 1)
            return makeError(ErrorNotFound, tr("Statement %1 does not belong to case %2.").arg(statementId).arg(c.number));
        return {};
    });
}

qint64 CaseRepository::attachmentLimit() const
{
    const Result<QString> value = RegisterSettings(m_db, m_clock).value(QStringLiteral("attachment_max_bytes"));
    if (value) {
        bool ok = false;
        const qint64 limit = value->trimmed().toLongLong(&ok);
        if (ok && limit > 0)
            return limit;
    }
    return DefaultAttachmentLimit;
}

Result<CaseAttachment> CaseRepository::addAttachment(qint64 caseId, const QString &name, const QString &mimeType,
                                                     const QByteArray &data, const QString &category)
{
    const QString fileName = name.trimmed();
    if (fileName.isEmpty())
        return invalid(QStringLiteral("attachment"), tr("Attachment: the file needs a name."));
    if (data.isNull())
        return invalid(QStringLiteral("attachment"), tr("Attachment: %1 has no content.").arg(fileName));
    const qint64 limit = attachmentLimit();
    if (data.size() > limit) {
        return makeError(ErrorTooLarge,
                         tr("Attachment: %1 is %2 MB; attachments may be at most %3 MB.")
                             .arg(fileName, megabytes(data.size()), megabytes(limit)),
                         QStringLiteral("attachment"));
    }
    CaseAttachment a;
    a.name = fileName;
    a.mimeType = mimeType.trimmed().isEmpty() ? QMimeDatabase().mimeTypeForFileNameAndData(fileName, data).name()
                                              : mimeType.trimmed();
    a.size = data.size();
    a.sha256 = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    a.category = category.trimmed();
    a.addedAt = m_clock.now().toUTC();
    a.addedBy = AuditLog::currentUser();
    const Result<Case> saved =
        modifyCase(m_db, m_clock, caseId, QStringLiteral("attachment_add"),
                   [&](const QSqlDatabase &db, Case &c) -> Status { return insertAttachment(db, c.id, a, data); });
    if (!saved)
        return saved.error();
    return a;
}

Result<CaseAttachment> CaseRepository::addAttachmentFile(qint64 caseId, const QString &path, const QString &category)
{
    const QFileInfo info(path);
    const qint64 limit = attachmentLimit();
    if (info.isFile() && info.size() > limit) {
        return makeError(ErrorTooLarge,
                         tr("Attachment: %1 is %2 MB; attachments may be at most %3 MB.")
                             .arg(info.fileName(), megabytes(info.size()), megabytes(limit)),
                         QStringLiteral("attachment"));
    }
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorIo, tr("Attachment: %1 could not be read.").arg(QDir::toNativeSeparators(info.absoluteFilePath())),
                         QStringLiteral("attachment"), file.errorString());
    }
    QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return makeError(ErrorIo, tr("Attachment: %1 could not be read.").arg(QDir::toNativeSeparators(info.absoluteFilePath())),
                         QStringLiteral("attachment"), file.errorString());
    }
    if (data.isNull())
        data = QByteArray("", 0);
    const QString mimeType = QMimeDatabase().mimeTypeForFileNameAndData(info.fileName(), data).name();
    return addAttachment(caseId, info.fileName(), mimeType, data, category);
}

Result<QByteArray> CaseRepository::attachmentData(qint64 attachmentId) const
{
    return attachmentDataIn(m_db.connection(), attachmentId);
}

Result<QByteArray> CaseRepository::attachmentDataIn(const QSqlDatabase &db, qint64 attachmentId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT content FROM case_attachment WHERE id = ?"));
    query.addBindValue(attachmentId);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return makeError(ErrorNotFound, tr("Attachment %1 does not exist in this register.").arg(attachmentId));
    QByteArray data = query.value(0).toByteArray();
    if (data.isNull())
        data = QByteArray("", 0);
    return data;
}

Status CaseRepository::removeAttachment(qint64 attachmentId)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT case_id FROM case_attachment WHERE id = ?"));
    query.addBindValue(attachmentId);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return makeError(ErrorNotFound, tr("Attachment %1 does not exist in this register.").arg(attachmentId));
    const qint64 caseId = query.value(0).toLongLong();
    query.finish();
    const Result<Case> saved =
        modifyCase(m_db, m_clock, caseId, QStringLiteral("attachment_remove"), [&](const QSqlDatabase &db, Case &) -> Status {
            QSqlQuery remove(db);
            remove.prepare(QStringLiteral("DELETE FROM case_attachment WHERE id = ?"));
            remove.addBindValue(attachmentId);
            if (!remove.exec())
                return sqlError(remove);
            return {};
        });
    if (!saved)
        return saved.error();
    return {};
}

Result<Case> CaseRepository::decide(qint64 caseId, const CaseDecision &input)
{
    CaseDecision d = input;
    d.decidedBy = d.decidedBy.trimmed();
    d.reference = d.reference.trimmed();
    d.reason = d.reason.trimmed();
    d.conditions = d.conditions.trimmed();
    if (d.decidedBy.isEmpty())
        return invalid(QStringLiteral("decision.decided_by"), tr("Decided by: name the officer or the council body that decided."));
    if (!d.decidedOn.isValid())
        return invalid(QStringLiteral("decision.decided_on"), tr("Decision date: a date is required."));
    if (d.outcome == DecisionOutcome::Refused && d.reason.isEmpty()) {
        return invalid(QStringLiteral("decision.reason"),
                       tr("Reason: a refusal must give its reason, with the rule it rests on."));
    }
    if (d.outcome == DecisionOutcome::Granted) {
        if (!d.validFrom.isValid())
            return invalid(QStringLiteral("decision.valid_from"), tr("Valid from: a grant needs the first day of the licence."));
        if (!d.validTo.isValid())
            return invalid(QStringLiteral("decision.valid_to"), tr("Valid to: a grant needs the last day of the licence."));
        if (d.validTo < d.validFrom) {
            return invalid(QStringLiteral("decision.valid_to"), tr("Valid to: %1 is before the first day of the licence (%2).")
                                                                    .arg(formatDate(d.validTo), formatDate(d.validFrom)));
        }
    }
    // The register's reading of § 1-6 (rule set), else the fixed-boundary reading.
    rules::LicencePeriod::Reading reading = rules::LicencePeriod::Reading::FixedBoundary;
    if (const Result<rules::RuleSet> ruleSet = RuleSetRepository(m_db, m_clock).current(); ruleSet) {
        if (const rules::RuleSetVersion *version = ruleSet->versionOn(d.decidedOn))
            reading = version->settings.periodReading;
    }
    const ValidationOptions options = validationOptions(m_db.connection());

    return modifyCase(m_db, m_clock, caseId, QStringLiteral("decide"), [&](const QSqlDatabase &db, Case &c) -> Status {
        // A case is decided once; after an appeal (reconsidered or returned) it may be decided again.
        const std::optional<CaseDecision> previous = c.decision;
        if (previous && c.status != CaseStatus::Appealed) {
            return invalid(QStringLiteral("decision"), tr("Decision: case %1 was already decided on %2.")
                                                           .arg(c.number, formatDate(previous->decidedOn)));
        }
        const bool granted = d.outcome == DecisionOutcome::Granted;
        const bool grantedBefore = previous && previous->outcome == DecisionOutcome::Granted;
        const bool ordinary = c.application.isOrdinary() && c.type != CaseType::SingleOccasion
                              && c.type != CaseType::TravellingUse;
        if (granted && ordinary) {
            const QDate latest = rules::LicencePeriod::latestEnd(d.validFrom, reading);
            if (d.validTo > latest) {
                return invalid(QStringLiteral("decision.valid_to"),
                               tr("Valid to: %1 is after the latest legal end of the period, %2 (alkoholloven § 1-6).")
                                   .arg(formatDate(d.validTo), formatDate(latest)));
            }
        }
        const bool needsLicence = c.type == CaseType::Renewal || c.type == CaseType::Transfer
                                  || c.type == CaseType::ChangeOfManager || c.type == CaseType::Extension
                                  || c.type == CaseType::TravellingUse;
        if (granted && needsLicence && !c.licenceId) {
            return invalid(QStringLiteral("licence_id"),
                           tr("Licence: choose the licence the case concerns before a grant is recorded."));
        }
        c.decision = d;
        const Status moved = moveTo(db, m_clock, c, CaseStatus::Decided, {});
        if (!moved)
            return moved;
        if (grantedBefore && c.licenceId) {
            // A new decision after an appeal: the licence the first grant made or changed is adjusted.
            Result<Licence> current = LicenceRepository::load(db, *c.licenceId);
            if (!current)
                return current.error();
            Licence licence = *current;
            if (granted) {
                if (c.type == CaseType::ChangeOfManager || c.type == CaseType::Extension || c.type == CaseType::TravellingUse)
                    return {};
                licence.validFrom = d.validFrom;
                licence.validTo = d.validTo;
                if (!d.conditions.isEmpty())
                    licence.conditions = d.conditions;
                const Result<Licence> saved = LicenceRepository::saveIn(db, m_clock, licence, QStringLiteral("update"), options);
                return saved ? Status() : Status(licenceError(saved.error()));
            }
            if (licence.isEnded() || c.type == CaseType::ChangeOfManager || c.type == CaseType::Extension
                || c.type == CaseType::TravellingUse || c.type == CaseType::Renewal) {
                return {};
            }
            licence.endedOn = d.decidedOn;
            licence.endReason = EndReason::Other;
            licence.endNote = tr("The grant was reversed on appeal (case %1).").arg(c.number);
            const Result<Licence> saved = LicenceRepository::saveIn(db, m_clock, licence, QStringLiteral("end"), options);
            return saved ? Status() : Status(licenceError(saved.error()));
        }
        if (!granted)
            return {};

        const QString conditions = d.conditions.isEmpty() ? c.application.conditions : d.conditions;
        switch (c.type) {
        case CaseType::NewLicence:
        case CaseType::SingleOccasion:
        case CaseType::Transfer: {
            Licence licence = c.application;
            if (c.type == CaseType::Transfer) {
                Result<Licence> old = LicenceRepository::load(db, *c.licenceId);
                if (!old)
                    return old.error();
                // The new holder's licence gets its own number when the application copied the old one.
                if (licence.number.trimmed() == old->number)
                    licence.number.clear();
                if (!old->isEnded()) {
                    Licence ended = *old;
                    ended.endedOn = c.transferDate.isValid() ? c.transferDate : d.decidedOn;
                    ended.endReason = EndReason::Transferred;
                    ended.endNote = tr("Transferred to %1 (case %2).").arg(c.application.licensee.name, c.number);
                    const Result<Licence> saved = LicenceRepository::saveIn(db, m_clock, ended, QStringLiteral("end"), options);
                    if (!saved)
                        return licenceError(saved.error());
                }
            }
            licence.id = 0;
            // The holder is found by organisation number or added; the application never renames an existing one.
            licence.licensee.id = 0;
            licence.createdAt = QDateTime();
            licence.updatedAt = QDateTime();
            licence.endedOn = QDate();
            licence.endReason.reset();
            licence.endNote.clear();
            licence.validFrom = d.validFrom;
            licence.validTo = d.validTo;
            licence.conditions = conditions;
            licence.number = licence.number.trimmed();
            if (licence.number.isEmpty()) {
                Result<QString> number = LicenceRepository::nextNumberIn(db, d.decidedOn.year());
                if (!number)
                    return number.error();
                licence.number = *number;
            }
            const Result<Licence> saved = LicenceRepository::saveIn(db, m_clock, licence, QStringLiteral("create"), options);
            if (!saved)
                return licenceError(saved.error());
            c.licenceId = saved->id;
            return {};
        }
        case CaseType::Renewal:
        case CaseType::ChangeOfManager:
        case CaseType::Extension: {
            Result<Licence> current = LicenceRepository::load(db, *c.licenceId);
            if (!current)
                return current.error();
            Licence licence = *current;
            if (c.type == CaseType::Renewal) {
                licence.validFrom = d.validFrom;
                licence.validTo = d.validTo;
                licence.conditions = conditions;
            } else if (c.type == CaseType::ChangeOfManager) {
                licence.manager = c.application.manager;
                licence.deputies = c.application.deputies;
            } else {
                licence.groups = c.application.groups;
                licence.indoor = c.application.indoor;
                licence.indoorDescription = c.application.indoorDescription;
                licence.outdoor = c.application.outdoor;
                licence.outdoorDescription = c.application.outdoorDescription;
                licence.conditions = conditions;
            }
            const Result<Licence> saved = LicenceRepository::saveIn(db, m_clock, licence, QStringLiteral("update"), options);
            if (!saved)
                return licenceError(saved.error());
            return {};
        }
        case CaseType::TravellingUse:
            // The use of a travelling licence is recorded in the case; the licence itself is unchanged.
            return {};
        }
        return {};
    });
}

Result<Case> CaseRepository::markNotified(qint64 caseId, const QDate &notifiedOn)
{
    return modifyCase(m_db, m_clock, caseId, QStringLiteral("notify"), [&](const QSqlDatabase &db, Case &c) -> Status {
        if (!c.decision)
            return invalid(QStringLiteral("decision"), tr("Decision: case %1 has no decision to notify.").arg(c.number));
        if (!notifiedOn.isValid())
            return invalid(QStringLiteral("decision.notified_on"), tr("Notified: a date is required."));
        if (notifiedOn < c.decision->decidedOn) {
            return invalid(QStringLiteral("decision.notified_on"), tr("Notified: %1 is before the decision (%2).")
                                                                       .arg(formatDate(notifiedOn), formatDate(c.decision->decidedOn)));
        }
        c.decision->notifiedOn = notifiedOn;
        if (c.status == CaseStatus::Decided)
            return moveTo(db, m_clock, c, CaseStatus::Notified, {});
        return {};
    });
}

Result<Case> CaseRepository::saveAppeal(qint64 caseId, const CaseAppeal &input)
{
    return modifyCase(m_db, m_clock, caseId, QStringLiteral("appeal"), [&](const QSqlDatabase &db, Case &c) -> Status {
        if (!c.decision)
            return invalid(QStringLiteral("appeal"), tr("Appeal: case %1 has no decision to appeal.").arg(c.number));
        CaseAppeal a = input;
        a.appellant = a.appellant.trimmed();
        const Status valid = checkAppeal(a, *c.decision);
        if (!valid)
            return valid;
        const bool first = !c.appeal.has_value();
        c.appeal = a;
        if (first)
            return moveTo(db, m_clock, c, CaseStatus::Appealed, {});
        return {};
    });
}

Result<QList<Case>> CaseRepository::openRenewals(const QList<RenewalRequest> &requests, const QDate &receivedOn)
{
    const Status writable = checkWritable(m_db);
    if (!writable)
        return writable.error();
    const Status received = checkReceivedOn(receivedOn, m_clock.today());
    if (!received)
        return received.error();
    if (requests.isEmpty())
        return invalid(QStringLiteral("licences"), tr("Renewal: choose at least one licence."));
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return ioError(transaction.lastError());
    QList<Case> created;
    QSet<qint64> seen;
    for (int i = 0; i < requests.size(); ++i) {
        const QString field = QStringLiteral("licences[%1]").arg(i);
        const qint64 licenceId = requests.at(i).licenceId;
        Result<Licence> licence = LicenceRepository::load(db, licenceId);
        if (!licence)
            return makeError(licence.error().code, licence.error().message, field, licence.error().detail);
        if (!licence->isOrdinary()) {
            return invalid(field, tr("Licence %1 is not a sales or serving licence; only those are renewed for a new period.")
                                      .arg(licence->number));
        }
        if (licence->isEnded())
            return invalid(field, tr("Licence %1 has ended; it cannot be renewed.").arg(licence->number));
        const Result<bool> open = hasOpenRenewal(db, licenceId);
        if (!open)
            return open.error();
        if (*open || seen.contains(licenceId))
            return invalid(field, tr("Licence %1 already has an open renewal case.").arg(licence->number));
        seen.insert(licenceId);

        Case c;
        c.type = CaseType::Renewal;
        c.receivedOn = receivedOn;
        c.assignedTo = requests.at(i).assignedTo.trimmed();
        c.licenceId = licenceId;
        c.application = *licence;
        c.application.createdAt = QDateTime();
        c.application.updatedAt = QDateTime();
        c.application.validFrom = licence->validTo.addDays(1);
        c.application.validTo = rules::LicencePeriod::latestEnd(c.application.validFrom);
        Result<QString> number = nextNumberIn(db, receivedOn.year());
        if (!number)
            return number.error();
        c.number = *number;
        c.createdAt = m_clock.now().toUTC();
        c.updatedAt = c.createdAt;
        Status s = insertCaseRow(db, c);
        if (s)
            s = addStatusEvent(db, m_clock, c.id, std::nullopt, CaseStatus::Received, {});
        if (!s)
            return s.error();
        Result<Case> stored = loadIn(db, c.id);
        if (!stored)
            return stored.error();
        s = AuditLog::record(db, m_clock, AuditEntity, c.id, QStringLiteral("create"), {}, CaseJson::toJson(*stored));
        if (!s)
            return s.error();
        created.append(*stored);
    }
    if (!transaction.commit())
        return ioError(transaction.lastError());
    return created;
}

Result<int> CaseRepository::recordContinuation(const QList<qint64> &licenceIds, const QDate &decidedOn, const QString &reference)
{
    const Status writable = checkWritable(m_db);
    if (!writable)
        return writable.error();
    const QString ref = reference.trimmed();
    if (!decidedOn.isValid())
        return invalid(QStringLiteral("decided_on"), tr("Decision date: a date is required."));
    if (ref.isEmpty())
        return invalid(QStringLiteral("reference"), tr("Reference: give the council's decision reference."));
    if (licenceIds.isEmpty())
        return invalid(QStringLiteral("licences"), tr("Continuation: choose at least one licence."));
    const ValidationOptions options = validationOptions(m_db.connection());
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return ioError(transaction.lastError());
    QSet<qint64> seen;
    for (int i = 0; i < licenceIds.size(); ++i) {
        const QString field = QStringLiteral("licences[%1]").arg(i);
        Result<Licence> licence = LicenceRepository::load(db, licenceIds.at(i));
        if (!licence)
            return makeError(licence.error().code, licence.error().message, field, licence.error().detail);
        if (seen.contains(licence->id))
            return invalid(field, tr("Licence %1 is listed twice.").arg(licence->number));
        seen.insert(licence->id);
        if (!licence->isOrdinary()) {
            return invalid(field, tr("Licence %1 is not a sales or serving licence; a continuation applies to those only.")
                                      .arg(licence->number));
        }
        if (licence->isEnded())
            return invalid(field, tr("Licence %1 has ended; it cannot be continued.").arg(licence->number));
        Licence continued = *licence;
        continued.validTo = rules::LicencePeriod::continuedEnd(licence->validTo);
        QJsonObject note;
        note.insert(QStringLiteral("reference"), ref);
        note.insert(QStringLiteral("decided_on"), decidedOn.toString(Qt::ISODate));
        note.insert(QStringLiteral("previous_valid_to"), licence->validTo.toString(Qt::ISODate));
        const Result<Licence> saved =
            LicenceRepository::saveIn(db, m_clock, continued, QStringLiteral("continue"), options,
                                      QJsonObject{{QStringLiteral("continuation"), note}});
        if (!saved) {
            Error e = saved.error();
            e.field = field;
            return e;
        }
    }
    if (!transaction.commit())
        return ioError(transaction.lastError());
    return int(licenceIds.size());
}

Result<QList<AuditEntry>> CaseRepository::history(qint64 caseId) const
{
    return AuditLog::entriesFor(m_db.connection(), AuditEntity, caseId);
}

Status CaseRepository::insertAsIs(const QSqlDatabase &db, Case &c, const QHash<qint64, QByteArray> &contents)
{
    Status s = insertCaseRow(db, c);
    for (int i = 0; s && i < c.statements.size(); ++i)
        s = writeStatement(db, c.id, c.statements[i], true);
    for (int i = 0; s && i < c.attachments.size(); ++i)
        s = insertAttachment(db, c.id, c.attachments[i], contents.value(c.attachments.at(i).id));
    for (int i = 0; s && i < c.events.size(); ++i)
        s = insertEvent(db, c.id, c.events[i]);
    return s;
}

} // namespace bevilling
