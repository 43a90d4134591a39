#pragma once

#include "Clock.h"
#include "storage/TurnoverRepository.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace bevilling {

class Database;

// The "Omsetningsoppgaver" tab: every licence with a duty to report in the chosen year, where its
// report stands, and the year's actions: register, import, template, request and reminder letters,
// and a proposed sanction case for a report that never came.
class TurnoverWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TurnoverWidget(const Clock &clock, QWidget *parent = nullptr);

    void setDatabase(const Database *db, bool readOnly);
    void reload();
    int year() const;
    void setYear(int year);

    // The actions (each true when something was saved or written).
    bool registerReport();
    bool importCsv();
    bool saveTemplate();
    bool writeRequests();
    bool writeReminders();
    bool proposeSanction();

    enum Column {
        NumberColumn, LicenseeColumn, PremisesColumn, KindColumn, StateColumn, ReceivedColumn,
        ActualColumn, ExpectedColumn, AuditorColumn, FlagsColumn, ColumnCount
    };

    QTableWidget *table() const { return m_table; }
    QSpinBox *yearSpinBox() const { return m_year; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *stateComboBox() const { return m_state; }
    QLabel *deadlineLabel() const { return m_deadline; }
    QLabel *countLabel() const { return m_count; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *button(const QString &objectName) const;
    const std::optional<TurnoverOverview> &overview() const { return m_overview; }
    // Selects the row of the licence (false when it is not in the list or hidden by the filter).
    bool selectLicence(const QString &number);

Q_SIGNALS:
    void turnoverChanged();
    void sanctionsChanged();
    void openSanctionRequested(qint64 sanctionCaseId);

private:
    void fill();
    void applyFilter();
    void updateActions();
    QList<const TurnoverStatus *> selectedRows() const;
    const TurnoverStatus *currentRow() const;
    const TurnoverStatus *statusOf(qint64 licenceId) const;
    void showMessage(const QString &text, bool error = false);

    const Clock &m_clock;
    const Database *m_db = nullptr;
    bool m_readOnly = true;
    QSpinBox *m_year;
    QLabel *m_deadline;
    QLineEdit *m_search;
    QComboBox *m_state;
    QTableWidget *m_table;
    QLabel *m_count;
    QLabel *m_message;
    QList<QPushButton *> m_actions;
    std::optional<TurnoverOverview> m_overview;
};

} // namespace bevilling
