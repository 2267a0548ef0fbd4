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
    Statement q = m_statements.prepared(
        QStringLiteral("SELECT o.customer_id, substr(l.placed_at, 1, 10), l.qty_waiting FROM order_lines l "
                       "JOIN orders o ON o.id = l.order_id WHERE l.qty_waiting > 0"));
    QSet<qint64> customers;
    QHash<QString, WaitingByPlacedDay> days;
    if (Status s = run(q); !s.ok())
        return s.errors();
    while (q.next()) {
        customers.insert(q.value(0).toLongLong());
        WaitingByPlacedDay& day = days[q.value(1).toString()];
        day.lines += 1;
        day.units += q.value(2).toInt();
    }
    if (q.lastError().isValid())
        return failed(q);
    if (byPlacedDay) {
        byPlacedDay->clear();
        for (auto it = days.begin(); it != days.end(); ++it) {
            it->placed = core::parseIsoDate(it.key());
            *byPlacedDay << *it;
        }
    }
    return int(customers.size());
}

Result<OrderedUnits> DashboardStore::orderedSince(const QDateTime& since)
{
    Statement q = m_statements.prepared(
        // Units of items whose stock nobody counts could never wait: not part of the rate.
        QStringLiteral("SELECT COALESCE(SUM(l.qty), 0), COALESCE(SUM(l.backordered_qty), 0) FROM orders o "
                       "JOIN order_lines l ON l.order_id = o.id JOIN items i ON i.id = l.item_id "
                       "WHERE o.placed_at >= :since AND i.tracked = 1"));
    q.bindValue(QStringLiteral(":since"), core::toIso(since));
    const Found<OrderedUnits> units = readFirst(
        q, [](const QSqlQuery& r) { return OrderedUnits{r.value(0).toLongLong(), r.value(1).toLongLong()}; });
    if (!units)
        return units.errors();
    return units.value().value_or(OrderedUnits{});
}

Result<int> DashboardStore::ordersReadyToShip()
{
    // One pass over the lines in order order (their index), no join.
    Statement q = m_statements.prepared(QStringLiteral(
        "SELECT COUNT(*) FROM (SELECT order_id FROM order_lines GROUP BY order_id "
        "HAVING SUM(qty_allocated) > 0 AND SUM(qty_waiting) = 0 AND SUM(qty_shipped) = 0) r"));
    return readCount(q);
}

Result<QList<UnpaidOrder>> DashboardStore::unpaidOrders()
{
    Statement q = m_statements.prepared(QStringLiteral(
        "SELECT o.payment_state, o.card_expiry, o.authorized_at, MAX(l.promised_date), "
        "SUM(CASE WHEN l.qty_waiting > 0 AND l.promised_date IS NULL THEN 1 ELSE 0 END), "
        "SUM(l.qty_waiting), SUM(l.qty_allocated) "
        "FROM orders o JOIN order_lines l ON l.order_id = o.id "
        "WHERE o.payment_state <> 'captured' AND (l.qty_waiting > 0 OR l.qty_allocated > 0) "
        "GROUP BY o.id, o.payment_state, o.card_expiry, o.authorized_at"));
    return readAll(q, [](const QSqlQuery& row) {
        UnpaidOrder r;
        r.payment = domain::parsePaymentState(row.value(0).toString()).value_or(domain::PaymentState::None);
        r.cardExpiry = row.value(1).toString();
        r.authorizedAt = dateTimeOf(row.value(2));
        if (row.value(4).toInt() == 0)
            r.latestPromise = dateOf(row.value(3));
        r.waiting = row.value(5).toInt();
        r.allocated = row.value(6).toInt();
        return r;
    });
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
