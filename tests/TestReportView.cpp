#include "ReportTestData.h"
#include "ReportView.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QBarSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFont>
#include <QLabel>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTest>
#include <QValueAxis>

using namespace bevilling;
using reports::CellType;
using reports::ReportChart;
using reports::ReportWriter;

class TestReportView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyTableCellIsShownAsDisplayText();
    void numbersAreRightAlignedAndTotalsBold();
    void modelPassesTheTester();
    void oneChartViewPerChart_data();
    void oneChartViewPerChart();
    void titleAndSectionsAreShown();
    void messageReplacesTheReport();
    void anotherReportReplacesTheFirst();
};

void TestReportView::everyTableCellIsShownAsDisplayText()
{
    const reports::Report report = test::makeSampleReport();
    ReportView view;
    view.setReport(report);
    QVERIFY(view.hasReport());

    const reports::ReportTable &table = report.sections.at(0).tables.at(0);
    QCOMPARE(view.tableViews().size(), 1);
    auto *tableView = view.findChild<QTableView *>(QStringLiteral("reportTable_per_licence"));
    QVERIFY(tableView);
    QCOMPARE(tableView, view.tableViews().at(0));
    const QAbstractItemModel *model = tableView->model();
    QCOMPARE(model->rowCount(), table.rows.size());
    QCOMPARE(model->columnCount(), table.columns.size());
    for (int c = 0; c < table.columns.size(); ++c)
        QCOMPARE(model->headerData(c, Qt::Horizontal).toString(), table.columns.at(c).title);
    for (int r = 0; r < table.rows.size(); ++r) {
        for (int c = 0; c < table.columns.size(); ++c) {
            const QString expected = ReportWriter::displayText(table.rows.at(r).at(c), table.columns.at(c).type);
            QCOMPARE(model->index(r, c).data().toString(), expected);
        }
    }
    // The figures as a reader sees them.
    QCOMPARE(model->index(2, 3).data().toString(), QStringLiteral("kr 20 326,00"));
    QCOMPARE(model->index(1, 4).data().toString(), QStringLiteral("–"));
    QCOMPARE(model->index(0, 5).data().toString(), QStringLiteral("01.03.2026"));
    QCOMPARE(model->index(1, 1).data().toString(), QStringLiteral("1 500"));
}

void TestReportView::numbersAreRightAlignedAndTotalsBold()
{
    const reports::Report report = test::makeSampleReport();
    ReportTableModel model(report.sections.at(0).tables.at(0));
    for (int c = 0; c < model.columnCount(); ++c) {
        const bool numeric = c >= 1 && c <= 4; // Integer, Litres, Amount, Percent
        const auto alignment = model.index(0, c).data(Qt::TextAlignmentRole).value<Qt::Alignment>();
        QCOMPARE(bool(alignment & Qt::AlignRight), numeric);
        const auto header = model.headerData(c, Qt::Horizontal, Qt::TextAlignmentRole).value<Qt::Alignment>();
        QCOMPARE(bool(header & Qt::AlignRight), numeric);
    }
    QVERIFY(!model.index(0, 0).data(Qt::FontRole).isValid());
    QVERIFY(model.index(2, 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(model.index(2, 3).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(model.isTotalRow(2));
    QVERIFY(!model.isTotalRow(1));
}

void TestReportView::modelPassesTheTester()
{
    const reports::Report report = test::makeSampleReport();
    ReportTableModel model(report.sections.at(0).tables.at(0));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    ReportTableModel empty(reports::ReportTable{});
    QAbstractItemModelTester emptyTester(&empty, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(empty.rowCount(), 0);
}

void TestReportView::oneChartViewPerChart_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("type");
    QTest::addColumn<QStringList>("categories");
    QTest::addColumn<QList<int>>("points"); // per series
    QTest::addColumn<double>("highest");    // the value axis reaches at least this

    QTest::newRow("line, a missing value left out") << QStringLiteral("litres_trend") << int(ReportChart::Type::Line)
                                                     << QStringList{QStringLiteral("2022"), QStringLiteral("2023"),
                                                                    QStringLiteral("2024"), QStringLiteral("2025"),
                                                                    QStringLiteral("2026")}
                                                     << QList<int>{4, 5} << 52000.0;
    QTest::newRow("bar") << QStringLiteral("groups") << int(ReportChart::Type::Bar)
                         << QStringList{QStringLiteral("Gruppe 1"), QStringLiteral("Gruppe 2"), QStringLiteral("Gruppe 3")}
                         << QList<int>{3, 3, 3} << 33.0;
    QTest::newRow("stacked bar") << QStringLiteral("inspections") << int(ReportChart::Type::StackedBar)
                                 << QStringList{QStringLiteral("1. kv."), QStringLiteral("2. kv."),
                                                QStringLiteral("3. kv."), QStringLiteral("4. kv.")}
                                 << QList<int>{4, 4} << 10.0; // 7 + 3 in the second quarter
}

void TestReportView::oneChartViewPerChart()
{
    QFETCH(QString, id);
    QFETCH(int, type);
    QFETCH(QStringList, categories);
    QFETCH(QList<int>, points);
    QFETCH(double, highest);

    const reports::Report report = test::makeSampleReport();
    ReportView view;
    view.setReport(report);
    QCOMPARE(view.chartViews().size(), 3);
    auto *chartView = view.findChild<QChartView *>(QStringLiteral("reportChart_") + id);
    QVERIFY(chartView);
    QVERIFY(view.chartViews().contains(chartView));
    QChart *chart = chartView->chart();
    QVERIFY(chart);

    const QList<QAbstractSeries *> series = chart->series();
    if (ReportChart::Type(type) == ReportChart::Type::Line) {
        QCOMPARE(series.size(), points.size());
        for (int i = 0; i < series.size(); ++i) {
            auto *line = qobject_cast<QLineSeries *>(series.at(i));
            QVERIFY(line);
            QCOMPARE(line->count(), points.at(i));
        }
        QCOMPARE(qobject_cast<QLineSeries *>(series.at(0))->name(), QStringLiteral("Salg"));
        // The missing 2024 value is skipped, not drawn as zero.
        QCOMPARE(qobject_cast<QLineSeries *>(series.at(0))->at(2), QPointF(3, 1500));
    } else {
        QCOMPARE(series.size(), 1);
        auto *bars = qobject_cast<QAbstractBarSeries *>(series.at(0));
        QVERIFY(bars);
        const bool stacked = ReportChart::Type(type) == ReportChart::Type::StackedBar;
        QCOMPARE(qobject_cast<QStackedBarSeries *>(bars) != nullptr, stacked);
        QCOMPARE(bars->count(), points.size());
        for (int i = 0; i < bars->count(); ++i)
            QCOMPARE(bars->barSets().at(i)->count(), points.at(i));
    }

    const QList<QAbstractAxis *> xAxes = chart->axes(Qt::Horizontal);
    QCOMPARE(xAxes.size(), 1);
    auto *categoryAxis = qobject_cast<QBarCategoryAxis *>(xAxes.at(0));
    QVERIFY(categoryAxis);
    QCOMPARE(categoryAxis->categories(), categories);
    const QList<QAbstractAxis *> yAxes = chart->axes(Qt::Vertical);
    QCOMPARE(yAxes.size(), 1);
    auto *valueAxis = qobject_cast<QValueAxis *>(yAxes.at(0));
    QVERIFY(valueAxis);
    QVERIFY2(valueAxis->max() >= highest, qPrintable(QString::number(valueAxis->max())));
    QCOMPARE(valueAxis->min(), 0.0);
    QVERIFY(!valueAxis->titleText().isEmpty());
}

void TestReportView::titleAndSectionsAreShown()
{
    const reports::Report report = test::makeSampleReport();
    ReportView view;
    view.setReport(report);
    auto *title = view.findChild<QLabel *>(QStringLiteral("reportTitleLabel"));
    QVERIFY(title);
    QCOMPARE(title->text(), QStringLiteral("Bevillingsgebyr 2026"));
    auto *meta = view.findChild<QLabel *>(QStringLiteral("reportMetaLabel"));
    QVERIFY(meta);
    QVERIFY2(meta->text().contains(QStringLiteral("2026")) && meta->text().contains(QStringLiteral("12.03.2026")),
             qPrintable(meta->text()));
    for (const reports::ReportSection &section : report.sections) {
        auto *heading = view.findChild<QLabel *>(QStringLiteral("reportSection_") + section.id);
        QVERIFY(heading);
        QCOMPARE(heading->text(), section.title);
    }
    QStringList texts;
    for (const QLabel *label : view.findChildren<QLabel *>())
        texts.append(label->text());
    QVERIFY(texts.contains(QStringLiteral("Bærum kommune")));
    QVERIFY(texts.contains(report.sections.at(0).paragraphs.at(1)));
    QVERIFY(texts.contains(QStringLiteral("Minstegebyr er brukt for én bevilling.")));
}

void TestReportView::messageReplacesTheReport()
{
    ReportView view;
    QVERIFY(!view.hasReport());
    view.setReport(test::makeSampleReport());
    QVERIFY(view.hasReport());
    view.showMessage(QStringLiteral("Året må være mellom 2000 og 2100."));
    QVERIFY(!view.hasReport());
    QCOMPARE(view.message(), QStringLiteral("Året må være mellom 2000 og 2100."));
    QVERIFY(view.tableViews().isEmpty());
    QVERIFY(view.chartViews().isEmpty());
    QTRY_VERIFY(view.findChildren<QTableView *>().isEmpty()); // the old page is gone
}

void TestReportView::anotherReportReplacesTheFirst()
{
    ReportView view;
    view.setReport(test::makeSampleReport());
    view.setReport(test::makeLongReport(30));
    QCOMPARE(view.tableViews().size(), 1);
    QVERIFY(view.chartViews().isEmpty());
    QCOMPARE(view.findChildren<QTableView *>().size(), 1);
    QCOMPARE(view.tableViews().at(0)->model()->rowCount(), 31);
    QCOMPARE(view.tableViews().at(0)->model()->index(30, 1).data().toString(), QStringLiteral("kr 30 465,00"));
}

QTEST_MAIN(TestReportView)
#include "TestReportView.moc"
