#pragma once

#include "core/Result.h"
#include "domain/Types.h"
#include "store/Sql.h"
#include "store/StatementCache.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace bd::store {

class Database;

// Where an order stands, derived from its lines (see domain::Order::stateName).
enum class OrderState { Waiting, PartlyAllocated, Ready, PartlyShipped, Shipped, Cancelled };

QString toString(OrderState state);
std::optional<OrderState> parseOrderState(const QString& text);

// What the orders list shows: filters and an order, all applied in SQL.
struct OrderFilter
{
    QString search; // words that each start the order number or occur in the customer's e-mail or name
    std::optional<OrderState> state;
    bool toCapture = false;            // units allocated, payment not captured
    std::optional<QStringList> numbers; // only these orders (a list a service worked out)
    qint64 customerId = 0;             // only this customer's orders
    // Each column of the orders list; each sort walks an index of the orders (the sums
    // of an order's lines and its state by the sums the order keeps, migration 0012).
    enum class Sort { Placed, Number, Customer, State, Lines, Waiting, Total, Payment, Promised } sort = Sort::Placed;
    bool descending = true;
};

// One row of the orders list: the order with the sums of its lines (domain::OrderSums).
struct OrderRow
{
    qint64 id = 0;
    QString number;
    QDateTime placedAt;
    qint64 customerId = 0;
    QString customerEmail;
    QString customerName;
    QString currency;
    domain::PaymentState payment = domain::PaymentState::None;
    QString cardLast4;
    QString cardExpiry;
    bool holdUntilComplete = false;
    bool priority = false;
    int lines = 0;
    int open = 0; // ordered, not cancelled
    int allocated = 0;
    int shipped = 0;
    int waiting = 0;
    qint64 totalMinor = 0; // of the units not cancelled
    QDate promised;        // latest promised date of its waiting lines; invalid: none or unknown
    bool promiseUnknown = false; // a waiting line has no date yet

    OrderState state() const;
};

// An order with units waiting or allocated, as the payment-risk rules read it.
struct RiskCandidate
{
    qint64 orderId = 0;
    QString orderNumber;
    QString customerEmail;
    domain::PaymentState payment = domain::PaymentState::None;
    QString cardExpiry;
    QDateTime authorizedAt;
    QDate latestPromise; // latest promised date of its waiting lines (invalid: unknown)
    int waiting = 0;
    int allocated = 0;
};

// The orders and their lines: placing, changing and reading them, and the window's
// orders list. Pages of the list are read by key ("after this row"), not by offset,
// so the last page of a million rows costs what the first does; sorting and
// filtering run in SQL on indexes (resources/migrations/0002_window_indexes.sql).
// The queue the waiting lines form is QueueStore's.
class OrderStore
{
public:
    explicit OrderStore(Database& db);
    ~OrderStore();
    OrderStore(const OrderStore&) = delete;
    OrderStore& operator=(const OrderStore&) = delete;

    // The payment states in the order a payment moves through them, as SQL over the
    // orders' payment_state (`qualifier` is the table's alias and a dot, or empty). The
    // index orders_by_payment_rank (migration 0011) is built on it, unqualified.
    static QString paymentRank(const QString& qualifier);
    // The ORDER BY of the orders list for a sort, over the orders `o` joined to their
    // customers `c`.
    static QString sortSql(OrderFilter::Sort sort, bool descending);
    // The columns a new order is written with, and their values: the order, the sums of
    // its lines as they are written (kept on the order, migration 0012), and when.
    static QString newOrderColumns();
    static QString newOrderPlaceholders(); // "(?, ?, ...)", one for each column
    static QVariantList newOrderValues(const domain::Order& order, const domain::OrderSums& sums, const QString& at);

    core::Result<bool> orderExists(const QString& number);
    // The order with its lines.
    Found<domain::Order> orderByNumber(const QString& number);
    Found<domain::Order> orderById(qint64 id);
    // A new order with its lines as they will be written (order.lines), which
    // insertLine then writes one by one.
    core::Result<qint64> insertOrder(const domain::Order& order, const QDateTime& at);
    core::Result<qint64> insertLine(const domain::Order& order, const domain::OrderLine& line, const QDateTime& at);
    core::Status updateLineQuantities(const domain::OrderLine& line, const QDateTime& at);
    core::Status setOrderPriority(qint64 orderId, bool priority, const QString& reason);
    core::Status setOrderPayment(const domain::Order& order);
    core::Status setOrderHold(qint64 orderId, bool hold);
    // Visits every order with its lines, by placed time. `visit` must not use the
    // database: the rows are read while it runs.
    core::Status forEachOrder(const std::function<void(const domain::Order&)>& visit);
    // Visits every order with units waiting or allocated, oldest first, one at a time (the
    // payment risk list of a busy shop names a fraction of them). `visit` must not use the
    // database: the rows are read while it runs.
    core::Status forEachRiskCandidate(const std::function<void(const RiskCandidate&)>& visit);
    // Orders with units waiting whose payment is not captured, in no order, without the
    // customer's e-mail: the only ones whose waiting units can be at risk.
    core::Result<QList<RiskCandidate>> waitingUnpaid();

    // Up to `limit` orders the filter selects, in its order, from the `offset`-th.
    core::Result<QList<OrderRow>> orders(const OrderFilter& filter, int offset, int limit);
    // Counts what the filter selects (without the lines' sums).
    core::Result<int> countOrders(const OrderFilter& filter);
    Found<OrderRow> orderRow(const QString& number);
    // A number for the next order entered by hand: the last order's number counted on,
    // or empty when that is not a number.
    core::Result<QString> suggestOrderNumber();

private:
    core::Result<QList<domain::OrderLine>> linesOf(qint64 orderId);
    Found<domain::Order> withLines(Found<domain::Order> order);
    core::Status loadSelection(const QStringList& numbers);

    Database& m_db;
    StatementCache m_statements;
    std::optional<QStringList> m_selection; // what the temporary selection table holds
};

} // namespace bd::store
