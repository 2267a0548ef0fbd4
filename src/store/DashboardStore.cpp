#include "DashboardStore.h"

#include "core/Clock.h"
#include "store/Database.h"

#include <QSet>

using bd::core::Result;
using bd::core::Status;
using namespace bd::store::sql;

namespace bd::store {

DashboardStore::DashboardStore(Database& db)
    : m_statements(db)
{
}

Result<qint64> DashboardStore::unitsWaiting()
{
    Statement q = m_statements.prepared(QStringLiteral("SELECT COALESCE(SUM(waiting), 0) FROM items"));
    return readNumber(q);
}

Result<int> DashboardStore::waitingLines(QList<WaitingByPlacedDay>* byPlacedDay)
{
    // The customers from the sums each keeps of its orders' waiting lines (migration
    // 0012, proven by `check`), through their index; the lines by day summed here.
    Statement customers = m_statements.prepared(QStringLiteral("SELECT COUNT(*) FROM customers WHERE waiting_lines > 0"));
    const Result<int> count = readCount(customers);
    if (!count || !byPlacedDay)
        return count;
    Statement days = m_statements.prepared(
        QStringLiteral("SELECT substr(placed_at, 1, 10), COUNT(*), COALESCE(SUM(qty_waiting), 0) FROM order_lines "
                       "WHERE qty_waiting > 0 GROUP BY substr(placed_at, 1, 10)"));
    Result<QList<WaitingByPlacedDay>> rows = readAll(days, [](const QSqlQuery& r) {
        WaitingByPlacedDay day;
        day.placed = core::parseIsoDate(r.value(0).toString());
        day.lines = r.value(1).toInt();
        day.units = r.value(2).toLongLong();
        return day;
    });
    if (!rows)
        return rows.errors();
    *byPlacedDay = rows.takeValue();
    return count;
}

Result<OrderedUnits> DashboardStore::orderedSince(const QDateTime& since)
{
    // The orders of the period by their time's index, then their lines: CROSS JOIN keeps
    // SQLite from reading every line of the shop to find them (0.96 s on a million lines,
    // 0.14 s this way); PostgreSQL plans it as the join it is.
    Statement q = m_statements.prepared(
        // Units of items whose stock nobody counts could never wait: not part of the rate.
        QStringLiteral("SELECT COALESCE(SUM(l.qty), 0), COALESCE(SUM(l.backordered_qty), 0) FROM orders o "
                       "CROSS JOIN order_lines l JOIN items i ON i.id = l.item_id "
                       "WHERE l.order_id = o.id AND o.placed_at >= :since AND i.tracked = 1"));
    q.bindValue(QStringLiteral(":since"), core::toIso(since));
    const Found<OrderedUnits> units = readFirst(
        q, [](const QSqlQuery& r) { return OrderedUnits{r.value(0).toLongLong(), r.value(1).toLongLong()}; });
    if (!units)
        return units.errors();
    return units.value().value_or(OrderedUnits{});
}

Result<int> DashboardStore::failedEmails()
{
    Statement q = m_statements.prepared(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'failed'"));
    return readCount(q);
}

Result<QHash<QDate, qint64>> DashboardStore::perDay(const QString& sql, const QDateTime& since)
{
    Statement q = m_statements.prepared(sql);
    q.bindValue(QStringLiteral(":since"), core::toIso(since));
    const Result<QList<std::pair<QDate, qint64>>> rows = readAll(q, [](const QSqlQuery& r) {
        return std::pair<QDate, qint64>(core::parseIsoDate(r.value(0).toString()), r.value(1).toLongLong());
    });
    if (!rows)
        return rows.errors();
    QHash<QDate, qint64> days;
    for (const auto& [day, units] : rows.value())
        days[day] += units;
    return days;
}

Result<QHash<QDate, qint64>> DashboardStore::unitsStartedWaiting(const QDateTime& since)
{
    return perDay(QStringLiteral("SELECT substr(o.placed_at, 1, 10), SUM(l.backordered_qty) FROM orders o "
                                 "JOIN order_lines l ON l.order_id = o.id "
                                 "WHERE o.placed_at >= :since AND l.backordered_qty > 0 "
                                 "GROUP BY substr(o.placed_at, 1, 10)"),
                  since);
}

Result<QHash<QDate, qint64>> DashboardStore::unitsServedFromQueue(const QDateTime& since)
{
    // Placing an order allocates from stock ('stock'); everything else serves the queue.
    return perDay(QStringLiteral("SELECT substr(created_at, 1, 10), SUM(qty) FROM allocations "
                                 "WHERE created_at >= :since AND source <> 'stock' "
                                 "GROUP BY substr(created_at, 1, 10)"),
                  since);
}

Result<QHash<QDate, qint64>> DashboardStore::waitingUnitsCancelled(const QDateTime& since)
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
