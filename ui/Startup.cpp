#include "Startup.h"

#include "AppSettings.h"
#include "FirstStartDialog.h"
#include "Localization.h"
#include "MainWindow.h"
#include "NewRegisterForm.h"
#include "RegisterFiles.h"
#include "storage/Database.h"

#include <QApplication>
#include <QIcon>
#include <QFileInfo>

#include <cstdio>

namespace bevilling {

namespace {
const QString kApplicationName = QStringLiteral("bevilling");

void setUpApplication(QCoreApplication &app, const AppSettings &settings)
{
    QCoreApplication::setApplicationName(kApplicationName);
    QCoreApplication::setApplicationVersion(QStringLiteral(BEVILLING_VERSION));
    Localization::install(app, settings.language(), {QStringLiteral("core"), QStringLiteral("ui")});
}

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

Startup::Arguments Startup::parseArguments(const QStringList &arguments)
{
    Arguments result;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            result.help = true;
        } else if (argument == QLatin1String("--version") || argument == QLatin1String("-v")) {
            result.version = true;
        } else if (argument == QLatin1String("--database")) {
            if (i + 1 >= arguments.size() || arguments.at(i + 1).isEmpty()) {
                result.error = tr("--database: give the register file, for example --database kommune.sqlite");
                return result;
            }
            result.databasePath = arguments.at(++i);
        } else if (argument.startsWith(QLatin1String("--database="))) {
            result.databasePath = argument.mid(11);
            if (result.databasePath.isEmpty()) {
                result.error = tr("--database: give the register file, for example --database kommune.sqlite");
                return result;
            }
        } else {
            result.error = tr("%1: unknown argument (see --help).").arg(argument);
            return result;
        }
    }
    return result;
}

QString Startup::helpText()
{
    return tr("Usage: bevilling [--database FILE]\n"
              "\n"
              "Bevilling keeps a municipality's register of alcohol licences.\n"
              "\n"
              "Options:\n"
              "  --database FILE  open this register file instead of the last one used\n"
              "  --version        show the version and exit\n"
              "  --help           show this help and exit\n"
              "\n"
              "Without --database the last register is opened, else the default register\n"
              "%1; if there is none, Bevilling asks how to start.\n")
        .arg(Database::defaultPath());
}

QString Startup::versionText()
{
    return QStringLiteral("bevilling " BEVILLING_VERSION "\n");
}

bool Startup::hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
           || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

QString Startup::noDisplayMessage()
{
    return tr("Bevilling needs a graphical desktop, but found no display (DISPLAY is not set).");
}

std::optional<int> Startup::preflight(int &argc, char **argv)
{
    QCoreApplication app(argc, argv);
    AppSettings settings;
    setUpApplication(app, settings);
    // Qt's own options (-platform, -style, ...) are for QApplication; judge only ours here.
    QStringList ours{QCoreApplication::arguments().value(0)};
    const QStringList all = QCoreApplication::arguments();
    for (int i = 1; i < all.size(); ++i) {
        const QString &argument = all.at(i);
        if (argument.startsWith(QLatin1String("--")) || argument == QLatin1String("-h") || argument == QLatin1String("-v")) {
            ours.append(argument);
            if (argument == QLatin1String("--database") && i + 1 < all.size())
                ours.append(all.at(++i));
        } else if (argument.startsWith(QLatin1Char('-')) && i + 1 < all.size() && !all.at(i + 1).startsWith(QLatin1Char('-'))) {
            ++i; // a Qt option with a value, such as -platform offscreen
        } else if (!argument.startsWith(QLatin1Char('-'))) {
            ours.append(argument);
        }
    }
    const Arguments arguments = parseArguments(ours);
    if (arguments.help) {
        print(stdout, helpText());
        return 0;
    }
    if (arguments.version) {
        print(stdout, versionText());
        return 0;
    }
    if (!arguments.error.isEmpty()) {
        print(stderr, arguments.error + QLatin1Char('\n'));
        return 2;
    }
    if (!hasDisplay()) {
        print(stderr, noDisplayMessage() + QLatin1Char('\n'));
        return 1;
    }
    return std::nullopt;
}

int Startup::run(QApplication &app)
{
    AppSettings settings;
    setUpApplication(app, settings);
    QGuiApplication::setDesktopFileName(kApplicationName);
    QIcon icon;
    for (int size : {48, 128, 256})
        icon.addFile(QStringLiteral(":/icons/bevilling-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
    const Arguments arguments = parseArguments(QCoreApplication::arguments());
    if (!arguments.error.isEmpty()) {
        print(stderr, arguments.error + QLatin1Char('\n'));
        return 2;
    }
    SystemClock clock;
    Startup startup(clock, settings);
    std::unique_ptr<MainWindow> window = startup.start(QCoreApplication::arguments());
    if (!window)
        return startup.exitCode();
    window->show();
    return QApplication::exec();
}

Startup::Startup(const Clock &clock, AppSettings &settings) : m_clock(clock), m_settings(settings) {}

QString Startup::fileToOpen(const QString &databaseArgument) const
{
    if (!databaseArgument.isEmpty())
        return QFileInfo(databaseArgument).absoluteFilePath();
    const QString last = m_settings.lastFile();
    if (!last.isEmpty() && QFileInfo::exists(last))
        return last;
    const QString defaultPath = Database::defaultPath();
    if (QFileInfo::exists(defaultPath))
        return defaultPath;
    return {};
}

std::unique_ptr<MainWindow> Startup::start(const QStringList &arguments)
{
    const Arguments parsed = parseArguments(arguments);
    if (!parsed.error.isEmpty()) {
        m_exitCode = 2;
        return nullptr;
    }
    const QString path = fileToOpen(parsed.databasePath);
    std::unique_ptr<Database> db;
    if (!path.isEmpty() && QFileInfo::exists(path)) {
        db = RegisterFiles::open(nullptr, path);
        if (!db) {
            m_exitCode = 1;
            return nullptr;
        }
    } else {
        // No register yet (or --database names a file still to be made): ask how to start.
        FirstStartDialog dialog(m_clock);
        if (!path.isEmpty())
            dialog.form()->setPath(path);
        if (dialog.exec() != QDialog::Accepted) {
            m_exitCode = 0;
            return nullptr;
        }
        db = dialog.takeDatabase();
        if (!db) {
            m_exitCode = 1;
            return nullptr;
        }
    }
    auto window = std::make_unique<MainWindow>(m_clock, m_settings);
    window->setDatabase(std::move(db));
    m_exitCode = 0;
    return window;
}

} // namespace bevilling
