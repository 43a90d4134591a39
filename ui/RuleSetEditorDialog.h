#pragma once

#include "Clock.h"
#include "rules/RuleSet.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace bevilling {

class Database;
class DateEdit;

// The rule-set editor for administrators: the latest version of the register's rule set (sales
// hours, serving rules, special days, consumption minutes, key settings), editable, with every
// problem NationalFrame::check finds shown next to the row or field it names. Saving stores the
// form as a new version in force from the chosen date (the same date as the latest version
// replaces it); nothing is saved while a problem remains.
class RuleSetEditorDialog : public QDialog
{
    Q_OBJECT
public:
    // Columns of the tables.
    enum ServingColumn { SGroups, SArea, SZone, SDays, SSeason, SStart, SEnd, SNote, SProblem, SColumnCount };
    enum SpecialColumn { DDay, DZone, DNotBefore, DNotAfter, DNote, DProblem, DColumnCount };
    enum SalesDayColumn { YDay, YClose, YNote, YProblem, YColumnCount };
    enum TierColumn { TEventType, TMin, TMax, TAmount, TPercent, TTravelling, TNote, TProblem, TColumnCount };

    RuleSetEditorDialog(const Database &db, const Clock &clock, const rules::RuleSet &ruleSet, QWidget *parent = nullptr);
    ~RuleSetEditorDialog() override;

    // The version the form describes; what cannot be read goes to `problems` (paths relative to
    // the version: "serving.rules[2].end").
    rules::RuleSetVersion version(QList<rules::RuleProblem> *problems) const;
    // Checks the form and the national frame and shows every problem inline; true when none.
    bool validate();
    // Validates and saves; accepts the dialog on success.
    void save();

    const rules::RuleSet &savedRuleSet() const { return m_saved; }

private:
    void load(const rules::RuleSetVersion &version);
    void showProblems(const QList<rules::RuleProblem> &problems);
    void addRow(QTableWidget *table, const QStringList &cells);
    QTableWidget *makeTable(const QString &objectName, const QStringList &headers);
    QWidget *tableWithButtons(QTableWidget *table, const QString &name);

    const Database &m_db;
    const Clock &m_clock;
    rules::RuleSet m_ruleSet;
    rules::RuleSetVersion m_base;
    rules::RuleSet m_saved;
    bool m_loading = false;

    QLabel *m_basedOn;
    DateEdit *m_effectiveFrom;
    QLabel *m_effectiveFromError;
    QLineEdit *m_title;
    QLineEdit *m_source;
    QLabel *m_generalError;

    QLineEdit *m_weekdayOpen;
    QLineEdit *m_weekdayClose;
    QLabel *m_weekdayError;
    QLineEdit *m_beforeHolidayOpen;
    QLineEdit *m_beforeHolidayClose;
    QLabel *m_beforeHolidayError;
    QTableWidget *m_salesDays;

    QTableWidget *m_servingRules;
    QTableWidget *m_specialDays;
    QSpinBox *m_consumption;
    QLabel *m_consumptionError;

    QComboBox *m_feeMethod;
    QComboBox *m_ordinaryBase;
    QLineEdit *m_ordinaryAmount;
    QLabel *m_ordinaryAmountError;
    QLineEdit *m_travellingRate;
    QLabel *m_travellingRateError;
    QTableWidget *m_tiers;

    QComboBox *m_reading;
    QCheckBox *m_prikkerUsed;
    QSpinBox *m_transferMonths;
    QSpinBox *m_transferDays;
    QDoubleSpinBox *m_estimatedFee;
    QSpinBox *m_travellingQuota;
    QLineEdit *m_turnoverDeadline;
    QLabel *m_turnoverDeadlineError;
    QLineEdit *m_zones;
    QLabel *m_zonesError;
    // Case processing (issue 4).
    QSpinBox *m_targetDays;
    QCheckBox *m_pauseIncomplete;
    QCheckBox *m_pauseStatements;
    QSpinBox *m_statementDays;
    QCheckBox *m_policyRetail;
    QCheckBox *m_policyChildren;
    QCheckBox *m_policySports;

    QPushButton *m_saveButton;
};

} // namespace bevilling
