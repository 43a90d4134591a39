#include "CaseTestSupport.h"
#include "ReportFixture.h"
#include "reports/AnnualReports.h"
#include "storage/CaseRepository.h"
#include "storage/FeeRepository.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace bevilling;
using namespace bevilling::reports;

class TestAnnualReports : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void yearOutOfRange_data();
    void yearOutOfRange();
    void unknownKind();
    void emptyYearGivesZeros();
    void inspectionsRoros();
    void turnoverBergen();
    void national();
    void feesIssued_data();
    void feesIssued();
    void feesPerLicence();
    void feesNotIssuedYet();
    void council_data();
    void council();
    void councilProcessingTimes();

private:
    void buildRoros();
    // Three licences with turnover reports for 2024 and 2025; 2024 issued and partly paid, 2025
    // issued and partly paid when `issue2025`.
    void buildFees(bool issue2025);
    void addDecidedCase(qint64 id, CaseType type, const QDate &complete, const QDate &decided);
    static qint64 cell(const Report &r, const QString &table, int row, int column)
    {
        const ReportTable *t = r.table(table);
        return t ? t->rows.at(row).at(column).toLongLong() : -1;
    }

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2020, 6, 15), QTime(9, 30), Qt::UTC)};
    FixedClock m_clock2025{QDateTime(QDate(2025, 9, 15), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    int m_registers = 0;
};

void TestAnnualReports::init()
{
    // One register per test function and data row.
    const QString path = m_dir.filePath(
        QStringLiteral("%1-%2.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())).arg(++m_registers));
    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_db = std::move(opened).value();
}

void TestAnnualReports::cleanup()
{
    m_db.reset();
}

void TestAnnualReports::yearOutOfRange_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("year");
    for (const QString &kind : AnnualReports::kinds()) {
        QTest::newRow(qPrintable(kind + QStringLiteral(" 1999"))) << kind << 1999;
        QTest::newRow(qPrintable(kind + QStringLiteral(" 2101"))) << kind << 2101;
    }
}

void TestAnnualReports::yearOutOfRange()
{
    QFETCH(QString, kind);
    QFETCH(int, year);
    const auto r = AnnualReports::build(kind, *m_db, m_clock, year);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, QStringLiteral("year"));
}

void TestAnnualReports::unknownKind()
{
    const auto r = AnnualReports::build(QStringLiteral("budget"), *m_db, m_clock, 2019);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, QStringLiteral("kind"));
}

void TestAnnualReports::emptyYearGivesZeros()
{
    const auto r = AnnualReports::inspections(*m_db, 2019);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->figure(QStringLiteral("inspections.total")).toLongLong(), qint64(0));
    QCOMPARE(r->figure(QStringLiteral("inspections.required")).toLongLong(), qint64(0));
    QCOMPARE(r->figure(QStringLiteral("findings.total")).toLongLong(), qint64(0));
}

// Worked example 20 (Røros, seed 002): 31 serving + 7 sales licences; 2017: 94 + 24 inspections,
// 2018: 96 + 25 (+ 25 tobacco), 2019: 103 + 24 (+ 21 tobacco).
void TestAnnualReports::buildRoros()
{
    test::ReportFixture f(*m_db);
    QSqlDatabase conn = m_db->connection();
    QVERIFY(conn.transaction());
    QList<qint64> serving;
    QList<qint64> sale;
    for (int i = 1; i <= 31; ++i)
        serving.append(f.addLicence(LicenceKind::Serving, Group1 | Group2 | Group3, QStringLiteral("S-%1").arg(i)));
    for (int i = 1; i <= 7; ++i)
        sale.append(f.addLicence(LicenceKind::Sale, Group1, QStringLiteral("B-%1").arg(i)));
    const qint64 a = f.addInspector(QStringLiteral("Kontrollør A"));
    const qint64 b = f.addInspector(QStringLiteral("Kontrollør B"));
    struct YearCounts { int year; int serving; int sales; int tobacco; };
    const YearCounts years[] = {{2017, 94, 24, 0}, {2018, 96, 25, 25}, {2019, 103, 24, 21}};
    for (const YearCounts &y : years) {
        for (int i = 0; i < y.serving; ++i) {
            // 2019: the last serving inspection has one inspector; three find "hours", one "minor".
            QStringList codes;
            if (y.year == 2019 && i < 3)
                codes = {QStringLiteral("hours")};
            if (y.year == 2019 && i == 3)
                codes = {QStringLiteral("minor"), QStringLiteral("hours")};
            const QList<qint64> inspectors = y.year == 2019 && i == y.serving - 1 ? QList<qint64>{a} : QList<qint64>{a, b};
            f.addInspection(serving.at(i % 31), QDate(y.year, 1 + i % 12, 1 + i % 28), rules::InspectionType::Serving,
                            inspectors, codes);
        }
        for (int i = 0; i < y.sales; ++i)
            f.addInspection(sale.at(i % 7), QDate(y.year, 1 + i % 12, 2), rules::InspectionType::Sales, {a});
        for (int i = 0; i < y.tobacco; ++i)
            f.addInspection(sale.at(i % 7), QDate(y.year, 1 + i % 12, 3), rules::InspectionType::Tobacco, {a});
    }
    // One decided case in 2019: hours (4) + minor (8, decided 6) = 10 prikker; a suspension of 7 days;
    // an appeal that was upheld.
    SanctionCase c;
    c.licenceId = serving.at(3);
    c.status = SanctionStatus::Appealed;
    SanctionFinding f1;
    f1.code = QStringLiteral("minor");
    f1.offenceDate = QDate(2019, 4, 4);
    f1.standardPrikker = 8;
    f1.decidedPrikker = 6;
    f1.reason = QStringLiteral("Særlige forhold");
    SanctionFinding f2;
    f2.code = QStringLiteral("hours");
    f2.offenceDate = QDate(2019, 4, 4);
    f2.standardPrikker = 4;
    c.findings = {f1, f2};
    c.noticeSent = QDate(2019, 4, 10);
    c.decidedOn = QDate(2019, 5, 10);
    SanctionSuspension s;
    s.decided = QDate(2019, 6, 1);
    s.days = 7;
    s.from = QDate(2019, 6, 10);
    s.to = QDate(2019, 6, 16);
    c.suspension = s;
    SanctionAppeal ap;
    ap.received = QDate(2019, 6, 5);
    ap.outcomeOn = QDate(2019, 8, 1);
    ap.overturned = false;
    c.appeal = ap;
    f.addSanctionCase(c);
    // A proposed case from 2018 (not decided).
    SanctionCase p;
    p.licenceId = serving.at(5);
    SanctionFinding f3;
    f3.code = QStringLiteral("taken_out");
    f3.offenceDate = QDate(2018, 7, 1);
    f3.standardPrikker = 1;
    p.findings = {f3};
    f.addSanctionCase(p);
    QVERIFY(conn.commit());
}

void TestAnnualReports::inspectionsRoros()
{
    buildRoros();
    const auto r = AnnualReports::inspections(*m_db, 2019);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->figure(QStringLiteral("inspections.total")).toLongLong(), qint64(127));
    QCOMPARE(r->figure(QStringLiteral("inspections.required")).toLongLong(), qint64(114));
    QCOMPARE(r->figure(QStringLiteral("inspections.minimum_met")).toBool(), true);
    QCOMPARE(r->figure(QStringLiteral("inspections.not_inspected")).toLongLong(), qint64(0));
    QCOMPARE(r->figure(QStringLiteral("inspections.one_inspector")).toLongLong(), qint64(1));
    QCOMPARE(r->figure(QStringLiteral("findings.total")).toLongLong(), qint64(5));
    QCOMPARE(r->figure(QStringLiteral("sanctions.cases")).toLongLong(), qint64(1));
    QCOMPARE(r->figure(QStringLiteral("sanctions.prikker")).toLongLong(), qint64(10));
    QCOMPARE(r->figure(QStringLiteral("sanctions.suspensions")).toLongLong(), qint64(1));
    QCOMPARE(r->figure(QStringLiteral("sanctions.suspension_days")).toLongLong(), qint64(7));
    QCOMPARE(r->figure(QStringLiteral("sanctions.appeals")).toLongLong(), qint64(1));
    QCOMPARE(r->figure(QStringLiteral("licences.sale")).toLongLong(), qint64(7));
    QCOMPARE(r->figure(QStringLiteral("licences.serving")).toLongLong(), qint64(31));

    // Rows: serving, sales, internal control, event, tobacco, total, licences, minimum, not inspected, one inspector;
    // columns: item, 2017, 2018, 2019.
    const ReportTable *t = r->table(QStringLiteral("inspections"));
    QVERIFY(t);
    QCOMPARE(t->columns.at(1).title, QStringLiteral("2017"));
    QCOMPARE(t->rows.size(), 10);
    const qint64 expected[10][3] = {{94, 96, 103}, {24, 25, 24}, {0, 0, 0}, {0, 0, 0}, {0, 25, 21},
                                    {118, 121, 127}, {38, 38, 38}, {114, 114, 114}, {0, 0, 0}, {0, 0, 1}};
    for (int row = 0; row < 10; ++row) {
        for (int col = 0; col < 3; ++col)
            QCOMPARE(cell(*r, QStringLiteral("inspections"), row, col + 1), expected[row][col]);
    }
    QCOMPARE(t->totalRows, QList<int>{5});

    const ReportTable *m = r->table(QStringLiteral("inspection_minimum"));
    QVERIFY(m);
    QCOMPARE(m->rows.at(2).at(0).toString(), QStringLiteral("2019"));
    QCOMPARE(m->rows.at(2).at(3).toLongLong(), qint64(127));
    QCOMPARE(m->rows.at(2).at(4).toDouble(), 3.34);
    QCOMPARE(m->rows.at(0).at(3).toLongLong(), qint64(118));

    // Findings: minor is the first code, hours the sixth (contracts.md order).
    const ReportTable *fc = r->table(QStringLiteral("findings"));
    QVERIFY(fc);
    QCOMPARE(fc->rows.at(0).at(0).toString(), QStringLiteral("minor"));
    QCOMPARE(fc->rows.at(0).at(4).toLongLong(), qint64(1));
    int hoursRow = -1;
    for (int i = 0; i < fc->rows.size(); ++i) {
        if (fc->rows.at(i).at(0).toString() == QLatin1String("hours"))
            hoursRow = i;
    }
    QVERIFY(hoursRow >= 0);
    QCOMPARE(fc->rows.at(hoursRow).at(4).toLongLong(), qint64(4));
    QCOMPARE(fc->rows.last().at(4).toLongLong(), qint64(5));
    QCOMPARE(fc->rows.last().at(3).toLongLong(), qint64(0));

    // Sanctions: cases, decisions, prikker, suspensions, days, appeals, overturned, upheld, pending, revoked.
    const qint64 sanctions[10][3] = {{0, 1, 1}, {0, 0, 1}, {0, 0, 10}, {0, 0, 1}, {0, 0, 7},
                                     {0, 0, 1}, {0, 0, 0}, {0, 0, 1}, {0, 0, 0}, {0, 0, 0}};
    for (int row = 0; row < 10; ++row) {
        for (int col = 0; col < 3; ++col)
            QCOMPARE(cell(*r, QStringLiteral("sanctions"), row, col + 1), sanctions[row][col]);
    }
    // Licences: sale, serving, closed party, travelling, 1, 1+2, 1+2+3, other, single occasion, travelling uses.
    const qint64 lic[10] = {7, 31, 0, 0, 7, 0, 31, 0, 0, 0};
    for (int row = 0; row < 10; ++row)
        QCOMPARE(cell(*r, QStringLiteral("licences"), row, 3), lic[row]);

    QVERIFY(r->sections.at(0).paragraphs.at(0).contains(QStringLiteral("127")));
    QVERIFY(r->sections.at(0).paragraphs.at(0).contains(QStringLiteral("114")));
}

// Worked example 23: Bergen's serving litres 2014 and 2015 (seed 003), reported in 2015 and 2016.
void TestAnnualReports::turnoverBergen()
{
    test::ReportFixture f(*m_db);
    const qint64 bar = f.addLicence(LicenceKind::Serving, Group1 | Group2 | Group3, QStringLiteral("2015-001"));
    const qint64 shop = f.addLicence(LicenceKind::Sale, Group1, QStringLiteral("2015-002"));
    QVERIFY(f.addTurnover(bar, 2015, test::litres(3954250, 991744, 113888), test::litres(3900000, 1000000, 110000)));
    QVERIFY(f.addTurnover(bar, 2016, test::litres(3799697, 1070528, 107464), test::litres(3800000, 1100000, 100000)));
    QVERIFY(f.addTurnover(shop, 2015, test::litres(1000, 0, 0), test::litres(1200, 0, 0)));
    QVERIFY(f.addTurnover(shop, 2016, test::litres(1500, 0, 0), std::nullopt));

    const auto r = AnnualReports::turnover(*m_db, 2015);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->figure(QStringLiteral("turnover.serving_group1")).toDouble(), 3799697.0);
    QCOMPARE(r->figure(QStringLiteral("turnover.serving_group2")).toDouble(), 1070528.0);
    QCOMPARE(r->figure(QStringLiteral("turnover.serving_group3")).toDouble(), 107464.0);
    QCOMPARE(r->figure(QStringLiteral("turnover.sale_group1")).toDouble(), 1500.0);
    QCOMPARE(r->figure(QStringLiteral("turnover.total")).toDouble(), 3799697.0 + 1070528.0 + 107464.0 + 1500.0);
    QCOMPARE(r->figure(QStringLiteral("turnover.reports_received")).toLongLong(), qint64(2));

    const ReportTable *t = r->table(QStringLiteral("turnover"));
    QVERIFY(t);
    QCOMPARE(t->rows.size(), 2); // 2014 and 2015
    QCOMPARE(t->rows.at(0).at(0).toString(), QStringLiteral("2014"));
    QCOMPARE(t->rows.at(0).at(3).toDouble(), 3954250.0);
    QVERIFY(!t->rows.at(0).at(7).isValid()); // no 2013: no change

    const ReportTable *c = r->table(QStringLiteral("turnover_change"));
    QVERIFY(c);
    auto shown = [](const QVariant &v) { return ReportWriter::displayText(v, CellType::Percent); };
    QCOMPARE(shown(c->rows.at(1).at(3)), QStringLiteral("-3,9 %"));
    QCOMPARE(shown(c->rows.at(1).at(4)), QStringLiteral("7,9 %"));
    QCOMPARE(shown(c->rows.at(1).at(5)), QStringLiteral("-5,6 %"));
    QCOMPARE(shown(c->rows.at(1).at(1)), QStringLiteral("50,0 %"));

    // Only the sale group 1 change (+50 %) is above the 25 % threshold.
    const ReportTable *flags = r->table(QStringLiteral("turnover_flags"));
    QVERIFY(flags);
    QCOMPARE(flags->rows.size(), 1);
    QCOMPARE(flags->rows.at(0).at(2).toDouble(), 1000.0);
    QCOMPARE(flags->rows.at(0).at(3).toDouble(), 1500.0);

    // Expected (filed 2015) against actual (filed 2016): serving group 1 3 900 000 -> 3 799 697.
    const ReportTable *e = r->table(QStringLiteral("turnover_expected"));
    QVERIFY(e);
    QCOMPARE(e->rows.at(2).at(1).toDouble(), 3900000.0);
    QCOMPARE(e->rows.at(2).at(2).toDouble(), 3799697.0);
    QCOMPARE(e->rows.at(0).at(1).toDouble(), 1200.0);
    QCOMPARE(e->rows.at(0).at(2).toDouble(), 1500.0);
    QCOMPARE(shown(e->rows.at(0).at(3)), QStringLiteral("25,0 %"));
    QCOMPARE(e->rows.last().at(1).toDouble(), 1200.0 + 3900000 + 1000000 + 110000);

    const ReportChart &chart = r->sections.at(0).charts.at(0);
    QCOMPARE(chart.categories, (QStringList{QStringLiteral("2014"), QStringLiteral("2015")}));
    QCOMPARE(chart.series.size(), 5);
    QCOMPARE(chart.series.at(2).values.at(1), 3799697.0);
    QVERIFY(r->sections.at(0).paragraphs.at(0).startsWith(QStringLiteral("In 2015 licensees reported")));

    // 2016's actual litres come with the reports of 2017: the text says so instead of "0 litres".
    const auto open = AnnualReports::turnover(*m_db, 2016);
    QVERIFY2(open.ok(), qPrintable(open.error().message));
    QCOMPARE(open->figure(QStringLiteral("turnover.expected_total")).toDouble(), 3800000.0 + 1100000.0 + 100000.0);
    const QString text = open->sections.at(0).paragraphs.at(0);
    QVERIFY2(text.startsWith(QStringLiteral("The actual litres of 2016 come with the turnover reports filed in 2017. So far 1 reports")),
             qPrintable(text));
}

void TestAnnualReports::national()
{
    buildRoros();
    const auto r = AnnualReports::national(*m_db, m_clock, 2019);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    const ReportTable *t = r->table(QStringLiteral("national"));
    QVERIFY(t);
    QCOMPARE(t->columns.size(), 3);
    QHash<QString, double> values;
    for (const QVariantList &row : t->rows)
        values.insert(row.at(0).toString(), row.at(2).toDouble());
    QCOMPARE(values.value(QStringLiteral("licences_sale")), 7.0);
    QCOMPARE(values.value(QStringLiteral("licences_serving")), 31.0);
    QCOMPARE(values.value(QStringLiteral("licences_serving_group3")), 31.0);
    QCOMPARE(values.value(QStringLiteral("inspections_total")), 127.0);
    QCOMPARE(values.value(QStringLiteral("inspections_serving")), 103.0);
    QCOMPARE(values.value(QStringLiteral("inspections_sale")), 24.0);
    QCOMPARE(values.value(QStringLiteral("prikk_decisions")), 1.0);
    QCOMPARE(values.value(QStringLiteral("prikker_total")), 10.0);
    QCOMPARE(values.value(QStringLiteral("suspensions")), 1.0);
    QCOMPARE(values.value(QStringLiteral("suspension_days")), 7.0);
    QCOMPARE(values.value(QStringLiteral("revocations")), 0.0);
    QCOMPARE(values.value(QStringLiteral("litres_serving_group1")), 0.0);
    QVERIFY(values.contains(QStringLiteral("single_occasion_granted")));
    QVERIFY(values.contains(QStringLiteral("travelling_uses")));
    const QString csv = QString::fromUtf8(ReportWriter::tableToCsv(*t).mid(3));
    QVERIFY(csv.startsWith(QStringLiteral("Code;Description;Value\r\n")) || csv.startsWith(QStringLiteral("Kode;")));
    QVERIFY(csv.contains(QStringLiteral("inspections_total;Inspections in all (alcohol);127\r\n")));
}

// ---- Fees ---------------------------------------------------------------------------------------
//
// Rates (resources/rates/national-fee-rates.json), kroner per litre:
//   2024: sale 0,24 / 0,69, minimum 1 960; serving 0,57 / 1,49 / 4,92, minimum 6 100
//   2025: sale 0,25 / 0,73, minimum 2 070; serving 0,61 / 1,57 / 5,19, minimum 6 400
// Licences (in force 2016-2030):
//   2024-001 serving 1+2+3
//     filed 2024: expected 20 000 / 5 000 / 300 -> 11 400 + 7 450 + 1 476 = 20 326,00 (worked example 11)
//     filed 2025: actual 2024 22 000 / 5 000 / 300 -> 12 540 + 7 450 + 1 476 = 21 466,00,
//                 true-up 21 466 - 20 326 = +1 140,00 (extra charge)
//                 expected 20 000 / 5 000 / 300 at 2025 rates -> 12 200 + 7 850 + 1 557 = 21 607,00
//   2024-002 serving 1+2+3
//     filed 2024: expected 10 000 / 2 000 / 200 -> 5 700 + 2 980 + 984 = 9 664,00
//     filed 2025: actual 2024 9 000 / 1 500 / 200 -> 5 130 + 2 235 + 984 = 8 349,00,
//                 true-up 8 349 - 9 664 = -1 315,00 (refund)
//                 expected 4 000 / 1 000 / 100 -> 2 440 + 1 570 + 519 = 4 529 < 6 400: minimum 6 400,00
//   2024-003 sale group 1
//     filed 2024: expected 50 000 -> 50 000 × 0,24 = 12 000,00
//     filed 2025: actual 2024 50 000 (same as expected: no true-up line)
//                 expected 6 000 -> 6 000 × 0,25 = 1 500 < 2 070: minimum 2 070,00
// Payments: 2024: 2024-001 pays 20 326,00 in full, 2024-002 pays 5 000,00 of 9 664,00, 2024-003 nothing.
//           2025: 2024-001 pays its provisional 21 607,00 and 500,00 of the extra 1 140,00,
//                 2024-002 pays 6 400,00 in full (the refund has nothing outstanding), 2024-003 nothing.
void TestAnnualReports::buildFees(bool issue2025)
{
    test::ReportFixture f(*m_db);
    const qint64 a = f.addLicence(LicenceKind::Serving, Group1 | Group2 | Group3, QStringLiteral("2024-001"));
    const qint64 b = f.addLicence(LicenceKind::Serving, Group1 | Group2 | Group3, QStringLiteral("2024-002"));
    const qint64 c = f.addLicence(LicenceKind::Sale, Group1, QStringLiteral("2024-003"));
    QVERIFY(f.addTurnover(a, 2024, std::nullopt, test::litres(20000, 5000, 300)));
    QVERIFY(f.addTurnover(b, 2024, std::nullopt, test::litres(10000, 2000, 200)));
    QVERIFY(f.addTurnover(c, 2024, std::nullopt, test::litres(50000, 0, 0)));
    QVERIFY(f.addTurnover(a, 2025, test::litres(22000, 5000, 300), test::litres(20000, 5000, 300)));
    QVERIFY(f.addTurnover(b, 2025, test::litres(9000, 1500, 200), test::litres(4000, 1000, 100)));
    QVERIFY(f.addTurnover(c, 2025, test::litres(50000, 0, 0), test::litres(6000, 0, 0)));

    FeeRepository repo(*m_db, m_clock2025);
    auto lineId = [](const QList<FeeLine> &lines, const QString &number, FeeLineKind kind) {
        for (const FeeLine &l : lines) {
            if (l.licenceNumber == number && l.kind == kind)
                return l.id;
        }
        return qint64(0);
    };
    auto pay = [&repo](qint64 id, const QDate &on, double amount) {
        const auto p = repo.registerPayment(id, on, amount);
        if (!p.ok())
            qWarning("payment: %s", qPrintable(p.error().message));
        return p.ok();
    };

    const auto issued2024 = repo.issue(2024, QDate(2024, 3, 20));
    QVERIFY2(issued2024.ok(), qPrintable(issued2024.error().message));
    QCOMPARE(issued2024->size(), 3);
    QVERIFY(pay(lineId(*issued2024, QStringLiteral("2024-001"), FeeLineKind::Provisional), QDate(2024, 4, 10), 20326.0));
    QVERIFY(pay(lineId(*issued2024, QStringLiteral("2024-002"), FeeLineKind::Provisional), QDate(2024, 5, 2), 5000.0));
    if (!issue2025)
        return;
    const auto issued2025 = repo.issue(2025, QDate(2025, 3, 20));
    QVERIFY2(issued2025.ok(), qPrintable(issued2025.error().message));
    QCOMPARE(issued2025->size(), 5);
    QVERIFY(pay(lineId(*issued2025, QStringLiteral("2024-001"), FeeLineKind::Provisional), QDate(2025, 4, 10), 21607.0));
    QVERIFY(pay(lineId(*issued2025, QStringLiteral("2024-001"), FeeLineKind::TrueUp), QDate(2025, 4, 15), 500.0));
    QVERIFY(pay(lineId(*issued2025, QStringLiteral("2024-002"), FeeLineKind::Provisional), QDate(2025, 4, 1), 6400.0));
}

void TestAnnualReports::feesIssued_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<double>("provisional");
    QTest::addColumn<double>("trueUp");
    QTest::addColumn<double>("trueUpExtra");
    QTest::addColumn<double>("trueUpRefund");
    QTest::addColumn<double>("total");
    QTest::addColumn<double>("paid");
    QTest::addColumn<double>("unpaid");
    QTest::addColumn<qint64>("minimumCount");
    QTest::addColumn<QString>("paragraph");
    // 2024: provisional 20 326 + 9 664 + 12 000 = 41 990; no true-up (no reports of 2023);
    // paid 20 326 + 5 000 = 25 326; unpaid (9 664 - 5 000) + 12 000 = 16 664.
    QTest::newRow("2024") << 2024 << 41990.0 << 0.0 << 0.0 << 0.0 << 41990.0 << 25326.0 << 16664.0 << qint64(0)
                          << QStringLiteral("The fees of 2024 amount to kr 41 990,00 for 3 licences; kr 16 664,00 is unpaid.");
    // 2025: provisional 21 607 + 6 400 + 2 070 = 30 077; true-up +1 140 - 1 315 = -175;
    // total 30 077 - 175 = 29 902; paid 21 607 + 500 + 6 400 = 28 507;
    // unpaid (1 140 - 500) + 2 070 = 2 710 (the refund is not "unpaid"); minimum: 2024-002 and 2024-003.
    QTest::newRow("2025") << 2025 << 30077.0 << -175.0 << 1140.0 << 1315.0 << 29902.0 << 28507.0 << 2710.0 << qint64(2)
                          << QStringLiteral("The fees of 2025 amount to kr 29 902,00 for 3 licences; kr 2 710,00 is unpaid.");
}

void TestAnnualReports::feesIssued()
{
    QFETCH(int, year);
    QFETCH(double, provisional);
    QFETCH(double, trueUp);
    QFETCH(double, trueUpExtra);
    QFETCH(double, trueUpRefund);
    QFETCH(double, total);
    QFETCH(double, paid);
    QFETCH(double, unpaid);
    QFETCH(qint64, minimumCount);
    QFETCH(QString, paragraph);
    buildFees(true);
    if (QTest::currentTestFailed())
        return;
    const auto r = AnnualReports::fees(*m_db, m_clock2025, year);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->figure(QStringLiteral("fees.provisional")).toDouble(), provisional);
    QCOMPARE(r->figure(QStringLiteral("fees.true_up")).toDouble() + 1.0, trueUp + 1.0); // QCOMPARE is relative: avoid 0
    QCOMPARE(r->figure(QStringLiteral("fees.true_up_extra")).toDouble() + 1.0, trueUpExtra + 1.0);
    QCOMPARE(r->figure(QStringLiteral("fees.true_up_refund")).toDouble() + 1.0, trueUpRefund + 1.0);
    QCOMPARE(r->figure(QStringLiteral("fees.estimated")).toDouble(), 0.0);
    QCOMPARE(r->figure(QStringLiteral("fees.single_occasion")).toDouble(), 0.0);
    QCOMPARE(r->figure(QStringLiteral("fees.travelling")).toDouble(), 0.0);
    QCOMPARE(r->figure(QStringLiteral("fees.total")).toDouble(), total);
    QCOMPARE(r->figure(QStringLiteral("fees.paid")).toDouble(), paid);
    QCOMPARE(r->figure(QStringLiteral("fees.unpaid")).toDouble(), unpaid);
    QCOMPARE(r->figure(QStringLiteral("fees.minimum_count")).toLongLong(), minimumCount);
    QCOMPARE(r->figure(QStringLiteral("fees.computed")).toBool(), false);

    const ReportTable *t = r->table(QStringLiteral("fees"));
    QVERIFY(t);
    QCOMPARE(t->rows.size(), 4); // three licences and the total
    QCOMPARE(t->totalRows, QList<int>{3});
    QVERIFY(t->note.isEmpty());
    const QVariantList &sum = t->rows.at(3);
    QCOMPARE(sum.at(2).toDouble(), provisional);
    QCOMPARE(sum.at(3).toDouble() + 1.0, trueUp + 1.0);
    QCOMPARE(sum.at(7).toDouble(), total);
    QCOMPARE(sum.at(8).toDouble(), paid);
    QCOMPARE(sum.at(9).toDouble(), unpaid);

    // Summary: provisional, extra charges, refunds (negative), estimated, single occasion, travelling, total.
    const ReportTable *s = r->table(QStringLiteral("fees_summary"));
    QVERIFY(s);
    QCOMPARE(s->rows.size(), 7);
    QCOMPARE(s->rows.at(0).at(1).toDouble(), provisional);
    QCOMPARE(s->rows.at(1).at(1).toDouble() + 1.0, trueUpExtra + 1.0);
    QCOMPARE(s->rows.at(2).at(1).toDouble() + 1.0, -trueUpRefund + 1.0);
    QCOMPARE(s->rows.at(6).at(1).toDouble(), total);
    QCOMPARE(s->note, QStringLiteral("Minimum fee applied: %1 licences.").arg(minimumCount));

    const ReportChart &chart = r->sections.at(0).charts.at(0);
    QCOMPARE(chart.series.at(0).values.at(0), provisional);
    QCOMPARE(chart.series.at(0).values.at(1) + 1.0, trueUp + 1.0);
    QCOMPARE(r->sections.at(0).paragraphs.at(0), paragraph);
}

// 2025, cell by cell: licence, licensee, provisional, true-up, estimated, single occasion, travelling,
// total, paid, unpaid; an amount of 0 in a kind column is an empty cell.
void TestAnnualReports::feesPerLicence()
{
    buildFees(true);
    const auto r = AnnualReports::fees(*m_db, m_clock2025, 2025);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    const ReportTable *t = r->table(QStringLiteral("fees"));
    QVERIFY(t);
    QCOMPARE(t->columns.size(), 10);
    const QVariant none;
    const QList<QVariantList> expected = {
        // 21 607 + 1 140 = 22 747; paid 21 607 + 500 = 22 107; unpaid 1 140 - 500 = 640
        {QStringLiteral("2024-001"), QStringLiteral("Bevillingshaver 2024-001"), 21607.0, 1140.0, none, none, none, 22747.0,
         22107.0, 640.0},
        // 6 400 - 1 315 = 5 085; paid 6 400; the refund leaves nothing unpaid
        {QStringLiteral("2024-002"), QStringLiteral("Bevillingshaver 2024-002"), 6400.0, -1315.0, none, none, none, 5085.0,
         6400.0, 0.0},
        {QStringLiteral("2024-003"), QStringLiteral("Bevillingshaver 2024-003"), 2070.0, none, none, none, none, 2070.0,
         0.0, 2070.0},
        {QStringLiteral("Total"), none, 30077.0, -175.0, 0.0, 0.0, 0.0, 29902.0, 28507.0, 2710.0},
    };
    QCOMPARE(t->rows.size(), expected.size());
    for (int row = 0; row < expected.size(); ++row) {
        for (int col = 0; col < 10; ++col) {
            const QVariant &want = expected.at(row).at(col);
            const QVariant &got = t->rows.at(row).at(col);
            const QByteArray where = QByteArray::number(row) + ',' + QByteArray::number(col);
            if (!want.isValid())
                QVERIFY2(!got.isValid(), where.constData());
            else if (col < 2)
                QCOMPARE(got.toString(), want.toString());
            else
                QVERIFY2(qFuzzyCompare(got.toDouble() + 1.0, want.toDouble() + 1.0) && got.isValid(),
                         QByteArray(where + " got " + got.toString().toUtf8()).constData());
        }
    }
    // The cells as the reader sees them.
    QCOMPARE(ReportWriter::displayText(t->rows.at(1).at(3), CellType::Amount), QStringLiteral("kr -1 315,00"));
    QCOMPARE(ReportWriter::displayText(t->rows.at(0).at(7), CellType::Amount), QStringLiteral("kr 22 747,00"));
}

// 2025 not issued yet: the report shows the computed lines (the same amounts as when issued),
// says so, and leaves paid and unpaid empty.
void TestAnnualReports::feesNotIssuedYet()
{
    buildFees(false);
    const auto r = AnnualReports::fees(*m_db, m_clock2025, 2025);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->figure(QStringLiteral("fees.computed")).toBool(), true);
    QCOMPARE(r->figure(QStringLiteral("fees.provisional")).toDouble(), 30077.0); // 21 607 + 6 400 + 2 070
    QCOMPARE(r->figure(QStringLiteral("fees.true_up")).toDouble(), -175.0);      // 1 140 - 1 315
    QCOMPARE(r->figure(QStringLiteral("fees.total")).toDouble(), 29902.0);
    QCOMPARE(r->figure(QStringLiteral("fees.minimum_count")).toLongLong(), qint64(2));
    QVERIFY(!r->figure(QStringLiteral("fees.paid")).isValid());
    QVERIFY(!r->figure(QStringLiteral("fees.unpaid")).isValid());
    const ReportTable *t = r->table(QStringLiteral("fees"));
    QVERIFY(t);
    QCOMPARE(t->note, QStringLiteral("Computed: the fees of 2025 are not invoiced yet."));
    QCOMPARE(t->rows.size(), 4);
    for (const QVariantList &row : t->rows) {
        QVERIFY(!row.at(8).isValid());
        QVERIFY(!row.at(9).isValid());
    }
    QCOMPARE(t->rows.at(0).at(7).toDouble(), 22747.0);
    QCOMPARE(t->rows.at(3).at(7).toDouble(), 29902.0);
    QCOMPARE(r->sections.at(0).paragraphs.at(0),
             QStringLiteral("The fees of 2025 are computed at kr 29 902,00 for 3 licences; they are not invoiced yet."));

    // 2024 in the same register is issued: paid and unpaid are there.
    const auto issued = AnnualReports::fees(*m_db, m_clock2025, 2024);
    QVERIFY2(issued.ok(), qPrintable(issued.error().message));
    QCOMPARE(issued->figure(QStringLiteral("fees.computed")).toBool(), false);
    QCOMPARE(issued->figure(QStringLiteral("fees.unpaid")).toDouble(), 16664.0);
}

// ---- Council -----------------------------------------------------------------------------------

void TestAnnualReports::addDecidedCase(qint64 id, CaseType type, const QDate &complete, const QDate &decided)
{
    Case c = test::makeCase(type, CaseStatus::Decided);
    c.id = id;
    c.number = QStringLiteral("%1-%2").arg(decided.year()).arg(id, 4, 10, QLatin1Char('0'));
    c.receivedOn = complete.isValid() ? complete.addDays(-5) : decided.addDays(-30);
    c.completeOn = complete;
    CaseDecision d;
    d.outcome = DecisionOutcome::Granted;
    d.decidedBy = QStringLiteral("kari");
    d.decidedOn = decided;
    d.validFrom = decided;
    d.validTo = QDate(2028, 9, 30);
    c.decision = d;
    c.createdAt = QDateTime(c.receivedOn, QTime(8, 0), Qt::UTC);
    c.updatedAt = c.createdAt;
    const Status s = CaseRepository::insertAsIs(m_db->connection(), c);
    QVERIFY2(s.ok(), qPrintable(s.error().message));
}

void TestAnnualReports::council_data()
{
    QTest::addColumn<bool>("roros");
    QTest::addColumn<int>("year");
    QTest::addColumn<QStringList>("paragraphs");
    // Røros 2019: 7 sales + 31 serving licences, 103 + 24 = 127 inspections against 3 × 38 = 114;
    // one decision of 6 + 4 = 10 prikker, one suspension of 7 days; no fees or litres in that register.
    QTest::newRow("Røros 2019 minimum met")
        << true << 2019
        << QStringList{QStringLiteral("At the end of 2019 the municipality had 7 sales licences and 31 serving licences."),
                       QStringLiteral("In 2019 the municipality carried out 127 inspections; the minimum of 114 was met."),
                       QStringLiteral("1 decisions gave 10 prikker; 1 suspensions of 7 days in all were decided."),
                       // No reports filed in 2020: the litres of 2019 are not "0".
                       QStringLiteral("The actual litres of 2019 come with the turnover reports filed in 2020; the fees "
                                      "of the year amount to kr 0,00.")};
    // The fee register 2024: 1 sales + 2 serving licences, no inspections against 3 × 3 = 9;
    // actual litres of 2024 (filed 2025): 22 000 + 5 000 + 300 + 9 000 + 1 500 + 200 + 50 000 = 88 000;
    // fees 41 990 (see buildFees).
    QTest::newRow("fees 2024 minimum not met")
        << false << 2024
        << QStringList{QStringLiteral("At the end of 2024 the municipality had 1 sales licences and 2 serving licences."),
                       QStringLiteral("In 2024 the municipality carried out 0 inspections; the minimum of 9 was not met."),
                       QStringLiteral("0 decisions gave 0 prikker; 0 suspensions of 0 days in all were decided."),
                       QStringLiteral("Licensees reported 88 000 litres for 2024; the fees of the year amount to kr 41 990,00.")};
}

void TestAnnualReports::council()
{
    QFETCH(bool, roros);
    QFETCH(int, year);
    QFETCH(QStringList, paragraphs);
    if (roros)
        buildRoros();
    else
        buildFees(true);
    if (QTest::currentTestFailed())
        return;
    const Clock &clock = roros ? static_cast<const Clock &>(m_clock) : static_cast<const Clock &>(m_clock2025);
    const auto r = AnnualReports::council(*m_db, clock, year);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QStringList ids;
    for (const ReportSection &s : r->sections)
        ids.append(s.id);
    QCOMPARE(ids, (QStringList{QStringLiteral("summary"), QStringLiteral("inspections"), QStringLiteral("findings"),
                               QStringLiteral("licences"), QStringLiteral("turnover"),
                               QStringLiteral("fees"), QStringLiteral("processing")}));
    QCOMPARE(r->sections.at(0).paragraphs, paragraphs);
    // The key figures of the three reports are carried over.
    QVERIFY(r->figure(QStringLiteral("inspections.total")).isValid());
    QVERIFY(r->figure(QStringLiteral("turnover.total")).isValid());
    QVERIFY(r->figure(QStringLiteral("fees.total")).isValid());

    // No case was decided in either register.
    const ReportSection &proc = r->sections.last();
    QCOMPARE(proc.paragraphs, QStringList{QStringLiteral("No cases with a complete application were decided in %1.").arg(year)});
    const ReportTable *t = r->table(QStringLiteral("processing"));
    QVERIFY(t);
    QCOMPARE(t->rows.size(), 1);
    QCOMPARE(t->rows.at(0).at(1).toLongLong(), qint64(0));
    QVERIFY(!t->rows.at(0).at(2).isValid());
    QVERIFY(!t->rows.at(0).at(3).isValid());
    QCOMPARE(r->figure(QStringLiteral("processing.decided")).toLongLong(), qint64(0));
}

// Cases decided in 2025 (complete -> decided, days, over four months):
//   1 new licence  10.01.2025 -> 19.02.2025:  21 + 19                = 40 days
//   2 new licence  06.01.2025 -> 07.05.2025:  25 + 28 + 31 + 30 + 7  = 121 days, after 06.05.2025: over
//   3 renewal      03.03.2025 -> 03.07.2025:  28 + 30 + 31 + 30 + 3  = 122 days, exactly four months: not over
// Not counted: one decided 15.12.2024, one decided in 2025 without a complete date.
// New licence: median (40 + 121) / 2 = 80,5, longest 121, 1 over; renewal: 122, 122, 0;
// all: sorted 40, 121, 122 -> median 121, longest 122, 1 over.
void TestAnnualReports::councilProcessingTimes()
{
    buildFees(true);
    addDecidedCase(1, CaseType::NewLicence, QDate(2025, 1, 10), QDate(2025, 2, 19));
    addDecidedCase(2, CaseType::NewLicence, QDate(2025, 1, 6), QDate(2025, 5, 7));
    addDecidedCase(3, CaseType::Renewal, QDate(2025, 3, 3), QDate(2025, 7, 3));
    addDecidedCase(4, CaseType::NewLicence, QDate(2024, 10, 1), QDate(2024, 12, 15));
    addDecidedCase(5, CaseType::Renewal, QDate(), QDate(2025, 6, 1));
    const auto r = AnnualReports::council(*m_db, m_clock2025, 2025);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->figure(QStringLiteral("processing.decided")).toLongLong(), qint64(3));
    QCOMPARE(r->figure(QStringLiteral("processing.median_days")).toDouble(), 121.0);
    QCOMPARE(r->figure(QStringLiteral("processing.max_days")).toLongLong(), qint64(122));
    QCOMPARE(r->figure(QStringLiteral("processing.over_four_months")).toLongLong(), qint64(1));

    const ReportTable *t = r->table(QStringLiteral("processing"));
    QVERIFY(t);
    QCOMPARE(t->rows.size(), 3);
    QCOMPARE(t->totalRows, QList<int>{2});
    QCOMPARE(t->rows.at(0).at(0).toString(), CaseTexts::typeName(CaseType::NewLicence));
    QCOMPARE(t->rows.at(0).at(1).toLongLong(), qint64(2));
    QCOMPARE(t->rows.at(0).at(2).toDouble(), 80.5);
    QCOMPARE(t->rows.at(0).at(3).toLongLong(), qint64(121));
    QCOMPARE(t->rows.at(0).at(4).toLongLong(), qint64(1));
    QCOMPARE(t->rows.at(1).at(0).toString(), CaseTexts::typeName(CaseType::Renewal));
    QCOMPARE(t->rows.at(1).at(1).toLongLong(), qint64(1));
    QCOMPARE(t->rows.at(1).at(2).toDouble(), 122.0);
    QCOMPARE(t->rows.at(1).at(3).toLongLong(), qint64(122));
    QCOMPARE(t->rows.at(1).at(4).toLongLong(), qint64(0));
    QCOMPARE(t->rows.at(2).at(1).toLongLong(), qint64(3));
    QCOMPARE(t->rows.at(2).at(2).toDouble(), 121.0);
    QCOMPARE(t->rows.at(2).at(3).toLongLong(), qint64(122));
    QCOMPARE(t->rows.at(2).at(4).toLongLong(), qint64(1));
    QCOMPARE(r->sections.last().paragraphs,
             QStringList{QStringLiteral("3 cases were decided in 2025; the median processing time was 121 days, the longest "
                                        "122 days, and 1 cases took more than four months.")});
    // The fee paragraph of the summary carries the 2025 total.
    QCOMPARE(r->sections.at(0).paragraphs.at(3),
             QStringLiteral("The actual litres of 2025 come with the turnover reports filed in 2026; the fees of the year "
                            "amount to kr 29 902,00."));
}

QTEST_GUILESS_MAIN(TestAnnualReports)
#include "TestAnnualReports.moc"
