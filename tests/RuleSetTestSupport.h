#pragma once

#include "rules/RuleSet.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bevilling::test {

inline QJsonObject jsonObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s\n%s", qPrintable(error.errorString()), json.constData());
    return doc.object();
}

// A one-version rule-set document; each part is the JSON text of that member. The defaults are
// the national maxima.
struct RuleSetParts
{
    QByteArray sales = R"({"weekday": {"open": "08:00", "close": "20:00"},
                           "before_holiday": {"open": "08:00", "close": "18:00"}})";
    QByteArray rules = R"([{"groups": [1, 2], "start": "06:00", "end": "03:00"},
                           {"groups": [3], "start": "13:00", "end": "03:00"}])";
    QByteArray specialDays = "[]";
    QByteArray consumptionMinutes = "30";
    QByteArray settings = "{}";
    QByteArray fees = "{}";
    QByteArray effectiveFrom = "2020-01-01";
};

inline QByteArray ruleSetJson(const RuleSetParts &p)
{
    return QByteArray(R"({"format": "bevilling-rule-set", "format_version": 1, "name": "test", "title": "Test",
                          "versions": [{"effective_from": ")")
           + p.effectiveFrom + R"(", "title": "Test", "settings": )" + p.settings + R"(, "sales": )" + p.sales
           + R"(, "serving": {"rules": )" + p.rules + R"(, "special_days": )" + p.specialDays
           + R"(, "consumption_minutes": )" + p.consumptionMinutes + R"(}, "fees": )" + p.fees + "}]}";
}

// Parses a rule set the test expects to be valid.
inline rules::RuleSet validRuleSet(const QByteArray &json)
{
    const Result<rules::RuleSet> ruleSet = rules::RuleSets::fromJson(jsonObject(json));
    if (!ruleSet.ok())
        qFatal("rule set refused: %s", qPrintable(ruleSet.error().message));
    return ruleSet.value();
}

inline rules::RuleSet presetRuleSet(const QString &name)
{
    const Result<rules::RuleSet> ruleSet = rules::RuleSets::preset(name);
    if (!ruleSet.ok())
        qFatal("preset %s refused: %s", qPrintable(name), qPrintable(ruleSet.error().message));
    return ruleSet.value();
}

} // namespace bevilling::test
