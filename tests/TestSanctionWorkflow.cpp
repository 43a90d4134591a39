#include "inspections/Sanction.h"
#include "inspections/SanctionWorkflow.h"

#include <QTest>

using namespace bevilling;

Q_DECLARE_METATYPE(bevilling::SanctionStatus)
Q_DECLARE_METATYPE(bevilling::SanctionCase)

namespace {

// A case that satisfies every check, so that the transition table alone decides.
SanctionCase completeCase(SanctionStatus status)
{
    SanctionCase c;
    c.status = status;
    c.number = QStringLiteral("S-2026-001");
    c.licenceId = 1;
    SanctionFinding f;
    f.code = QStringLiteral("hours");
    f.offenceDate = QDate(2026, 1, 10);
    f.source = QStringLiteral("K-2026-001");
    f.standardPrikker = 4;
    c.findings = {f};
    c.noticeSent = QDate(2026, 1, 20);
    c.responseDeadline = QDate(2026, 2, 3);
    c.decidedOn = QDate(2026, 2, 10);
    c.decidedBy = QStringLiteral("Kari Saksbehandler");
    SanctionSuspension s;
    s.noticeSent = QDate(2026, 2, 12);
    s.decided = QDate(2026, 3, 1);
    s.days = 7;
    s.from = QDate(2026, 3, 10);
    s.to = QDate(2026, 3, 16);
    c.suspension = s;
    SanctionAppeal a;
    a.received = QDate(2026, 2, 20);
    c.appeal = a;
    return c;
}

} // namespace

class TestSanctionWorkflow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statusKeys();
    void transitions_data();
    void transitions();
    void checks_data();
    void checks();
    void lateSuspensionIsAWarning();
};

void TestSanctionWorkflow::statusKeys()
{
    const QStringList expected{QStringLiteral("proposed"),          QStringLiteral("advance_notice"),
                               QStringLiteral("decided"),           QStringLiteral("suspension_notice"),
                               QStringLiteral("suspension_decided"), QStringLiteral("appealed"),
                               QStringLiteral("closed")};
    const QList<SanctionStatus> all = SanctionTexts::allStatuses();
    QCOMPARE(all.size(), expected.size());
    for (int i = 0; i < all.size(); ++i) {
        QCOMPARE(SanctionTexts::statusKey(all.at(i)), expected.at(i));
        QCOMPARE(SanctionTexts::statusFromKey(expected.at(i)), std::optional<SanctionStatus>(all.at(i)));
        QVERIFY(!SanctionTexts::statusName(all.at(i)).isEmpty());
    }
    QVERIFY(!SanctionTexts::statusFromKey(QStringLiteral("nonsense")));
}

void TestSanctionWorkflow::transitions_data()
{
    QTest::addColumn<SanctionStatus>("from");
    QTest::addColumn<SanctionStatus>("to");
    QTest::addColumn<bool>("allowed");
    using S = SanctionStatus;
    const QList<QPair<S, S>> allowed{
        {S::Proposed, S::AdvanceNotice},        {S::Proposed, S::Closed},
        {S::AdvanceNotice, S::Decided},         {S::AdvanceNotice, S::Closed},
        {S::Decided, S::SuspensionNotice},      {S::Decided, S::Appealed},
        {S::Decided, S::Closed},                {S::SuspensionNotice, S::SuspensionDecided},
        {S::SuspensionNotice, S::Closed},       {S::SuspensionDecided, S::Appealed},
        {S::SuspensionDecided, S::Closed},      {S::Appealed, S::Decided},
        {S::Appealed, S::SuspensionDecided},    {S::Appealed, S::Closed},
    };
    for (S from : SanctionTexts::allStatuses()) {
        for (S to : SanctionTexts::allStatuses()) {
            const QByteArray name = (SanctionTexts::statusKey(from) + QStringLiteral("->") + SanctionTexts::statusKey(to)).toUtf8();
            QTest::newRow(name.constData()) << from << to << allowed.contains(qMakePair(from, to));
        }
    }
}

void TestSanctionWorkflow::transitions()
{
    QFETCH(SanctionStatus, from);
    QFETCH(SanctionStatus, to);
    QFETCH(bool, allowed);
    QCOMPARE(SanctionWorkflow::isAllowed(from, to), allowed);
    QCOMPARE(SanctionWorkflow::allowedNext(from).contains(to), allowed);
    const Status checked = SanctionWorkflow::check(completeCase(from), to, 12);
    QCOMPARE(checked.ok(), allowed);
    if (!allowed)
        QCOMPARE(checked.error().code, SanctionWorkflow::ErrorTransition);
}

void TestSanctionWorkflow::checks_data()
{
    QTest::addColumn<SanctionCase>("sanction");
    QTest::addColumn<SanctionStatus>("to");
    QTest::addColumn<int>("total");
    QTest::addColumn<QString>("field"); // empty: allowed

    using S = SanctionStatus;
    SanctionCase c = completeCase(S::Proposed);
    QTest::newRow("notice ok") << c << S::AdvanceNotice << 0 << QString();
    c.noticeSent = QDate();
    QTest::newRow("notice without date") << c << S::AdvanceNotice << 0 << QStringLiteral("notice_sent");
    c = completeCase(S::Proposed);
    c.responseDeadline = c.noticeSent;
    QTest::newRow("deadline on notice day") << c << S::AdvanceNotice << 0 << QStringLiteral("response_deadline");
    c.responseDeadline = c.noticeSent.addDays(-1);
    QTest::newRow("deadline before notice") << c << S::AdvanceNotice << 0 << QStringLiteral("response_deadline");
    c.responseDeadline = QDate();
    QTest::newRow("no deadline") << c << S::AdvanceNotice << 0 << QStringLiteral("response_deadline");

    c = completeCase(S::AdvanceNotice);
    QTest::newRow("decided ok") << c << S::Decided << 0 << QString();
    c.decidedOn = QDate();
    QTest::newRow("decided without date") << c << S::Decided << 0 << QStringLiteral("decided_on");
    c = completeCase(S::AdvanceNotice);
    c.decidedOn = c.responseDeadline.addDays(-1);
    QTest::newRow("decided before deadline") << c << S::Decided << 0 << QStringLiteral("decided_on");
    c.response = QStringLiteral("Vi beklager.");
    QTest::newRow("decided before deadline after response") << c << S::Decided << 0 << QString();
    c = completeCase(S::AdvanceNotice);
    c.decidedOn = c.responseDeadline;
    QTest::newRow("decided on deadline") << c << S::Decided << 0 << QString();
    c = completeCase(S::AdvanceNotice);
    c.decidedBy = QStringLiteral("  ");
    QTest::newRow("decided without decider") << c << S::Decided << 0 << QStringLiteral("decided_by");
    c = completeCase(S::AdvanceNotice);
    c.findings.clear();
    QTest::newRow("decided without findings") << c << S::Decided << 0 << QStringLiteral("findings");
    c = completeCase(S::AdvanceNotice);
    c.findings.append(c.findings.first());
    c.findings[1].code = QStringLiteral("minor");
    c.findings[1].standardPrikker = 8;
    c.findings[1].decidedPrikker = 6;
    QTest::newRow("deviation without reason") << c << S::Decided << 0 << QStringLiteral("findings[1].reason");
    c.findings[1].reason = QStringLiteral("Legitimasjon ble kontrollert, men feillest.");
    QTest::newRow("deviation with reason") << c << S::Decided << 0 << QString();
    c.findings[1].reason.clear();
    c.findings[1].decidedPrikker = 8;
    QTest::newRow("standard number needs no reason") << c << S::Decided << 0 << QString();

    c = completeCase(S::Decided);
    QTest::newRow("suspension notice at 11") << c << S::SuspensionNotice << 11 << QStringLiteral("ledger");
    QTest::newRow("suspension notice at 12") << c << S::SuspensionNotice << 12 << QString();
    QTest::newRow("suspension notice at 20") << c << S::SuspensionNotice << 20 << QString();

    c = completeCase(S::SuspensionNotice);
    QTest::newRow("suspension ok") << c << S::SuspensionDecided << 12 << QString();
    c.suspension->decided = QDate();
    QTest::newRow("suspension not decided") << c << S::SuspensionDecided << 12 << QStringLiteral("suspension.decided");
    c = completeCase(S::SuspensionNotice);
    c.suspension.reset();
    QTest::newRow("no suspension") << c << S::SuspensionDecided << 12 << QStringLiteral("suspension.decided");
    c = completeCase(S::SuspensionNotice);
    c.suspension->days = 0;
    QTest::newRow("zero days") << c << S::SuspensionDecided << 12 << QStringLiteral("suspension.days");
    c = completeCase(S::SuspensionNotice);
    c.suspension->from = QDate();
    QTest::newRow("no first day") << c << S::SuspensionDecided << 12 << QStringLiteral("suspension.from");
    c = completeCase(S::SuspensionNotice);
    c.suspension->to = QDate();
    QTest::newRow("no last day") << c << S::SuspensionDecided << 12 << QStringLiteral("suspension.to");
    c = completeCase(S::SuspensionNotice);
    c.suspension->to = c.suspension->from.addDays(-1);
    QTest::newRow("last before first") << c << S::SuspensionDecided << 12 << QStringLiteral("suspension.to");
    c = completeCase(S::SuspensionNotice);
    c.suspension->from = c.suspension->decided.addDays(40);
    c.suspension->to = c.suspension->from.addDays(6);
    QTest::newRow("late start is not an error") << c << S::SuspensionDecided << 12 << QString();

    c = completeCase(S::Decided);
    c.appeal.reset();
    QTest::newRow("appeal not registered") << c << S::Appealed << 0 << QStringLiteral("appeal");
    c = completeCase(S::Decided);
    QTest::newRow("appeal registered") << c << S::Appealed << 0 << QString();
    c = completeCase(S::Proposed);
    c.findings.clear();
    QTest::newRow("close needs nothing") << c << S::Closed << 0 << QString();
}

void TestSanctionWorkflow::checks()
{
    QFETCH(SanctionCase, sanction);
    QFETCH(SanctionStatus, to);
    QFETCH(int, total);
    QFETCH(QString, field);
    const Status checked = SanctionWorkflow::check(sanction, to, total);
    if (field.isEmpty()) {
        QVERIFY2(checked.ok(), qPrintable(checked.error().message));
    } else {
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().code, SanctionWorkflow::ErrorValidation);
        QCOMPARE(checked.error().field, field);
        QVERIFY(!checked.error().message.isEmpty());
    }
}

void TestSanctionWorkflow::lateSuspensionIsAWarning()
{
    SanctionCase c = completeCase(SanctionStatus::SuspensionNotice);
    c.suspension->from = c.suspension->decided.addDays(28);
    QVERIFY(SanctionWorkflow::warnings(c).isEmpty());
    c.suspension->from = c.suspension->decided.addDays(29);
    c.suspension->to = c.suspension->from.addDays(6);
    QCOMPARE(SanctionWorkflow::warnings(c).size(), 1);
    QVERIFY(SanctionWorkflow::warnings(c).first().contains(QStringLiteral("29")));
    QVERIFY(SanctionWorkflow::check(c, SanctionStatus::SuspensionDecided).ok());
    c.suspension.reset();
    QVERIFY(SanctionWorkflow::warnings(c).isEmpty());
}

QTEST_GUILESS_MAIN(TestSanctionWorkflow)
#include "TestSanctionWorkflow.moc"
