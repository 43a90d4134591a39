#pragma once

#include "Clock.h"
#include "fees/FeeLine.h"

#include <QDialog>

class QLabel;

namespace bevilling {

class Database;
class DateEdit;

// Issues the year's computed fee lines (FeeRepository::issue): invoice date, due date (the invoice
// date + the payment days until changed), how many lines and their total.
class FeeIssueDialog : public QDialog
{
    Q_OBJECT
public:
    FeeIssueDialog(const Database &db, const Clock &clock, int year, const QList<FeeLine> &unissued, int paymentDays,
                   QWidget *parent = nullptr);

    DateEdit *issuedEdit() const { return m_issued; }
    DateEdit *dueEdit() const { return m_due; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *errorLabel(const QString &field) const;
    QList<FeeLine> issued() const { return m_done; }

    void accept() override;

private:
    const Database &m_db;
    const Clock &m_clock;
    int m_year;
    int m_paymentDays;
    bool m_dueEdited = false;
    DateEdit *m_issued;
    DateEdit *m_due;
    QLabel *m_summary;
    QLabel *m_issuedError;
    QLabel *m_dueError;
    QLabel *m_general;
    QList<FeeLine> m_done;
};

} // namespace bevilling
