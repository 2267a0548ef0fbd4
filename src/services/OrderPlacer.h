#pragma once

#include "core/Result.h"
#include "domain/Rules.h"
#include "domain/Types.h"
#include "services/OrderService.h"
#include "services/Shop.h"
#include "store/OrderWriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace bd::services {

// Places orders under the item policies inside the caller's transaction: the one way an
// order is placed, one at a time (OrderService::place) or a file of them (the orders
// import). Each order is checked and worked out in memory against the items as this
// placer has left them, then queued for the store's OrderWriter, which writes many
// orders to a statement; flush() writes what is queued (the placer flushes on its own
// when enough is queued). A refused order queues nothing.
//
// Until flush(), nothing else in the transaction may read or change the items,
// customers or orders the placer read: it keeps them in memory, and writes the items'
// counters last.
class OrderPlacer
{
    // Its words are the order service's.
    Q_DECLARE_TR_FUNCTIONS(OrderService)

public:
    OrderPlacer(Shop& shop, DirtyItems& dirty);
    ~OrderPlacer();
    OrderPlacer(const OrderPlacer&) = delete;
    OrderPlacer& operator=(const OrderPlacer&) = delete;

    // Checks the order and queues it: each line takes what is available, the rest
    // waits (backorder, preorder), or the whole order is refused (stop, limit). A
    // refusal names the file line and field; a database failure is returned as well.
    core::Result<PlacedOrder> place(const domain::NewOrder& order);
    // Writes every queued order.
    core::Status flush();

private:
    struct KnownCustomer
    {
        qint64 id = 0; // 0: queued, not written yet
        QString name;
    };

    // Where an item's queue ends when the placer first waits for it: the latest time a
    // line already waiting for it (and not moved to the front) was placed, and its dated
    // units to come.
    struct QueueEnd
    {
        QString lastPlacedAt; // as stored, '' when none waits
        QList<domain::Incoming> incoming;
    };
    core::Result<const QueueEnd*> queueEnd(qint64 itemId);

    // Writes what is queued; the ids of what it wrote.
    core::Result<store::OrderWriter::Written> write(store::OrderWriter::Counters counters);
    core::Result<domain::Item*> item(const QString& sku);
    core::Result<KnownCustomer*> customer(const QString& email);
    core::Status recordShippedByShop(const domain::Order& order, const QList<domain::OrderLine>& lines,
                                     bool partial);

    Shop& m_shop;
    DirtyItems& m_dirty;
    QDateTime m_now;
    QString m_currency;
    QHash<QString, domain::Item> m_items;       // by SKU, as the queued orders leave them
    QHash<QString, KnownCustomer> m_customers;  // by e-mail
    QSet<QString> m_queuedNumbers;              // orders queued, not written yet
    QHash<qint64, QueueEnd> m_queueEnds;        // by item
};

} // namespace bd::services
