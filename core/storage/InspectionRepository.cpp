#include "storage/InspectionRepository.h"

#include "inspections/InspectionPlan.h"
#include "storage/Database.h"
#include "storage/LicenceRepository.h"
#include "storage/Numbering.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace bevilling {

namespace {

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QString timeText(const QTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

QVariant timeValue(const QTime &time)
{
    return time.isValid() ? QVariant(timeText(time)) : QVariant();
}

QTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QTime() : QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
}

QString timestamp(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timestampFrom(const QVariant &value)
{
    QDateTime dt = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return dt.isValid() ? dt.toUTC() : dt;
}

Error ioError(const QString &detail)
{
    return makeError(InspectionRepository::ErrorIo, InspectionRepository::tr("The register could not be saved or read."), {},
                     detail);
}

Error sqlError(const QSqlQuery &query)
{
    return ioError(query.lastError().text());
}

Status checkWritable(const Database &db)
{
    if (db.isReadOnly()) {
        return makeError(InspectionRepository::ErrorReadOnly,
                         InspectionRepository::tr(
                             "The register is open read-only; close the other window that has it open for changes first."));
    }
    return {};
}

QJsonValue dateJson(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

// ---------------------------------------------------------------------------------------------
// inspectors

const QString kSelectInspectors =
    QStringLiteral("SELECT id, name, organisation, knowledge_test_passed, active FROM inspector");

Inspector inspectorFromRow(const QSqlQuery &q)
{
    Inspector i;
    i.id = q.value(0).toLongLong();
    i.name = q.value(1).toString();
    i.organisation = q.value(2).toString();
    i.knowledgeTestPassed = dateFrom(q.value(3));
    i.active = q.value(4).toInt() != 0;
    return i;
}

Result<Inspector> loadInspector(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(kSelectInspectors + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return makeError(InspectorRepository::ErrorNotFound,
                         InspectorRepository::tr("Inspector %1 does not exist in this register.").arg(id));
    return inspectorFromRow(query);
}

Status checkInspector(const Inspector &inspector, const QDate &today)
{
    if (inspector.name.trimmed().isEmpty())
        return makeError(InspectorRepository::ErrorValidation, InspectorRepository::tr("Name: enter the inspector's name."),
                         QStringLiteral("name"));
    if (inspector.knowledgeTestPassed.isValid() && inspector.knowledgeTestPassed > today) {
        return makeError(InspectorRepository::ErrorValidation,
                         InspectorRepository::tr("Knowledge test: %1 is in the future.").arg(formatDate(inspector.knowledgeTestPassed)),
                         QStringLiteral("knowledge_test_passed"));
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// inspections

const QString kSelectInspections = QStringLiteral(
    "SELECT id, licence_id, number, inspection_date, start_time, end_time, inspection_type, mode, "
    "confirmed_single_inspector, notes, report_sent, comments_received, comments, created_at, updated_at FROM inspection");

Inspection inspectionFromRow(const QSqlQuery &q)
{
    Inspection in;
    in.id = q.value(0).toLongLong();
    in.licenceId = q.value(1).toLongLong();
    in.number = q.value(2).toString();
    in.date = dateFrom(q.value(3));
    in.start = timeFrom(q.value(4));
    in.end = timeFrom(q.value(5));
    in.type = InspectionTexts::typeFromKey(q.value(6).toString()).value_or(rules::InspectionType::Serving);
    in.mode = InspectionTexts::modeFromKey(q.value(7).toString()).value_or(InspectionMode::Anonymous);
    in.confirmedSingleInspector = q.value(8).toInt() != 0;
    in.notes = q.value(9).toString();
    in.reportSent = dateFrom(q.value(10));
    in.commentsReceived = dateFrom(q.value(11));
    in.comments = q.value(12).toString();
    in.createdAt = timestampFrom(q.value(13));
    in.updatedAt = timestampFrom(q.value(14));
    return in;
}

// The inspectors, checklist and findings of every inspection in `list`, read with one query each
// for the whole list (`where` and `values` select the same inspections as the list's query).
Status attachChildren(const QSqlDatabase &db, QList<Inspection> &list, const QString &where, const QVariantList &values)
{
    if (list.isEmpty())
        return {};
    QHash<qint64, Inspection *> byId;
    byId.reserve(list.size());
    for (Inspection &in : list)
        byId.insert(in.id, &in);
    const QString scope = QStringLiteral(" WHERE inspection_id IN (SELECT id FROM inspection") + where + QStringLiteral(")");
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const auto run = [&](const QString &sql) {
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        return query.exec();
    };

    if (!run(QStringLiteral("SELECT inspection_id, inspector_id FROM inspection_inspector") + scope
             + QStringLiteral(" ORDER BY inspection_id, position")))
        return sqlError(query);
    while (query.next()) {
        if (Inspection *in = byId.value(query.value(0).toLongLong()))
            in->inspectorIds.append(query.value(1).toLongLong());
    }

    if (!run(QStringLiteral("SELECT inspection_id, item_key, checked, in_order, note FROM inspection_checklist") + scope
             + QStringLiteral(" ORDER BY inspection_id, position")))
        return sqlError(query);
    while (query.next()) {
        Inspection *in = byId.value(query.value(0).toLongLong());
        if (!in)
            continue;
        ChecklistItem item;
        item.key = query.value(1).toString();
        item.checked = query.value(2).toInt() != 0;
        item.inOrder = query.value(3).toInt() != 0;
        item.note = query.value(4).toString();
        in->checklist.append(item);
    }

    if (!run(QStringLiteral("SELECT inspection_id, id, code, description, has_signs, speech, balance, behaviour, served, "
                            "served_at FROM inspection_finding") + scope + QStringLiteral(" ORDER BY inspection_id, position, id")))
        return sqlError(query);
    while (query.next()) {
        Inspection *in = byId.value(query.value(0).toLongLong());
        if (!in)
            continue;
        InspectionFinding f;
        f.id = query.value(1).toLongLong();
        f.code = query.value(2).toString();
        f.description = query.value(3).toString();
        if (query.value(4).toInt() != 0) {
            IntoxicationSigns signs;
            signs.speech = query.value(5).toString();
            signs.balance = query.value(6).toString();
            signs.behaviour = query.value(7).toString();
            signs.served = query.value(8).toString();
            signs.when = timeFrom(query.value(9));
            f.signs = signs;
        }
        in->findings.append(f);
    }
    return {};
}

Result<QList<Inspection>> selectInspections(const QSqlDatabase &db, const QString &where, const QVariantList &values,
                                            const QString &order = QStringLiteral(" ORDER BY inspection_date, start_time, number"))
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(kSelectInspections + where + order);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query);
    QList<Inspection> list;
    while (query.next())
        list.append(inspectionFromRow(query));
    const Status children = attachChildren(db, list, where, values);
    if (!children)
        return children.error();
    return list;
}

Result<Inspection> loadInspection(const QSqlDatabase &db, qint64 id)
{
    Result<QList<Inspection>> found = selectInspections(db, QStringLiteral(" WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return makeError(InspectionRepository::ErrorNotFound,
                         InspectionRepository::tr("Inspection %1 does not exist in this register.").arg(id));
    return found->first();
}

Result<QString> nextNumberIn(const QSqlDatabase &db, int year)
{
    return Numbering::next(db, QStringLiteral("inspection"), QStringLiteral("K-%1-").arg(year), 3, &sqlError);
}

Result<bool> numberUsed(const QSqlDatabase &db, const QString &number, qint64 exceptId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM inspection WHERE number = ? AND id <> ?"));
    query.addBindValue(number);
    query.addBindValue(exceptId);
    if (!query.exec() || !query.next())
        return sqlError(query);
    return query.value(0).toInt() > 0;
}

// The inspection row's columns from licence_id to updated_at, in table order.
void bindInspectionColumns(QSqlQuery &query, const Inspection &in)
{
    query.addBindValue(in.licenceId);
    query.addBindValue(in.number);
    query.addBindValue(dateValue(in.date));
    query.addBindValue(timeValue(in.start));
    query.addBindValue(timeValue(in.end));
    query.addBindValue(InspectionTexts::typeKey(in.type));
    query.addBindValue(InspectionTexts::modeKey(in.mode));
    query.addBindValue(in.confirmedSingleInspector ? 1 : 0);
    query.addBindValue(text(in.notes));
    query.addBindValue(dateValue(in.reportSent));
    query.addBindValue(dateValue(in.commentsReceived));
    query.addBindValue(text(in.comments));
    query.addBindValue(timestamp(in.createdAt));
    query.addBindValue(timestamp(in.updatedAt));
}

Status writeRow(const QSqlDatabase &db, Inspection &in, bool creating)
{
    QSqlQuery query(db);
    if (creating) {
        query.prepare(QStringLiteral(
            "INSERT INTO inspection (licence_id, number, inspection_date, start_time, end_time, inspection_type, mode, "
            "confirmed_single_inspector, notes, report_sent, comments_received, comments, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    } else {
        query.prepare(QStringLiteral(
            "UPDATE inspection SET licence_id = ?, number = ?, inspection_date = ?, start_time = ?, end_time = ?, "
            "inspection_type = ?, mode = ?, confirmed_single_inspector = ?, notes = ?, report_sent = ?, "
            "comments_received = ?, comments = ?, created_at = ?, updated_at = ? WHERE id = ?"));
    }
    bindInspectionColumns(query, in);
    if (!creating)
        query.addBindValue(in.id);
    if (!query.exec())
        return sqlError(query);
    if (creating)
        in.id = query.lastInsertId().toLongLong();
    return {};
}

// The inspection's inspectors and checklist rows, in order (the caller removed any old ones).
Status insertInspectorsAndChecklist(const QSqlDatabase &db, const Inspection &in)
{
    QSqlQuery query(db);
    for (int i = 0; i < in.inspectorIds.size(); ++i) {
        query.prepare(QStringLiteral("INSERT INTO inspection_inspector (inspection_id, inspector_id, position) VALUES (?, ?, ?)"));
        query.addBindValue(in.id);
        query.addBindValue(in.inspectorIds.at(i));
        query.addBindValue(i);
        if (!query.exec())
            return sqlError(query);
    }
    for (int i = 0; i < in.checklist.size(); ++i) {
        const ChecklistItem &item = in.checklist.at(i);
        query.prepare(QStringLiteral("INSERT INTO inspection_checklist (inspection_id, item_key, position, checked, in_order, note) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"));
        query.addBindValue(in.id);
        query.addBindValue(item.key);
        query.addBindValue(i);
        query.addBindValue(item.checked ? 1 : 0);
        query.addBindValue(item.inOrder ? 1 : 0);
        query.addBindValue(text(item.note));
        if (!query.exec())
            return sqlError(query);
    }
    return {};
}

Status writeChildren(const QSqlDatabase &db, const Inspection &in, const Inspection *before)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM inspection_inspector WHERE inspection_id = ?"));
    query.addBindValue(in.id);
    if (!query.exec())
        return sqlError(query);
    query.prepare(QStringLiteral("DELETE FROM inspection_checklist WHERE inspection_id = ?"));
    query.addBindValue(in.id);
    if (!query.exec())
        return sqlError(query);
    if (const Status written = insertInspectorsAndChecklist(db, in); !written)
        return written;

    // Findings keep their ids: sanction cases refer to them.
    QList<qint64> kept;
    for (const InspectionFinding &f : in.findings) {
        if (f.id != 0)
            kept.append(f.id);
    }
    if (before) {
        for (const InspectionFinding &old : before->findings) {
            if (kept.contains(old.id))
                continue;
            query.prepare(QStringLiteral("DELETE FROM inspection_finding WHERE id = ?"));
            query.addBindValue(old.id);
            if (!query.exec()) {
                return makeError(InspectionRepository::ErrorValidation,
                                 InspectionRepository::tr("Finding \"%1\" cannot be removed: a sanction case refers to it.")
                                     .arg(old.code),
                                 QStringLiteral("findings"), query.lastError().text());
            }
        }
    }
    for (int i = 0; i < in.findings.size(); ++i) {
        const InspectionFinding &f = in.findings.at(i);
        const IntoxicationSigns signs = f.signs.value_or(IntoxicationSigns{});
        if (f.id != 0) {
            query.prepare(QStringLiteral("UPDATE inspection_finding SET position = ?, code = ?, description = ?, has_signs = ?, "
                                         "speech = ?, balance = ?, behaviour = ?, served = ?, served_at = ? "
                                         "WHERE id = ? AND inspection_id = ?"));
        } else {
            query.prepare(QStringLiteral("INSERT INTO inspection_finding (position, code, description, has_signs, speech, "
                                         "balance, behaviour, served, served_at, inspection_id) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        }
        query.addBindValue(i);
        query.addBindValue(f.code);
        query.addBindValue(text(f.description.trimmed()));
        query.addBindValue(f.signs ? 1 : 0);
        query.addBindValue(text(signs.speech));
        query.addBindValue(text(signs.balance));
        query.addBindValue(text(signs.behaviour));
        query.addBindValue(text(signs.served));
        query.addBindValue(timeValue(signs.when));
        if (f.id != 0) {
            query.addBindValue(f.id);
            query.addBindValue(in.id);
        } else {
            query.addBindValue(in.id);
        }
        if (!query.exec())
            return sqlError(query);
        if (f.id != 0 && query.numRowsAffected() != 1) {
            return makeError(InspectionRepository::ErrorValidation,
                             InspectionRepository::tr("Finding %1 does not belong to this inspection.").arg(i + 1),
                             QStringLiteral("findings[%1]").arg(i));
        }
    }
    return {};
}

Error problemError(const InspectionProblem &problem)
{
    return makeError(InspectionRepository::ErrorValidation, problem.message, problem.field, problem.code);
}

} // namespace

// =============================================================================================
// InspectorRepository

InspectorRepository::InspectorRepository(const Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Result<QList<Inspector>> InspectorRepository::listIn(const QSqlDatabase &db, bool activeOnly)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(kSelectInspectors + (activeOnly ? QStringLiteral(" WHERE active = 1") : QString())
                    + QStringLiteral(" ORDER BY name, id")))
        return sqlError(query);
    QList<Inspector> list;
    while (query.next())
        list.append(inspectorFromRow(query));
    std::stable_sort(list.begin(), list.end(), [](const Inspector &a, const Inspector &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return list;
}

Result<QList<Inspector>> InspectorRepository::list(bool activeOnly) const
{
    return listIn(m_db.connection(), activeOnly);
}

Result<Inspector> InspectorRepository::find(qint64 id) const
{
    return loadInspector(m_db.connection(), id);
}

Result<Inspector> InspectorRepository::create(Inspector inspector)
{
    Status s = checkWritable(m_db);
    if (s)
        s = checkInspector(inspector, m_clock.today());
    if (!s)
        return s.error();
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return ioError(transaction.lastError());
    const QString now = timestamp(m_clock.now());
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO inspector (name, organisation, knowledge_test_passed, active, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(inspector.name.trimmed());
    query.addBindValue(text(inspector.organisation.trimmed()));
    query.addBindValue(dateValue(inspector.knowledgeTestPassed));
    query.addBindValue(inspector.active ? 1 : 0);
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec())
        return sqlError(query);
    Result<Inspector> stored = loadInspector(db, query.lastInsertId().toLongLong());
    if (!stored)
        return stored.error();
    s = AuditLog::record(db, m_clock, AuditEntity, stored->id, QStringLiteral("create"), {}, toJson(*stored));
    if (!s)
        return s.error();
    if (!transaction.commit())
        return ioError(transaction.lastError());
    return stored;
}

Result<Inspector> InspectorRepository::update(const Inspector &inspector)
{
    Status s = checkWritable(m_db);
    if (s)
        s = checkInspector(inspector, m_clock.today());
    if (!s)
        return s.error();
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return ioError(transaction.lastError());
    const Result<Inspector> before = loadInspector(db, inspector.id);
    if (!before)
        return before.error();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE inspector SET name = ?, organisation = ?, knowledge_test_passed = ?, active = ?, "
                                 "updated_at = ? WHERE id = ?"));
    query.addBindValue(inspector.name.trimmed());
    query.addBindValue(text(inspector.organisation.trimmed()));
    query.addBindValue(dateValue(inspector.knowledgeTestPassed));
    query.addBindValue(inspector.active ? 1 : 0);
    query.addBindValue(timestamp(m_clock.now()));
    query.addBindValue(inspector.id);
    if (!query.exec())
        return sqlError(query);
    Result<Inspector> stored = loadInspector(db, inspector.id);
    if (!stored)
        return stored.error();
    s = AuditLog::record(db, m_clock, AuditEntity, inspector.id, QStringLiteral("update"), toJson(*before), toJson(*stored));
    if (!s)
        return s.error();
    if (!transaction.commit())
        return ioError(transaction.lastError());
    return stored;
}

Result<QList<StoredInspector>> InspectorRepository::readAll(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name, organisation, knowledge_test_passed, active, created_at, updated_at "
                                   "FROM inspector ORDER BY id")))
        return sqlError(query);
    QList<StoredInspector> list;
    while (query.next()) {
        StoredInspector row;
        row.inspector = inspectorFromRow(query);
        row.createdAt = timestampFrom(query.value(5));
        row.updatedAt = timestampFrom(query.value(6));
        list.append(row);
    }
    return list;
}

Status InspectorRepository::insertAsIs(const QSqlDatabase &db, const StoredInspector &row)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO inspector (id, name, organisation, knowledge_test_passed, active, created_at, "
                                 "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(row.inspector.id);
    query.addBindValue(text(row.inspector.name));
    query.addBindValue(text(row.inspector.organisation));
    query.addBindValue(dateValue(row.inspector.knowledgeTestPassed));
    query.addBindValue(row.inspector.active ? 1 : 0);
    query.addBindValue(timestamp(row.createdAt));
    query.addBindValue(timestamp(row.updatedAt));
    if (!query.exec())
        return sqlError(query);
    return {};
}

QJsonObject InspectorRepository::toJson(const Inspector &inspector)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), inspector.id);
    o.insert(QStringLiteral("name"), inspector.name);
    o.insert(QStringLiteral("organisation"), inspector.organisation);
    o.insert(QStringLiteral("knowledge_test_passed"), dateJson(inspector.knowledgeTestPassed));
    o.insert(QStringLiteral("active"), inspector.active);
    return o;
}

// =============================================================================================
// InspectionRepository

InspectionRepository::InspectionRepository(const Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Result<QList<Inspection>> InspectionRepository::list(int year) const
{
    if (year == 0)
        return selectInspections(m_db.connection(), QString(), {});
    return selectInspections(m_db.connection(), QStringLiteral(" WHERE inspection_date >= ? AND inspection_date <= ?"),
                             {QDate(year, 1, 1).toString(Qt::ISODate), QDate(year, 12, 31).toString(Qt::ISODate)});
}

Result<QList<Inspection>> InspectionRepository::forLicence(qint64 licenceId) const
{
    return selectInspections(m_db.connection(), QStringLiteral(" WHERE licence_id = ?"), {licenceId});
}

Result<Inspection> InspectionRepository::find(qint64 id) const
{
    return loadInspection(m_db.connection(), id);
}

Result<QString> InspectionRepository::nextNumber(int year) const
{
    return nextNumberIn(m_db.connection(), year);
}

Result<Inspection> InspectionRepository::create(Inspection inspection)
{
    return save(std::move(inspection), true);
}

Result<Inspection> InspectionRepository::update(const Inspection &inspection)
{
    return save(inspection, false);
}

Result<Inspection> InspectionRepository::save(Inspection in, bool creating)
{
    m_warnings.clear();
    const Status writable = checkWritable(m_db);
    if (!writable)
        return writable.error();
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return ioError(transaction.lastError());

    std::optional<Inspection> before;
    if (!creating) {
        Result<Inspection> stored = loadInspection(db, in.id);
        if (!stored)
            return stored.error();
        before = *std::move(stored);
        // The report and the comments have their own calls.
        in.reportSent = before->reportSent;
        in.commentsReceived = before->commentsReceived;
        in.comments = before->comments;
        in.createdAt = before->createdAt;
    }

    std::optional<Licence> licence;
    if (in.licenceId != 0) {
        Result<Licence> found = LicenceRepository::load(db, in.licenceId);
        if (found)
            licence = *std::move(found);
        else if (found.error().code != LicenceRepository::ErrorNotFound)
            return found.error();
    }
    const Result<QList<Inspector>> inspectors = InspectorRepository::listIn(db);
    if (!inspectors)
        return inspectors.error();
    const QList<InspectionProblem> problems =
        InspectionValidator::check(in, *inspectors, licence ? &*licence : nullptr, m_clock.today());
    for (const InspectionProblem &p : problems) {
        if (p.warning)
            m_warnings.append(p);
    }
    if (const InspectionProblem *error = InspectionValidator::firstError(problems))
        return problemError(*error);

    in.number = in.number.trimmed();
    if (in.number.isEmpty()) {
        if (creating || !before) {
            Result<QString> number = nextNumberIn(db, in.date.year());
            if (!number)
                return number.error();
            in.number = *number;
        } else {
            in.number = before->number;
        }
    } else {
        const Result<bool> used = numberUsed(db, in.number, creating ? 0 : in.id);
        if (!used)
            return used.error();
        if (*used)
            return makeError(ErrorValidation, tr("Number: %1 is already used by another inspection.").arg(in.number),
                             QStringLiteral("number"));
    }
    in.notes = in.notes.trimmed();
    const QDateTime now = m_clock.now().toUTC();
    if (creating) {
        in.id = 0;
        in.createdAt = now;
        for (InspectionFinding &f : in.findings)
            f.id = 0;
    }
    in.updatedAt = now;

    Status s = writeRow(db, in, creating);
    if (s)
        s = writeChildren(db, in, before ? &*before : nullptr);
    if (!s)
        return s.error();
    Result<Inspection> stored = loadInspection(db, in.id);
    if (!stored)
        return stored.error();
    s = AuditLog::record(db, m_clock, AuditEntity, in.id, creating ? QStringLiteral("create") : QStringLiteral("update"),
                         before ? toJson(*before) : QJsonObject(), toJson(*stored));
    if (!s)
        return s.error();
    if (!transaction.commit())
        return ioError(transaction.lastError());
    return stored;
}

Result<Inspection> InspectionRepository::setReportSent(qint64 id, const QDate &sent)
{
    const Status writable = checkWritable(m_db);
    if (!writable)
        return writable.error();
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return ioError(transaction.lastError());
    const Result<Inspection> before = loadInspection(db, id);
    if (!before)
        return before.error();
    if (!sent.isValid())
        return makeError(ErrorValidation, tr("Report sent: enter the date."), QStringLiteral("report_sent"));
    if (sent < before->date) {
        return makeError(ErrorValidation,
                         tr("Report sent: %1 is before the inspection (%2).").arg(formatDate(sent), formatDate(before->date)),
                         QStringLiteral("report_sent"));
    }
    if (sent > m_clock.today())
        return makeError(ErrorValidation, tr("Report sent: %1 is in the future.").arg(formatDate(sent)), QStringLiteral("report_sent"));
    if (before->commentsReceived.isValid() && before->commentsReceived < sent) {
        return makeError(ErrorValidation,
                         tr("Report sent: %1 is after the comments were received (%2).")
                             .arg(formatDate(sent), formatDate(before->commentsReceived)),
                         QStringLiteral("report_sent"));
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE inspection SET report_sent = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(dateValue(sent));
    query.addBindValue(timestamp(m_clock.now()));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query);
    Result<Inspection> stored = loadInspection(db, id);
    if (!stored)
        return stored.error();
    const Status s = AuditLog::record(db, m_clock, AuditEntity, id, QStringLiteral("report"), toJson(*before), toJson(*stored));
    if (!s)
        return s.error();
    if (!transaction.commit())
        return ioError(transaction.lastError());
    return stored;
}

Result<Inspection> InspectionRepository::saveComments(qint64 id, const QDate &received, const QString &comments)
{
    const Status writable = checkWritable(m_db);
    if (!writable)
        return writable.error();
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return ioError(transaction.lastError());
    const Result<Inspection> before = loadInspection(db, id);
    if (!before)
        return before.error();
    if (!received.isValid())
        return makeError(ErrorValidation, tr("Comments received: enter the date."), QStringLiteral("comments_received"));
    if (!before->reportSent.isValid() || received < before->reportSent) {
        return makeError(ErrorValidation,
                         tr("Comments received: %1 is before the report was sent.").arg(formatDate(received)),
                         QStringLiteral("comments_received"));
    }
    if (received > m_clock.today()) {
        return makeError(ErrorValidation, tr("Comments received: %1 is in the future.").arg(formatDate(received)),
                         QStringLiteral("comments_received"));
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE inspection SET comments_received = ?, comments = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(dateValue(received));
    query.addBindValue(text(comments.trimmed()));
    query.addBindValue(timestamp(m_clock.now()));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query);
    Result<Inspection> stored = loadInspection(db, id);
    if (!stored)
        return stored.error();
    const Status s = AuditLog::record(db, m_clock, AuditEntity, id, QStringLiteral("comments"), toJson(*before), toJson(*stored));
    if (!s)
        return s.error();
    if (!transaction.commit())
        return ioError(transaction.lastError());
    return stored;
}

Result<QList<AuditEntry>> InspectionRepository::history(qint64 id) const
{
    return AuditLog::entriesFor(m_db.connection(), AuditEntity, id);
}

QList<rules::InspectionRecord> InspectionRepository::records(const QList<Inspection> &inspections)
{
    return InspectionPlan::records(inspections);
}

Result<QList<Inspection>> InspectionRepository::readAll(const QSqlDatabase &db)
{
    return selectInspections(db, QString(), {}, QStringLiteral(" ORDER BY id"));
}

Status InspectionRepository::insertAsIs(const QSqlDatabase &db, const Inspection &in)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO inspection (id, licence_id, number, inspection_date, start_time, end_time, inspection_type, mode, "
        "confirmed_single_inspector, notes, report_sent, comments_received, comments, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(in.id);
    bindInspectionColumns(query, in);
    if (!query.exec())
        return sqlError(query);
    if (const Status written = insertInspectorsAndChecklist(db, in); !written)
        return written;
    for (int i = 0; i < in.findings.size(); ++i) {
        const InspectionFinding &f = in.findings.at(i);
        const IntoxicationSigns signs = f.signs.value_or(IntoxicationSigns{});
        query.prepare(QStringLiteral("INSERT INTO inspection_finding (id, inspection_id, position, code, description, has_signs, "
                                     "speech, balance, behaviour, served, served_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(f.id);
        query.addBindValue(in.id);
        query.addBindValue(i);
        query.addBindValue(f.code);
        query.addBindValue(text(f.description));
        query.addBindValue(f.signs ? 1 : 0);
        query.addBindValue(text(signs.speech));
        query.addBindValue(text(signs.balance));
        query.addBindValue(text(signs.behaviour));
        query.addBindValue(text(signs.served));
        query.addBindValue(timeValue(signs.when));
        if (!query.exec())
            return sqlError(query);
    }
    return {};
}

QJsonObject InspectionRepository::toJson(const Inspection &in, const QString &licenceNumber)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), in.id);
    o.insert(QStringLiteral("number"), in.number);
    o.insert(QStringLiteral("licence_id"), in.licenceId);
    if (!licenceNumber.isEmpty())
        o.insert(QStringLiteral("licence_number"), licenceNumber);
    o.insert(QStringLiteral("date"), dateJson(in.date));
    o.insert(QStringLiteral("start"), in.start.isValid() ? QJsonValue(timeText(in.start)) : QJsonValue());
    o.insert(QStringLiteral("end"), in.end.isValid() ? QJsonValue(timeText(in.end)) : QJsonValue());
    o.insert(QStringLiteral("type"), InspectionTexts::typeKey(in.type));
    o.insert(QStringLiteral("mode"), InspectionTexts::modeKey(in.mode));
    QJsonArray inspectors;
    for (const qint64 id : in.inspectorIds)
        inspectors.append(id);
    o.insert(QStringLiteral("inspectors"), inspectors);
    o.insert(QStringLiteral("confirmed_single_inspector"), in.confirmedSingleInspector);
    QJsonArray checklist;
    for (const ChecklistItem &item : in.checklist) {
        checklist.append(QJsonObject{{QStringLiteral("key"), item.key},
                                     {QStringLiteral("checked"), item.checked},
                                     {QStringLiteral("in_order"), item.inOrder},
                                     {QStringLiteral("note"), item.note}});
    }
    o.insert(QStringLiteral("checklist"), checklist);
    QJsonArray findings;
    for (const InspectionFinding &f : in.findings) {
        QJsonObject finding{{QStringLiteral("id"), f.id},
                            {QStringLiteral("code"), f.code},
                            {QStringLiteral("description"), f.description}};
        if (f.signs) {
            finding.insert(QStringLiteral("signs"),
                           QJsonObject{{QStringLiteral("speech"), f.signs->speech},
                                       {QStringLiteral("balance"), f.signs->balance},
                                       {QStringLiteral("behaviour"), f.signs->behaviour},
                                       {QStringLiteral("served"), f.signs->served},
                                       {QStringLiteral("served_at"),
                                        f.signs->when.isValid() ? QJsonValue(timeText(f.signs->when)) : QJsonValue()}});
        }
        findings.append(finding);
    }
    o.insert(QStringLiteral("findings"), findings);
    o.insert(QStringLiteral("notes"), in.notes);
    o.insert(QStringLiteral("report_sent"), dateJson(in.reportSent));
    o.insert(QStringLiteral("comments_received"), dateJson(in.commentsReceived));
    o.insert(QStringLiteral("comments"), in.comments);
    return o;
}

} // namespace bevilling
