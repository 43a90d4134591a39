#pragma once

// A small, varied set of licences for the model and proxy tests ("today" is 01.03.2025).

#include "TestSupport.h"

#include <QList>

namespace bevilling::test {

inline QDate uiToday()
{
    return QDate(2025, 3, 1);
}

inline QList<Licence> variedLicences()
{
    QList<Licence> list;
    qint64 id = 0;
    auto add = [&](Licence l) {
        l.id = ++id;
        list.append(l);
    };

    Licence serving = makeServingLicence(QStringLiteral("2024-001")); // active, 1+2+3
    add(serving);

    Licence sale = makeServingLicence(QStringLiteral("2024-010"));
    sale.kind = LicenceKind::Sale;
    sale.licensee.name = QStringLiteral("Sandvika Dagligvare AS");
    sale.premises.name = QStringLiteral("Kiwi Sandvika");
    sale.premises.type = PremisesType::Shop;
    sale.groups = Group1;
    sale.manager.name = QStringLiteral("Per Olsen");
    sale.validFrom = QDate(2024, 12, 10);
    add(sale);

    Licence expired = makeServingLicence(QStringLiteral("2024-9"));
    expired.licensee.name = QStringLiteral("Bryggeloftet AS");
    expired.premises.name = QStringLiteral("Bryggeloftet");
    expired.manager.name = QStringLiteral("Eva Lie");
    expired.groups = Group1 | Group2;
    expired.validFrom = QDate(2021, 1, 9);
    expired.validTo = QDate(2024, 9, 30);
    add(expired);

    Licence single = makeServingLicence(QStringLiteral("2025-002"));
    single.kind = LicenceKind::SingleOccasion;
    single.eventName = QStringLiteral("Sommerfest i parken");
    single.licensee.name = QStringLiteral("Vel Fjordvik");
    single.licensee.orgNumber.clear();
    single.premises.name = QStringLiteral("Parkscenen");
    single.manager = Person();
    single.deputies.clear();
    single.groups = Group1 | Group2;
    single.validFrom = QDate(2025, 6, 14);
    single.validTo = QDate(2025, 6, 14);
    add(single);

    Licence ended = makeServingLicence(QStringLiteral("2023-004"));
    ended.kind = LicenceKind::Travelling;
    ended.eventName = QStringLiteral("Selskaper");
    ended.licensee.name = QStringLiteral("Catering Vest AS");
    ended.premises = Premises();
    ended.manager.name = QStringLiteral("Ali Khan");
    ended.validFrom = QDate(2023, 1, 1);
    ended.validTo = QDate(2027, 9, 30);
    ended.endedOn = QDate(2024, 5, 1);
    ended.endReason = EndReason::Surrendered;
    add(ended);

    Licence newer = makeServingLicence(QStringLiteral("2025-001"));
    newer.licensee.name = QStringLiteral("Havnekafeen AS");
    newer.premises.name = QStringLiteral("Havnekafeen");
    newer.manager.name = QStringLiteral("Nina Berg");
    newer.groups = Group1;
    newer.validFrom = QDate(2025, 1, 9);
    add(newer);
    return list;
}

} // namespace bevilling::test
