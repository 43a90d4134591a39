#pragma once

#include "Clock.h"
#include "cases/Case.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace bevilling {

class CaseRepository;
class DateEdit;
class OptionalDateEdit;

// "Registrer klage": the appeal against a decision and how it went: received, appellant,
// grounds, the municipality's reconsideration, sent to Statsforvalteren, the final outcome.
class AppealDialog : public QDialog
{
    Q_OBJECT
public:
    AppealDialog(CaseRepository &repository, const Clock &clock, const Case &c, QWidget *parent = nullptr);

    CaseAppeal appealFromForm() const;
    const Case &savedCase() const { return m_saved; }
    QHash<QString, QString> shownErrors() const { return m_shownErrors; }

    void accept() override;

private:
    void clearErrors();
    void showError(const QString &field, const QString &message);

    CaseRepository &m_repository;
    const Clock &m_clock;
    Case m_case;
    Case m_saved;
    QHash<QString, QString> m_shownErrors;

    QLabel *m_generalError;
    DateEdit *m_received;
    QLabel *m_receivedError;
    QLineEdit *m_appellant;
    QLabel *m_appellantError;
    QPlainTextEdit *m_grounds;
    QComboBox *m_reconsideration;
    OptionalDateEdit *m_reconsideredOn;
    QLabel *m_reconsiderationError;
    OptionalDateEdit *m_sentOn;
    QLabel *m_sentError;
    QComboBox *m_outcome;
    OptionalDateEdit *m_outcomeOn;
    QLabel *m_outcomeError;
    QPlainTextEdit *m_note;
    QPushButton *m_save;
};

} // namespace bevilling
