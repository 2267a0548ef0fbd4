#include "ItemQueries.h"

#include "core/Clock.h"
#include "store/Database.h"

using namespace bd::domain;

namespace bd::store {

namespace {

QDate dateOf(const QVariant& v)
{
    return v.isNull() ? QDate() : core::parseIsoDate(v.toString());
}

QDateTime dateTimeOf(const QVariant& v)
{
    return v.isNull() ? QDateTime() : core::parseIsoDateTime(v.toString());
}

// The columns of ShopStore's items, then waiting customers and incoming units. The
// counting subqueries walk the partial queue index and the purchase lines' item index.
const QString itemRowColumns = QStringLiteral(
    "id, sku, name, price_minor, currency, policy, backorder_limit, expected_date, release_date, "
    "attributes, on_hand, allocated, waiting, "
    "(SELECT MIN(pl.expected_date) FROM purchase_order_lines pl JOIN purchase_orders p ON p.id = pl.po_id "
    "WHERE pl.item_id = items.id AND p.status = 'open' AND pl.qty_received < pl.qty), "
    "CASE WHEN waiting = 0 THEN 0 ELSE (SELECT COUNT(DISTINCT o.customer_id) FROM order_lines l "
    "JOIN orders o ON o.id = l.order_id WHERE l.item_id = items.id AND l.qty_waiting > 0) END, "
    "(SELECT COALESCE(SUM(pl.qty - pl.qty_received), 0) FROM purchase_order_lines pl "
    "JOIN purchase_orders p ON p.id = pl.po_id "
    "WHERE pl.item_id = items.id AND p.status = 'open' AND pl.qty_received < pl.qty), "
    "tracked, shop_identity");

QString itemWhere(const ItemFilter& filter)
{
    QStringList where;
    if (!filter.search.isEmpty())
        where << QStringLiteral("(sku LIKE :search1 ESCAPE '\\' OR name LIKE :search2 ESCAPE '\\' "
                                "OR attributes LIKE :search3 ESCAPE '\\')");
    if (filter.onlyWaiting)
        where << QStringLiteral("waiting > 0");
    if (filter.policy)
        where << QStringLiteral("policy = :policy");
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

void bindItemFilter(QSqlQuery& q, const ItemFilter& filter)
{
    if (!filter.search.isEmpty()) {
        const QString pattern = likeContains(filter.search);
        q.bindValue(QStringLiteral(":search1"), pattern);
        q.bindValue(QStringLiteral(":search2"), pattern);
        q.bindValue(QStringLiteral(":search3"), pattern);
    }
    if (filter.policy)
        q.bindValue(QStringLiteral(":policy"), toString(*filter.policy));
}

QString orderColumn(ItemFilter::Sort sort)
{
    switch (sort) {
    case ItemFilter::Sort::Sku:
        return QStringLiteral("sku");
    case ItemFilter::Sort::Name:
        return QStringLiteral("name");
    case ItemFilter::Sort::OnHand:
        return QStringLiteral("on_hand");
    case ItemFilter::Sort::Waiting:
        return QStringLiteral("waiting");
    case ItemFilter::Sort::Expected:
        return QStringLiteral("expected_date");
    }
    return QStringLiteral("sku");
}

} // namespace

ItemQueries::ItemQueries(Database& db)
    : m_statements(db)
{
}

QList<ItemRow> ItemQueries::listItems(const ItemFilter& filter, int offset, int limit)
{
    const QString direction = filter.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // The page is picked from the bare rows first, so the per-item subqueries run for
    // its rows only, not for every row the sort has to look at.
    const QString order = QStringLiteral(" ORDER BY ") + orderColumn(filter.sort) + direction + QStringLiteral(", sku")
                          + direction;
    Statement q = m_statements.prepared(QStringLiteral("SELECT ") + itemRowColumns
                                         + QStringLiteral(" FROM (SELECT * FROM items") + itemWhere(filter) + order
                                         + QStringLiteral(" LIMIT :limit OFFSET :offset) items") + order);
    bindItemFilter(q, filter);
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    QList<ItemRow> rows;
    if (!q.exec())
        return rows;
    while (q.next()) {
        ItemRow row;
        Item& item = row.item;
        item.id = q.value(0).toLongLong();
        item.sku = q.value(1).toString();
        item.name = q.value(2).toString();
        item.priceMinor = q.value(3).toLongLong();
        item.currency = q.value(4).toString();
        item.policy = parsePolicy(q.value(5).toString()).value_or(Policy::Stop);
        if (!q.value(6).isNull())
            item.backorderLimit = q.value(6).toInt();
        item.expectedDate = dateOf(q.value(7));
        item.releaseDate = dateOf(q.value(8));
        item.attributes = q.value(9).toString();
        item.onHand = q.value(10).toInt();
        item.allocated = q.value(11).toInt();
        item.waiting = q.value(12).toInt();
        item.nextDelivery = dateOf(q.value(13));
        row.waitingCustomers = q.value(14).toInt();
        row.incoming = q.value(15).toInt();
        item.tracked = q.value(16).toInt() != 0;
        item.shop = ShopIdentity::fromText(q.value(17).toString());
        rows << row;
    }
    return rows;
}

int ItemQueries::countItems(const ItemFilter& filter)
{
    Statement q = m_statements.prepared(QStringLiteral("SELECT COUNT(*) FROM items") + itemWhere(filter));
    bindItemFilter(q, filter);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

QList<QueueRow> ItemQueries::queue(qint64 itemId, int offset, int limit)
{
    // The order the queue is served in (ShopStore::queueSlots).
    Statement q = m_statements.prepared(QStringLiteral(
        "SELECT l.id, l.order_number, c.email, c.name, l.placed_at, l.qty_waiting, l.promised_date, "
        "o.payment_state, o.card_expiry, o.authorized_at, l.priority, o.priority_reason "
        "FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN customers c ON c.id = o.customer_id "
        "WHERE l.item_id = :item AND l.qty_waiting > 0 "
        "ORDER BY l.priority DESC, l.placed_at, length(l.order_number), l.order_number, l.line_no "
        "LIMIT :limit OFFSET :offset"));
    q.bindValue(QStringLiteral(":item"), itemId);
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    QList<QueueRow> rows;
    if (!q.exec())
        return rows;
    int position = offset;
    while (q.next()) {
        QueueRow r;
        r.lineId = q.value(0).toLongLong();
        r.position = ++position;
        r.orderNumber = q.value(1).toString();
        r.customerEmail = q.value(2).toString();
        r.customerName = q.value(3).toString();
        r.placedAt = dateTimeOf(q.value(4));
        r.waiting = q.value(5).toInt();
        r.promisedDate = dateOf(q.value(6));
        r.payment = parsePaymentState(q.value(7).toString()).value_or(PaymentState::None);
        r.cardExpiry = q.value(8).toString();
        r.authorizedAt = dateTimeOf(q.value(9));
        r.priority = q.value(10).toInt() != 0;
        r.priorityReason = q.value(11).toString();
        rows << r;
    }
    return rows;
}

int ItemQueries::queueLength(qint64 itemId)
{
    Statement q = m_statements.prepared(
        QStringLiteral("SELECT COUNT(*) FROM order_lines l WHERE l.item_id = :item AND l.qty_waiting > 0"));
    q.bindValue(QStringLiteral(":item"), itemId);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

QList<ItemHistoryRow> ItemQueries::history(qint64 itemId, int offset, int limit)
{
    // Movements and events side by side; within one time, events after movements. The
    // item's creation and opening stock come from the item when no event or movement
    // holds them (a big import writes one event in all, and opening_qty on the item).
    Statement q = m_statements.prepared(QStringLiteral(
        "SELECT h.at, h.movement, h.kind, h.qty, h.reference, h.order_number, h.details FROM ("
        "SELECT m.at AS at, 1 AS movement, m.kind AS kind, m.qty AS qty, m.reference AS reference, "
        "COALESCE(o.order_number, '') AS order_number, m.reason AS details, m.id AS seq "
        "FROM stock_movements m LEFT JOIN orders o ON o.id = m.order_id WHERE m.item_id = :item1 "
        "UNION ALL "
        "SELECT e.at, 0, e.kind, 0, '', COALESCE(o.order_number, ''), e.details, e.id "
        "FROM events e LEFT JOIN orders o ON o.id = e.order_id WHERE e.item_id = :item2 "
        "UNION ALL SELECT i.created_at, 0, 'item created', 0, '', '', '', 0 ")
        + itemCreatedWithoutEvent(QStringLiteral(":item3"))
        + QStringLiteral(" UNION ALL SELECT i.created_at, 1, 'opening', i.opening_qty, '', '', '', 0 FROM items i "
                         "WHERE i.id = :item4 AND i.opening_qty > 0"
                         ") h ORDER BY h.at DESC, h.movement ASC, h.seq DESC LIMIT :limit OFFSET :offset"));
    q.bindValue(QStringLiteral(":item1"), itemId);
    q.bindValue(QStringLiteral(":item2"), itemId);
    q.bindValue(QStringLiteral(":item3"), itemId);
    q.bindValue(QStringLiteral(":item4"), itemId);
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    QList<ItemHistoryRow> rows;
    if (!q.exec())
        return rows;
    while (q.next()) {
        ItemHistoryRow r;
        r.at = dateTimeOf(q.value(0));
        r.movement = q.value(1).toInt() != 0;
        r.kind = q.value(2).toString();
        r.qty = q.value(3).toInt();
        r.reference = q.value(4).toString();
        r.orderNumber = q.value(5).toString();
        r.details = q.value(6).toString();
        rows << r;
    }
    return rows;
}

int ItemQueries::historyLength(qint64 itemId)
{
    Statement q = m_statements.prepared(
        QStringLiteral("SELECT (SELECT COUNT(*) FROM stock_movements WHERE item_id = :item1) "
                       "+ (SELECT COUNT(*) FROM events WHERE item_id = :item2) + (SELECT COUNT(*) FROM (")
        + QStringLiteral("SELECT 1 ") + itemCreatedWithoutEvent(QStringLiteral(":item3"))
        + QStringLiteral(")) + (SELECT COUNT(*) FROM items WHERE id = :item4 AND opening_qty > 0)"));
    q.bindValue(QStringLiteral(":item1"), itemId);
    q.bindValue(QStringLiteral(":item2"), itemId);
    q.bindValue(QStringLiteral(":item3"), itemId);
    q.bindValue(QStringLiteral(":item4"), itemId);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

} // namespace bd::store
