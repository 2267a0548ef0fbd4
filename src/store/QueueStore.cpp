#include "QueueStore.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/QueueOrder.h"

using bd::core::Result;
using bd::core::Status;
using namespace bd::domain;
using namespace bd::store::sql;

namespace bd::store {

QueueStore::QueueStore(Database& db)
    : m_statements(db)
{
}

Result<QList<QueueSlot>> QueueStore::queueSlots(qint64 itemId)
{
    // What the whole order waits for tells complete-only filling which orders a fill
    // completes.
    Statement q = m_statements.prepared(QStringLiteral("SELECT l.id, l.order_id, l.qty_waiting, "
                                                       "(SELECT SUM(x.qty_waiting) FROM order_lines x WHERE x.order_id = l.order_id), "
                                                       "l.order_number, c.email FROM order_lines l "
                                                       "JOIN orders o ON o.id = l.order_id JOIN customers c ON c.id = o.customer_id "
                                                       "WHERE l.item_id = ? AND l.qty_waiting > 0")
                                        + queueOrderBy());
    q.bindValue(P(0), itemId);
    if (Status s = run(q); !s.ok())
        return s.errors();
    return readAll(q, [](const QSqlQuery& r) {
        return QueueSlot{r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toInt(), r.value(3).toInt(),
                         r.value(4).toString(), r.value(5).toString()};
    });
}

// The prefix of an item's queue that `units` cover: a line is in it while the units of
// the lines ahead of it leave some over, and takes what is left, up to its waiting units.
// The prefix has at most `units` lines (each waits for one unit at least), so only that
// many are read. The window's order, the statement's order and the queue index's
// (migration 0013) are one: the lines come from the index in queue order with their
// running sum, and nothing is sorted. Rows: seq (from 1, in queue order), id, order_id,
// qty, order_number, customer_id, qty_waiting; binds: firstUnitsPlanBinds.
QString QueueStore::firstUnitsPlanStatement()
{
    static const QString plan = []() -> QString {
        const QString key = queueKeyTerms(QStringLiteral("l"));
        return QStringLiteral("SELECT r.seq, r.id, r.order_id, "
                              "CASE WHEN r.ahead + r.qty_waiting <= CAST(? AS INTEGER) THEN r.qty_waiting "
                              "ELSE CAST(? AS INTEGER) - r.ahead END AS qty, r.order_number, r.customer_id, "
                              "r.qty_waiting "
                              "FROM (SELECT l.id, l.order_id, l.qty_waiting, l.order_number, l.customer_id, "
                              "ROW_NUMBER() OVER w AS seq, SUM(l.qty_waiting) OVER w - l.qty_waiting AS ahead "
                              "FROM order_lines l WHERE l.item_id = ? AND l.qty_waiting > 0 "
                              "WINDOW w AS (ORDER BY ")
               + key + QStringLiteral(" ROWS UNBOUNDED PRECEDING)") + queueOrderBy()
               + QStringLiteral(" LIMIT ?) r WHERE r.ahead < CAST(? AS INTEGER)");
    }();
    return plan;
}

QVariantList QueueStore::firstUnitsPlanBinds(qint64 itemId, int units)
{
    return {units, units, itemId, units, units};
}

namespace {

// A fill of plannedFills or firstUnitsFills: line, order, units, order number, e-mail,
// what the line still waits for.
PlannedFill plannedFill(const RowValues& r)
{
    return PlannedFill{r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toInt(), r.value(3).toString(),
                       r.value(4).toString(), r.value(5).toInt()};
}

} // namespace

Status QueueStore::planFirstUnits(qint64 itemId, int units)
{
    Statement q = m_statements.prepared(
        QStringLiteral("INSERT INTO allocation_plan (seq, line_id, order_id, qty) SELECT p.seq, p.id, p.order_id, "
                       "p.qty FROM (")
        + firstUnitsPlanStatement() + QStringLiteral(") p"));
    const QVariantList binds = firstUnitsPlanBinds(itemId, units);
    for (qsizetype i = 0; i < binds.size(); ++i)
        q.bindValue(P(int(i)), binds.at(i));
    return run(q);
}

Result<QList<PlannedFill>> QueueStore::firstUnitsFills(qint64 itemId, int units)
{
    // The columns and order of plannedFills, the customer from the line's copy of its
    // order's customer (migration 0012). Read raw: a preview's list of 10,000 lines.
    QList<PlannedFill> fills;
    const Status read = readRows(
        m_statements,
        QStringLiteral("SELECT p.id, p.order_id, p.qty, p.order_number, c.email, p.qty_waiting - p.qty FROM (")
            + firstUnitsPlanStatement() + QStringLiteral(") p JOIN customers c ON c.id = p.customer_id ORDER BY p.seq"),
        [&](RowBinds& binds, int& position) {
            for (const QVariant& value : firstUnitsPlanBinds(itemId, units))
                binds.bindValue(position++, value);
        },
        [&](const RowValues& r) { fills << plannedFill(r); });
    if (!read.ok())
        return read.errors();
    return fills;
}

Status QueueStore::planFills(const QList<Fill>& fills)
{
    int seq = 0;
    for (const Fill& fill : fills) {
        Statement q = m_statements.prepared(
            QStringLiteral("INSERT INTO allocation_plan (seq, line_id, order_id, qty) VALUES (?, ?, ?, ?)"));
        q.bindValue(P(0), ++seq);
        q.bindValue(P(1), fill.lineId);
        q.bindValue(P(2), fill.orderId);
        q.bindValue(P(3), fill.qty);
        if (Status s = run(q); !s.ok())
            return s;
    }
    return {};
}

Result<QList<PlannedFill>> QueueStore::plannedFills()
{
    // Read before the plan is written: qty_waiting is still the line's before the fill.
    QList<PlannedFill> fills;
    const Status read = readRows(
        m_statements,
        QStringLiteral("SELECT p.line_id, p.order_id, p.qty, l.order_number, c.email, l.qty_waiting - p.qty "
                       "FROM allocation_plan p JOIN order_lines l ON l.id = p.line_id "
                       "JOIN customers c ON c.id = l.customer_id ORDER BY p.seq"),
        [](RowBinds&, int&) {}, [&](const RowValues& r) { fills << plannedFill(r); });
    if (!read.ok())
        return read.errors();
    return fills;
}

Status QueueStore::allocatePlanned(const QDateTime& at)
{
    // A line no longer waiting has no promised date and is filled now.
    Statement q = m_statements.prepared(QStringLiteral(
        "UPDATE order_lines SET qty_allocated = order_lines.qty_allocated + p.qty, "
        "qty_waiting = order_lines.qty_waiting - p.qty, "
        "promised_date = CASE WHEN order_lines.qty_waiting = p.qty THEN NULL ELSE order_lines.promised_date END, "
        "filled_at = CASE WHEN order_lines.qty_waiting = p.qty THEN CAST(? AS TEXT) ELSE order_lines.filled_at END "
        "FROM allocation_plan p WHERE p.line_id = order_lines.id"));
    q.bindValue(P(0), core::toIso(at));
    return run(q);
}

Status QueueStore::clearPlan()
{
    Statement q = m_statements.prepared(QStringLiteral("DELETE FROM allocation_plan"));
    return run(q);
}

namespace {

PromiseRow promiseRow(const QSqlQuery& r)
{
    return PromiseRow{r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toInt(), dateOf(r.value(3)),
                      dateOf(r.value(4))};
}

const QString& promiseColumns()
{
    static const QString columns = QStringLiteral(
        "SELECT l.id, l.order_id, l.qty_waiting, l.promised_date, l.told_date FROM order_lines l "
        "WHERE l.item_id = ? AND l.qty_waiting > 0");
    return columns;
}

} // namespace

Result<QString> QueueStore::lastWaitingPlacedAt(qint64 itemId)
{
    Statement q = m_statements.prepared(QStringLiteral(
        "SELECT COALESCE(MAX(placed_at), '') FROM order_lines WHERE item_id = ? AND qty_waiting > 0 AND priority = 0"));
    q.bindValue(P(0), itemId);
    const Found<QString> last = readFirst(q, [](const QSqlQuery& r) { return r.value(0).toString(); });
    if (!last)
        return last.errors();
    return last.value().value_or(QString());
}

Status QueueStore::forEachQueuedPlacement(qint64 itemId,
                                          const std::function<void(const QString&, int, bool)>& visit)
{
    Statement q = m_statements.prepared(
        QStringLiteral("SELECT l.placed_at, l.qty_waiting, l.priority FROM order_lines l "
                       "WHERE l.item_id = ? AND l.qty_waiting > 0")
        + queueOrderBy());
    q.bindValue(P(0), itemId);
    if (Status s = run(q); !s.ok())
        return s;
    while (q.next())
        visit(q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt() != 0);
    if (q.lastError().isValid())
        return failed(q.query());
    return {};
}

Result<QList<PromiseRow>> QueueStore::promiseRows(qint64 itemId)
{
    Statement q = m_statements.prepared(promiseColumns() + queueOrderBy());
    q.bindValue(P(0), itemId);
    return readAll(q, promiseRow);
}

Result<QList<PromiseRow>> QueueStore::promiseHead(qint64 itemId, qint64 units)
{
    QList<PromiseRow> rows;
    if (units <= 0)
        return rows;
    Statement q = m_statements.prepared(promiseColumns() + queueOrderBy());
    q.bindValue(P(0), itemId);
    if (Status s = run(q); !s.ok())
        return s.errors();
    qint64 upTo = 0;
    while (q.next()) {
        PromiseRow row = promiseRow(q.query());
        upTo += row.waiting;
        if (upTo > units)
            return rows; // the statement is finished with the Statement
        rows << row;
    }
    if (q.lastError().isValid())
        return failed(q.query());
    return rows;
}

Result<QList<PromiseRow>> QueueStore::promiseChangesAt(qint64 itemId, const QDate& date)
{
    Statement q = m_statements.prepared(
        promiseColumns()
        + (date.isValid() ? QStringLiteral(" AND (l.promised_date IS NULL OR l.promised_date <> CAST(? AS TEXT) "
                                           "OR l.told_date IS NULL OR l.told_date < CAST(? AS TEXT))")
                          : QStringLiteral(" AND (l.promised_date IS NOT NULL OR l.told_date IS NOT NULL)"))
        + queueOrderBy());
    q.bindValue(P(0), itemId);
    if (date.isValid()) {
        q.bindValue(P(1), core::toIso(date));
        q.bindValue(P(2), core::toIso(date));
    }
    return readAll(q, promiseRow);
}

Status QueueStore::setLinePromises(const QList<LinePromise>& lines)
{
    // VALUES names its columns column1, column2, ... on both engines.
    return writeRows(m_statements,
                     QStringLiteral("UPDATE order_lines SET promised_date = v.column2, told_date = v.column3 "
                                    "FROM (VALUES "),
                     QStringLiteral("(CAST(? AS BIGINT), CAST(? AS TEXT), CAST(? AS TEXT))"),
                     QStringLiteral(") AS v WHERE order_lines.id = v.column1"), lines.size(), 256,
                     [&](RowBinds& q, qsizetype i, int& p) {
                         const LinePromise& line = lines.at(i);
                         q.bindValue(p++, line.lineId);
                         q.bindValue(p++, orNull(line.promised));
                         q.bindValue(p++, orNull(line.told));
                     });
}

Status QueueStore::forEachWaitingLine(qint64 itemId, const std::function<void(const WaitingLine&)>& visit)
{
    const QString order = queueOrderBy();
    // Every item's queue one after the other: by SKU first, then the queue order.
    const QString sql = QStringLiteral(
                            "SELECT i.sku, l.order_number, c.email, c.name, l.placed_at, l.qty_waiting, "
                            "l.promised_date, o.payment_state, l.priority, l.item_id "
                            "FROM order_lines l JOIN items i ON i.id = l.item_id JOIN orders o ON o.id = l.order_id "
                            "JOIN customers c ON c.id = o.customer_id WHERE l.qty_waiting > 0")
                        + (itemId > 0 ? QStringLiteral(" AND l.item_id = ?") : QString())
                        + QStringLiteral(" ORDER BY i.sku, ") + order.mid(QStringLiteral(" ORDER BY ").size());
    Statement q = m_statements.prepared(sql);
    if (itemId > 0)
        q.bindValue(P(0), itemId);
    if (Status s = run(q); !s.ok())
        return s;
    QString sku;
    int position = 0;
    while (q.next()) {
        WaitingLine w;
        w.sku = q.value(0).toString();
        if (w.sku != sku) {
            sku = w.sku;
            position = 0;
        }
        w.orderNumber = q.value(1).toString();
        w.customerEmail = q.value(2).toString();
        w.customerName = q.value(3).toString();
        w.placedAt = dateTimeOf(q.value(4));
        w.qtyWaiting = q.value(5).toInt();
        w.promisedDate = dateOf(q.value(6));
        w.payment = parsePaymentState(q.value(7).toString()).value_or(PaymentState::None);
        w.priority = q.value(8).toInt() != 0;
        w.position = ++position;
        visit(w);
    }
    if (q.lastError().isValid())
        return failed(q);
    return {};
}

Result<QList<QueueRow>> QueueStore::queue(qint64 itemId, int offset, int limit)
{
    Statement q = m_statements.prepared(QStringLiteral(
        "SELECT l.id, l.order_number, c.email, c.name, l.placed_at, l.qty_waiting, l.promised_date, "
        "o.payment_state, o.card_expiry, o.authorized_at, l.priority, o.priority_reason "
        "FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN customers c ON c.id = o.customer_id "
        "WHERE l.item_id = :item AND l.qty_waiting > 0")
        + queueOrderBy() + QStringLiteral(" LIMIT :limit OFFSET :offset"));
    q.bindValue(QStringLiteral(":item"), itemId);
    q.bindValue(QStringLiteral(":limit"), limitValue(limit));
    q.bindValue(QStringLiteral(":offset"), offset);
    int position = offset;
    return readAll(q, [&position](const QSqlQuery& r) {
        QueueRow row;
        row.lineId = r.value(0).toLongLong();
        row.position = ++position;
        row.orderNumber = r.value(1).toString();
        row.customerEmail = r.value(2).toString();
        row.customerName = r.value(3).toString();
        row.placedAt = dateTimeOf(r.value(4));
        row.waiting = r.value(5).toInt();
        row.promisedDate = dateOf(r.value(6));
        row.payment = parsePaymentState(r.value(7).toString()).value_or(PaymentState::None);
        row.cardExpiry = r.value(8).toString();
        row.authorizedAt = dateTimeOf(r.value(9));
        row.priority = r.value(10).toInt() != 0;
        row.priorityReason = r.value(11).toString();
        return row;
    });
}

Result<int> QueueStore::queueLength(qint64 itemId)
{
    Statement q = m_statements.prepared(
        QStringLiteral("SELECT COUNT(*) FROM order_lines l WHERE l.item_id = :item AND l.qty_waiting > 0"));
    q.bindValue(QStringLiteral(":item"), itemId);
    return readCount(q);
}

Result<QList<CustomerWaitingLine>> QueueStore::waitingLinesOfCustomer(qint64 customerId)
{
    // The position counts the waiting lines ahead in the item's queue.
    Statement q = m_statements.prepared(
        QStringLiteral("SELECT l.order_number, i.sku, i.name, l.placed_at, l.qty_waiting, l.promised_date, "
                       "(SELECT COUNT(*) FROM order_lines a WHERE a.item_id = l.item_id AND a.qty_waiting > 0 AND ")
        + queueAhead(QStringLiteral("a"), QStringLiteral("l"))
        + QStringLiteral(") + 1 FROM orders o JOIN order_lines l ON l.order_id = o.id JOIN items i ON i.id = l.item_id "
                         "WHERE o.customer_id = :customer AND l.qty_waiting > 0 "
                         "ORDER BY l.placed_at, l.order_number, l.line_no"));
    q.bindValue(QStringLiteral(":customer"), customerId);
    return readAll(q, [](const QSqlQuery& r) {
        return CustomerWaitingLine{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                                   dateTimeOf(r.value(3)), r.value(4).toInt(), r.value(6).toInt(),
                                   dateOf(r.value(5))};
    });
}

} // namespace bd::store
