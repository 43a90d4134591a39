#include "RuleSetRepository.h"

#include "domain/Licence.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace bevilling {

namespace {

using rules::RuleSet;
using rules::RuleSetVersion;

Error sqlError(const QString &detail)
{
    return makeError(RuleSetRepository::ErrorIo, RuleSetRepository::tr("The register's rule set could not be saved or read."),
                     {}, detail);
}

QString documentText(const QJsonObject &document)
{
    return QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact));
}

QString versionPrefix(int index)
{
    return QStringLiteral("versions[%1]").arg(index);
}

// Inserts one row and its audit entry ("create"), inside the caller's transaction.
Status insertVersion(const QSqlDatabase &db, const Clock &clock, const QString &name, const QString &title,
                     const RuleSetVersion &version)
{
    const QJsonObject document = RuleSetRepository::documentOf(name, title, version);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO rule_set_version (name, effective_from, document, created_at, os_user) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(name);
    query.addBindValue(version.effectiveFrom.toString(Qt::ISODate));
    query.addBindValue(documentText(document));
    query.addBindValue(clock.now().toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(AuditLog::currentUser());
    if (!query.exec())
        return sqlError(query.lastError().text());
    const qint64 id = query.lastInsertId().toLongLong();
    return AuditLog::record(db, clock, RuleSetRepository::AuditEntity, id, QStringLiteral("create"), {}, document);
}

} // namespace

RuleSetRepository::RuleSetRepository(const Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Status RuleSetRepository::checkWritable() const
{
    if (m_db.isReadOnly()) {
        return makeError(ErrorReadOnly,
                         tr("The register is open read-only; close the other window that has it open for changes first."));
    }
    return {};
}

QJsonObject RuleSetRepository::documentOf(const QString &name, const QString &title, const RuleSetVersion &version)
{
    RuleSet single;
    single.name = name;
    single.title = title;
    single.versions = {version};
    return rules::RuleSets::toJson(single);
}

Result<QList<StoredRuleSetVersion>> RuleSetRepository::readAll(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, name, effective_from, document, created_at, os_user FROM rule_set_version "
                                 "ORDER BY effective_from, id"));
    if (!query.exec())
        return sqlError(query.lastError().text());
    QList<StoredRuleSetVersion> rows;
    while (query.next()) {
        StoredRuleSetVersion row;
        row.id = query.value(0).toLongLong();
        row.name = query.value(1).toString();
        row.effectiveFrom = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        row.document = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
        row.createdAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs).toUTC();
        row.user = query.value(5).toString();
        rows.append(row);
    }
    return rows;
}

Status RuleSetRepository::restore(const QSqlDatabase &db, const QList<StoredRuleSetVersion> &rows)
{
    QSqlQuery clear(db);
    if (!clear.exec(QStringLiteral("DELETE FROM rule_set_version")))
        return sqlError(clear.lastError().text());
    for (const StoredRuleSetVersion &row : rows) {
        QSqlQuery query(db);
        if (row.id > 0) {
            query.prepare(QStringLiteral("INSERT INTO rule_set_version (name, effective_from, document, created_at, "
                                         "os_user, id) VALUES (?, ?, ?, ?, ?, ?)"));
        } else {
            query.prepare(QStringLiteral("INSERT INTO rule_set_version (name, effective_from, document, created_at, "
                                         "os_user) VALUES (?, ?, ?, ?, ?)"));
        }
        query.addBindValue(row.name.isNull() ? QStringLiteral("") : row.name);
        query.addBindValue(row.effectiveFrom.toString(Qt::ISODate));
        query.addBindValue(documentText(row.document));
        query.addBindValue(row.createdAt.toUTC().toString(Qt::ISODateWithMs));
        query.addBindValue(row.user.isNull() ? QStringLiteral("") : row.user);
        if (row.id > 0)
            query.addBindValue(row.id);
        if (!query.exec())
            return sqlError(query.lastError().text());
    }
    return {};
}

Result<RuleSet> RuleSetRepository::assemble(const QList<StoredRuleSetVersion> &rows)
{
    RuleSet ruleSet;
    for (const StoredRuleSetVersion &row : rows) {
        const Result<RuleSet> parsed = rules::RuleSets::fromJson(row.document);
        if (!parsed) {
            return makeError(ErrorIo,
                             tr("The rule-set version in force from %1 cannot be read: %2")
                                 .arg(formatDate(row.effectiveFrom), parsed.error().message),
                             parsed.error().field, parsed.error().detail);
        }
        ruleSet.name = parsed->name;
        ruleSet.title = parsed->title;
        ruleSet.versions.append(parsed->versions);
    }
    std::stable_sort(ruleSet.versions.begin(), ruleSet.versions.end(),
                     [](const RuleSetVersion &a, const RuleSetVersion &b) { return a.effectiveFrom < b.effectiveFrom; });
    return ruleSet;
}

Result<QList<StoredRuleSetVersion>> RuleSetRepository::versions() const
{
    return readAll(m_db.connection());
}

Result<RuleSet> RuleSetRepository::current() const
{
    const Result<QList<StoredRuleSetVersion>> rows = readAll(m_db.connection());
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return rules::RuleSets::preset(DefaultPreset);
    return assemble(*rows);
}

RuleSet RuleSetRepository::withVersion(const RuleSet &ruleSet, const RuleSetVersion &version, int *index)
{
    RuleSet combined = ruleSet;
    int at = 0;
    while (at < combined.versions.size() && combined.versions.at(at).effectiveFrom < version.effectiveFrom)
        ++at;
    if (at < combined.versions.size() && combined.versions.at(at).effectiveFrom == version.effectiveFrom)
        combined.versions[at] = version;
    else
        combined.versions.insert(at, version);
    if (index)
        *index = at;
    return combined;
}

QList<rules::RuleProblem> RuleSetRepository::problemsOf(const RuleSet &ruleSet, const RuleSetVersion &version)
{
    int index = 0;
    const RuleSet combined = withVersion(ruleSet, version, &index);
    const QString own = versionPrefix(index);
    QList<rules::RuleProblem> result;
    for (const rules::RuleProblem &problem : rules::NationalFrame::check(combined)) {
        const bool ofThisVersion = problem.path == own || problem.path.startsWith(own + QLatin1Char('.'))
            || problem.path.startsWith(own + QLatin1Char('['));
        // Problems of the set as a whole count too; those of older versions were accepted when saved.
        if (ofThisVersion || !problem.path.startsWith(QLatin1String("versions[")))
            result.append(problem);
    }
    return result;
}

Status RuleSetRepository::seed(const QString &presetName)
{
    const Status writable = checkWritable();
    if (!writable)
        return writable;
    const Result<RuleSet> preset = rules::RuleSets::preset(presetName);
    if (!preset)
        return preset.error();
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return sqlError(transaction.lastError());
    const Result<QList<StoredRuleSetVersion>> rows = readAll(db);
    if (!rows)
        return rows.error();
    if (!rows->isEmpty()) {
        return makeError(ErrorHistory, tr("The register already has a rule set; change it by saving a new version."));
    }
    for (const RuleSetVersion &version : preset->versions) {
        const Status inserted = insertVersion(db, m_clock, preset->name, preset->title, version);
        if (!inserted)
            return inserted;
    }
    if (!transaction.commit())
        return sqlError(transaction.lastError());
    return {};
}

Result<RuleSet> RuleSetRepository::saveVersion(const RuleSetVersion &version)
{
    const Status writable = checkWritable();
    if (!writable)
        return writable.error();
    if (!version.effectiveFrom.isValid())
        return makeError(ErrorHistory, tr("In force from: a date is required."), QStringLiteral("effectiveFrom"));

    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return sqlError(transaction.lastError());
    Result<QList<StoredRuleSetVersion>> rows = readAll(db);
    if (!rows)
        return rows.error();
    if (rows->isEmpty()) {
        // The register followed the national preset without storing it: store what the new
        // version builds on first, so that earlier dates keep their rules.
        const Result<RuleSet> preset = rules::RuleSets::preset(DefaultPreset);
        if (!preset)
            return preset.error();
        for (const RuleSetVersion &v : preset->versions) {
            const Status inserted = insertVersion(db, m_clock, preset->name, preset->title, v);
            if (!inserted)
                return inserted.error();
        }
        rows = readAll(db);
        if (!rows)
            return rows.error();
    }
    const Result<RuleSet> before = assemble(*rows);
    if (!before)
        return before.error();

    const StoredRuleSetVersion &latest = rows->last();
    if (version.effectiveFrom < latest.effectiveFrom) {
        return makeError(ErrorHistory,
                         tr("In force from: a version from %1 already follows; a new version must be in force from "
                            "that day or later.")
                             .arg(formatDate(latest.effectiveFrom)),
                         QStringLiteral("effectiveFrom"));
    }
    const QList<rules::RuleProblem> problems = problemsOf(*before, version);
    if (!problems.isEmpty()) {
        return makeError(ErrorValidation, tr("%1: %2").arg(problems.first().path, problems.first().message),
                         problems.first().path);
    }

    if (version.effectiveFrom == latest.effectiveFrom) {
        const QJsonObject document = documentOf(before->name, before->title, version);
        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE rule_set_version SET name = ?, document = ?, created_at = ?, os_user = ? "
                                     "WHERE id = ?"));
        query.addBindValue(before->name);
        query.addBindValue(documentText(document));
        query.addBindValue(m_clock.now().toUTC().toString(Qt::ISODateWithMs));
        query.addBindValue(AuditLog::currentUser());
        query.addBindValue(latest.id);
        if (!query.exec())
            return sqlError(query.lastError().text());
        const Status audited =
            AuditLog::record(db, m_clock, AuditEntity, latest.id, QStringLiteral("update"), latest.document, document);
        if (!audited)
            return audited.error();
    } else {
        const Status inserted = insertVersion(db, m_clock, before->name, before->title, version);
        if (!inserted)
            return inserted.error();
    }
    const Result<QList<StoredRuleSetVersion>> after = readAll(db);
    if (!after)
        return after.error();
    Result<RuleSet> saved = assemble(*after);
    if (!saved)
        return saved.error();
    if (!transaction.commit())
        return sqlError(transaction.lastError());
    return saved;
}

} // namespace bevilling
