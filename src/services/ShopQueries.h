#pragma once

#include "core/Result.h"
#include "domain/Types.h"
#include "services/PromiseService.h"
#include "services/QueueService.h"
#include "store/CustomerStore.h"
#include "store/ItemStore.h"
#include "store/MailStore.h"
#include "store/OrderStore.h"
#include "store/PurchaseStore.h"
#include "store/QueueStore.h"

#include <memory>

namespace bd::store {
class Database;
}

namespace bd::services {

// A purchase order with its lines and its timeline (see PurchasingService::timeline).
struct PurchaseOrderDetail
{
    store::PurchaseOrderSummary order;
    QList<store::PurchaseOrderLineRow> lines;
    QList<store::PoStage> timeline;
};

// An order as its detail pane shows it.
struct OrderDetail
{
    domain::Order order;
    store::OrderRow row;
    QList<store::OutboxRow> messages; // its e-mails, oldest first
    QList<domain::Event> events;
    QHash<qint64, LineSource> sources; // where each waiting line comes from, by line id
};

// A customer as their detail pane shows them.
struct CustomerDetail
{
    store::CustomerRow customer;
    QList<store::OrderRow> orders; // newest first, at most the number asked for
    QList<store::CustomerWaitingLine> waiting;
    QList<store::OutboxRow> messages; // the e-mails of all their orders, oldest first
};

// What the window's lists and detail panes read, a page at a time, through the core:
// the read models hold one of these, never a store. Every read is a Result, so a
// failed query reaches the window's error banner instead of showing an empty table.
// Opened on a Database of its own thread (a worker may open one too).
class ShopQueries
{
public:
    explicit ShopQueries(store::Database& db);
    ~ShopQueries();
    ShopQueries(const ShopQueries&) = delete;
    ShopQueries& operator=(const ShopQueries&) = delete;

    store::Database& database() const { return m_db; }

    // Items
    core::Result<QList<store::ItemRow>> itemRows(const store::ItemFilter& filter, int offset, int limit);
    core::Result<int> countItems(const store::ItemFilter& filter);
    store::Found<domain::Item> item(const QString& sku);
    core::Result<QStringList> skusStartingWith(const QString& prefix, int limit);
    core::Result<QList<store::ItemHistoryRow>> history(qint64 itemId, int offset, int limit, bool reversed = false);
    core::Result<int> historyLength(qint64 itemId);

    // Orders
    core::Result<QList<store::OrderRow>> orders(const store::OrderFilter& filter, int offset, int limit);
    core::Result<int> countOrders(const store::OrderFilter& filter);
    store::Found<store::OrderRow> orderRow(const QString& number);
    store::Found<domain::Order> order(const QString& number);
    core::Result<QList<domain::Event>> eventsOfOrder(qint64 orderId);
    core::Result<QString> suggestOrderNumber();
    // Where each waiting line of an order comes from (see PromiseService), by line id.
    core::Result<QHash<qint64, LineSource>> lineSources(const domain::Order& order);
    store::Found<OrderDetail> orderDetail(const QString& number);

    // Customers
    core::Result<QList<store::CustomerRow>> customers(const store::CustomerFilter& filter, int offset, int limit);
    core::Result<int> countCustomers(const store::CustomerFilter& filter);
    store::Found<store::CustomerRow> customerRow(const QString& email);
    store::Found<domain::Customer> customer(const QString& email);
    core::Result<QList<domain::Customer>> customersStartingWith(const QString& prefix, int limit);
    core::Result<QList<store::CustomerWaitingLine>> waitingLinesOfCustomer(qint64 customerId);
    store::Found<CustomerDetail> customerDetail(const QString& email, int orderLimit);

    // An item's waiting queue, a page at a time, its risks worked out for `today`.
    core::Result<QList<QueueEntry>> queueEntries(qint64 itemId, const QDate& today, int offset, int limit);
    core::Result<int> queueLength(qint64 itemId);

    // Purchasing
    core::Result<QList<store::PurchaseOrderSummary>> purchaseOrders(bool includeClosed);
    core::Result<QList<store::PurchaseOrderSummary>> purchaseOrders(bool includeClosed, int offset, int limit,
                                                                    bool descending);
    core::Result<int> countPurchaseOrders(bool includeClosed);
    core::Result<int> purchaseOrderRow(bool includeClosed, const QString& number);
    store::Found<store::PurchaseOrderSummary> purchaseOrder(const QString& number);
    core::Result<QList<store::PurchaseOrderLineRow>> purchaseOrderLines(qint64 poId);
    store::Found<PurchaseOrderDetail> purchaseOrderDetail(const QString& number);

    // E-mails of an order or of every order of a customer, oldest first.
    core::Result<QList<store::OutboxRow>> messages(const store::OutboxFilter& filter);
    // The outbox list, newest first, a page at a time.
    core::Result<QList<store::OutboxRow>> outboxPage(const store::OutboxFilter& filter, int offset, int limit,
                                                     bool reversed = false);
    core::Result<int> countOutbox(const store::OutboxFilter& filter);

private:
    struct Stores;
    store::Database& m_db;
    std::unique_ptr<Stores> m_stores;
};

} // namespace bd::services
