#include "NewRegisterDialog.h"

#include "NewRegisterForm.h"
#include "RegisterFiles.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace bevilling {

NewRegisterDialog::NewRegisterDialog(const Clock &clock, QWidget *parent)
    : QDialog(parent), m_clock(clock), m_form(new NewRegisterForm(this))
{
    setObjectName(QStringLiteral("newRegisterDialog"));
    setWindowTitle(tr("New register file"));
    setModal(true);
    auto *intro = new QLabel(tr("Create an empty licence register for a municipality. Everything you enter is saved in "
                                "this file at once."),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *create = buttons->addButton(tr("&Create register"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("createButton"));
    create->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewRegisterDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewRegisterDialog::reject);
    connect(m_form, &NewRegisterForm::submitted, this, &NewRegisterDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

NewRegisterDialog::~NewRegisterDialog() = default;

void NewRegisterDialog::accept()
{
    if (!m_form->validate())
        return;
    Result<std::unique_ptr<Database>> created = RegisterFiles::create(m_form->path(), m_form->info(), m_clock, m_form->rulePreset());
    if (!created) {
        m_form->showPathError(created.error().message);
        return;
    }
    m_db = std::move(created).value();
    QDialog::accept();
}

} // namespace bevilling
