#include "LicenceJson.h"

#include <QJsonArray>
#include <QTimeZone>

namespace bevilling::LicenceJson {

namespace {
QJsonValue nullableString(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}
} // namespace

QString dateToJson(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString dateTimeToJson(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject licenseeToJson(const Licensee &licensee)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), licensee.id);
    o.insert(QStringLiteral("name"), licensee.name);
    o.insert(QStringLiteral("org_number"), nullableString(licensee.orgNumber));
    o.insert(QStringLiteral("address"), licensee.address);
    o.insert(QStringLiteral("email"), licensee.email);
    o.insert(QStringLiteral("phone"), licensee.phone);
    return o;
}

QJsonObject premisesToJson(const Premises &premises)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), premises.id);
    o.insert(QStringLiteral("name"), premises.name);
    o.insert(QStringLiteral("address"), premises.address);
    o.insert(QStringLiteral("postal_code"), premises.postalCode);
    o.insert(QStringLiteral("postal_place"), premises.postalPlace);
    o.insert(QStringLiteral("type"), DomainTexts::premisesTypeKey(premises.type));
    o.insert(QStringLiteral("capacity"), premises.capacity ? QJsonValue(*premises.capacity) : QJsonValue(QJsonValue::Null));
    return o;
}

QJsonObject personToJson(const Person &person)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), person.name);
    o.insert(QStringLiteral("birth_date"), nullableString(dateToJson(person.birthDate)));
    o.insert(QStringLiteral("knowledge_test_passed"), nullableString(dateToJson(person.knowledgeTestPassed)));
    return o;
}

QJsonObject toJson(const Licence &licence, bool withIds)
{
    QJsonObject o;
    if (withIds)
        o.insert(QStringLiteral("id"), licence.id);
    o.insert(QStringLiteral("number"), licence.number);
    o.insert(QStringLiteral("kind"), DomainTexts::kindKey(licence.kind));
    o.insert(QStringLiteral("closed_party"), licence.closedParty);
    o.insert(QStringLiteral("event_name"), licence.eventName);

    QJsonObject licensee = licenseeToJson(licence.licensee);
    QJsonObject premises = premisesToJson(licence.premises);
    if (!withIds) {
        licensee.remove(QStringLiteral("id"));
        premises.remove(QStringLiteral("id"));
    }
    o.insert(QStringLiteral("licensee"), licensee);
    const bool hasPremises = licence.premises.id != 0 || !licence.premises.name.isEmpty();
    o.insert(QStringLiteral("premises"), hasPremises ? QJsonValue(premises) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("manager"),
             licence.manager.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(personToJson(licence.manager)));
    QJsonArray deputies;
    for (const Person &deputy : licence.deputies)
        deputies.append(personToJson(deputy));
    o.insert(QStringLiteral("deputies"), deputies);

    QJsonArray groups;
    for (int g : DomainTexts::groupList(licence.groups))
        groups.append(g);
    o.insert(QStringLiteral("alcohol_groups"), groups);

    QJsonObject areas;
    areas.insert(QStringLiteral("indoor"), licence.indoor);
    areas.insert(QStringLiteral("indoor_description"), licence.indoorDescription);
    areas.insert(QStringLiteral("outdoor"), licence.outdoor);
    areas.insert(QStringLiteral("outdoor_description"), licence.outdoorDescription);
    o.insert(QStringLiteral("areas"), areas);

    o.insert(QStringLiteral("valid_from"), dateToJson(licence.validFrom));
    o.insert(QStringLiteral("valid_to"), dateToJson(licence.validTo));
    o.insert(QStringLiteral("conditions"), licence.conditions);
    o.insert(QStringLiteral("notes"), licence.notes);

    if (licence.endedOn.isValid()) {
        QJsonObject ended;
        ended.insert(QStringLiteral("on"), dateToJson(licence.endedOn));
        ended.insert(QStringLiteral("reason"),
                     licence.endReason ? QJsonValue(DomainTexts::endReasonKey(*licence.endReason)) : QJsonValue(QJsonValue::Null));
        ended.insert(QStringLiteral("note"), licence.endNote);
        o.insert(QStringLiteral("ended"), ended);
    } else {
        o.insert(QStringLiteral("ended"), QJsonValue(QJsonValue::Null));
    }
    o.insert(QStringLiteral("created_at"), dateTimeToJson(licence.createdAt));
    o.insert(QStringLiteral("updated_at"), dateTimeToJson(licence.updatedAt));
    return o;
}

} // namespace bevilling::LicenceJson
