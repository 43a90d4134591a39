#pragma once

#include "Clock.h"
#include "rules/Fees.h"
#include "rules/RuleSet.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace bevilling {

class Database;
class DateEdit;

// The "Regelverk" work area: anyone asks the register's rule set, for a chosen date, until when a
// licence may run, which days are holidays, the sales and serving hours, and the annual fee.
// Answers follow the inputs as they change; bad input is shown next to its field. An
// administrator of a writable register opens the rule-set editor from here.
class RulesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RulesPanel(const Clock &clock, QWidget *parent = nullptr);

    // Shows the rule set of `db` (null: none). The panel does not own the database.
    void setDatabase(const Database *db);
    const rules::RuleSet &ruleSet() const { return m_ruleSet; }

    void setDate(const QDate &date);
    QDate date() const;

    // Opens the rule-set editor (writable registers only); a saved version updates the panel.
    void editRuleSet();
    // Opens the fee-rate table ("Gebyrsatser", writable registers only); a saved year updates the
    // fee answer.
    void editFeeRates();
    // The fee-rate table the annual-fee answer uses: the register's, or the shipped one.
    const rules::FeeRateTable &feeRates() const { return m_feeRates; }

Q_SIGNALS:
    void ruleSetSaved();
    void feeRatesSaved();

private:
    void reload();
    void updateAll();
    void updateVersion();
    void updatePeriod();
    void updateHolidays();
    void updateSales();
    void updateServing();
    void updateFee();
    void rebuildZones();

    const Clock &m_clock;
    const Database *m_db = nullptr;
    rules::RuleSet m_ruleSet;
    rules::FeeRateTable m_feeRates;

    QLabel *m_ruleSetLabel;
    QLabel *m_loadError;
    QPushButton *m_editButton;
    QPushButton *m_feeRatesButton;
    DateEdit *m_date;
    QLabel *m_dateError;
    QLabel *m_versionLabel;

    QLabel *m_period;

    QSpinBox *m_holidayYear;
    QListWidget *m_holidays;

    QLabel *m_sales;

    QComboBox *m_group;
    QComboBox *m_area;
    QComboBox *m_zone;
    QLineEdit *m_time;
    QLabel *m_timeError;
    QLabel *m_serving;
    QLabel *m_servingAt;

    QSpinBox *m_feeYear;
    QLabel *m_feeYearError;
    QComboBox *m_feeKind;
    QLineEdit *m_litres[3];
    QLabel *m_litresError;
    QLabel *m_fee;
};

} // namespace bevilling
