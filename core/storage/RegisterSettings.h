#pragma once

#include "Clock.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace bevilling {

class Database;

// Settings stored in the register itself (they travel with the file and the export).
struct RegisterInfo
{
    QString municipalityName;   // "Bærum kommune"
    QString municipalityNumber; // "3201" (kommunenummer), optional
    bool demo = false;          // a demo register with fictional data
    bool allowSaleGroup2 = false;
};

class RegisterSettings
{
    Q_DECLARE_TR_FUNCTIONS(RegisterSettings)
public:
    static inline const QString AuditEntity = QStringLiteral("register");

    RegisterSettings(const Database &db, const Clock &clock);

    Result<RegisterInfo> load() const;
    // Saves all values in one transaction with an audit entry of what changed.
    Status save(const RegisterInfo &info);

    Result<QString> value(const QString &key) const;

    // Writes `info` as it is, within the caller's transaction, without validation or audit entry
    // (the importer restores a register's settings with it).
    static Status restore(const QSqlDatabase &db, const RegisterInfo &info);

    static QString checkMunicipalityNumber(const QString &number);

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace bevilling
