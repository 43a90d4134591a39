#include "LetterTemplateDialog.h"

#include "InlineError.h"
#include "letters/LetterTemplates.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

namespace bevilling {

namespace {

QWidget *column(QWidget *parent, QLabel *title, QWidget *main, const QList<QWidget *> &below)
{
    auto *widget = new QWidget(parent);
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(main, 1);
    for (QWidget *w : below)
        layout->addWidget(w);
    title->setBuddy(main);
    return widget;
}

} // namespace

LetterTemplateDialog::LetterTemplateDialog(const Database &db, const Clock &clock, QWidget *parent)
    : QDialog(parent),
      m_db(db),
      m_clock(clock),
      m_kindCombo(new QComboBox(this)),
      m_editor(new QPlainTextEdit(this)),
      m_templateError(InlineError::makeLabel(this, QStringLiteral("templateErrorLabel"))),
      m_stateLabel(new QLabel(this)),
      m_fields(new QListWidget(this)),
      m_insertButton(new QPushButton(tr("&Insert field"), this)),
      m_preview(new QTextBrowser(this)),
      m_resetButton(new QPushButton(tr("&Reset to default"), this)),
      m_saveError(InlineError::makeLabel(this, QStringLiteral("saveErrorLabel"))),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)),
      m_saveButton(m_buttons->button(QDialogButtonBox::Save))
{
    setObjectName(QStringLiteral("letterTemplateDialog"));
    setWindowTitle(tr("Letter templates"));
    m_kindCombo->setObjectName(QStringLiteral("letterKindComboBox"));
    m_editor->setObjectName(QStringLiteral("templatePlainTextEdit"));
    m_stateLabel->setObjectName(QStringLiteral("templateStateLabel"));
    m_fields->setObjectName(QStringLiteral("fieldsListWidget"));
    m_insertButton->setObjectName(QStringLiteral("insertFieldButton"));
    m_preview->setObjectName(QStringLiteral("previewTextBrowser"));
    m_resetButton->setObjectName(QStringLiteral("resetButton"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_buttons->setObjectName(QStringLiteral("letterTemplateButtonBox"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    for (const LetterKind kind : LetterTemplate::allKinds())
        m_kindCombo->addItem(kind == LetterKind::Grant ? tr("Grant letter") : tr("Refusal letter"),
                             LetterTemplate::kindKey(kind));

    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setTabChangesFocus(true);
    m_editor->setAccessibleName(tr("Template (HTML)"));

    for (const LetterField &field : LetterTemplate::allFields()) {
        auto *item = new QListWidgetItem(QStringLiteral("{{%1}}  %2").arg(field.key, field.description), m_fields);
        item->setData(Qt::UserRole, field.key);
        item->setToolTip(field.description);
    }
    m_preview->setOpenLinks(false);

    auto *intro = new QLabel(tr("The decision letters are HTML with merge fields written as {{field}}; the case's data "
                                "replaces them when a letter is made. Both letters should end with the appeal "
                                "information (3 weeks, forvaltningsloven §§ 28 and 29, Statsforvalteren)."),
                             this);
    intro->setWordWrap(true);

    auto *kindLabel = new QLabel(tr("&Letter:"), this);
    kindLabel->setBuddy(m_kindCombo);
    auto *top = new QHBoxLayout;
    top->addWidget(kindLabel);
    top->addWidget(m_kindCombo);
    top->addWidget(m_stateLabel, 1);
    top->addWidget(m_resetButton);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("letterTemplateSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(column(splitter, new QLabel(tr("&Template (HTML):"), this), m_editor, {m_templateError}));
    splitter->addWidget(column(splitter, new QLabel(tr("Merge &fields:"), this), m_fields, {m_insertButton}));
    splitter->addWidget(column(splitter, new QLabel(tr("&Preview with example data:"), this), m_preview, {}));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);
    resize(1200, 720);

    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, [this](int i) {
        showKind(i == 0 ? LetterKind::Grant : LetterKind::Refusal);
    });
    connect(m_editor, &QPlainTextEdit::textChanged, this, &LetterTemplateDialog::textChanged);
    connect(m_fields, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { insertField(item->data(Qt::UserRole).toString()); });
    connect(m_insertButton, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_fields->currentItem())
            insertField(item->data(Qt::UserRole).toString());
    });
    connect(m_fields, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *item) { m_insertButton->setEnabled(item && !m_db.isReadOnly()); });
    connect(m_resetButton, &QPushButton::clicked, this, &LetterTemplateDialog::resetToDefault);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LetterTemplateDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_insertButton->setEnabled(false);
    load();
}

LetterKind LetterTemplateDialog::currentKind() const
{
    return m_kind;
}

void LetterTemplateDialog::setCurrentKind(LetterKind kind)
{
    m_kindCombo->setCurrentIndex(index(kind)); // showKind() follows from the signal
}

QString LetterTemplateDialog::templateText(LetterKind kind) const
{
    return m_texts[index(kind)];
}

void LetterTemplateDialog::load()
{
    const LetterTemplates templates(m_db, m_clock);
    for (const LetterKind kind : LetterTemplate::allKinds()) {
        const Result<QString> loaded = templates.load(kind);
        if (!loaded) {
            InlineError::show(m_saveError, loaded.error().message);
            m_texts[index(kind)] = LetterTemplate::shipped(kind);
            m_stored[index(kind)] = m_texts[index(kind)];
            continue;
        }
        m_texts[index(kind)] = *loaded;
        m_stored[index(kind)] = *loaded;
    }
    const bool readOnly = m_db.isReadOnly();
    m_editor->setReadOnly(readOnly);
    m_resetButton->setEnabled(!readOnly);
    showKind(m_kind);
}

void LetterTemplateDialog::showKind(LetterKind kind)
{
    m_kind = kind;
    m_loading = true;
    m_editor->setPlainText(m_texts[index(kind)]);
    m_loading = false;
    updateState();
}

void LetterTemplateDialog::textChanged()
{
    if (m_loading)
        return;
    m_texts[index(m_kind)] = m_editor->toPlainText();
    updateState();
}

void LetterTemplateDialog::insertField(const QString &key)
{
    if (m_editor->isReadOnly() || key.isEmpty())
        return;
    m_editor->insertPlainText(QStringLiteral("{{") + key + QStringLiteral("}}"));
    m_editor->setFocus();
}

void LetterTemplateDialog::resetToDefault()
{
    if (m_editor->isReadOnly())
        return;
    // Through the editor's document, so that the reset can be undone with Ctrl+Z.
    QTextCursor cursor(m_editor->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(LetterTemplate::shipped(m_kind));
}

void LetterTemplateDialog::updateState()
{
    const QString &text = m_texts[index(m_kind)];
    const QStringList unknown = LetterTemplate::unknownPlaceholders(text);
    QString problem = LetterTemplate::unknownPlaceholdersMessage(unknown);
    if (problem.isEmpty() && text.trimmed().isEmpty())
        problem = tr("The letter cannot be empty.");
    InlineError::show(m_templateError, problem);

    m_preview->setHtml(LetterTemplate::merge(text, LetterTemplate::exampleFields(m_kind, m_clock.today())));

    const bool isShipped = text == LetterTemplate::shipped(m_kind);
    if (m_db.isReadOnly())
        m_stateLabel->setText(tr("The register is open read-only; the templates cannot be changed."));
    else
        m_stateLabel->setText(isShipped ? tr("The program's standard template.")
                                     : tr("Differs from the program's standard template."));
    m_resetButton->setEnabled(!m_db.isReadOnly() && !isShipped);

    // Save needs both letters to be usable; say which one holds it back when it is not this one.
    bool valid = true;
    bool changed = false;
    QString other;
    for (const LetterKind kind : LetterTemplate::allKinds()) {
        const QString &t = m_texts[index(kind)];
        const bool ok = !t.trimmed().isEmpty() && LetterTemplate::unknownPlaceholders(t).isEmpty();
        valid = valid && ok;
        changed = changed || t != m_stored[index(kind)];
        if (!ok && kind != m_kind)
            other = kind == LetterKind::Grant ? tr("The grant letter has problems; fix them before saving.")
                                              : tr("The refusal letter has problems; fix them before saving.");
    }
    InlineError::show(m_saveError, other);
    m_saveButton->setEnabled(!m_db.isReadOnly() && valid && changed);
}

void LetterTemplateDialog::save()
{
    if (!m_saveButton->isEnabled())
        return;
    LetterTemplates templates(m_db, m_clock);
    for (const LetterKind kind : LetterTemplate::allKinds()) {
        const int i = index(kind);
        if (m_texts[i] == m_stored[i])
            continue;
        const Status saved = m_texts[i] == LetterTemplate::shipped(kind) ? templates.reset(kind)
                                                                          : templates.save(kind, m_texts[i]);
        if (!saved) {
            setCurrentKind(kind);
            if (saved.error().field == LetterTemplates::FieldTemplate)
                InlineError::show(m_templateError, saved.error().message);
            else
                InlineError::show(m_saveError, saved.error().toString());
            return;
        }
        m_stored[i] = m_texts[i];
    }
    Q_EMIT templatesSaved();
    accept();
}

} // namespace bevilling
