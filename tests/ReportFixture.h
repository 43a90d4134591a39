#pragma once

// A register for the report tests, written with the repositories' insertAsIs (no checks, explicit
// ids) so that every total in the tests can be computed by hand.

#include "TestSupport.h"
#include "inspections/Inspection.h"
#include "inspections/Sanction.h"
#include "storage/Database.h"
#include "storage/InspectionRepository.h"
#include "storage/LicenceRepository.h"
#include "storage/SanctionRepository.h"
#include "turnover/TurnoverReport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace bevilling::test {

class ReportFixture
{
public:
    explicit ReportFixture(Database &db) : m_db(db) {}

    // An ordinary licence in force from 2016 to 2030; returns its id.
    qint64 addLicence(LicenceKind kind, int groups, const QString &number)
    {
        Licence l = makeServingLicence(number);
        l.kind = kind;
        l.groups = groups;
        l.premises.name = QStringLiteral("Sted ") + number;
        l.licensee.name = QStringLiteral("Bevillingshaver ") + number;
        l.validFrom = QDate(2016, 1, 1);
        l.validTo = QDate(2030, 9, 30);
        l.createdAt = QDateTime(QDate(2016, 1, 1), QTime(8, 0), Qt::UTC);
        l.updatedAt = l.createdAt;
        const Status s = LicenceRepository::insertAsIs(m_db.connection(), l);
        if (!s.ok())
            qWarning("licence: %s", qPrintable(s.error().message));
        return l.id;
    }

    qint64 addInspector(const QString &name)
    {
        StoredInspector row;
        row.inspector.id = ++m_inspectorId;
        row.inspector.name = name;
        row.createdAt = QDateTime(QDate(2016, 1, 1), QTime(8, 0), Qt::UTC);
        row.updatedAt = row.createdAt;
        const Status s = InspectorRepository::insertAsIs(m_db.connection(), row);
        if (!s.ok())
            qWarning("inspector: %s", qPrintable(s.error().message));
        return row.inspector.id;
    }

    // Returns the ids of the findings (in order).
    QList<qint64> addInspection(qint64 licenceId, const QDate &date, rules::InspectionType type,
                                const QList<qint64> &inspectors, const QStringList &findingCodes = {})
    {
        Inspection in;
        in.id = ++m_inspectionId;
        in.number = QStringLiteral("K-%1").arg(in.id);
        in.licenceId = licenceId;
        in.date = date;
        in.start = QTime(22, 0);
        in.end = QTime(23, 30);
        in.type = type;
        in.inspectorIds = inspectors;
        in.createdAt = QDateTime(date, QTime(23, 45), Qt::UTC);
        in.updatedAt = in.createdAt;
        QList<qint64> ids;
        for (const QString &code : findingCodes) {
            InspectionFinding f;
            f.id = ++m_findingId;
            f.code = code;
            f.description = QStringLiteral("Funnet ved kontroll");
            in.findings.append(f);
            ids.append(f.id);
        }
        const Status s = InspectionRepository::insertAsIs(m_db.connection(), in);
        if (!s.ok())
            qWarning("inspection: %s", qPrintable(s.error().message));
        return ids;
    }

    void addSanctionCase(SanctionCase c)
    {
        c.id = ++m_caseId;
        c.number = QStringLiteral("S-%1").arg(c.id);
        for (SanctionFinding &f : c.findings)
            f.id = ++m_sanctionFindingId;
        c.createdAt = QDateTime(QDate(2016, 1, 1), QTime(8, 0), Qt::UTC);
        c.updatedAt = c.createdAt;
        const Status s = SanctionRepository::insertAsIs(m_db.connection(), c);
        if (!s.ok())
            qWarning("sanction case: %s", qPrintable(s.error().message));
    }

    // One turnover report row (filed in `year`), received on 1 February; std::nullopt litres: NULL.
    bool addTurnover(qint64 licenceId, int year, std::optional<GroupLitres> actual, std::optional<GroupLitres> expected)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO turnover_report (licence_id, year, received_on, actual_group1, actual_group2, actual_group3, "
            "expected_group1, expected_group2, expected_group3, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(licenceId);
        q.addBindValue(year);
        q.addBindValue(QDate(year, 2, 1).toString(Qt::ISODate));
        for (int i = 0; i < 3; ++i)
            q.addBindValue(actual ? QVariant(actual->group[i]) : QVariant());
        for (int i = 0; i < 3; ++i)
            q.addBindValue(expected ? QVariant(expected->group[i]) : QVariant());
        q.addBindValue(QStringLiteral("2016-01-01T08:00:00.000Z"));
        q.addBindValue(QStringLiteral("2016-01-01T08:00:00.000Z"));
        if (!q.exec()) {
            qWarning("turnover: %s", qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }

private:
    Database &m_db;
    qint64 m_inspectorId = 0;
    qint64 m_inspectionId = 0;
    qint64 m_findingId = 0;
    qint64 m_caseId = 0;
    qint64 m_sanctionFindingId = 0;
};

inline GroupLitres litres(double g1, double g2, double g3)
{
    GroupLitres l;
    l.group[0] = g1;
    l.group[1] = g2;
    l.group[2] = g3;
    return l;
}

} // namespace bevilling::test
