#include "PurchaseQueries.h"

#include "core/Clock.h"
#include "store/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace bd::store {

namespace {

const QString summarySelect = QStringLiteral(
    "SELECT p.id, p.po_number, p.supplier, p.status, p.created_at, "
    "MIN(CASE WHEN l.qty > l.qty_received THEN l.expected_date END), COUNT(l.id), "
    "COALESCE(SUM(l.qty), 0), COALESCE(SUM(l.qty_received), 0) "
    "FROM purchase_orders p LEFT JOIN purchase_order_lines l ON l.po_id = p.id ");
const QString summaryGroup
    = QStringLiteral(" GROUP BY p.id, p.po_number, p.supplier, p.status, p.created_at ");

} // namespace

PurchaseQueries::PurchaseQueries(Database& db)
    : m_statements(db)
{
}

PurchaseOrderSummary PurchaseQueries::readSummary(const QSqlQuery& q) const
{
    PurchaseOrderSummary s;
    s.id = q.value(0).toLongLong();
    s.number = q.value(1).toString();
    s.supplier = q.value(2).toString();
    s.status = q.value(3).toString();
    s.createdAt = core::parseIsoDateTime(q.value(4).toString());
    s.expected = q.value(5).isNull() ? QDate() : core::parseIsoDate(q.value(5).toString());
    s.lines = q.value(6).toInt();
    s.ordered = q.value(7).toLongLong();
    s.received = q.value(8).toLongLong();
    return s;
}

QList<PurchaseOrderSummary> PurchaseQueries::purchaseOrders(bool includeClosed)
{
    QList<PurchaseOrderSummary> rows;
    Statement q = m_statements.prepared(summarySelect + QStringLiteral("WHERE (? = 1 OR p.status = 'open')")
                                         + summaryGroup + QStringLiteral("ORDER BY p.po_number"));
    q.bindValue(0, includeClosed ? 1 : 0);
    if (!q.exec())
        return rows;
    while (q.next())
        rows << readSummary(q);
    q.finish();
    return rows;
}

std::optional<PurchaseOrderSummary> PurchaseQueries::purchaseOrder(const QString& number)
{
    Statement q = m_statements.prepared(summarySelect + QStringLiteral("WHERE p.po_number = ?") + summaryGroup);
    q.bindValue(0, number);
    std::optional<PurchaseOrderSummary> found;
    if (q.exec() && q.next())
        found = readSummary(q);
    // A statement left on its row would hold the connection's read snapshot open.
    q.finish();
    return found;
}

QList<PurchaseOrderLineRow> PurchaseQueries::lines(qint64 poId)
{
    QList<PurchaseOrderLineRow> rows;
    Statement q = m_statements.prepared(
        QStringLiteral("SELECT l.id, i.sku, i.name, l.qty, l.qty_received, l.expected_date "
                       "FROM purchase_order_lines l JOIN items i ON i.id = l.item_id "
                       "WHERE l.po_id = ? ORDER BY i.sku"));
    q.bindValue(0, poId);
    if (!q.exec())
        return rows;
    while (q.next()) {
        PurchaseOrderLineRow r;
        r.id = q.value(0).toLongLong();
        r.sku = q.value(1).toString();
        r.itemName = q.value(2).toString();
        r.ordered = q.value(3).toInt();
        r.received = q.value(4).toInt();
        r.expected = q.value(5).isNull() ? QDate() : core::parseIsoDate(q.value(5).toString());
        rows << r;
    }
    q.finish();
    return rows;
}

qint64 PurchaseQueries::lastId()
{
    Statement q = m_statements.prepared(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM purchase_orders"));
    const qint64 id = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

} // namespace bd::store
