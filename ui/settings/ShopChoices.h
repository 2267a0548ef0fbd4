#pragma once

#include <QString>

class QComboBox;

namespace bd::ui {

// The countries, languages and currencies a shop chooses from (the welcome dialog,
// Settings), so nobody types "da-DK" or "kr" where "da_DK" and "DKK" are meant.
class ShopChoices
{
public:
    // Locales as "dansk (Danmark)", with the name (da_DK) as the item's data. A value
    // not in the list is added when chosen (chooseLocale).
    static void fillLocales(QComboBox* combo);
    // ISO 4217 codes with their symbol, "DKK (kr.)", the code as the item's data.
    static void fillCurrencies(QComboBox* combo);
    // Selects the item with this data, adding it when the list lacks it.
    static void choose(QComboBox* combo, const QString& value);
    // The currency of a locale's country (da_DK: DKK); empty when it has none.
    static QString currencyOf(const QString& localeName);
};

} // namespace bd::ui
