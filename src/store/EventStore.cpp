#include "EventStore.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/ItemStore.h"

using bd::core::Result;
using bd::core::Status;
using namespace bd::domain;
using namespace bd::store::sql;

namespace bd::store {

namespace {

const QString eventSelect = QStringLiteral(
    "SELECT e.at AS at, e.kind AS kind, COALESCE(o.order_number, '') AS order_number, COALESCE(i.sku, '') AS sku, "
    "e.details AS details, e.id AS seq FROM events e "
    "LEFT JOIN orders o ON o.id = e.order_id LEFT JOIN items i ON i.id = e.item_id ");

Event readEvent(const QSqlQuery& q)
{
    return Event{dateTimeOf(q.value(0)), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                 q.value(4).toString()};
}

// The events after a mark.
const QString mailEventColumns = QStringLiteral(
    "SELECT e.id, e.kind, COALESCE(e.order_id, 0), COALESCE(e.item_id, 0), COALESCE(e.customer_id, 0), e.details "
    "FROM events e WHERE e.id > :id AND ");
const QString orderMailKinds = QStringLiteral(
    "e.kind IN ('backordered', 'date slipped', 'ready', 'shipped', 'shipped partly', 'cancelled', 'stock update') ");

EventRow readEventRow(const QSqlQuery& q)
{
    return EventRow{q.value(0).toLongLong(), q.value(1).toString(),   q.value(2).toLongLong(),
                    q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toString()};
}

} // namespace

EventStore::EventStore(Database& db)
    : m_statements(db)
{
}

Status EventStore::addEvent(const QDateTime& at, const QString& kind, qint64 orderId, qint64 itemId, qint64 customerId,
                            const QString& details)
{
    Statement q = m_statements.prepared(QStringLiteral(
        "INSERT INTO events (at, kind, order_id, item_id, customer_id, details) VALUES (?, ?, ?, ?, ?, ?)"));
    q.bindValue(P(0), core::toIso(at));
    q.bindValue(P(1), kind);
    q.bindValue(P(2), orNull(orderId));
    q.bindValue(P(3), orNull(itemId));
    q.bindValue(P(4), orNull(customerId));
    q.bindValue(P(5), details);
    return run(q);
}

Status EventStore::addOrderEvents(const QDateTime& at, const QString& kind, qint64 itemId,
                                  const QList<std::pair<qint64, QString>>& orders)
{
    const QString when = core::toIso(at);
    return writeRows(m_statements,
                     QStringLiteral("INSERT INTO events (at, kind, order_id, item_id, customer_id, details) VALUES "),
                     QStringLiteral("(?, ?, ?, ?, NULL, ?)"), QString(), orders.size(), 256,
                     [&](RowBinds& q, qsizetype i, int& p) {
                         q.bindValue(p++, when);
                         q.bindValue(p++, kind);
                         q.bindValue(p++, orNull(orders.at(i).first));
                         q.bindValue(p++, orNull(itemId));
                         q.bindValue(p++, orders.at(i).second);
                     });
}

Status EventStore::addPlannedAllocationEvents(const QDateTime& at, qint64 itemId, const QString& what)
{
    Statement q = m_statements.prepared(QStringLiteral(
        "INSERT INTO events (at, kind, order_id, item_id, details) "
        "SELECT CAST(? AS TEXT), 'allocated', p.order_id, CAST(? AS BIGINT), "
        "CAST(p.qty AS TEXT) || CAST(? AS TEXT) FROM allocation_plan p ORDER BY p.seq"));
    q.bindValue(P(0), core::toIso(at));
    q.bindValue(P(1), itemId);
    q.bindValue(P(2), QString(QStringLiteral(" x ") + what));
    return run(q);
}

Status EventStore::addReadyEventsOfPlan(const QDateTime& at)
{
    Statement q = m_statements.prepared(QStringLiteral(
        "INSERT INTO events (at, kind, order_id, details) "
        "SELECT CAST(? AS TEXT), 'ready', p.order_id, 'every unit is allocated' FROM allocation_plan p "
        "WHERE NOT EXISTS (SELECT 1 FROM order_lines x WHERE x.order_id = p.order_id AND x.qty_waiting > 0) "
        "GROUP BY p.order_id ORDER BY MAX(p.seq)"));
    q.bindValue(P(0), core::toIso(at));
    return run(q);
}

Result<QList<Event>> EventStore::eventsForOrder(qint64 orderId)
{
    Statement q = m_statements.prepared(eventSelect + QStringLiteral("WHERE e.order_id = ? ORDER BY e.at, e.id"));
    q.bindValue(P(0), orderId);
    return readAll(q, readEvent);
}

Result<QList<Event>> EventStore::eventsForItem(qint64 itemId)
{
    Statement q = m_statements.prepared(QStringLiteral("SELECT h.at, h.kind, h.order_number, h.sku, h.details FROM (")
                                        + eventSelect
                                        + QStringLiteral("WHERE e.item_id = :item1 UNION ALL SELECT i.created_at, "
                                                         "'item created', '', i.sku, '', 0 ")
                                        + itemCreatedWithoutEvent(QStringLiteral(":item2"))
                                        + QStringLiteral(") h ORDER BY h.at, h.seq"));
    q.bindValue(QStringLiteral(":item1"), itemId);
    q.bindValue(QStringLiteral(":item2"), itemId);
    return readAll(q, readEvent);
}

Result<qint64> EventStore::lastEventId()
{
    Statement q = m_statements.prepared(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM events"));
    return readNumber(q);
}

Result<QList<EventRow>> EventStore::couponEventsAfter(qint64 eventId, int limit)
{
    // Coupons are few: found through the index of kinds.
    Statement q = m_statements.prepared(mailEventColumns
                                        + QStringLiteral("e.kind = 'coupon' ORDER BY e.id LIMIT :limit"));
    q.bindValue(QStringLiteral(":id"), eventId);
    q.bindValue(QStringLiteral(":limit"), limitValue(limit));
    return readAll(q, readEventRow);
}

Result<QList<EventRow>> EventStore::orderMailEventsAfter(qint64 eventId, qint64 orderId)
{
    Statement q = m_statements.prepared(mailEventColumns + orderMailKinds
                                        + QStringLiteral("AND e.order_id = :order ORDER BY e.id"));
    q.bindValue(QStringLiteral(":id"), eventId);
    q.bindValue(QStringLiteral(":order"), orderId);
    return readAll(q, readEventRow);
}

} // namespace bd::store
