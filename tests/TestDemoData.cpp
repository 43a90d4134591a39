#include "demo/DemoData.h"
#include "exchange/Exchange.h"
#include "rules/LicencePeriod.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/InspectionRepository.h"
#include "storage/LicenceLedger.h"
#include "storage/LicenceRepository.h"
#include "storage/SanctionRepository.h"
#include "storage/RegisterSettings.h"
#include "storage/FeeRepository.h"
#include "storage/TurnoverRepository.h"
#include "validation/LicenceValidator.h"
#include "validation/OrgNumber.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace bevilling;

class TestDemoData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void contents();
    void validOnAnyDay_data();
    void validOnAnyDay();
    void historyShowsChanges();
    void refusesNonEmptyRegister();
    void deterministic();
    void cases();
    void inspections();
    void feeCycle_data();
    void feeCycle();

private:
    std::unique_ptr<Database> openNew(const QString &name);
    QTemporaryDir m_dir;
    const FixedClock m_clock{QDateTime(QDate(2025, 11, 22), QTime(10, 0), Qt::UTC)};
};

std::unique_ptr<Database> TestDemoData::openNew(const QString &name)
{
    auto opened = Database::open(m_dir.filePath(name + QStringLiteral(".sqlite")));
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().toString()));
        return nullptr;
    }
    return std::move(opened).value();
}

void TestDemoData::contents()
{
    auto db = openNew(QStringLiteral("contents"));
    QVERIFY(db);
    const Status populated = DemoData::populate(*db, m_clock);
    QVERIFY2(populated.ok(), qPrintable(populated.error().toString() + QLatin1Char(' ') + populated.error().field));

    const RegisterInfo info = *RegisterSettings(*db, m_clock).load();
    QCOMPARE(info.municipalityName, QStringLiteral("Fjordvik kommune (demo)"));
    QVERIFY(info.demo);

    const QList<Licence> licences = *LicenceRepository(*db, m_clock).list();
    QVERIFY2(licences.size() >= 28 && licences.size() <= 32, qPrintable(QString::number(licences.size())));

    const QDate today = m_clock.today();
    QMap<LicenceKind, int> kinds;
    QMap<LicenceStatus, int> statuses;
    QSet<QString> numbers;
    int soon = 0;
    int withConditions = 0;
    int closedParty = 0;
    int outdoor = 0;
    int groupOneOnly = 0;
    int groupsOneTwo = 0;
    int allGroups = 0;
    int severalDeputies = 0;
    int inCurrentPeriod = 0;
    const LicenceValidator validator;
    for (const Licence &l : licences) {
        const QList<FieldError> errors = validator.validate(l);
        QVERIFY2(errors.isEmpty(), qPrintable(l.number + QStringLiteral(": ") + (errors.isEmpty() ? QString() : errors.first().message)));
        ++kinds[l.kind];
        ++statuses[l.statusOn(today)];
        numbers.insert(l.number);
        if (!l.licensee.orgNumber.isEmpty()) {
            QVERIFY(OrgNumber::isValid(l.licensee.orgNumber));
            QVERIFY(l.licensee.orgNumber.startsWith(QLatin1Char('9')));
        }
        if (!l.premises.postalCode.isEmpty()) {
            QCOMPARE(l.premises.postalCode.size(), 4);
            QCOMPARE(l.premises.postalPlace, QStringLiteral("Fjordvik"));
        }
        if (l.kind == LicenceKind::SingleOccasion && l.validFrom > today && l.validFrom <= today.addDays(30))
            ++soon;
        if (l.kind == LicenceKind::Travelling) {
            QVERIFY(l.premises.name.isEmpty());
            QVERIFY(l.closedParty);
        }
        if (l.isOrdinary()) {
            QVERIFY(!l.manager.isEmpty());
            QVERIFY(!l.deputies.isEmpty());
            QVERIFY(l.manager.knowledgeTestPassed.isValid());
            if (l.validFrom <= today && l.validTo == rules::LicencePeriod::periodEnd(today))
                ++inCurrentPeriod;
        }
        withConditions += l.conditions.isEmpty() ? 0 : 1;
        closedParty += l.closedParty ? 1 : 0;
        outdoor += l.outdoor ? 1 : 0;
        if (l.kind == LicenceKind::Serving) {
            groupOneOnly += l.groups == Group1 ? 1 : 0;
            groupsOneTwo += l.groups == (Group1 | Group2) ? 1 : 0;
            allGroups += l.groups == (Group1 | Group2 | Group3) ? 1 : 0;
        }
        severalDeputies += l.deputies.size() > 1 ? 1 : 0;
        if (l.kind == LicenceKind::Sale)
            QCOMPARE(l.groups, int(Group1));
    }
    QCOMPARE(numbers.size(), licences.size());
    QVERIFY(kinds.value(LicenceKind::Sale) >= 5);
    QVERIFY(kinds.value(LicenceKind::Serving) >= 14);
    QVERIFY(kinds.value(LicenceKind::SingleOccasion) >= 4);
    QVERIFY(kinds.value(LicenceKind::Travelling) >= 2);
    QVERIFY(statuses.value(LicenceStatus::Ended) >= 1);
    QVERIFY(statuses.value(LicenceStatus::Expired) >= 1);
    QVERIFY(statuses.value(LicenceStatus::Pending) >= 1);
    QVERIFY(statuses.value(LicenceStatus::Active) >= 15);
    QVERIFY(soon >= 2);
    QVERIFY(withConditions >= 5);
    QVERIFY(closedParty >= 2);
    QVERIFY(outdoor >= 4);
    QVERIFY(groupOneOnly >= 1);
    QVERIFY(groupsOneTwo >= 2);
    QVERIFY(allGroups >= 6);
    QVERIFY(severalDeputies >= 2);
    QVERIFY(inCurrentPeriod >= 15);

    // Every licence has its creation in the history, and nothing is stamped after now.
    const QList<AuditEntry> audit = *AuditLog::all(db->connection());
    QVERIFY(audit.size() > licences.size());
    int creations = 0;
    for (const AuditEntry &e : audit) {
        QVERIFY(e.at <= m_clock.now());
        creations += e.action == QLatin1String("create") && e.entity == LicenceRepository::AuditEntity ? 1 : 0;
    }
    QCOMPARE(creations, licences.size());
}

// The story is told relative to "today": it must hold on awkward days too.
void TestDemoData::validOnAnyDay_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::newRow("first day of a period") << QDateTime(QDate(2024, 10, 1), QTime(6, 0), Qt::UTC);
    QTest::newRow("last day of a period") << QDateTime(QDate(2028, 9, 30), QTime(21, 0), Qt::UTC);
    QTest::newRow("leap day") << QDateTime(QDate(2028, 2, 29), QTime(12, 0), Qt::UTC);
    QTest::newRow("new year's eve late") << QDateTime(QDate(2026, 12, 31), QTime(23, 30), Qt::UTC);
    QTest::newRow("far ahead") << QDateTime(QDate(2041, 5, 17), QTime(8, 0), Qt::UTC);
}

void TestDemoData::validOnAnyDay()
{
    QFETCH(QDateTime, now);
    const FixedClock clock(now);
    auto db = openNew(QStringLiteral("day-") + now.toString(QStringLiteral("yyyyMMdd")));
    QVERIFY(db);
    const Status populated = DemoData::populate(*db, clock);
    QVERIFY2(populated.ok(), qPrintable(populated.error().toString()));
    const QList<Licence> licences = *LicenceRepository(*db, clock).list();
    QVERIFY(licences.size() >= 28);
    for (const Licence &l : licences)
        QVERIFY2(LicenceValidator().validate(l).isEmpty(), qPrintable(l.number));
    QCOMPARE(InspectorRepository(*db, clock).list()->size(), 3);
    QCOMPARE(InspectionRepository(*db, clock).list()->size(), 7);
    QCOMPARE(SanctionRepository(*db, clock).list()->size(), 2);
    const QList<AuditEntry> audit = *AuditLog::all(db->connection());
    for (const AuditEntry &e : audit)
        QVERIFY(e.at <= now);
}

void TestDemoData::historyShowsChanges()
{
    auto db = openNew(QStringLiteral("history"));
    QVERIFY(db);
    QVERIFY(DemoData::populate(*db, m_clock).ok());
    LicenceRepository repo(*db, m_clock);
    int changed = 0;
    int ended = 0;
    const QList<Licence> licences = *repo.list();
    for (const Licence &l : licences) {
        const QList<AuditEntry> history = *repo.history(l.id);
        QVERIFY(!history.isEmpty());
        QCOMPARE(history.first().action, QStringLiteral("create"));
        for (const AuditEntry &e : history) {
            if (e.action == QLatin1String("update")) {
                ++changed;
                QVERIFY(!AuditLog::changes(e.before, e.after).isEmpty());
                QVERIFY(e.at > history.first().at);
            }
            ended += e.action == QLatin1String("end") ? 1 : 0;
        }
    }
    QVERIFY(changed >= 3);
    QVERIFY(ended >= 2);
}

void TestDemoData::refusesNonEmptyRegister()
{
    auto db = openNew(QStringLiteral("twice"));
    QVERIFY(db);
    QVERIFY(DemoData::populate(*db, m_clock).ok());
    const int licences = *LicenceRepository(*db, m_clock).count();
    const int entries = static_cast<int>(AuditLog::all(db->connection())->size());
    const Status again = DemoData::populate(*db, m_clock);
    QVERIFY(!again.ok());
    QCOMPARE(InspectorRepository(*db, m_clock).list()->size(), 3);
    QCOMPARE(InspectionRepository(*db, m_clock).list()->size(), 7);
    QVERIFY(!again.error().message.isEmpty());
    QCOMPARE(*LicenceRepository(*db, m_clock).count(), licences);
    QCOMPARE(static_cast<int>(AuditLog::all(db->connection())->size()), entries);
}

void TestDemoData::deterministic()
{
    auto a = openNew(QStringLiteral("same-a"));
    auto b = openNew(QStringLiteral("same-b"));
    QVERIFY(a && b);
    QVERIFY(DemoData::populate(*a, m_clock).ok());
    QVERIFY(DemoData::populate(*b, m_clock).ok());
    const Result<QByteArray> exportA = Exchange::exportRegister(*a);
    const Result<QByteArray> exportB = Exchange::exportRegister(*b);
    QVERIFY(exportA.ok() && exportB.ok());
    QCOMPARE(*exportA, *exportB);

    // Another day gives another (but equally valid) register.
    auto c = openNew(QStringLiteral("other-day"));
    QVERIFY(DemoData::populate(*c, FixedClock(m_clock.now().addDays(40))).ok());
    QVERIFY(*Exchange::exportRegister(*c) != *exportA);
}

// A handful of cases in various statuses, with statements (one overdue) and attachments, so the
// officer's home and the statements matrix show something.
void TestDemoData::cases()
{
    auto db = openNew(QStringLiteral("cases"));
    QVERIFY(db);
    QVERIFY(DemoData::populate(*db, m_clock).ok());
    const QDate today = m_clock.today();
    const QList<Case> cases = *CaseRepository(*db, m_clock).list();
    QCOMPARE(cases.size(), 6);
    QSet<CaseStatus> statuses;
    QSet<CaseType> types;
    int overdue = 0;
    int open = 0;
    int attachments = 0;
    int unassigned = 0;
    for (const Case &c : cases) {
        statuses.insert(c.status);
        types.insert(c.type);
        QVERIFY(c.receivedOn <= today);
        QVERIFY(c.createdAt <= m_clock.now());
        for (const CaseEvent &e : c.events)
            QVERIFY(e.at <= m_clock.now());
        for (const CaseStatement &s : c.statements)
            overdue += s.isOverdue(today) ? 1 : 0;
        open += c.isOpen() ? 1 : 0;
        attachments += int(c.attachments.size());
        unassigned += c.assignedTo.isEmpty() ? 1 : 0;
        if (c.type != CaseType::NewLicence && c.type != CaseType::SingleOccasion)
            QVERIFY2(c.licenceId.has_value(), qPrintable(c.number));
    }
    QCOMPARE(overdue, 1);
    QCOMPARE(open, 5);
    QCOMPARE(attachments, 3);
    QCOMPARE(unassigned, 1);
    for (CaseStatus status : {CaseStatus::Received, CaseStatus::Incomplete, CaseStatus::Complete,
                              CaseStatus::OutForStatements, CaseStatus::Closed})
        QVERIFY2(statuses.contains(status), qPrintable(CaseTexts::statusKey(status)));
    QCOMPARE(types.size(), 5);
    // The refusal cites its reason and made no licence.
    const auto refused = std::find_if(cases.begin(), cases.end(), [](const Case &c) { return c.isDecided(); });
    QVERIFY(refused != cases.end());
    QCOMPARE(refused->decision->outcome, DecisionOutcome::Refused);
    QVERIFY(!refused->decision->reason.isEmpty());
    QVERIFY(refused->decision->notifiedOn.isValid());
    QVERIFY(!refused->licenceId);
}

// Issue 5's features: inspectors, inspections over this year and last year, a decided prikk case
// from an intoxication finding and a police report under advance notice.
void TestDemoData::inspections()
{
    auto db = openNew(QStringLiteral("inspections"));
    QVERIFY(db);
    QVERIFY(DemoData::populate(*db, m_clock).ok());
    const QDate today = m_clock.today();

    const QList<Inspector> inspectors = *InspectorRepository(*db, m_clock).list();
    QCOMPARE(inspectors.size(), 3);
    const int untested = static_cast<int>(std::count_if(inspectors.begin(), inspectors.end(), [](const Inspector &i) {
        return !i.knowledgeTestPassed.isValid();
    }));
    QCOMPARE(untested, 1);

    const QList<Licence> licences = *LicenceRepository(*db, m_clock).list();
    QHash<qint64, Licence> byId;
    for (const Licence &l : licences)
        byId.insert(l.id, l);

    InspectionRepository inspectionRepo(*db, m_clock);
    const QList<Inspection> inspections = *inspectionRepo.list();
    QCOMPARE(inspections.size(), 7);
    QSet<int> years;
    int servingWithTwo = 0;
    int salesWithOne = 0;
    int noRemarks = 0;
    int sent = 0;
    int overdue = 0;
    int withComments = 0;
    qint64 intoxicationFinding = 0;
    bool advertising = false;
    for (const Inspection &in : inspections) {
        QVERIFY(in.date <= today);
        QVERIFY(in.createdAt <= m_clock.now());
        QVERIFY(in.number.startsWith(QStringLiteral("K-%1-").arg(in.date.year())));
        // Every entry passes the validator without errors, as a user's would.
        QVERIFY(byId.contains(in.licenceId));
        const Licence licence = byId.value(in.licenceId);
        QVERIFY2(!InspectionValidator::hasErrors(InspectionValidator::check(in, inspectors, &licence, today)),
                 qPrintable(in.number));
        years.insert(in.date.year());
        if (in.type == rules::InspectionType::Serving) {
            QCOMPARE(licence.kind, LicenceKind::Serving);
            QCOMPARE(in.inspectorIds.size(), 2);
            ++servingWithTwo;
        }
        if (in.type == rules::InspectionType::Sales) {
            QCOMPARE(licence.kind, LicenceKind::Sale);
            salesWithOne += in.inspectorIds.size() == 1 ? 1 : 0;
        }
        noRemarks += in.findings.isEmpty() ? 1 : 0;
        sent += in.reportSent.isValid() ? 1 : 0;
        overdue += !in.reportSent.isValid() && today > in.reportDue() ? 1 : 0;
        withComments += in.commentsReceived.isValid() && !in.comments.isEmpty() ? 1 : 0;
        for (const InspectionFinding &f : in.findings) {
            if (f.code == QLatin1String("intoxicated_served")) {
                QVERIFY(f.signs.has_value() && !f.signs->isEmpty());
                intoxicationFinding = f.id;
            }
            advertising = advertising || f.code == QLatin1String("advertising");
        }
        QVERIFY(!inspectionRepo.history(in.id)->isEmpty());
    }
    QVERIFY(years.contains(today.year()));
    QVERIFY(years.contains(today.year() - 1));
    QVERIFY(servingWithTwo >= 4);
    QVERIFY(salesWithOne >= 1);
    QVERIFY(noRemarks >= 1);
    QVERIFY(sent >= 1);
    QCOMPARE(overdue, 1);
    QCOMPARE(withComments, 1);
    QVERIFY(intoxicationFinding != 0);
    QVERIFY(advertising);

    const QList<SanctionCase> cases = *SanctionRepository(*db, m_clock).list();
    QCOMPARE(cases.size(), 2);
    const auto decided = std::find_if(cases.begin(), cases.end(),
                                      [](const SanctionCase &c) { return c.status == SanctionStatus::Decided; });
    QVERIFY(decided != cases.end());
    QCOMPARE(decided->findings.size(), 1);
    QCOMPARE(decided->findings.first().inspectionFindingId, intoxicationFinding);
    QVERIFY(decided->decidedOn <= today);
    const auto notice = std::find_if(cases.begin(), cases.end(),
                                     [](const SanctionCase &c) { return c.status == SanctionStatus::AdvanceNotice; });
    QVERIFY(notice != cases.end());
    QCOMPARE(notice->findings.first().inspectionFindingId, qint64(0));
    QVERIFY(!notice->findings.first().source.isEmpty());

    // The decided prikker are in the licence's ledger (its «Prikker» tab).
    const int decidedPrikker = decided->findings.first().prikker();
    QCOMPARE(decidedPrikker, 4);
    const Result<rules::LedgerResult> ledger = LicenceLedger::evaluate(*db, m_clock, decided->licenceId);
    QVERIFY2(ledger.ok(), qPrintable(ledger.ok() ? QString() : ledger.error().toString()));
    QCOMPARE(ledger->activePrikker, decidedPrikker);
    QCOMPARE(ledger->active.size(), 1);
}

void TestDemoData::feeCycle_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("clockYearIssued");
    QTest::newRow("November 2025: both years have rates") << QDateTime(QDate(2025, 11, 22), QTime(10, 0), Qt::UTC) << true;
    QTest::newRow("November 2026: no 2026 rates") << QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC) << false;
    QTest::newRow("February 2026: before the deadline") << QDateTime(QDate(2026, 2, 10), QTime(10, 0), Qt::UTC) << false;
}

void TestDemoData::feeCycle()
{
    QFETCH(QDateTime, now);
    QFETCH(bool, clockYearIssued);
    const FixedClock clock(now);
    const QDate today = clock.today();
    const int year = today.year();
    auto db = openNew(QStringLiteral("fees-%1").arg(now.toString(QStringLiteral("yyyyMMdd"))));
    QVERIFY(db);
    const Status populated = DemoData::populate(*db, clock);
    QVERIFY2(populated.ok(), qPrintable(populated.error().toString() + QLatin1Char(' ') + populated.error().field));

    TurnoverRepository turnover(*db, clock);
    QVERIFY(turnover.settings()->auditorConfirmationRequired);

    // The year with the late, missing and changed reports: this year after its reminder period.
    const int special = today >= QDate(year, 3, 31) ? year : year - 1;
    const QList<TurnoverReport> reports = *turnover.list(special);
    QVERIFY(reports.size() >= 10);
    int late = 0;
    int remindedMissing = 0;
    int changed = 0;
    for (const TurnoverReport &r : reports) {
        if (!r.isReceived()) {
            if (r.reminderSentOn.isValid())
                ++remindedMissing;
            continue;
        }
        QVERIFY(r.receivedOn <= today);
        QVERIFY(r.auditorConfirmed);
        if (r.receivedOn > QDate(special, 3, 1))
            ++late;
        if (r.actual && r.expected && r.actual->group[0] > 0 && r.expected->group[0] > r.actual->group[0] * 1.25)
            ++changed;
    }
    QCOMPARE(late, 1);
    QCOMPARE(remindedMissing, 1);
    QCOMPARE(changed, 1);
    QVERIFY(!turnover.list(year - 1)->isEmpty());

    FeeRepository fees(*db, clock);
    const QList<FeeLine> lastYear = *fees.lines(year - 1);
    QVERIFY(lastYear.size() >= 10);
    QCOMPARE(fees.lines(year)->isEmpty(), !clockYearIssued);
    QCOMPARE(fees.assess(year).ok(), clockYearIssued); // 2026 has no rates: refused, not invented
    int partly = 0;
    int full = 0;
    for (const FeeLine &line : lastYear) {
        QVERIFY(line.issuedOn <= today);
        if (line.paid > 0 && line.paid + 0.005 < line.amount)
            ++partly;
        if (line.amount > 0 && line.outstanding() < 0.005)
            ++full;
        for (const FeePayment &p : *fees.payments(line.id))
            QVERIFY(p.paidOn <= today);
    }
    QCOMPARE(partly, 1);
    QVERIFY(full >= 5);
    const QList<FeeLine> overdue = *fees.overdue(today);
    QVERIFY(!overdue.isEmpty());
    bool unpaidLastYear = false;
    for (const FeeLine &line : overdue)
        unpaidLastYear = unpaidLastYear || (line.year == year - 1 && line.paid == 0);
    QVERIFY(unpaidLastYear);
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "TestDemoData.moc"
