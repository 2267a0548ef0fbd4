#include "OrderService.h"

#include "core/Text.h"
#include "domain/Rules.h"
#include "mail/Outbox.h"
#include "services/PromiseService.h"
#include "services/StockService.h"
#include "store/CustomerStore.h"
#include "store/EventStore.h"
#include "store/ItemStore.h"
#include "store/LedgerStore.h"
#include "store/OrderStore.h"

#include <QHash>
#include <QRegularExpression>

using bd::core::Error;
using bd::core::Errors;
using bd::core::Result;
using bd::core::Status;
using namespace bd::domain;

namespace bd::services {

namespace {

bool isLast4(const QString& text)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{4}$"));
    return digits.match(text).hasMatch();
}

// The reason is the shop's one-line record; the message to the customer is text on
// several lines.
Status checkCancellationText(const QString& reason, const QString& customerMessage)
{
    return core::Text::checkFields({ { QStringLiteral("reason"), reason },
                                     { QStringLiteral("message"), customerMessage, core::TextKind::MultiLine } });
}

} // namespace

Result<Order> OrderService::findOrder(const QString& orderNumber)
{
    return store::required(m_shop.orders().orderByNumber(orderNumber),
                           [&] { return core::fail(tr("unknown order '%1'").arg(orderNumber)); });
}

Result<PlacedOrder> OrderService::place(const NewOrder& order)
{
    std::optional<PlacedOrder> placed;
    const Status status = m_shop.transact([&](DirtyItems& dirty) -> Status {
        Result<PlacedOrder> r = placeWithin(order, dirty);
        if (!r)
            return r.errors();
        placed = r.takeValue();
        return {};
    });
    if (!status.ok())
        return status.errors();
    return *placed;
}

Result<PlacedOrder> OrderService::preview(const NewOrder& order)
{
    std::optional<PlacedOrder> placed;
    const Status status = m_shop.transact(
        [&](DirtyItems& dirty) -> Status {
            Result<PlacedOrder> r = placeWithin(order, dirty);
            if (!r)
                return r.errors();
            placed = r.takeValue();
            // Work the queue's dates out now, to read the new lines' promises before
            // everything is rolled back.
            if (Status s = PromiseService(m_shop).refresh(dirty); !s.ok())
                return s;
            dirty.clear();
            const store::Found<Order> saved = m_shop.orders().orderByNumber(order.number);
            if (!saved)
                return saved.errors();
            if (saved.value()) {
                for (PlacedLine& line : placed->lines) {
                    for (const OrderLine& l : saved.value()->lines) {
                        if (l.sku == line.sku && line.waiting > 0)
                            line.promised = l.promisedDate;
                    }
                }
            }
            return {};
        },
        false);
    if (!status.ok())
        return status.errors();
    return *placed;
}

Result<PlacedOrder> OrderService::placeWithin(const NewOrder& order, DirtyItems& dirty)
{
    store::OrderStore& orders = m_shop.orders();
    store::LedgerStore& ledger = m_shop.ledger();
    store::EventStore& events = m_shop.events();
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
        const Result<bool> exists = orders.orderExists(order.number);
        if (!exists)
            return exists.errors();
        if (exists.value())
            problem(order.sourceLine, QStringLiteral("order_number"), tr("order %1 exists already").arg(order.number));
    }
    if (!domain::isEmailAddress(order.customerEmail))
        problem(order.sourceLine, QStringLiteral("customer_email"),
                tr("'%1' is not an e-mail address").arg(order.customerEmail));
    if (!order.placedAt.isValid())
        problem(order.sourceLine, QStringLiteral("placed_at"), tr("the order needs a valid time it was placed"));
    if (!order.cardLast4.isEmpty() && !isLast4(order.cardLast4))
        problem(order.sourceLine, QStringLiteral("card_last4"),
                tr("only the last four digits of a card are kept, never the card number"));
    if (!order.cardExpiry.isEmpty() && !isValidCardExpiry(order.cardExpiry))
        problem(order.sourceLine, QStringLiteral("card_expiry"),
                tr("'%1' is not a card expiry month (YYYY-MM or MM/YY)").arg(order.cardExpiry));
    if (order.lines.isEmpty())
        problem(order.sourceLine, QStringLiteral("sku"), tr("order %1 has no lines").arg(order.number));

    // Work the whole order out in memory first, so a refusal changes nothing.
    QHash<QString, Item> items;
    QSet<int> uncounted;     // line numbers whose units reserve no stock
    QSet<int> shippedByShop; // line numbers the web shop shipped already
    PlacedOrder placed{order.number, {}};
    QList<OrderLine> lines;
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
            const store::Found<Item> item = m_shop.items().itemBySku(in.sku);
            if (!item)
                return item.errors(); // the database failed, not the order
            if (!item.value()) {
                problem(in.sourceLine, QStringLiteral("sku"), tr("unknown SKU '%1'").arg(in.sku));
                continue;
            }
            items.insert(in.sku, *item.value());
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
        OrderLine line;
        line.lineNo = lineNo;
        line.itemId = item.id;
        line.sku = item.sku;
        line.qty = in.qty;
        line.unitPriceMinor = in.unitPriceMinor.value_or(item.priceMinor);
        line.allocated = allocated;
        line.waiting = waiting;
        if (!countsStock)
            uncounted.insert(lineNo);
        if (in.shippedByShop)
            shippedByShop.insert(lineNo);
        lines << line;
        placed.lines << PlacedLine{item.sku, in.qty, allocated, waiting, {}};
    }
    if (!errors.isEmpty())
        return errors;

    const QDateTime now = m_shop.now();
    const Result<qint64> customerId = m_shop.customers().upsertCustomer(Customer{0, order.customerEmail, order.customerName, {}, {}}, now);
    if (!customerId)
        return customerId.errors();
    Order row;
    row.number = order.number;
    row.placedAt = order.placedAt;
    row.customerId = customerId.value();
    row.currency = m_shop.config().text(store::settings::ShopCurrency);
    row.payment = order.payment;
    row.cardLast4 = order.cardLast4;
    row.cardExpiry = domain::cardExpiryMonth(order.cardExpiry).value_or(QString()); // checked above
    row.authorizedAt = order.authorizedAt.isValid() || order.payment != PaymentState::Authorized ? order.authorizedAt
                                                                                                  : order.placedAt;
    row.shipToName = order.shipToName;
    row.shipToAddress = order.shipToAddress;
    row.holdUntilComplete = order.holdUntilComplete;
    const Result<qint64> orderId = orders.insertOrder(row, now);
    if (!orderId)
        return orderId.errors();
    row.id = orderId.value();
    int waitingUnits = 0;
    QList<std::pair<OrderLine, qint64>> shipped;
    for (const OrderLine& line : std::as_const(lines)) {
        const Result<qint64> lineId = orders.insertLine(row, line, now);
        if (!lineId)
            return lineId.errors();
        if (shippedByShop.contains(line.lineNo)) {
            shipped << std::make_pair(line, lineId.value());
            continue;
        }
        if (uncounted.contains(line.lineNo))
            continue;
        if (line.allocated > 0) {
            if (Status s = ledger.insertAllocation(lineId.value(), line.itemId, line.allocated, QStringLiteral("stock"), 0, now);
                !s.ok())
                return s.errors();
        }
        if (Status s = ledger.addToItemCounters(line.itemId, 0, line.allocated, line.waiting); !s.ok())
            return s.errors();
        if (line.waiting > 0) {
            waitingUnits += line.waiting;
            dirty.insert(line.itemId);
            if (Status s = events.addEvent(now, QStringLiteral("backordered"), row.id, line.itemId, row.customerId,
                                          QStringLiteral("%1 of %2 x %3 wait").arg(line.waiting).arg(line.qty).arg(line.sku));
                !s.ok())
                return s.errors();
        }
    }
    if (!shipped.isEmpty()) {
        if (Status s = recordShippedByShop(row, shipped, waitingUnits > 0 || shipped.size() < lines.size()); !s.ok())
            return s.errors();
    }
    if (Status s = events.addEvent(now, QStringLiteral("placed"), row.id, 0, row.customerId,
                                  QStringLiteral("%1 lines, %2 units waiting").arg(lines.size()).arg(waitingUnits));
        !s.ok())
        return s.errors();
    return placed;
}

// The lines the web shop shipped before the order came here: one shipment, no stock
// movement (the shop's stock never held them here) and no e-mail (the customer has it).
Status OrderService::recordShippedByShop(const Order& order, const QList<std::pair<OrderLine, qint64>>& lines,
                                         bool partial)
{
    store::LedgerStore& ledger = m_shop.ledger();
    const QDateTime now = m_shop.now();
    const Result<qint64> shipment =
        ledger.insertShipment(order.id, now, QString(), partial, order.payment != PaymentState::Captured);
    if (!shipment)
        return shipment.errors();
    for (auto [line, lineId] : lines) {
        if (Status s = ledger.insertShipmentLine(shipment.value(), lineId, line.qty); !s.ok())
            return s;
        line.id = lineId;
        line.shipped = line.qty;
        line.allocated = 0;
        if (Status s = m_shop.orders().updateLineQuantities(line, now); !s.ok())
            return s;
    }
    return m_shop.events().addEvent(now, QStringLiteral("shipped by the shop"), order.id, 0, order.customerId,
                          tr("%n line(s) shipped by the web shop before the order was imported", nullptr,
                             int(lines.size())));
}

Status OrderService::cancel(const QString& orderNumber, const QString& sku, const QString& reason,
                            const QString& customerMessage)
{
    if (Status s = checkCancellationText(reason, customerMessage); !s.ok())
        return s;
    return m_shop.transact([&](DirtyItems& dirty) -> Status {
        const Result<Order> order = findOrder(orderNumber);
        if (!order)
            return order.errors();
        const QString why = reason.trimmed().isEmpty() ? tr("no reason given") : reason.trimmed();
        const QDateTime now = m_shop.now();
        int cancelledUnits = 0;
        bool skuFound = sku.isEmpty();
        QSet<qint64> released;
        for (OrderLine line : order->lines) {
            if (!sku.isEmpty() && line.sku != sku)
                continue;
            skuFound = true;
            const int units = line.allocated + line.waiting;
            if (units == 0)
                continue;
            // Lines of an untracked item reserve nothing: nothing to give back.
            const store::Found<Item> item = m_shop.items().itemById(line.itemId);
            if (!item)
                return item.errors();
            if (!item.value() || item.value()->tracked) {
                if (Status s = m_shop.ledger().addToItemCounters(line.itemId, 0, -line.allocated, -line.waiting); !s.ok())
                    return s;
                if (line.allocated > 0)
                    released.insert(line.itemId);
            }
            if (line.waiting > 0)
                dirty.insert(line.itemId);
            line.cancelled += units;
            line.allocated = 0;
            line.waiting = 0;
            line.cancelReason = why;
            if (Status s = m_shop.orders().updateLineQuantities(line, now); !s.ok())
                return s;
            if (Status s = m_shop.events().addEvent(now, QStringLiteral("cancelled"), order->id, line.itemId, order->customerId,
                                          QStringLiteral("%1 x %2: %3").arg(units).arg(line.sku, why));
                !s.ok())
                return s;
            cancelledUnits += units;
        }
        if (!skuFound)
            return core::fail(tr("order %1 has no line for SKU '%2'").arg(orderNumber, sku));
        if (cancelledUnits == 0)
            return core::fail(tr("order %1 has nothing left to cancel: it is shipped or cancelled already").arg(orderNumber));
        // The one "cancelled" event without an item carries what the customer is told
        // (Outbox reads it; the lines' events keep the reason).
        if (!customerMessage.trimmed().isEmpty()) {
            if (Status s = m_shop.events().addEvent(now, QStringLiteral("cancelled"), order->id, 0, order->customerId,
                                          customerMessage.trimmed());
                !s.ok())
                return s;
        }
        // Released units go to the next in line at once.
        StockService stock(m_shop);
        for (qint64 itemId : released) {
            if (Status s = stock.serveQueue(itemId, QStringLiteral("release"), 0, false, -1, dirty); !s.ok())
                return s;
        }
        return {};
    });
}

Result<std::optional<mail::RenderedMail>> OrderService::previewCancellation(const QString& orderNumber,
                                                                            const QString& sku,
                                                                            const QString& customerMessage)
{
    if (Status s = checkCancellationText({}, customerMessage); !s.ok())
        return s.errors();
    const store::Found<Order> found = m_shop.orders().orderByNumber(orderNumber);
    if (!found)
        return found.errors();
    const std::optional<Order>& order = found.value();
    if (!order)
        return core::fail(tr("unknown order '%1'").arg(orderNumber));
    return m_shop.outbox().previewCancellation(*order, sku, customerMessage);
}

Status OrderService::setPriority(const QString& orderNumber, bool priority, const QString& reason)
{
    if (Status s = core::Text::checkFields({ { QStringLiteral("reason"), reason } }); !s.ok())
        return s;
    return m_shop.transact([&](DirtyItems& dirty) -> Status {
        m_shop.setSlipCause(QStringLiteral("queue"));
        const Result<Order> order = findOrder(orderNumber);
        if (!order)
            return order.errors();
        if (priority && reason.trimmed().isEmpty())
            return Error{tr("moving an order to the front needs a reason"), {}, 0, QStringLiteral("reason")};
        if (Status s = m_shop.orders().setOrderPriority(order->id, priority, priority ? reason.trimmed() : QString());
            !s.ok())
            return s;
        if (Status s = m_shop.events().addEvent(m_shop.now(), priority ? QStringLiteral("priority set") : QStringLiteral("priority cleared"),
                                      order->id, 0, order->customerId, reason.trimmed());
            !s.ok())
            return s;
        for (const OrderLine& line : order->lines) {
            if (line.waiting > 0)
                dirty.insert(line.itemId);
        }
        return {};
    });
}

Status OrderService::setPayment(const QString& orderNumber, const PaymentUpdate& update)
{
    return m_shop.transact([&](DirtyItems&) -> Status {
        Result<Order> order = findOrder(orderNumber);
        if (!order)
            return order.errors();
        if (update.cardLast4) {
            if (!update.cardLast4->isEmpty() && !isLast4(*update.cardLast4))
                return Error{tr("only the last four digits of a card are kept, never the card number"), {}, 0,
                             QStringLiteral("card-last4")};
            order->cardLast4 = *update.cardLast4;
        }
        if (update.cardExpiry) {
            if (!update.cardExpiry->isEmpty() && !isValidCardExpiry(*update.cardExpiry))
                return Error{tr("'%1' is not a card expiry month (YYYY-MM or MM/YY)").arg(*update.cardExpiry), {}, 0,
                             QStringLiteral("card-expiry")};
            order->cardExpiry = domain::cardExpiryMonth(*update.cardExpiry).value_or(QString());
        }
        // A new authorization starts its hold now; updating the card of an order that
        // is authorized already keeps the time its hold started.
        const bool newlyAuthorized = update.state == PaymentState::Authorized
                                     && (order->payment != PaymentState::Authorized || !order->authorizedAt.isValid());
        order->payment = update.state;
        if (update.authorizedAt.isValid())
            order->authorizedAt = update.authorizedAt;
        else if (newlyAuthorized)
            order->authorizedAt = m_shop.now();
        if (Status s = m_shop.orders().setOrderPayment(order.value()); !s.ok())
            return s;
        return m_shop.events().addEvent(m_shop.now(), QStringLiteral("payment"), order->id, 0, order->customerId,
                              toString(update.state));
    });
}

Status OrderService::setHoldUntilComplete(const QString& orderNumber, bool hold)
{
    return m_shop.transact([&](DirtyItems&) -> Status {
        const Result<Order> order = findOrder(orderNumber);
        if (!order)
            return order.errors();
        if (Status s = m_shop.orders().setOrderHold(order->id, hold); !s.ok())
            return s;
        return m_shop.events().addEvent(m_shop.now(), hold ? QStringLiteral("hold until complete") : QStringLiteral("hold released"),
                              order->id, 0, order->customerId, QString());
    });
}

} // namespace bd::services
