#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/LicenceRepository.h"
#include "storage/RegisterSettings.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bevilling;

class TestLicenceRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void createAndFind();
    void createWritesAuditEntry();
    void invalidLicenceSavesNothing();
    void duplicateNumberRefused();
    void updateRecordsChanges();
    void updateWithoutChangesWritesNothing();
    void endAndReopen();
    void sameOrgNumberSharesLicensee();
    void nextNumber();
    void readOnlyRefusesWrites();
    void settingsRoundTripWithAudit();

private:
    int auditCount() const;

    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock{QDateTime(QDate(2025, 3, 10), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<Database> m_db;
};

void TestLicenceRepository::init()
{
    m_path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    auto opened = Database::open(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
    m_db = std::move(opened).value();
}

void TestLicenceRepository::cleanup()
{
    m_db.reset();
}

int TestLicenceRepository::auditCount() const
{
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT count(*) FROM audit_log"));
    return q.next() ? q.value(0).toInt() : -1;
}

void TestLicenceRepository::createAndFind()
{
    LicenceRepository repo(*m_db, m_clock);
    const Licence input = test::makeServingLicence();
    auto created = repo.create(input);
    QVERIFY2(created.ok(), qPrintable(created.error().toString()));
    QVERIFY(created->id > 0);
    QVERIFY(created->licensee.id > 0);
    QVERIFY(created->premises.id > 0);
    QCOMPARE(created->createdAt, m_clock.now());

    auto found = repo.find(created->id);
    QVERIFY(found.ok());
    QCOMPARE(found->number, input.number);
    QCOMPARE(found->licensee.name, input.licensee.name);
    QCOMPARE(found->licensee.orgNumber, input.licensee.orgNumber);
    QCOMPARE(found->premises.capacity, input.premises.capacity);
    QCOMPARE(found->manager.name, input.manager.name);
    QCOMPARE(found->manager.knowledgeTestPassed, input.manager.knowledgeTestPassed);
    QCOMPARE(found->deputies.size(), 1);
    QCOMPARE(found->deputies.first().birthDate, input.deputies.first().birthDate);
    QCOMPARE(found->groups, input.groups);
    QCOMPARE(found->validTo, input.validTo);
    QCOMPARE(found->conditions, input.conditions);

    auto all = repo.list();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().deputies.first().name, input.deputies.first().name);
}

void TestLicenceRepository::createWritesAuditEntry()
{
    LicenceRepository repo(*m_db, m_clock);
    auto created = repo.create(test::makeServingLicence());
    QVERIFY(created.ok());
    auto history = repo.history(created->id);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 1);
    const AuditEntry entry = history->first();
    QCOMPARE(entry.action, QStringLiteral("create"));
    QCOMPARE(entry.entity, QStringLiteral("licence"));
    QCOMPARE(entry.at, m_clock.now());
    QCOMPARE(entry.user, AuditLog::currentUser());
    QVERIFY(entry.before.isEmpty());
    QCOMPARE(entry.after.value(QStringLiteral("number")).toString(), QStringLiteral("2024-001"));
}

void TestLicenceRepository::invalidLicenceSavesNothing()
{
    LicenceRepository repo(*m_db, m_clock);
    Licence bad = test::makeServingLicence();
    bad.licensee.orgNumber = QStringLiteral("923609015");
    auto result = repo.create(bad);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, LicenceRepository::ErrorValidation);
    QCOMPARE(result.error().field, QStringLiteral("licensee.orgNumber"));
    QCOMPARE(repo.count().value(), 0);
    QCOMPARE(auditCount(), 0);
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT count(*) FROM licensee"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestLicenceRepository::duplicateNumberRefused()
{
    LicenceRepository repo(*m_db, m_clock);
    QVERIFY(repo.create(test::makeServingLicence()).ok());
    auto second = repo.create(test::makeServingLicence());
    QVERIFY(!second.ok());
    QCOMPARE(second.error().field, QStringLiteral("number"));
    QCOMPARE(repo.count().value(), 1);
}

void TestLicenceRepository::updateRecordsChanges()
{
    LicenceRepository repo(*m_db, m_clock);
    auto created = repo.create(test::makeServingLicence());
    QVERIFY(created.ok());
    Licence changed = *created;
    changed.manager.name = QStringLiteral("Nina Berg");
    changed.outdoor = true;
    changed.outdoorDescription = QStringLiteral("Terrasse mot sjøen");
    Person second;
    second.name = QStringLiteral("Per Olsen");
    second.birthDate = QDate(1985, 2, 2);
    changed.deputies.append(second);
    m_clock.setNow(m_clock.now().addDays(1));
    auto updated = repo.update(changed);
    QVERIFY2(updated.ok(), qPrintable(updated.error().toString()));
    QCOMPARE(updated->deputies.size(), 2);
    QCOMPARE(updated->updatedAt, m_clock.now());
    QCOMPARE(updated->createdAt, created->createdAt);

    auto history = repo.history(created->id);
    QCOMPARE(history->size(), 2);
    const AuditEntry entry = history->last();
    QCOMPARE(entry.action, QStringLiteral("update"));
    const QList<AuditChange> changes = AuditLog::changes(entry.before, entry.after);
    QStringList paths;
    for (const AuditChange &c : changes)
        paths.append(c.path);
    paths.sort();
    QCOMPARE(paths, QStringList({QStringLiteral("areas.outdoor"), QStringLiteral("areas.outdoor_description"),
                                 QStringLiteral("deputies[1].birth_date"), QStringLiteral("deputies[1].name"),
                                 QStringLiteral("manager.name")}));
    for (const AuditChange &c : changes) {
        if (c.path == QLatin1String("manager.name")) {
            QCOMPARE(c.before, QStringLiteral("Kari Nordmann"));
            QCOMPARE(c.after, QStringLiteral("Nina Berg"));
            QCOMPARE(c.label, QStringLiteral("Manager"));
        }
    }
}

void TestLicenceRepository::updateWithoutChangesWritesNothing()
{
    LicenceRepository repo(*m_db, m_clock);
    auto created = repo.create(test::makeServingLicence());
    QVERIFY(created.ok());
    QVERIFY(repo.update(*created).ok());
    QCOMPARE(repo.history(created->id)->size(), 1);
}

void TestLicenceRepository::endAndReopen()
{
    LicenceRepository repo(*m_db, m_clock);
    auto created = repo.create(test::makeServingLicence());
    QVERIFY(created.ok());
    auto beforeStart = repo.end(created->id, QDate(2024, 9, 1), EndReason::Surrendered, QString());
    QVERIFY(!beforeStart.ok());
    QCOMPARE(beforeStart.error().field, QStringLiteral("endedOn"));

    auto ended = repo.end(created->id, QDate(2025, 6, 1), EndReason::Closed, QStringLiteral("Konkurs"));
    QVERIFY2(ended.ok(), qPrintable(ended.error().toString()));
    QCOMPARE(ended->endedOn, QDate(2025, 6, 1));
    QCOMPARE(ended->endReason, std::optional<EndReason>(EndReason::Closed));
    QCOMPARE(ended->statusOn(QDate(2025, 6, 1)), LicenceStatus::Ended);
    QVERIFY(!repo.end(created->id, QDate(2025, 7, 1), EndReason::Closed, QString()).ok());

    auto reopened = repo.reopen(created->id);
    QVERIFY(reopened.ok());
    QVERIFY(!reopened->endedOn.isValid());
    auto history = repo.history(created->id);
    QCOMPARE(history->size(), 3);
    QCOMPARE(history->at(1).action, QStringLiteral("end"));
    QCOMPARE(history->at(2).action, QStringLiteral("reopen"));
}

void TestLicenceRepository::sameOrgNumberSharesLicensee()
{
    LicenceRepository repo(*m_db, m_clock);
    auto first = repo.create(test::makeServingLicence(QStringLiteral("2024-001")));
    Licence second = test::makeServingLicence(QStringLiteral("2024-002"));
    second.premises.name = QStringLiteral("Fjordkroa Bryggen");
    auto created = repo.create(second);
    QVERIFY(first.ok() && created.ok());
    QCOMPARE(created->licensee.id, first->licensee.id);
    QVERIFY(created->premises.id != first->premises.id);
}

void TestLicenceRepository::nextNumber()
{
    LicenceRepository repo(*m_db, m_clock);
    QCOMPARE(repo.nextNumber(2024).value(), QStringLiteral("2024-001"));
    QVERIFY(repo.create(test::makeServingLicence(QStringLiteral("2024-007"))).ok());
    QCOMPARE(repo.nextNumber(2024).value(), QStringLiteral("2024-008"));
    QCOMPARE(repo.nextNumber(2025).value(), QStringLiteral("2025-001"));
}

void TestLicenceRepository::readOnlyRefusesWrites()
{
    {
        LicenceRepository repo(*m_db, m_clock);
        QVERIFY(repo.create(test::makeServingLicence()).ok());
    }
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    auto readOnly = Database::open(m_path, options);
    QVERIFY2(readOnly.ok(), qPrintable(readOnly.error().toString()));
    LicenceRepository repo(*readOnly.value(), m_clock);
    QCOMPARE(repo.list()->size(), 1);
    auto refused = repo.create(test::makeServingLicence(QStringLiteral("2024-002")));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, LicenceRepository::ErrorReadOnly);
}

void TestLicenceRepository::settingsRoundTripWithAudit()
{
    RegisterSettings settings(*m_db, m_clock);
    RegisterInfo info;
    info.municipalityName = QStringLiteral("Bærum kommune");
    info.municipalityNumber = QStringLiteral("3201");
    QVERIFY(settings.save(info).ok());
    QCOMPARE(settings.load()->municipalityName, QStringLiteral("Bærum kommune"));
    QCOMPARE(auditCount(), 1);
    QVERIFY(settings.save(info).ok());
    QCOMPARE(auditCount(), 1); // unchanged: no entry
    info.municipalityNumber = QStringLiteral("32");
    const Status bad = settings.save(info);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().field, QStringLiteral("municipalityNumber"));
    QCOMPARE(settings.load()->municipalityNumber, QStringLiteral("3201"));
}

QTEST_GUILESS_MAIN(TestLicenceRepository)
#include "TestLicenceRepository.moc"
