#pragma once

#include "core/Result.h"
#include "domain/Types.h"
#include "store/ScratchTable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace bd::store {

class Database;

// The fast path of a big items import: new items written through SQLite's own API
// on the shop's connection, inside the caller's transaction, in batches of rows per
// statement into a temporary table shaped as the items are (the same constraints), and
// from there into the items by one statement when flushed. The items' search index
// (FTS5) writes what it has gathered each time a statement that fires its trigger
// begins inside a transaction: one batch of 64 rows at a time made as many small
// segments for it to merge, most of the import's time. An item is one row: its opening stock is part of it (opening_qty, the
// first figure of its stock ledger), and the import records one event for all the
// items it created (see created()), not one per item; an item's history shows its
// creation and opening stock from the item itself. QtSql costs several times SQLite's own work per
// row (a QVariant per value, a copy of every string); a million-row file feels that.
//
// On a server shop the same interface writes the same rows with multi-row INSERTs
// through QtSql, each batch under a savepoint: a SKU that exists already (or came
// earlier in the file) is skipped by ON CONFLICT and listed as a duplicate, and a batch
// with a row the server refuses otherwise is written again row by row to name it. The
// validation before and the duplicate rule are the same on both engines.
class BulkItemWriter
{
    Q_DECLARE_TR_FUNCTIONS(BulkItemWriter)

public:
    explicit BulkItemWriter(Database& db);
    ~BulkItemWriter();
    BulkItemWriter(const BulkItemWriter&) = delete;
    BulkItemWriter& operator=(const BulkItemWriter&) = delete;

    bool available() const { return m_db != nullptr || m_server != nullptr; }

    // The highest item id so far; an item with a larger id was created after.
    core::Result<qint64> maxItemId();
    // The id of the item with this SKU, 0 when there is none; one this writer has not
    // flushed yet stands after every item (the largest id there can be).
    core::Result<qint64> itemId(const QString& sku);

    struct NewItem
    {
        domain::Item item;   // sku, name, price, currency, policy, limit, dates, attributes, tracked, shop
        int onHand = 0;      // opening stock
        QDateTime at;
        int line = 0;        // where the item comes from, for rejected()
    };
    // Queues a new item; items are written in batches (SQLite's cost per statement is
    // paid once per batch): call flush() before reading the items again.
    core::Status add(const NewItem& input);
    // Writes the queued items. A row SQLite refuses (a second row for one SKU, a value
    // a CHECK refuses) is not written and is listed in rejected().
    core::Status flush();

    struct Rejected
    {
        int line = 0;
        QString sku;
        bool duplicate = false; // the SKU exists already (or came earlier in the file)
        QString message;        // SQLite's, when it is not a duplicate
    };
    const QList<Rejected>& rejected() const { return m_rejected; }
    // How many items were created.
    qint64 created() const { return m_created; }

private:
    static constexpr int BatchSize = 64;
    static constexpr int ColumnCount = 15;
    static constexpr int BuffersPerRow = 6; // the row's texts bound without a copy

    core::Status step(sqlite3_stmt* stmt);
    core::Status failure(sqlite3_stmt* stmt);
    void bindItem(sqlite3_stmt* stmt, int first, const NewItem& input, QByteArray* buffers);
    core::Status stage();
    core::Status createStage();
    core::Status moveInParts();
    core::Result<QString> stagedSku(qint64 id);
    core::Status flushToServer();
    core::Status serverRow(const NewItem& input);

    Database* m_server = nullptr; // a server shop: written through QtSql

    sqlite3* m_db = nullptr;
    ScratchTable m_scratch; // the new items, until flush()
    QList<int> m_stagedLines; // the file's line of each row in it, in its order
    QList<NewItem> m_queue;
    QList<Rejected> m_rejected;
    QList<QByteArray> m_buffers; // text bound to the insert, kept until its step
    qint64 m_created = 0;
    // The same time for every row of an import: converted once.
    QDateTime m_at;
    QByteArray m_atText;
};

} // namespace bd::store
