#include "AppSettings.h"
#include "TestUiSupport.h"

#include <QtTest>

using namespace bevilling;

class TestAppSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void languageDefaultsToBokmal();
    void remembersFilesMostRecentFirst();
    void keepsAtMostEightRecentFiles();
    void keepsGeometry();

private:
    QTemporaryDir m_dir;
};

void TestAppSettings::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::useTemporaryLocations(m_dir);
}

void TestAppSettings::init()
{
    QSettings(QStringLiteral("bevilling"), QStringLiteral("bevilling")).clear();
}

void TestAppSettings::languageDefaultsToBokmal()
{
    AppSettings settings;
    QCOMPARE(settings.language(), QStringLiteral("nb"));
    settings.setLanguage(QStringLiteral("en"));
    QCOMPARE(AppSettings().language(), QStringLiteral("en"));
    settings.setLanguage(QStringLiteral("xx")); // unknown: back to the default
    QCOMPARE(AppSettings().language(), QStringLiteral("nb"));
}

void TestAppSettings::remembersFilesMostRecentFirst()
{
    AppSettings settings;
    QVERIFY(settings.lastFile().isEmpty());
    const QString a = QDir(m_dir.path()).filePath(QStringLiteral("a.sqlite"));
    const QString b = QDir(m_dir.path()).filePath(QStringLiteral("b.sqlite"));
    settings.rememberFile(a);
    settings.rememberFile(b);
    settings.rememberFile(a);
    QCOMPARE(settings.lastFile(), a);
    QCOMPARE(settings.recentFiles(), (QStringList{a, b}));
    QCOMPARE(AppSettings().recentFiles(), (QStringList{a, b}));
}

void TestAppSettings::keepsAtMostEightRecentFiles()
{
    AppSettings settings;
    QStringList expected;
    for (int i = 0; i < 12; ++i) {
        const QString file = QDir(m_dir.path()).filePath(QStringLiteral("r%1.sqlite").arg(i));
        settings.rememberFile(file);
        expected.prepend(file);
    }
    QCOMPARE(settings.recentFiles().size(), AppSettings::MaxRecentFiles);
    QCOMPARE(settings.recentFiles(), expected.mid(0, AppSettings::MaxRecentFiles));
}

void TestAppSettings::keepsGeometry()
{
    AppSettings settings;
    QVERIFY(settings.windowGeometry().isEmpty());
    settings.setWindowGeometry(QByteArray("geometry"));
    settings.setSplitterState(QStringLiteral("register"), QByteArray("split"));
    settings.sync();
    AppSettings again;
    QCOMPARE(again.windowGeometry(), QByteArray("geometry"));
    QCOMPARE(again.splitterState(QStringLiteral("register")), QByteArray("split"));
    QVERIFY(again.splitterState(QStringLiteral("other")).isEmpty());
}

QTEST_MAIN(TestAppSettings)
#include "TestAppSettings.moc"
