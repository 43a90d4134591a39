#include "AppealDialog.h"

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
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bevilling {

namespace {
QWidget *pair(QWidget *parent, QWidget *a, QWidget *b, QLabel *error)
{
    auto *container = new QWidget(parent);
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(a, 1);
    row->addWidget(b);
    layout->addLayout(row);
    layout->addWidget(error);
    return container;
}
} // namespace

AppealDialog::AppealDialog(CaseRepository &repository, const Clock &clock, const Case &c, QWidget *parent)
    : QDialog(parent),
      m_repository(repository),
      m_clock(clock),
      m_case(c),
      m_generalError(InlineError::makeLabel(this, QStringLiteral("generalErrorLabel"))),
      m_received(new DateEdit(this)),
      m_receivedError(InlineError::makeLabel(this, QStringLiteral("receivedErrorLabel"))),
      m_appellant(new QLineEdit(this)),
      m_appellantError(InlineError::makeLabel(this, QStringLiteral("appellantErrorLabel"))),
      m_grounds(new QPlainTextEdit(this)),
      m_reconsideration(new QComboBox(this)),
      m_reconsideredOn(new OptionalDateEdit(this)),
      m_reconsiderationError(InlineError::makeLabel(this, QStringLiteral("reconsiderationErrorLabel"))),
      m_sentOn(new OptionalDateEdit(this)),
      m_sentError(InlineError::makeLabel(this, QStringLiteral("sentErrorLabel"))),
      m_outcome(new QComboBox(this)),
      m_outcomeOn(new OptionalDateEdit(this)),
      m_outcomeError(InlineError::makeLabel(this, QStringLiteral("outcomeErrorLabel"))),
      m_note(new QPlainTextEdit(this)),
      m_save(nullptr)
{
    setObjectName(QStringLiteral("appealDialog"));
    setModal(true);
    setWindowTitle(tr("Appeal in case %1").arg(c.number));

    m_received->setObjectName(QStringLiteral("appealReceivedEdit"));
    m_appellant->setObjectName(QStringLiteral("appellantEdit"));
    m_grounds->setObjectName(QStringLiteral("groundsEdit"));
    m_grounds->setTabChangesFocus(true);
    m_grounds->setMaximumHeight(90);
    m_reconsideration->setObjectName(QStringLiteral("reconsiderationComboBox"));
    m_reconsideration->addItem(tr("(not yet)"), -1);
    for (AppealReconsideration value : {AppealReconsideration::Upheld, AppealReconsideration::Reversed})
        m_reconsideration->addItem(CaseTexts::reconsiderationName(value), static_cast<int>(value));
    m_reconsideredOn->setObjectName(QStringLiteral("reconsideredOnEdit"));
    m_sentOn->setObjectName(QStringLiteral("sentOnEdit"));
    m_outcome->setObjectName(QStringLiteral("appealOutcomeComboBox"));
    m_outcome->addItem(tr("(not yet)"), -1);
    for (AppealOutcome value : {AppealOutcome::Upheld, AppealOutcome::Reversed, AppealOutcome::Returned})
        m_outcome->addItem(CaseTexts::appealOutcomeName(value), static_cast<int>(value));
    m_outcomeOn->setObjectName(QStringLiteral("outcomeOnEdit"));
    m_note->setObjectName(QStringLiteral("appealNoteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(70);
    for (OptionalDateEdit *edit : {m_reconsideredOn, m_sentOn, m_outcomeOn})
        edit->setEmptyCalendarPage(clock.today());

    const CaseAppeal appeal = c.appeal.value_or(CaseAppeal());
    m_received->setDate(appeal.received.isValid() ? appeal.received : clock.today());
    m_appellant->setText(appeal.appellant.isEmpty() && !c.appeal ? c.application.licensee.name : appeal.appellant);
    m_grounds->setPlainText(appeal.grounds);
    m_reconsideration->setCurrentIndex(
        appeal.reconsideration ? m_reconsideration->findData(static_cast<int>(*appeal.reconsideration)) : 0);
    m_reconsideredOn->setOptionalDate(appeal.reconsideredOn);
    m_sentOn->setOptionalDate(appeal.sentOn);
    m_outcome->setCurrentIndex(appeal.outcome ? m_outcome->findData(static_cast<int>(*appeal.outcome)) : 0);
    m_outcomeOn->setOptionalDate(appeal.outcomeOn);
    m_note->setPlainText(appeal.note);

    auto *form = new QFormLayout;
    form->addRow(tr("&Received:"), InlineError::withField(this, m_received, m_receivedError));
    form->addRow(tr("&Appellant:"), InlineError::withField(this, m_appellant, m_appellantError));
    form->addRow(tr("&Grounds:"), m_grounds);
    form->addRow(tr("Re&consideration:"), pair(this, m_reconsideration, m_reconsideredOn, m_reconsiderationError));
    form->addRow(tr("&Sent to Statsforvalteren:"), InlineError::withField(this, m_sentOn, m_sentError));
    form->addRow(tr("&Final outcome:"), pair(this, m_outcome, m_outcomeOn, m_outcomeError));
    form->addRow(tr("&Note:"), m_note);

    auto *intro = new QLabel(tr("An appeal must reach the municipality within three weeks of the notification; "
                                "if the municipality upholds its decision, the appeal goes to Statsforvalteren."),
                             this);
    intro->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, &AppealDialog::accept);
    connect(cancel, &QPushButton::clicked, this, &AppealDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_generalError);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

CaseAppeal AppealDialog::appealFromForm() const
{
    CaseAppeal a;
    a.received = m_received->date();
    a.appellant = m_appellant->text().trimmed();
    a.grounds = m_grounds->toPlainText().trimmed();
    const int reconsideration = m_reconsideration->currentData().toInt();
    if (reconsideration >= 0)
        a.reconsideration = static_cast<AppealReconsideration>(reconsideration);
    a.reconsideredOn = m_reconsideredOn->optionalDate();
    a.sentOn = m_sentOn->optionalDate();
    const int outcome = m_outcome->currentData().toInt();
    if (outcome >= 0)
        a.outcome = static_cast<AppealOutcome>(outcome);
    a.outcomeOn = m_outcomeOn->optionalDate();
    a.note = m_note->toPlainText().trimmed();
    return a;
}

void AppealDialog::clearErrors()
{
    m_shownErrors.clear();
    for (QLabel *label : {m_generalError, m_receivedError, m_appellantError, m_reconsiderationError, m_sentError, m_outcomeError})
        InlineError::show(label, QString());
}

void AppealDialog::showError(const QString &field, const QString &message)
{
    QLabel *label = m_generalError;
    if (field == QLatin1String("appeal.received"))
        label = m_receivedError;
    else if (field == QLatin1String("appeal.appellant"))
        label = m_appellantError;
    else if (field.startsWith(QLatin1String("appeal.reconsider")))
        label = m_reconsiderationError;
    else if (field == QLatin1String("appeal.sent_on"))
        label = m_sentError;
    else if (field.startsWith(QLatin1String("appeal.outcome")))
        label = m_outcomeError;
    InlineError::show(label, label->text().isEmpty() ? message : label->text() + QLatin1Char('\n') + message);
    m_shownErrors.insert(field.isEmpty() ? QStringLiteral("general") : field, message);
}

void AppealDialog::accept()
{
    clearErrors();
    const CaseAppeal a = appealFromForm();
    QList<QPair<QString, QString>> errors;
    if (m_case.decision && a.received < m_case.decision->decidedOn)
        errors.append({QStringLiteral("appeal.received"), tr("An appeal cannot be received before the decision (%1).")
                                                              .arg(formatDate(m_case.decision->decidedOn))});
    if (a.appellant.isEmpty())
        errors.append({QStringLiteral("appeal.appellant"), tr("Name who appeals.")});
    if (a.reconsideration.has_value() != a.reconsideredOn.isValid())
        errors.append({QStringLiteral("appeal.reconsidered_on"), tr("Give both the reconsideration and its date.")});
    if (a.outcome.has_value() != a.outcomeOn.isValid())
        errors.append({QStringLiteral("appeal.outcome_on"), tr("Give both the final outcome and its date.")});
    for (const auto &error : errors)
        showError(error.first, error.second);
    if (!errors.isEmpty())
        return;
    Result<Case> result = m_repository.saveAppeal(m_case.id, a);
    if (!result) {
        showError(result.error().field, InlineError::text(result.error()));
        return;
    }
    m_saved = *std::move(result);
    QDialog::accept();
}

} // namespace bevilling
