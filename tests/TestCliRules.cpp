#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "CliTestSupport.h"

namespace {

using Run = bevilling::test::CliRun;
using bevilling::test::writeFile;


// Worked example 5 (rules.md): four inspections adding up to exactly 12 prikker.
const QByteArray kExample5 = R"({"events": [
  {"type": "inspection", "id": "K-1", "date": "2024-03-02",
   "findings": [{"code": "intoxicated_served"}, {"code": "intoxicated_served"}]},
  {"type": "inspection", "id": "K-2", "date": "2024-09-14", "findings": [{"code": "hours"}]},
  {"type": "renewal", "date": "2024-10-01"},
  {"type": "inspection", "id": "K-3", "date": "2025-02-08",
   "findings": [{"code": "internal_control"}, {"code": "advertising"}]},
  {"type": "inspection", "id": "K-4", "date": "2025-11-20", "findings": [{"code": "taken_out"}]}
]})";

// Example 5 up to the third inspection (11 prikker), for the what-if questions.
const QByteArray kElevenPrikker = R"({"events": [
  {"type": "inspection", "id": "K-1", "date": "2024-03-02", "findings": [{"code": "intoxicated_served"}]},
  {"type": "inspection", "id": "K-2", "date": "2024-09-14", "findings": [{"code": "hours"}]},
  {"type": "inspection", "id": "K-3", "date": "2025-02-08",
   "findings": [{"code": "internal_control"}, {"code": "advertising"}]}
]})";

// Worked example 10: a suspension decided on the 12 prikker of example 5.
const QByteArray kSuspended = R"({"events": [
  {"type": "inspection", "id": "K-1", "date": "2024-03-02", "findings": [{"code": "intoxicated_served"}]},
  {"type": "inspection", "id": "K-2", "date": "2024-09-14", "findings": [{"code": "hours"}]},
  {"type": "inspection", "id": "K-3", "date": "2025-02-08",
   "findings": [{"code": "internal_control"}, {"code": "advertising"}]},
  {"type": "inspection", "id": "K-4", "date": "2025-11-20", "findings": [{"code": "taken_out"}]},
  {"type": "suspension", "decided": "2025-12-15", "from": "2026-01-09", "to": "2026-01-15"}
]})";

const QByteArray kDeviationWithoutReason = R"({"events": [
  {"type": "inspection", "id": "K-17", "date": "2025-01-10",
   "findings": [{"code": "intoxicated_served"}, {"code": "advertising", "prikker": 0}]}
]})";

const QByteArray kUnknownCode = R"({"events": [
  {"type": "inspection", "date": "2025-01-10", "findings": [{"code": "loud_music"}]}
]})";

const QByteArray kEmpty = R"({"events": []})";

// A municipality's own rule set from 2025 that lets no group 3 be served at all; with `end` set to
// 04:00 it would widen the national frame.
QByteArray ruleSet(const char *end)
{
    return QByteArray(R"({"format": "bevilling-rule-set", "format_version": 1, "name": "torrlagt-2025", "title": "Uten gruppe 3",
  "versions": [{"effective_from": "2025-01-01", "title": "2025", "source": "test",
    "settings": {"period_reading": "fixed_boundary", "prikker_used_by_suspension": true,
                 "transfer_transition_months": 3, "transfer_application_days": 30,
                 "quota_counts_ordinary_only": true, "zones": []},
    "sales": {"weekday": {"open": "09:00", "close": "18:00"}, "before_holiday": {"open": "09:00", "close": "15:00"}, "days": []},
    "serving": {"rules": [{"groups": [1, 2], "start": "12:00", "end": ")")
         + end + R"(", "note": "gruppe 1 og 2"}],
                "special_days": [], "consumption_minutes": 30},
    "fees": {"single_occasion_method": "per_litre", "single_occasion_tiers": [], "ordinary_fee_base": "serving_minimum"}}]})";
}

QJsonObject example5Result(const QString &asOf)
{
    auto entry = [](const char *inspection, const char *date, const char *code, int prikker, const char *expires) {
        return QJsonObject{{QStringLiteral("inspection"), QLatin1String(inspection)},
                           {QStringLiteral("date"), QLatin1String(date)},
                           {QStringLiteral("code"), QLatin1String(code)},
                           {QStringLiteral("prikker"), prikker},
                           {QStringLiteral("expires"), QLatin1String(expires)}};
    };
    return QJsonObject{
        {QStringLiteral("as_of"), asOf},
        {QStringLiteral("active_prikker"), 12},
        {QStringLiteral("suspension_due"), true},
        {QStringLiteral("suspension_days"), 7},
        {QStringLiteral("active"),
         QJsonArray{entry("K-1", "2024-03-02", "intoxicated_served", 4, "2026-03-02"),
                    entry("K-2", "2024-09-14", "hours", 4, "2026-09-14"),
                    entry("K-3", "2025-02-08", "internal_control", 2, "2027-02-08"),
                    entry("K-3", "2025-02-08", "advertising", 1, "2027-02-08"),
                    entry("K-4", "2025-11-20", "taken_out", 1, "2027-11-20")}},
    };
}

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    return error.error == QJsonParseError::NoError ? document.object() : QJsonObject();
}

} // namespace

// Drives the real bevilling-cli's rule look-ups (contracts.md section 3) as a script would, and
// compares the JSON documents it prints.
class TestCliRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void contractExamples_data();
    void contractExamples();
    void holidays();
    void prikkExample5();
    void prikkWhatIf_data();
    void prikkWhatIf();
    void help_data();
    void help();
    void badInput_data();
    void badInput();
    void noRegisterIsOpened();

private:
    Run cli(QStringList arguments) const;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

Run TestCliRules::cli(QStringList arguments) const
{
    // "@name" stands for a file in the test's folder.
    for (QString &argument : arguments) {
        if (argument.startsWith(QLatin1Char('@')))
            argument = path(argument.mid(1));
    }
    return bevilling::test::runCli(m_dir.path(), arguments);
}

void TestCliRules::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo(QStringLiteral(BEVILLING_CLI_PATH)).isExecutable());
    QVERIFY(writeFile(path(QStringLiteral("ex5.json")), kExample5));
    QVERIFY(writeFile(path(QStringLiteral("eleven.json")), kElevenPrikker));
    QVERIFY(writeFile(path(QStringLiteral("suspended.json")), kSuspended));
    QVERIFY(writeFile(path(QStringLiteral("no-reason.json")), kDeviationWithoutReason));
    QVERIFY(writeFile(path(QStringLiteral("unknown-code.json")), kUnknownCode));
    QVERIFY(writeFile(path(QStringLiteral("empty.json")), kEmpty));
    QVERIFY(writeFile(path(QStringLiteral("local-rules.json")), ruleSet("01:00")));
    QVERIFY(writeFile(path(QStringLiteral("too-late.json")), ruleSet("04:00")));
    QVERIFY(writeFile(path(QStringLiteral("broken.json")), QByteArray("{\"events\": [")));
    QVERIFY(writeFile(path(QStringLiteral("not-rules.json")), QByteArray("{\"name\": 3}")));
}

void TestCliRules::contractExamples_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("period, contract") << "period --granted 2025-03-10" << QByteArray(R"({"granted": "2025-03-10", "valid_to": "2028-09-30"})");
    QTest::newRow("period, ex2 start of a period") << "period --granted 2024-10-01"
                                                   << QByteArray(R"({"granted": "2024-10-01", "valid_to": "2028-09-30"})");
    QTest::newRow("period, ex3 fixed") << "period --granted 2024-02-15 --reading fixed"
                                       << QByteArray(R"({"granted": "2024-02-15", "valid_to": "2024-09-30", "reading": "fixed"})");
    QTest::newRow("period, ex3 next council") << "period --granted 2024-02-15 --reading next-council"
                                              << QByteArray(R"({"granted": "2024-02-15", "valid_to": "2028-02-14", "reading": "next-council"})");
    QTest::newRow("sales-hours, contract (Easter Saturday)")
        << "sales-hours --date 2025-04-19" << QByteArray(R"({"date": "2025-04-19", "day_type": "before_holiday", "open": "08:00", "close": "18:00"})");
    QTest::newRow("sales-hours, ex19 Maundy Thursday closed")
        << "sales-hours --date 2025-04-17 --rules national" << QByteArray(R"({"date": "2025-04-17", "day_type": "closed", "open": null, "close": null})");
    QTest::newRow("sales-hours, ex19 day before Ascension Day")
        << "sales-hours --date 2025-05-28" << QByteArray(R"({"date": "2025-05-28", "day_type": "weekday", "open": "08:00", "close": "20:00"})");
    QTest::newRow("sales-hours, ex19 17 May closed")
        << "sales-hours --date 2025-05-17" << QByteArray(R"({"date": "2025-05-17", "day_type": "closed", "open": null, "close": null})");
    QTest::newRow("sales-hours, ex19 Bærum day before Maundy Thursday")
        << "sales-hours --date 2025-04-16 --rules baerum-2020"
        << QByteArray(R"({"date": "2025-04-16", "day_type": "before_holiday", "open": "08:00", "close": "18:00"})");
    QTest::newRow("serving-hours, contract and ex17 (outdoor, non-residential)")
        << "serving-hours --rules baerum-2020 --date 2025-06-14 --group 3 --area outdoor --zone non-residential --time 23:45"
        << QByteArray(R"({"date": "2025-06-14", "group": 3, "area": "outdoor", "zone": "non-residential",
                          "start": "13:00", "end": "00:30", "consumption_end": "01:00", "time": "23:45", "allowed": true})");
    QTest::newRow("serving-hours, ex17 residential: not allowed")
        << "serving-hours --rules baerum-2020 --date 2025-06-14 --group 3 --area outdoor --zone residential --time 23:45"
        << QByteArray(R"({"date": "2025-06-14", "group": 3, "area": "outdoor", "zone": "residential",
                          "start": "13:00", "end": "22:30", "consumption_end": "23:00", "time": "23:45", "allowed": false})");
    QTest::newRow("serving-hours, ex17 indoors until 03:00")
        << "serving-hours --rules baerum-2020 --date 2025-06-14 --group 3 --area indoor --time 23:45"
        << QByteArray(R"({"date": "2025-06-14", "group": 3, "area": "indoor", "zone": "residential",
                          "start": "13:00", "end": "03:00", "consumption_end": "03:30", "time": "23:45", "allowed": true})");
    QTest::newRow("serving-hours, ex18 winter season: not allowed")
        << "serving-hours --rules baerum-2020 --date 2025-09-13 --group 3 --area outdoor --zone non-residential --time 23:45"
        << QByteArray(R"({"date": "2025-09-13", "group": 3, "area": "outdoor", "zone": "non-residential",
                          "start": "13:00", "end": "23:30", "consumption_end": "00:00", "time": "23:45", "allowed": false})");
    QTest::newRow("serving-hours, national group 1, early hours allowed")
        << "serving-hours --date 2025-06-14 --group 1 --area indoor --time 02:59"
        << QByteArray(R"({"date": "2025-06-14", "group": 1, "area": "indoor", "zone": "residential",
                          "start": "06:00", "end": "03:00", "consumption_end": "03:30", "time": "02:59", "allowed": true})");
    QTest::newRow("serving-hours, national group 3 at 12:59 not yet")
        << "serving-hours --date 2025-06-14 --group 3 --area indoor --time 12:59"
        << QByteArray(R"({"date": "2025-06-14", "group": 3, "area": "indoor", "zone": "residential",
                          "start": "13:00", "end": "03:00", "consumption_end": "03:30", "time": "12:59", "allowed": false})");
    QTest::newRow("serving-hours, a rule-set file: group 1")
        << "serving-hours --rules @local-rules.json --date 2025-06-14 --group 1 --area indoor --time 00:59"
        << QByteArray(R"({"date": "2025-06-14", "group": 1, "area": "indoor", "zone": "residential",
                          "start": "12:00", "end": "01:00", "consumption_end": "01:30", "time": "00:59", "allowed": true})");
    QTest::newRow("serving-hours, a rule-set file: no group 3 at all")
        << "serving-hours --rules @local-rules.json --date 2025-06-14 --group 3 --area indoor --time 20:00"
        << QByteArray(R"({"date": "2025-06-14", "group": 3, "area": "indoor", "zone": "residential",
                          "start": null, "end": null, "consumption_end": null, "time": "20:00", "allowed": false})");
    QTest::newRow("sales-hours, a rule-set file")
        << "sales-hours --rules @local-rules.json --date 2025-06-14"
        << QByteArray(R"({"date": "2025-06-14", "day_type": "before_holiday", "open": "09:00", "close": "15:00"})");
    QTest::newRow("fee, contract (ex11)") << "fee --year 2024 --kind serving --litres 20000,5000,300"
                                          << QByteArray(R"({"year": 2024, "kind": "serving", "by_group": [11400.0, 7450.0, 1476.0],
                                                            "sum": 20326.0, "minimum": 6100.0, "fee": 20326.0})");
    QTest::newRow("fee, ex12 minimum") << "fee --year 2024 --kind serving --litres 2000,500,50"
                                       << QByteArray(R"({"year": 2024, "kind": "serving", "by_group": [1140, 745, 246],
                                                         "sum": 2131, "minimum": 6100, "fee": 6100})");
    QTest::newRow("fee, ex13 sales 2017") << "fee --year 2017 --kind sale --litres 150000"
                                          << QByteArray(R"({"year": 2017, "kind": "sale", "by_group": [30000, 0],
                                                            "sum": 30000, "minimum": 1570, "fee": 30000})");
    QTest::newRow("fee, decimal point, øre") << "fee --year 2024 --kind serving --litres 10000.5,0,0.3"
                                             << QByteArray(R"({"year": 2024, "kind": "serving", "by_group": [5700.29, 0, 1.48],
                                                               "sum": 5701.77, "minimum": 6100, "fee": 6100})");
}

void TestCliRules::contractExamples()
{
    QFETCH(QString, command);
    QFETCH(QByteArray, expected);
    const Run run = cli(command.split(QLatin1Char(' ')));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.err.isEmpty());
    const QJsonObject wanted = parse(expected);
    QVERIFY(!wanted.isEmpty());
    QCOMPARE(parse(run.out), wanted);
}

void TestCliRules::holidays()
{
    Run run = cli({QStringLiteral("holidays"), QStringLiteral("--year"), QStringLiteral("2025")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.err.isEmpty());
    QJsonObject o = parse(run.out);
    QCOMPARE(o.value(QStringLiteral("year")).toInt(), 2025);
    QJsonArray days = o.value(QStringLiteral("holidays")).toArray();
    QCOMPARE(days.size(), 12);
    QCOMPARE(days.at(0).toObject(), (QJsonObject{{QStringLiteral("date"), QStringLiteral("2025-01-01")},
                                                  {QStringLiteral("name"), QStringLiteral("Første nyttårsdag")}}));
    QCOMPARE(days.at(3).toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2025-04-20")); // Easter Sunday
    QString previous;
    for (const QJsonValue &day : std::as_const(days)) {
        const QString date = day.toObject().value(QStringLiteral("date")).toString();
        QVERIFY2(date >= previous, qPrintable(date));
        previous = date;
    }

    // 2027: Whit Monday on 17 May gives two entries on one date.
    run = cli({QStringLiteral("holidays"), QStringLiteral("--year=2027")});
    QCOMPARE(run.exitCode, 0);
    days = parse(run.out).value(QStringLiteral("holidays")).toArray();
    QCOMPARE(days.size(), 12);
    QStringList on17May;
    for (const QJsonValue &day : std::as_const(days)) {
        if (day.toObject().value(QStringLiteral("date")).toString() == QLatin1String("2027-05-17"))
            on17May.append(day.toObject().value(QStringLiteral("name")).toString());
    }
    QCOMPARE(on17May.size(), 2);
    QVERIFY(on17May.contains(QStringLiteral("Andre pinsedag")));
}

void TestCliRules::prikkExample5()
{
    Run run = cli({QStringLiteral("prikk"), QStringLiteral("--ledger"), QStringLiteral("@ex5.json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.err.isEmpty());
    QCOMPARE(parse(run.out), example5Result(QStringLiteral("2025-11-20")));

    // On the day the first entry expires it no longer counts: 8 prikker, nothing due.
    run = cli({QStringLiteral("prikk"), QStringLiteral("--ledger"), QStringLiteral("@ex5.json"), QStringLiteral("--as-of"),
               QStringLiteral("2026-03-02")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject later = parse(run.out);
    QCOMPARE(later.value(QStringLiteral("active_prikker")).toInt(), 8);
    QCOMPARE(later.value(QStringLiteral("suspension_due")).toBool(), false);
    QCOMPARE(later.value(QStringLiteral("suspension_days")).toInt(), 0);
    QCOMPARE(later.value(QStringLiteral("active")).toArray().size(), 4);
}

void TestCliRules::prikkWhatIf_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("prikker");
    QTest::addColumn<bool>("due");
    QTest::addColumn<int>("days");
    QTest::newRow("ex5: one more prikk makes 12") << "prikk --ledger @eleven.json --what-if taken_out --on 2025-11-20" << 12 << true << 7;
    QTest::newRow("ex6: +4 makes 15, 9 days") << "prikk --ledger @eleven.json --what-if hours --on 2025-11-20" << 15 << true << 9;
    QTest::newRow("ex10: used up by the suspension") << "prikk --ledger @suspended.json --what-if taken_out --on 2026-01-20" << 1 << false << 0;
    QTest::newRow("ex10: --no-used-up, 13 -> 8 days") << "prikk --ledger @suspended.json --what-if taken_out --on 2026-01-20 --no-used-up"
                                                      << 13 << true << 8;
    QTest::newRow("ex10: --no-used-up without a new finding: already decided")
        << "prikk --ledger @suspended.json --no-used-up" << 12 << false << 0;
}

void TestCliRules::prikkWhatIf()
{
    QFETCH(QString, command);
    QFETCH(int, prikker);
    QFETCH(bool, due);
    QFETCH(int, days);
    const Run run = cli(command.split(QLatin1Char(' ')));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.err.isEmpty());
    const QJsonObject o = parse(run.out);
    QCOMPARE(o.value(QStringLiteral("active_prikker")).toInt(), prikker);
    QCOMPARE(o.value(QStringLiteral("suspension_due")).toBool(), due);
    QCOMPARE(o.value(QStringLiteral("suspension_days")).toInt(), days);
}

void TestCliRules::help_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("general") << "--help"
                             << QStringList{QStringLiteral("period"), QStringLiteral("holidays"), QStringLiteral("sales-hours"),
                                            QStringLiteral("serving-hours"), QStringLiteral("fee"), QStringLiteral("prikk")};
    QTest::newRow("period") << "period --help" << QStringList{QStringLiteral("--granted"), QStringLiteral("--reading")};
    QTest::newRow("holidays") << "holidays --help" << QStringList{QStringLiteral("--year")};
    QTest::newRow("sales-hours") << "sales-hours --help" << QStringList{QStringLiteral("--date"), QStringLiteral("--rules"), QStringLiteral("baerum-2020")};
    QTest::newRow("serving-hours") << "serving-hours --help"
                                   << QStringList{QStringLiteral("--group"), QStringLiteral("--area"), QStringLiteral("--zone"),
                                                  QStringLiteral("--time"), QStringLiteral("--rules")};
    QTest::newRow("fee") << "fee --help" << QStringList{QStringLiteral("--year"), QStringLiteral("--kind"), QStringLiteral("--litres")};
    QTest::newRow("prikk") << "prikk --help"
                           << QStringList{QStringLiteral("--ledger"), QStringLiteral("--as-of"), QStringLiteral("--what-if"),
                                          QStringLiteral("--on"), QStringLiteral("--no-used-up")};
    QTest::newRow("help beats bad values") << "fee --year x --help" << QStringList{QStringLiteral("--litres")};
}

void TestCliRules::help()
{
    QFETCH(QString, command);
    QFETCH(QStringList, mentions);
    const Run run = cli(command.split(QLatin1Char(' ')));
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    for (const QString &word : mentions)
        QVERIFY2(run.out.contains(word.toUtf8()), qPrintable(word));
}

// Bad input: exit code 2, exactly one line on stderr that names the argument or field, nothing
// on stdout.
void TestCliRules::badInput_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("named");
    QTest::newRow("period: no --granted") << "period" << "--granted";
    QTest::newRow("period: month 13") << "period --granted 2025-13-01" << "--granted";
    QTest::newRow("period: Norwegian date") << "period --granted 10.03.2025" << "--granted";
    QTest::newRow("period: 30 February") << "period --granted 2025-02-30" << "--granted";
    QTest::newRow("period: unknown reading") << "period --granted 2025-03-10 --reading loose" << "--reading";
    QTest::newRow("period: unknown option") << "period --granted 2025-03-10 --colour red" << "--colour";
    QTest::newRow("holidays: 1899") << "holidays --year 1899" << "--year";
    QTest::newRow("holidays: 2201") << "holidays --year 2201" << "--year";
    QTest::newRow("holidays: not a year") << "holidays --year twenty" << "--year";
    QTest::newRow("sales-hours: bad date") << "sales-hours --date 2025-4-19" << "--date";
    QTest::newRow("sales-hours: unknown preset") << "sales-hours --date 2025-04-19 --rules oslo-1999" << "--rules";
    QTest::newRow("sales-hours: missing rule file") << "sales-hours --date 2025-04-19 --rules @nowhere.json" << "--rules";
    QTest::newRow("sales-hours: not a rule set") << "sales-hours --date 2025-04-19 --rules @not-rules.json" << "--rules";
    QTest::newRow("sales-hours: rule set widens the national frame") << "sales-hours --date 2025-06-14 --rules @too-late.json" << "--rules";
    QTest::newRow("sales-hours: before the rule set's first version") << "sales-hours --date 2024-06-14 --rules @local-rules.json" << "--date";
    QTest::newRow("serving-hours: before the rule set's first version")
        << "serving-hours --date 2024-06-14 --group 1 --area indoor --rules @local-rules.json" << "--date";
    QTest::newRow("serving-hours: group 4") << "serving-hours --date 2025-06-14 --group 4 --area indoor" << "--group";
    QTest::newRow("serving-hours: group 0") << "serving-hours --date 2025-06-14 --group 0 --area indoor" << "--group";
    QTest::newRow("serving-hours: group x") << "serving-hours --date 2025-06-14 --group x --area indoor" << "--group";
    QTest::newRow("serving-hours: no --group") << "serving-hours --date 2025-06-14 --area indoor" << "--group";
    QTest::newRow("serving-hours: unknown area") << "serving-hours --date 2025-06-14 --group 1 --area roof" << "--area";
    QTest::newRow("serving-hours: time 25:00") << "serving-hours --date 2025-06-14 --group 1 --area indoor --time 25:00" << "--time";
    QTest::newRow("serving-hours: time 7:00") << "serving-hours --date 2025-06-14 --group 1 --area indoor --time 7:00" << "--time";
    QTest::newRow("serving-hours: unknown zone") << "serving-hours --date 2025-06-14 --group 1 --area outdoor --zone moon" << "--zone";
    QTest::newRow("serving-hours: bad date") << "serving-hours --date 14.06.2025 --group 1 --area indoor" << "--date";
    QTest::newRow("fee: year without rates") << "fee --year 2021 --kind serving --litres 1000" << "--year";
    QTest::newRow("fee: year 2026") << "fee --year 2026 --kind sale --litres 1000" << "--year";
    QTest::newRow("fee: litres checked before the rates") << "fee --year 24 --kind sale --litres x" << "--litres";
    QTest::newRow("fee: year text") << "fee --year next --kind sale --litres 1000" << "--year";
    QTest::newRow("fee: unknown kind") << "fee --year 2024 --kind shop --litres 1000" << "--kind";
    QTest::newRow("fee: negative litres") << "fee --year 2024 --kind serving --litres 20000,-5,300" << "--litres";
    QTest::newRow("fee: negative first litres") << "fee --year 2024 --kind serving --litres -5" << "--litres";
    QTest::newRow("fee: non-numeric litres") << "fee --year 2024 --kind serving --litres lots" << "--litres";
    QTest::newRow("fee: exponent") << "fee --year 2024 --kind serving --litres 1e5" << "--litres";
    QTest::newRow("fee: two decimal points") << "fee --year 2024 --kind serving --litres 12.3.4" << "--litres";
    QTest::newRow("fee: empty group") << "fee --year 2024 --kind serving --litres 1000,,10" << "--litres";
    QTest::newRow("fee: four serving groups") << "fee --year 2024 --kind serving --litres 1,2,3,4" << "--litres";
    QTest::newRow("fee: three sales groups") << "fee --year 2024 --kind sale --litres 1,2,3" << "--litres";
    QTest::newRow("fee: sales group 2 has no rate in 2019") << "fee --year 2019 --kind sale --litres 1000,10" << "--litres";
    QTest::newRow("prikk: no such file") << "prikk --ledger @nowhere.json" << "--ledger";
    QTest::newRow("prikk: broken JSON") << "prikk --ledger @broken.json" << "--ledger";
    QTest::newRow("prikk: deviation without reason") << "prikk --ledger @no-reason.json" << "events[0].findings[1].reason";
    QTest::newRow("prikk: unknown code in the ledger") << "prikk --ledger @unknown-code.json" << "events[0].findings[0].code";
    QTest::newRow("prikk: bad --as-of") << "prikk --ledger @ex5.json --as-of 2025-11-31" << "--as-of";
    QTest::newRow("prikk: empty ledger needs --as-of") << "prikk --ledger @empty.json" << "--as-of";
    QTest::newRow("prikk: unknown what-if code") << "prikk --ledger @ex5.json --what-if loud_music --on 2025-12-01" << "--what-if";
    QTest::newRow("prikk: what-if without --on") << "prikk --ledger @ex5.json --what-if hours" << "--on";
    QTest::newRow("prikk: --on without what-if") << "prikk --ledger @ex5.json --on 2025-12-01" << "--on";
    QTest::newRow("prikk: bad --on") << "prikk --ledger @ex5.json --what-if hours --on tomorrow" << "--on";
    QTest::newRow("prikk: flag with a value") << "prikk --ledger @ex5.json --no-used-up=yes" << "--no-used-up";
}

void TestCliRules::badInput()
{
    QFETCH(QString, command);
    QFETCH(QString, named);
    const Run run = cli(command.split(QLatin1Char(' ')));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains(named.toUtf8()), run.err.constData());
}

// The rule look-ups answer without a register: none is created in the (empty) home.
void TestCliRules::noRegisterIsOpened()
{
    const Run run = cli({QStringLiteral("fee"), QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--kind"),
                         QStringLiteral("sale"), QStringLiteral("--litres"), QStringLiteral("1000")});
    QCOMPARE(run.exitCode, 0);
    QDirIterator files(path(QStringLiteral("home")), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString file = files.next();
        QVERIFY2(!file.endsWith(QLatin1String(".sqlite")), qPrintable(file));
    }
}

QTEST_GUILESS_MAIN(TestCliRules)
#include "TestCliRules.moc"
