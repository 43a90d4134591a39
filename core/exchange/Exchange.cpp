#include "exchange/Exchange.h"

#include "cases/CaseJson.h"
#include "domain/LicenceJson.h"
#include "exchange/JsonReader.h"
#include "letters/LetterTemplate.h"
#include "letters/LetterTemplates.h"
#include "rules/Findings.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/FeeRateRepository.h"
#include "storage/FeeRepository.h"
#include "storage/Database.h"
#include "storage/InspectionRepository.h"
#include "storage/LicenceRepository.h"
#include "storage/RegisterSettings.h"
#include "storage/RuleSetRepository.h"
#include "storage/SanctionRepository.h"
#include "storage/Transaction.h"
#include "storage/TurnoverRepository.h"
#include "validation/LicenceValidator.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>
#include <limits>

namespace bevilling::Exchange {

// Translatable texts of the exchange format.
class RegisterExchange
{
    Q_DECLARE_TR_FUNCTIONS(RegisterExchange)
};

namespace {

using Need = JsonReader::Need;

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

// Everything an import loads, read and checked completely before anything is written.
struct Document
{
    RegisterInfo info;
    QList<Licence> licences;
    QList<AuditEntry> audit;
    QList<StoredRuleSetVersion> ruleSets; // empty: the register follows the national preset
    QList<StoredFeeRates> feeRates;       // empty: the register uses the shipped national fee rates
    QList<Case> cases;
    QHash<qint64, QByteArray> attachmentContents; // attachment id -> content
    QList<QPair<LetterKind, QString>> letterTemplates; // the register's edited decision-letter templates
    QList<StoredInspector> inspectors;
    QList<Inspection> inspections;
    QList<SanctionCase> sanctionCases;
    QList<TurnoverReport> turnoverReports;
    std::optional<FeeCycleSettings> feeCycle; // none: the defaults (nothing stored)
    QList<FeeLine> feeLines;
    QList<FeePayment> feePayments;
    int formatVersion = 1;
};

// One top-level section of the document. Sections are exported, read and stored in table order;
// a later issue adds its data (cases, inspections, ...) by adding a row to sections().
struct Section
{
    QString key;
    bool required;
    Result<QJsonValue> (*exportSection)(const Database &db);
    // Reads and checks the section into `document`; problems go to the reader with their path.
    void (*read)(JsonReader &reader, const QJsonValue &value, const QString &path, Document &document,
                 const Clock &clock);
    // Writes the section inside the import transaction.
    Status (*store)(const QSqlDatabase &db, const Document &document);
    // The format version that brought the section. An export leaves out an optional section
    // whose export is undefined, and is written with the highest version among its sections.
    int sinceVersion = 1;
};

Error ioError(const QString &detail)
{
    return makeError(ErrorIo, RegisterExchange::tr("The register could not be read or written."), {}, detail);
}

QStringList kindKeys()
{
    QStringList keys;
    for (LicenceKind kind : DomainTexts::allKinds())
        keys.append(DomainTexts::kindKey(kind));
    return keys;
}

QStringList premisesTypeKeys()
{
    QStringList keys;
    for (PremisesType type : DomainTexts::allPremisesTypes())
        keys.append(DomainTexts::premisesTypeKey(type));
    return keys;
}

QStringList endReasonKeys()
{
    QStringList keys;
    for (EndReason reason : DomainTexts::allEndReasons())
        keys.append(DomainTexts::endReasonKey(reason));
    return keys;
}

QStringList roleKeys()
{
    return {DomainTexts::roleKey(PersonRole::Manager), DomainTexts::roleKey(PersonRole::Deputy)};
}

// ---------------------------------------------------------------------------------------------
// register

const QString kMunicipalityName = QStringLiteral("municipality_name");
const QString kMunicipalityNumber = QStringLiteral("municipality_number");
const QString kDemo = QStringLiteral("demo");
const QString kAllowSaleGroup2 = QStringLiteral("allow_sale_group2");

Result<QJsonValue> exportRegisterSection(const Database &db)
{
    static const SystemClock clock; // reading the settings needs no time
    const Result<RegisterInfo> info = RegisterSettings(db, clock).load();
    if (!info)
        return info.error();
    QJsonObject o;
    o.insert(kMunicipalityName, info->municipalityName);
    o.insert(kMunicipalityNumber, info->municipalityNumber);
    o.insert(kDemo, info->demo);
    o.insert(kAllowSaleGroup2, info->allowSaleGroup2);
    return QJsonValue(o);
}

void readRegisterSection(JsonReader &r, const QJsonValue &value, const QString &path, Document &document, const Clock &)
{
    QJsonObject o;
    if (!r.asObject(value, path, o) || !r.onlyKeys(o, path, {kMunicipalityName, kMunicipalityNumber, kDemo, kAllowSaleGroup2}))
        return;
    RegisterInfo &info = document.info;
    r.string(o, path, kMunicipalityName, Need::Required, info.municipalityName);
    r.string(o, path, kMunicipalityNumber, Need::Optional, info.municipalityNumber);
    if (r.ok()) {
        const QString problem = RegisterSettings::checkMunicipalityNumber(info.municipalityNumber);
        if (!problem.isEmpty())
            r.fail(JsonReader::join(path, kMunicipalityNumber), problem);
    }
    r.boolean(o, path, kDemo, Need::Optional, info.demo);
    r.boolean(o, path, kAllowSaleGroup2, Need::Optional, info.allowSaleGroup2);
}

// The settings are written as they are, without an audit entry: an import restores a register,
// it does not change one.
Status storeRegisterSection(const QSqlDatabase &db, const Document &document)
{
    return RegisterSettings::restore(db, document.info);
}

// ---------------------------------------------------------------------------------------------
// licences

Result<QJsonValue> exportLicencesSection(const Database &db)
{
    static const SystemClock clock; // listing needs no time
    const Result<QList<Licence>> licences = LicenceRepository(db, clock).list();
    if (!licences)
        return licences.error();
    QJsonArray array;
    for (const Licence &licence : *licences)
        array.append(LicenceJson::toJson(licence, true));
    return QJsonValue(array);
}

void readLicensee(JsonReader &r, const QJsonObject &o, const QString &path, Licensee &out)
{
    if (!r.onlyKeys(o, path, {key("id"), key("name"), key("org_number"), key("address"), key("email"), key("phone")}))
        return;
    qint64 id = 0;
    r.integer(o, path, key("id"), Need::Optional, 1, id);
    out.id = id;
    r.string(o, path, key("name"), Need::Required, out.name);
    r.string(o, path, key("org_number"), Need::Optional, out.orgNumber);
    r.string(o, path, key("address"), Need::Optional, out.address);
    r.string(o, path, key("email"), Need::Optional, out.email);
    r.string(o, path, key("phone"), Need::Optional, out.phone);
}

void readPremises(JsonReader &r, const QJsonObject &o, const QString &path, Premises &out)
{
    if (!r.onlyKeys(o, path,
                    {key("id"), key("name"), key("address"), key("postal_code"), key("postal_place"), key("type"),
                     key("capacity")})) {
        return;
    }
    qint64 id = 0;
    r.integer(o, path, key("id"), Need::Optional, 1, id);
    out.id = id;
    r.string(o, path, key("name"), Need::Required, out.name);
    r.string(o, path, key("address"), Need::Optional, out.address);
    r.string(o, path, key("postal_code"), Need::Optional, out.postalCode);
    r.string(o, path, key("postal_place"), Need::Optional, out.postalPlace);
    r.enumKey(o, path, key("type"), Need::Required, &DomainTexts::premisesTypeFromKey, premisesTypeKeys(), out.type);
    qint64 capacity = 0;
    bool hasCapacity = false;
    r.integer(o, path, key("capacity"), Need::Optional, 0, capacity, &hasCapacity);
    if (r.ok() && hasCapacity) {
        if (capacity > std::numeric_limits<int>::max()) {
            r.fail(JsonReader::join(path, key("capacity")), RegisterExchange::tr("the number is too large."));
            return;
        }
        out.capacity = static_cast<int>(capacity);
    }
}

void readPerson(JsonReader &r, const QJsonObject &o, const QString &path, PersonRole role, Person &out,
                bool application = false)
{
    if (!r.onlyKeys(o, path, {key("name"), key("birth_date"), key("knowledge_test_passed"), key("role")}))
        return;
    out = Person{};
    out.role = role;
    PersonRole stated = role;
    bool hasRole = false;
    r.enumKey(o, path, key("role"), Need::Optional, &DomainTexts::roleFromKey, roleKeys(), stated, &hasRole);
    if (r.ok() && hasRole && stated != role)
        r.fail(JsonReader::join(path, key("role")), RegisterExchange::tr("must be \"%1\" here.").arg(DomainTexts::roleKey(role)));
    r.string(o, path, key("name"), Need::Required, out.name);
    if (r.ok() && !application && out.name.trimmed().isEmpty())
        r.fail(JsonReader::join(path, key("name")), RegisterExchange::tr("a name is required."));
    r.date(o, path, key("birth_date"), Need::Optional, out.birthDate);
    r.date(o, path, key("knowledge_test_passed"), Need::Optional, out.knowledgeTestPassed);
}

void readGroups(JsonReader &r, const QJsonObject &o, const QString &path, int &out)
{
    const QString groupsPath = JsonReader::join(path, key("alcohol_groups"));
    QJsonArray groups;
    if (!r.array(o, path, key("alcohol_groups"), Need::Required, groups))
        return;
    int mask = 0;
    QStringList listed;
    for (int i = 0; i < groups.size(); ++i) {
        const QString itemPath = JsonReader::index(groupsPath, i);
        qint64 group = 0;
        if (!r.asInteger(groups.at(i), itemPath, 1, group))
            return;
        if (group > 3) {
            r.fail(itemPath, RegisterExchange::tr("the alcohol groups are 1, 2 and 3 (found %1).").arg(group));
            return;
        }
        const int bit = 1 << (group - 1);
        if (mask & bit) {
            r.fail(itemPath, RegisterExchange::tr("group %1 is listed twice.").arg(group));
            return;
        }
        mask |= bit;
        listed.append(QString::number(group));
    }
    if (mask != Group1 && mask != (Group1 | Group2) && mask != (Group1 | Group2 | Group3)) {
        r.fail(groupsPath, RegisterExchange::tr("[%1] is not a valid combination of alcohol groups; use [1], [1, 2] or [1, 2, 3].")
                               .arg(listed.join(QStringLiteral(", "))));
        return;
    }
    out = mask;
}

void readAreas(JsonReader &r, const QJsonObject &licence, const QString &path, Licence &out)
{
    QJsonObject o;
    bool present = false;
    if (!r.object(licence, path, key("areas"), Need::Optional, o, &present) || !present)
        return;
    const QString areasPath = JsonReader::join(path, key("areas"));
    if (!r.onlyKeys(o, areasPath, {key("indoor"), key("indoor_description"), key("outdoor"), key("outdoor_description")}))
        return;
    r.boolean(o, areasPath, key("indoor"), Need::Optional, out.indoor);
    r.string(o, areasPath, key("indoor_description"), Need::Optional, out.indoorDescription);
    r.boolean(o, areasPath, key("outdoor"), Need::Optional, out.outdoor);
    r.string(o, areasPath, key("outdoor_description"), Need::Optional, out.outdoorDescription);
}

void readEnded(JsonReader &r, const QJsonObject &licence, const QString &path, Licence &out)
{
    QJsonObject o;
    bool present = false;
    if (!r.object(licence, path, key("ended"), Need::Optional, o, &present) || !present)
        return;
    const QString endedPath = JsonReader::join(path, key("ended"));
    if (!r.onlyKeys(o, endedPath, {key("on"), key("reason"), key("note")}))
        return;
    r.date(o, endedPath, key("on"), Need::Required, out.endedOn);
    EndReason reason = EndReason::Other;
    bool hasReason = false;
    r.enumKey(o, endedPath, key("reason"), Need::Optional, &DomainTexts::endReasonFromKey, endReasonKeys(), reason,
              &hasReason);
    if (hasReason)
        out.endReason = reason;
    r.string(o, endedPath, key("note"), Need::Optional, out.endNote);
}

struct ParsedLicence
{
    Licence licence;
    bool hasPremises = false;
    bool hasManager = false;
    // A case's application: the number, the period and the time stamps may be missing.
    bool application = false;
};

void readLicence(JsonReader &r, const QJsonValue &value, const QString &path, const Clock &clock, ParsedLicence &out)
{
    QJsonObject o;
    if (!r.asObject(value, path, o))
        return;
    if (!r.onlyKeys(o, path,
                    {key("id"), key("number"), key("kind"), key("closed_party"), key("event_name"), key("licensee"),
                     key("premises"), key("manager"), key("deputies"), key("alcohol_groups"), key("areas"),
                     key("valid_from"), key("valid_to"), key("conditions"), key("notes"), key("ended"),
                     key("created_at"), key("updated_at")})) {
        return;
    }
    Licence &l = out.licence;
    qint64 id = 0;
    r.integer(o, path, key("id"), Need::Optional, 1, id);
    l.id = id;
    const Need needed = out.application ? Need::Optional : Need::Required;
    r.string(o, path, key("number"), needed, l.number);
    l.number = l.number.trimmed();
    r.enumKey(o, path, key("kind"), Need::Required, &DomainTexts::kindFromKey, kindKeys(), l.kind);
    r.boolean(o, path, key("closed_party"), Need::Optional, l.closedParty);
    r.string(o, path, key("event_name"), Need::Optional, l.eventName);

    QJsonObject part;
    if (r.object(o, path, key("licensee"), Need::Required, part))
        readLicensee(r, part, JsonReader::join(path, key("licensee")), l.licensee);
    if (r.object(o, path, key("premises"), Need::Optional, part, &out.hasPremises) && out.hasPremises)
        readPremises(r, part, JsonReader::join(path, key("premises")), l.premises);
    if (r.object(o, path, key("manager"), Need::Optional, part, &out.hasManager) && out.hasManager)
        readPerson(r, part, JsonReader::join(path, key("manager")), PersonRole::Manager, l.manager, out.application);

    QJsonArray deputies;
    r.array(o, path, key("deputies"), Need::Optional, deputies);
    const QString deputiesPath = JsonReader::join(path, key("deputies"));
    for (int i = 0; r.ok() && i < deputies.size(); ++i) {
        const QString deputyPath = JsonReader::index(deputiesPath, i);
        if (!r.asObject(deputies.at(i), deputyPath, part))
            break;
        Person deputy;
        readPerson(r, part, deputyPath, PersonRole::Deputy, deputy, out.application);
        l.deputies.append(deputy);
    }

    if (r.ok())
        readGroups(r, o, path, l.groups);
    readAreas(r, o, path, l);
    r.date(o, path, key("valid_from"), needed, l.validFrom);
    r.date(o, path, key("valid_to"), needed, l.validTo);
    r.string(o, path, key("conditions"), Need::Optional, l.conditions);
    r.string(o, path, key("notes"), Need::Optional, l.notes);
    readEnded(r, o, path, l);

    const QDateTime now = clock.now().toUTC();
    bool present = false;
    r.dateTime(o, path, key("created_at"), Need::Optional, l.createdAt, &present);
    if (!present && !out.application)
        l.createdAt = now;
    r.dateTime(o, path, key("updated_at"), Need::Optional, l.updatedAt, &present);
    if (!present && !out.application)
        l.updatedAt = l.createdAt;
}

// LicenceValidator's field ids ("licensee.orgNumber", "deputies[1].birthDate") as JSON paths
// relative to the licence ("licensee.org_number", "deputies[1].birth_date").
QString jsonPathOfField(const QString &field, const ParsedLicence &parsed)
{
    if (field == QLatin1String("groups"))
        return key("alcohol_groups");
    if (field == QLatin1String("endReason"))
        return key("ended.reason");
    if (field == QLatin1String("endedOn"))
        return key("ended.on");
    if (!parsed.hasPremises && field.startsWith(QLatin1String("premises")))
        return key("premises");
    if (!parsed.hasManager && field.startsWith(QLatin1String("manager")))
        return key("manager");
    QString path;
    for (const QChar c : field) {
        if (c.isUpper()) {
            path.append(QLatin1Char('_'));
            path.append(c.toLower());
        } else {
            path.append(c);
        }
    }
    return path;
}

bool sameLicensee(const Licensee &a, const Licensee &b)
{
    return a.name == b.name && a.orgNumber == b.orgNumber && a.address == b.address && a.email == b.email
        && a.phone == b.phone;
}

bool samePremises(const Premises &a, const Premises &b)
{
    return a.name == b.name && a.address == b.address && a.postalCode == b.postalCode
        && a.postalPlace == b.postalPlace && a.type == b.type && a.capacity == b.capacity;
}

void readLicencesSection(JsonReader &r, const QJsonValue &value, const QString &path, Document &document,
                         const Clock &clock)
{
    QJsonArray array;
    if (!r.asArray(value, path, array))
        return;
    const LicenceValidator validator(ValidationOptions{document.info.allowSaleGroup2});
    QHash<qint64, int> byId;
    QHash<QString, int> byNumber;
    QHash<qint64, int> licenseeUser; // licensee id -> first licence that names it
    QHash<qint64, int> premisesUser;
    QList<bool> hasPremises;
    for (int i = 0; i < array.size(); ++i) {
        const QString licencePath = JsonReader::index(path, i);
        ParsedLicence parsed;
        readLicence(r, array.at(i), licencePath, clock, parsed);
        if (!r.ok())
            return;
        const Licence &l = parsed.licence;
        if (l.id != 0) {
            if (byId.contains(l.id)) {
                r.fail(JsonReader::join(licencePath, key("id")),
                       RegisterExchange::tr("id %1 is already used by %2.").arg(l.id).arg(JsonReader::index(path, byId.value(l.id))));
                return;
            }
            byId.insert(l.id, i);
        }
        if (!l.number.isEmpty()) {
            if (byNumber.contains(l.number)) {
                r.fail(JsonReader::join(licencePath, key("number")),
                       RegisterExchange::tr("licence number %1 is already used by %2.")
                           .arg(l.number, JsonReader::index(path, byNumber.value(l.number))));
                return;
            }
            byNumber.insert(l.number, i);
        }
        if (l.licensee.id != 0) {
            const int other = licenseeUser.value(l.licensee.id, -1);
            if (other < 0) {
                licenseeUser.insert(l.licensee.id, i);
            } else if (!sameLicensee(document.licences.at(other).licensee, l.licensee)) {
                r.fail(JsonReader::join(licencePath, key("licensee")),
                       RegisterExchange::tr("id %1 is also used by %2 with other details; a licensee shared by several licences must "
                          "have the same details in each.")
                           .arg(l.licensee.id)
                           .arg(JsonReader::join(JsonReader::index(path, other), key("licensee"))));
                return;
            }
        }
        if (parsed.hasPremises && l.premises.id != 0) {
            const int other = premisesUser.value(l.premises.id, -1);
            if (other < 0) {
                premisesUser.insert(l.premises.id, i);
            } else if (!samePremises(document.licences.at(other).premises, l.premises)) {
                r.fail(JsonReader::join(licencePath, key("premises")),
                       RegisterExchange::tr("id %1 is also used by %2 with other details; premises shared by several licences must "
                          "have the same details in each.")
                           .arg(l.premises.id)
                           .arg(JsonReader::join(JsonReader::index(path, other), key("premises"))));
                return;
            }
        }
        const QList<FieldError> errors = validator.validate(l);
        if (!errors.isEmpty()) {
            r.fail(JsonReader::join(licencePath, jsonPathOfField(errors.first().field, parsed)), errors.first().message);
            return;
        }
        document.licences.append(l);
        hasPremises.append(parsed.hasPremises);
    }

    // Ids the document leaves out are given after the highest one it uses.
    qint64 nextLicence = 1;
    qint64 nextLicensee = 1;
    qint64 nextPremises = 1;
    for (const Licence &l : std::as_const(document.licences)) {
        nextLicence = qMax(nextLicence, l.id + 1);
        nextLicensee = qMax(nextLicensee, l.licensee.id + 1);
        nextPremises = qMax(nextPremises, l.premises.id + 1);
    }
    for (int i = 0; i < document.licences.size(); ++i) {
        Licence &l = document.licences[i];
        if (l.id == 0)
            l.id = nextLicence++;
        if (l.licensee.id == 0)
            l.licensee.id = nextLicensee++;
        if (hasPremises.at(i) && l.premises.id == 0)
            l.premises.id = nextPremises++;
    }
}

Status storeLicencesSection(const QSqlDatabase &db, const Document &document)
{
    for (Licence licence : document.licences) {
        const Status s = LicenceRepository::insertAsIs(db, licence);
        if (!s)
            return s;
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// audit_log

QJsonValue objectOrNull(const QJsonObject &o)
{
    return o.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(o);
}

Result<QJsonValue> exportAuditSection(const Database &db)
{
    const Result<QList<AuditEntry>> entries = AuditLog::all(db.connection());
    if (!entries)
        return entries.error();
    QJsonArray array;
    for (const AuditEntry &e : *entries) {
        QJsonObject o;
        o.insert(key("id"), e.id);
        o.insert(key("at"), e.at.toUTC().toString(Qt::ISODateWithMs));
        o.insert(key("user"), e.user);
        o.insert(key("entity"), e.entity);
        o.insert(key("entity_id"), e.entityId);
        o.insert(key("action"), e.action);
        o.insert(key("before"), objectOrNull(e.before));
        o.insert(key("after"), objectOrNull(e.after));
        array.append(o);
    }
    return QJsonValue(array);
}

void readAuditSection(JsonReader &r, const QJsonValue &value, const QString &path, Document &document, const Clock &)
{
    QJsonArray array;
    if (!r.asArray(value, path, array))
        return;
    QHash<qint64, int> byId;
    for (int i = 0; i < array.size(); ++i) {
        const QString entryPath = JsonReader::index(path, i);
        QJsonObject o;
        if (!r.asObject(array.at(i), entryPath, o)
            || !r.onlyKeys(o, entryPath,
                           {key("id"), key("at"), key("user"), key("entity"), key("entity_id"), key("action"),
                            key("before"), key("after")})) {
            return;
        }
        AuditEntry e;
        r.integer(o, entryPath, key("id"), Need::Optional, 1, e.id);
        r.dateTime(o, entryPath, key("at"), Need::Required, e.at);
        r.string(o, entryPath, key("user"), Need::Required, e.user);
        r.string(o, entryPath, key("entity"), Need::Required, e.entity);
        if (r.ok() && e.entity.trimmed().isEmpty())
            r.fail(JsonReader::join(entryPath, key("entity")), RegisterExchange::tr("must name what was changed (for example \"licence\")."));
        r.integer(o, entryPath, key("entity_id"), Need::Required, 0, e.entityId);
        r.string(o, entryPath, key("action"), Need::Required, e.action);
        if (r.ok() && e.action.trimmed().isEmpty())
            r.fail(JsonReader::join(entryPath, key("action")), RegisterExchange::tr("must name the change (for example \"create\")."));
        r.object(o, entryPath, key("before"), Need::Optional, e.before);
        r.object(o, entryPath, key("after"), Need::Optional, e.after);
        if (!r.ok())
            return;
        if (e.id != 0) {
            if (byId.contains(e.id)) {
                r.fail(JsonReader::join(entryPath, key("id")),
                       RegisterExchange::tr("id %1 is already used by %2.").arg(e.id).arg(JsonReader::index(path, byId.value(e.id))));
                return;
            }
            byId.insert(e.id, i);
        }
        document.audit.append(e);
    }
    qint64 next = 1;
    for (const AuditEntry &e : std::as_const(document.audit))
        next = qMax(next, e.id + 1);
    for (AuditEntry &e : document.audit) {
        if (e.id == 0)
            e.id = next++;
    }
}

// Writes every row of a section with `insert` (a repository's insertAsIs), stopping at the first
// failure; the caller's transaction then leaves nothing written.
template<typename Row>
Status storeEach(const QSqlDatabase &db, const QList<Row> &rows, Status (*insert)(const QSqlDatabase &, const Row &))
{
    for (const Row &row : rows) {
        const Status s = insert(db, row);
        if (!s)
            return s;
    }
    return {};
}

Status storeAuditSection(const QSqlDatabase &db, const Document &document)
{
    return storeEach(db, document.audit, &AuditLog::restore);
}

// ---------------------------------------------------------------------------------------------
// rule_sets (format version 2): the stored versions of the register's rule set

Result<QJsonValue> exportRuleSetsSection(const Database &db)
{
    const Result<QList<StoredRuleSetVersion>> rows = RuleSetRepository::readAll(db.connection());
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return QJsonValue(QJsonValue::Undefined); // the national preset: nothing stored, nothing written
    QJsonArray array;
    for (const StoredRuleSetVersion &row : *rows) {
        QJsonObject o;
        o.insert(key("id"), row.id);
        o.insert(key("name"), row.name);
        o.insert(key("effective_from"), row.effectiveFrom.toString(Qt::ISODate));
        o.insert(key("created_at"), row.createdAt.toUTC().toString(Qt::ISODateWithMs));
        o.insert(key("user"), row.user);
        o.insert(key("document"), row.document);
        array.append(o);
    }
    return QJsonValue(array);
}

void readRuleSetsSection(JsonReader &r, const QJsonValue &value, const QString &path, Document &document, const Clock &clock)
{
    QJsonArray array;
    if (!r.asArray(value, path, array))
        return;
    QHash<qint64, int> byId;
    QHash<QDate, int> byDate;
    const QDateTime now = clock.now().toUTC();
    for (int i = 0; i < array.size(); ++i) {
        const QString rowPath = JsonReader::index(path, i);
        QJsonObject o;
        if (!r.asObject(array.at(i), rowPath, o)
            || !r.onlyKeys(o, rowPath,
                           {key("id"), key("name"), key("effective_from"), key("created_at"), key("user"), key("document")})) {
            return;
        }
        StoredRuleSetVersion row;
        r.integer(o, rowPath, key("id"), Need::Optional, 1, row.id);
        r.string(o, rowPath, key("name"), Need::Required, row.name);
        r.date(o, rowPath, key("effective_from"), Need::Required, row.effectiveFrom);
        bool hasCreated = false;
        r.dateTime(o, rowPath, key("created_at"), Need::Optional, row.createdAt, &hasCreated);
        if (!hasCreated)
            row.createdAt = now;
        r.string(o, rowPath, key("user"), Need::Optional, row.user);
        r.object(o, rowPath, key("document"), Need::Required, row.document);
        if (!r.ok())
            return;
        const QString documentPath = JsonReader::join(rowPath, key("document"));
        const Result<rules::RuleSet> parsed = rules::RuleSets::fromJson(row.document);
        if (!parsed) {
            r.fail(parsed.error().field.isEmpty() ? documentPath : JsonReader::join(documentPath, parsed.error().field),
                   parsed.error().message);
            return;
        }
        if (parsed->versions.size() != 1) {
            r.fail(JsonReader::join(documentPath, key("versions")),
                   RegisterExchange::tr("must hold exactly one version (found %1).").arg(parsed->versions.size()));
            return;
        }
        if (parsed->versions.first().effectiveFrom != row.effectiveFrom) {
            r.fail(JsonReader::join(rowPath, key("effective_from")),
                   RegisterExchange::tr("must be the date the document's version is in force from (%1).")
                       .arg(parsed->versions.first().effectiveFrom.toString(Qt::ISODate)));
            return;
        }
        if (row.id != 0) {
            if (byId.contains(row.id)) {
                r.fail(JsonReader::join(rowPath, key("id")),
                       RegisterExchange::tr("id %1 is already used by %2.").arg(row.id).arg(JsonReader::index(path, byId.value(row.id))));
                return;
            }
            byId.insert(row.id, i);
        }
        if (byDate.contains(row.effectiveFrom)) {
            r.fail(JsonReader::join(rowPath, key("effective_from")),
                   RegisterExchange::tr("a version from %1 is already given by %2.")
                       .arg(row.effectiveFrom.toString(Qt::ISODate), JsonReader::index(path, byDate.value(row.effectiveFrom))));
            return;
        }
        byDate.insert(row.effectiveFrom, i);
        document.ruleSets.append(row);
    }
    qint64 next = 1;
    for (const StoredRuleSetVersion &row : std::as_const(document.ruleSets))
        next = qMax(next, row.id + 1);
    for (StoredRuleSetVersion &row : document.ruleSets) {
        if (row.id == 0)
            row.id = next++;
    }
}

// A document without the section (older versions) leaves the table empty: the register then
// follows the national preset.
Status storeRuleSetsSection(const QSqlDatabase &db, const Document &document)
{
    return RuleSetRepository::restore(db, document.ruleSets);
}

// ---------------------------------------------------------------------------------------------
// fee_rates (format version 2): the register's national fee-rate table, one row per year

Result<QJsonValue> exportFeeRatesSection(const Database &db)
{
    const Result<QList<StoredFeeRates>> rows = FeeRateRepository::readAll(db.connection());
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return QJsonValue(QJsonValue::Undefined); // the shipped table: nothing stored, nothing written
    QJsonArray array;
    for (const StoredFeeRates &row : *rows) {
        QJsonObject o = FeeRateRepository::toJson(row.rates);
        o.insert(key("id"), row.id);
        o.insert(key("created_at"), row.createdAt.toUTC().toString(Qt::ISODateWithMs));
        o.insert(key("user"), row.user);
        array.append(o);
    }
    return QJsonValue(array);
}

void readFeeRatesSection(JsonReader &r, const QJsonValue &value, const QString &path, Document &document, const Clock &clock)
{
    QJsonArray array;
    if (!r.asArray(value, path, array))
        return;
    QHash<qint64, int> byId;
    QHash<int, int> byYear;
    const QDateTime now = clock.now().toUTC();
    for (int i = 0; i < array.size(); ++i) {
        const QString rowPath = JsonReader::index(path, i);
        QJsonObject o;
        if (!r.asObject(array.at(i), rowPath, o)
            || !r.onlyKeys(o, rowPath,
                           {key("id"), key("year"), key("sale"), key("serving"), key("travelling_cap"), key("source"),
                            key("created_at"), key("user")})) {
            return;
        }
        StoredFeeRates row;
        r.integer(o, rowPath, key("id"), Need::Optional, 1, row.id);
        bool hasCreated = false;
        r.dateTime(o, rowPath, key("created_at"), Need::Optional, row.createdAt, &hasCreated);
        if (!hasCreated)
            row.createdAt = now;
        r.string(o, rowPath, key("user"), Need::Optional, row.user);
        qint64 year = 0;
        r.integer(o, rowPath, key("year"), Need::Required, 0, year);
        QJsonObject sale;
        QJsonObject serving;
        r.object(o, rowPath, key("sale"), Need::Required, sale);
        r.object(o, rowPath, key("serving"), Need::Required, serving);
        if (!r.ok())
            return;
        QJsonObject ratesObject = o;
        ratesObject.remove(key("id"));
        ratesObject.remove(key("created_at"));
        ratesObject.remove(key("user"));
        const Result<rules::FeeRates> rates = FeeRateRepository::fromJson(ratesObject);
        if (!rates) {
            r.fail(rates.error().field.isEmpty() ? rowPath : JsonReader::join(rowPath, rates.error().field),
                   rates.error().message);
            return;
        }
        row.rates = *rates;
        if (row.id != 0) {
            if (byId.contains(row.id)) {
                r.fail(JsonReader::join(rowPath, key("id")),
                       RegisterExchange::tr("id %1 is already used by %2.").arg(row.id).arg(JsonReader::index(path, byId.value(row.id))));
                return;
            }
            byId.insert(row.id, i);
        }
        if (byYear.contains(row.rates.year)) {
            r.fail(JsonReader::join(rowPath, key("year")),
                   RegisterExchange::tr("the rates of %1 are already given by %2.")
                       .arg(row.rates.year)
                       .arg(JsonReader::index(path, byYear.value(row.rates.year))));
            return;
        }
        byYear.insert(row.rates.year, i);
        document.feeRates.append(row);
    }
    qint64 next = 1;
    for (const StoredFeeRates &row : std::as_const(document.feeRates))
        next = qMax(next, row.id + 1);
    for (StoredFeeRates &row : document.feeRates) {
        if (row.id == 0)
            row.id = next++;
    }
}

// A document without the section leaves the table empty: the register then uses the shipped
// national fee rates.
Status storeFeeRatesSection(const QSqlDatabase &db, const Document &document)
{
    return FeeRateRepository::restore(db, document.feeRates);
}

// ---------------------------------------------------------------------------------------------
// cases (format version 3): case processing, with each attachment's content in base64

Result<QJsonValue> exportCasesSection(const Database &db)
{
    static const SystemClock clock; // listing needs no time
    const Result<QList<Case>> cases = CaseRepository(db, clock).list();
    if (!cases)
        return cases.error();
    if (cases->isEmpty())
        return QJsonValue(QJsonValue::Undefined); // no cases: the document stays readable by older programs
    QJsonArray array;
    for (const Case &c : *cases) {
        QJsonObject o = CaseJson::toJson(c);
        QJsonArray attachments;
        for (const CaseAttachment &attachment : c.attachments) {
            const Result<QByteArray> content = CaseRepository::attachmentDataIn(db.connection(), attachment.id);
            if (!content)
                return content.error();
            QJsonObject a = CaseJson::attachmentToJson(attachment);
            a.insert(key("content"), QString::fromLatin1(content->toBase64()));
            attachments.append(a);
        }
        o.insert(key("attachments"), attachments);
        array.append(o);
    }
    return QJsonValue(array);
}

// Checks that every id in `ids` (JSON path -> id) is used once; 0 means "not given".
bool uniqueIds(JsonReader &r, const QList<QPair<QString, qint64>> &ids, QHash<qint64, QString> &seen)
{
    for (const auto &[path, id] : ids) {
        if (id == 0)
            continue;
        if (seen.contains(id)) {
            r.fail(JsonReader::join(path, key("id")), RegisterExchange::tr("id %1 is already used by %2.").arg(id).arg(seen.value(id)));
            return false;
        }
        seen.insert(id, path);
    }
    return true;
}

void readCasesSection(JsonReader &r, const QJsonValue &value, const QString &path, Document &document, const Clock &clock)
{
    QJsonArray array;
    if (!r.asArray(value, path, array))
        return;
    QSet<qint64> licenceIds;
    for (const Licence &l : std::as_const(document.licences))
        licenceIds.insert(l.id);
    QHash<qint64, QString> caseIds;
    QHash<QString, QString> numbers;
    QHash<qint64, QString> statementIds;
    QHash<qint64, QString> attachmentIds;
    QHash<qint64, QString> eventIds;
    // Contents by (case index, attachment index) until the attachments have their ids.
    QList<QList<QByteArray>> contents;
    const QDateTime now = clock.now().toUTC();
    for (int i = 0; i < array.size(); ++i) {
        const QString casePath = JsonReader::index(path, i);
        QJsonObject o;
        if (!r.asObject(array.at(i), casePath, o))
            return;
        Result<Case> parsed = CaseJson::fromJson(o, casePath);
        if (!parsed) {
            r.fail(parsed.error().field, parsed.error().message.mid(parsed.error().field.size() + 2));
            return;
        }
        Case c = *std::move(parsed);
        // The attachments' contents: base64, matching the stated size and SHA-256.
        QList<QByteArray> caseContents;
        const QJsonArray attachments = o.value(key("attachments")).toArray();
        for (int j = 0; j < c.attachments.size(); ++j) {
            const QString attachmentPath = JsonReader::index(JsonReader::join(casePath, key("attachments")), j);
            QString text;
            if (!r.string(attachments.at(j).toObject(), attachmentPath, key("content"), Need::Required, text))
                return;
            const QString contentPath = JsonReader::join(attachmentPath, key("content"));
            const QByteArray::FromBase64Result decoded =
                QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                r.fail(contentPath, RegisterExchange::tr("the content is not valid base64."));
                return;
            }
            const CaseAttachment &a = c.attachments.at(j);
            if (decoded.decoded.size() != a.size) {
                r.fail(contentPath, RegisterExchange::tr("the content has %1 bytes; \"size\" says %2.")
                                        .arg(decoded.decoded.size())
                                        .arg(a.size));
                return;
            }
            const QString sha256 =
                QString::fromLatin1(QCryptographicHash::hash(decoded.decoded, QCryptographicHash::Sha256).toHex());
            if (sha256 != a.sha256.toLower()) {
                r.fail(contentPath, RegisterExchange::tr("the content does not match \"sha256\" (its SHA-256 is %1).").arg(sha256));
                return;
            }
            caseContents.append(decoded.decoded.isNull() ? QByteArray("", 0) : decoded.decoded);
        }
        if (c.licenceId && !licenceIds.contains(*c.licenceId)) {
            r.fail(JsonReader::join(casePath, key("licence_id")),
                   RegisterExchange::tr("no licence in the document has id %1.").arg(*c.licenceId));
            return;
        }
        if (numbers.contains(c.number)) {
            r.fail(JsonReader::join(casePath, key("number")),
                   RegisterExchange::tr("case number %1 is already used by %2.").arg(c.number, numbers.value(c.number)));
            return;
        }
        numbers.insert(c.number, casePath);
        QList<QPair<QString, qint64>> ids{{casePath, c.id}};
        if (!uniqueIds(r, ids, caseIds))
            return;
        ids.clear();
        for (int j = 0; j < c.statements.size(); ++j)
            ids.append({JsonReader::index(JsonReader::join(casePath, key("statements")), j), c.statements.at(j).id});
        if (!uniqueIds(r, ids, statementIds))
            return;
        ids.clear();
        for (int j = 0; j < c.attachments.size(); ++j)
            ids.append({JsonReader::index(JsonReader::join(casePath, key("attachments")), j), c.attachments.at(j).id});
        if (!uniqueIds(r, ids, attachmentIds))
            return;
        ids.clear();
        for (int j = 0; j < c.events.size(); ++j)
            ids.append({JsonReader::index(JsonReader::join(casePath, key("events")), j), c.events.at(j).id});
        if (!uniqueIds(r, ids, eventIds))
            return;
        if (!c.createdAt.isValid())
            c.createdAt = now;
        if (!c.updatedAt.isValid())
            c.updatedAt = c.createdAt;
        document.cases.append(c);
        contents.append(caseContents);
    }

    // Ids the document leaves out are given after the highest one it uses.
    qint64 nextCase = 1;
    qint64 nextStatement = 1;
    qint64 nextAttachment = 1;
    qint64 nextEvent = 1;
    for (const Case &c : std::as_const(document.cases)) {
        nextCase = qMax(nextCase, c.id + 1);
        for (const CaseStatement &s : c.statements)
            nextStatement = qMax(nextStatement, s.id + 1);
        for (const CaseAttachment &a : c.attachments)
            nextAttachment = qMax(nextAttachment, a.id + 1);
        for (const CaseEvent &e : c.events)
            nextEvent = qMax(nextEvent, e.id + 1);
    }
    for (int i = 0; i < document.cases.size(); ++i) {
        Case &c = document.cases[i];
        if (c.id == 0)
            c.id = nextCase++;
        for (CaseStatement &s : c.statements) {
            if (s.id == 0)
                s.id = nextStatement++;
        }
        for (int j = 0; j < c.attachments.size(); ++j) {
            CaseAttachment &a = c.attachments[j];
            if (a.id == 0)
                a.id = nextAttachment++;
            document.attachmentContents.insert(a.id, contents.at(i).at(j));
        }
        for (CaseEvent &e : c.events) {
            if (e.id == 0)
                e.id = nextEvent++;
        }
    }
}

Status storeCasesSection(const QSqlDatabase &db, const Document &document)
{
    for (Case c : document.cases) {
        const Status s = CaseRepository::insertAsIs(db, c, document.attachmentContents);
        if (!s)
            return s;
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// letter_templates (format version 3): the register's edited decision-letter templates

Result<QJsonValue> exportLetterTemplatesSection(const Database &db)
{
    static const SystemClock clock; // reading the settings needs no time
    const RegisterSettings settings(db, clock);
    QJsonObject o;
    for (const LetterKind kind : LetterTemplate::allKinds()) {
        const Result<QString> stored = settings.value(LetterTemplates::settingKey(kind));
        if (!stored)
            return stored.error();
        if (!stored->isEmpty())
            o.insert(LetterTemplate::kindKey(kind), *stored);
    }
    // A register that uses the shipped letters leaves the section out.
    return o.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(o);
}

void readLetterTemplatesSection(JsonReader &r, const QJsonValue &value, const QString &path, Document &document,
                                const Clock &)
{
    QJsonObject o;
    QStringList keys;
    for (const LetterKind kind : LetterTemplate::allKinds())
        keys << LetterTemplate::kindKey(kind);
    if (!r.asObject(value, path, o) || !r.onlyKeys(o, path, keys))
        return;
    for (const LetterKind kind : LetterTemplate::allKinds()) {
        QString html;
        bool present = false;
        const QString key = LetterTemplate::kindKey(kind);
        if (!r.string(o, path, key, Need::Optional, html, &present) || !present)
            continue;
        if (html.trimmed().isEmpty()) {
            r.fail(JsonReader::join(path, key), RegisterExchange::tr("the template is empty."));
            return;
        }
        const QStringList unknown = LetterTemplate::unknownPlaceholders(html);
        if (!unknown.isEmpty()) {
            r.fail(JsonReader::join(path, key), LetterTemplate::unknownPlaceholdersMessage(unknown));
            return;
        }
        document.letterTemplates.append({kind, html});
    }
}

Status storeLetterTemplatesSection(const QSqlDatabase &db, const Document &document)
{
    for (const auto &[kind, html] : document.letterTemplates) {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO register_setting (setting_key, setting_value) VALUES (?, ?)"));
        insert.addBindValue(LetterTemplates::settingKey(kind));
        insert.addBindValue(html);
        if (!insert.exec())
            return ioError(insert.lastError().text());
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// inspectors, inspections, sanction_cases (format version 4): inspections and prikk cases

QString isoTimestamp(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue isoDateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// A time of day, "HH:MM" (24 hours).
bool readClockTime(JsonReader &r, const QJsonObject &o, const QString &path, const QString &name, Need need, QTime &out)
{
    QString text;
    bool present = false;
    if (!r.string(o, path, name, need, text, &present))
        return false;
    if (!present)
        return true;
    static const QRegularExpression shape(QStringLiteral("^\\d{2}:\\d{2}$"));
    const QTime time = shape.match(text).hasMatch() ? QTime::fromString(text, QStringLiteral("HH:mm")) : QTime();
    if (!time.isValid())
        return r.fail(JsonReader::join(path, name), RegisterExchange::tr("\"%1\" is not a valid time; write times as HH:MM.").arg(text));
    out = time;
    return true;
}

// Created/updated time stamps: optional, the import's time (and the creation time) when left out.
void readTimes(JsonReader &r, const QJsonObject &o, const QString &path, const QDateTime &now, QDateTime &createdAt,
               QDateTime &updatedAt)
{
    bool hasCreated = false;
    bool hasUpdated = false;
    r.dateTime(o, path, key("created_at"), Need::Optional, createdAt, &hasCreated);
    r.dateTime(o, path, key("updated_at"), Need::Optional, updatedAt, &hasUpdated);
    if (!hasCreated)
        createdAt = now;
    if (!hasUpdated)
        updatedAt = createdAt;
}

bool readFindingCode(JsonReader &r, const QJsonObject &o, const QString &path, QString &code)
{
    if (!r.string(o, path, key("code"), Need::Required, code))
        return false;
    if (!rules::Findings::find(code)) {
        QStringList codes;
        for (const rules::FindingCode &known : rules::Findings::all())
            codes.append(known.code);
        return r.failUnknownValue(JsonReader::join(path, key("code")), code, codes);
    }
    return true;
}

// The path that already uses `value`, or an empty string (and `value` is now used by `path`).
template<typename K>
QString firstUse(QHash<K, QString> &seen, const K &value, const QString &path)
{
    if (seen.contains(value))
        return seen.value(value);
    seen.insert(value, path);
    return {};
}

// A numbered row with children (inspection findings, sanction findings): its number, its id and
// its children's ids must be unique in the document. `numberMessage` has %1 (the number) and %2
// (the path that used it first).
template<typename Row, typename Child>
bool uniqueRow(JsonReader &r, const Row &row, QList<Child> Row::*children, const QString &rowPath,
               const QString &childrenPath, QHash<QString, QString> &numbers, QHash<qint64, QString> &ids,
               QHash<qint64, QString> &childIds, const QString &numberMessage)
{
    const QString otherNumber = firstUse(numbers, row.number, rowPath);
    if (!otherNumber.isEmpty())
        return r.fail(JsonReader::join(rowPath, QStringLiteral("number")), numberMessage.arg(row.number, otherNumber));
    if (!uniqueIds(r, {{rowPath, row.id}}, ids))
        return false;
    QList<QPair<QString, qint64>> childPaths;
    for (int j = 0; j < (row.*children).size(); ++j)
        childPaths.append({JsonReader::index(childrenPath, j), (row.*children).at(j).id});
    return uniqueIds(r, childPaths, childIds);
}

// Ids the document leaves out are given after the highest one it uses, for rows and their children.
template<typename Row, typename Child>
void assignMissingIds(QList<Row> &rows, QList<Child> Row::*children)
{
    qint64 nextRow = 1;
    qint64 nextChild = 1;
    for (const Row &row : std::as_const(rows)) {
        nextRow = qMax(nextRow, row.id + 1);
        for (const Child &child : row.*children)
            nextChild = qMax(nextChild, child.id + 1);
    }
    for (Row &row : rows) {
        if (row.id == 0)
            row.id = nextRow++;
        for (Child &child : row.*children) {
            if (child.id == 0)
                child.id = nextChild++;
        }
    }
}

Result<QJsonValue> exportInspectorsSection(const Database &db)
{
    const Result<QList<StoredInspector>> rows = InspectorRepository::readAll(db.connection());
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return QJsonValue(QJsonValue::Undefined); // no inspectors: the document stays readable by older programs
    QJsonArray array;
    for (const StoredInspector &row : *rows) {
        QJsonObject o = InspectorRepository::toJson(row.inspector);
        o.insert(key("created_at"), isoTimestamp(row.createdAt));
        o.insert(key("updated_at"), isoTimestamp(row.updatedAt));
        array.append(o);
    }
    return QJsonValue(array);
}

void readInspectorsSection(JsonReader &r, const QJsonValue &value, const QString &path, Document &document,
                           const Clock &clock)
{
    QJsonArray array;
    if (!r.asArray(value, path, array))
        return;
    QHash<qint64, QString> ids;
    const QDateTime now = clock.now().toUTC();
    for (int i = 0; i < array.size(); ++i) {
        const QString rowPath = JsonReader::index(path, i);
        QJsonObject o;
        if (!r.asObject(array.at(i), rowPath, o)
            || !r.onlyKeys(o, rowPath,
                           {key("id"), key("name"), key("organisation"), key("knowledge_test_passed"), key("active"),
                            key("created_at"), key("updated_at")})) {
            return;
        }
        StoredInspector row;
        // Inspections name their inspectors by id, so the id is required.
        r.integer(o, rowPath, key("id"), Need::Required, 1, row.inspector.id);
        r.string(o, rowPath, key("name"), Need::Required, row.inspector.name);
        if (r.ok() && row.inspector.name.trimmed().isEmpty())
            r.fail(JsonReader::join(rowPath, key("name")), RegisterExchange::tr("the name is empty."));
        r.string(o, rowPath, key("organisation"), Need::Optional, row.inspector.organisation);
        r.date(o, rowPath, key("knowledge_test_passed"), Need::Optional, row.inspector.knowledgeTestPassed);
        r.boolean(o, rowPath, key("active"), Need::Optional, row.inspector.active);
        readTimes(r, o, rowPath, now, row.createdAt, row.updatedAt);
        if (!r.ok())
            return;
        if (!uniqueIds(r, {{rowPath, row.inspector.id}}, ids))
            return;
        document.inspectors.append(row);
    }
}

Status storeInspectorsSection(const QSqlDatabase &db, const Document &document)
{
    return storeEach(db, document.inspectors, &InspectorRepository::insertAsIs);
}

Result<QJsonValue> exportInspectionsSection(const Database &db)
{
    const Result<QList<Inspection>> inspections = InspectionRepository::readAll(db.connection());
    if (!inspections)
        return inspections.error();
    if (inspections->isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    QJsonArray array;
    for (const Inspection &in : *inspections) {
        QJsonObject o = InspectionRepository::toJson(in);
        o.insert(key("created_at"), isoTimestamp(in.createdAt));
        o.insert(key("updated_at"), isoTimestamp(in.updatedAt));
        array.append(o);
    }
    return QJsonValue(array);
}

void readInspectionFinding(JsonReader &r, const QJsonValue &value, const QString &path, InspectionFinding &f)
{
    QJsonObject o;
    if (!r.asObject(value, path, o) || !r.onlyKeys(o, path, {key("id"), key("code"), key("description"), key("signs")}))
        return;
    r.integer(o, path, key("id"), Need::Optional, 1, f.id);
    readFindingCode(r, o, path, f.code);
    r.string(o, path, key("description"), Need::Optional, f.description);
    QJsonObject signsObject;
    bool hasSigns = false;
    if (!r.object(o, path, key("signs"), Need::Optional, signsObject, &hasSigns) || !hasSigns)
        return;
    const QString signsPath = JsonReader::join(path, key("signs"));
    if (!r.onlyKeys(signsObject, signsPath, {key("speech"), key("balance"), key("behaviour"), key("served"), key("served_at")}))
        return;
    IntoxicationSigns signs;
    r.string(signsObject, signsPath, key("speech"), Need::Optional, signs.speech);
    r.string(signsObject, signsPath, key("balance"), Need::Optional, signs.balance);
    r.string(signsObject, signsPath, key("behaviour"), Need::Optional, signs.behaviour);
    r.string(signsObject, signsPath, key("served"), Need::Optional, signs.served);
    readClockTime(r, signsObject, signsPath, key("served_at"), Need::Optional, signs.when);
    f.signs = signs;
}

void readInspectionsSection(JsonReader &r, const QJsonValue &value, const QString &path, Document &document,
                            const Clock &clock)
{
    QJsonArray array;
    if (!r.asArray(value, path, array))
        return;
    QSet<qint64> licenceIds;
    for (const Licence &l : std::as_const(document.licences))
        licenceIds.insert(l.id);
    QSet<qint64> inspectorIds;
    for (const StoredInspector &row : std::as_const(document.inspectors))
        inspectorIds.insert(row.inspector.id);
    QStringList typeKeys;
    for (const rules::InspectionType type : InspectionTexts::allTypes())
        typeKeys.append(InspectionTexts::typeKey(type));
    const QStringList modeKeys = {InspectionTexts::modeKey(InspectionMode::Anonymous), InspectionTexts::modeKey(InspectionMode::Open)};
    const QStringList checklistKeys = InspectionTexts::checklistKeys();
    QHash<qint64, QString> ids;
    QHash<QString, QString> numbers;
    QHash<qint64, QString> findingIds;
    const QDateTime now = clock.now().toUTC();
    for (int i = 0; i < array.size(); ++i) {
        const QString rowPath = JsonReader::index(path, i);
        QJsonObject o;
        if (!r.asObject(array.at(i), rowPath, o)
            || !r.onlyKeys(o, rowPath,
                           {key("id"), key("number"), key("licence_id"), key("date"), key("start"), key("end"), key("type"),
                            key("mode"), key("inspectors"), key("confirmed_single_inspector"), key("checklist"),
                            key("findings"), key("notes"), key("report_sent"), key("comments_received"), key("comments"),
                            key("created_at"), key("updated_at")})) {
            return;
        }
        Inspection in;
        r.integer(o, rowPath, key("id"), Need::Optional, 1, in.id);
        r.string(o, rowPath, key("number"), Need::Required, in.number);
        if (r.ok() && in.number.trimmed().isEmpty())
            r.fail(JsonReader::join(rowPath, key("number")), RegisterExchange::tr("the number is empty."));
        r.integer(o, rowPath, key("licence_id"), Need::Required, 1, in.licenceId);
        if (r.ok() && !licenceIds.contains(in.licenceId)) {
            r.fail(JsonReader::join(rowPath, key("licence_id")),
                   RegisterExchange::tr("no licence in the document has id %1.").arg(in.licenceId));
        }
        r.date(o, rowPath, key("date"), Need::Required, in.date);
        readClockTime(r, o, rowPath, key("start"), Need::Required, in.start);
        readClockTime(r, o, rowPath, key("end"), Need::Required, in.end);
        r.enumKey(o, rowPath, key("type"), Need::Required, &InspectionTexts::typeFromKey, typeKeys, in.type);
        r.enumKey(o, rowPath, key("mode"), Need::Required, &InspectionTexts::modeFromKey, modeKeys, in.mode);

        QJsonArray inspectors;
        r.array(o, rowPath, key("inspectors"), Need::Optional, inspectors);
        const QString inspectorsPath = JsonReader::join(rowPath, key("inspectors"));
        for (int j = 0; j < inspectors.size() && r.ok(); ++j) {
            const QString itemPath = JsonReader::index(inspectorsPath, j);
            qint64 id = 0;
            if (!r.asInteger(inspectors.at(j), itemPath, 1, id))
                break;
            if (!inspectorIds.contains(id))
                r.fail(itemPath, RegisterExchange::tr("no inspector in the document has id %1.").arg(id));
            else if (in.inspectorIds.contains(id))
                r.fail(itemPath, RegisterExchange::tr("inspector %1 is named twice.").arg(id));
            else
                in.inspectorIds.append(id);
        }
        r.boolean(o, rowPath, key("confirmed_single_inspector"), Need::Optional, in.confirmedSingleInspector);

        QJsonArray checklist;
        r.array(o, rowPath, key("checklist"), Need::Optional, checklist);
        const QString checklistPath = JsonReader::join(rowPath, key("checklist"));
        for (int j = 0; j < checklist.size() && r.ok(); ++j) {
            const QString itemPath = JsonReader::index(checklistPath, j);
            QJsonObject item;
            if (!r.asObject(checklist.at(j), itemPath, item)
                || !r.onlyKeys(item, itemPath, {key("key"), key("checked"), key("in_order"), key("note")})) {
                break;
            }
            ChecklistItem c;
            if (r.string(item, itemPath, key("key"), Need::Required, c.key)) {
                if (!checklistKeys.contains(c.key)) {
                    r.failUnknownValue(JsonReader::join(itemPath, key("key")), c.key, checklistKeys);
                } else {
                    for (const ChecklistItem &earlier : std::as_const(in.checklist)) {
                        if (earlier.key == c.key)
                            r.fail(JsonReader::join(itemPath, key("key")), RegisterExchange::tr("\"%1\" is listed twice.").arg(c.key));
                    }
                }
            }
            r.boolean(item, itemPath, key("checked"), Need::Optional, c.checked);
            r.boolean(item, itemPath, key("in_order"), Need::Optional, c.inOrder);
            r.string(item, itemPath, key("note"), Need::Optional, c.note);
            in.checklist.append(c);
        }

        QJsonArray findings;
        r.array(o, rowPath, key("findings"), Need::Optional, findings);
        const QString findingsPath = JsonReader::join(rowPath, key("findings"));
        for (int j = 0; j < findings.size() && r.ok(); ++j) {
            InspectionFinding f;
            readInspectionFinding(r, findings.at(j), JsonReader::index(findingsPath, j), f);
            in.findings.append(f);
        }

        r.string(o, rowPath, key("notes"), Need::Optional, in.notes);
        r.date(o, rowPath, key("report_sent"), Need::Optional, in.reportSent);
        r.date(o, rowPath, key("comments_received"), Need::Optional, in.commentsReceived);
        r.string(o, rowPath, key("comments"), Need::Optional, in.comments);
        readTimes(r, o, rowPath, now, in.createdAt, in.updatedAt);
        if (!r.ok())
            return;

        if (!uniqueRow(r, in, &Inspection::findings, rowPath, findingsPath, numbers, ids, findingIds,
                       RegisterExchange::tr("inspection number %1 is already used by %2.")))
            return;
        document.inspections.append(in);
    }

    assignMissingIds(document.inspections, &Inspection::findings);
}

Status storeInspectionsSection(const QSqlDatabase &db, const Document &document)
{
    return storeEach(db, document.inspections, &InspectionRepository::insertAsIs);
}

Result<QJsonValue> exportSanctionCasesSection(const Database &db)
{
    const Result<QList<SanctionCase>> cases = SanctionRepository::readAll(db.connection());
    if (!cases)
        return cases.error();
    if (cases->isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    QJsonArray array;
    for (const SanctionCase &c : *cases) {
        QJsonObject o;
        o.insert(key("id"), c.id);
        o.insert(key("number"), c.number);
        o.insert(key("licence_id"), c.licenceId);
        o.insert(key("status"), SanctionTexts::statusKey(c.status));
        QJsonArray findings;
        for (const SanctionFinding &f : c.findings) {
            QJsonObject fo;
            fo.insert(key("id"), f.id);
            fo.insert(key("inspection_finding_id"),
                      f.inspectionFindingId ? QJsonValue(f.inspectionFindingId) : QJsonValue(QJsonValue::Null));
            fo.insert(key("code"), f.code);
            fo.insert(key("offence_date"), isoDateOrNull(f.offenceDate));
            fo.insert(key("source"), f.source);
            fo.insert(key("standard_prikker"), f.standardPrikker);
            fo.insert(key("decided_prikker"), f.decidedPrikker ? QJsonValue(*f.decidedPrikker) : QJsonValue(QJsonValue::Null));
            fo.insert(key("reason"), f.reason);
            findings.append(fo);
        }
        o.insert(key("findings"), findings);
        o.insert(key("notice_sent"), isoDateOrNull(c.noticeSent));
        o.insert(key("response_deadline"), isoDateOrNull(c.responseDeadline));
        o.insert(key("response"), c.response);
        o.insert(key("decided_on"), isoDateOrNull(c.decidedOn));
        o.insert(key("decided_by"), c.decidedBy);
        o.insert(key("reference"), c.reference);
        QJsonValue suspension(QJsonValue::Null);
        if (c.suspension) {
            suspension = QJsonObject{{key("notice_sent"), isoDateOrNull(c.suspension->noticeSent)},
                                     {key("decided"), isoDateOrNull(c.suspension->decided)},
                                     {key("days"), c.suspension->days},
                                     {key("from"), isoDateOrNull(c.suspension->from)},
                                     {key("to"), isoDateOrNull(c.suspension->to)}};
        }
        o.insert(key("suspension"), suspension);
        QJsonValue appeal(QJsonValue::Null);
        if (c.appeal) {
            appeal = QJsonObject{{key("received"), isoDateOrNull(c.appeal->received)},
                                 {key("grounds"), c.appeal->grounds},
                                 {key("outcome_on"), isoDateOrNull(c.appeal->outcomeOn)},
                                 {key("overturned"),
                                  c.appeal->overturned ? QJsonValue(*c.appeal->overturned) : QJsonValue(QJsonValue::Null)}};
        }
        o.insert(key("appeal"), appeal);
        o.insert(key("notes"), c.notes);
        o.insert(key("created_at"), isoTimestamp(c.createdAt));
        o.insert(key("updated_at"), isoTimestamp(c.updatedAt));
        array.append(o);
    }
    return QJsonValue(array);
}

bool readSmallCount(JsonReader &r, const QJsonObject &o, const QString &path, const QString &name, Need need, int &out,
                    bool *present = nullptr)
{
    qint64 value = 0;
    bool there = false;
    if (!r.integer(o, path, name, need, 0, value, &there))
        return false;
    if (present)
        *present = there;
    if (!there)
        return true;
    if (value > std::numeric_limits<int>::max())
        return r.fail(JsonReader::join(path, name), RegisterExchange::tr("the number is too large."));
    out = static_cast<int>(value);
    return true;
}

void readSanctionFinding(JsonReader &r, const QJsonValue &value, const QString &path, SanctionFinding &f)
{
    QJsonObject o;
    if (!r.asObject(value, path, o)
        || !r.onlyKeys(o, path,
                       {key("id"), key("inspection_finding_id"), key("code"), key("offence_date"), key("source"),
                        key("standard_prikker"), key("decided_prikker"), key("reason")})) {
        return;
    }
    r.integer(o, path, key("id"), Need::Optional, 1, f.id);
    r.integer(o, path, key("inspection_finding_id"), Need::Optional, 1, f.inspectionFindingId);
    readFindingCode(r, o, path, f.code);
    r.date(o, path, key("offence_date"), Need::Required, f.offenceDate);
    r.string(o, path, key("source"), Need::Optional, f.source);
    readSmallCount(r, o, path, key("standard_prikker"), Need::Required, f.standardPrikker);
    int decided = 0;
    bool hasDecided = false;
    readSmallCount(r, o, path, key("decided_prikker"), Need::Optional, decided, &hasDecided);
    if (hasDecided)
        f.decidedPrikker = decided;
    r.string(o, path, key("reason"), Need::Optional, f.reason);
}

void readSanctionCasesSection(JsonReader &r, const QJsonValue &value, const QString &path, Document &document,
                              const Clock &clock)
{
    QJsonArray array;
    if (!r.asArray(value, path, array))
        return;
    QSet<qint64> licenceIds;
    for (const Licence &l : std::as_const(document.licences))
        licenceIds.insert(l.id);
    QSet<qint64> inspectionFindingIds;
    for (const Inspection &in : std::as_const(document.inspections)) {
        for (const InspectionFinding &f : in.findings)
            inspectionFindingIds.insert(f.id);
    }
    QStringList statusKeys;
    for (const SanctionStatus status : SanctionTexts::allStatuses())
        statusKeys.append(SanctionTexts::statusKey(status));
    QHash<qint64, QString> ids;
    QHash<QString, QString> numbers;
    QHash<qint64, QString> findingIds;
    QHash<qint64, QString> usedInspectionFindings;
    const QDateTime now = clock.now().toUTC();
    for (int i = 0; i < array.size(); ++i) {
        const QString rowPath = JsonReader::index(path, i);
        QJsonObject o;
        if (!r.asObject(array.at(i), rowPath, o)
            || !r.onlyKeys(o, rowPath,
                           {key("id"), key("number"), key("licence_id"), key("status"), key("findings"), key("notice_sent"),
                            key("response_deadline"), key("response"), key("decided_on"), key("decided_by"),
                            key("reference"), key("suspension"), key("appeal"), key("notes"), key("created_at"),
                            key("updated_at")})) {
            return;
        }
        SanctionCase c;
        r.integer(o, rowPath, key("id"), Need::Optional, 1, c.id);
        r.string(o, rowPath, key("number"), Need::Required, c.number);
        if (r.ok() && c.number.trimmed().isEmpty())
            r.fail(JsonReader::join(rowPath, key("number")), RegisterExchange::tr("the number is empty."));
        r.integer(o, rowPath, key("licence_id"), Need::Required, 1, c.licenceId);
        if (r.ok() && !licenceIds.contains(c.licenceId)) {
            r.fail(JsonReader::join(rowPath, key("licence_id")),
                   RegisterExchange::tr("no licence in the document has id %1.").arg(c.licenceId));
        }
        r.enumKey(o, rowPath, key("status"), Need::Required, &SanctionTexts::statusFromKey, statusKeys, c.status);

        QJsonArray findings;
        r.array(o, rowPath, key("findings"), Need::Optional, findings);
        const QString findingsPath = JsonReader::join(rowPath, key("findings"));
        for (int j = 0; j < findings.size() && r.ok(); ++j) {
            const QString findingPath = JsonReader::index(findingsPath, j);
            SanctionFinding f;
            readSanctionFinding(r, findings.at(j), findingPath, f);
            if (r.ok() && f.inspectionFindingId != 0) {
                const QString idPath = JsonReader::join(findingPath, key("inspection_finding_id"));
                if (!inspectionFindingIds.contains(f.inspectionFindingId)) {
                    r.fail(idPath, RegisterExchange::tr("no inspection finding in the document has id %1.").arg(f.inspectionFindingId));
                } else {
                    const QString other = firstUse(usedInspectionFindings, f.inspectionFindingId, findingPath);
                    if (!other.isEmpty()) {
                        r.fail(idPath, RegisterExchange::tr("inspection finding %1 is already in %2.")
                                           .arg(f.inspectionFindingId)
                                           .arg(other));
                    }
                }
            }
            c.findings.append(f);
        }

        r.date(o, rowPath, key("notice_sent"), Need::Optional, c.noticeSent);
        r.date(o, rowPath, key("response_deadline"), Need::Optional, c.responseDeadline);
        r.string(o, rowPath, key("response"), Need::Optional, c.response);
        r.date(o, rowPath, key("decided_on"), Need::Optional, c.decidedOn);
        r.string(o, rowPath, key("decided_by"), Need::Optional, c.decidedBy);
        r.string(o, rowPath, key("reference"), Need::Optional, c.reference);

        QJsonObject suspensionObject;
        bool hasSuspension = false;
        r.object(o, rowPath, key("suspension"), Need::Optional, suspensionObject, &hasSuspension);
        const QString suspensionPath = JsonReader::join(rowPath, key("suspension"));
        if (hasSuspension
            && r.onlyKeys(suspensionObject, suspensionPath, {key("notice_sent"), key("decided"), key("days"), key("from"), key("to")})) {
            SanctionSuspension s;
            r.date(suspensionObject, suspensionPath, key("notice_sent"), Need::Optional, s.noticeSent);
            r.date(suspensionObject, suspensionPath, key("decided"), Need::Optional, s.decided);
            readSmallCount(r, suspensionObject, suspensionPath, key("days"), Need::Required, s.days);
            r.date(suspensionObject, suspensionPath, key("from"), Need::Optional, s.from);
            r.date(suspensionObject, suspensionPath, key("to"), Need::Optional, s.to);
            if (r.ok() && s.from.isValid() && s.to.isValid() && s.to < s.from)
                r.fail(JsonReader::join(suspensionPath, key("to")), RegisterExchange::tr("the last day is before the first day."));
            c.suspension = s;
        }

        QJsonObject appealObject;
        bool hasAppeal = false;
        r.object(o, rowPath, key("appeal"), Need::Optional, appealObject, &hasAppeal);
        const QString appealPath = JsonReader::join(rowPath, key("appeal"));
        if (hasAppeal && r.onlyKeys(appealObject, appealPath, {key("received"), key("grounds"), key("outcome_on"), key("overturned")})) {
            SanctionAppeal a;
            r.date(appealObject, appealPath, key("received"), Need::Required, a.received);
            r.string(appealObject, appealPath, key("grounds"), Need::Optional, a.grounds);
            r.date(appealObject, appealPath, key("outcome_on"), Need::Optional, a.outcomeOn);
            bool overturned = false;
            bool hasOverturned = false;
            r.boolean(appealObject, appealPath, key("overturned"), Need::Optional, overturned, &hasOverturned);
            if (hasOverturned)
                a.overturned = overturned;
            c.appeal = a;
        }

        r.string(o, rowPath, key("notes"), Need::Optional, c.notes);
        readTimes(r, o, rowPath, now, c.createdAt, c.updatedAt);
        if (!r.ok())
            return;

        if (!uniqueRow(r, c, &SanctionCase::findings, rowPath, findingsPath, numbers, ids, findingIds,
                       RegisterExchange::tr("sanction case number %1 is already used by %2.")))
            return;
        document.sanctionCases.append(c);
    }

    assignMissingIds(document.sanctionCases, &SanctionCase::findings);
}

Status storeSanctionCasesSection(const QSqlDatabase &db, const Document &document)
{
    return storeEach(db, document.sanctionCases, &SanctionRepository::insertAsIs);
}

// ---------------------------------------------------------------------------------------------
// turnover_reports, fee_cycle, fee_lines, fee_payments (format version 5): the yearly fee cycle

QJsonValue litresJson(const std::optional<GroupLitres> &litres)
{
    if (!litres)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{key("group1"), litres->group[0]}, {key("group2"), litres->group[1]}, {key("group3"), litres->group[2]}};
}

// A number of litres: finite and 0 or more.
bool readLitre(JsonReader &r, const QJsonObject &o, const QString &path, const QString &name, double &out)
{
    const QString at = JsonReader::join(path, name);
    const auto it = o.constFind(name);
    if (it == o.constEnd())
        return r.fail(at, RegisterExchange::tr("this member is required but missing."));
    if (!it.value().isDouble() || !std::isfinite(it.value().toDouble()) || it.value().toDouble() < 0)
        return r.fail(at, RegisterExchange::tr("must be a number of litres, 0 or more."));
    out = it.value().toDouble();
    return true;
}

// Litres per group ({"group1", "group2", "group3"}) or null.
void readLitres(JsonReader &r, const QJsonObject &o, const QString &path, const QString &name,
                std::optional<GroupLitres> &out)
{
    const auto it = o.constFind(name);
    if (it == o.constEnd() || it.value().isNull())
        return;
    const QString at = JsonReader::join(path, name);
    QJsonObject litresObject;
    if (!r.asObject(it.value(), at, litresObject) || !r.onlyKeys(litresObject, at, {key("group1"), key("group2"), key("group3")}))
        return;
    GroupLitres litres;
    for (int g = 0; g < 3 && r.ok(); ++g)
        readLitre(r, litresObject, at, QStringLiteral("group%1").arg(g + 1), litres.group[g]);
    if (r.ok())
        out = litres;
}

// A year from 2000 to 2100.
void readYear(JsonReader &r, const QJsonObject &o, const QString &path, const QString &name, int &out)
{
    qint64 year = 0;
    if (!r.integer(o, path, name, Need::Required, 2000, year))
        return;
    if (year > 2100) {
        r.fail(JsonReader::join(path, name), RegisterExchange::tr("must be a year from 2000 to 2100 (found %1).").arg(year));
        return;
    }
    out = static_cast<int>(year);
}

QSet<qint64> licenceIdsOf(const Document &document)
{
    QSet<qint64> ids;
    for (const Licence &l : document.licences)
        ids.insert(l.id);
    return ids;
}

bool checkLicenceId(JsonReader &r, const QSet<qint64> &licenceIds, qint64 id, const QString &rowPath)
{
    if (licenceIds.contains(id))
        return true;
    return r.fail(JsonReader::join(rowPath, key("licence_id")), RegisterExchange::tr("no licence in the document has id %1.").arg(id));
}

// Ids given must be unique in the section; the missing ones are assigned after the highest.
template<typename Row>
void assignIds(QList<Row> &rows)
{
    qint64 next = 1;
    for (const Row &row : std::as_const(rows))
        next = qMax(next, row.id + 1);
    for (Row &row : rows) {
        if (row.id == 0)
            row.id = next++;
    }
}

Result<QJsonValue> exportTurnoverReportsSection(const Database &db)
{
    const Result<QList<TurnoverReport>> reports = TurnoverRepository::readAll(db.connection());
    if (!reports)
        return reports.error();
    if (reports->isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    QJsonArray array;
    for (const TurnoverReport &t : *reports) {
        QJsonObject o;
        o.insert(key("id"), t.id);
        o.insert(key("licence_id"), t.licenceId);
        o.insert(key("year"), t.year);
        o.insert(key("received_on"), isoDateOrNull(t.receivedOn));
        o.insert(key("actual"), litresJson(t.actual));
        o.insert(key("expected"), litresJson(t.expected));
        o.insert(key("auditor_confirmed"), t.auditorConfirmed);
        o.insert(key("requested_on"), isoDateOrNull(t.requestedOn));
        o.insert(key("reminder_sent_on"), isoDateOrNull(t.reminderSentOn));
        o.insert(key("note"), t.note);
        o.insert(key("created_at"), isoTimestamp(t.createdAt));
        o.insert(key("updated_at"), isoTimestamp(t.updatedAt));
        array.append(o);
    }
    return QJsonValue(array);
}

void readTurnoverReportsSection(JsonReader &r, const QJsonValue &value, const QString &path, Document &document,
                                const Clock &clock)
{
    QJsonArray array;
    if (!r.asArray(value, path, array))
        return;
    const QSet<qint64> licenceIds = licenceIdsOf(document);
    QHash<qint64, QString> ids;
    QHash<QString, QString> licenceYears;
    const QDateTime now = clock.now().toUTC();
    for (int i = 0; i < array.size(); ++i) {
        const QString rowPath = JsonReader::index(path, i);
        QJsonObject o;
        if (!r.asObject(array.at(i), rowPath, o)
            || !r.onlyKeys(o, rowPath,
                           {key("id"), key("licence_id"), key("year"), key("received_on"), key("actual"), key("expected"),
                            key("auditor_confirmed"), key("requested_on"), key("reminder_sent_on"), key("note"),
                            key("created_at"), key("updated_at")})) {
            return;
        }
        TurnoverReport t;
        r.integer(o, rowPath, key("id"), Need::Optional, 1, t.id);
        if (r.integer(o, rowPath, key("licence_id"), Need::Required, 1, t.licenceId))
            checkLicenceId(r, licenceIds, t.licenceId, rowPath);
        readYear(r, o, rowPath, key("year"), t.year);
        r.date(o, rowPath, key("received_on"), Need::Optional, t.receivedOn);
        readLitres(r, o, rowPath, key("actual"), t.actual);
        readLitres(r, o, rowPath, key("expected"), t.expected);
        r.boolean(o, rowPath, key("auditor_confirmed"), Need::Optional, t.auditorConfirmed);
        r.date(o, rowPath, key("requested_on"), Need::Optional, t.requestedOn);
        r.date(o, rowPath, key("reminder_sent_on"), Need::Optional, t.reminderSentOn);
        r.string(o, rowPath, key("note"), Need::Optional, t.note);
        readTimes(r, o, rowPath, now, t.createdAt, t.updatedAt);
        if (!r.ok())
            return;
        if (!uniqueIds(r, {{rowPath, t.id}}, ids))
            return;
        const QString other = firstUse(licenceYears, QStringLiteral("%1/%2").arg(t.licenceId).arg(t.year), rowPath);
        if (!other.isEmpty()) {
            r.fail(JsonReader::join(rowPath, key("year")),
                   RegisterExchange::tr("the report of licence %1 for %2 is already given by %3.").arg(t.licenceId).arg(t.year).arg(other));
            return;
        }
        document.turnoverReports.append(t);
    }
    assignIds(document.turnoverReports);
}

Status storeTurnoverReportsSection(const QSqlDatabase &db, const Document &document)
{
    return storeEach(db, document.turnoverReports, &TurnoverRepository::insertAsIs);
}

// The settings are written only when they differ from the defaults, so that a register that never
// changed them is still written as an older version.
Result<QJsonValue> exportFeeCycleSection(const Database &db)
{
    const Result<FeeCycleSettings> settings = TurnoverRepository::readSettings(db.connection());
    if (!settings)
        return settings.error();
    if (*settings == FeeCycleSettings())
        return QJsonValue(QJsonValue::Undefined);
    return QJsonValue(QJsonObject{
        {key("true_up"), settings->trueUp},
        {key("auditor_confirmation_required"), settings->auditorConfirmationRequired},
        {key("change_threshold_percent"), settings->changeThresholdPercent},
        {key("reminder_reply_days"), settings->reminderReplyDays},
        {key("payment_days"), settings->paymentDays},
    });
}

void readFeeCycleSection(JsonReader &r, const QJsonValue &value, const QString &path, Document &document, const Clock &)
{
    QJsonObject o;
    if (!r.asObject(value, path, o)
        || !r.onlyKeys(o, path,
                       {key("true_up"), key("auditor_confirmation_required"), key("change_threshold_percent"),
                        key("reminder_reply_days"), key("payment_days")})) {
        return;
    }
    FeeCycleSettings s;
    r.boolean(o, path, key("true_up"), Need::Optional, s.trueUp);
    r.boolean(o, path, key("auditor_confirmation_required"), Need::Optional, s.auditorConfirmationRequired);
    const auto threshold = o.constFind(key("change_threshold_percent"));
    if (r.ok() && threshold != o.constEnd()) {
        const double percent = threshold.value().toDouble(-1);
        if (!threshold.value().isDouble() || !(percent > 0 && percent <= 1000)) {
            r.fail(JsonReader::join(path, key("change_threshold_percent")),
                   RegisterExchange::tr("must be a percentage above 0 and at most 1000."));
            return;
        }
        s.changeThresholdPercent = percent;
    }
    for (const auto &[name, field] : {std::pair<QString, int *>{key("reminder_reply_days"), &s.reminderReplyDays},
                                      std::pair<QString, int *>{key("payment_days"), &s.paymentDays}}) {
        qint64 days = *field;
        bool present = false;
        if (!r.integer(o, path, name, Need::Optional, 1, days, &present))
            return;
        if (present && days > 365) {
            r.fail(JsonReader::join(path, name), RegisterExchange::tr("must be from 1 to 365 days (found %1).").arg(days));
            return;
        }
        *field = static_cast<int>(days);
    }
    document.feeCycle = s;
}

Status storeFeeCycleSection(const QSqlDatabase &db, const Document &document)
{
    if (!document.feeCycle)
        return {};
    return TurnoverRepository::restoreSettings(db, *document.feeCycle);
}

Result<QJsonValue> exportFeeLinesSection(const Database &db)
{
    const Result<QList<FeeLine>> lines = FeeRepository::readAllLines(db.connection());
    if (!lines)
        return lines.error();
    if (lines->isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    QJsonArray array;
    for (const FeeLine &line : *lines) {
        QJsonObject o;
        o.insert(key("id"), line.id);
        o.insert(key("year"), line.year);
        o.insert(key("licence_id"), line.licenceId);
        o.insert(key("kind"), FeeTexts::kindKey(line.kind));
        o.insert(key("basis_year"), line.basisYear);
        o.insert(key("case_id"), line.caseId ? QJsonValue(*line.caseId) : QJsonValue(QJsonValue::Null));
        o.insert(key("litres"), litresJson(line.litres));
        o.insert(key("expected_litres"), litresJson(line.expectedLitres));
        o.insert(key("amount_ore"), qRound64(line.amount * 100.0));
        o.insert(key("minimum_applied"), line.minimumApplied);
        o.insert(key("basis"), line.basis);
        o.insert(key("issued_on"), isoDateOrNull(line.issuedOn));
        o.insert(key("due_on"), isoDateOrNull(line.dueOn));
        array.append(o);
    }
    return QJsonValue(array);
}

void readFeeLinesSection(JsonReader &r, const QJsonValue &value, const QString &path, Document &document, const Clock &)
{
    QJsonArray array;
    if (!r.asArray(value, path, array))
        return;
    const QSet<qint64> licenceIds = licenceIdsOf(document);
    QSet<qint64> caseIds;
    for (const Case &c : std::as_const(document.cases))
        caseIds.insert(c.id);
    QStringList kindKeys;
    for (const FeeLineKind kind : FeeTexts::allKinds())
        kindKeys.append(FeeTexts::kindKey(kind));
    QHash<qint64, QString> ids;
    for (int i = 0; i < array.size(); ++i) {
        const QString rowPath = JsonReader::index(path, i);
        QJsonObject o;
        if (!r.asObject(array.at(i), rowPath, o)
            || !r.onlyKeys(o, rowPath,
                           {key("id"), key("year"), key("licence_id"), key("kind"), key("basis_year"), key("case_id"),
                            key("litres"), key("expected_litres"), key("amount_ore"), key("minimum_applied"), key("basis"),
                            key("issued_on"), key("due_on")})) {
            return;
        }
        FeeLine line;
        r.integer(o, rowPath, key("id"), Need::Optional, 1, line.id);
        readYear(r, o, rowPath, key("year"), line.year);
        if (r.integer(o, rowPath, key("licence_id"), Need::Required, 1, line.licenceId))
            checkLicenceId(r, licenceIds, line.licenceId, rowPath);
        r.enumKey(o, rowPath, key("kind"), Need::Required, &FeeTexts::kindFromKey, kindKeys, line.kind);
        readYear(r, o, rowPath, key("basis_year"), line.basisYear);
        const auto caseValue = o.constFind(key("case_id"));
        if (r.ok() && caseValue != o.constEnd() && !caseValue.value().isNull()) {
            qint64 caseId = 0;
            const QString casePath = JsonReader::join(rowPath, key("case_id"));
            if (r.asInteger(caseValue.value(), casePath, 1, caseId)) {
                if (!caseIds.contains(caseId))
                    r.fail(casePath, RegisterExchange::tr("no case in the document has id %1.").arg(caseId));
                else
                    line.caseId = caseId;
            }
        }
        readLitres(r, o, rowPath, key("litres"), line.litres);
        readLitres(r, o, rowPath, key("expected_litres"), line.expectedLitres);
        qint64 ore = 0;
        if (r.integer(o, rowPath, key("amount_ore"), Need::Required, std::numeric_limits<qint64>::min(), ore))
            line.amount = double(ore) / 100.0;
        r.boolean(o, rowPath, key("minimum_applied"), Need::Optional, line.minimumApplied);
        r.string(o, rowPath, key("basis"), Need::Optional, line.basis);
        r.date(o, rowPath, key("issued_on"), Need::Required, line.issuedOn);
        r.date(o, rowPath, key("due_on"), Need::Required, line.dueOn);
        if (r.ok() && line.dueOn < line.issuedOn)
            r.fail(JsonReader::join(rowPath, key("due_on")), RegisterExchange::tr("is before issued_on."));
        if (!r.ok())
            return;
        if (!uniqueIds(r, {{rowPath, line.id}}, ids))
            return;
        document.feeLines.append(line);
    }
    assignIds(document.feeLines);
}

Status storeFeeLinesSection(const QSqlDatabase &db, const Document &document)
{
    return storeEach(db, document.feeLines, &FeeRepository::insertAsIs);
}

Result<QJsonValue> exportFeePaymentsSection(const Database &db)
{
    const Result<QList<FeePayment>> payments = FeeRepository::readAllPayments(db.connection());
    if (!payments)
        return payments.error();
    if (payments->isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    QJsonArray array;
    for (const FeePayment &p : *payments) {
        QJsonObject o;
        o.insert(key("id"), p.id);
        o.insert(key("fee_line_id"), p.feeLineId);
        o.insert(key("paid_on"), isoDateOrNull(p.paidOn));
        o.insert(key("amount_ore"), qRound64(p.amount * 100.0));
        o.insert(key("note"), p.note);
        o.insert(key("created_at"), isoTimestamp(p.createdAt));
        o.insert(key("user"), p.createdBy);
        array.append(o);
    }
    return QJsonValue(array);
}

void readFeePaymentsSection(JsonReader &r, const QJsonValue &value, const QString &path, Document &document,
                            const Clock &clock)
{
    QJsonArray array;
    if (!r.asArray(value, path, array))
        return;
    QSet<qint64> lineIds;
    for (const FeeLine &line : std::as_const(document.feeLines))
        lineIds.insert(line.id);
    QHash<qint64, QString> ids;
    const QDateTime now = clock.now().toUTC();
    for (int i = 0; i < array.size(); ++i) {
        const QString rowPath = JsonReader::index(path, i);
        QJsonObject o;
        if (!r.asObject(array.at(i), rowPath, o)
            || !r.onlyKeys(o, rowPath,
                           {key("id"), key("fee_line_id"), key("paid_on"), key("amount_ore"), key("note"), key("created_at"),
                            key("user")})) {
            return;
        }
        FeePayment p;
        r.integer(o, rowPath, key("id"), Need::Optional, 1, p.id);
        if (r.integer(o, rowPath, key("fee_line_id"), Need::Required, 1, p.feeLineId) && !lineIds.contains(p.feeLineId)) {
            r.fail(JsonReader::join(rowPath, key("fee_line_id")),
                   RegisterExchange::tr("no fee line in the document has id %1.").arg(p.feeLineId));
        }
        r.date(o, rowPath, key("paid_on"), Need::Required, p.paidOn);
        qint64 ore = 0;
        if (r.integer(o, rowPath, key("amount_ore"), Need::Required, 1, ore))
            p.amount = double(ore) / 100.0;
        r.string(o, rowPath, key("note"), Need::Optional, p.note);
        bool hasCreated = false;
        r.dateTime(o, rowPath, key("created_at"), Need::Optional, p.createdAt, &hasCreated);
        if (!hasCreated)
            p.createdAt = now;
        r.string(o, rowPath, key("user"), Need::Optional, p.createdBy);
        if (!r.ok())
            return;
        if (!uniqueIds(r, {{rowPath, p.id}}, ids))
            return;
        document.feePayments.append(p);
    }
    assignIds(document.feePayments);
}

Status storeFeePaymentsSection(const QSqlDatabase &db, const Document &document)
{
    return storeEach(db, document.feePayments, &FeeRepository::insertAsIs);
}

// ---------------------------------------------------------------------------------------------

const QList<Section> &sections()
{
    static const QList<Section> all = {
        {key("register"), true, &exportRegisterSection, &readRegisterSection, &storeRegisterSection},
        {key("licences"), true, &exportLicencesSection, &readLicencesSection, &storeLicencesSection},
        {key("audit_log"), false, &exportAuditSection, &readAuditSection, &storeAuditSection},
        {key("rule_sets"), false, &exportRuleSetsSection, &readRuleSetsSection, &storeRuleSetsSection, 2},
        {key("fee_rates"), false, &exportFeeRatesSection, &readFeeRatesSection, &storeFeeRatesSection, 2},
        {key("cases"), false, &exportCasesSection, &readCasesSection, &storeCasesSection, 3},
        {key("letter_templates"), false, &exportLetterTemplatesSection, &readLetterTemplatesSection,
         &storeLetterTemplatesSection, 3},
        {key("inspectors"), false, &exportInspectorsSection, &readInspectorsSection, &storeInspectorsSection, 4},
        {key("inspections"), false, &exportInspectionsSection, &readInspectionsSection, &storeInspectionsSection, 4},
        {key("sanction_cases"), false, &exportSanctionCasesSection, &readSanctionCasesSection,
         &storeSanctionCasesSection, 4},
        {key("turnover_reports"), false, &exportTurnoverReportsSection, &readTurnoverReportsSection,
         &storeTurnoverReportsSection, 5},
        {key("fee_cycle"), false, &exportFeeCycleSection, &readFeeCycleSection, &storeFeeCycleSection, 5},
        {key("fee_lines"), false, &exportFeeLinesSection, &readFeeLinesSection, &storeFeeLinesSection, 5},
        {key("fee_payments"), false, &exportFeePaymentsSection, &readFeePaymentsSection, &storeFeePaymentsSection, 5},
    };
    return all;
}

// JSON text of `value` as a member of the top-level object: indented like QJsonDocument does
// it, one level in.
QByteArray memberText(const QString &name, const QJsonValue &value)
{
    QByteArray text;
    if (value.isObject() || value.isArray()) {
        text = value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)
                                : QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
        if (text.endsWith('\n'))
            text.chop(1);
        text.replace("\n", "\n    ");
    } else {
        text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        text = text.mid(1, text.size() - 2); // drop the brackets
    }
    QByteArray nameText = QJsonDocument(QJsonArray{name}).toJson(QJsonDocument::Compact);
    nameText = nameText.mid(1, nameText.size() - 2);
    return QByteArrayLiteral("    ") + nameText + QByteArrayLiteral(": ") + text;
}

Result<Document> parseDocument(const QByteArray &json, const Clock &clock)
{
    QJsonParseError parseError;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        return makeError(ErrorInvalid,
                         RegisterExchange::tr("The file is not valid JSON: %1 at line %2, column %3.")
                             .arg(parseError.errorString())
                             .arg(line)
                             .arg(column));
    }
    if (!parsed.isObject()) {
        return makeError(ErrorInvalid, RegisterExchange::tr("The file is not a Bevilling register export: it must be a JSON "
                                                            "object with \"format\": \"%1\".")
                                           .arg(FormatName));
    }
    const QJsonObject root = parsed.object();
    JsonReader r;
    QString format;
    if (!r.string(root, {}, key("format"), Need::Required, format))
        return r.error();
    if (format != FormatName) {
        r.fail(key("format"), RegisterExchange::tr("\"%1\" is not a Bevilling register export; expected \"%2\".")
                                  .arg(format, FormatName));
        return r.error();
    }
    qint64 version = 0;
    if (!r.integer(root, {}, key("format_version"), Need::Required, 1, version))
        return r.error();
    if (version > FormatVersion) {
        r.fail(key("format_version"), RegisterExchange::tr("version %1 was written by a newer Bevilling; this program "
                                                           "reads versions up to %2. Update the program to import it.")
                                          .arg(version)
                                          .arg(FormatVersion));
        return r.error();
    }
    QStringList known = {key("format"), key("format_version")};
    for (const Section &section : sections())
        known.append(section.key);
    if (!r.onlyKeys(root, {}, known))
        return r.error();

    Document document;
    document.formatVersion = static_cast<int>(version);
    for (const Section &section : sections()) {
        const auto it = root.constFind(section.key);
        if (it == root.constEnd()) {
            if (section.required)
                r.fail(section.key, RegisterExchange::tr("this section is required but missing."));
        } else if (section.sinceVersion > document.formatVersion) {
            r.fail(section.key, RegisterExchange::tr("this section belongs to format version %1 or later; the document "
                                                     "says version %2.")
                                    .arg(section.sinceVersion)
                                    .arg(document.formatVersion));
        } else {
            section.read(r, it.value(), section.key, document, clock);
        }
        if (!r.ok())
            return r.error();
    }
    return document;
}

Result<bool> isEmptyRegister(const QSqlDatabase &db)
{
    // Table names are constants of this file, never input.
    for (const QString &table : {key("licence"), key("audit_log"), key("case_file"), key("inspector"), key("inspection"),
                                 key("sanction_case"), key("turnover_report"), key("fee_line"), key("fee_payment")}) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT count(*) FROM ") + table);
        if (!query.exec() || !query.next())
            return ioError(query.lastError().text());
        if (query.value(0).toLongLong() > 0)
            return false;
    }
    return true;
}

} // namespace

Result<Licence> readApplication(const QJsonValue &value, const QString &path)
{
    static const SystemClock clock; // an application's time stamps are never filled in
    JsonReader r;
    ParsedLicence parsed;
    parsed.application = true;
    readLicence(r, value, path, clock, parsed);
    if (!r.ok())
        return r.error();
    return parsed.licence;
}

Result<QByteArray> exportRegister(const Database &db)
{
    // A register that version 1 describes completely is written as version 1, so that older
    // programs still read it.
    int version = 1;
    QList<QPair<QString, QJsonValue>> members = {
        {key("format"), FormatName},
        {key("format_version"), version},
    };
    for (const Section &section : sections()) {
        const Result<QJsonValue> value = section.exportSection(db);
        if (!value)
            return makeError(ErrorIo, value.error().message, {}, value.error().detail);
        if (value->isUndefined() && !section.required)
            continue;
        members.append({section.key, *value});
        version = qMax(version, section.sinceVersion);
    }
    members[1].second = version;
    QByteArray out = QByteArrayLiteral("{\n");
    for (int i = 0; i < members.size(); ++i) {
        out += memberText(members.at(i).first, members.at(i).second);
        out += i + 1 < members.size() ? QByteArrayLiteral(",\n") : QByteArrayLiteral("\n");
    }
    out += QByteArrayLiteral("}\n");
    return out;
}

Status importRegister(const Database &db, const QByteArray &json, const Clock &clock)
{
    if (db.isReadOnly()) {
        return makeError(ErrorReadOnly, RegisterExchange::tr("%1 is open read-only; an import needs to write to it.")
                                            .arg(db.path()));
    }
    const QSqlDatabase connection = db.connection();
    const Result<bool> empty = isEmptyRegister(connection);
    if (!empty)
        return empty.error();
    if (!*empty) {
        return makeError(ErrorTargetNotEmpty,
                         RegisterExchange::tr("%1 already holds licences or history; import into a new file or an "
                                              "empty register.")
                             .arg(db.path()));
    }
    const Result<Document> document = parseDocument(json, clock);
    if (!document)
        return document.error();

    Transaction transaction(connection);
    if (!transaction.isActive())
        return ioError(transaction.lastError());
    for (const Section &section : sections()) {
        const Status stored = section.store(connection, *document);
        if (!stored)
            return makeError(ErrorIo, stored.error().message, {}, stored.error().detail);
    }
    if (!transaction.commit())
        return ioError(transaction.lastError());
    return {};
}

} // namespace bevilling::Exchange
