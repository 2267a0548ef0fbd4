#include "OrderSpool.h"

#include "store/Database.h"
#include "store/Sql.h"

#include <QSqlError>
#include <QVariant>

#include <limits>

using bd::core::Result;
using bd::core::Status;
using namespace bd::domain;

namespace bd::store {

namespace {

// One row per order number of the file (key: the order of first appearance), one
// per order line. The indexes give the orders back by placed time (orders placed at the
// same moment as the queue orders them: by order number, shorter first, see
// QueueOrder.h) without a sort of the whole file, and each order's lines with it.
const char* const createStatements[] = {
    "CREATE TEMP TABLE import_spool_orders ("
    " key INTEGER PRIMARY KEY, order_number TEXT NOT NULL UNIQUE, skipped INTEGER NOT NULL,"
    " placed_ms BIGINT, customer_email TEXT, customer_name TEXT, payment_state INTEGER NOT NULL,"
    " card_last4 TEXT, card_expiry TEXT, authorized_ms BIGINT, ship_to_name TEXT, ship_to_address TEXT,"
    " hold_until_complete INTEGER NOT NULL, source_line INTEGER NOT NULL)",
    "CREATE INDEX import_spool_orders_by_time ON import_spool_orders (skipped, placed_ms, length(order_number), order_number)",
    "CREATE TEMP TABLE import_spool_lines ("
    " id INTEGER PRIMARY KEY, order_key INTEGER NOT NULL, sku TEXT NOT NULL, qty INTEGER NOT NULL,"
    " unit_price_minor BIGINT, source_line INTEGER NOT NULL)",
    "CREATE INDEX import_spool_lines_by_order ON import_spool_lines (order_key, id)",
};

QVariant msOrNull(const QDateTime& at)
{
    return at.isValid() ? QVariant(at.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime fromMs(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// Orders and lines added before they are written, many to a statement.
constexpr qsizetype PendingOrders = 256;
constexpr qsizetype PendingLines = 1024;

void dropTables(Database& db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("DROP TABLE IF EXISTS import_spool_lines"));
    q.exec(QStringLiteral("DROP TABLE IF EXISTS import_spool_orders"));
}

} // namespace

OrderSpool::OrderSpool(Database& db, QString sourceFile)
    : m_db(db)
    , m_sourceFile(std::move(sourceFile))
    , m_find(db.connection())
    , m_statements(db, nullptr)
{
}

OrderSpool::~OrderSpool()
{
    if (!m_open)
        return;
    // SQLite refuses to drop a table a statement still reads.
    m_find.finish();
    dropTables(m_db);
}

Status OrderSpool::open()
{
    // A spool whose tables could not be dropped must not stop the next import.
    dropTables(m_db);
    QSqlQuery q(m_db.connection());
    for (const char* sql : createStatements) {
        if (!q.exec(QLatin1String(sql)))
            return core::fail(tr("Database error: %1").arg(queryError(q)));
    }
    m_open = true;
    m_find.setForwardOnly(true);
    if (!m_find.prepare(QStringLiteral("SELECT key, placed_ms, customer_email, source_line, skipped "
                                       "FROM import_spool_orders WHERE order_number = :number"))) {
        // The statement says why it could not be prepared (the connection may not).
        if (m_find.lastError().isValid())
            return core::fail(tr("Database error: %1").arg(queryError(m_find)));
        return core::fail(tr("Database error: %1").arg(m_db.connection().lastError().text()));
    }
    return {};
}

namespace {

// Where a number's three bits are (double hashing of two seeded hashes).
template<typename Visit>
void forEachBit(const QString& number, size_t bits, Visit visit)
{
    const size_t first = qHash(number, size_t(0x9e3779b97f4a7c15ULL));
    const size_t step = qHash(number, size_t(0xc2b2ae3d27d4eb4fULL)) | 1;
    for (size_t k = 0; k < 3; ++k)
        visit((first + k * step) % bits);
}

} // namespace

void OrderSpool::SeenNumbers::add(const QString& number)
{
    forEachBit(number, Bits, [&](size_t bit) { m_bits[bit / 64] |= quint64(1) << (bit % 64); });
}

bool OrderSpool::SeenNumbers::mayHold(const QString& number) const
{
    bool all = true;
    forEachBit(number, Bits, [&](size_t bit) { all = all && (m_bits[bit / 64] >> (bit % 64) & 1); });
    return all;
}

core::Result<std::optional<OrderSpool::Head>> OrderSpool::find(const QString& number)
{
    const auto pending = m_pendingHeads.constFind(number);
    if (pending != m_pendingHeads.cend())
        return std::optional<Head>(*pending);
    if (!m_seen.mayHold(number))
        return std::optional<Head>();
    m_find.bindValue(QStringLiteral(":number"), number);
    if (!m_find.exec())
        return core::fail(tr("Database error: %1").arg(queryError(m_find)));
    std::optional<Head> head;
    if (m_find.next()) {
        head = Head{m_find.value(0).toLongLong(), fromMs(m_find.value(1)), m_find.value(2).toString(),
                    m_find.value(3).toInt(), m_find.value(4).toInt() != 0};
    }
    m_find.finish();
    return head;
}

Result<OrderSpool::Head> OrderSpool::addOrder(const NewOrder& order, bool skipped)
{
    if (m_pendingOrders.size() >= PendingOrders) {
        if (Status s = write(); !s.ok())
            return s.errors();
    }
    const Head head{++m_orders, order.placedAt, order.customerEmail, order.sourceLine, skipped};
    m_pendingOrders << PendingOrder{head.key, order, skipped};
    m_pendingHeads.insert(order.number, head);
    m_seen.add(order.number);
    return head;
}

Status OrderSpool::addLine(qint64 key, const NewOrderLine& line)
{
    if (m_pendingLines.size() >= PendingLines) {
        if (Status s = write(); !s.ok())
            return s;
    }
    m_pendingLines << PendingLine{++m_lines, key, line};
    return {};
}

Status OrderSpool::write()
{
    using namespace sql;
    const Status orders = writeRows(
        m_statements,
        QStringLiteral("INSERT INTO import_spool_orders (key, order_number, skipped, placed_ms, customer_email, "
                       "customer_name, payment_state, card_last4, card_expiry, authorized_ms, ship_to_name, "
                       "ship_to_address, hold_until_complete, source_line) VALUES "),
        QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"), QString(), m_pendingOrders.size(), 256,
        [&](RowBinds& q, qsizetype i, int& p) {
            const PendingOrder& pending = m_pendingOrders.at(i);
            const NewOrder& order = pending.order;
            q.bindValue(p++, pending.key);
            q.bindValue(p++, order.number);
            q.bindValue(p++, pending.skipped ? 1 : 0);
            q.bindValue(p++, msOrNull(order.placedAt));
            q.bindValue(p++, order.customerEmail);
            q.bindValue(p++, order.customerName);
            q.bindValue(p++, int(order.payment));
            q.bindValue(p++, order.cardLast4);
            q.bindValue(p++, order.cardExpiry);
            q.bindValue(p++, msOrNull(order.authorizedAt));
            q.bindValue(p++, order.shipToName);
            q.bindValue(p++, order.shipToAddress);
            q.bindValue(p++, order.holdUntilComplete ? 1 : 0);
            q.bindValue(p++, order.sourceLine);
        });
    if (!orders.ok())
        return orders;
    m_pendingOrders.clear();
    m_pendingHeads.clear();
    const Status lines = writeRows(
        m_statements,
        QStringLiteral("INSERT INTO import_spool_lines (id, order_key, sku, qty, unit_price_minor, source_line) "
                       "VALUES "),
        QStringLiteral("(?, ?, ?, ?, ?, ?)"), QString(), m_pendingLines.size(), 256,
        [&](RowBinds& q, qsizetype i, int& p) {
            const PendingLine& pending = m_pendingLines.at(i);
            q.bindValue(p++, pending.id);
            q.bindValue(p++, pending.key);
            q.bindValue(p++, pending.line.sku);
            q.bindValue(p++, pending.line.qty);
            q.bindValue(p++, pending.line.unitPriceMinor ? QVariant(*pending.line.unitPriceMinor)
                                                          : QVariant(QMetaType(QMetaType::LongLong)));
            q.bindValue(p++, pending.line.sourceLine);
        });
    if (!lines.ok())
        return lines;
    m_pendingLines.clear();
    return {};
}

Status OrderSpool::forEachByPlacedTime(const std::function<bool(const NewOrder&)>& visit)
{
    // A page of orders at a time, read whole before any is visited: visiting places an
    // order, and no statement may run while another's result is still being read
    // (PostgreSQL loses the rest of it). The pages follow one another by key: first the
    // orders without a time (refused when placed, in file order), then by time and, at
    // the same time, in the queue's order of order numbers (QueueOrder.h), so that the
    // stock on hand goes to the orders the queue would serve first.
    // The page after an order is read as three ranges of the time index, each from where
    // it starts: the rest of the order's time and number length, the longer numbers of its
    // time, the later times. As one condition (later time, or the same time and a later
    // number) SQLite finds no start in the index, and every page read the index from the
    // first order: a square of the file's orders, or of the orders of one time (a file of
    // dates without times).
    constexpr int PageOrders = 500;
    if (Status s = write(); !s.ok())
        return s;
    // The page's orders (o) with their lines, in the walk's order.
    auto withLines = [](const QString& orders) -> QString {
        return QStringLiteral(
                   "SELECT o.key, o.order_number, o.placed_ms, o.customer_email, o.customer_name, o.payment_state, "
                   "o.card_last4, o.card_expiry, o.authorized_ms, o.ship_to_name, o.ship_to_address, "
                   "o.hold_until_complete, o.source_line, l.sku, l.qty, l.unit_price_minor, l.source_line FROM (")
               + orders
               + QStringLiteral(") o LEFT JOIN import_spool_lines l ON l.order_key = o.key "
                                "ORDER BY o.placed_ms, length(o.order_number), o.order_number, o.key, l.id");
    };
    auto range = [](const QString& where, const QString& orderBy, const QString& limit) -> QString {
        return QStringLiteral("SELECT * FROM (SELECT * FROM import_spool_orders WHERE skipped = 0 AND ") + where
               + QStringLiteral(" ORDER BY ") + orderBy + QStringLiteral(" LIMIT ") + limit + QStringLiteral(")");
    };
    const QString byTime = QStringLiteral("placed_ms, length(order_number), order_number");
    QSqlQuery untimed(m_db.connection());
    QSqlQuery timed(m_db.connection());
    for (QSqlQuery* q : {&untimed, &timed})
        q->setForwardOnly(true);
    if (!untimed.prepare(withLines(QStringLiteral("SELECT * FROM import_spool_orders WHERE skipped = 0 AND "
                                                  "placed_ms IS NULL AND key > :key ORDER BY key LIMIT :limit")))
        || !timed.prepare(withLines(
            QStringLiteral("SELECT * FROM (")
            + range(QStringLiteral("placed_ms = :placed1 AND length(order_number) = length(CAST(:n1 AS TEXT)) "
                                   "AND order_number > CAST(:n2 AS TEXT)"),
                    QStringLiteral("order_number"), QStringLiteral(":limit1"))
            + QStringLiteral(" same_length UNION ALL ")
            + range(QStringLiteral("placed_ms = :placed2 AND length(order_number) > length(CAST(:n3 AS TEXT))"),
                    QStringLiteral("length(order_number), order_number"), QStringLiteral(":limit2"))
            + QStringLiteral(" longer UNION ALL ")
            + range(QStringLiteral("placed_ms > :placed3"), byTime, QStringLiteral(":limit3"))
            + QStringLiteral(" later) page ORDER BY ") + byTime + QStringLiteral(" LIMIT :limit"))))
        return core::fail(tr("Database error: %1").arg(queryError(untimed.lastError().isValid() ? untimed : timed)));
    bool withTime = false;
    qint64 lastKey = 0;
    qint64 lastPlaced = std::numeric_limits<qint64>::min();
    QString lastNumber;
    for (;;) {
        QSqlQuery& q = withTime ? timed : untimed;
        q.bindValue(QStringLiteral(":limit"), PageOrders);
        if (withTime) {
            for (const QString& limit : {QStringLiteral(":limit1"), QStringLiteral(":limit2"), QStringLiteral(":limit3")})
                q.bindValue(limit, PageOrders);
            for (const QString& placed : {QStringLiteral(":placed1"), QStringLiteral(":placed2"), QStringLiteral(":placed3")})
                q.bindValue(placed, lastPlaced);
            for (const QString& n : {QStringLiteral(":n1"), QStringLiteral(":n2"), QStringLiteral(":n3")})
                q.bindValue(n, lastNumber);
        } else {
            q.bindValue(QStringLiteral(":key"), lastKey);
        }
        if (!q.exec())
            return core::fail(tr("Database error: %1").arg(queryError(q)));
        QList<NewOrder> page;
        int orders = 0; // read in this page, with lines or not
        qint64 key = 0;
        while (q.next()) {
            if (q.value(0).toLongLong() != key) {
                key = q.value(0).toLongLong();
                lastKey = key;
                lastPlaced = q.value(2).toLongLong();
                lastNumber = q.value(1).toString();
                ++orders;
                if (q.value(13).isNull())
                    continue; // an order without lines is never given back
                NewOrder order;
                order.number = q.value(1).toString();
                order.placedAt = fromMs(q.value(2));
                order.customerEmail = q.value(3).toString();
                order.customerName = q.value(4).toString();
                order.payment = PaymentState(q.value(5).toInt());
                order.cardLast4 = q.value(6).toString();
                order.cardExpiry = q.value(7).toString();
                order.authorizedAt = fromMs(q.value(8));
                order.shipToName = q.value(9).toString();
                order.shipToAddress = q.value(10).toString();
                order.holdUntilComplete = q.value(11).toInt() != 0;
                order.sourceLine = q.value(12).toInt();
                order.sourceFile = m_sourceFile;
                page << order;
            }
            NewOrderLine line;
            line.sku = q.value(13).toString();
            line.qty = q.value(14).toInt();
            if (!q.value(15).isNull())
                line.unitPriceMinor = q.value(15).toLongLong();
            line.sourceLine = q.value(16).toInt();
            page.last().lines << line;
        }
        if (q.lastError().isValid())
            return core::fail(tr("Database error: %1").arg(queryError(q)));
        q.finish();
        for (const NewOrder& order : std::as_const(page)) {
            if (!visit(order))
                return {};
        }
        if (orders < PageOrders) {
            if (withTime)
                return {};
            // The orders without a time are done; the timed ones follow from the start.
            withTime = true;
            lastPlaced = std::numeric_limits<qint64>::min();
            lastNumber.clear();
        }
    }
}

} // namespace bd::store
