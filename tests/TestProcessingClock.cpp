#include "CaseTestSupport.h"
#include "cases/ProcessingClock.h"

#include <QTest>

using namespace bevilling;
using namespace bevilling::test;

Q_DECLARE_METATYPE(bevilling::ClockPause)
Q_DECLARE_METATYPE(bevilling::ClockSettings)
Q_DECLARE_METATYPE(bevilling::Case)

namespace {

using Pauses = QList<ClockPause>;

ClockPause pause(const QDate &from, const QDate &to = {}, const QString &reason = QStringLiteral("applicant"))
{
    return ClockPause{from, to, reason};
}

QDate d(int month, int day, int year = 2026)
{
    return QDate(year, month, day);
}

QString text(const Pauses &pauses)
{
    QStringList parts;
    for (const ClockPause &p : pauses)
        parts.append(p.from.toString(Qt::ISODate) + QStringLiteral("..")
                     + (p.to.isValid() ? p.to.toString(Qt::ISODate) : QStringLiteral("open")) + QLatin1Char(' ')
                     + p.reason);
    return parts.join(QStringLiteral(", "));
}

ClockSettings settings(bool incomplete = true, bool statements = true, std::optional<int> target = std::nullopt)
{
    ClockSettings s;
    s.pauseWhileIncomplete = incomplete;
    s.pauseWhileAwaitingStatements = statements;
    s.targetDays = target;
    return s;
}

} // namespace

class TestProcessingClock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void merge_data();
    void merge();
    void evaluate_data();
    void evaluate();
    void notStarted();
    void pausesOf_data();
    void pausesOf();
    void ofCase();
};

void TestProcessingClock::merge_data()
{
    QTest::addColumn<Pauses>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << Pauses{} << "";
    QTest::newRow("separate, sorted") << Pauses{pause(d(3, 20), d(3, 22)), pause(d(3, 10), d(3, 12))}
                                      << "2026-03-10..2026-03-12 applicant, 2026-03-20..2026-03-22 applicant";
    QTest::newRow("overlapping") << Pauses{pause(d(3, 10), d(3, 15)), pause(d(3, 12), d(3, 20), QStringLiteral("statements"))}
                                 << "2026-03-10..2026-03-20 applicant";
    QTest::newRow("touching: next starts the day after") << Pauses{pause(d(3, 10), d(3, 12)), pause(d(3, 13), d(3, 14))}
                                                          << "2026-03-10..2026-03-14 applicant";
    QTest::newRow("one day gap stays apart") << Pauses{pause(d(3, 10), d(3, 12)), pause(d(3, 14), d(3, 15))}
                                             << "2026-03-10..2026-03-12 applicant, 2026-03-14..2026-03-15 applicant";
    QTest::newRow("nested") << Pauses{pause(d(3, 1), d(3, 31)), pause(d(3, 10), d(3, 12))}
                            << "2026-03-01..2026-03-31 applicant";
    QTest::newRow("open pause swallows later ones") << Pauses{pause(d(3, 10)), pause(d(3, 20), d(3, 25))}
                                                     << "2026-03-10..open applicant";
    QTest::newRow("closed pause runs into an open one") << Pauses{pause(d(3, 10), d(3, 15)), pause(d(3, 14))}
                                                         << "2026-03-10..open applicant";
    QTest::newRow("backwards pause dropped") << Pauses{pause(d(3, 10), d(3, 9))} << "";
}

void TestProcessingClock::merge()
{
    QFETCH(Pauses, input);
    QFETCH(QString, expected);
    QCOMPARE(text(ProcessingClock::merge(input)), expected);
}

void TestProcessingClock::evaluate_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<Pauses>("pauses");
    QTest::addColumn<ClockSettings>("clock");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("stoppedOn");
    QTest::addColumn<int>("pausedDays");
    QTest::addColumn<bool>("paused");
    QTest::addColumn<int>("elapsedDays");
    QTest::addColumn<QDate>("legalDue");
    QTest::addColumn<QDate>("targetDue"); // invalid: none
    QTest::addColumn<int>("daysLeft");

    const QDate start = d(3, 2);
    QTest::newRow("no pauses: four months") << start << Pauses{} << settings() << d(3, 12) << QDate()
                                            << 0 << false << 10 << d(7, 2) << QDate() << 112;
    QTest::newRow("start day is day 0") << start << Pauses{} << settings() << start << QDate()
                                        << 0 << false << 0 << d(7, 2) << QDate() << 122;
    QTest::newRow("addMonths at month end") << d(10, 31, 2025) << Pauses{} << settings() << d(11, 1, 2025) << QDate()
                                            << 0 << false << 1 << d(2, 28, 2026) << QDate() << 119;
    QTest::newRow("pause 10th-12th counts 3 days") << start << Pauses{pause(d(3, 10), d(3, 12))} << settings() << d(3, 20)
                                                   << QDate() << 3 << false << 15 << d(7, 5) << QDate() << 107;
    QTest::newRow("target due moves with pauses") << start << Pauses{pause(d(3, 10), d(3, 12))} << settings(true, true, 60)
                                                  << d(3, 20) << QDate() << 3 << false << 15 << d(7, 5) << d(5, 4) << 107;
    QTest::newRow("overlapping pauses counted once")
        << start << Pauses{pause(d(3, 10), d(3, 15)), pause(d(3, 12), d(3, 20), QStringLiteral("statements"))}
        << settings() << d(4, 1) << QDate() << 11 << false << 19 << d(7, 13) << QDate() << 103;
    QTest::newRow("touching pauses") << start << Pauses{pause(d(3, 10), d(3, 12)), pause(d(3, 13), d(3, 14))} << settings()
                                     << d(4, 1) << QDate() << 5 << false << 25 << d(7, 7) << QDate() << 97;
    QTest::newRow("nested pauses") << start << Pauses{pause(d(3, 10), d(3, 19)), pause(d(3, 12), d(3, 14))} << settings()
                                   << d(4, 1) << QDate() << 10 << false << 20 << d(7, 12) << QDate() << 102;
    QTest::newRow("open pause counts up to today") << start << Pauses{pause(d(3, 10))} << settings() << d(3, 15)
                                                   << QDate() << 6 << true << 7 << d(7, 8) << QDate() << 115;
    QTest::newRow("closed pause covering today is paused") << start << Pauses{pause(d(3, 10), d(3, 20))} << settings()
                                                           << d(3, 15) << QDate() << 6 << true << 7 << d(7, 8) << QDate()
                                                           << 115;
    QTest::newRow("pause not begun yet") << start << Pauses{pause(d(3, 20), d(3, 25))} << settings() << d(3, 15)
                                         << QDate() << 0 << false << 13 << d(7, 2) << QDate() << 109;
    QTest::newRow("pause before start is clipped") << start << Pauses{pause(d(2, 20), d(3, 4))} << settings() << d(3, 10)
                                                   << QDate() << 3 << false << 5 << d(7, 5) << QDate() << 117;
    QTest::newRow("pause wholly before start ignored") << start << Pauses{pause(d(2, 20), d(3, 1))} << settings()
                                                       << d(3, 10) << QDate() << 0 << false << 8 << d(7, 2) << QDate()
                                                       << 114;
    QTest::newRow("decision freezes the clock") << start << Pauses{pause(d(3, 10))} << settings() << d(6, 1) << d(3, 20)
                                                << 11 << false << 7 << d(7, 13) << QDate() << 42;
    QTest::newRow("pause after the decision ignored") << start << Pauses{pause(d(4, 10), d(4, 20))} << settings()
                                                      << d(6, 1) << d(4, 1) << 0 << false << 30 << d(7, 2) << QDate()
                                                      << 31;
    QTest::newRow("overdue") << start << Pauses{} << settings() << d(7, 12) << QDate() << 0 << false << 132 << d(7, 2)
                             << QDate() << -10;
    QTest::newRow("incomplete pauses switched off")
        << start << Pauses{pause(d(3, 10), d(3, 12)), pause(d(3, 20), d(3, 21), QStringLiteral("statements"))}
        << settings(false, true) << d(4, 1) << QDate() << 2 << false << 28 << d(7, 4) << QDate() << 94;
    QTest::newRow("statement pauses switched off")
        << start << Pauses{pause(d(3, 10), d(3, 12)), pause(d(3, 20), d(3, 21), QStringLiteral("statements"))}
        << settings(true, false) << d(4, 1) << QDate() << 3 << false << 27 << d(7, 5) << QDate() << 95;
    QTest::newRow("both switched off") << start << Pauses{pause(d(3, 10)), pause(d(3, 20), {}, QStringLiteral("statements"))}
                                       << settings(false, false) << d(4, 1) << QDate() << 0 << false << 30 << d(7, 2)
                                       << QDate() << 92;
}

void TestProcessingClock::evaluate()
{
    QFETCH(QDate, start);
    QFETCH(Pauses, pauses);
    QFETCH(ClockSettings, clock);
    QFETCH(QDate, today);
    QFETCH(QDate, stoppedOn);
    const ClockState state = ProcessingClock::evaluate(start, pauses, clock, today, stoppedOn);
    QVERIFY(state.started);
    QTEST(state.pausedDays, "pausedDays");
    QTEST(state.paused, "paused");
    QTEST(state.elapsedDays, "elapsedDays");
    QTEST(state.legalDue, "legalDue");
    QFETCH(QDate, targetDue);
    QCOMPARE(state.targetDue.has_value(), targetDue.isValid());
    if (targetDue.isValid())
        QCOMPARE(*state.targetDue, targetDue);
    QTEST(state.daysLeft, "daysLeft");
    for (const ClockPause &p : state.pauses)
        QVERIFY(p.from >= start);
}

void TestProcessingClock::notStarted()
{
    const ClockState state = ProcessingClock::evaluate(QDate(), {pause(d(3, 10))}, settings(), d(3, 15));
    QVERIFY(!state.started);
    QVERIFY(!state.legalDue.isValid());
    QVERIFY(!state.targetDue);
    QCOMPARE(state.pausedDays, 0);
    QVERIFY(!ProcessingClock::of(makeCase(), settings(), d(3, 15)).started);
}

void TestProcessingClock::pausesOf_data()
{
    QTest::addColumn<Case>("c");
    QTest::addColumn<ClockSettings>("clock");
    QTest::addColumn<QString>("expected");

    Case base = makeCase(CaseType::NewLicence, CaseStatus::OutForStatements);
    base.completeOn = d(3, 5);
    base.events = {statusEvent(d(3, 2), CaseStatus::Received, CaseStatus::Incomplete),
                   statusEvent(d(3, 5), CaseStatus::Incomplete, CaseStatus::Complete),
                   statusEvent(d(3, 10), CaseStatus::Complete, CaseStatus::Incomplete),
                   statusEvent(d(3, 13), CaseStatus::Incomplete, CaseStatus::Complete),
                   statusEvent(d(3, 16), CaseStatus::Complete, CaseStatus::OutForStatements)};
    base.statements = {statement(StatementParty::Police, d(3, 16), d(4, 6), d(3, 30)),
                       statement(StatementParty::TaxAuthority, d(3, 16), d(4, 6))};
    QTest::newRow("incomplete after complete, statements")
        << base << settings()
        << "2026-03-10..2026-03-12 applicant, 2026-03-16..2026-03-29 statements, 2026-03-16..open statements";
    QTest::newRow("incomplete only") << base << settings(true, false) << "2026-03-10..2026-03-12 applicant";
    QTest::newRow("statements only") << base << settings(false, true)
                                     << "2026-03-16..2026-03-29 statements, 2026-03-16..open statements";
    QTest::newRow("none") << base << settings(false, false) << "";

    Case open = base;
    open.status = CaseStatus::Incomplete;
    open.events.removeLast();
    open.events.removeLast();
    open.statements.clear();
    QTest::newRow("still incomplete: open pause") << open << settings() << "2026-03-10..open applicant";

    Case sameDay = base;
    sameDay.events[3] = statusEvent(d(3, 10), CaseStatus::Incomplete, CaseStatus::Complete);
    sameDay.statements = {statement(StatementParty::Police, d(3, 16), d(4, 6), d(3, 16))};
    QTest::newRow("back the same day counts nothing") << sameDay << settings() << "";

    Case noHistory = makeCase(CaseType::NewLicence, CaseStatus::Complete);
    noHistory.completeOn = d(3, 5);
    noHistory.events = {statusEvent(d(3, 2), CaseStatus::Received, CaseStatus::Incomplete),
                        statusEvent(d(3, 8), CaseStatus::Complete, CaseStatus::Incomplete),
                        statusEvent(d(3, 11), CaseStatus::Incomplete, CaseStatus::OutForStatements)};
    QTest::newRow("no complete event: by date") << noHistory << settings() << "2026-03-08..2026-03-10 applicant";

    Case notComplete = makeCase(CaseType::NewLicence, CaseStatus::Incomplete);
    notComplete.events = {statusEvent(d(3, 2), CaseStatus::Received, CaseStatus::Incomplete)};
    QTest::newRow("never complete: no applicant pause") << notComplete << settings() << "";

    Case assigned = base;
    CaseEvent reassigned;
    reassigned.at = noonOn(d(3, 11));
    reassigned.kind = QStringLiteral("assigned");
    reassigned.from = QStringLiteral("kari");
    reassigned.to = QStringLiteral("ola");
    assigned.events.insert(3, reassigned);
    assigned.statements.clear();
    QTest::newRow("reassignment does not end a pause") << assigned << settings() << "2026-03-10..2026-03-12 applicant";
}

void TestProcessingClock::pausesOf()
{
    QFETCH(Case, c);
    QFETCH(ClockSettings, clock);
    QFETCH(QString, expected);
    QCOMPARE(text(ProcessingClock::pausesOf(c, clock)), expected);
}

void TestProcessingClock::ofCase()
{
    Case c = makeCase(CaseType::NewLicence, CaseStatus::OutForStatements);
    c.completeOn = d(3, 5);
    c.events = {statusEvent(d(3, 5), CaseStatus::Received, CaseStatus::Complete),
                statusEvent(d(3, 10), CaseStatus::Complete, CaseStatus::Incomplete),
                statusEvent(d(3, 13), CaseStatus::Incomplete, CaseStatus::Complete),
                statusEvent(d(3, 16), CaseStatus::Complete, CaseStatus::OutForStatements)};
    c.statements = {statement(StatementParty::Police, d(3, 16), d(4, 6))};

    // 10-12 (3 days) and 16-20 open (5 days) on 20 March.
    ClockState state = ProcessingClock::of(c, settings(), d(3, 20));
    QVERIFY(state.started);
    QVERIFY(state.paused);
    QCOMPARE(state.pausedDays, 8);
    QCOMPARE(state.legalDue, d(7, 13));
    QCOMPARE(state.pauses.size(), 2);

    // The police answer on 25 March: 16-24 (9 days); the decision on 1 April stops the clock.
    c.statements[0].replied = d(3, 25);
    CaseDecision decision;
    decision.decidedOn = d(4, 1);
    c.decision = decision;
    state = ProcessingClock::of(c, settings(), d(5, 1));
    QVERIFY(!state.paused);
    QCOMPARE(state.pausedDays, 12);
    QCOMPARE(state.elapsedDays, 27 - 12);
    QCOMPARE(state.legalDue, d(7, 17));

    // Withdrawn and closed without a decision: the clock stops the day it was closed.
    Case withdrawn = c;
    withdrawn.decision.reset();
    withdrawn.statements.clear();
    withdrawn.status = CaseStatus::Closed;
    withdrawn.closeReason = CloseReason::Withdrawn;
    withdrawn.events.append(statusEvent(d(3, 20), CaseStatus::OutForStatements, CaseStatus::Closed));
    state = ProcessingClock::of(withdrawn, settings(), d(6, 1));
    QCOMPARE(state.elapsedDays, 15 - 3);
}

QTEST_GUILESS_MAIN(TestProcessingClock)
#include "TestProcessingClock.moc"
