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

namespace bevilling {

class AppSettings;
class LicenceEditorDialog;
class LicenceRegisterWidget;
class RulesPanel;

// The main window: navigation between the work areas (now: the licence register), menus,
// status bar with the open file. It always shows one open register.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const Clock &clock, AppSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows `db` (replacing the register shown so far) and remembers it as the last file.
    void setDatabase(std::unique_ptr<Database> db);
    const Database *database() const { return m_db.get(); }
    LicenceRepository *repository() const { return m_repository.get(); }
    const RegisterInfo &registerInfo() const { return m_info; }
    LicenceRegisterWidget *registerWidget() const { return m_register; }
    RulesPanel *rulesPanel() const { return m_rules; }

    // Opens `path` (asking about locks and problems); false when nothing changed.
    bool openFile(const QString &path);

    // Reloads every licence from the register.
    void reload();

    void newRegister();
    void openRegister();
    void backUp();
    void newLicence();
    void editLicence();
    void endLicence();
    void reopenLicence();
    void editRegisterSettings();
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
    void rebuildRecentFilesMenu();
    void showLicenceDetails(qint64 id);
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
    LicenceRegisterWidget *m_register = nullptr;
    RulesPanel *m_rules = nullptr;
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
    QAction *m_registerSettingsAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace bevilling
