#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace bevilling {

// Strict, path-aware reading of a JSON document. Every read names the JSON path of the value it
// reads ("licences[3].licensee.org_number"); the first problem is kept as an Error whose `field`
// is that path and whose message starts with it. After a failure every further read does nothing
// and returns false, so a parser can read field after field and check ok() once.
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
public:
    static inline const QString ErrorInvalid = QStringLiteral("invalid_document");

    enum class Need { Required, Optional };

    // "a.b", "b" when `path` is empty.
    static QString join(const QString &path, const QString &key);
    // "a[3]".
    static QString index(const QString &path, int i);

    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }
    // Records `message` for `path` (the message is prefixed with the path) unless a problem was
    // already recorded. Always returns false.
    bool fail(const QString &path, const QString &message);

    // Fails on the first key of `object` that is not in `allowed`.
    bool onlyKeys(const QJsonObject &object, const QString &path, const QStringList &allowed);

    // Value-level reads: `value` must have the type, else the read fails.
    bool asObject(const QJsonValue &value, const QString &path, QJsonObject &out);
    bool asArray(const QJsonValue &value, const QString &path, QJsonArray &out);
    bool asString(const QJsonValue &value, const QString &path, QString &out);
    bool asBool(const QJsonValue &value, const QString &path, bool &out);
    bool asInteger(const QJsonValue &value, const QString &path, qint64 minimum, qint64 &out);
    bool asDate(const QJsonValue &value, const QString &path, QDate &out);
    bool asDateTime(const QJsonValue &value, const QString &path, QDateTime &out);

    // Member reads: object[key], at path "path.key". An absent or null member fails when
    // Required and leaves `out` untouched when Optional; `present` (if given) tells which.
    bool object(const QJsonObject &o, const QString &path, const QString &key, Need need, QJsonObject &out,
                bool *present = nullptr);
    bool array(const QJsonObject &o, const QString &path, const QString &key, Need need, QJsonArray &out,
               bool *present = nullptr);
    bool string(const QJsonObject &o, const QString &path, const QString &key, Need need, QString &out,
                bool *present = nullptr);
    bool boolean(const QJsonObject &o, const QString &path, const QString &key, Need need, bool &out,
                 bool *present = nullptr);
    bool integer(const QJsonObject &o, const QString &path, const QString &key, Need need, qint64 minimum,
                 qint64 &out, bool *present = nullptr);
    bool date(const QJsonObject &o, const QString &path, const QString &key, Need need, QDate &out,
              bool *present = nullptr);
    bool dateTime(const QJsonObject &o, const QString &path, const QString &key, Need need, QDateTime &out,
                  bool *present = nullptr);

    // A stable key of an enumeration ("serving", "restaurant", ...): `fromKey` maps it, `keys`
    // lists the allowed ones for the message.
    template<typename E>
    bool enumKey(const QJsonObject &o, const QString &path, const QString &key, Need need,
                 std::optional<E> (*fromKey)(const QString &), const QStringList &keys, E &out,
                 bool *present = nullptr)
    {
        QString text;
        bool there = false;
        if (!string(o, path, key, need, text, &there))
            return false;
        if (present)
            *present = there;
        if (!there)
            return true;
        const std::optional<E> value = fromKey(text);
        if (!value)
            return failUnknownValue(join(path, key), text, keys);
        out = *value;
        return true;
    }

    bool failUnknownValue(const QString &path, const QString &value, const QStringList &allowed);

private:
    // The member `key` of `o` when it is there and not null; fails when Required and missing.
    bool member(const QJsonObject &o, const QString &path, const QString &key, Need need, QJsonValue &out,
                bool &present);
    bool failType(const QJsonValue &value, const QString &path, const QString &expected);
    template<typename Convert>
    bool read(const QJsonObject &o, const QString &path, const QString &key, Need need, bool *present,
              Convert convert);

    std::optional<Error> m_error;
};

} // namespace bevilling
