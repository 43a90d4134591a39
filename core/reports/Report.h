#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace bevilling::reports {

// A report as data: sections with short text, tables and charts. Built by AnnualReports, written
// as JSON and CSV here (ReportWriter) and as PDF and on screen by the ui (ReportView, ReportPdf),
// so that every format shows the same figures.

enum class CellType { Text, Integer, Litres, Amount, Percent, Date };

struct ReportColumn
{
    QString id;        // stable key for JSON and CSV ("year", "serving_group1")
    QString title;     // Norwegian heading
    CellType type = CellType::Text;
};

// A cell: QString for Text, qint64 for Integer, double for Litres/Amount/Percent (percent as
// 12.5 for 12,5 %), QDate for Date; an invalid QVariant is an empty cell ("–").
struct ReportTable
{
    QString id;
    QString title;
    QList<ReportColumn> columns;
    QList<QVariantList> rows;
    QList<int> totalRows;  // indexes of rows that are totals (bold)
    QString note;          // a line under the table
};

struct ReportSeries
{
    QString name;
    QList<double> values;  // one per category; NaN: no value
};

struct ReportChart
{
    enum class Type { Line, Bar, StackedBar };
    QString id;
    QString title;
    Type type = Type::Line;
    QStringList categories; // x axis (years, codes)
    QList<ReportSeries> series;
    QString valueTitle;     // y axis ("Liter", "Antall")
};

struct ReportSection
{
    QString id;
    QString title;
    QStringList paragraphs; // generated text, Norwegian
    QList<ReportTable> tables;
    QList<ReportChart> charts;
};

struct Report
{
    QString kind;            // "turnover", "fees", "inspections", "council", "national"
    QString title;           // "Omsetning av alkohol 2026"
    int year = 0;
    QString municipality;    // RegisterInfo::municipalityName
    QDateTime generatedAt;   // UTC
    QList<ReportSection> sections;
    // The headline figures by stable key ("turnover.serving_group1", "fees.total", ...), for tests,
    // the JSON and the council briefing's text.
    QList<QPair<QString, QVariant>> keyFigures;

    QVariant figure(const QString &key) const;
    const ReportTable *table(const QString &id) const;
};

class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
public:
    // {"report": kind, "title", "year", "municipality", "generated_at", "key_figures": {key: value},
    //  "sections": [{"id", "title", "paragraphs": [...], "tables": [{"id", "title", "note",
    //  "columns": [{"id", "title", "type"}], "rows": [[...]], "total_rows": [...]}],
    //  "charts": [{"id", "title", "type", "categories", "value_title", "series": [{"name", "values"}]}]}]}
    // Numbers as JSON numbers (amounts and litres rounded to 2 decimals), dates "YYYY-MM-DD",
    // empty cells null.
    static QJsonObject toJson(const Report &report);
    // Every table in turn: a line with the section and table title, the header line of column titles,
    // the rows, an empty line. UTF-8 with BOM, separator ';', decimal comma, no thousands separator,
    // dates dd.mm.yyyy (docs/reports.md).
    static QByteArray toCsv(const Report &report);
    // One table alone, same conventions (the national figures are one table).
    static QByteArray tableToCsv(const ReportTable &table);
    // How a cell reads on screen and in the PDF: "20 326,00" (Amount with "kr "), "1 234,5" litres,
    // "12,5 %", "01.03.2026", "–" for empty.
    static QString displayText(const QVariant &cell, CellType type);
    static QString typeKey(CellType type);
};

} // namespace bevilling::reports
