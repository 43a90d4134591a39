#include "PrikkLedger.h"

#include "Findings.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace bevilling::rules {

namespace {

const QString kInvalid = QStringLiteral("invalid");

QString eventPath(int i)
{
    return QStringLiteral("events[%1]").arg(i);
}

QString findingPath(int i, int j)
{
    return QStringLiteral("events[%1].findings[%2]").arg(i).arg(j);
}

int standardOrDecided(const LedgerFinding &finding)
{
    if (finding.prikker)
        return *finding.prikker;
    const std::optional<FindingCode> code = Findings::find(finding.code);
    return code ? code->prikker : 0;
}

Result<QDate> parseDate(const QJsonValue &value, const QString &path)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!value.isString())
        return makeError(kInvalid, PrikkLedger::tr("%1: must be a date written YYYY-MM-DD.").arg(path), path);
    const QString text = value.toString();
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!pattern.match(text).hasMatch() || !date.isValid())
        return makeError(kInvalid, PrikkLedger::tr("%1: \"%2\" is not a valid date (YYYY-MM-DD).").arg(path, text), path);
    return date;
}

Status checkKeys(const QJsonObject &object, const QStringList &allowed, const QString &path)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key())) {
            const QString field = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
            return makeError(kInvalid, PrikkLedger::tr("%1: unknown field.").arg(field), field);
        }
    }
    return {};
}

} // namespace

QDate PrikkLedger::expiryOf(const QDate &offenceDate)
{
    if (offenceDate.month() == 2 && offenceDate.day() == 29)
        return QDate(offenceDate.year() + 2, 3, 1);
    return offenceDate.addYears(2);
}

int PrikkLedger::suspensionDays(int total)
{
    if (total < Threshold)
        return 0;
    const int extra = total - Threshold;
    const int rest = extra % 12;
    return 7 + 7 * (extra / 12) + (rest == 0 ? 0 : rest / 2 + 1);
}

Status PrikkLedger::validate(const QList<LedgerEvent> &events)
{
    for (int i = 0; i < events.size(); ++i) {
        const LedgerEvent &event = events.at(i);
        if (event.type == LedgerEvent::Type::Suspension) {
            if (!event.decided.isValid())
                return makeError(kInvalid, tr("%1.decided: the decision date is missing.").arg(eventPath(i)), eventPath(i) + QStringLiteral(".decided"));
            if (!event.from.isValid() || !event.to.isValid())
                return makeError(kInvalid, tr("%1: a suspension needs \"from\" and \"to\".").arg(eventPath(i)), eventPath(i));
            if (event.to < event.from)
                return makeError(kInvalid, tr("%1.to: the suspension ends before it starts.").arg(eventPath(i)), eventPath(i) + QStringLiteral(".to"));
            continue;
        }
        if (!event.date.isValid())
            return makeError(kInvalid, tr("%1.date: the date is missing.").arg(eventPath(i)), eventPath(i) + QStringLiteral(".date"));
        QHash<QString, int> decidedByCode;
        for (int j = 0; j < event.findings.size(); ++j) {
            const LedgerFinding &finding = event.findings.at(j);
            const QString path = findingPath(i, j);
            if (!Findings::find(finding.code))
                return makeError(kInvalid, tr("%1.code: unknown finding code \"%2\".").arg(path, finding.code), path + QStringLiteral(".code"));
            if (finding.prikker) {
                if (*finding.prikker < 0)
                    return makeError(kInvalid, tr("%1.prikker: cannot be negative.").arg(path), path + QStringLiteral(".prikker"));
                if (finding.reason.trimmed().isEmpty()) {
                    return makeError(kInvalid, tr("%1.reason: a deviation from the standard number of prikker must give its reason.").arg(path),
                                     path + QStringLiteral(".reason"));
                }
            }
            const int value = standardOrDecided(finding);
            const auto earlier = decidedByCode.constFind(finding.code);
            if (earlier != decidedByCode.constEnd() && earlier.value() != value) {
                return makeError(kInvalid,
                                 tr("%1.prikker: the same breach found twice at one inspection counts once, so it cannot "
                                    "carry a different number of prikker (%2) than before (%3).")
                                     .arg(path)
                                     .arg(value)
                                     .arg(earlier.value()),
                                 path + QStringLiteral(".prikker"));
            }
            decidedByCode.insert(finding.code, value);
        }
    }
    return {};
}

QDate PrikkLedger::latestDate(const QList<LedgerEvent> &events)
{
    QDate latest;
    for (const LedgerEvent &event : events) {
        for (const QDate &d : {event.date, event.decided, event.from, event.to}) {
            if (d.isValid() && (!latest.isValid() || d > latest))
                latest = d;
        }
    }
    return latest;
}

Result<LedgerResult> PrikkLedger::evaluate(const QList<LedgerEvent> &events, const QDate &asOf,
                                           const LedgerSettings &settings)
{
    const Status valid = validate(events);
    if (!valid)
        return valid.error();
    LedgerResult result;
    result.asOf = asOf.isValid() ? asOf : latestDate(events);
    if (!result.asOf.isValid())
        return makeError(kInvalid, tr("as_of: no date to evaluate the ledger on."), QStringLiteral("as_of"));

    // A transfer restarts the two-year window (decisions.md 5); a renewal does not.
    QDate lastTransfer;
    QDate lastSuspension;
    for (const LedgerEvent &event : events) {
        if (event.type == LedgerEvent::Type::Transfer && event.date <= result.asOf)
            lastTransfer = std::max(lastTransfer, event.date);
        if (event.type == LedgerEvent::Type::Suspension && event.decided <= result.asOf)
            lastSuspension = std::max(lastSuspension, event.decided);
    }

    QDate latestCounted;
    for (const LedgerEvent &event : events) {
        if (event.type != LedgerEvent::Type::Inspection || event.date > result.asOf)
            continue;
        if (lastTransfer.isValid() && event.date < lastTransfer)
            continue;
        if (settings.prikkerUsedBySuspension && lastSuspension.isValid() && event.date <= lastSuspension)
            continue;
        const QDate expires = expiryOf(event.date);
        if (expires <= result.asOf)
            continue;
        // Like-kind breaches at one inspection count once (validate() made their numbers agree).
        QSet<QString> seen;
        for (const LedgerFinding &finding : event.findings) {
            if (seen.contains(finding.code))
                continue;
            seen.insert(finding.code);
            const int prikker = standardOrDecided(finding);
            if (prikker == 0)
                continue;
            result.active.append({event.id, event.date, finding.code, prikker, expires});
            result.activePrikker += prikker;
            latestCounted = std::max(latestCounted, event.date);
        }
    }
    std::stable_sort(result.active.begin(), result.active.end(),
                     [](const LedgerEntry &a, const LedgerEntry &b) { return a.date < b.date; });

    // A suspension already decided on these prikker is not due again; a new offence after it is
    // (that only matters when prikker are not used up by a suspension).
    const bool alreadyDecided = lastSuspension.isValid() && latestCounted <= lastSuspension;
    result.suspensionDue = result.activePrikker >= Threshold && !alreadyDecided;
    result.suspensionDays = result.suspensionDue ? suspensionDays(result.activePrikker) : 0;
    return result;
}

Result<LedgerResult> PrikkLedger::whatIf(QList<LedgerEvent> events, const QString &code, const QDate &date,
                                         const LedgerSettings &settings)
{
    LedgerEvent extra;
    extra.type = LedgerEvent::Type::Inspection;
    extra.id = QStringLiteral("what-if");
    extra.date = date;
    extra.findings = {LedgerFinding{code, std::nullopt, QString()}};
    events.append(extra);
    Result<LedgerResult> result = evaluate(events, date, settings);
    if (!result.ok() && result.error().field.startsWith(eventPath(int(events.size()) - 1)))
        return makeError(kInvalid, tr("code: unknown finding code \"%1\".").arg(code), QStringLiteral("code"));
    return result;
}

Result<QList<LedgerEvent>> PrikkLedger::fromJson(const QJsonObject &document)
{
    Status keys = checkKeys(document, {QStringLiteral("events")}, QString());
    if (!keys)
        return keys.error();
    const QJsonValue eventsValue = document.value(QStringLiteral("events"));
    if (!eventsValue.isArray())
        return makeError(kInvalid, tr("events: must be a list of events."), QStringLiteral("events"));
    const QJsonArray array = eventsValue.toArray();
    QList<LedgerEvent> events;
    for (int i = 0; i < array.size(); ++i) {
        const QString path = eventPath(i);
        if (!array.at(i).isObject())
            return makeError(kInvalid, tr("%1: must be an object.").arg(path), path);
        const QJsonObject o = array.at(i).toObject();
        LedgerEvent event;
        const QString type = o.value(QStringLiteral("type")).toString();
        QStringList allowed{QStringLiteral("type")};
        if (type == QLatin1String("inspection")) {
            event.type = LedgerEvent::Type::Inspection;
            allowed << QStringLiteral("id") << QStringLiteral("date") << QStringLiteral("findings");
        } else if (type == QLatin1String("renewal") || type == QLatin1String("transfer")) {
            event.type = type == QLatin1String("renewal") ? LedgerEvent::Type::Renewal : LedgerEvent::Type::Transfer;
            allowed << QStringLiteral("id") << QStringLiteral("date");
        } else if (type == QLatin1String("suspension")) {
            event.type = LedgerEvent::Type::Suspension;
            allowed << QStringLiteral("id") << QStringLiteral("decided") << QStringLiteral("from") << QStringLiteral("to");
        } else {
            return makeError(kInvalid, tr("%1.type: must be inspection, renewal, transfer or suspension.").arg(path),
                             path + QStringLiteral(".type"));
        }
        keys = checkKeys(o, allowed, path);
        if (!keys)
            return keys.error();
        if (o.contains(QStringLiteral("id"))) {
            if (!o.value(QStringLiteral("id")).isString())
                return makeError(kInvalid, tr("%1.id: must be text.").arg(path), path + QStringLiteral(".id"));
            event.id = o.value(QStringLiteral("id")).toString();
        }
        if (event.type == LedgerEvent::Type::Suspension) {
            for (const QString &key : {QStringLiteral("decided"), QStringLiteral("from"), QStringLiteral("to")}) {
                Result<QDate> d = parseDate(o.value(key), path + QLatin1Char('.') + key);
                if (!d)
                    return d.error();
                (key == QLatin1String("decided") ? event.decided : key == QLatin1String("from") ? event.from : event.to) = *d;
            }
        } else {
            Result<QDate> d = parseDate(o.value(QStringLiteral("date")), path + QStringLiteral(".date"));
            if (!d)
                return d.error();
            event.date = *d;
        }
        if (event.type == LedgerEvent::Type::Inspection && o.contains(QStringLiteral("findings"))) {
            if (!o.value(QStringLiteral("findings")).isArray())
                return makeError(kInvalid, tr("%1.findings: must be a list.").arg(path), path + QStringLiteral(".findings"));
            const QJsonArray findings = o.value(QStringLiteral("findings")).toArray();
            for (int j = 0; j < findings.size(); ++j) {
                const QString fpath = findingPath(i, j);
                if (!findings.at(j).isObject())
                    return makeError(kInvalid, tr("%1: must be an object.").arg(fpath), fpath);
                const QJsonObject f = findings.at(j).toObject();
                keys = checkKeys(f, {QStringLiteral("code"), QStringLiteral("prikker"), QStringLiteral("reason")}, fpath);
                if (!keys)
                    return keys.error();
                LedgerFinding finding;
                if (!f.value(QStringLiteral("code")).isString())
                    return makeError(kInvalid, tr("%1.code: a finding code is required.").arg(fpath), fpath + QStringLiteral(".code"));
                finding.code = f.value(QStringLiteral("code")).toString();
                if (f.contains(QStringLiteral("prikker"))) {
                    const QJsonValue p = f.value(QStringLiteral("prikker"));
                    const double number = p.toDouble(-1);
                    if (!p.isDouble() || number != static_cast<int>(number) || number < 0) {
                        return makeError(kInvalid, tr("%1.prikker: must be a whole number, 0 or more.").arg(fpath),
                                         fpath + QStringLiteral(".prikker"));
                    }
                    finding.prikker = static_cast<int>(number);
                }
                if (f.contains(QStringLiteral("reason"))) {
                    if (!f.value(QStringLiteral("reason")).isString())
                        return makeError(kInvalid, tr("%1.reason: must be text.").arg(fpath), fpath + QStringLiteral(".reason"));
                    finding.reason = f.value(QStringLiteral("reason")).toString();
                }
                event.findings.append(finding);
            }
        }
        events.append(event);
    }
    const Status valid = validate(events);
    if (!valid)
        return valid.error();
    return events;
}

QJsonObject PrikkLedger::toJson(const LedgerResult &result)
{
    QJsonObject o;
    o.insert(QStringLiteral("as_of"), result.asOf.toString(Qt::ISODate));
    o.insert(QStringLiteral("active_prikker"), result.activePrikker);
    o.insert(QStringLiteral("suspension_due"), result.suspensionDue);
    o.insert(QStringLiteral("suspension_days"), result.suspensionDays);
    QJsonArray active;
    for (const LedgerEntry &entry : result.active) {
        QJsonObject e;
        e.insert(QStringLiteral("inspection"), entry.inspection.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(entry.inspection));
        e.insert(QStringLiteral("date"), entry.date.toString(Qt::ISODate));
        e.insert(QStringLiteral("code"), entry.code);
        e.insert(QStringLiteral("prikker"), entry.prikker);
        e.insert(QStringLiteral("expires"), entry.expires.toString(Qt::ISODate));
        active.append(e);
    }
    o.insert(QStringLiteral("active"), active);
    return o;
}

} // namespace bevilling::rules
