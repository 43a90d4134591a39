#pragma once

#include "Clock.h"
#include "cases/Case.h"
#include "cases/ProcessingClock.h"

#include <QAbstractTableModel>
#include <QList>

namespace bevilling {

// The cases as a table: one row per case, with the processing clock's due date and days left.
class CaseTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        TypeColumn,
        TitleColumn,
        StatusColumn,
        OfficerColumn,
        ReceivedColumn,
        DueColumn,
        DaysLeftColumn,
        MissingStatementsColumn,
        ColumnCount
    };
    enum Role {
        // A value to sort by: QDate for dates, enums and counts as int, text otherwise.
        SortRole = Qt::UserRole + 1,
        IdRole,
    };
    // Days left at or below this are shown as near the due date.
    static constexpr int NearDueDays = 14;

    explicit CaseTableModel(const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCases(const QList<Case> &cases, const ClockSettings &settings = {});
    const QList<Case> &cases() const { return m_cases; }
    const ClockSettings &clockSettings() const { return m_settings; }
    // Replaces the case with the same id, or appends it.
    void upsert(const Case &c);
    const Case *caseAt(int row) const;
    int rowOf(qint64 id) const;
    // The processing clock of the case on `row` (today).
    ClockState clockAt(int row) const;
    // Statements asked for and not yet answered.
    static int missingStatements(const Case &c);
    // Whether the clock of `c` matters: started, and the case is open and not decided.
    static bool clockRuns(const Case &c);

private:
    QVariant displayData(int row, int column) const;
    QVariant sortData(int row, int column) const;

    const Clock &m_clock;
    ClockSettings m_settings;
    QList<Case> m_cases;
    QList<ClockState> m_clocks;
};

} // namespace bevilling
