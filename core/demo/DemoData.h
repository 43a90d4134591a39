#pragma once

#include "Clock.h"
#include "Result.h"

#include <QString>

namespace bevilling {

class Database;

// A clearly marked demo register: about 30 fictional licences in the fictional town of Fjordvik
// (sale, serving, single-occasion and travelling), with managers, deputies, conditions, a few
// ended, expired and not yet valid licences, and some later changes so that the history shows
// more than the creation. Dates are relative to `clock`, so the register looks current whenever
// it is made; the same clock always gives the same register.
namespace DemoData {

inline const QString MunicipalityName = QStringLiteral("Fjordvik kommune (demo)");

// Fills an empty register through LicenceRepository (so every licence has its audit entries) and
// marks it as a demo in RegisterSettings. Refuses a register that already holds licences.
Status populate(const Database &db, const Clock &clock);

} // namespace DemoData
} // namespace bevilling
