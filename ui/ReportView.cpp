#include "ReportView.h"

#include "domain/Licence.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBarSeries>
#include <QChart>
#include <QChartView>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QScrollBar>
#include <QStackedBarSeries>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace bevilling {

using reports::CellType;
using reports::ReportChart;
using reports::ReportTable;
using reports::ReportWriter;

namespace {

// Longer tables scroll inside their own frame instead of stretching the page.
constexpr int MaxVisibleRows = 20;

QLabel *textLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *headingLabel(const QString &text, qreal scale, QWidget *parent)
{
    QLabel *label = textLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
    return label;
}

double valueAt(const reports::ReportSeries &series, int index)
{
    return index < series.values.size() ? series.values.at(index) : std::nan("");
}

} // namespace

ReportTableModel::ReportTableModel(ReportTable table, QObject *parent)
    : QAbstractTableModel(parent)
    , m_table(std::move(table))
{
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

bool ReportTableModel::isNumeric(CellType type)
{
    switch (type) {
    case CellType::Integer:
    case CellType::Litres:
    case CellType::Amount:
    case CellType::Percent:
        return true;
    case CellType::Text:
    case CellType::Date:
        break;
    }
    return false;
}

bool ReportTableModel::isTotalRow(int row) const
{
    return m_table.totalRows.contains(row);
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CellType type = m_table.columns.at(index.column()).type;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QVariantList &row = m_table.rows.at(index.row());
        return ReportWriter::displayText(index.column() < row.size() ? row.at(index.column()) : QVariant(), type);
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(isNumeric(type) ? (Qt::AlignRight | Qt::AlignVCenter)
                                                                 : (Qt::AlignLeft | Qt::AlignVCenter)));
    case Qt::FontRole:
        if (isTotalRow(index.row())) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_table.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const CellType type = m_table.columns.at(section).type;
    switch (role) {
    case Qt::DisplayRole:
        return m_table.columns.at(section).title;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(isNumeric(type) ? (Qt::AlignRight | Qt::AlignVCenter)
                                                                 : (Qt::AlignLeft | Qt::AlignVCenter)));
    default:
        return {};
    }
}

ReportView::ReportView(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("reportView"));
    setWidgetResizable(true);
    setFrameShape(QFrame::StyledPanel);
    showMessage(QString());
}

QWidget *ReportView::newPage()
{
    m_tables.clear();
    m_charts.clear();
    m_hasReport = false;
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("reportPage"));
    page->setBackgroundRole(QPalette::Base);
    page->setAutoFillBackground(true);
    m_message = textLabel(QString(), page);
    m_message->setObjectName(QStringLiteral("reportMessageLabel"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setVisible(false);
    return page;
}

QString ReportView::message() const
{
    return m_message ? m_message->text() : QString();
}

void ReportView::showMessage(const QString &message)
{
    QWidget *page = newPage();
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(m_message);
    layout->addStretch(2);
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    setWidget(page); // deletes the page shown before
}

void ReportView::setReport(const reports::Report &report)
{
    QWidget *page = newPage();
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(18, 14, 18, 18);
    layout->setSpacing(8);

    if (!report.municipality.isEmpty())
        layout->addWidget(textLabel(report.municipality, page));
    QLabel *title = headingLabel(report.title, 1.6, page);
    title->setObjectName(QStringLiteral("reportTitleLabel"));
    layout->addWidget(title);
    const QDate made = report.generatedAt.isValid() ? report.generatedAt.toLocalTime().date() : QDate();
    QString meta = tr("Report year %1").arg(report.year);
    if (made.isValid())
        meta = QString(meta + QStringLiteral(" · ") + tr("Generated %1").arg(formatDate(made)));
    QLabel *metaLabel = textLabel(meta, page);
    metaLabel->setObjectName(QStringLiteral("reportMetaLabel"));
    metaLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(metaLabel);
    layout->addWidget(m_message);

    for (const reports::ReportSection &section : report.sections) {
        layout->addSpacing(10);
        QLabel *heading = headingLabel(section.title, 1.25, page);
        heading->setObjectName(QStringLiteral("reportSection_") + section.id);
        layout->addWidget(heading);
        for (const QString &paragraph : section.paragraphs)
            layout->addWidget(textLabel(paragraph, page));

        for (const ReportTable &table : section.tables) {
            if (!table.title.isEmpty())
                layout->addWidget(headingLabel(table.title, 1.0, page));
            auto *view = new QTableView(page);
            view->setObjectName(QStringLiteral("reportTable_") + table.id);
            view->setAccessibleName(table.title);
            view->setModel(new ReportTableModel(table, view));
            view->setEditTriggers(QAbstractItemView::NoEditTriggers);
            view->setSelectionMode(QAbstractItemView::ContiguousSelection);
            view->setAlternatingRowColors(true);
            view->setWordWrap(false);
            view->verticalHeader()->setVisible(false);
            view->horizontalHeader()->setHighlightSections(false);
            view->resizeColumnsToContents();
            view->horizontalHeader()->setStretchLastSection(false);
            const int rows = std::min(int(table.rows.size()), MaxVisibleRows);
            const int height = view->horizontalHeader()->sizeHint().height()
                               + rows * view->verticalHeader()->defaultSectionSize() + 2 * view->frameWidth()
                               + view->horizontalScrollBar()->sizeHint().height();
            view->setFixedHeight(height);
            // As wide as its columns (narrower pages scroll sideways), not stretched over the page.
            view->setMaximumWidth(view->horizontalHeader()->length() + 2 * view->frameWidth()
                                  + (int(table.rows.size()) > MaxVisibleRows ? view->verticalScrollBar()->sizeHint().width() : 0));
            view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
            auto *row = new QHBoxLayout;
            row->addWidget(view, 1);
            row->addStretch(0);
            layout->addLayout(row);
            m_tables.append(view);
            if (!table.note.isEmpty()) {
                QLabel *note = textLabel(table.note, page);
                QFont font = note->font();
                font.setItalic(true);
                note->setFont(font);
                layout->addWidget(note);
            }
        }

        for (const ReportChart &chart : section.charts) {
            auto *view = new QChartView(makeChart(chart), page);
            view->setObjectName(QStringLiteral("reportChart_") + chart.id);
            view->setAccessibleName(chart.title);
            view->setRenderHint(QPainter::Antialiasing);
            view->setMinimumHeight(320);
            view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
            layout->addWidget(view);
            m_charts.append(view);
        }
    }
    layout->addStretch(1);
    m_hasReport = true;
    setWidget(page);
}

QChart *ReportView::makeChart(const ReportChart &chart)
{
    auto *result = new QChart;
    result->setTitle(chart.title);
    result->setLocalizeNumbers(true);
    result->setLocale(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    result->legend()->setVisible(chart.series.size() > 1);
    result->legend()->setAlignment(Qt::AlignBottom);

    auto *axisX = new QBarCategoryAxis(result);
    axisX->append(chart.categories);
    auto *axisY = new QValueAxis(result);
    axisY->setTitleText(chart.valueTitle);
    result->addAxis(axisX, Qt::AlignBottom);
    result->addAxis(axisY, Qt::AlignLeft);

    const int categories = int(chart.categories.size());
    double low = 0;
    double high = 0;
    if (chart.type == ReportChart::Type::Line) {
        for (const reports::ReportSeries &series : chart.series) {
            auto *line = new QLineSeries(result);
            line->setName(series.name);
            line->setPointsVisible(categories <= 12);
            for (int i = 0; i < categories; ++i) {
                const double value = valueAt(series, i);
                if (std::isnan(value))
                    continue;
                line->append(i, value);
                low = std::min(low, value);
                high = std::max(high, value);
            }
            result->addSeries(line);
            line->attachAxis(axisX);
            line->attachAxis(axisY);
        }
    } else {
        const bool stacked = chart.type == ReportChart::Type::StackedBar;
        QAbstractBarSeries *bars = stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries(result))
                                           : static_cast<QAbstractBarSeries *>(new QBarSeries(result));
        QList<double> above(categories, 0.0);
        QList<double> below(categories, 0.0);
        for (const reports::ReportSeries &series : chart.series) {
            auto *set = new QBarSet(series.name, bars);
            for (int i = 0; i < categories; ++i) {
                double value = valueAt(series, i);
                if (std::isnan(value))
                    value = 0;
                set->append(value);
                if (stacked) {
                    (value < 0 ? below[i] : above[i]) += value;
                } else {
                    low = std::min(low, value);
                    high = std::max(high, value);
                }
            }
            bars->append(set);
        }
        for (int i = 0; stacked && i < categories; ++i) {
            low = std::min(low, below.at(i));
            high = std::max(high, above.at(i));
        }
        result->addSeries(bars);
        bars->attachAxis(axisX);
        bars->attachAxis(axisY);
    }
    if (high <= low)
        high = low + 1;
    axisY->setRange(low, high);
    axisY->applyNiceNumbers();
    axisY->setLabelFormat(high - low >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    return result;
}

} // namespace bevilling
