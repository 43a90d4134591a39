#include "RegisterSettingsDialog.h"
#include "InlineError.h"

#include "storage/Database.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace bevilling {

RegisterSettingsDialog::RegisterSettingsDialog(const Database &db, const Clock &clock, QWidget *parent)
    : QDialog(parent),
      m_settings(db, clock),
      m_name(new QLineEdit(this)),
      m_nameError(InlineError::makeLabel(this, QStringLiteral("municipalityNameErrorLabel"))),
      m_number(new QLineEdit(this)),
      m_numberError(InlineError::makeLabel(this, QStringLiteral("municipalityNumberErrorLabel"))),
      m_allowSaleGroup2(new QCheckBox(tr("Sales licences may also cover alcohol group &2"), this)),
      m_error(InlineError::makeLabel(this, QStringLiteral("settingsErrorLabel")))
{
    setObjectName(QStringLiteral("registerSettingsDialog"));
    setWindowTitle(tr("Register settings"));
    setModal(true);

    const Result<RegisterInfo> info = m_settings.load();
    if (info)
        m_info = *info;
    else {
        m_error->setText(info.error().message);
        m_error->show();
    }

    m_name->setObjectName(QStringLiteral("municipalityNameEdit"));
    m_name->setText(m_info.municipalityName);
    m_name->setPlaceholderText(tr("For example: Bærum kommune"));
    m_number->setObjectName(QStringLiteral("municipalityNumberEdit"));
    m_number->setText(m_info.municipalityNumber);
    m_number->setMaxLength(4);
    m_number->setPlaceholderText(tr("4 digits, optional"));
    m_allowSaleGroup2->setObjectName(QStringLiteral("allowSaleGroup2CheckBox"));
    m_allowSaleGroup2->setChecked(m_info.allowSaleGroup2);
    m_allowSaleGroup2->setToolTip(tr("Sales of beverages with 4.7 to 22 % alcohol need a special decision by the municipal council."));
    connect(m_number, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QString message = RegisterSettings::checkMunicipalityNumber(text);
        const bool show = !message.isEmpty() && (text.size() >= 4 || text.contains(QRegularExpression(QStringLiteral("\\D"))));
        m_numberError->setText(message);
        m_numberError->setVisible(show);
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Municipality:"), InlineError::withField(this, m_name, m_nameError));
    form->addRow(tr("Municipality &number:"), InlineError::withField(this, m_number, m_numberError));
    form->addRow(QString(), m_allowSaleGroup2);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RegisterSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RegisterSettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (db.isReadOnly()) {
        save->setEnabled(false);
        m_error->setText(tr("The register is open read-only; the settings cannot be changed."));
        m_error->show();
    }
    resize(460, sizeHint().height());
}

void RegisterSettingsDialog::accept()
{
    RegisterInfo info = m_info;
    info.municipalityName = m_name->text().trimmed();
    info.municipalityNumber = m_number->text().trimmed();
    info.allowSaleGroup2 = m_allowSaleGroup2->isChecked();
    m_nameError->hide();
    m_numberError->hide();
    m_error->hide();
    const Status saved = m_settings.save(info);
    if (!saved) {
        const Error &error = saved.error();
        QLabel *label = error.field == QLatin1String("municipalityName")     ? m_nameError
                        : error.field == QLatin1String("municipalityNumber") ? m_numberError
                                                                             : m_error;
        label->setText(error.message);
        label->show();
        return;
    }
    m_info = info;
    QDialog::accept();
}

} // namespace bevilling
