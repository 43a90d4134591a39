#pragma once

#include "CaseUiSupport.h"
#include "Clock.h"
#include "validation/LicenceValidator.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace bevilling {

class CaseDetailWidget;
class CaseFilterProxyModel;
class CaseTableModel;
class Database;
struct CaseFilter;

// The "Saker" work area: filter bar, the table of cases with their processing clocks, a count,
// and the selected case's details with every action on it.
class CasesWidget : public QWidget
{
    Q_OBJECT
public:
    explicit CasesWidget(const Clock &clock, QWidget *parent = nullptr);
    ~CasesWidget() override;

    void setDatabase(const Database *db, bool readOnly); // nullptr: nothing shown
    void reload();
    void newCase();            // opens CaseDialog for a new case (Ctrl+Shift+N is set by MainWindow)
    void openCase(qint64 id);  // selects the case and shows its details
    void focusSearch();

    CaseTableModel *model() const { return m_model; }
    CaseFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *tableView() const { return m_table; }
    CaseDetailWidget *detailWidget() const { return m_detail; }
    std::optional<qint64> currentCaseId() const;
    CaseFilter filterFromBar() const;
    void clearFilter();
    bool isReadOnly() const { return m_readOnly; }

Q_SIGNALS:
    void licencesChanged();    // a decision created or changed licences: the main window reloads the register
    void casesChanged();       // anything about cases changed: the home page refreshes

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void updateCount();
    void updateOfficers();
    void onCaseChanged(qint64 id);
    void followSelection();

    const Clock &m_clock;
    const Database *m_db = nullptr;
    bool m_readOnly = true;
    ValidationOptions m_options;
    CaseEnvironment m_environment;
    CaseTableModel *m_model;
    CaseFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_type;
    QComboBox *m_officer;
    QCheckBox *m_openOnly;
    QPushButton *m_newCase;
    QLabel *m_count;
    QTableView *m_table;
    CaseDetailWidget *m_detail;
    QSplitter *m_splitter;
    qint64 m_currentId = 0;
    bool m_splitterSized = false;
};

} // namespace bevilling
