#include "CaseStatusDialog.h"

#include "InlineError.h"
#include "cases/CaseWorkflow.h"
#include "storage/CaseRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bevilling {

CaseStatusDialog::CaseStatusDialog(CaseRepository &repository, const Clock &clock, const Case &c, QWidget *parent)
    : QDialog(parent),
      m_repository(repository),
      m_clock(clock),
      m_case(c),
      m_status(new QComboBox(this)),
      m_statusError(InlineError::makeLabel(this, QStringLiteral("statusErrorLabel"))),
      m_reasonLabel(new QLabel(tr("&Why closed:"), this)),
      m_reason(new QComboBox(this)),
      m_note(new QPlainTextEdit(this)),
      m_save(nullptr)
{
    setObjectName(QStringLiteral("caseStatusDialog"));
    setModal(true);
    setWindowTitle(tr("Change status of case %1").arg(c.number));

    m_status->setObjectName(QStringLiteral("statusComboBox"));
    for (CaseStatus status : CaseWorkflow::manualNext(c))
        m_status->addItem(CaseTexts::statusName(status), static_cast<int>(status));
    m_reason->setObjectName(QStringLiteral("closeReasonComboBox"));
    for (CloseReason reason : CaseTexts::allCloseReasons())
        m_reason->addItem(CaseTexts::closeReasonName(reason), static_cast<int>(reason));
    // Before a decision a case is closed because it was withdrawn or dismissed.
    if (!c.isDecided())
        m_reason->setCurrentIndex(m_reason->findData(static_cast<int>(CloseReason::Withdrawn)));
    m_reasonLabel->setBuddy(m_reason);
    m_note->setObjectName(QStringLiteral("statusNoteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(80);
    m_note->setPlaceholderText(tr("Optional: why, or what happens next"));

    auto *form = new QFormLayout;
    form->addRow(tr("Now:"), new QLabel(CaseTexts::statusName(c.status), this));
    form->addRow(tr("&New status:"), InlineError::withField(this, m_status, m_statusError));
    form->addRow(m_reasonLabel, m_reason);
    form->addRow(tr("N&ote:"), m_note);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Change status"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_save->setEnabled(m_status->count() > 0);
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_save, &QPushButton::clicked, this, &CaseStatusDialog::accept);
    connect(cancel, &QPushButton::clicked, this, &CaseStatusDialog::reject);

    auto *layout = new QVBoxLayout(this);
    if (m_status->count() == 0) {
        auto *none = new QLabel(tr("The case cannot be moved by hand from here; record the decision or the appeal instead."), this);
        none->setWordWrap(true);
        layout->addWidget(none);
    }
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_status, &QComboBox::currentIndexChanged, this, &CaseStatusDialog::updateReason);
    updateReason();
    resize(460, sizeHint().height());
}

bool CaseStatusDialog::selectStatus(CaseStatus status)
{
    const int index = m_status->findData(static_cast<int>(status));
    if (index < 0)
        return false;
    m_status->setCurrentIndex(index);
    return true;
}

void CaseStatusDialog::updateReason()
{
    const bool closing = m_status->count() > 0 && static_cast<CaseStatus>(m_status->currentData().toInt()) == CaseStatus::Closed;
    m_reasonLabel->setVisible(closing);
    m_reason->setVisible(closing);
    InlineError::show(m_statusError, QString());
}

void CaseStatusDialog::accept()
{
    if (m_status->count() == 0)
        return;
    m_shownErrors.clear();
    const auto to = static_cast<CaseStatus>(m_status->currentData().toInt());
    std::optional<CloseReason> reason;
    if (to == CaseStatus::Closed)
        reason = static_cast<CloseReason>(m_reason->currentData().toInt());
    Case candidate = m_case;
    const bool recordNotification = to == CaseStatus::Notified && candidate.decision && !candidate.decision->notifiedOn.isValid();
    if (recordNotification)
        candidate.decision->notifiedOn = m_clock.today();
    const Status allowed = CaseWorkflow::check(candidate, to);
    if (!allowed) {
        InlineError::show(m_statusError, InlineError::text(allowed.error()));
        m_shownErrors.insert(allowed.error().field.isEmpty() ? QStringLiteral("status") : allowed.error().field,
                             allowed.error().message);
        return;
    }
    Result<Case> result = recordNotification ? m_repository.markNotified(m_case.id, m_clock.today())
                                             : m_repository.setStatus(m_case.id, to, m_note->toPlainText().trimmed(), reason);
    if (!result) {
        InlineError::show(m_statusError, InlineError::text(result.error()));
        m_shownErrors.insert(result.error().field.isEmpty() ? QStringLiteral("status") : result.error().field,
                             result.error().message);
        return;
    }
    m_saved = *std::move(result);
    QDialog::accept();
}

AssignCaseDialog::AssignCaseDialog(CaseRepository &repository, const Case &c, const QStringList &officers, QWidget *parent)
    : QDialog(parent),
      m_repository(repository),
      m_case(c),
      m_officer(new QComboBox(this)),
      m_officerError(InlineError::makeLabel(this, QStringLiteral("officerErrorLabel"))),
      m_note(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("assignCaseDialog"));
    setModal(true);
    setWindowTitle(tr("Pass case %1 to an officer").arg(c.number));
    m_officer->setObjectName(QStringLiteral("officerComboBox"));
    m_officer->setEditable(true);
    m_officer->setInsertPolicy(QComboBox::NoInsert);
    for (const QString &officer : officers) {
        if (officer != c.assignedTo)
            m_officer->addItem(officer);
    }
    m_officer->setCurrentText(QString());
    m_officer->lineEdit()->setPlaceholderText(tr("Choose or type a name"));
    m_note->setObjectName(QStringLiteral("assignNoteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(80);

    auto *form = new QFormLayout;
    form->addRow(tr("Now:"), new QLabel(c.assignedTo.isEmpty() ? tr("(not assigned)") : c.assignedTo, this));
    form->addRow(tr("&Pass to:"), InlineError::withField(this, m_officer, m_officerError));
    form->addRow(tr("N&ote:"), m_note);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *save = buttons->addButton(tr("&Pass on"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(save, &QPushButton::clicked, this, &AssignCaseDialog::accept);
    connect(cancel, &QPushButton::clicked, this, &AssignCaseDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(420, sizeHint().height());
}

void AssignCaseDialog::accept()
{
    m_shownErrors.clear();
    const QString officer = m_officer->currentText().trimmed();
    QString message;
    if (officer.isEmpty())
        message = tr("Name the officer who takes over the case.");
    else if (officer == m_case.assignedTo)
        message = tr("The case is already assigned to %1.").arg(officer);
    if (!message.isEmpty()) {
        InlineError::show(m_officerError, message);
        m_shownErrors.insert(QStringLiteral("assigned_to"), message);
        return;
    }
    Result<Case> result = m_repository.assign(m_case.id, officer, m_note->toPlainText().trimmed());
    if (!result) {
        InlineError::show(m_officerError, InlineError::text(result.error()));
        m_shownErrors.insert(QStringLiteral("assigned_to"), result.error().message);
        return;
    }
    m_saved = *std::move(result);
    QDialog::accept();
}

} // namespace bevilling
