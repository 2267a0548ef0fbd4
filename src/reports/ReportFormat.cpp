#include "ReportFormat.h"

#include "core/Clock.h"
#include "domain/Money.h"

#include <cmath>

namespace bd::reports {

ReportFormat::ReportFormat(const QString& localeName, const QString& currency)
    : m_format(domain::LocaleFormat::forShop(localeName))
    , m_currency(currency.isEmpty() ? QStringLiteral("EUR") : currency)
{
}

QString ReportFormat::percent(double fraction) const
{
    return locale().toString(fraction * 100.0, 'f', 1) + locale().percent();
}

QString ReportFormat::display(const QVariant& value, Column::Type type) const
{
    if (value.isNull() || !value.isValid())
        return QString();
    switch (type) {
    case Column::Type::Text:
        return value.toString();
    case Column::Type::Integer:
        return value.typeId() == QMetaType::QString ? value.toString() : locale().toString(value.toLongLong());
    case Column::Type::Money:
        return money(value.toLongLong());
    case Column::Type::Date:
        return value.typeId() == QMetaType::QString ? value.toString() : date(value.toDate());
    case Column::Type::DateTime:
        return value.typeId() == QMetaType::QString ? value.toString() : dateTime(value.toDateTime());
    case Column::Type::Percent:
        return percent(value.toDouble());
    case Column::Type::Days:
        return locale().toString(value.toDouble(), 'f', 1);
    }
    return value.toString();
}

QString ReportFormat::plain(const QVariant& value, Column::Type type) const
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
        return domain::Money{value.toLongLong(), m_currency}.plain();
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
    return locale().territory() == QLocale::UnitedStates || locale().territory() == QLocale::Canada;
}

} // namespace bd::reports
