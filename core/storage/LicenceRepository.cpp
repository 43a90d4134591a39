#include "LicenceRepository.h"
#include "SqlValues.h"

#include "domain/LicenceJson.h"
#include "storage/Database.h"
#include "storage/Numbering.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace bevilling {

namespace {

// Text columns are NOT NULL: a null QString would bind as SQL NULL, so bind "" instead.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

using SqlValues::dateFrom;
using SqlValues::nullableText;
using SqlValues::timestamp;

Error sqlError(const QSqlQuery &query)
{
    return makeError(LicenceRepository::ErrorIo, LicenceRepository::tr("The register could not be saved or read."), {},
                     query.lastError().text());
}

bool rowExists(const QSqlDatabase &db, const QString &table, qint64 id)
{
    QSqlQuery query(db);
    // Table names come from this file only, never from input.
    query.prepare(QStringLiteral("SELECT 1 FROM ") + table + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.next();
}

Status saveLicensee(const QSqlDatabase &db, Licensee &licensee, bool reuseByOrgNumber)
{
    QSqlQuery query(db);
    if (licensee.id == 0 && reuseByOrgNumber && !licensee.orgNumber.isEmpty()) {
        query.prepare(QStringLiteral("SELECT id FROM licensee WHERE org_number = ? ORDER BY id"));
        query.addBindValue(licensee.orgNumber);
        if (!query.exec())
            return sqlError(query);
        if (query.next())
            licensee.id = query.value(0).toLongLong();
    }
    const bool exists = licensee.id != 0 && rowExists(db, QStringLiteral("licensee"), licensee.id);
    if (exists) {
        query.prepare(QStringLiteral("UPDATE licensee SET name = ?, org_number = ?, address = ?, email = ?, phone = ? "
                                     "WHERE id = ?"));
    } else if (licensee.id != 0) {
        query.prepare(QStringLiteral("INSERT INTO licensee (name, org_number, address, email, phone, id) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"));
    } else {
        query.prepare(QStringLiteral("INSERT INTO licensee (name, org_number, address, email, phone) VALUES (?, ?, ?, ?, ?)"));
    }
    query.addBindValue(text(licensee.name));
    query.addBindValue(nullableText(licensee.orgNumber));
    query.addBindValue(text(licensee.address));
    query.addBindValue(text(licensee.email));
    query.addBindValue(text(licensee.phone));
    if (licensee.id != 0)
        query.addBindValue(licensee.id);
    if (!query.exec())
        return sqlError(query);
    if (licensee.id == 0)
        licensee.id = query.lastInsertId().toLongLong();
    return {};
}

bool premisesIsEmpty(const Premises &premises)
{
    return premises.id == 0 && premises.name.trimmed().isEmpty() && premises.address.trimmed().isEmpty();
}

Status savePremises(const QSqlDatabase &db, Premises &premises)
{
    if (premisesIsEmpty(premises))
        return {};
    QSqlQuery query(db);
    const bool exists = premises.id != 0 && rowExists(db, QStringLiteral("premises"), premises.id);
    if (exists) {
        query.prepare(QStringLiteral("UPDATE premises SET name = ?, address = ?, postal_code = ?, postal_place = ?, "
                                     "premises_type = ?, capacity = ? WHERE id = ?"));
    } else if (premises.id != 0) {
        query.prepare(QStringLiteral("INSERT INTO premises (name, address, postal_code, postal_place, premises_type, "
                                     "capacity, id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    } else {
        query.prepare(QStringLiteral("INSERT INTO premises (name, address, postal_code, postal_place, premises_type, "
                                     "capacity) VALUES (?, ?, ?, ?, ?, ?)"));
    }
    query.addBindValue(text(premises.name));
    query.addBindValue(text(premises.address));
    query.addBindValue(text(premises.postalCode));
    query.addBindValue(text(premises.postalPlace));
    query.addBindValue(DomainTexts::premisesTypeKey(premises.type));
    query.addBindValue(premises.capacity ? QVariant(*premises.capacity) : QVariant());
    if (premises.id != 0)
        query.addBindValue(premises.id);
    if (!query.exec())
        return sqlError(query);
    if (premises.id == 0)
        premises.id = query.lastInsertId().toLongLong();
    return {};
}

Status savePeople(const QSqlDatabase &db, Licence &licence)
{
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM licence_person WHERE licence_id = ?"));
    remove.addBindValue(licence.id);
    if (!remove.exec())
        return sqlError(remove);

    auto insert = [&](Person &person, PersonRole role, int position) -> Status {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO licence_person (licence_id, role, position, name, birth_date, "
                                     "knowledge_test_passed) VALUES (?, ?, ?, ?, ?, ?)"));
        query.addBindValue(licence.id);
        query.addBindValue(DomainTexts::roleKey(role));
        query.addBindValue(position);
        query.addBindValue(text(person.name));
        query.addBindValue(SqlValues::date(person.birthDate));
        query.addBindValue(SqlValues::date(person.knowledgeTestPassed));
        if (!query.exec())
            return sqlError(query);
        person.id = query.lastInsertId().toLongLong();
        person.role = role;
        return {};
    };
    if (!licence.manager.isEmpty()) {
        const Status s = insert(licence.manager, PersonRole::Manager, 0);
        if (!s)
            return s;
    }
    QList<Person> deputies;
    for (const Person &deputy : std::as_const(licence.deputies)) {
        if (!deputy.isEmpty())
            deputies.append(deputy);
    }
    for (int i = 0; i < deputies.size(); ++i) {
        const Status s = insert(deputies[i], PersonRole::Deputy, i);
        if (!s)
            return s;
    }
    licence.deputies = deputies;
    return {};
}

void bindLicenceColumns(QSqlQuery &query, const Licence &licence)
{
    query.addBindValue(licence.number.trimmed());
    query.addBindValue(DomainTexts::kindKey(licence.kind));
    query.addBindValue(licence.closedParty ? 1 : 0);
    query.addBindValue(text(licence.eventName));
    query.addBindValue(licence.licensee.id);
    query.addBindValue(licence.premises.id != 0 ? QVariant(licence.premises.id) : QVariant());
    query.addBindValue(licence.groups);
    query.addBindValue(licence.indoor ? 1 : 0);
    query.addBindValue(text(licence.indoorDescription));
    query.addBindValue(licence.outdoor ? 1 : 0);
    query.addBindValue(text(licence.outdoorDescription));
    query.addBindValue(SqlValues::date(licence.validFrom));
    query.addBindValue(SqlValues::date(licence.validTo));
    query.addBindValue(text(licence.conditions));
    query.addBindValue(text(licence.notes));
    query.addBindValue(SqlValues::date(licence.endedOn));
    query.addBindValue(licence.endReason ? QVariant(DomainTexts::endReasonKey(*licence.endReason)) : QVariant());
    query.addBindValue(text(licence.endNote));
    query.addBindValue(timestamp(licence.createdAt));
    query.addBindValue(timestamp(licence.updatedAt));
}

const QString kLicenceColumns = QStringLiteral(
    "number, kind, closed_party, event_name, licensee_id, premises_id, alcohol_groups, indoor, indoor_description, "
    "outdoor, outdoor_description, valid_from, valid_to, conditions, notes, ended_on, end_reason, end_note, "
    "created_at, updated_at");

Status insertLicenceRow(const QSqlDatabase &db, Licence &licence)
{
    QSqlQuery query(db);
    const bool withId = licence.id != 0;
    query.prepare(QStringLiteral("INSERT INTO licence (") + kLicenceColumns + (withId ? QStringLiteral(", id") : QString())
                  + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?")
                  + (withId ? QStringLiteral(", ?)") : QStringLiteral(")")));
    bindLicenceColumns(query, licence);
    if (withId)
        query.addBindValue(licence.id);
    if (!query.exec())
        return sqlError(query);
    if (!withId)
        licence.id = query.lastInsertId().toLongLong();
    return {};
}

Status updateLicenceRow(const QSqlDatabase &db, const Licence &licence)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "UPDATE licence SET number = ?, kind = ?, closed_party = ?, event_name = ?, licensee_id = ?, premises_id = ?, "
        "alcohol_groups = ?, indoor = ?, indoor_description = ?, outdoor = ?, outdoor_description = ?, valid_from = ?, "
        "valid_to = ?, conditions = ?, notes = ?, ended_on = ?, end_reason = ?, end_note = ?, created_at = ?, "
        "updated_at = ? WHERE id = ?"));
    bindLicenceColumns(query, licence);
    query.addBindValue(licence.id);
    if (!query.exec())
        return sqlError(query);
    return {};
}

const QString kSelectLicences = QStringLiteral(
    "SELECT l.id, l.number, l.kind, l.closed_party, l.event_name, l.alcohol_groups, l.indoor, l.indoor_description, "
    "l.outdoor, l.outdoor_description, l.valid_from, l.valid_to, l.conditions, l.notes, l.ended_on, l.end_reason, "
    "l.end_note, l.created_at, l.updated_at, "
    "e.id, e.name, e.org_number, e.address, e.email, e.phone, "
    "p.id, p.name, p.address, p.postal_code, p.postal_place, p.premises_type, p.capacity "
    "FROM licence l JOIN licensee e ON e.id = l.licensee_id LEFT JOIN premises p ON p.id = l.premises_id");

Licence licenceFromRow(const QSqlQuery &q)
{
    Licence l;
    l.id = q.value(0).toLongLong();
    l.number = q.value(1).toString();
    l.kind = DomainTexts::kindFromKey(q.value(2).toString()).value_or(LicenceKind::Serving);
    l.closedParty = q.value(3).toInt() != 0;
    l.eventName = q.value(4).toString();
    l.groups = q.value(5).toInt();
    l.indoor = q.value(6).toInt() != 0;
    l.indoorDescription = q.value(7).toString();
    l.outdoor = q.value(8).toInt() != 0;
    l.outdoorDescription = q.value(9).toString();
    l.validFrom = dateFrom(q.value(10));
    l.validTo = dateFrom(q.value(11));
    l.conditions = q.value(12).toString();
    l.notes = q.value(13).toString();
    l.endedOn = dateFrom(q.value(14));
    if (!q.value(15).isNull())
        l.endReason = DomainTexts::endReasonFromKey(q.value(15).toString());
    l.endNote = q.value(16).toString();
    l.createdAt = QDateTime::fromString(q.value(17).toString(), Qt::ISODateWithMs);
    l.updatedAt = QDateTime::fromString(q.value(18).toString(), Qt::ISODateWithMs);
    l.licensee.id = q.value(19).toLongLong();
    l.licensee.name = q.value(20).toString();
    l.licensee.orgNumber = q.value(21).toString();
    l.licensee.address = q.value(22).toString();
    l.licensee.email = q.value(23).toString();
    l.licensee.phone = q.value(24).toString();
    if (!q.value(25).isNull()) {
        l.premises.id = q.value(25).toLongLong();
        l.premises.name = q.value(26).toString();
        l.premises.address = q.value(27).toString();
        l.premises.postalCode = q.value(28).toString();
        l.premises.postalPlace = q.value(29).toString();
        l.premises.type = DomainTexts::premisesTypeFromKey(q.value(30).toString()).value_or(PremisesType::Other);
        if (!q.value(31).isNull())
            l.premises.capacity = q.value(31).toInt();
    }
    return l;
}

Status attachPeople(const QSqlDatabase &db, QList<Licence> &licences, qint64 onlyId)
{
    QHash<qint64, int> index;
    for (int i = 0; i < licences.size(); ++i)
        index.insert(licences.at(i).id, i);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT licence_id, role, name, birth_date, knowledge_test_passed, id FROM licence_person")
              + (onlyId ? QStringLiteral(" WHERE licence_id = ?") : QString())
              + QStringLiteral(" ORDER BY licence_id, position, id"));
    if (onlyId)
        q.addBindValue(onlyId);
    if (!q.exec())
        return sqlError(q);
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        Person person;
        person.role = DomainTexts::roleFromKey(q.value(1).toString()).value_or(PersonRole::Deputy);
        person.name = q.value(2).toString();
        person.birthDate = dateFrom(q.value(3));
        person.knowledgeTestPassed = dateFrom(q.value(4));
        person.id = q.value(5).toLongLong();
        Licence &licence = licences[it.value()];
        if (person.role == PersonRole::Manager)
            licence.manager = person;
        else
            licence.deputies.append(person);
    }
    return {};
}

enum class RowWrite { Insert, Update };

// The licensee, the premises, the licence row and its people, in that order (the row refers to
// the first two by id), within the caller's transaction.
Status saveWithParts(const QSqlDatabase &db, Licence &licence, bool reuseLicenseeByOrgNumber, RowWrite row)
{
    Status s = saveLicensee(db, licence.licensee, reuseLicenseeByOrgNumber);
    if (s)
        s = savePremises(db, licence.premises);
    if (s)
        s = row == RowWrite::Insert ? insertLicenceRow(db, licence) : updateLicenceRow(db, licence);
    if (s)
        s = savePeople(db, licence);
    return s;
}

QJsonObject snapshot(const Licence &licence)
{
    return LicenceJson::toJson(licence, true);
}

} // namespace

LicenceRepository::LicenceRepository(const Database &db, const Clock &clock, ValidationOptions options)
    : m_db(db), m_clock(clock), m_options(options)
{
}

Status LicenceRepository::checkWritable() const
{
    if (m_db.isReadOnly()) {
        return makeError(ErrorReadOnly,
                         tr("The register is open read-only; close the other window that has it open for changes first."));
    }
    return {};
}

namespace {

Status validateIn(const QSqlDatabase &db, ValidationOptions options, const Licence &licence, qint64 ownId)
{
    const QList<FieldError> errors = LicenceValidator(options).validate(licence);
    if (!errors.isEmpty()) {
        QStringList all;
        for (const FieldError &e : errors)
            all.append(e.message);
        return makeError(LicenceRepository::ErrorValidation, errors.first().message, errors.first().field,
                         all.join(QStringLiteral("; ")));
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM licence WHERE number = ? AND id <> ?"));
    query.addBindValue(licence.number.trimmed());
    query.addBindValue(ownId);
    if (!query.exec())
        return sqlError(query);
    if (query.next()) {
        return makeError(LicenceRepository::ErrorValidation,
                         LicenceRepository::tr("Licence number: %1 is already used by another licence.").arg(licence.number.trimmed()),
                         QStringLiteral("number"));
    }
    return {};
}

} // namespace

Status LicenceRepository::validate(const Licence &licence, qint64 ownId) const
{
    return validateIn(m_db.connection(), m_options, licence, ownId);
}

Result<QList<Licence>> LicenceRepository::list() const
{
    const QSqlDatabase db = m_db.connection();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(kSelectLicences + QStringLiteral(" ORDER BY l.id"));
    if (!query.exec())
        return sqlError(query);
    QList<Licence> licences;
    while (query.next())
        licences.append(licenceFromRow(query));
    const Status people = attachPeople(db, licences, 0);
    if (!people)
        return people.error();
    return licences;
}

Result<Licence> LicenceRepository::findIn(const QSqlDatabase &db, qint64 id) const
{
    return load(db, id);
}

Result<Licence> LicenceRepository::load(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(kSelectLicences + QStringLiteral(" WHERE l.id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return makeError(ErrorNotFound, tr("Licence %1 does not exist in this register.").arg(id));
    QList<Licence> one{licenceFromRow(query)};
    const Status people = attachPeople(db, one, id);
    if (!people)
        return people.error();
    return one.first();
}

Result<Licence> LicenceRepository::find(qint64 id) const
{
    return findIn(m_db.connection(), id);
}

Result<int> LicenceRepository::count() const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM licence"));
    if (!query.exec() || !query.next())
        return sqlError(query);
    return query.value(0).toInt();
}

Result<Licence> LicenceRepository::create(const Licence &input)
{
    const Status writable = checkWritable();
    if (!writable)
        return writable.error();
    Licence licence = input;
    licence.id = 0;
    licence.number = licence.number.trimmed();
    const Status valid = validate(licence, 0);
    if (!valid)
        return valid.error();

    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return makeError(ErrorIo, tr("The register could not be saved or read."), {}, transaction.lastError());
    licence.createdAt = m_clock.now().toUTC();
    licence.updatedAt = licence.createdAt;
    Status s = saveWithParts(db, licence, true, RowWrite::Insert);
    if (!s)
        return s.error();
    Result<Licence> stored = findIn(db, licence.id);
    if (!stored)
        return stored.error();
    s = AuditLog::record(db, m_clock, AuditEntity, licence.id, QStringLiteral("create"), {}, snapshot(*stored));
    if (!s)
        return s.error();
    if (!transaction.commit())
        return makeError(ErrorIo, tr("The register could not be saved or read."), {}, transaction.lastError());
    return stored;
}

Result<Licence> LicenceRepository::update(const Licence &input)
{
    const Status writable = checkWritable();
    if (!writable)
        return writable.error();
    Licence licence = input;
    licence.number = licence.number.trimmed();
    const QSqlDatabase db = m_db.connection();
    Result<Licence> before = findIn(db, licence.id);
    if (!before)
        return before.error();
    const Status valid = validate(licence, licence.id);
    if (!valid)
        return valid.error();

    Transaction transaction(db);
    if (!transaction.isActive())
        return makeError(ErrorIo, tr("The register could not be saved or read."), {}, transaction.lastError());
    licence.createdAt = before->createdAt;
    licence.updatedAt = m_clock.now().toUTC();
    // A licence keeps its licensee row; changing the organisation number moves it to that licensee.
    if (licence.licensee.orgNumber != before->licensee.orgNumber)
        licence.licensee.id = 0;
    Status s = saveWithParts(db, licence, true, RowWrite::Update);
    if (!s)
        return s.error();
    Result<Licence> after = findIn(db, licence.id);
    if (!after)
        return after.error();
    QJsonObject beforeJson = snapshot(*before);
    QJsonObject afterJson = snapshot(*after);
    if (AuditLog::changes(beforeJson, afterJson).isEmpty())
        return before; // nothing changed: nothing to save, no audit entry
    s = AuditLog::record(db, m_clock, AuditEntity, licence.id, QStringLiteral("update"), beforeJson, afterJson);
    if (!s)
        return s.error();
    if (!transaction.commit())
        return makeError(ErrorIo, tr("The register could not be saved or read."), {}, transaction.lastError());
    return after;
}

Result<Licence> LicenceRepository::end(qint64 id, const QDate &endedOn, EndReason reason, const QString &note)
{
    const Status writable = checkWritable();
    if (!writable)
        return writable.error();
    Result<Licence> current = find(id);
    if (!current)
        return current.error();
    if (current->isEnded()) {
        return makeError(ErrorValidation, tr("End date: the licence already ended on %1.").arg(formatDate(current->endedOn)),
                         QStringLiteral("endedOn"));
    }
    if (!endedOn.isValid())
        return makeError(ErrorValidation, tr("End date: a date is required."), QStringLiteral("endedOn"));
    Licence licence = *current;
    licence.endedOn = endedOn;
    licence.endReason = reason;
    licence.endNote = note.trimmed();
    const Status valid = validate(licence, id);
    if (!valid)
        return valid.error();
    return saveLicenceRow(*current, licence, QStringLiteral("end"));
}

Result<Licence> LicenceRepository::reopen(qint64 id)
{
    const Status writable = checkWritable();
    if (!writable)
        return writable.error();
    Result<Licence> current = find(id);
    if (!current)
        return current.error();
    if (!current->isEnded())
        return makeError(ErrorValidation, tr("End date: the licence has not been ended."), QStringLiteral("endedOn"));
    Licence licence = *current;
    licence.endedOn = QDate();
    licence.endReason.reset();
    licence.endNote.clear();
    return saveLicenceRow(*current, licence, QStringLiteral("reopen"));
}

Result<Licence> LicenceRepository::saveLicenceRow(const Licence &before, Licence licence, const QString &action)
{
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return makeError(ErrorIo, tr("The register could not be saved or read."), {}, transaction.lastError());
    licence.updatedAt = m_clock.now().toUTC();
    Status s = updateLicenceRow(db, licence);
    if (!s)
        return s.error();
    Result<Licence> after = findIn(db, licence.id);
    if (!after)
        return after.error();
    s = AuditLog::record(db, m_clock, AuditEntity, licence.id, action, snapshot(before), snapshot(*after));
    if (!s)
        return s.error();
    if (!transaction.commit())
        return makeError(ErrorIo, tr("The register could not be saved or read."), {}, transaction.lastError());
    return after;
}

Result<QList<AuditEntry>> LicenceRepository::history(qint64 licenceId) const
{
    return AuditLog::entriesFor(m_db.connection(), AuditEntity, licenceId);
}

Result<QString> LicenceRepository::nextNumber(int year) const
{
    return nextNumberIn(m_db.connection(), year);
}

Result<QString> LicenceRepository::nextNumberIn(const QSqlDatabase &db, int year)
{
    return Numbering::next(db, QStringLiteral("licence"), QString::number(year) + QLatin1Char('-'), 3, &sqlError);
}

Status LicenceRepository::insertAsIs(const QSqlDatabase &db, Licence &licence)
{
    return saveWithParts(db, licence, false, RowWrite::Insert);
}

Result<Licence> LicenceRepository::saveIn(const QSqlDatabase &db, const Clock &clock, const Licence &input,
                                          const QString &action, ValidationOptions options,
                                          const QJsonObject &auditExtra)
{
    Licence licence = input;
    licence.number = licence.number.trimmed();
    const bool isNew = licence.id == 0;
    std::optional<Licence> before;
    if (!isNew) {
        Result<Licence> stored = load(db, licence.id);
        if (!stored)
            return stored.error();
        before = *stored;
    }
    const Status valid = validateIn(db, options, licence, licence.id);
    if (!valid)
        return valid.error();
    const QDateTime now = clock.now().toUTC();
    if (isNew) {
        licence.createdAt = now;
    } else {
        licence.createdAt = before->createdAt;
        // As in update(): changing the organisation number moves the licence to that licensee.
        if (licence.licensee.orgNumber != before->licensee.orgNumber)
            licence.licensee.id = 0;
    }
    licence.updatedAt = now;
    Status s = saveWithParts(db, licence, true, isNew ? RowWrite::Insert : RowWrite::Update);
    if (!s)
        return s.error();
    Result<Licence> after = load(db, licence.id);
    if (!after)
        return after.error();
    const QString auditAction = !action.isEmpty() ? action : isNew ? QStringLiteral("create") : QStringLiteral("update");
    QJsonObject afterJson = snapshot(*after);
    for (auto it = auditExtra.constBegin(); it != auditExtra.constEnd(); ++it)
        afterJson.insert(it.key(), it.value());
    s = AuditLog::record(db, clock, AuditEntity, licence.id, auditAction, before ? snapshot(*before) : QJsonObject(),
                         afterJson);
    if (!s)
        return s.error();
    return after;
}

} // namespace bevilling
