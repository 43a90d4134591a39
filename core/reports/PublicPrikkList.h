#pragma once

#include "Clock.h"
#include "Result.h"
#include "domain/Licence.h"
#include "inspections/Sanction.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace bevilling {

class Database;

// One line of the public list of prikker (offentlig prikkliste): one finding of a decided sanction
// case. The licensee, the place, the decision and why, and the licence's total in force.
struct PublicPrikkRow
{
    qint64 licenceId = 0;
    QString licensee;
    QString licenceNumber;
    QString premises;
    QString caseNumber;
    QDate decidedOn;
    QDate offenceDate;
    QString code;
    QString codeText;          // the § 10-3 wording (Norwegian)
    int prikker = 0;           // as decided
    int totalInForce = 0;      // the licence's prikker counting on the list's date
    QDate suspensionFrom;      // a decided suspension of the case; invalid: none
    QDate suspensionTo;
    int suspensionDays = 0;
};

// The public list of who received prikker, how many and why (docs/reports.md). A finding is listed
// when its case was decided on or before the list's date, the decision is not overturned on appeal,
// and its offence still counts on that date (two years, rules::PrikkLedger::expiryOf).
class PublicPrikkList
{
    Q_DECLARE_TR_FUNCTIONS(PublicPrikkList)
public:
    static inline const QString ErrorIo = QStringLiteral("io");

    // Pure: the rows of `cases` (licences looked up by id; `totals` maps licence id -> prikker in
    // force). Sorted by licensee, licence number, decision date and case number.
    static QList<PublicPrikkRow> rows(const QList<SanctionCase> &cases, const QList<Licence> &licences,
                                      const QHash<qint64, int> &totals, const QDate &asOf);
    // The rows from the register, totals from LicenceLedger.
    static Result<QList<PublicPrikkRow>> load(const Database &db, const Clock &clock, const QDate &asOf);

    // The column headings (Norwegian, as the list is a Norwegian public document).
    static QStringList headers();
    // The cells of one row, as in the CSV.
    static QStringList cells(const PublicPrikkRow &row);
    // "13.07.2026–19.07.2026 (7 dager)", or empty.
    static QString suspensionText(const PublicPrikkRow &row);

    // Plain UTF-8, semicolon-separated, a header row, CRLF line ends; a field holding ';', '"', CR
    // or LF is quoted with '"' and its quotes doubled.
    static QString toCsv(const QList<PublicPrikkRow> &rows);
    static QString csvField(const QString &value);
    static Status writeCsv(const QList<PublicPrikkRow> &rows, const QString &path);
};

} // namespace bevilling
