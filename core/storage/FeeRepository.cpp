#include "storage/FeeRepository.h"

#include "cases/Case.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/FeeRateRepository.h"
#include "storage/LicenceRepository.h"
#include "storage/RuleSetRepository.h"
#include "storage/SanctionRepository.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "storage/TurnoverRepository.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace bevilling {

namespace {

const QString kUnpaidCode = QStringLiteral("fee_unpaid");

Error invalid(const QString &field, const QString &message)
{
    return makeError(FeeRepository::ErrorValidation, message, field);
}

Error ioError(const QSqlQuery &query)
{
    return makeError(FeeRepository::ErrorIo, FeeRepository::tr("The register could not be read or written."), QString(),
                     query.lastError().text());
}

qint64 toOre(double kroner)
{
    return qRound64(kroner * 100.0);
}

double fromOre(const QVariant &value)
{
    return double(value.toLongLong()) / 100.0;
}

QVariant litresValue(const std::optional<GroupLitres> &litres, int group)
{
    return litres ? QVariant(litres->group[group]) : QVariant();
}

std::optional<GroupLitres> litresFrom(const QSqlQuery &q, int first)
{
    if (q.value(first).isNull() && q.value(first + 1).isNull() && q.value(first + 2).isNull())
        return std::nullopt;
    GroupLitres l;
    for (int g = 0; g < 3; ++g)
        l.group[g] = q.value(first + g).toDouble();
    return l;
}

// Columns 0-19 of a fee_line row, 20-22 licence number, licensee name and org number, 23 paid (øre).
const QString kLineSelect = QStringLiteral(
    "SELECT f.id, f.year, f.licence_id, f.kind, f.basis_year, f.case_id, f.litres_group1, f.litres_group2, "
    "f.litres_group3, f.expected_group1, f.expected_group2, f.expected_group3, f.amount_ore, f.minimum_applied, "
    "f.basis, f.issued_on, f.due_on, f.created_at, f.created_by, 0, l.number, p.name, p.org_number, "
    "(SELECT COALESCE(SUM(x.amount_ore), 0) FROM fee_payment x WHERE x.fee_line_id = f.id) "
    "FROM fee_line f JOIN licence l ON l.id = f.licence_id JOIN licensee p ON p.id = l.licensee_id ");

FeeLine lineFrom(const QSqlQuery &q)
{
    FeeLine line;
    line.id = q.value(0).toLongLong();
    line.year = q.value(1).toInt();
    line.licenceId = q.value(2).toLongLong();
    line.kind = FeeTexts::kindFromKey(q.value(3).toString()).value_or(FeeLineKind::Provisional);
    line.basisYear = q.value(4).toInt();
    if (!q.value(5).isNull())
        line.caseId = q.value(5).toLongLong();
    line.litres = litresFrom(q, 6);
    line.expectedLitres = litresFrom(q, 9);
    line.amount = fromOre(q.value(12));
    line.minimumApplied = q.value(13).toBool();
    line.basis = q.value(14).toString();
    line.issuedOn = SqlValues::dateFrom(q.value(15));
    line.dueOn = SqlValues::dateFrom(q.value(16));
    line.licenceNumber = q.value(20).toString();
    line.licenseeName = q.value(21).toString();
    line.orgNumber = q.value(22).toString();
    line.paid = fromOre(q.value(23));
    return line;
}

Result<QList<FeeLine>> selectLines(const QSqlDatabase &db, const QString &where, const QList<QVariant> &values)
{
    QSqlQuery q(db);
    q.prepare(kLineSelect + where + QStringLiteral(" ORDER BY f.year, l.number, f.kind, f.basis_year, f.id"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return ioError(q);
    QList<FeeLine> lines;
    while (q.next())
        lines.append(lineFrom(q));
    // Sort like the calculator: licence number, then kind in FeeLineKind order.
    std::stable_sort(lines.begin(), lines.end(), [](const FeeLine &a, const FeeLine &b) {
        if (a.year != b.year)
            return a.year < b.year;
        if (a.licenceNumber != b.licenceNumber)
            return a.licenceNumber < b.licenceNumber;
        return static_cast<int>(a.kind) < static_cast<int>(b.kind);
    });
    return lines;
}

QJsonObject lineJson(const FeeLine &line)
{
    QJsonObject o;
    o.insert(QStringLiteral("year"), line.year);
    o.insert(QStringLiteral("licence_id"), QString::number(line.licenceId));
    o.insert(QStringLiteral("kind"), FeeTexts::kindKey(line.kind));
    o.insert(QStringLiteral("basis_year"), line.basisYear);
    if (line.caseId)
        o.insert(QStringLiteral("case_id"), QString::number(*line.caseId));
    o.insert(QStringLiteral("amount"), line.amount);
    o.insert(QStringLiteral("minimum_applied"), line.minimumApplied);
    o.insert(QStringLiteral("basis"), line.basis);
    o.insert(QStringLiteral("issued_on"), line.issuedOn.toString(Qt::ISODate));
    o.insert(QStringLiteral("due_on"), line.dueOn.toString(Qt::ISODate));
    return o;
}

QJsonObject paymentJson(const FeePayment &p)
{
    QJsonObject o;
    o.insert(QStringLiteral("payment_id"), QString::number(p.id));
    o.insert(QStringLiteral("paid_on"), p.paidOn.toString(Qt::ISODate));
    o.insert(QStringLiteral("amount"), p.amount);
    o.insert(QStringLiteral("note"), p.note);
    return o;
}

Status insertLine(const QSqlDatabase &db, const FeeLine &line, const QDateTime &createdAt, const QString &createdBy,
                  qint64 *newId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO fee_line (id, year, licence_id, kind, basis_year, case_id, litres_group1, litres_group2, "
        "litres_group3, expected_group1, expected_group2, expected_group3, amount_ore, minimum_applied, basis, "
        "issued_on, due_on, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(line.id != 0 ? QVariant(line.id) : QVariant());
    q.addBindValue(line.year);
    q.addBindValue(line.licenceId);
    q.addBindValue(FeeTexts::kindKey(line.kind));
    q.addBindValue(line.basisYear);
    q.addBindValue(line.caseId ? QVariant(*line.caseId) : QVariant());
    for (int g = 0; g < 3; ++g)
        q.addBindValue(litresValue(line.litres, g));
    for (int g = 0; g < 3; ++g)
        q.addBindValue(litresValue(line.expectedLitres, g));
    q.addBindValue(toOre(line.amount));
    q.addBindValue(line.minimumApplied ? 1 : 0);
    q.addBindValue(SqlValues::text(line.basis));
    q.addBindValue(SqlValues::date(line.issuedOn));
    q.addBindValue(SqlValues::date(line.dueOn));
    q.addBindValue(SqlValues::timestamp(createdAt));
    q.addBindValue(SqlValues::text(createdBy));
    if (!q.exec())
        return ioError(q);
    if (newId)
        *newId = q.lastInsertId().toLongLong();
    return {};
}

Status insertPayment(const QSqlDatabase &db, const FeePayment &p, qint64 *newId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO fee_payment (id, fee_line_id, paid_on, amount_ore, note, created_at, created_by) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(p.id != 0 ? QVariant(p.id) : QVariant());
    q.addBindValue(p.feeLineId);
    q.addBindValue(SqlValues::date(p.paidOn));
    q.addBindValue(toOre(p.amount));
    q.addBindValue(SqlValues::text(p.note));
    q.addBindValue(SqlValues::timestamp(p.createdAt));
    q.addBindValue(SqlValues::text(p.createdBy));
    if (!q.exec())
        return ioError(q);
    if (newId)
        *newId = q.lastInsertId().toLongLong();
    return {};
}

FeePayment paymentFrom(const QSqlQuery &q)
{
    FeePayment p;
    p.id = q.value(0).toLongLong();
    p.feeLineId = q.value(1).toLongLong();
    p.paidOn = SqlValues::dateFrom(q.value(2));
    p.amount = fromOre(q.value(3));
    p.note = q.value(4).toString();
    p.createdAt = SqlValues::timestampFrom(q.value(5));
    p.createdBy = q.value(6).toString();
    return p;
}

const QString kPaymentSelect =
    QStringLiteral("SELECT id, fee_line_id, paid_on, amount_ore, note, created_at, created_by FROM fee_payment ");

Result<FeeLine> findLine(const QSqlDatabase &db, qint64 id)
{
    Result<QList<FeeLine>> found = selectLines(db, QStringLiteral("WHERE f.id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return makeError(FeeRepository::ErrorNotFound, FeeRepository::tr("Invoice line %1 does not exist.").arg(id),
                         QStringLiteral("fee_line"));
    return found->first();
}

QString sanctionSource(int year)
{
    return QStringLiteral("Bevillingsgebyr %1").arg(year);
}

} // namespace

FeeRepository::FeeRepository(const Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Result<FeeAssessment> FeeRepository::assess(int year) const
{
    Result<QList<Licence>> licences = LicenceRepository(m_db, m_clock).list();
    if (!licences)
        return licences.error();
    const TurnoverRepository turnover(m_db, m_clock);
    Result<QList<TurnoverReport>> reports = turnover.list(year);
    if (!reports)
        return reports.error();
    Result<QList<TurnoverReport>> previousReports = turnover.list(year - 1);
    if (!previousReports)
        return previousReports.error();
    Result<FeeCycleSettings> settings = turnover.settings();
    if (!settings)
        return settings.error();
    const CaseRepository cases(m_db, m_clock);
    QList<Case> feeCases;
    for (CaseType type : {CaseType::SingleOccasion, CaseType::TravellingUse}) {
        CaseQuery query;
        query.type = type;
        Result<QList<Case>> found = cases.list(query);
        if (!found)
            return found.error();
        feeCases += *std::move(found);
    }
    Result<rules::FeeRateTable> rates = FeeRateRepository(m_db, m_clock).current();
    if (!rates)
        return rates.error();
    Result<rules::RuleSet> ruleSet = RuleSetRepository(m_db, m_clock).current();
    if (!ruleSet)
        return ruleSet.error();
    Result<QList<FeeLine>> issued = selectLines(m_db.connection(), QStringLiteral("WHERE f.year IN (?, ?)"), {year - 1, year});
    if (!issued)
        return issued.error();

    const rules::FeeRateTable table = *std::move(rates);
    FeeInput input;
    input.year = year;
    input.licences = *std::move(licences);
    input.reports = *std::move(previousReports);
    input.reports += *std::move(reports);
    input.cases = feeCases;
    input.rates = &table;
    if (const rules::RuleSetVersion *version = ruleSet->versionOn(QDate(year, 1, 1)))
        input.feeRules = version->fees;
    input.deadline = TurnoverRules::deadline(*ruleSet, year);
    input.settings = *settings;
    input.issued = *std::move(issued);
    input.asOf = m_clock.today();
    return FeeCalculator::assess(input);
}

Result<QList<FeeLine>> FeeRepository::issue(int year, const QDate &issuedOn, const QDate &dueOn)
{
    if (m_db.isReadOnly())
        return makeError(ErrorReadOnly, tr("The register is open read-only."));
    if (!issuedOn.isValid())
        return invalid(QStringLiteral("issued_on"), tr("Invoice date: a date is required."));
    Result<FeeCycleSettings> settings = TurnoverRepository(m_db, m_clock).settings();
    if (!settings)
        return settings.error();
    const QDate due = dueOn.isValid() ? dueOn : issuedOn.addDays(settings->paymentDays);
    if (due < issuedOn)
        return invalid(QStringLiteral("due_on"), tr("Due date: %1 is before the invoice date %2.")
                                                      .arg(formatDate(due), formatDate(issuedOn)));
    Result<FeeAssessment> assessment = assess(year);
    if (!assessment)
        return assessment.error();
    QList<FeeLine> toStore;
    for (const FeeLine &line : assessment->lines) {
        if (!line.isIssued())
            toStore.append(line);
    }
    if (toStore.isEmpty())
        return toStore;

    const QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return makeError(ErrorIo, tr("The register could not be written."), QString(), tx.lastError());
    const QDateTime now = m_clock.now();
    const QString user = AuditLog::currentUser();
    QList<FeeLine> stored;
    for (FeeLine line : toStore) {
        line.issuedOn = issuedOn;
        line.dueOn = due;
        qint64 id = 0;
        if (const Status s = insertLine(db, line, now, user, &id); !s)
            return s.error();
        line.id = id;
        if (const Status s = AuditLog::record(db, m_clock, AuditEntity, id, QStringLiteral("create"), {}, lineJson(line)); !s)
            return s.error();
        stored.append(line);
    }
    if (!tx.commit())
        return makeError(ErrorIo, tr("The register could not be written."), QString(), tx.lastError());
    return stored;
}

Result<QList<FeeLine>> FeeRepository::lines(std::optional<int> year) const
{
    if (year)
        return selectLines(m_db.connection(), QStringLiteral("WHERE f.year = ?"), {*year});
    return selectLines(m_db.connection(), QString(), {});
}

Result<QList<FeeLine>> FeeRepository::linesOfLicence(qint64 licenceId) const
{
    return selectLines(m_db.connection(), QStringLiteral("WHERE f.licence_id = ?"), {licenceId});
}

Result<FeePayment> FeeRepository::registerPayment(qint64 feeLineId, const QDate &paidOn, double amount, const QString &note)
{
    if (m_db.isReadOnly())
        return makeError(ErrorReadOnly, tr("The register is open read-only."));
    const QSqlDatabase db = m_db.connection();
    Result<FeeLine> line = findLine(db, feeLineId);
    if (!line)
        return line.error();
    if (!paidOn.isValid())
        return invalid(QStringLiteral("paid_on"), tr("Payment date: a date is required."));
    if (paidOn > m_clock.today())
        return invalid(QStringLiteral("paid_on"), tr("Payment date: %1 is in the future.").arg(formatDate(paidOn)));
    if (paidOn < line->issuedOn)
        return invalid(QStringLiteral("paid_on"), tr("Payment date: %1 is before the invoice date %2.")
                                                      .arg(formatDate(paidOn), formatDate(line->issuedOn)));
    if (!std::isfinite(amount) || toOre(amount) <= 0)
        return invalid(QStringLiteral("amount"), tr("Amount: enter an amount above kr 0."));
    const qint64 outstanding = line->amount > 0 ? toOre(line->amount) - toOre(line->paid) : 0;
    if (toOre(amount) > outstanding)
        return invalid(QStringLiteral("amount"), tr("Amount: %1 is more than what is outstanding on the line (%2).")
                                                     .arg(formatAmount(amount), formatAmount(double(outstanding) / 100.0)));

    Transaction tx(db);
    if (!tx.isActive())
        return makeError(ErrorIo, tr("The register could not be written."), QString(), tx.lastError());
    FeePayment p;
    p.feeLineId = feeLineId;
    p.paidOn = paidOn;
    p.amount = double(toOre(amount)) / 100.0;
    p.note = note.trimmed();
    p.createdAt = m_clock.now();
    p.createdBy = AuditLog::currentUser();
    if (const Status s = insertPayment(db, p, &p.id); !s)
        return s.error();
    QJsonObject before;
    before.insert(QStringLiteral("paid"), line->paid);
    QJsonObject after = paymentJson(p);
    after.insert(QStringLiteral("paid"), line->paid + p.amount);
    if (const Status s = AuditLog::record(db, m_clock, AuditEntity, feeLineId, QStringLiteral("update"), before, after); !s)
        return s.error();
    if (!tx.commit())
        return makeError(ErrorIo, tr("The register could not be written."), QString(), tx.lastError());
    return p;
}

Status FeeRepository::removePayment(qint64 paymentId)
{
    if (m_db.isReadOnly())
        return makeError(ErrorReadOnly, tr("The register is open read-only."));
    const QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(kPaymentSelect + QStringLiteral("WHERE id = ?"));
    q.addBindValue(paymentId);
    if (!q.exec())
        return ioError(q);
    if (!q.next())
        return makeError(ErrorNotFound, tr("Payment %1 does not exist.").arg(paymentId), QStringLiteral("payment"));
    const FeePayment p = paymentFrom(q);
    q.finish();
    Result<FeeLine> line = findLine(db, p.feeLineId);
    if (!line)
        return line.error();

    Transaction tx(db);
    if (!tx.isActive())
        return makeError(ErrorIo, tr("The register could not be written."), QString(), tx.lastError());
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM fee_payment WHERE id = ?"));
    del.addBindValue(paymentId);
    if (!del.exec())
        return ioError(del);
    QJsonObject before = paymentJson(p);
    before.insert(QStringLiteral("paid"), line->paid);
    QJsonObject after;
    after.insert(QStringLiteral("paid"), line->paid - p.amount);
    if (const Status s = AuditLog::record(db, m_clock, AuditEntity, p.feeLineId, QStringLiteral("update"), before, after); !s)
        return s;
    if (!tx.commit())
        return makeError(ErrorIo, tr("The register could not be written."), QString(), tx.lastError());
    return {};
}

Result<QList<FeePayment>> FeeRepository::payments(qint64 feeLineId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kPaymentSelect + QStringLiteral("WHERE fee_line_id = ? ORDER BY paid_on, id"));
    q.addBindValue(feeLineId);
    if (!q.exec())
        return ioError(q);
    QList<FeePayment> result;
    while (q.next())
        result.append(paymentFrom(q));
    return result;
}

Result<QList<FeeLine>> FeeRepository::overdue(const QDate &asOf) const
{
    Result<QList<FeeLine>> all = lines();
    if (!all)
        return all.error();
    QList<FeeLine> result;
    for (const FeeLine &line : *all) {
        if (line.isOverdue(asOf))
            result.append(line);
    }
    std::stable_sort(result.begin(), result.end(), [](const FeeLine &a, const FeeLine &b) { return a.dueOn < b.dueOn; });
    return result;
}

Result<SanctionCase> FeeRepository::proposeSanction(qint64 feeLineId, const QDate &asOf)
{
    if (m_db.isReadOnly())
        return makeError(ErrorReadOnly, tr("The register is open read-only."));
    Result<FeeLine> line = findLine(m_db.connection(), feeLineId);
    if (!line)
        return line.error();
    if (!line->isOverdue(asOf))
        return invalid(QStringLiteral("fee_line"), tr("Invoice line %1 is not overdue on %2: no sanction for an unpaid fee.")
                                                       .arg(feeLineId)
                                                       .arg(formatDate(asOf)));
    SanctionRepository sanctions(m_db, m_clock);
    Result<QList<SanctionCase>> existing = sanctions.list(line->licenceId);
    if (!existing)
        return existing.error();
    const QString source = sanctionSource(line->year);
    for (const SanctionCase &c : *existing) {
        for (const SanctionFinding &f : c.findings) {
            if (f.code == kUnpaidCode && f.source == source)
                return invalid(QStringLiteral("fee_line"), tr("Sanction case %1 already concerns the unpaid fee of %2 for licence %3.")
                                                               .arg(c.number)
                                                               .arg(line->year)
                                                               .arg(line->licenceNumber));
        }
    }
    return sanctions.createFromReport(line->licenceId, kUnpaidCode, line->dueOn.addDays(1), source);
}

Result<QList<FeeLine>> FeeRepository::readAllLines(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(kLineSelect + QStringLiteral("ORDER BY f.id"));
    if (!q.exec())
        return ioError(q);
    QList<FeeLine> lines;
    while (q.next())
        lines.append(lineFrom(q));
    return lines;
}

Result<QList<FeePayment>> FeeRepository::readAllPayments(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(kPaymentSelect + QStringLiteral("ORDER BY id"));
    if (!q.exec())
        return ioError(q);
    QList<FeePayment> result;
    while (q.next())
        result.append(paymentFrom(q));
    return result;
}

Status FeeRepository::insertAsIs(const QSqlDatabase &db, const FeeLine &line)
{
    // The exchange format carries no creation stamp of its own: the issue date stands in for it.
    const QDateTime createdAt(line.issuedOn, QTime(0, 0), Qt::UTC);
    return insertLine(db, line, createdAt, QString(), nullptr);
}

Status FeeRepository::insertAsIs(const QSqlDatabase &db, const FeePayment &payment)
{
    return insertPayment(db, payment, nullptr);
}

} // namespace bevilling
