#include "OrderQueries.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QSqlQuery>
#include <QVariant>

#include <utility>

using namespace bd::domain;

namespace bd::store {

namespace {

// A statement being put together: its text and the values its placeholders take.
// Each value gets a placeholder name of its own (:v0, :v1, ...), so the same text
// always has the same placeholders and the prepared statement can be cached.
struct Sql
{
    QString text;
    QList<std::pair<QString, QVariant>> values;

    QString bind(const QVariant& value)
    {
        const QString name = QStringLiteral(":v%1").arg(values.size());
        values.append({ name, value });
        return name;
    }
};

QDate dateOf(const QVariant& v)
{
    return v.isNull() ? QDate() : core::parseIsoDate(v.toString());
}

QDateTime dateTimeOf(const QVariant& v)
{
    return v.isNull() ? QDateTime() : core::parseIsoDateTime(v.toString());
}

// The first text after every text starting with `prefix` (for a range an index serves).
QString prefixEnd(const QString& prefix)
{
    return prefix + QChar(0xFFFF);
}

// Whether an order has a line in some condition: one probe of a partial index of 0002.
const QString hasWaiting
    = QStringLiteral("EXISTS (SELECT 1 FROM order_lines w WHERE w.order_id = o.id AND w.qty_waiting > 0)");
const QString hasAllocated
    = QStringLiteral("EXISTS (SELECT 1 FROM order_lines a WHERE a.order_id = o.id AND a.qty_allocated > 0)");
const QString hasShipped
    = QStringLiteral("EXISTS (SELECT 1 FROM order_lines s WHERE s.order_id = o.id AND s.qty_shipped > 0)");
const QString hasOpenUnits
    = QStringLiteral("EXISTS (SELECT 1 FROM order_lines n WHERE n.order_id = o.id AND n.qty_cancelled < n.qty)");

QString notOf(const QString& condition)
{
    return QStringLiteral("NOT ") + condition;
}

// The same derivation as domain::Order::stateName, as a condition on an order `o`.
QString stateCondition(OrderState state)
{
    const QString open = QStringLiteral("(") + hasWaiting + QStringLiteral(" OR ") + hasAllocated + QStringLiteral(")");
    switch (state) {
    case OrderState::Cancelled:
        return notOf(hasOpenUnits);
    case OrderState::Shipped:
        return notOf(hasWaiting) + QStringLiteral(" AND ") + notOf(hasAllocated) + QStringLiteral(" AND ")
               + hasOpenUnits;
    case OrderState::PartlyShipped:
        return open + QStringLiteral(" AND ") + hasShipped;
    case OrderState::Ready:
        return notOf(hasWaiting) + QStringLiteral(" AND ") + hasAllocated + QStringLiteral(" AND ")
               + notOf(hasShipped);
    case OrderState::PartlyAllocated:
        return hasWaiting + QStringLiteral(" AND ") + hasAllocated + QStringLiteral(" AND ") + notOf(hasShipped);
    case OrderState::Waiting:
        return hasWaiting + QStringLiteral(" AND ") + notOf(hasAllocated) + QStringLiteral(" AND ")
               + notOf(hasShipped);
    }
    return QStringLiteral("1 = 1");
}

const QString orderColumns = QStringLiteral(
    "o.id, o.order_number, o.placed_at, o.customer_id, c.email, c.name, o.currency, o.payment_state, "
    "o.card_last4, o.card_expiry, o.hold_until_complete, o.priority");
const QString pageColumns = QStringLiteral(
    "p.id, p.order_number, p.placed_at, p.customer_id, p.email, p.name, p.currency, p.payment_state, "
    "p.card_last4, p.card_expiry, p.hold_until_complete, p.priority");

// Keyset condition "comes after `after`" and ORDER BY for a sort, on the orders `o`
// joined to customers `c` (inner) or on the page `p` (outer).
struct OrderSortSql
{
    QString innerOrder;
    QString outerOrder;
};

OrderSortSql orderSortSql(OrderFilter::Sort sort, bool descending)
{
    const QString dir = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    switch (sort) {
    case OrderFilter::Sort::Number:
        return { QStringLiteral("o.order_number") + dir, QStringLiteral("p.order_number") + dir };
    case OrderFilter::Sort::Customer:
        return { QStringLiteral("c.name") + dir + QStringLiteral(", c.id") + dir + QStringLiteral(", o.id") + dir,
                 QStringLiteral("p.name") + dir + QStringLiteral(", p.customer_id") + dir + QStringLiteral(", p.id") + dir };
    case OrderFilter::Sort::Placed:
        break;
    }
    return { QStringLiteral("o.placed_at") + dir + QStringLiteral(", o.id") + dir,
             QStringLiteral("p.placed_at") + dir + QStringLiteral(", p.id") + dir };
}

QString afterCondition(Sql& sql, OrderFilter::Sort sort, bool descending, const OrderRow& after)
{
    const QString beyond = descending ? QStringLiteral(" < ") : QStringLiteral(" > ");
    const QString reach = descending ? QStringLiteral(" <= ") : QStringLiteral(" >= ");
    switch (sort) {
    case OrderFilter::Sort::Number:
        return QStringLiteral("o.order_number") + beyond + sql.bind(after.number);
    case OrderFilter::Sort::Customer:
        // The first term bounds the index range; the rest breaks ties.
        return QStringLiteral("c.name") + reach + sql.bind(after.customerName) + QStringLiteral(" AND (c.name")
               + beyond + sql.bind(after.customerName) + QStringLiteral(" OR c.id") + beyond
               + sql.bind(after.customerId) + QStringLiteral(" OR (c.id = ") + sql.bind(after.customerId)
               + QStringLiteral(" AND o.id") + beyond + sql.bind(after.id) + QStringLiteral("))");
    case OrderFilter::Sort::Placed:
        break;
    }
    const QString placed = core::toIso(after.placedAt);
    return QStringLiteral("o.placed_at") + reach + sql.bind(placed) + QStringLiteral(" AND (o.placed_at") + beyond
           + sql.bind(placed) + QStringLiteral(" OR o.id") + beyond + sql.bind(after.id) + QStringLiteral(")");
}

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
    r.units = q.value(13).toInt();
    r.allocated = q.value(14).toInt();
    r.shipped = q.value(15).toInt();
    r.waiting = q.value(16).toInt();
    r.cancelled = q.value(17).toInt();
    r.totalMinor = q.value(18).toLongLong();
    r.promiseUnknown = q.value(20).toInt() > 0;
    r.promised = r.promiseUnknown ? QDate() : dateOf(q.value(19));
    return r;
}

const QString messageColumns = QStringLiteral(
    "m.id, m.kind, m.occasion, m.order_id, o.order_number, m.customer_id, m.recipient, m.subject, m.body_text, "
    "m.created_at, m.due_at, m.state, m.attempts, m.last_error, m.sent_at "
    "FROM outbox m LEFT JOIN orders o ON o.id = m.order_id ");

mail::OutboxRow readMessage(const QSqlQuery& q)
{
    mail::OutboxRow m;
    m.id = q.value(0).toLongLong();
    m.kind = q.value(1).toString();
    m.occasion = q.value(2).toString();
    m.orderId = q.value(3).toLongLong();
    m.orderNumber = q.value(4).toString();
    m.customerId = q.value(5).toLongLong();
    m.recipient = q.value(6).toString();
    m.subject = q.value(7).toString();
    m.bodyText = q.value(8).toString();
    m.createdAt = dateTimeOf(q.value(9));
    m.dueAt = dateTimeOf(q.value(10));
    m.state = q.value(11).toString();
    m.attempts = q.value(12).toInt();
    m.lastError = q.value(13).toString();
    m.sentAt = dateTimeOf(q.value(14));
    return m;
}

const QString customerColumns = QStringLiteral(
    "c.id, c.email, c.name, c.phone, "
    "(SELECT COUNT(*) FROM orders o WHERE o.customer_id = c.id), "
    "(SELECT COUNT(*) FROM orders o JOIN order_lines l ON l.order_id = o.id "
    "WHERE o.customer_id = c.id AND l.qty_waiting > 0), "
    "(SELECT MAX(o.placed_at) FROM orders o WHERE o.customer_id = c.id) "
    "FROM customers c ");

CustomerRow readCustomerRow(const QSqlQuery& q)
{
    CustomerRow r;
    r.id = q.value(0).toLongLong();
    r.email = q.value(1).toString();
    r.name = q.value(2).toString();
    r.phone = q.value(3).toString();
    r.orders = q.value(4).toInt();
    r.waitingLines = q.value(5).toInt();
    r.lastOrder = dateTimeOf(q.value(6));
    return r;
}

} // namespace

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
    for (OrderState s : { OrderState::Waiting, OrderState::PartlyAllocated, OrderState::Ready,
                          OrderState::PartlyShipped, OrderState::Shipped, OrderState::Cancelled }) {
        if (toString(s) == t)
            return s;
    }
    return std::nullopt;
}

OrderState OrderRow::state() const
{
    if (units == cancelled)
        return OrderState::Cancelled;
    if (waiting == 0 && allocated == 0)
        return OrderState::Shipped;
    if (shipped > 0)
        return OrderState::PartlyShipped;
    if (waiting == 0)
        return OrderState::Ready;
    if (allocated > 0)
        return OrderState::PartlyAllocated;
    return OrderState::Waiting;
}

OrderQueries::OrderQueries(Database& db)
    : m_db(db)
    , m_statements(db)
{
}

OrderQueries::~OrderQueries() = default;

Statement OrderQueries::prepared(const QString& sql)
{
    return m_statements.prepared(sql);
}

bool OrderQueries::loadSelection(const QStringList& numbers)
{
    if (m_selection && *m_selection == numbers)
        return true;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("CREATE TEMPORARY TABLE IF NOT EXISTS order_selection (number TEXT PRIMARY KEY)"))
        || !q.exec(QStringLiteral("DELETE FROM order_selection")))
        return false;
    // One transaction for the whole list: tens of thousands of numbers are written in
    // a moment instead of one synced write each.
    Transaction tx(m_db);
    if (!tx.isActive())
        return false;
    QSqlQuery insert(m_db.connection());
    if (!insert.prepare(QStringLiteral("INSERT INTO order_selection (number) VALUES (:n) ON CONFLICT DO NOTHING")))
        return false;
    for (const QString& number : numbers) {
        insert.bindValue(QStringLiteral(":n"), number);
        if (!insert.exec())
            return false;
    }
    if (!tx.commit().ok())
        return false;
    m_selection = numbers;
    return true;
}

// Builds "FROM orders o JOIN customers c ... WHERE ..." for a filter.
static QString orderWhere(Sql& sql, const OrderFilter& filter)
{
    QStringList where;
    if (filter.customerId > 0)
        where << QStringLiteral("o.customer_id = ") + sql.bind(filter.customerId);
    const QString search = filter.search.trimmed();
    if (!search.isEmpty())
        where << QStringLiteral("((o.order_number >= ") + sql.bind(search) + QStringLiteral(" AND o.order_number < ")
                     + sql.bind(prefixEnd(search))
                     + QStringLiteral(") OR o.customer_id IN (SELECT s.id FROM customers s WHERE s.email LIKE ")
                     + sql.bind(likeContains(search)) + QStringLiteral(" ESCAPE '\\' OR s.name LIKE ")
                     + sql.bind(likeContains(search)) + QStringLiteral(" ESCAPE '\\'))");
    if (filter.state)
        where << stateCondition(*filter.state);
    if (filter.toCapture)
        where << QStringLiteral("o.payment_state <> 'captured' AND ") + hasAllocated;
    if (filter.numbers)
        // A probe per order as the orders are walked in the order shown; an IN list
        // would make SQLite sort the whole selection for every page.
        where << QStringLiteral("EXISTS (SELECT 1 FROM order_selection x WHERE x.number = o.order_number)");
    return where.join(QStringLiteral(" AND "));
}

QList<OrderRow> OrderQueries::orders(const OrderFilter& filter, const OrderRow* after, int limit)
{
    QList<OrderRow> rows;
    if (filter.numbers && !loadSelection(*filter.numbers))
        return rows;
    Sql sql;
    QString where = orderWhere(sql, filter);
    if (after) {
        const QString beyond = afterCondition(sql, filter.sort, filter.descending, *after);
        where = where.isEmpty() ? beyond : where + QStringLiteral(" AND ") + beyond;
    }
    const OrderSortSql order = orderSortSql(filter.sort, filter.descending);
    sql.text = QStringLiteral("SELECT ") + pageColumns
               + QStringLiteral(
                   ", COUNT(l.id), SUM(l.qty), SUM(l.qty_allocated), SUM(l.qty_shipped), SUM(l.qty_waiting), "
                   "SUM(l.qty_cancelled), SUM((l.qty - l.qty_cancelled) * l.unit_price_minor), "
                   "MAX(CASE WHEN l.qty_waiting > 0 THEN l.promised_date END), "
                   "SUM(CASE WHEN l.qty_waiting > 0 AND l.promised_date IS NULL THEN 1 ELSE 0 END) "
                   "FROM (SELECT ")
               + orderColumns + QStringLiteral(" FROM orders o JOIN customers c ON c.id = o.customer_id")
               + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where) + QStringLiteral(" ORDER BY ")
               + order.innerOrder + QStringLiteral(" LIMIT ") + sql.bind(limit)
               + QStringLiteral(") p JOIN order_lines l ON l.order_id = p.id GROUP BY ") + pageColumns
               + QStringLiteral(" ORDER BY ") + order.outerOrder;
    Statement q = prepared(sql.text);
    for (const auto& [name, value] : std::as_const(sql.values))
        q.bindValue(name, value);
    if (!q.exec())
        return rows;
    while (q.next())
        rows << readOrderRow(q);
    return rows;
}

int OrderQueries::countOrders(const OrderFilter& filter)
{
    if (filter.numbers && !loadSelection(*filter.numbers))
        return 0;
    Sql sql;
    const QString where = orderWhere(sql, filter);
    sql.text = QStringLiteral("SELECT COUNT(*) FROM orders o JOIN customers c ON c.id = o.customer_id")
               + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where);
    Statement q = prepared(sql.text);
    for (const auto& [name, value] : std::as_const(sql.values))
        q.bindValue(name, value);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

std::optional<OrderRow> OrderQueries::orderRow(const QString& number)
{
    Statement q = prepared(
        QStringLiteral("SELECT ") + orderColumns
        + QStringLiteral(
            ", COUNT(l.id), SUM(l.qty), SUM(l.qty_allocated), SUM(l.qty_shipped), SUM(l.qty_waiting), "
            "SUM(l.qty_cancelled), SUM((l.qty - l.qty_cancelled) * l.unit_price_minor), "
            "MAX(CASE WHEN l.qty_waiting > 0 THEN l.promised_date END), "
            "SUM(CASE WHEN l.qty_waiting > 0 AND l.promised_date IS NULL THEN 1 ELSE 0 END) "
            "FROM orders o JOIN customers c ON c.id = o.customer_id JOIN order_lines l ON l.order_id = o.id "
            "WHERE o.order_number = :number GROUP BY ")
        + orderColumns);
    q.bindValue(QStringLiteral(":number"), number);
    if (q.exec() && q.next())
        return readOrderRow(q);
    return std::nullopt;
}

QList<mail::OutboxRow> OrderQueries::messagesForOrder(qint64 orderId)
{
    QList<mail::OutboxRow> rows;
    Statement q = prepared(QStringLiteral("SELECT ") + messageColumns
                            + QStringLiteral("WHERE m.order_id = :order ORDER BY m.created_at, m.id"));
    q.bindValue(QStringLiteral(":order"), orderId);
    if (q.exec()) {
        while (q.next())
            rows << readMessage(q);
    }
    return rows;
}

QList<mail::OutboxRow> OrderQueries::messagesForCustomer(qint64 customerId)
{
    QList<mail::OutboxRow> rows;
    Statement q = prepared(QStringLiteral("SELECT ") + messageColumns
                            + QStringLiteral("WHERE m.customer_id = :customer ORDER BY m.created_at, m.id"));
    q.bindValue(QStringLiteral(":customer"), customerId);
    if (q.exec()) {
        while (q.next())
            rows << readMessage(q);
    }
    return rows;
}

QList<CustomerRow> OrderQueries::customers(const CustomerFilter& filter, const CustomerRow* after, int limit)
{
    Sql sql;
    QStringList where;
    const QString search = filter.search.trimmed();
    if (!search.isEmpty())
        where << QStringLiteral("(c.email LIKE ") + sql.bind(likeContains(search))
                     + QStringLiteral(" ESCAPE '\\' OR c.name LIKE ") + sql.bind(likeContains(search))
                     + QStringLiteral(" ESCAPE '\\' OR c.phone LIKE ") + sql.bind(likeContains(search))
                     + QStringLiteral(" ESCAPE '\\')");
    if (filter.onlyWaiting)
        where << QStringLiteral("EXISTS (SELECT 1 FROM orders o JOIN order_lines l ON l.order_id = o.id "
                                "WHERE o.customer_id = c.id AND l.qty_waiting > 0)");
    const QString dir = filter.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString beyond = filter.descending ? QStringLiteral(" < ") : QStringLiteral(" > ");
    const QString reach = filter.descending ? QStringLiteral(" <= ") : QStringLiteral(" >= ");
    QString order;
    if (filter.sort == CustomerFilter::Sort::Name) {
        order = QStringLiteral("c.name") + dir + QStringLiteral(", c.id") + dir;
        if (after)
            where << QStringLiteral("c.name") + reach + sql.bind(after->name) + QStringLiteral(" AND (c.name")
                         + beyond + sql.bind(after->name) + QStringLiteral(" OR c.id") + beyond + sql.bind(after->id)
                         + QStringLiteral(")");
    } else {
        order = QStringLiteral("c.email") + dir;
        if (after)
            where << QStringLiteral("c.email") + beyond + sql.bind(after->email);
    }
    sql.text = QStringLiteral("SELECT ") + customerColumns
               + (where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")))
               + QStringLiteral(" ORDER BY ") + order + QStringLiteral(" LIMIT ") + sql.bind(limit);
    Statement q = prepared(sql.text);
    for (const auto& [name, value] : std::as_const(sql.values))
        q.bindValue(name, value);
    QList<CustomerRow> rows;
    if (!q.exec())
        return rows;
    while (q.next())
        rows << readCustomerRow(q);
    return rows;
}

std::optional<CustomerRow> OrderQueries::customerRow(const QString& email)
{
    Statement q = prepared(QStringLiteral("SELECT ") + customerColumns + QStringLiteral("WHERE c.email = :email"));
    q.bindValue(QStringLiteral(":email"), email);
    if (q.exec() && q.next())
        return readCustomerRow(q);
    return std::nullopt;
}

QList<CustomerWaitingLine> OrderQueries::waitingLinesOfCustomer(qint64 customerId)
{
    // The position counts the lines ahead in the item's queue, in the order of its index
    // (priority first, then oldest).
    Statement q = prepared(QStringLiteral(
        "SELECT l.order_number, i.sku, i.name, l.placed_at, l.qty_waiting, l.promised_date, "
        "(SELECT COUNT(*) FROM order_lines a WHERE a.item_id = l.item_id AND a.qty_waiting > 0 AND "
        "(a.priority > l.priority OR (a.priority = l.priority AND (a.placed_at < l.placed_at OR "
        "(a.placed_at = l.placed_at AND (a.order_number < l.order_number OR "
        "(a.order_number = l.order_number AND a.line_no < l.line_no))))))) + 1 "
        "FROM orders o JOIN order_lines l ON l.order_id = o.id JOIN items i ON i.id = l.item_id "
        "WHERE o.customer_id = :customer AND l.qty_waiting > 0 "
        "ORDER BY l.placed_at, l.order_number, l.line_no"));
    q.bindValue(QStringLiteral(":customer"), customerId);
    QList<CustomerWaitingLine> rows;
    if (!q.exec())
        return rows;
    while (q.next()) {
        CustomerWaitingLine w;
        w.orderNumber = q.value(0).toString();
        w.sku = q.value(1).toString();
        w.itemName = q.value(2).toString();
        w.placedAt = dateTimeOf(q.value(3));
        w.qtyWaiting = q.value(4).toInt();
        w.promisedDate = dateOf(q.value(5));
        w.position = q.value(6).toInt();
        rows << w;
    }
    return rows;
}

QString OrderQueries::suggestOrderNumber()
{
    QString last;
    {
        Statement q = prepared(QStringLiteral("SELECT order_number FROM orders ORDER BY id DESC LIMIT 1"));
        if (!q.exec() || !q.next())
            return QStringLiteral("1001");
        last = q.value(0).toString();
    }
    qsizetype digits = last.size();
    while (digits > 0 && last.at(digits - 1).isDigit())
        --digits;
    if (digits == last.size() || last.size() - digits > 18)
        return {};
    const QString prefix = last.left(digits);
    const int width = int(last.size() - digits);
    qint64 n = last.mid(digits).toLongLong();
    Statement exists = prepared(QStringLiteral("SELECT 1 FROM orders WHERE order_number = :number"));
    for (int tries = 0; tries < 100; ++tries) {
        const QString candidate = prefix + QStringLiteral("%1").arg(++n, width, 10, QLatin1Char('0'));
        exists.bindValue(QStringLiteral(":number"), candidate);
        if (!exists.exec())
            return {};
        const bool taken = exists.next();
        exists.finish();
        if (!taken)
            return candidate;
    }
    return {};
}

QList<Customer> OrderQueries::customersStartingWith(const QString& prefix, int limit)
{
    Statement q = prepared(QStringLiteral("SELECT id, email, name FROM customers WHERE email >= :from AND email < :to "
                                           "ORDER BY email LIMIT :limit"));
    q.bindValue(QStringLiteral(":from"), prefix);
    q.bindValue(QStringLiteral(":to"), prefixEnd(prefix));
    q.bindValue(QStringLiteral(":limit"), limit);
    QList<Customer> rows;
    if (!q.exec())
        return rows;
    while (q.next()) {
        Customer c;
        c.id = q.value(0).toLongLong();
        c.email = q.value(1).toString();
        c.name = q.value(2).toString();
        rows << c;
    }
    return rows;
}

QStringList OrderQueries::skusStartingWith(const QString& prefix, int limit)
{
    Statement q = prepared(
        QStringLiteral("SELECT sku FROM items WHERE sku >= :from AND sku < :to ORDER BY sku LIMIT :limit"));
    q.bindValue(QStringLiteral(":from"), prefix);
    q.bindValue(QStringLiteral(":to"), prefixEnd(prefix));
    q.bindValue(QStringLiteral(":limit"), limit);
    QStringList rows;
    if (!q.exec())
        return rows;
    while (q.next())
        rows << q.value(0).toString();
    return rows;
}

} // namespace bd::store
