#include "TurnoverLetters.h"

#include "LetterRenderer.h"
#include "TurnoverReportDialog.h"
#include "letters/LetterTemplate.h"
#include "rules/Fees.h"
#include "storage/Database.h"
#include "storage/FeeRepository.h"
#include "storage/RegisterSettings.h"
#include "storage/RuleSetRepository.h"
#include "storage/TurnoverRepository.h"

#include <QFile>
#include <QHash>
#include <QMap>
#include <QRegularExpression>

namespace bevilling {

namespace {

QString groupsText(int groups)
{
    QStringList names;
    if (groups & Group1)
        names << QStringLiteral("1");
    if (groups & Group2)
        names << QStringLiteral("2");
    if (groups & Group3)
        names << QStringLiteral("3");
    if (names.isEmpty())
        return QString();
    if (names.size() == 1)
        return QStringLiteral("gruppe ") + names.first();
    const QString last = names.takeLast();
    return QStringLiteral("gruppe ") + names.join(QStringLiteral(", ")) + QStringLiteral(" og ") + last;
}

QString bodyOf(const QString &html)
{
    static const QRegularExpression body(QStringLiteral("<body[^>]*>(.*)</body>"),
                                         QRegularExpression::DotMatchesEverythingOption
                                             | QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = body.match(html);
    return match.hasMatch() ? match.captured(1) : html;
}

// Last year's fee of a licence: its provisional and estimated lines of `year - 1`.
std::optional<double> lastYearFee(const QList<FeeLine> &lines, int year)
{
    std::optional<double> sum;
    for (const FeeLine &line : lines) {
        if (line.year == year - 1 && (line.kind == FeeLineKind::Provisional || line.kind == FeeLineKind::Estimated))
            sum = sum.value_or(0) + line.amount;
    }
    return sum;
}

} // namespace

QString TurnoverLetters::templateFile(Kind kind)
{
    return kind == Kind::Request ? QStringLiteral("anmodning-omsetningsoppgave.html")
                                 : QStringLiteral("purring-omsetningsoppgave.html");
}

Result<QString> TurnoverLetters::html(const Database &db, const Clock &clock, Kind kind, int year,
                                      const QList<qint64> &licenceIds, const QDate &sentOn)
{
    if (licenceIds.isEmpty())
        return makeError(TurnoverRepository::ErrorValidation, tr("No licences are chosen for the letter."),
                         QStringLiteral("licence"));
    QFile file(QStringLiteral(":/letters/") + templateFile(kind));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(LetterRenderer::ErrorIo,
                         LetterRenderer::tr("The letter template %1 is missing from the program.").arg(templateFile(kind)),
                         QStringLiteral("template"));
    const QString templateHtml = QString::fromUtf8(file.readAll());

    const TurnoverRepository turnover(db, clock);
    const Result<TurnoverOverview> overview = turnover.overview(year, sentOn);
    if (!overview)
        return overview.error();
    QHash<qint64, TurnoverStatus> byLicence;
    for (const TurnoverStatus &row : overview->rows)
        byLicence.insert(row.licence.id, row);
    const Result<RegisterInfo> info = RegisterSettings(db, clock).load();
    if (!info)
        return info.error();

    std::optional<double> percent;
    if (kind == Kind::Reminder) {
        const Result<rules::RuleSet> ruleSet = RuleSetRepository(db, clock).current();
        if (!ruleSet)
            return ruleSet.error();
        if (const rules::RuleSetVersion *version = ruleSet->versionOn(QDate(year, 1, 1)))
            percent = version->fees.estimatedFeePercent;
    }
    const FeeRepository fees(db, clock);
    const QDate newDeadline = sentOn.addDays(overview->settings.reminderReplyDays);

    QString title;
    QString bodies;
    for (const qint64 id : licenceIds) {
        const auto found = byLicence.constFind(id);
        if (found == byLicence.constEnd())
            return makeError(TurnoverRepository::ErrorValidation,
                             tr("Licence %1 has no duty to report turnover for %2.").arg(id).arg(year),
                             QStringLiteral("licence"));
        const Licence &licence = found->licence;
        QMap<QString, QString> fields;
        fields.insert(QStringLiteral("kommune"), info->municipalityName.trimmed());
        fields.insert(QStringLiteral("bevillingshaver"), licence.licensee.name);
        fields.insert(QStringLiteral("bevillingshaver_adresse"), licence.licensee.address);
        fields.insert(QStringLiteral("organisasjonsnummer"), licence.licensee.orgNumber);
        fields.insert(QStringLiteral("bevillingsnummer"), licence.number);
        fields.insert(QStringLiteral("bevillingstype"), DomainTexts::kindName(licence.kind));
        fields.insert(QStringLiteral("sted_navn"), licence.premises.name);
        QStringList place{licence.premises.name, licence.premises.address,
                          QString(licence.premises.postalCode + QLatin1Char(' ') + licence.premises.postalPlace).trimmed()};
        place.removeAll(QString());
        fields.insert(QStringLiteral("sted"), place.join(QStringLiteral(", ")));
        fields.insert(QStringLiteral("dato"), formatDate(sentOn));
        fields.insert(QStringLiteral("aar"), QString::number(year));
        fields.insert(QStringLiteral("frist"), formatDate(overview->deadline.date));
        fields.insert(QStringLiteral("ny_frist"), formatDate(newDeadline));
        QStringList content;
        if (found->duty.needsActual)
            content << QStringLiteral("faktisk omsatt mengde i %1 i vareliter for %2").arg(year - 1).arg(groupsText(licence.groups));
        if (found->duty.needsExpected)
            content << QStringLiteral("forventet omsatt mengde i %1 i vareliter for %2").arg(year).arg(groupsText(licence.groups));
        fields.insert(QStringLiteral("innhold"),
                      QStringLiteral("Oppgaven skal vise ") + content.join(QStringLiteral(", og ")) + QLatin1Char('.'));
        fields.insert(QStringLiteral("revisor"), overview->settings.auditorConfirmationRequired
                                                     ? QStringLiteral("Oppgaven over faktisk omsetning skal være bekreftet av revisor.")
                                                     : QString());
        if (kind == Kind::Reminder) {
            QString estimate;
            const QString pct = percent ? QString::number(*percent, 'f', 0) + QStringLiteral(" %") : QString();
            std::optional<double> last;
            if (const Result<QList<FeeLine>> lines = fees.linesOfLicence(id))
                last = lastYearFee(*lines, year);
            if (!percent) {
                estimate = QStringLiteral("Kommer oppgaven ikke innen den nye fristen, fastsettes gebyret skjønnsmessig.");
            } else if (last) {
                estimate = QStringLiteral("Kommer oppgaven ikke innen den nye fristen, fastsettes gebyret skjønnsmessig til "
                                          "fjorårets gebyr (%1) med tillegg av %2, det vil si %3.")
                               .arg(formatAmount(*last), pct,
                                    formatAmount(rules::Fees::roundToOre(*last * (1 + *percent / 100.0))));
            } else {
                estimate = QStringLiteral("Kommer oppgaven ikke innen den nye fristen, fastsettes gebyret skjønnsmessig til "
                                          "fjorårets gebyr med tillegg av %1.")
                               .arg(pct);
            }
            fields.insert(QStringLiteral("skjonn"), estimate);
        }
        const QString merged = LetterTemplate::merge(templateHtml, fields);
        if (title.isEmpty()) {
            static const QRegularExpression titlePattern(QStringLiteral("<title>(.*)</title>"));
            title = titlePattern.match(merged).captured(1);
            if (licenceIds.size() > 1)
                title = kind == Kind::Request ? QStringLiteral("Anmodning om omsetningsoppgave %1").arg(year)
                                              : QStringLiteral("Purring – omsetningsoppgave %1").arg(year);
        }
        if (!bodies.isEmpty())
            bodies += QStringLiteral("<div style=\"page-break-before: always;\"></div>");
        bodies += bodyOf(merged);
    }
    static const QRegularExpression headPattern(QStringLiteral("^(.*<body[^>]*>)"),
                                                QRegularExpression::DotMatchesEverythingOption);
    QString head = headPattern.match(templateHtml).captured(1);
    static const QRegularExpression titleTag(QStringLiteral("<title>.*</title>"));
    head.replace(titleTag, QStringLiteral("<title>") + title + QStringLiteral("</title>"));
    return QString(head + bodies + QStringLiteral("</body></html>"));
}

Status TurnoverLetters::write(const Database &db, const Clock &clock, Kind kind, int year,
                              const QList<qint64> &licenceIds, const QDate &sentOn, const QString &pdfPath)
{
    const Result<QString> merged = html(db, clock, kind, year, licenceIds, sentOn);
    if (!merged)
        return merged.error();
    const Status rendered = LetterRenderer::renderPdf(*merged, pdfPath);
    if (!rendered)
        return rendered;
    TurnoverRepository repo(db, clock);
    return kind == Kind::Request ? repo.recordRequests(year, licenceIds, sentOn)
                                 : repo.recordReminders(year, licenceIds, sentOn);
}

} // namespace bevilling
