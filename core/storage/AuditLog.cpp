#include "AuditLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace bevilling {

namespace {

QString toJsonText(const QJsonObject &object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject fromJsonText(const QString &text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool: return value.toBool() ? AuditLog::tr("yes") : AuditLog::tr("no");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d == static_cast<qint64>(d) ? QString::number(static_cast<qint64>(d)) : QString::number(d);
    }
    case QJsonValue::String: return value.toString();
    default: return {};
    }
}

bool isNoise(const QString &key)
{
    return key == QLatin1String("id") || key == QLatin1String("created_at") || key == QLatin1String("updated_at");
}

void flatten(const QJsonValue &value, const QString &prefix, QMap<QString, QString> &out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (isNoise(it.key()))
                continue;
            flatten(it.value(), prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key(), out);
        }
        return;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        bool scalars = true;
        for (const QJsonValue &item : array)
            scalars = scalars && !item.isObject() && !item.isArray();
        if (scalars) {
            QStringList parts;
            for (const QJsonValue &item : array)
                parts.append(scalarText(item));
            out.insert(prefix, parts.join(QLatin1Char('+')));
            return;
        }
        for (int i = 0; i < array.size(); ++i)
            flatten(array.at(i), prefix + QStringLiteral("[%1]").arg(i), out);
        return;
    }
    out.insert(prefix, scalarText(value));
}

Result<QList<AuditEntry>> readEntries(QSqlQuery &query)
{
    if (!query.exec())
        return makeError(QStringLiteral("io"), AuditLog::tr("Could not read the history."), {}, query.lastError().text());
    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry e;
        e.id = query.value(0).toLongLong();
        e.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        e.user = query.value(2).toString();
        e.entity = query.value(3).toString();
        e.entityId = query.value(4).toLongLong();
        e.action = query.value(5).toString();
        e.before = fromJsonText(query.value(6).toString());
        e.after = fromJsonText(query.value(7).toString());
        entries.append(e);
    }
    return entries;
}

const QString kSelect = QStringLiteral(
    "SELECT id, at, os_user, entity, entity_id, action, before_json, after_json FROM audit_log");

} // namespace

QString AuditLog::currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
#ifdef Q_OS_UNIX
    if (user.isEmpty()) {
        // Services and cron jobs may run without USER set; the password database still knows.
        if (const passwd *entry = ::getpwuid(::geteuid()))
            user = QString::fromLocal8Bit(entry->pw_name);
    }
#endif
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

Status AuditLog::record(const QSqlDatabase &db, const Clock &clock, const QString &entity, qint64 entityId,
                        const QString &action, const QJsonObject &before, const QJsonObject &after)
{
    AuditEntry entry;
    entry.at = clock.now().toUTC();
    entry.user = currentUser();
    entry.entity = entity;
    entry.entityId = entityId;
    entry.action = action;
    entry.before = before;
    entry.after = after;
    return restore(db, entry);
}

Status AuditLog::restore(const QSqlDatabase &db, const AuditEntry &entry)
{
    QSqlQuery query(db);
    if (entry.id > 0) {
        query.prepare(QStringLiteral("INSERT INTO audit_log (id, at, os_user, entity, entity_id, action, before_json, after_json) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(entry.id);
    } else {
        query.prepare(QStringLiteral("INSERT INTO audit_log (at, os_user, entity, entity_id, action, before_json, after_json) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    }
    query.addBindValue(entry.at.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(entry.user);
    query.addBindValue(entry.entity);
    query.addBindValue(entry.entityId);
    query.addBindValue(entry.action);
    const QString before = toJsonText(entry.before);
    const QString after = toJsonText(entry.after);
    query.addBindValue(before.isEmpty() ? QVariant() : QVariant(before));
    query.addBindValue(after.isEmpty() ? QVariant() : QVariant(after));
    if (!query.exec())
        return makeError(QStringLiteral("io"), tr("Could not write the history entry."), {}, query.lastError().text());
    return {};
}

Result<QList<AuditEntry>> AuditLog::entriesFor(const QSqlDatabase &db, const QString &entity, qint64 entityId)
{
    QSqlQuery query(db);
    query.prepare(kSelect + QStringLiteral(" WHERE entity = ? AND entity_id = ? ORDER BY id"));
    query.addBindValue(entity);
    query.addBindValue(entityId);
    return readEntries(query);
}

Result<QList<AuditEntry>> AuditLog::all(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.prepare(kSelect + QStringLiteral(" ORDER BY id"));
    return readEntries(query);
}

QList<AuditChange> AuditLog::changes(const QJsonObject &before, const QJsonObject &after)
{
    QMap<QString, QString> a;
    QMap<QString, QString> b;
    flatten(before, {}, a);
    flatten(after, {}, b);
    QStringList keys = a.keys();
    for (const QString &key : b.keys()) {
        if (!a.contains(key))
            keys.append(key);
    }
    QList<AuditChange> result;
    for (const QString &key : keys) {
        const QString oldValue = a.value(key);
        const QString newValue = b.value(key);
        if (oldValue != newValue)
            result.append({key, fieldLabel(key), oldValue, newValue});
    }
    return result;
}

QString AuditLog::actionName(const QString &action)
{
    if (action == QLatin1String("create"))
        return tr("Created");
    if (action == QLatin1String("update"))
        return tr("Changed");
    if (action == QLatin1String("end"))
        return tr("Ended");
    if (action == QLatin1String("reopen"))
        return tr("End cancelled");
    if (action == QLatin1String("delete"))
        return tr("Deleted");
    if (action == QLatin1String("import"))
        return tr("Imported");
    return action;
}

QString AuditLog::fieldLabel(const QString &path)
{
    static const QRegularExpression index(QStringLiteral("\\[(\\d+)\\]"));
    QString key = path;
    int deputyNumber = 0;
    const QRegularExpressionMatch match = index.match(path);
    if (match.hasMatch()) {
        deputyNumber = match.captured(1).toInt() + 1;
        key.replace(index, QString());
    }
    static const QMap<QString, const char *> labels = {
        {QStringLiteral("number"), QT_TRANSLATE_NOOP("AuditLog", "Licence number")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("AuditLog", "Kind")},
        {QStringLiteral("closed_party"), QT_TRANSLATE_NOOP("AuditLog", "Closed parties only")},
        {QStringLiteral("event_name"), QT_TRANSLATE_NOOP("AuditLog", "Occasion")},
        {QStringLiteral("licensee.name"), QT_TRANSLATE_NOOP("AuditLog", "Licensee")},
        {QStringLiteral("licensee.org_number"), QT_TRANSLATE_NOOP("AuditLog", "Organisation number")},
        {QStringLiteral("licensee.address"), QT_TRANSLATE_NOOP("AuditLog", "Licensee's address")},
        {QStringLiteral("licensee.email"), QT_TRANSLATE_NOOP("AuditLog", "Licensee's e-mail")},
        {QStringLiteral("licensee.phone"), QT_TRANSLATE_NOOP("AuditLog", "Licensee's phone")},
        {QStringLiteral("premises.name"), QT_TRANSLATE_NOOP("AuditLog", "Premises")},
        {QStringLiteral("premises.address"), QT_TRANSLATE_NOOP("AuditLog", "Address")},
        {QStringLiteral("premises.postal_code"), QT_TRANSLATE_NOOP("AuditLog", "Postal code")},
        {QStringLiteral("premises.postal_place"), QT_TRANSLATE_NOOP("AuditLog", "Postal place")},
        {QStringLiteral("premises.type"), QT_TRANSLATE_NOOP("AuditLog", "Type of premises")},
        {QStringLiteral("premises.capacity"), QT_TRANSLATE_NOOP("AuditLog", "Capacity")},
        {QStringLiteral("manager.name"), QT_TRANSLATE_NOOP("AuditLog", "Manager")},
        {QStringLiteral("manager.birth_date"), QT_TRANSLATE_NOOP("AuditLog", "Manager's date of birth")},
        {QStringLiteral("manager.knowledge_test_passed"), QT_TRANSLATE_NOOP("AuditLog", "Manager's knowledge test")},
        {QStringLiteral("deputies.name"), QT_TRANSLATE_NOOP("AuditLog", "Deputy %1")},
        {QStringLiteral("deputies.birth_date"), QT_TRANSLATE_NOOP("AuditLog", "Deputy %1, date of birth")},
        {QStringLiteral("deputies.knowledge_test_passed"), QT_TRANSLATE_NOOP("AuditLog", "Deputy %1, knowledge test")},
        {QStringLiteral("alcohol_groups"), QT_TRANSLATE_NOOP("AuditLog", "Alcohol groups")},
        {QStringLiteral("areas.indoor"), QT_TRANSLATE_NOOP("AuditLog", "Indoors")},
        {QStringLiteral("areas.indoor_description"), QT_TRANSLATE_NOOP("AuditLog", "Indoor area")},
        {QStringLiteral("areas.outdoor"), QT_TRANSLATE_NOOP("AuditLog", "Outdoors")},
        {QStringLiteral("areas.outdoor_description"), QT_TRANSLATE_NOOP("AuditLog", "Outdoor area")},
        {QStringLiteral("valid_from"), QT_TRANSLATE_NOOP("AuditLog", "Valid from")},
        {QStringLiteral("valid_to"), QT_TRANSLATE_NOOP("AuditLog", "Valid to")},
        {QStringLiteral("conditions"), QT_TRANSLATE_NOOP("AuditLog", "Conditions")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("AuditLog", "Notes")},
        {QStringLiteral("ended.on"), QT_TRANSLATE_NOOP("AuditLog", "Ended on")},
        {QStringLiteral("ended.reason"), QT_TRANSLATE_NOOP("AuditLog", "End reason")},
        {QStringLiteral("ended.note"), QT_TRANSLATE_NOOP("AuditLog", "End note")},
    };
    const auto it = labels.constFind(key);
    if (it == labels.constEnd())
        return path;
    QString label = tr(it.value());
    if (deputyNumber > 0)
        label = label.arg(deputyNumber);
    return label;
}

} // namespace bevilling
