#include "rules/Findings.h"
#include "rules/PrikkLedger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace bevilling;
using namespace bevilling::rules;

namespace {
QList<LedgerEvent> ledger(const char *json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    Result<QList<LedgerEvent>> events = PrikkLedger::fromJson(doc.object());
    if (!events.ok())
        qFatal("ledger refused: %s", qPrintable(events.error().message));
    return events.value();
}

// rules.md worked example 5.
const char *kExample5 = R"({"events": [
  {"type": "inspection", "id": "K-1", "date": "2024-03-02",
   "findings": [{"code": "intoxicated_served"}, {"code": "intoxicated_served"}]},
  {"type": "inspection", "id": "K-2", "date": "2024-09-14", "findings": [{"code": "hours"}]},
  {"type": "inspection", "id": "K-3", "date": "2025-02-08",
   "findings": [{"code": "internal_control"}, {"code": "advertising"}]},
  {"type": "inspection", "id": "K-4", "date": "2025-11-20", "findings": [{"code": "taken_out"}]}
]})";
} // namespace

class TestPrikkLedger : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogue();
    void suspensionDays_data();
    void suspensionDays();
    void evaluate_data();
    void evaluate();
    void example5Entries();
    void expiry_data();
    void expiry();
    void whatIf();
    void badLedger_data();
    void badLedger();
    void jsonOutput();
};

void TestPrikkLedger::catalogue()
{
    QCOMPARE(Findings::all().size(), 22);
    QCOMPARE(Findings::find(QStringLiteral("minor"))->prikker, 8);
    QCOMPARE(Findings::find(QStringLiteral("intoxicated_served"))->prikker, 4);
    QCOMPARE(Findings::find(QStringLiteral("fee_unpaid"))->prikker, 2);
    QCOMPARE(Findings::find(QStringLiteral("advertising"))->prikker, 1);
    QVERIFY(!Findings::find(QStringLiteral("speeding")));
}

void TestPrikkLedger::suspensionDays_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("days");
    QTest::newRow("0") << 0 << 0;
    QTest::newRow("11") << 11 << 0;
    QTest::newRow("exactly 12") << 12 << 7;
    QTest::newRow("13") << 13 << 8;
    QTest::newRow("14") << 14 << 9;
    QTest::newRow("15") << 15 << 9;
    QTest::newRow("16 (example 6A)") << 16 << 10;
    QTest::newRow("18 (example 6B)") << 18 << 11;
    QTest::newRow("22") << 22 << 13;
    QTest::newRow("23") << 23 << 13;
    QTest::newRow("24: one more week") << 24 << 14;
    QTest::newRow("25") << 25 << 15;
    QTest::newRow("26") << 26 << 16;
    QTest::newRow("36: two more weeks") << 36 << 21;
    QTest::newRow("37") << 37 << 22;
}

void TestPrikkLedger::suspensionDays()
{
    QFETCH(int, total);
    QFETCH(int, days);
    QCOMPARE(PrikkLedger::suspensionDays(total), days);
}

void TestPrikkLedger::evaluate_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<bool>("usedUp");
    QTest::addColumn<int>("prikker");
    QTest::addColumn<bool>("due");
    QTest::addColumn<int>("days");

    QTest::newRow("ex5 exactly 12") << QByteArray(kExample5) << QDate(2025, 11, 20) << true << 12 << true << 7;
    QTest::newRow("ex5 the day before the last offence") << QByteArray(kExample5) << QDate(2025, 11, 19) << true << 11 << false << 0;
    QTest::newRow("ex5 default as-of is the latest date") << QByteArray(kExample5) << QDate() << true << 12 << true << 7;
    QTest::newRow("ex5 first offence expires 2026-03-02") << QByteArray(kExample5) << QDate(2026, 3, 2) << true << 8 << false << 0;
    QTest::newRow("ex5 last day of first offence") << QByteArray(kExample5) << QDate(2026, 3, 1) << true << 12 << true << 7;

    QTest::newRow("ex6A 16 prikker") << QByteArray(R"({"events": [
      {"type": "inspection", "date": "2024-03-02", "findings": [{"code": "intoxicated_served"}]},
      {"type": "inspection", "date": "2024-09-14", "findings": [{"code": "hours"}]},
      {"type": "inspection", "date": "2025-02-08", "findings": [{"code": "internal_control"}, {"code": "advertising"}]},
      {"type": "inspection", "date": "2025-11-20", "findings": [{"code": "taken_out"}, {"code": "hours"}]}]})")
                                     << QDate(2025, 11, 20) << true << 16 << true << 10;
    QTest::newRow("ex6B 18 prikker") << QByteArray(R"({"events": [
      {"type": "inspection", "date": "2024-03-02", "findings": [{"code": "intoxicated_served"}]},
      {"type": "inspection", "date": "2024-09-14", "findings": [{"code": "hours"}]},
      {"type": "inspection", "date": "2025-02-08", "findings": [{"code": "internal_control"}, {"code": "advertising"}]},
      {"type": "inspection", "date": "2025-11-20",
       "findings": [{"code": "taken_out"}, {"code": "hours"}, {"code": "manager_rules"}]}]})")
                                     << QDate(2025, 11, 20) << true << 18 << true << 11;
    QTest::newRow("ex7 one inspection, two minors and hours") << QByteArray(R"({"events": [
      {"type": "inspection", "date": "2025-06-21", "findings": [{"code": "minor"}, {"code": "minor"}, {"code": "hours"}]}]})")
                                                              << QDate(2025, 6, 21) << true << 12 << true << 7;
    QTest::newRow("ex8 expired offence") << QByteArray(R"({"events": [
      {"type": "inspection", "date": "2023-05-06", "findings": [{"code": "minor"}]},
      {"type": "inspection", "date": "2025-05-10", "findings": [{"code": "hours"}]}]})")
                                         << QDate(2025, 5, 10) << true << 4 << false << 0;
    QTest::newRow("ex8 window's last day") << QByteArray(R"({"events": [
      {"type": "inspection", "date": "2023-05-06", "findings": [{"code": "minor"}]},
      {"type": "inspection", "date": "2025-05-05", "findings": [{"code": "hours"}]}]})")
                                           << QDate(2025, 5, 5) << true << 12 << true << 7;
    QTest::newRow("ex8 window boundary day") << QByteArray(R"({"events": [
      {"type": "inspection", "date": "2023-05-06", "findings": [{"code": "minor"}]},
      {"type": "inspection", "date": "2025-05-06", "findings": [{"code": "hours"}]}]})")
                                             << QDate(2025, 5, 6) << true << 4 << false << 0;
    QTest::newRow("ex9 renewal keeps prikker") << QByteArray(R"({"events": [
      {"type": "inspection", "date": "2024-04-12", "findings": [{"code": "minor"}]},
      {"type": "renewal", "date": "2024-10-01"},
      {"type": "inspection", "date": "2025-03-01", "findings": [{"code": "hours"}]}]})")
                                               << QDate(2025, 3, 1) << true << 12 << true << 7;
    QTest::newRow("ex9 transfer restarts the window") << QByteArray(R"({"events": [
      {"type": "inspection", "date": "2024-04-12", "findings": [{"code": "minor"}]},
      {"type": "transfer", "date": "2024-10-01"},
      {"type": "inspection", "date": "2025-03-01", "findings": [{"code": "hours"}]}]})")
                                                      << QDate(2025, 3, 1) << true << 4 << false << 0;
    QTest::newRow("transfer on the offence date counts for the new holder") << QByteArray(R"({"events": [
      {"type": "transfer", "date": "2025-03-01"},
      {"type": "inspection", "date": "2025-03-01", "findings": [{"code": "hours"}]}]})")
                                                                              << QDate(2025, 3, 1) << true << 4 << false << 0;
    const QByteArray ex10 = R"({"events": [
      {"type": "inspection", "date": "2024-03-02", "findings": [{"code": "intoxicated_served"}]},
      {"type": "inspection", "date": "2024-09-14", "findings": [{"code": "hours"}]},
      {"type": "inspection", "date": "2025-02-08", "findings": [{"code": "internal_control"}, {"code": "advertising"}]},
      {"type": "inspection", "date": "2025-11-20", "findings": [{"code": "taken_out"}]},
      {"type": "suspension", "decided": "2025-12-15", "from": "2026-01-09", "to": "2026-01-15"},
      {"type": "inspection", "date": "2026-01-20", "findings": [{"code": "brought_alcohol"}]}]})";
    QTest::newRow("ex10 used up (default on)") << ex10 << QDate(2026, 1, 20) << true << 1 << false << 0;
    QTest::newRow("ex10 not used up (setting off)") << ex10 << QDate(2026, 1, 20) << false << 13 << true << 8;
    QTest::newRow("ex10 off, before the new offence: already decided") << ex10 << QDate(2026, 1, 19) << false << 12 << false << 0;
    QTest::newRow("deviation to 0 with reason") << QByteArray(R"({"events": [
      {"type": "inspection", "date": "2025-01-10",
       "findings": [{"code": "minor", "prikker": 0, "reason": "Legitimasjon var forfalsket"}, {"code": "hours"}]}]})")
                                                << QDate(2025, 1, 10) << true << 4 << false << 0;
    QTest::newRow("deviation upwards") << QByteArray(R"({"events": [
      {"type": "inspection", "date": "2025-01-10",
       "findings": [{"code": "intoxicated_served", "prikker": 8, "reason": "Svært skjerpende"}, {"code": "hours"}]}]})")
                                       << QDate(2025, 1, 10) << true << 12 << true << 7;
    QTest::newRow("inspection without findings") << QByteArray(R"({"events": [
      {"type": "inspection", "date": "2025-01-10", "findings": []}]})") << QDate(2025, 1, 10) << true << 0 << false << 0;
    QTest::newRow("25 prikker") << QByteArray(R"({"events": [
      {"type": "inspection", "date": "2025-01-10", "findings": [{"code": "minor"}, {"code": "duty_to_assist"}, {"code": "responsible_operation"}, {"code": "advertising"}]}]})")
                                << QDate(2025, 1, 10) << true << 25 << true << 15;
}

void TestPrikkLedger::evaluate()
{
    QFETCH(QByteArray, json);
    QFETCH(QDate, asOf);
    QFETCH(bool, usedUp);
    QFETCH(int, prikker);
    QFETCH(bool, due);
    QFETCH(int, days);
    LedgerSettings settings;
    settings.prikkerUsedBySuspension = usedUp;
    const Result<LedgerResult> result = PrikkLedger::evaluate(ledger(json.constData()), asOf, settings);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result->activePrikker, prikker);
    QCOMPARE(result->suspensionDue, due);
    QCOMPARE(result->suspensionDays, days);
    int sum = 0;
    for (const LedgerEntry &entry : result->active)
        sum += entry.prikker;
    QCOMPARE(sum, prikker);
}

void TestPrikkLedger::example5Entries()
{
    const Result<LedgerResult> result = PrikkLedger::evaluate(ledger(kExample5), QDate(2025, 11, 20));
    QVERIFY(result.ok());
    QCOMPARE(result->active.size(), 5); // intoxicated (merged), hours, internal control, advertising, taken out
    const LedgerEntry first = result->active.first();
    QCOMPARE(first.inspection, QStringLiteral("K-1"));
    QCOMPARE(first.code, QStringLiteral("intoxicated_served"));
    QCOMPARE(first.prikker, 4);
    QCOMPARE(first.expires, QDate(2026, 3, 2));
    QCOMPARE(result->active.last().code, QStringLiteral("taken_out"));
    QCOMPARE(result->active.last().expires, QDate(2027, 11, 20));
}

void TestPrikkLedger::expiry_data()
{
    QTest::addColumn<QDate>("offence");
    QTest::addColumn<QDate>("expires");
    QTest::newRow("ordinary") << QDate(2025, 1, 10) << QDate(2027, 1, 10);
    QTest::newRow("29 February") << QDate(2024, 2, 29) << QDate(2026, 3, 1);
    QTest::newRow("28 February in a leap year") << QDate(2024, 2, 28) << QDate(2026, 2, 28);
}

void TestPrikkLedger::expiry()
{
    QFETCH(QDate, offence);
    QFETCH(QDate, expires);
    QCOMPARE(PrikkLedger::expiryOf(offence), expires);
    LedgerEvent event;
    event.date = offence;
    event.findings = {LedgerFinding{QStringLiteral("hours"), std::nullopt, QString()}};
    QCOMPARE(PrikkLedger::evaluate({event}, expires.addDays(-1))->activePrikker, 4);
    QCOMPARE(PrikkLedger::evaluate({event}, expires)->activePrikker, 0);
}

void TestPrikkLedger::whatIf()
{
    QList<LedgerEvent> events = ledger(kExample5);
    events.removeLast();
    const Result<LedgerResult> result = PrikkLedger::whatIf(events, QStringLiteral("taken_out"), QDate(2025, 11, 20));
    QVERIFY(result.ok());
    QCOMPARE(result->activePrikker, 12);
    QVERIFY(result->suspensionDue);
    QCOMPARE(result->suspensionDays, 7);
    const Result<LedgerResult> bad = PrikkLedger::whatIf(events, QStringLiteral("speeding"), QDate(2025, 11, 20));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().field, QStringLiteral("code"));
}

void TestPrikkLedger::badLedger_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown code") << QByteArray(R"({"events": [{"type": "inspection", "date": "2025-01-10", "findings": [{"code": "hours"}, {"code": "speeding"}]}]})")
                                  << QStringLiteral("events[0].findings[1].code");
    QTest::newRow("deviation without reason") << QByteArray(R"({"events": [{"type": "inspection", "date": "2025-01-10", "findings": [{"code": "advertising", "prikker": 0}]}]})")
                                              << QStringLiteral("events[0].findings[0].reason");
    QTest::newRow("deviation with blank reason") << QByteArray(R"({"events": [{"type": "inspection", "date": "2025-01-10", "findings": [{"code": "advertising", "prikker": 0, "reason": " "}]}]})")
                                                 << QStringLiteral("events[0].findings[0].reason");
    QTest::newRow("negative prikker") << QByteArray(R"({"events": [{"type": "inspection", "date": "2025-01-10", "findings": [{"code": "advertising", "prikker": -1, "reason": "x"}]}]})")
                                      << QStringLiteral("events[0].findings[0].prikker");
    QTest::newRow("fractional prikker") << QByteArray(R"({"events": [{"type": "inspection", "date": "2025-01-10", "findings": [{"code": "advertising", "prikker": 1.5, "reason": "x"}]}]})")
                                        << QStringLiteral("events[0].findings[0].prikker");
    QTest::newRow("conflicting like-kind deviation") << QByteArray(R"({"events": [{"type": "inspection", "date": "2025-01-10", "findings": [{"code": "hours"}, {"code": "hours", "prikker": 2, "reason": "x"}]}]})")
                                                     << QStringLiteral("events[0].findings[1].prikker");
    QTest::newRow("bad date") << QByteArray(R"({"events": [{"type": "inspection", "date": "2025-02-30"}]})")
                              << QStringLiteral("events[0].date");
    QTest::newRow("Norwegian date format") << QByteArray(R"({"events": [{"type": "renewal", "date": "10.01.2025"}]})")
                                           << QStringLiteral("events[0].date");
    QTest::newRow("unknown event type") << QByteArray(R"({"events": [{"type": "fine", "date": "2025-01-10"}]})")
                                        << QStringLiteral("events[0].type");
    QTest::newRow("unknown field") << QByteArray(R"({"events": [{"type": "inspection", "date": "2025-01-10", "findings": [{"code": "hours", "prikk": 2}]}]})")
                                   << QStringLiteral("events[0].findings[0].prikk");
    QTest::newRow("suspension ends before it starts") << QByteArray(R"({"events": [{"type": "suspension", "decided": "2026-02-20", "from": "2026-03-07", "to": "2026-03-01"}]})")
                                                      << QStringLiteral("events[0].to");
    QTest::newRow("suspension without decision date") << QByteArray(R"({"events": [{"type": "suspension", "from": "2026-03-01", "to": "2026-03-07"}]})")
                                                      << QStringLiteral("events[0].decided");
    QTest::newRow("events missing") << QByteArray(R"({})") << QStringLiteral("events");
}

void TestPrikkLedger::badLedger()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const Result<QList<LedgerEvent>> events = PrikkLedger::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!events.ok());
    QCOMPARE(events.error().field, field);
    QVERIFY2(events.error().message.startsWith(field), qPrintable(events.error().message));
}

void TestPrikkLedger::jsonOutput()
{
    const Result<LedgerResult> result = PrikkLedger::evaluate(ledger(kExample5), QDate());
    QVERIFY(result.ok());
    const QJsonObject o = PrikkLedger::toJson(*result);
    QCOMPARE(o.value(QStringLiteral("as_of")).toString(), QStringLiteral("2025-11-20"));
    QCOMPARE(o.value(QStringLiteral("active_prikker")).toInt(), 12);
    QCOMPARE(o.value(QStringLiteral("suspension_due")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("suspension_days")).toInt(), 7);
    const QJsonObject first = o.value(QStringLiteral("active")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("inspection")).toString(), QStringLiteral("K-1"));
    QCOMPARE(first.value(QStringLiteral("date")).toString(), QStringLiteral("2024-03-02"));
    QCOMPARE(first.value(QStringLiteral("code")).toString(), QStringLiteral("intoxicated_served"));
    QCOMPARE(first.value(QStringLiteral("prikker")).toInt(), 4);
    QCOMPARE(first.value(QStringLiteral("expires")).toString(), QStringLiteral("2026-03-02"));
}

QTEST_GUILESS_MAIN(TestPrikkLedger)
#include "TestPrikkLedger.moc"
