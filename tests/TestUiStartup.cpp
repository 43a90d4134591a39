// Starting the program: which register opens, the first-start dialog, locks, damaged files,
// migration notice, language. Runs in Norwegian bokmål, the product's default language.

#include "AppSettings.h"
#include "FileDialog.h"
#include "FirstStartDialog.h"
#include "LicenceRegisterWidget.h"
#include "LicenceTableModel.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "NewRegisterForm.h"
#include "RegisterFiles.h"
#include "Startup.h"
#include "TestSupport.h"
#include "TestUiSupport.h"
#include "storage/LicenceRepository.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QSysInfo>
#include <QtTest>

using namespace bevilling;

class TestUiStartup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void parsesTheCommandLine_data();
    void parsesTheCommandLine();
    void choosesWhichFileToOpen();
    void firstStartExploresTheDemo();
    void firstStartCreatesARegisterForTheMunicipality();
    void quittingTheFirstStartOpensNothing();
    void lockedFileOffersReadOnly();
    void lockedFileCanBeLeftAlone();
    void damagedFileShowsMessageAndOpensNothing_data();
    void damagedFileShowsMessageAndOpensNothing();
    void damagedFileLetsTheUserOpenAnother();
    void migrationBackupIsNamedInTheStatusBar();
    void opensInNorwegianBokmal();
    void languageChangeAppliesAfterRestart();
    void programExplainsMissingDisplay();
    void programAnswersHelpAndVersion();

private:
    QString path(const QString &name) const { return QDir(m_dir.path()).filePath(name); }
    bool makeRegister(const QString &file, int licences);
    QByteArray bytesOf(const QString &file) const;

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<AppSettings> m_settings;
};

void TestUiStartup::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::useTemporaryLocations(m_dir);
    QVERIFY(Localization::install(*QCoreApplication::instance(), QStringLiteral("nb"),
                                  {QStringLiteral("core"), QStringLiteral("ui")}));
}

void TestUiStartup::init()
{
    // Every test starts as on a fresh machine: no settings, no data folder.
    QDir(QDir(m_dir.path()).filePath(QStringLiteral("data"))).removeRecursively();
    QSettings(QStringLiteral("bevilling"), QStringLiteral("bevilling")).clear();
    m_settings = std::make_unique<AppSettings>();
    MessageBox::clearNextAnswers();
}

void TestUiStartup::cleanup()
{
    MessageBox::clearNextAnswers();
    m_settings.reset();
}

bool TestUiStartup::makeRegister(const QString &file, int licences)
{
    RegisterInfo info;
    info.municipalityName = QStringLiteral("Testvik kommune");
    Result<std::unique_ptr<Database>> db = RegisterFiles::create(file, info, m_clock);
    if (!db)
        return false;
    LicenceRepository repository(*db.value(), m_clock);
    for (int i = 1; i <= licences; ++i) {
        Licence licence = test::makeServingLicence(QStringLiteral("2024-%1").arg(i, 3, 10, QLatin1Char('0')));
        licence.conditions = QStringLiteral("Vilkår nr. %1: skjenking ute avsluttes kl. 22.30.").arg(i);
        if (!repository.create(licence))
            return false;
    }
    return true;
}

QByteArray TestUiStartup::bytesOf(const QString &file) const
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestUiStartup::parsesTheCommandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("database");
    QTest::addColumn<bool>("help");
    QTest::addColumn<bool>("version");
    QTest::addColumn<bool>("error");

    const QString p = QStringLiteral("bevilling");
    QTest::newRow("nothing") << QStringList{p} << QString() << false << false << false;
    QTest::newRow("--database FILE") << QStringList{p, QStringLiteral("--database"), QStringLiteral("a.sqlite")}
                                     << QStringLiteral("a.sqlite") << false << false << false;
    QTest::newRow("--database=FILE") << QStringList{p, QStringLiteral("--database=b.sqlite")} << QStringLiteral("b.sqlite")
                                     << false << false << false;
    QTest::newRow("--database without file") << QStringList{p, QStringLiteral("--database")} << QString() << false << false
                                             << true;
    QTest::newRow("--help") << QStringList{p, QStringLiteral("--help")} << QString() << true << false << false;
    QTest::newRow("-h") << QStringList{p, QStringLiteral("-h")} << QString() << true << false << false;
    QTest::newRow("--version") << QStringList{p, QStringLiteral("--version")} << QString() << false << true << false;
    QTest::newRow("unknown option") << QStringList{p, QStringLiteral("--colour")} << QString() << false << false << true;
}

void TestUiStartup::parsesTheCommandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, database);
    QFETCH(bool, help);
    QFETCH(bool, version);
    QFETCH(bool, error);
    const Startup::Arguments parsed = Startup::parseArguments(arguments);
    QCOMPARE(parsed.databasePath, database);
    QCOMPARE(parsed.help, help);
    QCOMPARE(parsed.version, version);
    QCOMPARE(!parsed.error.isEmpty(), error);
}

void TestUiStartup::choosesWhichFileToOpen()
{
    Startup startup(m_clock, *m_settings);
    QCOMPARE(startup.fileToOpen(QString()), QString());

    QVERIFY(makeRegister(Database::defaultPath(), 0));
    QCOMPARE(startup.fileToOpen(QString()), Database::defaultPath());

    const QString last = path(QStringLiteral("last.sqlite"));
    QVERIFY(makeRegister(last, 0));
    m_settings->rememberFile(last);
    QCOMPARE(startup.fileToOpen(QString()), last);

    const QString named = path(QStringLiteral("named.sqlite"));
    QCOMPARE(startup.fileToOpen(named), named);

    // A last file that has gone away falls back to the default register.
    QVERIFY(QFile::remove(last));
    QCOMPARE(startup.fileToOpen(QString()), Database::defaultPath());
}

void TestUiStartup::firstStartExploresTheDemo()
{
    Startup startup(m_clock, *m_settings);
    bool sawDialog = false;
    test::whenModal<FirstStartDialog>([&](FirstStartDialog *dialog) {
        sawDialog = true;
        dialog->findChild<QPushButton *>(QStringLiteral("demoButton"))->click();
    });
    std::unique_ptr<MainWindow> window = startup.start({QStringLiteral("bevilling")});
    QVERIFY(sawDialog);
    QVERIFY(window);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));

    const QString demo = RegisterFiles::demoPath();
    QCOMPARE(QFileInfo(demo).absolutePath(), QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
    QCOMPARE(window->database()->path(), demo);
    const int rows = window->registerWidget()->model()->rowCount();
    QVERIFY2(rows >= 25 && rows <= 40, qPrintable(QString::number(rows)));
    QVERIFY(window->registerInfo().demo);

    // Clearly marked: banner, title and status bar.
    auto *banner = window->findChild<QLabel *>(QStringLiteral("demoBannerLabel"));
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), QStringLiteral("DEMO – fiktive data"));
    QVERIFY2(window->windowTitle().contains(QStringLiteral("DEMO – fiktive data")), qPrintable(window->windowTitle()));
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("demoStatusLabel"))->isVisible());
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("filePathLabel"))->text(), QDir::toNativeSeparators(demo));
    QCOMPARE(m_settings->lastFile(), demo);
    window.reset();

    // Next start opens the demo again, without asking.
    Startup again(m_clock, *m_settings);
    std::unique_ptr<MainWindow> second = again.start({QStringLiteral("bevilling")});
    QVERIFY(second);
    QCOMPARE(second->database()->path(), demo);
    QCOMPARE(second->registerWidget()->model()->rowCount(), rows);
}

void TestUiStartup::firstStartCreatesARegisterForTheMunicipality()
{
    Startup startup(m_clock, *m_settings);
    bool refusedWithoutName = false;
    bool numberMessageShown = false;
    QString defaultLocation;
    test::whenModal<FirstStartDialog>([&](FirstStartDialog *dialog) {
        auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));
        create->click();
        auto *nameError = dialog->findChild<QLabel *>(QStringLiteral("municipalityNameErrorLabel"));
        refusedWithoutName = dialog->isVisible() && !nameError->isHidden()
                             && nameError->text().startsWith(QStringLiteral("Kommune"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("municipalityNameEdit")), QStringLiteral("Bærum kommune"));
        auto *number = dialog->findChild<QLineEdit *>(QStringLiteral("municipalityNumberEdit"));
        QTest::keyClicks(number, QStringLiteral("32a"));
        numberMessageShown = !dialog->findChild<QLabel *>(QStringLiteral("municipalityNumberErrorLabel"))->isHidden();
        number->clear();
        QTest::keyClicks(number, QStringLiteral("3201"));
        defaultLocation = QDir::fromNativeSeparators(dialog->findChild<QLineEdit *>(QStringLiteral("pathEdit"))->text());
        create->click();
    });
    std::unique_ptr<MainWindow> window = startup.start({QStringLiteral("bevilling")});
    QVERIFY(refusedWithoutName);
    QVERIFY(numberMessageShown);
    QCOMPARE(defaultLocation, Database::defaultPath());
    QVERIFY(window);
    QCOMPARE(window->database()->path(), Database::defaultPath());
    QCOMPARE(window->registerInfo().municipalityName, QStringLiteral("Bærum kommune"));
    QCOMPARE(window->registerInfo().municipalityNumber, QStringLiteral("3201"));
    QVERIFY(!window->registerInfo().demo);
    QCOMPARE(window->registerWidget()->model()->rowCount(), 0);
    window->show();
    QVERIFY(!window->findChild<QLabel *>(QStringLiteral("demoBannerLabel"))->isVisible());
    QVERIFY(window->windowTitle().contains(QStringLiteral("Bærum kommune")));
}

void TestUiStartup::quittingTheFirstStartOpensNothing()
{
    Startup startup(m_clock, *m_settings);
    test::whenModal<FirstStartDialog>([](FirstStartDialog *dialog) {
        dialog->findChild<QPushButton *>(QStringLiteral("quitButton"))->click();
    });
    QVERIFY(!startup.start({QStringLiteral("bevilling")}));
    QCOMPARE(startup.exitCode(), 0);
    QVERIFY(!QFileInfo::exists(Database::defaultPath()));
    QVERIFY(!QFileInfo::exists(RegisterFiles::demoPath()));
}

void TestUiStartup::lockedFileOffersReadOnly()
{
    const QString file = path(QStringLiteral("locked.sqlite"));
    QVERIFY(makeRegister(file, 2));
    Result<std::unique_ptr<Database>> holder = Database::open(file); // "another window"
    QVERIFY(holder.ok());

    MessageBox::setNextAnswer(MessageBox::OpenReadOnly);
    Startup startup(m_clock, *m_settings);
    std::unique_ptr<MainWindow> window = startup.start({QStringLiteral("bevilling"), QStringLiteral("--database"), file});
    QVERIFY(window);
    QCOMPARE(MessageBox::pendingAnswers(), 0);

    // The message says who holds the file, on which machine, since when.
    const QString message = MessageBox::lastText();
    const std::optional<LockHolder> lock = Database::lockHolder(file);
    QVERIFY(lock.has_value());
    QVERIFY2(message.contains(file), qPrintable(message));
    QVERIFY2(message.contains(lock->user), qPrintable(message));
    QVERIFY2(message.contains(lock->host), qPrintable(message));
    QVERIFY2(message.contains(lock->since.toString(QStringLiteral("dd.MM.yyyy HH:mm"))), qPrintable(message));

    QVERIFY(window->database()->isReadOnly());
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QCOMPARE(window->registerWidget()->model()->rowCount(), 2);
    window->registerWidget()->selectLicence(window->registerWidget()->model()->licenceAt(0)->id);
    for (const QString &name : {QStringLiteral("newLicenceAction"), QStringLiteral("editLicenceAction"),
                                QStringLiteral("endLicenceAction"), QStringLiteral("reopenLicenceAction"),
                                QStringLiteral("registerSettingsAction")}) {
        QAction *action = window->findChild<QAction *>(name);
        QVERIFY2(action && !action->isEnabled(), qPrintable(name));
    }
    auto *readOnly = window->findChild<QLabel *>(QStringLiteral("readOnlyLabel"));
    QVERIFY(readOnly->isVisible());
    QCOMPARE(readOnly->text(), QStringLiteral("skrivebeskyttet"));
    QVERIFY(window->windowTitle().contains(QStringLiteral("skrivebeskyttet")));
    // The other window keeps its lock.
    QVERIFY(Database::lockHolder(file).has_value());
}

void TestUiStartup::lockedFileCanBeLeftAlone()
{
    const QString file = path(QStringLiteral("locked-cancel.sqlite"));
    QVERIFY(makeRegister(file, 1));
    Result<std::unique_ptr<Database>> holder = Database::open(file);
    QVERIFY(holder.ok());
    MessageBox::setNextAnswer(MessageBox::Cancel);
    Startup startup(m_clock, *m_settings);
    QVERIFY(!startup.start({QStringLiteral("bevilling"), QStringLiteral("--database"), file}));
    QCOMPARE(startup.exitCode(), 1);
}

void TestUiStartup::damagedFileShowsMessageAndOpensNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("text file") << QStringLiteral("text");
    QTest::newRow("pages garbled") << QStringLiteral("garbled");
    QTest::newRow("newer schema") << QStringLiteral("newer");
    QTest::newRow("other SQLite database") << QStringLiteral("foreign");
}

void TestUiStartup::damagedFileShowsMessageAndOpensNothing()
{
    QFETCH(QString, kind);
    const QString file = path(QStringLiteral("damaged-%1.sqlite").arg(kind));
    if (kind == QLatin1String("text")) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Bevillingsnummer;Innehaver\n2024-001;Fjordkroa AS\n");
    } else if (kind == QLatin1String("garbled")) {
        QVERIFY(makeRegister(file, 40));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 16 * 4096);
        QByteArray noise(size / 3, Qt::Uninitialized);
        QRandomGenerator random(20250301);
        for (char &byte : noise)
            byte = char(random.bounded(256));
        QVERIFY(f.seek(size / 3));
        QCOMPARE(f.write(noise), qint64(noise.size()));
    } else {
        if (kind == QLatin1String("newer"))
            QVERIFY(makeRegister(file, 1));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(file);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(kind == QLatin1String("newer") ? QStringLiteral("PRAGMA user_version = 999")
                                                               : QStringLiteral("CREATE TABLE recipes (name TEXT)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }
    const QByteArray before = bytesOf(file);

    MessageBox::setNextAnswer(MessageBox::Cancel);
    Startup startup(m_clock, *m_settings);
    QVERIFY(!startup.start({QStringLiteral("bevilling"), QStringLiteral("--database"), file}));
    QCOMPARE(startup.exitCode(), 1);
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    QVERIFY2(MessageBox::lastText().contains(file), qPrintable(MessageBox::lastText()));
    QCOMPARE(bytesOf(file), before);
    QVERIFY(!QFileInfo::exists(Database::lockFilePath(file)));
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")) || kind != QLatin1String("text"));
}

void TestUiStartup::damagedFileLetsTheUserOpenAnother()
{
    const QString damaged = path(QStringLiteral("not-a-register.sqlite"));
    {
        QFile f(damaged);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Dette er ikke et register.\n");
    }
    const QString good = path(QStringLiteral("good.sqlite"));
    QVERIFY(makeRegister(good, 3));

    MessageBox::setNextAnswer(MessageBox::OpenOther);
    FileDialog::setNextFileName(good);
    Startup startup(m_clock, *m_settings);
    std::unique_ptr<MainWindow> window = startup.start({QStringLiteral("bevilling"), QStringLiteral("--database"), damaged});
    QVERIFY(window);
    QCOMPARE(window->database()->path(), good);
    QCOMPARE(window->registerWidget()->model()->rowCount(), 3);
    QCOMPARE(m_settings->lastFile(), good);
}

void TestUiStartup::migrationBackupIsNamedInTheStatusBar()
{
    const QString file = path(QStringLiteral("old.sqlite"));
    {
        Database::Options options;
        options.targetVersion = 1;
        Result<std::unique_ptr<Database>> old = Database::open(file, options);
        QVERIFY(old.ok());
        QCOMPARE(old.value()->schemaVersion(), 1);
    }
    QVERIFY(Database::latestVersion() > 1);
    Startup startup(m_clock, *m_settings);
    std::unique_ptr<MainWindow> window = startup.start({QStringLiteral("bevilling"), QStringLiteral("--database"), file});
    QVERIFY(window);
    const QString backup = window->database()->migrationBackupPath();
    QVERIFY(!backup.isEmpty());
    QVERIFY(QFileInfo::exists(backup));
    QVERIFY2(window->statusBar()->currentMessage().contains(QDir::toNativeSeparators(backup)),
             qPrintable(window->statusBar()->currentMessage()));
}

void TestUiStartup::opensInNorwegianBokmal()
{
    const QString file = path(QStringLiteral("norsk.sqlite"));
    QVERIFY(makeRegister(file, 1));
    Startup startup(m_clock, *m_settings);
    std::unique_ptr<MainWindow> window = startup.start({QStringLiteral("bevilling"), QStringLiteral("--database"), file});
    QVERIFY(window);
    QStringList menus;
    for (QAction *action : window->menuBar()->actions())
        menus.append(action->text());
    QCOMPARE(menus, (QStringList{QStringLiteral("&Fil"), QStringLiteral("&Bevilling"), QStringLiteral("&Saker"),
                                 QStringLiteral("&Kontroller"), QStringLiteral("&Prikker"), QStringLiteral("&Gebyr"), QStringLiteral("&Rapporter"),
                                 QStringLiteral("&Innstillinger"), QStringLiteral("&Hjelp")}));
    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigationListWidget"));
    QCOMPARE(navigation->item(MainWindow::HomeArea)->text(), QStringLiteral("Hjem"));
    QCOMPARE(navigation->item(MainWindow::LicencesArea)->text(), QStringLiteral("Bevillinger"));
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("countLabel"))->text(), QStringLiteral("Viser 1 av 1 bevilling"));
    QCOMPARE(window->findChild<QAction *>(QStringLiteral("backupAction"))->text(), QStringLiteral("&Sikkerhetskopi…"));
    const QAbstractItemModel *model = window->registerWidget()->model();
    QCOMPARE(model->headerData(LicenceTableModel::ManagerColumn, Qt::Horizontal).toString(), QStringLiteral("Styrer"));
}

void TestUiStartup::languageChangeAppliesAfterRestart()
{
    const QString file = path(QStringLiteral("language.sqlite"));
    QVERIFY(makeRegister(file, 0));
    Startup startup(m_clock, *m_settings);
    std::unique_ptr<MainWindow> window = startup.start({QStringLiteral("bevilling"), QStringLiteral("--database"), file});
    QVERIFY(window);
    QCOMPARE(m_settings->language(), QStringLiteral("nb"));
    QAction *english = window->findChild<QAction *>(QStringLiteral("language_en_Action"));
    QVERIFY(english);
    MessageBox::setNextAnswer(MessageBox::Ok);
    english->trigger();
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    QCOMPARE(m_settings->language(), QStringLiteral("en"));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("neste gang")), qPrintable(MessageBox::lastText()));
    QCOMPARE(AppSettings().language(), QStringLiteral("en"));
    // Still Norwegian until the restart.
    QCOMPARE(window->menuBar()->actions().first()->text(), QStringLiteral("&Fil"));
}

void TestUiStartup::programExplainsMissingDisplay()
{
    QProcess program;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("program-config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("program-data")));
    program.setProcessEnvironment(environment);
    program.start(QStringLiteral(BEVILLING_GUI_PROGRAM), {});
    QVERIFY(program.waitForFinished(30000));
    QCOMPARE(program.exitCode(), 1);
    QCOMPARE(QString::fromUtf8(program.readAllStandardError()).trimmed(),
             QStringLiteral("Bevilling trenger et grafisk skrivebord, men fant ingen skjerm (DISPLAY er ikke satt)."));
    QVERIFY(program.readAllStandardOutput().isEmpty());
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("program-data"))));

    QVERIFY(!Startup::noDisplayMessage().isEmpty());
}

void TestUiStartup::programAnswersHelpAndVersion()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("program-config")));
    QProcess version;
    version.setProcessEnvironment(environment);
    version.start(QStringLiteral(BEVILLING_GUI_PROGRAM), {QStringLiteral("--version")});
    QVERIFY(version.waitForFinished(30000));
    QCOMPARE(version.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(version.readAllStandardOutput()).trimmed(), QStringLiteral("bevilling " BEVILLING_VERSION));

    QProcess help;
    help.setProcessEnvironment(environment);
    help.start(QStringLiteral(BEVILLING_GUI_PROGRAM), {QStringLiteral("--help")});
    QVERIFY(help.waitForFinished(30000));
    QCOMPARE(help.exitCode(), 0);
    QVERIFY(QString::fromUtf8(help.readAllStandardOutput()).contains(QStringLiteral("--database")));

    QProcess wrong;
    wrong.setProcessEnvironment(environment);
    wrong.start(QStringLiteral(BEVILLING_GUI_PROGRAM), {QStringLiteral("--colour")});
    QVERIFY(wrong.waitForFinished(30000));
    QCOMPARE(wrong.exitCode(), 2);
    QVERIFY(QString::fromUtf8(wrong.readAllStandardError()).contains(QStringLiteral("--colour")));
}

QTEST_MAIN(TestUiStartup)
#include "TestUiStartup.moc"
