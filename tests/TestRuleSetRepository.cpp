#include "exchange/Exchange.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/LicenceRepository.h"
#include "storage/RuleSetRepository.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bevilling;
using namespace bevilling::rules;

namespace {

QByteArray jsonOf(const RuleSet &ruleSet)
{
    return QJsonDocument(RuleSets::toJson(ruleSet)).toJson(QJsonDocument::Compact);
}

int ruleSetAuditCount(const Database &db)
{
    int count = 0;
    const Result<QList<AuditEntry>> entries = AuditLog::all(db.connection()); // keep the result alive while iterating
    for (const AuditEntry &e : *entries)
        count += e.entity == RuleSetRepository::AuditEntity ? 1 : 0;
    return count;
}

int storedCount(const Database &db)
{
    return int(RuleSetRepository::readAll(db.connection())->size());
}

} // namespace

class TestRuleSetRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void emptyRegisterFollowsNational();
    void seedStoresThePresetWithAudit_data();
    void seedStoresThePresetWithAudit();
    void seedRefusesUnknownPresetAndSecondSeed();
    void saveAddsVersionAndSelectsByDate();
    void saveOnSameDateReplacesLatestWithAudit();
    void earlierDateIsRefused();
    void wideningVersionIsRefusedWithPath_data();
    void wideningVersionIsRefusedWithPath();
    void firstSaveStoresNationalItBuildsOn();
    void readOnlyRegisterCannotSave();
    void migratedVersion2FileGetsNational();
    void exchangeRoundTripKeepsRuleSets();
    void oldExchangeDocumentGetsNational();
    void exchangeRefusesWideningDocument();

private:
    std::unique_ptr<Database> openNew(const QString &name);

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2025, 3, 10), QTime(9, 30), Qt::UTC)};
};

void TestRuleSetRepository::init()
{
    QVERIFY(m_dir.isValid());
}

void TestRuleSetRepository::cleanup() {}

std::unique_ptr<Database> TestRuleSetRepository::openNew(const QString &name)
{
    Result<std::unique_ptr<Database>> opened = Database::open(m_dir.filePath(name + QStringLiteral(".sqlite")));
    if (!opened)
        qWarning("%s", qPrintable(opened.error().toString()));
    return opened ? std::move(opened).value() : nullptr;
}

void TestRuleSetRepository::emptyRegisterFollowsNational()
{
    auto db = openNew(QStringLiteral("empty"));
    QVERIFY(db);
    RuleSetRepository repo(*db, m_clock);
    QVERIFY(repo.versions()->isEmpty());
    const Result<RuleSet> current = repo.current();
    QVERIFY2(current.ok(), qPrintable(current.error().toString()));
    QCOMPARE(current->name, QStringLiteral("national"));
    QCOMPARE(jsonOf(*current), jsonOf(*RuleSets::preset(QStringLiteral("national"))));
}

void TestRuleSetRepository::seedStoresThePresetWithAudit_data()
{
    QTest::addColumn<QString>("preset");
    QTest::newRow("national") << QStringLiteral("national");
    QTest::newRow("baerum-2020") << QStringLiteral("baerum-2020");
}

void TestRuleSetRepository::seedStoresThePresetWithAudit()
{
    QFETCH(QString, preset);
    auto db = openNew(preset);
    QVERIFY(db);
    RuleSetRepository repo(*db, m_clock);
    const Status seeded = repo.seed(preset);
    QVERIFY2(seeded.ok(), qPrintable(seeded.error().toString()));
    const RuleSet expected = *RuleSets::preset(preset);
    const QList<StoredRuleSetVersion> rows = *repo.versions();
    QCOMPARE(rows.size(), expected.versions.size());
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).name, preset);
        QCOMPARE(rows.at(i).effectiveFrom, expected.versions.at(i).effectiveFrom);
        QCOMPARE(rows.at(i).createdAt, m_clock.now());
        QCOMPARE(rows.at(i).user, AuditLog::currentUser());
    }
    QCOMPARE(jsonOf(*repo.current()), jsonOf(expected));

    const QList<AuditEntry> audit = *AuditLog::all(db->connection());
    QCOMPARE(audit.size(), rows.size());
    for (int i = 0; i < audit.size(); ++i) {
        QCOMPARE(audit.at(i).entity, QStringLiteral("rule_set"));
        QCOMPARE(audit.at(i).entityId, rows.at(i).id);
        QCOMPARE(audit.at(i).action, QStringLiteral("create"));
        QVERIFY(audit.at(i).before.isEmpty());
        QCOMPARE(audit.at(i).after, rows.at(i).document);
    }
}

void TestRuleSetRepository::seedRefusesUnknownPresetAndSecondSeed()
{
    auto db = openNew(QStringLiteral("seed"));
    QVERIFY(db);
    RuleSetRepository repo(*db, m_clock);
    QVERIFY(!repo.seed(QStringLiteral("atlantis-1999")).ok());
    QCOMPARE(storedCount(*db), 0);
    QVERIFY(repo.seed(QStringLiteral("national")).ok());
    const int stored = storedCount(*db);
    const Status again = repo.seed(QStringLiteral("baerum-2020"));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, RuleSetRepository::ErrorHistory);
    QCOMPARE(storedCount(*db), stored);
    QCOMPARE(repo.current()->name, QStringLiteral("national"));
}

void TestRuleSetRepository::saveAddsVersionAndSelectsByDate()
{
    auto db = openNew(QStringLiteral("save"));
    QVERIFY(db);
    RuleSetRepository repo(*db, m_clock);
    QVERIFY(repo.seed(QStringLiteral("national")).ok());
    const RuleSet before = *repo.current();
    const RuleSetVersion latest = before.versions.last();

    RuleSetVersion next = latest;
    next.effectiveFrom = QDate(2026, 1, 1);
    next.title = QStringLiteral("Lokal forskrift 2026");
    next.sales.weekdayClose = QTime(19, 0); // narrower than 20:00
    const Result<RuleSet> saved = repo.saveVersion(next);
    QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));
    QCOMPARE(saved->versions.size(), before.versions.size() + 1);
    QCOMPARE(storedCount(*db), int(before.versions.size()) + 1);

    // Version selection by date: the day before uses the old rules, the day itself the new.
    const RuleSet current = *repo.current();
    QCOMPARE(jsonOf(current), jsonOf(*saved));
    QCOMPARE(current.versionOn(QDate(2025, 12, 31))->sales.weekdayClose, latest.sales.weekdayClose);
    QCOMPARE(current.versionOn(QDate(2026, 1, 1))->sales.weekdayClose, QTime(19, 0));
    QCOMPARE(current.versionOn(QDate(2030, 6, 3))->title, QStringLiteral("Lokal forskrift 2026"));
    const Result<SalesHours> tuesday = Hours::sales(current, QDate(2026, 1, 6));
    QVERIFY2(tuesday.ok(), qPrintable(tuesday.error().toString()));
    QCOMPARE(tuesday->close, std::optional<QTime>(QTime(19, 0)));
    const Result<SalesHours> oldTuesday = Hours::sales(current, QDate(2025, 12, 30));
    QCOMPARE(oldTuesday->close, std::optional<QTime>(QTime(20, 0)));

    const QList<AuditEntry> audit = *AuditLog::all(db->connection());
    QCOMPARE(audit.last().entity, QStringLiteral("rule_set"));
    QCOMPARE(audit.last().action, QStringLiteral("create"));
    QCOMPARE(audit.last().entityId, repo.versions()->last().id);
    QCOMPARE(audit.last().after, repo.versions()->last().document);
}

void TestRuleSetRepository::saveOnSameDateReplacesLatestWithAudit()
{
    auto db = openNew(QStringLiteral("replace"));
    QVERIFY(db);
    RuleSetRepository repo(*db, m_clock);
    QVERIFY(repo.seed(QStringLiteral("national")).ok());
    RuleSetVersion next = repo.current()->versions.last();
    next.effectiveFrom = QDate(2026, 1, 1);
    next.sales.weekdayClose = QTime(19, 0);
    QVERIFY(repo.saveVersion(next).ok());
    const StoredRuleSetVersion first = repo.versions()->last();
    const int rows = storedCount(*db);

    m_clock.setNow(m_clock.now().addDays(1));
    next.sales.weekdayClose = QTime(18, 0);
    const Result<RuleSet> saved = repo.saveVersion(next);
    QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));
    QCOMPARE(storedCount(*db), rows);
    const StoredRuleSetVersion replaced = repo.versions()->last();
    QCOMPARE(replaced.id, first.id);
    QCOMPARE(replaced.createdAt, m_clock.now());
    QCOMPARE(repo.current()->versionOn(QDate(2026, 3, 3))->sales.weekdayClose, QTime(18, 0));

    const AuditEntry entry = AuditLog::all(db->connection())->last();
    QCOMPARE(entry.action, QStringLiteral("update"));
    QCOMPARE(entry.entityId, first.id);
    QCOMPARE(entry.before, first.document);
    QCOMPARE(entry.after, replaced.document);
}

void TestRuleSetRepository::earlierDateIsRefused()
{
    auto db = openNew(QStringLiteral("earlier"));
    QVERIFY(db);
    RuleSetRepository repo(*db, m_clock);
    QVERIFY(repo.seed(QStringLiteral("national")).ok());
    RuleSetVersion next = repo.current()->versions.last();
    next.effectiveFrom = QDate(2026, 1, 1);
    QVERIFY(repo.saveVersion(next).ok());
    const int rows = storedCount(*db);
    const int audits = ruleSetAuditCount(*db);

    next.effectiveFrom = QDate(2025, 6, 1);
    const Result<RuleSet> refused = repo.saveVersion(next);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, RuleSetRepository::ErrorHistory);
    QCOMPARE(refused.error().field, QStringLiteral("effectiveFrom"));
    QVERIFY(refused.error().message.contains(QStringLiteral("01.01.2026")));
    next.effectiveFrom = QDate();
    QCOMPARE(repo.saveVersion(next).error().field, QStringLiteral("effectiveFrom"));
    QCOMPARE(storedCount(*db), rows);
    QCOMPARE(ruleSetAuditCount(*db), audits);
}

void TestRuleSetRepository::wideningVersionIsRefusedWithPath_data()
{
    QTest::addColumn<QString>("preset");
    QTest::newRow("national") << QStringLiteral("national");
    QTest::newRow("baerum-2020") << QStringLiteral("baerum-2020");
}

void TestRuleSetRepository::wideningVersionIsRefusedWithPath()
{
    QFETCH(QString, preset);
    auto db = openNew(QStringLiteral("widen-") + preset);
    QVERIFY(db);
    RuleSetRepository repo(*db, m_clock);
    QVERIFY(repo.seed(preset).ok());
    const int rows = storedCount(*db);
    const int audits = ruleSetAuditCount(*db);
    const RuleSet before = *repo.current();

    RuleSetVersion next = before.versions.last();
    next.effectiveFrom = QDate(2026, 1, 1);
    QVERIFY(!next.serving.rules.isEmpty());
    next.serving.rules[0].end = QTime(3, 30); // beyond the national 03:00
    const Result<RuleSet> refused = repo.saveVersion(next);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, RuleSetRepository::ErrorValidation);
    const QString path = QStringLiteral("versions[%1].serving.rules[0]").arg(before.versions.size());
    QVERIFY2(refused.error().field.startsWith(path), qPrintable(refused.error().field));
    QVERIFY(refused.error().message.startsWith(refused.error().field));
    QCOMPARE(storedCount(*db), rows);
    QCOMPARE(ruleSetAuditCount(*db), audits);
    QCOMPARE(jsonOf(*repo.current()), jsonOf(before));

    // The editor asks the same question before saving.
    const QList<RuleProblem> problems = RuleSetRepository::problemsOf(before, next);
    QVERIFY(!problems.isEmpty());
    QCOMPARE(problems.first().path, refused.error().field);
}

void TestRuleSetRepository::firstSaveStoresNationalItBuildsOn()
{
    auto db = openNew(QStringLiteral("unstored"));
    QVERIFY(db);
    RuleSetRepository repo(*db, m_clock);
    const RuleSet national = *RuleSets::preset(QStringLiteral("national"));
    RuleSetVersion next = national.versions.last();
    next.effectiveFrom = QDate(2026, 1, 1);
    next.serving.consumptionMinutes = 20;
    const Result<RuleSet> saved = repo.saveVersion(next);
    QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));
    QCOMPARE(storedCount(*db), int(national.versions.size()) + 1);
    QCOMPARE(ruleSetAuditCount(*db), int(national.versions.size()) + 1);
    QCOMPARE(repo.current()->versionOn(QDate(2025, 12, 31))->serving.consumptionMinutes,
             national.versions.last().serving.consumptionMinutes);
    QCOMPARE(repo.current()->versionOn(QDate(2026, 1, 1))->serving.consumptionMinutes, 20);
}

void TestRuleSetRepository::readOnlyRegisterCannotSave()
{
    const QString path = m_dir.filePath(QStringLiteral("ro.sqlite"));
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QVERIFY(RuleSetRepository(**db, m_clock).seed(QStringLiteral("baerum-2020")).ok());
    }
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    auto db = Database::open(path, options);
    QVERIFY2(db.ok(), qPrintable(db.error().toString()));
    RuleSetRepository repo(**db, m_clock);
    QCOMPARE(repo.current()->name, QStringLiteral("baerum-2020"));
    RuleSetVersion next = repo.current()->versions.last();
    next.effectiveFrom = QDate(2026, 1, 1);
    QCOMPARE(repo.saveVersion(next).error().code, RuleSetRepository::ErrorReadOnly);
    QCOMPARE(repo.seed(QStringLiteral("national")).error().code, RuleSetRepository::ErrorReadOnly);
}

void TestRuleSetRepository::migratedVersion2FileGetsNational()
{
    const QString path = m_dir.filePath(QStringLiteral("v2.sqlite"));
    {
        Database::Options options;
        options.targetVersion = 2;
        auto db = Database::open(path, options);
        QVERIFY2(db.ok(), qPrintable(db.error().toString()));
        QCOMPARE((*db)->schemaVersion(), 2);
        QVERIFY(LicenceRepository(**db, m_clock).create(test::makeServingLicence()).ok());
    }
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.error().toString()));
    QVERIFY((*db)->schemaVersion() >= 3);
    QVERIFY(!(*db)->migrationBackupPath().isEmpty());
    RuleSetRepository repo(**db, m_clock);
    QVERIFY(repo.versions()->isEmpty());
    const Result<RuleSet> current = repo.current();
    QVERIFY2(current.ok(), qPrintable(current.error().toString()));
    QCOMPARE(jsonOf(*current), jsonOf(*RuleSets::preset(QStringLiteral("national"))));
    QCOMPARE(LicenceRepository(**db, m_clock).count().value(), 1);
}

void TestRuleSetRepository::exchangeRoundTripKeepsRuleSets()
{
    auto source = openNew(QStringLiteral("x-source"));
    QVERIFY(source);
    RuleSetRepository repo(*source, m_clock);
    QVERIFY(repo.seed(QStringLiteral("baerum-2020")).ok());
    RuleSetVersion next = repo.current()->versions.last();
    next.effectiveFrom = QDate(2026, 1, 1);
    next.serving.consumptionMinutes = 25;
    QVERIFY(repo.saveVersion(next).ok());

    const Result<QByteArray> first = Exchange::exportRegister(*source);
    QVERIFY(first.ok());
    const QJsonObject root = QJsonDocument::fromJson(*first).object();
    QCOMPARE(root.value(QStringLiteral("format_version")).toInt(), 2);
    const QJsonArray versions = root.value(QStringLiteral("rule_sets")).toArray();
    QCOMPARE(versions.size(), storedCount(*source));
    QCOMPARE(versions.last()[QStringLiteral("effective_from")].toString(), QStringLiteral("2026-01-01"));
    QCOMPARE(versions.first()[QStringLiteral("name")].toString(), QStringLiteral("baerum-2020"));

    auto target = openNew(QStringLiteral("x-target"));
    QVERIFY(target);
    const Status imported = Exchange::importRegister(*target, *first, m_clock);
    QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
    QCOMPARE(*Exchange::exportRegister(*target), *first);
    RuleSetRepository targetRepo(*target, m_clock);
    QCOMPARE(jsonOf(*targetRepo.current()), jsonOf(*repo.current()));
    QCOMPARE(targetRepo.versions()->last().id, repo.versions()->last().id);
    QCOMPARE(targetRepo.versions()->last().createdAt, repo.versions()->last().createdAt);
}

void TestRuleSetRepository::oldExchangeDocumentGetsNational()
{
    // A register without a stored rule set exports as format version 1, without the section.
    auto source = openNew(QStringLiteral("old-source"));
    QVERIFY(source);
    QVERIFY(LicenceRepository(*source, m_clock).create(test::makeServingLicence()).ok());
    const QByteArray document = *Exchange::exportRegister(*source);
    QVERIFY(document.contains("\"format_version\": 1,"));
    QVERIFY(!document.contains("rule_sets"));

    auto target = openNew(QStringLiteral("old-target"));
    QVERIFY(target);
    QVERIFY(Exchange::importRegister(*target, document, m_clock).ok());
    QCOMPARE(storedCount(*target), 0);
    QCOMPARE(jsonOf(*RuleSetRepository(*target, m_clock).current()), jsonOf(*RuleSets::preset(QStringLiteral("national"))));
    QCOMPARE(*Exchange::exportRegister(*target), document);
}

void TestRuleSetRepository::exchangeRefusesWideningDocument()
{
    auto source = openNew(QStringLiteral("bad-source"));
    QVERIFY(source);
    QVERIFY(RuleSetRepository(*source, m_clock).seed(QStringLiteral("national")).ok());
    const QJsonObject root = QJsonDocument::fromJson(*Exchange::exportRegister(*source)).object();

    auto importInto = [this](const QString &name, const QJsonObject &document) {
        auto target = openNew(name);
        const Status s = Exchange::importRegister(*target, QJsonDocument(document).toJson(), m_clock);
        const int rows = storedCount(*target);
        return std::make_pair(s, rows);
    };

    // A version-1 document cannot carry the section.
    QJsonObject v1 = root;
    v1.insert(QStringLiteral("format_version"), 1);
    auto [v1Status, v1Rows] = importInto(QStringLiteral("bad-v1"), v1);
    QVERIFY(!v1Status.ok());
    QCOMPARE(v1Status.error().field, QStringLiteral("rule_sets"));
    QCOMPARE(v1Rows, 0);

    // A serving rule that ends at 03:30 is refused with its path inside the document.
    QJsonArray rows = root.value(QStringLiteral("rule_sets")).toArray();
    QJsonObject row = rows.first().toObject();
    Result<RuleSet> parsed = RuleSets::fromJson(row.value(QStringLiteral("document")).toObject());
    QVERIFY(parsed.ok());
    RuleSet widened = *parsed;
    widened.versions[0].serving.rules[0].end = QTime(3, 30);
    row.insert(QStringLiteral("document"), RuleSets::toJson(widened));
    rows[0] = row;
    QJsonObject bad = root;
    bad.insert(QStringLiteral("rule_sets"), rows);
    auto [badStatus, badRows] = importInto(QStringLiteral("bad-widen"), bad);
    QVERIFY(!badStatus.ok());
    QVERIFY2(badStatus.error().field.startsWith(QStringLiteral("rule_sets[0].document.versions[0].serving.rules[0]")),
             qPrintable(badStatus.error().field));
    QCOMPARE(badRows, 0);
}

QTEST_GUILESS_MAIN(TestRuleSetRepository)
#include "TestRuleSetRepository.moc"
