#pragma once

#include "Clock.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace bevilling {

class Database;

// Decision letters (vedtaksbrev) as PDF: merged HTML laid out by QTextDocument on A4 pages.
// Needs a QGuiApplication (the command line starts one on the "offscreen" platform).
class LetterRenderer
{
    Q_DECLARE_TR_FUNCTIONS(LetterRenderer)
public:
    static inline const QString ErrorNotFound = QStringLiteral("not_found");
    static inline const QString ErrorNotDecided = QStringLiteral("not_decided");
    static inline const QString ErrorIo = QStringLiteral("io");

    // Writes `html` as an A4 PDF to `pdfPath` (replacing it only when the whole file is written).
    // The PDF's title is `title`, or the HTML's <title> when `title` is empty; its creator is
    // Bevilling with its version. A file that cannot be written is refused with its path and why.
    static Status renderPdf(const QString &html, const QString &pdfPath, const QString &title = {});

    // The decision letter of a case as merged HTML: the case, the licence it concerns and the
    // register's settings merged into the register's template for the outcome. A case without a
    // decision is refused (ErrorNotDecided); an unknown case gives ErrorNotFound.
    static Result<QString> caseLetterHtml(const Database &db, const Clock &clock, qint64 caseId);
    // caseLetterHtml() rendered to `pdfPath`.
    static Status renderCaseLetter(const Database &db, const Clock &clock, qint64 caseId, const QString &pdfPath);
};

} // namespace bevilling
