#pragma once

#include "core/Result.h"
#include "domain/Types.h"
#include "store/Dialect.h"
#include "store/Sql.h"
#include "store/StatementCache.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bd::store {

class Database;

// What the items list shows: a text search and filters, sorted in SQL.
struct ItemFilter
{
    QString search;              // words that all occur in the SKU, name or attributes (Search.h)
    bool onlyWaiting = false;    // only items somebody waits for
    std::optional<domain::Policy> policy;
    enum class Sort {
        Sku,
        Name,
        Attributes,
        Policy,
        BackorderLimit,
        OnHand,
        Allocated,
        Available,
        Waiting,
        WaitingCustomers,
        Incoming,
        Expected,
        Status // domain::ItemStatus's order, judged on `today`
    } sort = Sort::Sku;
    bool descending = false;
    QDate today; // the shop's day, for a sort by status
};

// An item as the items list shows it: the item with its counters, and what the
// list adds to it.
struct ItemRow
{
    domain::Item item;
    int waitingCustomers = 0; // customers with at least one unit waiting for the item
    int incoming = 0;         // units still to come on open purchase orders
};

// One entry of an item's history: a stock movement or an event.
struct ItemHistoryRow
{
    QDateTime at;
    bool movement = false; // a stock movement (qty set), else an event
    QString kind;
    int qty = 0;
    QString reference;
    QString orderNumber;
    QString details;
};

// The items: their definitions (policy, limit, dates, the shop's identifiers), the
// related items a shop lists, the paged items list and an item's history. Stock
// counters and movements are the ledger's (LedgerStore). Every read answers with a
// Result: a failed query is an error, never "no such item".
class ItemStore
{
public:
    explicit ItemStore(Database& db);

    Found<domain::Item> itemBySku(const QString& sku);
    // Only the id of the item with this SKU: for a row that needs no more, without the
    // next delivery itemBySku works out over the item's purchase lines.
    Found<qint64> itemIdBySku(const QString& sku);
    Found<domain::Item> itemById(qint64 id);
    // The one item of that name; none when no item or several have it.
    Found<domain::Item> itemByName(const QString& name);
    // A new item; openingQty is its opening stock (on hand from the start, and the
    // first figure of its stock ledger: on hand = opening_qty + its movements).
    core::Result<qint64> insertItem(const domain::Item& item, const QDateTime& at, int openingQty = 0);
    core::Status updateItemDefinition(const domain::Item& item);
    core::Status setExpectedDate(qint64 itemId, const QDate& date);

    // Related items a shop lists for an item, by kind ("upsell", "cross-sell"), in order.
    core::Status setRelatedItems(qint64 itemId, const QString& kind, const QStringList& skus);
    core::Result<QStringList> relatedItems(qint64 itemId, const QString& kind);
    core::Result<QList<qint64>> allItemIds();
    // The short customer-facing text about an item the follow-ups quote; "" for none.
    core::Result<QString> highlight(qint64 itemId);
    core::Status setHighlight(qint64 itemId, const QString& text);

    // A page of the items the filter selects (limit -1: all from offset).
    core::Result<QList<domain::Item>> items(const ItemFilter& filter, int offset = 0, int limit = -1);
    // The same page with what the items list adds to each item.
    core::Result<QList<ItemRow>> itemRows(const ItemFilter& filter, int offset, int limit);
    core::Result<int> countItems(const ItemFilter& filter);
    // The ids of a page of the items sorted by status (ItemFilter::Sort::Status).
    core::Result<QList<qint64>> idsByStatus(const ItemFilter& filter, int offset, int limit);
    // Completions for entry fields: SKUs starting with `prefix`.
    core::Result<QStringList> skusStartingWith(const QString& prefix, int limit);

    // Stock movements and events of an item, newest first.
    // `limit` entries from `offset`, newest first, or (reversed) oldest first.
    core::Result<QList<ItemHistoryRow>> history(qint64 itemId, int offset, int limit, bool reversed = false);
    core::Result<int> historyLength(qint64 itemId);

private:
    Statement page(const ItemFilter& filter, const QString& columns, int offset, int limit);
    // A page of rows, read by `read`, in the filter's order.
    template<typename Row, typename Read>
    core::Result<QList<Row>> pageRows(const ItemFilter& filter, const QString& columns, int offset, int limit,
                                      Read read);

    StatementCache m_statements;
    Dialect m_dialect;
};

// The FROM/WHERE of an item's creation, for an item with no "item created" event (a
// big import records one event for all the items it creates): select the item's
// columns (alias i) after "SELECT"; itemParameter is the placeholder of its id.
QString itemCreatedWithoutEvent(const QString& itemParameter);

// The first text after every text starting with `prefix` (for a range an index serves).
QString prefixEnd(const QString& prefix);

} // namespace bd::store
