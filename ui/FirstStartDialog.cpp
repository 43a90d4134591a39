#include "FirstStartDialog.h"

#include "NewRegisterForm.h"
#include "RegisterFiles.h"

#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace bevilling {

FirstStartDialog::FirstStartDialog(const Clock &clock, QWidget *parent)
    : QDialog(parent), m_clock(clock), m_form(new NewRegisterForm(this))
{
    setObjectName(QStringLiteral("firstStartDialog"));
    setWindowTitle(tr("Welcome to Bevilling"));

    auto *heading = new QLabel(tr("Welcome to Bevilling"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *intro = new QLabel(tr("Bevilling keeps the municipality's register of alcohol licences. "
                                "There is no register on this computer yet. How do you want to start?"),
                             this);
    intro->setWordWrap(true);

    auto *createGroup = new QGroupBox(tr("Create an empty register for your municipality"), this);
    auto *createLayout = new QVBoxLayout(createGroup);
    createLayout->addWidget(m_form);
    auto *create = new QPushButton(tr("&Create register"), createGroup);
    create->setObjectName(QStringLiteral("createButton"));
    create->setDefault(true);
    auto *createRow = new QHBoxLayout;
    createRow->addStretch();
    createRow->addWidget(create);
    createLayout->addLayout(createRow);

    auto *openGroup = new QGroupBox(tr("Open an existing register file"), this);
    auto *openLayout = new QHBoxLayout(openGroup);
    auto *openText = new QLabel(tr("For example a register a colleague has set up on a shared drive."), openGroup);
    openText->setWordWrap(true);
    auto *open = new QPushButton(tr("&Open existing file…"), openGroup);
    open->setObjectName(QStringLiteral("openButton"));
    open->setAutoDefault(false);
    openLayout->addWidget(openText, 1);
    openLayout->addWidget(open);

    auto *demoGroup = new QGroupBox(tr("Explore a demo register"), this);
    auto *demoLayout = new QHBoxLayout(demoGroup);
    auto *demoText = new QLabel(tr("About 30 fictional licences to try things out. The demo register is a separate file "
                                   "and is clearly marked as demo."),
                                demoGroup);
    demoText->setWordWrap(true);
    auto *demo = new QPushButton(tr("Explore the &demo"), demoGroup);
    demo->setObjectName(QStringLiteral("demoButton"));
    demo->setAutoDefault(false);
    demoLayout->addWidget(demoText, 1);
    demoLayout->addWidget(demo);

    auto *quit = new QPushButton(tr("&Quit"), this);
    quit->setObjectName(QStringLiteral("quitButton"));
    quit->setAutoDefault(false);
    auto *quitRow = new QHBoxLayout;
    quitRow->addStretch();
    quitRow->addWidget(quit);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(createGroup);
    layout->addWidget(openGroup);
    layout->addWidget(demoGroup);
    layout->addLayout(quitRow);

    connect(create, &QPushButton::clicked, this, &FirstStartDialog::createRegister);
    connect(m_form, &NewRegisterForm::submitted, this, &FirstStartDialog::createRegister);
    connect(open, &QPushButton::clicked, this, &FirstStartDialog::openExisting);
    connect(demo, &QPushButton::clicked, this, &FirstStartDialog::exploreDemo);
    connect(quit, &QPushButton::clicked, this, &FirstStartDialog::reject);
    resize(620, sizeHint().height());
}

FirstStartDialog::~FirstStartDialog() = default;

void FirstStartDialog::createRegister()
{
    if (!m_form->validate())
        return;
    Result<std::unique_ptr<Database>> created = RegisterFiles::create(m_form->path(), m_form->info(), m_clock, m_form->rulePreset());
    if (!created) {
        m_form->showPathError(created.error().message);
        return;
    }
    m_db = std::move(created).value();
    accept();
}

void FirstStartDialog::openExisting()
{
    std::unique_ptr<Database> db =
        RegisterFiles::chooseAndOpen(this, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!db)
        return;
    m_db = std::move(db);
    accept();
}

void FirstStartDialog::exploreDemo()
{
    std::unique_ptr<Database> db = RegisterFiles::openDemo(this, m_clock);
    if (!db)
        return;
    m_db = std::move(db);
    accept();
}

} // namespace bevilling
