#include "DecisionDialog.h"

#include "DateEdit.h"
#include "InlineError.h"
#include "storage/CaseRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace bevilling {

DecisionDialog::DecisionDialog(CaseRepository &repository, const Clock &clock, const Case &c,
                               rules::LicencePeriod::Reading reading, const QString &officer, QWidget *parent)
    : QDialog(parent),
      m_repository(repository),
      m_clock(clock),
      m_case(c),
      m_reading(reading),
      m_generalError(InlineError::makeLabel(this, QStringLiteral("generalErrorLabel"))),
      m_outcome(new QComboBox(this)),
      m_body(new QComboBox(this)),
      m_decidedBy(new QLineEdit(this)),
      m_decidedByError(InlineError::makeLabel(this, QStringLiteral("decidedByErrorLabel"))),
      m_decidedOn(new DateEdit(this)),
      m_decidedOnError(InlineError::makeLabel(this, QStringLiteral("decidedOnErrorLabel"))),
      m_reference(new QLineEdit(this)),
      m_referenceError(InlineError::makeLabel(this, QStringLiteral("referenceErrorLabel"))),
      m_reason(new QPlainTextEdit(this)),
      m_reasonError(InlineError::makeLabel(this, QStringLiteral("reasonErrorLabel"))),
      m_periodField(new QWidget(this)),
      m_validFrom(new DateEdit(this)),
      m_validTo(new DateEdit(this)),
      m_periodHint(new QLabel(this)),
      m_periodError(InlineError::makeLabel(this, QStringLiteral("periodErrorLabel"))),
      m_conditions(new QPlainTextEdit(this)),
      m_save(nullptr)
{
    setObjectName(QStringLiteral("decisionDialog"));
    setModal(true);
    setWindowTitle(tr("Decision in case %1").arg(c.number));

    m_outcome->setObjectName(QStringLiteral("outcomeComboBox"));
    for (DecisionOutcome outcome : {DecisionOutcome::Granted, DecisionOutcome::Refused})
        m_outcome->addItem(CaseTexts::outcomeName(outcome), static_cast<int>(outcome));
    m_body->setObjectName(QStringLiteral("bodyComboBox"));
    for (DecisionBody body : {DecisionBody::Delegated, DecisionBody::Council})
        m_body->addItem(CaseTexts::bodyName(body), static_cast<int>(body));
    m_decidedBy->setObjectName(QStringLiteral("decidedByEdit"));
    m_decidedBy->setPlaceholderText(tr("The officer, or the council body (Formannskapet)"));
    m_decidedOn->setObjectName(QStringLiteral("decidedOnEdit"));
    m_reference->setObjectName(QStringLiteral("referenceEdit"));
    m_reference->setPlaceholderText(tr("e.g. 2026/1234-5 or PS 45/26"));
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(90);
    m_validFrom->setObjectName(QStringLiteral("validFromEdit"));
    m_validTo->setObjectName(QStringLiteral("validToEdit"));
    m_periodHint->setObjectName(QStringLiteral("periodHintLabel"));
    m_periodHint->setWordWrap(true);
    m_conditions->setObjectName(QStringLiteral("conditionsEdit"));
    m_conditions->setTabChangesFocus(true);
    m_conditions->setMaximumHeight(90);

    // Prefill: an earlier decision when there is one (editing), else the application.
    const Licence &a = c.application;
    const QDate today = clock.today();
    if (c.decision) {
        const CaseDecision &d = *c.decision;
        m_outcome->setCurrentIndex(m_outcome->findData(static_cast<int>(d.outcome)));
        m_body->setCurrentIndex(m_body->findData(static_cast<int>(d.body)));
        m_decidedBy->setText(d.decidedBy);
        m_decidedOn->setDate(d.decidedOn.isValid() ? d.decidedOn : today);
        m_reference->setText(d.reference);
        m_reason->setPlainText(d.reason);
        m_validFrom->setDate(d.validFrom.isValid() ? d.validFrom : today);
        m_validTo->setDate(d.validTo.isValid() ? d.validTo : m_validFrom->date());
        m_conditions->setPlainText(d.conditions);
        m_validToFollows = false;
    } else {
        m_decidedBy->setText(officer);
        m_decidedOn->setDate(today);
        const QDate from = a.validFrom.isValid() && a.validFrom >= today ? a.validFrom : today;
        m_validFrom->setDate(from);
        if (a.isOrdinary()) {
            m_validTo->setDate(rules::LicencePeriod::latestEnd(from, reading));
        } else {
            m_validTo->setDate(a.validTo.isValid() && a.validTo >= from ? a.validTo : from);
            m_validToFollows = false;
        }
        m_conditions->setPlainText(a.conditions);
    }

    auto *periodRow = new QHBoxLayout;
    periodRow->setContentsMargins(0, 0, 0, 0);
    auto *fromLabel = new QLabel(tr("&from"), this);
    fromLabel->setBuddy(m_validFrom);
    auto *toLabel = new QLabel(tr("t&o"), this);
    toLabel->setBuddy(m_validTo);
    periodRow->addWidget(fromLabel);
    periodRow->addWidget(m_validFrom);
    periodRow->addWidget(toLabel);
    periodRow->addWidget(m_validTo);
    periodRow->addStretch();
    auto *periodLayout = new QVBoxLayout(m_periodField);
    periodLayout->setContentsMargins(0, 0, 0, 0);
    periodLayout->addLayout(periodRow);
    periodLayout->addWidget(m_periodHint);
    periodLayout->addWidget(m_periodError);

    auto *form = new QFormLayout;
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("Decided b&y:"), m_body);
    form->addRow(tr("&Name:"), InlineError::withField(this, m_decidedBy, m_decidedByError));
    form->addRow(tr("&Date:"), InlineError::withField(this, m_decidedOn, m_decidedOnError));
    form->addRow(tr("&Reference:"), InlineError::withField(this, m_reference, m_referenceError));
    form->addRow(tr("Rea&son:"), InlineError::withField(this, m_reason, m_reasonError));
    form->addRow(tr("Licence &period:"), m_periodField);
    form->addRow(tr("&Conditions:"), m_conditions);

    auto *intro = new QLabel(tr("Case %1: %2").arg(c.number, c.displayTitle()), this);
    intro->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Record decision"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, &DecisionDialog::accept);
    connect(cancel, &QPushButton::clicked, this, &DecisionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_generalError);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_outcome, &QComboBox::currentIndexChanged, this, &DecisionDialog::updateOutcome);
    connect(m_validFrom, &QDateEdit::dateChanged, this, [this](const QDate &from) {
        if (m_validToFollows && m_case.application.isOrdinary()) {
            const QSignalBlocker blocker(m_validTo);
            m_validTo->setDate(rules::LicencePeriod::latestEnd(from, m_reading));
        }
        m_periodHint->setText(periodHint());
    });
    connect(m_validTo, &QDateEdit::dateChanged, this, [this] {
        m_validToFollows = false;
        m_periodHint->setText(periodHint());
    });
    updateOutcome();
    m_periodHint->setText(periodHint());
    resize(560, sizeHint().height());
}

QDate DecisionDialog::latestEnd() const
{
    if (!m_case.application.isOrdinary())
        return {};
    return rules::LicencePeriod::latestEnd(m_validFrom->date(), m_reading);
}

QString DecisionDialog::periodHint() const
{
    const QDate latest = latestEnd();
    if (!latest.isValid())
        return tr("The period of the occasion applied for.");
    return tr("Latest legal end date for this start date: %1 (alkoholloven § 1-6).").arg(formatDate(latest));
}

void DecisionDialog::updateOutcome()
{
    const bool granted = static_cast<DecisionOutcome>(m_outcome->currentData().toInt()) == DecisionOutcome::Granted;
    m_periodField->setEnabled(granted);
    m_conditions->setEnabled(granted);
    m_reason->setPlaceholderText(granted ? tr("Optional for a grant")
                                         : tr("Required: why the application is refused, with the rule cited"));
}

CaseDecision DecisionDialog::decisionFromForm() const
{
    CaseDecision d = m_case.decision.value_or(CaseDecision());
    d.outcome = static_cast<DecisionOutcome>(m_outcome->currentData().toInt());
    d.body = static_cast<DecisionBody>(m_body->currentData().toInt());
    d.decidedBy = m_decidedBy->text().trimmed();
    d.decidedOn = m_decidedOn->date();
    d.reference = m_reference->text().trimmed();
    d.reason = m_reason->toPlainText().trimmed();
    if (d.outcome == DecisionOutcome::Granted) {
        d.validFrom = m_validFrom->date();
        d.validTo = m_validTo->date();
        d.conditions = m_conditions->toPlainText().trimmed();
    } else {
        d.validFrom = QDate();
        d.validTo = QDate();
        d.conditions.clear();
    }
    return d;
}

void DecisionDialog::clearErrors()
{
    m_shownErrors.clear();
    for (QLabel *label : {m_generalError, m_decidedByError, m_decidedOnError, m_referenceError, m_reasonError, m_periodError})
        InlineError::show(label, QString());
}

void DecisionDialog::showError(const QString &field, const QString &message)
{
    QLabel *label = m_generalError;
    QWidget *focus = nullptr;
    if (field == QLatin1String("decision.decided_by")) {
        label = m_decidedByError;
        focus = m_decidedBy;
    } else if (field == QLatin1String("decision.decided_on")) {
        label = m_decidedOnError;
        focus = m_decidedOn;
    } else if (field == QLatin1String("decision.reference")) {
        label = m_referenceError;
        focus = m_reference;
    } else if (field == QLatin1String("decision.reason")) {
        label = m_reasonError;
        focus = m_reason;
    } else if (field.startsWith(QLatin1String("decision.valid"))) {
        label = m_periodError;
        focus = field.endsWith(QLatin1String("from")) ? m_validFrom : m_validTo;
    }
    InlineError::show(label, label->text().isEmpty() ? message : label->text() + QLatin1Char('\n') + message);
    if (focus && m_shownErrors.isEmpty())
        focus->setFocus(Qt::OtherFocusReason);
    m_shownErrors.insert(field.isEmpty() ? QStringLiteral("general") : field, message);
}

void DecisionDialog::accept()
{
    clearErrors();
    const CaseDecision d = decisionFromForm();
    QList<QPair<QString, QString>> errors;
    if (d.decidedBy.isEmpty())
        errors.append({QStringLiteral("decision.decided_by"), tr("Name who made the decision.")});
    if (d.decidedOn > m_clock.today())
        errors.append({QStringLiteral("decision.decided_on"), tr("The decision date cannot be in the future.")});
    if (d.outcome == DecisionOutcome::Refused && d.reason.isEmpty())
        errors.append({QStringLiteral("decision.reason"), tr("A refusal needs its reason, with the rule cited.")});
    if (d.outcome == DecisionOutcome::Granted) {
        const QDate latest = latestEnd();
        if (d.validTo < d.validFrom)
            errors.append({QStringLiteral("decision.valid_to"), tr("The period cannot end before it starts.")});
        else if (latest.isValid() && d.validTo > latest)
            errors.append({QStringLiteral("decision.valid_to"),
                           tr("The period cannot end after %1, the latest legal end date (alkoholloven § 1-6).")
                               .arg(formatDate(latest))});
    }
    for (const auto &error : errors)
        showError(error.first, error.second);
    if (!errors.isEmpty())
        return;
    Result<Case> result = m_repository.decide(m_case.id, d);
    if (!result) {
        showError(result.error().field, InlineError::text(result.error()));
        return;
    }
    m_saved = *std::move(result);
    QDialog::accept();
}

} // namespace bevilling
