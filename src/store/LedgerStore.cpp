#include "LedgerStore.h"

#include "core/Clock.h"
#include "store/Database.h"

#include <QSqlError>

using bd::core::Result;
using bd::core::Status;
using namespace bd::store::sql;

namespace bd::store {

LedgerStore::LedgerStore(Database& db)
    : m_db(db)
    , m_statements(db)
{
}

Status LedgerStore::addMovement(qint64 itemId, const QDateTime& at, const QString& kind, int qty,
                                const QString& reference, const QString& reason, qint64 orderId, qint64 receiptId,
                                qint64 shipmentId)
{
    {
        Statement q = m_statements.prepared(QStringLiteral(
            "INSERT INTO stock_movements (item_id, at, kind, qty, reference, reason, order_id, receipt_id, shipment_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.bindValue(P(0), itemId);
        q.bindValue(P(1), core::toIso(at));
        q.bindValue(P(2), kind);
        q.bindValue(P(3), qty);
        q.bindValue(P(4), reference);
        q.bindValue(P(5), reason);
        q.bindValue(P(6), orNull(orderId));
        q.bindValue(P(7), orNull(receiptId));
        q.bindValue(P(8), orNull(shipmentId));
        if (Status s = run(q); !s.ok())
            return s;
    }
    return addToItemCounters(itemId, qty, 0, 0);
}

Status LedgerStore::addToItemCounters(qint64 itemId, int onHand, int allocated, int waiting)
{
    Statement q = m_statements.prepared(QStringLiteral(
        "UPDATE items SET on_hand = on_hand + ?, allocated = allocated + ?, waiting = waiting + ? WHERE id = ?"));
    q.bindValue(P(0), onHand);
    q.bindValue(P(1), allocated);
    q.bindValue(P(2), waiting);
    q.bindValue(P(3), itemId);
    return run(q);
}

Result<int> LedgerStore::allocatedInLines(qint64 itemId)
{
    Statement q = m_statements.prepared(QStringLiteral("SELECT COALESCE(SUM(qty_allocated), 0) FROM order_lines WHERE item_id = ?"));
    q.bindValue(P(0), itemId);
    return readCount(q);
}

Status LedgerStore::insertAllocation(qint64 lineId, qint64 itemId, int qty, const QString& source, qint64 receiptLineId,
                                     const QDateTime& at)
{
    Statement q = m_statements.prepared(QStringLiteral(
        "INSERT INTO allocations (order_line_id, item_id, qty, source, receipt_line_id, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    q.bindValue(P(0), lineId);
    q.bindValue(P(1), itemId);
    q.bindValue(P(2), qty);
    q.bindValue(P(3), source);
    q.bindValue(P(4), orNull(receiptLineId));
    q.bindValue(P(5), core::toIso(at));
    return run(q);
}

Status LedgerStore::insertPlannedAllocations(qint64 itemId, const QString& source, qint64 receiptLineId,
                                             const QDateTime& at)
{
    Statement q = m_statements.prepared(QStringLiteral(
        "INSERT INTO allocations (order_line_id, item_id, qty, source, receipt_line_id, created_at) "
        "SELECT p.line_id, CAST(? AS BIGINT), p.qty, CAST(? AS TEXT), CAST(? AS BIGINT), CAST(? AS TEXT) "
        "FROM allocation_plan p ORDER BY p.seq"));
    q.bindValue(P(0), itemId);
    q.bindValue(P(1), source);
    q.bindValue(P(2), orNull(receiptLineId));
    q.bindValue(P(3), core::toIso(at));
    return run(q);
}

Result<qint64> LedgerStore::insertReceipt(const QString& reference, const QDateTime& receivedAt, qint64 poId,
                                          bool completeOnly, const QDateTime& at)
{
    Statement q = m_statements.prepared(QStringLiteral(
        "INSERT INTO receipts (reference, received_at, po_id, complete_only, created_at) VALUES (?, ?, ?, ?, ?)"));
    q.bindValue(P(0), reference);
    q.bindValue(P(1), core::toIso(receivedAt));
    q.bindValue(P(2), orNull(poId));
    q.bindValue(P(3), completeOnly ? 1 : 0);
    q.bindValue(P(4), core::toIso(at));
    if (Status s = run(q); !s.ok())
        return s.errors();
    return q.lastInsertId().toLongLong();
}

Result<qint64> LedgerStore::insertReceiptLine(qint64 receiptId, qint64 itemId, int qty, qint64 poLineId)
{
    Statement q = m_statements.prepared(QStringLiteral(
        "INSERT INTO receipt_lines (receipt_id, item_id, qty, po_line_id) VALUES (?, ?, ?, ?)"));
    q.bindValue(P(0), receiptId);
    q.bindValue(P(1), itemId);
    q.bindValue(P(2), qty);
    q.bindValue(P(3), orNull(poLineId));
    if (Status s = run(q); !s.ok())
        return s.errors();
    return q.lastInsertId().toLongLong();
}

Status LedgerStore::setReceiptLineShelf(qint64 receiptLineId, int toShelf)
{
    Statement q = m_statements.prepared(QStringLiteral("UPDATE receipt_lines SET to_shelf = ? WHERE id = ?"));
    q.bindValue(P(0), toShelf);
    q.bindValue(P(1), receiptLineId);
    return run(q);
}

Result<qint64> LedgerStore::insertShipment(qint64 orderId, const QDateTime& at, const QString& tracking, bool partial,
                                           bool unpaidAllowed)
{
    Statement q = m_statements.prepared(QStringLiteral(
        "INSERT INTO shipments (order_id, shipped_at, tracking, partial, shipping_fee_waived, unpaid_allowed) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    q.bindValue(P(0), orderId);
    q.bindValue(P(1), core::toIso(at));
    q.bindValue(P(2), tracking);
    q.bindValue(P(3), partial ? 1 : 0);
    q.bindValue(P(4), partial ? 1 : 0);
    q.bindValue(P(5), unpaidAllowed ? 1 : 0);
    if (Status s = run(q); !s.ok())
        return s.errors();
    return q.lastInsertId().toLongLong();
}

Status LedgerStore::insertShipmentLine(qint64 shipmentId, qint64 lineId, int qty)
{
    Statement q = m_statements.prepared(QStringLiteral(
        "INSERT INTO shipment_lines (shipment_id, order_line_id, qty) VALUES (?, ?, ?)"));
    q.bindValue(P(0), shipmentId);
    q.bindValue(P(1), lineId);
    q.bindValue(P(2), qty);
    return run(q);
}

// ---------------------------------------------------------------- check

core::Error LedgerStore::checkFailed(const QString& what, const QSqlQuery& q)
{
    return core::fail(tr("The check could not read %1: %2").arg(what, queryError(q)));
}

Result<QList<LedgerCheckRow>> LedgerStore::ledgerCheck()
{
    QList<LedgerCheckRow> rows;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const bool ok = q.exec(QStringLiteral(
        // An untracked item keeps no counters: its lines are ready without reserving stock.
        "SELECT i.sku, i.on_hand, i.opening_qty + COALESCE(m.total, 0), i.allocated, "
        "CASE WHEN i.tracked = 0 THEN 0 ELSE COALESCE(l.alloc, 0) END, i.waiting, "
        "COALESCE(l.wait, 0) FROM items i "
        "LEFT JOIN (SELECT item_id, SUM(qty) AS total FROM stock_movements GROUP BY item_id) m ON m.item_id = i.id "
        "LEFT JOIN (SELECT item_id, SUM(qty_allocated) AS alloc, SUM(qty_waiting) AS wait FROM order_lines "
        "GROUP BY item_id) l ON l.item_id = i.id ORDER BY i.sku"));
    if (!ok)
        return checkFailed(tr("the items and the stock ledger"), q);
    while (q.next()) {
        rows << LedgerCheckRow{q.value(0).toString(), q.value(1).toInt(), q.value(2).toLongLong(), q.value(3).toInt(),
                               q.value(4).toLongLong(), q.value(5).toInt(), q.value(6).toLongLong()};
    }
    if (q.lastError().isValid())
        return checkFailed(tr("the items and the stock ledger"), q);
    return rows;
}

Result<QStringList> LedgerStore::lineConsistencyProblems()
{
    QStringList problems;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Shipped quantities must equal what the shipments list.
    if (!q.exec(QStringLiteral(
            "SELECT l.order_number, l.line_no, l.qty_shipped, COALESCE(s.total, 0) FROM order_lines l "
            "LEFT JOIN (SELECT order_line_id, SUM(qty) AS total FROM shipment_lines GROUP BY order_line_id) s "
            "ON s.order_line_id = l.id WHERE l.qty_shipped <> COALESCE(s.total, 0)")))
        return checkFailed(tr("the order lines and the shipments"), q);
    while (q.next())
        problems << tr("order %1 line %2: %3 shipped, but shipments list %4")
                        .arg(q.value(0).toString())
                        .arg(q.value(1).toInt())
                        .arg(q.value(2).toInt())
                        .arg(q.value(3).toLongLong());
    if (q.lastError().isValid())
        return checkFailed(tr("the order lines and the shipments"), q);
    // No line was ever allocated more units than it ordered.
    if (!q.exec(QStringLiteral(
            "SELECT l.order_number, l.line_no, l.qty, a.total FROM order_lines l "
            "JOIN (SELECT order_line_id, SUM(qty) AS total FROM allocations GROUP BY order_line_id) a "
            "ON a.order_line_id = l.id WHERE a.total > l.qty")))
        return checkFailed(tr("the order lines and the allocations"), q);
    while (q.next())
        problems << tr("order %1 line %2: %3 ordered, but allocations list %4")
                        .arg(q.value(0).toString())
                        .arg(q.value(1).toInt())
                        .arg(q.value(2).toInt())
                        .arg(q.value(3).toLongLong());
    if (q.lastError().isValid())
        return checkFailed(tr("the order lines and the allocations"), q);
    // The sums an order keeps of its lines (migration 0012) must be its lines' sums.
    if (!q.exec(QStringLiteral(
            "SELECT o.order_number FROM orders o LEFT JOIN (SELECT l.order_id, COUNT(*) AS line_count, "
            "SUM(l.qty - l.qty_cancelled) AS units_open, SUM(l.qty_waiting) AS units_waiting, "
            "SUM(CASE WHEN l.qty_waiting > 0 THEN 1 ELSE 0 END) AS lines_waiting, "
            "SUM(l.qty_allocated) AS units_allocated, SUM(l.qty_shipped) AS units_shipped, "
            "SUM((l.qty - l.qty_cancelled) * l.unit_price_minor) AS total_minor, "
            "CASE WHEN SUM(CASE WHEN l.qty_waiting > 0 AND l.promised_date IS NULL THEN 1 ELSE 0 END) > 0 THEN 'unknown' "
            "ELSE COALESCE(MAX(CASE WHEN l.qty_waiting > 0 THEN l.promised_date END), '') END AS latest_promise "
            "FROM order_lines l GROUP BY l.order_id) s ON s.order_id = o.id "
            "WHERE o.line_count <> COALESCE(s.line_count, 0) OR o.units_open <> COALESCE(s.units_open, 0) "
            "OR o.units_waiting <> COALESCE(s.units_waiting, 0) OR o.lines_waiting <> COALESCE(s.lines_waiting, 0) "
            "OR o.units_allocated <> COALESCE(s.units_allocated, 0) "
            "OR o.units_shipped <> COALESCE(s.units_shipped, 0) OR o.total_minor <> COALESCE(s.total_minor, 0) "
            "OR o.latest_promise <> COALESCE(s.latest_promise, '') ORDER BY o.id")))
        return checkFailed(tr("the orders and the sums of their lines"), q);
    while (q.next())
        problems << tr("order %1: the sums it keeps differ from its lines").arg(q.value(0).toString());
    if (q.lastError().isValid())
        return checkFailed(tr("the orders and the sums of their lines"), q);
    // The sums a customer keeps of its orders (migration 0012) must be its orders' sums.
    if (!q.exec(QStringLiteral(
            "SELECT c.email FROM customers c LEFT JOIN (SELECT o.customer_id, COUNT(*) AS order_count, "
            "SUM(o.lines_waiting) AS waiting_lines, MAX(o.placed_at) AS last_order_at FROM orders o "
            "GROUP BY o.customer_id) s ON s.customer_id = c.id "
            "WHERE c.order_count <> COALESCE(s.order_count, 0) OR c.waiting_lines <> COALESCE(s.waiting_lines, 0) "
            "OR c.last_order_at <> COALESCE(s.last_order_at, '') ORDER BY c.id")))
        return checkFailed(tr("the customers and the sums of their orders"), q);
    while (q.next())
        problems << tr("customer %1: the sums it keeps differ from its orders").arg(q.value(0).toString());
    if (q.lastError().isValid())
        return checkFailed(tr("the customers and the sums of their orders"), q);
    // The queue key and the customer copied onto lines must match the order.
    if (!q.exec(QStringLiteral(
            "SELECT l.order_number, l.line_no FROM order_lines l JOIN orders o ON o.id = l.order_id "
            "WHERE l.priority <> o.priority OR l.placed_at <> o.placed_at OR l.order_number <> o.order_number "
            "OR COALESCE(l.customer_id, 0) <> o.customer_id")))
        return checkFailed(tr("the order lines and their orders"), q);
    while (q.next())
        problems << tr("order %1 line %2: queue key or customer differs from its order")
                        .arg(q.value(0).toString())
                        .arg(q.value(1).toInt());
    if (q.lastError().isValid())
        return checkFailed(tr("the order lines and their orders"), q);
    return problems;
}

} // namespace bd::store
