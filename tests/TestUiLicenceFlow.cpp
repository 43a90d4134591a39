// The licence register as a person uses it: the main window, driven by keyboard and mouse.

#include "AppSettings.h"
#include "EndLicenceDialog.h"
#include "FileDialog.h"
#include "LicenceEditorDialog.h"
#include "LicenceFilterProxyModel.h"
#include "LicenceRegisterWidget.h"
#include "LicenceTableModel.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "NewRegisterDialog.h"
#include "OptionalDateEdit.h"
#include "RegisterFiles.h"
#include "RegisterSettingsDialog.h"
#include "TestSupport.h"
#include "TestUiSupport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QtTest>

using namespace bevilling;

class TestUiLicenceFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void createEditAndReadHistoryByTyping();
    void invalidOrgNumberShowsMessageAndSavesNothing();
    void searchFiltersAndCounts();
    void endAndReopenLicence();
    void backUpWritesAConsistentCopy();
    void registerSettingsChangeTheTitle();
    void newRegisterFromTheFileMenu();
    void openAnotherRegisterFromTheFileMenu();
    void keyboardReachesEveryAction();
    void remembersLastFileRecentFilesAndGeometry();

private:
    template<typename T>
    T *child(QWidget *parent, const QString &name)
    {
        T *widget = parent->findChild<T *>(name);
        if (!widget)
            qWarning("no widget %s", qPrintable(name));
        return widget;
    }
    QAction *action(const QString &name) { return m_window->findChild<QAction *>(name); }
    QString newRegisterPath(const QString &name) const { return QDir(m_dir.path()).filePath(name); }
    void createLicences(const QList<Licence> &licences);
    // Types a full, valid serving licence into the editor, with `orgNumber` as given.
    void typeServingLicence(LicenceEditorDialog *dialog, const QString &orgNumber);
    int storedCount() const { return m_window->repository()->count().value(); }

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
    int m_fileNumber = 0;
};

void TestUiLicenceFlow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::useTemporaryLocations(m_dir);
    // English on purpose: the messages checked below are the source strings.
    Localization::install(*QCoreApplication::instance(), QStringLiteral("en"), {QStringLiteral("core"), QStringLiteral("ui")});
}

void TestUiLicenceFlow::init()
{
    QSettings(QStringLiteral("bevilling"), QStringLiteral("bevilling")).clear();
    m_settings = std::make_unique<AppSettings>();
    RegisterInfo info;
    info.municipalityName = QStringLiteral("Testvik kommune");
    m_path = newRegisterPath(QStringLiteral("flow-%1.sqlite").arg(++m_fileNumber));
    Result<std::unique_ptr<Database>> db = RegisterFiles::create(m_path, info, m_clock);
    QVERIFY2(db.ok(), qPrintable(db.error().toString()));
    m_window = std::make_unique<MainWindow>(m_clock, *m_settings);
    m_window->setDatabase(std::move(db).value());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // These tests work in the licence register; the window starts on the home page.
    m_window->showArea(MainWindow::LicencesArea);
}

void TestUiLicenceFlow::cleanup()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(widget) && widget->isVisible()) {
            MessageBox::setNextAnswer(MessageBox::Yes); // "discard changes?" after a failed test
            widget->close();
        }
    }
    MessageBox::clearNextAnswers();
    m_window.reset();
    m_settings.reset();
}

void TestUiLicenceFlow::createLicences(const QList<Licence> &licences)
{
    for (const Licence &licence : licences) {
        const Result<Licence> created = m_window->repository()->create(licence);
        QVERIFY2(created.ok(), qPrintable(created.error().toString()));
    }
    m_window->reload();
}

void TestUiLicenceFlow::typeServingLicence(LicenceEditorDialog *dialog, const QString &orgNumber)
{
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("licenseeNameEdit")), QStringLiteral("Fjordkroa AS"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("orgNumberEdit")), orgNumber);
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("licenseeAddressEdit")), QStringLiteral("Postboks 12, 1337 Sandvika"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("emailEdit")), QStringLiteral("post@fjordkroa.example"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("premisesNameEdit")), QStringLiteral("Fjordkroa"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("premisesAddressEdit")), QStringLiteral("Sandviksveien 12"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("postalCodeEdit")), QStringLiteral("1337"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("postalPlaceEdit")), QStringLiteral("Sandvika"));
    auto *capacity = child<QSpinBox>(dialog, QStringLiteral("capacitySpinBox"));
    capacity->setFocus(Qt::TabFocusReason);
    capacity->selectAll();
    QTest::keyClicks(capacity, QStringLiteral("80"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("managerNameEdit")), QStringLiteral("Kari Nordmann"));
    auto *managerBirth = child<OptionalDateEdit>(dialog, QStringLiteral("managerBirthDateEdit"));
    managerBirth->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(managerBirth, QStringLiteral("17.05.1980"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("deputy1NameEdit")), QStringLiteral("Ola Hansen"));
    auto *deputyBirth = child<OptionalDateEdit>(dialog, QStringLiteral("deputy1BirthDateEdit"));
    deputyBirth->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(deputyBirth, QStringLiteral("31.01.1990"));
    QTest::keyClick(child<QCheckBox>(dialog, QStringLiteral("group2CheckBox")), Qt::Key_Space);
    QTest::keyClick(child<QCheckBox>(dialog, QStringLiteral("group3CheckBox")), Qt::Key_Space);
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("indoorDescriptionEdit")), QStringLiteral("Restaurantsal, 1. etasje"));
    auto *validTo = child<QDateEdit>(dialog, QStringLiteral("validToEdit"));
    validTo->setFocus(Qt::TabFocusReason);

    QTest::keyClicks(validTo, QStringLiteral("30.09.2028"));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, QStringLiteral("conditionsEdit")),
                     QStringLiteral("Skjenking ute avsluttes kl. 22.30."));
}

void TestUiLicenceFlow::createEditAndReadHistoryByTyping()
{
    auto *table = child<QTableView>(m_window.get(), QStringLiteral("licenceTableView"));
    QCOMPARE(table->model()->rowCount(), 0);

    // Ctrl+N opens the editor for a new licence, numbered for this year.
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    LicenceEditorDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = test::visibleTopLevel<LicenceEditorDialog>()) != nullptr);
    QVERIFY(test::activate(dialog));
    QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("numberEdit"))->text(), QStringLiteral("2025-001"));
    typeServingLicence(dialog, QStringLiteral("923 609 016"));
    QVERIFY(!child<QLabel>(dialog, QStringLiteral("orgNumberErrorLabel"))->isVisible());
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_VERIFY(!test::visibleTopLevel<LicenceEditorDialog>());

    // The licence is stored and listed.
    QCOMPARE(storedCount(), 1);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, LicenceTableModel::NumberColumn).data().toString(), QStringLiteral("2025-001"));
    QCOMPARE(table->model()->index(0, LicenceTableModel::LicenseeColumn).data().toString(), QStringLiteral("Fjordkroa AS"));
    QCOMPARE(table->model()->index(0, LicenceTableModel::GroupsColumn).data().toString(), QStringLiteral("1+2+3"));
    QCOMPARE(table->model()->index(0, LicenceTableModel::ValidToColumn).data().toString(), QStringLiteral("30.09.2028"));
    QCOMPARE(table->model()->index(0, LicenceTableModel::ManagerColumn).data().toString(), QStringLiteral("Kari Nordmann"));
    const Licence stored = m_window->repository()->list().value().first();
    QCOMPARE(stored.licensee.orgNumber, QStringLiteral("923609016"));
    QCOMPARE(stored.manager.birthDate, QDate(1980, 5, 17));
    QCOMPARE(stored.deputies.size(), 1);
    QCOMPARE(stored.deputies.first().birthDate, QDate(1990, 1, 31));
    QCOMPARE(stored.premises.capacity, std::optional<int>(80));
    QCOMPARE(stored.conditions, QStringLiteral("Skjenking ute avsluttes kl. 22.30."));

    // The details show every field, including deputies and conditions.
    auto *details = child<QTextBrowser>(m_window.get(), QStringLiteral("detailsBrowser"));
    QTRY_VERIFY(details->toPlainText().contains(QStringLiteral("Ola Hansen")));
    QVERIFY(details->toPlainText().contains(QStringLiteral("923 609 016")));
    QVERIFY(details->toPlainText().contains(QStringLiteral("Skjenking ute avsluttes kl. 22.30.")));
    QVERIFY(details->toPlainText().contains(QStringLiteral("Restaurantsal, 1. etasje")));

    // Return on the selected row edits it; change the manager.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY((dialog = test::visibleTopLevel<LicenceEditorDialog>()) != nullptr);
    QVERIFY(test::activate(dialog));
    auto *manager = child<QLineEdit>(dialog, QStringLiteral("managerNameEdit"));
    QCOMPARE(manager->text(), QStringLiteral("Kari Nordmann"));
    manager->setFocus();
    QTest::keyClick(manager, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(manager, QStringLiteral("Nina Berg"));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_VERIFY(!test::visibleTopLevel<LicenceEditorDialog>());
    QCOMPARE(storedCount(), 1);
    QCOMPARE(table->model()->index(0, LicenceTableModel::ManagerColumn).data().toString(), QStringLiteral("Nina Berg"));

    // "History" lists the change, newest first.
    auto *tabs = child<QTabWidget>(m_window.get(), QStringLiteral("detailTabWidget"));
    auto *history = child<QTreeWidget>(m_window.get(), QStringLiteral("historyView"));
    tabs->setCurrentWidget(history);
    QVERIFY(history->isVisible());
    QCOMPARE(tabs->tabText(tabs->currentIndex()).remove(QLatin1Char('&')), QStringLiteral("History"));
    QTRY_COMPARE(history->topLevelItemCount(), 2);
    QTreeWidgetItem *latest = history->topLevelItem(0);
    QCOMPARE(latest->text(2), QStringLiteral("Changed"));
    QCOMPARE(latest->text(1), AuditLog::currentUser());
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d$")).match(latest->text(0)).hasMatch(),
             qPrintable(latest->text(0)));
    QStringList changes;
    for (int i = 0; i < latest->childCount(); ++i)
        changes.append(latest->child(i)->text(0));
    QVERIFY2(changes.contains(QStringLiteral("Manager: Kari Nordmann → Nina Berg")), qPrintable(changes.join(QLatin1Char('|'))));
    QCOMPARE(changes.size(), 1);
    QCOMPARE(history->topLevelItem(1)->text(2), QStringLiteral("Created"));
}

void TestUiLicenceFlow::invalidOrgNumberShowsMessageAndSavesNothing()
{
    createLicences({test::makeServingLicence(QStringLiteral("2025-050"))});
    const int before = storedCount();
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    LicenceEditorDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = test::visibleTopLevel<LicenceEditorDialog>()) != nullptr);
    QVERIFY(test::activate(dialog));
    typeServingLicence(dialog, QStringLiteral("123456789"));

    // The message is there while typing, next to the field, before any save.
    auto *message = child<QLabel>(dialog, QStringLiteral("orgNumberErrorLabel"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().startsWith(QStringLiteral("Organisation number")), qPrintable(message->text()));

    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(message->isVisible());
    QCOMPARE(storedCount(), before);
    QCOMPARE(m_window->registerWidget()->model()->rowCount(), before);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(dialog, QStringLiteral("orgNumberEdit")));

    // Leaving without saving asks first.
    MessageBox::setNextAnswer(MessageBox::Yes);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!test::visibleTopLevel<LicenceEditorDialog>());
    QCOMPARE(storedCount(), before);
}

void TestUiLicenceFlow::searchFiltersAndCounts()
{
    Licence sale = test::makeServingLicence(QStringLiteral("2025-002"));
    sale.kind = LicenceKind::Sale;
    sale.groups = Group1;
    sale.licensee.name = QStringLiteral("Sandvika Dagligvare AS");
    sale.licensee.orgNumber = QStringLiteral("987654325");
    sale.premises.name = QStringLiteral("Kiwi Sandvika");
    Licence other = test::makeServingLicence(QStringLiteral("2025-003"));
    other.licensee.name = QStringLiteral("Havnekafeen AS");
    other.licensee.orgNumber = QStringLiteral("812345672");
    other.premises.name = QStringLiteral("Havnekafeen");
    other.groups = Group1 | Group2;
    createLicences({test::makeServingLicence(QStringLiteral("2025-001")), sale, other});

    auto *count = child<QLabel>(m_window.get(), QStringLiteral("countLabel"));
    auto *search = child<QLineEdit>(m_window.get(), QStringLiteral("searchEdit"));
    auto *table = child<QTableView>(m_window.get(), QStringLiteral("licenceTableView"));
    QCOMPARE(count->text(), QStringLiteral("Showing 3 of 3 licences"));

    table->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("havne"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(count->text(), QStringLiteral("Showing 1 of 3 licences"));
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QCOMPARE(table->model()->rowCount(), 3);

    auto *kind = child<QComboBox>(m_window.get(), QStringLiteral("kindComboBox"));
    kind->setCurrentIndex(kind->findData(DomainTexts::kindKey(LicenceKind::Sale)));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("2025-002"));
    kind->setCurrentIndex(0);

    auto *groups = child<QComboBox>(m_window.get(), QStringLiteral("groupsComboBox"));
    groups->setCurrentIndex(groups->findText(QStringLiteral("1+2")));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("2025-003"));
    groups->setCurrentIndex(0);

    auto *status = child<QComboBox>(m_window.get(), QStringLiteral("statusComboBox"));
    status->setCurrentIndex(status->findData(DomainTexts::statusKey(LicenceStatus::Pending)));
    QCOMPARE(table->model()->rowCount(), 0);
    QCOMPARE(count->text(), QStringLiteral("Showing 0 of 3 licences"));
    status->setCurrentIndex(status->findData(DomainTexts::statusKey(LicenceStatus::Active)));
    QCOMPARE(table->model()->rowCount(), 3);

    // An optional period: licences valid at some time on or after 01.10.2028 (none: all end 30.09.2028).
    auto *from = child<OptionalDateEdit>(m_window.get(), QStringLiteral("periodFromEdit"));
    QVERIFY(from->isEmpty());
    from->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(from, QStringLiteral("01.10.2028"));
    QCOMPARE(from->optionalDate(), QDate(2028, 10, 1));
    QCOMPARE(table->model()->rowCount(), 0);

    QTest::mouseClick(child<QPushButton>(m_window.get(), QStringLiteral("clearFilterButton")), Qt::LeftButton);
    QVERIFY(from->isEmpty());
    QCOMPARE(status->currentIndex(), 0);
    QCOMPARE(table->model()->rowCount(), 3);
}

void TestUiLicenceFlow::endAndReopenLicence()
{
    createLicences({test::makeServingLicence(QStringLiteral("2025-001"))});
    auto *table = child<QTableView>(m_window.get(), QStringLiteral("licenceTableView"));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down); // a person picks the row with the keyboard
    QTRY_VERIFY(m_window->registerWidget()->currentLicenceId().has_value());
    QVERIFY(action(QStringLiteral("endLicenceAction"))->isEnabled());
    QVERIFY(!action(QStringLiteral("reopenLicenceAction"))->isEnabled());

    action(QStringLiteral("endLicenceAction"))->trigger();
    EndLicenceDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = test::visibleTopLevel<EndLicenceDialog>()) != nullptr);
    QVERIFY(test::activate(dialog));
    auto *reason = child<QComboBox>(dialog, QStringLiteral("endReasonComboBox"));
    reason->setCurrentIndex(reason->findData(int(EndReason::Closed)));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, QStringLiteral("endNoteEdit")), QStringLiteral("Sak 25/123"));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_VERIFY(!test::visibleTopLevel<EndLicenceDialog>());

    QCOMPARE(table->model()->index(0, LicenceTableModel::StatusColumn).data().toString(), QStringLiteral("Ended"));
    const Licence ended = m_window->repository()->list().value().first();
    QCOMPARE(ended.endedOn, QDate(2025, 3, 1));
    QCOMPARE(ended.endReason, std::optional<EndReason>(EndReason::Closed));
    QCOMPARE(ended.endNote, QStringLiteral("Sak 25/123"));
    QVERIFY(!action(QStringLiteral("endLicenceAction"))->isEnabled());
    QVERIFY(action(QStringLiteral("reopenLicenceAction"))->isEnabled());

    MessageBox::setNextAnswer(MessageBox::Yes);
    action(QStringLiteral("reopenLicenceAction"))->trigger();
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    QCOMPARE(table->model()->index(0, LicenceTableModel::StatusColumn).data().toString(), QStringLiteral("Active"));
    QVERIFY(!m_window->repository()->list().value().first().isEnded());
    auto *history = child<QTreeWidget>(m_window.get(), QStringLiteral("historyView"));
    QTRY_COMPARE(history->topLevelItemCount(), 3);
    QCOMPARE(history->topLevelItem(0)->text(2), QStringLiteral("End cancelled"));
    QCOMPARE(history->topLevelItem(1)->text(2), QStringLiteral("Ended"));
}

void TestUiLicenceFlow::backUpWritesAConsistentCopy()
{
    createLicences({test::makeServingLicence(QStringLiteral("2025-001")), test::makeServingLicence(QStringLiteral("2025-002"))});
    const QString target = newRegisterPath(QStringLiteral("backup-%1.sqlite").arg(m_fileNumber));
    FileDialog::setNextFileName(target);
    action(QStringLiteral("backupAction"))->trigger();
    QVERIFY(!FileDialog::hasNextFileName());
    QVERIFY(QFileInfo::exists(target));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QDir::toNativeSeparators(target)),
             qPrintable(m_window->statusBar()->currentMessage()));
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    options.createIfMissing = false;
    Result<std::unique_ptr<Database>> copy = Database::open(target, options);
    QVERIFY2(copy.ok(), qPrintable(copy.error().toString()));
    QCOMPARE(LicenceRepository(*copy.value(), m_clock).count().value(), 2);

    // The open register itself is never the target.
    FileDialog::setNextFileName(m_path);
    MessageBox::setNextAnswer(MessageBox::Ok);
    action(QStringLiteral("backupAction"))->trigger();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("cannot replace the open register")));
}

void TestUiLicenceFlow::registerSettingsChangeTheTitle()
{
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Testvik kommune")));
    action(QStringLiteral("registerSettingsAction"))->trigger();
    RegisterSettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = test::visibleTopLevel<RegisterSettingsDialog>()) != nullptr);
    QVERIFY(test::activate(dialog));
    auto *name = child<QLineEdit>(dialog, QStringLiteral("municipalityNameEdit"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Nyby kommune"));
    auto *number = child<QLineEdit>(dialog, QStringLiteral("municipalityNumberEdit"));
    QTest::keyClicks(number, QStringLiteral("12x"));
    QVERIFY(child<QLabel>(dialog, QStringLiteral("municipalityNumberErrorLabel"))->isVisible());
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    number->clear();
    QTest::keyClicks(number, QStringLiteral("3201"));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_VERIFY(!test::visibleTopLevel<RegisterSettingsDialog>());
    QVERIFY2(m_window->windowTitle().contains(QStringLiteral("Nyby kommune")), qPrintable(m_window->windowTitle()));
    QCOMPARE(m_window->registerInfo().municipalityNumber, QStringLiteral("3201"));
    QCOMPARE(RegisterSettings(*m_window->database(), m_clock).load().value().municipalityName, QStringLiteral("Nyby kommune"));
}

void TestUiLicenceFlow::newRegisterFromTheFileMenu()
{
    const QString target = newRegisterPath(QStringLiteral("ny-%1.sqlite").arg(m_fileNumber));
    action(QStringLiteral("newRegisterAction"))->trigger(); // Ctrl+Shift+N is "New case" now
    NewRegisterDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = test::visibleTopLevel<NewRegisterDialog>()) != nullptr);
    QVERIFY(test::activate(dialog));
    // Nothing without a municipality name.
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("createButton")), Qt::LeftButton);
    QVERIFY(child<QLabel>(dialog, QStringLiteral("municipalityNameErrorLabel"))->isVisible());
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("municipalityNameEdit")), QStringLiteral("Nyby kommune"));
    auto *path = child<QLineEdit>(dialog, QStringLiteral("pathEdit"));
    QCOMPARE(QDir::fromNativeSeparators(path->text()), Database::defaultPath());
    // An existing file is never overwritten.
    path->setText(m_path);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("createButton")), Qt::LeftButton);
    QVERIFY(child<QLabel>(dialog, QStringLiteral("pathErrorLabel"))->isVisible());
    FileDialog::setNextFileName(target);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("browseButton")), Qt::LeftButton);
    QCOMPARE(QDir::fromNativeSeparators(path->text()), target);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("createButton")), Qt::LeftButton);
    QTRY_VERIFY(!test::visibleTopLevel<NewRegisterDialog>());
    QCOMPARE(m_window->database()->path(), target);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Nyby kommune")));
    QCOMPARE(m_window->registerWidget()->model()->rowCount(), 0);
    QCOMPARE(m_settings->lastFile(), target);
}

void TestUiLicenceFlow::openAnotherRegisterFromTheFileMenu()
{
    const QString other = newRegisterPath(QStringLiteral("other-%1.sqlite").arg(m_fileNumber));
    {
        RegisterInfo info;
        info.municipalityName = QStringLiteral("Annenby kommune");
        Result<std::unique_ptr<Database>> db = RegisterFiles::create(other, info, m_clock);
        QVERIFY(db.ok());
        LicenceRepository repository(*db.value(), m_clock);
        QVERIFY(repository.create(test::makeServingLicence(QStringLiteral("2024-100"))).ok());
    }
    FileDialog::setNextFileName(other);
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
    QCOMPARE(m_window->database()->path(), other);
    QCOMPARE(m_window->registerWidget()->model()->rowCount(), 1);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Annenby kommune")));
    QCOMPARE(child<QLabel>(m_window.get(), QStringLiteral("filePathLabel"))->text(), QDir::toNativeSeparators(other));
    // The first register was closed: its lock is gone.
    QVERIFY(!Database::lockHolder(m_path).has_value());
    QCOMPARE(m_settings->recentFiles().value(0), other);
    QCOMPARE(m_settings->recentFiles().value(1), m_path);

    // "Recent files" lists both; the second entry takes us back.
    auto *recent = m_window->findChild<QMenu *>(QStringLiteral("recentFilesMenu"));
    Q_EMIT recent->aboutToShow();
    QStringList entries;
    for (QAction *entry : recent->actions())
        entries.append(entry->text());
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0), QStringLiteral("&1 ") + QDir::toNativeSeparators(other));
    QCOMPARE(entries.at(1), QStringLiteral("&2 ") + QDir::toNativeSeparators(m_path));
    recent->actions().at(1)->trigger();
    QCOMPARE(m_window->database()->path(), m_path);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Testvik kommune")));
}

void TestUiLicenceFlow::keyboardReachesEveryAction()
{
    const QList<QPair<QString, QKeySequence>> shortcuts{
        {QStringLiteral("newLicenceAction"), QKeySequence(Qt::CTRL | Qt::Key_N)},
        {QStringLiteral("editLicenceAction"), QKeySequence(Qt::CTRL | Qt::Key_E)},
        {QStringLiteral("findAction"), QKeySequence(Qt::CTRL | Qt::Key_F)},
        {QStringLiteral("openAction"), QKeySequence(Qt::CTRL | Qt::Key_O)},
        {QStringLiteral("newCaseAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)},
        {QStringLiteral("quitAction"), QKeySequence(Qt::CTRL | Qt::Key_Q)},
    };
    for (const auto &[name, sequence] : shortcuts) {
        QAction *a = action(name);
        QVERIFY2(a, qPrintable(name));
        QCOMPARE(a->shortcut(), sequence);
    }
    // Every menu and menu entry has a mnemonic.
    QList<QMenu *> menus;
    for (QAction *top : m_window->menuBar()->actions()) {
        QVERIFY(top->menu());
        menus.append(top->menu());
        for (QAction *entry : top->menu()->actions()) {
            if (entry->menu())
                menus.append(entry->menu());
        }
    }
    QCOMPARE(menus.size(), 11); // File, Recent files, Licence, Cases, Inspections, Sanctions, Fees, Reports, Settings, Language, Help
    for (QMenu *menu : menus) {
        QVERIFY2(menu->title().contains(QLatin1Char('&')), qPrintable(menu->title()));
        for (QAction *a : menu->actions()) {
            if (!a->isSeparator() && !a->actionGroup() && a->isEnabled())
                QVERIFY2(a->text().contains(QLatin1Char('&')), qPrintable(a->text()));
        }
    }
    // The work areas (TestUiWorkAreas covers them in full).
    auto *navigation = child<QListWidget>(m_window.get(), QStringLiteral("navigationListWidget"));
    QCOMPARE(navigation->count(), 8);
    QCOMPARE(navigation->item(2)->text(), QStringLiteral("Licences"));
    QCOMPARE(navigation->item(3)->text(), QStringLiteral("Rules"));
    // Ctrl+4 and Ctrl+3 switch work areas.
    auto *pages = m_window->findChild<QStackedWidget *>();
    QVERIFY(pages);
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    QTRY_COMPARE(navigation->currentRow(), 3);
    QCOMPARE(pages->currentIndex(), 3);
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QTRY_COMPARE(navigation->currentRow(), 2);
    QCOMPARE(pages->currentIndex(), 2);

    // Ctrl+E edits the selected licence.
    createLicences({test::makeServingLicence(QStringLiteral("2025-001"))});
    QVERIFY(!action(QStringLiteral("editLicenceAction"))->isEnabled());
    auto *table = child<QTableView>(m_window.get(), QStringLiteral("licenceTableView"));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    QTRY_VERIFY(action(QStringLiteral("editLicenceAction"))->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
    LicenceEditorDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = test::visibleTopLevel<LicenceEditorDialog>()) != nullptr);
    QVERIFY(test::activate(dialog));
    QVERIFY(!dialog->isNew());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!test::visibleTopLevel<LicenceEditorDialog>());
}

void TestUiLicenceFlow::remembersLastFileRecentFilesAndGeometry()
{
    QCOMPARE(m_settings->lastFile(), m_path);
    QCOMPARE(m_settings->recentFiles().value(0), m_path);
    QVERIFY(m_settings->recentFiles().size() <= AppSettings::MaxRecentFiles);
    m_window->resize(1100, 700);
    m_window->close();
    const QByteArray geometry = m_settings->windowGeometry();
    QVERIFY(!geometry.isEmpty());

    MainWindow second(m_clock, *m_settings);
    QCOMPARE(second.size(), QSize(1100, 700));
}

QTEST_MAIN(TestUiLicenceFlow)
#include "TestUiLicenceFlow.moc"
