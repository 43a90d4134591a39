#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace bevilling {

// Loads the program's translations. Source strings are English; Norwegian bokmål ("nb") is
// the default language of the product.
namespace Localization {

inline const QString DefaultLanguage = QStringLiteral("nb");

QStringList availableLanguages(); // "nb", "en"
// Installs translators for `language` ("nb" or "en") for every catalogue in `catalogues`
// (resource names such as "core", "ui"). Returns false if a catalogue is missing.
bool install(QCoreApplication &app, const QString &language, const QStringList &catalogues);

} // namespace Localization
} // namespace bevilling
