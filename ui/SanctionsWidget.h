#pragma once

#include "Clock.h"
#include "InspectionLetters.h"
#include "inspections/Sanction.h"
#include "storage/SanctionRepository.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTextBrowser;

namespace bevilling {

class Database;
class SanctionFilterProxyModel;
class SanctionTableModel;

// The "Prikker" work area: the sanction cases with filters, and the selected case with its
// findings, the licence's ledger, what the case leads to, and every step of SanctionWorkflow.
class SanctionsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SanctionsWidget(const Clock &clock, QWidget *parent = nullptr);
    ~SanctionsWidget() override;

    void setDatabase(const Database *db, bool readOnly);
    void reload();
    void newFromInspection(qint64 inspectionId);
    void newFromReport();            // a report from police / Skatteetaten without an inspection
    void openSanction(qint64 id);

    // The steps on the selected case (each opens its dialog; true when something was saved).
    bool sendNotice();
    bool recordResponse();
    bool decide();
    bool sendSuspensionNotice();
    bool decideSuspension();
    bool registerAppeal();
    bool registerAppealOutcome();
    bool closeCase();
    bool writeCurrentLetter();
    // Writes the letter of `kind` for the selected case as PDF to a file chosen by the user
    // (FileDialog); false when cancelled or refused (the reason is shown).
    bool writeLetter(InspectionLetters::SanctionLetter kind);
    // The letter that belongs to the case's current status (the "Letter (PDF)…" button).
    static std::optional<InspectionLetters::SanctionLetter> letterFor(SanctionStatus status);

    SanctionTableModel *model() const { return m_model; }
    SanctionFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *tableView() const { return m_table; }
    QTextBrowser *detailBrowser() const { return m_detail; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *statusComboBox() const { return m_status; }
    QCheckBox *openOnlyCheckBox() const { return m_openOnly; }
    QPushButton *button(const QString &objectName) const;
    std::optional<qint64> currentSanctionId() const;
    // The licence's total with the current case counted, and its proposal (for the detail view).
    std::optional<SanctionProposal> currentProposal() const { return m_proposal; }
    // The text shown about the consequence of `after` ("Leads to suspension for N days").
    static QString consequenceText(const rules::LedgerResult &after);

Q_SIGNALS:
    void sanctionsChanged();
    void licencesChanged();          // a suspension changes how licences show

private:
    void applyFilter();
    void updateCount();
    void followSelection();
    void showCase(qint64 id);
    void updateActions();
    void changed(qint64 id, bool licences);
    QString detailHtml(const SanctionCase &c) const;
    QString basisText(const SanctionCase &c) const;
    std::optional<SanctionCase> currentCase() const;

    const Clock &m_clock;
    const Database *m_db = nullptr;
    bool m_readOnly = true;
    SanctionTableModel *m_model;
    SanctionFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_status;
    QCheckBox *m_openOnly;
    QPushButton *m_newReport;
    QLabel *m_count;
    QTableView *m_table;
    QLabel *m_title;
    QTextBrowser *m_detail;
    QList<QPushButton *> m_actions;
    QSplitter *m_splitter;
    qint64 m_currentId = 0;
    std::optional<SanctionCase> m_case;
    std::optional<SanctionProposal> m_proposal;
    QString m_licenceText;
};

} // namespace bevilling
