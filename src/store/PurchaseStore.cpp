#include "PurchaseStore.h"

#include "core/Clock.h"
#include "store/Database.h"

using bd::core::Result;
using bd::core::Status;
using namespace bd::store::sql;

namespace bd::store {

namespace {

const QString poLineColumns = QStringLiteral(
    "pl.id, pl.po_id, p.po_number, pl.item_id, pl.qty, pl.qty_received, pl.expected_date");

PoLine readPoLine(const QSqlQuery& q)
{
    return PoLine{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toLongLong(),
                  q.value(4).toInt(), q.value(5).toInt(), dateOf(q.value(6))};
}

const QString summarySelect = QStringLiteral(
    "SELECT p.id, p.po_number, p.supplier, p.status, p.created_at, "
    "MIN(CASE WHEN l.qty > l.qty_received THEN l.expected_date END), COUNT(l.id), "
    "COALESCE(SUM(l.qty), 0), COALESCE(SUM(l.qty_received), 0) "
    "FROM purchase_orders p LEFT JOIN purchase_order_lines l ON l.po_id = p.id ");
const QString summaryGroup = QStringLiteral(" GROUP BY p.id, p.po_number, p.supplier, p.status, p.created_at ");

PurchaseOrderSummary readSummary(const QSqlQuery& q)
{
    PurchaseOrderSummary s;
    s.id = q.value(0).toLongLong();
    s.number = q.value(1).toString();
    s.supplier = q.value(2).toString();
    s.status = q.value(3).toString();
    s.createdAt = dateTimeOf(q.value(4));
    s.expected = dateOf(q.value(5));
    s.lines = q.value(6).toInt();
    s.ordered = q.value(7).toLongLong();
    s.received = q.value(8).toLongLong();
    return s;
}

const QString stageSelect = QStringLiteral(
    "SELECT s.id, s.po_id, p.po_number, s.stage, s.stage_date, s.note, s.expected_date, s.recorded_at "
    "FROM purchase_order_stages s JOIN purchase_orders p ON p.id = s.po_id ");

PoStage readStage(const QSqlQuery& q)
{
    return PoStage{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                   dateOf(q.value(4)), q.value(5).toString(), dateOf(q.value(6)), dateTimeOf(q.value(7))};
}

} // namespace

PurchaseStore::PurchaseStore(Database& db)
    : m_statements(db)
{
}

Found<qint64> PurchaseStore::purchaseOrderId(const QString& poNumber)
{
    Statement q = m_statements.prepared(QStringLiteral("SELECT id FROM purchase_orders WHERE po_number = ?"));
    q.bindValue(P(0), poNumber);
    return readFirst(q, [](const QSqlQuery& r) { return r.value(0).toLongLong(); });
}

Result<qint64> PurchaseStore::insertPurchaseOrder(const QString& poNumber, const QString& supplier, const QDateTime& at)
{
    Statement q = m_statements.prepared(QStringLiteral(
        "INSERT INTO purchase_orders (po_number, supplier, created_at) VALUES (?, ?, ?)"));
    q.bindValue(P(0), poNumber);
    q.bindValue(P(1), supplier);
    q.bindValue(P(2), core::toIso(at));
    if (Status s = run(q); !s.ok())
        return s.errors();
    return q.lastInsertId().toLongLong();
}

Found<PoLine> PurchaseStore::purchaseOrderLine(qint64 poId, qint64 itemId)
{
    Statement q = m_statements.prepared(QStringLiteral("SELECT ") + poLineColumns
                                        + QStringLiteral(" FROM purchase_order_lines pl JOIN purchase_orders p ON p.id = pl.po_id "
                                                         "WHERE pl.po_id = ? AND pl.item_id = ?"));
    q.bindValue(P(0), poId);
    q.bindValue(P(1), itemId);
    return readFirst(q, readPoLine);
}

Status PurchaseStore::upsertPurchaseOrderLine(qint64 poId, qint64 itemId, int qty, const QDate& expected)
{
    {
        Statement q = m_statements.prepared(QStringLiteral(
            "INSERT INTO purchase_order_lines (po_id, item_id, qty, expected_date) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (po_id, item_id) DO UPDATE SET qty = excluded.qty, expected_date = excluded.expected_date"));
        q.bindValue(P(0), poId);
        q.bindValue(P(1), itemId);
        q.bindValue(P(2), qty);
        q.bindValue(P(3), orNull(expected));
        if (Status s = run(q); !s.ok())
            return s;
    }
    // A purchase order closed once fully received opens again when a line now asks
    // for more than has arrived; otherwise those units would never count as incoming.
    Statement reopen = m_statements.prepared(QStringLiteral(
        "UPDATE purchase_orders SET status = 'open' WHERE id = ? AND status = 'closed' AND EXISTS "
        "(SELECT 1 FROM purchase_order_lines WHERE po_id = ? AND qty_received < qty)"));
    reopen.bindValue(P(0), poId);
    reopen.bindValue(P(1), poId);
    return run(reopen);
}

Status PurchaseStore::addReceivedToPoLine(qint64 poLineId, int qty)
{
    Statement q = m_statements.prepared(QStringLiteral(
        "UPDATE purchase_order_lines SET qty_received = qty_received + ? WHERE id = ?"));
    q.bindValue(P(0), qty);
    q.bindValue(P(1), poLineId);
    return run(q);
}

Status PurchaseStore::closePurchaseOrderIfDone(qint64 poId)
{
    Statement q = m_statements.prepared(QStringLiteral(
        "UPDATE purchase_orders SET status = 'closed' WHERE id = ? AND NOT EXISTS "
        "(SELECT 1 FROM purchase_order_lines WHERE po_id = ? AND qty_received < qty)"));
    q.bindValue(P(0), poId);
    q.bindValue(P(1), poId);
    return run(q);
}

Result<QList<PoLine>> PurchaseStore::openPoLines(qint64 itemId)
{
    Statement q = m_statements.prepared(QStringLiteral("SELECT ") + poLineColumns
                                        + QStringLiteral(" FROM purchase_order_lines pl JOIN purchase_orders p ON p.id = pl.po_id "
                                                         "WHERE pl.item_id = ? AND p.status = 'open' AND pl.qty_received < pl.qty "
                                                         "ORDER BY pl.expected_date IS NULL, pl.expected_date, p.po_number"));
    q.bindValue(P(0), itemId);
    return readAll(q, readPoLine);
}

Result<QList<PoLine>> PurchaseStore::datedOpenPoLines(qint64 itemId)
{
    const Result<QList<PoLine>> lines = openPoLines(itemId);
    if (!lines)
        return lines.errors();
    QList<PoLine> out;
    for (const PoLine& line : lines.value()) {
        if (line.expected.isValid())
            out << line;
    }
    return out;
}

Result<QList<domain::Incoming>> PurchaseStore::incoming(qint64 itemId)
{
    const Result<QList<PoLine>> lines = datedOpenPoLines(itemId);
    if (!lines)
        return lines.errors();
    QList<domain::Incoming> out;
    for (const PoLine& line : lines.value())
        out << domain::Incoming{line.expected, line.qty - line.received};
    return out;
}

Result<int> PurchaseStore::incomingQty(qint64 itemId)
{
    const Result<QList<PoLine>> lines = openPoLines(itemId);
    if (!lines)
        return lines.errors();
    int n = 0;
    for (const PoLine& line : lines.value())
        n += line.qty - line.received;
    return n;
}

Result<QList<PurchaseOrderSummary>> PurchaseStore::purchaseOrders(bool includeClosed)
{
    Statement q = m_statements.prepared(summarySelect + QStringLiteral("WHERE (:all = 1 OR p.status = 'open')")
                                        + summaryGroup + QStringLiteral("ORDER BY p.po_number"));
    q.bindValue(QStringLiteral(":all"), includeClosed ? 1 : 0);
    return readAll(q, readSummary);
}

Result<QList<PurchaseOrderSummary>> PurchaseStore::purchaseOrders(bool includeClosed, int offset, int limit,
                                                                  bool descending)
{
    Statement q = m_statements.prepared(summarySelect + QStringLiteral("WHERE (:all = 1 OR p.status = 'open')")
                                        + summaryGroup
                                        + (descending ? QStringLiteral("ORDER BY p.po_number DESC")
                                                      : QStringLiteral("ORDER BY p.po_number"))
                                        + QStringLiteral(" LIMIT :limit OFFSET :offset"));
    q.bindValue(QStringLiteral(":all"), includeClosed ? 1 : 0);
    q.bindValue(QStringLiteral(":limit"), limitValue(limit));
    q.bindValue(QStringLiteral(":offset"), offset);
    return readAll(q, readSummary);
}

Result<int> PurchaseStore::countPurchaseOrders(bool includeClosed)
{
    Statement q = m_statements.prepared(
        QStringLiteral("SELECT COUNT(*) FROM purchase_orders p WHERE (:all = 1 OR p.status = 'open')"));
    q.bindValue(QStringLiteral(":all"), includeClosed ? 1 : 0);
    return readCount(q);
}

Result<int> PurchaseStore::purchaseOrderRow(bool includeClosed, const QString& number)
{
    const QString listed = QStringLiteral("SELECT COUNT(*) FROM purchase_orders p WHERE (:all = 1 OR p.status = 'open') ");
    Statement held = m_statements.prepared(listed + QStringLiteral("AND p.po_number = :number"));
    held.bindValue(QStringLiteral(":all"), includeClosed ? 1 : 0);
    held.bindValue(QStringLiteral(":number"), number);
    const Result<int> found = readCount(held);
    if (!found || found.value() == 0)
        return found ? Result<int>(-1) : found;
    Statement before = m_statements.prepared(listed + QStringLiteral("AND p.po_number < :number"));
    before.bindValue(QStringLiteral(":all"), includeClosed ? 1 : 0);
    before.bindValue(QStringLiteral(":number"), number);
    return readCount(before);
}

Found<PurchaseOrderSummary> PurchaseStore::purchaseOrder(const QString& number)
{
    Statement q = m_statements.prepared(summarySelect + QStringLiteral("WHERE p.po_number = :number") + summaryGroup);
    q.bindValue(QStringLiteral(":number"), number);
    return readFirst(q, readSummary);
}

Result<QList<PurchaseOrderLineRow>> PurchaseStore::lines(qint64 poId)
{
    Statement q = m_statements.prepared(
        QStringLiteral("SELECT l.id, i.sku, i.name, l.qty, l.qty_received, l.expected_date "
                       "FROM purchase_order_lines l JOIN items i ON i.id = l.item_id "
                       "WHERE l.po_id = :po ORDER BY i.sku"));
    q.bindValue(QStringLiteral(":po"), poId);
    return readAll(q, [](const QSqlQuery& r) {
        return PurchaseOrderLineRow{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(),
                                    r.value(3).toInt(),      r.value(4).toInt(),    dateOf(r.value(5))};
    });
}

Result<QList<PoLine>> PurchaseStore::openLinesOfPo(qint64 poId)
{
    Statement q = m_statements.prepared(QStringLiteral("SELECT ") + poLineColumns
                                        + QStringLiteral(" FROM purchase_order_lines pl JOIN purchase_orders p ON p.id = pl.po_id "
                                                         "WHERE pl.po_id = ? AND pl.qty_received < pl.qty ORDER BY pl.item_id"));
    q.bindValue(P(0), poId);
    return readAll(q, readPoLine);
}

Status PurchaseStore::setOpenLinesExpected(qint64 poId, const QDate& expected)
{
    Statement q = m_statements.prepared(QStringLiteral(
        "UPDATE purchase_order_lines SET expected_date = ? WHERE po_id = ? AND qty_received < qty"));
    q.bindValue(P(0), orNull(expected));
    q.bindValue(P(1), poId);
    return run(q);
}

Result<qint64> PurchaseStore::insertStage(const PoStage& stage)
{
    Statement q = m_statements.prepared(QStringLiteral(
        "INSERT INTO purchase_order_stages (po_id, stage, stage_date, note, expected_date, recorded_at) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    q.bindValue(P(0), stage.poId);
    q.bindValue(P(1), stage.stage);
    q.bindValue(P(2), core::toIso(stage.date));
    q.bindValue(P(3), stage.note);
    q.bindValue(P(4), orNull(stage.expected));
    q.bindValue(P(5), core::toIso(stage.recordedAt));
    if (Status s = run(q); !s.ok())
        return s.errors();
    return q.lastInsertId().toLongLong();
}

Result<QList<PoStage>> PurchaseStore::stages(qint64 poId)
{
    Statement q = m_statements.prepared(stageSelect + QStringLiteral("WHERE s.po_id = ? ORDER BY s.id"));
    q.bindValue(P(0), poId);
    return readAll(q, readStage);
}

Found<PoStage> PurchaseStore::latestStage(qint64 poId)
{
    Statement q = m_statements.prepared(stageSelect + QStringLiteral("WHERE s.po_id = ? ORDER BY s.id DESC LIMIT 1"));
    q.bindValue(P(0), poId);
    return readFirst(q, readStage);
}

Result<QHash<qint64, PoStage>> PurchaseStore::latestStages()
{
    Statement q = m_statements.prepared(
        stageSelect
        + QStringLiteral("WHERE s.id = (SELECT MAX(n.id) FROM purchase_order_stages n WHERE n.po_id = s.po_id)"));
    const Result<QList<PoStage>> rows = readAll(q, readStage);
    if (!rows)
        return rows.errors();
    QHash<qint64, PoStage> out;
    for (const PoStage& row : rows.value())
        out.insert(row.poId, row);
    return out;
}

Result<QHash<qint64, qint64>> PurchaseStore::nextDeliveryOrders()
{
    // In the order of openPoLines(), so the first row of an item is its next delivery.
    Statement q = m_statements.prepared(QStringLiteral(
        "SELECT pl.item_id, pl.po_id FROM purchase_order_lines pl JOIN purchase_orders p ON p.id = pl.po_id "
        "WHERE p.status = 'open' AND pl.qty_received < pl.qty AND pl.expected_date IS NOT NULL "
        "ORDER BY pl.item_id, pl.expected_date, p.po_number"));
    const Result<QList<std::pair<qint64, qint64>>> rows = readAll(q, [](const QSqlQuery& r) {
        return std::pair<qint64, qint64>{r.value(0).toLongLong(), r.value(1).toLongLong()};
    });
    if (!rows)
        return rows.errors();
    QHash<qint64, qint64> out;
    for (const auto& [itemId, poId] : rows.value()) {
        if (!out.contains(itemId))
            out.insert(itemId, poId);
    }
    return out;
}

Result<qint64> PurchaseStore::lastId()
{
    Statement q = m_statements.prepared(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM purchase_orders"));
    return readNumber(q);
}

} // namespace bd::store
