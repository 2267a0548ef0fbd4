#pragma once

#include "csv/formats/ShopFormat.h"

namespace bd::csv {

// One row of an orders file: the order's own fields where the row gives them, and the
// lines it holds (one per row in most files; several in a plugin's one-row-per-order file).
struct OrderRow
{
    domain::NewOrder order;  // number, and the order's fields when `head`
    bool head = true;        // the row gives the order's own fields (Shopify: its first row only)
    QString currency;        // the order's currency, where the file says
    // Why the whole order is not imported ("refunded", "cancelled", ...): counted in a warning.
    QString skip;
    // The file has no customer columns at all (an export made without them): the order
    // goes to a customer of its own, marked unknown, who is never sent an e-mail.
    bool anonymous = false;
    // Lines refunded in full: not imported, counted in a warning.
    int refundedLines = 0;
    struct Line
    {
        domain::NewOrderLine line;
        QString name;           // the shop's line name ("Title - Option / Option")
        bool fulfilled = false; // shipped by the shop already
    };
    QList<Line> lines;
};

// The columns of an orders file, as messages name them.
struct OrderFields
{
    QString number;
    QString placedAt;
    QString email;
    QString sku;
    QString qty;
    QString price;
    QString currency;
};

class OrderReader
{
public:
    virtual ~OrderReader() = default;
    // False when the row holds no order.
    virtual bool read(Fields& f, OrderRow& row) = 0;
};

// How dates a spreadsheet rewrote ("31/12/2023 22:36") are read when the day and the
// month could be either: the shop's locale says.
struct OrderReading
{
    bool dayFirst = true;
};

class OrderFormat : public ShopFormat
{
public:
    DataKind kind() const override { return DataKind::Orders; }
    virtual OrderFields fields() const = 0;
    virtual std::unique_ptr<OrderReader> reader(const Table& table, const OrderReading& reading) const = 0;
    // A line names its item by SKU or by name: a file needs one of the two columns.
    QStringList missing(const Table& table) const override;

protected:
    // The columns of which a file needs one, as the format names them; none when the
    // format has a single item column, among required().
    virtual QStringList itemReference() const { return {}; }
};

// The orders file of the brief, one row per order line.
class NativeOrders final : public OrderFormat
{
    Q_DECLARE_TR_FUNCTIONS(ShopFormat)

public:
    QString id() const override { return QStringLiteral("native"); }
    QString shop() const override { return QStringLiteral("native"); }
    QString title() const override;
    QList<ColumnName> columns() const override;
    QStringList required() const override;
    OrderFields fields() const override;
    std::unique_ptr<OrderReader> reader(const Table& table, const OrderReading& reading) const override;
};

// Shopify's order export: one row per line item, the order's fields on its first row.
// Fulfilled lines are already shipped; cancelled, refunded and voided orders and draft
// orders without an e-mail are not imported; Shopify's protective leading ' is dropped.
class ShopifyOrders final : public OrderFormat
{
    Q_DECLARE_TR_FUNCTIONS(ShopFormat)

public:
    QString id() const override { return QStringLiteral("shopify"); }
    QString shop() const override { return QStringLiteral("shopify"); }
    QString title() const override;
    QList<ColumnName> columns() const override;
    QStringList required() const override;
    OrderFields fields() const override;
    std::unique_ptr<OrderReader> reader(const Table& table, const OrderReading& reading) const override;

protected:
    QStringList itemReference() const override;
};

// WooCommerce has no order export of its own: the most used plugin's (WebToffee's
// "Order Export & Order Import for WooCommerce") one row per order, each line item a
// cell line_item_N of "name:…|sku:…|quantity:…|total:…". Completed orders are shipped;
// cancelled, refunded, failed and draft ones are not imported.
class WooCommerceOrders final : public OrderFormat
{
    Q_DECLARE_TR_FUNCTIONS(ShopFormat)

public:
    QString id() const override { return QStringLiteral("woocommerce"); }
    QString shop() const override { return QStringLiteral("woocommerce"); }
    QString title() const override;
    QList<ColumnName> columns() const override;
    QStringList required() const override;
    bool readsColumn(const QString& fileName) const override;
    OrderFields fields() const override;
    std::unique_ptr<OrderReader> reader(const Table& table, const OrderReading& reading) const override;
};

// The other shape of the same plugin family, and of the other common WooCommerce order
// export plugins: one row per line item, the order's fields repeated on each of its rows
// (or, where a plugin leaves them out, on its first row only), the rows of one order
// grouped into one order. Read by the columns' keys of WebToffee's "one row per item"
// mode and SkyVerge's "Customer/Order/Coupon Export" (order_number, order_date, status,
// billing_email, item_name, item_sku, item_quantity, item_total, ...) and by the labels
// of "Advanced Order Export For WooCommerce" (Order Number, Order Date, Order Status,
// Email (Billing), Item Name, SKU, Quantity, Item Cost, ...).
class WooCommerceOrderItems final : public OrderFormat
{
    Q_DECLARE_TR_FUNCTIONS(ShopFormat)

public:
    QString id() const override { return QStringLiteral("woocommerce-items"); }
    QString shop() const override { return QStringLiteral("woocommerce"); }
    bool isShopDefault() const override { return false; }
    QString title() const override;
    QList<ColumnName> columns() const override;
    QStringList required() const override;
    OrderFields fields() const override;
    std::unique_ptr<OrderReader> reader(const Table& table, const OrderReading& reading) const override;

protected:
    QStringList itemReference() const override;
};

// A time as shops and spreadsheets write it: ISO 8601, "2026-11-20 09:00:00 +0100",
// "31/12/2023 22:36", "12/31/2023 22:36" (day first unless `dayFirst` is false or the
// first number cannot be a month), "16-05-2018 07:32:06". Invalid when none of these.
QDateTime parseOrderTime(const QString& text, bool dayFirst);

} // namespace bd::csv
