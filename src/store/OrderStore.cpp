#include "OrderStore.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/Dialect.h"
#include "store/ItemStore.h"
#include "store/Search.h"
#include "store/Transaction.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <iterator>

using bd::core::Result;
using bd::core::Status;
using namespace bd::domain;
using namespace bd::store::sql;

namespace bd::store {

namespace {

// An order with its customer, as the services read it.
const QString orderColumns = QStringLiteral(
    "o.id, o.order_number, o.placed_at, o.customer_id, c.email, c.name, o.currency, o.payment_state, "
    "o.card_last4, o.card_expiry, o.authorized_at, o.ship_to_name, o.ship_to_address, "
    "o.hold_until_complete, o.priority, o.priority_reason");
const int orderColumnCount = 16;

Order readOrder(const QSqlQuery& q)
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

const QString lineColumns = QStringLiteral(
    "l.id, l.order_id, l.line_no, l.item_id, i.sku, i.name, l.qty, l.unit_price_minor, l.qty_allocated, "
    "l.qty_shipped, l.qty_waiting, l.qty_cancelled, l.qty_returned, l.cancel_reason, l.promised_date, "
    "l.told_date");

OrderLine readLine(const QSqlQuery& q, int base = 0)
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

// An order as the orders list shows it: its columns and the sums of its lines it keeps
// (migration 0012).
const QString rowColumns = QStringLiteral(
    "o.id, o.order_number, o.placed_at, o.customer_id, c.email, c.name, o.currency, o.payment_state, "
    "o.card_last4, o.card_expiry, o.hold_until_complete, o.priority, o.line_count, o.units_open, "
    "o.units_allocated, o.units_shipped, o.units_waiting, o.total_minor, o.latest_promise");

// The states in the order the list sorts them by.
constexpr OrderState statesInOrder[] = { OrderState::Waiting, OrderState::PartlyAllocated, OrderState::Ready,
                                         OrderState::PartlyShipped, OrderState::Shipped, OrderState::Cancelled };

int rankOf(OrderState state)
{
    return int(std::find(std::begin(statesInOrder), std::end(statesInOrder), state) - std::begin(statesInOrder));
}

// The order's state as its place in statesInOrder: domain::OrderSums::stateName over the
// sums an order `o` keeps. The index orders_by_state (migration 0012) is built on this
// expression, unqualified, so it must keep its text.
QString stateRank()
{
    return QStringLiteral("(CASE WHEN o.units_open = 0 THEN 5 WHEN o.units_waiting = 0 AND o.units_allocated = 0 THEN 4 "
                          "WHEN o.units_shipped > 0 THEN 3 WHEN o.units_waiting = 0 THEN 2 "
                          "WHEN o.units_allocated > 0 THEN 1 ELSE 0 END)");
}

} // namespace

QString OrderStore::sortSql(OrderFilter::Sort sort, bool descending)
{
    const QString dir = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    auto byKey = [&dir](const QString& key) -> QString { return key + dir + QStringLiteral(", o.id") + dir; };
    switch (sort) {
    case OrderFilter::Sort::Number:
        return QStringLiteral("o.order_number") + dir;
    case OrderFilter::Sort::Customer:
        return QStringLiteral("c.name") + dir + QStringLiteral(", c.id") + dir + QStringLiteral(", o.id") + dir;
    case OrderFilter::Sort::State:
        return byKey(stateRank());
    case OrderFilter::Sort::Lines:
        return byKey(QStringLiteral("o.line_count"));
    case OrderFilter::Sort::Waiting:
        return byKey(QStringLiteral("o.units_waiting"));
    case OrderFilter::Sort::Total:
        return byKey(QStringLiteral("o.total_minor"));
    case OrderFilter::Sort::Payment:
        return byKey(paymentRank(QStringLiteral("o.")));
    case OrderFilter::Sort::Promised:
        // As the list shows it: nothing waiting first, then the latest promised date of
        // the waiting lines, then "not known" (a waiting line without a date).
        return byKey(QStringLiteral("o.latest_promise"));
    case OrderFilter::Sort::Placed:
        break;
    }
    return byKey(QStringLiteral("o.placed_at"));
}

namespace {

OrderRow readOrderRow(const QSqlQuery& q)
{
    OrderRow r;
    r.id = q.value(0).toLongLong();
    r.number = q.value(1).toString();
    r.placedAt = dateTimeOf(q.value(2));
    r.customerId = q.value(3).toLongLong();
    r.customerEmail = q.value(4).toString();
    r.customerName = q.value(5).toString();
    r.currency = q.value(6).toString();
    r.payment = parsePaymentState(q.value(7).toString()).value_or(PaymentState::None);
    r.cardLast4 = q.value(8).toString();
    r.cardExpiry = q.value(9).toString();
    r.holdUntilComplete = q.value(10).toInt() != 0;
    r.priority = q.value(11).toInt() != 0;
    r.lines = q.value(12).toInt();
    r.open = q.value(13).toInt();
    r.allocated = q.value(14).toInt();
    r.shipped = q.value(15).toInt();
    r.waiting = q.value(16).toInt();
    r.totalMinor = q.value(17).toLongLong();
    domain::OrderSums sums;
    sums.latestPromise = q.value(18).toString();
    r.promiseUnknown = sums.promiseUnknown();
    r.promised = sums.latestPromiseDate();
    return r;
}

// Builds the WHERE of the orders `o` for a filter (a customer is read through the search table).
QString orderWhere(SqlText& sql, const OrderFilter& filter, const Dialect& dialect)
{
    QStringList where;
    if (filter.customerId > 0)
        where << QStringLiteral("o.customer_id = ") + sql.bind(filter.customerId);
    // Each word: the start of the order number, or in the customer's search text.
    const QString search = searchCondition(
        sql, dialect, searchWords(filter.search),
        {SearchMatch{{}, QStringLiteral("o.order_number"), {}},
         SearchMatch{SearchTable{QStringLiteral("customers"), QStringLiteral("o.customer_id")}, {}, {}}});
    if (!search.isEmpty())
        where << search;
    if (filter.state)
        where << stateRank() + QStringLiteral(" = ") + QString::number(rankOf(*filter.state));
    if (filter.toCapture)
        where << QStringLiteral("o.payment_state <> 'captured' AND o.units_allocated > 0");
    if (filter.numbers)
        // A probe per order as the orders are walked in the order shown; an IN list
        // would make SQLite sort the whole selection for every page.
        where << QStringLiteral("EXISTS (SELECT 1 FROM order_selection x WHERE x.number = o.order_number)");
    return where.join(QStringLiteral(" AND "));
}

} // namespace

QString OrderStore::paymentRank(const QString& qualifier)
{
    QString rank = QStringLiteral("CASE ") + qualifier + QStringLiteral("payment_state");
    int n = 0;
    for (PaymentState state : { PaymentState::None, PaymentState::Verified, PaymentState::Authorized, PaymentState::Captured })
        rank += QStringLiteral(" WHEN '") + toString(state) + QStringLiteral("' THEN ") + QString::number(n++);
    return rank + QStringLiteral(" END");
}

QString toString(OrderState state)
{
    switch (state) {
    case OrderState::Waiting:
        return QStringLiteral("waiting");
    case OrderState::PartlyAllocated:
        return QStringLiteral("partly allocated");
    case OrderState::Ready:
        return QStringLiteral("ready");
    case OrderState::PartlyShipped:
        return QStringLiteral("partly shipped");
    case OrderState::Shipped:
        return QStringLiteral("shipped");
    case OrderState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<OrderState> parseOrderState(const QString& text)
{
    QString t = text.trimmed().toLower();
    t.replace(QLatin1Char('_'), QLatin1Char(' '));
    t.replace(QLatin1Char('-'), QLatin1Char(' '));
    for (OrderState s : statesInOrder) {
        if (toString(s) == t)
            return s;
    }
    return std::nullopt;
}

OrderState OrderRow::state() const
{
    domain::OrderSums sums;
    sums.open = open;
    sums.waiting = waiting;
    sums.allocated = allocated;
    sums.shipped = shipped;
    return parseOrderState(sums.stateName()).value_or(OrderState::Waiting);
}

OrderStore::OrderStore(Database& db)
    : m_db(db)
    , m_statements(db)
{
}

OrderStore::~OrderStore() = default;

Result<bool> OrderStore::orderExists(const QString& number)
{
    Statement q = m_statements.prepared(QStringLiteral("SELECT 1 FROM orders WHERE order_number = ?"));
    q.bindValue(P(0), number);
    return readExists(q);
}

Result<QList<OrderLine>> OrderStore::linesOf(qint64 orderId)
{
    Statement q = m_statements.prepared(QStringLiteral("SELECT ") + lineColumns
                                        + QStringLiteral(" FROM order_lines l JOIN items i ON i.id = l.item_id "
                                                         "WHERE l.order_id = ? ORDER BY l.line_no"));
    q.bindValue(P(0), orderId);
    return readAll(q, [](const QSqlQuery& r) { return readLine(r); });
}

Found<Order> OrderStore::withLines(Found<Order> order)
{
    if (!order || !order.value())
        return order;
    Result<QList<OrderLine>> lines = linesOf(order.value()->id);
    if (!lines)
        return lines.errors();
    order.value()->lines = lines.takeValue();
    return order;
}

Found<Order> OrderStore::orderByNumber(const QString& number)
{
    Statement q = m_statements.prepared(QStringLiteral("SELECT ") + orderColumns
                                        + QStringLiteral(" FROM orders o JOIN customers c ON c.id = o.customer_id "
                                                         "WHERE o.order_number = ?"));
    q.bindValue(P(0), number);
    return withLines(readFirst(q, readOrder));
}

Found<Order> OrderStore::orderById(qint64 id)
{
    Statement q = m_statements.prepared(QStringLiteral("SELECT ") + orderColumns
                                        + QStringLiteral(" FROM orders o JOIN customers c ON c.id = o.customer_id "
                                                         "WHERE o.id = ?"));
    q.bindValue(P(0), id);
    return withLines(readFirst(q, readOrder));
}

Status OrderStore::forEachOrder(const std::function<void(const Order&)>& visit)
{
    // One pass over orders joined to their lines, grouped in C++.
    Statement q = m_statements.prepared(QStringLiteral("SELECT ") + orderColumns + QStringLiteral(", ") + lineColumns
                                        + QStringLiteral(" FROM orders o JOIN customers c ON c.id = o.customer_id "
                                                         "JOIN order_lines l ON l.order_id = o.id "
                                                         "JOIN items i ON i.id = l.item_id "
                                                         "ORDER BY o.placed_at, o.order_number, l.line_no"));
    if (Status s = run(q); !s.ok())
        return s;
    Order current;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id != current.id) {
            if (current.id != 0)
                visit(current);
            current = readOrder(q);
        }
        current.lines << readLine(q, orderColumnCount);
    }
    if (q.lastError().isValid())
        return failed(q);
    if (current.id != 0)
        visit(current);
    return {};
}

QString OrderStore::newOrderColumns()
{
    return QStringLiteral("order_number, placed_at, customer_id, currency, payment_state, card_last4, card_expiry, "
                          "authorized_at, ship_to_name, ship_to_address, hold_until_complete, priority, priority_reason, "
                          "created_at, line_count, units_open, units_waiting, lines_waiting, units_allocated, units_shipped, "
                          "total_minor, latest_promise");
}

QString OrderStore::newOrderPlaceholders()
{
    static const QString marks = []() -> QString {
        QStringList list(newOrderColumns().count(QLatin1Char(',')) + 1, QStringLiteral("?"));
        return QStringLiteral("(") + list.join(QStringLiteral(", ")) + QStringLiteral(")");
    }();
    return marks;
}

QVariantList OrderStore::newOrderValues(const Order& order, const domain::OrderSums& sums, const QString& at)
{
    return { order.number,
             core::toIso(order.placedAt),
             order.customerId,
             order.currency,
             toString(order.payment),
             orNull(order.cardLast4),
             orNull(order.cardExpiry),
             orNull(order.authorizedAt),
             order.shipToName,
             order.shipToAddress,
             order.holdUntilComplete ? 1 : 0,
             order.priority ? 1 : 0,
             order.priorityReason,
             at,
             sums.lines,
             sums.open,
             sums.waiting,
             sums.waitingLines,
             sums.allocated,
             sums.shipped,
             sums.totalMinor,
             sums.latestPromise };
}

Result<qint64> OrderStore::insertOrder(const Order& order, const QDateTime& at)
{
    const QVariantList values = newOrderValues(order, domain::OrderSums::of(order.lines), core::toIso(at));
    Statement q = m_statements.prepared(QStringLiteral("INSERT INTO orders (") + newOrderColumns()
                                        + QStringLiteral(") VALUES ") + newOrderPlaceholders());
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(P(i), values.at(i));
    if (Status s = run(q); !s.ok())
        return s.errors();
    return q.lastInsertId().toLongLong();
}

Result<qint64> OrderStore::insertLine(const Order& order, const OrderLine& line, const QDateTime& at)
{
    Statement q = m_statements.prepared(QStringLiteral(
        "INSERT INTO order_lines (order_id, line_no, item_id, qty, unit_price_minor, qty_allocated, qty_waiting, "
        "backordered_qty, priority, placed_at, order_number, promised_date, told_date, filled_at, customer_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
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
    q.bindValue(P(14), order.customerId);
    if (Status s = run(q); !s.ok())
        return s.errors();
    return q.lastInsertId().toLongLong();
}

Status OrderStore::updateLineQuantities(const OrderLine& line, const QDateTime& at)
{
    Statement q = m_statements.prepared(QStringLiteral(
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

Status OrderStore::setOrderPriority(qint64 orderId, bool priority, const QString& reason)
{
    {
        Statement q = m_statements.prepared(QStringLiteral("UPDATE orders SET priority = ?, priority_reason = ? WHERE id = ?"));
        q.bindValue(P(0), priority ? 1 : 0);
        q.bindValue(P(1), reason);
        q.bindValue(P(2), orderId);
        if (Status s = run(q); !s.ok())
            return s;
    }
    // The queue key is copied onto the lines (QueueOrder).
    Statement lines = m_statements.prepared(QStringLiteral("UPDATE order_lines SET priority = ? WHERE order_id = ?"));
    lines.bindValue(P(0), priority ? 1 : 0);
    lines.bindValue(P(1), orderId);
    return run(lines);
}

Status OrderStore::setOrderPayment(const Order& order)
{
    Statement q = m_statements.prepared(QStringLiteral(
        "UPDATE orders SET payment_state = ?, card_last4 = ?, card_expiry = ?, authorized_at = ? WHERE id = ?"));
    q.bindValue(P(0), toString(order.payment));
    q.bindValue(P(1), orNull(order.cardLast4));
    q.bindValue(P(2), orNull(order.cardExpiry));
    q.bindValue(P(3), orNull(order.authorizedAt));
    q.bindValue(P(4), order.id);
    return run(q);
}

Status OrderStore::setOrderHold(qint64 orderId, bool hold)
{
    Statement q = m_statements.prepared(QStringLiteral("UPDATE orders SET hold_until_complete = ? WHERE id = ?"));
    q.bindValue(P(0), hold ? 1 : 0);
    q.bindValue(P(1), orderId);
    return run(q);
}

namespace {

// The candidates' columns, from the sums each order keeps of its lines (migration 0012),
// not its lines, with the customer's e-mail or without (''); `where` and `order` finish
// the statement.
QString riskCandidateSelect(bool email, const QString& where, const QString& order)
{
    return QStringLiteral("SELECT o.order_number, ") + (email ? QStringLiteral("c.email") : QStringLiteral("''"))
           + QStringLiteral(", o.payment_state, o.card_expiry, o.authorized_at, o.latest_promise, o.units_waiting, "
                            "o.units_allocated, o.id FROM orders o")
           + (email ? QStringLiteral(" JOIN customers c ON c.id = o.customer_id") : QString())
           + QStringLiteral(" WHERE ") + where + order;
}

RiskCandidate readRiskCandidate(const QSqlQuery& r)
{
    RiskCandidate c;
    c.orderNumber = r.value(0).toString();
    c.customerEmail = r.value(1).toString();
    c.payment = parsePaymentState(r.value(2).toString()).value_or(PaymentState::None);
    c.cardExpiry = r.value(3).toString();
    c.authorizedAt = dateTimeOf(r.value(4));
    domain::OrderSums sums;
    sums.latestPromise = r.value(5).toString();
    c.latestPromise = sums.latestPromiseDate(); // invalid: nothing waits, or a date is unknown
    c.waiting = r.value(6).toInt();
    c.allocated = r.value(7).toInt();
    c.orderId = r.value(8).toLongLong();
    return c;
}

} // namespace

Status OrderStore::forEachRiskCandidate(const std::function<void(const RiskCandidate&)>& visit)
{
    Statement q = m_statements.prepared(riskCandidateSelect(
        true, QStringLiteral("o.units_waiting > 0 OR o.units_allocated > 0"), QStringLiteral(" ORDER BY o.placed_at, o.order_number")));
    if (Status s = run(q); !s.ok())
        return s;
    while (q.next())
        visit(readRiskCandidate(q.query()));
    if (q.lastError().isValid())
        return failed(q);
    return {};
}

Result<QList<RiskCandidate>> OrderStore::waitingUnpaid()
{
    Statement q = m_statements.prepared(
        riskCandidateSelect(false, QStringLiteral("o.units_waiting > 0 AND o.payment_state <> 'captured'"), QString()));
    return readAll(q, readRiskCandidate);
}

Status OrderStore::loadSelection(const QStringList& numbers)
{
    if (m_selection && *m_selection == numbers)
        return {};
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("CREATE TEMPORARY TABLE IF NOT EXISTS order_selection (number TEXT PRIMARY KEY)"))
        || !q.exec(QStringLiteral("DELETE FROM order_selection")))
        return failed(q);
    // One transaction for the whole list: tens of thousands of numbers are written in
    // a moment instead of one synced write each.
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    QSqlQuery insert(m_db.connection());
    if (!insert.prepare(QStringLiteral("INSERT INTO order_selection (number) VALUES (:n) ON CONFLICT DO NOTHING")))
        return failed(insert);
    for (const QString& number : numbers) {
        insert.bindValue(QStringLiteral(":n"), number);
        if (!insert.exec())
            return failed(insert);
    }
    if (Status s = tx.commit(); !s.ok())
        return s;
    m_selection = numbers;
    return {};
}

Result<QList<OrderRow>> OrderStore::orders(const OrderFilter& filter, int offset, int limit)
{
    if (filter.numbers) {
        if (Status s = loadSelection(*filter.numbers); !s.ok())
            return s.errors();
    }
    SqlText sql;
    const QString where = orderWhere(sql, filter, m_db.dialect());
    const QString order = sortSql(filter.sort, filter.descending);
    // The page is picked from the orders alone (their customers only when sorted by
    // them), then joined to its customers: a page far down a long list does not look up
    // the customer of every order it passes over.
    const bool byCustomer = filter.sort == OrderFilter::Sort::Customer;
    sql.text = QStringLiteral("SELECT ") + rowColumns + QStringLiteral(" FROM (SELECT o.id FROM orders o")
               + (byCustomer ? QStringLiteral(" JOIN customers c ON c.id = o.customer_id") : QString())
               + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where) + QStringLiteral(" ORDER BY ") + order
               + QStringLiteral(" LIMIT ") + sql.bind(limit) + QStringLiteral(" OFFSET ") + sql.bind(offset)
               + QStringLiteral(") page JOIN orders o ON o.id = page.id JOIN customers c ON c.id = o.customer_id ORDER BY ")
               + order;
    Statement q = m_statements.prepared(sql.text);
    sql.bindTo(q);
    return readAll(q, readOrderRow);
}

Result<int> OrderStore::countOrders(const OrderFilter& filter)
{
    if (filter.numbers) {
        if (Status s = loadSelection(*filter.numbers); !s.ok())
            return s.errors();
    }
    SqlText sql;
    const QString where = orderWhere(sql, filter, m_db.dialect());
    sql.text = QStringLiteral("SELECT COUNT(*) FROM orders o") + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where);
    Statement q = m_statements.prepared(sql.text);
    sql.bindTo(q);
    return readCount(q);
}

Found<OrderRow> OrderStore::orderRow(const QString& number)
{
    Statement q = m_statements.prepared(
        QStringLiteral("SELECT ") + rowColumns
        + QStringLiteral(" FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.order_number = :number"));
    q.bindValue(QStringLiteral(":number"), number);
    return readFirst(q, readOrderRow);
}

Result<QString> OrderStore::suggestOrderNumber()
{
    QString last;
    {
        Statement q = m_statements.prepared(QStringLiteral("SELECT order_number FROM orders ORDER BY id DESC LIMIT 1"));
        const Found<QString> found = readFirst(q, [](const QSqlQuery& r) { return r.value(0).toString(); });
        if (!found)
            return found.errors();
        if (!found.value())
            return QStringLiteral("1001");
        last = *found.value();
    }
    qsizetype digits = last.size();
    while (digits > 0 && last.at(digits - 1).isDigit())
        --digits;
    if (digits == last.size() || last.size() - digits > 18)
        return QString();
    const QString prefix = last.left(digits);
    const int width = int(last.size() - digits);
    qint64 n = last.mid(digits).toLongLong();
    for (int tries = 0; tries < 100; ++tries) {
        const QString candidate = prefix + QStringLiteral("%1").arg(++n, width, 10, QLatin1Char('0'));
        const Result<bool> taken = orderExists(candidate);
        if (!taken)
            return taken.errors();
        if (!taken.value())
            return candidate;
    }
    return QString();
}

} // namespace bd::store
