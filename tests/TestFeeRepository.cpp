// FeeRepository: the year's fees assessed from the register, issued as invoice lines, paid, and
// unpaid fees proposed as sanction cases (rules.md D, contracts in storage/FeeRepository.h).
#include "TestSupport.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/FeeRepository.h"
#include "storage/LicenceRepository.h"
#include "storage/SanctionRepository.h"
#include "storage/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace bevilling;

class TestFeeRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void assessesFromTheRegister();
    void yearWithoutRatesIsRefused();
    void issuesOnceWithAudit();
    void refusedIssueChangesNothing();
    void paymentsPartialAndFull();
    void refusedPaymentsChangeNothing_data();
    void refusedPaymentsChangeNothing();
    void removesPayment();
    void overdueBoundaries();
    void proposesSanctionForUnpaidFee();
    void exchangeRoundTrip();
    void readOnlyRefusesWrites();

private:
    std::unique_ptr<Database> open(const QString &name, Database::Access access = Database::Access::ReadWrite);
    void addReport(qint64 licenceId, int year, double g1, double g2, double g3);
    int auditCount(const QString &entity) const;
    int count(const QString &table) const;
    QList<FeeLine> issue2025();

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2025, 5, 15), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    int m_registers = 0;
    qint64 m_big = 0;   // 2024-001: 20 000 / 5 000 / 300 l -> 21 607 at 2025 rates
    qint64 m_small = 0; // 2024-002: below the minimum -> 6 400
};

std::unique_ptr<Database> TestFeeRepository::open(const QString &name, Database::Access access)
{
    Database::Options options;
    options.access = access;
    Result<std::unique_ptr<Database>> opened = Database::open(m_dir.filePath(name + QStringLiteral(".sqlite")), options);
    if (!opened)
        qWarning("%s", qPrintable(opened.error().toString()));
    return opened ? std::move(opened).value() : nullptr;
}

void TestFeeRepository::addReport(qint64 licenceId, int year, double g1, double g2, double g3)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO turnover_report (licence_id, year, received_on, actual_group1, actual_group2, "
                             "actual_group3, expected_group1, expected_group2, expected_group3, auditor_confirmed, note, "
                             "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, '', ?, ?)"));
    q.addBindValue(licenceId);
    q.addBindValue(year);
    q.addBindValue(SqlValues::date(QDate(year, 2, 10)));
    for (int i = 0; i < 3; ++i)
        q.addBindValue(1000.0);
    q.addBindValue(g1);
    q.addBindValue(g2);
    q.addBindValue(g3);
    q.addBindValue(SqlValues::timestamp(m_clock.now()));
    q.addBindValue(SqlValues::timestamp(m_clock.now()));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

int TestFeeRepository::auditCount(const QString &entity) const
{
    int n = 0;
    for (const AuditEntry &e : *AuditLog::all(m_db->connection())) {
        if (e.entity == entity)
            ++n;
    }
    return n;
}

int TestFeeRepository::count(const QString &table) const
{
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return q.next() ? q.value(0).toInt() : -1;
}

QList<FeeLine> TestFeeRepository::issue2025()
{
    Result<QList<FeeLine>> issued = FeeRepository(*m_db, m_clock).issue(2025, QDate(2025, 3, 20));
    if (!issued) {
        qWarning("%s", qPrintable(issued.error().toString()));
        return {};
    }
    return *std::move(issued);
}

void TestFeeRepository::init()
{
    m_db = open(QStringLiteral("register-%1").arg(++m_registers));
    QVERIFY(m_db);
    LicenceRepository licences(*m_db, m_clock);
    Result<Licence> big = licences.create(test::makeServingLicence(QStringLiteral("2024-001")));
    QVERIFY2(big.ok(), qPrintable(big.error().toString()));
    Licence smallLicence = test::makeServingLicence(QStringLiteral("2024-002"));
    smallLicence.licensee.name = QString::fromUtf8("Bjørns Bistro; Kafé AS");
    smallLicence.licensee.orgNumber = QStringLiteral("974760673");
    Result<Licence> small = licences.create(smallLicence);
    QVERIFY2(small.ok(), qPrintable(small.error().toString()));
    m_big = big->id;
    m_small = small->id;
    addReport(m_big, 2025, 20000, 5000, 300);
    addReport(m_small, 2025, 2000, 500, 50);
}

void TestFeeRepository::cleanup()
{
    m_db.reset();
}

void TestFeeRepository::assessesFromTheRegister()
{
    const Result<FeeAssessment> a = FeeRepository(*m_db, m_clock).assess(2025);
    QVERIFY2(a.ok(), qPrintable(a.error().toString()));
    QCOMPARE(a->lines.size(), 2);
    QCOMPARE(a->lines.at(0).licenceNumber, QStringLiteral("2024-001"));
    QCOMPARE(a->lines.at(0).amount, 21607.0);
    QCOMPARE(a->lines.at(1).amount, 6400.0);
    QVERIFY(a->lines.at(1).minimumApplied);
    QCOMPARE(a->total(), 28007.0);
    QVERIFY(!a->lines.at(0).isIssued());
}

void TestFeeRepository::yearWithoutRatesIsRefused()
{
    const Result<FeeAssessment> a = FeeRepository(*m_db, m_clock).assess(2026);
    QVERIFY(!a.ok());
    QCOMPARE(a.error().field, QStringLiteral("year"));
    QVERIFY(a.error().message.contains(QStringLiteral("2026")));
    const Result<QList<FeeLine>> issued = FeeRepository(*m_db, m_clock).issue(2026, QDate(2026, 3, 1));
    QVERIFY(!issued.ok());
    QCOMPARE(count(QStringLiteral("fee_line")), 0);
}

void TestFeeRepository::issuesOnceWithAudit()
{
    const QList<FeeLine> issued = issue2025();
    QCOMPARE(issued.size(), 2);
    for (const FeeLine &line : issued) {
        QVERIFY(line.isIssued());
        QCOMPARE(line.issuedOn, QDate(2025, 3, 20));
        QCOMPARE(line.dueOn, QDate(2025, 4, 19)); // 30 payment days by default
    }
    QCOMPARE(auditCount(FeeRepository::AuditEntity), 2);

    FeeRepository repo(*m_db, m_clock);
    const Result<QList<FeeLine>> stored = repo.lines(2025);
    QVERIFY(stored.ok());
    QCOMPARE(stored->size(), 2);
    QCOMPARE(stored->at(1).licenseeName, QString::fromUtf8("Bjørns Bistro; Kafé AS"));
    QCOMPARE(stored->at(1).orgNumber, QStringLiteral("974760673"));
    QCOMPARE(stored->at(0).amount, 21607.0);
    QVERIFY(stored->at(0).litres && stored->at(0).litres->group[0] == 20000);
    QVERIFY(stored->at(0).basis.contains(QStringLiteral("20 000 l")));
    QCOMPARE(repo.linesOfLicence(m_small)->size(), 1);
    QCOMPARE(repo.lines(2024)->size(), 0);

    // Everything is issued: a second issue stores nothing and the assessment lists the stored lines.
    const Result<QList<FeeLine>> again = repo.issue(2025, QDate(2025, 3, 21));
    QVERIFY(again.ok());
    QVERIFY(again->isEmpty());
    QCOMPARE(count(QStringLiteral("fee_line")), 2);
    const Result<FeeAssessment> a = repo.assess(2025);
    QCOMPARE(a->lines.size(), 2);
    QVERIFY(a->lines.at(0).isIssued());
    QVERIFY(a->lines.at(1).isIssued());
}

void TestFeeRepository::refusedIssueChangesNothing()
{
    FeeRepository repo(*m_db, m_clock);
    const Result<QList<FeeLine>> noDate = repo.issue(2025, QDate());
    QVERIFY(!noDate.ok());
    QCOMPARE(noDate.error().field, QStringLiteral("issued_on"));
    const Result<QList<FeeLine>> early = repo.issue(2025, QDate(2025, 3, 20), QDate(2025, 3, 19));
    QVERIFY(!early.ok());
    QCOMPARE(early.error().field, QStringLiteral("due_on"));
    QCOMPARE(count(QStringLiteral("fee_line")), 0);
    QCOMPARE(auditCount(FeeRepository::AuditEntity), 0);

    const Result<QList<FeeLine>> explicitDue = repo.issue(2025, QDate(2025, 3, 20), QDate(2025, 3, 20));
    QVERIFY(explicitDue.ok());
    QCOMPARE(explicitDue->first().dueOn, QDate(2025, 3, 20));
}

void TestFeeRepository::paymentsPartialAndFull()
{
    const QList<FeeLine> issued = issue2025();
    QCOMPARE(issued.size(), 2);
    const qint64 lineId = issued.at(0).id;
    FeeRepository repo(*m_db, m_clock);
    const Result<FeePayment> first = repo.registerPayment(lineId, QDate(2025, 4, 1), 10000, QStringLiteral("Delbetaling"));
    QVERIFY2(first.ok(), qPrintable(first.error().toString()));
    QVERIFY(first->id > 0);
    QCOMPARE(first->amount, 10000.0);
    QCOMPARE(repo.lines(2025)->at(0).paid, 10000.0);
    QCOMPARE(repo.lines(2025)->at(0).outstanding(), 11607.0);
    QVERIFY(repo.lines(2025)->at(0).isOverdue(QDate(2025, 4, 20)));

    const Result<FeePayment> rest = repo.registerPayment(lineId, QDate(2025, 4, 19), 11607);
    QVERIFY2(rest.ok(), qPrintable(rest.error().toString()));
    const FeeLine paid = repo.lines(2025)->at(0);
    QCOMPARE(paid.paid, 21607.0);
    QCOMPARE(paid.outstanding(), 0.0);
    QVERIFY(!paid.isOverdue(QDate(2025, 5, 1)));
    QCOMPARE(repo.payments(lineId)->size(), 2);
    QCOMPARE(repo.payments(lineId)->first().note, QStringLiteral("Delbetaling"));
    QCOMPARE(auditCount(FeeRepository::AuditEntity), 4); // two lines, two payments

    // Nothing more is outstanding: any further payment is an over-payment.
    const Result<FeePayment> more = repo.registerPayment(lineId, QDate(2025, 4, 20), 0.01);
    QVERIFY(!more.ok());
    QCOMPARE(more.error().field, QStringLiteral("amount"));
}

void TestFeeRepository::refusedPaymentsChangeNothing_data()
{
    QTest::addColumn<QDate>("paidOn");
    QTest::addColumn<double>("amount");
    QTest::addColumn<QString>("field");

    QTest::newRow("over-payment") << QDate(2025, 4, 1) << 21607.01 << QStringLiteral("amount");
    QTest::newRow("zero") << QDate(2025, 4, 1) << 0.0 << QStringLiteral("amount");
    QTest::newRow("negative") << QDate(2025, 4, 1) << -5.0 << QStringLiteral("amount");
    QTest::newRow("before the invoice date") << QDate(2025, 3, 19) << 100.0 << QStringLiteral("paid_on");
    QTest::newRow("in the future") << QDate(2025, 5, 16) << 100.0 << QStringLiteral("paid_on");
    QTest::newRow("no date") << QDate() << 100.0 << QStringLiteral("paid_on");
}

void TestFeeRepository::refusedPaymentsChangeNothing()
{
    QFETCH(QDate, paidOn);
    QFETCH(double, amount);
    QFETCH(QString, field);

    const QList<FeeLine> issued = issue2025();
    QCOMPARE(issued.size(), 2);
    const int audits = auditCount(FeeRepository::AuditEntity);
    FeeRepository repo(*m_db, m_clock);
    const Result<FeePayment> refused = repo.registerPayment(issued.at(0).id, paidOn, amount);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, FeeRepository::ErrorValidation);
    QCOMPARE(refused.error().field, field);
    QCOMPARE(count(QStringLiteral("fee_payment")), 0);
    QCOMPARE(auditCount(FeeRepository::AuditEntity), audits);

    const Result<FeePayment> unknown = repo.registerPayment(999, QDate(2025, 4, 1), 100);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().field, QStringLiteral("fee_line"));
}

void TestFeeRepository::removesPayment()
{
    const QList<FeeLine> issued = issue2025();
    FeeRepository repo(*m_db, m_clock);
    const Result<FeePayment> p = repo.registerPayment(issued.at(1).id, QDate(2025, 4, 1), 6400);
    QVERIFY(p.ok());
    QVERIFY(repo.overdue(QDate(2025, 5, 1))->size() == 1); // only the big one
    QVERIFY(repo.removePayment(p->id).ok());
    QCOMPARE(repo.lines(2025)->at(1).paid, 0.0);
    QCOMPARE(repo.overdue(QDate(2025, 5, 1))->size(), 2);
    QVERIFY(!repo.removePayment(p->id).ok());
    QCOMPARE(auditCount(FeeRepository::AuditEntity), 4);
}

void TestFeeRepository::overdueBoundaries()
{
    issue2025();
    FeeRepository repo(*m_db, m_clock);
    QCOMPARE(repo.overdue(QDate(2025, 4, 19))->size(), 0); // the due date itself
    const Result<QList<FeeLine>> after = repo.overdue(QDate(2025, 4, 20));
    QCOMPARE(after->size(), 2);
    QCOMPARE(after->first().dueOn, QDate(2025, 4, 19));
}

void TestFeeRepository::proposesSanctionForUnpaidFee()
{
    const QList<FeeLine> issued = issue2025();
    FeeRepository repo(*m_db, m_clock);
    const qint64 unpaid = issued.at(1).id;

    const Result<SanctionCase> early = repo.proposeSanction(unpaid, QDate(2025, 4, 19));
    QVERIFY(!early.ok());
    QCOMPARE(early.error().field, QStringLiteral("fee_line"));

    const Result<SanctionCase> proposed = repo.proposeSanction(unpaid, QDate(2025, 5, 15));
    QVERIFY2(proposed.ok(), qPrintable(proposed.error().toString()));
    QCOMPARE(proposed->licenceId, m_small);
    QCOMPARE(proposed->status, SanctionStatus::Proposed);
    QCOMPARE(proposed->findings.size(), 1);
    QCOMPARE(proposed->findings.first().code, QStringLiteral("fee_unpaid"));
    QCOMPARE(proposed->findings.first().offenceDate, QDate(2025, 4, 20));
    QCOMPARE(proposed->findings.first().source, QStringLiteral("Bevillingsgebyr 2025"));
    QCOMPARE(proposed->findings.first().prikker(), 2);

    const Result<SanctionCase> duplicate = repo.proposeSanction(unpaid, QDate(2025, 5, 15));
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().field, QStringLiteral("fee_line"));
    QCOMPARE(SanctionRepository(*m_db, m_clock).list()->size(), 1);

    // A paid line is not overdue.
    QVERIFY(repo.registerPayment(issued.at(0).id, QDate(2025, 4, 10), 21607).ok());
    const Result<SanctionCase> paid = repo.proposeSanction(issued.at(0).id, QDate(2025, 5, 15));
    QVERIFY(!paid.ok());
    QCOMPARE(paid.error().field, QStringLiteral("fee_line"));
}

void TestFeeRepository::exchangeRoundTrip()
{
    const QList<FeeLine> issued = issue2025();
    FeeRepository repo(*m_db, m_clock);
    QVERIFY(repo.registerPayment(issued.at(0).id, QDate(2025, 4, 1), 500.5, QStringLiteral("Første")).ok());
    const Result<QList<FeeLine>> lines = FeeRepository::readAllLines(m_db->connection());
    const Result<QList<FeePayment>> payments = FeeRepository::readAllPayments(m_db->connection());
    QCOMPARE(lines->size(), 2);
    QCOMPARE(payments->size(), 1);

    std::unique_ptr<Database> copy = open(QStringLiteral("copy"));
    QVERIFY(copy);
    for (Licence l : *LicenceRepository(*m_db, m_clock).list())
        QVERIFY(LicenceRepository::insertAsIs(copy->connection(), l).ok());
    for (const FeeLine &line : *lines)
        QVERIFY(FeeRepository::insertAsIs(copy->connection(), line).ok());
    for (const FeePayment &p : *payments)
        QVERIFY(FeeRepository::insertAsIs(copy->connection(), p).ok());
    const Result<QList<FeeLine>> back = FeeRepository(*copy, m_clock).lines();
    QCOMPARE(back->size(), 2);
    QCOMPARE(back->at(0).id, lines->at(0).id);
    QCOMPARE(back->at(0).amount, 21607.0);
    QCOMPARE(back->at(0).paid, 500.5);
    QCOMPARE(back->at(0).basis, lines->at(0).basis);
    QCOMPARE(back->at(0).dueOn, QDate(2025, 4, 19));
    QCOMPARE(FeeRepository::readAllPayments(copy->connection())->first().note, QStringLiteral("Første"));
}

void TestFeeRepository::readOnlyRefusesWrites()
{
    const QList<FeeLine> issued = issue2025();
    const QString name = QStringLiteral("register-%1").arg(m_registers);
    m_db.reset();
    m_db = open(name, Database::Access::ReadOnly);
    QVERIFY(m_db);
    FeeRepository repo(*m_db, m_clock);
    QCOMPARE(repo.issue(2025, QDate(2025, 3, 20)).error().code, FeeRepository::ErrorReadOnly);
    QCOMPARE(repo.registerPayment(issued.at(0).id, QDate(2025, 4, 1), 1).error().code, FeeRepository::ErrorReadOnly);
    QCOMPARE(repo.proposeSanction(issued.at(1).id, QDate(2025, 5, 15)).error().code, FeeRepository::ErrorReadOnly);
    QCOMPARE(repo.lines(2025)->size(), 2);
}

QTEST_GUILESS_MAIN(TestFeeRepository)
#include "TestFeeRepository.moc"
