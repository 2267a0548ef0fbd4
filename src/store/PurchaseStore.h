#pragma once

#include "core/Result.h"
#include "domain/Rules.h"
#include "domain/Types.h"
#include "store/Sql.h"
#include "store/StatementCache.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace bd::store {

class Database;

// A line of a purchase order, as receiving and the promised dates read it.
struct PoLine
{
    qint64 id = 0;
    qint64 poId = 0;
    QString poNumber;
    qint64 itemId = 0;
    int qty = 0;
    int received = 0;
    QDate expected;
};

// A purchase order as the purchasing list shows it.
struct PurchaseOrderSummary
{
    qint64 id = 0;
    QString number;
    QString supplier;
    QString status; // open | closed
    QDateTime createdAt;
    QDate expected; // earliest expected date of its lines with units still to come
    int lines = 0;
    qint64 ordered = 0;
    qint64 received = 0;
    qint64 open() const { return ordered - received; }
};

struct PurchaseOrderLineRow
{
    qint64 id = 0;
    QString sku;
    QString itemName;
    int ordered = 0;
    int received = 0;
    QDate expected;
    int open() const { return ordered - received; }
};

// A supply-chain stage recorded for a purchase order (domain::supplyStages()).
struct PoStage
{
    qint64 id = 0;
    qint64 poId = 0;
    QString poNumber;
    QString stage;
    QDate date;
    QString note;     // for customers; '' for none
    QDate expected;   // the new expected date the stage brought; invalid for none
    QDateTime recordedAt;
};

// Purchasing: purchase orders and their lines, what is still to come for an item, and
// the purchasing screen's lists.
class PurchaseStore
{
public:
    explicit PurchaseStore(Database& db);

    Found<qint64> purchaseOrderId(const QString& poNumber);
    core::Result<qint64> insertPurchaseOrder(const QString& poNumber, const QString& supplier, const QDateTime& at);
    Found<PoLine> purchaseOrderLine(qint64 poId, qint64 itemId);
    core::Status upsertPurchaseOrderLine(qint64 poId, qint64 itemId, int qty, const QDate& expected);
    core::Status addReceivedToPoLine(qint64 poLineId, int qty);
    core::Status closePurchaseOrderIfDone(qint64 poId);
    // Open lines of an item with units still to come, oldest expected date first.
    core::Result<QList<PoLine>> openPoLines(qint64 itemId);
    // The open lines of an item whose expected date is known, in the order they are
    // expected: the batches of incoming(), one for one.
    core::Result<QList<PoLine>> datedOpenPoLines(qint64 itemId);
    // The dated units still to come for an item, in the order they are expected.
    core::Result<QList<domain::Incoming>> incoming(qint64 itemId);
    core::Result<int> incomingQty(qint64 itemId);

    // Open orders only unless includeClosed, by number.
    core::Result<QList<PurchaseOrderSummary>> purchaseOrders(bool includeClosed);
    // The same a page at a time: `limit` from `offset`, by number (descending: last first).
    core::Result<QList<PurchaseOrderSummary>> purchaseOrders(bool includeClosed, int offset, int limit,
                                                             bool descending);
    core::Result<int> countPurchaseOrders(bool includeClosed);
    // Where a purchase order is in that list by number (0: first), or -1 when the list
    // does not hold it.
    core::Result<int> purchaseOrderRow(bool includeClosed, const QString& number);
    Found<PurchaseOrderSummary> purchaseOrder(const QString& number);
    core::Result<QList<PurchaseOrderLineRow>> lines(qint64 poId);
    // The lines of a purchase order with units still to come, by item id.
    core::Result<QList<PoLine>> openLinesOfPo(qint64 poId);
    // Sets the expected date of every line of the purchase order with units still to come.
    core::Status setOpenLinesExpected(qint64 poId, const QDate& expected);

    // Supply-chain stages: a purchase order's timeline, oldest first, and its newest stage.
    core::Result<qint64> insertStage(const PoStage& stage);
    core::Result<QList<PoStage>> stages(qint64 poId);
    Found<PoStage> latestStage(qint64 poId);
    // The newest stage of each purchase order that has one, by purchase order id.
    core::Result<QHash<qint64, PoStage>> latestStages();
    // For each item with dated units to come, the purchase order of the first of them
    // (the one Item::nextDelivery is the date of), by item id.
    core::Result<QHash<qint64, qint64>> nextDeliveryOrders();

    // The highest purchase order id so far; one with a larger id was created after.
    core::Result<qint64> lastId();

private:
    StatementCache m_statements;
};

} // namespace bd::store
