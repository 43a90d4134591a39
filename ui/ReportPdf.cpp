#include "ReportPdf.h"

#include "ReportView.h"
#include "domain/Licence.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

#include <cmath>

namespace bevilling::ReportPdf {

namespace {

using reports::CellType;
using reports::ReportChart;
using reports::ReportTable;
using reports::ReportWriter;

constexpr int Resolution = 300;
// A chart's place on the page in CSS pixels (96 per inch; the text is 170 mm = 642 px wide), and
// how much finer its image is drawn so that it stays sharp in print.
constexpr int ChartWidth = 640;
constexpr int ChartHeight = 330;
constexpr int ChartScale = 3;

Error ioError(const QString &path, const QString &why)
{
    return makeError(ErrorIo, QCoreApplication::translate("ReportPdf", "Could not write %1: %2").arg(path, why),
                     QStringLiteral("pdf"));
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString paragraphsHtml(const QString &text)
{
    // Line breaks inside a paragraph stay line breaks.
    return escaped(text).replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QImage chartImage(const ReportChart &chart)
{
    QGraphicsScene scene;
    QChart *drawn = ReportView::makeChart(chart);
    scene.addItem(drawn); // the scene owns it
    // On paper: a plain white background without the screen's rounded panel and shadow.
    drawn->setBackgroundBrush(Qt::white);
    drawn->setBackgroundPen(Qt::NoPen);
    drawn->setBackgroundRoundness(0);
    drawn->setDropShadowEnabled(false);
    const QRectF area(0, 0, ChartWidth, ChartHeight);
    drawn->setGeometry(area);
    if (QGraphicsLayout *layout = drawn->layout())
        layout->activate();
    scene.setSceneRect(area);

    QImage image(ChartWidth * ChartScale, ChartHeight * ChartScale, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    scene.render(&painter, QRectF(image.rect()), area);
    painter.end();
    return image;
}

QString tableHtml(const ReportTable &table)
{
    QString html;
    if (!table.title.isEmpty())
        html += QStringLiteral("<p class=\"tabletitle\">") + escaped(table.title) + QStringLiteral("</p>");
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                           "style=\"border-collapse: collapse; border-color: #9a9a9a;\"><thead><tr>");
    for (const reports::ReportColumn &column : table.columns) {
        const bool numeric = ReportTableModel::isNumeric(column.type);
        html += QStringLiteral("<th bgcolor=\"#e6e9ed\" align=\"") + (numeric ? QStringLiteral("right") : QStringLiteral("left"))
                + QStringLiteral("\">") + escaped(column.title) + QStringLiteral("</th>");
    }
    html += QStringLiteral("</tr></thead>");
    for (int r = 0; r < table.rows.size(); ++r) {
        const QVariantList &row = table.rows.at(r);
        const bool total = table.totalRows.contains(r);
        html += total ? QStringLiteral("<tr bgcolor=\"#f3f4f6\">") : QStringLiteral("<tr>");
        for (int c = 0; c < table.columns.size(); ++c) {
            const CellType type = table.columns.at(c).type;
            const QString text = escaped(ReportWriter::displayText(c < row.size() ? row.at(c) : QVariant(), type));
            html += QStringLiteral("<td align=\"") + (ReportTableModel::isNumeric(type) ? QStringLiteral("right") : QStringLiteral("left"))
                    + QStringLiteral("\">") + (total ? QStringLiteral("<b>") + text + QStringLiteral("</b>") : text)
                    + QStringLiteral("</td>");
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    if (!table.note.isEmpty())
        html += QStringLiteral("<p class=\"note\">") + escaped(table.note) + QStringLiteral("</p>");
    return html;
}

// The report as HTML; the charts' images are added to `document` as resources.
QString reportHtml(const reports::Report &report, QTextDocument &document)
{
    QString html = QStringLiteral(
        "<html><head><title>%1</title><style>"
        "h1 { font-size: 18pt; margin-top: 2pt; margin-bottom: 4pt; }"
        "h2 { font-size: 13pt; margin-top: 16pt; margin-bottom: 4pt; }"
        "p { margin-top: 0pt; margin-bottom: 6pt; }"
        "p.municipality { font-size: 11pt; color: #3c4650; margin-bottom: 0pt; }"
        "p.meta { color: #505a64; margin-bottom: 10pt; }"
        "p.tabletitle { font-weight: bold; margin-top: 8pt; margin-bottom: 3pt; }"
        "p.note { font-style: italic; font-size: 9pt; margin-top: 3pt; }"
        "th { font-weight: bold; }"
        "</style></head><body>")
                       .arg(escaped(report.title));
    if (!report.municipality.isEmpty())
        html += QStringLiteral("<p class=\"municipality\">") + escaped(report.municipality) + QStringLiteral("</p>");
    html += QStringLiteral("<h1>") + escaped(report.title) + QStringLiteral("</h1>");
    QString meta = QCoreApplication::translate("ReportPdf", "Report year %1").arg(report.year);
    const QDate made = report.generatedAt.isValid() ? report.generatedAt.toLocalTime().date() : QDate();
    if (made.isValid())
        meta = QString(meta + QStringLiteral(" · ")
                       + QCoreApplication::translate("ReportPdf", "Generated %1").arg(formatDate(made)));
    html += QStringLiteral("<p class=\"meta\">") + escaped(meta) + QStringLiteral("</p><hr/>");

    int chartNumber = 0;
    for (const reports::ReportSection &section : report.sections) {
        html += QStringLiteral("<h2>") + escaped(section.title) + QStringLiteral("</h2>");
        for (const QString &paragraph : section.paragraphs)
            html += QStringLiteral("<p>") + paragraphsHtml(paragraph) + QStringLiteral("</p>");
        for (const ReportTable &table : section.tables)
            html += tableHtml(table);
        for (const ReportChart &chart : section.charts) {
            const QString name = QStringLiteral("chart-%1.png").arg(++chartNumber);
            document.addResource(QTextDocument::ImageResource, QUrl(name), chartImage(chart));
            html += QStringLiteral("<p align=\"center\" style=\"margin-top: 8pt;\"><img src=\"%1\" width=\"%2\" height=\"%3\"/></p>")
                        .arg(name)
                        .arg(ChartWidth)
                        .arg(ChartHeight);
        }
    }
    html += QStringLiteral("</body></html>");
    return html;
}

} // namespace

Status write(const reports::Report &report, const QString &pdfPath)
{
    const QString absolute = QFileInfo(pdfPath).absoluteFilePath();
    if (QFileInfo(absolute).isDir())
        return ioError(absolute, QCoreApplication::translate("ReportPdf", "it is a folder."));
    QSaveFile file(absolute);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(absolute, file.errorString());

    {
        QPdfWriter writer(&file);
        writer.setTitle(report.title.simplified());
        writer.setCreator(QStringLiteral("Bevilling %1").arg(QStringLiteral(BEVILLING_VERSION)));
        writer.setResolution(Resolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(20, 16, 20, 12), QPageLayout::Millimeter));
        const QRectF paintRect = writer.pageLayout().paintRectPixels(Resolution);
        const qreal millimetre = Resolution / 25.4;
        const qreal footerHeight = 10 * millimetre;
        const QRectF body(0, 0, paintRect.width(), paintRect.height() - footerHeight);

        QTextDocument document;
        QFont font(QStringList{QStringLiteral("DejaVu Sans"), QStringLiteral("Arial"), QStringLiteral("Helvetica")}, 10);
        font.setStyleHint(QFont::SansSerif);
        document.setDefaultFont(font);
        document.documentLayout()->setPaintDevice(&writer);
        document.setDocumentMargin(0);
        document.setHtml(reportHtml(report, document));
        document.setPageSize(body.size());
        const int pages = std::max(1, document.pageCount());

        QPainter painter;
        if (!painter.begin(&writer))
            return ioError(absolute, file.errorString());
        QFont footerFont = font;
        footerFont.setPointSizeF(8);
        const QString footerLeft = report.municipality.isEmpty()
                                       ? report.title
                                       : QString(report.municipality + QStringLiteral(" – ") + report.title);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            painter.save();
            painter.setClipRect(body);
            painter.translate(0, -page * body.height());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, page * body.height(), body.width(), body.height());
            context.palette.setColor(QPalette::Text, Qt::black);
            document.documentLayout()->draw(&painter, context);
            painter.restore();

            const qreal lineY = body.bottom() + 3 * millimetre;
            painter.setPen(QPen(QColor(0x9a, 0x9a, 0x9a), 0.25 * millimetre));
            painter.drawLine(QPointF(0, lineY), QPointF(body.width(), lineY));
            painter.setPen(QColor(0x3c, 0x46, 0x50));
            painter.setFont(footerFont);
            const QRectF footer(0, lineY + millimetre, body.width(), footerHeight - 4 * millimetre);
            const QString pageText = QCoreApplication::translate("ReportPdf", "Page %1 of %2").arg(page + 1).arg(pages);
            const QFontMetricsF metrics(footerFont, &writer);
            const qreal pageTextWidth = metrics.horizontalAdvance(pageText);
            painter.drawText(QRectF(footer.left(), footer.top(), footer.width() - pageTextWidth - 6 * millimetre, footer.height()),
                             Qt::AlignLeft | Qt::AlignTop,
                             metrics.elidedText(footerLeft, Qt::ElideRight, footer.width() - pageTextWidth - 6 * millimetre));
            painter.drawText(footer, Qt::AlignRight | Qt::AlignTop, pageText);
        }
        painter.end();
    } // the writer finishes the file when it goes
    if (file.error() != QFileDevice::NoError || file.size() == 0 || !file.commit())
        return ioError(absolute, file.errorString());
    return {};
}

} // namespace bevilling::ReportPdf
