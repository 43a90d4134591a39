#include "RuleTexts.h"

#include <QRegularExpression>

namespace bevilling {

std::optional<QTime> RuleTexts::parseTime(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,2})[:.]?(\\d{2})$"));
    const QRegularExpressionMatch match = shape.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QTime time(match.captured(1).toInt(), match.captured(2).toInt());
    if (!time.isValid())
        return std::nullopt;
    return time;
}

QString RuleTexts::timeText(const QTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

std::optional<double> RuleTexts::parseNumber(const QString &text)
{
    QString plain = text.trimmed();
    plain.remove(QLatin1Char(' '));
    plain.remove(QChar(0x00A0));
    plain.replace(QLatin1Char(','), QLatin1Char('.'));
    if (plain.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = plain.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

QString RuleTexts::areaName(rules::Area area)
{
    return area == rules::Area::Indoor ? tr("indoors") : tr("outdoors");
}

QString RuleTexts::dayTypeName(rules::SalesDayType type)
{
    switch (type) {
    case rules::SalesDayType::Weekday: return tr("weekday");
    case rules::SalesDayType::BeforeHoliday: return tr("day before a Sunday or holiday");
    case rules::SalesDayType::Closed: return tr("Sunday, holiday, 1 May or 17 May");
    }
    return {};
}

QString RuleTexts::readingName(rules::LicencePeriod::Reading reading)
{
    return reading == rules::LicencePeriod::Reading::FixedBoundary
        ? tr("fixed boundary (30 September after the council takes office)")
        : tr("next council (grant + 4 years when granted after the council took office)");
}

QString RuleTexts::zoneName(const QString &zone)
{
    if (zone == QLatin1String("residential"))
        return tr("residential area");
    if (zone == QLatin1String("non-residential"))
        return tr("non-residential area");
    if (zone == QLatin1String("public_place"))
        return tr("public place");
    return zone;
}

} // namespace bevilling
