#include "ShippingService.h"

#include "core/Text.h"
#include "services/OrderService.h"
#include "store/EventStore.h"
#include "store/ItemStore.h"
#include "store/LedgerStore.h"
#include "store/OrderStore.h"

using bd::core::Result;
using bd::core::Status;
using namespace bd::domain;

namespace bd::services {

Result<Shipment> ShippingService::ship(const QString& orderNumber, const ShipOptions& options, const ShipChoice& choice)
{
    if (Status s = core::Text::checkFields({ { QStringLiteral("carrier"), choice.carrier },
                                             { QStringLiteral("tracking"), options.tracking } });
        !s.ok())
        return s.errors();
    store::LedgerStore& ledger = m_shop.ledger();
    Shipment shipment;
    const Status status = m_shop.transact([&](DirtyItems&) -> Status {
        const Result<Order> order = OrderService(m_shop).findOrder(orderNumber);
        if (!order)
            return order.errors();
        const QDate today = m_shop.clock().today();
        QList<OrderLine> toShip;
        QStringList notReleased;
        QSet<qint64> untracked; // items whose stock is not counted: no movement leaves
        int remaining = 0;
        const bool chosen = !choice.quantities.isEmpty();
        QSet<qint64> lineIds;
        for (const OrderLine& line : order->lines)
            lineIds.insert(line.id);
        for (auto it = choice.quantities.cbegin(); it != choice.quantities.cend(); ++it) {
            if (!lineIds.contains(it.key()))
                return core::fail(tr("order %1 has no line %2 to ship").arg(orderNumber).arg(it.key()));
        }
        QHash<qint64, int> shippingNow;
        for (const OrderLine& line : order->lines) {
            remaining += line.waiting;
            if (line.allocated == 0) {
                if (chosen && choice.quantities.value(line.id, 0) > 0)
                    return core::fail(tr("order %1: %2 has nothing allocated to ship").arg(orderNumber, line.sku));
                continue;
            }
            const int qty = chosen ? choice.quantities.value(line.id, 0) : line.allocated;
            if (qty < 0 || qty > line.allocated)
                return core::fail(tr("order %1: %2 can ship 0 to %3 units, not %4")
                                      .arg(orderNumber, line.sku)
                                      .arg(line.allocated)
                                      .arg(qty));
            remaining += line.allocated - qty;
            if (qty == 0)
                continue;
            const store::Found<Item> found = m_shop.items().itemById(line.itemId);
            if (!found)
                return found.errors();
            const std::optional<Item>& item = found.value();
            if (item && item->heldUntilRelease(today)) {
                // A quantity chosen for it is refused, never quietly left behind.
                if (chosen)
                    return core::fail(tr("order %1: %2 is released on %3 and cannot ship before")
                                          .arg(orderNumber, item->sku, core::toIso(item->releaseDate)));
                notReleased << tr("%1 is released on %2").arg(item->sku, core::toIso(item->releaseDate));
                remaining += qty;
                continue;
            }
            toShip << line;
            shippingNow.insert(line.id, qty);
            if (item && !item->tracked)
                untracked.insert(item->id);
        }
        if (toShip.isEmpty()) {
            if (!notReleased.isEmpty())
                return core::fail(tr("order %1 has nothing to ship yet: %2")
                                      .arg(orderNumber, notReleased.join(QStringLiteral("; "))));
            return core::fail(chosen ? tr("order %1: no units chosen to ship").arg(orderNumber)
                                     : tr("order %1 has nothing allocated to ship").arg(orderNumber));
        }
        const bool partial = remaining > 0;
        if (partial && order->holdUntilComplete)
            return core::fail(tr("order %1 is held until complete and %2 units are still to come")
                                  .arg(orderNumber)
                                  .arg(remaining));
        if (partial && !options.partial)
            return core::fail(tr("order %1 is not complete: %2 units are still to come; ship a partial shipment "
                                 "explicitly to send what is allocated now")
                                  .arg(orderNumber)
                                  .arg(remaining));
        if (order->payment != PaymentState::Captured && !options.allowUnpaid)
            return core::fail(tr("order %1 is not paid (payment %2): capture the payment before shipping, "
                                 "or allow shipping unpaid")
                                  .arg(orderNumber, toString(order->payment)));
        const QDateTime now = m_shop.now();
        // The shipment keeps one text for the parcel; the carrier leads it, so the customer's
        // e-mail and the packing slip say who carries it.
        const QString carrier = choice.carrier.trimmed();
        const QString tracking = options.tracking.trimmed();
        const QString parcel = QStringList{carrier, tracking}.join(QLatin1Char(' ')).trimmed();
        const Result<qint64> shipmentId =
            ledger.insertShipment(order->id, now, parcel, partial, order->payment != PaymentState::Captured);
        if (!shipmentId)
            return shipmentId.errors();
        shipment.id = shipmentId.value();
        shipment.orderNumber = orderNumber;
        shipment.partial = partial;
        // The packing slip's view: every line not wholly cancelled, shipped now or not.
        for (const OrderLine& line : order->lines) {
            const int qty = shippingNow.value(line.id, 0);
            if (qty > 0 || line.qty > line.cancelled)
                shipment.lines << ShippedLine{line.sku, qty, line.shipped, line.waiting + line.allocated - qty};
        }
        for (OrderLine line : toShip) {
            const int qty = shippingNow.value(line.id);
            if (Status s = ledger.insertShipmentLine(shipment.id, line.id, qty); !s.ok())
                return s;
            if (!untracked.contains(line.itemId)) {
                // Release the reservation before the units leave, so allocated <= on hand holds throughout.
                if (Status s = ledger.addToItemCounters(line.itemId, 0, -qty, 0); !s.ok())
                    return s;
                if (Status s = ledger.addMovement(line.itemId, now, QStringLiteral("shipment"), -qty, orderNumber, {},
                                                 order->id, 0, shipment.id);
                    !s.ok())
                    return s;
            }
            line.shipped += qty;
            line.allocated -= qty;
            if (Status s = m_shop.orders().updateLineQuantities(line, now); !s.ok())
                return s;
        }
        // Written in one language, whoever writes it; the window says it in its own
        // (ui/common/EventPhrases).
        QString details = partial ? QStringLiteral("partial shipment, extra shipping cost waived")
                                  : QStringLiteral("complete");
        if (order->payment != PaymentState::Captured)
            details += QStringLiteral("; shipped before payment was captured (%1)").arg(toString(order->payment));
        if (!parcel.isEmpty())
            details += QStringLiteral("; tracking ") + parcel;
        return m_shop.events().addEvent(now, partial ? QStringLiteral("shipped partly") : QStringLiteral("shipped"), order->id, 0,
                              order->customerId, details);
    });
    if (!status.ok())
        return status.errors();
    return shipment;
}

Result<QHash<qint64, QDate>> ShippingService::notYetReleased(const Order& order)
{
    QHash<qint64, QDate> lines;
    const QDate today = m_shop.clock().today();
    for (const OrderLine& line : order.lines) {
        if (line.allocated == 0)
            continue;
        const store::Found<Item> found = m_shop.items().itemById(line.itemId);
        if (!found)
            return found.errors();
        const std::optional<Item>& item = found.value();
        if (item && item->heldUntilRelease(today))
            lines.insert(line.id, item->releaseDate);
    }
    return lines;
}

} // namespace bd::services
