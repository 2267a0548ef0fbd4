#pragma once

#include <QDate>
#include <QDateTime>

namespace bd::core {

// Where "now" comes from. Every rule that depends on time asks a Clock, so
// schedules and dates can be tested and scripted (the CLI's --now).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

// A clock that shows a set time until told otherwise.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime at);
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& at);
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

// ISO 8601 text as stored in the database: UTC date-times with a Z, plain dates.
QString toIso(const QDateTime& at);
QString toIso(const QDate& date);
// Parses a date-time; one without an offset is taken as UTC. Invalid on failure.
QDateTime parseIsoDateTime(const QString& text);
// Parses YYYY-MM-DD strictly. Invalid on failure.
QDate parseIsoDate(const QString& text);

} // namespace bd::core
