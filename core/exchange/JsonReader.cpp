#include "JsonReader.h"

#include <QRegularExpression>

#include <cmath>

namespace bevilling {

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return JsonReader::tr("null");
    case QJsonValue::Bool: return JsonReader::tr("true/false");
    case QJsonValue::Double: return JsonReader::tr("a number");
    case QJsonValue::String: return JsonReader::tr("text");
    case QJsonValue::Array: return JsonReader::tr("a list");
    case QJsonValue::Object: return JsonReader::tr("an object");
    case QJsonValue::Undefined: break;
    }
    return JsonReader::tr("nothing");
}

// Whole numbers a double holds exactly (JSON numbers are read as doubles).
constexpr double kLargestExactInteger = 9007199254740992.0; // 2^53

} // namespace

QString JsonReader::join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString JsonReader::index(const QString &path, int i)
{
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

bool JsonReader::fail(const QString &path, const QString &message)
{
    if (!m_error) {
        const QString text = path.isEmpty() ? message : path + QStringLiteral(": ") + message;
        m_error = makeError(ErrorInvalid, text, path);
    }
    return false;
}

bool JsonReader::failType(const QJsonValue &value, const QString &path, const QString &expected)
{
    return fail(path, tr("expected %1, found %2.").arg(expected, typeName(value)));
}

bool JsonReader::failUnknownValue(const QString &path, const QString &value, const QStringList &allowed)
{
    QStringList quoted;
    for (const QString &key : allowed)
        quoted.append(QLatin1Char('"') + key + QLatin1Char('"'));
    return fail(path, tr("unknown value \"%1\"; use one of %2.").arg(value, quoted.join(QStringLiteral(", "))));
}

bool JsonReader::onlyKeys(const QJsonObject &object, const QString &path, const QStringList &allowed)
{
    if (!ok())
        return false;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            return fail(join(path, it.key()), tr("unknown field; check the spelling against the description of the format."));
    }
    return true;
}

bool JsonReader::asObject(const QJsonValue &value, const QString &path, QJsonObject &out)
{
    if (!ok())
        return false;
    if (!value.isObject())
        return failType(value, path, tr("an object"));
    out = value.toObject();
    return true;
}

bool JsonReader::asArray(const QJsonValue &value, const QString &path, QJsonArray &out)
{
    if (!ok())
        return false;
    if (!value.isArray())
        return failType(value, path, tr("a list"));
    out = value.toArray();
    return true;
}

bool JsonReader::asString(const QJsonValue &value, const QString &path, QString &out)
{
    if (!ok())
        return false;
    if (!value.isString())
        return failType(value, path, tr("text"));
    out = value.toString();
    return true;
}

bool JsonReader::asBool(const QJsonValue &value, const QString &path, bool &out)
{
    if (!ok())
        return false;
    if (!value.isBool())
        return failType(value, path, tr("true or false"));
    out = value.toBool();
    return true;
}

bool JsonReader::asInteger(const QJsonValue &value, const QString &path, qint64 minimum, qint64 &out)
{
    if (!ok())
        return false;
    if (!value.isDouble())
        return failType(value, path, tr("a whole number"));
    const double d = value.toDouble();
    if (std::floor(d) != d || std::fabs(d) > kLargestExactInteger)
        return fail(path, tr("expected a whole number, found %1.").arg(d));
    const qint64 n = static_cast<qint64>(d);
    if (n < minimum)
        return fail(path, tr("must be at least %1 (found %2).").arg(minimum).arg(n));
    out = n;
    return true;
}

bool JsonReader::asDate(const QJsonValue &value, const QString &path, QDate &out)
{
    QString text;
    if (!asString(value, path, text))
        return false;
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!date.isValid())
        return fail(path, tr("\"%1\" is not a valid date; write dates as YYYY-MM-DD.").arg(text));
    out = date;
    return true;
}

bool JsonReader::asDateTime(const QJsonValue &value, const QString &path, QDateTime &out)
{
    QString text;
    if (!asString(value, path, text))
        return false;
    // A date, "T", a time with optional fraction, and an explicit zone: "Z" or "+01:00".
    static const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:\\d{2})$"));
    const QDateTime dt = shape.match(text).hasMatch() ? QDateTime::fromString(text, Qt::ISODateWithMs) : QDateTime();
    if (!dt.isValid()) {
        return fail(path, tr("\"%1\" is not a valid time stamp; write it as YYYY-MM-DDTHH:MM:SSZ (UTC) or with an "
                             "offset such as +01:00.")
                              .arg(text));
    }
    out = dt.toUTC();
    return true;
}

bool JsonReader::member(const QJsonObject &o, const QString &path, const QString &key, Need need, QJsonValue &out,
                        bool &present)
{
    present = false;
    if (!ok())
        return false;
    const auto it = o.constFind(key);
    if (it == o.constEnd() || it.value().isNull()) {
        if (need == Need::Required)
            return fail(join(path, key), it == o.constEnd() ? tr("this field is required but missing.")
                                                            : tr("this field is required and cannot be null."));
        return true;
    }
    present = true;
    out = it.value();
    return true;
}

template<typename Convert>
bool JsonReader::read(const QJsonObject &o, const QString &path, const QString &key, Need need, bool *present,
                      Convert convert)
{
    QJsonValue value;
    bool there = false;
    if (!member(o, path, key, need, value, there))
        return false;
    if (present)
        *present = there;
    return !there || convert(value, join(path, key));
}

bool JsonReader::object(const QJsonObject &o, const QString &path, const QString &key, Need need, QJsonObject &out,
                        bool *present)
{
    return read(o, path, key, need, present,
                [&](const QJsonValue &v, const QString &p) { return asObject(v, p, out); });
}

bool JsonReader::array(const QJsonObject &o, const QString &path, const QString &key, Need need, QJsonArray &out,
                       bool *present)
{
    return read(o, path, key, need, present,
                [&](const QJsonValue &v, const QString &p) { return asArray(v, p, out); });
}

bool JsonReader::string(const QJsonObject &o, const QString &path, const QString &key, Need need, QString &out,
                        bool *present)
{
    return read(o, path, key, need, present,
                [&](const QJsonValue &v, const QString &p) { return asString(v, p, out); });
}

bool JsonReader::boolean(const QJsonObject &o, const QString &path, const QString &key, Need need, bool &out,
                         bool *present)
{
    return read(o, path, key, need, present,
                [&](const QJsonValue &v, const QString &p) { return asBool(v, p, out); });
}

bool JsonReader::integer(const QJsonObject &o, const QString &path, const QString &key, Need need, qint64 minimum,
                         qint64 &out, bool *present)
{
    return read(o, path, key, need, present,
                [&](const QJsonValue &v, const QString &p) { return asInteger(v, p, minimum, out); });
}

bool JsonReader::date(const QJsonObject &o, const QString &path, const QString &key, Need need, QDate &out,
                      bool *present)
{
    return read(o, path, key, need, present,
                [&](const QJsonValue &v, const QString &p) { return asDate(v, p, out); });
}

bool JsonReader::dateTime(const QJsonObject &o, const QString &path, const QString &key, Need need, QDateTime &out,
                          bool *present)
{
    return read(o, path, key, need, present,
                [&](const QJsonValue &v, const QString &p) { return asDateTime(v, p, out); });
}

} // namespace bevilling
