#include "ReportFixture.h"
#include "reports/AnnualReports.h"

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

private:
    void buildRoros();
    static qint64 cell(const Report &r, const QString &table, int row, int column)
    {
        const ReportTable *t = r.table(table);
        return t ? t->rows.at(row).at(column).toLongLong() : -1;
    }

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2020, 6, 15), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<Database> m_db;
};

void TestAnnualReports::init()
{
    const QString path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
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

QTEST_GUILESS_MAIN(TestAnnualReports)
#include "TestAnnualReports.moc"
