#include "Clock.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace bd::core {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

FixedClock::FixedClock(QDateTime at)
    : m_now(std::move(at))
{
}

void FixedClock::set(const QDateTime& at)
{
    m_now = at;
}

QString toIso(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QString toIso(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDateTime parseIsoDateTime(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    QDateTime at = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!at.isValid()) {
        // A bare date means the start of that day.
        const QDate date = parseIsoDate(trimmed);
        if (!date.isValid())
            return {};
        return QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    if (at.timeSpec() == Qt::LocalTime)
        at = QDateTime(at.date(), at.time(), Qt::UTC);
    return at.toUTC();
}

QDate parseIsoDate(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString trimmed = text.trimmed();
    if (!shape.match(trimmed).hasMatch())
        return {};
    return QDate::fromString(trimmed, Qt::ISODate);
}

} // namespace bd::core
