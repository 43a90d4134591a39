#pragma once

#include "Clock.h"
#include "turnover/TurnoverReport.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace bevilling {

class Database;

// "Innstillinger for gebyrår": the true-up (for all licensees alike), whether the auditor must
// confirm the reports, the change threshold for flags, the reminder's reply days and the payment days.
class FeeCycleSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    FeeCycleSettingsDialog(const Database &db, const Clock &clock, bool readOnly, QWidget *parent = nullptr);

    QCheckBox *trueUpCheckBox() const { return m_trueUp; }
    QCheckBox *auditorCheckBox() const { return m_auditor; }
    QDoubleSpinBox *thresholdSpinBox() const { return m_threshold; }
    QSpinBox *reminderDaysSpinBox() const { return m_reminderDays; }
    QSpinBox *paymentDaysSpinBox() const { return m_paymentDays; }
    QLabel *errorLabel() const { return m_error; }

    void accept() override;

private:
    const Database &m_db;
    const Clock &m_clock;
    bool m_readOnly;
    QCheckBox *m_trueUp;
    QCheckBox *m_auditor;
    QDoubleSpinBox *m_threshold;
    QSpinBox *m_reminderDays;
    QSpinBox *m_paymentDays;
    QLabel *m_error;
};

} // namespace bevilling
