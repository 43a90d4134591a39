#include "SanctionDialogs.h"

#include "DateEdit.h"
#include "InlineError.h"
#include "MessageBox.h"
#include "domain/Licence.h"
#include "inspections/SanctionWorkflow.h"
#include "rules/Findings.h"
#include "storage/Database.h"
#include "storage/LicenceRepository.h"
#include "storage/SanctionRepository.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bevilling {

namespace {

QString findingText(const QString &code)
{
    const std::optional<rules::FindingCode> finding = rules::Findings::find(code);
    return finding ? finding->text : code;
}

} // namespace

SanctionFormDialog::SanctionFormDialog(const Database &db, const Clock &clock, QWidget *parent)
    : QDialog(parent),
      m_db(db),
      m_clock(clock),
      m_form(new QFormLayout),
      m_generalError(InlineError::makeLabel(this, QStringLiteral("generalErrorLabel"))),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SanctionFormDialog::finishLayout()
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_generalError);
    layout->addWidget(m_buttons);
}

void SanctionFormDialog::addRow(const QString &label, QWidget *field, const QString &errorField)
{
    QLabel *error = InlineError::makeLabel(this, errorField + QStringLiteral("ErrorLabel"));
    m_errors.insert(errorField, error);
    auto *l = new QLabel(label, this);
    l->setBuddy(field);
    m_form->addRow(l, InlineError::withField(this, field, error));
}

QLabel *SanctionFormDialog::errorLabel(const QString &field) const
{
    return m_errors.value(field, m_generalError);
}

void SanctionFormDialog::clearErrors()
{
    for (QLabel *label : std::as_const(m_errors))
        InlineError::show(label, QString());
    InlineError::show(m_generalError, QString());
}

void SanctionFormDialog::showFieldError(const QString &field, const QString &message)
{
    InlineError::show(errorLabel(field), message);
}

void SanctionFormDialog::showError(const Error &error)
{
    QString field = error.field;
    // The repository names some fields with their section ("suspension.from"); the form's rows
    // use the same names where they exist.
    if (!m_errors.contains(field) && field.contains(QLatin1Char('.')) && !field.startsWith(QLatin1String("findings[")))
        field = field.section(QLatin1Char('.'), -1);
    InlineError::show(m_errors.value(field, m_generalError), InlineError::text(error));
}

bool SanctionFormDialog::hasErrors() const
{
    for (QLabel *label : std::as_const(m_errors)) {
        if (!label->isHidden() && !label->text().isEmpty())
            return true;
    }
    return !m_generalError->isHidden() && !m_generalError->text().isEmpty();
}

void SanctionFormDialog::accept()
{
    clearErrors();
    Result<SanctionCase> saved = save();
    if (!saved) {
        if (!saved.error().code.isEmpty())
            showError(saved.error());
        return;
    }
    m_result = *std::move(saved);
    QDialog::accept();
}

// ---------------------------------------------------------------------------------------------

SanctionReportDialog::SanctionReportDialog(const Database &db, const Clock &clock, QWidget *parent)
    : SanctionFormDialog(db, clock, parent),
      m_search(new QLineEdit(this)),
      m_licences(new QListWidget(this)),
      m_code(new QComboBox(this)),
      m_date(new DateEdit(this)),
      m_authority(new QComboBox(this)),
      m_other(new QLineEdit(this))
{
    setObjectName(QStringLiteral("sanctionReportDialog"));
    setWindowTitle(tr("New sanction case from a report"));
    m_search->setObjectName(QStringLiteral("licenceSearchEdit"));
    m_search->setPlaceholderText(tr("Licence number, licensee, premises, address…"));
    m_search->setClearButtonEnabled(true);
    m_licences->setObjectName(QStringLiteral("licenceListWidget"));
    m_licences->setMinimumHeight(120);
    if (Result<QList<Licence>> licences = LicenceRepository(db, clock).list()) {
        for (const Licence &licence : std::as_const(*licences)) {
            const QString place = licence.premises.name.isEmpty() ? licence.eventName : licence.premises.name;
            auto *item = new QListWidgetItem(
                QStringLiteral("%1 – %2 – %3").arg(licence.number, licence.licensee.name, place), m_licences);
            item->setData(Qt::UserRole, licence.id);
            item->setData(Qt::UserRole + 1,
                          QStringList{licence.number, licence.licensee.name, licence.licensee.orgNumber, place,
                                      licence.premises.address}
                              .join(QLatin1Char(' ')));
        }
    }
    m_code->setObjectName(QStringLiteral("codeComboBox"));
    for (const rules::FindingCode &code : rules::Findings::all())
        m_code->addItem(tr("%1 (%2 prikker)").arg(code.text).arg(code.prikker), code.code);
    m_date->setObjectName(QStringLiteral("offenceDateEdit"));
    m_date->setDate(clock.today());
    m_authority->setObjectName(QStringLiteral("authorityComboBox"));
    m_authority->addItem(tr("Police"), QStringLiteral("Politiet"));
    m_authority->addItem(tr("Tax Administration (Skatteetaten)"), QStringLiteral("Skatteetaten"));
    m_authority->addItem(tr("Other…"), QString());
    m_other->setObjectName(QStringLiteral("otherAuthorityEdit"));
    m_other->setPlaceholderText(tr("Name of the reporting authority"));
    m_other->setEnabled(false);

    addRow(tr("&Find licence:"), m_search, QStringLiteral("search"));
    addRow(tr("&Licence:"), m_licences, QStringLiteral("licence_id"));
    addRow(tr("&Finding:"), m_code, QStringLiteral("code"));
    addRow(tr("&Offence date:"), m_date, QStringLiteral("date"));
    addRow(tr("Reported &by:"), m_authority, QStringLiteral("authority"));
    addRow(tr("&Other authority:"), m_other, QStringLiteral("source"));
    finishLayout();

    connect(m_search, &QLineEdit::textChanged, this, &SanctionReportDialog::filterLicences);
    connect(m_authority, &QComboBox::currentIndexChanged, this, [this] {
        m_other->setEnabled(m_authority->currentData().toString().isEmpty());
    });
}

void SanctionReportDialog::filterLicences()
{
    const QStringList words = m_search->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QListWidgetItem *firstVisible = nullptr;
    for (int i = 0; i < m_licences->count(); ++i) {
        QListWidgetItem *item = m_licences->item(i);
        const QString haystack = item->data(Qt::UserRole + 1).toString();
        bool match = true;
        for (const QString &word : words)
            match = match && haystack.contains(word, Qt::CaseInsensitive);
        item->setHidden(!match);
        if (match && !firstVisible)
            firstVisible = item;
    }
    if (m_licences->currentItem() && m_licences->currentItem()->isHidden())
        m_licences->setCurrentItem(nullptr);
    if (!m_licences->currentItem() && firstVisible)
        m_licences->setCurrentItem(firstVisible);
}

void SanctionReportDialog::selectLicence(qint64 id)
{
    for (int i = 0; i < m_licences->count(); ++i) {
        if (m_licences->item(i)->data(Qt::UserRole).toLongLong() == id)
            m_licences->setCurrentRow(i);
    }
}

Result<SanctionCase> SanctionReportDialog::save()
{
    QListWidgetItem *item = m_licences->currentItem();
    if (!item || item->isHidden())
        showFieldError(QStringLiteral("licence_id"), tr("Choose the licence the report concerns."));
    if (m_date->date() > m_clock.today())
        showFieldError(QStringLiteral("date"), tr("The offence date cannot be in the future."));
    QString source = m_authority->currentData().toString();
    if (source.isEmpty()) {
        source = m_other->text().trimmed();
        if (source.isEmpty())
            showFieldError(QStringLiteral("source"), tr("Name the authority that reported the breach."));
    }
    if (hasErrors())
        return makeError(QString(), QString());
    return SanctionRepository(m_db, m_clock)
        .createFromReport(item->data(Qt::UserRole).toLongLong(), m_code->currentData().toString(), m_date->date(), source);
}

// ---------------------------------------------------------------------------------------------

SanctionNoticeDialog::SanctionNoticeDialog(const Database &db, const Clock &clock, const SanctionCase &c, Kind kind,
                                           const QString &basis, QWidget *parent)
    : SanctionFormDialog(db, clock, parent),
      m_id(c.id),
      m_kind(kind),
      m_sent(new DateEdit(this))
{
    setObjectName(QStringLiteral("sanctionNoticeDialog"));
    setWindowTitle(kind == Kind::AdvanceNotice ? tr("Advance notice – %1").arg(c.number)
                                               : tr("Advance notice of suspension – %1").arg(c.number));
    if (!basis.isEmpty()) {
        auto *basisLabel = new QLabel(basis, this);
        basisLabel->setObjectName(QStringLiteral("basisLabel"));
        basisLabel->setWordWrap(true);
        basisLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_form->addRow(basisLabel);
    }
    m_sent->setObjectName(QStringLiteral("sentDateEdit"));
    m_sent->setDate(clock.today());
    addRow(tr("&Sent:"), m_sent, QStringLiteral("notice_sent"));
    if (kind == Kind::AdvanceNotice) {
        m_deadline = new DateEdit(this);
        m_deadline->setObjectName(QStringLiteral("deadlineDateEdit"));
        m_deadline->setDate(clock.today().addDays(14));
        addRow(tr("Response &deadline:"), m_deadline, QStringLiteral("response_deadline"));
        connect(m_sent, &QDateEdit::dateChanged, this, [this](const QDate &d) { m_deadline->setDate(d.addDays(14)); });
    }
    finishLayout();
}

Result<SanctionCase> SanctionNoticeDialog::save()
{
    SanctionRepository repo(m_db, m_clock);
    if (m_kind == Kind::AdvanceNotice) {
        if (m_deadline->date() <= m_sent->date()) {
            showFieldError(QStringLiteral("response_deadline"), tr("The response deadline must be after the date sent."));
            return makeError(QString(), QString());
        }
        return repo.sendNotice(m_id, m_sent->date(), m_deadline->date());
    }
    return repo.sendSuspensionNotice(m_id, m_sent->date());
}

// ---------------------------------------------------------------------------------------------

SanctionResponseDialog::SanctionResponseDialog(const Database &db, const Clock &clock, const SanctionCase &c,
                                               QWidget *parent)
    : SanctionFormDialog(db, clock, parent),
      m_id(c.id),
      m_response(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("sanctionResponseDialog"));
    setWindowTitle(tr("The licensee's response – %1").arg(c.number));
    m_response->setObjectName(QStringLiteral("responseEdit"));
    m_response->setTabChangesFocus(true);
    m_response->setPlainText(c.response);
    addRow(tr("&Response:"), m_response, QStringLiteral("response"));
    finishLayout();
}

Result<SanctionCase> SanctionResponseDialog::save()
{
    if (m_response->toPlainText().trimmed().isEmpty()) {
        showFieldError(QStringLiteral("response"), tr("Write what the licensee answered."));
        return makeError(QString(), QString());
    }
    return SanctionRepository(m_db, m_clock).recordResponse(m_id, m_response->toPlainText().trimmed());
}

// ---------------------------------------------------------------------------------------------

SanctionDecisionDialog::SanctionDecisionDialog(const Database &db, const Clock &clock, const SanctionCase &c,
                                               QWidget *parent)
    : SanctionFormDialog(db, clock, parent),
      m_case(c),
      m_decidedOn(new DateEdit(this)),
      m_decidedBy(new QLineEdit(this)),
      m_reference(new QLineEdit(this))
{
    setObjectName(QStringLiteral("sanctionDecisionDialog"));
    setWindowTitle(tr("Decision on prikker – %1").arg(c.number));
    for (int i = 0; i < c.findings.size(); ++i) {
        const SanctionFinding &f = c.findings.at(i);
        auto *row = new QWidget(this);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto *spin = new QSpinBox(row);
        spin->setObjectName(QStringLiteral("prikkerSpinBox%1").arg(i));
        spin->setRange(0, 24);
        spin->setValue(f.prikker());
        spin->setToolTip(tr("Standard: %1 prikker").arg(f.standardPrikker));
        auto *reason = new QLineEdit(row);
        reason->setObjectName(QStringLiteral("reasonEdit%1").arg(i));
        reason->setPlaceholderText(tr("Reason for deviating from the standard %1 prikker").arg(f.standardPrikker));
        reason->setText(f.reason);
        reason->setEnabled(spin->value() != f.standardPrikker);
        const int standard = f.standardPrikker;
        connect(spin, &QSpinBox::valueChanged, reason, [reason, standard](int value) { reason->setEnabled(value != standard); });
        rowLayout->addWidget(spin);
        rowLayout->addWidget(reason, 1);
        m_prikker.append(spin);
        m_reasons.append(reason);
        addRow(QStringLiteral("%1 (%2, %3):").arg(findingText(f.code), formatDate(f.offenceDate), f.source), row,
               QStringLiteral("findings[%1].reason").arg(i));
        m_errors.insert(QStringLiteral("findings[%1].decided_prikker").arg(i), m_errors.value(QStringLiteral("findings[%1].reason").arg(i)));
    }
    m_decidedOn->setObjectName(QStringLiteral("decidedOnEdit"));
    QDate suggested = clock.today();
    if (c.responseDeadline.isValid() && c.response.isEmpty() && suggested <= c.responseDeadline)
        suggested = c.responseDeadline.addDays(1);
    m_decidedOn->setDate(suggested);
    m_decidedBy->setObjectName(QStringLiteral("decidedByEdit"));
    m_decidedBy->setText(c.decidedBy);
    m_reference->setObjectName(QStringLiteral("referenceEdit"));
    m_reference->setText(c.reference);
    addRow(tr("Decided &on:"), m_decidedOn, QStringLiteral("decided_on"));
    addRow(tr("Decided &by:"), m_decidedBy, QStringLiteral("decided_by"));
    addRow(tr("&Reference:"), m_reference, QStringLiteral("reference"));
    finishLayout();
}

Result<SanctionCase> SanctionDecisionDialog::save()
{
    SanctionDecision decision;
    decision.decidedOn = m_decidedOn->date();
    decision.decidedBy = m_decidedBy->text().trimmed();
    decision.reference = m_reference->text().trimmed();
    for (int i = 0; i < m_case.findings.size(); ++i) {
        const int value = m_prikker.at(i)->value();
        const bool deviation = value != m_case.findings.at(i).standardPrikker;
        const QString reason = deviation ? m_reasons.at(i)->text().trimmed() : QString();
        if (deviation && reason.isEmpty()) {
            showFieldError(QStringLiteral("findings[%1].reason").arg(i),
                           tr("A deviation from the standard %1 prikker needs a written reason.")
                               .arg(m_case.findings.at(i).standardPrikker));
        }
        decision.prikker.append(deviation ? std::optional<int>(value) : std::nullopt);
        decision.reasons.append(reason);
    }
    if (decision.decidedBy.isEmpty())
        showFieldError(QStringLiteral("decided_by"), tr("Name who made the decision."));
    if (hasErrors())
        return makeError(QString(), QString());
    return SanctionRepository(m_db, m_clock).decide(m_case.id, decision);
}

// ---------------------------------------------------------------------------------------------

SuspensionDecisionDialog::SuspensionDecisionDialog(const Database &db, const Clock &clock, const SanctionCase &c,
                                                   int days, QWidget *parent)
    : SanctionFormDialog(db, clock, parent),
      m_case(c),
      m_days(days),
      m_decided(new DateEdit(this)),
      m_from(new DateEdit(this)),
      m_to(new DateEdit(this))
{
    setObjectName(QStringLiteral("suspensionDecisionDialog"));
    setWindowTitle(tr("Decision on suspension – %1").arg(c.number));
    auto *daysLabel = new QLabel(tr("The rules give a suspension of %1 days.").arg(days), this);
    daysLabel->setObjectName(QStringLiteral("suspensionDaysLabel"));
    m_form->addRow(daysLabel);
    m_decided->setObjectName(QStringLiteral("suspensionDecidedEdit"));
    m_decided->setDate(clock.today());
    m_from->setObjectName(QStringLiteral("suspensionFromEdit"));
    m_from->setDate(clock.today().addDays(14));
    m_to->setObjectName(QStringLiteral("suspensionToEdit"));
    m_to->setDate(m_from->date().addDays(days - 1));
    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate &d) { m_to->setDate(d.addDays(m_days - 1)); });
    addRow(tr("Decided &on:"), m_decided, QStringLiteral("decided"));
    addRow(tr("Suspended &from:"), m_from, QStringLiteral("from"));
    addRow(tr("Suspended &to:"), m_to, QStringLiteral("to"));
    finishLayout();
}

Result<SanctionCase> SuspensionDecisionDialog::save()
{
    if (m_to->date() < m_from->date()) {
        showFieldError(QStringLiteral("to"), tr("The suspension cannot end before it starts."));
        return makeError(QString(), QString());
    }
    SanctionCase planned = m_case;
    SanctionSuspension suspension = planned.suspension.value_or(SanctionSuspension());
    suspension.decided = m_decided->date();
    suspension.days = m_days;
    suspension.from = m_from->date();
    suspension.to = m_to->date();
    planned.suspension = suspension;
    const QStringList warnings = SanctionWorkflow::warnings(planned);
    if (!warnings.isEmpty()) {
        const MessageBox::Button answer =
            MessageBox::show(this, MessageBox::Icon::Warning, tr("Late suspension"),
                             warnings.join(QLatin1Char('\n')) + QLatin1Char('\n') + tr("Save the suspension anyway?"),
                             {MessageBox::Yes, MessageBox::No}, MessageBox::No);
        if (answer != MessageBox::Yes) {
            showFieldError(QStringLiteral("from"), warnings.join(QLatin1Char('\n')));
            return makeError(QString(), QString());
        }
    }
    return SanctionRepository(m_db, m_clock).decideSuspension(m_case.id, m_decided->date(), m_from->date(), m_to->date());
}

// ---------------------------------------------------------------------------------------------

SanctionAppealDialog::SanctionAppealDialog(const Database &db, const Clock &clock, const SanctionCase &c, Mode mode,
                                           QWidget *parent)
    : SanctionFormDialog(db, clock, parent),
      m_id(c.id),
      m_mode(mode),
      m_date(new DateEdit(this))
{
    setObjectName(QStringLiteral("sanctionAppealDialog"));
    m_date->setObjectName(QStringLiteral("appealDateEdit"));
    m_date->setDate(clock.today());
    if (mode == Mode::Register) {
        setWindowTitle(tr("Register appeal – %1").arg(c.number));
        m_grounds = new QPlainTextEdit(this);
        m_grounds->setObjectName(QStringLiteral("groundsEdit"));
        m_grounds->setTabChangesFocus(true);
        addRow(tr("&Received:"), m_date, QStringLiteral("received"));
        addRow(tr("&Grounds:"), m_grounds, QStringLiteral("grounds"));
    } else {
        setWindowTitle(tr("Outcome of the appeal – %1").arg(c.number));
        auto *choice = new QWidget(this);
        auto *choiceLayout = new QHBoxLayout(choice);
        choiceLayout->setContentsMargins(0, 0, 0, 0);
        m_upheld = new QRadioButton(tr("&Upheld"), choice);
        m_upheld->setObjectName(QStringLiteral("upheldRadioButton"));
        m_overturned = new QRadioButton(tr("O&verturned (the prikker leave the ledger)"), choice);
        m_overturned->setObjectName(QStringLiteral("overturnedRadioButton"));
        auto *group = new QButtonGroup(choice);
        group->addButton(m_upheld);
        group->addButton(m_overturned);
        choiceLayout->addWidget(m_upheld);
        choiceLayout->addWidget(m_overturned);
        addRow(tr("Outcome &on:"), m_date, QStringLiteral("outcome_on"));
        addRow(tr("Outcome:"), choice, QStringLiteral("overturned"));
    }
    finishLayout();
}

Result<SanctionCase> SanctionAppealDialog::save()
{
    SanctionRepository repo(m_db, m_clock);
    if (m_mode == Mode::Register) {
        if (m_grounds->toPlainText().trimmed().isEmpty()) {
            showFieldError(QStringLiteral("grounds"), tr("Write the grounds given in the appeal."));
            return makeError(QString(), QString());
        }
        return repo.registerAppeal(m_id, m_date->date(), m_grounds->toPlainText().trimmed());
    }
    if (!m_upheld->isChecked() && !m_overturned->isChecked()) {
        showFieldError(QStringLiteral("overturned"), tr("Choose whether the decision was upheld or overturned."));
        return makeError(QString(), QString());
    }
    return repo.appealOutcome(m_id, m_date->date(), m_overturned->isChecked());
}

} // namespace bevilling
