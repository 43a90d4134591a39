#include "RegisterSettings.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace bevilling {

namespace {
const QString kMunicipalityName = QStringLiteral("municipality_name");
const QString kMunicipalityNumber = QStringLiteral("municipality_number");
const QString kDemo = QStringLiteral("demo");
const QString kAllowSaleGroup2 = QStringLiteral("allow_sale_group2");

QJsonObject toJson(const RegisterInfo &info)
{
    QJsonObject o;
    o.insert(kMunicipalityName, info.municipalityName);
    o.insert(kMunicipalityNumber, info.municipalityNumber);
    o.insert(kDemo, info.demo);
    o.insert(kAllowSaleGroup2, info.allowSaleGroup2);
    return o;
}
} // namespace

RegisterSettings::RegisterSettings(const Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Result<QString> RegisterSettings::value(const QString &key) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT setting_value FROM register_setting WHERE setting_key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return makeError(QStringLiteral("io"), tr("Could not read the register settings."), {}, query.lastError().text());
    return query.next() ? query.value(0).toString() : QString();
}

Result<RegisterInfo> RegisterSettings::load() const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT setting_key, setting_value FROM register_setting"));
    if (!query.exec())
        return makeError(QStringLiteral("io"), tr("Could not read the register settings."), {}, query.lastError().text());
    RegisterInfo info;
    while (query.next()) {
        const QString key = query.value(0).toString();
        const QString value = query.value(1).toString();
        if (key == kMunicipalityName)
            info.municipalityName = value;
        else if (key == kMunicipalityNumber)
            info.municipalityNumber = value;
        else if (key == kDemo)
            info.demo = value == QLatin1String("1");
        else if (key == kAllowSaleGroup2)
            info.allowSaleGroup2 = value == QLatin1String("1");
    }
    return info;
}

QString RegisterSettings::checkMunicipalityNumber(const QString &number)
{
    const QString trimmed = number.trimmed();
    if (trimmed.isEmpty())
        return {};
    bool digits = trimmed.size() == 4;
    for (const QChar c : trimmed)
        digits = digits && c.isDigit();
    return digits ? QString() : tr("Municipality number: must be 4 digits (for example 3201).");
}

Status RegisterSettings::restore(const QSqlDatabase &db, const RegisterInfo &info)
{
    const QList<QPair<QString, QString>> values = {
        {kMunicipalityName, info.municipalityName.trimmed()},
        {kMunicipalityNumber, info.municipalityNumber.trimmed()},
        {kDemo, info.demo ? QStringLiteral("1") : QStringLiteral("0")},
        {kAllowSaleGroup2, info.allowSaleGroup2 ? QStringLiteral("1") : QStringLiteral("0")},
    };
    for (const auto &pair : values) {
        QSqlQuery remove(db);
        remove.prepare(QStringLiteral("DELETE FROM register_setting WHERE setting_key = ?"));
        remove.addBindValue(pair.first);
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO register_setting (setting_key, setting_value) VALUES (?, ?)"));
        insert.addBindValue(pair.first);
        insert.addBindValue(pair.second.isNull() ? QStringLiteral("") : pair.second); // NOT NULL column: empty, not NULL
        if (!remove.exec() || !insert.exec())
            return makeError(QStringLiteral("io"), tr("Could not save the register settings."), {}, insert.lastError().text());
    }
    return {};
}

Status RegisterSettings::save(const RegisterInfo &info)
{
    if (m_db.isReadOnly())
        return makeError(QStringLiteral("read_only"), tr("The register is open read-only."));
    if (info.municipalityName.trimmed().isEmpty())
        return makeError(QStringLiteral("validation"), tr("Municipality: a name is required."), QStringLiteral("municipalityName"));
    const QString numberError = checkMunicipalityNumber(info.municipalityNumber);
    if (!numberError.isEmpty())
        return makeError(QStringLiteral("validation"), numberError, QStringLiteral("municipalityNumber"));

    const Result<RegisterInfo> before = load();
    if (!before)
        return before.error();
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    const Status written = restore(db, info);
    if (!written)
        return written;
    const QJsonObject beforeJson = toJson(*before);
    const QJsonObject afterJson = toJson(info);
    if (beforeJson != afterJson) {
        const Status s = AuditLog::record(db, m_clock, AuditEntity, 0, QStringLiteral("update"), beforeJson, afterJson);
        if (!s)
            return s;
    }
    if (!transaction.commit())
        return makeError(QStringLiteral("io"), tr("Could not save the register settings."), {}, transaction.lastError());
    return {};
}

} // namespace bevilling
