#pragma once

#include "Result.h"
#include "reports/Report.h"

#include <QString>

namespace bevilling::ReportPdf {

// Stable error code of write().
inline const QString ErrorIo = QStringLiteral("io");

// Writes `report` as an A4 PDF to `pdfPath` (replacing it only when the whole file is written): a
// title block with the municipality, the report's title, its year and "Laget dd.mm.yyyy"; then
// each section with its paragraphs, its tables (numbers right-aligned, total rows bold, the header
// row repeated on every page a table runs over) and its charts (drawn by Qt Charts, as
// ReportView::makeChart shows them on screen); a footer on every page with the municipality, the
// title and "Side n av m". Needs a QApplication: Qt Charts draws in a QGraphicsScene (the command
// line starts one on the "offscreen" platform). A file that cannot be written is refused with its
// path and why (ErrorIo, field "pdf").
Status write(const reports::Report &report, const QString &pdfPath);

} // namespace bevilling::ReportPdf
