#include "LetterRenderer.h"

#include "cases/Case.h"
#include "letters/LetterTemplate.h"
#include "letters/LetterTemplates.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/LicenceRepository.h"
#include "storage/RegisterSettings.h"

#include <QFileInfo>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <optional>

namespace bevilling {

Status LetterRenderer::renderPdf(const QString &html, const QString &pdfPath, const QString &title)
{
    const QString absolute = QFileInfo(pdfPath).absoluteFilePath();
    if (QFileInfo(absolute).isDir())
        return makeError(ErrorIo, tr("Could not write %1: it is a folder.").arg(absolute), QStringLiteral("pdf"));
    QSaveFile file(absolute);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorIo, tr("Could not write %1: %2").arg(absolute, file.errorString()), QStringLiteral("pdf"));

    QTextDocument document;
    document.setHtml(html);
    const QString documentTitle = title.isEmpty() ? document.metaInformation(QTextDocument::DocumentTitle) : title;
    {
        QPdfWriter writer(&file);
        writer.setTitle(documentTitle.simplified());
        writer.setCreator(QStringLiteral("Bevilling %1").arg(QStringLiteral(BEVILLING_VERSION)));
        writer.setResolution(300);
        // QTextDocument::print() adds 2 cm inside the page's own margins: about 2.5 cm all round.
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(5, 5, 5, 5), QPageLayout::Millimeter));
        document.print(&writer);
    } // the writer finishes the file when it goes
    if (file.error() != QFileDevice::NoError || file.size() == 0 || !file.commit())
        return makeError(ErrorIo, tr("Could not write %1: %2").arg(absolute, file.errorString()), QStringLiteral("pdf"));
    return {};
}

Result<QString> LetterRenderer::caseLetterHtml(const Database &db, const Clock &clock, qint64 caseId)
{
    const CaseRepository cases(db, clock);
    Result<Case> found = cases.find(caseId);
    if (!found) {
        if (found.error().code == CaseRepository::ErrorNotFound)
            return makeError(ErrorNotFound, found.error().message, QStringLiteral("case"), found.error().detail);
        return found.error();
    }
    const Case c = std::move(found).value();
    const std::optional<LetterKind> kind = LetterTemplate::kindFor(c);
    if (!kind) {
        return makeError(ErrorNotDecided,
                         tr("Case %1 has no decision yet; the decision letter can be written once the decision is "
                            "recorded.")
                             .arg(c.number),
                         QStringLiteral("case"));
    }

    std::optional<Licence> licence;
    if (c.licenceId) {
        Result<Licence> loaded = LicenceRepository(db, clock).find(*c.licenceId);
        if (!loaded)
            return loaded.error();
        licence = std::move(loaded).value();
    }
    const Result<RegisterInfo> info = RegisterSettings(db, clock).load();
    if (!info)
        return info.error();
    const Result<QString> templateHtml = LetterTemplates(db, clock).load(*kind);
    if (!templateHtml)
        return templateHtml.error();
    const QMap<QString, QString> values =
        LetterTemplate::fields(c, licence ? &*licence : nullptr, *info, clock.today());
    return LetterTemplate::merge(*templateHtml, values);
}

Status LetterRenderer::renderCaseLetter(const Database &db, const Clock &clock, qint64 caseId, const QString &pdfPath)
{
    const Result<QString> html = caseLetterHtml(db, clock, caseId);
    if (!html)
        return html.error();
    return renderPdf(*html, pdfPath);
}

} // namespace bevilling
