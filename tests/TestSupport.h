#pragma once

#include "domain/Licence.h"

#include <QDate>
#include <QString>

namespace bevilling::test {

// A valid ordinary serving licence (all groups, indoors) that tests vary one field at a time.
inline Licence makeServingLicence(const QString &number = QStringLiteral("2024-001"))
{
    Licence l;
    l.number = number;
    l.kind = LicenceKind::Serving;
    l.licensee.name = QStringLiteral("Fjordkroa AS");
    l.licensee.orgNumber = QStringLiteral("923609016");
    l.premises.name = QStringLiteral("Fjordkroa");
    l.premises.address = QStringLiteral("Sandviksveien 12");
    l.premises.postalCode = QStringLiteral("1337");
    l.premises.postalPlace = QStringLiteral("Sandvika");
    l.premises.type = PremisesType::Restaurant;
    l.premises.capacity = 80;
    l.manager.role = PersonRole::Manager;
    l.manager.name = QStringLiteral("Kari Nordmann");
    l.manager.birthDate = QDate(1980, 5, 17);
    l.manager.knowledgeTestPassed = QDate(2023, 11, 2);
    Person deputy;
    deputy.role = PersonRole::Deputy;
    deputy.name = QStringLiteral("Ola Hansen");
    deputy.birthDate = QDate(1990, 1, 31);
    l.deputies = {deputy};
    l.groups = Group1 | Group2 | Group3;
    l.indoor = true;
    l.indoorDescription = QStringLiteral("Restaurantsal, 1. etasje");
    l.validFrom = QDate(2024, 10, 1);
    l.validTo = QDate(2028, 9, 30);
    l.conditions = QStringLiteral("Skjenking ute avsluttes kl. 22.30.");
    return l;
}

} // namespace bevilling::test
