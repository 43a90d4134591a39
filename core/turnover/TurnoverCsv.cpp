#include "TurnoverCsv.h"

#include "rules/Fees.h"

#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <cmath>

namespace bevilling {

namespace {

enum Column {
    ColLicenceNumber,
    ColYear,
    ColReceivedOn,
    ColActual1,
    ColActual2,
    ColActual3,
    ColExpected1,
    ColExpected2,
    ColExpected3,
    ColAuditor,
    ColNote,
    ColumnCount
};

struct ColumnName
{
    const char *norwegian;
    const char *english;
};

// Norwegian names are UTF-8 ("år").
const ColumnName kColumns[ColumnCount] = {
    {"bevillingsnummer", "licence_number"},
    {"\xc3\xa5r", "year"},
    {"mottatt", "received_on"},
    {"faktisk_gruppe1", "actual_group1"},
    {"faktisk_gruppe2", "actual_group2"},
    {"faktisk_gruppe3", "actual_group3"},
    {"forventet_gruppe1", "expected_group1"},
    {"forventet_gruppe2", "expected_group2"},
    {"forventet_gruppe3", "expected_group3"},
    {"revisorbekreftet", "auditor_confirmed"},
    {"merknad", "note"},
};

int columnOf(const QString &header)
{
    const QString name = header.trimmed().toLower();
    for (int i = 0; i < ColumnCount; ++i) {
        if (name == QString::fromUtf8(kColumns[i].norwegian) || name == QLatin1String(kColumns[i].english))
            return i;
    }
    return -1;
}

// Windows-1252 code points for 0x80-0x9F (0 where the byte is undefined: read as the C1 control).
const char16_t kCp1252High[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

struct Record
{
    int line = 0;
    QStringList fields;
};

// Splits CSV text into records (quoted fields may hold separators, newlines and "" escapes).
QList<Record> parseRecords(const QString &text, QChar separator)
{
    QList<Record> records;
    Record current;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    current.line = 1;
    auto endRecord = [&]() {
        current.fields.append(field);
        field.clear();
        records.append(current);
        current = Record();
        fieldStarted = false;
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.trimmed().isEmpty()) {
            field.clear();
            quoted = true;
            fieldStarted = true;
        } else if (c == separator) {
            current.fields.append(field);
            field.clear();
            fieldStarted = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (current.line == 0)
                current.line = line;
            endRecord();
            ++line;
            current.line = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !field.isEmpty() || !current.fields.isEmpty())
        endRecord();
    return records;
}

bool isEmptyRecord(const Record &record)
{
    return std::all_of(record.fields.cbegin(), record.fields.cend(),
                       [](const QString &f) { return f.trimmed().isEmpty(); });
}

QChar separatorOf(const QString &headerLine)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const QChar c : headerLine) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

QDate parseDate(const QString &text)
{
    const QString t = text.trimmed();
    QDate date = QDate::fromString(t, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid())
        date = QDate::fromString(t, QStringLiteral("d.M.yyyy"));
    return date;
}

QString csvField(const QString &value, QChar separator)
{
    if (value.contains(separator) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r'))) {
        QString escaped = value;
        escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QLatin1Char('"') + escaped + QLatin1Char('"');
    }
    return value;
}

} // namespace

int TurnoverImportPreview::importable() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const TurnoverImportRow &r) { return r.ok(); }));
}

int TurnoverImportPreview::withProblems() const
{
    return int(rows.size()) - importable();
}

QString TurnoverCsv::decode(const QByteArray &bytes, QString *encoding)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        if (encoding)
            *encoding = QStringLiteral("UTF-8");
        return text;
    }
    QString result;
    result.reserve(bytes.size());
    for (const char ch : bytes) {
        const uchar b = uchar(ch);
        if (b >= 0x80 && b <= 0x9F && kCp1252High[b - 0x80] != 0)
            result += QChar(kCp1252High[b - 0x80]);
        else
            result += QChar(char16_t(b));
    }
    if (encoding)
        *encoding = QStringLiteral("Windows-1252");
    return result;
}

Result<TurnoverImportPreview> TurnoverCsv::preview(const QByteArray &bytes, const TurnoverImportContext &context)
{
    TurnoverImportPreview preview;
    QString text = decode(bytes, &preview.encoding);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    // The header is the first non-empty line.
    QString headerLine;
    for (const QString &candidate : text.split(QLatin1Char('\n'))) {
        if (!candidate.trimmed().isEmpty()) {
            headerLine = candidate;
            break;
        }
    }
    if (headerLine.isEmpty())
        return makeError(QStringLiteral("validation"), tr("The file is empty."), QStringLiteral("header"));
    preview.separator = separatorOf(headerLine);

    QList<Record> records = parseRecords(text, preview.separator);
    while (!records.isEmpty() && isEmptyRecord(records.first()))
        records.removeFirst();
    const Record header = records.takeFirst();

    QList<int> columnAt; // file column -> Column
    int where[ColumnCount];
    std::fill(std::begin(where), std::end(where), -1);
    QStringList names;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed();
        names.append(name);
        const int column = columnOf(name);
        if (column < 0) {
            return makeError(QStringLiteral("validation"),
                             tr("Unknown column \"%1\" in the header.").arg(name), QStringLiteral("header"));
        }
        if (where[column] >= 0) {
            return makeError(QStringLiteral("validation"),
                             tr("The column \"%1\" appears twice in the header (also as \"%2\").")
                                 .arg(name, names.at(where[column])),
                             QStringLiteral("header"));
        }
        where[column] = i;
        columnAt.append(column);
    }
    for (const int required : {ColLicenceNumber, ColYear}) {
        if (where[required] < 0) {
            return makeError(QStringLiteral("validation"),
                             tr("The header lacks the required column \"%1\".")
                                 .arg(QString::fromUtf8(kColumns[required].norwegian)),
                             QStringLiteral("header"));
        }
    }

    const bool decimalComma = preview.separator == QLatin1Char(';');
    QHash<QString, QList<int>> rowsByKey; // "number|year" -> row indexes

    for (const Record &record : std::as_const(records)) {
        if (isEmptyRecord(record))
            continue;
        TurnoverImportRow row;
        row.line = record.line;
        auto valueOf = [&](int column) -> QString {
            const int at = where[column];
            return at >= 0 && at < record.fields.size() ? record.fields.at(at).trimmed() : QString();
        };
        auto nameOf = [&](int column) -> QString { return where[column] >= 0 ? names.at(where[column]) : QString(); };
        auto problem = [&](int column, const QString &message) {
            row.problems.append(TurnoverImportProblem{column >= 0 ? nameOf(column) : QString(), message});
        };
        row.licenceNumber = valueOf(ColLicenceNumber);
        row.report.note = valueOf(ColNote);
        if (record.fields.size() != header.fields.size()) {
            problem(-1, tr("The row has %1 fields; the header has %2.")
                            .arg(record.fields.size()).arg(header.fields.size()));
            preview.rows.append(row);
            continue;
        }

        // Licence.
        const Licence *licence = nullptr;
        if (row.licenceNumber.isEmpty()) {
            problem(ColLicenceNumber, tr("%1: the licence number is missing.").arg(nameOf(ColLicenceNumber)));
        } else {
            const auto found = context.licencesByNumber.constFind(row.licenceNumber);
            if (found == context.licencesByNumber.cend())
                problem(ColLicenceNumber, tr("%1: unknown licence number \"%2\".").arg(nameOf(ColLicenceNumber), row.licenceNumber));
            else
                licence = &found.value();
        }
        if (licence)
            row.report.licenceId = licence->id;

        // Year.
        const QString yearText = valueOf(ColYear);
        bool yearOk = false;
        const int year = yearText.toInt(&yearOk);
        if (!yearOk || year < 2000 || year > 2100) {
            yearOk = false;
            problem(ColYear, tr("%1: \"%2\" is not a year from 2000 to 2100.").arg(nameOf(ColYear), yearText));
        } else {
            row.report.year = year;
            if (context.rates && !context.rates->forYear(year))
                problem(ColYear, tr("%1: there are no fee rates for %2.").arg(nameOf(ColYear)).arg(year));
        }
        ReportDuty duty;
        if (licence && yearOk) {
            duty = TurnoverRules::duty(*licence, year);
            if (!duty.required) {
                problem(ColLicenceNumber, tr("%1: licence \"%2\" has no duty to report for %3.")
                                              .arg(nameOf(ColLicenceNumber), row.licenceNumber).arg(year));
            }
        }

        // Received.
        const QString receivedText = valueOf(ColReceivedOn);
        if (receivedText.isEmpty()) {
            row.report.receivedOn = context.today;
        } else {
            const QDate received = parseDate(receivedText);
            if (!received.isValid()) {
                problem(ColReceivedOn, tr("%1: \"%2\" is not a date (dd.mm.yyyy).").arg(nameOf(ColReceivedOn), receivedText));
            } else if (received > context.today) {
                problem(ColReceivedOn, tr("%1: %2 is in the future.").arg(nameOf(ColReceivedOn), receivedText));
            } else if (yearOk && received < QDate(year - 1, 10, 1)) {
                problem(ColReceivedOn, tr("%1: %2 is before 1 October %3.").arg(nameOf(ColReceivedOn), receivedText).arg(year - 1));
            } else {
                row.report.receivedOn = received;
            }
        }

        // Litres.
        auto readLitres = [&](int first) -> std::optional<GroupLitres> {
            GroupLitres litres;
            bool any = false;
            for (int g = 0; g < 3; ++g) {
                QString t = valueOf(first + g);
                t.remove(QLatin1Char(' '));
                t.remove(QChar(0x00A0));
                t.remove(QChar(0x202F));
                if (t.isEmpty())
                    continue;
                any = true;
                if (decimalComma)
                    t.replace(QLatin1Char(','), QLatin1Char('.'));
                bool ok = false;
                const double value = t.toDouble(&ok);
                if (!ok || !std::isfinite(value))
                    problem(first + g, tr("%1: \"%2\" is not a number.").arg(nameOf(first + g), valueOf(first + g)));
                else if (value < 0)
                    problem(first + g, tr("%1: %2 litres is negative.").arg(nameOf(first + g), valueOf(first + g)));
                else
                    litres.group[g] = value;
            }
            return any ? std::optional<GroupLitres>(litres) : std::nullopt;
        };
        row.report.actual = readLitres(ColActual1);
        row.report.expected = readLitres(ColExpected1);
        if (licence && yearOk && duty.required) {
            if (duty.needsActual && !row.report.actual) {
                problem(where[ColActual1] >= 0 ? ColActual1 : -1,
                        tr("The litres of %1 are required for licence \"%2\".").arg(year - 1).arg(row.licenceNumber));
            }
            if (duty.needsExpected && !row.report.expected) {
                problem(where[ColExpected1] >= 0 ? ColExpected1 : -1,
                        tr("The expected litres of %1 are required for licence \"%2\".").arg(year).arg(row.licenceNumber));
            }
        }

        // Auditor's confirmation.
        const QString auditor = valueOf(ColAuditor).toLower();
        if (auditor == QLatin1String("ja") || auditor == QLatin1String("yes") || auditor == QLatin1String("1")
            || auditor == QLatin1String("x")) {
            row.report.auditorConfirmed = true;
        } else if (!(auditor.isEmpty() || auditor == QLatin1String("nei") || auditor == QLatin1String("no")
                     || auditor == QLatin1String("0"))) {
            problem(ColAuditor, tr("%1: \"%2\" is not ja or nei.").arg(nameOf(ColAuditor), valueOf(ColAuditor)));
        }

        // The register's rows of this licence.
        if (licence && yearOk) {
            const QHash<int, TurnoverReport> existing = context.existing.value(licence->id);
            const auto same = existing.constFind(year);
            if (same != existing.cend()) {
                row.report.id = same->id;
                row.report.requestedOn = same->requestedOn;
                row.report.reminderSentOn = same->reminderSentOn;
                row.replacesExisting = same->isReceived();
            }
            if (row.ok()) {
                const auto previous = existing.constFind(year - 1);
                row.flags = TurnoverRules::flags(row.report, *licence,
                                                 previous != existing.cend() ? &previous.value() : nullptr,
                                                 context.settings);
            }
        }
        if (!row.licenceNumber.isEmpty() && !yearText.isEmpty())
            rowsByKey[row.licenceNumber + QLatin1Char('|') + yearText].append(int(preview.rows.size()));
        preview.rows.append(row);
    }

    for (auto it = rowsByKey.cbegin(); it != rowsByKey.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        for (const int index : it.value()) {
            TurnoverImportRow &row = preview.rows[index];
            QStringList otherLines;
            for (const int other : it.value()) {
                if (other != index)
                    otherLines.append(QString::number(preview.rows.at(other).line));
            }
            row.problems.append(TurnoverImportProblem{
                names.at(where[ColLicenceNumber]),
                tr("%1: licence \"%2\" and year %3 also appear on line %4.")
                    .arg(names.at(where[ColLicenceNumber]), row.licenceNumber, it.key().section(QLatin1Char('|'), 1),
                         otherLines.join(QStringLiteral(", ")))});
            row.flags.clear();
        }
    }
    return preview;
}

QByteArray TurnoverCsv::templateFile(const QList<Licence> &licences, int year)
{
    const QChar separator = QLatin1Char(';');
    QStringList header;
    for (const ColumnName &column : kColumns)
        header.append(QString::fromUtf8(column.norwegian));
    QString text = header.join(separator) + QStringLiteral("\r\n");
    QList<Licence> sorted = licences;
    std::sort(sorted.begin(), sorted.end(), [](const Licence &a, const Licence &b) { return a.number < b.number; });
    for (const Licence &licence : std::as_const(sorted)) {
        if (!TurnoverRules::duty(licence, year).required)
            continue;
        QStringList fields;
        fields.append(csvField(licence.number, separator));
        fields.append(QString::number(year));
        for (int i = 2; i < ColumnCount; ++i)
            fields.append(QString());
        text += fields.join(separator) + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace bevilling
