#include "ShopChoices.h"

#include "domain/LocaleFormat.h"

#include <QComboBox>
#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace bd::ui {

namespace {

// Where small web shops that sell on backorder are most often run; others can be set
// from the command line (config set shop.locale) and then show up here too.
const QStringList Locales = {
    QStringLiteral("cs_CZ"), QStringLiteral("da_DK"), QStringLiteral("de_AT"), QStringLiteral("de_CH"),
    QStringLiteral("de_DE"), QStringLiteral("en_AU"), QStringLiteral("en_CA"), QStringLiteral("en_GB"),
    QStringLiteral("en_IE"), QStringLiteral("en_NZ"), QStringLiteral("en_US"), QStringLiteral("es_ES"),
    QStringLiteral("es_MX"), QStringLiteral("fi_FI"), QStringLiteral("fr_BE"), QStringLiteral("fr_CA"),
    QStringLiteral("fr_CH"), QStringLiteral("fr_FR"), QStringLiteral("is_IS"), QStringLiteral("it_IT"),
    QStringLiteral("ja_JP"), QStringLiteral("nb_NO"), QStringLiteral("nl_BE"), QStringLiteral("nl_NL"),
    QStringLiteral("pl_PL"), QStringLiteral("pt_BR"), QStringLiteral("pt_PT"), QStringLiteral("sv_SE"),
};

QString localeText(const QString& name)
{
    const QLocale locale(name);
    return QStringLiteral("%1 (%2)").arg(locale.nativeLanguageName(), locale.nativeTerritoryName());
}

QString currencyText(const QString& code)
{
    const QString symbol = domain::LocaleFormat().currencySymbol(code);
    return symbol == code ? code : QStringLiteral("%1 (%2)").arg(code, symbol);
}

} // namespace

void ShopChoices::fillLocales(QComboBox* combo)
{
    QList<std::pair<QString, QString>> items;
    for (const QString& name : Locales)
        items.append({ localeText(name), name });
    std::sort(items.begin(), items.end(),
              [](const auto& a, const auto& b) { return a.first.localeAwareCompare(b.first) < 0; });
    for (const auto& [text, name] : items)
        combo->addItem(text, name);
}

void ShopChoices::fillCurrencies(QComboBox* combo)
{
    QStringList codes;
    for (const QString& name : Locales) {
        const QString code = currencyOf(name);
        if (!code.isEmpty() && !codes.contains(code))
            codes << code;
    }
    codes.sort();
    for (const QString& code : std::as_const(codes))
        combo->addItem(currencyText(code), code);
}

void ShopChoices::choose(QComboBox* combo, const QString& value)
{
    int index = combo->findData(value);
    if (index < 0 && !value.isEmpty()) {
        const bool locale = QLocale(value).language() != QLocale::C && value.contains(QLatin1Char('_'));
        combo->addItem(locale ? localeText(value) : currencyText(value), value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(std::max(index, 0));
}

QString ShopChoices::currencyOf(const QString& localeName)
{
    return QLocale(localeName).currencySymbol(QLocale::CurrencyIsoCode);
}

} // namespace bd::ui
