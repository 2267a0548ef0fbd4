#include "LocaleFormat.h"

namespace bd::domain {

LocaleFormat::LocaleFormat()
    : LocaleFormat(QLocale())
{
}

LocaleFormat::LocaleFormat(const QLocale& locale)
    : m_locale(locale)
{
    // Amounts and counts grouped ("1,500") even where the program's default says not.
    if (m_locale.numberOptions() != QLocale::DefaultNumberOptions)
        m_locale.setNumberOptions(QLocale::DefaultNumberOptions);
}

LocaleFormat LocaleFormat::forShop(const QString& localeName)
{
    return LocaleFormat(QLocale(localeName.isEmpty() ? QStringLiteral("en_GB") : localeName));
}

QString LocaleFormat::dateFormat() const
{
    return m_locale.dateFormat(QLocale::ShortFormat);
}

QString LocaleFormat::date(const QDate& date) const
{
    return date.isValid() ? m_locale.toString(date, dateFormat()) : QString();
}

QString LocaleFormat::longDate(const QDate& date) const
{
    return date.isValid() ? m_locale.toString(date, QLocale::LongFormat) : QString();
}

QString LocaleFormat::time(const QTime& time) const
{
    // The minute: seconds only widen a column, and the long form adds a time zone.
    QString format = m_locale.timeFormat(QLocale::ShortFormat);
    format.remove(QLatin1String(":ss"));
    format.remove(QLatin1String(".ss"));
    return m_locale.toString(time, format);
}

QString LocaleFormat::dateTime(const QDateTime& at) const
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    return date(local.date()) + QLatin1Char(' ') + time(local.time());
}

QString LocaleFormat::longDateTime(const QDateTime& at) const
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    return longDate(local.date()) + QLatin1Char(' ') + time(local.time());
}

QString LocaleFormat::currencySymbol(const QString& currency) const
{
    if (currency.isEmpty())
        return {};
    if (m_locale.currencySymbol(QLocale::CurrencyIsoCode) == currency)
        return m_locale.currencySymbol(QLocale::CurrencySymbol);
    // The symbols a reader anywhere recognises (CLDR's English ones); the code for the rest.
    static const struct
    {
        const char* code;
        const char16_t* symbol;
    } usual[] = {
        {"EUR", u"\u20AC"}, {"USD", u"$"},       {"GBP", u"\u00A3"}, {"JPY", u"\u00A5"}, {"CNY", u"CN\u00A5"},
        {"DKK", u"kr."},    {"SEK", u"kr"},      {"NOK", u"kr"},     {"ISK", u"kr"},     {"INR", u"\u20B9"},
        {"KRW", u"\u20A9"}, {"PLN", u"z\u0142"}, {"CZK", u"K\u010D"}, {"AUD", u"A$"},    {"CAD", u"CA$"},
        {"NZD", u"NZ$"},    {"ILS", u"\u20AA"},  {"VND", u"\u20AB"}, {"BRL", u"R$"},     {"MXN", u"MX$"},
    };
    for (const auto& entry : usual) {
        if (currency == QLatin1String(entry.code))
            return QString::fromUtf16(entry.symbol);
    }
    return currency;
}

QString LocaleFormat::money(const Money& amount) const
{
    const QString symbol = currencySymbol(amount.currency);
    QString text = m_locale.toCurrencyString(amount.units(), symbol, amount.decimals());
    // A symbol of letters ("kr.", "KWD") needs a space where the locale writes it
    // straight before the number: KWD 1.234, not KWD1.234.
    if (!symbol.isEmpty() && (symbol.back().isLetter() || symbol.back() == QLatin1Char('.'))) {
        const qsizetype at = text.indexOf(symbol);
        const qsizetype after = at + symbol.size();
        if (at >= 0 && after < text.size() && text.at(after).isDigit())
            text.insert(after, QChar(0x00A0));
    }
    return text;
}

} // namespace bd::domain
