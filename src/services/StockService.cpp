#include "StockService.h"

#include "core/Text.h"
#include "domain/Rules.h"
#include "services/OrderService.h"
#include "store/EventStore.h"
#include "store/ItemStore.h"
#include "store/LedgerStore.h"
#include "store/OrderStore.h"
#include "store/PurchaseStore.h"
#include "store/QueueStore.h"

using bd::core::Error;
using bd::core::Result;
using bd::core::Status;
using namespace bd::domain;

namespace bd::services {

Result<Item> StockService::findItem(const QString& sku)
{
    return store::required(m_shop.items().itemBySku(sku),
                           [&] { return Error{tr("unknown SKU '%1'").arg(sku), {}, 0, QStringLiteral("sku")}; });
}

QString StockService::notTracked(const QString& sku)
{
    return tr("%1: its stock is not tracked; switch tracking on with a count of what is on hand first").arg(sku);
}

Status StockService::serveQueue(qint64 itemId, const QString& source, qint64 receiptLineId, bool completeOnly,
                                int limit, DirtyItems& dirty, QList<CrossDockRow>* rows, const QString& reference,
                                int* filled, ReceiveNotes* notes, Writes writes)
{
    if (filled)
        *filled = 0;
    const store::Found<Item> found = m_shop.items().itemById(itemId);
    if (!found)
        return found.errors();
    if (!found.value() || found.value()->waiting == 0)
        return {};
    const Item* item = &*found.value();
    int free = item->onHand - item->allocated;
    if (limit >= 0)
        free = std::min(free, limit);
    if (free <= 0)
        return {};
    // The stock goes to the queue as a set: the plan (which lines take how many units)
    // is one statement, and each write reads it in one more. A preview makes the same
    // plan, in a transaction that is rolled back, and writes of it only what a later
    // line of the preview reads (Writes); a plan of first units that nothing reads is
    // read by the same statement without being written.
    store::QueueStore& queue = m_shop.queue();
    // The cross-dock rows and notes of the fills; the units they take.
    auto listFills = [&](const QList<store::PlannedFill>& fills) {
        int total = 0;
        for (const store::PlannedFill& fill : fills) {
            total += fill.qty;
            if (rows)
                rows->append(CrossDockRow{reference, item->sku, fill.orderNumber, fill.customerEmail, fill.qty,
                                          QStringLiteral("ship")});
            if (rows && notes)
                notes->stillWaiting << fill.stillWaiting;
        }
        if (filled)
            *filled = total;
        return total;
    };
    if (completeOnly) {
        // Only orders that become complete: which ones is decided order by order in
        // queue order (one that does not fit is passed over for smaller ones behind it).
        const Result<QList<QueueSlot>> waitingLines = queue.queueSlots(itemId);
        if (!waitingLines)
            return waitingLines.errors();
        if (Status s = queue.planFills(planFill(waitingLines.value(), free, true)); !s.ok())
            return s;
        if (notes) {
            for (PassedOver passed : domain::passedOver(waitingLines.value(), free)) {
                passed.sku = item->sku;
                notes->passedOver << passed;
            }
        }
    } else if (writes == Writes::PlanOnly) {
        // Nothing is written of it, so the plan is read without being kept.
        const Result<QList<store::PlannedFill>> fills = queue.firstUnitsFills(itemId, free);
        if (!fills)
            return fills.errors();
        listFills(fills.value());
        return {};
    } else if (Status s = queue.planFirstUnits(itemId, free); !s.ok()) {
        return s;
    }
    const Result<QList<store::PlannedFill>> fills = queue.plannedFills();
    if (!fills)
        return fills.errors();
    if (fills->isEmpty())
        return {};
    const QDateTime now = m_shop.now();
    if (writes == Writes::All) {
        if (Status s = m_shop.events().addPlannedAllocationEvents(now, itemId,
                                                                  QStringLiteral("%1 from %2").arg(item->sku, source));
            !s.ok())
            return s;
        if (Status s = m_shop.ledger().insertPlannedAllocations(itemId, source, receiptLineId, now); !s.ok())
            return s;
    }
    if (writes != Writes::PlanOnly) {
        if (Status s = queue.allocatePlanned(now); !s.ok())
            return s;
    }
    if (writes == Writes::All) {
        if (Status s = m_shop.events().addReadyEventsOfPlan(now); !s.ok())
            return s;
    }
    if (Status s = queue.clearPlan(); !s.ok())
        return s;
    const int total = listFills(fills.value());
    if (writes != Writes::PlanOnly) {
        if (Status s = m_shop.ledger().addToItemCounters(itemId, 0, total, -total); !s.ok())
            return s;
    }
    dirty.insert(itemId);
    return {};
}

Status StockService::receiveOne(const ReceiveRequest& request, const ReceiveOptions& options, Writes writes,
                                DirtyItems& dirty, QList<CrossDockRow>& rows)
{
    store::LedgerStore& ledger = m_shop.ledger();
    store::PurchaseStore& purchases = m_shop.purchases();
    auto problem = [&](const QString& field, const QString& message) {
        return Error::at(options.sourceFile, request.sourceLine, field, message);
    };
    if (Status s = core::Text::checkFields({ { QStringLiteral("sku"), request.sku },
                                             { QStringLiteral("reference"), request.reference },
                                             { QStringLiteral("po"), request.poNumber } },
                                           options.sourceFile, request.sourceLine);
        !s.ok())
        return s;
    // Every problem of the line at once: its SKU, its quantity and its purchase order.
    core::Errors problems;
    const Result<Item> item = store::required(m_shop.items().itemBySku(request.sku), [&] {
        return problem(QStringLiteral("sku"), tr("unknown SKU '%1'").arg(request.sku));
    });
    if (!item)
        problems << item.errors();
    else if (!item->tracked)
        problems << problem(QStringLiteral("sku"), notTracked(request.sku));
    if (request.qty <= 0)
        problems << problem(QStringLiteral("qty"), tr("quantity must be a whole number above 0, not %1").arg(request.qty));
    // Received against a purchase order: its line of the item (known only of an item the
    // shop has).
    const Result<qint64> po = request.poNumber.isEmpty()
                                  ? Result<qint64>(0)
                                  : store::required(purchases.purchaseOrderId(request.poNumber), [&] {
                                        return problem(QStringLiteral("po"),
                                                       tr("unknown purchase order '%1'").arg(request.poNumber));
                                    });
    if (!po)
        problems << po.errors();
    const Result<store::PoLine> poLine
        = !po || po.value() == 0 || !item
              ? Result<store::PoLine>(store::PoLine{})
              : store::required(purchases.purchaseOrderLine(po.value(), item->id), [&] {
                    return problem(QStringLiteral("po"),
                                   tr("purchase order %1 has no line for %2").arg(request.poNumber, request.sku));
                });
    if (!poLine)
        problems << poLine.errors();
    if (!problems.isEmpty())
        return problems;
    const qint64 poId = po.value();
    const qint64 poLineId = poLine->id;
    const QDateTime now = m_shop.now();
    const QDateTime receivedAt = request.receivedAt.isValid() ? request.receivedAt : now;
    const QString reference = request.reference.isEmpty()
                                  ? (request.poNumber.isEmpty() ? QStringLiteral("R-%1").arg(receivedAt.toString(QStringLiteral("yyyyMMdd-HHmmss")))
                                                                : request.poNumber)
                                  : request.reference;
    const Result<qint64> receipt = ledger.insertReceipt(reference, receivedAt, poId, options.completeOnly, now);
    if (!receipt)
        return receipt.errors();
    const Result<qint64> receiptLine = ledger.insertReceiptLine(receipt.value(), item->id, request.qty, poLineId);
    if (!receiptLine)
        return receiptLine.errors();
    if (Status s = ledger.addMovement(item->id, receivedAt, QStringLiteral("receipt"), request.qty, reference, {}, 0,
                                     receipt.value());
        !s.ok())
        return s;
    if (poLineId) {
        if (Status s = purchases.addReceivedToPoLine(poLineId, request.qty); !s.ok())
            return s;
        if (Status s = purchases.closePurchaseOrderIfDone(poId); !s.ok())
            return s;
    }
    // The queue is served first, from this receipt and from anything an earlier
    // complete-only receipt left on the shelf, so the preview and the commit list
    // every unit that goes to an order.
    const int freeBefore = item->onHand - item->allocated;
    int toOrders = 0;
    if (Status s = serveQueue(item->id, QStringLiteral("receipt"), receiptLine.value(), options.completeOnly, -1, dirty,
                              &rows, reference, &toOrders, options.notes, writes);
        !s.ok())
        return s;
    // Put away: what of this receipt is left once the orders are served.
    const int toShelf = std::clamp(freeBefore + request.qty - toOrders, 0, request.qty);
    if (toShelf > 0)
        rows << CrossDockRow{reference, item->sku, QString(), QString(), toShelf, QStringLiteral("shelf")};
    if (toShelf > 0 && options.notes)
        options.notes->stillWaiting << 0;
    if (options.notes)
        options.notes->itemNames.insert(item->sku, item->name);
    if (Status s = ledger.setReceiptLineShelf(receiptLine.value(), toShelf); !s.ok())
        return s;
    if (writes != Writes::All)
        return {}; // a preview: no event (its action queues no e-mail) and no dates to move
    if (Status s = m_shop.events().addEvent(now, QStringLiteral("received"), 0, item->id, 0,
                                  QStringLiteral("%1 units, %2 to waiting orders, %3 to the shelf (%4%5)")
                                      .arg(request.qty)
                                      .arg(toOrders)
                                      .arg(toShelf)
                                      .arg(reference, request.poNumber.isEmpty() ? QString()
                                                                                 : QStringLiteral(", purchase order ")
                                                                                       + request.poNumber));
        !s.ok())
        return s;
    // Incoming quantities changed, so promised dates may move.
    dirty.insert(item->id);
    return {};
}

Result<QList<CrossDockRow>> StockService::receive(const QList<ReceiveRequest>& receipts, const ReceiveOptions& options)
{
    if (receipts.isEmpty())
        return core::fail(tr("nothing to receive"));
    QList<CrossDockRow> rows;
    core::Errors errors;
    // A preview writes the lines' allocations and the item's counters only where a later
    // line reads them: a later line of the same item. Nothing else of a fill is read by
    // another item's line: a complete-only fill goes only to orders that wait for nothing
    // else, so no other item's queue holds them.
    QHash<QString, qsizetype> lastOfSku; // case-folded: more writes than needed is never wrong
    if (options.preview) {
        for (qsizetype i = 0; i < receipts.size(); ++i)
            lastOfSku.insert(receipts.at(i).sku.toCaseFolded(), i);
    }
    auto writesFor = [&](qsizetype index) {
        if (!options.preview)
            return Writes::All;
        return lastOfSku.value(receipts.at(index).sku.toCaseFolded()) > index ? Writes::Allocations
                                                                              : Writes::PlanOnly;
    };
    const Status status = m_shop.transact(
        [&](DirtyItems& dirty) -> Status {
            for (qsizetype i = 0; i < receipts.size(); ++i) {
                const ReceiveRequest& request = receipts.at(i);
                const Status s = receiveOne(request, options, writesFor(i), dirty, rows);
                if (!s.ok())
                    errors << s.errors();
                // The first 100 problems (a line may have several).
                if (errors.size() >= 100) {
                    errors.resize(100);
                    break;
                }
            }
            return errors.isEmpty() ? Status() : Status(errors);
        },
        !options.preview);
    if (!status.ok())
        return status.errors();
    return rows;
}

Status StockService::returnUnits(const QString& orderNumber, const QString& sku, int qty, const QString& reason)
{
    return returnUnits(orderNumber, {ReturnLine{sku, qty}}, reason, true);
}

Status StockService::returnUnits(const QString& orderNumber, const QList<ReturnLine>& lines, const QString& reason,
                                 bool restock)
{
    if (Status s = core::Text::checkFields({ { QStringLiteral("reason"), reason } }); !s.ok())
        return s;
    return m_shop.transact([&](DirtyItems& dirty) -> Status {
        const Result<Order> order = OrderService(m_shop).findOrder(orderNumber);
        if (!order)
            return order.errors();
        if (lines.isEmpty())
            return core::fail(tr("order %1: no units chosen to return").arg(orderNumber));
        QList<OrderLine> current = order->lines;
        for (const ReturnLine& back : lines) {
            const QString& sku = back.sku;
            const int qty = back.qty;
            if (qty <= 0)
                return Error{tr("quantity must be a whole number above 0, not %1").arg(qty), {}, 0, QStringLiteral("qty")};
            auto line = std::find_if(current.begin(), current.end(), [&](const OrderLine& l) {
                return back.lineId != 0 ? l.id == back.lineId : l.sku == sku;
            });
            if (line == current.end())
                return core::fail(tr("order %1 has no line for SKU '%2'").arg(orderNumber, sku));
            if (qty > line->shipped - line->returned)
                return core::fail(tr("order %1: only %2 of %3 were shipped and not returned, so %4 cannot come back")
                                      .arg(orderNumber)
                                      .arg(line->shipped - line->returned)
                                      .arg(sku)
                                      .arg(qty));
            line->returned += qty;
            const QDateTime now = m_shop.now();
            if (Status s = m_shop.orders().updateLineQuantities(*line, now); !s.ok())
                return s;
            // A returned unit of an item nobody counts goes back to no count.
            const store::Found<Item> item = m_shop.items().itemById(line->itemId);
            if (!item)
                return item.errors();
            const bool tracked = !item.value() || item.value()->tracked;
            const bool toStock = tracked && restock;
            if (toStock) {
                if (Status s = m_shop.ledger().addMovement(line->itemId, now, QStringLiteral("return"), qty, orderNumber,
                                                           reason, order->id);
                    !s.ok())
                    return s;
            }
            const QString details = restock ? QStringLiteral("%1 x %2: %3").arg(qty).arg(sku, reason)
                                            : QStringLiteral("%1 x %2: %3; not restocked").arg(qty).arg(sku, reason);
            if (Status s = m_shop.events().addEvent(now, QStringLiteral("returned"), order->id, line->itemId,
                                                    order->customerId, details);
                !s.ok())
                return s;
            if (toStock) {
                if (Status s = serveQueue(line->itemId, QStringLiteral("return"), 0, false, -1, dirty); !s.ok())
                    return s;
            }
        }
        return Status();
    });
}

Status StockService::adjust(const QString& sku, int delta, const QString& reason)
{
    if (Status s = core::Text::checkFields({ { QStringLiteral("reason"), reason } }); !s.ok())
        return s;
    return m_shop.transact([&](DirtyItems& dirty) -> Status {
        const Result<Item> item = findItem(sku);
        if (!item)
            return item.errors();
        if (!item->tracked)
            return Error{notTracked(sku), {}, 0, QStringLiteral("sku")};
        if (delta == 0)
            return Error{tr("an adjustment must change the stock (not 0)"), {}, 0, QStringLiteral("delta")};
        if (reason.trimmed().isEmpty())
            return Error{tr("an adjustment needs a reason"), {}, 0, QStringLiteral("reason")};
        const int after = item->onHand + delta;
        if (after < item->allocated)
            return core::fail(tr("%1: the adjustment would leave %2 on hand, but %3 are allocated to orders")
                                  .arg(sku)
                                  .arg(after)
                                  .arg(item->allocated));
        const QDateTime now = m_shop.now();
        if (Status s = m_shop.ledger().addMovement(item->id, now, QStringLiteral("adjustment"), delta, QString(), reason);
            !s.ok())
            return s;
        if (Status s = m_shop.events().addEvent(now, QStringLiteral("adjusted"), 0, item->id, 0,
                                      QStringLiteral("%1%2: %3").arg(delta > 0 ? QStringLiteral("+") : QString()).arg(delta).arg(reason));
            !s.ok())
            return s;
        if (delta > 0)
            return serveQueue(item->id, QStringLiteral("adjustment"), 0, false, -1, dirty);
        return {};
    });
}

Status StockService::setExpectedDate(const QString& sku, const QDate& date)
{
    return m_shop.transact([&](DirtyItems& dirty) -> Status {
        const Result<Item> item = findItem(sku);
        if (!item)
            return item.errors();
        if (Status s = m_shop.items().setExpectedDate(item->id, date); !s.ok())
            return s;
        if (Status s = m_shop.events().addEvent(m_shop.now(), QStringLiteral("expected date"), 0, item->id, 0,
                                      date.isValid() ? core::toIso(date) : QStringLiteral("none"));
            !s.ok())
            return s;
        dirty.insert(item->id);
        return {};
    });
}

} // namespace bd::services
