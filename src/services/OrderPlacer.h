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

#include <optional>

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

    // An item's queue as the placer found it, for promising a line its date as it is
    // written (see place()). Read the first time an order waits for the item: where the
    // queue ends (the latest placed time of a line waiting and not moved to the front)
    // and the dated units to come; the waiting lines themselves only once a line is
    // placed before that end.
    struct QueueBefore
    {
        QString lastPlacedAt; // as stored, '' when none waits
        QList<domain::Incoming> incoming;
        int waiting = 0; // units waiting before the placer's first line waited
        bool listed = false;
        bool orderly = true; // every placed time listed is in the one stored form
        qint64 frontUnits = 0; // of the lines moved to the front
        QList<qint64> placedSecs; // of the other lines, in queue order
        QList<qint64> upTo;       // units of the front and of the lines through each
    };
    // The item's queue; `waitingBefore` is what waited for it before the placer's lines.
    core::Result<QueueBefore*> queueBefore(qint64 itemId, int waitingBefore);
    // How many units of the queue the placer found are ahead of a line placed at
    // `placedAt`; none when that cannot be known exactly (a line of the same second).
    core::Result<std::optional<qint64>> unitsAhead(QueueBefore& queue, qint64 itemId, const QDateTime& placedAt);

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
    QHash<qint64, QueueBefore> m_queues;         // by item
};

} // namespace bd::services
