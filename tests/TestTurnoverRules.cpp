#include "turnover/TurnoverReport.h"
#include "TestSupport.h"

#include <QTest>

Q_DECLARE_METATYPE(bevilling::GroupLitres)

using namespace bevilling;

namespace {

GroupLitres litres(double g1, double g2, double g3)
{
    GroupLitres l;
    l.group[0] = g1;
    l.group[1] = g2;
    l.group[2] = g3;
    return l;
}

QStringList codesOf(const QList<TurnoverFlag> &flags)
{
    QStringList codes;
    for (const TurnoverFlag &f : flags)
        codes.append(f.group > 0 ? f.code + QLatin1Char(':') + QString::number(f.group) : f.code);
    return codes;
}

} // namespace

class TestTurnoverRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deadline_data();
    void deadline();
    void deadlineForNewLicence_data();
    void deadlineForNewLicence();
    void duty_data();
    void duty();
    void state_data();
    void state();
    void flags_data();
    void flags();
    void forFee();
    void stateKeys();
};

void TestTurnoverRules::deadline_data()
{
    QTest::addColumn<bool>("withVersion");
    QTest::addColumn<QDate>("effectiveFrom");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<QDate>("expected");
    QTest::addColumn<bool>("fromRuleSet");

    QTest::newRow("no rule set: 1 March") << false << QDate() << 0 << 0 << QDate(2026, 3, 1) << false;
    QTest::newRow("version without deadline") << true << QDate(2020, 1, 1) << 0 << 0 << QDate(2026, 3, 1) << false;
    QTest::newRow("rule set 1 April") << true << QDate(2020, 1, 1) << 4 << 1 << QDate(2026, 4, 1) << true;
    QTest::newRow("version in force on 1 January") << true << QDate(2026, 1, 1) << 4 << 15 << QDate(2026, 4, 15) << true;
    QTest::newRow("version from 2 January is not in force") << true << QDate(2026, 1, 2) << 4 << 15 << QDate(2026, 3, 1) << false;
}

void TestTurnoverRules::deadlineForNewLicence_data()
{
    QTest::addColumn<QDate>("validFrom");
    QTest::addColumn<QDate>("expected");
    QTest::addColumn<bool>("newLicence");
    // The year's deadline is 01.03.2026.
    QTest::newRow("in force for years") << QDate(2024, 10, 1) << QDate(2026, 3, 1) << false;
    QTest::newRow("granted in January") << QDate(2026, 1, 15) << QDate(2026, 3, 1) << false;
    QTest::newRow("granted on the deadline") << QDate(2026, 3, 1) << QDate(2026, 3, 1) << false;
    QTest::newRow("granted the day after") << QDate(2026, 3, 2) << QDate(2026, 3, 16) << true;
    QTest::newRow("granted in April") << QDate(2026, 4, 10) << QDate(2026, 4, 24) << true;
}

void TestTurnoverRules::deadlineForNewLicence()
{
    QFETCH(QDate, validFrom);
    QFETCH(QDate, expected);
    QFETCH(bool, newLicence);
    ReportDeadline year;
    year.date = QDate(2026, 3, 1);
    Licence l = test::makeServingLicence();
    l.validFrom = validFrom;
    const ReportDeadline own = TurnoverRules::deadlineFor(year, l);
    QCOMPARE(own.date, expected);
    QCOMPARE(own.newLicence, newLicence);
    // A licence granted in April is not "missing" the March report in May before its own deadline.
    if (newLicence) {
        FeeCycleSettings settings;
        QCOMPARE(TurnoverRules::state(nullptr, own, settings, expected), TurnoverState::NotDue);
        QCOMPARE(TurnoverRules::state(nullptr, own, settings, expected.addDays(1)), TurnoverState::Missing);
    }
}

void TestTurnoverRules::deadline()
{
    QFETCH(bool, withVersion);
    QFETCH(QDate, effectiveFrom);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(QDate, expected);
    QFETCH(bool, fromRuleSet);
    rules::RuleSet set;
    if (withVersion) {
        rules::RuleSetVersion v;
        v.effectiveFrom = effectiveFrom;
        if (month > 0)
            v.settings.turnoverReportDeadline = rules::MonthDay{month, day};
        set.versions.append(v);
    }
    const ReportDeadline d = TurnoverRules::deadline(set, 2026);
    QCOMPARE(d.date, expected);
    QCOMPARE(d.fromRuleSet, fromRuleSet);
}

void TestTurnoverRules::duty_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QDate>("validFrom");
    QTest::addColumn<QDate>("validTo");
    QTest::addColumn<QDate>("endedOn");
    QTest::addColumn<bool>("required");
    QTest::addColumn<bool>("needsActual");
    QTest::addColumn<bool>("needsExpected");

    const int serving = int(LicenceKind::Serving);
    QTest::newRow("serving, whole period") << serving << QDate(2024, 10, 1) << QDate(2028, 9, 30) << QDate() << true << true << true;
    QTest::newRow("sale, whole period") << int(LicenceKind::Sale) << QDate(2024, 10, 1) << QDate(2028, 9, 30) << QDate() << true << true << true;
    QTest::newRow("granted during the year: expected only") << serving << QDate(2026, 5, 1) << QDate(2028, 9, 30) << QDate() << true << false << true;
    QTest::newRow("granted on 1 January: expected only") << serving << QDate(2026, 1, 1) << QDate(2028, 9, 30) << QDate() << true << false << true;
    QTest::newRow("granted on 31 December last year") << serving << QDate(2025, 12, 31) << QDate(2028, 9, 30) << QDate() << true << true << true;
    QTest::newRow("ended during last year: actual only") << serving << QDate(2024, 10, 1) << QDate(2028, 9, 30) << QDate(2025, 6, 30) << true << true << false;
    QTest::newRow("ended on 1 January: last day 31 December") << serving << QDate(2024, 10, 1) << QDate(2028, 9, 30) << QDate(2026, 1, 1) << true << true << false;
    QTest::newRow("ended on 2 January: in force 1 January") << serving << QDate(2024, 10, 1) << QDate(2028, 9, 30) << QDate(2026, 1, 2) << true << true << true;
    QTest::newRow("period ended 31 December last year") << serving << QDate(2021, 10, 1) << QDate(2025, 12, 31) << QDate() << true << true << false;
    QTest::newRow("ended two years ago: no duty") << serving << QDate(2020, 10, 1) << QDate(2024, 9, 30) << QDate() << false << false << false;
    QTest::newRow("granted next year: no duty") << serving << QDate(2027, 1, 1) << QDate(2030, 9, 30) << QDate() << false << false << false;
    QTest::newRow("single occasion: no duty") << int(LicenceKind::SingleOccasion) << QDate(2026, 6, 1) << QDate(2026, 6, 1) << QDate() << false << false << false;
    QTest::newRow("travelling: no duty") << int(LicenceKind::Travelling) << QDate(2025, 1, 1) << QDate(2026, 12, 31) << QDate() << false << false << false;
}

void TestTurnoverRules::duty()
{
    QFETCH(int, kind);
    QFETCH(QDate, validFrom);
    QFETCH(QDate, validTo);
    QFETCH(QDate, endedOn);
    QFETCH(bool, required);
    QFETCH(bool, needsActual);
    QFETCH(bool, needsExpected);
    Licence l = test::makeServingLicence();
    l.kind = LicenceKind(kind);
    l.validFrom = validFrom;
    l.validTo = validTo;
    l.endedOn = endedOn;
    const ReportDuty d = TurnoverRules::duty(l, 2026);
    QCOMPARE(d.required, required);
    QCOMPARE(d.needsActual, needsActual);
    QCOMPARE(d.needsExpected, needsExpected);
}

void TestTurnoverRules::state_data()
{
    QTest::addColumn<bool>("hasReport");
    QTest::addColumn<QDate>("received");
    QTest::addColumn<QDate>("reminder");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QString>("state");

    // Deadline 1 March 2026, reply 14 days after a reminder.
    QTest::newRow("no row, before the deadline") << false << QDate() << QDate() << QDate(2026, 2, 28) << "not_due";
    QTest::newRow("no row, on the deadline") << false << QDate() << QDate() << QDate(2026, 3, 1) << "not_due";
    QTest::newRow("no row, day after the deadline") << false << QDate() << QDate() << QDate(2026, 3, 2) << "missing";
    QTest::newRow("requested, not received, day after") << true << QDate() << QDate() << QDate(2026, 3, 2) << "missing";
    QTest::newRow("received before the deadline") << true << QDate(2026, 2, 10) << QDate() << QDate(2026, 2, 11) << "received";
    QTest::newRow("received on the deadline") << true << QDate(2026, 3, 1) << QDate() << QDate(2026, 6, 1) << "received";
    QTest::newRow("received the day after") << true << QDate(2026, 3, 2) << QDate() << QDate(2026, 6, 1) << "late";
    QTest::newRow("received after the reminder") << true << QDate(2026, 4, 1) << QDate(2026, 3, 10) << QDate(2026, 6, 1) << "late";
    QTest::newRow("reminded, reply deadline not passed") << true << QDate() << QDate(2026, 3, 10) << QDate(2026, 3, 11) << "reminded";
    QTest::newRow("reminded, on the reply deadline") << true << QDate() << QDate(2026, 3, 10) << QDate(2026, 3, 24) << "reminded";
    QTest::newRow("reminded, day after the reply deadline") << true << QDate() << QDate(2026, 3, 10) << QDate(2026, 3, 25) << "overdue";
}

void TestTurnoverRules::state()
{
    QFETCH(bool, hasReport);
    QFETCH(QDate, received);
    QFETCH(QDate, reminder);
    QFETCH(QDate, asOf);
    QFETCH(QString, state);
    TurnoverReport r;
    r.year = 2026;
    r.requestedOn = QDate(2026, 1, 10);
    r.receivedOn = received;
    r.reminderSentOn = reminder;
    const ReportDeadline deadline{QDate(2026, 3, 1), false};
    const FeeCycleSettings settings;
    QCOMPARE(TurnoverRules::stateKey(TurnoverRules::state(hasReport ? &r : nullptr, deadline, settings, asOf)), state);
}

void TestTurnoverRules::flags_data()
{
    QTest::addColumn<int>("groups");
    QTest::addColumn<bool>("hasPrevious");
    QTest::addColumn<GroupLitres>("previousActual");
    QTest::addColumn<bool>("hasActual");
    QTest::addColumn<GroupLitres>("actual");
    QTest::addColumn<bool>("hasExpected");
    QTest::addColumn<GroupLitres>("expected");
    QTest::addColumn<bool>("auditorRequired");
    QTest::addColumn<bool>("auditorConfirmed");
    QTest::addColumn<QDate>("validFrom");
    QTest::addColumn<QDate>("endedOn");
    QTest::addColumn<QStringList>("codes");

    const int all = Group1 | Group2 | Group3;
    const QDate from(2024, 10, 1);
    QTest::newRow("steady: no flags") << all << true << litres(10000, 2000, 500) << true << litres(10000, 2000, 500)
                                      << true << litres(10000, 2000, 500) << false << false << from << QDate() << QStringList();
    QTest::newRow("exactly 25 % up: not flagged") << all << true << litres(10000, 0, 0) << true << litres(12500, 0, 0)
                                                  << true << litres(12500, 0, 0) << false << false << from << QDate() << QStringList();
    QTest::newRow("exactly 25 % down: not flagged") << all << true << litres(10000, 0, 0) << true << litres(7500, 0, 0)
                                                    << true << litres(7500, 0, 0) << false << false << from << QDate() << QStringList();
    QTest::newRow("25.01 % up: flagged") << all << true << litres(10000, 0, 0) << true << litres(12501, 0, 0)
                                         << true << litres(12501, 0, 0) << false << false << from << QDate() << QStringList{QStringLiteral("change:1")};
    QTest::newRow("expected 25.01 % below actual") << all << true << litres(10000, 0, 0) << true << litres(10000, 0, 0)
                                                   << true << litres(7499, 0, 0) << false << false << from << QDate() << QStringList{QStringLiteral("change:1")};
    QTest::newRow("from 0 litres") << all << true << litres(10000, 0, 0) << true << litres(10000, 0, 300)
                                   << true << litres(10000, 0, 300) << false << false << from << QDate() << QStringList{QStringLiteral("change:3")};
    QTest::newRow("0 to 0 is no change") << all << true << litres(0, 0, 0) << true << litres(0, 0, 0)
                                         << true << litres(0, 0, 0) << false << false << from << QDate() << QStringList();
    QTest::newRow("no previous report: against actual only") << all << false << GroupLitres() << true << litres(10000, 0, 0)
                                                              << true << litres(10000, 0, 0) << false << false << from << QDate() << QStringList();
    QTest::newRow("group 3 not licensed") << (Group1 | Group2) << true << litres(10000, 0, 0) << true << litres(10000, 0, 0)
                                          << true << litres(10000, 0, 40) << false << false << from << QDate()
                                          << QStringList{QStringLiteral("change:3"), QStringLiteral("group_not_licensed:3")};
    QTest::newRow("group 2 not licensed, actual") << int(Group1) << true << litres(10000, 100, 0) << true << litres(10000, 100, 0)
                                                  << true << litres(10000, 100, 0) << false << false << from << QDate()
                                                  << QStringList{QStringLiteral("group_not_licensed:2")};
    QTest::newRow("auditor required and missing") << all << true << litres(1, 0, 0) << true << litres(1, 0, 0)
                                                  << true << litres(1, 0, 0) << true << false << from << QDate()
                                                  << QStringList{QStringLiteral("auditor_missing")};
    QTest::newRow("auditor required and given") << all << true << litres(1, 0, 0) << true << litres(1, 0, 0)
                                                << true << litres(1, 0, 0) << true << true << from << QDate() << QStringList();
    QTest::newRow("auditor not required") << all << true << litres(1, 0, 0) << true << litres(1, 0, 0)
                                          << true << litres(1, 0, 0) << false << false << from << QDate() << QStringList();
    QTest::newRow("actual missing") << all << true << litres(1, 0, 0) << false << GroupLitres()
                                    << true << litres(1, 0, 0) << false << false << from << QDate() << QStringList{QStringLiteral("actual_missing")};
    QTest::newRow("expected missing") << all << true << litres(1, 0, 0) << true << litres(1, 0, 0)
                                      << false << GroupLitres() << false << false << from << QDate() << QStringList{QStringLiteral("expected_missing")};
    QTest::newRow("ended last year: actual only, no flag") << all << true << litres(1, 0, 0) << true << litres(1, 0, 0)
                                                           << false << GroupLitres() << false << false << from << QDate(2025, 7, 1) << QStringList();
    QTest::newRow("granted this year: expected only, no flag") << all << false << GroupLitres() << false << GroupLitres()
                                                               << true << litres(5000, 0, 0) << false << false << QDate(2026, 4, 1) << QDate() << QStringList();
}

void TestTurnoverRules::flags()
{
    QFETCH(int, groups);
    QFETCH(bool, hasPrevious);
    QFETCH(GroupLitres, previousActual);
    QFETCH(bool, hasActual);
    QFETCH(GroupLitres, actual);
    QFETCH(bool, hasExpected);
    QFETCH(GroupLitres, expected);
    QFETCH(bool, auditorRequired);
    QFETCH(bool, auditorConfirmed);
    QFETCH(QDate, validFrom);
    QFETCH(QDate, endedOn);
    QFETCH(QStringList, codes);

    Licence l = test::makeServingLicence();
    l.groups = groups;
    l.validFrom = validFrom;
    l.endedOn = endedOn;
    TurnoverReport previous;
    previous.year = 2025;
    previous.receivedOn = QDate(2025, 2, 1);
    previous.actual = previousActual;
    TurnoverReport r;
    r.year = 2026;
    r.receivedOn = QDate(2026, 2, 1);
    if (hasActual)
        r.actual = actual;
    if (hasExpected)
        r.expected = expected;
    r.auditorConfirmed = auditorConfirmed;
    FeeCycleSettings settings;
    settings.auditorConfirmationRequired = auditorRequired;
    const QList<TurnoverFlag> flags = TurnoverRules::flags(r, l, hasPrevious ? &previous : nullptr, settings);
    QCOMPARE(codesOf(flags), codes);
    for (const TurnoverFlag &f : flags)
        QVERIFY2(!f.message.isEmpty(), qPrintable(f.code));
}

void TestTurnoverRules::forFee()
{
    const GroupLitres l = litres(1, 2, 3);
    QCOMPARE(l.forFee(LicenceKind::Sale), (QList<double>{1, 2}));
    QCOMPARE(l.forFee(LicenceKind::Serving), (QList<double>{1, 2, 3}));
    QCOMPARE(l.total(), 6.0);

    // The change message names the group, both figures and the percentage.
    Licence lic = test::makeServingLicence();
    TurnoverReport previous;
    previous.actual = litres(20000, 0, 0);
    TurnoverReport r;
    r.year = 2026;
    r.actual = litres(30000, 0, 0);
    const QList<TurnoverFlag> flags = TurnoverRules::flags(r, lic, &previous, FeeCycleSettings());
    QCOMPARE(flags.size(), 1);
    QCOMPARE(flags.first().previous, 20000.0);
    QCOMPARE(flags.first().current, 30000.0);
    QCOMPARE(flags.first().changePercent, 50.0);
    QVERIFY2(flags.first().message.contains(QStringLiteral("20 000")), qPrintable(flags.first().message));
    QVERIFY2(flags.first().message.contains(QStringLiteral("30 000")), qPrintable(flags.first().message));
    QVERIFY2(flags.first().message.contains(QStringLiteral("50 %")), qPrintable(flags.first().message));

    // A lower threshold flags a smaller change.
    FeeCycleSettings strict;
    strict.changeThresholdPercent = 10;
    r.actual = litres(22001, 0, 0);
    QCOMPARE(TurnoverRules::flags(r, lic, &previous, strict).size(), 1);
    QCOMPARE(TurnoverRules::flags(r, lic, &previous, FeeCycleSettings()).size(), 0);
}

void TestTurnoverRules::stateKeys()
{
    const TurnoverState all[] = {TurnoverState::NotDue, TurnoverState::Received, TurnoverState::Late,
                                 TurnoverState::Missing, TurnoverState::Reminded, TurnoverState::Overdue};
    QStringList keys;
    for (TurnoverState s : all) {
        keys.append(TurnoverRules::stateKey(s));
        QVERIFY(!TurnoverRules::stateName(s).isEmpty());
    }
    QCOMPARE(keys, (QStringList{QStringLiteral("not_due"), QStringLiteral("received"), QStringLiteral("late"),
                                QStringLiteral("missing"), QStringLiteral("reminded"), QStringLiteral("overdue")}));
}

QTEST_GUILESS_MAIN(TestTurnoverRules)
#include "TestTurnoverRules.moc"
