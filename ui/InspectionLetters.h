#pragma once

#include "Clock.h"
#include "Result.h"

#include <QDate>
#include <QString>

namespace bevilling {

class Database;

// The letters of inspections and sanction cases as PDF (through LetterRenderer::renderPdf), and
// the public list of prikker as CSV and PDF. Needs a QGuiApplication for the PDFs.
namespace InspectionLetters {

enum class SanctionLetter { AdvanceNotice, Decision, SuspensionNotice, SuspensionDecision };

// The inspection report (kontrollrapport) for the licensee.
Status renderInspectionReport(const Database &db, const Clock &clock, qint64 inspectionId, const QString &pdfPath);
// A sanction case's letter. The decision letters are refused (InspectionLetterFields::ErrorNotDecided)
// until the decision is recorded; the suspension notice until the total reaches 12.
Status renderSanctionLetter(const Database &db, const Clock &clock, qint64 sanctionId, SanctionLetter kind,
                            const QString &pdfPath);
// The merged HTML of the letters above (for a preview).
Result<QString> inspectionReportHtml(const Database &db, const Clock &clock, qint64 inspectionId);
Result<QString> sanctionLetterHtml(const Database &db, const Clock &clock, qint64 sanctionId, SanctionLetter kind);

// The public list of prikker (who, how many, why): CSV (core writer) and PDF. An invalid `asOf`
// means today.
Status writePublicListCsv(const Database &db, const Clock &clock, const QDate &asOf, const QString &path);
Status writePublicListPdf(const Database &db, const Clock &clock, const QDate &asOf, const QString &path);
Result<QString> publicListHtml(const Database &db, const Clock &clock, const QDate &asOf);

} // namespace InspectionLetters
} // namespace bevilling
