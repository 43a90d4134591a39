#include "reports/Report.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <limits>

using namespace bevilling::reports;

class TestReportWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void displayText_data();
    void displayText();
    void csvOfOneTable();
    void csvOfReport();
    void csvQuotesSeparators();
    void json();
    void figureAndTable();
};

namespace {

ReportTable sampleTable()
{
    ReportTable t;
    t.id = QStringLiteral("fees");
    t.title = QStringLiteral("Gebyr");
    t.columns = {{QStringLiteral("licence"), QStringLiteral("Bevilling"), CellType::Text},
                 {QStringLiteral("count"), QStringLiteral("Antall"), CellType::Integer},
                 {QStringLiteral("litres"), QStringLiteral("Liter"), CellType::Litres},
                 {QStringLiteral("amount"), QStringLiteral("Beløp"), CellType::Amount},
                 {QStringLiteral("change"), QStringLiteral("Endring"), CellType::Percent},
                 {QStringLiteral("due"), QStringLiteral("Forfall"), CellType::Date}};
    t.rows = {{QStringLiteral("2024-001"), qint64(1234), 20000.5, 20326.0, -3.91, QDate(2026, 3, 1)},
              {QStringLiteral("2024-002"), QVariant(), QVariant(), 6100.0, QVariant(), QVariant()},
              {QStringLiteral("Sum"), qint64(1234), 20000.5, 26426.0, QVariant(), QVariant()}};
    t.totalRows = {2};
    return t;
}

} // namespace

void TestReportWriter::displayText_data()
{
    QTest::addColumn<QVariant>("cell");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("expected");
    QTest::newRow("amount") << QVariant(20326.0) << int(CellType::Amount) << QStringLiteral("kr 20 326,00");
    QTest::newRow("negative amount") << QVariant(-2820.5) << int(CellType::Amount) << QStringLiteral("kr -2 820,50");
    QTest::newRow("litres whole") << QVariant(3799697.0) << int(CellType::Litres) << QStringLiteral("3 799 697");
    QTest::newRow("litres decimal") << QVariant(1234.5) << int(CellType::Litres) << QStringLiteral("1 234,5");
    QTest::newRow("percent") << QVariant(12.5) << int(CellType::Percent) << QStringLiteral("12,5 %");
    QTest::newRow("negative percent") << QVariant(-3.9087) << int(CellType::Percent) << QStringLiteral("-3,9 %");
    QTest::newRow("integer") << QVariant(qint64(60000)) << int(CellType::Integer) << QStringLiteral("60 000");
    QTest::newRow("date") << QVariant(QDate(2026, 3, 1)) << int(CellType::Date) << QStringLiteral("01.03.2026");
    QTest::newRow("text") << QVariant(QStringLiteral("Fjordkroa")) << int(CellType::Text) << QStringLiteral("Fjordkroa");
    QTest::newRow("empty") << QVariant() << int(CellType::Amount) << QStringLiteral("–");
    QTest::newRow("nan") << QVariant(std::numeric_limits<double>::quiet_NaN()) << int(CellType::Litres) << QStringLiteral("–");
}

void TestReportWriter::displayText()
{
    QFETCH(QVariant, cell);
    QFETCH(int, type);
    QFETCH(QString, expected);
    QCOMPARE(ReportWriter::displayText(cell, CellType(type)), expected);
}

void TestReportWriter::csvOfOneTable()
{
    const QByteArray csv = ReportWriter::tableToCsv(sampleTable());
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 5); // header, 3 rows, the empty string after the last CRLF
    QCOMPARE(lines.at(0), QStringLiteral("Bevilling;Antall;Liter;Beløp;Endring;Forfall"));
    QCOMPARE(lines.at(1), QStringLiteral("2024-001;1234;20000,5;20326,00;-3,9;01.03.2026"));
    QCOMPARE(lines.at(2), QStringLiteral("2024-002;;;6100,00;;"));
    QCOMPARE(lines.at(3), QStringLiteral("Sum;1234;20000,5;26426,00;;"));
    QCOMPARE(lines.at(4), QString());
}

void TestReportWriter::csvOfReport()
{
    Report r;
    r.kind = QStringLiteral("fees");
    ReportSection s;
    s.title = QStringLiteral("Bevillingsgebyr");
    s.tables = {sampleTable(), sampleTable()};
    s.tables[1].title = QStringLiteral("Sum");
    s.tables[1].rows = {{QStringLiteral("x"), qint64(2), 1.0, 2.0, 3.0, QDate(2026, 12, 31)}};
    r.sections = {s};
    const QString text = QString::fromUtf8(ReportWriter::toCsv(r).mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.at(0), QStringLiteral("Bevillingsgebyr – Gebyr"));
    QCOMPARE(lines.at(1), QStringLiteral("Bevilling;Antall;Liter;Beløp;Endring;Forfall"));
    QCOMPARE(lines.at(5), QString()); // empty line after each table
    QCOMPARE(lines.at(6), QStringLiteral("Bevillingsgebyr – Sum"));
    QCOMPARE(lines.at(8), QStringLiteral("x;2;1;2,00;3,0;31.12.2026"));
    QCOMPARE(lines.at(9), QString());
    QVERIFY(ReportWriter::toCsv(r).startsWith("\xEF\xBB\xBF"));
}

void TestReportWriter::csvQuotesSeparators()
{
    ReportTable t;
    t.columns = {{QStringLiteral("a"), QStringLiteral("Navn"), CellType::Text}};
    t.rows = {{QStringLiteral("Bar \"Natt\"; Sandvika")}};
    const QString text = QString::fromUtf8(ReportWriter::tableToCsv(t).mid(3));
    QCOMPARE(text, QStringLiteral("Navn\r\n\"Bar \"\"Natt\"\"; Sandvika\"\r\n"));
}

void TestReportWriter::json()
{
    Report r;
    r.kind = QStringLiteral("fees");
    r.title = QStringLiteral("Bevillingsgebyr 2026");
    r.year = 2026;
    r.municipality = QStringLiteral("Bærum kommune");
    r.generatedAt = QDateTime(QDate(2026, 6, 15), QTime(9, 30), Qt::UTC);
    r.keyFigures = {{QStringLiteral("fees.total"), 26426.004}, {QStringLiteral("fees.minimum_count"), qint64(1)},
                    {QStringLiteral("inspections.minimum_met"), true}};
    ReportSection s;
    s.id = QStringLiteral("fees");
    s.title = QStringLiteral("Gebyr");
    s.paragraphs = {QStringLiteral("Tekst.")};
    s.tables = {sampleTable()};
    ReportChart c;
    c.id = QStringLiteral("trend");
    c.type = ReportChart::Type::Line;
    c.categories = {QStringLiteral("2025"), QStringLiteral("2026")};
    c.series = {ReportSeries{QStringLiteral("Gruppe 1"), {1.234, std::numeric_limits<double>::quiet_NaN()}}};
    s.charts = {c};
    r.sections = {s};

    const QJsonObject o = ReportWriter::toJson(r);
    QCOMPARE(o.value(QStringLiteral("report")).toString(), QStringLiteral("fees"));
    QCOMPARE(o.value(QStringLiteral("year")).toInt(), 2026);
    QCOMPARE(o.value(QStringLiteral("municipality")).toString(), QStringLiteral("Bærum kommune"));
    QCOMPARE(o.value(QStringLiteral("generated_at")).toString(), QStringLiteral("2026-06-15T09:30:00Z"));
    const QJsonObject figures = o.value(QStringLiteral("key_figures")).toObject();
    QCOMPARE(figures.value(QStringLiteral("fees.total")).toDouble(), 26426.0);
    QCOMPARE(figures.value(QStringLiteral("fees.minimum_count")).toInt(), 1);
    QCOMPARE(figures.value(QStringLiteral("inspections.minimum_met")).toBool(), true);
    const QJsonObject section = o.value(QStringLiteral("sections")).toArray().at(0).toObject();
    QCOMPARE(section.value(QStringLiteral("paragraphs")).toArray().at(0).toString(), QStringLiteral("Tekst."));
    const QJsonObject table = section.value(QStringLiteral("tables")).toArray().at(0).toObject();
    QCOMPARE(table.value(QStringLiteral("columns")).toArray().at(3).toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("amount"));
    const QJsonArray row0 = table.value(QStringLiteral("rows")).toArray().at(0).toArray();
    QCOMPARE(row0.at(0).toString(), QStringLiteral("2024-001"));
    QCOMPARE(row0.at(1).toInteger(), qint64(1234));
    QCOMPARE(row0.at(2).toDouble(), 20000.5);
    QCOMPARE(row0.at(4).toDouble(), -3.91);
    QCOMPARE(row0.at(5).toString(), QStringLiteral("2026-03-01"));
    const QJsonArray row1 = table.value(QStringLiteral("rows")).toArray().at(1).toArray();
    QVERIFY(row1.at(1).isNull());
    QVERIFY(row1.at(5).isNull());
    QCOMPARE(table.value(QStringLiteral("total_rows")).toArray().at(0).toInt(), 2);
    const QJsonObject chart = section.value(QStringLiteral("charts")).toArray().at(0).toObject();
    QCOMPARE(chart.value(QStringLiteral("type")).toString(), QStringLiteral("line"));
    const QJsonArray values = chart.value(QStringLiteral("series")).toArray().at(0).toObject().value(QStringLiteral("values")).toArray();
    QCOMPARE(values.at(0).toDouble(), 1.23);
    QVERIFY(values.at(1).isNull());
}

void TestReportWriter::figureAndTable()
{
    Report r;
    ReportSection s;
    s.tables = {sampleTable()};
    r.sections = {s};
    r.keyFigures = {{QStringLiteral("a"), 1}};
    QCOMPARE(r.figure(QStringLiteral("a")).toInt(), 1);
    QVERIFY(!r.figure(QStringLiteral("b")).isValid());
    QVERIFY(r.table(QStringLiteral("fees")) != nullptr);
    QCOMPARE(r.table(QStringLiteral("fees"))->rows.size(), 3);
    QVERIFY(r.table(QStringLiteral("none")) == nullptr);
}

QTEST_GUILESS_MAIN(TestReportWriter)
#include "TestReportWriter.moc"
