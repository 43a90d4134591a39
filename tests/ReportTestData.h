#pragma once

// Reports made by hand for the tests of the report view and the PDF (the report's data types are
// plain structs, so these need no register).

#include "reports/Report.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <cmath>

namespace bevilling::test {

// A fees report for "Bærum kommune" 2026, made 12.03.2026, with one section of text and a table of
// every cell type (an empty cell, a bold total row of kr 20 326,00) and a section with a line chart
// (2 series of 5 years, one value missing), a bar chart (3 series of 3 groups) and a stacked bar
// chart (2 series of 4 groups).
inline reports::Report makeSampleReport()
{
    using namespace reports;
    Report report;
    report.kind = QStringLiteral("fees");
    report.title = QStringLiteral("Bevillingsgebyr 2026");
    report.year = 2026;
    report.municipality = QStringLiteral("Bærum kommune");
    report.generatedAt = QDateTime(QDate(2026, 3, 12), QTime(10, 0), QTimeZone::utc());

    ReportSection summary;
    summary.id = QStringLiteral("summary");
    summary.title = QStringLiteral("Sammendrag av gebyrene");
    summary.paragraphs = {QStringLiteral("Kommunen krever inn bevillingsgebyr etter vareliter."),
                          QStringLiteral("Etteroppgjøret for 2025 gir tilleggsfaktura til tre bevillingshavere.")};
    ReportTable fees;
    fees.id = QStringLiteral("per_licence");
    fees.title = QStringLiteral("Gebyr per bevilling");
    fees.columns = {{QStringLiteral("licence"), QStringLiteral("Bevilling"), CellType::Text},
                    {QStringLiteral("count"), QStringLiteral("Antall"), CellType::Integer},
                    {QStringLiteral("litres"), QStringLiteral("Vareliter"), CellType::Litres},
                    {QStringLiteral("fee"), QStringLiteral("Gebyr"), CellType::Amount},
                    {QStringLiteral("change"), QStringLiteral("Endring"), CellType::Percent},
                    {QStringLiteral("due"), QStringLiteral("Forfall"), CellType::Date}};
    fees.rows = {
        {QStringLiteral("2026-0001 Fjordkroa AS"), qint64(12), 12345.5, 8326.0, 12.5, QDate(2026, 3, 1)},
        {QStringLiteral("2026-0002 Barnas Kafé AS"), qint64(1500), 1000.0, 12000.0, QVariant(), QDate(2026, 4, 1)},
        {QStringLiteral("Sum"), qint64(1512), 13345.5, 20326.0, -3.2, QVariant()},
    };
    fees.totalRows = {2};
    fees.note = QStringLiteral("Minstegebyr er brukt for én bevilling.");
    summary.tables.append(fees);
    report.sections.append(summary);

    ReportSection trends;
    trends.id = QStringLiteral("trends");
    trends.title = QStringLiteral("Utvikling");
    ReportChart line;
    line.id = QStringLiteral("litres_trend");
    line.title = QStringLiteral("Vareliter per år");
    line.type = ReportChart::Type::Line;
    line.categories = {QStringLiteral("2022"), QStringLiteral("2023"), QStringLiteral("2024"), QStringLiteral("2025"),
                       QStringLiteral("2026")};
    line.series = {{QStringLiteral("Salg"), {1200.0, 1300.0, std::nan(""), 1500.0, 1650.0}},
                   {QStringLiteral("Skjenking"), {45000.0, 47000.0, 46000.0, 52000.0, 51000.0}}};
    line.valueTitle = QStringLiteral("Liter");
    ReportChart bars;
    bars.id = QStringLiteral("groups");
    bars.title = QStringLiteral("Liter per gruppe");
    bars.type = ReportChart::Type::Bar;
    bars.categories = {QStringLiteral("Gruppe 1"), QStringLiteral("Gruppe 2"), QStringLiteral("Gruppe 3")};
    bars.series = {{QStringLiteral("2024"), {10.0, 20.0, 30.0}},
                   {QStringLiteral("2025"), {11.0, 19.0, 31.0}},
                   {QStringLiteral("2026"), {12.0, 18.0, 33.0}}};
    bars.valueTitle = QStringLiteral("Liter");
    ReportChart stacked;
    stacked.id = QStringLiteral("inspections");
    stacked.title = QStringLiteral("Kontroller per kvartal");
    stacked.type = ReportChart::Type::StackedBar;
    stacked.categories = {QStringLiteral("1. kv."), QStringLiteral("2. kv."), QStringLiteral("3. kv."), QStringLiteral("4. kv.")};
    stacked.series = {{QStringLiteral("Skjenkekontroll"), {5.0, 7.0, 9.0, 4.0}},
                      {QStringLiteral("Salgskontroll"), {2.0, 3.0, 1.0, 2.0}}};
    stacked.valueTitle = QStringLiteral("Antall");
    trends.charts = {line, bars, stacked};
    report.sections.append(trends);

    report.keyFigures = {{QStringLiteral("fees.total"), 20326.0}};
    return report;
}

// A report whose one table has `rows` rows ("Bevilling 0001" ... with fees) and a total row, to
// run over several pages.
inline reports::Report makeLongReport(int rows)
{
    using namespace reports;
    Report report;
    report.kind = QStringLiteral("fees");
    report.title = QStringLiteral("Bevillingsgebyr per bevilling 2026");
    report.year = 2026;
    report.municipality = QStringLiteral("Oslo kommune");
    report.generatedAt = QDateTime(QDate(2026, 3, 12), QTime(10, 0), QTimeZone::utc());
    ReportSection section;
    section.id = QStringLiteral("per_licence");
    section.title = QStringLiteral("Gebyr per bevilling");
    ReportTable table;
    table.id = QStringLiteral("per_licence");
    table.title = QStringLiteral("Alle bevillinger");
    table.columns = {{QStringLiteral("licence"), QStringLiteral("Bevillingsnummer"), CellType::Text},
                     {QStringLiteral("fee"), QStringLiteral("Gebyrbeløp"), CellType::Amount}};
    double total = 0;
    for (int i = 1; i <= rows; ++i) {
        const double fee = 1000.0 + i;
        total += fee;
        table.rows.append({QStringLiteral("Bevilling %1").arg(i, 4, 10, QLatin1Char('0')), fee});
    }
    table.rows.append({QStringLiteral("Sum"), total});
    table.totalRows = {int(table.rows.size()) - 1};
    section.tables.append(table);
    report.sections.append(section);
    return report;
}

} // namespace bevilling::test
