#include "OrderService.h"

#include "core/Text.h"
#include "domain/Rules.h"
#include "mail/Outbox.h"
#include "services/OrderPlacer.h"
#include "services/PromiseService.h"
#include "services/StockService.h"
#include "store/CustomerStore.h"
#include "store/EventStore.h"
#include "store/ItemStore.h"
#include "store/LedgerStore.h"
#include "store/OrderStore.h"


using bd::core::Error;
using bd::core::Errors;
using bd::core::Result;
using bd::core::Status;
using namespace bd::domain;

namespace bd::services {

namespace {

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
    OrderPlacer placer(m_shop, dirty);
    Result<PlacedOrder> placed = placer.place(order);
    if (!placed)
        return placed;
    if (Status s = placer.flush(); !s.ok())
        return s.errors();
    return placed;
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
            if (!update.cardLast4->isEmpty() && !isCardLast4(*update.cardLast4))
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
