#pragma once

#include "Clock.h"
#include "cases/Case.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace bevilling {

class CaseRepository;
class DateEdit;
class OptionalDateEdit;

// A statement (høring) of one case: the party, when it was asked for, the reply deadline,
// reminders and the reply. Saves through the repository at once; problems are shown inline.
class StatementDialog : public QDialog
{
    Q_OBJECT
public:
    // `statement.id == 0`: a new statement, asked for today with a deadline `replyDays` later.
    StatementDialog(CaseRepository &repository, const Clock &clock, qint64 caseId, const CaseStatement &statement,
                    int replyDays, QWidget *parent = nullptr);

    CaseStatement statementFromForm() const;
    // The case after a successful save.
    const Case &savedCase() const { return m_saved; }
    QHash<QString, QString> shownErrors() const { return m_shownErrors; }

    void accept() override;

private:
    void clearErrors();
    void showError(const QString &field, const QString &message);
    void updatePartyName();

    CaseRepository &m_repository;
    const Clock &m_clock;
    qint64 m_caseId;
    CaseStatement m_original;
    Case m_saved;
    int m_replyDays;
    bool m_deadlineFollows = false;
    QHash<QString, QString> m_shownErrors;

    QLabel *m_generalError;
    QComboBox *m_party;
    QLineEdit *m_partyName;
    QLabel *m_partyNameError;
    DateEdit *m_requested;
    QLabel *m_requestedError;
    DateEdit *m_deadline;
    QLabel *m_deadlineError;
    QListWidget *m_reminders;
    OptionalDateEdit *m_reminderDate;
    QPushButton *m_addReminder;
    QPushButton *m_removeReminder;
    QLabel *m_remindersError;
    OptionalDateEdit *m_replied;
    QLabel *m_repliedError;
    QComboBox *m_reply;
    QLabel *m_replyError;
    QPlainTextEdit *m_replyText;
    QPushButton *m_save;
};

} // namespace bevilling
