#include "BulkItemWriter.h"

#include "core/Clock.h"
#include "domain/Rules.h"
#include "store/Database.h"

#include <QSqlDriver>

#include <sqlite3.h>

using bd::core::Error;
using bd::core::Result;
using bd::core::Status;

namespace bd::store {

namespace {

enum Statement { MaxId, FindSku, InsertItem, InsertAttribute, InsertMovement, InsertEvent };

// Binds text that SQLite copies, so the QByteArray may go away after the call.
void bindText(sqlite3_stmt* stmt, int index, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

void bindTextOrNull(sqlite3_stmt* stmt, int index, const QString& text)
{
    if (text.isEmpty())
        sqlite3_bind_null(stmt, index);
    else
        bindText(stmt, index, text);
}

} // namespace

BulkItemWriter::BulkItemWriter(Database& db)
{
    const QSqlDatabase connection = db.connection();
    if (!connection.driver() || connection.driverName() != QLatin1String("QSQLITE"))
        return;
    const QVariant handle = connection.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_db = *static_cast<sqlite3* const*>(handle.data());
}

BulkItemWriter::~BulkItemWriter()
{
    for (sqlite3_stmt* stmt : m_statements)
        sqlite3_finalize(stmt);
}

sqlite3_stmt* BulkItemWriter::statement(int index, const char* sql)
{
    sqlite3_stmt*& stmt = m_statements[index];
    if (!stmt) {
        if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK)
            return nullptr;
    } else {
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
    }
    return stmt;
}

Status BulkItemWriter::step(sqlite3_stmt* stmt)
{
    if (!stmt)
        return core::fail(tr("database error: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
    const int rc = sqlite3_step(stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(stmt);
        return core::fail(tr("database error: %1").arg(message));
    }
    return {};
}

qint64 BulkItemWriter::maxItemId()
{
    sqlite3_stmt* stmt = statement(MaxId, "SELECT COALESCE(MAX(id), 0) FROM items");
    if (!stmt || sqlite3_step(stmt) != SQLITE_ROW)
        return 0;
    const qint64 id = sqlite3_column_int64(stmt, 0);
    sqlite3_reset(stmt);
    return id;
}

Result<qint64> BulkItemWriter::itemId(const QString& sku)
{
    sqlite3_stmt* stmt = statement(FindSku, "SELECT id FROM items WHERE sku = ?");
    if (!stmt)
        return step(stmt).errors();
    bindText(stmt, 1, sku);
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(stmt, 0);
        sqlite3_reset(stmt);
        return id;
    }
    if (rc != SQLITE_DONE)
        return step(stmt).errors();
    sqlite3_reset(stmt);
    return qint64(0);
}

Result<qint64> BulkItemWriter::insert(const NewItem& input)
{
    const domain::Item& item = input.item;
    const QString at = core::toIso(input.at);
    sqlite3_stmt* stmt = statement(
        InsertItem, "INSERT INTO items (sku, name, price_minor, currency, policy, backorder_limit, expected_date, "
                    "release_date, attributes, on_hand, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (stmt) {
        bindText(stmt, 1, item.sku);
        bindText(stmt, 2, item.name);
        sqlite3_bind_int64(stmt, 3, item.priceMinor);
        bindText(stmt, 4, item.currency);
        bindText(stmt, 5, domain::toString(item.policy));
        if (item.backorderLimit)
            sqlite3_bind_int(stmt, 6, *item.backorderLimit);
        else
            sqlite3_bind_null(stmt, 6);
        bindTextOrNull(stmt, 7, core::toIso(item.expectedDate));
        bindTextOrNull(stmt, 8, core::toIso(item.releaseDate));
        bindText(stmt, 9, item.attributes);
        sqlite3_bind_int(stmt, 10, input.onHand);
        bindText(stmt, 11, at);
    }
    if (Status s = step(stmt); !s.ok())
        return s.errors();
    const qint64 id = sqlite3_last_insert_rowid(m_db);

    for (const auto& [name, value] : domain::parseAttributes(item.attributes)) {
        stmt = statement(InsertAttribute,
                         "INSERT INTO item_attributes (item_id, name, value) VALUES (?, ?, ?) "
                         "ON CONFLICT (item_id, name) DO UPDATE SET value = excluded.value");
        if (stmt) {
            sqlite3_bind_int64(stmt, 1, id);
            bindText(stmt, 2, name);
            bindText(stmt, 3, value);
        }
        if (Status s = step(stmt); !s.ok())
            return s.errors();
    }

    if (input.onHand > 0) {
        // The items row holds the opening stock already: the cache equals the ledger.
        stmt = statement(InsertMovement, "INSERT INTO stock_movements (item_id, at, kind, qty, reference, reason) "
                                         "VALUES (?, ?, 'opening', ?, '', ?)");
        if (stmt) {
            sqlite3_bind_int64(stmt, 1, id);
            bindText(stmt, 2, at);
            sqlite3_bind_int(stmt, 3, input.onHand);
            bindText(stmt, 4, input.openingReason);
        }
        if (Status s = step(stmt); !s.ok())
            return s.errors();
    }

    stmt = statement(InsertEvent, "INSERT INTO events (at, kind, item_id, details) VALUES (?, 'item created', ?, ?)");
    if (stmt) {
        bindText(stmt, 1, at);
        sqlite3_bind_int64(stmt, 2, id);
        bindText(stmt, 3, domain::toString(item.policy));
    }
    if (Status s = step(stmt); !s.ok())
        return s.errors();
    return id;
}

} // namespace bd::store
