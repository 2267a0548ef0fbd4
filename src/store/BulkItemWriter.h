#pragma once

#include "core/Result.h"
#include "domain/Types.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace bd::store {

class Database;

// The fast path of a big items import: new items written through SQLite's own API
// on the shop's connection, inside the caller's transaction, with exactly the rows
// the ordinary path writes (the item, its attributes, the opening stock movement,
// the "item created" event). QtSql costs several times SQLite's own work per row
// (a QVariant per value, a copy of every string); a million-row file feels that.
//
// Only for SQLite: on any other driver available() is false and callers take the
// ordinary path through ShopStore.
class BulkItemWriter
{
    Q_DECLARE_TR_FUNCTIONS(BulkItemWriter)

public:
    explicit BulkItemWriter(Database& db);
    ~BulkItemWriter();
    BulkItemWriter(const BulkItemWriter&) = delete;
    BulkItemWriter& operator=(const BulkItemWriter&) = delete;

    bool available() const { return m_db != nullptr; }

    // The highest item id so far; an item with a larger id was created after.
    qint64 maxItemId();
    // The id of the item with this SKU, 0 when there is none.
    core::Result<qint64> itemId(const QString& sku);

    struct NewItem
    {
        domain::Item item;   // sku, name, price, currency, policy, limit, dates, attributes
        int onHand = 0;      // opening stock
        QDateTime at;
        QString openingReason; // of the opening movement
    };
    // Inserts a new item; its SKU must not exist yet.
    core::Result<qint64> insert(const NewItem& input);

private:
    sqlite3_stmt* statement(int index, const char* sql);
    core::Status step(sqlite3_stmt* stmt);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statements[6] = {};
};

} // namespace bd::store
