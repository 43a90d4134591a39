#include "InspectionLetters.h"

#include "LetterRenderer.h"
#include "letters/InspectionLetterFields.h"
#include "letters/LetterTemplate.h"
#include "reports/PublicPrikkList.h"
#include "storage/Database.h"
#include "storage/InspectionRepository.h"
#include "storage/LicenceRepository.h"
#include "storage/RegisterSettings.h"
#include "storage/SanctionRepository.h"

#include <QSet>

namespace bevilling {
namespace InspectionLetters {

namespace {

InspectionLetterKind letterKind(SanctionLetter kind)
{
    switch (kind) {
    case SanctionLetter::AdvanceNotice:
        return InspectionLetterKind::PrikkNotice;
    case SanctionLetter::Decision:
        return InspectionLetterKind::PrikkDecision;
    case SanctionLetter::SuspensionNotice:
        return InspectionLetterKind::SuspensionNotice;
    case SanctionLetter::SuspensionDecision:
        return InspectionLetterKind::SuspensionDecision;
    }
    return InspectionLetterKind::PrikkNotice;
}

Result<QString> shippedTemplate(InspectionLetterKind kind)
{
    const QString html = InspectionLetterFields::shipped(kind);
    if (html.isEmpty()) {
        return makeError(LetterRenderer::ErrorIo,
                         LetterRenderer::tr("The letter template %1 is missing from the program.")
                             .arg(InspectionLetterFields::templateFile(kind)),
                         QStringLiteral("template"));
    }
    return html;
}

} // namespace

Result<QString> inspectionReportHtml(const Database &db, const Clock &clock, qint64 inspectionId)
{
    Result<Inspection> found = InspectionRepository(db, clock).find(inspectionId);
    if (!found)
        return found.error();
    const Inspection inspection = std::move(found).value();
    Result<Licence> licence = LicenceRepository(db, clock).find(inspection.licenceId);
    if (!licence)
        return licence.error();
    const Result<QList<Inspector>> inspectors = InspectorRepository(db, clock).list();
    if (!inspectors)
        return inspectors.error();
    QStringList names;
    for (const qint64 id : inspection.inspectorIds) {
        for (const Inspector &inspector : *inspectors) {
            if (inspector.id == id)
                names << inspector.name;
        }
    }
    const Result<RegisterInfo> info = RegisterSettings(db, clock).load();
    if (!info)
        return info.error();
    const Result<QString> html = shippedTemplate(InspectionLetterKind::Report);
    if (!html)
        return html.error();
    return LetterTemplate::merge(*html, InspectionLetterFields::reportFields(inspection, *licence, names, *info,
                                                                             clock.today()));
}

Result<QString> sanctionLetterHtml(const Database &db, const Clock &clock, qint64 sanctionId, SanctionLetter kind)
{
    const SanctionRepository sanctions(db, clock);
    Result<SanctionCase> found = sanctions.find(sanctionId);
    if (!found)
        return found.error();
    const SanctionCase c = std::move(found).value();
    const Result<SanctionProposal> proposal = sanctions.proposal(sanctionId);
    if (!proposal)
        return proposal.error();
    const InspectionLetterKind letter = letterKind(kind);
    const Status ready = InspectionLetterFields::readyFor(c, letter, *proposal);
    if (!ready)
        return ready.error();
    Result<Licence> licence = LicenceRepository(db, clock).find(c.licenceId);
    if (!licence)
        return licence.error();

    // The inspections the findings come from, for their descriptions and observed signs.
    QList<Inspection> sources;
    bool fromInspections = false;
    for (const SanctionFinding &f : c.findings)
        fromInspections = fromInspections || f.inspectionFindingId != 0;
    if (fromInspections) {
        Result<QList<Inspection>> inspections = InspectionRepository(db, clock).forLicence(c.licenceId);
        if (!inspections)
            return inspections.error();
        sources = std::move(inspections).value();
    }
    const Result<RegisterInfo> info = RegisterSettings(db, clock).load();
    if (!info)
        return info.error();
    const Result<QString> html = shippedTemplate(letter);
    if (!html)
        return html.error();
    return LetterTemplate::merge(*html, InspectionLetterFields::sanctionFields(c, letter, *licence, sources, *proposal,
                                                                               *info, clock.today()));
}

Status renderInspectionReport(const Database &db, const Clock &clock, qint64 inspectionId, const QString &pdfPath)
{
    const Result<QString> html = inspectionReportHtml(db, clock, inspectionId);
    if (!html)
        return html.error();
    return LetterRenderer::renderPdf(*html, pdfPath);
}

Status renderSanctionLetter(const Database &db, const Clock &clock, qint64 sanctionId, SanctionLetter kind,
                            const QString &pdfPath)
{
    const Result<QString> html = sanctionLetterHtml(db, clock, sanctionId, kind);
    if (!html)
        return html.error();
    return LetterRenderer::renderPdf(*html, pdfPath);
}

Status writePublicListCsv(const Database &db, const Clock &clock, const QDate &asOf, const QString &path)
{
    const Result<QList<PublicPrikkRow>> rows = PublicPrikkList::load(db, clock, asOf);
    if (!rows)
        return rows.error();
    return PublicPrikkList::writeCsv(*rows, path);
}

Result<QString> publicListHtml(const Database &db, const Clock &clock, const QDate &asOf)
{
    const QDate on = asOf.isValid() ? asOf : clock.today();
    const Result<QList<PublicPrikkRow>> rows = PublicPrikkList::load(db, clock, on);
    if (!rows)
        return rows.error();
    const Result<RegisterInfo> info = RegisterSettings(db, clock).load();
    if (!info)
        return info.error();
    const QString title = QStringLiteral("Prikker tildelt salgs- og skjenkesteder");
    QString html = QStringLiteral("<!DOCTYPE html><html lang=\"nb\"><head><meta charset=\"utf-8\"><title>")
                   + title.toHtmlEscaped()
                   + QStringLiteral("</title><style>body { font-size: 9pt; } h1 { font-size: 14pt; } "
                                    "th { text-align: left; background-color: #e8e8e8; }</style></head><body>");
    html += QStringLiteral("<p><b>") + info->municipalityName.trimmed().toHtmlEscaped() + QStringLiteral("</b></p>");
    html += QStringLiteral("<h1>") + title.toHtmlEscaped() + QStringLiteral("</h1>");
    html += QStringLiteral("<p>Per %1. Prikker tildelt etter alkoholforskriften kapittel 10 som fortsatt teller "
                           "(to år fra overtredelsen). Vedtak som er opphevet etter klage, er ikke med.</p>")
                .arg(formatDate(on));
    if (rows->isEmpty()) {
        html += QStringLiteral("<p>Ingen prikker er tildelt.</p>");
    } else {
        html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>");
        for (const QString &header : PublicPrikkList::headers())
            html += QStringLiteral("<th>") + header.toHtmlEscaped() + QStringLiteral("</th>");
        html += QStringLiteral("</tr>");
        for (const PublicPrikkRow &row : *rows) {
            html += QStringLiteral("<tr>");
            for (const QString &cell : PublicPrikkList::cells(row))
                html += QStringLiteral("<td>") + cell.toHtmlEscaped() + QStringLiteral("</td>");
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("</body></html>");
    return html;
}

Status writePublicListPdf(const Database &db, const Clock &clock, const QDate &asOf, const QString &path)
{
    const Result<QString> html = publicListHtml(db, clock, asOf);
    if (!html)
        return html.error();
    return LetterRenderer::renderPdf(*html, path);
}

} // namespace InspectionLetters
} // namespace bevilling
