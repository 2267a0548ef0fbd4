#include "ShopStore.h"

#include "core/Clock.h"
#include "store/Database.h"

#include <QSqlError>

using bd::core::Result;
using bd::core::Status;
using namespace bd::domain;

namespace bd::store {

namespace {

QVariant orNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant orNull(const QDate& date)
{
    return date.isValid() ? QVariant(core::toIso(date)) : QVariant(QMetaType::fromType<QString>());
}

QVariant orNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant orNull(const QDateTime& at)
{
    return at.isValid() ? QVariant(core::toIso(at)) : QVariant(QMetaType::fromType<QString>());
}

QDate dateOf(const QVariant& v)
{
    return v.isNull() ? QDate() : core::parseIsoDate(v.toString());
}

QDateTime dateTimeOf(const QVariant& v)
{
    return v.isNull() ? QDateTime() : core::parseIsoDateTime(v.toString());
}

const QString itemColumns = QStringLiteral(
    "id, sku, name, price_minor, currency, policy, backorder_limit, expected_date, release_date, "
    "attributes, on_hand, allocated, waiting, "
    "(SELECT MIN(pl.expected_date) FROM purchase_order_lines pl JOIN purchase_orders p ON p.id = pl.po_id "
    "WHERE pl.item_id = items.id AND p.status = 'open' AND pl.qty_received < pl.qty), "
    "tracked, shop_identity");

// Positional '?' placeholders are rewritten to :p0, :p1, ... at prepare time and bound
// by name: QtSql binds named values about twice as fast as positional ones, which
// matters on the import path.
const QString& P(int index)
{
    static const QList<QString> names = [] {
        QList<QString> list;
        for (int i = 0; i < 32; ++i)
            list << QStringLiteral(":p%1").arg(i);
        return list;
    }();
    return names.at(index);
}

QString namedPlaceholders(const QString& sql)
{
    QString out;
    out.reserve(sql.size() + 32);
    int n = 0;
    bool quoted = false;
    for (const QChar c : sql) {
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        if (c == QLatin1Char('?') && !quoted)
            out += P(n++);
        else
            out += c;
    }
    return out;
}

} // namespace

ShopStore::ShopStore(Database& db)
    : m_db(db)
    , m_statements(db, namedPlaceholders)
{
}

Statement ShopStore::prepared(const QString& sql)
{
    return m_statements.prepared(sql);
}

Status ShopStore::run(QSqlQuery& query)
{
    // A null QString would be bound as SQL NULL; text columns want ''. Deliberate
    // NULLs are bound as null QVariants (orNull) and stay NULL.
    const QVariantList values = query.boundValues();
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant& v = values[i];
        if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
            query.bindValue(P(int(i)), QStringLiteral(""));
    }
    return StatementCache::exec(query);
}

// ---------------------------------------------------------------- items

Item ShopStore::readItem(const QSqlQuery& q) const
{
    Item item;
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
    item.tracked = q.value(14).toInt() != 0;
    item.shop = ShopIdentity::fromText(q.value(15).toString());
    return item;
}

std::optional<Item> ShopStore::itemBySku(const QString& sku)
{
    Statement q = prepared(QStringLiteral("SELECT ") + itemColumns + QStringLiteral(" FROM items WHERE sku = ?"));
    q.bindValue(P(0), sku);
    if (q.exec() && q.next())
        return readItem(q);
    return std::nullopt;
}

std::optional<Item> ShopStore::itemById(qint64 id)
{
    Statement q = prepared(QStringLiteral("SELECT ") + itemColumns + QStringLiteral(" FROM items WHERE id = ?"));
    q.bindValue(P(0), id);
    if (q.exec() && q.next())
        return readItem(q);
    return std::nullopt;
}

Result<std::optional<Item>> ShopStore::itemByName(const QString& name)
{
    if (name.isEmpty())
        return std::optional<Item>();
    Statement q = prepared(QStringLiteral("SELECT ") + itemColumns + QStringLiteral(" FROM items WHERE name = ? LIMIT 2"));
    q.bindValue(P(0), name);
    if (Status s = run(q); !s.ok())
        return s.errors();
    if (!q.next())
        return std::optional<Item>();
    const Item item = readItem(q);
    if (q.next()) // two items of that name: none is meant
        return std::optional<Item>();
    return std::optional<Item>(item);
}

Result<qint64> ShopStore::insertItem(const Item& item, const QDateTime& at, int openingQty)
{
    Statement q = prepared(QStringLiteral(
        "INSERT INTO items (sku, name, price_minor, currency, policy, backorder_limit, expected_date, "
        "release_date, attributes, created_at, on_hand, opening_qty, tracked, shop_identity) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(P(0), item.sku);
    q.bindValue(P(1), item.name);
    q.bindValue(P(2), item.priceMinor);
    q.bindValue(P(3), item.currency);
    q.bindValue(P(4), toString(item.policy));
    q.bindValue(P(5), item.backorderLimit ? QVariant(*item.backorderLimit) : QVariant(QMetaType::fromType<int>()));
    q.bindValue(P(6), orNull(item.expectedDate));
    q.bindValue(P(7), orNull(item.releaseDate));
    q.bindValue(P(8), item.attributes);
    q.bindValue(P(9), core::toIso(at));
    q.bindValue(P(10), openingQty);
    q.bindValue(P(11), openingQty);
    q.bindValue(P(12), item.tracked ? 1 : 0);
    q.bindValue(P(13), item.shop.toText());
    if (Status s = run(q); !s.ok())
        return s.errors();
    return q.lastInsertId().toLongLong();
}

Status ShopStore::updateItemDefinition(const Item& item)
{
    Statement q = prepared(QStringLiteral(
        "UPDATE items SET name = ?, price_minor = ?, currency = ?, policy = ?, backorder_limit = ?, "
        "expected_date = ?, release_date = ?, attributes = ?, tracked = ?, shop_identity = ? WHERE id = ?"));
    q.bindValue(P(0), item.name);
    q.bindValue(P(1), item.priceMinor);
    q.bindValue(P(2), item.currency);
    q.bindValue(P(3), toString(item.policy));
    q.bindValue(P(4), item.backorderLimit ? QVariant(*item.backorderLimit) : QVariant(QMetaType::fromType<int>()));
    q.bindValue(P(5), orNull(item.expectedDate));
    q.bindValue(P(6), orNull(item.releaseDate));
    q.bindValue(P(7), item.attributes);
    q.bindValue(P(8), item.tracked ? 1 : 0);
    q.bindValue(P(9), item.shop.toText());
    q.bindValue(P(10), item.id);
    return run(q);
}

Status ShopStore::setExpectedDate(qint64 itemId, const QDate& date)
{
    Statement q = prepared(QStringLiteral("UPDATE items SET expected_date = ? WHERE id = ?"));
    q.bindValue(P(0), orNull(date));
    q.bindValue(P(1), itemId);
    return run(q);
}

Status ShopStore::addToItemCounters(qint64 itemId, int onHand, int allocated, int waiting)
{
    Statement q = prepared(QStringLiteral(
        "UPDATE items SET on_hand = on_hand + ?, allocated = allocated + ?, waiting = waiting + ? WHERE id = ?"));
    q.bindValue(P(0), onHand);
    q.bindValue(P(1), allocated);
    q.bindValue(P(2), waiting);
    q.bindValue(P(3), itemId);
    return run(q);
}

Result<int> ShopStore::allocatedInLines(qint64 itemId)
{
    Statement q = prepared(QStringLiteral("SELECT COALESCE(SUM(qty_allocated), 0) FROM order_lines WHERE item_id = ?"));
    q.bindValue(P(0), itemId);
    if (Status s = run(q); !s.ok())
        return s.errors();
    return q.next() ? q.value(0).toInt() : 0;
}

Status ShopStore::setRelatedItems(qint64 itemId, const QString& kind, const QStringList& skus)
{
    Statement clear = prepared(QStringLiteral("DELETE FROM item_related WHERE item_id = ? AND kind = ?"));
    clear.bindValue(P(0), itemId);
    clear.bindValue(P(1), kind);
    if (Status s = run(clear); !s.ok())
        return s;
    Statement insert =
        prepared(QStringLiteral("INSERT INTO item_related (item_id, kind, position, related_sku) VALUES (?, ?, ?, ?)"));
    for (qsizetype i = 0; i < skus.size(); ++i) {
        insert.bindValue(P(0), itemId);
        insert.bindValue(P(1), kind);
        insert.bindValue(P(2), int(i + 1));
        insert.bindValue(P(3), skus.at(i));
        if (Status s = run(insert); !s.ok())
            return s;
    }
    return {};
}

Result<QStringList> ShopStore::relatedItems(qint64 itemId, const QString& kind)
{
    Statement q = prepared(
        QStringLiteral("SELECT related_sku FROM item_related WHERE item_id = ? AND kind = ? ORDER BY position"));
    q.bindValue(P(0), itemId);
    q.bindValue(P(1), kind);
    if (Status s = run(q); !s.ok())
        return s.errors();
    QStringList skus;
    while (q.next())
        skus << q.value(0).toString();
    return skus;
}

static QString itemWhere(const ItemFilter& filter)
{
    QStringList where;
    if (!filter.search.isEmpty())
        where << QStringLiteral("(sku LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\' OR attributes LIKE ? ESCAPE '\\')");
    if (filter.onlyWaiting)
        where << QStringLiteral("waiting > 0");
    if (filter.policy)
        where << QStringLiteral("policy = ?");
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

static void bindItemFilter(QSqlQuery& q, const ItemFilter& filter)
{
    int i = 0;
    if (!filter.search.isEmpty()) {
        const QString pattern = likeContains(filter.search);
        q.bindValue(P(i++), pattern);
        q.bindValue(P(i++), pattern);
        q.bindValue(P(i++), pattern);
    }
    if (filter.policy)
        q.bindValue(P(i++), toString(*filter.policy));
}

QList<Item> ShopStore::listItems(const ItemFilter& filter, int offset, int limit)
{
    QString order;
    switch (filter.sort) {
    case ItemFilter::Sort::Sku:
        order = QStringLiteral("sku");
        break;
    case ItemFilter::Sort::Name:
        order = QStringLiteral("name");
        break;
    case ItemFilter::Sort::OnHand:
        order = QStringLiteral("on_hand");
        break;
    case ItemFilter::Sort::Waiting:
        order = QStringLiteral("waiting");
        break;
    case ItemFilter::Sort::Expected:
        order = QStringLiteral("expected_date");
        break;
    }
    const QString direction = filter.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    Statement q = prepared(QStringLiteral("SELECT ") + itemColumns + QStringLiteral(" FROM items")
                            + itemWhere(filter) + QStringLiteral(" ORDER BY ") + order + direction
                            + QStringLiteral(", sku") + direction + QStringLiteral(" LIMIT ? OFFSET ?"));
    bindItemFilter(q, filter);
    const int n = (filter.search.isEmpty() ? 0 : 3) + (filter.policy ? 1 : 0);
    q.bindValue(P(n), limit);
    q.bindValue(P(n + 1), offset);
    QList<Item> items;
    if (!q.exec())
        return items;
    while (q.next())
        items << readItem(q);
    return items;
}

int ShopStore::countItems(const ItemFilter& filter)
{
    Statement q = prepared(QStringLiteral("SELECT COUNT(*) FROM items") + itemWhere(filter));
    bindItemFilter(q, filter);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

QList<Incoming> ShopStore::incoming(qint64 itemId)
{
    QList<Incoming> out;
    for (const PoLine& line : openPoLines(itemId)) {
        if (line.expected.isValid())
            out << Incoming{line.expected, line.qty - line.received};
    }
    return out;
}

int ShopStore::incomingQty(qint64 itemId)
{
    int n = 0;
    for (const PoLine& line : openPoLines(itemId))
        n += line.qty - line.received;
    return n;
}

QList<qint64> ShopStore::allItemIds()
{
    QList<qint64> ids;
    Statement q = prepared(QStringLiteral("SELECT id FROM items ORDER BY id"));
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    return ids;
}

// ---------------------------------------------------------------- customers

Result<qint64> ShopStore::upsertCustomer(const Customer& customer, const QDateTime& at)
{
    Statement find = prepared(QStringLiteral("SELECT id, name, phone, address FROM customers WHERE email = ?"));
    find.bindValue(P(0), customer.email);
    if (!find.exec())
        return run(find).errors();
    if (find.next()) {
        const qint64 id = find.value(0).toLongLong();
        const bool changed = (!customer.name.isEmpty() && customer.name != find.value(1).toString())
                             || (!customer.phone.isEmpty() && customer.phone != find.value(2).toString())
                             || (!customer.address.isEmpty() && customer.address != find.value(3).toString());
        find.finish();
        if (changed) {
            Statement up = prepared(QStringLiteral(
                "UPDATE customers SET name = CASE WHEN ? = '' THEN name ELSE ? END, "
                "phone = CASE WHEN ? = '' THEN phone ELSE ? END, "
                "address = CASE WHEN ? = '' THEN address ELSE ? END WHERE id = ?"));
            up.bindValue(P(0), customer.name);
            up.bindValue(P(1), customer.name);
            up.bindValue(P(2), customer.phone);
            up.bindValue(P(3), customer.phone);
            up.bindValue(P(4), customer.address);
            up.bindValue(P(5), customer.address);
            up.bindValue(P(6), id);
            if (Status s = run(up); !s.ok())
                return s.errors();
        }
        return id;
    }
    Statement ins = prepared(QStringLiteral(
        "INSERT INTO customers (email, name, phone, address, created_at) VALUES (?, ?, ?, ?, ?)"));
    ins.bindValue(P(0), customer.email);
    ins.bindValue(P(1), customer.name);
    ins.bindValue(P(2), customer.phone);
    ins.bindValue(P(3), customer.address);
    ins.bindValue(P(4), core::toIso(at));
    if (Status s = run(ins); !s.ok())
        return s.errors();
    return ins.lastInsertId().toLongLong();
}

std::optional<Customer> ShopStore::customerByEmail(const QString& email)
{
    Statement q = prepared(QStringLiteral("SELECT id, email, name, phone, address FROM customers WHERE email = ?"));
    q.bindValue(P(0), email);
    if (q.exec() && q.next())
        return Customer{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString()};
    return std::nullopt;
}

void ShopStore::forEachCustomer(const std::function<void(const Customer&)>& visit)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, email, name, phone, address FROM customers ORDER BY email")))
        return;
    while (q.next())
        visit(Customer{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString()});
}

// ---------------------------------------------------------------- orders

bool ShopStore::orderExists(const QString& number)
{
    Statement q = prepared(QStringLiteral("SELECT 1 FROM orders WHERE order_number = ?"));
    q.bindValue(P(0), number);
    return q.exec() && q.next();
}

static const QString orderColumns = QStringLiteral(
    "o.id, o.order_number, o.placed_at, o.customer_id, c.email, c.name, o.currency, o.payment_state, "
    "o.card_last4, o.card_expiry, o.authorized_at, o.ship_to_name, o.ship_to_address, "
    "o.hold_until_complete, o.priority, o.priority_reason");

static Order readOrder(const QSqlQuery& q)
{
    Order o;
    o.id = q.value(0).toLongLong();
    o.number = q.value(1).toString();
    o.placedAt = dateTimeOf(q.value(2));
    o.customerId = q.value(3).toLongLong();
    o.customerEmail = q.value(4).toString();
    o.customerName = q.value(5).toString();
    o.currency = q.value(6).toString();
    o.payment = parsePaymentState(q.value(7).toString()).value_or(PaymentState::None);
    o.cardLast4 = q.value(8).toString();
    o.cardExpiry = q.value(9).toString();
    o.authorizedAt = dateTimeOf(q.value(10));
    o.shipToName = q.value(11).toString();
    o.shipToAddress = q.value(12).toString();
    o.holdUntilComplete = q.value(13).toInt() != 0;
    o.priority = q.value(14).toInt() != 0;
    o.priorityReason = q.value(15).toString();
    return o;
}

static const QString lineColumns = QStringLiteral(
    "l.id, l.order_id, l.line_no, l.item_id, i.sku, i.name, l.qty, l.unit_price_minor, l.qty_allocated, "
    "l.qty_shipped, l.qty_waiting, l.qty_cancelled, l.qty_returned, l.cancel_reason, l.promised_date, "
    "l.told_date");

static OrderLine readLine(const QSqlQuery& q, int base = 0)
{
    OrderLine l;
    l.id = q.value(base + 0).toLongLong();
    l.orderId = q.value(base + 1).toLongLong();
    l.lineNo = q.value(base + 2).toInt();
    l.itemId = q.value(base + 3).toLongLong();
    l.sku = q.value(base + 4).toString();
    l.itemName = q.value(base + 5).toString();
    l.qty = q.value(base + 6).toInt();
    l.unitPriceMinor = q.value(base + 7).toLongLong();
    l.allocated = q.value(base + 8).toInt();
    l.shipped = q.value(base + 9).toInt();
    l.waiting = q.value(base + 10).toInt();
    l.cancelled = q.value(base + 11).toInt();
    l.returned = q.value(base + 12).toInt();
    l.cancelReason = q.value(base + 13).toString();
    l.promisedDate = dateOf(q.value(base + 14));
    l.toldDate = dateOf(q.value(base + 15));
    return l;
}

QList<OrderLine> ShopStore::linesOf(qint64 orderId)
{
    QList<OrderLine> lines;
    Statement q = prepared(QStringLiteral("SELECT ") + lineColumns
                            + QStringLiteral(" FROM order_lines l JOIN items i ON i.id = l.item_id "
                                             "WHERE l.order_id = ? ORDER BY l.line_no"));
    q.bindValue(P(0), orderId);
    if (q.exec()) {
        while (q.next())
            lines << readLine(q);
    }
    return lines;
}

std::optional<OrderLine> ShopStore::lineById(qint64 lineId)
{
    Statement q = prepared(QStringLiteral("SELECT ") + lineColumns
                            + QStringLiteral(" FROM order_lines l JOIN items i ON i.id = l.item_id WHERE l.id = ?"));
    q.bindValue(P(0), lineId);
    if (q.exec() && q.next())
        return readLine(q);
    return std::nullopt;
}

std::optional<Order> ShopStore::orderByNumber(const QString& number)
{
    Statement q = prepared(QStringLiteral("SELECT ") + orderColumns
                            + QStringLiteral(" FROM orders o JOIN customers c ON c.id = o.customer_id "
                                             "WHERE o.order_number = ?"));
    q.bindValue(P(0), number);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Order o = readOrder(q);
    q.finish();
    o.lines = linesOf(o.id);
    return o;
}

void ShopStore::forEachOrder(const std::function<void(const Order&)>& visit)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // One pass over orders joined to their lines, grouped in C++.
    if (!q.exec(QStringLiteral("SELECT ") + orderColumns + QStringLiteral(", ") + lineColumns
                + QStringLiteral(" FROM orders o JOIN customers c ON c.id = o.customer_id "
                                 "JOIN order_lines l ON l.order_id = o.id JOIN items i ON i.id = l.item_id "
                                 "ORDER BY o.placed_at, o.order_number, l.line_no")))
        return;
    Order current;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id != current.id) {
            if (current.id != 0)
                visit(current);
            current = readOrder(q);
        }
        current.lines << readLine(q, 16);
    }
    if (current.id != 0)
        visit(current);
}

Result<qint64> ShopStore::insertOrder(const Order& order, const QDateTime& at)
{
    Statement q = prepared(QStringLiteral(
        "INSERT INTO orders (order_number, placed_at, customer_id, currency, payment_state, card_last4, "
        "card_expiry, authorized_at, ship_to_name, ship_to_address, hold_until_complete, priority, "
        "priority_reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(P(0), order.number);
    q.bindValue(P(1), core::toIso(order.placedAt));
    q.bindValue(P(2), order.customerId);
    q.bindValue(P(3), order.currency);
    q.bindValue(P(4), toString(order.payment));
    q.bindValue(P(5), orNull(order.cardLast4));
    q.bindValue(P(6), orNull(order.cardExpiry));
    q.bindValue(P(7), orNull(order.authorizedAt));
    q.bindValue(P(8), order.shipToName);
    q.bindValue(P(9), order.shipToAddress);
    q.bindValue(P(10), order.holdUntilComplete ? 1 : 0);
    q.bindValue(P(11), order.priority ? 1 : 0);
    q.bindValue(P(12), order.priorityReason);
    q.bindValue(P(13), core::toIso(at));
    if (Status s = run(q); !s.ok())
        return s.errors();
    return q.lastInsertId().toLongLong();
}

Result<qint64> ShopStore::insertLine(const Order& order, const OrderLine& line, const QDateTime& at)
{
    Statement q = prepared(QStringLiteral(
        "INSERT INTO order_lines (order_id, line_no, item_id, qty, unit_price_minor, qty_allocated, qty_waiting, "
        "backordered_qty, priority, placed_at, order_number, promised_date, told_date, filled_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(P(0), order.id);
    q.bindValue(P(1), line.lineNo);
    q.bindValue(P(2), line.itemId);
    q.bindValue(P(3), line.qty);
    q.bindValue(P(4), line.unitPriceMinor);
    q.bindValue(P(5), line.allocated);
    q.bindValue(P(6), line.waiting);
    q.bindValue(P(7), line.waiting);
    q.bindValue(P(8), order.priority ? 1 : 0);
    q.bindValue(P(9), core::toIso(order.placedAt));
    q.bindValue(P(10), order.number);
    q.bindValue(P(11), orNull(line.promisedDate));
    q.bindValue(P(12), orNull(line.toldDate));
    q.bindValue(P(13), line.waiting == 0 ? QVariant(core::toIso(at)) : QVariant(QMetaType::fromType<QString>()));
    if (Status s = run(q); !s.ok())
        return s.errors();
    return q.lastInsertId().toLongLong();
}

Status ShopStore::updateLineQuantities(const OrderLine& line, const QDateTime& at)
{
    Statement q = prepared(QStringLiteral(
        "UPDATE order_lines SET qty_allocated = ?, qty_shipped = ?, qty_waiting = ?, qty_cancelled = ?, "
        "qty_returned = ?, cancel_reason = ?, "
        "promised_date = CASE WHEN ? = 0 THEN NULL ELSE promised_date END, "
        "filled_at = CASE WHEN ? = 0 THEN COALESCE(filled_at, ?) ELSE NULL END WHERE id = ?"));
    q.bindValue(P(0), line.allocated);
    q.bindValue(P(1), line.shipped);
    q.bindValue(P(2), line.waiting);
    q.bindValue(P(3), line.cancelled);
    q.bindValue(P(4), line.returned);
    q.bindValue(P(5), line.cancelReason);
    q.bindValue(P(6), line.waiting);
    q.bindValue(P(7), line.waiting);
    q.bindValue(P(8), core::toIso(at));
    q.bindValue(P(9), line.id);
    return run(q);
}

Status ShopStore::setOrderPriority(qint64 orderId, bool priority, const QString& reason)
{
    Statement q = prepared(QStringLiteral("UPDATE orders SET priority = ?, priority_reason = ? WHERE id = ?"));
    q.bindValue(P(0), priority ? 1 : 0);
    q.bindValue(P(1), reason);
    q.bindValue(P(2), orderId);
    if (Status s = run(q); !s.ok())
        return s;
    Statement lines = prepared(QStringLiteral("UPDATE order_lines SET priority = ? WHERE order_id = ?"));
    lines.bindValue(P(0), priority ? 1 : 0);
    lines.bindValue(P(1), orderId);
    return run(lines);
}

Status ShopStore::setOrderPayment(const Order& order)
{
    Statement q = prepared(QStringLiteral(
        "UPDATE orders SET payment_state = ?, card_last4 = ?, card_expiry = ?, authorized_at = ? WHERE id = ?"));
    q.bindValue(P(0), toString(order.payment));
    q.bindValue(P(1), orNull(order.cardLast4));
    q.bindValue(P(2), orNull(order.cardExpiry));
    q.bindValue(P(3), orNull(order.authorizedAt));
    q.bindValue(P(4), order.id);
    return run(q);
}

Status ShopStore::setOrderHold(qint64 orderId, bool hold)
{
    Statement q = prepared(QStringLiteral("UPDATE orders SET hold_until_complete = ? WHERE id = ?"));
    q.bindValue(P(0), hold ? 1 : 0);
    q.bindValue(P(1), orderId);
    return run(q);
}

// ---------------------------------------------------------------- queue

static const QString queueOrder = QStringLiteral(" ORDER BY l.priority DESC, l.placed_at, length(l.order_number), l.order_number, l.line_no");

QList<QueueSlot> ShopStore::queueSlots(qint64 itemId, int unitsWanted, bool completeOnly)
{
    QList<QueueSlot> queue;
    // What the whole order waits for tells complete-only filling which orders a fill
    // completes, and the caller which orders became ready.
    Statement q = prepared(QStringLiteral("SELECT l.id, l.order_id, l.qty_waiting, "
                                           "(SELECT SUM(x.qty_waiting) FROM order_lines x WHERE x.order_id = l.order_id), "
                                           "l.order_number, c.email FROM order_lines l "
                                             "JOIN orders o ON o.id = l.order_id JOIN customers c ON c.id = o.customer_id "
                                             "WHERE l.item_id = ? AND l.qty_waiting > 0")
                            + queueOrder);
    q.bindValue(P(0), itemId);
    if (!q.exec())
        return queue;
    qint64 covered = 0;
    while (q.next()) {
        QueueSlot slot{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toInt(),
                       q.value(4).toString(), q.value(5).toString()};
        queue << slot;
        covered += slot.waiting;
        if (!completeOnly && covered >= unitsWanted)
            break;
    }
    q.finish();
    return queue;
}

Status ShopStore::allocateToLine(qint64 lineId, int qty, const QDateTime& at)
{
    Statement q = prepared(QStringLiteral(
        "UPDATE order_lines SET qty_allocated = qty_allocated + ?, qty_waiting = qty_waiting - ?, "
        "promised_date = CASE WHEN qty_waiting - ? = 0 THEN NULL ELSE promised_date END, "
        "filled_at = CASE WHEN qty_waiting - ? = 0 THEN ? ELSE filled_at END WHERE id = ?"));
    q.bindValue(P(0), qty);
    q.bindValue(P(1), qty);
    q.bindValue(P(2), qty);
    q.bindValue(P(3), qty);
    q.bindValue(P(4), core::toIso(at));
    q.bindValue(P(5), lineId);
    return run(q);
}

int ShopStore::orderWaitingUnits(qint64 orderId)
{
    Statement q = prepared(QStringLiteral("SELECT COALESCE(SUM(qty_waiting), 0) FROM order_lines WHERE order_id = ?"));
    q.bindValue(P(0), orderId);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

QList<PromiseRow> ShopStore::promiseRows(qint64 itemId)
{
    QList<PromiseRow> rows;
    Statement q = prepared(QStringLiteral("SELECT l.id, l.order_id, l.qty_waiting, l.promised_date, l.told_date "
                                           "FROM order_lines l WHERE l.item_id = ? AND l.qty_waiting > 0")
                            + queueOrder);
    q.bindValue(P(0), itemId);
    if (!q.exec())
        return rows;
    while (q.next())
        rows << PromiseRow{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(), dateOf(q.value(3)),
                           dateOf(q.value(4))};
    return rows;
}

Status ShopStore::setLinePromise(qint64 lineId, const QDate& promised, const QDate& told)
{
    Statement q = prepared(QStringLiteral("UPDATE order_lines SET promised_date = ?, told_date = ? WHERE id = ?"));
    q.bindValue(P(0), orNull(promised));
    q.bindValue(P(1), orNull(told));
    q.bindValue(P(2), lineId);
    return run(q);
}

void ShopStore::forEachWaitingLine(qint64 itemId, const std::function<void(const WaitingLine&)>& visit)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString sql = QStringLiteral(
                            "SELECT i.sku, l.order_number, c.email, c.name, l.placed_at, l.qty_waiting, "
                            "l.promised_date, o.payment_state, l.priority, l.item_id "
                            "FROM order_lines l JOIN items i ON i.id = l.item_id JOIN orders o ON o.id = l.order_id "
                            "JOIN customers c ON c.id = o.customer_id WHERE l.qty_waiting > 0")
                        + (itemId > 0 ? QStringLiteral(" AND l.item_id = ?") : QString())
                        + QStringLiteral(" ORDER BY i.sku, l.priority DESC, l.placed_at, length(l.order_number), l.order_number, l.line_no");
    q.prepare(namedPlaceholders(sql));
    if (itemId > 0)
        q.bindValue(P(0), itemId);
    if (!q.exec())
        return;
    QString sku;
    int position = 0;
    while (q.next()) {
        WaitingLine w;
        w.sku = q.value(0).toString();
        if (w.sku != sku) {
            sku = w.sku;
            position = 0;
        }
        w.orderNumber = q.value(1).toString();
        w.customerEmail = q.value(2).toString();
        w.customerName = q.value(3).toString();
        w.placedAt = dateTimeOf(q.value(4));
        w.qtyWaiting = q.value(5).toInt();
        w.promisedDate = dateOf(q.value(6));
        w.payment = parsePaymentState(q.value(7).toString()).value_or(PaymentState::None);
        w.priority = q.value(8).toInt() != 0;
        w.position = ++position;
        visit(w);
    }
}

// ---------------------------------------------------------------- stock

Status ShopStore::addMovement(qint64 itemId, const QDateTime& at, const QString& kind, int qty,
                              const QString& reference, const QString& reason, qint64 orderId, qint64 receiptId,
                              qint64 shipmentId)
{
    Statement q = prepared(QStringLiteral(
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
    return addToItemCounters(itemId, qty, 0, 0);
}

Status ShopStore::insertAllocation(qint64 lineId, qint64 itemId, int qty, const QString& source, qint64 receiptLineId,
                                   const QDateTime& at)
{
    Statement q = prepared(QStringLiteral(
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

Result<qint64> ShopStore::insertReceipt(const QString& reference, const QDateTime& receivedAt, qint64 poId,
                                        bool completeOnly, const QDateTime& at)
{
    Statement q = prepared(QStringLiteral(
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

Result<qint64> ShopStore::insertReceiptLine(qint64 receiptId, qint64 itemId, int qty, qint64 poLineId)
{
    Statement q = prepared(QStringLiteral(
        "INSERT INTO receipt_lines (receipt_id, item_id, qty, po_line_id) VALUES (?, ?, ?, ?)"));
    q.bindValue(P(0), receiptId);
    q.bindValue(P(1), itemId);
    q.bindValue(P(2), qty);
    q.bindValue(P(3), orNull(poLineId));
    if (Status s = run(q); !s.ok())
        return s.errors();
    return q.lastInsertId().toLongLong();
}

Status ShopStore::setReceiptLineShelf(qint64 receiptLineId, int toShelf)
{
    Statement q = prepared(QStringLiteral("UPDATE receipt_lines SET to_shelf = ? WHERE id = ?"));
    q.bindValue(P(0), toShelf);
    q.bindValue(P(1), receiptLineId);
    return run(q);
}

// ---------------------------------------------------------------- purchase orders

std::optional<qint64> ShopStore::purchaseOrderId(const QString& poNumber)
{
    Statement q = prepared(QStringLiteral("SELECT id FROM purchase_orders WHERE po_number = ?"));
    q.bindValue(P(0), poNumber);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

Result<qint64> ShopStore::insertPurchaseOrder(const QString& poNumber, const QString& supplier, const QDateTime& at)
{
    Statement q = prepared(QStringLiteral(
        "INSERT INTO purchase_orders (po_number, supplier, created_at) VALUES (?, ?, ?)"));
    q.bindValue(P(0), poNumber);
    q.bindValue(P(1), supplier);
    q.bindValue(P(2), core::toIso(at));
    if (Status s = run(q); !s.ok())
        return s.errors();
    return q.lastInsertId().toLongLong();
}

static const QString poLineColumns = QStringLiteral(
    "pl.id, pl.po_id, p.po_number, pl.item_id, pl.qty, pl.qty_received, pl.expected_date");

static PoLine readPoLine(const QSqlQuery& q)
{
    return PoLine{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toLongLong(),
                  q.value(4).toInt(), q.value(5).toInt(), dateOf(q.value(6))};
}

std::optional<PoLine> ShopStore::purchaseOrderLine(qint64 poId, qint64 itemId)
{
    Statement q = prepared(QStringLiteral("SELECT ") + poLineColumns
                            + QStringLiteral(" FROM purchase_order_lines pl JOIN purchase_orders p ON p.id = pl.po_id "
                                             "WHERE pl.po_id = ? AND pl.item_id = ?"));
    q.bindValue(P(0), poId);
    q.bindValue(P(1), itemId);
    if (q.exec() && q.next())
        return readPoLine(q);
    return std::nullopt;
}

Status ShopStore::upsertPurchaseOrderLine(qint64 poId, qint64 itemId, int qty, const QDate& expected)
{
    Statement q = prepared(QStringLiteral(
        "INSERT INTO purchase_order_lines (po_id, item_id, qty, expected_date) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (po_id, item_id) DO UPDATE SET qty = excluded.qty, expected_date = excluded.expected_date"));
    q.bindValue(P(0), poId);
    q.bindValue(P(1), itemId);
    q.bindValue(P(2), qty);
    q.bindValue(P(3), orNull(expected));
    if (Status s = run(q); !s.ok())
        return s;
    // A purchase order closed once fully received opens again when a line now asks
    // for more than has arrived; otherwise those units would never count as incoming.
    Statement reopen = prepared(QStringLiteral(
        "UPDATE purchase_orders SET status = 'open' WHERE id = ? AND status = 'closed' AND EXISTS "
        "(SELECT 1 FROM purchase_order_lines WHERE po_id = ? AND qty_received < qty)"));
    reopen.bindValue(P(0), poId);
    reopen.bindValue(P(1), poId);
    return run(reopen);
}

Status ShopStore::addReceivedToPoLine(qint64 poLineId, int qty)
{
    Statement q = prepared(QStringLiteral(
        "UPDATE purchase_order_lines SET qty_received = qty_received + ? WHERE id = ?"));
    q.bindValue(P(0), qty);
    q.bindValue(P(1), poLineId);
    return run(q);
}

Status ShopStore::closePurchaseOrderIfDone(qint64 poId)
{
    Statement q = prepared(QStringLiteral(
        "UPDATE purchase_orders SET status = 'closed' WHERE id = ? AND NOT EXISTS "
        "(SELECT 1 FROM purchase_order_lines WHERE po_id = ? AND qty_received < qty)"));
    q.bindValue(P(0), poId);
    q.bindValue(P(1), poId);
    return run(q);
}

QList<PoLine> ShopStore::openPoLines(qint64 itemId)
{
    QList<PoLine> lines;
    Statement q = prepared(QStringLiteral("SELECT ") + poLineColumns
                            + QStringLiteral(" FROM purchase_order_lines pl JOIN purchase_orders p ON p.id = pl.po_id "
                                             "WHERE pl.item_id = ? AND p.status = 'open' AND pl.qty_received < pl.qty "
                                             "ORDER BY pl.expected_date IS NULL, pl.expected_date, p.po_number"));
    q.bindValue(P(0), itemId);
    if (q.exec()) {
        while (q.next())
            lines << readPoLine(q);
    }
    return lines;
}

// ---------------------------------------------------------------- shipments

Result<qint64> ShopStore::insertShipment(qint64 orderId, const QDateTime& at, const QString& tracking, bool partial,
                                         bool unpaidAllowed)
{
    Statement q = prepared(QStringLiteral(
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

Status ShopStore::insertShipmentLine(qint64 shipmentId, qint64 lineId, int qty)
{
    Statement q = prepared(QStringLiteral(
        "INSERT INTO shipment_lines (shipment_id, order_line_id, qty) VALUES (?, ?, ?)"));
    q.bindValue(P(0), shipmentId);
    q.bindValue(P(1), lineId);
    q.bindValue(P(2), qty);
    return run(q);
}

// ---------------------------------------------------------------- history, coupons

Status ShopStore::addEvent(const QDateTime& at, const QString& kind, qint64 orderId, qint64 itemId, qint64 customerId,
                           const QString& details)
{
    Statement q = prepared(QStringLiteral(
        "INSERT INTO events (at, kind, order_id, item_id, customer_id, details) VALUES (?, ?, ?, ?, ?, ?)"));
    q.bindValue(P(0), core::toIso(at));
    q.bindValue(P(1), kind);
    q.bindValue(P(2), orNull(orderId));
    q.bindValue(P(3), orNull(itemId));
    q.bindValue(P(4), orNull(customerId));
    q.bindValue(P(5), details);
    return run(q);
}

static QList<Event> readEvents(QSqlQuery& q)
{
    QList<Event> events;
    if (!q.exec())
        return events;
    while (q.next())
        events << Event{dateTimeOf(q.value(0)), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString()};
    return events;
}

static const QString eventSelect = QStringLiteral(
    "SELECT e.at AS at, e.kind AS kind, COALESCE(o.order_number, '') AS order_number, COALESCE(i.sku, '') AS sku, "
    "e.details AS details, e.id AS seq FROM events e "
    "LEFT JOIN orders o ON o.id = e.order_id LEFT JOIN items i ON i.id = e.item_id ");

QList<Event> ShopStore::eventsForOrder(qint64 orderId)
{
    Statement q = prepared(eventSelect + QStringLiteral("WHERE e.order_id = ? ORDER BY e.at, e.id"));
    q.bindValue(P(0), orderId);
    return readEvents(q);
}

QList<Event> ShopStore::eventsForItem(qint64 itemId)
{
    Statement q = prepared(QStringLiteral("SELECT h.at, h.kind, h.order_number, h.sku, h.details FROM (")
                            + eventSelect
                            + QStringLiteral("WHERE e.item_id = :item1 UNION ALL SELECT i.created_at, 'item created', "
                                             "'', i.sku, '', 0 ")
                            + itemCreatedWithoutEvent(QStringLiteral(":item2"))
                            + QStringLiteral(") h ORDER BY h.at, h.seq"));
    q.bindValue(QStringLiteral(":item1"), itemId);
    q.bindValue(QStringLiteral(":item2"), itemId);
    return readEvents(q);
}

QString itemCreatedWithoutEvent(const QString& itemParameter)
{
    return QStringLiteral("FROM items i WHERE i.id = %1 AND NOT EXISTS "
                          "(SELECT 1 FROM events c WHERE c.item_id = i.id AND c.kind = 'item created')")
        .arg(itemParameter);
}

bool ShopStore::couponCodeExists(const QString& code)
{
    Statement q = prepared(QStringLiteral("SELECT 1 FROM coupons WHERE code = ?"));
    q.bindValue(P(0), code);
    return q.exec() && q.next();
}

Status ShopStore::insertCoupon(const CouponRow& coupon, qint64 customerId)
{
    Statement q = prepared(QStringLiteral(
        "INSERT INTO coupons (code, customer_id, percent, amount_minor, currency, reason, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(P(0), coupon.code);
    q.bindValue(P(1), customerId);
    q.bindValue(P(2), coupon.percent ? QVariant(*coupon.percent) : QVariant(QMetaType::fromType<int>()));
    q.bindValue(P(3), coupon.amountMinor ? QVariant(*coupon.amountMinor) : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(P(4), coupon.currency);
    q.bindValue(P(5), coupon.reason);
    q.bindValue(P(6), core::toIso(coupon.createdAt));
    return run(q);
}

QList<CouponRow> ShopStore::coupons()
{
    QList<CouponRow> rows;
    Statement q = prepared(QStringLiteral(
        "SELECT k.code, c.email, k.percent, k.amount_minor, k.currency, k.reason, k.created_at "
        "FROM coupons k JOIN customers c ON c.id = k.customer_id ORDER BY k.created_at, k.code"));
    if (!q.exec())
        return rows;
    while (q.next()) {
        CouponRow r;
        r.code = q.value(0).toString();
        r.customerEmail = q.value(1).toString();
        if (!q.value(2).isNull())
            r.percent = q.value(2).toInt();
        if (!q.value(3).isNull())
            r.amountMinor = q.value(3).toLongLong();
        r.currency = q.value(4).toString();
        r.reason = q.value(5).toString();
        r.createdAt = dateTimeOf(q.value(6));
        rows << r;
    }
    return rows;
}

// ---------------------------------------------------------------- checks, risk

Result<QList<LedgerCheckRow>> ShopStore::ledgerCheck()
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

core::Error ShopStore::checkFailed(const QString& what, const QSqlQuery& q)
{
    return core::fail(tr("The check could not read %1: %2").arg(what, queryError(q)));
}

Result<QStringList> ShopStore::lineConsistencyProblems()
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
    // The queue key copied onto lines must match the order.
    if (!q.exec(QStringLiteral(
            "SELECT l.order_number, l.line_no FROM order_lines l JOIN orders o ON o.id = l.order_id "
            "WHERE l.priority <> o.priority OR l.placed_at <> o.placed_at OR l.order_number <> o.order_number")))
        return checkFailed(tr("the order lines and their orders"), q);
    while (q.next())
        problems << tr("order %1 line %2: queue key differs from its order")
                        .arg(q.value(0).toString())
                        .arg(q.value(1).toInt());
    return problems;
}

QList<RiskCandidate> ShopStore::riskCandidates()
{
    QList<RiskCandidate> rows;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const bool ok = q.exec(QStringLiteral(
        "SELECT o.order_number, c.email, o.payment_state, o.card_expiry, o.authorized_at, "
        "MAX(l.promised_date), SUM(l.qty_waiting), SUM(l.qty_allocated), "
        "SUM(CASE WHEN l.qty_waiting > 0 AND l.promised_date IS NULL THEN 1 ELSE 0 END) "
        "FROM orders o JOIN customers c ON c.id = o.customer_id JOIN order_lines l ON l.order_id = o.id "
        "WHERE l.qty_waiting > 0 OR l.qty_allocated > 0 "
        "GROUP BY o.id, o.order_number, c.email, o.payment_state, o.card_expiry, o.authorized_at "
        "ORDER BY o.placed_at, o.order_number"));
    if (!ok)
        return rows;
    while (q.next()) {
        RiskCandidate r;
        r.orderNumber = q.value(0).toString();
        r.customerEmail = q.value(1).toString();
        r.payment = parsePaymentState(q.value(2).toString()).value_or(PaymentState::None);
        r.cardExpiry = q.value(3).toString();
        r.authorizedAt = dateTimeOf(q.value(4));
        // An unknown date on any waiting line makes the latest promise unknown.
        r.latestPromise = q.value(8).toInt() > 0 ? QDate() : dateOf(q.value(5));
        r.waiting = q.value(6).toInt();
        r.allocated = q.value(7).toInt();
        rows << r;
    }
    return rows;
}

} // namespace bd::store
