#include "TestSupport.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/InspectionRepository.h"
#include "storage/LicenceRepository.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace bevilling;

using Change = std::function<void(Inspection &)>;
Q_DECLARE_METATYPE(Change)

class TestInspectionRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void schemaHasInspectionTables();
    void inspectors();
    void inspectorRefused_data();
    void inspectorRefused();
    void createAssignsNumbers();
    void createStoresEverything();
    void createRefused_data();
    void createRefused();
    void singleInspectorConfirmed();
    void duplicateNumberRefused();
    void updateKeepsFindingIds();
    void listByYearAndLicence();
    void reportAndComments();
    void reportRefused_data();
    void reportRefused();
    void auditEntries();
    void records();
    void readOnlyRefusesWrites();

private:
    Inspection makeInspection() const;
    int count(const QString &table) const;

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 6, 15), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    qint64 m_licenceId = 0;
    qint64 m_otherLicenceId = 0;
    QList<qint64> m_inspectorIds;
};

void TestInspectionRepository::init()
{
    const QString path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(path);
    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
    m_db = std::move(opened).value();
    LicenceRepository licences(*m_db, m_clock);
    const Result<Licence> first = licences.create(test::makeServingLicence(QStringLiteral("2024-001")));
    QVERIFY2(first.ok(), qPrintable(first.error().toString()));
    m_licenceId = first->id;
    Licence other = test::makeServingLicence(QStringLiteral("2024-002"));
    other.licensee.name = QStringLiteral("Nattbaren AS");
    other.licensee.orgNumber = QStringLiteral("974760673");
    other.premises.name = QStringLiteral("Nattbaren");
    const Result<Licence> second = licences.create(other);
    QVERIFY2(second.ok(), qPrintable(second.error().toString()));
    m_otherLicenceId = second->id;

    InspectorRepository inspectors(*m_db, m_clock);
    m_inspectorIds.clear();
    for (const QString &name : {QStringLiteral("Anne Kontrollør"), QStringLiteral("Bjørn Kontrollør")}) {
        Inspector i;
        i.name = name;
        i.organisation = QStringLiteral("Kontrollfirma AS");
        i.knowledgeTestPassed = QDate(2024, 1, 10);
        const Result<Inspector> created = inspectors.create(i);
        QVERIFY2(created.ok(), qPrintable(created.error().toString()));
        m_inspectorIds.append(created->id);
    }
}

void TestInspectionRepository::cleanup()
{
    m_db.reset();
}

Inspection TestInspectionRepository::makeInspection() const
{
    Inspection in;
    in.licenceId = m_licenceId;
    in.date = QDate(2026, 6, 5);
    in.start = QTime(22, 0);
    in.end = QTime(1, 15);
    in.type = rules::InspectionType::Serving;
    in.mode = InspectionMode::Anonymous;
    in.inspectorIds = m_inspectorIds;
    in.checklist = {{QStringLiteral("age_checks"), true, true, QStringLiteral("Leg sjekket")},
                    {QStringLiteral("intoxication"), true, false, {}}};
    InspectionFinding f;
    f.code = QStringLiteral("intoxicated_served");
    f.description = QStringLiteral("Gjest ved bardisken fikk servert øl");
    IntoxicationSigns signs;
    signs.speech = QStringLiteral("snøvlete tale");
    signs.balance = QStringLiteral("ustø, støttet seg til bardisken");
    signs.served = QStringLiteral("0,5 l pils");
    signs.when = QTime(23, 40);
    f.signs = signs;
    in.findings = {f};
    in.notes = QStringLiteral("Mye folk");
    return in;
}

int TestInspectionRepository::count(const QString &table) const
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestInspectionRepository::schemaHasInspectionTables()
{
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
    QVERIFY(query.value(0).toInt() >= 6);
    for (const QString &table : {QStringLiteral("inspector"), QStringLiteral("inspection"), QStringLiteral("inspection_inspector"),
                                 QStringLiteral("inspection_checklist"), QStringLiteral("inspection_finding")})
        QCOMPARE(count(table), table == QLatin1String("inspector") ? 2 : 0);
    QVERIFY(query.exec(QStringLiteral("SELECT id, inspection_id, code, speech, balance, behaviour, served, served_at "
                                      "FROM inspection_finding")));
}

void TestInspectionRepository::inspectors()
{
    InspectorRepository repo(*m_db, m_clock);
    Result<QList<Inspector>> all = repo.list();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->first().name, QStringLiteral("Anne Kontrollør"));
    Inspector anne = all->first();
    anne.active = false;
    anne.knowledgeTestPassed = QDate();
    const Result<Inspector> updated = repo.update(anne);
    QVERIFY2(updated.ok(), qPrintable(updated.error().toString()));
    QVERIFY(!updated->active);
    QVERIFY(!updated->knowledgeTestPassed.isValid());
    QCOMPARE(repo.list(true)->size(), 1);
    QCOMPARE(repo.find(anne.id)->organisation, QStringLiteral("Kontrollfirma AS"));
    const auto entries = AuditLog::entriesFor(m_db->connection(), InspectorRepository::AuditEntity, anne.id);
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->last().action, QStringLiteral("update"));
    QCOMPARE(repo.find(9999).error().code, InspectorRepository::ErrorNotFound);
}

void TestInspectionRepository::inspectorRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QDate>("test");
    QTest::addColumn<QString>("field");
    QTest::newRow("no name") << QStringLiteral("  ") << QDate(2024, 1, 1) << QStringLiteral("name");
    QTest::newRow("test tomorrow") << QStringLiteral("Per") << QDate(2026, 6, 16) << QStringLiteral("knowledge_test_passed");
}

void TestInspectionRepository::inspectorRefused()
{
    QFETCH(QString, name);
    QFETCH(QDate, test);
    QFETCH(QString, field);
    InspectorRepository repo(*m_db, m_clock);
    Inspector i;
    i.name = name;
    i.knowledgeTestPassed = test;
    const Result<Inspector> created = repo.create(i);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().field, field);
    QCOMPARE(created.error().code, InspectorRepository::ErrorValidation);
    QCOMPARE(count(QStringLiteral("inspector")), 2);
    // Today is fine.
    i.name = QStringLiteral("Per");
    i.knowledgeTestPassed = m_clock.today();
    QVERIFY(repo.create(i).ok());
}

void TestInspectionRepository::createAssignsNumbers()
{
    InspectionRepository repo(*m_db, m_clock);
    QCOMPARE(*repo.nextNumber(2026), QStringLiteral("K-2026-001"));
    const Result<Inspection> first = repo.create(makeInspection());
    QVERIFY2(first.ok(), qPrintable(first.error().toString()));
    QCOMPARE(first->number, QStringLiteral("K-2026-001"));
    const Result<Inspection> second = repo.create(makeInspection());
    QVERIFY(second.ok());
    QCOMPARE(second->number, QStringLiteral("K-2026-002"));
    QCOMPARE(*repo.nextNumber(2026), QStringLiteral("K-2026-003"));
    QCOMPARE(*repo.nextNumber(2025), QStringLiteral("K-2025-001"));
}

void TestInspectionRepository::createStoresEverything()
{
    InspectionRepository repo(*m_db, m_clock);
    Inspection in = makeInspection();
    in.mode = InspectionMode::Open;
    const Result<Inspection> created = repo.create(in);
    QVERIFY2(created.ok(), qPrintable(created.error().toString()));
    const Result<Inspection> stored = repo.find(created->id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->licenceId, m_licenceId);
    QCOMPARE(stored->date, in.date);
    QCOMPARE(stored->start, in.start);
    QCOMPARE(stored->end, in.end);
    QCOMPARE(stored->mode, InspectionMode::Open);
    QCOMPARE(stored->inspectorIds, m_inspectorIds);
    QCOMPARE(stored->checklist.size(), 2);
    QCOMPARE(stored->checklist.at(0).note, QStringLiteral("Leg sjekket"));
    QVERIFY(!stored->checklist.at(1).inOrder);
    QCOMPARE(stored->findings.size(), 1);
    QVERIFY(stored->findings.first().id > 0);
    QVERIFY(stored->findings.first().signs.has_value());
    QCOMPARE(stored->findings.first().signs->balance, QStringLiteral("ustø, støttet seg til bardisken"));
    QCOMPARE(stored->findings.first().signs->when, QTime(23, 40));
    QCOMPARE(stored->notes, QStringLiteral("Mye folk"));
    QCOMPARE(stored->createdAt, m_clock.now());
    // The report was not due yet on 15 June (inspection 5 June + 7 = 12 June): informational warning.
    QCOMPARE(repo.lastWarnings().size(), 1);
    QCOMPARE(repo.lastWarnings().first().code, InspectionValidator::CodeReportLate);
}

void TestInspectionRepository::createRefused_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("field");
    QTest::newRow("no inspectors") << Change([](Inspection &in) { in.inspectorIds.clear(); }) << QStringLiteral("inspectors");
    QTest::newRow("one inspector at a serving place")
        << Change([](Inspection &in) { in.inspectorIds.removeLast(); }) << QStringLiteral("inspectors");
    QTest::newRow("end 06:00") << Change([](Inspection &in) { in.end = QTime(6, 0); }) << QStringLiteral("end");
    QTest::newRow("tomorrow") << Change([](Inspection &in) { in.date = QDate(2026, 6, 16); }) << QStringLiteral("date");
    QTest::newRow("unknown licence") << Change([](Inspection &in) { in.licenceId = 9999; }) << QStringLiteral("licence");
    QTest::newRow("bare conclusion") << Change([](Inspection &in) {
        in.findings[0].signs->speech = QStringLiteral("beruset");
        in.findings[0].signs->balance.clear(); }) << QStringLiteral("findings[0].signs");
    QTest::newRow("unknown code") << Change([](Inspection &in) { in.findings[0].code = QStringLiteral("noise"); })
                                  << QStringLiteral("findings[0].code");
}

void TestInspectionRepository::createRefused()
{
    QFETCH(Change, change);
    QFETCH(QString, field);
    InspectionRepository repo(*m_db, m_clock);
    Inspection in = makeInspection();
    change(in);
    const int audits = count(QStringLiteral("audit_log"));
    const Result<Inspection> created = repo.create(in);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, InspectionRepository::ErrorValidation);
    QCOMPARE(created.error().field, field);
    QCOMPARE(count(QStringLiteral("inspection")), 0);
    QCOMPARE(count(QStringLiteral("inspection_finding")), 0);
    QCOMPARE(count(QStringLiteral("audit_log")), audits);
}

void TestInspectionRepository::singleInspectorConfirmed()
{
    InspectionRepository repo(*m_db, m_clock);
    Inspection in = makeInspection();
    in.inspectorIds = {m_inspectorIds.first()};
    in.confirmedSingleInspector = true;
    const Result<Inspection> created = repo.create(in);
    QVERIFY2(created.ok(), qPrintable(created.error().toString()));
    QVERIFY(created->confirmedSingleInspector);
    bool warned = false;
    for (const InspectionProblem &p : repo.lastWarnings())
        warned = warned || p.code == InspectionValidator::CodeSingleInspector;
    QVERIFY(warned);
}

void TestInspectionRepository::duplicateNumberRefused()
{
    InspectionRepository repo(*m_db, m_clock);
    Inspection in = makeInspection();
    in.number = QStringLiteral("K-2026-010");
    QVERIFY(repo.create(in).ok());
    const Result<Inspection> again = repo.create(in);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().field, QStringLiteral("number"));
    QCOMPARE(count(QStringLiteral("inspection")), 1);
    QCOMPARE(*repo.nextNumber(2026), QStringLiteral("K-2026-011"));
}

void TestInspectionRepository::updateKeepsFindingIds()
{
    InspectionRepository repo(*m_db, m_clock);
    const Result<Inspection> created = repo.create(makeInspection());
    QVERIFY(created.ok());
    const qint64 findingId = created->findings.first().id;
    Inspection edited = *created;
    edited.end = QTime(2, 0);
    edited.findings[0].description = QStringLiteral("Endret beskrivelse");
    edited.findings.append({0, QStringLiteral("hours"), QStringLiteral("Skjenket etter kl. 01.00"), {}});
    edited.reportSent = QDate(2026, 6, 6); // ignored: setReportSent records the report
    m_clock.setNow(m_clock.now().addSecs(60));
    const Result<Inspection> updated = repo.update(edited);
    QVERIFY2(updated.ok(), qPrintable(updated.error().toString()));
    QCOMPARE(updated->number, created->number);
    QCOMPARE(updated->end, QTime(2, 0));
    QCOMPARE(updated->findings.size(), 2);
    QCOMPARE(updated->findings.first().id, findingId);
    QCOMPARE(updated->findings.first().description, QStringLiteral("Endret beskrivelse"));
    QVERIFY(!updated->reportSent.isValid());
    QCOMPARE(updated->createdAt, created->createdAt);
    QVERIFY(updated->updatedAt > created->updatedAt);

    Inspection fewer = *updated;
    fewer.findings.removeFirst();
    const Result<Inspection> removed = repo.update(fewer);
    QVERIFY(removed.ok());
    QCOMPARE(removed->findings.size(), 1);
    QCOMPARE(removed->findings.first().code, QStringLiteral("hours"));
    QCOMPARE(count(QStringLiteral("inspection_finding")), 1);

    Inspection bad = *removed;
    bad.end = bad.start;
    QCOMPARE(repo.update(bad).error().field, QStringLiteral("end"));
    QCOMPARE(repo.find(bad.id)->end, QTime(2, 0));
    Inspection missing = *removed;
    missing.id = 9999;
    QCOMPARE(repo.update(missing).error().code, InspectionRepository::ErrorNotFound);
}

void TestInspectionRepository::listByYearAndLicence()
{
    InspectionRepository repo(*m_db, m_clock);
    Inspection last = makeInspection();
    last.date = QDate(2025, 11, 20);
    last.reportSent = QDate(2025, 11, 21);
    Inspection other = makeInspection();
    other.licenceId = m_otherLicenceId;
    other.date = QDate(2026, 2, 1);
    Inspection later = makeInspection();
    later.date = QDate(2026, 5, 1);
    later.start = QTime(18, 0);
    later.end = QTime(19, 0);
    for (const Inspection &in : {later, last, other})
        QVERIFY(repo.create(in).ok());
    QStringList numbers;
    for (const Inspection &in : *repo.list(2026))
        numbers << in.number;
    QCOMPARE(numbers, (QStringList{QStringLiteral("K-2026-002"), QStringLiteral("K-2026-001")}));
    QCOMPARE(repo.list(2025)->size(), 1);
    QCOMPARE(repo.list()->size(), 3);
    QCOMPARE(repo.list(2024)->size(), 0);
    QCOMPARE(repo.forLicence(m_licenceId)->size(), 2);
    QCOMPARE(repo.forLicence(m_otherLicenceId)->first().date, QDate(2026, 2, 1));
}

void TestInspectionRepository::reportAndComments()
{
    InspectionRepository repo(*m_db, m_clock);
    const Result<Inspection> created = repo.create(makeInspection());
    QVERIFY(created.ok());
    const Result<Inspection> sent = repo.setReportSent(created->id, QDate(2026, 6, 8));
    QVERIFY2(sent.ok(), qPrintable(sent.error().toString()));
    QCOMPARE(sent->reportSent, QDate(2026, 6, 8));
    QCOMPARE(sent->commentDeadline(), QDate(2026, 6, 22));
    const Result<Inspection> commented = repo.saveComments(created->id, QDate(2026, 6, 12), QStringLiteral(" Vi beklager. "));
    QVERIFY2(commented.ok(), qPrintable(commented.error().toString()));
    QCOMPARE(commented->commentsReceived, QDate(2026, 6, 12));
    QCOMPARE(commented->comments, QStringLiteral("Vi beklager."));
    // An ordinary update keeps them.
    Inspection edited = *commented;
    edited.reportSent = QDate();
    edited.comments.clear();
    const Result<Inspection> updated = repo.update(edited);
    QVERIFY(updated.ok());
    QCOMPARE(updated->reportSent, QDate(2026, 6, 8));
    QCOMPARE(updated->comments, QStringLiteral("Vi beklager."));
    QVERIFY(repo.lastWarnings().isEmpty());
}

void TestInspectionRepository::reportRefused_data()
{
    QTest::addColumn<QDate>("sent");
    QTest::addColumn<QDate>("comments");
    QTest::addColumn<QString>("field");
    QTest::newRow("report before inspection") << QDate(2026, 6, 4) << QDate() << QStringLiteral("report_sent");
    QTest::newRow("report tomorrow") << QDate(2026, 6, 16) << QDate() << QStringLiteral("report_sent");
    QTest::newRow("report missing") << QDate() << QDate() << QStringLiteral("report_sent");
    QTest::newRow("comments before report") << QDate(2026, 6, 8) << QDate(2026, 6, 7) << QStringLiteral("comments_received");
    QTest::newRow("comments tomorrow") << QDate(2026, 6, 8) << QDate(2026, 6, 16) << QStringLiteral("comments_received");
}

void TestInspectionRepository::reportRefused()
{
    QFETCH(QDate, sent);
    QFETCH(QDate, comments);
    QFETCH(QString, field);
    InspectionRepository repo(*m_db, m_clock);
    const Result<Inspection> created = repo.create(makeInspection());
    QVERIFY(created.ok());
    const int audits = count(QStringLiteral("audit_log"));
    if (comments.isValid()) {
        QVERIFY(repo.setReportSent(created->id, sent).ok());
        const Result<Inspection> result = repo.saveComments(created->id, comments, QStringLiteral("x"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().field, field);
        QCOMPARE(count(QStringLiteral("audit_log")), audits + 1);
        QVERIFY(!repo.find(created->id)->commentsReceived.isValid());
    } else {
        const Result<Inspection> result = repo.setReportSent(created->id, sent);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().field, field);
        QCOMPARE(count(QStringLiteral("audit_log")), audits);
        QVERIFY(!repo.find(created->id)->reportSent.isValid());
    }
}

void TestInspectionRepository::auditEntries()
{
    InspectionRepository repo(*m_db, m_clock);
    const Result<Inspection> created = repo.create(makeInspection());
    QVERIFY(created.ok());
    QVERIFY(repo.update(*created).ok());
    QVERIFY(repo.setReportSent(created->id, QDate(2026, 6, 9)).ok());
    QVERIFY(repo.saveComments(created->id, QDate(2026, 6, 10), QStringLiteral("OK")).ok());
    const Result<QList<AuditEntry>> history = repo.history(created->id);
    QVERIFY(history.ok());
    QStringList actions;
    for (const AuditEntry &e : *history) {
        actions << e.action;
        QCOMPARE(e.entity, InspectionRepository::AuditEntity);
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("create"), QStringLiteral("update"), QStringLiteral("report"),
                                   QStringLiteral("comments")}));
    QVERIFY(history->first().before.isEmpty());
    QCOMPARE(history->first().after.value(QStringLiteral("number")).toString(), created->number);
    QCOMPARE(history->first().after.value(QStringLiteral("findings")).toArray().size(), 1);
    QCOMPARE(history->at(2).after.value(QStringLiteral("report_sent")).toString(), QStringLiteral("2026-06-09"));
    QVERIFY(history->at(2).before.value(QStringLiteral("report_sent")).isNull());
}

void TestInspectionRepository::records()
{
    InspectionRepository repo(*m_db, m_clock);
    Inspection sales = makeInspection();
    sales.type = rules::InspectionType::Sales;
    sales.inspectorIds = {m_inspectorIds.first()};
    QVERIFY(repo.create(makeInspection()).ok());
    QVERIFY(repo.create(sales).ok());
    const QList<rules::InspectionRecord> records = InspectionRepository::records(*repo.list(2026));
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).licenceId, m_licenceId);
    QCOMPARE(records.at(0).inspectors, 2);
    QCOMPARE(records.at(1).type, rules::InspectionType::Sales);
    QCOMPARE(records.at(1).inspectors, 1);
    QCOMPARE(records.at(1).date, QDate(2026, 6, 5));
}

void TestInspectionRepository::readOnlyRefusesWrites()
{
    const QString path = m_db->path();
    {
        InspectionRepository repo(*m_db, m_clock);
        QVERIFY(repo.create(makeInspection()).ok());
    }
    m_db.reset();
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    auto opened = Database::open(path, options);
    QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
    m_db = std::move(opened).value();
    InspectionRepository repo(*m_db, m_clock);
    QCOMPARE(repo.list()->size(), 1);
    QCOMPARE(repo.create(makeInspection()).error().code, InspectionRepository::ErrorReadOnly);
    QCOMPARE(repo.setReportSent(repo.list()->first().id, QDate(2026, 6, 8)).error().code, InspectionRepository::ErrorReadOnly);
    Inspector i;
    i.name = QStringLiteral("Per");
    QCOMPARE(InspectorRepository(*m_db, m_clock).create(i).error().code, InspectorRepository::ErrorReadOnly);
}

QTEST_GUILESS_MAIN(TestInspectionRepository)
#include "TestInspectionRepository.moc"
