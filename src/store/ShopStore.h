#pragma once

#include "core/Result.h"
#include "domain/Rules.h"
#include "domain/Types.h"
#include "store/StatementCache.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <memory>
#include <unordered_map>
#include <optional>

namespace bd::store {

class Database;

// What the items list shows: a text search and filters, sorted in SQL.
struct ItemFilter
{
    QString search;              // matches SKU, name or attributes
    bool onlyWaiting = false;    // only items somebody waits for
    std::optional<domain::Policy> policy;
    enum class Sort { Sku, Name, OnHand, Waiting, Expected } sort = Sort::Sku;
    bool descending = false;
};

// Totals per item that `check` compares with the cached counters.
struct LedgerCheckRow
{
    QString sku;
    int onHand = 0;
    qint64 ledgerSum = 0; // the opening stock and every movement since
    int allocated = 0;
    qint64 linesAllocated = 0;
    int waiting = 0;
    qint64 linesWaiting = 0;
};

struct PromiseRow
{
    qint64 lineId = 0;
    qint64 orderId = 0;
    int waiting = 0;
    QDate promised;
    QDate told;
};

struct PoLine
{
    qint64 id = 0;
    qint64 poId = 0;
    QString poNumber;
    qint64 itemId = 0;
    int qty = 0;
    int received = 0;
    QDate expected;
};

struct RiskCandidate
{
    QString orderNumber;
    QString customerEmail;
    domain::PaymentState payment = domain::PaymentState::None;
    QString cardExpiry;
    QDateTime authorizedAt;
    QDate latestPromise; // latest promised date of its waiting lines (invalid: unknown)
    int waiting = 0;
    int allocated = 0;
};

struct CouponRow
{
    QString code;
    QString customerEmail;
    std::optional<int> percent;
    std::optional<qint64> amountMinor;
    QString currency;
    QString reason;
    QDateTime createdAt;
};

// All SQL of the shop's domain. Every statement is prepared once per connection and
// run with bound values. Methods do not open transactions: the service calling them
// holds one (bd::store::Transaction) around the whole merchant action.
// The FROM/WHERE of an item's creation, for an item with no "item created" event (a
// big import records one event for all the items it creates): select the item's
// columns (alias i) after "SELECT"; itemParameter is the placeholder of its id.
QString itemCreatedWithoutEvent(const QString& itemParameter);

class ShopStore
{
    Q_DECLARE_TR_FUNCTIONS(ShopStore)

public:
    explicit ShopStore(Database& db);

    Database& database() { return m_db; }

    // Items
    std::optional<domain::Item> itemBySku(const QString& sku);
    std::optional<domain::Item> itemById(qint64 id);
    // The one item of that name; none when no item or several have it.
    // The one item of that name; none when no item or several have it; an error when
    // the read failed.
    core::Result<std::optional<domain::Item>> itemByName(const QString& name);
    // A new item; openingQty is its opening stock (on hand from the start, and the
    // first figure of its stock ledger: on hand = opening_qty + its movements).
    core::Result<qint64> insertItem(const domain::Item& item, const QDateTime& at, int openingQty = 0);
    core::Status updateItemDefinition(const domain::Item& item);
    core::Status setExpectedDate(qint64 itemId, const QDate& date);
    core::Status addToItemCounters(qint64 itemId, int onHand, int allocated, int waiting);
    QList<domain::Item> listItems(const ItemFilter& filter, int offset = 0, int limit = -1);
    int countItems(const ItemFilter& filter);
    // Units the item's lines hold allocated: what its counter takes on when its stock
    // starts being counted (the lines of an untracked item reserve nothing).
    core::Result<int> allocatedInLines(qint64 itemId);
    // Related items a shop lists for an item, by kind ("upsell", "cross-sell"), in order.
    core::Status setRelatedItems(qint64 itemId, const QString& kind, const QStringList& skus);
    core::Result<QStringList> relatedItems(qint64 itemId, const QString& kind);
    QList<domain::Incoming> incoming(qint64 itemId);
    int incomingQty(qint64 itemId);
    QList<qint64> allItemIds();

    // Customers
    core::Result<qint64> upsertCustomer(const domain::Customer& customer, const QDateTime& at);
    std::optional<domain::Customer> customerByEmail(const QString& email);
    void forEachCustomer(const std::function<void(const domain::Customer&)>& visit);

    // Orders
    bool orderExists(const QString& number);
    std::optional<domain::Order> orderByNumber(const QString& number);
    core::Result<qint64> insertOrder(const domain::Order& order, const QDateTime& at);
    core::Result<qint64> insertLine(const domain::Order& order, const domain::OrderLine& line, const QDateTime& at);
    core::Status updateLineQuantities(const domain::OrderLine& line, const QDateTime& at);
    core::Status setOrderPriority(qint64 orderId, bool priority, const QString& reason);
    core::Status setOrderPayment(const domain::Order& order);
    core::Status setOrderHold(qint64 orderId, bool hold);
    // Visits every order with its lines, by placed time.
    void forEachOrder(const std::function<void(const domain::Order&)>& visit);

    // The queue of an item in order. Stops early once `unitsWanted` are covered
    // (unless completeOnly, which may have to look at every line).
    QList<domain::QueueSlot> queueSlots(qint64 itemId, int unitsWanted, bool completeOnly);
    // Moves units of a line from waiting to allocated.
    core::Status allocateToLine(qint64 lineId, int qty, const QDateTime& at);
    int orderWaitingUnits(qint64 orderId);
    QList<PromiseRow> promiseRows(qint64 itemId);
    core::Status setLinePromise(qint64 lineId, const QDate& promised, const QDate& told);
    // Waiting lines of one item (itemId > 0) or of all items, in queue order with positions.
    void forEachWaitingLine(qint64 itemId, const std::function<void(const domain::WaitingLine&)>& visit);
    std::optional<domain::OrderLine> lineById(qint64 lineId);

    // Stock
    core::Status addMovement(qint64 itemId, const QDateTime& at, const QString& kind, int qty,
                             const QString& reference, const QString& reason, qint64 orderId = 0,
                             qint64 receiptId = 0, qint64 shipmentId = 0);
    core::Status insertAllocation(qint64 lineId, qint64 itemId, int qty, const QString& source,
                                  qint64 receiptLineId, const QDateTime& at);
    core::Result<qint64> insertReceipt(const QString& reference, const QDateTime& receivedAt, qint64 poId,
                                       bool completeOnly, const QDateTime& at);
    core::Result<qint64> insertReceiptLine(qint64 receiptId, qint64 itemId, int qty, qint64 poLineId);
    core::Status setReceiptLineShelf(qint64 receiptLineId, int toShelf);

    // Purchase orders
    std::optional<qint64> purchaseOrderId(const QString& poNumber);
    core::Result<qint64> insertPurchaseOrder(const QString& poNumber, const QString& supplier, const QDateTime& at);
    std::optional<PoLine> purchaseOrderLine(qint64 poId, qint64 itemId);
    core::Status upsertPurchaseOrderLine(qint64 poId, qint64 itemId, int qty, const QDate& expected);
    core::Status addReceivedToPoLine(qint64 poLineId, int qty);
    core::Status closePurchaseOrderIfDone(qint64 poId);
    // Open lines of an item with units still to come, oldest expected date first.
    QList<PoLine> openPoLines(qint64 itemId);

    // Shipments
    core::Result<qint64> insertShipment(qint64 orderId, const QDateTime& at, const QString& tracking, bool partial,
                                        bool unpaidAllowed);
    core::Status insertShipmentLine(qint64 shipmentId, qint64 lineId, int qty);

    // History and coupons
    core::Status addEvent(const QDateTime& at, const QString& kind, qint64 orderId, qint64 itemId,
                          qint64 customerId, const QString& details);
    QList<domain::Event> eventsForOrder(qint64 orderId);
    QList<domain::Event> eventsForItem(qint64 itemId);
    bool couponCodeExists(const QString& code);
    core::Status insertCoupon(const CouponRow& coupon, qint64 customerId);
    QList<CouponRow> coupons();

    // Checks and risk
    // Errors when a query of the check fails: a check that cannot read must not pass.
    core::Result<QList<LedgerCheckRow>> ledgerCheck();
    core::Result<QStringList> lineConsistencyProblems();
    QList<RiskCandidate> riskCandidates();

    // Low-level: a cached prepared statement (positional '?' placeholders).
    Statement prepared(const QString& sql);
    core::Status run(QSqlQuery& query);

private:
    domain::Item readItem(const QSqlQuery& q) const;
    static core::Error checkFailed(const QString& what, const QSqlQuery& q);
    QList<domain::OrderLine> linesOf(qint64 orderId);

    Database& m_db;
    StatementCache m_statements;
};

} // namespace bd::store
