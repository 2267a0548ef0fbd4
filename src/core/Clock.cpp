#include "Clock.h"

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

namespace {

// Writes n as `width` digits at out; the formatter below is on the hot path of every
// insert, where QDateTime::toString() costs more than the SQL.
void digits(QChar* out, int n, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = QLatin1Char(char('0' + n % 10));
        n /= 10;
    }
}

} // namespace

QString toIso(const QDateTime& at)
{
    if (!at.isValid())
        return {};
    const QDateTime utc = at.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    if (d.year() < 0 || d.year() > 9999)
        return utc.toString(Qt::ISODate);
    QString out(20, Qt::Uninitialized);
    QChar* p = out.data();
    digits(p, d.year(), 4);
    p[4] = QLatin1Char('-');
    digits(p + 5, d.month(), 2);
    p[7] = QLatin1Char('-');
    digits(p + 8, d.day(), 2);
    p[10] = QLatin1Char('T');
    digits(p + 11, t.hour(), 2);
    p[13] = QLatin1Char(':');
    digits(p + 14, t.minute(), 2);
    p[16] = QLatin1Char(':');
    digits(p + 17, t.second(), 2);
    p[19] = QLatin1Char('Z');
    return out;
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
    // YYYY-MM-DD exactly, read by hand: a big import parses millions.
    const QString trimmed = text.trimmed();
    if (trimmed.size() != 10)
        return {};
    int parts[3] = {0, 0, 0};
    int part = 0;
    for (qsizetype i = 0; i < 10; ++i) {
        const char16_t c = trimmed.at(i).unicode();
        if (i == 4 || i == 7) {
            if (c != u'-')
                return {};
            ++part;
        } else if (c >= u'0' && c <= u'9') {
            parts[part] = parts[part] * 10 + (c - u'0');
        } else {
            return {};
        }
    }
    return QDate(parts[0], parts[1], parts[2]); // invalid (null) for a day that does not exist
}

} // namespace bd::core
