#pragma once

#include "domain/Types.h"
#include "store/MailStore.h" // mail::OutboxRow
#include "store/StatementCache.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

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
    QString search; // order number prefix, or part of the customer's e-mail or name
    std::optional<OrderState> state;
    bool toCapture = false;            // units allocated, payment not captured
    std::optional<QStringList> numbers; // only these orders (a list a service worked out)
    qint64 customerId = 0;             // only this customer's orders
    enum class Sort { Placed, Number, Customer } sort = Sort::Placed;
    bool descending = true;
};

// One row of the orders list: the order with the sums of its lines.
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
    int units = 0; // ordered
    int allocated = 0;
    int shipped = 0;
    int waiting = 0;
    int cancelled = 0;
    qint64 totalMinor = 0; // of the units not cancelled
    QDate promised;        // latest promised date of its waiting lines; invalid: none or unknown
    bool promiseUnknown = false; // a waiting line has no date yet

    OrderState state() const;
};

// What the customers list shows.
struct CustomerFilter
{
    QString search; // part of the e-mail, name or phone
    bool onlyWaiting = false;
    enum class Sort { Email, Name } sort = Sort::Email;
    bool descending = false;
};

struct CustomerRow
{
    qint64 id = 0;
    QString email;
    QString name;
    QString phone;
    int orders = 0;
    int waitingLines = 0;
    QDateTime lastOrder;
};

// A waiting line of one customer, with its place in the item's queue.
struct CustomerWaitingLine
{
    QString orderNumber;
    QString sku;
    QString itemName;
    QDateTime placedAt;
    int qtyWaiting = 0;
    int position = 0;
    QDate promisedDate;
};

// The reads of the window's orders and customers lists and their detail panes. Pages
// are read by key ("after this row"), not by offset, so the last page of a million
// rows costs what the first does; sorting and filtering run in SQL on indexes
// (resources/migrations/0002_window_indexes.sql).
class OrderQueries
{
    Q_DECLARE_TR_FUNCTIONS(OrderQueries)

public:
    explicit OrderQueries(Database& db);
    ~OrderQueries();
    OrderQueries(const OrderQueries&) = delete;
    OrderQueries& operator=(const OrderQueries&) = delete;

    // Up to `limit` orders the filter selects, in its order, after `after` (the last row
    // of the page before; null for the first page).
    QList<OrderRow> orders(const OrderFilter& filter, const OrderRow* after, int limit);
    // Counts what the filter selects; walks every order, so meant for small selections.
    int countOrders(const OrderFilter& filter);
    std::optional<OrderRow> orderRow(const QString& number);

    // E-mails queued or sent for an order, or for any order of a customer, oldest first.
    QList<mail::OutboxRow> messagesForOrder(qint64 orderId);
    QList<mail::OutboxRow> messagesForCustomer(qint64 customerId);

    QList<CustomerRow> customers(const CustomerFilter& filter, const CustomerRow* after, int limit);
    std::optional<CustomerRow> customerRow(const QString& email);
    QList<CustomerWaitingLine> waitingLinesOfCustomer(qint64 customerId);

    // A number for the next order entered by hand: the last order's number counted on,
    // or empty when that is not a number.
    QString suggestOrderNumber();

    // Completions for entry fields: e-mails and SKUs starting with `prefix`.
    QList<domain::Customer> customersStartingWith(const QString& prefix, int limit);
    QStringList skusStartingWith(const QString& prefix, int limit);

private:
    Statement prepared(const QString& sql);
    bool loadSelection(const QStringList& numbers);

    Database& m_db;
    StatementCache m_statements;
    std::optional<QStringList> m_selection; // what the temporary selection table holds
};

} // namespace bd::store
