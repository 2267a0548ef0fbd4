#include "Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace bd::i18n {

namespace {

// Next to the executable once installed (/usr/bin → /usr/share/backorderdesk/translations),
// else the copy compiled into the program.
QStringList translationDirs()
{
    return { QDir(QCoreApplication::applicationDirPath())
                 .absoluteFilePath(QStringLiteral("../share/backorderdesk/translations")),
             QStringLiteral(":/i18n") };
}

} // namespace

QStringList availableLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("da") };
}

QString configuredLanguage()
{
    return QSettings().value(LanguageKey).toString().trimmed();
}

QLocale uiLocale(const QString& setting)
{
    if (!setting.isEmpty())
        return QLocale(setting);
    return QLocale::system();
}

QString installTranslators(QCoreApplication& app)
{
    QLocale locale = uiLocale(configuredLanguage());
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    // English is the source text; its translation holds only the plural forms.
    if (english)
        locale = QLocale(QLocale::English);

    auto* ours = new QTranslator(&app);
    bool loaded = false;
    for (const QString& dir : translationDirs()) {
        if (ours->load(locale, QStringLiteral("backorderdesk"), QStringLiteral("_"), dir)) {
            loaded = true;
            break;
        }
    }
    if (!loaded) {
        delete ours;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(ours);
    if (english)
        return QStringLiteral("en");

    // Qt's own strings (standard buttons, file dialogs), when the system has them.
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return QLocale::languageToCode(locale.language());
}

} // namespace bd::i18n
