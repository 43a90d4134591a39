#include "StatementDialog.h"

#include "DateEdit.h"
#include "InlineError.h"
#include "OptionalDateEdit.h"
#include "storage/CaseRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace bevilling {

StatementDialog::StatementDialog(CaseRepository &repository, const Clock &clock, qint64 caseId,
                                 const CaseStatement &statement, int replyDays, QWidget *parent)
    : QDialog(parent),
      m_repository(repository),
      m_clock(clock),
      m_caseId(caseId),
      m_original(statement),
      m_replyDays(replyDays),
      m_generalError(InlineError::makeLabel(this, QStringLiteral("generalErrorLabel"))),
      m_party(new QComboBox(this)),
      m_partyName(new QLineEdit(this)),
      m_partyNameError(InlineError::makeLabel(this, QStringLiteral("partyNameErrorLabel"))),
      m_requested(new DateEdit(this)),
      m_requestedError(InlineError::makeLabel(this, QStringLiteral("requestedErrorLabel"))),
      m_deadline(new DateEdit(this)),
      m_deadlineError(InlineError::makeLabel(this, QStringLiteral("deadlineErrorLabel"))),
      m_reminders(new QListWidget(this)),
      m_reminderDate(new OptionalDateEdit(this)),
      m_addReminder(new QPushButton(tr("Add re&minder"), this)),
      m_removeReminder(new QPushButton(tr("Remove reminder"), this)),
      m_remindersError(InlineError::makeLabel(this, QStringLiteral("remindersErrorLabel"))),
      m_replied(new OptionalDateEdit(this)),
      m_repliedError(InlineError::makeLabel(this, QStringLiteral("repliedErrorLabel"))),
      m_reply(new QComboBox(this)),
      m_replyError(InlineError::makeLabel(this, QStringLiteral("replyErrorLabel"))),
      m_replyText(new QPlainTextEdit(this)),
      m_save(nullptr)
{
    setObjectName(QStringLiteral("statementDialog"));
    setModal(true);
    setWindowTitle(statement.id == 0 ? tr("Request statement") : tr("Statement from %1").arg(CaseTexts::statementPartyText(statement)));

    m_party->setObjectName(QStringLiteral("partyComboBox"));
    for (StatementParty party : CaseTexts::allParties())
        m_party->addItem(CaseTexts::partyName(party), static_cast<int>(party));
    m_partyName->setObjectName(QStringLiteral("partyNameEdit"));
    m_requested->setObjectName(QStringLiteral("requestedDateEdit"));
    m_deadline->setObjectName(QStringLiteral("deadlineDateEdit"));
    m_reminders->setObjectName(QStringLiteral("remindersList"));
    m_reminders->setMaximumHeight(70);
    m_reminderDate->setObjectName(QStringLiteral("reminderDateEdit"));
    m_reminderDate->setEmptyCalendarPage(clock.today());
    m_addReminder->setObjectName(QStringLiteral("addReminderButton"));
    m_addReminder->setAutoDefault(false);
    m_removeReminder->setObjectName(QStringLiteral("removeReminderButton"));
    m_removeReminder->setAutoDefault(false);
    m_replied->setObjectName(QStringLiteral("repliedDateEdit"));
    m_replied->setEmptyCalendarPage(clock.today());
    m_reply->setObjectName(QStringLiteral("replyComboBox"));
    m_reply->addItem(tr("(no reply yet)"), -1);
    for (StatementReply reply : CaseTexts::allReplies())
        m_reply->addItem(CaseTexts::replyName(reply), static_cast<int>(reply));
    m_replyText->setObjectName(QStringLiteral("replyTextEdit"));
    m_replyText->setTabChangesFocus(true);
    m_replyText->setMaximumHeight(90);

    m_party->setCurrentIndex(m_party->findData(static_cast<int>(statement.party)));
    m_partyName->setText(statement.partyName);
    if (statement.id == 0) {
        const QDate requested = statement.requested.isValid() ? statement.requested : clock.today();
        m_requested->setDate(requested);
        m_deadline->setDate(statement.deadline.isValid() ? statement.deadline : requested.addDays(replyDays));
        m_deadlineFollows = !statement.deadline.isValid();
    } else {
        m_requested->setDate(statement.requested);
        m_deadline->setDate(statement.deadline.isValid() ? statement.deadline : statement.requested);
    }
    for (const QDate &date : statement.reminders) {
        auto *item = new QListWidgetItem(formatDate(date), m_reminders);
        item->setData(Qt::UserRole, date);
    }
    m_replied->setOptionalDate(statement.replied);
    m_reply->setCurrentIndex(statement.reply ? m_reply->findData(static_cast<int>(*statement.reply)) : 0);
    m_replyText->setPlainText(statement.replyText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Party:"), m_party);
    form->addRow(tr("Party &name:"), InlineError::withField(this, m_partyName, m_partyNameError));
    form->addRow(tr("Re&quested:"), InlineError::withField(this, m_requested, m_requestedError));
    form->addRow(tr("&Deadline:"), InlineError::withField(this, m_deadline, m_deadlineError));
    auto *reminderRow = new QHBoxLayout;
    reminderRow->addWidget(m_reminderDate);
    reminderRow->addWidget(m_addReminder);
    reminderRow->addWidget(m_removeReminder);
    reminderRow->addStretch();
    auto *reminderField = new QWidget(this);
    auto *reminderLayout = new QVBoxLayout(reminderField);
    reminderLayout->setContentsMargins(0, 0, 0, 0);
    reminderLayout->addWidget(m_reminders);
    reminderLayout->addLayout(reminderRow);
    reminderLayout->addWidget(m_remindersError);
    form->addRow(tr("Reminders:"), reminderField);
    form->addRow(tr("Repl&ied:"), InlineError::withField(this, m_replied, m_repliedError));
    form->addRow(tr("&Reply:"), InlineError::withField(this, m_reply, m_replyError));
    form->addRow(tr("Reply &text:"), m_replyText);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, &StatementDialog::accept);
    connect(cancel, &QPushButton::clicked, this, &StatementDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_generalError);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_party, &QComboBox::currentIndexChanged, this, &StatementDialog::updatePartyName);
    connect(m_requested, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (m_deadlineFollows) {
            const QSignalBlocker blocker(m_deadline);
            m_deadline->setDate(date.addDays(m_replyDays));
        }
    });
    connect(m_deadline, &QDateEdit::dateChanged, this, [this] { m_deadlineFollows = false; });
    connect(m_addReminder, &QPushButton::clicked, this, [this] {
        const QDate date = m_reminderDate->isEmpty() ? m_clock.today() : m_reminderDate->optionalDate();
        auto *item = new QListWidgetItem(formatDate(date), m_reminders);
        item->setData(Qt::UserRole, date);
        m_reminderDate->clear();
    });
    connect(m_removeReminder, &QPushButton::clicked, this, [this] { delete m_reminders->currentItem(); });
    connect(m_replied, &OptionalDateEdit::optionalDateChanged, this, [this](const QDate &date) {
        // A reply date without a kind of reply is most often "no remarks".
        if (date.isValid() && m_reply->currentIndex() == 0)
            m_reply->setCurrentIndex(m_reply->findData(static_cast<int>(StatementReply::NoRemarks)));
    });
    updatePartyName();
    resize(520, sizeHint().height());
}

void StatementDialog::updatePartyName()
{
    const bool other = static_cast<StatementParty>(m_party->currentData().toInt()) == StatementParty::Other;
    m_partyName->setPlaceholderText(other ? tr("Required: who is asked") : tr("Optional, e.g. Asker og Bærum politidistrikt"));
}

CaseStatement StatementDialog::statementFromForm() const
{
    CaseStatement s = m_original;
    s.party = static_cast<StatementParty>(m_party->currentData().toInt());
    s.partyName = m_partyName->text().trimmed();
    s.requested = m_requested->date();
    s.deadline = m_deadline->date();
    s.reminders.clear();
    for (int i = 0; i < m_reminders->count(); ++i)
        s.reminders.append(m_reminders->item(i)->data(Qt::UserRole).toDate());
    std::sort(s.reminders.begin(), s.reminders.end());
    s.replied = m_replied->optionalDate();
    const int reply = m_reply->currentData().toInt();
    s.reply = reply >= 0 ? std::optional<StatementReply>(static_cast<StatementReply>(reply)) : std::nullopt;
    s.replyText = m_replyText->toPlainText().trimmed();
    return s;
}

void StatementDialog::clearErrors()
{
    m_shownErrors.clear();
    for (QLabel *label : {m_generalError, m_partyNameError, m_requestedError, m_deadlineError, m_remindersError,
                          m_repliedError, m_replyError})
        InlineError::show(label, QString());
}

void StatementDialog::showError(const QString &field, const QString &message)
{
    QLabel *label = m_generalError;
    if (field.endsWith(QLatin1String(".replied")))
        label = m_repliedError;
    else if (field.endsWith(QLatin1String(".deadline")))
        label = m_deadlineError;
    else if (field.endsWith(QLatin1String(".requested")))
        label = m_requestedError;
    else if (field.contains(QLatin1String(".reminders")))
        label = m_remindersError;
    else if (field.endsWith(QLatin1String(".reply")) || field.endsWith(QLatin1String(".reply_text")))
        label = m_replyError;
    else if (field.endsWith(QLatin1String(".party_name")) || field.endsWith(QLatin1String(".partyName"))
             || field.endsWith(QLatin1String(".party")))
        label = m_partyNameError;
    InlineError::show(label, label->text().isEmpty() ? message : label->text() + QLatin1Char('\n') + message);
    m_shownErrors.insert(field.isEmpty() ? QStringLiteral("general") : field, message);
}

void StatementDialog::accept()
{
    clearErrors();
    const CaseStatement s = statementFromForm();
    // The same checks as the repository, so that every problem shows at once.
    const QString prefix = QStringLiteral("statements[]");
    QList<QPair<QString, QString>> errors;
    if (s.party == StatementParty::Other && s.partyName.isEmpty())
        errors.append({prefix + QStringLiteral(".party_name"), tr("Name the party that is asked for a statement.")});
    if (s.requested > m_clock.today())
        errors.append({prefix + QStringLiteral(".requested"), tr("The request date cannot be in the future.")});
    if (s.deadline < s.requested)
        errors.append({prefix + QStringLiteral(".deadline"), tr("The deadline cannot be before the request date.")});
    for (const QDate &reminder : s.reminders) {
        if (reminder < s.requested || (s.replied.isValid() && reminder > s.replied)) {
            errors.append({prefix + QStringLiteral(".reminders"),
                           tr("A reminder must lie between the request and the reply.")});
            break;
        }
    }
    if (s.replied.isValid() && s.replied < s.requested)
        errors.append({prefix + QStringLiteral(".replied"), tr("The reply cannot be dated before the request (%1).")
                                                                .arg(formatDate(s.requested))});
    if (s.replied.isValid() && s.replied > m_clock.today())
        errors.append({prefix + QStringLiteral(".replied"), tr("The reply date cannot be in the future.")});
    if (s.replied.isValid() && !s.reply)
        errors.append({prefix + QStringLiteral(".reply"), tr("Choose what the reply says.")});
    if (!s.replied.isValid() && s.reply)
        errors.append({prefix + QStringLiteral(".replied"), tr("Give the date the reply arrived.")});
    for (const auto &error : errors)
        showError(error.first, error.second);
    if (!errors.isEmpty())
        return;
    Result<Case> result = m_repository.saveStatement(m_caseId, s);
    if (!result) {
        showError(result.error().field, InlineError::text(result.error()));
        return;
    }
    m_saved = *std::move(result);
    QDialog::accept();
}

} // namespace bevilling
