#pragma once

#include <QString>

namespace bd::store {

// The order a waiting queue is served in, decided once: orders moved to the front
// first, then first come (the time the order was placed), then the order number
// (shorter first, so that order 99 comes before order 100), then the line. Every view
// of a queue (allocation on receipt, the promised dates, the items page's queue, the
// queue report, the waiting export, a customer's place in line) reads it from here.
//
// `line` is the alias of order_lines in the statement, whose queue key columns
// (priority, placed_at, order_number, line_no) are copied from the order.
// The queue index (migration 0013) holds this key, so a statement that reads a queue in
// this order, or runs a window over it, sorts nothing.
QString queueOrderBy(const QString& line = QStringLiteral("l"));
// The same key as a list of terms without ORDER BY, for a window's ORDER BY.
QString queueKeyTerms(const QString& line = QStringLiteral("l"));

// A condition that holds when line `ahead` comes before line `line` in their item's
// queue: for counting a line's place without reading the lines ahead of it.
QString queueAhead(const QString& ahead, const QString& line);

} // namespace bd::store
