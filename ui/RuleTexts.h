#pragma once

#include "rules/RuleSet.h"

#include <QCoreApplication>
#include <QString>
#include <QTime>

#include <optional>

namespace bevilling {

// How the rules' values are written and read in the Regelverk panel and the rule-set editor.
class RuleTexts
{
    Q_DECLARE_TR_FUNCTIONS(RuleTexts)
public:
    // "23:45", "23.45" or "2345" -> 23:45; nullopt for anything else (empty included).
    static std::optional<QTime> parseTime(const QString &text);
    static QString timeText(const QTime &time); // "HH:mm", "" when invalid
    // "kr 20 326,00"-style input without "kr": "20000", "20 000", "1 234,5"; nullopt when not a number.
    static std::optional<double> parseNumber(const QString &text);

    static QString areaName(rules::Area area);
    static QString dayTypeName(rules::SalesDayType type);
    static QString readingName(rules::LicencePeriod::Reading reading);
    static QString zoneName(const QString &zone);
};

} // namespace bevilling
