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

// A fill of the allocation plan, with what the cross-dock list names.
struct PlannedFill
{
    qint64 lineId = 0;
    qint64 orderId = 0;
    int qty = 0;
    QString orderNumber;
    QString customerEmail;
    int stillWaiting = 0; // what the line waits for after this fill (> 0: a partial fill)
};

// The waiting lines of each item, in the one queue order (QueueOrder.h): serving them,
// their promised dates, and every view of a queue.
class QueueStore
{
public:
    explicit QueueStore(Database& db);

    // The whole queue of an item in order, with what each line's order waits for in
    // all: what filling only orders that become complete decides on.
    core::Result<QList<domain::QueueSlot>> queueSlots(qint64 itemId);

    // Handing stock to a queue as a set (see migration 0006): the plan says which lines
    // take how many units, in queue order; the writes each read it in one statement.
    // Plans the first `units` waiting units of the item's queue (a line may be filled
    // partly): one statement, a running sum over the queue order.
    core::Status planFirstUnits(qint64 itemId, int units);
    // The fills planFirstUnits plans, as plannedFills gives them, read by the same
    // statement without writing the plan: for a preview that nothing after it reads.
    core::Result<QList<PlannedFill>> firstUnitsFills(qint64 itemId, int units);
    // The statement both plan with, and the values it binds in order (also read by the
    // tests, for how the engine runs it: the queue index, migration 0013, leaves nothing
    // to sort).
    static QString firstUnitsPlanStatement();
    static QVariantList firstUnitsPlanBinds(qint64 itemId, int units);
    // Plans the given fills (worked out by domain::planFill), in their order.
    core::Status planFills(const QList<domain::Fill>& fills);
    // The planned fills in queue order, with each line's order number and customer.
    core::Result<QList<PlannedFill>> plannedFills();
    // Moves the planned units of every planned line from waiting to allocated.
    core::Status allocatePlanned(const QDateTime& at);
    // Empties the plan; the action's last step with it.
    core::Status clearPlan();
    // The latest time a line waiting for the item (and not moved to the front) was
    // placed, as stored; '' when none waits.
    core::Result<QString> lastWaitingPlacedAt(qint64 itemId);
    // Each line waiting for the item, in queue order: when it was placed (as stored),
    // the units it waits for, and whether it was moved to the front.
    core::Status forEachQueuedPlacement(qint64 itemId,
                                        const std::function<void(const QString& placedAt, int waiting, bool front)>& visit);
    // An item's waiting lines in queue order.
    core::Result<QList<PromiseRow>> promiseRows(qint64 itemId);
    // The first of them, as long as the units they wait for add up to at most `units`
    // (the lines the dated units to come reach).
    core::Result<QList<PromiseRow>> promiseHead(qint64 itemId, qint64 units);
    // The waiting lines, in queue order, that a promise of `date` (none when invalid)
    // would change: a different promised date, a customer not told yet, or told a date
    // earlier than it (or told one when there is none now). Read without reading the
    // rest of a long queue one by one.
    core::Result<QList<PromiseRow>> promiseChangesAt(qint64 itemId, const QDate& date);
    struct LinePromise
    {
        qint64 lineId = 0;
        QDate promised;
        QDate told;
    };
    // Sets the lines' promised and told dates, many lines to a statement.
    core::Status setLinePromises(const QList<LinePromise>& lines);
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
