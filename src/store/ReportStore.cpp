#include "ReportStore.h"

#include "core/Clock.h"
#include "domain/Rules.h"
#include "store/Database.h"
#include "store/QueueOrder.h"

#include <QVariant>

#include <algorithm>

using bd::core::Result;
using bd::core::Status;

namespace bd::store {

using namespace report;

namespace {

QDate dateOf(const QVariant& v)
{
    return v.isNull() ? QDate() : core::parseIsoDate(v.toString());
}

QDateTime timeOf(const QVariant& v)
{
    return v.isNull() ? QDateTime() : core::parseIsoDateTime(v.toString());
}

// The ship-to of an order, else the customer's own name and address.
const QString shipTo = QStringLiteral(
    "COALESCE(NULLIF(o.ship_to_name, ''), c.name), COALESCE(NULLIF(o.ship_to_address, ''), c.address)");

// Units still to come on open purchase orders, and when the first of them is due.
const QString incomingOf = QStringLiteral(
    "FROM purchase_order_lines pl JOIN purchase_orders p ON p.id = pl.po_id "
    "WHERE pl.item_id = i.id AND p.status = 'open' AND pl.qty_received < pl.qty");

void bindPeriod(QSqlQuery& q, const QDateTime& from, const QDateTime& to)
{
    q.bindValue(QStringLiteral(":from"), core::toIso(from));
    q.bindValue(QStringLiteral(":to"), core::toIso(to));
}

// One item (itemId > 0) or all; each placeholder appears once in the SQL.
void bindItem(QSqlQuery& q, qint64 itemId)
{
    q.bindValue(QStringLiteral(":all"), itemId > 0 ? 0 : 1);
    q.bindValue(QStringLiteral(":item"), itemId);
}

} // namespace

ReportStore::ReportStore(Database& db)
    : m_db(db)
    , m_statements(db)
{
}

Result<bool> ReportStore::orderExists(const QString& orderNumber)
{
    Statement q = prepared(QStringLiteral("SELECT 1 FROM orders WHERE order_number = :number"));
    q.bindValue(QStringLiteral(":number"), orderNumber);
    return sql::readExists(q);
}

Result<int> ReportStore::receiptCount(const QString& reference)
{
    Statement q = prepared(QStringLiteral("SELECT COUNT(*) FROM receipts WHERE reference = :ref"));
    q.bindValue(QStringLiteral(":ref"), reference);
    return sql::readCount(q);
}

Result<QList<BackorderItem>> ReportStore::backorderItems(qint64 itemId)
{
    Statement q = prepared(
        QStringLiteral("SELECT i.sku, i.name, SUM(l.qty_waiting), COUNT(*), COUNT(DISTINCT l.customer_id), "
                       "MIN(l.placed_at), i.expected_date, SUM(l.qty_waiting * l.unit_price_minor), "
                       "(SELECT COALESCE(SUM(pl.qty - pl.qty_received), 0) ")
        + incomingOf + QStringLiteral("), (SELECT MIN(pl.expected_date) ") + incomingOf
        + QStringLiteral(") FROM order_lines l JOIN items i ON i.id = l.item_id "
                         "WHERE +l.qty_waiting > 0 AND (:all = 1 OR l.item_id = :item) "
                         "GROUP BY i.id, i.sku, i.name, i.expected_date ORDER BY i.sku"));
    bindItem(q, itemId);
    if (Status s = sql::run(q); !s.ok())
        return s.errors();
    QList<BackorderItem> rows;
    while (q.next()) {
        rows << BackorderItem{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
                              q.value(3).toInt(),    q.value(4).toInt(),    timeOf(q.value(5)),
                              dateOf(q.value(6)),    q.value(7).toLongLong(), q.value(8).toInt(),
                              dateOf(q.value(9))};
    }
    return rows;
}

Result<int> ReportStore::waitingCustomers(qint64 itemId)
{
    Statement q = prepared(QStringLiteral(
        "SELECT COUNT(DISTINCT l.customer_id) FROM order_lines l "
        "WHERE +l.qty_waiting > 0 AND (:all = 1 OR l.item_id = :item)"));
    bindItem(q, itemId);
    if (Status s = sql::run(q); !s.ok())
        return s.errors();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<QList<AgingCell>> ReportStore::agingCells(qint64 itemId)
{
    // Grouped by the day placed (the first ten characters of the ISO time): a few rows
    // per item instead of one per waiting line.
    Statement q = prepared(QStringLiteral(
        "SELECT i.sku, i.name, substr(l.placed_at, 1, 10), COUNT(*), SUM(l.qty_waiting) "
        "FROM order_lines l JOIN items i ON i.id = l.item_id "
        "WHERE +l.qty_waiting > 0 AND (:all = 1 OR l.item_id = :item) "
        "GROUP BY i.sku, i.name, substr(l.placed_at, 1, 10) ORDER BY i.sku"));
    bindItem(q, itemId);
    if (Status s = sql::run(q); !s.ok())
        return s.errors();
    QList<AgingCell> rows;
    while (q.next())
        rows << AgingCell{q.value(0).toString(), q.value(1).toString(), dateOf(q.value(2)), q.value(3).toInt(),
                          q.value(4).toInt()};
    return rows;
}

Status ReportStore::forEachQueueLine(qint64 itemId, const std::function<bool(const QueueLine&)>& visit)
{
    Statement q = prepared(QStringLiteral(
        "SELECT l.order_number, l.priority, c.name, c.email, c.phone, l.qty_waiting, l.placed_at, "
        "l.promised_date, o.payment_state, l.id "
        "FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN customers c ON c.id = o.customer_id "
        "WHERE l.item_id = :item AND l.qty_waiting > 0")
        + queueOrderBy());
    q.bindValue(QStringLiteral(":item"), itemId);
    if (Status s = sql::run(q); !s.ok())
        return s;
    int position = 0;
    while (q.next()) {
        const QueueLine line{++position,           q.value(0).toString(), q.value(1).toInt() != 0,
                             q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                             q.value(5).toInt(),    timeOf(q.value(6)),    dateOf(q.value(7)),
                             q.value(8).toString(), q.value(9).toLongLong()};
        if (!visit(line))
            return {};
    }
    if (q.lastError().isValid())
        return sql::failed(q);
    return {};
}

Result<QList<CrossDockShip>> ReportStore::crossDockShipping(const QString& reference)
{
    Statement q = prepared(
        QStringLiteral("SELECT o.order_number, i.sku, i.name, a.qty, ") + shipTo
        + QStringLiteral(", c.email, l.qty - l.qty_cancelled - (SELECT SUM(x.qty) FROM allocations x "
                         "WHERE x.order_line_id = l.id AND x.id <= a.id) "
                         "FROM receipts r JOIN receipt_lines rl ON rl.receipt_id = r.id "
                         "JOIN allocations a ON a.receipt_line_id = rl.id "
                         "JOIN order_lines l ON l.id = a.order_line_id JOIN orders o ON o.id = l.order_id "
                         "JOIN customers c ON c.id = o.customer_id JOIN items i ON i.id = rl.item_id "
                         "WHERE r.reference = :ref ORDER BY r.id, rl.id, a.id"));
    q.bindValue(QStringLiteral(":ref"), reference);
    if (Status s = sql::run(q); !s.ok())
        return s.errors();
    QList<CrossDockShip> rows;
    while (q.next())
        rows << CrossDockShip{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                              q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                              std::max(0, q.value(7).toInt())};
    return rows;
}

Result<QList<CrossDockReceived>> ReportStore::crossDockReceived(const QString& reference)
{
    Statement q = prepared(QStringLiteral(
        "SELECT i.sku, i.name, SUM(rl.qty), SUM(rl.to_shelf), MIN(r.received_at) "
        "FROM receipts r JOIN receipt_lines rl ON rl.receipt_id = r.id JOIN items i ON i.id = rl.item_id "
        "WHERE r.reference = :ref GROUP BY i.sku, i.name ORDER BY i.sku"));
    q.bindValue(QStringLiteral(":ref"), reference);
    if (Status s = sql::run(q); !s.ok())
        return s.errors();
    QList<CrossDockReceived> rows;
    while (q.next())
        rows << CrossDockReceived{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt(),
                                  timeOf(q.value(4))};
    return rows;
}

Result<QHash<QString, ShipTo>> ReportStore::shipToOf(const QStringList& orderNumbers)
{
    QHash<QString, ShipTo> out;
    Statement q = prepared(QStringLiteral("SELECT ") + shipTo
                           + QStringLiteral(" FROM orders o JOIN customers c ON c.id = o.customer_id "
                                            "WHERE o.order_number = :number"));
    for (const QString& number : orderNumbers) {
        if (out.contains(number))
            continue;
        q.bindValue(QStringLiteral(":number"), number);
        if (Status s = sql::run(q); !s.ok())
            return s.errors();
        if (q.next())
            out.insert(number, ShipTo{q.value(0).toString(), q.value(1).toString()});
    }
    return out;
}

Result<QList<PackingLine>> ReportStore::packingLines(const QString& orderNumber)
{
    const QString select = QStringLiteral(
                               "SELECT o.order_number, o.placed_at, ")
                           + shipTo
                           + QStringLiteral(
                               ", c.email, o.hold_until_complete, l.id, i.sku, i.name, l.qty, l.qty_allocated, "
                               "l.qty_shipped, l.qty_waiting, l.qty_cancelled, "
                               "CASE WHEN i.policy = 'preorder' THEN i.release_date END "
                               "FROM orders o JOIN customers c ON c.id = o.customer_id "
                               "JOIN order_lines l ON l.order_id = o.id JOIN items i ON i.id = l.item_id ");
    const QString order = QStringLiteral(" ORDER BY o.placed_at, o.order_number, l.line_no");
    Statement q = orderNumber.isEmpty()
                       ? prepared(select
                                  + QStringLiteral("WHERE o.id IN (SELECT x.order_id FROM order_lines x "
                                                   "WHERE x.qty_allocated > 0)")
                                  + order)
                       : prepared(select + QStringLiteral("WHERE o.order_number = :number") + order);
    if (!orderNumber.isEmpty())
        q.bindValue(QStringLiteral(":number"), orderNumber);
    if (Status s = sql::run(q); !s.ok())
        return s.errors();
    QList<PackingLine> rows;
    while (q.next()) {
        PackingLine p;
        p.orderNumber = q.value(0).toString();
        p.placedAt = timeOf(q.value(1));
        p.shipToName = q.value(2).toString();
        p.shipToAddress = q.value(3).toString();
        p.email = q.value(4).toString();
        p.holdUntilComplete = q.value(5).toInt() != 0;
        p.lineId = q.value(6).toLongLong();
        p.sku = q.value(7).toString();
        p.itemName = q.value(8).toString();
        p.qty = q.value(9).toInt();
        p.allocated = q.value(10).toInt();
        p.shipped = q.value(11).toInt();
        p.waiting = q.value(12).toInt();
        p.cancelled = q.value(13).toInt();
        p.releaseDate = dateOf(q.value(14));
        rows << p;
    }
    return rows;
}

Result<std::optional<LastShipment>> ReportStore::lastShipment(const QString& orderNumber)
{
    Statement q = prepared(QStringLiteral(
        "SELECT s.id, s.shipped_at, s.tracking, s.partial FROM shipments s JOIN orders o ON o.id = s.order_id "
        "WHERE o.order_number = :number ORDER BY s.shipped_at DESC, s.id DESC LIMIT 1"));
    q.bindValue(QStringLiteral(":number"), orderNumber);
    if (Status s = sql::run(q); !s.ok())
        return s.errors();
    if (!q.next())
        return std::optional<LastShipment>();
    LastShipment shipment{q.value(0).toLongLong(), timeOf(q.value(1)), q.value(2).toString(), q.value(3).toInt() != 0, {}};
    q.finish();
    Statement lines = prepared(QStringLiteral("SELECT order_line_id, qty FROM shipment_lines WHERE shipment_id = :id"));
    lines.bindValue(QStringLiteral(":id"), shipment.id);
    if (Status s = sql::run(lines); !s.ok())
        return s.errors();
    while (lines.next())
        shipment.lines << std::pair<qint64, int>(lines.value(0).toLongLong(), lines.value(1).toInt());
    return std::optional<LastShipment>(shipment);
}

Result<QList<BackorderedLine>> ReportStore::backorderedLines(const QDateTime& from, const QDateTime& to)
{
    // When a line was cancelled is in its history: the first "cancelled" event of its
    // order and item.
    Statement q = prepared(QStringLiteral(
        "SELECT l.placed_at, l.backordered_qty, l.qty_cancelled, l.cancel_reason, "
        "CASE WHEN l.qty_cancelled > 0 THEN (SELECT MIN(e.at) FROM events e WHERE e.order_id = l.order_id "
        "AND e.item_id = l.item_id AND e.kind = 'cancelled') END "
        "FROM order_lines l WHERE l.backordered_qty > 0 AND l.placed_at >= :from AND l.placed_at < :to"));
    bindPeriod(q, from, to);
    if (Status s = sql::run(q); !s.ok())
        return s.errors();
    QList<BackorderedLine> rows;
    while (q.next())
        rows << BackorderedLine{timeOf(q.value(0)), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toString(),
                                timeOf(q.value(4))};
    return rows;
}

Result<QList<DemandRow>> ReportStore::demandPerItem(const QDateTime& from, const QDateTime& to)
{
    // "item_id + 0" keeps SQLite off the item index: one pass over the table, in file
    // order, is several times faster than a million lookups through the index.
    Statement q = prepared(QStringLiteral(
        "SELECT t.item, i.sku, i.name, t.ordered, t.backordered, t.waiting FROM "
        "(SELECT l.item_id + 0 AS item, SUM(l.qty) AS ordered, SUM(l.backordered_qty) AS backordered, "
        "SUM(l.qty_waiting) AS waiting FROM order_lines l WHERE l.placed_at >= :from AND l.placed_at < :to "
        "GROUP BY l.item_id + 0) t JOIN items i ON i.id = t.item ORDER BY i.sku"));
    bindPeriod(q, from, to);
    if (Status s = sql::run(q); !s.ok())
        return s.errors();
    QList<DemandRow> rows;
    while (q.next())
        rows << DemandRow{q.value(0).toLongLong(), q.value(1).toString(),     q.value(2).toString(),
                          q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong()};
    return rows;
}

Result<QHash<qint64, QList<std::pair<QString, QString>>>> ReportStore::itemAttributes()
{
    Statement q = prepared(QStringLiteral("SELECT id, attributes FROM items WHERE attributes <> ''"));
    if (Status s = sql::run(q); !s.ok())
        return s.errors();
    QHash<qint64, QList<std::pair<QString, QString>>> attributes;
    while (q.next())
        attributes.insert(q.value(0).toLongLong(), domain::parseAttributes(q.value(1).toString()));
    return attributes;
}

Result<QList<DayTotals>> ReportStore::dayTotals(const QDateTime& from, const QDateTime& to)
{
    Statement q = prepared(QStringLiteral(
        "SELECT substr(l.placed_at, 1, 10), COUNT(*), SUM(l.qty), "
        "SUM(CASE WHEN l.backordered_qty > 0 THEN 1 ELSE 0 END), SUM(l.backordered_qty) "
        "FROM order_lines l WHERE l.placed_at >= :from AND l.placed_at < :to "
        "GROUP BY substr(l.placed_at, 1, 10) ORDER BY substr(l.placed_at, 1, 10)"));
    bindPeriod(q, from, to);
    if (Status s = sql::run(q); !s.ok())
        return s.errors();
    QList<DayTotals> rows;
    while (q.next())
        rows << DayTotals{dateOf(q.value(0)), q.value(1).toInt(), q.value(2).toLongLong(), q.value(3).toInt(),
                          q.value(4).toLongLong()};
    return rows;
}

Result<QList<FilledLine>> ReportStore::filledAfterWaiting(const QDateTime& from, const QDateTime& to)
{
    // Lines that had to wait and are shipped in full (nothing waits or is reserved any
    // more): the last shipment that carried units of the line.
    Statement q = prepared(QStringLiteral(
        "SELECT l.placed_at, MAX(s.shipped_at) FROM order_lines l "
        "JOIN shipment_lines sl ON sl.order_line_id = l.id JOIN shipments s ON s.id = sl.shipment_id "
        "WHERE l.backordered_qty > 0 AND l.qty_waiting = 0 AND l.qty_allocated = 0 "
        "AND l.placed_at >= :from AND l.placed_at < :to GROUP BY l.id, l.placed_at"));
    bindPeriod(q, from, to);
    if (Status s = sql::run(q); !s.ok())
        return s.errors();
    QList<FilledLine> rows;
    while (q.next())
        rows << FilledLine{timeOf(q.value(0)), timeOf(q.value(1))};
    return rows;
}

} // namespace bd::store
