#pragma once

#include "FeeCycleTab.h"
#include "fees/FeeLine.h"

#include <optional>

class QLabel;
class QTableWidget;

namespace bevilling {

// The "Gebyr" tab: the year's fee lines (FeeRepository::assess), problems above the table, totals
// per kind, and the actions: issue, export the invoice basis, register a payment, propose a
// sanction case for an overdue fee.
class FeesWidget : public FeeCycleTab
{
    Q_OBJECT
public:
    explicit FeesWidget(const Clock &clock, QWidget *parent = nullptr);

    void reload() override;

    bool issueFees();
    bool exportInvoiceBasis();
    bool registerPayment();
    bool proposeSanction();

    enum Column {
        LicenceColumn, LicenseeColumn, KindColumn, BasisYearColumn, AmountColumn, MinimumColumn, IssuedColumn,
        DueColumn, PaidColumn, OutstandingColumn, StateColumn, ColumnCount
    };

    QTableWidget *table() const { return m_table; }
    QLabel *problemsLabel() const { return m_problems; }
    QLabel *totalsLabel() const { return m_totals; }
    const std::optional<FeeAssessment> &assessment() const { return m_assessment; }
    // The state shown for a line: "Not invoiced", "Invoiced", "Paid", "Overdue".
    static QString stateText(const FeeLine &line, const QDate &asOf);
    // Selects the first row of the licence with `kind` (false when none).
    bool selectLine(const QString &licenceNumber, FeeLineKind kind);

private:
    void fill();
    void updateActions();
    const FeeLine *currentLine() const;

    QLabel *m_problems;
    QTableWidget *m_table;
    QLabel *m_totals;
    std::optional<FeeAssessment> m_assessment;
    int m_paymentDays = 30;
};

} // namespace bevilling
