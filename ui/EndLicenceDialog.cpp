#include "EndLicenceDialog.h"
#include "InlineError.h"

#include "DateEdit.h"
#include "storage/LicenceRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bevilling {

EndLicenceDialog::EndLicenceDialog(LicenceRepository &repository, const Clock &clock, const Licence &licence,
                                   QWidget *parent)
    : QDialog(parent),
      m_repository(repository),
      m_licence(licence),
      m_date(new DateEdit(this)),
      m_dateError(InlineError::makeLabel(this, QStringLiteral("endDateErrorLabel"))),
      m_reason(new QComboBox(this)),
      m_note(new QPlainTextEdit(this)),
      m_error(InlineError::makeLabel(this, QStringLiteral("endErrorLabel"))),
      m_save(nullptr)
{
    setObjectName(QStringLiteral("endLicenceDialog"));
    setWindowTitle(tr("End licence %1").arg(licence.number));
    setModal(true);

    auto *intro = new QLabel(tr("End licence %1 for %2. The licence keeps its history; the end can be undone.")
                                 .arg(licence.number, licence.licensee.name),
                             this);
    intro->setWordWrap(true);

    m_date->setObjectName(QStringLiteral("endDateEdit"));
    m_date->setDate(clock.today());
    m_reason->setObjectName(QStringLiteral("endReasonComboBox"));
    for (EndReason reason : DomainTexts::allEndReasons())
        m_reason->addItem(DomainTexts::endReasonName(reason), static_cast<int>(reason));
    m_note->setObjectName(QStringLiteral("endNoteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("For example the case number of the decision"));

    auto *dateField = new QWidget(this);
    auto *dateLayout = new QVBoxLayout(dateField);
    dateLayout->setContentsMargins(0, 0, 0, 0);
    dateLayout->addWidget(m_date);
    dateLayout->addWidget(m_dateError);

    auto *form = new QFormLayout;
    form->addRow(tr("&End date:"), dateField);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Note:"), m_note);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("End licence"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EndLicenceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EndLicenceDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

void EndLicenceDialog::showError(const QString &field, const QString &message)
{
    QLabel *label = field == QLatin1String("endedOn") ? m_dateError : m_error;
    m_dateError->hide();
    m_error->hide();
    label->setText(message);
    label->show();
}

void EndLicenceDialog::accept()
{
    const auto reason = static_cast<EndReason>(m_reason->currentData().toInt());
    const Result<Licence> result = m_repository.end(m_licence.id, m_date->date(), reason, m_note->toPlainText().trimmed());
    if (!result) {
        showError(result.error().field, result.error().message);
        return;
    }
    m_saved = *result;
    QDialog::accept();
}

} // namespace bevilling
