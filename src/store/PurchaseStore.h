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
    // The dated units still to come for an item, in the order they are expected.
    core::Result<QList<domain::Incoming>> incoming(qint64 itemId);
    core::Result<int> incomingQty(qint64 itemId);

    // Open orders only unless includeClosed, by number.
    core::Result<QList<PurchaseOrderSummary>> purchaseOrders(bool includeClosed);
    Found<PurchaseOrderSummary> purchaseOrder(const QString& number);
    core::Result<QList<PurchaseOrderLineRow>> lines(qint64 poId);
    // The highest purchase order id so far; one with a larger id was created after.
    core::Result<qint64> lastId();

private:
    StatementCache m_statements;
};

} // namespace bd::store
