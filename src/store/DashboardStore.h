#pragma once

#include "core/Result.h"
#include "domain/Types.h"
#include "store/Sql.h"
#include "store/StatementCache.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace bd::store {

class Database;

// Units ordered and units of them that had to wait, over a period.
struct OrderedUnits
{
    qint64 ordered = 0;
    qint64 backordered = 0;
};

// Waiting lines placed on one day (UTC) and the units they still wait for.
struct WaitingByPlacedDay
{
    QDate placed;
    int lines = 0;
    qint64 units = 0;
};

// An order that is not paid in full yet and has units waiting or allocated.

// Read-only SQL behind the dashboard's figures. Each statement is one pass the
// indexes make short where they can; the big ones run off the GUI thread.
class DashboardStore
{
public:
    explicit DashboardStore(Database& db);

    core::Result<qint64> unitsWaiting();
    // Customers with units waiting, and the waiting lines by the day they were placed.
    core::Result<int> waitingLines(QList<WaitingByPlacedDay>* byPlacedDay);
    // Units on order lines placed at or after `since`, and how many of them waited.
    core::Result<OrderedUnits> orderedSince(const QDateTime& since);
    core::Result<int> failedEmails();

    // Changes of the waiting units per day (UTC) since `since`: units that started
    // waiting (the part of a line that could not be allocated when it was placed),
    // units served from the queue later (allocations other than at placement) and
    // waiting units cancelled (dated by the line's cancellation event).
    core::Result<QHash<QDate, qint64>> unitsStartedWaiting(const QDateTime& since);
    core::Result<QHash<QDate, qint64>> unitsServedFromQueue(const QDateTime& since);
    core::Result<QHash<QDate, qint64>> waitingUnitsCancelled(const QDateTime& since);

private:
    core::Result<QHash<QDate, qint64>> perDay(const QString& sql, const QDateTime& since);

    StatementCache m_statements;
};

} // namespace bd::store
