#pragma once

#include "cases/Case.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace bevilling {

// The statements (høring) of every open case as a matrix: one row per open case that has
// statements, one column per party. A cell shows the state of that party's statement(s): not
// asked (empty), waiting (the deadline), overdue (red, days past the deadline) or answered (the
// reply). Rows can be limited to cases with a missing reply or with an overdue one.
class StatementMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CaseColumn, PoliceColumn, TaxAuthorityColumn, TaxCollectorColumn, SocialServicesColumn, OtherColumn, ColumnCount };
    // Ordered from least to most urgent: a cell with several statements shows the most urgent.
    enum class CellState { NotAsked, Answered, Waiting, Overdue };
    enum Role { CaseIdRole = Qt::UserRole + 1, StateRole };
    enum class Filter { All, OnlyMissing, OnlyOverdue };

    explicit StatementMatrixModel(QObject *parent = nullptr);

    // Takes every case; only open cases with statements become rows.
    void setCases(const QList<Case> &cases, const QDate &today);
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }

    // Over all open cases, whatever the filter: statements without a reply, and those of them past their deadline.
    int missingCount() const { return m_missing; }
    int overdueCount() const { return m_overdue; }

    qint64 caseIdAt(int row) const;
    CellState stateAt(int row, int column) const;
    // The party a column stands for (PoliceColumn..OtherColumn).
    static StatementParty partyOf(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Cell
    {
        CellState state = CellState::NotAsked;
        QStringList lines;
        QStringList details;
    };
    struct Row
    {
        qint64 caseId = 0;
        QString number;
        QString title;
        CellState worst = CellState::NotAsked;
        bool missing = false;
        Cell cells[ColumnCount - 1];
    };
    void rebuild();
    Row rowOf(const Case &c) const;

    QList<Case> m_cases;
    QDate m_today;
    Filter m_filter = Filter::All;
    QList<Row> m_rows;
    int m_missing = 0;
    int m_overdue = 0;
};

} // namespace bevilling
