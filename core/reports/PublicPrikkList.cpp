#include "PublicPrikkList.h"

#include "rules/Findings.h"
#include "rules/PrikkLedger.h"
#include "storage/Database.h"
#include "storage/LicenceLedger.h"
#include "storage/LicenceRepository.h"
#include "storage/SanctionRepository.h"

#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace bevilling {

namespace {

bool overturned(const SanctionCase &c, const QDate &asOf)
{
    if (!c.appeal || !c.appeal->overturned.value_or(false))
        return false;
    return !c.appeal->outcomeOn.isValid() || c.appeal->outcomeOn <= asOf;
}

} // namespace

QList<PublicPrikkRow> PublicPrikkList::rows(const QList<SanctionCase> &cases, const QList<Licence> &licences,
                                            const QHash<qint64, int> &totals, const QDate &asOf)
{
    QHash<qint64, const Licence *> byId;
    for (const Licence &licence : licences)
        byId.insert(licence.id, &licence);

    QList<PublicPrikkRow> out;
    for (const SanctionCase &c : cases) {
        if (!c.decidedOn.isValid() || c.decidedOn > asOf || overturned(c, asOf))
            continue;
        const Licence *licence = byId.value(c.licenceId, nullptr);
        for (const SanctionFinding &f : c.findings) {
            if (f.offenceDate.isValid() && rules::PrikkLedger::expiryOf(f.offenceDate) <= asOf)
                continue;
            PublicPrikkRow row;
            row.licenceId = c.licenceId;
            if (licence) {
                row.licensee = licence->licensee.name.trimmed();
                row.licenceNumber = licence->number;
                row.premises = licence->premises.name.trimmed();
            }
            row.caseNumber = c.number;
            row.decidedOn = c.decidedOn;
            row.offenceDate = f.offenceDate;
            row.code = f.code;
            const std::optional<rules::FindingCode> known = rules::Findings::find(f.code);
            row.codeText = known ? known->text : f.code;
            row.prikker = f.prikker();
            row.totalInForce = totals.value(c.licenceId);
            if (c.suspension && c.suspension->decided.isValid() && c.suspension->decided <= asOf) {
                row.suspensionFrom = c.suspension->from;
                row.suspensionTo = c.suspension->to;
                row.suspensionDays = c.suspension->days;
            }
            out.append(row);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const PublicPrikkRow &a, const PublicPrikkRow &b) {
        const int byName = QString::localeAwareCompare(a.licensee, b.licensee);
        if (byName != 0)
            return byName < 0;
        if (a.licenceNumber != b.licenceNumber)
            return a.licenceNumber < b.licenceNumber;
        if (a.decidedOn != b.decidedOn)
            return a.decidedOn < b.decidedOn;
        return a.caseNumber < b.caseNumber;
    });
    return out;
}

Result<QList<PublicPrikkRow>> PublicPrikkList::load(const Database &db, const Clock &clock, const QDate &asOf)
{
    const QDate on = asOf.isValid() ? asOf : clock.today();
    Result<QList<SanctionCase>> cases = SanctionRepository(db, clock).list();
    if (!cases)
        return cases.error();
    Result<QList<Licence>> licences = LicenceRepository(db, clock).list();
    if (!licences)
        return licences.error();
    QHash<qint64, int> totals;
    for (const SanctionCase &c : *cases) {
        if (totals.contains(c.licenceId))
            continue;
        const Result<rules::LedgerResult> ledger = LicenceLedger::evaluate(db, clock, c.licenceId, on);
        if (!ledger)
            return ledger.error();
        totals.insert(c.licenceId, ledger->activePrikker);
    }
    return rows(*cases, *licences, totals, on);
}

QStringList PublicPrikkList::headers()
{
    return {QStringLiteral("Bevillingshaver"), QStringLiteral("Bevillingsnummer"), QStringLiteral("Sted"),
            QStringLiteral("Vedtaksdato"),     QStringLiteral("Overtredelse"),     QStringLiteral("Prikker"),
            QStringLiteral("Prikker i alt"),   QStringLiteral("Inndragning")};
}

QString PublicPrikkList::suspensionText(const PublicPrikkRow &row)
{
    if (!row.suspensionFrom.isValid())
        return QString();
    const QString days = row.suspensionDays == 1 ? QStringLiteral("1 dag") : QStringLiteral("%1 dager").arg(row.suspensionDays);
    return QStringLiteral("%1–%2 (%3)").arg(formatDate(row.suspensionFrom), formatDate(row.suspensionTo), days);
}

QStringList PublicPrikkList::cells(const PublicPrikkRow &row)
{
    return {row.licensee,
            row.licenceNumber,
            row.premises,
            formatDate(row.decidedOn),
            row.codeText,
            QString::number(row.prikker),
            QString::number(row.totalInForce),
            suspensionText(row)};
}

QString PublicPrikkList::csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(';')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString PublicPrikkList::toCsv(const QList<PublicPrikkRow> &rows)
{
    auto line = [](const QStringList &fields) {
        QStringList out;
        for (const QString &field : fields)
            out << csvField(field);
        return QString(out.join(QLatin1Char(';')) + QStringLiteral("\r\n"));
    };
    QString csv = line(headers());
    for (const PublicPrikkRow &row : rows)
        csv += line(cells(row));
    return csv;
}

Status PublicPrikkList::writeCsv(const QList<PublicPrikkRow> &rows, const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QSaveFile file(absolute);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorIo, tr("Could not write %1: %2").arg(absolute, file.errorString()), QStringLiteral("csv"));
    const QByteArray bytes = toCsv(rows).toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorIo, tr("Could not write %1: %2").arg(absolute, file.errorString()), QStringLiteral("csv"));
    return {};
}

} // namespace bevilling
