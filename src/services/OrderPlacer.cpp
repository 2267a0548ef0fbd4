#include "OrderPlacer.h"

#include "core/Clock.h"
#include "core/Text.h"
#include "domain/Rules.h"
#include "store/Config.h"
#include "store/CustomerStore.h"
#include "store/EventStore.h"
#include "store/ItemStore.h"
#include "store/LedgerStore.h"
#include "store/OrderStore.h"
#include "store/OrderWriter.h"
#include "store/PurchaseStore.h"
#include "store/QueueStore.h"

using bd::core::Error;
using bd::core::Errors;
using bd::core::Result;
using bd::core::Status;
using namespace bd::domain;

namespace bd::services {

OrderPlacer::OrderPlacer(Shop& shop, DirtyItems& dirty)
    : m_shop(shop)
    , m_dirty(dirty)
    , m_now(shop.now())
    , m_currency(shop.config().text(store::settings::ShopCurrency))
{
    Q_ASSERT(m_shop.orderWriter().isEmpty());
}

OrderPlacer::~OrderPlacer()
{
    // What was never flushed is not written (a refused import): the writer is the shop's.
    m_shop.orderWriter().clear();
}

namespace {

// What `cache` holds under `key`, read with `load` the first time and kept (as `keep`
// makes it); nullptr when there is none.
template<typename Kept, typename Load, typename Keep>
Result<Kept*> cached(QHash<QString, Kept>& cache, const QString& key, Load load, Keep keep)
{
    if (auto it = cache.find(key); it != cache.end())
        return &it.value();
    const auto found = load(key);
    if (!found)
        return found.errors();
    if (!found.value())
        return static_cast<Kept*>(nullptr);
    return &cache.insert(key, keep(*found.value())).value();
}

} // namespace

Result<Item*> OrderPlacer::item(const QString& sku)
{
    return cached(
        m_items, sku, [&](const QString& key) { return m_shop.items().itemBySku(key); },
        [](const Item& found) { return found; });
}

Result<OrderPlacer::QueueBefore*> OrderPlacer::queueBefore(qint64 itemId, int waitingBefore)
{
    if (const auto known = m_queues.find(itemId); known != m_queues.end())
        return &*known;
    const Result<QString> last = m_shop.queue().lastWaitingPlacedAt(itemId);
    if (!last)
        return last.errors();
    Result<QList<Incoming>> incoming = m_shop.purchases().incoming(itemId);
    if (!incoming)
        return incoming.errors();
    QueueBefore queue;
    queue.lastPlacedAt = last.value();
    queue.incoming = incoming.takeValue();
    queue.waiting = waitingBefore;
    return &*m_queues.insert(itemId, queue);
}

Result<std::optional<qint64>> OrderPlacer::unitsAhead(QueueBefore& queue, qint64 itemId, const QDateTime& placedAt)
{
    const QString at = core::toIso(placedAt);
    if (at > queue.lastPlacedAt)
        return std::optional<qint64>(queue.waiting); // behind every line
    if (!queue.listed) {
        // Read once, in queue order, placed times as seconds (a few bytes a line).
        queue.listed = true;
        const Status read = m_shop.queue().forEachQueuedPlacement(itemId, [&](const QString& placed, int waiting,
                                                                              bool front) {
            if (front) {
                queue.frontUnits += waiting;
                return;
            }
            const QDateTime time = core::parseIsoDateTime(placed);
            queue.orderly = queue.orderly && time.isValid() && core::toIso(time) == placed
                            && (queue.placedSecs.isEmpty() || queue.placedSecs.constLast() <= time.toSecsSinceEpoch());
            queue.placedSecs << time.toSecsSinceEpoch();
            queue.upTo << (queue.upTo.isEmpty() ? queue.frontUnits : queue.upTo.constLast()) + waiting;
        });
        if (!read.ok())
            return read.errors();
        if ((queue.upTo.isEmpty() ? queue.frontUnits : queue.upTo.constLast()) != queue.waiting)
            queue.orderly = false; // the lines do not add up to the item's count: promise nothing
    }
    if (!queue.orderly)
        return std::optional<qint64>();
    // The lines placed before it are ahead; one of the same second may be either side.
    const qint64 secs = placedAt.toSecsSinceEpoch();
    const auto first = std::lower_bound(queue.placedSecs.cbegin(), queue.placedSecs.cend(), secs);
    if (first != queue.placedSecs.cend() && *first == secs)
        return std::optional<qint64>();
    const qsizetype before = first - queue.placedSecs.cbegin();
    return std::optional<qint64>(before == 0 ? queue.frontUnits : queue.upTo.at(before - 1));
}

Result<OrderPlacer::KnownCustomer*> OrderPlacer::customer(const QString& email)
{
    return cached(
        m_customers, email, [&](const QString& key) { return m_shop.customers().customerByEmail(key); },
        [](const Customer& found) { return KnownCustomer{found.id, found.name}; });
}

Result<PlacedOrder> OrderPlacer::place(const NewOrder& order)
{
    Errors errors;
    auto problem = [&](int line, const QString& field, const QString& message) {
        errors << Error::at(order.sourceFile, line > 0 ? line : order.sourceLine, field, message);
    };
    // Before the order's text is read with (a server refuses a NUL in a query's value).
    if (Status s = core::Text::checkFields({ { QStringLiteral("order_number"), order.number },
                                             { QStringLiteral("customer_email"), order.customerEmail },
                                             { QStringLiteral("customer_name"), order.customerName },
                                             { QStringLiteral("ship_to_name"), order.shipToName },
                                             { QStringLiteral("ship_to_address"), order.shipToAddress,
                                               core::TextKind::MultiLine } },
                                           order.sourceFile, order.sourceLine);
        !s.ok())
        return s.errors();
    if (order.number.trimmed().isEmpty()) {
        problem(order.sourceLine, QStringLiteral("order_number"), tr("an order needs an order number"));
    } else {
        bool exists = m_queuedNumbers.contains(order.number);
        if (!exists) {
            const Result<bool> stored = m_shop.orders().orderExists(order.number);
            if (!stored)
                return stored.errors();
            exists = stored.value();
        }
        if (exists)
            problem(order.sourceLine, QStringLiteral("order_number"), tr("order %1 exists already").arg(order.number));
    }
    if (!domain::isEmailAddress(order.customerEmail))
        problem(order.sourceLine, QStringLiteral("customer_email"),
                tr("'%1' is not an e-mail address").arg(order.customerEmail));
    if (!order.placedAt.isValid())
        problem(order.sourceLine, QStringLiteral("placed_at"), tr("the order needs a valid time it was placed"));
    if (!order.cardLast4.isEmpty() && !isCardLast4(order.cardLast4))
        problem(order.sourceLine, QStringLiteral("card_last4"),
                tr("only the last four digits of a card are kept, never the card number"));
    if (!order.cardExpiry.isEmpty() && !isValidCardExpiry(order.cardExpiry))
        problem(order.sourceLine, QStringLiteral("card_expiry"),
                tr("'%1' is not a card expiry month (YYYY-MM or MM/YY)").arg(order.cardExpiry));
    if (order.lines.isEmpty())
        problem(order.sourceLine, QStringLiteral("sku"), tr("order %1 has no lines").arg(order.number));

    // Work the whole order out first, against copies of its items, so a refusal
    // changes nothing.
    QHash<QString, Item> items;
    PlacedOrder placed{order.number, {}};
    QList<store::OrderWriter::Line> lines;
    QList<bool> shippedByShop; // by line, the web shop shipped it already
    int lineNo = 0;
    for (const NewOrderLine& in : order.lines) {
        ++lineNo;
        if (in.qty <= 0) {
            problem(in.sourceLine, QStringLiteral("qty"), tr("quantity must be a whole number above 0, not %1").arg(in.qty));
            continue;
        }
        if (in.unitPriceMinor && *in.unitPriceMinor < 0) {
            problem(in.sourceLine, QStringLiteral("unit_price"), tr("a price cannot be negative"));
            continue;
        }
        if (Status s = core::Text::checkFields({ { QStringLiteral("sku"), in.sku } }, order.sourceFile,
                                               in.sourceLine > 0 ? in.sourceLine : order.sourceLine);
            !s.ok()) {
            errors << s.errors();
            continue;
        }
        if (!items.contains(in.sku)) {
            const Result<Item*> known = item(in.sku);
            if (!known)
                return known.errors(); // the database failed, not the order
            if (!known.value()) {
                problem(in.sourceLine, QStringLiteral("sku"), tr("unknown SKU '%1'").arg(in.sku));
                continue;
            }
            items.insert(in.sku, *known.value());
        }
        Item& item = items[in.sku];
        // Stock nobody counts never runs out: the whole line is ready at once. A line
        // the shop shipped already is history: it takes nothing from the stock here.
        const bool countsStock = item.tracked && !in.shippedByShop;
        const int available = countsStock ? item.available() : in.qty;
        const int allocated = std::min(in.qty, available);
        const int waiting = in.qty - allocated;
        if (waiting > 0) {
            if (item.policy == Policy::Stop) {
                problem(in.sourceLine, QStringLiteral("qty"),
                        tr("%1: %2 ordered but only %3 available, and the item is not sold on backorder")
                            .arg(in.sku)
                            .arg(in.qty)
                            .arg(available));
                continue;
            }
            if (item.backorderLimit && item.waiting + waiting > *item.backorderLimit) {
                problem(in.sourceLine, QStringLiteral("qty"),
                        tr("%1: %2 ordered, %3 available; %4 would wait but only %5 more may wait "
                           "(backorder limit %6)")
                            .arg(in.sku)
                            .arg(in.qty)
                            .arg(available)
                            .arg(waiting)
                            .arg(std::max(0, *item.backorderLimit - item.waiting))
                            .arg(*item.backorderLimit));
                continue;
            }
        }
        if (countsStock) {
            item.allocated += allocated;
            item.waiting += waiting;
        }
        store::OrderWriter::Line line;
        if (countsStock && waiting > 0) {
            // A waiting line is promised, and told, the date its place gives it as it is
            // written, so an import does not write every date twice: ahead of it are the
            // units that waited before the placer and were placed before it, and every
            // unit the placer made wait since (orders are placed in the queue's order).
            // The refresh at the end of the action still works every line out; it finds
            // nothing to change here. A line whose place is not known exactly is left to it.
            const Result<QueueBefore*> queue = queueBefore(item.id, item.waiting - waiting);
            if (!queue)
                return queue.errors();
            const Result<std::optional<qint64>> ahead = unitsAhead(*queue.value(), item.id, order.placedAt);
            if (!ahead)
                return ahead.errors();
            if (ahead.value()) {
                const qint64 upTo = *ahead.value() + item.waiting - queue.value()->waiting;
                const PromiseBasis basis = PromiseBasis::of(item);
                line.line.promisedDate = promisedDateAt(upTo, queue.value()->incoming, basis.fallback, basis.notBefore);
                line.line.toldDate = line.line.promisedDate;
            }
        }
        line.line.lineNo = lineNo;
        line.line.itemId = item.id;
        line.line.sku = item.sku;
        line.line.qty = in.qty;
        line.line.unitPriceMinor = in.unitPriceMinor.value_or(item.priceMinor);
        line.line.allocated = allocated;
        line.line.waiting = waiting;
        line.fromStock = countsStock;
        lines << line;
        shippedByShop << in.shippedByShop;
        placed.lines << PlacedLine{item.sku, in.qty, allocated, waiting, {}};
    }
    if (!errors.isEmpty())
        return errors;

    // The order stands: its items' counters as it leaves them.
    for (auto it = items.cbegin(); it != items.cend(); ++it)
        m_items.insert(it.key(), it.value());
    store::OrderWriter& writer = m_shop.orderWriter();
    Order row;
    const Result<KnownCustomer*> known = customer(order.customerEmail);
    if (!known)
        return known.errors();
    if (const KnownCustomer* c = known.value()) {
        if (!order.customerName.isEmpty() && order.customerName != c->name) {
            // A customer's new name is written in its turn, after what came before. (The
            // write may let the cache go: `c` is not used after it.)
            if (const auto written = write(store::OrderWriter::Counters::Keep); !written)
                return written.errors();
            const Result<qint64> id = m_shop.customers().upsertCustomer(
                Customer{0, order.customerEmail, order.customerName, {}, {}}, m_now);
            if (!id)
                return id.errors();
            m_customers.insert(order.customerEmail, KnownCustomer{id.value(), order.customerName});
            row.customerId = id.value();
        } else {
            row.customerId = c->id;
        }
    } else {
        writer.addCustomer(Customer{0, order.customerEmail, order.customerName, {}, {}});
        m_customers.insert(order.customerEmail, KnownCustomer{0, order.customerName});
    }
    row.number = order.number;
    row.placedAt = order.placedAt;
    row.customerEmail = order.customerEmail;
    row.currency = m_currency;
    row.payment = order.payment;
    row.cardLast4 = order.cardLast4;
    row.cardExpiry = domain::cardExpiryMonth(order.cardExpiry).value_or(QString()); // checked above
    row.authorizedAt = order.authorizedAt.isValid() || order.payment != PaymentState::Authorized ? order.authorizedAt
                                                                                                  : order.placedAt;
    row.shipToName = order.shipToName;
    row.shipToAddress = order.shipToAddress;
    row.holdUntilComplete = order.holdUntilComplete;
    writer.addOrder(row, lines);
    m_queuedNumbers.insert(order.number);
    int waitingUnits = 0;
    QList<OrderLine> shipped;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const OrderLine& line = lines.at(i).line;
        if (shippedByShop.at(i)) {
            shipped << line;
            continue;
        }
        if (!lines.at(i).fromStock)
            continue;
        writer.addToCounters(line.itemId, line.allocated, line.waiting);
        if (line.waiting > 0) {
            waitingUnits += line.waiting;
            m_dirty.insert(line.itemId);
            writer.addEvent(QStringLiteral("backordered"), line.itemId,
                            QStringLiteral("%1 of %2 x %3 wait").arg(line.waiting).arg(line.qty).arg(line.sku));
        }
    }
    const QString placedDetails =
        QStringLiteral("%1 lines, %2 units waiting").arg(lines.size()).arg(waitingUnits);
    if (shipped.isEmpty()) {
        writer.addEvent(QStringLiteral("placed"), 0, placedDetails);
    } else {
        // The shipment names the lines: they are written first.
        const Result<store::OrderWriter::Written> written = write(store::OrderWriter::Counters::Keep);
        if (!written)
            return written.errors();
        row.id = written->orders.value(row.number);
        if (row.customerId <= 0)
            row.customerId = written->customers.value(order.customerEmail);
        for (OrderLine& line : shipped)
            line.id = written->lines.value({row.id, line.lineNo});
        if (Status s = recordShippedByShop(row, shipped, waitingUnits > 0 || shipped.size() < lines.size()); !s.ok())
            return s.errors();
        writer.addEvent(QStringLiteral("placed"), row.id, 0, row.customerId, placedDetails);
    }
    if (writer.full()) {
        if (const auto written = write(store::OrderWriter::Counters::Keep); !written)
            return written.errors();
    }
    return placed;
}

Status OrderPlacer::flush()
{
    return write(store::OrderWriter::Counters::Write);
}

Result<store::OrderWriter::Written> OrderPlacer::write(store::OrderWriter::Counters counters)
{
    store::OrderWriter& writer = m_shop.orderWriter();
    if (writer.isEmpty() || (counters == store::OrderWriter::Counters::Keep && !writer.hasRows()))
        return store::OrderWriter::Written();
    Result<store::OrderWriter::Written> written = writer.flush(m_now, counters);
    m_queuedNumbers.clear();
    if (!written)
        return written;
    // The customers seen are a cache: once all are written, a long file's many
    // customers are let go rather than held to its end.
    constexpr qsizetype KeptCustomers = 16384;
    if (m_customers.size() > KeptCustomers)
        m_customers.clear();
    else {
        for (auto it = written->customers.cbegin(); it != written->customers.cend(); ++it)
            m_customers[it.key()].id = it.value();
    }
    return written;
}

// The lines the web shop shipped before the order came here: one shipment, no stock
// movement (the shop's stock never held them here) and no e-mail (the customer has it).
Status OrderPlacer::recordShippedByShop(const Order& order, const QList<OrderLine>& lines, bool partial)
{
    store::LedgerStore& ledger = m_shop.ledger();
    const Result<qint64> shipment =
        ledger.insertShipment(order.id, m_now, QString(), partial, order.payment != PaymentState::Captured);
    if (!shipment)
        return shipment.errors();
    for (OrderLine line : lines) {
        if (Status s = ledger.insertShipmentLine(shipment.value(), line.id, line.qty); !s.ok())
            return s;
        line.shipped = line.qty;
        line.allocated = 0;
        if (Status s = m_shop.orders().updateLineQuantities(line, m_now); !s.ok())
            return s;
    }
    return m_shop.events().addEvent(m_now, QStringLiteral("shipped by the shop"), order.id, 0, order.customerId,
                                    tr("%n line(s) shipped by the web shop before the order was imported", nullptr,
                                       int(lines.size())));
}

} // namespace bd::services
