#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace bd::domain {

// How an item sells when stock runs out.
enum class Policy { Stop, Backorder, Preorder };
// How far the payment of an order has come.
enum class PaymentState { None, Verified, Authorized, Captured };

QString toString(Policy policy);
std::optional<Policy> parsePolicy(const QString& text);
QString toString(PaymentState state);
std::optional<PaymentState> parsePaymentState(const QString& text);

// Who an item is in the web shop it came from, as that shop's own files name it: kept
// so that an export in the shop's format updates the shop's product instead of making
// a second one. Empty for items made here. Each shop format fills what it knows.
struct ShopIdentity
{
    QString format; // the shop format that gave it ("shopify", "woocommerce")
    QString handle; // Shopify: the product's handle, never rebuilt from the title
    QString title;  // Shopify: the product's title
    // Shopify: the variant's option names and values as written ("Title"/"Default Title" too).
    QList<std::pair<QString, QString>> options;
    QString id;     // WooCommerce: the product's or variation's ID
    QString parent; // WooCommerce: its parent as the file wrote it ("id:44" or a SKU)
    // The item's key is not the shop's SKU (the shop has none for it, or gives the same
    // one to several variants): `sku` is the shop's, written back as it was.
    bool keyed = false;
    QString sku;
    // Cells written back as the shop had them (name -> text): an untracked item's
    // stock cells ("stock", "in_stock", "qty"), the regular price under a sale.
    QMap<QString, QString> cells;

    bool isEmpty() const;
    // One line of JSON, for storage; '' when empty.
    QString toText() const;
    static ShopIdentity fromText(const QString& text);
    bool operator==(const ShopIdentity&) const = default;
};

struct Item
{
    qint64 id = 0;
    QString sku;
    QString name;
    qint64 priceMinor = 0;
    QString currency;
    Policy policy = Policy::Stop;
    std::optional<int> backorderLimit;
    QDate expectedDate; // set by hand; invalid when none
    QDate releaseDate;  // preorder items ship on or after it
    QDate nextDelivery; // earliest expected date of an open purchase order with units to come
    QString attributes; // "Color=Red; Size=M"
    int onHand = 0;
    int allocated = 0; // reserved for orders, not shipped yet
    int waiting = 0;   // ordered, no stock yet
    // Whether its stock is counted. An untracked item (the shop does not manage its
    // stock) is never sold out and never waits: its counters stay 0.
    bool tracked = true;
    ShopIdentity shop;

    // Units a new order could take now: none while anyone waits.
    int available() const { return waiting > 0 ? 0 : onHand - allocated; }
    // When more stock is expected: the next purchase order, else the date set by hand.
    QDate nextExpected() const { return nextDelivery.isValid() ? nextDelivery : expectedDate; }
    // Whether units of it may not ship yet at `today`: a pre-order before its release
    // date. One with no release date set is never held back.
    bool heldUntilRelease(const QDate& today) const
    {
        return policy == Policy::Preorder && releaseDate.isValid() && releaseDate > today;
    }
};

struct Customer
{
    qint64 id = 0;
    QString email;
    QString name;
    QString phone;
    QString address;
};

struct OrderLine
{
    qint64 id = 0;
    qint64 orderId = 0;
    int lineNo = 0;
    qint64 itemId = 0;
    QString sku;
    QString itemName;
    int qty = 0;
    qint64 unitPriceMinor = 0;
    int allocated = 0;
    int shipped = 0;
    int waiting = 0;
    int cancelled = 0;
    int returned = 0;
    QString cancelReason;
    QDate promisedDate;
    QDate toldDate;
};

// The sums of an order's lines that say where it stands. The store keeps them on the
// order (resources/migrations/0012_list_sums.sql), so the orders list sorts and filters
// by them without reading the lines.
struct OrderSums
{
    int lines = 0;
    int open = 0; // units ordered and not cancelled
    int waiting = 0;
    int waitingLines = 0; // lines with units waiting
    int allocated = 0;
    int shipped = 0;
    qint64 totalMinor = 0; // the value of the units not cancelled
    // Empty when nothing waits; "unknown" when a waiting line has no promised date; else
    // the latest promised date of the waiting lines, ISO 8601 (these sort in that order).
    QString latestPromise;

    static OrderSums of(const QList<OrderLine>& lines);
    // Read from latestPromise: a waiting line has no date yet; the latest date (invalid
    // when nothing waits or a date is unknown).
    bool promiseUnknown() const;
    QDate latestPromiseDate() const;
    // waiting, partly allocated, ready, partly shipped, shipped, cancelled
    QString stateName() const;
};

struct Order
{
    qint64 id = 0;
    QString number;
    QDateTime placedAt;
    qint64 customerId = 0;
    QString customerEmail;
    QString customerName;
    QString currency;
    PaymentState payment = PaymentState::None;
    QString cardLast4;
    QString cardExpiry; // YYYY-MM
    QDateTime authorizedAt;
    QString shipToName;
    QString shipToAddress;
    bool holdUntilComplete = false;
    bool priority = false;
    QString priorityReason;
    QList<OrderLine> lines;

    int waitingUnits() const;
    int allocatedUnits() const;
    // waiting, partly allocated, ready, partly shipped, shipped, cancelled
    QString stateName() const;
};

// An order as it comes in, before the rules are applied.
struct NewOrderLine
{
    QString sku;
    int qty = 0;
    std::optional<qint64> unitPriceMinor; // the item's price when not given
    int sourceLine = 0;                   // input file line, for messages
    // Shipped by the web shop before the order came here (an imported order's history):
    // recorded as shipped, it neither waits nor holds stock.
    bool shippedByShop = false;
};

struct NewOrder
{
    QString number;
    QDateTime placedAt;
    QString customerEmail;
    QString customerName;
    PaymentState payment = PaymentState::None;
    QString cardLast4;
    QString cardExpiry;
    QDateTime authorizedAt;
    QString shipToName;
    QString shipToAddress;
    bool holdUntilComplete = false;
    QList<NewOrderLine> lines;
    QString sourceFile; // for messages
    int sourceLine = 0;
};

// One line of a cross-dock list: units of a receipt that go straight to shipping for
// an order, or (destination "shelf") what is put away.
struct CrossDockRow
{
    QString reference;
    QString sku;
    QString orderNumber;
    QString customerEmail;
    int qty = 0;
    QString destination; // "ship" or "shelf"
};

struct WaitingLine
{
    QString sku;
    QString orderNumber;
    QString customerEmail;
    QString customerName;
    QDateTime placedAt;
    int qtyWaiting = 0;
    int position = 0; // 1-based place in the item's queue
    QDate promisedDate;
    PaymentState payment = PaymentState::None;
    bool priority = false;
};

struct Event
{
    QDateTime at;
    QString kind;
    QString orderNumber;
    QString sku;
    QString details;
};

} // namespace bd::domain
