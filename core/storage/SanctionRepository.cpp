#include "storage/SanctionRepository.h"

#include "domain/Licence.h"
#include "inspections/SanctionWorkflow.h"
#include "rules/Findings.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/LicenceLedger.h"
#include "storage/Numbering.h"
#include "storage/RuleSetRepository.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace bevilling {

namespace {

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QString timestamp(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timestampFrom(const QVariant &value)
{
    QDateTime dt = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return dt.isValid() ? dt.toUTC() : dt;
}

Error ioError(const QString &detail)
{
    return makeError(SanctionRepository::ErrorIo, SanctionRepository::tr("The register could not be saved or read."), {},
                     detail);
}

Error sqlError(const QSqlQuery &query)
{
    return ioError(query.lastError().text());
}

Error invalid(const QString &field, const QString &message)
{
    return makeError(SanctionRepository::ErrorValidation, message, field);
}

QJsonValue jsonDate(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

// The audit snapshot of a case.
QJsonObject snapshot(const SanctionCase &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("number"), c.number);
    o.insert(QStringLiteral("licence_id"), c.licenceId);
    o.insert(QStringLiteral("status"), SanctionTexts::statusKey(c.status));
    QJsonArray findings;
    for (const SanctionFinding &f : c.findings) {
        QJsonObject fo;
        fo.insert(QStringLiteral("code"), f.code);
        fo.insert(QStringLiteral("offence_date"), jsonDate(f.offenceDate));
        fo.insert(QStringLiteral("source"), f.source);
        fo.insert(QStringLiteral("standard_prikker"), f.standardPrikker);
        fo.insert(QStringLiteral("decided_prikker"), f.decidedPrikker ? QJsonValue(*f.decidedPrikker) : QJsonValue());
        fo.insert(QStringLiteral("reason"), f.reason);
        if (f.inspectionFindingId)
            fo.insert(QStringLiteral("inspection_finding_id"), f.inspectionFindingId);
        findings.append(fo);
    }
    o.insert(QStringLiteral("findings"), findings);
    o.insert(QStringLiteral("notice_sent"), jsonDate(c.noticeSent));
    o.insert(QStringLiteral("response_deadline"), jsonDate(c.responseDeadline));
    o.insert(QStringLiteral("response"), c.response);
    o.insert(QStringLiteral("decided_on"), jsonDate(c.decidedOn));
    o.insert(QStringLiteral("decided_by"), c.decidedBy);
    o.insert(QStringLiteral("reference"), c.reference);
    if (c.suspension) {
        QJsonObject s;
        s.insert(QStringLiteral("notice_sent"), jsonDate(c.suspension->noticeSent));
        s.insert(QStringLiteral("decided"), jsonDate(c.suspension->decided));
        s.insert(QStringLiteral("days"), c.suspension->days);
        s.insert(QStringLiteral("from"), jsonDate(c.suspension->from));
        s.insert(QStringLiteral("to"), jsonDate(c.suspension->to));
        o.insert(QStringLiteral("suspension"), s);
    }
    if (c.appeal) {
        QJsonObject a;
        a.insert(QStringLiteral("received"), jsonDate(c.appeal->received));
        a.insert(QStringLiteral("grounds"), c.appeal->grounds);
        a.insert(QStringLiteral("outcome_on"), jsonDate(c.appeal->outcomeOn));
        a.insert(QStringLiteral("overturned"), c.appeal->overturned ? QJsonValue(*c.appeal->overturned) : QJsonValue());
        o.insert(QStringLiteral("appeal"), a);
    }
    o.insert(QStringLiteral("notes"), c.notes);
    return o;
}

const QString kColumns = QStringLiteral(
    "number, licence_id, status, notice_sent, response_deadline, response, decided_on, decided_by, reference, "
    "suspension_notice_sent, suspension_decided, suspension_days, suspension_from, suspension_to, appeal_received, "
    "appeal_grounds, appeal_outcome_on, appeal_overturned, notes, created_at, updated_at");

void bindColumns(QSqlQuery &q, const SanctionCase &c)
{
    q.addBindValue(c.number);
    q.addBindValue(c.licenceId);
    q.addBindValue(SanctionTexts::statusKey(c.status));
    q.addBindValue(dateValue(c.noticeSent));
    q.addBindValue(dateValue(c.responseDeadline));
    q.addBindValue(text(c.response));
    q.addBindValue(dateValue(c.decidedOn));
    q.addBindValue(text(c.decidedBy));
    q.addBindValue(text(c.reference));
    const SanctionSuspension s = c.suspension.value_or(SanctionSuspension{});
    q.addBindValue(dateValue(s.noticeSent));
    q.addBindValue(dateValue(s.decided));
    q.addBindValue(c.suspension ? QVariant(s.days) : QVariant());
    q.addBindValue(dateValue(s.from));
    q.addBindValue(dateValue(s.to));
    const SanctionAppeal a = c.appeal.value_or(SanctionAppeal{});
    q.addBindValue(c.appeal ? dateValue(a.received) : QVariant());
    q.addBindValue(text(a.grounds));
    q.addBindValue(dateValue(a.outcomeOn));
    q.addBindValue(a.overturned ? QVariant(*a.overturned ? 1 : 0) : QVariant());
    q.addBindValue(text(c.notes));
    q.addBindValue(timestamp(c.createdAt));
    q.addBindValue(timestamp(c.updatedAt));
}

SanctionCase caseFromRow(const QSqlQuery &q)
{
    SanctionCase c;
    c.id = q.value(0).toLongLong();
    c.number = q.value(1).toString();
    c.licenceId = q.value(2).toLongLong();
    c.status = SanctionTexts::statusFromKey(q.value(3).toString()).value_or(SanctionStatus::Proposed);
    c.noticeSent = dateFrom(q.value(4));
    c.responseDeadline = dateFrom(q.value(5));
    c.response = q.value(6).toString();
    c.decidedOn = dateFrom(q.value(7));
    c.decidedBy = q.value(8).toString();
    c.reference = q.value(9).toString();
    if (!q.value(12).isNull()) {
        SanctionSuspension s;
        s.noticeSent = dateFrom(q.value(10));
        s.decided = dateFrom(q.value(11));
        s.days = q.value(12).toInt();
        s.from = dateFrom(q.value(13));
        s.to = dateFrom(q.value(14));
        c.suspension = s;
    }
    if (!q.value(15).isNull()) {
        SanctionAppeal a;
        a.received = dateFrom(q.value(15));
        a.grounds = q.value(16).toString();
        a.outcomeOn = dateFrom(q.value(17));
        if (!q.value(18).isNull())
            a.overturned = q.value(18).toInt() != 0;
        c.appeal = a;
    }
    c.notes = q.value(19).toString();
    c.createdAt = timestampFrom(q.value(20));
    c.updatedAt = timestampFrom(q.value(21));
    return c;
}

Status loadFindings(const QSqlDatabase &db, SanctionCase &c)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, inspection_finding_id, code, offence_date, source, standard_prikker, "
                             "decided_prikker, reason FROM sanction_finding WHERE sanction_case_id = ? ORDER BY id"));
    q.addBindValue(c.id);
    if (!q.exec())
        return sqlError(q);
    c.findings.clear();
    while (q.next()) {
        SanctionFinding f;
        f.id = q.value(0).toLongLong();
        f.inspectionFindingId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
        f.code = q.value(2).toString();
        f.offenceDate = dateFrom(q.value(3));
        f.source = q.value(4).toString();
        f.standardPrikker = q.value(5).toInt();
        if (!q.value(6).isNull())
            f.decidedPrikker = q.value(6).toInt();
        f.reason = q.value(7).toString();
        c.findings.append(f);
    }
    return {};
}

Result<SanctionCase> loadIn(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, ") + kColumns + QStringLiteral(" FROM sanction_case WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    if (!q.next()) {
        return makeError(SanctionRepository::ErrorNotFound,
                         SanctionRepository::tr("Sanction case %1 does not exist in this register.").arg(id));
    }
    SanctionCase c = caseFromRow(q);
    const Status findings = loadFindings(db, c);
    if (!findings)
        return findings.error();
    return c;
}

Status insertFinding(const QSqlDatabase &db, qint64 caseId, SanctionFinding &f)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO sanction_finding (sanction_case_id, inspection_finding_id, code, offence_date, "
                             "source, standard_prikker, decided_prikker, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(caseId);
    q.addBindValue(f.inspectionFindingId ? QVariant(f.inspectionFindingId) : QVariant());
    q.addBindValue(f.code);
    q.addBindValue(dateValue(f.offenceDate));
    q.addBindValue(text(f.source));
    q.addBindValue(f.standardPrikker);
    q.addBindValue(f.decidedPrikker ? QVariant(*f.decidedPrikker) : QVariant());
    q.addBindValue(text(f.reason));
    if (!q.exec())
        return sqlError(q);
    f.id = q.lastInsertId().toLongLong();
    return {};
}

Status updateRow(const QSqlDatabase &db, const SanctionCase &c)
{
    QString assignments;
    for (const QString &column : kColumns.split(QStringLiteral(", ")))
        assignments += (assignments.isEmpty() ? QString() : QStringLiteral(", ")) + column + QStringLiteral(" = ?");
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE sanction_case SET ") + assignments + QStringLiteral(" WHERE id = ?"));
    bindColumns(q, c);
    q.addBindValue(c.id);
    if (!q.exec())
        return sqlError(q);
    for (const SanctionFinding &f : c.findings) {
        QSqlQuery u(db);
        u.prepare(QStringLiteral("UPDATE sanction_finding SET decided_prikker = ?, reason = ? WHERE id = ?"));
        u.addBindValue(f.decidedPrikker ? QVariant(*f.decidedPrikker) : QVariant());
        u.addBindValue(text(f.reason));
        u.addBindValue(f.id);
        if (!u.exec())
            return sqlError(u);
    }
    return {};
}

Result<QString> nextNumberIn(const QSqlDatabase &db, int year)
{
    return Numbering::next(db, QStringLiteral("sanction_case"), QStringLiteral("S-%1-").arg(year), 3, &sqlError);
}

Status checkLicence(const QSqlDatabase &db, qint64 licenceId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM licence WHERE id = ?"));
    q.addBindValue(licenceId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next()) {
        return makeError(SanctionRepository::ErrorNotFound,
                         SanctionRepository::tr("Licence %1 does not exist in this register.").arg(licenceId),
                         QStringLiteral("licence_id"));
    }
    return {};
}

// The ledger total with this (decided) case counted, on its decision date.
Result<rules::LedgerResult> ledgerOnDecision(const Database &db, const Clock &clock, const SanctionCase &c)
{
    const Result<QList<rules::LedgerEvent>> events = LicenceLedger::eventsFor(db.connection(), c.licenceId);
    if (!events)
        return events.error();
    const QDate on = c.decidedOn.isValid() ? c.decidedOn : clock.today();
    return rules::PrikkLedger::evaluate(*events, on, LicenceLedger::settingsFor(db, clock, on));
}

} // namespace

SanctionRepository::SanctionRepository(const Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Result<QList<SanctionCase>> SanctionRepository::list(std::optional<qint64> licenceId) const
{
    const QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM sanction_case") + (licenceId ? QStringLiteral(" WHERE licence_id = ?") : QString())
              + QStringLiteral(" ORDER BY number"));
    if (licenceId)
        q.addBindValue(*licenceId);
    if (!q.exec())
        return sqlError(q);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    QList<SanctionCase> result;
    for (qint64 id : std::as_const(ids)) {
        Result<SanctionCase> c = loadIn(db, id);
        if (!c)
            return c.error();
        result.append(*std::move(c));
    }
    return result;
}

Result<QList<SanctionCase>> SanctionRepository::readAll(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id FROM sanction_case ORDER BY id")))
        return sqlError(q);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    QList<SanctionCase> result;
    for (qint64 id : std::as_const(ids)) {
        Result<SanctionCase> c = loadIn(db, id);
        if (!c)
            return c.error();
        result.append(*std::move(c));
    }
    return result;
}

Status SanctionRepository::insertAsIs(const QSqlDatabase &db, const SanctionCase &c)
{
    QSqlQuery q(db);
    QString marks = QStringLiteral("?");
    for (int i = 0; i < kColumns.split(QStringLiteral(", ")).size(); ++i)
        marks += QStringLiteral(", ?");
    q.prepare(QStringLiteral("INSERT INTO sanction_case (id, ") + kColumns + QStringLiteral(") VALUES (") + marks
              + QStringLiteral(")"));
    q.addBindValue(c.id);
    bindColumns(q, c);
    if (!q.exec())
        return sqlError(q);
    for (const SanctionFinding &f : c.findings) {
        QSqlQuery fq(db);
        fq.prepare(QStringLiteral("INSERT INTO sanction_finding (id, sanction_case_id, inspection_finding_id, code, "
                                  "offence_date, source, standard_prikker, decided_prikker, reason) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        fq.addBindValue(f.id);
        fq.addBindValue(c.id);
        fq.addBindValue(f.inspectionFindingId ? QVariant(f.inspectionFindingId) : QVariant());
        fq.addBindValue(f.code);
        fq.addBindValue(dateValue(f.offenceDate));
        fq.addBindValue(text(f.source));
        fq.addBindValue(f.standardPrikker);
        fq.addBindValue(f.decidedPrikker ? QVariant(*f.decidedPrikker) : QVariant());
        fq.addBindValue(text(f.reason));
        if (!fq.exec())
            return sqlError(fq);
    }
    return {};
}

Result<SanctionCase> SanctionRepository::find(qint64 id) const
{
    return loadIn(m_db.connection(), id);
}

Result<QString> SanctionRepository::nextNumber(int year) const
{
    return nextNumberIn(m_db.connection(), year);
}

namespace {

// Writes a new case with its findings, in one transaction with its audit entry.
Result<SanctionCase> insertCase(const Database &database, const Clock &clock, SanctionCase c)
{
    const QSqlDatabase db = database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return ioError(tx.lastError());
    const Result<QString> number = nextNumberIn(db, clock.today().year());
    if (!number)
        return number.error();
    c.number = *number;
    c.status = SanctionStatus::Proposed;
    c.createdAt = clock.now().toUTC();
    c.updatedAt = c.createdAt;
    QSqlQuery q(db);
    QString marks;
    for (int i = 0; i < kColumns.split(QStringLiteral(", ")).size(); ++i)
        marks += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    q.prepare(QStringLiteral("INSERT INTO sanction_case (") + kColumns + QStringLiteral(") VALUES (") + marks
              + QStringLiteral(")"));
    bindColumns(q, c);
    if (!q.exec())
        return sqlError(q);
    c.id = q.lastInsertId().toLongLong();
    for (SanctionFinding &f : c.findings) {
        const Status inserted = insertFinding(db, c.id, f);
        if (!inserted)
            return inserted.error();
    }
    const Status audited = AuditLog::record(db, clock, SanctionRepository::AuditEntity, c.id, QStringLiteral("create"),
                                            {}, snapshot(c));
    if (!audited)
        return audited.error();
    if (!tx.commit())
        return ioError(tx.lastError());
    return c;
}

} // namespace

Result<SanctionCase> SanctionRepository::createFromInspection(qint64 inspectionId)
{
    if (m_db.isReadOnly())
        return makeError(ErrorReadOnly, tr("The register is open read-only."));
    const QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT licence_id, number, inspection_date FROM inspection WHERE id = ?"));
    q.addBindValue(inspectionId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return makeError(ErrorNotFound, tr("Inspection %1 does not exist in this register.").arg(inspectionId));
    SanctionCase c;
    c.licenceId = q.value(0).toLongLong();
    const QString source = q.value(1).toString();
    const QDate date = dateFrom(q.value(2));

    QSqlQuery f(db);
    f.prepare(QStringLiteral("SELECT f.id, f.code, (SELECT COUNT(*) FROM sanction_finding s WHERE s.inspection_finding_id = f.id) "
                             "FROM inspection_finding f WHERE f.inspection_id = ? ORDER BY f.position, f.id"));
    f.addBindValue(inspectionId);
    if (!f.exec())
        return sqlError(f);
    QSet<QString> seen;
    QStringList merged;
    while (f.next()) {
        if (f.value(2).toInt() > 0) {
            return invalid(QStringLiteral("inspection"),
                           tr("Inspection %1: its findings are already in a sanction case.").arg(source));
        }
        SanctionFinding finding;
        finding.inspectionFindingId = f.value(0).toLongLong();
        finding.code = f.value(1).toString();
        finding.offenceDate = date;
        finding.source = source;
        const std::optional<rules::FindingCode> known = rules::Findings::find(finding.code);
        if (!known)
            return invalid(QStringLiteral("findings"), tr("Unknown finding code \"%1\".").arg(finding.code));
        finding.standardPrikker = known->prikker;
        if (seen.contains(finding.code) && !merged.contains(finding.code))
            merged.append(finding.code);
        seen.insert(finding.code);
        c.findings.append(finding);
    }
    if (c.findings.isEmpty())
        return invalid(QStringLiteral("findings"), tr("Inspection %1 has no findings to sanction.").arg(source));
    for (const QString &code : std::as_const(merged)) {
        c.notes += (c.notes.isEmpty() ? QString() : QStringLiteral("\n"))
            + tr("The same breach (%1) was found more than once at inspection %2; it counts once.").arg(code, source);
    }
    return insertCase(m_db, m_clock, c);
}

Result<SanctionCase> SanctionRepository::createFromReport(qint64 licenceId, const QString &code, const QDate &date,
                                                          const QString &source)
{
    if (m_db.isReadOnly())
        return makeError(ErrorReadOnly, tr("The register is open read-only."));
    const Status licence = checkLicence(m_db.connection(), licenceId);
    if (!licence)
        return licence.error();
    const std::optional<rules::FindingCode> known = rules::Findings::find(code);
    if (!known)
        return invalid(QStringLiteral("code"), tr("Unknown finding code \"%1\".").arg(code));
    if (!date.isValid())
        return invalid(QStringLiteral("date"), tr("Date: the date of the breach is required."));
    if (date > m_clock.today())
        return invalid(QStringLiteral("date"), tr("Date: %1 is in the future.").arg(formatDate(date)));
    if (source.trimmed().isEmpty())
        return invalid(QStringLiteral("source"), tr("Source: name the authority that reported the breach."));
    SanctionCase c;
    c.licenceId = licenceId;
    SanctionFinding finding;
    finding.code = code;
    finding.offenceDate = date;
    finding.source = source.trimmed();
    finding.standardPrikker = known->prikker;
    c.findings.append(finding);
    return insertCase(m_db, m_clock, c);
}

Result<SanctionProposal> SanctionRepository::proposal(qint64 caseId) const
{
    const QSqlDatabase db = m_db.connection();
    const Result<SanctionCase> loaded = loadIn(db, caseId);
    if (!loaded)
        return loaded.error();
    const QDate on = proposalDate(*loaded, m_clock.today());
    return proposalOf(db, *loaded, on, LicenceLedger::settingsFor(m_db, m_clock, on));
}

Result<QHash<qint64, SanctionProposal>> SanctionRepository::proposals(const QList<SanctionCase> &cases) const
{
    const QSqlDatabase db = m_db.connection();
    const Result<rules::RuleSet> ruleSet = RuleSetRepository(m_db, m_clock).current();
    const QDate today = m_clock.today();
    QHash<qint64, SanctionProposal> result;
    for (const SanctionCase &c : cases) {
        const QDate on = proposalDate(c, today);
        const rules::LedgerSettings settings =
            ruleSet ? LicenceLedger::settingsFor(*ruleSet, on, today) : rules::LedgerSettings();
        Result<SanctionProposal> one = proposalOf(db, c, on, settings);
        if (one)
            result.insert(c.id, *std::move(one));
    }
    return result;
}

QDate SanctionRepository::proposalDate(const SanctionCase &c, const QDate &today)
{
    QDate on;
    for (const SanctionFinding &f : c.findings)
        on = std::max(on, f.offenceDate);
    return on.isValid() ? on : today;
}

Result<SanctionProposal> SanctionRepository::proposalOf(const QSqlDatabase &db, const SanctionCase &c, const QDate &on,
                                                        const rules::LedgerSettings &settings)
{
    const Result<QList<rules::LedgerEvent>> others = LicenceLedger::eventsFor(db, c.licenceId, c.id);
    if (!others)
        return others.error();
    QList<rules::LedgerEvent> with = *others;
    const QList<rules::LedgerEvent> own = LicenceLedger::eventsOf(c);
    with += own;
    Result<rules::LedgerResult> before = rules::PrikkLedger::evaluate(*others, on, settings);
    if (!before)
        return before.error();
    Result<rules::LedgerResult> after = rules::PrikkLedger::evaluate(with, on, settings);
    if (!after)
        return after.error();
    SanctionProposal result;
    for (const rules::LedgerEvent &event : own) {
        QSet<QString> seen;
        for (const rules::LedgerFinding &f : event.findings) {
            if (seen.contains(f.code))
                continue;
            seen.insert(f.code);
            const std::optional<rules::FindingCode> known = rules::Findings::find(f.code);
            result.casePrikker += f.prikker.value_or(known ? known->prikker : 0);
        }
    }
    result.before = *std::move(before);
    result.after = *std::move(after);
    return result;
}

namespace {

// Loads the case, lets `change` modify it (or refuse), and stores it with its audit entry, all in
// one transaction. Nothing is written when `change` refuses.
Result<SanctionCase> modify(const Database &database, const Clock &clock, qint64 id, const QString &action,
                            const std::function<Status(SanctionCase &)> &change)
{
    if (database.isReadOnly())
        return makeError(SanctionRepository::ErrorReadOnly, SanctionRepository::tr("The register is open read-only."));
    const QSqlDatabase db = database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return ioError(tx.lastError());
    Result<SanctionCase> loaded = loadIn(db, id);
    if (!loaded)
        return loaded.error();
    const SanctionCase before = *loaded;
    SanctionCase c = *std::move(loaded);
    const Status changed = change(c);
    if (!changed)
        return changed.error();
    c.updatedAt = clock.now().toUTC();
    const Status stored = updateRow(db, c);
    if (!stored)
        return stored.error();
    const Status audited = AuditLog::record(db, clock, SanctionRepository::AuditEntity, c.id, action, snapshot(before),
                                            snapshot(c));
    if (!audited)
        return audited.error();
    if (!tx.commit())
        return ioError(tx.lastError());
    return c;
}

Status notInFuture(const QDate &date, const QDate &today, const QString &field, const QString &label)
{
    if (!date.isValid())
        return invalid(field, SanctionRepository::tr("%1: the date is required.").arg(label));
    if (date > today)
        return invalid(field, SanctionRepository::tr("%1: %2 is in the future.").arg(label, formatDate(date)));
    return {};
}

} // namespace

Result<SanctionCase> SanctionRepository::sendNotice(qint64 id, const QDate &sent, const QDate &responseDeadline)
{
    return modify(m_db, m_clock, id, QStringLiteral("advance_notice"), [&](SanctionCase &c) -> Status {
        const Status date = notInFuture(sent, m_clock.today(), QStringLiteral("notice_sent"), tr("Advance notice"));
        if (!date)
            return date;
        c.noticeSent = sent;
        c.responseDeadline = responseDeadline;
        const Status allowed = SanctionWorkflow::check(c, SanctionStatus::AdvanceNotice);
        if (!allowed)
            return allowed;
        c.status = SanctionStatus::AdvanceNotice;
        return {};
    });
}

Result<SanctionCase> SanctionRepository::recordResponse(qint64 id, const QString &response)
{
    return modify(m_db, m_clock, id, QStringLiteral("response"), [&](SanctionCase &c) -> Status {
        if (c.status != SanctionStatus::AdvanceNotice) {
            return invalid(QStringLiteral("response"),
                           tr("Response: a response is recorded while the advance notice is out."));
        }
        if (response.trimmed().isEmpty())
            return invalid(QStringLiteral("response"), tr("Response: the licensee's response is empty."));
        c.response = response.trimmed();
        return {};
    });
}

Result<SanctionCase> SanctionRepository::decide(qint64 id, const SanctionDecision &decision)
{
    return modify(m_db, m_clock, id, QStringLiteral("decide"), [&](SanctionCase &c) -> Status {
        if (!decision.prikker.isEmpty() && decision.prikker.size() != c.findings.size()) {
            return invalid(QStringLiteral("findings"),
                           tr("Findings: the decision gives prikker for %1 findings; the case has %2.")
                               .arg(decision.prikker.size())
                               .arg(c.findings.size()));
        }
        if (decision.decidedOn.isValid() && decision.decidedOn > m_clock.today()) {
            return invalid(QStringLiteral("decided_on"),
                           tr("Decided on: %1 is in the future.").arg(formatDate(decision.decidedOn)));
        }
        c.decidedOn = decision.decidedOn;
        c.decidedBy = decision.decidedBy.trimmed();
        c.reference = decision.reference.trimmed();
        for (int i = 0; i < c.findings.size(); ++i) {
            SanctionFinding &f = c.findings[i];
            const std::optional<int> given = i < decision.prikker.size() ? decision.prikker.at(i) : std::nullopt;
            if (given && *given < 0) {
                return invalid(QStringLiteral("findings[%1].decided_prikker").arg(i),
                               tr("Finding %1: prikker cannot be negative.").arg(i + 1));
            }
            f.decidedPrikker = given;
            f.reason = i < decision.reasons.size() ? decision.reasons.at(i).trimmed() : QString();
        }
        const Status allowed = SanctionWorkflow::check(c, SanctionStatus::Decided);
        if (!allowed)
            return allowed;
        // Like-kind breaches at one inspection count once, so their numbers must agree.
        for (int i = 0; i < c.findings.size(); ++i) {
            for (int j = 0; j < i; ++j) {
                const SanctionFinding &a = c.findings.at(j);
                const SanctionFinding &b = c.findings.at(i);
                if (a.code == b.code && a.source == b.source && a.offenceDate == b.offenceDate && a.prikker() != b.prikker()) {
                    return invalid(QStringLiteral("findings[%1].decided_prikker").arg(i),
                                   tr("Finding %1: the same breach at the same inspection counts once; give it the "
                                      "same prikker as finding %2.")
                                       .arg(i + 1)
                                       .arg(j + 1));
                }
            }
        }
        for (SanctionFinding &f : c.findings) {
            if (f.decidedPrikker && *f.decidedPrikker == f.standardPrikker)
                f.decidedPrikker.reset();
        }
        c.status = SanctionStatus::Decided;
        return {};
    });
}

Result<SanctionCase> SanctionRepository::sendSuspensionNotice(qint64 id, const QDate &sent)
{
    return modify(m_db, m_clock, id, QStringLiteral("suspension_notice"), [&](SanctionCase &c) -> Status {
        const Status date = notInFuture(sent, m_clock.today(), QStringLiteral("suspension.notice_sent"),
                                        tr("Advance notice of suspension"));
        if (!date)
            return date;
        if (c.decidedOn.isValid() && sent < c.decidedOn) {
            return invalid(QStringLiteral("suspension.notice_sent"),
                           tr("Advance notice of suspension: %1 is before the decision on prikker (%2).")
                               .arg(formatDate(sent), formatDate(c.decidedOn)));
        }
        const Result<rules::LedgerResult> ledger = ledgerOnDecision(m_db, m_clock, c);
        if (!ledger)
            return ledger.error();
        const Status allowed = SanctionWorkflow::check(c, SanctionStatus::SuspensionNotice, ledger->activePrikker);
        if (!allowed)
            return allowed;
        SanctionSuspension s;
        s.noticeSent = sent;
        s.days = rules::PrikkLedger::suspensionDays(ledger->activePrikker);
        c.suspension = s;
        c.status = SanctionStatus::SuspensionNotice;
        return {};
    });
}

Result<SanctionCase> SanctionRepository::decideSuspension(qint64 id, const QDate &decided, const QDate &from, const QDate &to)
{
    return modify(m_db, m_clock, id, QStringLiteral("suspension_decided"), [&](SanctionCase &c) -> Status {
        const Status date = notInFuture(decided, m_clock.today(), QStringLiteral("suspension.decided"),
                                        tr("Suspension decided"));
        if (!date)
            return date;
        SanctionSuspension s = c.suspension.value_or(SanctionSuspension{});
        if (s.noticeSent.isValid() && decided < s.noticeSent) {
            return invalid(QStringLiteral("suspension.decided"),
                           tr("Suspension decided: %1 is before the advance notice of suspension (%2).")
                               .arg(formatDate(decided), formatDate(s.noticeSent)));
        }
        const Result<rules::LedgerResult> ledger = ledgerOnDecision(m_db, m_clock, c);
        if (!ledger)
            return ledger.error();
        s.decided = decided;
        s.days = rules::PrikkLedger::suspensionDays(ledger->activePrikker);
        s.from = from;
        s.to = to.isValid() ? to : (from.isValid() && s.days > 0 ? from.addDays(s.days - 1) : QDate());
        if (from.isValid() && from < decided) {
            return invalid(QStringLiteral("suspension.from"),
                           tr("Suspension: the first day (%1) is before the decision (%2).")
                               .arg(formatDate(from), formatDate(decided)));
        }
        c.suspension = s;
        const Status allowed = SanctionWorkflow::check(c, SanctionStatus::SuspensionDecided);
        if (!allowed)
            return allowed;
        c.status = SanctionStatus::SuspensionDecided;
        return {};
    });
}

Result<SanctionCase> SanctionRepository::registerAppeal(qint64 id, const QDate &received, const QString &grounds)
{
    return modify(m_db, m_clock, id, QStringLiteral("appeal"), [&](SanctionCase &c) -> Status {
        const Status date = notInFuture(received, m_clock.today(), QStringLiteral("appeal.received"), tr("Appeal"));
        if (!date)
            return date;
        if (c.decidedOn.isValid() && received < c.decidedOn) {
            return invalid(QStringLiteral("appeal.received"),
                           tr("Appeal: %1 is before the decision (%2).").arg(formatDate(received), formatDate(c.decidedOn)));
        }
        SanctionAppeal a;
        a.received = received;
        a.grounds = grounds.trimmed();
        c.appeal = a;
        const Status allowed = SanctionWorkflow::check(c, SanctionStatus::Appealed);
        if (!allowed)
            return allowed;
        c.status = SanctionStatus::Appealed;
        return {};
    });
}

Result<SanctionCase> SanctionRepository::appealOutcome(qint64 id, const QDate &outcomeOn, bool overturned)
{
    return modify(m_db, m_clock, id, QStringLiteral("appeal_outcome"), [&](SanctionCase &c) -> Status {
        if (c.status != SanctionStatus::Appealed || !c.appeal)
            return invalid(QStringLiteral("appeal"), tr("Appeal: no appeal is pending in this case."));
        const Status date = notInFuture(outcomeOn, m_clock.today(), QStringLiteral("appeal.outcome_on"),
                                        tr("Appeal outcome"));
        if (!date)
            return date;
        if (outcomeOn < c.appeal->received) {
            return invalid(QStringLiteral("appeal.outcome_on"),
                           tr("Appeal outcome: %1 is before the appeal was received (%2).")
                               .arg(formatDate(outcomeOn), formatDate(c.appeal->received)));
        }
        c.appeal->outcomeOn = outcomeOn;
        c.appeal->overturned = overturned;
        SanctionStatus to = SanctionStatus::Closed;
        if (!overturned)
            to = c.suspension && c.suspension->decided.isValid() ? SanctionStatus::SuspensionDecided : SanctionStatus::Decided;
        const Status allowed = SanctionWorkflow::check(c, to);
        if (!allowed)
            return allowed;
        c.status = to;
        return {};
    });
}

Result<SanctionCase> SanctionRepository::setStatus(qint64 id, SanctionStatus to, const QString &note)
{
    return modify(m_db, m_clock, id, QStringLiteral("status"), [&](SanctionCase &c) -> Status {
        int total = 0;
        if (to == SanctionStatus::SuspensionNotice) {
            const Result<rules::LedgerResult> ledger = ledgerOnDecision(m_db, m_clock, c);
            if (!ledger)
                return ledger.error();
            total = ledger->activePrikker;
        }
        const Status allowed = SanctionWorkflow::check(c, to, total);
        if (!allowed)
            return allowed;
        if (!note.trimmed().isEmpty())
            c.notes += (c.notes.isEmpty() ? QString() : QStringLiteral("\n")) + note.trimmed();
        c.status = to;
        return {};
    });
}

} // namespace bevilling
