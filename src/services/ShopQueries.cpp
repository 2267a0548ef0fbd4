#include "ShopQueries.h"

#include "core/Clock.h"
#include "mail/Outbox.h"
#include "services/PurchasingService.h"
#include "store/Config.h"
#include "store/EventStore.h"

#include <QSet>

using bd::core::Result;

namespace bd::services {

struct ShopQueries::Stores
{
    explicit Stores(store::Database& db)
        : items(db)
        , orders(db)
        , customers(db)
        , queue(db)
        , purchases(db)
        , events(db)
        , mail(db)
        , config(db)
        , outbox(db, clock, config)
    {
    }

    store::ItemStore items;
    store::OrderStore orders;
    store::CustomerStore customers;
    store::QueueStore queue;
    store::PurchaseStore purchases;
    store::EventStore events;
    store::MailStore mail;
    store::Config config;
    core::SystemClock clock;
    mail::Outbox outbox; // shows the messages queued as intents
};

ShopQueries::ShopQueries(store::Database& db)
    : m_db(db)
    , m_stores(std::make_unique<Stores>(db))
{
}

ShopQueries::~ShopQueries() = default;

Result<QList<store::ItemRow>> ShopQueries::itemRows(const store::ItemFilter& filter, int offset, int limit)
{
    return m_stores->items.itemRows(filter, offset, limit);
}

Result<int> ShopQueries::countItems(const store::ItemFilter& filter)
{
    return m_stores->items.countItems(filter);
}

store::Found<domain::Item> ShopQueries::item(const QString& sku)
{
    return m_stores->items.itemBySku(sku);
}

Result<QStringList> ShopQueries::skusStartingWith(const QString& prefix, int limit)
{
    return m_stores->items.skusStartingWith(prefix, limit);
}

Result<QList<store::ItemHistoryRow>> ShopQueries::history(qint64 itemId, int offset, int limit, bool reversed)
{
    return m_stores->items.history(itemId, offset, limit, reversed);
}

Result<int> ShopQueries::historyLength(qint64 itemId)
{
    return m_stores->items.historyLength(itemId);
}

Result<QList<store::OrderRow>> ShopQueries::orders(const store::OrderFilter& filter, int offset, int limit)
{
    return m_stores->orders.orders(filter, offset, limit);
}

Result<int> ShopQueries::countOrders(const store::OrderFilter& filter)
{
    return m_stores->orders.countOrders(filter);
}

store::Found<store::OrderRow> ShopQueries::orderRow(const QString& number)
{
    return m_stores->orders.orderRow(number);
}

store::Found<domain::Order> ShopQueries::order(const QString& number)
{
    return m_stores->orders.orderByNumber(number);
}

Result<QList<domain::Event>> ShopQueries::eventsOfOrder(qint64 orderId)
{
    return m_stores->events.eventsForOrder(orderId);
}

Result<QString> ShopQueries::suggestOrderNumber()
{
    return m_stores->orders.suggestOrderNumber();
}

Result<QHash<qint64, LineSource>> ShopQueries::lineSources(const domain::Order& order)
{
    QHash<qint64, LineSource> out;
    QSet<qint64> items;
    for (const domain::OrderLine& line : order.lines) {
        if (line.waiting <= 0 || items.contains(line.itemId))
            continue;
        items.insert(line.itemId);
        const Result<QHash<qint64, LineSource>> sources
            = services::lineSources(m_stores->queue, m_stores->purchases, line.itemId);
        if (!sources)
            return sources.errors();
        for (const domain::OrderLine& mine : order.lines) {
            if (mine.itemId == line.itemId && sources->contains(mine.id))
                out.insert(mine.id, sources->value(mine.id));
        }
    }
    return out;
}

store::Found<OrderDetail> ShopQueries::orderDetail(const QString& number)
{
    store::Found<domain::Order> order = this->order(number);
    if (!order)
        return order.errors();
    store::Found<store::OrderRow> row = orderRow(number);
    if (!row)
        return row.errors();
    if (!order.value() || !row.value())
        return std::optional<OrderDetail>();
    OrderDetail detail{*order.value(), *row.value(), {}, {}, {}};
    Result<QList<store::OutboxRow>> mails = messages(store::OutboxFilter{{}, detail.order.id, 0});
    if (!mails)
        return mails.errors();
    detail.messages = mails.takeValue();
    Result<QList<domain::Event>> events = eventsOfOrder(detail.order.id);
    if (!events)
        return events.errors();
    detail.events = events.takeValue();
    Result<QHash<qint64, LineSource>> sources = lineSources(detail.order);
    if (!sources)
        return sources.errors();
    detail.sources = sources.takeValue();
    return std::optional<OrderDetail>(std::move(detail));
}

Result<QList<store::CustomerRow>> ShopQueries::customers(const store::CustomerFilter& filter, int offset, int limit)
{
    return m_stores->customers.customers(filter, offset, limit);
}

Result<int> ShopQueries::countCustomers(const store::CustomerFilter& filter)
{
    return m_stores->customers.countCustomers(filter);
}

store::Found<store::CustomerRow> ShopQueries::customerRow(const QString& email)
{
    return m_stores->customers.customerRow(email);
}

store::Found<domain::Customer> ShopQueries::customer(const QString& email)
{
    return m_stores->customers.customerByEmail(email);
}

Result<QList<domain::Customer>> ShopQueries::customersStartingWith(const QString& prefix, int limit)
{
    return m_stores->customers.customersStartingWith(prefix, limit);
}

Result<QList<store::CustomerWaitingLine>> ShopQueries::waitingLinesOfCustomer(qint64 customerId)
{
    return m_stores->queue.waitingLinesOfCustomer(customerId);
}

store::Found<CustomerDetail> ShopQueries::customerDetail(const QString& email, int orderLimit)
{
    store::Found<store::CustomerRow> found = customerRow(email);
    if (!found)
        return found.errors();
    if (!found.value())
        return std::optional<CustomerDetail>();
    CustomerDetail detail;
    detail.customer = *found.value();
    store::OrderFilter filter;
    filter.customerId = detail.customer.id;
    Result<QList<store::OrderRow>> orders = this->orders(filter, 0, orderLimit);
    if (!orders)
        return orders.errors();
    Result<QList<store::CustomerWaitingLine>> waiting = waitingLinesOfCustomer(detail.customer.id);
    if (!waiting)
        return waiting.errors();
    Result<QList<store::OutboxRow>> mails = messages(store::OutboxFilter{{}, 0, detail.customer.id});
    if (!mails)
        return mails.errors();
    detail.orders = orders.takeValue();
    detail.waiting = waiting.takeValue();
    detail.messages = mails.takeValue();
    return std::optional<CustomerDetail>(std::move(detail));
}

Result<QList<QueueEntry>> ShopQueries::queueEntries(qint64 itemId, const QDate& today, int offset, int limit)
{
    return services::queueEntries(m_stores->queue, m_stores->purchases,
                                  m_stores->config.integer(store::settings::AuthHoldDays), today, itemId, offset, limit);
}

Result<int> ShopQueries::queueLength(qint64 itemId)
{
    return m_stores->queue.queueLength(itemId);
}

Result<QList<store::PurchaseOrderSummary>> ShopQueries::purchaseOrders(bool includeClosed)
{
    return m_stores->purchases.purchaseOrders(includeClosed);
}

Result<QList<store::PurchaseOrderSummary>> ShopQueries::purchaseOrders(bool includeClosed, int offset, int limit,
                                                                       bool descending)
{
    return m_stores->purchases.purchaseOrders(includeClosed, offset, limit, descending);
}

Result<int> ShopQueries::countPurchaseOrders(bool includeClosed)
{
    return m_stores->purchases.countPurchaseOrders(includeClosed);
}

Result<int> ShopQueries::purchaseOrderRow(bool includeClosed, const QString& number)
{
    return m_stores->purchases.purchaseOrderRow(includeClosed, number);
}

store::Found<store::PurchaseOrderSummary> ShopQueries::purchaseOrder(const QString& number)
{
    return m_stores->purchases.purchaseOrder(number);
}

Result<QList<store::PurchaseOrderLineRow>> ShopQueries::purchaseOrderLines(qint64 poId)
{
    return m_stores->purchases.lines(poId);
}

store::Found<PurchaseOrderDetail> ShopQueries::purchaseOrderDetail(const QString& number)
{
    const store::Found<store::PurchaseOrderSummary> order = purchaseOrder(number);
    if (!order)
        return order.errors();
    if (!order.value())
        return std::optional<PurchaseOrderDetail>();
    Result<QList<store::PurchaseOrderLineRow>> lines = purchaseOrderLines(order.value()->id);
    if (!lines)
        return lines.errors();
    Result<QList<store::PoStage>> stages = m_stores->purchases.stages(order.value()->id);
    if (!stages)
        return stages.errors();
    return std::optional<PurchaseOrderDetail>(PurchaseOrderDetail{
        *order.value(), lines.takeValue(), PurchasingService::timelineOf(*order.value(), stages.takeValue())});
}

Result<QList<store::OutboxRow>> ShopQueries::messages(const store::OutboxFilter& filter)
{
    return m_stores->outbox.showRendered(m_stores->mail.messages(filter));
}

Result<QList<store::OutboxRow>> ShopQueries::outboxPage(const store::OutboxFilter& filter, int offset, int limit,
                                                      bool reversed)
{
    return m_stores->outbox.showRendered(m_stores->mail.messagesPage(filter, offset, limit, reversed));
}

Result<int> ShopQueries::countOutbox(const store::OutboxFilter& filter)
{
    return m_stores->mail.countMessages(filter);
}

} // namespace bd::services
