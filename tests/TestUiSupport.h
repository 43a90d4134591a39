#pragma once

// Helpers shared by the UI tests: a private settings/data location, and interaction with
// dialogs that run their own event loop (exec()).

#include "Localization.h"
#include "RegisterFiles.h"
#include "storage/RegisterSettings.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace bevilling::test {

// Points QSettings and the user's data/config folders at `dir`, and names the application as
// the real program does (so AppLocalDataLocation is <dir>/data/bevilling).
inline void useTemporaryLocations(const QTemporaryDir &dir)
{
    QCoreApplication::setApplicationName(QStringLiteral("bevilling"));
    QCoreApplication::setOrganizationName(QString());
    qputenv("XDG_DATA_HOME", QDir(dir.path()).filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", QDir(dir.path()).filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", QDir(dir.path()).filePath(QStringLiteral("cache")).toLocal8Bit());
    const QString settings = QDir(dir.path()).filePath(QStringLiteral("settings"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings);
    QSettings(QStringLiteral("bevilling"), QStringLiteral("bevilling")).clear();
}

// Runs `action` on the first modal dialog of type Dialog once it is shown (for dialogs opened
// with exec()). If none comes within `timeoutMs`, whatever modal widget is up is rejected, so
// that a failing test ends instead of hanging.
template<typename Dialog>
void whenModal(std::function<void(Dialog *)> action, int timeoutMs = 15000)
{
    auto *timer = new QTimer;
    auto *elapsed = new int(0);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, elapsed, action, timeoutMs] {
        *elapsed += timer->interval();
        if (auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget()); dialog && dialog->isVisible()) {
            timer->stop();
            timer->deleteLater();
            delete elapsed;
            action(dialog);
            return;
        }
        if (*elapsed > timeoutMs) {
            timer->stop();
            timer->deleteLater();
            delete elapsed;
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
        }
    });
    timer->start();
}

// Makes `window` the active window (as a window manager does with a new dialog), so that
// focus and typing go where a person's would. True once it is active.
inline bool activate(QWidget *window)
{
    window->activateWindow();
    QApplication::setActiveWindow(window);
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; }, 5000);
}

// The visible top-level widget of type T, or nullptr.
template<typename T>
T *visibleTopLevel()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *t = qobject_cast<T *>(widget); t && t->isVisible())
            return t;
    }
    return nullptr;
}

// Closes every dialog a test left open (for cleanup()).
inline void closeDialogs()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(widget))
            widget->close();
    }
}

// A new register for "Testvik kommune" at `path`, seeded from the rule-set `preset` as the
// program does; null (with a warning) if it cannot be made.
inline std::unique_ptr<Database> makeRegister(const QString &path, const Clock &clock, const QString &preset)
{
    RegisterInfo info;
    info.municipalityName = QStringLiteral("Testvik kommune");
    Result<std::unique_ptr<Database>> db = RegisterFiles::create(path, info, clock, preset);
    if (!db)
        qWarning("%s", qPrintable(db.error().toString()));
    return db ? std::move(db).value() : nullptr;
}

} // namespace bevilling::test
