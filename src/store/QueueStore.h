#pragma once

#include "core/Result.h"
#include "domain/Rules.h"
#include "domain/Types.h"
#include "store/Sql.h"
#include "store/StatementCache.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace bd::store {

class Database;

// A waiting line with the date it is promised for and the date its customer was told.
struct PromiseRow
{
    qint64 lineId = 0;
    qint64 orderId = 0;
    int waiting = 0;
    QDate promised;
    QDate told;
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

// A waiting line of one customer, with its place in the item's queue.
struct CustomerWaitingLine
{
    QString orderNumber;
    QString sku;
    QString itemName;
    QDateTime placedAt;
    int qtyWaiting = 0;
    int position = 0;
    QDate promisedDate;
};

// The waiting lines of each item, in the one queue order (QueueOrder.h): serving them,
// their promised dates, and every view of a queue.
class QueueStore
{
public:
    explicit QueueStore(Database& db);

    // The queue of an item in order. Stops early once `unitsWanted` are covered
    // (unless completeOnly, which may have to look at every line).
    core::Result<QList<domain::QueueSlot>> queueSlots(qint64 itemId, int unitsWanted, bool completeOnly);
    // Moves units of a line from waiting to allocated.
    core::Status allocateToLine(qint64 lineId, int qty, const QDateTime& at);
    core::Result<QList<PromiseRow>> promiseRows(qint64 itemId);
    core::Status setLinePromise(qint64 lineId, const QDate& promised, const QDate& told);
    // Waiting lines of one item (itemId > 0) or of all items by SKU, each in queue order
    // with its position. `visit` must not use the database: the rows are read while it runs.
    core::Status forEachWaitingLine(qint64 itemId, const std::function<void(const domain::WaitingLine&)>& visit);

    // Waiting lines of an item in queue order, `limit` from `offset`.
    core::Result<QList<QueueRow>> queue(qint64 itemId, int offset, int limit);
    core::Result<int> queueLength(qint64 itemId);
    // The waiting lines of one customer, each with its place in its item's queue.
    core::Result<QList<CustomerWaitingLine>> waitingLinesOfCustomer(qint64 customerId);

private:
    StatementCache m_statements;
};

} // namespace bd::store
