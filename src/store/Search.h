#pragma once

#include "store/Sql.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace bd::store {

class Dialect;

// The one search of the window's lists. What the merchant types is split into words,
// and a row is found when every word matches, in any order: "knit green s" finds the
// green knit in size S. A word of three characters or more matches anywhere in the
// row's search text ("nit" finds the knit, "sku-01" the SKUs starting so); a shorter one
// ("s", "xl", "%") matches a whole word of it only, or it would find nearly everything. The search text of an item
// (SKU, name, attributes) and of a customer (e-mail, name, phone) is kept in a column of
// its own, written by searchFold() whenever the store writes the row, and indexed for
// "contains" (SQLite: an FTS5 trigram table beside it; PostgreSQL: a pg_trgm index);
// see resources/migrations/0007_search_text.sql.

// Text as searches compare it: Unicode case folding ("Æble" and "æble" are one word),
// every sign a word of its own ("kn-gr-s" is "kn - gr - s"), one space between words
// and one before and after the whole.
QString searchFold(const QString& text);


// The search text of an item and of a customer.
QString itemSearchText(const QString& sku, const QString& name, const QString& attributes);
QString customerSearchText(const QString& email, const QString& name, const QString& phone);

// The words of what was typed, as typed; none for blank input.
QStringList searchWords(const QString& typed);

// A table the search reads, by the column holding the row's id where the query being
// built references it ("i.id", "o.customer_id"): its search_text column (searchText), or
// the column a word starts (prefixIn).
struct SearchTable
{
    QString table;    // "items", "customers"
    QString idColumn; // the referencing column in the query being built
};

// One way a word may match a row: its search text (folded), or a column starting with
// the word as typed.
struct SearchMatch
{
    std::optional<SearchTable> searchText;
    QString prefixColumn; // the column starts with the word as typed (an order number)
    // With prefixColumn: the table holding that column, when the query reaches its rows by
    // a reference (table "orders", idColumn "m.order_id"). The rows are then found through
    // the column's index and the list's rows through the reference's, instead of the
    // column being read for every row of the list.
    std::optional<SearchTable> prefixIn;
};

// SQL true when every word matches the row one of the `ways`; empty for no words.
QString searchCondition(SqlText& sql, const Dialect& dialect, const QStringList& words,
                        const QList<SearchMatch>& ways);

} // namespace bd::store
