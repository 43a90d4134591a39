#include "NewRegisterForm.h"
#include "InlineError.h"

#include "FileDialog.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bevilling {

NewRegisterForm::NewRegisterForm(QWidget *parent)
    : QWidget(parent),
      m_name(new QLineEdit(this)),
      m_nameError(InlineError::makeLabel(this, QStringLiteral("municipalityNameErrorLabel"))),
      m_number(new QLineEdit(this)),
      m_numberError(InlineError::makeLabel(this, QStringLiteral("municipalityNumberErrorLabel"))),
      m_rulePreset(new QComboBox(this)),
      m_path(new QLineEdit(this)),
      m_browse(new QPushButton(tr("C&hange…"), this)),
      m_pathError(InlineError::makeLabel(this, QStringLiteral("pathErrorLabel")))
{
    setObjectName(QStringLiteral("newRegisterForm"));
    m_name->setObjectName(QStringLiteral("municipalityNameEdit"));
    m_name->setPlaceholderText(tr("For example: Bærum kommune"));
    m_number->setObjectName(QStringLiteral("municipalityNumberEdit"));
    m_number->setPlaceholderText(tr("4 digits, optional"));
    m_number->setMaxLength(4);
    m_rulePreset->setObjectName(QStringLiteral("rulePresetComboBox"));
    m_rulePreset->addItem(tr("National maximum hours"), QStringLiteral("national"));
    m_rulePreset->addItem(tr("Bærum kommune's rules (2020)"), QStringLiteral("baerum-2020"));
    m_rulePreset->setToolTip(tr("The sales and serving hours, fee tiers and settings the register starts with. "
                                "An administrator can change them later under Rules."));
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_path->setText(QDir::toNativeSeparators(Database::defaultPath()));
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_browse->setAutoDefault(false);

    auto *pathRow = new QWidget(this);
    auto *pathLayout = new QHBoxLayout(pathRow);
    pathLayout->setContentsMargins(0, 0, 0, 0);
    pathLayout->addWidget(m_path, 1);
    pathLayout->addWidget(m_browse);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Municipality:"), InlineError::withField(this, m_name, m_nameError));
    form->addRow(tr("Municipality &number:"), InlineError::withField(this, m_number, m_numberError));
    form->addRow(tr("&Rules to start from:"), m_rulePreset);
    auto *pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, InlineError::withField(this, pathRow, m_pathError));

    connect(m_name, &QLineEdit::textEdited, this, [this] {
        if (!m_nameError->isHidden())
            InlineError::show(m_nameError, m_name->text().trimmed().isEmpty() ? m_nameError->text() : QString());
    });
    connect(m_number, &QLineEdit::textChanged, this, &NewRegisterForm::updateNumberHint);
    connect(m_path, &QLineEdit::textEdited, this, [this] { InlineError::show(m_pathError, QString()); });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString chosen = FileDialog::getSaveFileName(this, tr("Where should the new register be saved?"), path());
        if (!chosen.isEmpty()) {
            setPath(chosen);
            InlineError::show(m_pathError, QString());
        }
    });
    for (QLineEdit *edit : {m_name, m_number, m_path})
        connect(edit, &QLineEdit::returnPressed, this, &NewRegisterForm::submitted);
}

void NewRegisterForm::updateNumberHint()
{
    const QString text = m_number->text().trimmed();
    bool digits = true;
    for (const QChar c : text)
        digits = digits && c.isDigit();
    // Judge the length once four characters are typed; other characters at once.
    const QString message = RegisterSettings::checkMunicipalityNumber(text);
    InlineError::show(m_numberError, (!digits || text.size() >= 4) ? message : QString());
}

RegisterInfo NewRegisterForm::info() const
{
    RegisterInfo info;
    info.municipalityName = m_name->text().trimmed();
    info.municipalityNumber = m_number->text().trimmed();
    return info;
}

QString NewRegisterForm::rulePreset() const
{
    return m_rulePreset->currentData().toString();
}

void NewRegisterForm::setRulePreset(const QString &preset)
{
    const int index = m_rulePreset->findData(preset);
    if (index >= 0)
        m_rulePreset->setCurrentIndex(index);
}

QString NewRegisterForm::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void NewRegisterForm::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

bool NewRegisterForm::validate()
{
    bool ok = true;
    QWidget *first = nullptr;
    if (m_name->text().trimmed().isEmpty()) {
        InlineError::show(m_nameError, tr("Municipality: a name is required."));
        ok = false;
        first = m_name;
    } else {
        InlineError::show(m_nameError, QString());
    }
    const QString numberError = RegisterSettings::checkMunicipalityNumber(m_number->text());
    InlineError::show(m_numberError, numberError);
    if (!numberError.isEmpty()) {
        ok = false;
        if (!first)
            first = m_number;
    }
    QString pathError;
    const QFileInfo file(path());
    if (path().isEmpty())
        pathError = tr("File: choose where the register file should be saved.");
    else if (file.exists())
        pathError = tr("File: %1 already exists. Choose another name, or open the existing file instead.")
                        .arg(QDir::toNativeSeparators(file.absoluteFilePath()));
    InlineError::show(m_pathError, pathError);
    if (!pathError.isEmpty()) {
        ok = false;
        if (!first)
            first = m_path;
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    return ok;
}

void NewRegisterForm::showPathError(const QString &message)
{
    InlineError::show(m_pathError, message);
}

} // namespace bevilling
