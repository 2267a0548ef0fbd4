#include "ReportFormat.h"

#include "core/Clock.h"
#include "domain/Rules.h"

#include <QHash>
#include <QTimeZone>

#include <cmath>

namespace bd::reports {

namespace {

// The usual symbol of a currency ("€" for EUR, "kr." for DKK), from the first locale
// that uses it; the ISO code when no locale does.
QString currencySymbol(const QString& code, const QLocale& shopLocale)
{
    if (shopLocale.currencySymbol(QLocale::CurrencyIsoCode) == code)
        return shopLocale.currencySymbol(QLocale::CurrencySymbol);
    static const QHash<QString, QString> symbols = [] {
        QHash<QString, QString> map;
        const QList<QLocale> all = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
        for (const QLocale& l : all) {
            const QString iso = l.currencySymbol(QLocale::CurrencyIsoCode);
            if (!iso.isEmpty() && !map.contains(iso))
                map.insert(iso, l.currencySymbol(QLocale::CurrencySymbol));
        }
        return map;
    }();
    return symbols.value(code, code);
}

} // namespace

ReportFormat::ReportFormat(const QString& localeName, const QString& currency)
    : m_locale(localeName.isEmpty() ? QStringLiteral("en_GB") : localeName)
    , m_currency(currency.isEmpty() ? QStringLiteral("EUR") : currency)
{
    m_locale.setNumberOptions(QLocale::DefaultNumberOptions);
    m_symbol = currencySymbol(m_currency, m_locale);
}

QString ReportFormat::date(const QDate& date) const
{
    return date.isValid() ? m_locale.toString(date, QLocale::ShortFormat) : QString();
}

QString ReportFormat::dateTime(const QDateTime& at) const
{
    return at.isValid() ? m_locale.toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString ReportFormat::money(qint64 minor) const
{
    return m_locale.toCurrencyString(double(minor) / 100.0, m_symbol, 2);
}

QString ReportFormat::percent(double fraction) const
{
    return m_locale.toString(fraction * 100.0, 'f', 1) + m_locale.percent();
}

QString ReportFormat::display(const QVariant& value, Column::Type type) const
{
    if (value.isNull() || !value.isValid())
        return QString();
    switch (type) {
    case Column::Type::Text:
        return value.toString();
    case Column::Type::Integer:
        return value.typeId() == QMetaType::QString ? value.toString() : m_locale.toString(value.toLongLong());
    case Column::Type::Money:
        return money(value.toLongLong());
    case Column::Type::Date:
        return value.typeId() == QMetaType::QString ? value.toString() : date(value.toDate());
    case Column::Type::DateTime:
        return value.typeId() == QMetaType::QString ? value.toString() : dateTime(value.toDateTime());
    case Column::Type::Percent:
        return percent(value.toDouble());
    case Column::Type::Days:
        return m_locale.toString(value.toDouble(), 'f', 1);
    }
    return value.toString();
}

QString ReportFormat::plain(const QVariant& value, Column::Type type)
{
    if (value.isNull() || !value.isValid())
        return QString();
    if (value.typeId() == QMetaType::QString)
        return value.toString();
    switch (type) {
    case Column::Type::Text:
        return value.toString();
    case Column::Type::Integer:
        return QString::number(value.toLongLong());
    case Column::Type::Money:
        return domain::formatMinor(value.toLongLong());
    case Column::Type::Date:
        return core::toIso(value.toDate());
    case Column::Type::DateTime:
        return core::toIso(value.toDateTime());
    case Column::Type::Percent:
        return QString::number(value.toDouble() * 100.0, 'f', 1);
    case Column::Type::Days:
        return QString::number(value.toDouble(), 'f', 1);
    }
    return value.toString();
}

QString ReportFormat::period(const Report& report) const
{
    if (!report.from.isValid())
        return tr("as of %1").arg(date(report.generatedAt.toLocalTime().date()));
    return QStringLiteral("%1 \u2013 %2").arg(date(report.from), date(report.to));
}

bool ReportFormat::letterPaper() const
{
    return m_locale.territory() == QLocale::UnitedStates || m_locale.territory() == QLocale::Canada;
}

} // namespace bd::reports
