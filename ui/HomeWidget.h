#pragma once

#include "Clock.h"
#include "cases/Case.h"
#include "cases/Worklist.h"
#include "domain/Licence.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace bevilling {

class Database;
class EventCalendarWidget;
class StatementMatrixWidget;

// "Hjem", the officer's start page: what needs doing today (Worklist::build) grouped under
// headings with counts (statements overdue, cases near their due date, cases waiting for the
// officer, licences ending within 90 days, single-occasion events in the next 30 days), the
// travelling-licence quota when the rule set has one, and a month calendar of single-occasion
// events. A second tab holds the statements matrix ("Uttalelsesoversikt"). Return or a
// double-click on a line asks to open its case or licence.
class HomeWidget : public QWidget
{
    Q_OBJECT
public:
    explicit HomeWidget(const Clock &clock, QWidget *parent = nullptr);

    // The register to show (null: nothing). The widget does not own it.
    void setDatabase(const Database *db);
    // Reads cases, licences and the rule set again.
    void reload();

    // The officer whose cases are "waiting for me"; empty: every officer ("All").
    QString officer() const;
    void setOfficer(const QString &officer);

    // The lines shown now, in order.
    const QList<WorkItem> &items() const { return m_items; }
    QTreeWidget *tree() const { return m_tree; }
    EventCalendarWidget *calendar() const { return m_calendar; }
    StatementMatrixWidget *statementMatrix() const { return m_matrix; }
    QLabel *quotaLabel() const { return m_quota; }

    void showToday();
    void showStatements();
    // Gives the keyboard focus to the list of the tab shown.
    void focusContent();

Q_SIGNALS:
    void openCaseRequested(qint64 caseId);
    void openLicenceRequested(qint64 licenceId);

private:
    void rebuildOfficers(const QStringList &officers);
    void rebuildTree();
    void activate(QTreeWidgetItem *item);

    const Clock &m_clock;
    const Database *m_db = nullptr;
    QList<Case> m_cases;
    QList<Licence> m_licences;
    QList<WorkItem> m_items;
    QString m_officer;
    bool m_officerChosen = false;

    QTabWidget *m_tabs;
    QLabel *m_heading;
    QComboBox *m_officerCombo;
    QLabel *m_quota;
    QLabel *m_error;
    QTreeWidget *m_tree;
    EventCalendarWidget *m_calendar;
    StatementMatrixWidget *m_matrix;
};

} // namespace bevilling
