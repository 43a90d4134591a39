#include "AppSettings.h"

#include "Localization.h"

#include <QDir>
#include <QFileInfo>

namespace bevilling {

namespace {
const QString kLanguage = QStringLiteral("language");
const QString kLastFile = QStringLiteral("files/last");
const QString kRecentFiles = QStringLiteral("files/recent");
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kSplitter = QStringLiteral("mainWindow/splitter/");
} // namespace

AppSettings::AppSettings() : m_settings(QStringLiteral("bevilling"), QStringLiteral("bevilling")) {}

QString AppSettings::language() const
{
    const QString language = m_settings.value(kLanguage).toString();
    return Localization::availableLanguages().contains(language) ? language : Localization::DefaultLanguage;
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(kLanguage, language);
}

QString AppSettings::lastFile() const
{
    return m_settings.value(kLastFile).toString();
}

void AppSettings::rememberFile(const QString &path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    m_settings.setValue(kLastFile, absolute);
    QStringList recent = recentFiles();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > MaxRecentFiles)
        recent.removeLast();
    m_settings.setValue(kRecentFiles, recent);
}

QStringList AppSettings::recentFiles() const
{
    QStringList recent = m_settings.value(kRecentFiles).toStringList();
    recent.removeAll(QString());
    recent.removeDuplicates();
    while (recent.size() > MaxRecentFiles)
        recent.removeLast();
    return recent;
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(kState, state);
}

QByteArray AppSettings::splitterState(const QString &name) const
{
    return m_settings.value(kSplitter + name).toByteArray();
}

void AppSettings::setSplitterState(const QString &name, const QByteArray &state)
{
    m_settings.setValue(kSplitter + name, state);
}

void AppSettings::sync()
{
    m_settings.sync();
}

} // namespace bevilling
