#include "cases/CaseJson.h"

#include "domain/LicenceJson.h"
#include "exchange/Exchange.h"
#include "exchange/JsonReader.h"

#include <QJsonArray>

#include <limits>

namespace bevilling::CaseJson {

namespace {

using Need = JsonReader::Need;

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateTimeValue(const QDateTime &dt)
{
    return dt.isValid() ? QJsonValue(dt.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

template<typename E>
QJsonValue optionalKey(const std::optional<E> &value, QString (*toKey)(E))
{
    return value ? QJsonValue(toKey(*value)) : QJsonValue(QJsonValue::Null);
}

template<typename E>
QStringList keysOf(const QList<E> &values, QString (*toKey)(E))
{
    QStringList keys;
    for (E value : values)
        keys.append(toKey(value));
    return keys;
}

QStringList outcomeKeys()
{
    return keysOf<DecisionOutcome>({DecisionOutcome::Granted, DecisionOutcome::Refused}, &CaseTexts::outcomeKey);
}

QStringList bodyKeys()
{
    return keysOf<DecisionBody>({DecisionBody::Council, DecisionBody::Delegated}, &CaseTexts::bodyKey);
}

QStringList reconsiderationKeys()
{
    return keysOf<AppealReconsideration>({AppealReconsideration::Reversed, AppealReconsideration::Upheld},
                                         &CaseTexts::reconsiderationKey);
}

QStringList appealOutcomeKeys()
{
    return keysOf<AppealOutcome>({AppealOutcome::Upheld, AppealOutcome::Reversed, AppealOutcome::Returned},
                                 &CaseTexts::appealOutcomeKey);
}

// An optional enum member: absent or null leaves `out` empty.
template<typename E>
void optionalEnum(JsonReader &r, const QJsonObject &o, const QString &path, const QString &name,
                  std::optional<E> (*fromKey)(const QString &), const QStringList &keys, std::optional<E> &out)
{
    E value{};
    bool present = false;
    r.enumKey(o, path, name, Need::Optional, fromKey, keys, value, &present);
    if (r.ok() && present)
        out = value;
}

void readId(JsonReader &r, const QJsonObject &o, const QString &path, qint64 &out)
{
    // 0: not stored yet (an id is given when the case is stored).
    qint64 id = 0;
    r.integer(o, path, key("id"), Need::Optional, 0, id);
    out = id;
}

void readStatement(JsonReader &r, const QJsonValue &value, const QString &path, CaseStatement &s)
{
    QJsonObject o;
    if (!r.asObject(value, path, o)
        || !r.onlyKeys(o, path,
                       {key("id"), key("party"), key("party_name"), key("requested"), key("deadline"), key("reminders"),
                        key("replied"), key("reply"), key("reply_text")})) {
        return;
    }
    readId(r, o, path, s.id);
    r.enumKey(o, path, key("party"), Need::Required, &CaseTexts::partyFromKey,
              keysOf(CaseTexts::allParties(), &CaseTexts::partyKey), s.party);
    r.string(o, path, key("party_name"), Need::Optional, s.partyName);
    r.date(o, path, key("requested"), Need::Required, s.requested);
    r.date(o, path, key("deadline"), Need::Optional, s.deadline);
    QJsonArray reminders;
    r.array(o, path, key("reminders"), Need::Optional, reminders);
    const QString remindersPath = JsonReader::join(path, key("reminders"));
    for (int i = 0; r.ok() && i < reminders.size(); ++i) {
        QDate date;
        if (r.asDate(reminders.at(i), JsonReader::index(remindersPath, i), date))
            s.reminders.append(date);
    }
    r.date(o, path, key("replied"), Need::Optional, s.replied);
    optionalEnum(r, o, path, key("reply"), &CaseTexts::replyFromKey, keysOf(CaseTexts::allReplies(), &CaseTexts::replyKey),
                 s.reply);
    r.string(o, path, key("reply_text"), Need::Optional, s.replyText);
}

void readAttachment(JsonReader &r, const QJsonValue &value, const QString &path, CaseAttachment &a)
{
    QJsonObject o;
    if (!r.asObject(value, path, o)
        || !r.onlyKeys(o, path,
                       {key("id"), key("name"), key("mime_type"), key("size"), key("sha256"), key("category"),
                        key("added_at"), key("added_by"), key("content")})) {
        return;
    }
    readId(r, o, path, a.id);
    r.string(o, path, key("name"), Need::Required, a.name);
    r.string(o, path, key("mime_type"), Need::Optional, a.mimeType);
    r.integer(o, path, key("size"), Need::Required, 0, a.size);
    r.string(o, path, key("sha256"), Need::Required, a.sha256);
    r.string(o, path, key("category"), Need::Optional, a.category);
    r.dateTime(o, path, key("added_at"), Need::Required, a.addedAt);
    r.string(o, path, key("added_by"), Need::Optional, a.addedBy);
}

void readEvent(JsonReader &r, const QJsonValue &value, const QString &path, CaseEvent &e)
{
    QJsonObject o;
    if (!r.asObject(value, path, o)
        || !r.onlyKeys(o, path, {key("id"), key("at"), key("user"), key("kind"), key("from"), key("to"), key("note")}))
        return;
    readId(r, o, path, e.id);
    r.dateTime(o, path, key("at"), Need::Required, e.at);
    r.string(o, path, key("user"), Need::Optional, e.user);
    r.string(o, path, key("kind"), Need::Required, e.kind);
    r.string(o, path, key("from"), Need::Optional, e.from);
    r.string(o, path, key("to"), Need::Optional, e.to);
    r.string(o, path, key("note"), Need::Optional, e.note);
}

void readDecision(JsonReader &r, const QJsonObject &o, const QString &path, CaseDecision &d)
{
    if (!r.onlyKeys(o, path,
                    {key("outcome"), key("body"), key("decided_by"), key("decided_on"), key("reference"), key("reason"),
                     key("valid_from"), key("valid_to"), key("conditions"), key("notified_on")})) {
        return;
    }
    r.enumKey(o, path, key("outcome"), Need::Required, &CaseTexts::outcomeFromKey, outcomeKeys(), d.outcome);
    r.enumKey(o, path, key("body"), Need::Optional, &CaseTexts::bodyFromKey, bodyKeys(), d.body);
    r.string(o, path, key("decided_by"), Need::Optional, d.decidedBy);
    r.date(o, path, key("decided_on"), Need::Optional, d.decidedOn);
    r.string(o, path, key("reference"), Need::Optional, d.reference);
    r.string(o, path, key("reason"), Need::Optional, d.reason);
    r.date(o, path, key("valid_from"), Need::Optional, d.validFrom);
    r.date(o, path, key("valid_to"), Need::Optional, d.validTo);
    r.string(o, path, key("conditions"), Need::Optional, d.conditions);
    r.date(o, path, key("notified_on"), Need::Optional, d.notifiedOn);
}

void readAppeal(JsonReader &r, const QJsonObject &o, const QString &path, CaseAppeal &a)
{
    if (!r.onlyKeys(o, path,
                    {key("received"), key("appellant"), key("grounds"), key("reconsideration"), key("reconsidered_on"),
                     key("sent_on"), key("outcome"), key("outcome_on"), key("note")})) {
        return;
    }
    r.date(o, path, key("received"), Need::Required, a.received);
    r.string(o, path, key("appellant"), Need::Optional, a.appellant);
    r.string(o, path, key("grounds"), Need::Optional, a.grounds);
    optionalEnum(r, o, path, key("reconsideration"), &CaseTexts::reconsiderationFromKey, reconsiderationKeys(),
                 a.reconsideration);
    r.date(o, path, key("reconsidered_on"), Need::Optional, a.reconsideredOn);
    r.date(o, path, key("sent_on"), Need::Optional, a.sentOn);
    optionalEnum(r, o, path, key("outcome"), &CaseTexts::appealOutcomeFromKey, appealOutcomeKeys(), a.outcome);
    r.date(o, path, key("outcome_on"), Need::Optional, a.outcomeOn);
    r.string(o, path, key("note"), Need::Optional, a.note);
}

} // namespace

// Translatable texts of the case JSON reader.
class CaseJsonTexts
{
    Q_DECLARE_TR_FUNCTIONS(CaseJson)
};

QJsonObject applicationToJson(const Licence &application)
{
    QJsonObject o = LicenceJson::toJson(application, true);
    // An application may not have a period or time stamps yet: null rather than "".
    for (const char *name : {"valid_from", "valid_to", "created_at", "updated_at"}) {
        if (o.value(key(name)).toString().isEmpty())
            o.insert(key(name), QJsonValue(QJsonValue::Null));
    }
    // Nor ids before the parts are stored.
    const auto nullId = [](QJsonObject &object) {
        if (object.value(key("id")).toInteger() == 0)
            object.insert(key("id"), QJsonValue(QJsonValue::Null));
    };
    nullId(o);
    for (const char *part : {"licensee", "premises"}) {
        if (o.value(key(part)).isObject()) {
            QJsonObject object = o.value(key(part)).toObject();
            nullId(object);
            o.insert(key(part), object);
        }
    }
    return o;
}

QJsonObject statementToJson(const CaseStatement &statement)
{
    QJsonObject o;
    o.insert(key("id"), statement.id);
    o.insert(key("party"), CaseTexts::partyKey(statement.party));
    o.insert(key("party_name"), statement.partyName);
    o.insert(key("requested"), dateValue(statement.requested));
    o.insert(key("deadline"), dateValue(statement.deadline));
    QJsonArray reminders;
    for (const QDate &date : statement.reminders)
        reminders.append(dateValue(date));
    o.insert(key("reminders"), reminders);
    o.insert(key("replied"), dateValue(statement.replied));
    o.insert(key("reply"), optionalKey(statement.reply, &CaseTexts::replyKey));
    o.insert(key("reply_text"), statement.replyText);
    return o;
}

QJsonObject attachmentToJson(const CaseAttachment &attachment)
{
    QJsonObject o;
    o.insert(key("id"), attachment.id);
    o.insert(key("name"), attachment.name);
    o.insert(key("mime_type"), attachment.mimeType);
    o.insert(key("size"), attachment.size);
    o.insert(key("sha256"), attachment.sha256);
    o.insert(key("category"), attachment.category);
    o.insert(key("added_at"), dateTimeValue(attachment.addedAt));
    o.insert(key("added_by"), attachment.addedBy);
    return o;
}

QJsonObject eventToJson(const CaseEvent &event)
{
    QJsonObject o;
    o.insert(key("id"), event.id);
    o.insert(key("at"), dateTimeValue(event.at));
    o.insert(key("user"), event.user);
    o.insert(key("kind"), event.kind);
    o.insert(key("from"), event.from);
    o.insert(key("to"), event.to);
    o.insert(key("note"), event.note);
    return o;
}

QJsonObject decisionToJson(const CaseDecision &decision)
{
    QJsonObject o;
    o.insert(key("outcome"), CaseTexts::outcomeKey(decision.outcome));
    o.insert(key("body"), CaseTexts::bodyKey(decision.body));
    o.insert(key("decided_by"), decision.decidedBy);
    o.insert(key("decided_on"), dateValue(decision.decidedOn));
    o.insert(key("reference"), decision.reference);
    o.insert(key("reason"), decision.reason);
    o.insert(key("valid_from"), dateValue(decision.validFrom));
    o.insert(key("valid_to"), dateValue(decision.validTo));
    o.insert(key("conditions"), decision.conditions);
    o.insert(key("notified_on"), dateValue(decision.notifiedOn));
    return o;
}

QJsonObject appealToJson(const CaseAppeal &appeal)
{
    QJsonObject o;
    o.insert(key("received"), dateValue(appeal.received));
    o.insert(key("appellant"), appeal.appellant);
    o.insert(key("grounds"), appeal.grounds);
    o.insert(key("reconsideration"), optionalKey(appeal.reconsideration, &CaseTexts::reconsiderationKey));
    o.insert(key("reconsidered_on"), dateValue(appeal.reconsideredOn));
    o.insert(key("sent_on"), dateValue(appeal.sentOn));
    o.insert(key("outcome"), optionalKey(appeal.outcome, &CaseTexts::appealOutcomeKey));
    o.insert(key("outcome_on"), dateValue(appeal.outcomeOn));
    o.insert(key("note"), appeal.note);
    return o;
}

QJsonObject toJson(const Case &c)
{
    QJsonObject o;
    o.insert(key("id"), c.id);
    o.insert(key("number"), c.number);
    o.insert(key("type"), CaseTexts::typeKey(c.type));
    o.insert(key("status"), CaseTexts::statusKey(c.status));
    o.insert(key("close_reason"), optionalKey(c.closeReason, &CaseTexts::closeReasonKey));
    o.insert(key("received_on"), dateValue(c.receivedOn));
    o.insert(key("complete_on"), dateValue(c.completeOn));
    o.insert(key("assigned_to"), c.assignedTo);
    o.insert(key("title"), c.title);
    o.insert(key("licence_id"), c.licenceId ? QJsonValue(*c.licenceId) : QJsonValue(QJsonValue::Null));
    o.insert(key("application"), applicationToJson(c.application));
    o.insert(key("missing_attachments"), QJsonArray::fromStringList(c.missingAttachments));
    o.insert(key("children_youth"), c.aimedAtChildrenAndYouth);
    o.insert(key("public_place"), c.publicPlace);
    o.insert(key("boat"), c.boat);
    o.insert(key("attendance"), c.attendance ? QJsonValue(*c.attendance) : QJsonValue(QJsonValue::Null));
    o.insert(key("event_type"), c.eventType);
    o.insert(key("requested_hours"), c.requestedHours);
    o.insert(key("transfer_date"), dateValue(c.transferDate));
    o.insert(key("transfer_agreement"), c.transferAgreement);
    o.insert(key("notes"), c.notes);
    QJsonArray statements;
    for (const CaseStatement &s : c.statements)
        statements.append(statementToJson(s));
    o.insert(key("statements"), statements);
    QJsonArray attachments;
    for (const CaseAttachment &a : c.attachments)
        attachments.append(attachmentToJson(a));
    o.insert(key("attachments"), attachments);
    QJsonArray events;
    for (const CaseEvent &e : c.events)
        events.append(eventToJson(e));
    o.insert(key("events"), events);
    o.insert(key("decision"), c.decision ? QJsonValue(decisionToJson(*c.decision)) : QJsonValue(QJsonValue::Null));
    o.insert(key("appeal"), c.appeal ? QJsonValue(appealToJson(*c.appeal)) : QJsonValue(QJsonValue::Null));
    o.insert(key("created_at"), dateTimeValue(c.createdAt));
    o.insert(key("updated_at"), dateTimeValue(c.updatedAt));
    return o;
}

Result<Case> fromJson(const QJsonObject &o, const QString &path)
{
    JsonReader r;
    if (!r.onlyKeys(o, path,
                    {key("id"), key("number"), key("type"), key("status"), key("close_reason"), key("received_on"),
                     key("complete_on"), key("assigned_to"), key("title"), key("licence_id"), key("application"),
                     key("missing_attachments"), key("children_youth"), key("public_place"), key("boat"),
                     key("attendance"), key("event_type"), key("requested_hours"), key("transfer_date"),
                     key("transfer_agreement"), key("notes"), key("statements"), key("attachments"), key("events"),
                     key("decision"), key("appeal"), key("created_at"), key("updated_at")})) {
        return r.error();
    }
    Case c;
    readId(r, o, path, c.id);
    r.string(o, path, key("number"), Need::Required, c.number);
    if (r.ok() && c.number.trimmed().isEmpty())
        r.fail(JsonReader::join(path, key("number")), CaseJsonTexts::tr("a case number is required."));
    r.enumKey(o, path, key("type"), Need::Required, &CaseTexts::typeFromKey, keysOf(CaseTexts::allTypes(), &CaseTexts::typeKey),
              c.type);
    r.enumKey(o, path, key("status"), Need::Required, &CaseTexts::statusFromKey,
              keysOf(CaseTexts::allStatuses(), &CaseTexts::statusKey), c.status);
    optionalEnum(r, o, path, key("close_reason"), &CaseTexts::closeReasonFromKey,
                 keysOf(CaseTexts::allCloseReasons(), &CaseTexts::closeReasonKey), c.closeReason);
    r.date(o, path, key("received_on"), Need::Required, c.receivedOn);
    r.date(o, path, key("complete_on"), Need::Optional, c.completeOn);
    r.string(o, path, key("assigned_to"), Need::Optional, c.assignedTo);
    r.string(o, path, key("title"), Need::Optional, c.title);
    qint64 licenceId = 0;
    bool hasLicence = false;
    r.integer(o, path, key("licence_id"), Need::Optional, 1, licenceId, &hasLicence);
    if (r.ok() && hasLicence)
        c.licenceId = licenceId;

    QJsonObject part;
    if (r.object(o, path, key("application"), Need::Required, part)) {
        Result<Licence> application = Exchange::readApplication(part, JsonReader::join(path, key("application")));
        if (!application)
            return application.error();
        c.application = *std::move(application);
    }

    QJsonArray list;
    r.array(o, path, key("missing_attachments"), Need::Optional, list);
    const QString missingPath = JsonReader::join(path, key("missing_attachments"));
    for (int i = 0; r.ok() && i < list.size(); ++i) {
        QString text;
        if (r.asString(list.at(i), JsonReader::index(missingPath, i), text))
            c.missingAttachments.append(text);
    }
    r.boolean(o, path, key("children_youth"), Need::Optional, c.aimedAtChildrenAndYouth);
    r.boolean(o, path, key("public_place"), Need::Optional, c.publicPlace);
    r.boolean(o, path, key("boat"), Need::Optional, c.boat);
    qint64 attendance = 0;
    bool hasAttendance = false;
    r.integer(o, path, key("attendance"), Need::Optional, 0, attendance, &hasAttendance);
    if (r.ok() && hasAttendance) {
        if (attendance > std::numeric_limits<int>::max())
            r.fail(JsonReader::join(path, key("attendance")), CaseJsonTexts::tr("the number is too large."));
        else
            c.attendance = static_cast<int>(attendance);
    }
    r.string(o, path, key("event_type"), Need::Optional, c.eventType);
    r.string(o, path, key("requested_hours"), Need::Optional, c.requestedHours);
    r.date(o, path, key("transfer_date"), Need::Optional, c.transferDate);
    r.boolean(o, path, key("transfer_agreement"), Need::Optional, c.transferAgreement);
    r.string(o, path, key("notes"), Need::Optional, c.notes);

    list = {};
    r.array(o, path, key("statements"), Need::Optional, list);
    const QString statementsPath = JsonReader::join(path, key("statements"));
    for (int i = 0; r.ok() && i < list.size(); ++i) {
        CaseStatement s;
        readStatement(r, list.at(i), JsonReader::index(statementsPath, i), s);
        c.statements.append(s);
    }
    list = {};
    r.array(o, path, key("attachments"), Need::Optional, list);
    const QString attachmentsPath = JsonReader::join(path, key("attachments"));
    for (int i = 0; r.ok() && i < list.size(); ++i) {
        CaseAttachment a;
        readAttachment(r, list.at(i), JsonReader::index(attachmentsPath, i), a);
        c.attachments.append(a);
    }
    list = {};
    r.array(o, path, key("events"), Need::Optional, list);
    const QString eventsPath = JsonReader::join(path, key("events"));
    for (int i = 0; r.ok() && i < list.size(); ++i) {
        CaseEvent e;
        readEvent(r, list.at(i), JsonReader::index(eventsPath, i), e);
        c.events.append(e);
    }

    bool present = false;
    part = {};
    if (r.object(o, path, key("decision"), Need::Optional, part, &present) && present) {
        CaseDecision d;
        readDecision(r, part, JsonReader::join(path, key("decision")), d);
        c.decision = d;
    }
    part = {};
    if (r.object(o, path, key("appeal"), Need::Optional, part, &present) && present) {
        CaseAppeal a;
        readAppeal(r, part, JsonReader::join(path, key("appeal")), a);
        c.appeal = a;
    }
    r.dateTime(o, path, key("created_at"), Need::Optional, c.createdAt);
    r.dateTime(o, path, key("updated_at"), Need::Optional, c.updatedAt);
    if (!r.ok())
        return r.error();
    return c;
}

} // namespace bevilling::CaseJson
