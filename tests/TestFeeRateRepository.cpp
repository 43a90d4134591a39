#include "exchange/Exchange.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/FeeRateRepository.h"
#include "storage/LicenceRepository.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>
#include <memory>

Q_DECLARE_METATYPE(bevilling::rules::FeeRates)

using namespace bevilling;
using namespace bevilling::rules;

namespace {

QList<AuditEntry> feeAudit(const Database &db)
{
    QList<AuditEntry> result;
    const Result<QList<AuditEntry>> entries = AuditLog::all(db.connection());
    for (const AuditEntry &e : *entries) {
        if (e.entity == FeeRateRepository::AuditEntity)
            result.append(e);
    }
    return result;
}

int storedCount(const Database &db)
{
    return int(FeeRateRepository::readAll(db.connection())->size());
}

// The rates of 2026 as an administrator would type them in November 2025.
FeeRates rates2026()
{
    FeeRates r;
    r.year = 2026;
    r.sale[0] = 0.26;
    r.sale[1] = 0.76;
    r.saleMinimum = 2150;
    r.serving[0] = 0.63;
    r.serving[1] = 1.63;
    r.serving[2] = 5.38;
    r.servingMinimum = 6650;
    r.travellingCap = 480;
    r.source = QStringLiteral("Helsedirektoratet, rundskriv november 2025");
    return r;
}

QByteArray jsonOf(const FeeRates &rates)
{
    return QJsonDocument(FeeRateRepository::toJson(rates)).toJson(QJsonDocument::Compact);
}

QByteArray jsonOf(const FeeRateTable &table)
{
    QJsonArray rows;
    for (int year : table.years())
        rows.append(FeeRateRepository::toJson(*table.forYear(year)));
    return QJsonDocument(rows).toJson(QJsonDocument::Compact);
}

} // namespace

class TestFeeRateRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void emptyRegisterUsesShippedTable();
    void seedStoresShippedTableWithAudit();
    void addYearAnswersTheYear();
    void addYearIntoUnseededRegisterKeepsShippedYears();
    void correctYearAuditsBeforeAndAfter();
    void refusedSavesStoreNothing_data();
    void refusedSavesStoreNothing();
    void readOnlyRegisterCannotSave();
    void migratedVersion3FileUsesShippedTable();
    void exchangeRoundTripKeepsFeeRates();
    void documentWithoutSectionGetsShippedTable();
    void exchangeRefusesBadRates();

private:
    std::unique_ptr<Database> openNew(const QString &name);

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2025, 11, 20), QTime(10, 15), Qt::UTC)};
};

void TestFeeRateRepository::init()
{
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<Database> TestFeeRateRepository::openNew(const QString &name)
{
    Result<std::unique_ptr<Database>> opened = Database::open(m_dir.filePath(name + QStringLiteral(".sqlite")));
    if (!opened)
        qWarning("%s", qPrintable(opened.error().toString()));
    return opened ? std::move(opened).value() : nullptr;
}

void TestFeeRateRepository::emptyRegisterUsesShippedTable()
{
    auto db = openNew(QStringLiteral("empty"));
    QVERIFY(db);
    FeeRateRepository repo(*db, m_clock);
    QVERIFY(repo.rows()->isEmpty());
    const Result<FeeRateTable> table = repo.current();
    QVERIFY2(table.ok(), qPrintable(table.error().toString()));
    QCOMPARE(jsonOf(*table), jsonOf(FeeRateTable::national()));
    QVERIFY(!table->forYear(2026).ok());
}

void TestFeeRateRepository::seedStoresShippedTableWithAudit()
{
    auto db = openNew(QStringLiteral("seed"));
    QVERIFY(db);
    FeeRateRepository repo(*db, m_clock);
    const Status seeded = repo.seed();
    QVERIFY2(seeded.ok(), qPrintable(seeded.error().toString()));
    const QList<StoredFeeRates> rows = *repo.rows();
    QCOMPARE(rows.size(), FeeRateTable::national().years().size());
    QCOMPARE(jsonOf(*repo.current()), jsonOf(FeeRateTable::national()));
    // Unknown rates stay unknown: 2019 has no sales group 2 rate, 2018 no travelling cap.
    QVERIFY(!repo.current()->forYear(2019)->sale[1].has_value());
    QVERIFY(!repo.current()->forYear(2018)->travellingCap.has_value());
    QCOMPARE(rows.first().createdAt, m_clock.now());
    const QList<AuditEntry> audit = feeAudit(*db);
    QCOMPARE(audit.size(), rows.size());
    QCOMPARE(audit.first().action, QStringLiteral("create"));
    QCOMPARE(audit.first().entityId, rows.first().id);
    QCOMPARE(audit.first().after, FeeRateRepository::toJson(rows.first().rates));

    const Status again = repo.seed();
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, FeeRateRepository::ErrorExists);
    QCOMPARE(storedCount(*db), rows.size());
}

void TestFeeRateRepository::addYearAnswersTheYear()
{
    auto db = openNew(QStringLiteral("add"));
    QVERIFY(db);
    FeeRateRepository repo(*db, m_clock);
    QVERIFY(repo.seed().ok());
    const int before = feeAudit(*db).size();
    const Result<FeeRateTable> saved = repo.addYear(rates2026());
    QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));
    QCOMPARE(jsonOf(*saved->forYear(2026)), jsonOf(rates2026()));
    QCOMPARE(jsonOf(*repo.current()->forYear(2026)), jsonOf(rates2026()));
    // 10 000 litres of group 1 beer at 0,63 = 6 300 kr, below the minimum of 6 650.
    const Result<FeeResult> fee = Fees::annualFee(*repo.current()->forYear(2026), FeeKind::Serving, {10000});
    QVERIFY(fee.ok());
    QCOMPARE(fee->sum, 6300.0);
    QCOMPARE(fee->fee, 6650.0);
    const QList<AuditEntry> audit = feeAudit(*db);
    QCOMPARE(audit.size(), before + 1);
    QCOMPARE(audit.last().action, QStringLiteral("create"));
    QVERIFY(audit.last().before.isEmpty());
    QCOMPARE(audit.last().after, FeeRateRepository::toJson(rates2026()));
}

void TestFeeRateRepository::addYearIntoUnseededRegisterKeepsShippedYears()
{
    auto db = openNew(QStringLiteral("unseeded"));
    QVERIFY(db);
    FeeRateRepository repo(*db, m_clock);
    QVERIFY(repo.addYear(rates2026()).ok());
    const FeeRateTable table = *repo.current();
    QCOMPARE(table.years().size(), FeeRateTable::national().years().size() + 1);
    QCOMPARE(jsonOf(*table.forYear(2024)), jsonOf(*FeeRateTable::national().forYear(2024)));
    QCOMPARE(feeAudit(*db).size(), table.years().size());
}

void TestFeeRateRepository::correctYearAuditsBeforeAndAfter()
{
    auto db = openNew(QStringLiteral("correct"));
    QVERIFY(db);
    FeeRateRepository repo(*db, m_clock);
    QVERIFY(repo.seed().ok());
    const FeeRates old = *repo.current()->forYear(2025);
    FeeRates corrected = old;
    corrected.servingMinimum = 6450;
    corrected.sale[1].reset();
    corrected.source = QStringLiteral("Rettet etter forskriften");
    const qint64 id = [&] {
        for (const StoredFeeRates &row : *repo.rows()) {
            if (row.rates.year == 2025)
                return row.id;
        }
        return qint64(0);
    }();
    const int rowsBefore = storedCount(*db);
    const Result<FeeRateTable> saved = repo.correctYear(corrected);
    QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));
    QCOMPARE(storedCount(*db), rowsBefore);
    QCOMPARE(repo.current()->forYear(2025)->servingMinimum, 6450.0);
    QVERIFY(!repo.current()->forYear(2025)->sale[1].has_value());
    const AuditEntry last = feeAudit(*db).last();
    QCOMPARE(last.action, QStringLiteral("update"));
    QCOMPARE(last.entityId, id);
    QCOMPARE(last.before, FeeRateRepository::toJson(old));
    QCOMPARE(last.after, FeeRateRepository::toJson(corrected));
    QCOMPARE(last.before.value(QStringLiteral("serving")).toObject().value(QStringLiteral("minimum")).toDouble(), 6400.0);
    QVERIFY(last.after.value(QStringLiteral("sale")).toObject().value(QStringLiteral("group2")).isNull());
}

void TestFeeRateRepository::refusedSavesStoreNothing_data()
{
    QTest::addColumn<bool>("seeded");
    QTest::addColumn<bool>("add");
    QTest::addColumn<FeeRates>("rates");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");

    const QString validation = FeeRateRepository::ErrorValidation;
    FeeRates r = rates2026();
    r.year = 1899;
    QTest::newRow("year too early") << true << true << r << validation << QStringLiteral("year");
    r = rates2026();
    r.year = 2201;
    QTest::newRow("year too late") << true << true << r << validation << QStringLiteral("year");
    r = rates2026();
    r.sale[0].reset();
    QTest::newRow("sale group 1 missing") << true << true << r << validation << QStringLiteral("sale.group1");
    r = rates2026();
    r.serving[2].reset();
    QTest::newRow("serving group 3 missing") << true << true << r << validation << QStringLiteral("serving.group3");
    r = rates2026();
    r.serving[1] = -0.01;
    QTest::newRow("negative rate") << true << true << r << validation << QStringLiteral("serving.group2");
    r = rates2026();
    r.saleMinimum = -1;
    QTest::newRow("negative minimum") << true << true << r << validation << QStringLiteral("sale.minimum");
    r = rates2026();
    r.travellingCap = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("cap not a number") << true << true << r << validation << QStringLiteral("travelling_cap");
    r = rates2026();
    r.year = 2024;
    QTest::newRow("duplicate year") << true << true << r << FeeRateRepository::ErrorDuplicate << QStringLiteral("year");
    QTest::newRow("duplicate shipped year, unseeded") << false << true << r << FeeRateRepository::ErrorDuplicate
                                                      << QStringLiteral("year");
    QTest::newRow("correct unknown year") << true << false << rates2026() << FeeRateRepository::ErrorNotFound
                                          << QStringLiteral("year");
    QTest::newRow("correct unknown year, unseeded") << false << false << rates2026() << FeeRateRepository::ErrorNotFound
                                                    << QStringLiteral("year");
}

void TestFeeRateRepository::refusedSavesStoreNothing()
{
    QFETCH(bool, seeded);
    QFETCH(bool, add);
    QFETCH(FeeRates, rates);
    QFETCH(QString, code);
    QFETCH(QString, field);
    auto db = openNew(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    QVERIFY(db);
    FeeRateRepository repo(*db, m_clock);
    if (seeded)
        QVERIFY(repo.seed().ok());
    const QByteArray before = jsonOf(*repo.current());
    const int rows = storedCount(*db);
    const int audit = feeAudit(*db).size();
    const Result<FeeRateTable> saved = add ? repo.addYear(rates) : repo.correctYear(rates);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, code);
    QCOMPARE(saved.error().field, field);
    QVERIFY(!saved.error().message.isEmpty());
    QCOMPARE(storedCount(*db), rows);
    QCOMPARE(feeAudit(*db).size(), audit);
    QCOMPARE(jsonOf(*repo.current()), before);
}

void TestFeeRateRepository::readOnlyRegisterCannotSave()
{
    const QString path = m_dir.filePath(QStringLiteral("ro.sqlite"));
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QVERIFY(FeeRateRepository(**db, m_clock).seed().ok());
    }
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    auto db = Database::open(path, options);
    QVERIFY2(db.ok(), qPrintable(db.error().toString()));
    FeeRateRepository repo(**db, m_clock);
    QCOMPARE(repo.addYear(rates2026()).error().code, FeeRateRepository::ErrorReadOnly);
    QCOMPARE(repo.correctYear(*repo.current()->forYear(2025)).error().code, FeeRateRepository::ErrorReadOnly);
    QCOMPARE(repo.seed().error().code, FeeRateRepository::ErrorReadOnly);
    QCOMPARE(jsonOf(*repo.current()), jsonOf(FeeRateTable::national()));
}

void TestFeeRateRepository::migratedVersion3FileUsesShippedTable()
{
    const QString path = m_dir.filePath(QStringLiteral("v3.sqlite"));
    {
        Database::Options options;
        options.targetVersion = 3;
        auto db = Database::open(path, options);
        QVERIFY2(db.ok(), qPrintable(db.error().toString()));
        QCOMPARE((*db)->schemaVersion(), 3);
        QVERIFY(LicenceRepository(**db, m_clock).create(test::makeServingLicence()).ok());
    }
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.error().toString()));
    QVERIFY((*db)->schemaVersion() >= 4);
    QVERIFY(!(*db)->migrationBackupPath().isEmpty());
    FeeRateRepository repo(**db, m_clock);
    QVERIFY(repo.rows()->isEmpty());
    QCOMPARE(jsonOf(*repo.current()), jsonOf(FeeRateTable::national()));
    QCOMPARE(LicenceRepository(**db, m_clock).count().value(), 1);
    QVERIFY(repo.addYear(rates2026()).ok());
    QCOMPARE(jsonOf(*repo.current()->forYear(2026)), jsonOf(rates2026()));
}

void TestFeeRateRepository::exchangeRoundTripKeepsFeeRates()
{
    auto source = openNew(QStringLiteral("x-source"));
    QVERIFY(source);
    FeeRateRepository repo(*source, m_clock);
    QVERIFY(repo.seed().ok());
    QVERIFY(repo.addYear(rates2026()).ok());

    const Result<QByteArray> first = Exchange::exportRegister(*source);
    QVERIFY2(first.ok(), qPrintable(first.error().toString()));
    const QJsonObject root = QJsonDocument::fromJson(*first).object();
    QCOMPARE(root.value(QStringLiteral("format_version")).toInt(), 2);
    const QJsonArray rows = root.value(QStringLiteral("fee_rates")).toArray();
    QCOMPARE(rows.size(), storedCount(*source));
    QCOMPARE(rows.last()[QStringLiteral("year")].toInt(), 2026);
    QCOMPARE(rows.last()[QStringLiteral("serving")][QStringLiteral("group3")].toDouble(), 5.38);

    auto target = openNew(QStringLiteral("x-target"));
    QVERIFY(target);
    const Status imported = Exchange::importRegister(*target, *first, m_clock);
    QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
    QCOMPARE(*Exchange::exportRegister(*target), *first);
    FeeRateRepository targetRepo(*target, m_clock);
    QCOMPARE(jsonOf(*targetRepo.current()), jsonOf(*repo.current()));
    QCOMPARE(targetRepo.rows()->last().id, repo.rows()->last().id);
    QCOMPARE(targetRepo.rows()->last().createdAt, repo.rows()->last().createdAt);
}

void TestFeeRateRepository::documentWithoutSectionGetsShippedTable()
{
    auto source = openNew(QStringLiteral("old-source"));
    QVERIFY(source);
    QVERIFY(LicenceRepository(*source, m_clock).create(test::makeServingLicence()).ok());
    const QByteArray document = *Exchange::exportRegister(*source);
    QVERIFY(!document.contains("fee_rates"));

    auto target = openNew(QStringLiteral("old-target"));
    QVERIFY(target);
    QVERIFY(Exchange::importRegister(*target, document, m_clock).ok());
    QCOMPARE(storedCount(*target), 0);
    QCOMPARE(jsonOf(*FeeRateRepository(*target, m_clock).current()), jsonOf(FeeRateTable::national()));
    QCOMPARE(*Exchange::exportRegister(*target), document);
}

void TestFeeRateRepository::exchangeRefusesBadRates()
{
    auto source = openNew(QStringLiteral("bad-source"));
    QVERIFY(source);
    QVERIFY(FeeRateRepository(*source, m_clock).seed().ok());
    const QJsonObject root = QJsonDocument::fromJson(*Exchange::exportRegister(*source)).object();

    const auto importInto = [this](const QString &name, const QJsonObject &document) {
        auto target = openNew(name);
        const Status s = Exchange::importRegister(*target, QJsonDocument(document).toJson(), m_clock);
        return std::make_pair(s, storedCount(*target));
    };

    QJsonArray rows = root.value(QStringLiteral("fee_rates")).toArray();
    QJsonObject row = rows.at(1).toObject();
    QJsonObject serving = row.value(QStringLiteral("serving")).toObject();
    serving.insert(QStringLiteral("group2"), -1.5);
    row.insert(QStringLiteral("serving"), serving);
    rows.replace(1, row);
    QJsonObject negative = root;
    negative.insert(QStringLiteral("fee_rates"), rows);
    const auto [negativeStatus, negativeRows] = importInto(QStringLiteral("bad-negative"), negative);
    QVERIFY(!negativeStatus.ok());
    QCOMPARE(negativeStatus.error().field, QStringLiteral("fee_rates[1].serving.group2"));
    QCOMPARE(negativeRows, 0);

    rows = root.value(QStringLiteral("fee_rates")).toArray();
    row = rows.at(2).toObject();
    row.insert(QStringLiteral("year"), rows.at(0).toObject().value(QStringLiteral("year")));
    rows.replace(2, row);
    QJsonObject duplicate = root;
    duplicate.insert(QStringLiteral("fee_rates"), rows);
    const auto [duplicateStatus, duplicateRows] = importInto(QStringLiteral("bad-duplicate"), duplicate);
    QVERIFY(!duplicateStatus.ok());
    QCOMPARE(duplicateStatus.error().field, QStringLiteral("fee_rates[2].year"));
    QCOMPARE(duplicateRows, 0);
}

QTEST_GUILESS_MAIN(TestFeeRateRepository)
#include "TestFeeRateRepository.moc"
