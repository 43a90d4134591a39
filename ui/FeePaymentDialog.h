#pragma once

#include "Clock.h"
#include "fees/FeeLine.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;

namespace bevilling {

class Database;
class DateEdit;

// Registers a payment of an issued fee line (FeeRepository::registerPayment): date, amount
// (the outstanding amount until changed) and a note.
class FeePaymentDialog : public QDialog
{
    Q_OBJECT
public:
    FeePaymentDialog(const Database &db, const Clock &clock, const FeeLine &line, QWidget *parent = nullptr);

    DateEdit *paidOnEdit() const { return m_paidOn; }
    QLineEdit *amountEdit() const { return m_amount; }
    QLineEdit *noteEdit() const { return m_note; }
    QLabel *errorLabel(const QString &field) const;
    std::optional<FeePayment> saved() const { return m_saved; }

    // "20 326,00" (no "kr"), as the amount field shows it.
    static QString amountText(double kroner);

    void accept() override;

private:
    const Database &m_db;
    const Clock &m_clock;
    FeeLine m_line;
    DateEdit *m_paidOn;
    QLineEdit *m_amount;
    QLineEdit *m_note;
    QLabel *m_paidOnError;
    QLabel *m_amountError;
    QLabel *m_general;
    std::optional<FeePayment> m_saved;
};

} // namespace bevilling
