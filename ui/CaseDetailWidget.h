#pragma once

#include "CaseUiSupport.h"
#include "Clock.h"
#include "cases/Case.h"
#include "cases/CaseChecks.h"
#include "validation/LicenceValidator.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QTreeWidget;

namespace bevilling {

class CaseRepository;
class Database;

// The selected case: "Oversikt" (status, processing clock, warnings, application, actions),
// "Uttalelser" (statements), "Vedlegg" (attachments and the missing list), "Vedtak og klage" and
// "Historikk". Every action saves through the repository at once and reports caseChanged().
class CaseDetailWidget : public QWidget
{
    Q_OBJECT
public:
    explicit CaseDetailWidget(const Clock &clock, QWidget *parent = nullptr);
    ~CaseDetailWidget() override;

    // nullptr: nothing shown. `environment` comes from the register's rule set.
    void setDatabase(const Database *db, bool readOnly, ValidationOptions options, const CaseEnvironment &environment);
    // Loads and shows case `id` (0: none).
    void showCase(qint64 id);
    void clear();
    qint64 caseId() const { return m_case ? m_case->id : 0; }
    const std::optional<Case> &currentCase() const { return m_case; }
    QTabWidget *tabs() const { return m_tabs; }

    // The overview as plain HTML (for tests and printing).
    static QString overviewHtml(const Case &c, const ClockState &clock, const QList<CaseWarning> &warnings,
                                const rules::RuleSettings &settings);

    // Actions (the buttons call these).
    void changeStatus();
    void assign();
    void editCase();
    void decide();
    void registerAppeal();
    void makeLetter();
    void addStatement();
    void editStatement();
    void removeStatement();
    void remindStatement();
    void addAttachment();
    void openAttachment();
    void saveAttachmentAs();
    void removeAttachment();
    void saveMissingAttachments();

Q_SIGNALS:
    void caseChanged(qint64 id);
    void licencesChanged();

private:
    void build();
    void refresh(const Case &c);
    void afterSave(const Case &c, bool licences = false);
    void updateActions();
    void fillStatements();
    void fillAttachments();
    void fillDecision();
    void fillHistory();
    QString officer() const;
    std::optional<CaseStatement> currentStatement() const;
    std::optional<CaseAttachment> currentAttachment() const;
    void showError(const QString &title, const Error &error);

    const Clock &m_clock;
    const Database *m_db = nullptr;
    bool m_readOnly = true;
    ValidationOptions m_options;
    CaseEnvironment m_environment;
    std::unique_ptr<CaseRepository> m_repository;
    std::optional<Case> m_case;

    QLabel *m_title;
    QTabWidget *m_tabs;
    QTextBrowser *m_overview;
    QPushButton *m_statusButton;
    QPushButton *m_assignButton;
    QPushButton *m_editButton;
    QPushButton *m_decideButton;
    QPushButton *m_appealButton;
    QPushButton *m_letterButton;
    QTableWidget *m_statements;
    QPushButton *m_addStatement;
    QPushButton *m_editStatement;
    QPushButton *m_removeStatement;
    QPushButton *m_remindStatement;
    QTableWidget *m_attachments;
    QComboBox *m_category;
    QPushButton *m_addAttachment;
    QPushButton *m_openAttachment;
    QPushButton *m_saveAttachment;
    QPushButton *m_removeAttachment;
    QPlainTextEdit *m_missing;
    QPushButton *m_saveMissing;
    QTextBrowser *m_decision;
    QTreeWidget *m_history;
};

} // namespace bevilling
