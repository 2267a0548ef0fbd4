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

// A time as shops and spreadsheets write it: ISO 8601, "2026-11-20 09:00:00 +0100",
// "31/12/2023 22:36", "12/31/2023 22:36" (day first unless `dayFirst` is false or the
// first number cannot be a month), "16-05-2018 07:32:06". Invalid when none of these.
QDateTime parseOrderTime(const QString& text, bool dayFirst);

} // namespace bd::csv
