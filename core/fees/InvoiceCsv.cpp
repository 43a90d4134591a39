#include "fees/FeeLine.h"

#include <QStringList>

namespace bevilling {

namespace {

// A field quoted when it holds the separator, a quote or a line break ("" for a quote inside).
QString field(const QString &value)
{
    if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r'))) {
        QString quoted = value;
        quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return value;
}

// Kroner with a decimal comma and two decimals, no thousands separator: "20326,00", "-1410,00".
QString amount(double kroner)
{
    const qint64 ore = qRound64(kroner * 100.0);
    const qint64 abs = ore < 0 ? -ore : ore;
    return (ore < 0 ? QStringLiteral("-") : QString()) + QString::number(abs / 100) + QLatin1Char(',')
           + QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
}

// Litres with a decimal comma, without trailing zeros: "20000", "1234,5"; empty when unknown.
QString litres(const std::optional<GroupLitres> &value, int group)
{
    if (!value)
        return QString();
    QString text = QString::number(value->group[group], 'f', 2);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    text.replace(QLatin1Char('.'), QLatin1Char(','));
    return text;
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

} // namespace

QByteArray InvoiceCsv::write(const QList<FeeLine> &lines)
{
    const QStringList header = {
        QStringLiteral("fakturalinje"),   QStringLiteral("år"),           QStringLiteral("bevillingsnummer"),
        QStringLiteral("organisasjonsnummer"), QStringLiteral("bevillingshaver"), QStringLiteral("type"),
        QStringLiteral("grunnlagsår"),    QStringLiteral("gruppe1_liter"), QStringLiteral("gruppe2_liter"),
        QStringLiteral("gruppe3_liter"),  QStringLiteral("beløp"),        QStringLiteral("minstegebyr"),
        QStringLiteral("fakturadato"),    QStringLiteral("forfallsdato"), QStringLiteral("grunnlag"),
    };
    QString text = header.join(QLatin1Char(';')) + QStringLiteral("\r\n");
    for (const FeeLine &line : lines) {
        const QStringList row = {
            line.id != 0 ? QString::number(line.id) : QString(),
            QString::number(line.year),
            field(line.licenceNumber),
            field(line.orgNumber),
            field(line.licenseeName),
            FeeTexts::kindKey(line.kind),
            QString::number(line.basisYear),
            litres(line.litres, 0),
            litres(line.litres, 1),
            litres(line.litres, 2),
            amount(line.amount),
            line.minimumApplied ? QStringLiteral("ja") : QStringLiteral("nei"),
            date(line.issuedOn),
            date(line.dueOn),
            field(line.basis),
        };
        text += row.join(QLatin1Char(';')) + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace bevilling
