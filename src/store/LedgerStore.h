#pragma once

#include "core/Result.h"
#include "store/Sql.h"
#include "store/StatementCache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace bd::store {

class Database;

// Totals per item that `check` compares with the cached counters.
struct LedgerCheckRow
{
    QString sku;
    int onHand = 0;
    qint64 ledgerSum = 0; // the opening stock and every movement since
    int allocated = 0;
    qint64 linesAllocated = 0;
    int waiting = 0;
    qint64 linesWaiting = 0;
};

// The stock ledger: every change of stock as a movement row, the allocations of units
// to order lines, receipts and shipments, and the counters cached on each item (on
// hand, allocated, waiting) with the check that proves them against the ledger.
class LedgerStore
{
    Q_DECLARE_TR_FUNCTIONS(LedgerStore)

public:
    explicit LedgerStore(Database& db);

    // A movement of stock, with the item's on-hand counter moved by the same units.
    core::Status addMovement(qint64 itemId, const QDateTime& at, const QString& kind, int qty,
                             const QString& reference, const QString& reason, qint64 orderId = 0,
                             qint64 receiptId = 0, qint64 shipmentId = 0);
    core::Status addToItemCounters(qint64 itemId, int onHand, int allocated, int waiting);
    // Units the item's lines hold allocated: what its counter takes on when its stock
    // starts being counted (the lines of an untracked item reserve nothing).
    core::Result<int> allocatedInLines(qint64 itemId);
    core::Status insertAllocation(qint64 lineId, qint64 itemId, int qty, const QString& source,
                                  qint64 receiptLineId, const QDateTime& at);
    // One allocation row per fill of the allocation plan (QueueStore), in queue order.
    core::Status insertPlannedAllocations(qint64 itemId, const QString& source, qint64 receiptLineId,
                                          const QDateTime& at);

    core::Result<qint64> insertReceipt(const QString& reference, const QDateTime& receivedAt, qint64 poId,
                                       bool completeOnly, const QDateTime& at);
    core::Result<qint64> insertReceiptLine(qint64 receiptId, qint64 itemId, int qty, qint64 poLineId);
    core::Status setReceiptLineShelf(qint64 receiptLineId, int toShelf);

    core::Result<qint64> insertShipment(qint64 orderId, const QDateTime& at, const QString& tracking, bool partial,
                                        bool unpaidAllowed);
    core::Status insertShipmentLine(qint64 shipmentId, qint64 lineId, int qty);

    // What `check` compares; an error when a query of the check fails: a check that
    // cannot read must not pass.
    core::Result<QList<LedgerCheckRow>> ledgerCheck();
    core::Result<QStringList> lineConsistencyProblems();

private:
    static core::Error checkFailed(const QString& what, const QSqlQuery& q);

    Database& m_db;
    StatementCache m_statements;
};

} // namespace bd::store
