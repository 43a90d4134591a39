#include "inspections/Inspection.h"

namespace bevilling {

namespace {
struct TypeEntry
{
    rules::InspectionType type;
    const char *key;
};

constexpr TypeEntry kTypes[] = {
    {rules::InspectionType::Serving, "serving"},
    {rules::InspectionType::Sales, "sales"},
    {rules::InspectionType::InternalControl, "internal_control"},
    {rules::InspectionType::Event, "event"},
    {rules::InspectionType::Tobacco, "tobacco"},
};
} // namespace

QString InspectionTexts::typeKey(rules::InspectionType type)
{
    for (const TypeEntry &entry : kTypes) {
        if (entry.type == type)
            return QLatin1String(entry.key);
    }
    return QStringLiteral("serving");
}

std::optional<rules::InspectionType> InspectionTexts::typeFromKey(const QString &key)
{
    for (const TypeEntry &entry : kTypes) {
        if (key == QLatin1String(entry.key))
            return entry.type;
    }
    return std::nullopt;
}

QString InspectionTexts::typeName(rules::InspectionType type)
{
    switch (type) {
    case rules::InspectionType::Serving:
        return tr("Serving inspection");
    case rules::InspectionType::Sales:
        return tr("Sales inspection");
    case rules::InspectionType::InternalControl:
        return tr("Internal control");
    case rules::InspectionType::Event:
        return tr("Event inspection");
    case rules::InspectionType::Tobacco:
        return tr("Tobacco inspection");
    }
    return QString();
}

QList<rules::InspectionType> InspectionTexts::allTypes()
{
    QList<rules::InspectionType> types;
    for (const TypeEntry &entry : kTypes)
        types.append(entry.type);
    return types;
}

QString InspectionTexts::modeKey(InspectionMode mode)
{
    return mode == InspectionMode::Open ? QStringLiteral("open") : QStringLiteral("anonymous");
}

std::optional<InspectionMode> InspectionTexts::modeFromKey(const QString &key)
{
    if (key == QLatin1String("anonymous"))
        return InspectionMode::Anonymous;
    if (key == QLatin1String("open"))
        return InspectionMode::Open;
    return std::nullopt;
}

QString InspectionTexts::modeName(InspectionMode mode)
{
    return mode == InspectionMode::Open ? tr("Open") : tr("Anonymous");
}

QStringList InspectionTexts::checklistKeys()
{
    return {QStringLiteral("age_checks"),       QStringLiteral("intoxication"),
            QStringLiteral("hours"),            QStringLiteral("manager_present"),
            QStringLiteral("internal_control"), QStringLiteral("advertising"),
            QStringLiteral("alcohol_free_alternatives"), QStringLiteral("spirits_measure"),
            QStringLiteral("placement"),        QStringLiteral("licence_conditions")};
}

QString InspectionTexts::checklistName(const QString &key)
{
    if (key == QLatin1String("age_checks"))
        return tr("Age checks");
    if (key == QLatin1String("intoxication"))
        return tr("Intoxicated guests");
    if (key == QLatin1String("hours"))
        return tr("Serving and sales hours");
    if (key == QLatin1String("manager_present"))
        return tr("Manager or deputy present");
    if (key == QLatin1String("internal_control"))
        return tr("Internal control");
    if (key == QLatin1String("advertising"))
        return tr("Advertising ban");
    if (key == QLatin1String("alcohol_free_alternatives"))
        return tr("Alcohol-free alternatives");
    if (key == QLatin1String("spirits_measure"))
        return tr("Spirits measures");
    if (key == QLatin1String("placement"))
        return tr("Placement of alcohol");
    if (key == QLatin1String("licence_conditions"))
        return tr("Licence conditions");
    return key;
}

bool InspectionTexts::needsSigns(const QString &code)
{
    return code == QLatin1String("intoxicated_served") || code == QLatin1String("intoxicated_admitted");
}

} // namespace bevilling
