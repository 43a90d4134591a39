#include "rules/Fees.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/LicenceRepository.h"
#include "storage/SanctionRepository.h"
#include "storage/TurnoverRepository.h"
#include "turnover/TurnoverCsv.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>
#include <memory>

using namespace bevilling;

namespace {

GroupLitres litres(double g1, double g2 = 0, double g3 = 0)
{
    GroupLitres l;
    l.group[0] = g1;
    l.group[1] = g2;
    l.group[2] = g3;
    return l;
}

QList<AuditEntry> auditOf(const Database &db, const QString &entity)
{
    QList<AuditEntry> result;
    for (const AuditEntry &e : *AuditLog::all(db.connection())) {
        if (e.entity == entity)
            result.append(e);
    }
    return result;
}

} // namespace

class TestTurnoverRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void saveFindListRemove();
    void refused_data();
    void refused();
    void readOnly();
    void overview();
    void requestsAndReminders();
    void proposeSanction();
    void importRows();
    void importRefusedChangesNothing();
    void settings();
    void exchangeHelpers();

private:
    // A serving licence in force since 2024 (id 1), a sale licence (id 2), one granted in April 2026
    // (id 3), one that ended in 2025 (id 4) and a single-occasion licence (id 5).
    void addLicences();
    TurnoverReport received(qint64 licenceId, const QDate &on = QDate(2026, 2, 10)) const;
    QString snapshot() const;

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 20), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    QList<Licence> m_licences;
};

void TestTurnoverRepository::init()
{
    QVERIFY(m_dir.isValid());
    // One file per test (and data row), named after the test function (readOnly reopens it).
    static int counter = 0;
    const QString name = QString::fromLatin1(QTest::currentTestFunction())
        + (QTest::currentDataTag() ? QString::number(++counter) : QString());
    Result<std::unique_ptr<Database>> opened = Database::open(m_dir.filePath(name + QStringLiteral(".sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
    m_db = std::move(opened).value();
    addLicences();
}

void TestTurnoverRepository::cleanup()
{
    m_db.reset();
    m_licences.clear();
}

void TestTurnoverRepository::addLicences()
{
    LicenceRepository repo(*m_db, m_clock);
    Licence serving = test::makeServingLicence(QStringLiteral("2024-001"));
    Licence sale = test::makeServingLicence(QStringLiteral("2024-002"));
    sale.kind = LicenceKind::Sale;
    sale.groups = Group1;
    sale.premises.type = PremisesType::Shop;
    sale.indoorDescription.clear();
    sale.conditions.clear();
    Licence fresh = test::makeServingLicence(QStringLiteral("2026-003"));
    fresh.validFrom = QDate(2026, 4, 1);
    fresh.validTo = QDate(2030, 3, 31);
    Licence ended = test::makeServingLicence(QStringLiteral("2024-004"));
    for (const Licence &l : {serving, sale, fresh, ended}) {
        const Result<Licence> created = repo.create(l);
        QVERIFY2(created.ok(), qPrintable(created.error().toString() + created.error().field));
        m_licences.append(*created);
    }
    const Result<Licence> endedNow = repo.end(m_licences.at(3).id, QDate(2025, 6, 30), EndReason::Closed, {});
    QVERIFY2(endedNow.ok(), qPrintable(endedNow.error().toString()));
    m_licences[3] = *endedNow;
    Licence event = test::makeServingLicence(QStringLiteral("2026-005"));
    event.kind = LicenceKind::SingleOccasion;
    event.eventName = QStringLiteral("Sommerfest");
    event.licensee.orgNumber.clear();
    event.deputies.clear();
    event.validFrom = QDate(2026, 6, 1);
    event.validTo = QDate(2026, 6, 1);
    const Result<Licence> created = repo.create(event);
    QVERIFY2(created.ok(), qPrintable(created.error().toString() + created.error().field));
    m_licences.append(*created);
}

TurnoverReport TestTurnoverRepository::received(qint64 licenceId, const QDate &on) const
{
    TurnoverReport r;
    r.licenceId = licenceId;
    r.year = 2026;
    r.receivedOn = on;
    r.actual = litres(20000, 3000, 500);
    r.expected = litres(21000, 3100, 520);
    return r;
}

// Everything a refused write must leave alone.
QString TestTurnoverRepository::snapshot() const
{
    QStringList parts;
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT id, licence_id, year, received_on, actual_group1, expected_group1, requested_on, "
                          "reminder_sent_on, note, updated_at FROM turnover_report ORDER BY id"));
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < 10; ++i)
            row.append(q.value(i).toString());
        parts.append(row.join(QLatin1Char('|')));
    }
    QSqlQuery s(m_db->connection());
    s.exec(QStringLiteral("SELECT setting_key, setting_value FROM register_setting ORDER BY setting_key"));
    while (s.next())
        parts.append(s.value(0).toString() + QLatin1Char('=') + s.value(1).toString());
    parts.append(QString::number(AuditLog::all(m_db->connection())->size()));
    QSqlQuery c(m_db->connection());
    c.exec(QStringLiteral("SELECT COUNT(*) FROM sanction_case"));
    if (c.next())
        parts.append(c.value(0).toString());
    return parts.join(QLatin1Char('\n'));
}

void TestTurnoverRepository::saveFindListRemove()
{
    TurnoverRepository repo(*m_db, m_clock);
    const Result<TurnoverReport> first = repo.save(received(m_licences.at(1).id));
    QVERIFY2(first.ok(), qPrintable(first.error().toString()));
    QVERIFY(first->id > 0);
    QCOMPARE(first->actual->group[1], 3000.0);
    QCOMPARE(first->createdAt, m_clock.now());
    const Result<TurnoverReport> other = repo.save(received(m_licences.at(0).id));
    QVERIFY(other.ok());

    // Saving again replaces the row of the licence and year.
    m_clock.setNow(m_clock.now().addSecs(60));
    TurnoverReport changed = received(m_licences.at(1).id);
    changed.id = 999; // ignored
    changed.expected = litres(30000);
    changed.auditorConfirmed = true;
    changed.note = QStringLiteral("Rettet");
    const Result<TurnoverReport> second = repo.save(changed);
    QVERIFY(second.ok());
    QCOMPARE(second->id, first->id);
    QCOMPARE(second->createdAt, first->createdAt);
    QCOMPARE(second->updatedAt, m_clock.now());
    QVERIFY(second->auditorConfirmed);

    const Result<std::optional<TurnoverReport>> found = repo.find(m_licences.at(1).id, 2026);
    QVERIFY(found.ok() && found->has_value());
    QCOMPARE((*found)->expected->group[0], 30000.0);
    QCOMPARE((*found)->note, QStringLiteral("Rettet"));
    QVERIFY(!repo.find(m_licences.at(1).id, 2025)->has_value());

    // By licence number, then year.
    const Result<QList<TurnoverReport>> all = repo.list();
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).licenceId, m_licences.at(0).id);
    QCOMPARE(repo.list(2026, m_licences.at(1).id)->size(), 1);
    QCOMPARE(repo.list(2025)->size(), 0);

    const QList<AuditEntry> audit = auditOf(*m_db, TurnoverRepository::AuditEntity);
    QCOMPARE(audit.size(), 3);
    QCOMPARE(audit.at(0).action, QStringLiteral("create"));
    QCOMPARE(audit.at(2).action, QStringLiteral("update"));
    QCOMPARE(audit.at(2).entityId, first->id);

    QVERIFY(repo.remove(m_licences.at(1).id, 2026).ok());
    QVERIFY(!repo.find(m_licences.at(1).id, 2026)->has_value());
    QCOMPARE(auditOf(*m_db, TurnoverRepository::AuditEntity).last().action, QStringLiteral("delete"));
    const QString before = snapshot();
    const Status again = repo.remove(m_licences.at(1).id, 2026);
    QCOMPARE(again.error().code, TurnoverRepository::ErrorNotFound);
    QCOMPARE(snapshot(), before);
}

void TestTurnoverRepository::refused_data()
{
    QTest::addColumn<int>("licence"); // index into m_licences, -1: unknown
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("field");

    QTest::newRow("year before 2000") << 0 << 1999 << "" << "year";
    QTest::newRow("year after 2100") << 0 << 2101 << "" << "year";
    QTest::newRow("unknown licence") << -1 << 2026 << "" << "licence";
    QTest::newRow("single occasion: no duty") << 4 << 2026 << "" << "licence";
    QTest::newRow("ended two years before: no duty") << 3 << 2027 << "" << "licence";
    QTest::newRow("negative litres") << 0 << 2026 << "negative" << "actual.group2";
    QTest::newRow("not finite litres") << 0 << 2026 << "nan" << "expected.group3";
    QTest::newRow("received in the future") << 0 << 2026 << "future" << "received_on";
    QTest::newRow("received before 1 October last year") << 0 << 2026 << "early" << "received_on";
    QTest::newRow("actual missing") << 0 << 2026 << "no_actual" << "actual.group1";
    QTest::newRow("expected missing") << 0 << 2026 << "no_expected" << "expected.group1";
    QTest::newRow("reminder before the deadline") << 0 << 2026 << "early_reminder" << "reminder_sent_on";
    QTest::newRow("request in the future") << 0 << 2026 << "future_request" << "requested_on";
}

void TestTurnoverRepository::refused()
{
    QFETCH(int, licence);
    QFETCH(int, year);
    QFETCH(QString, change);
    QFETCH(QString, field);
    TurnoverRepository repo(*m_db, m_clock);
    // One stored report so that a refused replacement can be seen to change nothing.
    QVERIFY(repo.save(received(m_licences.at(0).id)).ok());
    QVERIFY(repo.saveSettings(FeeCycleSettings()).ok());

    TurnoverReport r = received(licence >= 0 ? m_licences.at(licence).id : 9999);
    r.year = year;
    if (change == QLatin1String("negative"))
        r.actual->group[1] = -1;
    else if (change == QLatin1String("nan"))
        r.expected->group[2] = std::numeric_limits<double>::quiet_NaN();
    else if (change == QLatin1String("future"))
        r.receivedOn = QDate(2026, 3, 21);
    else if (change == QLatin1String("early"))
        r.receivedOn = QDate(2025, 9, 30);
    else if (change == QLatin1String("no_actual"))
        r.actual.reset();
    else if (change == QLatin1String("no_expected"))
        r.expected.reset();
    else if (change == QLatin1String("early_reminder"))
        r.reminderSentOn = QDate(2026, 2, 28);
    else if (change == QLatin1String("future_request"))
        r.requestedOn = QDate(2026, 3, 21);

    const QString before = snapshot();
    const Result<TurnoverReport> saved = repo.save(r);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, TurnoverRepository::ErrorValidation);
    QCOMPARE(saved.error().field, field);
    QVERIFY(!saved.error().message.isEmpty());
    QCOMPARE(snapshot(), before);

    // The boundaries themselves are accepted.
    if (change == QLatin1String("early")) {
        r.receivedOn = QDate(2025, 10, 1);
        QVERIFY(repo.save(r).ok());
    } else if (change == QLatin1String("early_reminder")) {
        r.receivedOn = QDate();
        r.reminderSentOn = QDate(2026, 3, 1);
        QVERIFY(repo.save(r).ok());
    } else if (change == QLatin1String("future")) {
        r.receivedOn = QDate(2026, 3, 20);
        QVERIFY(repo.save(r).ok());
    }
}

void TestTurnoverRepository::readOnly()
{
    TurnoverRepository writer(*m_db, m_clock);
    QVERIFY(writer.save(received(m_licences.at(0).id)).ok());
    const QString path = m_dir.filePath(QStringLiteral("readOnly.sqlite"));
    m_db.reset();
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    Result<std::unique_ptr<Database>> opened = Database::open(path, options);
    QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
    m_db = std::move(opened).value();
    TurnoverRepository repo(*m_db, m_clock);
    QCOMPARE(repo.list()->size(), 1);
    QCOMPARE(repo.save(received(m_licences.at(1).id)).error().code, TurnoverRepository::ErrorReadOnly);
    QCOMPARE(repo.remove(m_licences.at(0).id, 2026).error().code, TurnoverRepository::ErrorReadOnly);
    QCOMPARE(repo.saveSettings(FeeCycleSettings()).error().code, TurnoverRepository::ErrorReadOnly);
    QCOMPARE(repo.recordRequests(2026, {m_licences.at(0).id}, QDate(2026, 1, 5)).error().code, TurnoverRepository::ErrorReadOnly);
    QCOMPARE(repo.importRows(TurnoverImportPreview()).error().code, TurnoverRepository::ErrorReadOnly);
    QCOMPARE(repo.list()->size(), 1);
}

void TestTurnoverRepository::overview()
{
    TurnoverRepository repo(*m_db, m_clock);
    // Last year's report of the serving licence, this year's with 50 % more in group 1: flagged.
    TurnoverReport last = received(m_licences.at(0).id, QDate(2025, 2, 1));
    last.year = 2025;
    last.actual = litres(14000, 3000, 500);
    last.expected = litres(14000, 3000, 500);
    QVERIFY(repo.save(last).ok());
    TurnoverReport now = received(m_licences.at(0).id, QDate(2026, 3, 2));
    QVERIFY(repo.save(now).ok());
    QVERIFY(repo.recordReminders(2026, {m_licences.at(1).id}, QDate(2026, 3, 10)).ok());

    const Result<TurnoverOverview> o = repo.overview(2026, QDate(2026, 3, 20));
    QVERIFY2(o.ok(), qPrintable(o.error().toString()));
    QCOMPARE(o->year, 2026);
    QCOMPARE(o->deadline.date, QDate(2026, 3, 1));
    QVERIFY(!o->deadline.fromRuleSet);
    QStringList numbers;
    QStringList states;
    for (const TurnoverStatus &s : o->rows) {
        numbers.append(s.licence.number);
        states.append(TurnoverRules::stateKey(s.state));
    }
    // The single-occasion licence has no duty; every ordinary one is listed by number.
    QCOMPARE(numbers, (QStringList{QStringLiteral("2024-001"), QStringLiteral("2024-002"), QStringLiteral("2024-004"),
                                   QStringLiteral("2026-003")}));
    // 2026-003 starts on 01.04.2026: its own deadline is 15.04.2026 (TurnoverRules::deadlineFor), so
    // it is not missing the March report; from 16.04.2026 it is.
    QCOMPARE(states, (QStringList{QStringLiteral("late"), QStringLiteral("reminded"), QStringLiteral("missing"),
                                  QStringLiteral("not_due")}));
    QCOMPARE(TurnoverRules::stateKey(repo.overview(2026, QDate(2026, 4, 15))->rows.at(3).state), QStringLiteral("not_due"));
    QCOMPARE(TurnoverRules::stateKey(repo.overview(2026, QDate(2026, 4, 16))->rows.at(3).state), QStringLiteral("missing"));
    const TurnoverStatus &serving = o->rows.at(0);
    QVERIFY(serving.previousReport.has_value());
    QCOMPARE(serving.flags.size(), 1);
    QCOMPARE(serving.flags.first().code, QStringLiteral("change"));
    QCOMPARE(serving.flags.first().group, 1);
    QVERIFY(o->rows.at(2).duty.needsActual && !o->rows.at(2).duty.needsExpected);
    QVERIFY(!o->rows.at(3).duty.needsActual && o->rows.at(3).duty.needsExpected);
    QCOMPARE(TurnoverRules::stateKey(repo.overview(2026, QDate(2026, 3, 25))->rows.at(1).state), QStringLiteral("overdue"));
    QCOMPARE(TurnoverRules::stateKey(repo.overview(2026, QDate(2026, 3, 1))->rows.at(2).state), QStringLiteral("not_due"));
}

void TestTurnoverRepository::requestsAndReminders()
{
    TurnoverRepository repo(*m_db, m_clock);
    const QList<qint64> ids{m_licences.at(0).id, m_licences.at(1).id};
    QVERIFY(repo.recordRequests(2026, ids, QDate(2026, 1, 10)).ok());
    QCOMPARE(repo.list(2026)->size(), 2);
    QCOMPARE(repo.find(ids.at(0), 2026)->value().requestedOn, QDate(2026, 1, 10));
    QVERIFY(!repo.find(ids.at(0), 2026)->value().isReceived());
    QCOMPARE(auditOf(*m_db, TurnoverRepository::AuditEntity).last().action, QStringLiteral("request"));

    // All or nothing: the single-occasion licence has no duty, so nobody gets the reminder.
    const QString before = snapshot();
    const Status refused = repo.recordReminders(2026, {ids.at(0), m_licences.at(4).id}, QDate(2026, 3, 5));
    QCOMPARE(refused.error().field, QStringLiteral("licence"));
    QCOMPARE(snapshot(), before);
    // Before the deadline: refused.
    QCOMPARE(repo.recordReminders(2026, ids, QDate(2026, 2, 27)).error().field, QStringLiteral("reminder_sent_on"));
    QCOMPARE(snapshot(), before);

    QVERIFY(repo.recordReminders(2026, ids, QDate(2026, 3, 5)).ok());
    const TurnoverReport reminded = repo.find(ids.at(1), 2026)->value();
    QCOMPARE(reminded.requestedOn, QDate(2026, 1, 10));
    QCOMPARE(reminded.reminderSentOn, QDate(2026, 3, 5));
    QCOMPARE(auditOf(*m_db, TurnoverRepository::AuditEntity).last().action, QStringLiteral("reminder"));
}

void TestTurnoverRepository::proposeSanction()
{
    TurnoverRepository repo(*m_db, m_clock);
    const qint64 id = m_licences.at(0).id;
    // Not due yet on the deadline itself.
    QString before = snapshot();
    QCOMPARE(repo.proposeSanction(id, 2026, QDate(2026, 3, 1)).error().field, QStringLiteral("state"));
    QCOMPARE(snapshot(), before);

    const Result<SanctionCase> proposed = repo.proposeSanction(id, 2026, QDate(2026, 3, 20));
    QVERIFY2(proposed.ok(), qPrintable(proposed.error().toString()));
    QCOMPARE(proposed->licenceId, id);
    QCOMPARE(proposed->status, SanctionStatus::Proposed);
    QCOMPARE(proposed->findings.size(), 1);
    QCOMPARE(proposed->findings.first().code, QStringLiteral("turnover_report_missing"));
    QCOMPARE(proposed->findings.first().offenceDate, QDate(2026, 3, 2));
    QCOMPARE(proposed->findings.first().source, QStringLiteral("Omsetningsoppgave 2026"));

    const Result<TurnoverOverview> o = repo.overview(2026, QDate(2026, 3, 20));
    QCOMPARE(o->rows.at(0).sanctionCaseId, std::optional<qint64>(proposed->id));
    QVERIFY(!o->rows.at(1).sanctionCaseId.has_value());

    // A second one for the same licence and year is refused.
    before = snapshot();
    const Result<SanctionCase> twice = repo.proposeSanction(id, 2026, QDate(2026, 3, 20));
    QCOMPARE(twice.error().code, TurnoverRepository::ErrorValidation);
    QCOMPARE(twice.error().field, QStringLiteral("state"));
    QCOMPARE(snapshot(), before);

    // A received report is not missing.
    QVERIFY(repo.save(received(m_licences.at(1).id, QDate(2026, 3, 15))).ok());
    before = snapshot();
    QCOMPARE(repo.proposeSanction(m_licences.at(1).id, 2026, QDate(2026, 3, 20)).error().field, QStringLiteral("state"));
    QCOMPARE(snapshot(), before);
    QCOMPARE(SanctionRepository(*m_db, m_clock).list()->size(), 1);
}

void TestTurnoverRepository::importRows()
{
    TurnoverRepository repo(*m_db, m_clock);
    QVERIFY(repo.recordRequests(2026, {m_licences.at(0).id}, QDate(2026, 1, 10)).ok());
    TurnoverImportContext context;
    for (const Licence &l : std::as_const(m_licences))
        context.licencesByNumber.insert(l.number, l);
    for (const TurnoverReport &r : *repo.list())
        context.existing[r.licenceId].insert(r.year, r);
    context.rates = &rules::FeeRateTable::national();
    context.today = m_clock.today();
    const QByteArray csv = "bevillingsnummer;år;mottatt;faktisk_gruppe1;forventet_gruppe1\n"
                           "2024-001;2025;01.02.2025;100;100\n"
                           "2024-002;2025;01.02.2025;\"1 000,5\";900\n"
                           "2024-999;2025;01.02.2025;1;1\n";
    const Result<TurnoverImportPreview> preview = TurnoverCsv::preview(csv, context);
    QVERIFY(preview.ok());
    QCOMPARE(preview->importable(), 2);
    const Result<int> saved = repo.importRows(*preview);
    QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));
    QCOMPARE(*saved, 2);
    QCOMPARE(repo.list(2025)->size(), 2);
    QCOMPARE(repo.find(m_licences.at(1).id, 2025)->value().actual->group[0], 1000.5);
    // The request row of 2026 is untouched.
    QCOMPARE(repo.find(m_licences.at(0).id, 2026)->value().requestedOn, QDate(2026, 1, 10));
    QCOMPARE(auditOf(*m_db, TurnoverRepository::AuditEntity).last().action, QStringLiteral("import"));
}

void TestTurnoverRepository::importRefusedChangesNothing()
{
    TurnoverRepository repo(*m_db, m_clock);
    TurnoverImportPreview preview;
    TurnoverImportRow good;
    good.line = 2;
    good.report = received(m_licences.at(0).id);
    TurnoverImportRow gone; // the licence was deleted since the preview
    gone.line = 3;
    gone.report = received(9999);
    preview.rows = {good, gone};
    const QString before = snapshot();
    const Result<int> saved = repo.importRows(preview);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().field, QStringLiteral("licence"));
    QVERIFY(saved.error().message.startsWith(QStringLiteral("Line 3: ")));
    QCOMPARE(snapshot(), before);
    QCOMPARE(repo.list()->size(), 0);
}

void TestTurnoverRepository::settings()
{
    TurnoverRepository repo(*m_db, m_clock);
    QVERIFY(repo.settings().ok());
    QVERIFY(*repo.settings() == FeeCycleSettings()); // defaults when absent
    QCOMPARE(repo.settings()->changeThresholdPercent, 25.0);
    QCOMPARE(repo.settings()->reminderReplyDays, 14);
    QCOMPARE(repo.settings()->paymentDays, 30);

    FeeCycleSettings s;
    s.trueUp = false;
    s.auditorConfirmationRequired = true;
    s.changeThresholdPercent = 12.5;
    s.reminderReplyDays = 10;
    s.paymentDays = 21;
    QVERIFY(repo.saveSettings(s).ok());
    QVERIFY(*repo.settings() == s);
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT setting_key, setting_value FROM register_setting WHERE setting_key LIKE 'fee_cycle.%' ORDER BY setting_key"));
    QStringList stored;
    while (q.next())
        stored.append(q.value(0).toString() + QLatin1Char('=') + q.value(1).toString());
    QCOMPARE(stored, (QStringList{QStringLiteral("fee_cycle.auditor_required=1"), QStringLiteral("fee_cycle.change_threshold=12.5"),
                                  QStringLiteral("fee_cycle.payment_days=21"), QStringLiteral("fee_cycle.reminder_reply_days=10"),
                                  QStringLiteral("fee_cycle.true_up=0")}));
    const QList<AuditEntry> audit = auditOf(*m_db, TurnoverRepository::SettingsAuditEntity);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().after.value(QStringLiteral("payment_days")).toInt(), 21);

    const QString before = snapshot();
    FeeCycleSettings bad = s;
    bad.changeThresholdPercent = 0;
    QCOMPARE(repo.saveSettings(bad).error().field, QStringLiteral("change_threshold"));
    bad = s;
    bad.reminderReplyDays = 0;
    QCOMPARE(repo.saveSettings(bad).error().field, QStringLiteral("reminder_reply_days"));
    bad = s;
    bad.paymentDays = 366;
    QCOMPARE(repo.saveSettings(bad).error().field, QStringLiteral("payment_days"));
    QCOMPARE(snapshot(), before);

    // The reply days decide when a reminded report is overdue.
    QVERIFY(repo.recordReminders(2026, {m_licences.at(0).id}, QDate(2026, 3, 5)).ok());
    QCOMPARE(TurnoverRules::stateKey(repo.overview(2026, QDate(2026, 3, 15))->rows.at(0).state), QStringLiteral("reminded"));
    QCOMPARE(TurnoverRules::stateKey(repo.overview(2026, QDate(2026, 3, 16))->rows.at(0).state), QStringLiteral("overdue"));
}

void TestTurnoverRepository::exchangeHelpers()
{
    TurnoverRepository repo(*m_db, m_clock);
    TurnoverReport r = received(m_licences.at(0).id);
    r.note = QStringLiteral("Med revisor");
    r.auditorConfirmed = true;
    r.requestedOn = QDate(2026, 1, 10);
    QVERIFY(repo.save(r).ok());
    TurnoverReport fresh;
    fresh.licenceId = m_licences.at(2).id;
    fresh.year = 2026;
    fresh.receivedOn = QDate(2026, 3, 1);
    fresh.expected = litres(5000);
    QVERIFY(repo.save(fresh).ok());
    const Result<QList<TurnoverReport>> all = TurnoverRepository::readAll(m_db->connection());
    QCOMPARE(all->size(), 2);
    QVERIFY(!all->at(1).actual.has_value());

    // Written as is into another register with the same licences.
    const QString otherPath = m_dir.filePath(QStringLiteral("other.sqlite"));
    Result<std::unique_ptr<Database>> other = Database::open(otherPath);
    QVERIFY(other.ok());
    for (const Licence &l : std::as_const(m_licences)) {
        Licence copy = l;
        QVERIFY(LicenceRepository::insertAsIs((*other)->connection(), copy).ok());
    }
    for (const TurnoverReport &report : *all)
        QVERIFY(TurnoverRepository::insertAsIs((*other)->connection(), report).ok());
    const Result<QList<TurnoverReport>> copied = TurnoverRepository::readAll((*other)->connection());
    QCOMPARE(copied->size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(copied->at(i).id, all->at(i).id);
        QCOMPARE(copied->at(i).actual, all->at(i).actual);
        QCOMPARE(copied->at(i).expected, all->at(i).expected);
        QCOMPARE(copied->at(i).note, all->at(i).note);
        QCOMPARE(copied->at(i).requestedOn, all->at(i).requestedOn);
        QCOMPARE(copied->at(i).createdAt, all->at(i).createdAt);
    }
    FeeCycleSettings s;
    s.paymentDays = 45;
    QVERIFY(TurnoverRepository::restoreSettings((*other)->connection(), s).ok());
    QVERIFY(*TurnoverRepository::readSettings((*other)->connection()) == s);
}

QTEST_GUILESS_MAIN(TestTurnoverRepository)
#include "TestTurnoverRepository.moc"
