#pragma once

#include "domain/Types.h"
#include "store/ShopStore.h"
#include "store/StatementCache.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace bd::store {

class Database;

// An item as the items list shows it: the item with its counters, and what the
// list adds to it.
struct ItemRow
{
    domain::Item item;
    int waitingCustomers = 0; // customers with at least one unit waiting for the item
    int incoming = 0;         // units still to come on open purchase orders
};

// One waiting line in an item's queue, as the queue pane lists it.
struct QueueRow
{
    qint64 lineId = 0;
    int position = 0; // 1-based place in the item's queue
    QString orderNumber;
    QString customerEmail;
    QString customerName;
    QDateTime placedAt;
    int waiting = 0;
    QDate promisedDate;
    domain::PaymentState payment = domain::PaymentState::None;
    QString cardExpiry;
    QDateTime authorizedAt;
    bool priority = false;
    QString priorityReason;
};

// One entry of an item's history: a stock movement or an event.
struct ItemHistoryRow
{
    QDateTime at;
    bool movement = false; // a stock movement (qty set), else an event
    QString kind;
    int qty = 0;
    QString reference;
    QString orderNumber;
    QString details;
};

// Read-only queries behind the items page: the paged item list with the figures it
// shows, an item's waiting queue and its history. Every statement is prepared once
// and run with bound values.
class ItemQueries
{
public:
    explicit ItemQueries(Database& db);

    QList<ItemRow> listItems(const ItemFilter& filter, int offset, int limit);
    int countItems(const ItemFilter& filter);

    // Waiting lines of an item in queue order, `limit` from `offset`.
    QList<QueueRow> queue(qint64 itemId, int offset, int limit);
    int queueLength(qint64 itemId);

    // Stock movements and events of an item, newest first.
    QList<ItemHistoryRow> history(qint64 itemId, int offset, int limit);
    int historyLength(qint64 itemId);

private:
    StatementCache m_statements;
};

} // namespace bd::store
