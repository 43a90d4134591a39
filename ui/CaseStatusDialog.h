#pragma once

#include "Clock.h"
#include "cases/Case.h"

#include <QDialog>
#include <QHash>
#include <QStringList>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace bevilling {

class CaseRepository;

// "Endre status…": moves a case to one of the statuses CaseWorkflow::manualNext offers, with a
// note; closing asks why (completed, withdrawn, dismissed). The workflow's objection is shown inline.
// Choosing "notified" for a decision without a notification date records today as that date.
class CaseStatusDialog : public QDialog
{
    Q_OBJECT
public:
    CaseStatusDialog(CaseRepository &repository, const Clock &clock, const Case &c, QWidget *parent = nullptr);

    // Chooses `status` among the offered ones; false when it is not offered.
    bool selectStatus(CaseStatus status);
    const Case &savedCase() const { return m_saved; }
    QHash<QString, QString> shownErrors() const { return m_shownErrors; }

    void accept() override;

private:
    void updateReason();

    CaseRepository &m_repository;
    const Clock &m_clock;
    Case m_case;
    Case m_saved;
    QHash<QString, QString> m_shownErrors;
    QComboBox *m_status;
    QLabel *m_statusError;
    QLabel *m_reasonLabel;
    QComboBox *m_reason;
    QPlainTextEdit *m_note;
    QPushButton *m_save;
};

// "Overfør til saksbehandler…": passes a case to another officer, with a note. The history then
// reads "passed from A to B".
class AssignCaseDialog : public QDialog
{
    Q_OBJECT
public:
    AssignCaseDialog(CaseRepository &repository, const Case &c, const QStringList &officers, QWidget *parent = nullptr);

    const Case &savedCase() const { return m_saved; }
    QHash<QString, QString> shownErrors() const { return m_shownErrors; }
    void accept() override;

private:
    CaseRepository &m_repository;
    Case m_case;
    Case m_saved;
    QHash<QString, QString> m_shownErrors;
    QComboBox *m_officer;
    QLabel *m_officerError;
    QPlainTextEdit *m_note;
};

} // namespace bevilling
