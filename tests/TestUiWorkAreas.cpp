// The main window's work areas (issue 4): Home, Cases, Licences and Rules, their shortcuts, the
// Cases menu, and how the areas follow each other's changes.

#include "AppSettings.h"
#include "CaseDialog.h"
#include "CaseTableModel.h"
#include "CasesWidget.h"
#include "FileDialog.h"
#include "HomeWidget.h"
#include "LetterTemplateDialog.h"
#include "LicenceRegisterWidget.h"
#include "LicenceTableModel.h"
#include "MainWindow.h"
#include "SanctionsWidget.h"
#include "FeesAreaWidget.h"
#include "ReportsWidget.h"
#include "RenewalBatchDialog.h"
#include "RulesPanel.h"
#include "StatementMatrixWidget.h"
#include "TestSupport.h"
#include "TestUiSupport.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/LicenceRepository.h"

#include <QAction>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace bevilling;

class TestUiWorkAreas : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fourAreasWithShortcuts();
    void casesMenu();
    void ctrlShiftNOpensTheNewCaseDialog();
    void homeOpensCasesAndLicences();
    void statementOverviewIsOnTheHomePage();
    void renewalBatchUpdatesCasesAndLicences();
    void readOnlyRegisterDisablesEditingActions();
    void reportsMenuShowsEachReport_data();
    void reportsMenuShowsEachReport();
    void publicListFromTheSanctionsMenu_data();
    void publicListFromTheSanctionsMenu();

private:
    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }
    QListWidget *navigation() const { return m_window->findChild<QListWidget *>(QStringLiteral("navigationListWidget")); }
    QStackedWidget *pages() const { return m_window->findChild<QStackedWidget *>(QStringLiteral("pagesStackedWidget")); }
    qint64 addLicence(const Licence &licence);
    void openWindow(std::unique_ptr<Database> db);

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2028, 7, 3), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Database> m_db; // until the window takes it
    QString m_path;
    int m_fileNumber = 0;
};

void TestUiWorkAreas::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::useTemporaryLocations(m_dir);
    Localization::install(*QCoreApplication::instance(), QStringLiteral("en"), {QStringLiteral("core"), QStringLiteral("ui")});
}

void TestUiWorkAreas::init()
{
    QSettings(QStringLiteral("bevilling"), QStringLiteral("bevilling")).clear();
    m_settings = std::make_unique<AppSettings>();
    m_path = QDir(m_dir.path()).filePath(QStringLiteral("areas-%1.sqlite").arg(++m_fileNumber));
    m_db = test::makeRegister(m_path, m_clock, QStringLiteral("national"));
    QVERIFY(m_db);
}

void TestUiWorkAreas::cleanup()
{
    test::closeDialogs();
    m_window.reset();
    m_db.reset();
    m_settings.reset();
}

qint64 TestUiWorkAreas::addLicence(const Licence &licence)
{
    const Result<Licence> created = LicenceRepository(*m_db, m_clock).create(licence);
    if (!created)
        qWarning("%s", qPrintable(created.error().toString()));
    return created ? created->id : 0;
}

void TestUiWorkAreas::openWindow(std::unique_ptr<Database> db)
{
    m_window = std::make_unique<MainWindow>(m_clock, *m_settings);
    m_window->setDatabase(std::move(db));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestUiWorkAreas::fourAreasWithShortcuts()
{
    openWindow(std::move(m_db));
    QListWidget *list = navigation();
    QCOMPARE(list->count(), 8);
    const QStringList names{QStringLiteral("Home"),      QStringLiteral("Cases"),       QStringLiteral("Licences"),
                            QStringLiteral("Rules"),     QStringLiteral("Inspections"), QStringLiteral("Sanctions"),
                            QStringLiteral("Turnover and fees"), QStringLiteral("Reports")};
    for (int row = 0; row < names.size(); ++row)
        QCOMPARE(list->item(row)->text(), names.at(row));
    // The home page is the start page.
    QCOMPARE(list->currentRow(), 0);
    QCOMPARE(pages()->currentWidget(), m_window->homeWidget());

    const QList<QPair<Qt::Key, QWidget *>> areas{{Qt::Key_2, m_window->casesWidget()},
                                                 {Qt::Key_3, m_window->registerWidget()},
                                                 {Qt::Key_4, m_window->rulesPanel()},
                                                 {Qt::Key_5, m_window->findChild<QTabWidget *>(QStringLiteral("inspectionTabWidget"))},
                                                 {Qt::Key_6, m_window->sanctionsWidget()},
                                                 {Qt::Key_7, m_window->feesWidget()},
                                                 {Qt::Key_8, m_window->reportsWidget()},
                                                 {Qt::Key_1, m_window->homeWidget()}};
    for (const auto &[key, page] : areas) {
        QTest::keyClick(m_window.get(), key, Qt::ControlModifier);
        QTRY_COMPARE(pages()->currentWidget(), page);
        QCOMPARE(list->currentRow(), pages()->currentIndex());
        // The keyboard continues inside the area shown.
        QVERIFY2(page->isAncestorOf(QApplication::focusWidget()),
                 qPrintable(QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QStringLiteral("none")));
    }
    QCOMPARE(m_window->currentArea(), MainWindow::HomeArea);

    // Ctrl+F searches the licences from anywhere but the Cases area.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(m_window->currentArea(), MainWindow::LicencesArea);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("searchEdit"));
}

void TestUiWorkAreas::casesMenu()
{
    openWindow(std::move(m_db));
    QMenu *cases = m_window->findChild<QMenu *>(QStringLiteral("casesMenu"));
    QVERIFY(cases);
    QCOMPARE(cases->title(), QStringLiteral("&Cases"));
    QStringList entries;
    for (QAction *a : cases->actions()) {
        if (!a->isSeparator())
            entries << a->objectName();
    }
    QCOMPARE(entries, (QStringList{QStringLiteral("newCaseAction"), QStringLiteral("statementOverviewAction"),
                                   QStringLiteral("renewalBatchAction")}));
    QCOMPARE(action(QStringLiteral("newCaseAction"))->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    for (const QString &name : entries) {
        QVERIFY2(action(name)->isEnabled(), qPrintable(name));
        QVERIFY2(action(name)->text().contains(QLatin1Char('&')), qPrintable(name));
    }
    // The licence register's actions are all still there.
    for (const char *name : {"newRegisterAction", "openAction", "backupAction", "quitAction", "newLicenceAction",
                             "editLicenceAction", "endLicenceAction", "reopenLicenceAction", "findAction",
                             "registerSettingsAction", "aboutAction"})
        QVERIFY2(action(QLatin1String(name)), name);
    QCOMPARE(action(QStringLiteral("newLicenceAction"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));

    // The letter templates sit with the register settings.
    QMenu *settings = m_window->findChild<QMenu *>(QStringLiteral("settingsMenu"));
    QVERIFY(settings->actions().contains(action(QStringLiteral("letterTemplatesAction"))));
    action(QStringLiteral("letterTemplatesAction"))->trigger();
    LetterTemplateDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = test::visibleTopLevel<LetterTemplateDialog>()) != nullptr);
    dialog->reject();
    QTRY_VERIFY(!test::visibleTopLevel<LetterTemplateDialog>());
}

void TestUiWorkAreas::ctrlShiftNOpensTheNewCaseDialog()
{
    openWindow(std::move(m_db));
    bool seen = false;
    test::whenModal<CaseDialog>([&seen](CaseDialog *dialog) {
        seen = true;
        dialog->reject();
    });
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(seen);
    QCOMPARE(m_window->currentArea(), MainWindow::CasesArea);
    QTRY_VERIFY(!test::visibleTopLevel<CaseDialog>());
}

void TestUiWorkAreas::homeOpensCasesAndLicences()
{
    Case c;
    c.type = CaseType::NewLicence;
    c.receivedOn = m_clock.today();
    c.assignedTo = AuditLog::currentUser();
    c.application = test::makeServingLicence(QString());
    const Result<Case> created = CaseRepository(*m_db, m_clock).create(c);
    QVERIFY2(created.ok(), qPrintable(created.error().toString()));
    const qint64 caseId = created->id;
    const qint64 licenceId = addLicence(test::makeServingLicence(QStringLiteral("2024-001"))); // ends 30.09.2028
    addLicence(test::makeServingLicence(QStringLiteral("2024-002")));
    QVERIFY(licenceId);
    openWindow(std::move(m_db));

    HomeWidget *home = m_window->homeWidget();
    QTreeWidget *tree = home->tree();
    QTreeWidgetItem *waiting = tree->topLevelItem(2)->child(0);
    QTreeWidgetItem *ending = tree->topLevelItem(3)->child(0);
    QVERIFY(waiting && ending);
    QCOMPARE(tree->topLevelItem(3)->childCount(), 2);

    tree->setFocus();
    tree->setCurrentItem(waiting);
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(m_window->currentArea(), MainWindow::CasesArea);
    QCOMPARE(m_window->casesWidget()->currentCaseId(), std::optional<qint64>(caseId));

    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QTRY_COMPARE(m_window->currentArea(), MainWindow::HomeArea);
    tree->setCurrentItem(tree->topLevelItem(3)->child(0));
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(m_window->currentArea(), MainWindow::LicencesArea);
    QCOMPARE(m_window->registerWidget()->currentLicenceId(), std::optional<qint64>(licenceId));
}

void TestUiWorkAreas::statementOverviewIsOnTheHomePage()
{
    openWindow(std::move(m_db));
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QTRY_COMPARE(m_window->currentArea(), MainWindow::LicencesArea);
    action(QStringLiteral("statementOverviewAction"))->trigger();
    QCOMPARE(m_window->currentArea(), MainWindow::HomeArea);
    QVERIFY(m_window->homeWidget()->statementMatrix()->isVisible());
}

void TestUiWorkAreas::renewalBatchUpdatesCasesAndLicences()
{
    const qint64 first = addLicence(test::makeServingLicence(QStringLiteral("2024-001")));
    const qint64 second = addLicence(test::makeServingLicence(QStringLiteral("2024-002")));
    QVERIFY(first && second);
    openWindow(std::move(m_db));
    QCOMPARE(m_window->casesWidget()->model()->rowCount(), 0);

    action(QStringLiteral("renewalBatchAction"))->trigger();
    RenewalBatchDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = test::visibleTopLevel<RenewalBatchDialog>()) != nullptr);
    QVERIFY(test::activate(dialog));
    QCOMPARE(dialog->listedLicenceIds(), (QList<qint64>{first, second}));

    // A renewal case for the first: the Cases area lists it.
    dialog->setChecked(second, false);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("openRenewalCasesButton")), Qt::LeftButton);
    QCOMPARE(m_window->casesWidget()->model()->rowCount(), 1);
    QCOMPARE(dialog->checkedLicenceIds(), QList<qint64>{second});

    // The council's continuation for the second: the register shows the new end.
    auto *date = dialog->findChild<QDateEdit *>(QStringLiteral("continuationDateEdit"));
    date->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(date, QStringLiteral("01.07.2028"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("continuationReferenceEdit")), QStringLiteral("KST 40/28"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("recordContinuationButton")), Qt::LeftButton);
    LicenceTableModel *licences = m_window->registerWidget()->model();
    QCOMPARE(licences->licenceAt(licences->rowOf(second))->validTo, QDate(2032, 9, 30));
    QCOMPARE(licences->licenceAt(licences->rowOf(first))->validTo, QDate(2028, 9, 30));
    dialog->close();
}

void TestUiWorkAreas::readOnlyRegisterDisablesEditingActions()
{
    m_db.reset();
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    Result<std::unique_ptr<Database>> db = Database::open(m_path, options);
    QVERIFY2(db.ok(), qPrintable(db.error().toString()));
    openWindow(std::move(db).value());
    QVERIFY(!action(QStringLiteral("newCaseAction"))->isEnabled());
    QVERIFY(!action(QStringLiteral("renewalBatchAction"))->isEnabled());
    QVERIFY(!action(QStringLiteral("newLicenceAction"))->isEnabled());
    QVERIFY(!action(QStringLiteral("letterTemplatesAction"))->isEnabled());
    QVERIFY(action(QStringLiteral("statementOverviewAction"))->isEnabled());
    // The fee cycle writes; the reports only read.
    QVERIFY(!action(QStringLiteral("importTurnoverAction"))->isEnabled());
    QVERIFY(!action(QStringLiteral("feeCycleSettingsAction"))->isEnabled());
    QVERIFY(action(QStringLiteral("report_council_Action"))->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::qWait(100);
    QVERIFY(!test::visibleTopLevel<CaseDialog>());
    QCOMPARE(m_window->currentArea(), MainWindow::HomeArea);
}

void TestUiWorkAreas::reportsMenuShowsEachReport_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind : {"turnover", "fees", "inspections", "council", "national"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void TestUiWorkAreas::reportsMenuShowsEachReport()
{
    QFETCH(QString, kind);
    openWindow(std::move(m_db));
    QMenu *reports = m_window->findChild<QMenu *>(QStringLiteral("reportsMenu"));
    QVERIFY(reports);
    QCOMPARE(reports->actions().size(), 5);
    QAction *show = action(QStringLiteral("report_%1_Action").arg(kind));
    QVERIFY(reports->actions().contains(show));
    show->trigger();
    QTRY_COMPARE(m_window->currentArea(), MainWindow::ReportsArea);
    QCOMPARE(m_window->reportsWidget()->currentKind(), kind);
    QCOMPARE(m_window->reportsWidget()->year(), m_clock.today().year());
}

void TestUiWorkAreas::publicListFromTheSanctionsMenu_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("csv") << QStringLiteral("prikker.csv") << QByteArray("Bevillingshaver;Bevillingsnummer;");
    QTest::newRow("pdf") << QStringLiteral("prikker.pdf") << QByteArray("%PDF-");
}

void TestUiWorkAreas::publicListFromTheSanctionsMenu()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, start);
    openWindow(std::move(m_db));
    QAction *publicList = action(QStringLiteral("publicListAction"));
    QVERIFY(publicList);
    QVERIFY(publicList->isEnabled());
    QVERIFY(m_window->findChild<QMenu *>(QStringLiteral("sanctionsMenu"))->actions().contains(publicList));
    const QString path = QDir(m_dir.path()).filePath(fileName);
    FileDialog::setNextFileName(path);
    publicList->trigger();
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QVERIFY2(file.readAll().startsWith(start), qPrintable(path));
}

QTEST_MAIN(TestUiWorkAreas)
#include "TestUiWorkAreas.moc"
