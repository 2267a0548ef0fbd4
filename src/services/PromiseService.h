#pragma once

#include "core/Result.h"
#include "services/Shop.h"
#include "store/PurchaseStore.h"
#include "store/QueueStore.h"

#include <QHash>

namespace bd::services {

// Where a waiting line's promised date comes from: the open purchase order whose
// quantity covers the line's place in the queue (domain::incomingSources, the rule of
// the promised dates). A purchase order "serves" exactly the lines it is the source of.
struct PromiseSource
{
    store::PromiseRow row;
    qint64 poId = 0; // 0: past all incoming stock (the item's own date, or none)
    QString poNumber;
};

// A waiting line's source purchase order and where that order is on its way, as the
// queue, the order's detail and the queue report show it.
struct LineSource
{
    QString poNumber; // empty: no purchase order covers the line yet
    QString stage;    // the order's newest recorded stage (domain/SupplyStage.h); empty: none recorded

    // "PO-1, in transit" in the application's language; the number alone before any
    // stage is recorded; empty without a purchase order.
    QString text() const;
};

// The rule behind PromiseService::sources and lineSources, on the stores of any
// connection (the window's read models have no Shop).
core::Result<QList<PromiseSource>> promiseSources(store::QueueStore& queue, store::PurchaseStore& purchases,
                                                  qint64 itemId);
core::Result<QHash<qint64, LineSource>> lineSources(store::QueueStore& queue, store::PurchaseStore& purchases,
                                                    qint64 itemId);

// Works out each waiting line's promised date from its place in the queue against
// the incoming purchase orders, and records a "date slipped" event whenever a line's
// date moves later than what its customer was last told.
class PromiseService
{
public:
    explicit PromiseService(Shop& shop)
        : m_shop(shop)
    {
    }
    // Runs inside the caller's transaction.
    core::Status refresh(const DirtyItems& items);
    core::Status refreshItem(qint64 itemId);

    // Every waiting line of an item in queue order, with its source purchase order.
    core::Result<QList<PromiseSource>> sources(qint64 itemId);
    // The same by order line, with each source order's current stage.
    core::Result<QHash<qint64, LineSource>> lineSources(qint64 itemId);

private:
    Shop& m_shop;
};

} // namespace bd::services
