#include "TestSupport.h"
#include "demo/DemoData.h"
#include "exchange/Exchange.h"
#include "letters/LetterTemplates.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/InspectionRepository.h"
#include "storage/LicenceRepository.h"
#include "storage/RegisterSettings.h"
#include "storage/SanctionRepository.h"
#include "storage/FeeRepository.h"
#include "storage/TurnoverRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bevilling;

namespace {

const QString kGoldenFile = QStringLiteral(BEVILLING_TEST_DATA_DIR "/exchange/register-v1.json");
const QString kMinimalFile = QStringLiteral(BEVILLING_TEST_DATA_DIR "/exchange/minimal.json");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// "licences[3].licensee.org_number" -> {"licences", 3, "licensee", "org_number"}
QVariantList splitPath(const QString &path)
{
    QVariantList segments;
    static const QRegularExpression part(QStringLiteral("([^.\\[\\]]+)|\\[(\\d+)\\]"));
    auto it = part.globalMatch(path);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(2).isEmpty())
            segments.append(m.captured(1));
        else
            segments.append(m.captured(2).toInt());
    }
    return segments;
}

// `node` with the value at `path` replaced by `value`, or removed when `value` is undefined.
QJsonValue edited(const QJsonValue &node, const QVariantList &path, int i, const QJsonValue &value)
{
    if (i == path.size())
        return value;
    const bool last = i + 1 == path.size();
    if (path.at(i).typeId() == QMetaType::Int) {
        QJsonArray array = node.toArray();
        const int index = path.at(i).toInt();
        if (last && value.isUndefined())
            array.removeAt(index);
        else
            array[index] = edited(array.at(index), path, i + 1, value);
        return array;
    }
    QJsonObject object = node.toObject();
    const QString key = path.at(i).toString();
    if (last && value.isUndefined())
        object.remove(key);
    else
        object.insert(key, edited(object.value(key), path, i + 1, value));
    return object;
}

QByteArray withEdit(const QByteArray &json, const QString &path, const QJsonValue &value)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    return QJsonDocument(edited(root, splitPath(path), 0, value).toObject()).toJson();
}

int rowCount(const Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return q.next() ? q.value(0).toInt() : -1;
}

Person person(const QString &name, const QDate &birth, const QDate &test = {})
{
    Person p;
    p.name = name;
    p.birthDate = birth;
    p.knowledgeTestPassed = test;
    return p;
}

} // namespace

class TestExchange : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void roundTripDemoRegister();
    void roundTripHandMadeRegister();
    void emptyRegisterRoundTrip();
    void goldenFileIsStable();
    void exportIsDeterministicJson();
    void minimalDocumentGetsIdsAndTimes();
    void badDocuments_data();
    void badDocuments();
    void malformedFiles_data();
    void malformedFiles();
    void nonEmptyTargetRefused();
    void failedImportLeavesNothing();
    void readOnlyTargetRefused();
    void roundTripWithCases();
    void badCaseDocuments_data();
    void badCaseDocuments();
    void roundTripWithLetterTemplates();
    void roundTripWithInspections();
    void badInspectionDocuments_data();
    void badInspectionDocuments();
    void roundTripWithFeeCycle();
    void feeCycleDefaultsKeepOlderVersion();
    void badFeeCycleDocuments_data();
    void badFeeCycleDocuments();

private:
    // A register with two inspectors, two inspections (one with findings and intoxication signs,
    // one "ingen merknader"), a decided sanction case with a deviation and a suspension, and a
    // proposed one from a police report; nullptr when it could not be made.
    std::unique_ptr<Database> makeInspectionRegister();
    // A register with two licences, three turnover reports (one only requested), changed
    // fee-cycle settings, two fee lines (a provisional charge and a refund) and a payment.
    std::unique_ptr<Database> makeFeeCycleRegister();
    // A register with licences and cases (statements, attachments, events, decisions); returns its export.
    QByteArray makeCaseRegister();
    std::unique_ptr<Database> openNew(const QString &name);
    static void makeHandMadeRegister(const Database &db);

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2025, 11, 22), QTime(10, 0), Qt::UTC)};
    QByteArray m_golden;
};

void TestExchange::init()
{
    QVERIFY(m_dir.isValid());
    m_golden = readFile(kGoldenFile);
    QVERIFY2(!m_golden.isEmpty(), qPrintable(kGoldenFile));
}

void TestExchange::cleanup() {}

std::unique_ptr<Database> TestExchange::openNew(const QString &name)
{
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QLatin1Char('-')
                                        + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'))
                                        + QLatin1Char('-') + name + QStringLiteral(".sqlite"));
    QFile::remove(path);
    auto opened = Database::open(path);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().toString()));
        return nullptr;
    }
    return std::move(opened).value();
}

// A register with the awkward cases: several deputies, an empty optional field or two, no
// premises, a shared licensee, group 2 sales allowed, an ended and a reopened licence, and
// settings changed after the start (an audit entry of another entity).
void TestExchange::makeHandMadeRegister(const Database &db)
{
    FixedClock clock(QDateTime(QDate(2024, 9, 2), QTime(8, 15, 30), Qt::UTC));
    RegisterInfo info;
    info.municipalityName = QStringLiteral("Prøvevik kommune");
    info.municipalityNumber = QStringLiteral("9901");
    info.allowSaleGroup2 = true;
    QVERIFY(RegisterSettings(db, clock).save(info).ok());

    LicenceRepository repo(db, clock, ValidationOptions{true});
    auto advance = [&clock](int minutes) { clock.setNow(clock.now().addSecs(60 * minutes)); };

    Licence a = test::makeServingLicence(QStringLiteral("2024-001"));
    a.licensee.email = QStringLiteral("post@fjordkroa.example");
    a.outdoor = true;
    a.outdoorDescription = QStringLiteral("Terrasse «Sjøsiden», 24 plasser");
    a.conditions = QStringLiteral("Linje 1: \"uteservering\" til 23.00\nLinje 2: vakter\tfredag");
    a.deputies.append(person(QStringLiteral("Åse Ødegård"), QDate(1985, 2, 28)));
    a.deputies.append(person(QStringLiteral("Per-Øyvind Ås"), QDate(2000, 2, 29), QDate(2024, 1, 15)));
    advance(1);
    const Result<Licence> createdA = repo.create(a);
    QVERIFY2(createdA.ok(), qPrintable(createdA.error().toString()));

    Licence b;
    b.number = QStringLiteral("2024-002");
    b.kind = LicenceKind::Sale;
    b.licensee.name = QStringLiteral("Nærbutikken Prøvevik AS");
    b.licensee.orgNumber = QStringLiteral("974760673");
    b.premises.name = QStringLiteral("Nærbutikken");
    b.premises.address = QStringLiteral("Bygata 1");
    b.premises.type = PremisesType::Shop;
    b.manager = person(QStringLiteral("Liv Berg"), QDate(1970, 6, 1), QDate(2010, 3, 3));
    b.deputies = {person(QStringLiteral("Tor Berg"), QDate(1972, 12, 31))};
    b.groups = Group1 | Group2;
    b.validFrom = QDate(2024, 10, 1);
    b.validTo = QDate(2028, 9, 30);
    advance(7);
    QVERIFY(repo.create(b).ok());

    Licence c;
    c.number = QStringLiteral("2024-003");
    c.kind = LicenceKind::Travelling;
    c.closedParty = true;
    c.eventName = QStringLiteral("Sølvbryllup, sluttet selskap");
    c.licensee.name = QStringLiteral("Kari Privat");
    c.groups = Group1 | Group2 | Group3;
    c.validFrom = QDate(2024, 11, 9);
    c.validTo = QDate(2024, 11, 10);
    advance(3);
    QVERIFY(repo.create(c).ok());

    Licence d;
    d.number = QStringLiteral("2024-004");
    d.kind = LicenceKind::SingleOccasion;
    d.eventName = QStringLiteral("Båttur");
    d.licensee = a.licensee; // the same licensee (organisation number) as 2024-001
    d.premises.name = QStringLiteral("M/S Prøven");
    d.premises.type = PremisesType::Boat;
    d.premises.capacity = 0;
    d.manager = person(QStringLiteral("Skipper Ola"), QDate(1960, 1, 1));
    d.groups = Group1;
    d.indoor = false;
    d.outdoor = true;
    d.validFrom = QDate(2024, 9, 14);
    d.validTo = QDate(2024, 9, 14);
    advance(2);
    QVERIFY(repo.create(d).ok());

    Licence e = test::makeServingLicence(QStringLiteral("2024-005"));
    e.licensee.name = QStringLiteral("Nedlagt AS");
    e.licensee.orgNumber = QStringLiteral("914778271");
    e.premises.name = QStringLiteral("Nedlagt");
    e.premises.capacity.reset();
    e.groups = Group1;
    e.conditions.clear();
    advance(5);
    const Result<Licence> createdE = repo.create(e);
    QVERIFY(createdE.ok());

    // Later: a manager change, an end, an end cancelled and a settings change.
    clock.setNow(QDateTime(QDate(2025, 2, 3), QTime(13, 45, 10), Qt::UTC));
    Licence changed = *repo.find(createdA->id);
    changed.manager = person(QStringLiteral("Nils Nilsen"), QDate(1975, 3, 3), QDate(2025, 1, 20));
    QVERIFY(repo.update(changed).ok());
    advance(30);
    QVERIFY(repo.end(createdE->id, QDate(2025, 2, 1), EndReason::Revoked, QStringLiteral("Vedtak 12/2025")).ok());
    advance(30);
    QVERIFY(repo.end(createdA->id, QDate(2025, 2, 3), EndReason::Other, {}).ok());
    advance(1);
    QVERIFY(repo.reopen(createdA->id).ok());
    advance(10);
    info.municipalityName = QStringLiteral("Prøvevik kommune (test)");
    QVERIFY(RegisterSettings(db, clock).save(info).ok());
}

void TestExchange::roundTripDemoRegister()
{
    auto source = openNew(QStringLiteral("source"));
    QVERIFY(source);
    const Status populated = DemoData::populate(*source, m_clock);
    QVERIFY2(populated.ok(), qPrintable(populated.error().toString()));
    const Result<QByteArray> first = Exchange::exportRegister(*source);
    QVERIFY2(first.ok(), qPrintable(first.error().toString()));

    auto target = openNew(QStringLiteral("target"));
    QVERIFY(target);
    const Status imported = Exchange::importRegister(*target, *first, m_clock);
    QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
    // The import restores the history and adds nothing of its own.
    QCOMPARE(rowCount(*target, QStringLiteral("audit_log")), rowCount(*source, QStringLiteral("audit_log")));
    QCOMPARE(rowCount(*target, QStringLiteral("licence")), rowCount(*source, QStringLiteral("licence")));
    QCOMPARE(rowCount(*target, QStringLiteral("licensee")), rowCount(*source, QStringLiteral("licensee")));

    const Result<QByteArray> second = Exchange::exportRegister(*target);
    QVERIFY(second.ok());
    QCOMPARE(*second, *first);
    QVERIFY(RegisterSettings(*target, m_clock).load()->demo);
}

void TestExchange::roundTripHandMadeRegister()
{
    auto source = openNew(QStringLiteral("source"));
    QVERIFY(source);
    makeHandMadeRegister(*source);
    if (QTest::currentTestFailed())
        return;
    const Result<QByteArray> first = Exchange::exportRegister(*source);
    QVERIFY(first.ok());

    auto target = openNew(QStringLiteral("target"));
    QVERIFY(target);
    const Status imported = Exchange::importRegister(*target, *first, m_clock);
    QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
    const Result<QByteArray> second = Exchange::exportRegister(*target);
    QVERIFY(second.ok());
    QCOMPARE(*second, *first);

    // The parts survive as domain values too, not only as text.
    const QList<Licence> before = *LicenceRepository(*source, m_clock).list();
    const QList<Licence> after = *LicenceRepository(*target, m_clock).list();
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < before.size(); ++i) {
        QCOMPARE(after.at(i).id, before.at(i).id);
        QCOMPARE(after.at(i).licensee.id, before.at(i).licensee.id);
        QCOMPARE(after.at(i).premises.id, before.at(i).premises.id);
        QCOMPARE(after.at(i).deputies.size(), before.at(i).deputies.size());
        QCOMPARE(after.at(i).createdAt, before.at(i).createdAt);
        QCOMPARE(after.at(i).endReason, before.at(i).endReason);
    }
    const QList<AuditEntry> history = *LicenceRepository(*target, m_clock).history(before.first().id);
    QCOMPARE(history.size(), 4); // create, update, end, reopen
    QCOMPARE(history.last().action, QStringLiteral("reopen"));
    QCOMPARE(RegisterSettings(*target, m_clock).load()->municipalityNumber, QStringLiteral("9901"));
}

void TestExchange::emptyRegisterRoundTrip()
{
    auto source = openNew(QStringLiteral("source"));
    QVERIFY(source);
    const Result<QByteArray> first = Exchange::exportRegister(*source);
    QVERIFY(first.ok());
    const QJsonObject root = QJsonDocument::fromJson(*first).object();
    QCOMPARE(root.value(QStringLiteral("licences")).toArray().size(), 0);
    auto target = openNew(QStringLiteral("target"));
    QVERIFY(Exchange::importRegister(*target, *first, m_clock).ok());
    QCOMPARE(*Exchange::exportRegister(*target), *first);
}

// The file in tests/data is a version-1 export: reading and writing it again must give the same
// bytes, so any change to the format shows up here first.
void TestExchange::goldenFileIsStable()
{
    // The hand-made register exports to exactly that file, apart from who made the changes.
    auto source = openNew(QStringLiteral("source"));
    QVERIFY(source);
    makeHandMadeRegister(*source);
    QByteArray fresh = *Exchange::exportRegister(*source);
    const QByteArray user = AuditLog::currentUser().toUtf8();
    fresh.replace(QByteArray("\"user\": \"" + user + "\""), QByteArray("\"user\": \"saksbehandler\""));
    QCOMPARE(fresh, m_golden);

    // Reading the file and writing it again gives the same bytes.
    auto target = openNew(QStringLiteral("target"));
    QVERIFY(target);
    const Status imported = Exchange::importRegister(*target, m_golden, m_clock);
    QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
    const Result<QByteArray> exported = Exchange::exportRegister(*target);
    QVERIFY(exported.ok());
    QCOMPARE(*exported, m_golden);
}

void TestExchange::exportIsDeterministicJson()
{
    const QByteArray text = m_golden;
    QVERIFY(text.startsWith("{\n    \"format\": \"bevilling-register\",\n    \"format_version\": 1,\n    \"register\": {"));
    QVERIFY(text.endsWith("}\n"));
    const QJsonDocument doc = QJsonDocument::fromJson(text);
    QVERIFY(doc.isObject());
    // Licences and history come in id order.
    qint64 previous = 0;
    for (const QJsonValue &v : doc.object().value(QStringLiteral("licences")).toArray()) {
        QVERIFY(v[QStringLiteral("id")].toInteger() > previous);
        previous = v[QStringLiteral("id")].toInteger();
    }
    previous = 0;
    for (const QJsonValue &v : doc.object().value(QStringLiteral("audit_log")).toArray()) {
        QVERIFY(v[QStringLiteral("id")].toInteger() > previous);
        previous = v[QStringLiteral("id")].toInteger();
    }
}

// A document as another system might write it: no ids, no time stamps, no history.
void TestExchange::minimalDocumentGetsIdsAndTimes()
{
    auto target = openNew(QStringLiteral("target"));
    QVERIFY(target);
    const Status imported = Exchange::importRegister(*target, readFile(kMinimalFile), m_clock);
    QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
    const QList<Licence> licences = *LicenceRepository(*target, m_clock).list();
    QCOMPARE(licences.size(), 2);
    QCOMPARE(licences.at(0).id, 1);
    QCOMPARE(licences.at(1).id, 2);
    QVERIFY(licences.at(0).licensee.id != licences.at(1).licensee.id);
    QCOMPARE(licences.at(0).createdAt, m_clock.now());
    QCOMPARE(licences.at(0).updatedAt, m_clock.now());
    QVERIFY(licences.at(0).indoor);
    QCOMPARE(licences.at(1).premises.id, 0); // travelling: no premises
    QCOMPARE(rowCount(*target, QStringLiteral("audit_log")), 0);
    QCOMPARE(RegisterSettings(*target, m_clock).load()->municipalityName, QStringLiteral("Prøvevik kommune"));

    // What it becomes is a normal export that round-trips.
    const QByteArray first = *Exchange::exportRegister(*target);
    auto again = openNew(QStringLiteral("again"));
    QVERIFY(Exchange::importRegister(*again, first, m_clock).ok());
    QCOMPARE(*Exchange::exportRegister(*again), first);
}

// Each row changes one thing in the golden document; the import must stop there and name the
// JSON path. In the golden file: licences[0] serving with three deputies, [1] sale 1+2,
// [2] travelling without premises, [3] single occasion on a boat, [4] ended serving.
void TestExchange::badDocuments_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value"); // undefined: remove the field
    QTest::addColumn<QString>("field");

    const QJsonValue remove(QJsonValue::Undefined);
    auto row = [](const char *name, const char *path, const QJsonValue &value, const char *field) {
        QTest::newRow(name) << QString::fromLatin1(path) << value << QString::fromLatin1(field);
    };

    row("format unknown", "format", QStringLiteral("bevilling-cases"), "format");
    row("format not text", "format", 1, "format");
    row("format missing", "format", remove, "format");
    row("version too new", "format_version", Exchange::FormatVersion + 1, "format_version");
    row("version as text", "format_version", QStringLiteral("1"), "format_version");
    row("version zero", "format_version", 0, "format_version");
    row("version fraction", "format_version", 1.5, "format_version");
    row("unknown section", "cases", QJsonArray(), "cases");
    row("register missing", "register", remove, "register");
    row("register not object", "register", QJsonArray(), "register");
    row("register unknown key", "register.county", QStringLiteral("Agder"), "register.county");
    row("municipality number", "register.municipality_number", QStringLiteral("12"), "register.municipality_number");
    row("municipality name null", "register.municipality_name", QJsonValue(QJsonValue::Null), "register.municipality_name");
    row("demo not bool", "register.demo", QStringLiteral("yes"), "register.demo");
    row("licences missing", "licences", remove, "licences");
    row("licences not list", "licences", QJsonObject(), "licences");
    row("licence not object", "licences[2]", 7, "licences[2]");
    row("licence unknown key", "licences[1].colour", QStringLiteral("red"), "licences[1].colour");
    row("number missing", "licences[0].number", remove, "licences[0].number");
    row("number empty", "licences[0].number", QStringLiteral(" "), "licences[0].number");
    row("number duplicate", "licences[3].number", QStringLiteral("2024-001"), "licences[3].number");
    row("id duplicate", "licences[4].id", 2, "licences[4].id");
    row("id negative", "licences[1].id", -4, "licences[1].id");
    row("kind unknown", "licences[0].kind", QStringLiteral("pub"), "licences[0].kind");
    row("closed_party not bool", "licences[2].closed_party", QStringLiteral("true"), "licences[2].closed_party");
    row("licensee missing", "licences[0].licensee", remove, "licences[0].licensee");
    row("licensee name missing", "licences[1].licensee.name", remove, "licences[1].licensee.name");
    row("licensee unknown key", "licences[1].licensee.fax", QStringLiteral("1"), "licences[1].licensee.fax");
    row("org number check digit", "licences[1].licensee.org_number", QStringLiteral("974760674"),
        "licences[1].licensee.org_number");
    row("org number letters", "licences[1].licensee.org_number", QStringLiteral("97476067X"),
        "licences[1].licensee.org_number");
    row("org number missing on ordinary", "licences[1].licensee.org_number", QJsonValue(QJsonValue::Null),
        "licences[1].licensee.org_number");
    row("shared licensee differs", "licences[3].licensee.phone", QStringLiteral("12345678"), "licences[3].licensee");
    row("premises type unknown", "licences[0].premises.type", QStringLiteral("castle"), "licences[0].premises.type");
    row("premises capacity text", "licences[0].premises.capacity", QStringLiteral("80"), "licences[0].premises.capacity");
    row("premises capacity fraction", "licences[0].premises.capacity", 80.5, "licences[0].premises.capacity");
    row("premises capacity negative", "licences[0].premises.capacity", -1, "licences[0].premises.capacity");
    row("premises missing on ordinary", "licences[1].premises", QJsonValue(QJsonValue::Null), "licences[1].premises");
    row("premises address empty", "licences[1].premises.address", QStringLiteral(""), "licences[1].premises.address");
    row("postal code", "licences[0].premises.postal_code", QStringLiteral("13370"), "licences[0].premises.postal_code");
    row("manager missing on ordinary", "licences[1].manager", QJsonValue(QJsonValue::Null), "licences[1].manager");
    row("manager name empty", "licences[1].manager.name", QStringLiteral(""), "licences[1].manager.name");
    row("manager role wrong", "licences[1].manager.role", QStringLiteral("deputy"), "licences[1].manager.role");
    row("manager role unknown", "licences[1].manager.role", QStringLiteral("chef"), "licences[1].manager.role");
    row("manager too young", "licences[1].manager.birth_date", QStringLiteral("2010-01-01"),
        "licences[1].manager.birth_date");
    row("deputy too young", "licences[0].deputies[1].birth_date", QStringLiteral("2005-01-01"),
        "licences[0].deputies[1].birth_date");
    row("deputy birth date missing", "licences[0].deputies[2].birth_date", QJsonValue(QJsonValue::Null),
        "licences[0].deputies[2].birth_date");
    row("deputy test before birth", "licences[0].deputies[2].knowledge_test_passed", QStringLiteral("1999-01-01"),
        "licences[0].deputies[2].knowledge_test_passed");
    row("deputy not object", "licences[0].deputies[1]", QStringLiteral("Ola"), "licences[0].deputies[1]");
    row("deputy unknown key", "licences[0].deputies[0].phone", QStringLiteral("1"), "licences[0].deputies[0].phone");
    row("deputies missing on ordinary", "licences[1].deputies", QJsonArray(), "licences[1].deputies");
    row("date wrong format", "licences[0].valid_from", QStringLiteral("01.10.2024"), "licences[0].valid_from");
    row("date impossible", "licences[0].valid_to", QStringLiteral("2028-02-30"), "licences[0].valid_to");
    row("date with time", "licences[0].valid_to", QStringLiteral("2028-09-30T00:00:00"), "licences[0].valid_to");
    row("valid_to before valid_from", "licences[0].valid_to", QStringLiteral("2024-09-30"), "licences[0].valid_to");
    row("valid_from missing", "licences[0].valid_from", remove, "licences[0].valid_from");
    row("groups not list", "licences[0].alcohol_groups", QStringLiteral("1+2"), "licences[0].alcohol_groups");
    row("groups invalid combination", "licences[0].alcohol_groups", QJsonArray{1, 3}, "licences[0].alcohol_groups");
    row("groups empty", "licences[0].alcohol_groups", QJsonArray(), "licences[0].alcohol_groups");
    row("group out of range", "licences[0].alcohol_groups", QJsonArray{1, 4}, "licences[0].alcohol_groups[1]");
    row("group twice", "licences[0].alcohol_groups", QJsonArray{1, 1}, "licences[0].alcohol_groups[1]");
    row("group not number", "licences[0].alcohol_groups", QJsonArray{QStringLiteral("1")}, "licences[0].alcohol_groups[0]");
    row("sale group 3", "licences[1].alcohol_groups", QJsonArray{1, 2, 3}, "licences[1].alcohol_groups");
    row("sale group 2 not allowed", "register.allow_sale_group2", false, "licences[1].alcohol_groups");
    row("no serving area", "licences[0].areas", QJsonObject{{QStringLiteral("indoor"), false}}, "licences[0].areas");
    row("area unknown key", "licences[0].areas.roof", true, "licences[0].areas.roof");
    row("event name missing", "licences[3].event_name", QStringLiteral(""), "licences[3].event_name");
    row("ended reason unknown", "licences[4].ended.reason", QStringLiteral("bored"), "licences[4].ended.reason");
    row("ended reason null", "licences[4].ended.reason", QJsonValue(QJsonValue::Null), "licences[4].ended.reason");
    row("ended before start", "licences[4].ended.on", QStringLiteral("2024-01-01"), "licences[4].ended.on");
    row("ended on missing", "licences[4].ended.on", remove, "licences[4].ended.on");
    row("created_at without zone", "licences[0].created_at", QStringLiteral("2024-09-02T08:16:30"),
        "licences[0].created_at");
    row("created_at not a time", "licences[0].created_at", QStringLiteral("yesterday"), "licences[0].created_at");
    row("audit not list", "audit_log", QJsonObject(), "audit_log");
    row("audit at wrong", "audit_log[0].at", QStringLiteral("2024-13-01T00:00:00Z"), "audit_log[0].at");
    row("audit user missing", "audit_log[1].user", remove, "audit_log[1].user");
    row("audit before not object", "audit_log[6].before", QStringLiteral("{}"), "audit_log[6].before");
    row("audit id duplicate", "audit_log[2].id", 1, "audit_log[2].id");
    row("audit entity empty", "audit_log[2].entity", QStringLiteral(""), "audit_log[2].entity");
    row("audit entity_id negative", "audit_log[2].entity_id", -1, "audit_log[2].entity_id");
    row("audit unknown key", "audit_log[3].reason", QStringLiteral("x"), "audit_log[3].reason");
}

void TestExchange::badDocuments()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);

    const QByteArray json = withEdit(m_golden, path, value);
    auto target = openNew(QStringLiteral("target"));
    QVERIFY(target);
    const Status imported = Exchange::importRegister(*target, json, m_clock);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().code, Exchange::ErrorInvalid);
    QCOMPARE(imported.error().field, field);
    QVERIFY2(imported.error().message.startsWith(field + QStringLiteral(": ")), qPrintable(imported.error().message));
    QVERIFY(!imported.error().message.contains(QLatin1Char('\n')));
    // Nothing of it was saved.
    QCOMPARE(rowCount(*target, QStringLiteral("licence")), 0);
    QCOMPARE(rowCount(*target, QStringLiteral("audit_log")), 0);
    QCOMPARE(rowCount(*target, QStringLiteral("register_setting")), 0);
}

void TestExchange::malformedFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("messageContains");

    QTest::newRow("empty file") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("broken json") << QByteArray("{\n  \"format\": \"bevilling-register\",\n  oops\n}")
                                 << QStringLiteral("line 3");
    QTest::newRow("array") << QByteArray("[1, 2]") << QStringLiteral("bevilling-register");
    QTest::newRow("csv") << QByteArray("number;kind\n2024-001;serving\n") << QStringLiteral("not valid JSON");
}

void TestExchange::malformedFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, messageContains);
    auto target = openNew(QStringLiteral("target"));
    QVERIFY(target);
    const Status imported = Exchange::importRegister(*target, json, m_clock);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().code, Exchange::ErrorInvalid);
    QVERIFY2(imported.error().message.contains(messageContains), qPrintable(imported.error().message));
    QCOMPARE(rowCount(*target, QStringLiteral("register_setting")), 0);
}

void TestExchange::nonEmptyTargetRefused()
{
    // A register with a licence.
    auto withLicence = openNew(QStringLiteral("licence"));
    QVERIFY(withLicence);
    QVERIFY(LicenceRepository(*withLicence, m_clock).create(test::makeServingLicence(QStringLiteral("2025-001"))).ok());
    Status imported = Exchange::importRegister(*withLicence, m_golden, m_clock);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().code, Exchange::ErrorTargetNotEmpty);
    QCOMPARE(rowCount(*withLicence, QStringLiteral("licence")), 1);

    // A register with history only (its settings were changed).
    auto withHistory = openNew(QStringLiteral("history"));
    RegisterInfo info;
    info.municipalityName = QStringLiteral("Annen kommune");
    info.municipalityNumber = QStringLiteral("3201");
    QVERIFY(RegisterSettings(*withHistory, m_clock).save(info).ok());
    imported = Exchange::importRegister(*withHistory, m_golden, m_clock);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().code, Exchange::ErrorTargetNotEmpty);
    QCOMPARE(RegisterSettings(*withHistory, m_clock).load()->municipalityName, info.municipalityName);
}

// A problem in the last licence, after everything else was read: still nothing is saved.
void TestExchange::failedImportLeavesNothing()
{
    const QByteArray json = withEdit(m_golden, QStringLiteral("audit_log[10].at"), QStringLiteral("never"));
    auto target = openNew(QStringLiteral("target"));
    QVERIFY(target);
    const Status imported = Exchange::importRegister(*target, json, m_clock);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().field, QStringLiteral("audit_log[10].at"));
    for (const char *table : {"licence", "licensee", "premises", "licence_person", "audit_log", "register_setting"})
        QCOMPARE(rowCount(*target, QString::fromLatin1(table)), 0);

    // The same register then takes a good document.
    QVERIFY(Exchange::importRegister(*target, m_golden, m_clock).ok());
    QCOMPARE(*Exchange::exportRegister(*target), m_golden);
}

void TestExchange::readOnlyTargetRefused()
{
    QString path;
    {
        auto db = openNew(QStringLiteral("readonly"));
        QVERIFY(db);
        path = db->path();
    }
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    auto db = Database::open(path, options);
    QVERIFY2(db.ok(), qPrintable(db.error().toString()));
    const Status imported = Exchange::importRegister(**db, m_golden, m_clock);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().code, Exchange::ErrorReadOnly);
}


QByteArray TestExchange::makeCaseRegister()
{
    auto db = openNew(QStringLiteral("cases"));
    if (!db)
        return {};
    LicenceRepository licences(*db, m_clock);
    CaseRepository cases(*db, m_clock);
    const Result<Licence> licence = licences.create(test::makeServingLicence(QStringLiteral("2024-001")));
    if (!licence)
        return {};

    Case transfer;
    transfer.type = CaseType::Transfer;
    transfer.receivedOn = QDate(2025, 11, 3);
    transfer.assignedTo = QStringLiteral("Anne Aas");
    transfer.licenceId = licence->id;
    transfer.application = *licence;
    transfer.application.licensee.name = QStringLiteral("Nye Fjordkroa AS");
    transfer.transferDate = QDate(2025, 12, 1);
    transfer.missingAttachments = {QStringLiteral("Firmaattest")};
    const Result<Case> first = cases.create(transfer);
    if (!first)
        return {};
    CaseStatement police;
    police.party = StatementParty::Police;
    police.requested = QDate(2025, 11, 4);
    police.deadline = QDate(2025, 11, 25);
    police.reminders = {QDate(2025, 11, 26)};
    police.replied = QDate(2025, 11, 27);
    police.reply = StatementReply::NoRemarks;
    cases.saveStatement(first->id, police);
    QByteArray binary(3000, '\0');
    for (int i = 0; i < binary.size(); i += 3)
        binary[i] = char(i & 0xff);
    cases.addAttachment(first->id, QStringLiteral("plantegning.png"), QStringLiteral("image/png"), binary,
                        QStringLiteral("floor_plan"));
    cases.addAttachment(first->id, QStringLiteral("tom.txt"), QStringLiteral("text/plain"), QByteArray("", 0));
    cases.assign(first->id, QStringLiteral("Bjørn Berg"));

    Case single;
    single.type = CaseType::SingleOccasion;
    single.receivedOn = QDate(2025, 11, 10);
    single.application.kind = LicenceKind::SingleOccasion;
    single.application.licensee.name = QStringLiteral("Fjordvik Jazzklubb");
    single.application.eventName = QStringLiteral("Jazz på brygga");
    single.application.validFrom = QDate(2026, 6, 20);
    single.application.validTo = QDate(2026, 6, 20);
    single.attendance = 300;
    single.eventType = QStringLiteral("cultural");
    single.publicPlace = true;
    const Result<Case> second = cases.create(single);
    if (!second)
        return {};
    cases.setStatus(second->id, CaseStatus::Complete);
    CaseDecision refusal;
    refusal.outcome = DecisionOutcome::Refused;
    refusal.decidedBy = QStringLiteral("Anne Aas");
    refusal.decidedOn = QDate(2025, 11, 20);
    refusal.reason = QStringLiteral("Offentlig sted (Bærum 2.6).");
    cases.decide(second->id, refusal);
    cases.markNotified(second->id, QDate(2025, 11, 21));
    const Result<QByteArray> exported = Exchange::exportRegister(*db);
    return exported ? *exported : QByteArray();
}

void TestExchange::roundTripWithCases()
{
    const QByteArray first = makeCaseRegister();
    QVERIFY(!first.isEmpty());
    const QJsonObject root = QJsonDocument::fromJson(first).object();
    QCOMPARE(root.value(QStringLiteral("format_version")).toInt(), 3);
    const QJsonArray cases = root.value(QStringLiteral("cases")).toArray();
    QCOMPARE(cases.size(), 2);
    const QJsonArray attachments = cases.at(0).toObject().value(QStringLiteral("attachments")).toArray();
    QCOMPARE(attachments.size(), 2);
    const QByteArray content =
        QByteArray::fromBase64(attachments.at(0).toObject().value(QStringLiteral("content")).toString().toLatin1());
    QCOMPARE(content.size(), 3000);
    QCOMPARE(attachments.at(1).toObject().value(QStringLiteral("content")).toString(), QString());
    QCOMPARE(cases.at(0).toObject().value(QStringLiteral("statements")).toArray().size(), 1);
    QCOMPARE(cases.at(0).toObject().value(QStringLiteral("events")).toArray().size(), 2);
    QCOMPARE(cases.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("notified"));

    auto target = openNew(QStringLiteral("target"));
    QVERIFY(target);
    const Status imported = Exchange::importRegister(*target, first, m_clock);
    QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
    QCOMPARE(*Exchange::exportRegister(*target), first);

    CaseRepository repo(*target, m_clock);
    const QList<Case> stored = *repo.list();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).assignedTo, QStringLiteral("Bjørn Berg"));
    QCOMPARE(repo.attachmentData(stored.at(0).attachments.at(0).id).value(), content);
    QCOMPARE(repo.attachmentData(stored.at(0).attachments.at(1).id)->size(), 0);
    QCOMPARE(stored.at(1).decision->reason, QStringLiteral("Offentlig sted (Bærum 2.6)."));
    // The import restores the case history as it was and writes none of its own.
    QCOMPARE(repo.history(stored.at(0).id)->size(), 5);

    // A register with cases is not importable into one that already has some.
    QCOMPARE(Exchange::importRegister(*target, first, m_clock).error().code, Exchange::ErrorTargetNotEmpty);
}

void TestExchange::badCaseDocuments_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value"); // undefined: remove the field
    QTest::addColumn<QString>("field");
    const QJsonValue remove(QJsonValue::Undefined);
    auto row = [](const char *name, const char *path, const QJsonValue &value, const char *field) {
        QTest::newRow(name) << QString::fromLatin1(path) << value << QString::fromLatin1(field);
    };
    row("cases in version 2", "format_version", 2, "cases");
    row("cases not list", "cases", QJsonObject(), "cases");
    row("case not object", "cases[1]", 3, "cases[1]");
    row("case unknown key", "cases[0].colour", QStringLiteral("red"), "cases[0].colour");
    row("case type", "cases[1].type", QStringLiteral("boat"), "cases[1].type");
    row("case number duplicate", "cases[1].number", QStringLiteral("2025-0001"), "cases[1].number");
    row("case id duplicate", "cases[1].id", 1, "cases[1].id");
    row("licence unknown", "cases[0].licence_id", 99, "cases[0].licence_id");
    row("statement deadline", "cases[0].statements[0].deadline", QStringLiteral("2025-11-31"),
        "cases[0].statements[0].deadline");
    row("application org number", "cases[0].application.licensee.org_number", 923609016,
        "cases[0].application.licensee.org_number");
    row("content missing", "cases[0].attachments[0].content", remove, "cases[0].attachments[0].content");
    row("content not base64", "cases[0].attachments[0].content", QStringLiteral("***"), "cases[0].attachments[0].content");
    row("content size differs", "cases[0].attachments[1].content", QStringLiteral("QUJD"), "cases[0].attachments[1].content");
    row("content hash differs", "cases[0].attachments[0].sha256", QStringLiteral("00"), "cases[0].attachments[0].content");
    row("attachment id duplicate", "cases[0].attachments[1].id", 1, "cases[0].attachments[1].id");
    row("letter template unknown field", "letter_templates",
        QJsonObject{{QStringLiteral("grant"), QStringLiteral("<p>{{bevillingshaver}} {{farge}}</p>")}}, "letter_templates.grant");
    row("letter template unknown kind", "letter_templates", QJsonObject{{QStringLiteral("warning"), QStringLiteral("<p></p>")}},
        "letter_templates.warning");
    row("letter template empty", "letter_templates", QJsonObject{{QStringLiteral("refusal"), QStringLiteral(" ")}},
        "letter_templates.refusal");
    row("letter templates not object", "letter_templates", QJsonArray(), "letter_templates");
    row("event time", "cases[0].events[0].at", QStringLiteral("yesterday"), "cases[0].events[0].at");
    row("decision outcome", "cases[1].decision.outcome", QStringLiteral("maybe"), "cases[1].decision.outcome");
}

void TestExchange::badCaseDocuments()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    const QByteArray good = makeCaseRegister();
    QVERIFY(!good.isEmpty());
    const QByteArray bad = withEdit(good, path, value);
    auto target = openNew(QStringLiteral("target"));
    QVERIFY(target);
    const Status imported = Exchange::importRegister(*target, bad, m_clock);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().code, Exchange::ErrorInvalid);
    QCOMPARE(imported.error().field, field);
    QVERIFY2(imported.error().message.startsWith(field), qPrintable(imported.error().message));
    QCOMPARE(rowCount(*target, QStringLiteral("case_file")), 0);
    QCOMPARE(rowCount(*target, QStringLiteral("licence")), 0);
}

void TestExchange::roundTripWithLetterTemplates()
{
    // An administrator's edited decision letter travels with the register; the shipped one does not.
    auto source = openNew(QStringLiteral("letters-source"));
    QVERIFY(source);
    const QString grant = QStringLiteral("<h1>Vedtak</h1><p>{{bevillingshaver}} får {{bevillingstype}}.</p>");
    QVERIFY(LetterTemplates(*source, m_clock).save(LetterKind::Grant, grant));
    const QByteArray first = *Exchange::exportRegister(*source);
    const QJsonObject root = QJsonDocument::fromJson(first).object();
    QCOMPARE(root.value(QStringLiteral("format_version")).toInt(), 3);
    QCOMPARE(root.value(QStringLiteral("letter_templates")).toObject(),
             (QJsonObject{{QStringLiteral("grant"), grant}}));

    auto target = openNew(QStringLiteral("letters-target"));
    QVERIFY(target);
    const Status imported = Exchange::importRegister(*target, first, m_clock);
    QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
    QCOMPARE(*Exchange::exportRegister(*target), first);
    const LetterTemplates templates(*target, m_clock);
    QCOMPARE(templates.load(LetterKind::Grant).value(), grant);
    QCOMPARE(templates.isCustomised(LetterKind::Refusal).value(), false);

    // Back to the shipped letter: the section is left out again and the version drops.
    QVERIFY(LetterTemplates(*source, m_clock).reset(LetterKind::Grant));
    const QJsonObject plain = QJsonDocument::fromJson(*Exchange::exportRegister(*source)).object();
    QVERIFY(!plain.contains(QStringLiteral("letter_templates")));
    QCOMPARE(plain.value(QStringLiteral("format_version")).toInt(), 1);
}

std::unique_ptr<Database> TestExchange::makeInspectionRegister()
{
    auto db = openNew(QStringLiteral("inspections"));
    if (!db)
        return nullptr;
    FixedClock clock(QDateTime(QDate(2026, 4, 20), QTime(9, 0), Qt::UTC));
    auto fail = [](const Error &error) {
        qWarning("%s", qPrintable(error.toString()));
        return nullptr;
    };
    const Result<Licence> licence = LicenceRepository(*db, clock).create(test::makeServingLicence(QStringLiteral("2026-001")));
    if (!licence)
        return fail(licence.error());

    InspectorRepository inspectors(*db, clock);
    Inspector per;
    per.name = QStringLiteral("Per Kontrollør");
    per.organisation = QStringLiteral("Kontrollselskapet AS");
    per.knowledgeTestPassed = QDate(2020, 1, 15);
    const Result<Inspector> first = inspectors.create(per);
    if (!first)
        return fail(first.error());
    Inspector lise;
    lise.name = QStringLiteral("Lise «Nattugla» Ås");
    const Result<Inspector> second = inspectors.create(lise);
    if (!second)
        return fail(second.error());

    clock.setNow(QDateTime(QDate(2026, 5, 3), QTime(8, 30, 15), Qt::UTC));
    InspectionRepository inspections(*db, clock);
    Inspection withFindings;
    withFindings.licenceId = licence->id;
    withFindings.date = QDate(2026, 5, 2);
    withFindings.start = QTime(22, 30);
    withFindings.end = QTime(0, 45); // after midnight
    withFindings.type = rules::InspectionType::Serving;
    withFindings.mode = InspectionMode::Anonymous;
    withFindings.inspectorIds = {second->id, first->id};
    withFindings.checklist = {ChecklistItem{QStringLiteral("age_checks"), true, true, {}},
                              ChecklistItem{QStringLiteral("intoxication"), true, false, QStringLiteral("Se funn 1.")},
                              ChecklistItem{QStringLiteral("hours"), true, false, QStringLiteral("Skjenket etter 01.00.")},
                              ChecklistItem{QStringLiteral("advertising"), false, true, {}}};
    InspectionFinding intoxicated;
    intoxicated.code = QStringLiteral("intoxicated_served");
    intoxicated.description = QStringLiteral("Gjest ved bord 4 fikk servert øl.");
    IntoxicationSigns signs;
    signs.speech = QStringLiteral("snøvlete tale");
    signs.balance = QStringLiteral("ustø gange, støttet seg til bardisken");
    signs.behaviour = QStringLiteral("høylytt");
    signs.served = QStringLiteral("0,5 l pils");
    signs.when = QTime(23, 55);
    intoxicated.signs = signs;
    InspectionFinding hours;
    hours.code = QStringLiteral("hours");
    hours.description = QStringLiteral("Skjenking 01.10.");
    withFindings.findings = {intoxicated, hours};
    withFindings.notes = QStringLiteral("Styrer til stede.\nRapport sendes.");
    const Result<Inspection> one = inspections.create(withFindings);
    if (!one)
        return fail(one.error());
    clock.setNow(QDateTime(QDate(2026, 5, 6), QTime(12, 0), Qt::UTC));
    if (const Result<Inspection> sent = inspections.setReportSent(one->id, QDate(2026, 5, 5)); !sent)
        return fail(sent.error());
    if (const Result<Inspection> commented = inspections.saveComments(one->id, QDate(2026, 5, 6), QStringLiteral("Vi beklager."));
        !commented)
        return fail(commented.error());

    Inspection clean;
    clean.licenceId = licence->id;
    clean.date = QDate(2026, 5, 6);
    clean.start = QTime(19, 0);
    clean.end = QTime(20, 15);
    clean.type = rules::InspectionType::Serving;
    clean.mode = InspectionMode::Open;
    clean.inspectorIds = {first->id, second->id};
    for (const QString &item : InspectionTexts::checklistKeys())
        clean.checklist.append(ChecklistItem{item, true, true, {}});
    const Result<Inspection> two = inspections.create(clean);
    if (!two)
        return fail(two.error());

    // Lise leaves: an inactive inspector travels too.
    Inspector gone = *second;
    gone.active = false;
    if (const Result<Inspector> updated = inspectors.update(gone); !updated)
        return fail(updated.error());

    clock.setNow(QDateTime(QDate(2026, 6, 20), QTime(14, 5, 0), Qt::UTC));
    SanctionRepository sanctions(*db, clock);
    const Result<SanctionCase> decided = sanctions.createFromInspection(one->id);
    if (!decided)
        return fail(decided.error());
    for (const Result<SanctionCase> &step :
         {sanctions.sendNotice(decided->id, QDate(2026, 5, 10), QDate(2026, 5, 24)),
          sanctions.recordResponse(decided->id, QStringLiteral("Vi har skjerpet rutinene."))}) {
        if (!step)
            return fail(step.error());
    }
    SanctionDecision decision;
    decision.decidedOn = QDate(2026, 5, 25);
    decision.decidedBy = QStringLiteral("Kari Saksbehandler");
    decision.reference = QStringLiteral("2026/123");
    decision.prikker = {8, std::nullopt};
    decision.reasons = {QStringLiteral("Svært beruset gjest; skjerpet."), QString()};
    if (const Result<SanctionCase> c = sanctions.decide(decided->id, decision); !c)
        return fail(c.error());
    if (const Result<SanctionCase> c = sanctions.sendSuspensionNotice(decided->id, QDate(2026, 5, 27)); !c)
        return fail(c.error());
    if (const Result<SanctionCase> c = sanctions.decideSuspension(decided->id, QDate(2026, 6, 5), QDate(2026, 6, 12)); !c)
        return fail(c.error());
    const Result<SanctionCase> reported =
        sanctions.createFromReport(licence->id, QStringLiteral("minor"), QDate(2026, 6, 1), QStringLiteral("Politiet"));
    if (!reported)
        return fail(reported.error());
    return db;
}

void TestExchange::roundTripWithInspections()
{
    auto source = makeInspectionRegister();
    QVERIFY(source);
    const Result<QByteArray> first = Exchange::exportRegister(*source);
    QVERIFY2(first.ok(), qPrintable(first.error().toString()));
    const QJsonObject root = QJsonDocument::fromJson(*first).object();
    QCOMPARE(root.value(QStringLiteral("format_version")).toInt(), 4);
    QCOMPARE(root.value(QStringLiteral("inspectors")).toArray().size(), 2);
    const QJsonArray inspectionsJson = root.value(QStringLiteral("inspections")).toArray();
    QCOMPARE(inspectionsJson.size(), 2);
    const QJsonObject firstInspection = inspectionsJson.at(0).toObject();
    QCOMPARE(firstInspection.value(QStringLiteral("end")).toString(), QStringLiteral("00:45"));
    QCOMPARE(firstInspection.value(QStringLiteral("findings")).toArray().size(), 2);
    QCOMPARE(firstInspection.value(QStringLiteral("findings")).toArray().at(0).toObject()
                 .value(QStringLiteral("signs")).toObject().value(QStringLiteral("served_at")).toString(),
             QStringLiteral("23:55"));
    QCOMPARE(inspectionsJson.at(1).toObject().value(QStringLiteral("findings")).toArray().size(), 0);
    const QJsonArray casesJson = root.value(QStringLiteral("sanction_cases")).toArray();
    QCOMPARE(casesJson.size(), 2);
    QCOMPARE(casesJson.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("suspension_decided"));
    QVERIFY(casesJson.at(1).toObject().value(QStringLiteral("suspension")).isNull());
    // The sections come after the earlier ones, in the order they depend on each other.
    const QByteArray &text = *first;
    QVERIFY(text.indexOf("\"audit_log\"") < text.indexOf("\"inspectors\""));
    QVERIFY(text.indexOf("\"inspectors\"") < text.indexOf("\"inspections\""));
    QVERIFY(text.indexOf("\"inspections\"") < text.indexOf("\"sanction_cases\""));

    auto target = openNew(QStringLiteral("target"));
    QVERIFY(target);
    const Status imported = Exchange::importRegister(*target, *first, m_clock);
    QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
    const Result<QByteArray> second = Exchange::exportRegister(*target);
    QVERIFY(second.ok());
    QCOMPARE(*second, *first);
    QCOMPARE(rowCount(*target, QStringLiteral("audit_log")), rowCount(*source, QStringLiteral("audit_log")));

    // The repositories read the same data.
    const QList<StoredInspector> inspectorsBefore = *InspectorRepository::readAll(source->connection());
    const QList<StoredInspector> inspectorsAfter = *InspectorRepository::readAll(target->connection());
    QCOMPARE(inspectorsAfter.size(), 2);
    for (int i = 0; i < inspectorsBefore.size(); ++i) {
        QCOMPARE(InspectorRepository::toJson(inspectorsAfter.at(i).inspector),
                 InspectorRepository::toJson(inspectorsBefore.at(i).inspector));
        QCOMPARE(inspectorsAfter.at(i).createdAt, inspectorsBefore.at(i).createdAt);
        QCOMPARE(inspectorsAfter.at(i).updatedAt, inspectorsBefore.at(i).updatedAt);
    }
    QVERIFY(!inspectorsAfter.at(1).inspector.active);
    QVERIFY(!inspectorsAfter.at(1).inspector.knowledgeTestPassed.isValid());

    const QList<Inspection> before = *InspectionRepository(*source, m_clock).list();
    const QList<Inspection> after = *InspectionRepository(*target, m_clock).list();
    QCOMPARE(after.size(), 2);
    for (int i = 0; i < before.size(); ++i) {
        QCOMPARE(InspectionRepository::toJson(after.at(i)), InspectionRepository::toJson(before.at(i)));
        QCOMPARE(after.at(i).createdAt, before.at(i).createdAt);
        QCOMPARE(after.at(i).updatedAt, before.at(i).updatedAt);
    }
    const Inspection &withFindings = after.at(0);
    QCOMPARE(withFindings.inspectorIds, (QList<qint64>{2, 1}));
    QCOMPARE(withFindings.checklist.size(), 4);
    QCOMPARE(withFindings.checklist.at(2).note, QStringLiteral("Skjenket etter 01.00."));
    QVERIFY(withFindings.findings.at(0).signs.has_value());
    QCOMPARE(withFindings.findings.at(0).signs->balance, QStringLiteral("ustø gange, støttet seg til bardisken"));
    QVERIFY(!withFindings.findings.at(1).signs.has_value());
    QCOMPARE(withFindings.reportSent, QDate(2026, 5, 5));
    QCOMPARE(withFindings.comments, QStringLiteral("Vi beklager."));
    QVERIFY(!after.at(1).hasFindings());
    QCOMPARE(InspectionRepository(*target, m_clock).history(withFindings.id)->size(), 3); // create, report, comments

    SanctionRepository sanctionsBefore(*source, m_clock);
    SanctionRepository sanctionsAfter(*target, m_clock);
    const QList<SanctionCase> casesBefore = *sanctionsBefore.list();
    const QList<SanctionCase> casesAfter = *sanctionsAfter.list();
    QCOMPARE(casesAfter.size(), 2);
    const SanctionCase &decided = casesAfter.at(0);
    QCOMPARE(decided.status, SanctionStatus::SuspensionDecided);
    QCOMPARE(decided.findings.size(), 2);
    QCOMPARE(decided.findings.at(0).inspectionFindingId, withFindings.findings.at(0).id);
    QCOMPARE(decided.findings.at(0).decidedPrikker, std::optional<int>(8));
    QCOMPARE(decided.findings.at(0).reason, QStringLiteral("Svært beruset gjest; skjerpet."));
    QCOMPARE(decided.findings.at(1).prikker(), 4);
    QVERIFY(decided.suspension.has_value());
    QCOMPARE(decided.suspension->days, casesBefore.at(0).suspension->days);
    QCOMPARE(decided.suspension->from, QDate(2026, 6, 12));
    QCOMPARE(decided.suspension->to, casesBefore.at(0).suspension->to);
    QCOMPARE(decided.decidedBy, QStringLiteral("Kari Saksbehandler"));
    QCOMPARE(decided.createdAt, casesBefore.at(0).createdAt);
    QCOMPARE(casesAfter.at(1).findings.at(0).inspectionFindingId, 0);
    QCOMPARE(casesAfter.at(1).findings.at(0).source, QStringLiteral("Politiet"));
    // The prikk ledger reads the same from the imported register.
    const Result<SanctionProposal> proposalBefore = sanctionsBefore.proposal(casesBefore.at(1).id);
    const Result<SanctionProposal> proposalAfter = sanctionsAfter.proposal(casesAfter.at(1).id);
    QVERIFY(proposalBefore.ok() && proposalAfter.ok());
    QCOMPARE(proposalAfter->before.activePrikker, proposalBefore->before.activePrikker);
    QCOMPARE(proposalAfter->after.activePrikker, proposalBefore->after.activePrikker);

    // Numbering goes on after the imported ones.
    QCOMPARE(InspectionRepository(*target, m_clock).nextNumber(2026).value(), QStringLiteral("K-2026-003"));
    QCOMPARE(sanctionsAfter.nextNumber(2026).value(), QStringLiteral("S-2026-003"));
    // A register with inspections only is not empty.
    QCOMPARE(Exchange::importRegister(*target, *first, m_clock).error().code, Exchange::ErrorTargetNotEmpty);
}

void TestExchange::badInspectionDocuments_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value"); // undefined: remove the field
    QTest::addColumn<QString>("field");
    const QJsonValue remove(QJsonValue::Undefined);
    const QJsonValue null(QJsonValue::Null);
    auto row = [](const char *name, const char *path, const QJsonValue &value, const char *field) {
        QTest::newRow(name) << QString::fromLatin1(path) << value << QString::fromLatin1(field);
    };
    // In the document: inspectors[0] id 1, [1] id 2; inspections[0] (findings ids 1 and 2, the
    // first with signs), [1] without findings; sanction_cases[0] decided from inspections[0]
    // with a suspension, [1] proposed from a police report.
    row("inspectors in version 3", "format_version", 3, "inspectors");
    row("inspectors not list", "inspectors", QJsonObject(), "inspectors");
    row("inspector unknown key", "inspectors[0].phone", QStringLiteral("1"), "inspectors[0].phone");
    row("inspector id missing", "inspectors[1].id", remove, "inspectors[1].id");
    row("inspector id duplicate", "inspectors[1].id", 1, "inspectors[1].id");
    row("inspector name empty", "inspectors[0].name", QStringLiteral(" "), "inspectors[0].name");
    row("inspector test date", "inspectors[0].knowledge_test_passed", QStringLiteral("2020-02-30"),
        "inspectors[0].knowledge_test_passed");
    row("inspector active not bool", "inspectors[1].active", QStringLiteral("no"), "inspectors[1].active");
    row("inspector created_at", "inspectors[0].created_at", QStringLiteral("2026-04-20 09:00"), "inspectors[0].created_at");
    row("inspection unknown key", "inspections[0].weather", QStringLiteral("rain"), "inspections[0].weather");
    row("inspection licence unknown", "inspections[0].licence_id", 99, "inspections[0].licence_id");
    row("inspection licence missing", "inspections[1].licence_id", remove, "inspections[1].licence_id");
    row("inspection inspector unknown", "inspections[0].inspectors[1]", 99, "inspections[0].inspectors[1]");
    row("inspection inspector twice", "inspections[1].inspectors[1]", 1, "inspections[1].inspectors[1]");
    row("inspection inspector not id", "inspections[1].inspectors[0]", QStringLiteral("Per"), "inspections[1].inspectors[0]");
    row("inspection date", "inspections[1].date", QStringLiteral("06.05.2026"), "inspections[1].date");
    row("inspection start", "inspections[0].start", QStringLiteral("25:00"), "inspections[0].start");
    row("inspection end missing", "inspections[1].end", null, "inspections[1].end");
    row("inspection type", "inspections[1].type", QStringLiteral("boat"), "inspections[1].type");
    row("inspection mode", "inspections[1].mode", QStringLiteral("secret"), "inspections[1].mode");
    row("inspection number duplicate", "inspections[1].number", QStringLiteral("K-2026-001"), "inspections[1].number");
    row("inspection id duplicate", "inspections[1].id", 1, "inspections[1].id");
    row("inspection report date", "inspections[0].report_sent", QStringLiteral("2026-5-5"), "inspections[0].report_sent");
    row("checklist key unknown", "inspections[0].checklist[1].key", QStringLiteral("music"),
        "inspections[0].checklist[1].key");
    row("checklist key twice", "inspections[0].checklist[1].key", QStringLiteral("age_checks"),
        "inspections[0].checklist[1].key");
    row("checklist unknown field", "inspections[1].checklist[0].ok", true, "inspections[1].checklist[0].ok");
    row("finding code unknown", "inspections[0].findings[1].code", QStringLiteral("rude_waiter"),
        "inspections[0].findings[1].code");
    row("finding code missing", "inspections[0].findings[0].code", remove, "inspections[0].findings[0].code");
    row("finding id duplicate", "inspections[0].findings[1].id", 1, "inspections[0].findings[1].id");
    row("finding not object", "inspections[0].findings[1]", QStringLiteral("hours"), "inspections[0].findings[1]");
    row("signs unknown key", "inspections[0].findings[0].signs.smell", QStringLiteral("øl"),
        "inspections[0].findings[0].signs.smell");
    row("signs time", "inspections[0].findings[0].signs.served_at", QStringLiteral("kl 23"),
        "inspections[0].findings[0].signs.served_at");
    row("sanction unknown key", "sanction_cases[0].colour", QStringLiteral("red"), "sanction_cases[0].colour");
    row("sanction status", "sanction_cases[0].status", QStringLiteral("pending"), "sanction_cases[0].status");
    row("sanction licence unknown", "sanction_cases[1].licence_id", 99, "sanction_cases[1].licence_id");
    row("sanction number duplicate", "sanction_cases[1].number", QStringLiteral("S-2026-001"), "sanction_cases[1].number");
    row("sanction id duplicate", "sanction_cases[1].id", 1, "sanction_cases[1].id");
    row("sanction finding unknown inspection finding", "sanction_cases[0].findings[1].inspection_finding_id", 99,
        "sanction_cases[0].findings[1].inspection_finding_id");
    row("sanction finding inspection finding twice", "sanction_cases[1].findings[0].inspection_finding_id", 1,
        "sanction_cases[1].findings[0].inspection_finding_id");
    row("sanction finding code", "sanction_cases[0].findings[0].code", QStringLiteral("noise"),
        "sanction_cases[0].findings[0].code");
    row("sanction finding id duplicate", "sanction_cases[1].findings[0].id", 2, "sanction_cases[1].findings[0].id");
    row("sanction finding offence date", "sanction_cases[1].findings[0].offence_date", QStringLiteral("2026-06-31"),
        "sanction_cases[1].findings[0].offence_date");
    row("sanction finding prikker negative", "sanction_cases[0].findings[0].decided_prikker", -1,
        "sanction_cases[0].findings[0].decided_prikker");
    row("sanction finding standard missing", "sanction_cases[0].findings[1].standard_prikker", remove,
        "sanction_cases[0].findings[1].standard_prikker");
    row("sanction decided on", "sanction_cases[0].decided_on", QStringLiteral("25.05.2026"), "sanction_cases[0].decided_on");
    row("suspension unknown key", "sanction_cases[0].suspension.weeks", 1, "sanction_cases[0].suspension.weeks");
    row("suspension days missing", "sanction_cases[0].suspension.days", remove, "sanction_cases[0].suspension.days");
    row("suspension from", "sanction_cases[0].suspension.from", QStringLiteral("2026-06-31"),
        "sanction_cases[0].suspension.from");
    row("suspension ends before it starts", "sanction_cases[0].suspension.to", QStringLiteral("2026-06-01"),
        "sanction_cases[0].suspension.to");
    row("appeal without received", "sanction_cases[1].appeal",
        QJsonObject{{QStringLiteral("grounds"), QStringLiteral("For strengt.")}}, "sanction_cases[1].appeal.received");
    row("appeal overturned not bool", "sanction_cases[1].appeal",
        QJsonObject{{QStringLiteral("received"), QStringLiteral("2026-06-10")}, {QStringLiteral("overturned"), 1}},
        "sanction_cases[1].appeal.overturned");
}

void TestExchange::badInspectionDocuments()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    auto source = makeInspectionRegister();
    QVERIFY(source);
    const Result<QByteArray> good = Exchange::exportRegister(*source);
    QVERIFY(good.ok());
    const QByteArray bad = withEdit(*good, path, value);
    auto target = openNew(QStringLiteral("target"));
    QVERIFY(target);
    const Status imported = Exchange::importRegister(*target, bad, m_clock);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().code, Exchange::ErrorInvalid);
    QCOMPARE(imported.error().field, field);
    QVERIFY2(imported.error().message.startsWith(field + QStringLiteral(": ")), qPrintable(imported.error().message));
    for (const char *table : {"licence", "audit_log", "inspector", "inspection", "inspection_finding", "sanction_case"})
        QCOMPARE(rowCount(*target, QString::fromLatin1(table)), 0);
}

std::unique_ptr<Database> TestExchange::makeFeeCycleRegister()
{
    auto db = openNew(QStringLiteral("fees"));
    if (!db)
        return nullptr;
    LicenceRepository licences(*db, m_clock);
    const Result<Licence> first = licences.create(test::makeServingLicence(QStringLiteral("2024-001")));
    const Result<Licence> second = licences.create(test::makeServingLicence(QStringLiteral("2024-002")));
    if (!first || !second)
        return nullptr;
    TurnoverRepository turnover(*db, m_clock);
    TurnoverReport report;
    report.licenceId = first->id;
    report.year = 2025;
    report.receivedOn = QDate(2025, 2, 27);
    GroupLitres actual;
    actual.group[0] = 1234.5;
    actual.group[2] = 80;
    GroupLitres expected;
    expected.group[0] = 20000;
    expected.group[1] = 3000;
    report.actual = actual;
    report.expected = expected;
    report.auditorConfirmed = true;
    report.note = QStringLiteral("Levert på papir, «Bærum»");
    if (!turnover.save(report))
        return nullptr;
    TurnoverReport fresh;
    fresh.licenceId = second->id;
    fresh.year = 2025;
    fresh.receivedOn = QDate(2025, 3, 3);
    fresh.actual = GroupLitres();
    fresh.expected = expected;
    if (!turnover.save(fresh))
        return nullptr;
    if (!turnover.recordRequests(2026, {first->id}, QDate(2025, 11, 20)))
        return nullptr;
    FeeCycleSettings settings;
    settings.auditorConfirmationRequired = true;
    settings.changeThresholdPercent = 30.5;
    settings.paymentDays = 21;
    if (!turnover.saveSettings(settings))
        return nullptr;

    FeeLine provisional;
    provisional.id = 1;
    provisional.year = 2025;
    provisional.licenceId = first->id;
    provisional.kind = FeeLineKind::Provisional;
    provisional.basisYear = 2025;
    provisional.litres = expected;
    provisional.amount = 12345.67;
    provisional.basis = QStringLiteral("Forventet 2025: 20 000 l gr. 1 × kr 0,57");
    provisional.issuedOn = QDate(2025, 4, 1);
    provisional.dueOn = QDate(2025, 5, 1);
    FeeLine refund;
    refund.id = 2;
    refund.year = 2025;
    refund.licenceId = second->id;
    refund.kind = FeeLineKind::TrueUp;
    refund.basisYear = 2024;
    refund.litres = actual;
    refund.expectedLitres = expected;
    refund.amount = -1234.5;
    refund.minimumApplied = true;
    refund.issuedOn = QDate(2025, 4, 1);
    refund.dueOn = QDate(2025, 5, 1);
    FeePayment payment;
    payment.id = 1;
    payment.feeLineId = 1;
    payment.paidOn = QDate(2025, 4, 20);
    payment.amount = 5000.05;
    payment.note = QStringLiteral("Delbetaling");
    payment.createdAt = QDateTime(QDate(2025, 4, 21), QTime(8, 30, 0, 125), Qt::UTC);
    payment.createdBy = QStringLiteral("kari");
    if (!FeeRepository::insertAsIs(db->connection(), provisional) || !FeeRepository::insertAsIs(db->connection(), refund)
        || !FeeRepository::insertAsIs(db->connection(), payment)) {
        return nullptr;
    }
    return db;
}

void TestExchange::roundTripWithFeeCycle()
{
    auto source = makeFeeCycleRegister();
    QVERIFY(source);
    const Result<QByteArray> first = Exchange::exportRegister(*source);
    QVERIFY2(first.ok(), qPrintable(first.error().toString()));
    const QJsonObject root = QJsonDocument::fromJson(*first).object();
    QCOMPARE(root.value(QStringLiteral("format_version")).toInt(), 5);
    const QJsonArray reports = root.value(QStringLiteral("turnover_reports")).toArray();
    QCOMPARE(reports.size(), 3);
    QCOMPARE(reports.at(0).toObject().value(QStringLiteral("actual")).toObject().value(QStringLiteral("group1")).toDouble(), 1234.5);
    QVERIFY(reports.at(2).toObject().value(QStringLiteral("actual")).isNull());
    QVERIFY(reports.at(2).toObject().value(QStringLiteral("received_on")).isNull());
    QCOMPARE(reports.at(2).toObject().value(QStringLiteral("requested_on")).toString(), QStringLiteral("2025-11-20"));
    QCOMPARE(root.value(QStringLiteral("fee_cycle")).toObject().value(QStringLiteral("change_threshold_percent")).toDouble(), 30.5);
    const QJsonArray lines = root.value(QStringLiteral("fee_lines")).toArray();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).toObject().value(QStringLiteral("amount_ore")).toInteger(), 1234567);
    QCOMPARE(lines.at(1).toObject().value(QStringLiteral("amount_ore")).toInteger(), -123450);
    QCOMPARE(lines.at(1).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("true_up"));
    QCOMPARE(root.value(QStringLiteral("fee_payments")).toArray().at(0).toObject().value(QStringLiteral("amount_ore")).toInteger(), 500005);
    const QByteArray &text = *first;
    // The top-level members (indented once) come after the earlier sections, in dependency order.
    const auto at = [&text](const char *section) { return text.indexOf(QByteArray(QByteArray("\n    \"") + section + "\": ")); };
    QVERIFY(at("audit_log") > 0);
    QVERIFY(at("audit_log") < at("turnover_reports"));
    QVERIFY(at("turnover_reports") < at("fee_cycle"));
    QVERIFY(at("fee_cycle") < at("fee_lines"));
    QVERIFY(at("fee_lines") < at("fee_payments"));

    auto target = openNew(QStringLiteral("target"));
    QVERIFY(target);
    const Status imported = Exchange::importRegister(*target, *first, m_clock);
    QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
    const Result<QByteArray> second = Exchange::exportRegister(*target);
    QVERIFY(second.ok());
    QCOMPARE(*second, *first);
    QCOMPARE(rowCount(*target, QStringLiteral("audit_log")), rowCount(*source, QStringLiteral("audit_log")));

    const QList<TurnoverReport> before = *TurnoverRepository::readAll(source->connection());
    const QList<TurnoverReport> after = *TurnoverRepository::readAll(target->connection());
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < before.size(); ++i) {
        QCOMPARE(after.at(i).id, before.at(i).id);
        QCOMPARE(after.at(i).licenceId, before.at(i).licenceId);
        QCOMPARE(after.at(i).actual, before.at(i).actual);
        QCOMPARE(after.at(i).expected, before.at(i).expected);
        QCOMPARE(after.at(i).receivedOn, before.at(i).receivedOn);
        QCOMPARE(after.at(i).note, before.at(i).note);
        QCOMPARE(after.at(i).createdAt, before.at(i).createdAt);
        QCOMPARE(after.at(i).updatedAt, before.at(i).updatedAt);
    }
    QVERIFY(*TurnoverRepository::readSettings(target->connection()) == *TurnoverRepository::readSettings(source->connection()));
    QCOMPARE(TurnoverRepository::readSettings(target->connection())->paymentDays, 21);
    const QList<FeeLine> linesAfter = *FeeRepository::readAllLines(target->connection());
    QCOMPARE(linesAfter.size(), 2);
    QCOMPARE(linesAfter.at(0).amount, 12345.67);
    QCOMPARE(linesAfter.at(1).amount, -1234.5);
    QVERIFY(linesAfter.at(1).minimumApplied);
    QCOMPARE(linesAfter.at(1).expectedLitres, std::optional<GroupLitres>(*linesAfter.at(0).litres));
    const QList<FeePayment> paymentsAfter = *FeeRepository::readAllPayments(target->connection());
    QCOMPARE(paymentsAfter.size(), 1);
    QCOMPARE(paymentsAfter.at(0).amount, 5000.05);
    QCOMPARE(paymentsAfter.at(0).createdBy, QStringLiteral("kari"));
    QCOMPARE(paymentsAfter.at(0).createdAt, QDateTime(QDate(2025, 4, 21), QTime(8, 30, 0, 125), Qt::UTC));
    // A register with turnover reports is not empty.
    QCOMPARE(Exchange::importRegister(*target, *first, m_clock).error().code, Exchange::ErrorTargetNotEmpty);
}

void TestExchange::feeCycleDefaultsKeepOlderVersion()
{
    // Settings saved with their default values and no reports or fees: still an older version.
    auto source = openNew(QStringLiteral("source"));
    QVERIFY(source);
    QVERIFY(LicenceRepository(*source, m_clock).create(test::makeServingLicence()).ok());
    QVERIFY(TurnoverRepository(*source, m_clock).saveSettings(FeeCycleSettings()).ok());
    const Result<QByteArray> exported = Exchange::exportRegister(*source);
    QVERIFY(exported.ok());
    const QJsonObject root = QJsonDocument::fromJson(*exported).object();
    QCOMPARE(root.value(QStringLiteral("format_version")).toInt(), 1);
    for (const char *section : {"turnover_reports", "fee_cycle", "fee_lines", "fee_payments"})
        QVERIFY2(!root.contains(QString::fromLatin1(section)), section);
    auto target = openNew(QStringLiteral("target"));
    QVERIFY(Exchange::importRegister(*target, *exported, m_clock).ok());
    QCOMPARE(*Exchange::exportRegister(*target), *exported);
    QVERIFY(*TurnoverRepository::readSettings(target->connection()) == FeeCycleSettings());
}

void TestExchange::badFeeCycleDocuments_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value"); // undefined: remove the field
    QTest::addColumn<QString>("field");
    const QJsonValue remove(QJsonValue::Undefined);
    const QJsonValue null(QJsonValue::Null);
    auto row = [](const char *name, const char *path, const QJsonValue &value, const char *field) {
        QTest::newRow(name) << QString::fromLatin1(path) << value << QString::fromLatin1(field);
    };
    // In the document: licences 1 and 2; turnover_reports[0] (licence 1, 2025), [1] (licence 2,
    // 2025), [2] (licence 1, 2026, requested only); fee_lines[0] id 1, [1] id 2; fee_payments[0].
    row("reports in version 4", "format_version", 4, "turnover_reports");
    row("reports not list", "turnover_reports", QJsonObject(), "turnover_reports");
    row("report unknown key", "turnover_reports[0].colour", QStringLiteral("red"), "turnover_reports[0].colour");
    row("report licence unknown", "turnover_reports[1].licence_id", 99, "turnover_reports[1].licence_id");
    row("report licence missing", "turnover_reports[1].licence_id", remove, "turnover_reports[1].licence_id");
    row("report year missing", "turnover_reports[0].year", remove, "turnover_reports[0].year");
    row("report year too early", "turnover_reports[0].year", 1999, "turnover_reports[0].year");
    row("report year too late", "turnover_reports[0].year", 2101, "turnover_reports[0].year");
    row("report licence and year twice", "turnover_reports[2].year", 2025, "turnover_reports[2].year");
    row("report id duplicate", "turnover_reports[1].id", 1, "turnover_reports[1].id");
    row("report received date", "turnover_reports[0].received_on", QStringLiteral("27.02.2025"), "turnover_reports[0].received_on");
    row("report litres negative", "turnover_reports[0].actual.group2", -1, "turnover_reports[0].actual.group2");
    row("report litres text", "turnover_reports[1].expected.group1", QStringLiteral("20 000"), "turnover_reports[1].expected.group1");
    row("report litres group missing", "turnover_reports[0].expected.group3", remove, "turnover_reports[0].expected.group3");
    row("report litres unknown group", "turnover_reports[0].expected.group4", 1, "turnover_reports[0].expected.group4");
    row("report litres not object", "turnover_reports[0].actual", 1234.5, "turnover_reports[0].actual");
    row("report auditor not bool", "turnover_reports[0].auditor_confirmed", QStringLiteral("ja"), "turnover_reports[0].auditor_confirmed");
    row("report created_at", "turnover_reports[0].created_at", QStringLiteral("i går"), "turnover_reports[0].created_at");
    row("fee cycle not object", "fee_cycle", QJsonArray(), "fee_cycle");
    row("fee cycle unknown key", "fee_cycle.deadline", QStringLiteral("03-01"), "fee_cycle.deadline");
    row("fee cycle threshold zero", "fee_cycle.change_threshold_percent", 0, "fee_cycle.change_threshold_percent");
    row("fee cycle threshold text", "fee_cycle.change_threshold_percent", QStringLiteral("25"), "fee_cycle.change_threshold_percent");
    row("fee cycle reply days zero", "fee_cycle.reminder_reply_days", 0, "fee_cycle.reminder_reply_days");
    row("fee cycle payment days too many", "fee_cycle.payment_days", 366, "fee_cycle.payment_days");
    row("fee cycle true_up not bool", "fee_cycle.true_up", 1, "fee_cycle.true_up");
    row("fee line unknown key", "fee_lines[0].vat", 25, "fee_lines[0].vat");
    row("fee line licence unknown", "fee_lines[1].licence_id", 99, "fee_lines[1].licence_id");
    row("fee line kind", "fee_lines[0].kind", QStringLiteral("penalty"), "fee_lines[0].kind");
    row("fee line case unknown", "fee_lines[0].case_id", 99, "fee_lines[0].case_id");
    row("fee line amount not whole", "fee_lines[0].amount_ore", 12.5, "fee_lines[0].amount_ore");
    row("fee line amount missing", "fee_lines[1].amount_ore", remove, "fee_lines[1].amount_ore");
    row("fee line basis year", "fee_lines[1].basis_year", 1999, "fee_lines[1].basis_year");
    row("fee line litres negative", "fee_lines[1].expected_litres.group1", -5, "fee_lines[1].expected_litres.group1");
    row("fee line issued missing", "fee_lines[0].issued_on", null, "fee_lines[0].issued_on");
    row("fee line due before issued", "fee_lines[0].due_on", QStringLiteral("2025-03-31"), "fee_lines[0].due_on");
    row("fee line id duplicate", "fee_lines[1].id", 1, "fee_lines[1].id");
    row("payment unknown line", "fee_payments[0].fee_line_id", 99, "fee_payments[0].fee_line_id");
    row("payment amount zero", "fee_payments[0].amount_ore", 0, "fee_payments[0].amount_ore");
    row("payment paid_on", "fee_payments[0].paid_on", QStringLiteral("2025-02-30"), "fee_payments[0].paid_on");
    row("payment unknown key", "fee_payments[0].method", QStringLiteral("giro"), "fee_payments[0].method");
}

void TestExchange::badFeeCycleDocuments()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    auto source = makeFeeCycleRegister();
    QVERIFY(source);
    const Result<QByteArray> good = Exchange::exportRegister(*source);
    QVERIFY(good.ok());
    const QByteArray bad = withEdit(*good, path, value);
    auto target = openNew(QStringLiteral("target"));
    QVERIFY(target);
    const Status imported = Exchange::importRegister(*target, bad, m_clock);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().code, Exchange::ErrorInvalid);
    QCOMPARE(imported.error().field, field);
    QVERIFY2(imported.error().message.startsWith(field + QStringLiteral(": ")), qPrintable(imported.error().message));
    for (const char *table : {"licence", "audit_log", "turnover_report", "fee_line", "fee_payment"})
        QCOMPARE(rowCount(*target, QString::fromLatin1(table)), 0);
    QSqlQuery settings(target->connection());
    settings.exec(QStringLiteral("SELECT count(*) FROM register_setting WHERE setting_key LIKE 'fee_cycle.%'"));
    QVERIFY(settings.next());
    QCOMPARE(settings.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestExchange)
#include "TestExchange.moc"
