#pragma once

#include "Clock.h"
#include "cases/Case.h"
#include "rules/LicencePeriod.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QWidget;

namespace bevilling {

class CaseRepository;
class DateEdit;

// "Fatt vedtak": grant or refuse, by the council or delegated, who decided, the date, the
// reference, the reason (required for a refusal), the licence period (an ordinary licence's end
// prefilled with the latest legal end) and conditions. Records the decision through the
// repository, which creates or updates the licence for a grant.
class DecisionDialog : public QDialog
{
    Q_OBJECT
public:
    DecisionDialog(CaseRepository &repository, const Clock &clock, const Case &c,
                   rules::LicencePeriod::Reading reading, const QString &officer, QWidget *parent = nullptr);

    CaseDecision decisionFromForm() const;
    const Case &savedCase() const { return m_saved; }
    QHash<QString, QString> shownErrors() const { return m_shownErrors; }
    // "Latest legal end date: 30.09.2028 (alkoholloven § 1-6)." for an ordinary licence.
    QString periodHint() const;
    // The latest legal end for the period start in the form (invalid when no limit applies).
    QDate latestEnd() const;

    void accept() override;

private:
    void updateOutcome();
    void clearErrors();
    void showError(const QString &field, const QString &message);

    CaseRepository &m_repository;
    const Clock &m_clock;
    Case m_case;
    rules::LicencePeriod::Reading m_reading;
    Case m_saved;
    bool m_validToFollows = true;
    QHash<QString, QString> m_shownErrors;

    QLabel *m_generalError;
    QComboBox *m_outcome;
    QComboBox *m_body;
    QLineEdit *m_decidedBy;
    QLabel *m_decidedByError;
    DateEdit *m_decidedOn;
    QLabel *m_decidedOnError;
    QLineEdit *m_reference;
    QLabel *m_referenceError;
    QPlainTextEdit *m_reason;
    QLabel *m_reasonError;
    QWidget *m_periodField;
    DateEdit *m_validFrom;
    DateEdit *m_validTo;
    QLabel *m_periodHint;
    QLabel *m_periodError;
    QPlainTextEdit *m_conditions;
    QPushButton *m_save;
};

} // namespace bevilling
