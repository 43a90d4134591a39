#pragma once

#include "Clock.h"
#include "fees/FeeLine.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace bevilling {

class Database;

// The "Gebyr" tab: the year's fee lines (FeeRepository::assess), problems above the table, totals
// per kind, and the actions: issue, export the invoice basis, register a payment, propose a
// sanction case for an overdue fee.
class FeesWidget : public QWidget
{
    Q_OBJECT
public:
    explicit FeesWidget(const Clock &clock, QWidget *parent = nullptr);

    void setDatabase(const Database *db, bool readOnly);
    void reload();
    int year() const;
    void setYear(int year);

    bool issueFees();
    bool exportInvoiceBasis();
    bool registerPayment();
    bool proposeSanction();

    enum Column {
        LicenceColumn, LicenseeColumn, KindColumn, BasisYearColumn, AmountColumn, MinimumColumn, IssuedColumn,
        DueColumn, PaidColumn, OutstandingColumn, StateColumn, ColumnCount
    };

    QTableWidget *table() const { return m_table; }
    QSpinBox *yearSpinBox() const { return m_year; }
    QLabel *problemsLabel() const { return m_problems; }
    QLabel *totalsLabel() const { return m_totals; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *button(const QString &objectName) const;
    const std::optional<FeeAssessment> &assessment() const { return m_assessment; }
    // The state shown for a line: "Not invoiced", "Invoiced", "Paid", "Overdue".
    static QString stateText(const FeeLine &line, const QDate &asOf);
    // Selects the first row of the licence with `kind` (false when none).
    bool selectLine(const QString &licenceNumber, FeeLineKind kind);

Q_SIGNALS:
    void sanctionsChanged();
    void openSanctionRequested(qint64 sanctionCaseId);

private:
    void fill();
    void updateActions();
    const FeeLine *currentLine() const;
    void showMessage(const QString &text, bool error = false);

    const Clock &m_clock;
    const Database *m_db = nullptr;
    bool m_readOnly = true;
    QSpinBox *m_year;
    QLabel *m_problems;
    QTableWidget *m_table;
    QLabel *m_totals;
    QLabel *m_message;
    QList<QPushButton *> m_actions;
    std::optional<FeeAssessment> m_assessment;
    int m_paymentDays = 30;
};

} // namespace bevilling
