#include "DashboardStore.h"

#include "core/Clock.h"
#include "store/Database.h"

namespace bd::store {

DashboardStore::DashboardStore(Database& db)
    : m_statements(db)
{
}

qint64 DashboardStore::unitsWaiting()
{
    QSqlQuery& q = m_statements.prepared(QStringLiteral("SELECT COALESCE(SUM(waiting), 0) FROM items"));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

int DashboardStore::customersWaiting()
{
    QSqlQuery& q = m_statements.prepared(
        QStringLiteral("SELECT COUNT(DISTINCT o.customer_id) FROM order_lines l JOIN orders o ON o.id = l.order_id "
                       "WHERE l.qty_waiting > 0"));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

OrderedUnits DashboardStore::orderedSince(const QDateTime& since)
{
    QSqlQuery& q = m_statements.prepared(
        QStringLiteral("SELECT COALESCE(SUM(l.qty), 0), COALESCE(SUM(l.backordered_qty), 0) FROM orders o "
                       "JOIN order_lines l ON l.order_id = o.id WHERE o.placed_at >= :since"));
    q.bindValue(QStringLiteral(":since"), core::toIso(since));
    OrderedUnits units;
    if (q.exec() && q.next()) {
        units.ordered = q.value(0).toLongLong();
        units.backordered = q.value(1).toLongLong();
    }
    return units;
}

int DashboardStore::ordersReadyToShip()
{
    // Only orders with something allocated can be ready: start from those lines.
    QSqlQuery& q = m_statements.prepared(QStringLiteral(
        "SELECT COUNT(*) FROM (SELECT l.order_id FROM order_lines l "
        "WHERE l.order_id IN (SELECT a.order_id FROM order_lines a WHERE a.qty_allocated > 0) "
        "GROUP BY l.order_id HAVING SUM(l.qty_waiting) = 0 AND SUM(l.qty_shipped) = 0) r"));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

int DashboardStore::failedEmails()
{
    QSqlQuery& q = m_statements.prepared(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'failed'"));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<WaitingByPlacedDay> DashboardStore::waitingByPlacedDay()
{
    QSqlQuery& q = m_statements.prepared(
        QStringLiteral("SELECT substr(placed_at, 1, 10), COUNT(*), SUM(qty_waiting) FROM order_lines "
                       "WHERE qty_waiting > 0 GROUP BY substr(placed_at, 1, 10)"));
    QList<WaitingByPlacedDay> rows;
    if (!q.exec())
        return rows;
    while (q.next())
        rows << WaitingByPlacedDay{core::parseIsoDate(q.value(0).toString()), q.value(1).toInt(),
                                   q.value(2).toLongLong()};
    return rows;
}

QHash<QDate, qint64> DashboardStore::perDay(const QString& sql, const QDateTime& since)
{
    QSqlQuery& q = m_statements.prepared(sql);
    q.bindValue(QStringLiteral(":since"), core::toIso(since));
    QHash<QDate, qint64> days;
    if (!q.exec())
        return days;
    while (q.next())
        days[core::parseIsoDate(q.value(0).toString())] += q.value(1).toLongLong();
    return days;
}

QHash<QDate, qint64> DashboardStore::unitsStartedWaiting(const QDateTime& since)
{
    return perDay(QStringLiteral("SELECT substr(o.placed_at, 1, 10), SUM(l.backordered_qty) FROM orders o "
                                 "JOIN order_lines l ON l.order_id = o.id "
                                 "WHERE o.placed_at >= :since AND l.backordered_qty > 0 "
                                 "GROUP BY substr(o.placed_at, 1, 10)"),
                  since);
}

QHash<QDate, qint64> DashboardStore::unitsServedFromQueue(const QDateTime& since)
{
    // Placing an order allocates from stock ('stock'); everything else serves the queue.
    return perDay(QStringLiteral("SELECT substr(created_at, 1, 10), SUM(qty) FROM allocations "
                                 "WHERE created_at >= :since AND source <> 'stock' "
                                 "GROUP BY substr(created_at, 1, 10)"),
                  since);
}

QHash<QDate, qint64> DashboardStore::waitingUnitsCancelled(const QDateTime& since)
{
    // A line is cancelled once, all its open units at a time: those that still waited
    // are what waited at first less what the queue served since.
    return perDay(QStringLiteral(
                      "SELECT substr(e.at, 1, 10), SUM(l.backordered_qty - l.qty_waiting - COALESCE("
                      "(SELECT SUM(a.qty) FROM allocations a WHERE a.order_line_id = l.id AND a.source <> 'stock'), "
                      "0)) FROM events e JOIN order_lines l ON l.order_id = e.order_id AND l.item_id = e.item_id "
                      "WHERE e.kind = 'cancelled' AND e.at >= :since AND l.backordered_qty > 0 "
                      "GROUP BY substr(e.at, 1, 10)"),
                  since);
}

} // namespace bd::store
