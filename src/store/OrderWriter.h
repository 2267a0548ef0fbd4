#pragma once

#include "core/Result.h"
#include "domain/Types.h"
#include "store/StatementCache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace bd::store {

class Database;

// New orders written many to a statement. What placing an order writes (a new customer,
// the order, its lines, the allocations of the stock its lines took, its events, the
// items' counters) is queued, and flush() writes each table's rows in a few multi-row
// statements, in the order they were queued: the ids come out as they would one order
// at a time. A round trip and its bindings cost more than the row itself, which an
// import of a million lines feels; a single order is written the same way.
//
// The queue refers to what it has not written yet by its natural key: an order to its
// customer by e-mail, a line to its order by number. Nothing reads the queued rows
// before flush().
class OrderWriter
{
    Q_DECLARE_TR_FUNCTIONS(OrderWriter)

public:
    explicit OrderWriter(Database& db);

    struct Line
    {
        domain::OrderLine line;   // lineNo, itemId, qty, unitPriceMinor, allocated, waiting
        bool fromStock = false;   // an allocation of line.allocated units from stock
    };

    // A customer to create, with `at` as its creation time.
    void addCustomer(const domain::Customer& customer);
    // An order and its lines. order.customerId is 0 when the customer is queued
    // (addCustomer) under order.customerEmail.
    void addOrder(const domain::Order& order, const QList<Line>& lines);
    // An event of the order queued last.
    void addEvent(const QString& kind, qint64 itemId, const QString& details);
    // An event of an order written already.
    void addEvent(const QString& kind, qint64 orderId, qint64 itemId, qint64 customerId, const QString& details);
    // Units an item's counters take on.
    void addToCounters(qint64 itemId, int allocated, int waiting);

    // Whether enough is queued to write.
    bool full() const;
    bool isEmpty() const;
    // Whether rows are queued (counters aside).
    bool hasRows() const;
    // Drops what is queued, written or not.
    void clear();

    // The ids of what one flush() wrote.
    struct Written
    {
        QHash<QString, qint64> customers; // by e-mail
        QHash<QString, qint64> orders;    // by number
        QHash<std::pair<qint64, int>, qint64> lines; // by order id and line number
    };
    // Writes what is queued, inside the caller's transaction, at `at`. The items'
    // counters are written when `counters` says so: a file's many flushes write each
    // item's once, at the end (nothing reads them before).
    enum class Counters { Write, Keep };
    core::Result<Written> flush(const QDateTime& at, Counters counters = Counters::Write);

private:
    struct QueuedOrder
    {
        domain::Order order;
        QList<Line> lines;
        domain::OrderSums sums; // of the lines as written
    };
    struct QueuedEvent
    {
        qsizetype order = -1; // of m_orders; -1: orderId and customerId are given
        qint64 orderId = 0;
        qint64 customerId = 0;
        qint64 itemId = 0;
        QString kind;
        QString details;
    };

    core::Status writeCustomers(const QString& at, Written& written);
    core::Status writeOrders(const QString& at, Written& written);
    core::Status writeLines(const QString& at, Written& written);
    core::Status writeEvents(const QString& at, const Written& written);
    core::Status writeCounters();
    void clearRows(); // what flush() writes, not the counters

    StatementCache m_statements;
    QList<domain::Customer> m_customers;
    QList<QueuedOrder> m_orders;
    QList<QueuedEvent> m_events;
    QHash<qint64, std::pair<int, int>> m_counters; // allocated, waiting by item
    QList<qint64> m_counterOrder;                   // the items in the order they were first touched
    qsizetype m_lines = 0;
};

} // namespace bd::store
