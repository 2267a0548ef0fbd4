#include "BulkItemWriter.h"

#include "core/Clock.h"
#include "domain/Rules.h"
#include "store/Database.h"
#include "store/Search.h"
#include "store/Sql.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QHash>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

using bd::core::Error;
using bd::core::Result;
using bd::core::Status;

namespace bd::store {

namespace {

// The columns a new item is written with; the rest keep their defaults.
const QByteArray itemColumns = QByteArrayLiteral(
    "sku, name, price_minor, currency, policy, backorder_limit, expected_date, release_date, attributes, on_hand, "
    "opening_qty, created_at, tracked, shop_identity, search_text");

enum Statement { MaxId, FindSku, FindStagedSku, InsertItem, InsertBatch, MoveStaged, MovePart, SkuOf };

// Binds text kept in `buffer` until the next step: SQLite reads it without a copy.
void bindText(sqlite3_stmt* stmt, int index, const QString& text, QByteArray& buffer)
{
    buffer = text.toUtf8();
    sqlite3_bind_text(stmt, index, buffer.constData(), static_cast<int>(buffer.size()), SQLITE_STATIC);
}

// Binds bytes that outlive the statement's next step: SQLite does not copy them.
void bindStatic(sqlite3_stmt* stmt, int index, const QByteArray& text)
{
    sqlite3_bind_text(stmt, index, text.constData(), static_cast<int>(text.size()), SQLITE_STATIC);
}

void bindDate(sqlite3_stmt* stmt, int index, const QDate& date)
{
    if (!date.isValid()) {
        sqlite3_bind_null(stmt, index);
        return;
    }
    char text[11];
    const int n = std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year(), date.month(), date.day());
    sqlite3_bind_text(stmt, index, text, n, SQLITE_TRANSIENT);
}

const QByteArray& policyText(domain::Policy policy)
{
    static const QByteArray stop = domain::toString(domain::Policy::Stop).toUtf8();
    static const QByteArray backorder = domain::toString(domain::Policy::Backorder).toUtf8();
    static const QByteArray preorder = domain::toString(domain::Policy::Preorder).toUtf8();
    switch (policy) {
    case domain::Policy::Backorder:
        return backorder;
    case domain::Policy::Preorder:
        return preorder;
    case domain::Policy::Stop:
        break;
    }
    return stop;
}

} // namespace

BulkItemWriter::BulkItemWriter(Database& db)
    : m_db(Database::sqliteHandle(db.connection()))
    , m_scratch(m_db, "bulk_items", SkuOf + 1)
{
    if (!m_db && db.dialect().bulkPath() == Dialect::BulkPath::BatchedInserts)
        m_server = &db;
}

BulkItemWriter::~BulkItemWriter() = default;

Status BulkItemWriter::step(sqlite3_stmt* stmt)
{
    if (!stmt)
        return failure(nullptr);
    const int rc = sqlite3_step(stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return failure(stmt);
    return {};
}

Status BulkItemWriter::failure(sqlite3_stmt* stmt)
{
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    if (stmt)
        sqlite3_reset(stmt);
    return core::fail(tr("database error: %1").arg(message));
}

Result<qint64> BulkItemWriter::maxItemId()
{
    if (m_server) {
        QSqlQuery q(m_server->connection());
        if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM items")) || !q.next())
            return core::fail(tr("database error: %1").arg(queryError(q)));
        return q.value(0).toLongLong();
    }
    sqlite3_stmt* stmt = m_scratch.statement(MaxId, "SELECT COALESCE(MAX(id), 0) FROM items");
    if (!stmt)
        return failure(nullptr).errors();
    if (sqlite3_step(stmt) != SQLITE_ROW)
        return failure(stmt).errors();
    const qint64 id = sqlite3_column_int64(stmt, 0);
    sqlite3_reset(stmt);
    return id;
}

Result<qint64> BulkItemWriter::itemId(const QString& sku)
{
    if (m_server) {
        QSqlQuery q(m_server->connection());
        q.prepare(QStringLiteral("SELECT id FROM items WHERE sku = ?"));
        q.addBindValue(sku);
        if (!q.exec())
            return core::fail(tr("database error: %1").arg(queryError(q)));
        return q.next() ? q.value(0).toLongLong() : qint64(0);
    }
    // An item of this file not written yet stands after every item there was.
    sqlite3_stmt* stmt = m_scratch.created() ? m_scratch.statement(FindStagedSku, "SELECT id FROM main.items WHERE sku = ?1 UNION ALL "
                                                             "SELECT 9223372036854775807 FROM temp.bulk_items "
                                                             "WHERE sku = ?1")
                                  : m_scratch.statement(FindSku, "SELECT id FROM main.items WHERE sku = ?");
    if (!stmt)
        return failure(nullptr).errors();
    ScratchTable::bindText(stmt, 1, sku);
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(stmt, 0);
        sqlite3_reset(stmt);
        return id;
    }
    if (rc != SQLITE_DONE)
        return failure(stmt).errors();
    sqlite3_reset(stmt);
    return qint64(0);
}

Status BulkItemWriter::add(const NewItem& input)
{
    if (input.at != m_at) {
        if (Status s = m_server ? flushToServer() : stage(); !s.ok())
            return s;
        m_at = input.at;
        m_atText = core::toIso(input.at).toUtf8();
    }
    m_queue << input;
    if (m_queue.size() < BatchSize)
        return {};
    return m_server ? flushToServer() : stage();
}

void BulkItemWriter::bindItem(sqlite3_stmt* stmt, int first, const NewItem& input, QByteArray* buffers)
{
    const domain::Item& item = input.item;
    bindText(stmt, first + 1, item.sku, buffers[0]);
    bindText(stmt, first + 2, item.name, buffers[1]);
    sqlite3_bind_int64(stmt, first + 3, item.priceMinor);
    bindText(stmt, first + 4, item.currency, buffers[2]);
    bindStatic(stmt, first + 5, policyText(item.policy));
    if (item.backorderLimit)
        sqlite3_bind_int(stmt, first + 6, *item.backorderLimit);
    else
        sqlite3_bind_null(stmt, first + 6);
    bindDate(stmt, first + 7, item.expectedDate);
    bindDate(stmt, first + 8, item.releaseDate);
    bindText(stmt, first + 9, item.attributes, buffers[3]);
    // The opening stock is on hand, and the first figure of the item's ledger.
    sqlite3_bind_int(stmt, first + 10, input.onHand);
    sqlite3_bind_int(stmt, first + 11, input.onHand);
    bindStatic(stmt, first + 12, m_atText);
    sqlite3_bind_int(stmt, first + 13, item.tracked ? 1 : 0);
    bindText(stmt, first + 14, item.shop.toText(), buffers[4]);
    bindText(stmt, first + 15, itemSearchText(item.sku, item.name, item.attributes), buffers[5]);
}

Status BulkItemWriter::flush()
{
    if (m_server)
        return flushToServer();
    if (Status s = stage(); !s.ok())
        return s;
    if (!m_scratch.created())
        return {};
    // One statement: the search index gathers every new item's words and writes them
    // once (or each time its memory is full), as a rebuild would.
    static const QByteArray moveAll = "INSERT INTO main.items (" + itemColumns + ") SELECT " + itemColumns
                                      + " FROM temp.bulk_items ORDER BY id";
    sqlite3_stmt* move = m_scratch.statement(MoveStaged, moveAll.constData());
    if (!move)
        return failure(nullptr);
    const int rc = sqlite3_step(move);
    if (rc == SQLITE_DONE) {
        m_created += sqlite3_changes(m_db);
        sqlite3_reset(move);
    } else {
        // What the items refuse and their copy did not (a trigger of the items' own):
        // the statement is undone, and the rows go again a part at a time to name it.
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(move);
        if ((rc & 0xff) != SQLITE_CONSTRAINT)
            return core::fail(tr("database error: %1").arg(message));
        if (Status s = moveInParts(); !s.ok())
            return s;
    }
    if (!m_scratch.drop())
        return failure(nullptr);
    m_stagedLines.clear();
    return {};
}

// The staged rows a batch at a time, and a batch with a refused row row by row.
Status BulkItemWriter::moveInParts()
{
    static const QByteArray movePart = "INSERT INTO main.items (" + itemColumns + ") SELECT " + itemColumns
                                       + " FROM temp.bulk_items WHERE id BETWEEN ?1 AND ?2 ORDER BY id";
    // The staged rows are numbered 1, 2, ... in the order they came (no row is deleted).
    const qint64 staged = m_stagedLines.size();
    auto moveRange = [&](qint64 first, qint64 last, QString* refusal) -> Result<bool> {
        sqlite3_stmt* stmt = m_scratch.statement(MovePart, movePart.constData());
        if (!stmt)
            return failure(nullptr).errors();
        sqlite3_bind_int64(stmt, 1, first);
        sqlite3_bind_int64(stmt, 2, last);
        const int rc = sqlite3_step(stmt);
        if (rc == SQLITE_DONE) {
            m_created += sqlite3_changes(m_db);
            sqlite3_reset(stmt);
            return true;
        }
        *refusal = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(stmt);
        if ((rc & 0xff) != SQLITE_CONSTRAINT)
            return core::fail(tr("database error: %1").arg(*refusal));
        return false;
    };
    for (qint64 first = 1; first <= staged; first += BatchSize) {
        const qint64 last = std::min(staged, first + BatchSize - 1);
        QString refusal;
        const Result<bool> part = moveRange(first, last, &refusal);
        if (!part)
            return part.errors();
        if (part.value())
            continue;
        for (qint64 id = first; id <= last; ++id) {
            const Result<bool> row = moveRange(id, id, &refusal);
            if (!row)
                return row.errors();
            if (row.value())
                continue;
            const Result<QString> sku = stagedSku(id);
            if (!sku)
                return sku.errors();
            m_rejected << Rejected{m_stagedLines.at(id - 1), sku.value(), false, refusal};
        }
    }
    return {};
}

Result<QString> BulkItemWriter::stagedSku(qint64 id)
{
    sqlite3_stmt* stmt = m_scratch.statement(SkuOf, "SELECT sku FROM temp.bulk_items WHERE id = ?");
    if (!stmt)
        return failure(nullptr).errors();
    sqlite3_bind_int64(stmt, 1, id);
    if (sqlite3_step(stmt) != SQLITE_ROW)
        return failure(stmt).errors();
    const QString sku = ScratchTable::columnText(stmt, 0);
    sqlite3_reset(stmt);
    return sku;
}

// A temporary table with the items' own definition, so it refuses what they would (a
// second row for one SKU, a value a CHECK refuses) and a refused row is named by its line.
Status BulkItemWriter::createStage()
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, "SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = 'items'", -1,
                           &stmt, nullptr)
        != SQLITE_OK)
        return failure(nullptr);
    QString definition;
    if (sqlite3_step(stmt) == SQLITE_ROW)
        definition = ScratchTable::columnText(stmt, 0);
    sqlite3_finalize(stmt);
    static const QRegularExpression head(QStringLiteral("^\\s*CREATE\\s+TABLE\\s+\"?items\"?\\s*\\("),
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = head.match(definition);
    if (!match.hasMatch())
        return core::fail(tr("database error: the items table is not as expected"));
    if (!m_scratch.create("(" + definition.mid(match.capturedEnd()).toUtf8()))
        return failure(nullptr);
    return {};
}

Status BulkItemWriter::stage()
{
    if (m_queue.isEmpty())
        return {};
    if (!m_scratch.created()) {
        if (Status s = createStage(); !s.ok())
            return s;
    }
    static const QByteArray insert = "INSERT INTO temp.bulk_items (" + itemColumns + ") VALUES ";
    static const QByteArray values = QByteArrayLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    static const QByteArray one = insert + values;
    static const QByteArray batch = [] {
        QByteArray sql = insert + values;
        for (int i = 1; i < BatchSize; ++i)
            sql += ", " + values;
        return sql;
    }();
    m_buffers.resize(m_queue.size() * BuffersPerRow);

    // A full batch in one statement: SQLite's work per statement is paid once.
    if (m_queue.size() == BatchSize) {
        sqlite3_stmt* stmt = m_scratch.statement(InsertBatch, batch.constData());
        if (!stmt)
            return failure(nullptr);
        for (int i = 0; i < BatchSize; ++i)
            bindItem(stmt, i * ColumnCount, m_queue.at(i), m_buffers.data() + i * BuffersPerRow);
        const int rc = sqlite3_step(stmt);
        if (rc == SQLITE_DONE) {
            for (const NewItem& input : std::as_const(m_queue))
                m_stagedLines << input.line;
            m_queue.clear();
            return {};
        }
        sqlite3_reset(stmt); // the statement's rows are undone; find the row that failed
        if ((rc & 0xff) != SQLITE_CONSTRAINT)
            return core::fail(tr("database error: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
    }

    // Row by row: the last, short batch, and a batch with a row SQLite refused.
    for (const NewItem& input : std::as_const(m_queue)) {
        sqlite3_stmt* stmt = m_scratch.statement(InsertItem, one.constData());
        if (!stmt)
            return failure(nullptr);
        bindItem(stmt, 0, input, m_buffers.data());
        const int rc = sqlite3_step(stmt);
        if (rc == SQLITE_DONE) {
            m_stagedLines << input.line;
            continue;
        }
        const int extended = sqlite3_extended_errcode(m_db);
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(stmt);
        if ((rc & 0xff) != SQLITE_CONSTRAINT)
            return core::fail(tr("database error: %1").arg(message));
        // The SKU is unique: a second row for one is refused, and is no item.
        m_rejected << Rejected{input.line, input.item.sku, extended == SQLITE_CONSTRAINT_UNIQUE, message};
    }
    m_queue.clear();
    return {};
}

// ---------------------------------------------------------------- on a server shop

namespace {

const QString serverInsert = QStringLiteral(
    "INSERT INTO items (sku, name, price_minor, currency, policy, backorder_limit, expected_date, "
    "release_date, attributes, on_hand, opening_qty, created_at, tracked, shop_identity, search_text) VALUES ");
const QString serverValues = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

QVariant dateValue(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

// Text as text: QtSql binds a null QString as NULL, and these columns hold ''.
QVariant textValue(const QString& text)
{
    return text.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(text);
}

void bindServerItem(QSqlQuery& q, const BulkItemWriter::NewItem& input, const QString& at)
{
    const domain::Item& item = input.item;
    q.addBindValue(textValue(item.sku));
    q.addBindValue(textValue(item.name));
    q.addBindValue(item.priceMinor);
    q.addBindValue(textValue(item.currency));
    q.addBindValue(domain::toString(item.policy));
    q.addBindValue(item.backorderLimit ? QVariant(*item.backorderLimit) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(dateValue(item.expectedDate));
    q.addBindValue(dateValue(item.releaseDate));
    q.addBindValue(textValue(item.attributes));
    q.addBindValue(input.onHand);
    q.addBindValue(input.onHand);
    q.addBindValue(at);
    q.addBindValue(item.tracked ? 1 : 0);
    q.addBindValue(textValue(item.shop.toText()));
    q.addBindValue(textValue(itemSearchText(item.sku, item.name, item.attributes)));
}

} // namespace

// A batch in one statement under a savepoint. ON CONFLICT skips a SKU that is taken
// (in the shop, or by an earlier row of the batch); RETURNING says which rows went in,
// in the batch's order, so the rows skipped are the later ones of each SKU.
Status BulkItemWriter::flushToServer()
{
    const QString at = QString::fromUtf8(m_atText);
    QSqlQuery q(m_server->connection());
    if (!q.exec(QStringLiteral("SAVEPOINT bd_bulk_items")))
        return core::fail(tr("database error: %1").arg(queryError(q)));
    QString sql = serverInsert;
    for (qsizetype i = 0; i < m_queue.size(); ++i)
        sql += (i ? QStringLiteral(", ") : QString()) + serverValues;
    sql += QStringLiteral(" ON CONFLICT (sku) DO NOTHING RETURNING sku");
    q.prepare(sql);
    for (const NewItem& input : std::as_const(m_queue))
        bindServerItem(q, input, at);
    if (q.exec()) {
        QHash<QString, int> inserted; // rows written per SKU: one, the first of the batch
        while (q.next())
            ++inserted[q.value(0).toString()];
        for (const NewItem& input : std::as_const(m_queue)) {
            int& left = inserted[input.item.sku];
            if (left > 0) {
                --left;
                ++m_created;
            } else {
                m_rejected << Rejected{input.line, input.item.sku, true, QString()};
            }
        }
        q.finish();
        if (!q.exec(QStringLiteral("RELEASE SAVEPOINT bd_bulk_items")))
            return core::fail(tr("database error: %1").arg(queryError(q)));
        m_queue.clear();
        return {};
    }
    // A row the server refused for another reason: undo the batch, then row by row.
    if (!QSqlQuery(m_server->connection()).exec(QStringLiteral("ROLLBACK TO SAVEPOINT bd_bulk_items")))
        return core::fail(tr("database error: %1").arg(queryError(q)));
    for (const NewItem& input : std::as_const(m_queue)) {
        if (Status s = serverRow(input); !s.ok())
            return s;
    }
    m_queue.clear();
    return {};
}

Status BulkItemWriter::serverRow(const NewItem& input)
{
    QSqlQuery q(m_server->connection());
    if (!q.exec(QStringLiteral("SAVEPOINT bd_bulk_item")))
        return core::fail(tr("database error: %1").arg(queryError(q)));
    q.prepare(serverInsert + serverValues + QStringLiteral(" ON CONFLICT (sku) DO NOTHING RETURNING sku"));
    bindServerItem(q, input, QString::fromUtf8(m_atText));
    if (q.exec()) {
        if (q.next())
            ++m_created;
        else
            m_rejected << Rejected{input.line, input.item.sku, true, QString()};
        q.finish();
        if (!q.exec(QStringLiteral("RELEASE SAVEPOINT bd_bulk_item")))
            return core::fail(tr("database error: %1").arg(queryError(q)));
        return {};
    }
    m_rejected << Rejected{input.line, input.item.sku, false, queryError(q)};
    QSqlQuery undo(m_server->connection());
    if (!undo.exec(QStringLiteral("ROLLBACK TO SAVEPOINT bd_bulk_item")))
        return core::fail(tr("database error: %1").arg(queryError(undo)));
    return {};
}

} // namespace bd::store
