#pragma once

#include "reports/Report.h"

#include <QAbstractTableModel>
#include <QList>
#include <QScrollArea>

class QChart;
class QChartView;
class QLabel;
class QTableView;

namespace bevilling {

// One table of a report as an item model: the cells as ReportWriter::displayText shows them,
// numbers right-aligned, total rows bold, the column titles as the horizontal header.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ReportTableModel(reports::ReportTable table, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const reports::ReportTable &table() const { return m_table; }
    bool isTotalRow(int row) const;
    // Integer, Litres, Amount and Percent read right-aligned on screen and in the PDF.
    static bool isNumeric(reports::CellType type);

private:
    reports::ReportTable m_table;
};

// A report on screen (read-only, scrollable): title, municipality and date, then each section with
// its paragraphs, its tables (one QTableView each, object name "reportTable_<id>") and its charts
// (one QChartView each, "reportChart_<id>"). Instead of a report it can show a message (nothing
// chosen yet, or why the report could not be made).
class ReportView : public QScrollArea
{
    Q_OBJECT
public:
    explicit ReportView(QWidget *parent = nullptr);

    void setReport(const reports::Report &report);
    void showMessage(const QString &message);

    bool hasReport() const { return m_hasReport; }
    QString message() const;
    QList<QTableView *> tableViews() const { return m_tables; }
    QList<QChartView *> chartViews() const { return m_charts; }

    // A chart as Qt Charts draws it: a line chart with one QLineSeries per series (NaN values left
    // out), a bar chart with one QBarSet per series in a QBarSeries, or the same stacked
    // (QStackedBarSeries); the categories on a QBarCategoryAxis, the values on a QValueAxis titled
    // valueTitle, numbers in Norwegian form. The caller owns the chart.
    static QChart *makeChart(const reports::ReportChart &chart);

private:
    QWidget *newPage();

    QLabel *m_message = nullptr;
    QList<QTableView *> m_tables;
    QList<QChartView *> m_charts;
    bool m_hasReport = false;
};

} // namespace bevilling
