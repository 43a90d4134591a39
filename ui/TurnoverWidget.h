#pragma once

#include "FeeCycleTab.h"
#include "TurnoverLetters.h"
#include "storage/TurnoverRepository.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace bevilling {

// The "Omsetningsoppgaver" tab: every licence with a duty to report in the chosen year, where its
// report stands, and the year's actions: register, import, template, request and reminder letters,
// and a proposed sanction case for a report that never came.
class TurnoverWidget : public FeeCycleTab
{
    Q_OBJECT
public:
    explicit TurnoverWidget(const Clock &clock, QWidget *parent = nullptr);

    void reload() override;

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
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *stateComboBox() const { return m_state; }
    QLabel *deadlineLabel() const { return m_deadline; }
    QLabel *countLabel() const { return m_count; }
    const std::optional<TurnoverOverview> &overview() const { return m_overview; }
    // Selects the row of the licence (false when it is not in the list or hidden by the filter).
    bool selectLicence(const QString &number);

Q_SIGNALS:
    void turnoverChanged();

private:
    void fill();
    void applyFilter();
    void updateActions();
    QList<const TurnoverStatus *> selectedRows() const;
    // The selected rows, or every row when none is selected: whom the letters go to.
    QList<const TurnoverStatus *> letterScope() const;
    const TurnoverStatus *currentRow() const;
    const TurnoverStatus *statusOf(qint64 licenceId) const;
    // The request or reminder letters (PDF) to every licence in letterScope() that needs one.
    bool writeLetters(TurnoverLetters::Kind kind);

    QLabel *m_deadline;
    QLineEdit *m_search;
    QComboBox *m_state;
    QTableWidget *m_table;
    QLabel *m_count;
    std::optional<TurnoverOverview> m_overview;
};

} // namespace bevilling
