-- Migration 3: the register's rule set (docs/rule-set-format.md) as versions.
-- Each row is one version of the municipality's rules, in force from effective_from (ISO date,
-- unique), stored as a rule-set document with that one version (compact JSON text). A register
-- without rows follows the shipped national preset; RuleSetRepository writes those versions
-- first when the rule set is changed, so history is never rewritten silently.
CREATE TABLE rule_set_version (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    effective_from TEXT NOT NULL UNIQUE,
    document TEXT NOT NULL,
    created_at TEXT NOT NULL,
    os_user TEXT NOT NULL
);
