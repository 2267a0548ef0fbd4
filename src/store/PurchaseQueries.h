#pragma once

#include "store/StatementCache.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace bd::store {

class Database;

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

// The reads of the purchasing screen: purchase orders with their totals, and their
// lines. Read-only; every change goes through services::CatalogService.
class PurchaseQueries
{
public:
    explicit PurchaseQueries(Database& db);

    // Open orders only unless includeClosed, by number.
    QList<PurchaseOrderSummary> purchaseOrders(bool includeClosed);
    std::optional<PurchaseOrderSummary> purchaseOrder(const QString& number);
    QList<PurchaseOrderLineRow> lines(qint64 poId);
    // The highest purchase order id so far; one with a larger id was created after.
    qint64 lastId();

private:
    PurchaseOrderSummary readSummary(const QSqlQuery& q) const;

    StatementCache m_statements;
};

} // namespace bd::store
