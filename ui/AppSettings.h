#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace bevilling {

// The user's preferences for this program (not the register's own settings): language,
// last and recent register files, window geometry. Stored with QSettings under
// "bevilling/bevilling"; tests redirect it with QSettings::setPath().
class AppSettings
{
public:
    static constexpr int MaxRecentFiles = 8;

    AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    // "nb" (default) or "en".
    QString language() const;
    void setLanguage(const QString &language);

    QString lastFile() const;
    // Makes `path` the last file and moves it to the top of the recent files.
    void rememberFile(const QString &path);
    // Most recent first, at most MaxRecentFiles entries.
    QStringList recentFiles() const;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);

    void sync();

private:
    QSettings m_settings;
};

} // namespace bevilling
