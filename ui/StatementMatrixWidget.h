#pragma once

#include "Clock.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QTableView;

namespace bevilling {

class Database;
class StatementMatrixModel;

// "Uttalelsesoversikt": which statement replies are missing and overdue across all open cases
// (StatementMatrixModel), with counts at the top and filters for missing and overdue replies.
// Return or a double-click asks to open the case.
class StatementMatrixWidget : public QWidget
{
    Q_OBJECT
public:
    explicit StatementMatrixWidget(const Clock &clock, QWidget *parent = nullptr);

    // The register to show (null: nothing). The widget does not own it.
    void setDatabase(const Database *db);
    void reload();

    StatementMatrixModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }

Q_SIGNALS:
    void openCaseRequested(qint64 caseId);

private:
    void applyFilter();
    void updateCounts();

    const Clock &m_clock;
    const Database *m_db = nullptr;
    StatementMatrixModel *m_model;
    QLabel *m_counts;
    QLabel *m_error;
    QCheckBox *m_onlyMissing;
    QCheckBox *m_onlyOverdue;
    QTableView *m_table;
};

} // namespace bevilling
