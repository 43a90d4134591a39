#include "FeeCycleSettingsDialog.h"

#include "InlineError.h"
#include "storage/Database.h"
#include "storage/TurnoverRepository.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bevilling {

FeeCycleSettingsDialog::FeeCycleSettingsDialog(const Database &db, const Clock &clock, bool readOnly, QWidget *parent)
    : QDialog(parent),
      m_db(db),
      m_clock(clock),
      m_readOnly(readOnly),
      m_trueUp(new QCheckBox(tr("&True-up of last year's fee from the actual turnover"), this)),
      m_auditor(new QCheckBox(tr("The &auditor must confirm the turnover reports"), this)),
      m_threshold(new QDoubleSpinBox(this)),
      m_reminderDays(new QSpinBox(this)),
      m_paymentDays(new QSpinBox(this)),
      m_error(InlineError::makeLabel(this, QStringLiteral("settingsError")))
{
    setObjectName(QStringLiteral("feeCycleSettingsDialog"));
    setWindowTitle(tr("Settings for the fee year"));
    m_trueUp->setObjectName(QStringLiteral("trueUpCheckBox"));
    m_auditor->setObjectName(QStringLiteral("auditorRequiredCheckBox"));
    m_threshold->setObjectName(QStringLiteral("thresholdSpinBox"));
    m_threshold->setRange(0, 1000);
    m_threshold->setDecimals(0);
    m_threshold->setSuffix(QStringLiteral(" %"));
    m_reminderDays->setObjectName(QStringLiteral("reminderDaysSpinBox"));
    m_reminderDays->setRange(1, 180);
    m_reminderDays->setSuffix(tr(" days"));
    m_paymentDays->setObjectName(QStringLiteral("paymentDaysSpinBox"));
    m_paymentDays->setRange(1, 180);
    m_paymentDays->setSuffix(tr(" days"));

    FeeCycleSettings settings;
    if (const Result<FeeCycleSettings> stored = TurnoverRepository(db, clock).settings())
        settings = *stored;
    else
        InlineError::show(m_error, stored.error().toString());
    m_trueUp->setChecked(settings.trueUp);
    m_auditor->setChecked(settings.auditorConfirmationRequired);
    m_threshold->setValue(settings.changeThresholdPercent);
    m_reminderDays->setValue(settings.reminderReplyDays);
    m_paymentDays->setValue(settings.paymentDays);

    auto *explanation = new QLabel(tr("The provisional fee is computed from the expected turnover. With the true-up, "
                                      "last year's fee is settled against the actual turnover: an extra invoice or a "
                                      "refund. The true-up applies to all licensees alike (alkoholforskriften § 6-3)."),
                                   this);
    explanation->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(m_trueUp);
    form->addRow(explanation);
    form->addRow(m_auditor);
    auto add = [this, form](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    add(tr("&Flag changes from last year above:"), m_threshold);
    add(tr("&Reply deadline after a reminder:"), m_reminderDays);
    add(tr("&Payment deadline of an invoice:"), m_paymentDays);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!readOnly);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FeeCycleSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FeeCycleSettingsDialog::reject);
    for (QWidget *w : std::initializer_list<QWidget *>{m_trueUp, m_auditor, m_threshold, m_reminderDays, m_paymentDays})
        w->setEnabled(!readOnly);
}

void FeeCycleSettingsDialog::accept()
{
    if (m_readOnly)
        return;
    InlineError::show(m_error, QString());
    FeeCycleSettings settings;
    settings.trueUp = m_trueUp->isChecked();
    settings.auditorConfirmationRequired = m_auditor->isChecked();
    settings.changeThresholdPercent = m_threshold->value();
    settings.reminderReplyDays = m_reminderDays->value();
    settings.paymentDays = m_paymentDays->value();
    const Status saved = TurnoverRepository(m_db, m_clock).saveSettings(settings);
    if (!saved) {
        InlineError::show(m_error, InlineError::text(saved.error()));
        return;
    }
    QDialog::accept();
}

} // namespace bevilling
