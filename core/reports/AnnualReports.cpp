#include "reports/AnnualReports.h"

#include "cases/Case.h"
#include "domain/Licence.h"
#include "fees/FeeLine.h"
#include "inspections/Inspection.h"
#include "rules/Findings.h"
#include "rules/InspectionQuota.h"
#include "storage/Database.h"
#include "storage/FeeRepository.h"
#include "storage/LicenceRepository.h"
#include "storage/RegisterSettings.h"
#include "storage/SqlValues.h"
#include "storage/TurnoverRepository.h"

#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <limits>

namespace bevilling::reports {

namespace {

const QString kValidation = QStringLiteral("validation");
const QString kIo = QStringLiteral("io");

QString yearText(int year)
{
    return QString::number(year);
}

QDate firstDay(int year)
{
    return QDate(year, 1, 1);
}

QDate lastDay(int year)
{
    return QDate(year, 12, 31);
}

Error ioError(const QSqlQuery &query)
{
    return makeError(kIo, AnnualReports::tr("The register could not be read: %1").arg(query.lastError().text()));
}

// Runs a prepared query with bound values; false and `error` set on failure.
bool run(QSqlQuery &query, const QVariantList &values, Error *error)
{
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec()) {
        *error = ioError(query);
        return false;
    }
    return true;
}

std::optional<Error> checkYear(int year)
{
    if (year < 2000 || year > 2100)
        return makeError(kValidation, AnnualReports::tr("The year must be between 2000 and 2100."), QStringLiteral("year"));
    return std::nullopt;
}

Report baseReport(const Database &db, const QString &kind, int year, const QDateTime &now)
{
    Report report;
    report.kind = kind;
    report.year = year;
    report.title = AnnualReports::kindTitle(kind) + QLatin1Char(' ') + yearText(year);
    report.generatedAt = now.toUTC();
    SystemClock clock;
    auto info = RegisterSettings(db, clock).load();
    if (info.ok())
        report.municipality = info->municipalityName;
    return report;
}

QVariant percentChange(double previous, double current)
{
    if (previous <= 0)
        return {};
    return (current - previous) / previous * 100.0;
}

ReportColumn column(const QString &id, const QString &title, CellType type)
{
    return ReportColumn{id, title, type};
}

// Columns "item", year-2, year-1, year for the inspection tables.
QList<ReportColumn> threeYearColumns(int year, const QString &itemTitle)
{
    QList<ReportColumn> columns{column(QStringLiteral("item"), itemTitle, CellType::Text)};
    for (int y = year - 2; y <= year; ++y)
        columns.append(column(QStringLiteral("y") + yearText(y), yearText(y), CellType::Integer));
    return columns;
}

QVariantList threeYearRow(const QString &title, const QList<qint64> &values)
{
    QVariantList row{title};
    for (qint64 v : values)
        row.append(QVariant(v));
    return row;
}

bool inForceOn(const Licence &licence, const QDate &date)
{
    if (!licence.validFrom.isValid() || licence.validFrom > date || licence.validTo < date)
        return false;
    return !(licence.isEnded() && licence.endedOn <= date);
}

// ---- Inspections -------------------------------------------------------------------------------

struct InspectionYear
{
    QMap<QString, qint64> byType;     // inspection_type key -> count
    qint64 counted = 0;               // alcohol inspections (tobacco not counted)
    QMap<QString, qint64> findings;   // code -> count
    qint64 findingsTotal = 0;
    qint64 cases = 0;                 // sanction cases by the year of their first offence
    qint64 prikkDecisions = 0;
    qint64 prikker = 0;
    qint64 suspensions = 0;
    qint64 suspensionDays = 0;
    qint64 appeals = 0;
    qint64 appealsOverturned = 0;
    qint64 appealsUpheld = 0;
    qint64 appealsPending = 0;
    qint64 licencesSale = 0;
    qint64 licencesServing = 0;
    qint64 licencesClosedParty = 0;
    qint64 licencesTravelling = 0;
    qint64 coverage1 = 0;
    qint64 coverage12 = 0;
    qint64 coverage123 = 0;
    qint64 coverageOther = 0;
    qint64 singleOccasionGranted = 0;
    qint64 travellingUses = 0;
    qint64 revocations = 0;
    rules::QuotaResult quota;
};

std::optional<rules::InspectionType> inspectionTypeFromKey(const QString &key)
{
    const rules::InspectionType all[] = {rules::InspectionType::Serving, rules::InspectionType::Sales,
                                         rules::InspectionType::InternalControl, rules::InspectionType::Event,
                                         rules::InspectionType::Tobacco};
    for (rules::InspectionType t : all) {
        if (InspectionTexts::typeKey(t) == key)
            return t;
    }
    return std::nullopt;
}

// Reads the inspection, sanction and licence figures of `firstYear`..`lastYear` with aggregate
// queries; the quota of each year is evaluated from one light record per inspection.
Result<QMap<int, InspectionYear>> readInspectionYears(const Database &db, const QList<Licence> &licences,
                                                      int firstYear, int lastYear)
{
    QMap<int, InspectionYear> years;
    for (int y = firstYear; y <= lastYear; ++y)
        years.insert(y, InspectionYear{});
    const QSqlDatabase conn = db.connection();
    const QVariant from = SqlValues::date(firstDay(firstYear));
    const QVariant to = SqlValues::date(lastDay(lastYear));
    Error error;

    QHash<qint64, qint64> premisesOf;
    for (const Licence &l : licences)
        premisesOf.insert(l.id, l.premises.id);

    QMap<int, QList<rules::InspectionRecord>> records;
    {
        QSqlQuery q(conn);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT i.inspection_date, i.licence_id, i.inspection_type, COUNT(ii.inspector_id) "
            "FROM inspection i LEFT JOIN inspection_inspector ii ON ii.inspection_id = i.id "
            "WHERE i.inspection_date >= ? AND i.inspection_date <= ? "
            "GROUP BY i.id, i.inspection_date, i.licence_id, i.inspection_type"));
        if (!run(q, {from, to}, &error))
            return error;
        while (q.next()) {
            const QDate date = SqlValues::dateFrom(q.value(0));
            InspectionYear &y = years[date.year()];
            const QString type = q.value(2).toString();
            y.byType[type] += 1;
            const auto t = inspectionTypeFromKey(type);
            if (!t)
                continue;
            rules::InspectionRecord r;
            r.date = date;
            r.licenceId = q.value(1).toLongLong();
            r.premisesId = premisesOf.value(r.licenceId, 0);
            r.type = *t;
            r.inspectors = std::max(1, q.value(3).toInt());
            records[date.year()].append(r);
        }
    }
    {
        QSqlQuery q(conn);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT SUBSTR(i.inspection_date, 1, 4), f.code, COUNT(*) FROM inspection_finding f "
            "JOIN inspection i ON i.id = f.inspection_id WHERE i.inspection_date >= ? AND i.inspection_date <= ? "
            "GROUP BY SUBSTR(i.inspection_date, 1, 4), f.code"));
        if (!run(q, {from, to}, &error))
            return error;
        while (q.next()) {
            InspectionYear &y = years[q.value(0).toInt()];
            y.findings[q.value(1).toString()] += q.value(2).toLongLong();
            y.findingsTotal += q.value(2).toLongLong();
        }
    }
    {
        QSqlQuery q(conn);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT SUBSTR(first_offence, 1, 4), COUNT(*) FROM (SELECT sanction_case_id, MIN(offence_date) AS first_offence "
            "FROM sanction_finding GROUP BY sanction_case_id) c WHERE first_offence >= ? AND first_offence <= ? "
            "GROUP BY SUBSTR(first_offence, 1, 4)"));
        if (!run(q, {from, to}, &error))
            return error;
        while (q.next())
            years[q.value(0).toInt()].cases = q.value(1).toLongLong();
    }
    {
        QSqlQuery q(conn);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT SUBSTR(c.decided_on, 1, 4), COUNT(DISTINCT c.id), SUM(COALESCE(f.decided_prikker, f.standard_prikker)) "
            "FROM sanction_case c LEFT JOIN sanction_finding f ON f.sanction_case_id = c.id "
            "WHERE c.decided_on >= ? AND c.decided_on <= ? GROUP BY SUBSTR(c.decided_on, 1, 4)"));
        if (!run(q, {from, to}, &error))
            return error;
        while (q.next()) {
            InspectionYear &y = years[q.value(0).toInt()];
            y.prikkDecisions = q.value(1).toLongLong();
            y.prikker = q.value(2).toLongLong();
        }
    }
    {
        QSqlQuery q(conn);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT SUBSTR(suspension_decided, 1, 4), COUNT(*), SUM(COALESCE(suspension_days, 0)) FROM sanction_case "
            "WHERE suspension_decided >= ? AND suspension_decided <= ? GROUP BY SUBSTR(suspension_decided, 1, 4)"));
        if (!run(q, {from, to}, &error))
            return error;
        while (q.next()) {
            InspectionYear &y = years[q.value(0).toInt()];
            y.suspensions = q.value(1).toLongLong();
            y.suspensionDays = q.value(2).toLongLong();
        }
    }
    {
        QSqlQuery q(conn);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT SUBSTR(appeal_received, 1, 4), COUNT(*), "
            "SUM(CASE WHEN appeal_overturned = 1 THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN appeal_overturned = 0 THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN appeal_overturned IS NULL THEN 1 ELSE 0 END) FROM sanction_case "
            "WHERE appeal_received >= ? AND appeal_received <= ? GROUP BY SUBSTR(appeal_received, 1, 4)"));
        if (!run(q, {from, to}, &error))
            return error;
        while (q.next()) {
            InspectionYear &y = years[q.value(0).toInt()];
            y.appeals = q.value(1).toLongLong();
            y.appealsOverturned = q.value(2).toLongLong();
            y.appealsUpheld = q.value(3).toLongLong();
            y.appealsPending = q.value(4).toLongLong();
        }
    }
    {
        QSqlQuery q(conn);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT SUBSTR(decided_on, 1, 4), case_type, COUNT(*) FROM case_file "
            "WHERE decision_outcome = ? AND case_type IN (?, ?) AND decided_on >= ? AND decided_on <= ? "
            "GROUP BY SUBSTR(decided_on, 1, 4), case_type"));
        if (!run(q, {QStringLiteral("granted"), QStringLiteral("single_occasion"), QStringLiteral("travelling_use"), from, to},
                 &error))
            return error;
        while (q.next()) {
            InspectionYear &y = years[q.value(0).toInt()];
            if (q.value(1).toString() == QLatin1String("single_occasion"))
                y.singleOccasionGranted = q.value(2).toLongLong();
            else
                y.travellingUses = q.value(2).toLongLong();
        }
    }

    for (auto it = years.begin(); it != years.end(); ++it) {
        const int year = it.key();
        InspectionYear &y = it.value();
        const QDate yearEnd = lastDay(year);
        for (const Licence &l : licences) {
            if (l.isEnded() && l.endReason == EndReason::Revoked && l.endedOn.year() == year)
                ++y.revocations;
            if (!inForceOn(l, yearEnd))
                continue;
            switch (l.kind) {
            case LicenceKind::Sale:
                ++y.licencesSale;
                break;
            case LicenceKind::Serving:
                if (l.closedParty)
                    ++y.licencesClosedParty;
                else
                    ++y.licencesServing;
                break;
            case LicenceKind::Travelling:
                ++y.licencesTravelling;
                break;
            case LicenceKind::SingleOccasion:
                break;
            }
            if (!l.isOrdinary())
                continue;
            if (l.groups == Group1)
                ++y.coverage1;
            else if (l.groups == (Group1 | Group2))
                ++y.coverage12;
            else if (l.groups == (Group1 | Group2 | Group3))
                ++y.coverage123;
            else
                ++y.coverageOther;
        }
        for (auto t = y.byType.cbegin(); t != y.byType.cend(); ++t) {
            const auto type = inspectionTypeFromKey(t.key());
            if (!type || rules::InspectionQuota::counts(*type))
                y.counted += t.value();
        }
        auto quota = rules::InspectionQuota::evaluate(year, licences, records.value(year));
        if (!quota.ok())
            return quota.error();
        y.quota = *std::move(quota);
    }
    return years;
}

QString typeTitle(const QString &key)
{
    if (key == QLatin1String("serving"))
        return AnnualReports::tr("Serving inspections");
    if (key == QLatin1String("sales"))
        return AnnualReports::tr("Sales inspections");
    if (key == QLatin1String("internal_control"))
        return AnnualReports::tr("Internal-control inspections");
    if (key == QLatin1String("event"))
        return AnnualReports::tr("Inspections at events");
    if (key == QLatin1String("tobacco"))
        return AnnualReports::tr("Tobacco inspections (not counted)");
    return key;
}

const QStringList &inspectionTypeKeys()
{
    static const QStringList keys{QStringLiteral("serving"), QStringLiteral("sales"), QStringLiteral("internal_control"),
                                  QStringLiteral("event"), QStringLiteral("tobacco")};
    return keys;
}

// ---- Turnover ----------------------------------------------------------------------------------

// Index into the five litre columns.
enum LitreColumn { SaleG1, SaleG2, ServingG1, ServingG2, ServingG3, LitreColumnCount };

struct LitreYear
{
    double litres[LitreColumnCount] = {0, 0, 0, 0, 0};
    qint64 reports = 0;
    double total() const
    {
        double t = 0;
        for (double v : litres)
            t += v;
        return t;
    }
};

const QStringList &litreColumnIds()
{
    static const QStringList ids{QStringLiteral("sale_group1"), QStringLiteral("sale_group2"),
                                 QStringLiteral("serving_group1"), QStringLiteral("serving_group2"),
                                 QStringLiteral("serving_group3")};
    return ids;
}

QString litreColumnTitle(int index)
{
    switch (index) {
    case SaleG1: return AnnualReports::tr("Sale, group 1");
    case SaleG2: return AnnualReports::tr("Sale, group 2");
    case ServingG1: return AnnualReports::tr("Serving, group 1");
    case ServingG2: return AnnualReports::tr("Serving, group 2");
    default: return AnnualReports::tr("Serving, group 3");
    }
}

void addLitres(LitreYear &year, const QString &kind, double g1, double g2, double g3)
{
    if (kind == QLatin1String("sale")) {
        year.litres[SaleG1] += g1;
        year.litres[SaleG2] += g2;
    } else {
        year.litres[ServingG1] += g1;
        year.litres[ServingG2] += g2;
        year.litres[ServingG3] += g3;
    }
}

const QString kReceived = QStringLiteral("t.received_on IS NOT NULL");

// Actual litres of the years (filing year - 1) in [firstYear, lastYear], by licence kind.
Result<QMap<int, LitreYear>> readActualLitres(const QSqlDatabase &conn, int firstYear, int lastYear)
{
    QMap<int, LitreYear> years;
    QSqlQuery q(conn);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT t.year, l.kind, SUM(COALESCE(t.actual_group1, 0)), SUM(COALESCE(t.actual_group2, 0)), "
        "SUM(COALESCE(t.actual_group3, 0)), COUNT(*) FROM turnover_report t JOIN licence l ON l.id = t.licence_id "
        "WHERE ") + kReceived + QStringLiteral(
        " AND (t.actual_group1 IS NOT NULL OR t.actual_group2 IS NOT NULL OR t.actual_group3 IS NOT NULL) "
        "AND t.year >= ? AND t.year <= ? GROUP BY t.year, l.kind"));
    Error error;
    if (!run(q, {firstYear + 1, lastYear + 1}, &error))
        return error;
    while (q.next()) {
        LitreYear &y = years[q.value(0).toInt() - 1];
        addLitres(y, q.value(1).toString(), q.value(2).toDouble(), q.value(3).toDouble(), q.value(4).toDouble());
        y.reports += q.value(5).toLongLong();
    }
    return years;
}

struct ExpectedVsActual
{
    LitreYear expectedAll;      // every received report filed in the year
    LitreYear expected;         // licences that also reported actual litres the year after
    LitreYear actual;
};

Result<ExpectedVsActual> readExpected(const QSqlDatabase &conn, int year)
{
    ExpectedVsActual out;
    Error error;
    {
        QSqlQuery q(conn);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT l.kind, SUM(COALESCE(t.expected_group1, 0)), SUM(COALESCE(t.expected_group2, 0)), "
            "SUM(COALESCE(t.expected_group3, 0)), COUNT(*) FROM turnover_report t JOIN licence l ON l.id = t.licence_id "
            "WHERE ") + kReceived + QStringLiteral(
            " AND (t.expected_group1 IS NOT NULL OR t.expected_group2 IS NOT NULL OR t.expected_group3 IS NOT NULL) "
            "AND t.year = ? GROUP BY l.kind"));
        if (!run(q, {year}, &error))
            return error;
        while (q.next()) {
            addLitres(out.expectedAll, q.value(0).toString(), q.value(1).toDouble(), q.value(2).toDouble(),
                      q.value(3).toDouble());
            out.expectedAll.reports += q.value(4).toLongLong();
        }
    }
    {
        QSqlQuery q(conn);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT l.kind, SUM(COALESCE(t.expected_group1, 0)), SUM(COALESCE(t.expected_group2, 0)), "
            "SUM(COALESCE(t.expected_group3, 0)), SUM(COALESCE(a.actual_group1, 0)), SUM(COALESCE(a.actual_group2, 0)), "
            "SUM(COALESCE(a.actual_group3, 0)), COUNT(*) FROM turnover_report t "
            "JOIN turnover_report a ON a.licence_id = t.licence_id AND a.year = t.year + 1 "
            "JOIN licence l ON l.id = t.licence_id WHERE ") + kReceived + QStringLiteral(
            " AND a.received_on IS NOT NULL "
            "AND (t.expected_group1 IS NOT NULL OR t.expected_group2 IS NOT NULL OR t.expected_group3 IS NOT NULL) "
            "AND (a.actual_group1 IS NOT NULL OR a.actual_group2 IS NOT NULL OR a.actual_group3 IS NOT NULL) "
            "AND t.year = ? GROUP BY l.kind"));
        if (!run(q, {year}, &error))
            return error;
        while (q.next()) {
            const QString kind = q.value(0).toString();
            addLitres(out.expected, kind, q.value(1).toDouble(), q.value(2).toDouble(), q.value(3).toDouble());
            addLitres(out.actual, kind, q.value(4).toDouble(), q.value(5).toDouble(), q.value(6).toDouble());
            out.expected.reports += q.value(7).toLongLong();
            out.actual.reports += q.value(7).toLongLong();
        }
    }
    return out;
}

// ---- Fees --------------------------------------------------------------------------------------

struct FeeRow
{
    QString number;
    QString licensee;
    double byKind[5] = {0, 0, 0, 0, 0}; // provisional, true-up, estimated, single occasion, travelling
    double total = 0;
    double paid = 0;
    double unpaid = 0;
};

int feeKindIndex(FeeLineKind kind)
{
    switch (kind) {
    case FeeLineKind::Provisional: return 0;
    case FeeLineKind::TrueUp: return 1;
    case FeeLineKind::Estimated: return 2;
    case FeeLineKind::SingleOccasion: return 3;
    case FeeLineKind::Travelling: return 4;
    }
    return 0;
}

// ---- Processing times --------------------------------------------------------------------------

struct ProcessingFigures
{
    qint64 decided = 0;
    qint64 overFourMonths = 0;
    QVariant medianDays;
    QVariant maxDays;
};

ProcessingFigures processing(const QList<qint64> &days, qint64 over)
{
    ProcessingFigures f;
    f.decided = days.size();
    f.overFourMonths = over;
    if (days.isEmpty())
        return f;
    QList<qint64> sorted = days;
    std::sort(sorted.begin(), sorted.end());
    const int n = sorted.size();
    f.medianDays = n % 2 == 1 ? double(sorted.at(n / 2)) : (sorted.at(n / 2 - 1) + sorted.at(n / 2)) / 2.0;
    f.maxDays = sorted.last();
    return f;
}

QString numberText(double value)
{
    return ReportWriter::displayText(value, CellType::Litres);
}

} // namespace

QStringList AnnualReports::kinds()
{
    return {QStringLiteral("turnover"), QStringLiteral("fees"), QStringLiteral("inspections"), QStringLiteral("council"),
            QStringLiteral("national")};
}

QString AnnualReports::kindTitle(const QString &kind)
{
    if (kind == QLatin1String("turnover"))
        return tr("Turnover of alcohol");
    if (kind == QLatin1String("fees"))
        return tr("Licence fees");
    if (kind == QLatin1String("inspections"))
        return tr("Inspections and sanctions");
    if (kind == QLatin1String("council"))
        return tr("Annual briefing to the council");
    if (kind == QLatin1String("national"))
        return tr("National reporting");
    return kind;
}

Result<Report> AnnualReports::turnover(const Database &db, int year)
{
    if (auto e = checkYear(year))
        return *e;
    const QSqlDatabase conn = db.connection();
    Report report = baseReport(db, QStringLiteral("turnover"), year, QDateTime::currentDateTimeUtc());

    auto settings = TurnoverRepository::readSettings(conn);
    if (!settings.ok())
        return settings.error();
    const double threshold = settings->changeThresholdPercent;

    // The shown years and the year before the first (for its change).
    auto actual = readActualLitres(conn, year - 10, year);
    if (!actual.ok())
        return actual.error();
    const QMap<int, LitreYear> &years = actual.value();
    QList<int> shown;
    for (int y = year - 9; y < year; ++y) {
        if (years.contains(y))
            shown.append(y);
    }
    shown.append(year);

    ReportSection section;
    section.id = QStringLiteral("turnover");
    section.title = tr("Turnover in litres");

    ReportTable litres;
    litres.id = QStringLiteral("turnover");
    litres.title = tr("Actual turnover in litres by year");
    litres.columns.append(column(QStringLiteral("year"), tr("Year"), CellType::Text));
    for (int i = 0; i < LitreColumnCount; ++i)
        litres.columns.append(column(litreColumnIds().at(i), litreColumnTitle(i), CellType::Litres));
    litres.columns.append(column(QStringLiteral("total"), tr("Total"), CellType::Litres));
    litres.columns.append(column(QStringLiteral("change_percent"), tr("Change from previous year"), CellType::Percent));
    litres.note = tr("The litres of a year are the actual litres in the turnover reports filed the year after. "
                     "Serving includes single-occasion and travelling licences.");

    ReportTable changes;
    changes.id = QStringLiteral("turnover_change");
    changes.title = tr("Change from the previous year in %");
    changes.columns.append(column(QStringLiteral("year"), tr("Year"), CellType::Text));
    for (int i = 0; i < LitreColumnCount; ++i)
        changes.columns.append(column(litreColumnIds().at(i), litreColumnTitle(i), CellType::Percent));
    changes.columns.append(column(QStringLiteral("total"), tr("Total"), CellType::Percent));

    ReportTable flags;
    flags.id = QStringLiteral("turnover_flags");
    flags.title = tr("Changes to review");
    flags.columns = {column(QStringLiteral("year"), tr("Year"), CellType::Text),
                     column(QStringLiteral("column"), tr("Figure"), CellType::Text),
                     column(QStringLiteral("previous"), tr("Previous year"), CellType::Litres),
                     column(QStringLiteral("current"), tr("This year"), CellType::Litres),
                     column(QStringLiteral("change_percent"), tr("Change"), CellType::Percent)};
    flags.note = tr("Changes of more than %1 % from the previous year.").arg(numberText(threshold));

    ReportChart chart;
    chart.id = QStringLiteral("turnover_trend");
    chart.title = tr("Turnover in litres by year");
    chart.type = ReportChart::Type::Line;
    chart.valueTitle = tr("Litres");
    for (int i = 0; i < LitreColumnCount; ++i)
        chart.series.append(ReportSeries{litreColumnTitle(i), {}});

    for (int y : shown) {
        const bool has = years.contains(y);
        const LitreYear current = years.value(y);
        const bool hasPrevious = years.contains(y - 1);
        const LitreYear previous = years.value(y - 1);
        QVariantList row{yearText(y)};
        QVariantList changeRow{yearText(y)};
        for (int i = 0; i < LitreColumnCount; ++i) {
            row.append(has ? QVariant(current.litres[i]) : QVariant());
            const QVariant change = has && hasPrevious ? percentChange(previous.litres[i], current.litres[i]) : QVariant();
            changeRow.append(change);
            chart.series[i].values.append(has ? current.litres[i] : std::numeric_limits<double>::quiet_NaN());
            const bool flagged = has && hasPrevious
                && ((change.isValid() && std::abs(change.toDouble()) > threshold)
                    || (previous.litres[i] <= 0 && current.litres[i] > 0));
            if (flagged)
                flags.rows.append({yearText(y), litreColumnTitle(i), previous.litres[i], current.litres[i], change});
        }
        row.append(has ? QVariant(current.total()) : QVariant());
        const QVariant totalChange = has && hasPrevious ? percentChange(previous.total(), current.total()) : QVariant();
        row.append(totalChange);
        changeRow.append(totalChange);
        litres.rows.append(row);
        changes.rows.append(changeRow);
        chart.categories.append(yearText(y));
    }

    auto expected = readExpected(conn, year);
    if (!expected.ok())
        return expected.error();
    ReportTable expectedTable;
    expectedTable.id = QStringLiteral("turnover_expected");
    expectedTable.title = tr("Expected and actual litres %1").arg(year);
    expectedTable.columns = {column(QStringLiteral("group"), tr("Figure"), CellType::Text),
                             column(QStringLiteral("expected"), tr("Expected"), CellType::Litres),
                             column(QStringLiteral("actual"), tr("Actual"), CellType::Litres),
                             column(QStringLiteral("difference_percent"), tr("Difference"), CellType::Percent)};
    expectedTable.note = tr("Licences that reported both the expected litres (filed in %1) and the actual litres "
                            "(filed in %2).").arg(year).arg(year + 1);
    for (int i = 0; i < LitreColumnCount; ++i) {
        const double e = expected->expected.litres[i];
        const double a = expected->actual.litres[i];
        expectedTable.rows.append({litreColumnTitle(i), e, a, percentChange(e, a)});
    }
    expectedTable.rows.append({tr("Total"), expected->expected.total(), expected->actual.total(),
                               percentChange(expected->expected.total(), expected->actual.total())});
    expectedTable.totalRows = {int(expectedTable.rows.size()) - 1};

    const LitreYear current = years.value(year);
    section.tables = {litres, changes, expectedTable, flags};
    section.charts = {chart};
    if (years.contains(year)) {
        section.paragraphs.append(tr("In %1 licensees reported %2 litres in all: %3 litres under sales licences and %4 "
                                     "litres under serving licences.")
                                      .arg(year)
                                      .arg(numberText(current.total()),
                                           numberText(current.litres[SaleG1] + current.litres[SaleG2]),
                                           numberText(current.litres[ServingG1] + current.litres[ServingG2]
                                                      + current.litres[ServingG3])));
    } else {
        // The year is not over, or its reports have not come in: say so rather than report 0 litres.
        section.paragraphs.append(tr("The actual litres of %1 come with the turnover reports filed in %2. So far %3 "
                                     "reports expect %4 litres for %1.")
                                      .arg(year)
                                      .arg(year + 1)
                                      .arg(expected->expectedAll.reports)
                                      .arg(numberText(expected->expectedAll.total())));
    }
    if (!flags.rows.isEmpty())
        section.paragraphs.append(tr("%1 figures changed by more than %2 % from the previous year and should be reviewed.")
                                      .arg(flags.rows.size())
                                      .arg(numberText(threshold)));
    report.sections.append(section);

    for (int i = 0; i < LitreColumnCount; ++i)
        report.keyFigures.append({QStringLiteral("turnover.") + litreColumnIds().at(i), current.litres[i]});
    report.keyFigures.append({QStringLiteral("turnover.total"), current.total()});
    report.keyFigures.append({QStringLiteral("turnover.reports_received"), current.reports});
    report.keyFigures.append({QStringLiteral("turnover.expected_total"), expected->expectedAll.total()});
    report.keyFigures.append({QStringLiteral("turnover.flags"), qint64(flags.rows.size())});
    return report;
}

Result<Report> AnnualReports::fees(const Database &db, const Clock &clock, int year)
{
    if (auto e = checkYear(year))
        return *e;
    Report report = baseReport(db, QStringLiteral("fees"), year, clock.now());
    FeeRepository repository(db, clock);
    auto issued = repository.lines(year);
    if (!issued.ok())
        return issued.error();
    QList<FeeLine> lines = issued.value();
    bool computed = false;
    QString problem;
    if (lines.isEmpty()) {
        auto assessed = repository.assess(year);
        if (assessed.ok()) {
            lines = assessed->lines;
            computed = !lines.isEmpty();
        } else {
            problem = assessed.error().message;
        }
    }

    QMap<QString, FeeRow> rows; // by licence number
    double byKind[5] = {0, 0, 0, 0, 0};
    double trueUpExtra = 0;
    double trueUpRefund = 0;
    double paid = 0;
    double unpaid = 0;
    qint64 minimumCount = 0;
    for (const FeeLine &line : lines) {
        FeeRow &row = rows[line.licenceNumber];
        row.number = line.licenceNumber;
        row.licensee = line.licenseeName;
        const int k = feeKindIndex(line.kind);
        row.byKind[k] += line.amount;
        row.total += line.amount;
        byKind[k] += line.amount;
        if (line.kind == FeeLineKind::TrueUp) {
            if (line.amount > 0)
                trueUpExtra += line.amount;
            else
                trueUpRefund += -line.amount;
        }
        if (line.minimumApplied)
            ++minimumCount;
        if (line.isIssued()) {
            row.paid += line.paid;
            row.unpaid += line.outstanding();
            paid += line.paid;
            unpaid += line.outstanding();
        }
    }

    ReportSection section;
    section.id = QStringLiteral("fees");
    section.title = tr("Licence fees");
    ReportTable table;
    table.id = QStringLiteral("fees");
    table.title = tr("Fees per licence %1").arg(year);
    table.columns = {column(QStringLiteral("licence"), tr("Licence number"), CellType::Text),
                     column(QStringLiteral("licensee"), tr("Licensee"), CellType::Text),
                     column(QStringLiteral("provisional"), tr("Provisional fee"), CellType::Amount),
                     column(QStringLiteral("true_up"), tr("True-up"), CellType::Amount),
                     column(QStringLiteral("estimated"), tr("Estimated fee"), CellType::Amount),
                     column(QStringLiteral("single_occasion"), tr("Single occasion"), CellType::Amount),
                     column(QStringLiteral("travelling"), tr("Travelling"), CellType::Amount),
                     column(QStringLiteral("total"), tr("Total"), CellType::Amount),
                     column(QStringLiteral("paid"), tr("Paid"), CellType::Amount),
                     column(QStringLiteral("unpaid"), tr("Unpaid"), CellType::Amount)};
    auto amountCell = [](double v) { return std::abs(v) < 0.005 ? QVariant() : QVariant(v); };
    for (const FeeRow &row : rows) {
        QVariantList cells{row.number, row.licensee};
        for (double v : row.byKind)
            cells.append(amountCell(v));
        cells.append(row.total);
        cells.append(computed ? QVariant() : QVariant(row.paid));
        cells.append(computed ? QVariant() : QVariant(row.unpaid));
        table.rows.append(cells);
    }
    const double total = byKind[0] + byKind[1] + byKind[2] + byKind[3] + byKind[4];
    QVariantList totals{tr("Total"), QVariant()};
    for (double v : byKind)
        totals.append(v);
    totals.append(total);
    totals.append(computed ? QVariant() : QVariant(paid));
    totals.append(computed ? QVariant() : QVariant(unpaid));
    table.rows.append(totals);
    table.totalRows = {int(table.rows.size()) - 1};
    if (computed)
        table.note = tr("Computed: the fees of %1 are not invoiced yet.").arg(year);
    else if (!problem.isEmpty())
        table.note = problem;

    ReportTable summary;
    summary.id = QStringLiteral("fees_summary");
    summary.title = tr("Fees in sum");
    summary.columns = {column(QStringLiteral("item"), tr("Item"), CellType::Text),
                       column(QStringLiteral("amount"), tr("Amount"), CellType::Amount)};
    summary.rows = {{tr("Provisional fees"), byKind[0]},
                    {tr("True-up, extra charges"), trueUpExtra},
                    {tr("True-up, refunds"), -trueUpRefund},
                    {tr("Estimated fees"), byKind[2]},
                    {tr("Single-occasion fees"), byKind[3]},
                    {tr("Travelling-licence fees"), byKind[4]},
                    {tr("Total"), total}};
    summary.totalRows = {int(summary.rows.size()) - 1};
    summary.note = tr("Minimum fee applied: %1 licences.").arg(minimumCount);

    section.tables = {table, summary};
    ReportChart chart;
    chart.id = QStringLiteral("fees_by_kind");
    chart.title = tr("Fees by kind");
    chart.type = ReportChart::Type::Bar;
    chart.valueTitle = tr("Kroner");
    chart.categories = {tr("Provisional fees"), tr("True-up"), tr("Estimated fees"), tr("Single-occasion fees"),
                        tr("Travelling-licence fees")};
    chart.series = {ReportSeries{tr("Amount"), {byKind[0], byKind[1], byKind[2], byKind[3], byKind[4]}}};
    section.charts = {chart};
    if (computed)
        section.paragraphs.append(tr("The fees of %1 are computed at %2 for %3 licences; they are not invoiced yet.")
                                      .arg(year)
                                      .arg(formatAmount(total))
                                      .arg(rows.size()));
    else
        section.paragraphs.append(tr("The fees of %1 amount to %2 for %3 licences; %4 is unpaid.")
                                      .arg(year)
                                      .arg(formatAmount(total))
                                      .arg(rows.size())
                                      .arg(formatAmount(unpaid)));
    report.sections.append(section);

    report.keyFigures = {{QStringLiteral("fees.provisional"), byKind[0]},
                         {QStringLiteral("fees.true_up"), byKind[1]},
                         {QStringLiteral("fees.true_up_extra"), trueUpExtra},
                         {QStringLiteral("fees.true_up_refund"), trueUpRefund},
                         {QStringLiteral("fees.estimated"), byKind[2]},
                         {QStringLiteral("fees.single_occasion"), byKind[3]},
                         {QStringLiteral("fees.travelling"), byKind[4]},
                         {QStringLiteral("fees.total"), total},
                         {QStringLiteral("fees.paid"), computed ? QVariant() : QVariant(paid)},
                         {QStringLiteral("fees.unpaid"), computed ? QVariant() : QVariant(unpaid)},
                         {QStringLiteral("fees.minimum_count"), minimumCount},
                         {QStringLiteral("fees.computed"), computed}};
    return report;
}

Result<Report> AnnualReports::inspections(const Database &db, int year)
{
    if (auto e = checkYear(year))
        return *e;
    Report report = baseReport(db, QStringLiteral("inspections"), year, QDateTime::currentDateTimeUtc());
    SystemClock clock;
    auto licences = LicenceRepository(db, clock).list();
    if (!licences.ok())
        return licences.error();
    auto read = readInspectionYears(db, licences.value(), year - 2, year);
    if (!read.ok())
        return read.error();
    const QMap<int, InspectionYear> &years = read.value();
    auto values = [&](auto get) {
        QList<qint64> out;
        for (int y = year - 2; y <= year; ++y)
            out.append(get(years.value(y)));
        return out;
    };

    ReportSection section;
    section.id = QStringLiteral("inspections");
    section.title = tr("Inspections");

    ReportTable insp;
    insp.id = QStringLiteral("inspections");
    insp.title = tr("Inspections by type");
    insp.columns = threeYearColumns(year, tr("Item"));
    for (const QString &key : inspectionTypeKeys()) {
        const bool any = std::any_of(years.cbegin(), years.cend(), [&](const InspectionYear &y) { return y.byType.contains(key); });
        if (key == QLatin1String("tobacco") && !any)
            continue;
        insp.rows.append(threeYearRow(typeTitle(key), values([&](const InspectionYear &y) { return y.byType.value(key); })));
    }
    insp.rows.append(threeYearRow(tr("Inspections in all (alcohol)"), values([](const InspectionYear &y) { return y.counted; })));
    insp.totalRows = {int(insp.rows.size()) - 1};
    insp.rows.append(threeYearRow(tr("Licences counted (§ 9-7)"), values([](const InspectionYear &y) { return qint64(y.quota.licences); })));
    insp.rows.append(threeYearRow(tr("Minimum number of inspections (3 × licences)"),
                                  values([](const InspectionYear &y) { return qint64(y.quota.required); })));
    insp.rows.append(threeYearRow(tr("Places not inspected"),
                                  values([](const InspectionYear &y) { return qint64(y.quota.notInspected.size()); })));
    insp.rows.append(threeYearRow(tr("Serving inspections with one inspector"),
                                  values([](const InspectionYear &y) { return qint64(y.quota.understaffed.size()); })));

    ReportTable minimum;
    minimum.id = QStringLiteral("inspection_minimum");
    minimum.title = tr("The minimum of alkoholforskriften § 9-7");
    minimum.columns = {column(QStringLiteral("year"), tr("Year"), CellType::Text),
                       column(QStringLiteral("licences"), tr("Licences"), CellType::Integer),
                       column(QStringLiteral("required"), tr("Minimum"), CellType::Integer),
                       column(QStringLiteral("done"), tr("Carried out"), CellType::Integer),
                       column(QStringLiteral("per_licence"), tr("Per licence"), CellType::Litres),
                       column(QStringLiteral("met"), tr("Met"), CellType::Text)};
    for (int y = year - 2; y <= year; ++y) {
        const rules::QuotaResult &q = years.value(y).quota;
        minimum.rows.append({yearText(y), qint64(q.licences), qint64(q.required), qint64(q.done),
                             std::round(q.perLicence * 100.0) / 100.0, q.met ? tr("Yes") : tr("No")});
    }

    ReportTable notInspected;
    notInspected.id = QStringLiteral("not_inspected");
    notInspected.title = tr("Places not inspected in %1").arg(year);
    notInspected.columns = {column(QStringLiteral("place"), tr("Place"), CellType::Text),
                            column(QStringLiteral("licences"), tr("Licences"), CellType::Text)};
    for (const rules::QuotaPlace &p : years.value(year).quota.notInspected)
        notInspected.rows.append({p.name, p.licenceNumbers.join(QStringLiteral(", "))});
    section.tables = {insp, minimum, notInspected};

    ReportChart chart;
    chart.id = QStringLiteral("inspections_by_type");
    chart.title = tr("Inspections by type");
    chart.type = ReportChart::Type::StackedBar;
    chart.valueTitle = tr("Number");
    for (int y = year - 2; y <= year; ++y)
        chart.categories.append(yearText(y));
    for (const QString &key : inspectionTypeKeys()) {
        if (key == QLatin1String("tobacco"))
            continue;
        ReportSeries s{typeTitle(key), {}};
        for (int y = year - 2; y <= year; ++y)
            s.values.append(double(years.value(y).byType.value(key)));
        chart.series.append(s);
    }
    section.charts = {chart};

    const InspectionYear cur = years.value(year);
    section.paragraphs.append(cur.quota.met
        ? tr("In %1 the municipality carried out %2 inspections; the minimum of %3 was met.")
              .arg(year).arg(cur.quota.done).arg(cur.quota.required)
        : tr("In %1 the municipality carried out %2 inspections; the minimum of %3 was not met.")
              .arg(year).arg(cur.quota.done).arg(cur.quota.required));
    if (!cur.quota.notInspected.isEmpty())
        section.paragraphs.append(tr("%1 places were not inspected during the year.").arg(cur.quota.notInspected.size()));
    report.sections.append(section);

    // Findings by code.
    ReportSection findings;
    findings.id = QStringLiteral("findings");
    findings.title = tr("Findings and sanctions");
    ReportTable byCode;
    byCode.id = QStringLiteral("findings");
    byCode.title = tr("Findings by code (alkoholforskriften § 10-3)");
    byCode.columns = threeYearColumns(year, tr("Finding"));
    byCode.columns.insert(0, column(QStringLiteral("code"), tr("Code"), CellType::Text));
    QStringList known;
    for (const rules::FindingCode &fc : rules::Findings::all()) {
        known.append(fc.code);
        QVariantList row{fc.code, fc.text};
        for (int y = year - 2; y <= year; ++y)
            row.append(years.value(y).findings.value(fc.code));
        byCode.rows.append(row);
    }
    QStringList others;
    for (const InspectionYear &y : years) {
        for (auto it = y.findings.cbegin(); it != y.findings.cend(); ++it) {
            if (!known.contains(it.key()) && !others.contains(it.key()))
                others.append(it.key());
        }
    }
    for (const QString &code : others) {
        QVariantList row{code, code};
        for (int y = year - 2; y <= year; ++y)
            row.append(years.value(y).findings.value(code));
        byCode.rows.append(row);
    }
    {
        QVariantList row{QString(), tr("Findings in all")};
        for (int y = year - 2; y <= year; ++y)
            row.append(years.value(y).findingsTotal);
        byCode.rows.append(row);
        byCode.totalRows = {int(byCode.rows.size()) - 1};
    }

    ReportTable sanctions;
    sanctions.id = QStringLiteral("sanctions");
    sanctions.title = tr("Sanctions");
    sanctions.columns = threeYearColumns(year, tr("Item"));
    sanctions.rows = {
        threeYearRow(tr("Sanction cases (by the first offence)"), values([](const InspectionYear &y) { return y.cases; })),
        threeYearRow(tr("Decisions on prikker"), values([](const InspectionYear &y) { return y.prikkDecisions; })),
        threeYearRow(tr("Prikker decided"), values([](const InspectionYear &y) { return y.prikker; })),
        threeYearRow(tr("Suspensions decided"), values([](const InspectionYear &y) { return y.suspensions; })),
        threeYearRow(tr("Days of suspension"), values([](const InspectionYear &y) { return y.suspensionDays; })),
        threeYearRow(tr("Appeals received"), values([](const InspectionYear &y) { return y.appeals; })),
        threeYearRow(tr("Appeals: decision overturned"), values([](const InspectionYear &y) { return y.appealsOverturned; })),
        threeYearRow(tr("Appeals: decision upheld"), values([](const InspectionYear &y) { return y.appealsUpheld; })),
        threeYearRow(tr("Appeals: not decided"), values([](const InspectionYear &y) { return y.appealsPending; })),
        threeYearRow(tr("Licences revoked"), values([](const InspectionYear &y) { return y.revocations; })),
    };
    findings.tables = {byCode, sanctions};
    findings.paragraphs.append(tr("The inspections of %1 found %2 breaches; %3 decisions gave %4 prikker, and %5 "
                                  "suspensions were decided.")
                                   .arg(year)
                                   .arg(cur.findingsTotal)
                                   .arg(cur.prikkDecisions)
                                   .arg(cur.prikker)
                                   .arg(cur.suspensions));
    report.sections.append(findings);

    // Licences at year end.
    ReportSection lic;
    lic.id = QStringLiteral("licences");
    lic.title = tr("Licences");
    ReportTable byKind;
    byKind.id = QStringLiteral("licences");
    byKind.title = tr("Licences at year end");
    byKind.columns = threeYearColumns(year, tr("Item"));
    byKind.rows = {
        threeYearRow(tr("Sales licences"), values([](const InspectionYear &y) { return y.licencesSale; })),
        threeYearRow(tr("Serving licences"), values([](const InspectionYear &y) { return y.licencesServing; })),
        threeYearRow(tr("Serving licences for closed parties"), values([](const InspectionYear &y) { return y.licencesClosedParty; })),
        threeYearRow(tr("Travelling licences"), values([](const InspectionYear &y) { return y.licencesTravelling; })),
        threeYearRow(tr("Groups 1"), values([](const InspectionYear &y) { return y.coverage1; })),
        threeYearRow(tr("Groups 1+2"), values([](const InspectionYear &y) { return y.coverage12; })),
        threeYearRow(tr("Groups 1+2+3"), values([](const InspectionYear &y) { return y.coverage123; })),
        threeYearRow(tr("Other group combinations"), values([](const InspectionYear &y) { return y.coverageOther; })),
        threeYearRow(tr("Single-occasion licences granted"), values([](const InspectionYear &y) { return y.singleOccasionGranted; })),
        threeYearRow(tr("Travelling-licence uses approved"), values([](const InspectionYear &y) { return y.travellingUses; })),
    };
    byKind.note = tr("Group coverage counts sales and serving licences in force on 31 December.");
    lic.tables = {byKind};
    report.sections.append(lic);

    report.keyFigures = {{QStringLiteral("inspections.total"), qint64(cur.quota.done)},
                         {QStringLiteral("inspections.required"), qint64(cur.quota.required)},
                         {QStringLiteral("inspections.minimum_met"), cur.quota.met},
                         {QStringLiteral("inspections.not_inspected"), qint64(cur.quota.notInspected.size())},
                         {QStringLiteral("inspections.serving"), cur.byType.value(QStringLiteral("serving"))},
                         {QStringLiteral("inspections.sales"), cur.byType.value(QStringLiteral("sales"))},
                         {QStringLiteral("inspections.one_inspector"), qint64(cur.quota.understaffed.size())},
                         {QStringLiteral("findings.total"), cur.findingsTotal},
                         {QStringLiteral("sanctions.cases"), cur.cases},
                         {QStringLiteral("sanctions.decisions"), cur.prikkDecisions},
                         {QStringLiteral("sanctions.prikker"), cur.prikker},
                         {QStringLiteral("sanctions.suspensions"), cur.suspensions},
                         {QStringLiteral("sanctions.suspension_days"), cur.suspensionDays},
                         {QStringLiteral("sanctions.appeals"), cur.appeals},
                         {QStringLiteral("sanctions.revocations"), cur.revocations},
                         {QStringLiteral("licences.sale"), cur.licencesSale},
                         {QStringLiteral("licences.serving"), cur.licencesServing + cur.licencesClosedParty},
                         {QStringLiteral("licences.serving_group3"), qint64(0)},
                         {QStringLiteral("licences.single_occasion_granted"), cur.singleOccasionGranted},
                         {QStringLiteral("licences.travelling_uses"), cur.travellingUses}};
    // Serving licences with group 3 at year end.
    qint64 group3 = 0;
    for (const Licence &l : licences.value()) {
        if (l.kind == LicenceKind::Serving && (l.groups & Group3) && inForceOn(l, lastDay(year)))
            ++group3;
    }
    for (auto &pair : report.keyFigures) {
        if (pair.first == QLatin1String("licences.serving_group3"))
            pair.second = group3;
    }
    return report;
}

Result<Report> AnnualReports::council(const Database &db, const Clock &clock, int year)
{
    if (auto e = checkYear(year))
        return *e;
    Report report = baseReport(db, QStringLiteral("council"), year, clock.now());
    auto inspectionReport = inspections(db, year);
    if (!inspectionReport.ok())
        return inspectionReport.error();
    auto turnoverReport = turnover(db, year);
    if (!turnoverReport.ok())
        return turnoverReport.error();
    auto feeReport = fees(db, clock, year);
    if (!feeReport.ok())
        return feeReport.error();

    ReportSection intro;
    intro.id = QStringLiteral("summary");
    intro.title = tr("Summary");
    const Report &ins = inspectionReport.value();
    intro.paragraphs.append(tr("At the end of %1 the municipality had %2 sales licences and %3 serving licences.")
                                .arg(year)
                                .arg(ins.figure(QStringLiteral("licences.sale")).toLongLong())
                                .arg(ins.figure(QStringLiteral("licences.serving")).toLongLong()));
    intro.paragraphs.append(ins.figure(QStringLiteral("inspections.minimum_met")).toBool()
        ? tr("In %1 the municipality carried out %2 inspections; the minimum of %3 was met.")
              .arg(year)
              .arg(ins.figure(QStringLiteral("inspections.total")).toLongLong())
              .arg(ins.figure(QStringLiteral("inspections.required")).toLongLong())
        : tr("In %1 the municipality carried out %2 inspections; the minimum of %3 was not met.")
              .arg(year)
              .arg(ins.figure(QStringLiteral("inspections.total")).toLongLong())
              .arg(ins.figure(QStringLiteral("inspections.required")).toLongLong()));
    intro.paragraphs.append(tr("%1 decisions gave %2 prikker; %3 suspensions of %4 days in all were decided.")
                                .arg(ins.figure(QStringLiteral("sanctions.decisions")).toLongLong())
                                .arg(ins.figure(QStringLiteral("sanctions.prikker")).toLongLong())
                                .arg(ins.figure(QStringLiteral("sanctions.suspensions")).toLongLong())
                                .arg(ins.figure(QStringLiteral("sanctions.suspension_days")).toLongLong()));
    // The actual litres of a year come with the reports filed the year after (as in the turnover report).
    if (turnoverReport->figure(QStringLiteral("turnover.reports_received")).toLongLong() == 0)
        intro.paragraphs.append(tr("The actual litres of %1 come with the turnover reports filed in %2; the fees of "
                                   "the year amount to %3.")
                                    .arg(year)
                                    .arg(year + 1)
                                    .arg(formatAmount(feeReport->figure(QStringLiteral("fees.total")).toDouble())));
    else
        intro.paragraphs.append(tr("Licensees reported %1 litres for %2; the fees of the year amount to %3.")
                                    .arg(numberText(turnoverReport->figure(QStringLiteral("turnover.total")).toDouble()))
                                    .arg(year)
                                    .arg(formatAmount(feeReport->figure(QStringLiteral("fees.total")).toDouble())));

    // Processing times of cases decided in the year.
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT case_type, complete_on, decided_on FROM case_file WHERE decided_on >= ? AND "
                             "decided_on <= ? AND complete_on IS NOT NULL"));
    Error error;
    if (!run(q, {SqlValues::date(firstDay(year)), SqlValues::date(lastDay(year))}, &error))
        return error;
    QMap<QString, QList<qint64>> days;
    QMap<QString, qint64> over;
    QList<qint64> allDays;
    qint64 allOver = 0;
    while (q.next()) {
        const QString type = q.value(0).toString();
        const QDate complete = SqlValues::dateFrom(q.value(1));
        const QDate decided = SqlValues::dateFrom(q.value(2));
        if (!complete.isValid() || !decided.isValid())
            continue;
        const qint64 d = complete.daysTo(decided);
        const bool late = decided > complete.addMonths(4);
        days[type].append(d);
        allDays.append(d);
        if (late) {
            over[type] += 1;
            ++allOver;
        }
    }
    ReportSection proc;
    proc.id = QStringLiteral("processing");
    proc.title = tr("Case processing times");
    ReportTable table;
    table.id = QStringLiteral("processing");
    table.title = tr("Cases decided in %1").arg(year);
    table.columns = {column(QStringLiteral("case_type"), tr("Case type"), CellType::Text),
                     column(QStringLiteral("decided"), tr("Decided"), CellType::Integer),
                     column(QStringLiteral("median_days"), tr("Median days"), CellType::Litres),
                     column(QStringLiteral("max_days"), tr("Longest, days"), CellType::Integer),
                     column(QStringLiteral("over_four_months"), tr("Over four months"), CellType::Integer)};
    table.note = tr("Days from the application was complete to the decision; the limit is four months.");
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        const ProcessingFigures f = processing(it.value(), over.value(it.key()));
        const auto type = CaseTexts::typeFromKey(it.key());
        table.rows.append({type ? CaseTexts::typeName(*type) : it.key(), f.decided, f.medianDays, f.maxDays, f.overFourMonths});
    }
    const ProcessingFigures all = processing(allDays, allOver);
    table.rows.append({tr("All cases"), all.decided, all.medianDays, all.maxDays, all.overFourMonths});
    table.totalRows = {int(table.rows.size()) - 1};
    proc.tables = {table};
    if (all.decided > 0)
        proc.paragraphs.append(tr("%1 cases were decided in %2; the median processing time was %3 days, the longest %4 "
                                  "days, and %5 cases took more than four months.")
                                   .arg(all.decided)
                                   .arg(year)
                                   .arg(numberText(all.medianDays.toDouble()))
                                   .arg(all.maxDays.toLongLong())
                                   .arg(all.overFourMonths));
    else
        proc.paragraphs.append(tr("No cases with a complete application were decided in %1.").arg(year));

    report.sections.append(intro);
    for (const ReportSection &s : ins.sections)
        report.sections.append(s);
    for (const ReportSection &s : turnoverReport->sections)
        report.sections.append(s);
    for (const ReportSection &s : feeReport->sections)
        report.sections.append(s);
    report.sections.append(proc);
    report.keyFigures = ins.keyFigures + turnoverReport->keyFigures + feeReport->keyFigures;
    report.keyFigures.append({QStringLiteral("processing.decided"), all.decided});
    report.keyFigures.append({QStringLiteral("processing.median_days"), all.medianDays});
    report.keyFigures.append({QStringLiteral("processing.max_days"), all.maxDays});
    report.keyFigures.append({QStringLiteral("processing.over_four_months"), all.overFourMonths});
    return report;
}

Result<Report> AnnualReports::national(const Database &db, const Clock &clock, int year)
{
    if (auto e = checkYear(year))
        return *e;
    Report report = baseReport(db, QStringLiteral("national"), year, clock.now());
    auto ins = inspections(db, year);
    if (!ins.ok())
        return ins.error();
    auto turn = turnover(db, year);
    if (!turn.ok())
        return turn.error();
    auto f = [&](const Report &r, const char *key) { return r.figure(QLatin1String(key)).toDouble(); };
    struct Row
    {
        const char *code;
        QString description;
        double value;
    };
    const Report &i = ins.value();
    const Report &t = turn.value();
    const QList<Row> rows{
        {"licences_sale", tr("Sales licences at year end"), f(i, "licences.sale")},
        {"licences_serving", tr("Serving licences at year end"), f(i, "licences.serving")},
        {"licences_serving_group3", tr("Serving licences with group 3 at year end"), f(i, "licences.serving_group3")},
        {"single_occasion_granted", tr("Single-occasion licences granted"), f(i, "licences.single_occasion_granted")},
        {"travelling_uses", tr("Travelling-licence uses approved"), f(i, "licences.travelling_uses")},
        {"litres_sale_group1", tr("Litres sold, group 1"), f(t, "turnover.sale_group1")},
        {"litres_sale_group2", tr("Litres sold, group 2"), f(t, "turnover.sale_group2")},
        {"litres_serving_group1", tr("Litres served, group 1"), f(t, "turnover.serving_group1")},
        {"litres_serving_group2", tr("Litres served, group 2"), f(t, "turnover.serving_group2")},
        {"litres_serving_group3", tr("Litres served, group 3"), f(t, "turnover.serving_group3")},
        {"inspections_total", tr("Inspections in all (alcohol)"), f(i, "inspections.total")},
        {"inspections_serving", tr("Serving inspections"), f(i, "inspections.serving")},
        {"inspections_sale", tr("Sales inspections"), f(i, "inspections.sales")},
        {"prikk_decisions", tr("Decisions on prikker"), f(i, "sanctions.decisions")},
        {"prikker_total", tr("Prikker decided"), f(i, "sanctions.prikker")},
        {"suspensions", tr("Suspensions decided"), f(i, "sanctions.suspensions")},
        {"suspension_days", tr("Days of suspension"), f(i, "sanctions.suspension_days")},
        {"revocations", tr("Licences revoked"), f(i, "sanctions.revocations")},
    };
    ReportSection section;
    section.id = QStringLiteral("national");
    section.title = tr("National reporting %1").arg(year);
    ReportTable table;
    table.id = QStringLiteral("national");
    table.title = section.title;
    table.columns = {column(QStringLiteral("code"), tr("Code"), CellType::Text),
                     column(QStringLiteral("description"), tr("Description"), CellType::Text),
                     column(QStringLiteral("value"), tr("Value"), CellType::Litres)};
    for (const Row &row : rows) {
        const QString code = QLatin1String(row.code);
        table.rows.append({code, row.description, row.value});
        report.keyFigures.append({QStringLiteral("national.") + code, row.value});
    }
    section.tables = {table};
    report.sections.append(section);
    return report;
}

Result<Report> AnnualReports::build(const QString &kind, const Database &db, const Clock &clock, int year)
{
    // The turnover and inspections reports need no clock for their figures; their time stamp
    // still comes from the clock, like the others'.
    const auto stamped = [&clock](Result<Report> report) {
        if (report)
            report->generatedAt = clock.now().toUTC();
        return report;
    };
    if (kind == QLatin1String("turnover"))
        return stamped(turnover(db, year));
    if (kind == QLatin1String("fees"))
        return fees(db, clock, year);
    if (kind == QLatin1String("inspections"))
        return stamped(inspections(db, year));
    if (kind == QLatin1String("council"))
        return council(db, clock, year);
    if (kind == QLatin1String("national"))
        return national(db, clock, year);
    return makeError(kValidation, tr("Unknown report \"%1\"; choose one of %2.").arg(kind, kinds().join(QStringLiteral(", "))),
                     QStringLiteral("kind"));
}

} // namespace bevilling::reports
