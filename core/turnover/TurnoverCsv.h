#pragma once

#include "Result.h"
#include "turnover/TurnoverReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace bevilling {

namespace rules { class FeeRateTable; }

// The CSV import of turnover reports (docs/turnover-import.md).
//
// Columns, by header name (any order, case-insensitive, Norwegian or English):
//   bevillingsnummer | licence_number      required
//   år | year                              required (the filing year)
//   mottatt | received_on                  dd.mm.yyyy or yyyy-mm-dd; empty: the import date
//   faktisk_gruppe1..3 | actual_group1..3  last year's litres; empty: not reported
//   forventet_gruppe1..3 | expected_group1..3
//   revisorbekreftet | auditor_confirmed   ja/nei, yes/no, 1/0, x/empty
//   merknad | note
// Separator ',' or ';' (from the header line; Norwegian Excel writes ';'). With ';' a decimal
// comma is accepted ("1234,5"); spaces and non-breaking spaces as thousands separators are ignored
// ("20 000"). Encoding UTF-8 (with or without BOM); a file that is not valid UTF-8 is read as
// Windows-1252 (Excel's "CSV (semikolondelt)"). Quoted fields with "" escapes. Empty lines skipped.
struct TurnoverImportProblem
{
    QString column;  // the header name as in the file, or empty for the whole row
    QString message; // Norwegian: "«abc» er ikke et tall", "ukjent bevillingsnummer «2026-999»"
};

struct TurnoverImportRow
{
    int line = 0;                 // 1-based line in the file (the header is line 1)
    QString licenceNumber;
    TurnoverReport report;        // licenceId set when the licence is known
    bool replacesExisting = false;// the register already has a received report for licence and year
    QList<TurnoverImportProblem> problems; // empty: importable
    QList<TurnoverFlag> flags;    // to review, not errors
    bool ok() const { return problems.isEmpty(); }
};

struct TurnoverImportPreview
{
    QString encoding;             // "UTF-8" or "Windows-1252"
    QChar separator;
    QList<TurnoverImportRow> rows;
    int importable() const;
    int withProblems() const;
};

// What the preview checks each row against: the register's licences by number, the reports it
// already holds (licence id, year -> report), the fee-rate table (a year without rates is a
// row problem, decisions.md 10), the fee-cycle settings and today's date.
struct TurnoverImportContext
{
    QHash<QString, Licence> licencesByNumber;
    QHash<qint64, QHash<int, TurnoverReport>> existing;
    const rules::FeeRateTable *rates = nullptr;
    FeeCycleSettings settings;
    QDate today;
};

class TurnoverCsv
{
    Q_DECLARE_TR_FUNCTIONS(TurnoverCsv)
public:
    // The whole file is refused (field "header") when the header lacks a required column, names an
    // unknown column or names one twice, or when the file is empty. Row problems: unknown licence
    // number, a licence without a duty that year, a year that is not a number or has no rates,
    // negative or non-numeric litres, a date that cannot be read or is in the future, the same
    // licence and year twice in the file (both rows), a field count other than the header's.
    static Result<TurnoverImportPreview> preview(const QByteArray &bytes, const TurnoverImportContext &context);
    // The template offered for download: the Norwegian header line, separator ';', UTF-8 with BOM,
    // and one row per licence in `licences` with a duty in `year` (number and year filled in).
    static QByteArray templateFile(const QList<Licence> &licences, int year);
    // Decodes bytes as UTF-8 or, when invalid, Windows-1252; `encoding` receives the name.
    static QString decode(const QByteArray &bytes, QString *encoding = nullptr);
};

} // namespace bevilling
