#include "reports/Report.h"

#include "domain/Licence.h"

#include <QJsonArray>
#include <QJsonValue>

#include <cmath>

namespace bevilling::reports {

QVariant Report::figure(const QString &key) const
{
    for (const auto &pair : keyFigures) {
        if (pair.first == key)
            return pair.second;
    }
    return {};
}

const ReportTable *Report::table(const QString &id) const
{
    for (const ReportSection &section : sections) {
        for (const ReportTable &t : section.tables) {
            if (t.id == id)
                return &t;
        }
    }
    return nullptr;
}

namespace {

double round2(double value)
{
    return std::round(value * 100.0) / 100.0;
}

bool isEmptyCell(const QVariant &cell)
{
    if (!cell.isValid() || cell.isNull())
        return true;
    if (cell.typeId() == QMetaType::Double && std::isnan(cell.toDouble()))
        return true;
    return false;
}

QString groupThousands(const QString &digits)
{
    QString whole = digits;
    for (int i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, QLatin1Char(' '));
    return whole;
}

// A number with a decimal comma and at most `decimals` decimals (trailing zeros dropped when
// `trim`), with or without a space as the thousands separator.
QString formatNumber(double value, int decimals, bool trim, bool thousands)
{
    const double factor = std::pow(10.0, decimals);
    const qint64 scaled = qRound64(value * factor);
    const bool negative = scaled < 0;
    const qint64 absScaled = negative ? -scaled : scaled;
    const qint64 unit = qRound64(factor);
    QString whole = QString::number(absScaled / unit);
    if (thousands)
        whole = groupThousands(whole);
    QString fraction;
    if (decimals > 0) {
        fraction = QStringLiteral("%1").arg(absScaled % unit, decimals, 10, QLatin1Char('0'));
        if (trim) {
            while (fraction.endsWith(QLatin1Char('0')))
                fraction.chop(1);
        }
    }
    QString text = (negative ? QStringLiteral("-") : QString()) + whole;
    if (!fraction.isEmpty())
        text += QLatin1Char(',') + fraction;
    return text;
}

// The CSV form of a cell: no thousands separator, decimal comma, dd.MM.yyyy.
QString csvValue(const QVariant &cell, CellType type)
{
    if (isEmptyCell(cell))
        return {};
    switch (type) {
    case CellType::Text:
        return cell.toString();
    case CellType::Integer:
        return QString::number(cell.toLongLong());
    case CellType::Litres:
        return formatNumber(cell.toDouble(), 2, true, false);
    case CellType::Amount:
        return formatNumber(cell.toDouble(), 2, false, false);
    case CellType::Percent:
        return formatNumber(cell.toDouble(), 1, false, false);
    case CellType::Date:
        return cell.toDate().toString(QStringLiteral("dd.MM.yyyy"));
    }
    return cell.toString();
}

QString csvField(const QString &text)
{
    if (text.contains(QLatin1Char(';')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'))) {
        QString quoted = text;
        quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return text;
}

QString csvLine(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out.append(csvField(f));
    return out.join(QLatin1Char(';')) + QStringLiteral("\r\n");
}

QString tableBody(const ReportTable &table)
{
    QString text;
    QStringList header;
    for (const ReportColumn &c : table.columns)
        header.append(c.title);
    text += csvLine(header);
    for (const QVariantList &row : table.rows) {
        QStringList fields;
        for (int i = 0; i < table.columns.size(); ++i)
            fields.append(i < row.size() ? csvValue(row.at(i), table.columns.at(i).type) : QString());
        text += csvLine(fields);
    }
    return text;
}

QJsonValue jsonCell(const QVariant &cell, CellType type)
{
    if (isEmptyCell(cell))
        return QJsonValue(QJsonValue::Null);
    switch (type) {
    case CellType::Text:
        return cell.toString();
    case CellType::Integer:
        return QJsonValue(cell.toLongLong());
    case CellType::Litres:
    case CellType::Amount:
    case CellType::Percent:
        return round2(cell.toDouble());
    case CellType::Date:
        return cell.toDate().toString(Qt::ISODate);
    }
    return cell.toString();
}

QJsonValue jsonFigure(const QVariant &value)
{
    if (isEmptyCell(value))
        return QJsonValue(QJsonValue::Null);
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return round2(value.toDouble());
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    default:
        return value.toString();
    }
}

QString chartTypeKey(ReportChart::Type type)
{
    switch (type) {
    case ReportChart::Type::Line:
        return QStringLiteral("line");
    case ReportChart::Type::Bar:
        return QStringLiteral("bar");
    case ReportChart::Type::StackedBar:
        return QStringLiteral("stacked_bar");
    }
    return QStringLiteral("line");
}

} // namespace

QString ReportWriter::typeKey(CellType type)
{
    switch (type) {
    case CellType::Text:
        return QStringLiteral("text");
    case CellType::Integer:
        return QStringLiteral("integer");
    case CellType::Litres:
        return QStringLiteral("litres");
    case CellType::Amount:
        return QStringLiteral("amount");
    case CellType::Percent:
        return QStringLiteral("percent");
    case CellType::Date:
        return QStringLiteral("date");
    }
    return QStringLiteral("text");
}

QString ReportWriter::displayText(const QVariant &cell, CellType type)
{
    if (isEmptyCell(cell))
        return QStringLiteral("–");
    switch (type) {
    case CellType::Text:
        return cell.toString();
    case CellType::Integer: {
        const qint64 v = cell.toLongLong();
        const QString digits = groupThousands(QString::number(v < 0 ? -v : v));
        return v < 0 ? QStringLiteral("-") + digits : digits;
    }
    case CellType::Litres:
        return formatNumber(cell.toDouble(), 2, true, true);
    case CellType::Amount:
        return formatAmount(cell.toDouble());
    case CellType::Percent:
        return formatNumber(cell.toDouble(), 1, false, true) + QStringLiteral(" %");
    case CellType::Date:
        return formatDate(cell.toDate());
    }
    return cell.toString();
}

QJsonObject ReportWriter::toJson(const Report &report)
{
    QJsonObject root;
    root.insert(QStringLiteral("report"), report.kind);
    root.insert(QStringLiteral("title"), report.title);
    root.insert(QStringLiteral("year"), report.year);
    root.insert(QStringLiteral("municipality"), report.municipality);
    root.insert(QStringLiteral("generated_at"), report.generatedAt.isValid()
                    ? QJsonValue(report.generatedAt.toUTC().toString(Qt::ISODate))
                    : QJsonValue(QJsonValue::Null));
    QJsonObject figures;
    for (const auto &pair : report.keyFigures)
        figures.insert(pair.first, jsonFigure(pair.second));
    root.insert(QStringLiteral("key_figures"), figures);

    QJsonArray sections;
    for (const ReportSection &section : report.sections) {
        QJsonObject s;
        s.insert(QStringLiteral("id"), section.id);
        s.insert(QStringLiteral("title"), section.title);
        s.insert(QStringLiteral("paragraphs"), QJsonArray::fromStringList(section.paragraphs));
        QJsonArray tables;
        for (const ReportTable &table : section.tables) {
            QJsonObject t;
            t.insert(QStringLiteral("id"), table.id);
            t.insert(QStringLiteral("title"), table.title);
            t.insert(QStringLiteral("note"), table.note);
            QJsonArray columns;
            for (const ReportColumn &c : table.columns) {
                QJsonObject col;
                col.insert(QStringLiteral("id"), c.id);
                col.insert(QStringLiteral("title"), c.title);
                col.insert(QStringLiteral("type"), typeKey(c.type));
                columns.append(col);
            }
            t.insert(QStringLiteral("columns"), columns);
            QJsonArray rows;
            for (const QVariantList &row : table.rows) {
                QJsonArray r;
                for (int i = 0; i < table.columns.size(); ++i)
                    r.append(i < row.size() ? jsonCell(row.at(i), table.columns.at(i).type)
                                            : QJsonValue(QJsonValue::Null));
                rows.append(r);
            }
            t.insert(QStringLiteral("rows"), rows);
            QJsonArray totals;
            for (int index : table.totalRows)
                totals.append(index);
            t.insert(QStringLiteral("total_rows"), totals);
            tables.append(t);
        }
        s.insert(QStringLiteral("tables"), tables);
        QJsonArray charts;
        for (const ReportChart &chart : section.charts) {
            QJsonObject c;
            c.insert(QStringLiteral("id"), chart.id);
            c.insert(QStringLiteral("title"), chart.title);
            c.insert(QStringLiteral("type"), chartTypeKey(chart.type));
            c.insert(QStringLiteral("categories"), QJsonArray::fromStringList(chart.categories));
            c.insert(QStringLiteral("value_title"), chart.valueTitle);
            QJsonArray series;
            for (const ReportSeries &rs : chart.series) {
                QJsonObject so;
                so.insert(QStringLiteral("name"), rs.name);
                QJsonArray values;
                for (double v : rs.values)
                    values.append(std::isnan(v) ? QJsonValue(QJsonValue::Null) : QJsonValue(round2(v)));
                so.insert(QStringLiteral("values"), values);
                series.append(so);
            }
            c.insert(QStringLiteral("series"), series);
            charts.append(c);
        }
        s.insert(QStringLiteral("charts"), charts);
        sections.append(s);
    }
    root.insert(QStringLiteral("sections"), sections);
    return root;
}

QByteArray ReportWriter::toCsv(const Report &report)
{
    QString text;
    for (const ReportSection &section : report.sections) {
        for (const ReportTable &table : section.tables) {
            const QString heading = section.title.isEmpty() || section.title == table.title
                ? table.title
                : section.title + QStringLiteral(" – ") + table.title;
            text += csvLine({heading});
            text += tableBody(table);
            text += QStringLiteral("\r\n");
        }
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QByteArray ReportWriter::tableToCsv(const ReportTable &table)
{
    return QByteArray("\xEF\xBB\xBF") + tableBody(table).toUtf8();
}

} // namespace bevilling::reports
