#pragma once

#include <QChar>
#include <QString>

#include <optional>

namespace bd::domain {

// How many digits a currency has after its decimal point (ISO 4217): 0 for JPY, ISK,
// KRW, CLP, VND, ...; 3 for KWD, BHD, OMR, JOD, TND, IQD, LYD; 2 for the rest and for
// an unknown or empty code.
int minorUnits(const QString& currency);

// An amount of money: whole minor units of an ISO 4217 currency (cents of EUR, øre of
// DKK, yen of JPY: a JPY amount of 1500 is ¥1,500). What the shop stores: every
// amount of a shop is in its currency's minor units.
struct Money
{
    qint64 minor = 0;
    QString currency;

    // Whole units of a currency: ofUnits(5, "EUR") is 5.00 EUR (500 minor units).
    static Money ofUnits(qint64 units, const QString& currency);

    int decimals() const { return minorUnits(currency); }
    // The amount as a machine reads it (CSV): no symbol, no grouping, exactly the
    // currency's decimals: "12.50" EUR, "1500" JPY, "1.234" KWD; with decimalPoint ','
    // "12,50".
    QString plain(QChar decimalPoint = QLatin1Char('.')) const;
    // In whole units, for display only (QLocale::toCurrencyString).
    double units() const;

    bool operator==(const Money&) const = default;
};

// Why an amount was not read.
enum class AmountProblem { None, NotAnAmount, TooManyDecimals };

// Reads an amount in `currency` into its minor units: "12.50", "12", "1,234.50", and
// with decimalPoint ',' "1.234,50" or "12,50" (a space or a '.' between thousands).
// More decimals than the currency has are refused unless they are zeros (Shopify
// writes a JPY price as "1500.00"): "1500.5" JPY is TooManyDecimals. `problem`, when
// given, says why nothing was read.
std::optional<qint64> parseAmount(const QString& text, const QString& currency,
                                  QChar decimalPoint = QLatin1Char('.'), AmountProblem* problem = nullptr);

} // namespace bd::domain
