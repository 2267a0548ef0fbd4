#include "CatalogService.h"

#include "core/Text.h"
#include "services/StockService.h"
#include "store/CustomerStore.h"
#include "store/EventStore.h"
#include "store/ItemStore.h"
#include "store/LedgerStore.h"
#include "store/PurchaseStore.h"

#include "domain/Rules.h"

#include <QRegularExpression>

using bd::core::Error;
using bd::core::Errors;
using bd::core::Result;
using bd::core::Status;
using namespace bd::domain;

namespace bd::services {

namespace {

// The control-character policy over an item's text, before anything is read with it
// (a server refuses a NUL in a query's value as a database error).
Status checkItemText(const ItemInput& input, const QString& sourceFile)
{
    return core::Text::checkFields({ { QStringLiteral("sku"), input.item.sku },
                                     { QStringLiteral("name"), input.item.name },
                                     { QStringLiteral("attributes"), input.item.attributes },
                                     { QStringLiteral("reason"), input.countReason } },
                                   sourceFile, input.sourceLine);
}

} // namespace

Status CatalogService::saveItemWithin(const ItemInput& input, const QString& sourceFile, DirtyItems& dirty)
{
    store::ItemStore& items = m_shop.items();
    store::LedgerStore& ledger = m_shop.ledger();
    store::EventStore& events = m_shop.events();
    const Item& in = input.item;
    Errors errors = checkItemText(input, sourceFile).errors();
    auto problem = [&](const QString& field, const QString& message) {
        errors << Error::at(sourceFile, input.sourceLine, field, message);
    };
    if (in.sku.trimmed().isEmpty())
        problem(QStringLiteral("sku"), tr("an item needs a SKU"));
    if (in.priceMinor < 0)
        problem(QStringLiteral("price"), tr("a price cannot be negative"));
    if (in.backorderLimit && *in.backorderLimit < 0)
        problem(QStringLiteral("backorder_limit"), tr("a backorder limit cannot be negative"));
    if (!in.currency.isEmpty() && !isCurrencyCode(in.currency))
        problem(QStringLiteral("currency"), tr("'%1' is not a three-letter currency code such as EUR or DKK").arg(in.currency));
    if (input.onHand && *input.onHand < 0)
        problem(QStringLiteral("on_hand"), tr("stock on hand cannot be negative, not %1").arg(*input.onHand));
    if (!errors.isEmpty())
        return errors;

    const QDateTime now = m_shop.now();
    store::Found<Item> stored = items.itemBySku(in.sku);
    if (!stored)
        return stored.errors();
    std::optional<Item> existing = stored.takeValue();
    Item item = in;
    if (item.currency.isEmpty())
        item.currency = m_shop.config().text(store::settings::ShopCurrency);
    if (item.name.isEmpty())
        item.name = existing ? existing->name : item.sku;
    if (!existing) {
        // Stock nobody counts opens with none.
        const Result<qint64> id = items.insertItem(item, now, item.tracked ? input.onHand.value_or(0) : 0);
        if (!id)
            return id.errors();
        item.id = id.value();
        return events.addEvent(now, QStringLiteral("item created"), 0, item.id, 0, toString(item.policy));
    }
    item.id = existing->id;
    if (existing->waiting > 0 && item.policy == Policy::Stop)
        return Error::at(sourceFile, input.sourceLine, QStringLiteral("policy"),
                         tr("%1: %2 units wait for this item; it cannot be switched to stop until they are served "
                            "or cancelled")
                             .arg(item.sku)
                             .arg(existing->waiting));
    if (existing->tracked && !item.tracked && existing->waiting > 0)
        return Error::at(sourceFile, input.sourceLine, QStringLiteral("tracked"),
                         tr("%1: %2 units wait for this item; its stock stays tracked until they are served or "
                            "cancelled")
                             .arg(item.sku)
                             .arg(existing->waiting));
    if (Status s = items.updateItemDefinition(item); !s.ok())
        return s;
    if (existing->tracked != item.tracked) {
        if (Status s = switchTracking(*existing, item.tracked, input, sourceFile); !s.ok())
            return s;
        // With the counters as they are now.
        const Result<Item> current = store::required(items.itemById(item.id), [&] {
            return core::fail(tr("%1: the item could not be read back").arg(item.sku));
        });
        if (!current)
            return current.errors();
        existing = current.value();
    }
    if (existing->policy != item.policy || existing->expectedDate != item.expectedDate
        || existing->releaseDate != item.releaseDate || existing->backorderLimit != item.backorderLimit) {
        if (Status s = events.addEvent(now, QStringLiteral("item changed"), 0, item.id, 0,
                                       QStringLiteral("policy %1, expected %2")
                                          .arg(toString(item.policy),
                                               item.expectedDate.isValid() ? core::toIso(item.expectedDate)
                                                                           : QStringLiteral("none")));
            !s.ok())
            return s;
        dirty.insert(item.id);
    }
    // Nobody counts an untracked item's stock: a count in the input means nothing.
    if (item.tracked && input.onHand && *input.onHand != existing->onHand) {
        const int delta = *input.onHand - existing->onHand;
        if (*input.onHand < existing->allocated)
            return Error::at(sourceFile, input.sourceLine, QStringLiteral("on_hand"),
                             tr("%1: %2 on hand is fewer than the %3 units allocated to orders")
                                 .arg(item.sku)
                                 .arg(*input.onHand)
                                 .arg(existing->allocated));
        if (Status s = ledger.addMovement(item.id, now, QStringLiteral("adjustment"), delta, QString(),
                                         input.countReason.isEmpty() ? tr("stock count") : input.countReason);
            !s.ok())
            return s;
        if (Status s = events.addEvent(now, QStringLiteral("adjusted"), 0, item.id, 0,
                                      tr("stock counted: %1 on hand (%2%3)")
                                          .arg(*input.onHand)
                                          .arg(delta > 0 ? QStringLiteral("+") : QString())
                                          .arg(delta));
            !s.ok())
            return s;
        if (delta > 0) {
            if (Status s = StockService(m_shop).serveQueue(item.id, QStringLiteral("adjustment"), 0, false, -1, dirty);
                !s.ok())
                return s;
        }
    }
    return {};
}

// Tracking switched on: the lines the item has ready take their units from the stock
// now counted. Switched off: the counters let go of them (nobody counts its stock).
Status CatalogService::switchTracking(const Item& existing, bool tracked, const ItemInput& input,
                                      const QString& sourceFile)
{
    store::LedgerStore& ledger = m_shop.ledger();
    store::EventStore& events = m_shop.events();
    const QDateTime now = m_shop.now();
    if (!tracked) {
        if (Status s = ledger.addToItemCounters(existing.id, 0, -existing.allocated, 0); !s.ok())
            return s;
        return events.addEvent(now, QStringLiteral("item changed"), 0, existing.id, 0, tr("stock not tracked"));
    }
    const Result<int> reserved = ledger.allocatedInLines(existing.id);
    if (!reserved)
        return reserved.errors();
    const int onHand = input.onHand.value_or(existing.onHand);
    if (onHand < reserved.value())
        return Error::at(sourceFile, input.sourceLine, QStringLiteral("on_hand"),
                         tr("%1: to track its stock, count at least the %2 units its open orders hold (%3 given)")
                             .arg(existing.sku)
                             .arg(reserved.value())
                             .arg(onHand));
    // On hand first, so that allocated <= on hand holds throughout.
    if (onHand != existing.onHand) {
        if (Status s = ledger.addMovement(existing.id, now, QStringLiteral("adjustment"), onHand - existing.onHand,
                                         QString(), input.countReason.isEmpty() ? tr("stock count") : input.countReason);
            !s.ok())
            return s;
    }
    if (Status s = ledger.addToItemCounters(existing.id, 0, reserved.value(), 0); !s.ok())
        return s;
    return events.addEvent(now, QStringLiteral("item changed"), 0, existing.id, 0,
                          tr("stock tracked: %1 on hand").arg(onHand));
}

Status CatalogService::saveItems(const QList<ItemInput>& items, const QString& sourceFile)
{
    return m_shop.transact([&](DirtyItems& dirty) -> Status {
        Errors errors;
        for (const ItemInput& input : items) {
            const Status s = saveItemWithin(input, sourceFile, dirty);
            errors << s.errors();
            if (errors.size() >= 100)
                break;
        }
        return errors;
    });
}

Status CatalogService::createItem(const ItemInput& input)
{
    if (Status s = checkItemText(input, {}); !s.ok())
        return s;
    return m_shop.transact([&](DirtyItems& dirty) -> Status {
        const store::Found<qint64> known = m_shop.items().itemIdBySku(input.item.sku.trimmed());
        if (!known)
            return known.errors();
        if (known.value())
            return Error::at({}, input.sourceLine, QStringLiteral("sku"),
                             tr("the shop has an item %1 already").arg(input.item.sku.trimmed()));
        ItemInput trimmed = input;
        trimmed.item.sku = input.item.sku.trimmed();
        return saveItemWithin(trimmed, {}, dirty);
    });
}

Status CatalogService::saveCustomers(const QList<Customer>& customers, const QString& sourceFile,
                                     const QList<int>& sourceLines)
{
    return m_shop.transact([&](DirtyItems&) -> Status {
        Errors errors;
        for (qsizetype i = 0; i < customers.size(); ++i) {
            errors << saveCustomerWithin(customers[i], sourceFile, i < sourceLines.size() ? sourceLines[i] : 0).errors();
            if (errors.size() >= 100)
                break;
        }
        return errors;
    });
}

Status CatalogService::checkCustomer(const Customer& customer, const QString& sourceFile, int sourceLine)
{
    if (Status s = core::Text::checkFields({ { QStringLiteral("email"), customer.email },
                                             { QStringLiteral("name"), customer.name },
                                             { QStringLiteral("phone"), customer.phone },
                                             { QStringLiteral("address"), customer.address, core::TextKind::MultiLine } },
                                           sourceFile, sourceLine);
        !s.ok())
        return s;
    if (!domain::isEmailAddress(customer.email))
        return Error::at(sourceFile, sourceLine, QStringLiteral("email"),
                         tr("'%1' is not an e-mail address").arg(customer.email));
    return {};
}

Status CatalogService::saveCustomerWithin(const Customer& customer, const QString& sourceFile, int sourceLine)
{
    if (Status s = checkCustomer(customer, sourceFile, sourceLine); !s.ok())
        return s;
    return m_shop.customers().upsertCustomer(customer, m_shop.now());
}

Status CatalogService::savePurchaseOrderLineWithin(const PurchaseOrderLineInput& line, const QString& sourceFile,
                                                   DirtyItems& dirty)
{
    store::PurchaseStore& purchases = m_shop.purchases();
    if (Status s = core::Text::checkFields({ { QStringLiteral("po_number"), line.poNumber },
                                             { QStringLiteral("supplier"), line.supplier },
                                             { QStringLiteral("sku"), line.sku } },
                                           sourceFile, line.sourceLine);
        !s.ok())
        return s;
    Errors errors;
    auto problem = [&](const QString& field, const QString& message) {
        errors << Error::at(sourceFile, line.sourceLine, field, message);
    };
    if (line.poNumber.trimmed().isEmpty())
        problem(QStringLiteral("po_number"), tr("a purchase order needs a number"));
    // Only the id: the item's next delivery, which the full read works out over its
    // purchase lines, would make a file of many lines for one item quadratic.
    const store::Found<qint64> found = m_shop.items().itemIdBySku(line.sku);
    if (!found)
        return found.errors();
    const std::optional<qint64>& itemId = found.value();
    if (!itemId)
        problem(QStringLiteral("sku"), tr("unknown SKU '%1'").arg(line.sku));
    if (line.qty <= 0)
        problem(QStringLiteral("qty"), tr("quantity must be a whole number above 0, not %1").arg(line.qty));
    if (!errors.isEmpty())
        return errors;
    const QDateTime now = m_shop.now();
    store::Found<qint64> knownPo = purchases.purchaseOrderId(line.poNumber);
    if (!knownPo)
        return knownPo.errors();
    std::optional<qint64> poId = knownPo.value();
    if (!poId) {
        const Result<qint64> id = purchases.insertPurchaseOrder(line.poNumber, line.supplier, now);
        if (!id)
            return id.errors();
        poId = id.value();
    }
    const store::Found<store::PoLine> stored = purchases.purchaseOrderLine(*poId, *itemId);
    if (!stored)
        return stored.errors();
    const std::optional<store::PoLine>& existing = stored.value();
    if (existing && line.qty < existing->received)
        return Error::at(sourceFile, line.sourceLine, QStringLiteral("qty"),
                         tr("%1 units of %2 were received on %3 already; the quantity cannot drop below that")
                             .arg(existing->received)
                             .arg(line.sku, line.poNumber));
    if (Status s = purchases.upsertPurchaseOrderLine(*poId, *itemId, line.qty, line.expected); !s.ok())
        return s;
    if (Status s = m_shop.events().addEvent(now, QStringLiteral("purchase order"), 0, *itemId, 0,
                                  QStringLiteral("%1: %2 due %3")
                                      .arg(line.poNumber)
                                      .arg(line.qty)
                                      .arg(line.expected.isValid() ? core::toIso(line.expected) : QStringLiteral("unknown")));
        !s.ok())
        return s;
    dirty.insert(*itemId);
    return {};
}

Status CatalogService::savePurchaseOrderLines(const QList<PurchaseOrderLineInput>& lines, const QString& sourceFile)
{
    return m_shop.transact([&](DirtyItems& dirty) -> Status {
        m_shop.setSlipCause(QStringLiteral("supplier"));
        Errors errors;
        for (const PurchaseOrderLineInput& line : lines) {
            errors << savePurchaseOrderLineWithin(line, sourceFile, dirty).errors();
            if (errors.size() >= 100)
                break;
        }
        return errors;
    });
}

} // namespace bd::services
