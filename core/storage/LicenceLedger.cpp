#include "storage/LicenceLedger.h"

#include "rules/RuleSet.h"
#include "storage/Database.h"
#include "storage/RuleSetRepository.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace bevilling {

namespace {

const QString kErrorIo = QStringLiteral("io");

Error sqlError(const QSqlQuery &query)
{
    return makeError(kErrorIo, LicenceLedger::tr("The register could not be read."), {}, query.lastError().text());
}

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

// Decided, not overturned cases of one licence: id, decided_on, suspension columns.
struct DecidedRow
{
    qint64 id = 0;
    QDate suspensionDecided;
    QDate suspensionFrom;
    QDate suspensionTo;
    QString number;
};

} // namespace

QList<rules::LedgerEvent> LicenceLedger::eventsOf(const SanctionCase &c)
{
    QList<rules::LedgerEvent> events;
    QHash<QString, int> index; // source + date -> event
    for (const SanctionFinding &f : c.findings) {
        const QString key = f.source + QLatin1Char('|') + f.offenceDate.toString(Qt::ISODate);
        auto it = index.constFind(key);
        if (it == index.constEnd()) {
            rules::LedgerEvent event;
            event.type = rules::LedgerEvent::Type::Inspection;
            event.id = f.source.isEmpty() ? c.number : f.source;
            event.date = f.offenceDate;
            events.append(event);
            it = index.insert(key, int(events.size()) - 1);
        }
        rules::LedgerFinding finding;
        finding.code = f.code;
        if (f.decidedPrikker && *f.decidedPrikker != f.standardPrikker) {
            finding.prikker = *f.decidedPrikker;
            finding.reason = f.reason;
        }
        events[it.value()].findings.append(finding);
    }
    return events;
}

Result<QList<rules::LedgerEvent>> LicenceLedger::eventsFor(const QSqlDatabase &db, qint64 licenceId, qint64 excludeCaseId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, number, suspension_decided, suspension_from, suspension_to FROM sanction_case "
                             "WHERE licence_id = ? AND id <> ? AND decided_on IS NOT NULL "
                             "AND (appeal_overturned IS NULL OR appeal_overturned = 0) ORDER BY decided_on, id"));
    q.addBindValue(licenceId);
    q.addBindValue(excludeCaseId);
    if (!q.exec())
        return sqlError(q);
    QList<DecidedRow> rows;
    while (q.next()) {
        DecidedRow row;
        row.id = q.value(0).toLongLong();
        row.number = q.value(1).toString();
        row.suspensionDecided = dateFrom(q.value(2));
        row.suspensionFrom = dateFrom(q.value(3));
        row.suspensionTo = dateFrom(q.value(4));
        rows.append(row);
    }

    QList<rules::LedgerEvent> events;
    for (const DecidedRow &row : std::as_const(rows)) {
        QSqlQuery f(db);
        f.prepare(QStringLiteral("SELECT code, offence_date, source, standard_prikker, decided_prikker, reason "
                                 "FROM sanction_finding WHERE sanction_case_id = ? ORDER BY id"));
        f.addBindValue(row.id);
        if (!f.exec())
            return sqlError(f);
        SanctionCase c;
        c.id = row.id;
        c.number = row.number;
        while (f.next()) {
            SanctionFinding finding;
            finding.code = f.value(0).toString();
            finding.offenceDate = dateFrom(f.value(1));
            finding.source = f.value(2).toString();
            finding.standardPrikker = f.value(3).toInt();
            if (!f.value(4).isNull())
                finding.decidedPrikker = f.value(4).toInt();
            finding.reason = f.value(5).toString();
            c.findings.append(finding);
        }
        events += eventsOf(c);
        if (row.suspensionDecided.isValid()) {
            rules::LedgerEvent suspension;
            suspension.type = rules::LedgerEvent::Type::Suspension;
            suspension.id = row.number;
            suspension.decided = row.suspensionDecided;
            suspension.from = row.suspensionFrom;
            suspension.to = row.suspensionTo;
            events.append(suspension);
        }
    }
    return events;
}

Result<QList<rules::LedgerEvent>> LicenceLedger::eventsFor(const Database &db, qint64 licenceId)
{
    return eventsFor(db.connection(), licenceId);
}

rules::LedgerSettings LicenceLedger::settingsFor(const Database &db, const Clock &clock, const QDate &on)
{
    const Result<rules::RuleSet> ruleSet = RuleSetRepository(db, clock).current();
    return ruleSet ? settingsFor(*ruleSet, on, clock.today()) : rules::LedgerSettings();
}

rules::LedgerSettings LicenceLedger::settingsFor(const rules::RuleSet &ruleSet, const QDate &on, const QDate &today)
{
    rules::LedgerSettings settings;
    const rules::RuleSetVersion *version = ruleSet.versionOn(on.isValid() ? on : today);
    if (!version && !ruleSet.versions.isEmpty())
        version = &ruleSet.versions.first();
    if (version)
        settings.prikkerUsedBySuspension = version->settings.prikkerUsedBySuspension;
    return settings;
}

Result<rules::LedgerResult> LicenceLedger::evaluate(const Database &db, qint64 licenceId, const QDate &asOf,
                                                    const rules::LedgerSettings &settings)
{
    const Result<QList<rules::LedgerEvent>> events = eventsFor(db, licenceId);
    if (!events)
        return events.error();
    if (!asOf.isValid() && events->isEmpty()) {
        rules::LedgerResult empty;
        return empty;
    }
    return rules::PrikkLedger::evaluate(*events, asOf, settings);
}

Result<rules::LedgerResult> LicenceLedger::evaluate(const Database &db, const Clock &clock, qint64 licenceId,
                                                    const QDate &asOf)
{
    const QDate on = asOf.isValid() ? asOf : clock.today();
    return evaluate(db, licenceId, on, settingsFor(db, clock, on));
}

Result<bool> LicenceLedger::isSuspendedOn(const Database &db, qint64 licenceId, const QDate &date)
{
    const Result<QList<rules::LedgerEvent>> events = eventsFor(db, licenceId);
    if (!events)
        return events.error();
    const QList<rules::LedgerEvent> &list = *events;
    return std::any_of(list.begin(), list.end(), [&](const rules::LedgerEvent &e) {
        return e.type == rules::LedgerEvent::Type::Suspension && e.from.isValid() && e.to.isValid() && e.from <= date
            && date <= e.to;
    });
}

Result<QHash<qint64, QDate>> LicenceLedger::suspendedOn(const Database &db, const QDate &date)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT licence_id, suspension_to FROM sanction_case"
                                 " WHERE suspension_decided IS NOT NULL AND suspension_from IS NOT NULL"
                                 " AND suspension_to IS NOT NULL AND suspension_from <= ? AND suspension_to >= ?"
                                 " AND (appeal_overturned IS NULL OR appeal_overturned = 0)"));
    const QString day = date.toString(Qt::ISODate);
    query.addBindValue(day);
    query.addBindValue(day);
    if (!query.exec())
        return makeError(QStringLiteral("io"), tr("The prikk ledger could not be read."), {}, query.lastError().text());
    QHash<qint64, QDate> suspended;
    while (query.next()) {
        const QDate to = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        const qint64 licenceId = query.value(0).toLongLong();
        if (!suspended.contains(licenceId) || suspended.value(licenceId) < to)
            suspended.insert(licenceId, to);
    }
    return suspended;
}

} // namespace bevilling
