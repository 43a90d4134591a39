#pragma once

#include "Clock.h"
#include "rules/Fees.h"

#include <QDialog>
#include <QMap>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace bevilling {

class Database;

// "Gebyrsatser": the administrators' editor of the register's national fee-rate table. Choose
// "New year" to add the rates of a year (e.g. the next year's rates published in November), or a
// year in the table to correct it. Every field is checked next to itself (numbers 0 or more, a
// decimal comma accepted; group 2 of sales and the travelling cap may be left empty when unknown);
// saving stores the year in one transaction with an audit entry and closes the dialog.
class FeeRatesDialog : public QDialog
{
    Q_OBJECT
public:
    FeeRatesDialog(const Database &db, const Clock &clock, QWidget *parent = nullptr);

    // The rates as the fields describe them, or nullopt with the problems shown next to the fields.
    std::optional<rules::FeeRates> ratesFromFields();

public Q_SLOTS:
    void save();

Q_SIGNALS:
    // The table after a successful save.
    void ratesSaved();

private:
    enum Field {
        Year, SaleGroup1, SaleGroup2, SaleMinimum, ServingGroup1, ServingGroup2, ServingGroup3,
        ServingMinimum, TravellingCap, FieldCount
    };
    void loadYears(int select);
    void showChosenYear();
    void clearErrors();
    void showError(const Error &error);

    const Database &m_db;
    const Clock &m_clock;
    rules::FeeRateTable m_table;

    QComboBox *m_choice;
    QLabel *m_loadError;
    QLineEdit *m_edits[FieldCount];
    QLabel *m_errors[FieldCount];
    QLineEdit *m_source;
    QLabel *m_saveError;
    QDialogButtonBox *m_buttons;
};

} // namespace bevilling
