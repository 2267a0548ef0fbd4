#pragma once

#include "core/Result.h"
#include "domain/Types.h"
#include "store/Sql.h"
#include "store/StatementCache.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace bd::store {

class Database;

// A row of `events` as the outbox reads it to write e-mails.
struct EventRow
{
    qint64 id = 0;
    QString kind;
    qint64 orderId = 0;
    qint64 itemId = 0;
    qint64 customerId = 0;
    QString details;
};

// The history: one event per thing that happened to an order, an item or a customer.
class EventStore
{
public:
    explicit EventStore(Database& db);

    core::Status addEvent(const QDateTime& at, const QString& kind, qint64 orderId, qint64 itemId,
                          qint64 customerId, const QString& details);
    // Events of one kind and item, one per order, in the list's order, many to a
    // statement: `orders` holds each event's order and details.
    core::Status addOrderEvents(const QDateTime& at, const QString& kind, qint64 itemId,
                                const QList<std::pair<qint64, QString>>& orders);
    // For each fill of the allocation plan (QueueStore), in queue order, an "allocated"
    // event of its order: "<qty> x <what>".
    core::Status addPlannedAllocationEvents(const QDateTime& at, qint64 itemId, const QString& what);
    // A "ready" event for each order of the plan that waits for nothing any more, in the
    // order of its last fill.
    core::Status addReadyEventsOfPlan(const QDateTime& at);
    core::Result<QList<domain::Event>> eventsForOrder(qint64 orderId);
    core::Result<QList<domain::Event>> eventsForItem(qint64 itemId);

    // The newest event now; 0 when there is none.
    core::Result<qint64> lastEventId();
    // Up to `limit` coupon events after eventId, in order: read a page, act on it, read
    // the next after its last id (nothing may run while a result is still being read).
    core::Result<QList<EventRow>> couponEventsAfter(qint64 eventId, int limit);
    // The events of one order after eventId that e-mails are written for, in order.
    core::Result<QList<EventRow>> orderMailEventsAfter(qint64 eventId, qint64 orderId);

private:
    StatementCache m_statements;
};

} // namespace bd::store
