#pragma once

#include "Clock.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QApplication;

namespace bevilling {

class AppSettings;
class MainWindow;

// How the program starts: command line, language, which register to open, first start.
// main.cpp only calls preflight() and run(); start() is the part tests drive.
class Startup
{
    Q_DECLARE_TR_FUNCTIONS(Startup)
public:
    struct Arguments
    {
        QString databasePath;
        bool help = false;
        bool version = false;
        QString error; // not empty when the command line is wrong
    };

    // `arguments` as QCoreApplication::arguments() gives them (program name first).
    static Arguments parseArguments(const QStringList &arguments);
    static QString helpText();
    static QString versionText();
    // True when a Qt platform can show windows: DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM is set.
    static bool hasDisplay();
    static QString noDisplayMessage();

    // Before the QApplication exists: answers --help and --version, rejects a wrong command line
    // (exit 2) and a missing display (exit 1, one sentence on stderr). No value: go on with run().
    static std::optional<int> preflight(int &argc, char **argv);
    // Sets up the application (name, language), opens the register and runs the event loop.
    static int run(QApplication &app);

    Startup(const Clock &clock, AppSettings &settings);

    // The file to open without asking: --database FILE, else the last file if it still exists,
    // else the default register if it exists. Empty when the first-start dialog must ask.
    QString fileToOpen(const QString &databaseArgument) const;
    // Opens the register (asking where needed) and returns the main window showing it, or null
    // when nothing was opened; exitCode() then says why (0: the user quit, 1: the file failed).
    std::unique_ptr<MainWindow> start(const QStringList &arguments);
    int exitCode() const { return m_exitCode; }

private:
    const Clock &m_clock;
    AppSettings &m_settings;
    int m_exitCode = 0;
};

} // namespace bevilling
