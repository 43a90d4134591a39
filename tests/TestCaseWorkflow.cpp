#include "CaseTestSupport.h"
#include "cases/CaseWorkflow.h"

#include <QSet>
#include <QTest>

using namespace bevilling;
using namespace bevilling::test;

Q_DECLARE_METATYPE(bevilling::CaseStatus)
Q_DECLARE_METATYPE(bevilling::Case)

namespace {

using S = CaseStatus;

// The allowed table of rules.md G.4 as the issue states it, written out independently of the code.
const QSet<QPair<int, int>> &allowedPairs()
{
    static const QSet<QPair<int, int>> pairs = [] {
        const QList<QPair<S, QList<S>>> table = {
            {S::Received, {S::Incomplete, S::Complete, S::Closed}},
            {S::Incomplete, {S::Complete, S::Closed}},
            {S::Complete, {S::Incomplete, S::OutForStatements, S::Recommendation, S::Decided, S::Closed}},
            {S::OutForStatements, {S::StatementsReceived, S::Incomplete, S::Closed}},
            {S::StatementsReceived, {S::OutForStatements, S::Recommendation, S::Decided, S::Incomplete, S::Closed}},
            {S::Recommendation, {S::Decided, S::OutForStatements, S::Incomplete, S::Closed}},
            {S::Decided, {S::Notified}},
            {S::Notified, {S::Appealed, S::Closed}},
            {S::Appealed, {S::Decided, S::Closed}},
            {S::Closed, {}},
        };
        QSet<QPair<int, int>> result;
        for (const auto &row : table) {
            for (S to : row.second)
                result.insert({int(row.first), int(to)});
        }
        return result;
    }();
    return pairs;
}

CaseDecision decision(const QDate &notifiedOn = {})
{
    CaseDecision d;
    d.decidedBy = QStringLiteral("kari");
    d.decidedOn = QDate(2026, 4, 20);
    d.validFrom = QDate(2026, 5, 1);
    d.validTo = QDate(2028, 9, 30);
    d.notifiedOn = notifiedOn;
    return d;
}

} // namespace

class TestCaseWorkflow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyPair_data();
    void everyPair();
    void allowedNextOrder();
    void check_data();
    void check();
    void manualNext_data();
    void manualNext();
};

void TestCaseWorkflow::everyPair_data()
{
    QTest::addColumn<CaseStatus>("from");
    QTest::addColumn<CaseStatus>("to");
    QTest::addColumn<bool>("allowed");
    const QList<CaseStatus> all = CaseTexts::allStatuses();
    QCOMPARE(all.size(), 10);
    for (CaseStatus from : all) {
        for (CaseStatus to : all) {
            const QByteArray name = (CaseTexts::statusKey(from) + QStringLiteral(" -> ") + CaseTexts::statusKey(to)).toUtf8();
            QTest::newRow(name.constData()) << from << to << allowedPairs().contains({int(from), int(to)});
        }
    }
}

void TestCaseWorkflow::everyPair()
{
    QFETCH(CaseStatus, from);
    QFETCH(CaseStatus, to);
    QFETCH(bool, allowed);
    QCOMPARE(CaseWorkflow::isAllowed(from, to), allowed);
    QCOMPARE(CaseWorkflow::allowedNext(from).contains(to), allowed);
    if (!allowed) {
        // A transition outside the table fails whatever the case looks like.
        Case c = makeCase(CaseType::NewLicence, from);
        c.decision = decision(QDate(2026, 4, 21));
        const Status status = CaseWorkflow::check(c, to);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, CaseWorkflow::ErrorTransition);
        QCOMPARE(status.error().field, QStringLiteral("status"));
    }
}

void TestCaseWorkflow::allowedNextOrder()
{
    QCOMPARE(CaseWorkflow::allowedNext(S::Complete),
             (QList<S>{S::Incomplete, S::OutForStatements, S::Recommendation, S::Decided, S::Closed}));
    QCOMPARE(CaseWorkflow::allowedNext(S::Appealed), (QList<S>{S::Decided, S::Closed}));
    QVERIFY(CaseWorkflow::allowedNext(S::Closed).isEmpty());
}

void TestCaseWorkflow::check_data()
{
    QTest::addColumn<Case>("c");
    QTest::addColumn<CaseStatus>("to");
    QTest::addColumn<QString>("field"); // empty: allowed

    const Case received = makeCase(CaseType::NewLicence, S::Received);
    Case missing = received;
    missing.missingAttachments = {QStringLiteral("Firmaattest")};
    QTest::newRow("incomplete without missing attachments") << received << S::Incomplete << "missing_attachments";
    QTest::newRow("incomplete with a missing attachment") << missing << S::Incomplete << "";
    QTest::newRow("complete while attachments are missing") << missing << S::Complete << "missing_attachments";
    QTest::newRow("complete with nothing missing") << received << S::Complete << "";

    Case complete = makeCase(CaseType::NewLicence, S::Complete);
    QTest::newRow("out for statements without a request") << complete << S::OutForStatements << "statements";
    complete.statements = {statement(StatementParty::Police, QDate(2026, 3, 5), QDate(2026, 3, 26))};
    QTest::newRow("out for statements with a request") << complete << S::OutForStatements << "";
    QTest::newRow("recommendation straight from complete") << complete << S::Recommendation << "";
    QTest::newRow("decided without a decision") << complete << S::Decided << "decision";
    Case completeDecided = complete;
    completeDecided.decision = decision();
    QTest::newRow("decided with a recorded decision") << completeDecided << S::Decided << "";
    QTest::newRow("withdrawn before a decision") << complete << S::Closed << "";

    Case out = makeCase(CaseType::NewLicence, S::OutForStatements);
    out.statements = {statement(StatementParty::Police, QDate(2026, 3, 5), QDate(2026, 3, 26), QDate(2026, 3, 20)),
                      statement(StatementParty::TaxAuthority, QDate(2026, 3, 5), QDate(2026, 3, 26))};
    QTest::newRow("statements received with one unanswered") << out << S::StatementsReceived << "statements";
    out.statements[1].replied = QDate(2026, 3, 25);
    QTest::newRow("statements received with all answered") << out << S::StatementsReceived << "";
    Case outNone = makeCase(CaseType::NewLicence, S::OutForStatements);
    QTest::newRow("statements received without any statement") << outNone << S::StatementsReceived << "statements";

    Case decided = makeCase(CaseType::NewLicence, S::Decided);
    decided.decision = decision();
    QTest::newRow("notified without a date") << decided << S::Notified << "decision.notified_on";
    decided.decision->notifiedOn = QDate(2026, 4, 21);
    QTest::newRow("notified with a date") << decided << S::Notified << "";

    Case notified = makeCase(CaseType::NewLicence, S::Notified);
    notified.decision = decision(QDate(2026, 4, 21));
    QTest::newRow("appealed without an appeal") << notified << S::Appealed << "appeal";
    QTest::newRow("closed after notification") << notified << S::Closed << "";
    Case notifiedAppeal = notified;
    notifiedAppeal.appeal = CaseAppeal{};
    notifiedAppeal.appeal->received = QDate(2026, 5, 2);
    QTest::newRow("appealed with an appeal") << notifiedAppeal << S::Appealed << "";

    Case appealed = notifiedAppeal;
    appealed.status = S::Appealed;
    QTest::newRow("closed with an open appeal") << appealed << S::Closed << "appeal";
    appealed.appeal->reconsideration = AppealReconsideration::Upheld;
    QTest::newRow("closed with the appeal at Statsforvalteren") << appealed << S::Closed << "appeal";
    appealed.appeal->outcome = AppealOutcome::Upheld;
    QTest::newRow("closed after the final outcome") << appealed << S::Closed << "";
    Case reversed = notifiedAppeal;
    reversed.status = S::Appealed;
    reversed.appeal->reconsideration = AppealReconsideration::Reversed;
    QTest::newRow("closed after the municipality reversed") << reversed << S::Closed << "";
    QTest::newRow("new decision after reconsideration") << reversed << S::Decided << "";

    // Closing a decided case (Notified -> Closed) with the notification date lost: refused.
    Case notNotified = makeCase(CaseType::NewLicence, S::Notified);
    notNotified.decision = decision();
    QTest::newRow("closed after a decision without notification") << notNotified << S::Closed << "decision.notified_on";
}

void TestCaseWorkflow::check()
{
    QFETCH(Case, c);
    QFETCH(CaseStatus, to);
    QFETCH(QString, field);
    const Status status = CaseWorkflow::check(c, to);
    if (field.isEmpty()) {
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        return;
    }
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, CaseWorkflow::ErrorTransition);
    QCOMPARE(status.error().field, field);
    QVERIFY(!status.error().message.isEmpty());
    QVERIFY(status.error().message.endsWith(QLatin1Char('.')));
}

void TestCaseWorkflow::manualNext_data()
{
    QTest::addColumn<CaseStatus>("from");
    QTest::addColumn<QList<CaseStatus>>("expected");
    QTest::newRow("received") << S::Received << QList<S>{S::Incomplete, S::Complete, S::Closed};
    QTest::newRow("complete") << S::Complete << QList<S>{S::Incomplete, S::OutForStatements, S::Recommendation, S::Closed};
    QTest::newRow("statements received")
        << S::StatementsReceived << QList<S>{S::OutForStatements, S::Recommendation, S::Incomplete, S::Closed};
    QTest::newRow("recommendation") << S::Recommendation << QList<S>{S::OutForStatements, S::Incomplete, S::Closed};
    QTest::newRow("decided") << S::Decided << QList<S>{S::Notified};
    QTest::newRow("notified") << S::Notified << QList<S>{S::Closed};
    QTest::newRow("appealed") << S::Appealed << QList<S>{S::Closed};
    QTest::newRow("closed") << S::Closed << QList<S>{};
}

void TestCaseWorkflow::manualNext()
{
    QFETCH(CaseStatus, from);
    QFETCH(QList<CaseStatus>, expected);
    QCOMPARE(CaseWorkflow::manualNext(makeCase(CaseType::NewLicence, from)), expected);
}

QTEST_GUILESS_MAIN(TestCaseWorkflow)
#include "TestCaseWorkflow.moc"
