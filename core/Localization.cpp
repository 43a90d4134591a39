#include "Localization.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace bevilling::Localization {

QStringList availableLanguages()
{
    return {QStringLiteral("nb"), QStringLiteral("en")};
}

bool install(QCoreApplication &app, const QString &language, const QStringList &catalogues)
{
    if (language == QLatin1String("nb"))
        QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    else
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    if (language == QLatin1String("en"))
        return true; // source strings are English
    bool all = true;
    for (const QString &catalogue : catalogues) {
        auto *translator = new QTranslator(&app);
        if (translator->load(QStringLiteral(":/i18n/%1_%2.qm").arg(catalogue, language))) {
            QCoreApplication::installTranslator(translator);
        } else {
            delete translator;
            all = false;
        }
    }
    return all;
}

} // namespace bevilling::Localization
