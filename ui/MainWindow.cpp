#include "MainWindow.h"

#include "AppSettings.h"
#include "CasesWidget.h"
#include "EndLicenceDialog.h"
#include "FileDialog.h"
#include "InspectionLetters.h"
#include "HomeWidget.h"
#include "InspectionPlanWidget.h"
#include "InspectionsWidget.h"
#include "LicenceDetailWidget.h"
#include "LicenceEditorDialog.h"
#include "LetterTemplateDialog.h"
#include "LicenceFilterProxyModel.h"
#include "LicenceRegisterWidget.h"
#include "LicenceTableModel.h"
#include "MessageBox.h"
#include "NewRegisterDialog.h"
#include "RegisterFiles.h"
#include "RegisterSettingsDialog.h"
#include "RenewalBatchDialog.h"
#include "RulesPanel.h"
#include "SanctionsWidget.h"
#include "FeesAreaWidget.h"
#include "ReportsWidget.h"
#include "reports/AnnualReports.h"
#include "storage/LicenceLedger.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QShortcut>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace bevilling {

MainWindow::MainWindow(const Clock &clock, AppSettings &settings, QWidget *parent)
    : QMainWindow(parent), m_clock(clock), m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    resize(1280, 800);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);

    m_demoBanner = new QLabel(tr("DEMO – fictional data"), central);
    m_demoBanner->setObjectName(QStringLiteral("demoBannerLabel"));
    m_demoBanner->setAlignment(Qt::AlignCenter);
    m_demoBanner->setStyleSheet(QStringLiteral(
        "QLabel { background-color: #f9a825; color: #1a1a1a; font-weight: bold; padding: 6px; border-radius: 3px; }"));
    m_demoBanner->setToolTip(tr("This register holds fictional licences for trying out the program. "
                                "Do not enter real cases here."));
    m_demoBanner->hide();
    layout->addWidget(m_demoBanner);

    auto *splitter = new QSplitter(Qt::Horizontal, central);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_navigation = new QListWidget(splitter);
    m_navigation->setObjectName(QStringLiteral("navigationListWidget"));
    m_navigation->setAccessibleName(tr("Work areas"));
    m_navigation->addItem(tr("Home"));
    m_navigation->addItem(tr("Cases"));
    m_navigation->addItem(tr("Licences"));
    m_navigation->addItem(tr("Rules"));
    m_navigation->addItem(tr("Inspections"));
    m_navigation->addItem(tr("Sanctions"));
    m_navigation->addItem(tr("Turnover and fees"));
    m_navigation->addItem(tr("Reports"));
    m_navigation->setMaximumWidth(200);
    m_navigation->setMinimumWidth(100);
    m_navigation->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_pages = new QStackedWidget(splitter);
    m_pages->setObjectName(QStringLiteral("pagesStackedWidget"));
    m_home = new HomeWidget(clock, m_pages);
    m_pages->addWidget(m_home);
    m_cases = new CasesWidget(clock, m_pages);
    m_cases->setObjectName(QStringLiteral("casesWidget"));
    m_pages->addWidget(m_cases);
    m_register = new LicenceRegisterWidget(clock, m_pages);
    m_pages->addWidget(m_register);
    m_rules = new RulesPanel(clock, m_pages);
    m_pages->addWidget(m_rules);
    // Inspections: the list of inspections and the year's inspection plan as two tabs.
    m_inspectionTabs = new QTabWidget(m_pages);
    m_inspectionTabs->setObjectName(QStringLiteral("inspectionTabWidget"));
    m_inspections = new InspectionsWidget(clock, m_inspectionTabs);
    m_inspectionTabs->addTab(m_inspections, tr("Inspections"));
    m_inspectionPlan = new InspectionPlanWidget(clock, m_inspectionTabs);
    m_inspectionPlan->setObjectName(QStringLiteral("inspectionPlanWidget"));
    m_inspectionTabs->addTab(m_inspectionPlan, tr("Inspection plan"));
    m_pages->addWidget(m_inspectionTabs);
    m_sanctions = new SanctionsWidget(clock, m_pages);
    m_sanctions->setObjectName(QStringLiteral("sanctionsWidget"));
    m_pages->addWidget(m_sanctions);
    m_fees = new FeesAreaWidget(clock, m_pages);
    m_fees->setObjectName(QStringLiteral("feesAreaWidget"));
    m_pages->addWidget(m_fees);
    m_reports = new ReportsWidget(clock, m_pages);
    m_reports->setObjectName(QStringLiteral("reportsWidget"));
    m_pages->addWidget(m_reports);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({150, 1100});
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    m_navigation->setCurrentRow(HomeArea);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        // The home page shows what needs doing now: read it again when it comes into view.
        if (row == HomeArea)
            m_home->reload();
        // A suspension decided earlier may have started since: the licence list says so.
        if (row == LicencesArea)
            refreshSuspensions();
        // Reports and fees read what the other areas changed.
        if (row == FeesArea)
            m_fees->reload();
        if (row == ReportsArea)
            m_reports->reload();
    });
    // Ctrl+1, Ctrl+2, ... switch work areas from anywhere in the window.
    for (int row = 0; row < m_navigation->count(); ++row) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)), this);
        connect(shortcut, &QShortcut::activated, this, [this, row] { showArea(static_cast<Area>(row)); });
        m_navigation->item(row)->setToolTip(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)).toString(QKeySequence::NativeText));
    }

    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("filePathLabel"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readOnlyLabel = new QLabel(tr("read-only"), this);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnlyLabel->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    m_readOnlyLabel->setToolTip(tr("Another window has this register open for changes; you can look, but not change."));
    m_readOnlyLabel->hide();
    m_demoLabel = new QLabel(tr("DEMO – fictional data"), this);
    m_demoLabel->setObjectName(QStringLiteral("demoStatusLabel"));
    m_demoLabel->setStyleSheet(QStringLiteral("QLabel { background-color: #f9a825; color: #1a1a1a; padding: 0 4px; }"));
    m_demoLabel->hide();
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addPermanentWidget(m_demoLabel);
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    statusBar()->addPermanentWidget(m_fileLabel);

    createActions();
    createMenus();
    m_register->detailWidget()->setActions({m_editLicenceAction, m_endLicenceAction, m_reopenLicenceAction});

    connect(m_register, &LicenceRegisterWidget::currentLicenceChanged, this, [this](qint64 id) {
        showLicenceDetails(id);
        updateActions();
    });
    connect(m_register, &LicenceRegisterWidget::editRequested, this, [this] {
        if (m_editLicenceAction->isEnabled())
            editLicence();
    });
    connect(m_home, &HomeWidget::openCaseRequested, this, &MainWindow::openCase);
    connect(m_home, &HomeWidget::openLicenceRequested, this, &MainWindow::openLicence);
    // A decision that creates or changes a licence shows in the register; changed cases on the home page.
    connect(m_cases, &CasesWidget::licencesChanged, this, [this] {
        reloadLicences();
        m_home->reload();
    });
    connect(m_cases, &CasesWidget::casesChanged, m_home, &HomeWidget::reload);
    // Inspections feed the plan; findings become sanction cases in the Prikker area; a suspension
    // changes how licences show.
    connect(m_inspections, &InspectionsWidget::inspectionsChanged, m_inspectionPlan, &InspectionPlanWidget::reload);
    connect(m_inspections, &InspectionsWidget::sanctionRequested, this, &MainWindow::newSanctionFromInspection);
    connect(m_inspectionPlan, &InspectionPlanWidget::licenceActivated, this, &MainWindow::openLicence);
    connect(m_sanctions, &SanctionsWidget::licencesChanged, this, [this] {
        reloadLicences();
        m_home->reload();
    });
    // A missing turnover report or an unpaid fee becomes a proposed sanction case in Prikker.
    connect(m_fees, &FeesAreaWidget::sanctionsChanged, m_sanctions, &SanctionsWidget::reload);
    connect(m_fees, &FeesAreaWidget::openSanctionRequested, this, [this](qint64 id) {
        showArea(SanctionsArea);
        m_sanctions->openSanction(id);
    });

    const QByteArray geometry = m_settings.windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    m_register->restoreSplitter(m_settings.splitterState(QStringLiteral("register")));
    updateRegisterPresentation();
    updateActions();
}

MainWindow::~MainWindow()
{
    m_repository.reset();
    m_db.reset();
}

QAction *MainWindow::makeAction(const QString &objectName, const QString &text, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WindowShortcut);
    }
    addAction(action);
    return action;
}

void MainWindow::createActions()
{
    m_newRegisterAction = makeAction(QStringLiteral("newRegisterAction"), tr("&New register file…"));
    m_openAction = makeAction(QStringLiteral("openAction"), tr("&Open…"), QKeySequence(Qt::CTRL | Qt::Key_O));
    m_backupAction = makeAction(QStringLiteral("backupAction"), tr("&Back up…"));
    m_backupAction->setStatusTip(tr("Write a consistent copy of the open register to a file of your choice."));
    m_quitAction = makeAction(QStringLiteral("quitAction"), tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_newLicenceAction = makeAction(QStringLiteral("newLicenceAction"), tr("&New licence…"), QKeySequence(Qt::CTRL | Qt::Key_N));
    m_editLicenceAction = makeAction(QStringLiteral("editLicenceAction"), tr("&Edit…"), QKeySequence(Qt::CTRL | Qt::Key_E));
    m_editLicenceAction->setToolTip(tr("Edit the selected licence (Ctrl+E or Return)"));
    m_endLicenceAction = makeAction(QStringLiteral("endLicenceAction"), tr("E&nd licence…"));
    m_reopenLicenceAction = makeAction(QStringLiteral("reopenLicenceAction"), tr("&Undo end"));
    m_reopenLicenceAction->setToolTip(tr("Cancel an end recorded by mistake"));
    m_findAction = makeAction(QStringLiteral("findAction"), tr("&Search"), QKeySequence(Qt::CTRL | Qt::Key_F));

    // Ctrl+Shift+N is the daily "new case"; a new register file is made rarely, from the File menu.
    m_newCaseAction = makeAction(QStringLiteral("newCaseAction"), tr("&New case…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newCaseAction->setStatusTip(tr("Register an application the day it arrives."));
    m_statementsAction = makeAction(QStringLiteral("statementOverviewAction"), tr("&Statement overview"));
    m_statementsAction->setStatusTip(tr("Which statement replies are missing or overdue, across all open cases."));
    m_renewalBatchAction = makeAction(QStringLiteral("renewalBatchAction"), tr("&Renewal at the period boundary…"));
    m_renewalBatchAction->setStatusTip(tr("Open renewal cases, or record the council's continuation decision, for "
                                          "the licences ending on a period boundary."));

    m_newInspectionAction = makeAction(QStringLiteral("newInspectionAction"), tr("&New inspection…"),
                                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_newInspectionAction->setStatusTip(tr("Log a serving or sales inspection."));
    m_inspectorsAction = makeAction(QStringLiteral("inspectorsAction"), tr("&Inspectors…"));
    m_inspectorsAction->setStatusTip(tr("The register of inspectors and their knowledge tests."));
    m_sanctionFromReportAction = makeAction(QStringLiteral("sanctionFromReportAction"), tr("New sanction case from &report…"));
    m_sanctionFromReportAction->setStatusTip(tr("A sanction case started by a report from the police or Skatteetaten."));
    m_publicListAction = makeAction(QStringLiteral("publicListAction"), tr("&Public list of prikker…"));
    m_publicListAction->setStatusTip(tr("Who has received prikker, how many and why, as CSV or PDF (public information)."));

    m_importTurnoverAction = makeAction(QStringLiteral("importTurnoverAction"), tr("&Import turnover reports (CSV)…"));
    m_importTurnoverAction->setStatusTip(tr("Read many turnover reports from a CSV file, with a preview before anything is saved."));
    m_feeCycleSettingsAction = makeAction(QStringLiteral("feeCycleSettingsAction"), tr("Fee-year &settings…"));
    m_feeCycleSettingsAction->setStatusTip(tr("True-up, auditor's confirmation, review threshold, reminder and payment days."));
    // The menu texts carry mnemonics; the reports' own titles do not.
    const QList<QPair<QString, QString>> reportTexts{
        {QStringLiteral("turnover"), tr("&Turnover")},
        {QStringLiteral("fees"), tr("&Fees")},
        {QStringLiteral("inspections"), tr("&Inspections and sanctions")},
        {QStringLiteral("council"), tr("Annual briefing for the council (orienterings&sak)")},
        {QStringLiteral("national"), tr("&National figures (CSV)")}};
    for (const auto &[kind, text] : reportTexts) {
        QAction *action = makeAction(QStringLiteral("report_%1_Action").arg(kind), text);
        action->setStatusTip(reports::AnnualReports::kindTitle(kind));
        connect(action, &QAction::triggered, this, [this, kind] { showReport(kind); });
        m_reportActions.append(action);
    }

    m_registerSettingsAction = makeAction(QStringLiteral("registerSettingsAction"), tr("&Register settings…"));
    m_letterTemplatesAction = makeAction(QStringLiteral("letterTemplatesAction"), tr("Letter &templates…"));
    m_letterTemplatesAction->setStatusTip(tr("Edit the templates of the decision letters (grant and refusal)."));
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    const QList<QPair<QString, QString>> languages{{QStringLiteral("nb"), QStringLiteral("Norsk bokmål")},
                                                   {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto &language : languages) {
        QAction *action = m_languageGroup->addAction(language.second);
        action->setObjectName(QStringLiteral("language_%1_Action").arg(language.first));
        action->setData(language.first);
        action->setCheckable(true);
        action->setChecked(m_settings.language() == language.first);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { chooseLanguage(action->data().toString()); });
    m_aboutAction = makeAction(QStringLiteral("aboutAction"), tr("&About Bevilling"));
    m_aboutAction->setMenuRole(QAction::AboutRole);

    connect(m_newRegisterAction, &QAction::triggered, this, &MainWindow::newRegister);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openRegister);
    connect(m_backupAction, &QAction::triggered, this, &MainWindow::backUp);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);
    connect(m_newLicenceAction, &QAction::triggered, this, &MainWindow::newLicence);
    connect(m_editLicenceAction, &QAction::triggered, this, &MainWindow::editLicence);
    connect(m_endLicenceAction, &QAction::triggered, this, &MainWindow::endLicence);
    connect(m_reopenLicenceAction, &QAction::triggered, this, &MainWindow::reopenLicence);
    connect(m_findAction, &QAction::triggered, this, [this] {
        // Search where the officer is: the case list in the Cases area, else the licence register.
        if (currentArea() == CasesArea) {
            m_cases->focusSearch();
            return;
        }
        if (currentArea() == InspectionsArea) {
            m_inspectionTabs->setCurrentWidget(m_inspections);
            m_inspections->focusSearch();
            return;
        }
        showArea(LicencesArea);
        m_register->focusSearch();
    });
    connect(m_newCaseAction, &QAction::triggered, this, &MainWindow::newCase);
    connect(m_statementsAction, &QAction::triggered, this, &MainWindow::showStatementOverview);
    connect(m_renewalBatchAction, &QAction::triggered, this, &MainWindow::renewAtPeriodBoundary);
    connect(m_newInspectionAction, &QAction::triggered, this, &MainWindow::newInspection);
    connect(m_inspectorsAction, &QAction::triggered, this, &MainWindow::editInspectors);
    connect(m_sanctionFromReportAction, &QAction::triggered, this, &MainWindow::newSanctionFromReport);
    connect(m_publicListAction, &QAction::triggered, this, &MainWindow::exportPublicList);
    connect(m_importTurnoverAction, &QAction::triggered, this, [this] {
        if (!m_db || !m_importTurnoverAction->isEnabled())
            return;
        showArea(FeesArea);
        m_fees->importTurnover();
    });
    connect(m_feeCycleSettingsAction, &QAction::triggered, this, [this] {
        if (!m_db || !m_feeCycleSettingsAction->isEnabled())
            return;
        showArea(FeesArea);
        m_fees->editSettings();
    });
    connect(m_registerSettingsAction, &QAction::triggered, this, &MainWindow::editRegisterSettings);
    connect(m_letterTemplatesAction, &QAction::triggered, this, &MainWindow::editLetterTemplates);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createMenus()
{
    menuBar()->setObjectName(QStringLiteral("menuBar"));
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_newRegisterAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("&Recent files"));
    m_recentMenu->setObjectName(QStringLiteral("recentFilesMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentFilesMenu);
    file->addSeparator();
    file->addAction(m_backupAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *licence = menuBar()->addMenu(tr("&Licence"));
    licence->setObjectName(QStringLiteral("licenceMenu"));
    licence->addAction(m_newLicenceAction);
    licence->addAction(m_editLicenceAction);
    licence->addSeparator();
    licence->addAction(m_endLicenceAction);
    licence->addAction(m_reopenLicenceAction);
    licence->addSeparator();
    licence->addAction(m_findAction);

    QMenu *cases = menuBar()->addMenu(tr("&Cases"));
    cases->setObjectName(QStringLiteral("casesMenu"));
    cases->addAction(m_newCaseAction);
    cases->addSeparator();
    cases->addAction(m_statementsAction);
    cases->addAction(m_renewalBatchAction);

    QMenu *inspections = menuBar()->addMenu(tr("&Inspections"));
    inspections->setObjectName(QStringLiteral("inspectionsMenu"));
    inspections->addAction(m_newInspectionAction);
    inspections->addAction(m_inspectorsAction);

    QMenu *sanctions = menuBar()->addMenu(tr("Sa&nctions"));
    sanctions->setObjectName(QStringLiteral("sanctionsMenu"));
    sanctions->addAction(m_sanctionFromReportAction);
    sanctions->addSeparator();
    sanctions->addAction(m_publicListAction);

    QMenu *fees = menuBar()->addMenu(tr("&Fees"));
    fees->setObjectName(QStringLiteral("feesMenu"));
    fees->addAction(m_importTurnoverAction);
    fees->addSeparator();
    fees->addAction(m_feeCycleSettingsAction);

    QMenu *reportsMenu = menuBar()->addMenu(tr("Re&ports"));
    reportsMenu->setObjectName(QStringLiteral("reportsMenu"));
    reportsMenu->addActions(m_reportActions);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->setObjectName(QStringLiteral("settingsMenu"));
    settings->addAction(m_registerSettingsAction);
    settings->addAction(m_letterTemplatesAction);
    QMenu *language = settings->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    language->addActions(m_languageGroup->actions());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_aboutAction);
    rebuildRecentFilesMenu();
}

void MainWindow::rebuildRecentFilesMenu()
{
    m_recentMenu->clear();
    int number = 0;
    for (const QString &path : m_settings.recentFiles()) {
        if (!QFileInfo::exists(path))
            continue;
        ++number;
        const QString shown = QDir::toNativeSeparators(path);
        QAction *action = m_recentMenu->addAction(number < 10 ? QStringLiteral("&%1 %2").arg(number).arg(shown) : shown);
        action->setObjectName(QStringLiteral("recentFile%1Action").arg(number));
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (number == 0) {
        QAction *none = m_recentMenu->addAction(tr("No recent files"));
        none->setEnabled(false);
    }
}

ValidationOptions MainWindow::validationOptions() const
{
    ValidationOptions options;
    options.allowSaleGroup2 = m_info.allowSaleGroup2;
    return options;
}

void MainWindow::setDatabase(std::unique_ptr<Database> db)
{
    if (!db)
        return;
    // The work areas let go of the old register before it closes.
    m_home->setDatabase(nullptr);
    m_cases->setDatabase(nullptr, true);
    m_inspections->setDatabase(nullptr, true);
    m_inspectionPlan->setDatabase(nullptr);
    m_sanctions->setDatabase(nullptr, true);
    m_fees->setDatabase(nullptr, true);
    m_reports->setDatabase(nullptr);
    m_register->detailWidget()->setDatabase(nullptr);
    m_repository.reset();
    m_db = std::move(db);
    m_info = RegisterFiles::infoOf(*m_db, m_clock);
    m_repository = std::make_unique<LicenceRepository>(*m_db, m_clock, validationOptions());
    m_settings.rememberFile(m_db->path());
    rebuildRecentFilesMenu();
    m_register->clearFilter();
    m_rules->setDatabase(m_db.get());
    reloadLicences();
    m_cases->setDatabase(m_db.get(), m_db->isReadOnly());
    m_inspections->setDatabase(m_db.get(), m_db->isReadOnly());
    m_inspectionPlan->setDatabase(m_db.get());
    m_sanctions->setDatabase(m_db.get(), m_db->isReadOnly());
    m_fees->setDatabase(m_db.get(), m_db->isReadOnly());
    m_reports->setDatabase(m_db.get());
    m_register->detailWidget()->setDatabase(m_db.get());
    m_home->setDatabase(m_db.get());
    updateRegisterPresentation();
    updateActions();
    statusBar()->clearMessage();
    if (!m_db->migrationBackupPath().isEmpty()) {
        statusBar()->showMessage(tr("The register was upgraded to a new format; a copy of the old file was saved as %1")
                                     .arg(QDir::toNativeSeparators(m_db->migrationBackupPath())));
    }
    if (m_register->model()->rowCount() > 0 && m_register->proxy()->rowCount() > 0) {
        const QModelIndex first = m_register->proxy()->index(0, 0);
        m_register->selectLicence(first.data(LicenceTableModel::IdRole).toLongLong());
    }
    if (currentArea() == HomeArea)
        m_home->focusContent();
    else if (currentArea() == LicencesArea)
        m_register->tableView()->setFocus();
}

void MainWindow::reload()
{
    reloadLicences();
    m_cases->reload();
    m_inspections->reload();
    m_inspectionPlan->reload();
    m_sanctions->reload();
    m_fees->reload();
    m_reports->reload();
    m_home->reload();
}

void MainWindow::reloadLicences()
{
    if (!m_repository)
        return;
    const std::optional<qint64> current = m_register->currentLicenceId();
    const Result<QList<Licence>> licences = m_repository->list();
    if (!licences) {
        m_register->model()->setLicences({});
        MessageBox::critical(this, tr("Could not read the register"), licences.error().message);
        return;
    }
    m_register->model()->setLicences(*licences);
    refreshSuspensions();
    m_register->tableView()->resizeColumnsToContents();
    if (current)
        m_register->selectLicence(*current);
}

void MainWindow::refreshSuspensions()
{
    if (!m_db)
        return;
    const Result<QHash<qint64, QDate>> suspended = LicenceLedger::suspendedOn(*m_db, m_clock.today());
    m_register->model()->setSuspensions(suspended ? *suspended : QHash<qint64, QDate>());
}

void MainWindow::updateRegisterPresentation()
{
    const bool open = m_db != nullptr;
    const bool demo = open && m_info.demo;
    const bool readOnly = open && m_db->isReadOnly();
    QStringList title;
    if (demo)
        title << tr("DEMO – fictional data");
    if (open) {
        const QString fileName = QFileInfo(m_db->path()).fileName();
        title << (m_info.municipalityName.isEmpty() ? fileName : tr("%1 (%2)").arg(m_info.municipalityName, fileName));
    }
    title << tr("Bevilling");
    QString windowTitle = title.join(QStringLiteral(" – "));
    if (readOnly)
        windowTitle += QStringLiteral(" [") + tr("read-only") + QLatin1Char(']');
    setWindowTitle(windowTitle);
    m_demoBanner->setVisible(demo);
    m_demoLabel->setVisible(demo);
    m_readOnlyLabel->setVisible(readOnly);
    m_fileLabel->setText(open ? QDir::toNativeSeparators(m_db->path()) : QString());
    m_fileLabel->setToolTip(open ? tr("The open register file") : QString());
}

void MainWindow::updateActions()
{
    const bool writable = m_db && !m_db->isReadOnly();
    const std::optional<qint64> id = m_register->currentLicenceId();
    const int row = id ? m_register->model()->rowOf(*id) : -1;
    const Licence *licence = m_register->model()->licenceAt(row);
    m_newLicenceAction->setEnabled(writable);
    m_editLicenceAction->setEnabled(writable && licence);
    m_endLicenceAction->setEnabled(writable && licence && !licence->isEnded());
    m_reopenLicenceAction->setEnabled(writable && licence && licence->isEnded());
    m_registerSettingsAction->setEnabled(writable);
    m_letterTemplatesAction->setEnabled(writable);
    m_newCaseAction->setEnabled(writable);
    m_renewalBatchAction->setEnabled(writable);
    m_newInspectionAction->setEnabled(writable);
    m_inspectorsAction->setEnabled(m_db != nullptr);
    m_sanctionFromReportAction->setEnabled(writable);
    m_publicListAction->setEnabled(m_db != nullptr);
    m_importTurnoverAction->setEnabled(writable);
    m_feeCycleSettingsAction->setEnabled(writable);
    for (QAction *action : std::as_const(m_reportActions))
        action->setEnabled(m_db != nullptr);
    m_statementsAction->setEnabled(m_db != nullptr);
    m_backupAction->setEnabled(m_db != nullptr);
}

void MainWindow::showLicenceDetails(qint64 id)
{
    const Licence *licence = m_register->model()->licenceAt(m_register->model()->rowOf(id));
    if (!licence || !m_repository) {
        m_register->detailWidget()->clear();
        return;
    }
    const Result<QList<AuditEntry>> history = m_repository->history(id);
    m_register->detailWidget()->showLicence(*licence, history ? *history : QList<AuditEntry>());
    if (!history)
        statusBar()->showMessage(history.error().message, 10000);
}

bool MainWindow::openFile(const QString &path)
{
    if (m_db && QFileInfo(path).absoluteFilePath() == QFileInfo(m_db->path()).absoluteFilePath()) {
        statusBar()->showMessage(tr("%1 is already open.").arg(QDir::toNativeSeparators(m_db->path())), 5000);
        return false;
    }
    std::unique_ptr<Database> db = RegisterFiles::open(this, path);
    if (!db)
        return false;
    setDatabase(std::move(db));
    return true;
}

void MainWindow::newRegister()
{
    auto *dialog = new NewRegisterDialog(m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        std::unique_ptr<Database> db = dialog->takeDatabase();
        if (db)
            setDatabase(std::move(db));
    });
    dialog->open();
}

void MainWindow::openRegister()
{
    const QString start = m_db ? QFileInfo(m_db->path()).absolutePath() : QDir::homePath();
    const QString path = FileDialog::getOpenFileName(this, tr("Open register"), start);
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::backUp()
{
    if (!m_db)
        return;
    const QFileInfo current(m_db->path());
    const QString suggested = current.dir().filePath(
        tr("%1-backup-%2.sqlite").arg(current.completeBaseName(), m_clock.now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    const QString target = FileDialog::getSaveFileName(this, tr("Back up register"), suggested);
    if (target.isEmpty())
        return;
    const QFileInfo targetInfo(target);
    if (targetInfo.absoluteFilePath() == current.absoluteFilePath()) {
        MessageBox::critical(this, tr("Back up register"),
                             tr("The backup cannot replace the open register itself. Choose another file name."));
        return;
    }
    if (targetInfo.exists()) {
        const MessageBox::Button answer = MessageBox::question(
            this, tr("Back up register"),
            tr("%1 already exists. Replace it with a new backup?").arg(QDir::toNativeSeparators(targetInfo.absoluteFilePath())));
        if (answer != MessageBox::Yes)
            return;
    }
    const Status saved = m_db->backupTo(targetInfo.absoluteFilePath());
    if (!saved) {
        MessageBox::critical(this, tr("Back up register"), saved.error().message);
        return;
    }
    statusBar()->showMessage(tr("Backup saved as %1").arg(QDir::toNativeSeparators(targetInfo.absoluteFilePath())));
}

void MainWindow::showArea(Area area)
{
    m_navigation->setCurrentRow(area);
    // Keyboard work continues in the area just shown.
    switch (area) {
    case HomeArea:
        m_home->focusContent();
        break;
    case CasesArea:
        m_cases->tableView()->setFocus(Qt::ShortcutFocusReason);
        break;
    case LicencesArea:
        m_register->tableView()->setFocus(Qt::ShortcutFocusReason);
        break;
    case RulesArea:
        if (auto *date = m_rules->findChild<QWidget *>(QStringLiteral("rulesDateEdit")))
            date->setFocus(Qt::ShortcutFocusReason);
        break;
    case InspectionsArea:
        if (m_inspectionTabs->currentWidget() == m_inspections)
            m_inspections->tableView()->setFocus(Qt::ShortcutFocusReason);
        else
            m_inspectionTabs->currentWidget()->setFocus(Qt::ShortcutFocusReason);
        break;
    case SanctionsArea:
        m_sanctions->tableView()->setFocus(Qt::ShortcutFocusReason);
        break;
    case FeesArea:
        if (auto *table = m_fees->tabs()->currentWidget()->findChild<QTableView *>())
            table->setFocus(Qt::ShortcutFocusReason);
        break;
    case ReportsArea:
        if (auto *kinds = m_reports->findChild<QListWidget *>())
            kinds->setFocus(Qt::ShortcutFocusReason);
        break;
    }
}

MainWindow::Area MainWindow::currentArea() const
{
    return static_cast<Area>(m_pages->currentIndex());
}

void MainWindow::newCase()
{
    if (!m_db || !m_newCaseAction->isEnabled())
        return;
    showArea(CasesArea);
    m_cases->newCase();
}

void MainWindow::showStatementOverview()
{
    if (!m_db)
        return;
    showArea(HomeArea);
    m_home->showStatements();
}

void MainWindow::renewAtPeriodBoundary()
{
    if (!m_db || !m_renewalBatchAction->isEnabled())
        return;
    auto *dialog = new RenewalBatchDialog(*m_db, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RenewalBatchDialog::casesChanged, this, [this] {
        m_cases->reload();
        m_home->reload();
    });
    connect(dialog, &RenewalBatchDialog::licencesChanged, this, [this] {
        reloadLicences();
        m_home->reload();
    });
    dialog->open();
}

void MainWindow::openCase(qint64 id)
{
    if (!m_db)
        return;
    showArea(CasesArea);
    m_cases->openCase(id);
}

void MainWindow::newInspection()
{
    if (!m_db || !m_newInspectionAction->isEnabled())
        return;
    showArea(InspectionsArea);
    m_inspectionTabs->setCurrentWidget(m_inspections);
    m_inspections->newInspection();
}

void MainWindow::editInspectors()
{
    if (!m_db)
        return;
    showArea(InspectionsArea);
    m_inspectionTabs->setCurrentWidget(m_inspections);
    m_inspections->editInspectors();
}

void MainWindow::newSanctionFromReport()
{
    if (!m_db || !m_sanctionFromReportAction->isEnabled())
        return;
    showArea(SanctionsArea);
    m_sanctions->newFromReport();
}

void MainWindow::exportPublicList()
{
    if (!m_db)
        return;
    const QDate today = m_clock.today();
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("prikkliste-%1.csv").arg(today.toString(Qt::ISODate)));
    const QString filter = tr("CSV for spreadsheets (*.csv)") + QStringLiteral(";;") + FileDialog::pdfFilter();
    const QString path = FileDialog::getSaveFileName(this, tr("Public list of prikker"), suggested, filter);
    if (path.isEmpty())
        return;
    const bool pdf = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    const Status written = pdf ? InspectionLetters::writePublicListPdf(*m_db, m_clock, today, path)
                               : InspectionLetters::writePublicListCsv(*m_db, m_clock, today, path);
    if (!written) {
        MessageBox::critical(this, tr("Public list of prikker"), written.error().message);
        return;
    }
    statusBar()->showMessage(tr("The public list of prikker as of %1 was saved as %2.")
                                 .arg(formatDate(today), QDir::toNativeSeparators(path)),
                             10000);
}

void MainWindow::showReport(const QString &kind)
{
    if (!m_db)
        return;
    showArea(ReportsArea);
    m_reports->showReport(kind, m_clock.today().year());
}

void MainWindow::newSanctionFromInspection(qint64 inspectionId)
{
    if (!m_db || m_db->isReadOnly())
        return;
    showArea(SanctionsArea);
    m_sanctions->newFromInspection(inspectionId);
}

void MainWindow::openLicence(qint64 id)
{
    showArea(LicencesArea);
    m_register->selectLicence(id);
    m_register->tableView()->setFocus();
}

void MainWindow::newLicence()
{
    if (!m_repository || !m_newLicenceAction->isEnabled())
        return;
    openEditor(new LicenceEditorDialog(*m_repository, m_clock, validationOptions(), this));
}

void MainWindow::editLicence()
{
    const std::optional<qint64> id = m_register->currentLicenceId();
    if (!m_repository || !id || !m_editLicenceAction->isEnabled())
        return;
    const Result<Licence> licence = m_repository->find(*id);
    if (!licence) {
        MessageBox::critical(this, tr("Edit licence"), licence.error().message);
        return;
    }
    openEditor(new LicenceEditorDialog(*m_repository, m_clock, validationOptions(), *licence, this));
}

void MainWindow::openEditor(LicenceEditorDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Licence saved = dialog->savedLicence();
        m_register->model()->upsert(saved);
        showArea(LicencesArea);
        m_register->selectLicence(saved.id);
        statusBar()->showMessage(tr("Licence %1 saved.").arg(saved.number), 5000);
    });
    dialog->open();
}

void MainWindow::endLicence()
{
    const std::optional<qint64> id = m_register->currentLicenceId();
    if (!m_repository || !id || !m_endLicenceAction->isEnabled())
        return;
    const Result<Licence> licence = m_repository->find(*id);
    if (!licence) {
        MessageBox::critical(this, tr("End licence"), licence.error().message);
        return;
    }
    auto *dialog = new EndLicenceDialog(*m_repository, m_clock, *licence, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Licence saved = dialog->savedLicence();
        m_register->model()->upsert(saved);
        m_register->selectLicence(saved.id);
        updateActions();
        statusBar()->showMessage(tr("Licence %1 ended.").arg(saved.number), 5000);
    });
    dialog->open();
}

void MainWindow::reopenLicence()
{
    const std::optional<qint64> id = m_register->currentLicenceId();
    if (!m_repository || !id || !m_reopenLicenceAction->isEnabled())
        return;
    const Licence *licence = m_register->model()->licenceAt(m_register->model()->rowOf(*id));
    if (!licence)
        return;
    const MessageBox::Button answer = MessageBox::question(
        this, tr("Undo end"),
        tr("Undo the end of licence %1 (ended %2)? The licence becomes valid again for its period.")
            .arg(licence->number, formatDate(licence->endedOn)));
    if (answer != MessageBox::Yes)
        return;
    const Result<Licence> reopened = m_repository->reopen(*id);
    if (!reopened) {
        MessageBox::critical(this, tr("Undo end"), reopened.error().message);
        return;
    }
    m_register->model()->upsert(*reopened);
    m_register->selectLicence(reopened->id);
    updateActions();
    statusBar()->showMessage(tr("The end of licence %1 was undone.").arg(reopened->number), 5000);
}

void MainWindow::editRegisterSettings()
{
    if (!m_db || !m_registerSettingsAction->isEnabled())
        return;
    auto *dialog = new RegisterSettingsDialog(*m_db, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_info = dialog->savedInfo();
        m_repository = std::make_unique<LicenceRepository>(*m_db, m_clock, validationOptions());
        updateRegisterPresentation();
        statusBar()->showMessage(tr("Register settings saved."), 5000);
    });
    dialog->open();
}

void MainWindow::editLetterTemplates()
{
    if (!m_db || !m_letterTemplatesAction->isEnabled())
        return;
    auto *dialog = new LetterTemplateDialog(*m_db, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LetterTemplateDialog::templatesSaved, this,
            [this] { statusBar()->showMessage(tr("Letter templates saved."), 5000); });
    dialog->open();
}

void MainWindow::chooseLanguage(const QString &language)
{
    if (language == m_settings.language())
        return;
    m_settings.setLanguage(language);
    m_settings.sync();
    MessageBox::information(this, tr("Language"),
                            tr("The new language is used the next time you start Bevilling."));
}

void MainWindow::about()
{
    MessageBox::information(this, tr("About Bevilling"),
                            tr("Bevilling %1\n\nAlcohol licences for Norwegian municipalities: the licence register, case "
                               "processing, rules and fees, inspections and the prikk system.\n\nFree software under the MIT licence.")
                                .arg(QStringLiteral(BEVILLING_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setSplitterState(QStringLiteral("register"), m_register->splitter()->saveState());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

} // namespace bevilling
