#pragma once

#include "inspections/Sanction.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <optional>

namespace bevilling {

// One sanction case as listed: the case with its licence and what it adds up to.
struct SanctionRow
{
    SanctionCase sanction;
    QString licenceNumber;
    QString licensee;
    QString premises;
    int proposedPrikker = 0;             // this case's prikker after like-kind merging
    std::optional<int> decidedPrikker;   // set once decided
    int runningTotal = 0;                // the licence's total with this case counted
    QDate nextDeadline;                  // response deadline, end of the appeal period, suspension start
};

// The sanction cases of the register (the "Prikker" work area's list).
class SanctionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        LicenceColumn,
        StatusColumn,
        FindingsColumn,
        ProposedColumn,
        DecidedColumn,
        TotalColumn,
        DeadlineColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, StatusKeyRole, SortRole, OpenRole, SearchTextRole };

    // The appeal period after a decision (forvaltningsloven § 29: three weeks).
    static constexpr int AppealPeriodDays = 21;

    explicit SanctionTableModel(QObject *parent = nullptr);

    void setRows(const QList<SanctionRow> &rows);
    const QList<SanctionRow> &rows() const { return m_rows; }
    int rowOf(qint64 id) const;
    const SanctionRow *rowAt(int row) const;

    static QDate nextDeadlineOf(const SanctionCase &c, const QDate &today);
    static QString findingsText(const SanctionCase &c);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SanctionRow> m_rows;
};

// Filters the list: every word of the search text, a status, open cases only.
class SanctionFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SanctionFilterProxyModel(QObject *parent = nullptr);
    void setFilter(const QString &text, std::optional<SanctionStatus> status, bool openOnly);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    QString m_status;
    bool m_openOnly = false;
};

} // namespace bevilling
