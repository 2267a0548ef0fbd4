#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace bd::i18n {

// The QSettings key of the language the user chose: "da", "en", or empty to follow the
// system (LANG / the desktop's language setting). The Settings page offers it; it takes
// effect on the next start.
inline const QString LanguageKey = QStringLiteral("language");

// The languages this build has a translation for, plus English (the source strings).
QStringList availableLanguages();

// The language setting, as stored ("" when the system decides).
QString configuredLanguage();

// The locale to translate for: the setting when it names a language, else the system's.
QLocale uiLocale(const QString& setting);

// Loads Backorder Desk's translation and Qt's own for the configured language into
// the application. Returns the language now in use ("da", or "en" when the strings
// stay English).
QString installTranslators(QCoreApplication& app);

} // namespace bd::i18n
