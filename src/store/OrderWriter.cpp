#include "OrderWriter.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/OrderStore.h"
#include "store/Search.h"
#include "store/Sql.h"

#include <QStringList>

using bd::core::Result;
using bd::core::Status;
using namespace bd::store::sql;

namespace bd::store {

namespace {

// Queued orders and lines a flush may hold: bounded memory for any import.
constexpr qsizetype FullOrders = 256;
constexpr qsizetype FullLines = 1024;

} // namespace

OrderWriter::OrderWriter(Database& db)
    : m_statements(db, nullptr)
{
}

void OrderWriter::addCustomer(const domain::Customer& customer)
{
    m_customers << customer;
}

void OrderWriter::addOrder(const domain::Order& order, const QList<Line>& lines)
{
    QList<domain::OrderLine> written;
    written.reserve(lines.size());
    for (const Line& line : lines)
        written << line.line;
    m_orders << QueuedOrder{order, lines, domain::OrderSums::of(written)};
    m_lines += lines.size();
}

void OrderWriter::addEvent(const QString& kind, qint64 itemId, const QString& details)
{
    Q_ASSERT(!m_orders.isEmpty());
    m_events << QueuedEvent{m_orders.size() - 1, 0, 0, itemId, kind, details};
}

void OrderWriter::addEvent(const QString& kind, qint64 orderId, qint64 itemId, qint64 customerId, const QString& details)
{
    m_events << QueuedEvent{-1, orderId, customerId, itemId, kind, details};
}

void OrderWriter::addToCounters(qint64 itemId, int allocated, int waiting)
{
    if (allocated == 0 && waiting == 0)
        return;
    auto it = m_counters.find(itemId);
    if (it == m_counters.end()) {
        m_counters.insert(itemId, {allocated, waiting});
        m_counterOrder << itemId;
        return;
    }
    it->first += allocated;
    it->second += waiting;
}

bool OrderWriter::full() const
{
    return m_orders.size() >= FullOrders || m_lines >= FullLines;
}

bool OrderWriter::isEmpty() const
{
    return !hasRows() && m_counters.isEmpty();
}

bool OrderWriter::hasRows() const
{
    return !m_customers.isEmpty() || !m_orders.isEmpty() || !m_events.isEmpty();
}

void OrderWriter::clear()
{
    clearRows();
    m_counters.clear();
    m_counterOrder.clear();
}

void OrderWriter::clearRows()
{
    m_customers.clear();
    m_orders.clear();
    m_events.clear();
    m_lines = 0;
}

Result<OrderWriter::Written> OrderWriter::flush(const QDateTime& at, Counters counters)
{
    const QString when = core::toIso(at);
    Written written;
    Status s = writeCustomers(when, written);
    if (s.ok())
        s = writeOrders(when, written);
    if (s.ok())
        s = writeLines(when, written);
    if (s.ok())
        s = writeEvents(when, written);
    if (s.ok() && counters == Counters::Write)
        s = writeCounters();
    if (!s.ok() || counters == Counters::Write)
        clear();
    else
        clearRows();
    if (!s.ok())
        return s.errors();
    return written;
}

Status OrderWriter::writeCustomers(const QString& at, Written& written)
{
    return writeRows(
        m_statements,
        QStringLiteral("INSERT INTO customers (email, name, phone, address, created_at, search_text) VALUES "),
        QStringLiteral("(?, ?, ?, ?, ?, ?)"), QStringLiteral(" RETURNING id, email"), m_customers.size(), 256,
        [&](RowBinds& q, qsizetype i, int& p) {
            const domain::Customer& c = m_customers.at(i);
            q.bindValue(p++, c.email);
            q.bindValue(p++, c.name);
            q.bindValue(p++, c.phone);
            q.bindValue(p++, c.address);
            q.bindValue(p++, at);
            q.bindValue(p++, customerSearchText(c.email, c.name, c.phone));
        },
        [&](const RowValues& q) { written.customers.insert(q.value(1).toString(), q.value(0).toLongLong()); });
}

Status OrderWriter::writeOrders(const QString& at, Written& written)
{
    for (QueuedOrder& queued : m_orders) {
        if (queued.order.customerId <= 0)
            queued.order.customerId = written.customers.value(queued.order.customerEmail);
    }
    return writeRows(
        m_statements,
        QStringLiteral("INSERT INTO orders (") + OrderStore::newOrderColumns() + QStringLiteral(") VALUES "),
        OrderStore::newOrderPlaceholders(), QStringLiteral(" RETURNING id, order_number"), m_orders.size(), 256,
        [&](RowBinds& q, qsizetype i, int& p) {
            const QueuedOrder& queued = m_orders.at(i);
            for (const QVariant& value : OrderStore::newOrderValues(queued.order, queued.sums, at))
                q.bindValue(p++, value);
        },
        [&](const RowValues& q) { written.orders.insert(q.value(1).toString(), q.value(0).toLongLong()); });
}

Status OrderWriter::writeLines(const QString& at, Written& written)
{
    struct Ref
    {
        const domain::Order* order;
        const Line* line;
    };
    QList<Ref> lines;
    lines.reserve(m_lines);
    for (QueuedOrder& queued : m_orders) {
        queued.order.id = written.orders.value(queued.order.number);
        for (const Line& line : std::as_const(queued.lines))
            lines << Ref{&queued.order, &line};
    }
    const QVariant noTime(QMetaType::fromType<QString>());
    const Status inserted = writeRows(
        m_statements,
        QStringLiteral("INSERT INTO order_lines (order_id, line_no, item_id, qty, unit_price_minor, qty_allocated, "
                       "qty_waiting, backordered_qty, priority, placed_at, order_number, promised_date, told_date, "
                       "filled_at, customer_id) VALUES "),
        QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        QStringLiteral(" RETURNING id, order_id, line_no"), lines.size(), 256,
        [&](RowBinds& q, qsizetype i, int& p) {
            const domain::Order& order = *lines.at(i).order;
            const domain::OrderLine& line = lines.at(i).line->line;
            q.bindValue(p++, order.id);
            q.bindValue(p++, line.lineNo);
            q.bindValue(p++, line.itemId);
            q.bindValue(p++, line.qty);
            q.bindValue(p++, line.unitPriceMinor);
            q.bindValue(p++, line.allocated);
            q.bindValue(p++, line.waiting);
            q.bindValue(p++, line.waiting);
            q.bindValue(p++, order.priority ? 1 : 0);
            q.bindValue(p++, core::toIso(order.placedAt));
            q.bindValue(p++, order.number);
            q.bindValue(p++, orNull(line.promisedDate));
            q.bindValue(p++, orNull(line.toldDate));
            q.bindValue(p++, line.waiting == 0 ? QVariant(at) : noTime);
            q.bindValue(p++, order.customerId);
        },
        [&](const RowValues& q) {
            written.lines.insert({q.value(1).toLongLong(), q.value(2).toInt()}, q.value(0).toLongLong());
        });
    if (!inserted.ok())
        return inserted;
    QList<Ref> fromStock;
    for (const Ref& ref : std::as_const(lines)) {
        if (ref.line->fromStock && ref.line->line.allocated > 0)
            fromStock << ref;
    }
    return writeRows(
        m_statements,
        QStringLiteral("INSERT INTO allocations (order_line_id, item_id, qty, source, receipt_line_id, created_at) "
                       "VALUES "),
        QStringLiteral("(?, ?, ?, 'stock', NULL, ?)"), QString(), fromStock.size(), 256,
        [&](RowBinds& q, qsizetype i, int& p) {
            const domain::OrderLine& line = fromStock.at(i).line->line;
            q.bindValue(p++, written.lines.value({fromStock.at(i).order->id, line.lineNo}));
            q.bindValue(p++, line.itemId);
            q.bindValue(p++, line.allocated);
            q.bindValue(p++, at);
        });
}

Status OrderWriter::writeEvents(const QString& at, const Written&)
{
    return writeRows(
        m_statements,
        QStringLiteral("INSERT INTO events (at, kind, order_id, item_id, customer_id, details) VALUES "),
        QStringLiteral("(?, ?, ?, ?, ?, ?)"), QString(), m_events.size(), 256,
        [&](RowBinds& q, qsizetype i, int& p) {
            const QueuedEvent& e = m_events.at(i);
            const domain::Order* order = e.order >= 0 ? &m_orders.at(e.order).order : nullptr;
            q.bindValue(p++, at);
            q.bindValue(p++, e.kind);
            q.bindValue(p++, orNull(order ? order->id : e.orderId));
            q.bindValue(p++, orNull(e.itemId));
            q.bindValue(p++, orNull(order ? order->customerId : e.customerId));
            q.bindValue(p++, e.details);
        });
}

Status OrderWriter::writeCounters()
{
    // VALUES names its columns column1, column2, ... on both engines.
    return writeRows(
        m_statements,
        QStringLiteral("UPDATE items SET allocated = allocated + v.column2, waiting = waiting + v.column3 FROM (VALUES "),
        QStringLiteral("(CAST(? AS BIGINT), CAST(? AS INTEGER), CAST(? AS INTEGER))"),
        QStringLiteral(") AS v WHERE items.id = v.column1"), m_counterOrder.size(), 256,
        [&](RowBinds& q, qsizetype i, int& p) {
            const qint64 item = m_counterOrder.at(i);
            const std::pair<int, int> units = m_counters.value(item);
            q.bindValue(p++, item);
            q.bindValue(p++, units.first);
            q.bindValue(p++, units.second);
        });
}

} // namespace bd::store
