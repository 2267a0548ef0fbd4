#pragma once

#include "domain/Money.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace bd::domain {

// How dates and money read for people, in one locale: the one formatter of the window
// (the program's locale), the e-mails and the reports (the shop's, shop.locale). One
// short and one long form of a date; amounts with the currency's own decimals (¥1,500,
// €12.50, 1.234,500 KWD) and its usual symbol. Machine text (CSV, storage) is not
// written here: dates there are ISO 8601 (core::toIso), amounts Money::plain().
class LocaleFormat
{
public:
    // The program's locale (QLocale()).
    LocaleFormat();
    explicit LocaleFormat(const QLocale& locale);
    // A shop's locale by name ("da_DK"); en_GB when empty.
    static LocaleFormat forShop(const QString& localeName);

    const QLocale& locale() const { return m_locale; }

    // 04/12/2026 (en_GB), 04.12.2026 (da_DK); empty for an invalid date.
    QString date(const QDate& date) const;
    // The pattern date() writes, for a date field to show and take the same text.
    QString dateFormat() const;
    // Friday, 4 December 2026 (en_GB), fredag den 4. december 2026 (da_DK).
    QString longDate(const QDate& date) const;
    // The short date and the minute, in local time: 04/12/2026 09:05.
    QString dateTime(const QDateTime& at) const;
    // The long date and the minute, in local time: Friday, 4 December 2026 09:05.
    QString longDateTime(const QDateTime& at) const;

    QString money(const Money& amount) const;
    QString money(qint64 minor, const QString& currency) const { return money(Money{minor, currency}); }
    // The symbol a currency is shown with in this locale: the locale's own for its own
    // currency (kr. for DKK in da_DK), else the usual one (€, $, £, ¥), else the code.
    QString currencySymbol(const QString& currency) const;

private:
    QString time(const QTime& time) const;

    QLocale m_locale;
};

} // namespace bd::domain
