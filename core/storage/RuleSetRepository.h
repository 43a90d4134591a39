#pragma once

#include "Clock.h"
#include "Result.h"
#include "rules/RuleSet.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace bevilling {

class Database;

// One stored version of the register's rule set (table rule_set_version, migration 3).
struct StoredRuleSetVersion
{
    qint64 id = 0;
    QString name;            // the rule set's name when the version was saved ("baerum-2020")
    QDate effectiveFrom;
    QJsonObject document;    // a rule-set document (docs/rule-set-format.md) with this one version
    QDateTime createdAt;     // UTC
    QString user;            // OS user who saved it
};

// The register's rule set: all its versions, each in force from its effective date.
//
// A register with no stored version follows the shipped national preset. Saving never rewrites
// history silently: a save adds a version from a date on or after the latest one (the same date
// replaces the latest version), every save is checked against the national frame, and every
// stored or replaced version writes an audit entry (entity "rule_set") in the same transaction.
class RuleSetRepository
{
    Q_DECLARE_TR_FUNCTIONS(RuleSetRepository)
public:
    static inline const QString AuditEntity = QStringLiteral("rule_set");
    static inline const QString DefaultPreset = QStringLiteral("national");

    static inline const QString ErrorValidation = QStringLiteral("validation"); // field: the rule-set path
    static inline const QString ErrorHistory = QStringLiteral("history");       // field: "effectiveFrom"
    static inline const QString ErrorReadOnly = QStringLiteral("read_only");
    static inline const QString ErrorIo = QStringLiteral("io");

    RuleSetRepository(const Database &db, const Clock &clock);

    // The rule set in force for questions (Hours, LicencePeriod reading, fees): every stored
    // version, or the national preset when the register stores none.
    Result<rules::RuleSet> current() const;
    // The stored versions by effective date (empty: the register follows the national preset).
    Result<QList<StoredRuleSetVersion>> versions() const;

    // Stores the preset's versions as the register's rule set. Only into a register that stores
    // none yet (a new register).
    Status seed(const QString &presetName);

    // Saves `version` as the version in force from version.effectiveFrom. The date must not be
    // before the latest stored version's; the same date replaces that latest version. Refused
    // with ErrorValidation (field = the path, e.g. "versions[1].serving.rules[3].end") when the
    // version goes beyond the national frame. Returns the whole rule set after the save.
    Result<rules::RuleSet> saveVersion(const rules::RuleSetVersion &version);

    // Rule-set problems that concern `version` when it is saved on top of `ruleSet` (paths as
    // in the combined set); the editor shows them before saving.
    static QList<rules::RuleProblem> problemsOf(const rules::RuleSet &ruleSet, const rules::RuleSetVersion &version);
    // The combined rule set and the index `version` gets in it.
    static rules::RuleSet withVersion(const rules::RuleSet &ruleSet, const rules::RuleSetVersion &version, int *index);

    // For the exchange format: every stored row, and writing rows as they are (ids, users and
    // times kept; no checks, no audit entry) within the caller's transaction, replacing any rows.
    static Result<QList<StoredRuleSetVersion>> readAll(const QSqlDatabase &db);
    static Status restore(const QSqlDatabase &db, const QList<StoredRuleSetVersion> &rows);
    // The rule set `rows` describe (versions merged by effective date).
    static Result<rules::RuleSet> assemble(const QList<StoredRuleSetVersion> &rows);
    // The stored document of one version: a rule set with that one version.
    static QJsonObject documentOf(const QString &name, const QString &title, const rules::RuleSetVersion &version);

private:
    Status checkWritable() const;

    const Database &m_db;
    const Clock &m_clock;
};

} // namespace bevilling
