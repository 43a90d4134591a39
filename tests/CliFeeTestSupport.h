#pragma once

// The register and files the fee-cycle CLI tests (TestCliTurnover, TestCliFees, TestCliReports) share.
#include "TestSupport.h"
#include "rules/Fees.h"
#include "storage/Database.h"
#include "storage/FeeRateRepository.h"
#include "storage/LicenceRepository.h"

#include <QDir>
#include <QString>
#include <QStringList>

#include <memory>

namespace bevilling::test {

// A register with fee rates for 2026 (the shipped table has none: the test copies 2025's) and four
// serving licences with all groups: 2024-001, 2024-002 and 2024-003 from 1 October 2024, and
// 2026-003 from 15 January 2026 (a new licence: expected litres only in 2026).
inline QString makeFeeCycleRegister(const QString &folder, const QString &name)
{
    const QString path = QDir(folder).filePath(name);
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db)
        return {};
    const FixedClock clock(QDateTime(QDate(2026, 1, 10), QTime(9, 0), Qt::UTC));
    FeeRateRepository rates(**db, clock);
    if (!rates.seed())
        return {};
    Result<rules::FeeRates> rates2025 = rules::FeeRateTable::national().forYear(2025);
    if (!rates2025)
        return {};
    rules::FeeRates rates2026 = *rates2025;
    rates2026.year = 2026;
    rates2026.source = QStringLiteral("test: 2025's rates");
    if (!rates.addYear(rates2026))
        return {};
    const QStringList numbers = {QStringLiteral("2024-001"), QStringLiteral("2024-002"), QStringLiteral("2024-003"),
                                 QStringLiteral("2026-003")};
    const QStringList orgNumbers = {QStringLiteral("923609016"), QStringLiteral("974760673"), QStringLiteral("914778271"),
                                    QStringLiteral("987654325")};
    LicenceRepository licences(**db, clock);
    for (int i = 0; i < numbers.size(); ++i) {
        Licence l = test::makeServingLicence(numbers.at(i));
        l.licensee.name = QStringLiteral("Stad %1 AS").arg(i + 1);
        l.licensee.orgNumber = orgNumbers.at(i);
        l.premises.name = QStringLiteral("Stad %1").arg(i + 1);
        if (i == 3)
            l.validFrom = QDate(2026, 1, 15);
        const Result<Licence> created = licences.create(l);
        if (!created) {
            qWarning("%s", qPrintable(created.error().toString()));
            return {};
        }
    }
    return path;
}

inline QString turnoverDataFile(const QString &name)
{
    return QStringLiteral(BEVILLING_TEST_DATA) + QStringLiteral("/turnover/") + name;
}

} // namespace bevilling::test
