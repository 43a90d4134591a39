#pragma once

#include "Clock.h"
#include "storage/Database.h"
#include "storage/LicenceRepository.h"
#include "storage/RegisterSettings.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTabWidget;

namespace bevilling {

class AppSettings;
class CasesWidget;
class HomeWidget;
class InspectionPlanWidget;
class InspectionsWidget;
class LicenceEditorDialog;
class LicenceRegisterWidget;
class RulesPanel;
class SanctionsWidget;
class FeesAreaWidget;
class ReportsWidget;

// The main window: navigation between the work areas (Home, Cases, Licences, Rules,
// Inspections, Prikker), menus,
// status bar with the open file. It always shows one open register.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The work areas, in the order of the navigation list (Ctrl+1 .. Ctrl+6).
    enum Area { HomeArea, CasesArea, LicencesArea, RulesArea, InspectionsArea, SanctionsArea, FeesArea, ReportsArea };

    MainWindow(const Clock &clock, AppSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows `db` (replacing the register shown so far) and remembers it as the last file.
    void setDatabase(std::unique_ptr<Database> db);
    const Database *database() const { return m_db.get(); }
    LicenceRepository *repository() const { return m_repository.get(); }
    const RegisterInfo &registerInfo() const { return m_info; }
    LicenceRegisterWidget *registerWidget() const { return m_register; }
    RulesPanel *rulesPanel() const { return m_rules; }
    HomeWidget *homeWidget() const { return m_home; }
    CasesWidget *casesWidget() const { return m_cases; }
    InspectionsWidget *inspectionsWidget() const { return m_inspections; }
    InspectionPlanWidget *inspectionPlanWidget() const { return m_inspectionPlan; }
    SanctionsWidget *sanctionsWidget() const { return m_sanctions; }
    FeesAreaWidget *feesWidget() const { return m_fees; }
    ReportsWidget *reportsWidget() const { return m_reports; }

    // Switches to a work area.
    void showArea(Area area);
    Area currentArea() const;

    // Opens `path` (asking about locks and problems); false when nothing changed.
    bool openFile(const QString &path);

    // Reloads every licence and case from the register.
    void reload();

    void newRegister();
    void openRegister();
    void backUp();
    void newLicence();
    void editLicence();
    void endLicence();
    void reopenLicence();
    // The Cases menu: a new case (in the Cases area), the statements matrix (on the Home page),
    // and the renewal batch at a period boundary.
    void newCase();
    void showStatementOverview();
    void renewAtPeriodBoundary();
    // Shows a case in the Cases area, or a licence in the Licences area.
    void openCase(qint64 id);
    void openLicence(qint64 id);
    // The Inspections menu: a new inspection (in the Inspections area) and the register of
    // inspectors; the Prikker menu: a sanction case from another authority's report.
    void newInspection();
    void editInspectors();
    void newSanctionFromReport();
    // Saves the public list of prikker as of today (CSV, or PDF when the name ends in .pdf).
    void exportPublicList();
    // A sanction case from an inspection's findings, in the Prikker area.
    void newSanctionFromInspection(qint64 inspectionId);
    void showReport(const QString &kind);
    void editRegisterSettings();
    // "Brevmaler": the decision-letter templates (writable registers).
    void editLetterTemplates();
    void chooseLanguage(const QString &language);
    void about();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // Shows a licence editor; a saved licence is updated in the list and selected.
    void openEditor(LicenceEditorDialog *dialog);
    void createActions();
    void createMenus();
    void updateActions();
    void updateRegisterPresentation();
    // Which licences are suspended today (one query), for the licence list's status column.
    void refreshSuspensions();
    void rebuildRecentFilesMenu();
    void showLicenceDetails(qint64 id);
    void reloadLicences();
    ValidationOptions validationOptions() const;
    QAction *makeAction(const QString &objectName, const QString &text, const QKeySequence &shortcut = {});

    const Clock &m_clock;
    AppSettings &m_settings;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LicenceRepository> m_repository;
    RegisterInfo m_info;

    QLabel *m_demoBanner = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    HomeWidget *m_home = nullptr;
    CasesWidget *m_cases = nullptr;
    LicenceRegisterWidget *m_register = nullptr;
    RulesPanel *m_rules = nullptr;
    QTabWidget *m_inspectionTabs = nullptr;
    InspectionsWidget *m_inspections = nullptr;
    InspectionPlanWidget *m_inspectionPlan = nullptr;
    SanctionsWidget *m_sanctions = nullptr;
    FeesAreaWidget *m_fees = nullptr;
    ReportsWidget *m_reports = nullptr;
    QAction *m_importTurnoverAction = nullptr;
    QAction *m_feeCycleSettingsAction = nullptr;
    QList<QAction *> m_reportActions;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    QLabel *m_demoLabel = nullptr;

    QAction *m_newRegisterAction = nullptr;
    QAction *m_openAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_newLicenceAction = nullptr;
    QAction *m_editLicenceAction = nullptr;
    QAction *m_endLicenceAction = nullptr;
    QAction *m_reopenLicenceAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_newCaseAction = nullptr;
    QAction *m_statementsAction = nullptr;
    QAction *m_renewalBatchAction = nullptr;
    QAction *m_newInspectionAction = nullptr;
    QAction *m_inspectorsAction = nullptr;
    QAction *m_sanctionFromReportAction = nullptr;
    QAction *m_publicListAction = nullptr;
    QAction *m_registerSettingsAction = nullptr;
    QAction *m_letterTemplatesAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace bevilling
