#pragma once

#include "Clock.h"
#include "letters/LetterTemplate.h"

#include <QDialog>
#include <QString>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace bevilling {

class Database;

// "Brevmaler": the administrators' editor of the register's two decision-letter templates
// (grant and refusal). The template is HTML in a plain-text editor; the merge fields are listed
// beside it and inserted at the cursor with a double click or "Insert field"; a preview shows the
// template merged with example data as the text changes. Placeholders that are not merge fields
// are named next to the editor and keep Save disabled. "Reset to default" puts the shipped
// template back in the editor; Save stores every changed template (one transaction and audit entry
// each; a template equal to the shipped one removes the register's own) and closes the dialog.
class LetterTemplateDialog : public QDialog
{
    Q_OBJECT
public:
    LetterTemplateDialog(const Database &db, const Clock &clock, QWidget *parent = nullptr);

    LetterKind currentKind() const;
    void setCurrentKind(LetterKind kind);
    // The editor's text for `kind`, saved or not.
    QString templateText(LetterKind kind) const;

public Q_SLOTS:
    void save();
    void resetToDefault();
    void insertField(const QString &key);

Q_SIGNALS:
    void templatesSaved();

private:
    static int index(LetterKind kind) { return kind == LetterKind::Grant ? 0 : 1; }
    void load();
    void showKind(LetterKind kind);
    void textChanged();
    void updateState();

    const Database &m_db;
    const Clock &m_clock;
    LetterKind m_kind = LetterKind::Grant;
    QString m_texts[2];  // the editor's text per kind
    QString m_stored[2]; // as loaded from the register
    bool m_loading = false;

    QComboBox *m_kindCombo;
    QPlainTextEdit *m_editor;
    QLabel *m_templateError;
    QLabel *m_stateLabel;
    QListWidget *m_fields;
    QPushButton *m_insertButton;
    QTextBrowser *m_preview;
    QPushButton *m_resetButton;
    QLabel *m_saveError;
    QDialogButtonBox *m_buttons;
    QPushButton *m_saveButton;
};

} // namespace bevilling
