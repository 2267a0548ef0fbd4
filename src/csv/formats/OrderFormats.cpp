#include "OrderFormats.h"

#include "domain/Money.h"
#include "domain/Rules.h"

#include <QRegularExpression>

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <functional>

using namespace bd::domain;

namespace bd::csv {

namespace {

QList<ColumnName> columnNames(const QStringList& names)
{
    QList<ColumnName> out;
    for (const QString& name : names)
        out << ColumnName {name};
    return out;
}

// "Havnegade 4, 1058 København, DK": the postcode goes with the town.
QString addressOf(const QStringList& parts, const QString& zip, int zipIndex)
{
    QStringList address;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (parts[i].isEmpty())
            continue;
        if (i == zipIndex + 1 && !address.isEmpty() && address.last() == zip)
            address.last() += QLatin1Char(' ') + parts[i];
        else
            address << parts[i];
    }
    return address.join(QStringLiteral(", "));
}

class NativeOrderReader final : public OrderReader
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    bool read(Fields& f, OrderRow& row) override
    {
        NewOrder& order = row.order;
        order.number = f.required(QStringLiteral("order_number"));
        order.placedAt = f.dateTime(QStringLiteral("placed_at"), true);
        order.customerEmail = f.required(QStringLiteral("customer_email")).toLower();
        order.customerName = f.text(QStringLiteral("customer_name"));
        const QString payment = f.text(QStringLiteral("payment_state"));
        const std::optional<PaymentState> state = parsePaymentState(payment);
        if (!state)
            f.error(QStringLiteral("payment_state"), tr("'%1' is not none, verified, authorized or captured").arg(payment));
        order.payment = state.value_or(PaymentState::None);
        order.cardLast4 = f.text(QStringLiteral("card_last4"));
        order.cardExpiry = f.text(QStringLiteral("card_expiry"));
        order.shipToName = f.text(QStringLiteral("ship_to_name"));
        order.shipToAddress = f.text(QStringLiteral("ship_to_address"));
        order.holdUntilComplete = f.flag(QStringLiteral("hold_until_complete"));
        OrderRow::Line line;
        line.line.sku = f.required(QStringLiteral("sku"));
        line.line.qty = f.count(QStringLiteral("qty"), false, 1).value_or(0);
        line.line.unitPriceMinor = f.money(QStringLiteral("unit_price"));
        line.line.sourceLine = f.line();
        row.lines << line;
        return true;
    }
};

namespace shopify {
const QString Name = QStringLiteral("Name");
const QString Email = QStringLiteral("Email");
const QString FinancialStatus = QStringLiteral("Financial Status");
const QString FulfillmentStatus = QStringLiteral("Fulfillment Status");
const QString Currency = QStringLiteral("Currency");
const QString CreatedAt = QStringLiteral("Created at");
const QString CancelledAt = QStringLiteral("Cancelled at");
const QString LineQty = QStringLiteral("Lineitem quantity");
const QString LineName = QStringLiteral("Lineitem name");
const QString LinePrice = QStringLiteral("Lineitem price");
const QString LineSku = QStringLiteral("Lineitem sku");
const QString LineFulfillment = QStringLiteral("Lineitem fulfillment status");
const QString BillingName = QStringLiteral("Billing Name");
const QString ShippingName = QStringLiteral("Shipping Name");
const QStringList ShippingAddress = {QStringLiteral("Shipping Address1"), QStringLiteral("Shipping Address2"),
                                     QStringLiteral("Shipping Zip"),      QStringLiteral("Shipping City"),
                                     QStringLiteral("Shipping Province"), QStringLiteral("Shipping Country")};
} // namespace shopify

class ShopifyOrderReader final : public OrderReader
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    ShopifyOrderReader(const Table& table, const OrderReading& reading)
        : m_reading(reading)
        // An export made without the customer's columns still holds the orders.
        , m_anonymous(table.column(shopify::Email) < 0)
    {
    }

    bool read(Fields& f, OrderRow& row) override
    {
        using namespace shopify;
        NewOrder& order = row.order;
        order.number = text(f, Name);
        if (order.number.isEmpty())
            f.error(Name, tr("a value is required"));
        if (order.number.startsWith(QLatin1Char('#')))
            order.number.remove(0, 1);
        const QString created = text(f, CreatedAt);
        if (!created.isEmpty()) {
            order.placedAt = parseOrderTime(created, m_reading.dayFirst);
            if (!order.placedAt.isValid())
                f.error(CreatedAt, tr("'%1' is not a time such as 2026-11-03 14:05:00 +0100").arg(created));
        }
        order.customerEmail = text(f, Email).toLower();
        row.anonymous = m_anonymous;
        // Shopify writes the order's own fields on its first row only.
        const QString status = text(f, FinancialStatus).toLower();
        row.head = !status.isEmpty() || !text(f, Currency).isEmpty();
        if (created.isEmpty() && row.head)
            f.error(CreatedAt, tr("a date and time is required"));
        row.currency = text(f, Currency).toUpper();
        if (!text(f, CancelledAt).isEmpty())
            row.skip = tr("cancelled");
        else if (status == QLatin1String("refunded") || status == QLatin1String("voided"))
            row.skip = tr("refunded or voided");
        if (status == QLatin1String("paid") || status == QLatin1String("partially_paid")
            || status == QLatin1String("partially_refunded"))
            order.payment = PaymentState::Captured;
        else if (status == QLatin1String("authorized"))
            order.payment = PaymentState::Authorized;
        else if (status == QLatin1String("pending") || status == QLatin1String("expired") || status.isEmpty()
                 || !row.skip.isEmpty())
            order.payment = PaymentState::None;
        else
            f.error(FinancialStatus,
                    tr("'%1' is not paid, partially_paid, authorized, pending, refunded or voided").arg(status));
        if (order.payment == PaymentState::Authorized)
            order.authorizedAt = order.placedAt;
        order.shipToName = text(f, ShippingName);
        order.customerName = text(f, BillingName);
        if (order.customerName.isEmpty())
            order.customerName = order.shipToName;
        QStringList parts;
        for (const QString& column : ShippingAddress)
            parts << text(f, column);
        order.shipToAddress = addressOf(parts, text(f, QStringLiteral("Shipping Zip")), 2);
        OrderRow::Line line;
        line.line.sku = text(f, LineSku);
        line.name = text(f, LineName);
        if (line.line.sku.isEmpty() && line.name.isEmpty())
            f.error(LineSku, tr("a line needs a SKU or a name"));
        line.line.qty = f.count(LineQty, false, 1).value_or(0);
        line.line.unitPriceMinor = f.money(LinePrice);
        line.line.sourceLine = f.line();
        line.fulfilled = text(f, LineFulfillment).toLower() == QLatin1String("fulfilled")
                         || (row.head && text(f, FulfillmentStatus).toLower() == QLatin1String("fulfilled"));
        row.lines << line;
        return true;
    }

private:
    // Shopify guards every value that could be read as a number or formula with a
    // leading ' ('560029, '+45…): the value is what follows.
    static QString text(const Fields& f, const QString& column)
    {
        QString value = f.text(column);
        if (value.startsWith(QLatin1Char('\'')))
            value.remove(0, 1);
        return value;
    }

    OrderReading m_reading;
    bool m_anonymous = false;
};

namespace woo {
const QString OrderId = QStringLiteral("order_id");
const QString OrderNumber = QStringLiteral("order_number");
const QString OrderDate = QStringLiteral("order_date");
const QString Status = QStringLiteral("status");
const QString Currency = QStringLiteral("order_currency");
const QString CustomerEmail = QStringLiteral("customer_email");
const QString BillingEmail = QStringLiteral("billing_email");
const QString BillingFirst = QStringLiteral("billing_first_name");
const QString BillingLast = QStringLiteral("billing_last_name");
const QString ShippingFirst = QStringLiteral("shipping_first_name");
const QString ShippingLast = QStringLiteral("shipping_last_name");
const QStringList ShippingAddress = {QStringLiteral("shipping_address_1"), QStringLiteral("shipping_address_2"),
                                     QStringLiteral("shipping_postcode"),  QStringLiteral("shipping_city"),
                                     QStringLiteral("shipping_state"),     QStringLiteral("shipping_country")};
const QString PaidDate = QStringLiteral("paid_date");

// The one-row-per-item shape's own columns.
const QString ItemName = QStringLiteral("item_name");
const QString ItemSku = QStringLiteral("item_sku");
const QString ItemQty = QStringLiteral("item_quantity");
const QString ItemTotal = QStringLiteral("item_total");
const QString ItemPrice = QStringLiteral("item_price");
const QString ItemRefundedQty = QStringLiteral("item_refunded_qty");

const QRegularExpression& lineItemColumn()
{
    static const QRegularExpression re(QStringLiteral("^line_item_(\\d+)$"), QRegularExpression::CaseInsensitiveOption);
    return re;
}

// What a WooCommerce order's status says ("wc-completed", "Completed", "On hold"): why
// the order is not imported, or that it was shipped.
struct OrderStatus
{
    QString skip;
    bool completed = false;
    bool paid = false; // WooCommerce processes and completes orders once they are paid
};

OrderStatus orderStatus(const QString& text)
{
    const QString status = text.toLower().remove(QStringLiteral("wc-"));
    OrderStatus out;
    if (status == QLatin1String("cancelled") || status == QLatin1String("refunded") || status == QLatin1String("failed")
        || status == QLatin1String("trash") || status == QLatin1String("checkout-draft")
        || status == QLatin1String("draft"))
        out.skip = status;
    out.completed = status == QLatin1String("completed");
    out.paid = out.completed || status == QLatin1String("processing");
    return out;
}

// The customer and where the order goes, read through `text` (a column of the file by
// the format's name).
void readCustomer(const std::function<QString(const QString&)>& text, NewOrder& order)
{
    order.customerEmail = (text(CustomerEmail).isEmpty() ? text(BillingEmail) : text(CustomerEmail)).toLower();
    order.customerName = QString(text(BillingFirst) + QLatin1Char(' ') + text(BillingLast)).trimmed();
    order.shipToName = QString(text(ShippingFirst) + QLatin1Char(' ') + text(ShippingLast)).trimmed();
    QStringList address;
    for (const QString& column : ShippingAddress)
        address << text(column);
    order.shipToAddress = addressOf(address, text(QStringLiteral("shipping_postcode")), 2);
}
} // namespace woo

class WooOrderReader final : public OrderReader
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    WooOrderReader(const Table& table, const OrderReading& reading)
        : m_reading(reading)
    {
        QMap<int, QString> byNumber;
        for (const QString& name : table.header) {
            const auto m = woo::lineItemColumn().match(name.trimmed());
            if (m.hasMatch())
                byNumber.insert(m.captured(1).toInt(), name);
        }
        m_lineColumns = byNumber.values();
    }

    bool read(Fields& f, OrderRow& row) override
    {
        using namespace woo;
        NewOrder& order = row.order;
        order.number = f.text(OrderNumber).isEmpty() ? f.text(OrderId) : f.text(OrderNumber);
        if (order.number.isEmpty())
            f.error(OrderNumber, tr("a value is required"));
        const QString date = f.text(OrderDate);
        order.placedAt = parseOrderTime(date, m_reading.dayFirst);
        if (!order.placedAt.isValid())
            f.error(OrderDate, date.isEmpty() ? tr("a date and time is required")
                                              : tr("'%1' is not a time such as 16-05-2018 07:32:06").arg(date));
        readCustomer([&f](const QString& column) { return f.text(column); }, order);
        order.payment = f.text(PaidDate).isEmpty() ? PaymentState::None : PaymentState::Captured;
        row.currency = f.text(Currency).toUpper();
        const OrderStatus status = orderStatus(f.text(Status));
        row.skip = status.skip;
        const bool completed = status.completed;
        for (const QString& column : std::as_const(m_lineColumns)) {
            const QString cell = f.text(column);
            if (cell.isEmpty())
                continue;
            // "name:Formal shoe|product_id:13|sku:A12|quantity:1|total:8.00|tax:1.44"
            QHash<QString, QString> parts;
            for (const QString& part : cell.split(QLatin1Char('|'))) {
                const qsizetype colon = part.indexOf(QLatin1Char(':'));
                if (colon > 0)
                    parts.insert(part.left(colon).trimmed().toLower(), part.mid(colon + 1).trimmed());
            }
            OrderRow::Line line;
            line.line.sku = parts.value(QStringLiteral("sku"));
            line.name = parts.value(QStringLiteral("name"));
            line.line.sourceLine = f.line();
            line.fulfilled = completed;
            bool ok = false;
            line.line.qty = parts.value(QStringLiteral("quantity")).toInt(&ok);
            if (!ok || line.line.qty < 1) {
                f.error(column, tr("'%1' has no quantity of 1 or more").arg(cell.left(60)));
                continue;
            }
            if (line.line.sku.isEmpty() && line.name.isEmpty())
                f.error(column, tr("a line needs a SKU or a name"));
            // The line's total, before tax, shared out over its units.
            const std::optional<qint64> total = parseAmount(parts.value(QStringLiteral("total")), f.table().currency);
            if (total)
                line.line.unitPriceMinor = (*total + line.line.qty / 2) / line.line.qty;
            row.lines << line;
        }
        if (row.lines.isEmpty() && row.skip.isEmpty())
            f.error(m_lineColumns.value(0, QStringLiteral("line_item_1")), tr("the order has no line items"));
        return true;
    }

private:
    OrderReading m_reading;
    QStringList m_lineColumns;
};


class WooItemOrderReader final : public OrderReader
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    WooItemOrderReader(const Table& table, const QList<ColumnName>& columns, const OrderReading& reading)
        : m_columns(table, columns)
        , m_reading(reading)
        , m_anonymous(!m_columns.has(woo::CustomerEmail) && !m_columns.has(woo::BillingEmail))
    {
    }

    bool read(Fields& f, OrderRow& row) override
    {
        using namespace woo;
        auto text = [&](const QString& name) { return f.text(m_columns(name)); };
        NewOrder& order = row.order;
        order.number = text(OrderNumber).isEmpty() ? text(OrderId) : text(OrderNumber);
        // A plugin set to write the order's fields on its first row only leaves the
        // number out of the rows of its other items.
        const bool continued = order.number.isEmpty() && !m_last.isEmpty();
        if (continued)
            order.number = m_last;
        if (order.number.isEmpty())
            f.error(m_columns(OrderNumber), tr("a value is required"));
        const bool first = order.number != m_last;
        m_last = order.number;
        const QString date = text(OrderDate);
        if (!date.isEmpty()) {
            order.placedAt = parseOrderTime(date, m_reading.dayFirst);
            if (!order.placedAt.isValid())
                f.error(m_columns(OrderDate), tr("'%1' is not a time such as 2026-11-20 14:40:10").arg(date));
        } else if (first && m_columns.has(OrderDate)) {
            f.error(m_columns(OrderDate), tr("a date and time is required"));
        }
        readCustomer(text, order);
        row.anonymous = m_anonymous;
        row.head = !continued;
        row.currency = text(Currency).toUpper();
        const OrderStatus status = orderStatus(text(Status));
        row.skip = status.skip;
        // Paid when the plugin gives the date it was paid, else as its status says.
        const bool paid = m_columns.has(PaidDate) ? !text(PaidDate).isEmpty() : status.paid;
        order.payment = paid ? PaymentState::Captured : PaymentState::None;

        OrderRow::Line line;
        line.line.sku = text(ItemSku);
        line.name = text(ItemName);
        line.line.sourceLine = f.line();
        line.fulfilled = status.completed;
        if (line.line.sku.isEmpty() && line.name.isEmpty())
            f.error(m_columns(m_columns.has(ItemSku) ? ItemSku : ItemName), tr("a line needs a SKU or a name"));
        const int ordered = f.count(m_columns(ItemQty), false, 0).value_or(0);
        // WooCommerce counts refunded units below zero; some plugins write them positive.
        const int refunded = std::abs(f.count(m_columns(ItemRefundedQty), true, INT_MIN).value_or(0));
        line.line.qty = ordered - refunded;
        // The line's total before tax, shared out over its units; else the unit price.
        if (const std::optional<qint64> total = f.money(m_columns(ItemTotal)); total && ordered > 0)
            line.line.unitPriceMinor = (*total + ordered / 2) / ordered;
        else
            line.line.unitPriceMinor = f.money(m_columns(ItemPrice));
        if (line.line.qty > 0)
            row.lines << line;
        else if (ordered > 0)
            ++row.refundedLines;
        return true;
    }

private:
    ColumnMap m_columns;
    OrderReading m_reading;
    bool m_anonymous = false;
    QString m_last; // the order of the row before
};

} // namespace

QDateTime parseOrderTime(const QString& text, bool dayFirst)
{
    static const QRegularExpression numeric(QStringLiteral(
        "^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$"));
    const auto m = numeric.match(text.trimmed());
    if (!m.hasMatch())
        return parseShopTime(text);
    const int a = m.captured(1).toInt();
    const int b = m.captured(2).toInt();
    const bool aIsDay = a > 12 || (b <= 12 && dayFirst);
    const QDate date(m.captured(3).toInt(), aIsDay ? b : a, aIsDay ? a : b);
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    return core::parseIsoDateTime(core::toIso(date) + QLatin1Char('T') + time.toString(QStringLiteral("HH:mm:ss")));
}

QStringList OrderFormat::missing(const Table& table) const
{
    QStringList out = ShopFormat::missing(table);
    const QStringList either = itemReference();
    if (either.isEmpty())
        return out;
    const ColumnMap map(table, columns());
    if (std::none_of(either.cbegin(), either.cend(), [&](const QString& name) { return map.has(name); }))
        out << either.join(ShopFormat::tr(" or "));
    return out;
}

QString NativeOrders::title() const
{
    return tr("orders file");
}

QList<ColumnName> NativeOrders::columns() const
{
    return columnNames({QStringLiteral("order_number"), QStringLiteral("placed_at"), QStringLiteral("customer_email"),
                        QStringLiteral("sku"), QStringLiteral("qty"), QStringLiteral("customer_name"),
                        QStringLiteral("unit_price"), QStringLiteral("payment_state"), QStringLiteral("card_last4"),
                        QStringLiteral("card_expiry"), QStringLiteral("ship_to_name"), QStringLiteral("ship_to_address"),
                        QStringLiteral("hold_until_complete"),
                        // written by export, read back without complaint
                        QStringLiteral("qty_allocated"), QStringLiteral("qty_shipped"), QStringLiteral("qty_waiting"),
                        QStringLiteral("qty_cancelled"), QStringLiteral("promised_date")});
}

QStringList NativeOrders::required() const
{
    return {QStringLiteral("order_number"), QStringLiteral("placed_at"), QStringLiteral("customer_email"),
            QStringLiteral("sku"), QStringLiteral("qty")};
}

OrderFields NativeOrders::fields() const
{
    return {QStringLiteral("order_number"), QStringLiteral("placed_at"), QStringLiteral("customer_email"),
            QStringLiteral("sku"), QStringLiteral("qty"), QStringLiteral("unit_price"), QString()};
}

std::unique_ptr<OrderReader> NativeOrders::reader(const Table&, const OrderReading&) const
{
    return std::make_unique<NativeOrderReader>();
}

QString ShopifyOrders::title() const
{
    return tr("Shopify order export");
}

QList<ColumnName> ShopifyOrders::columns() const
{
    using namespace shopify;
    return columnNames(QStringList {Name, Email, CreatedAt, LineQty, LineSku, LineName, LinePrice, FinancialStatus,
                                    FulfillmentStatus, LineFulfillment, Currency, CancelledAt, BillingName,
                                    ShippingName}
                       + ShippingAddress);
}

// What is truly needed: the order's name, a line's quantity and an item reference (its
// SKU or its name, see itemReference()).
QStringList ShopifyOrders::required() const
{
    return {shopify::Name, shopify::LineQty};
}

QStringList ShopifyOrders::itemReference() const
{
    return {shopify::LineSku, shopify::LineName};
}

OrderFields ShopifyOrders::fields() const
{
    using namespace shopify;
    return {Name, CreatedAt, Email, LineSku, LineQty, LinePrice, Currency};
}

std::unique_ptr<OrderReader> ShopifyOrders::reader(const Table& table, const OrderReading& reading) const
{
    return std::make_unique<ShopifyOrderReader>(table, reading);
}

QString WooCommerceOrders::title() const
{
    return tr("WooCommerce order export (one row per order)");
}

QList<ColumnName> WooCommerceOrders::columns() const
{
    using namespace woo;
    return columnNames(QStringList {OrderNumber, OrderDate, QStringLiteral("line_item_1"), OrderId, Status, Currency,
                                    CustomerEmail, BillingEmail, BillingFirst, BillingLast, ShippingFirst,
                                    ShippingLast, PaidDate}
                       + ShippingAddress);
}

QStringList WooCommerceOrders::required() const
{
    return {woo::OrderNumber, woo::OrderDate, QStringLiteral("line_item_1")};
}

bool WooCommerceOrders::readsColumn(const QString& fileName) const
{
    return woo::lineItemColumn().match(fileName.trimmed()).hasMatch() || OrderFormat::readsColumn(fileName);
}

OrderFields WooCommerceOrders::fields() const
{
    using namespace woo;
    return {OrderNumber, OrderDate, CustomerEmail, QStringLiteral("line_item_1"), QStringLiteral("line_item_1"),
            QStringLiteral("line_item_1"), Currency};
}

std::unique_ptr<OrderReader> WooCommerceOrders::reader(const Table& table, const OrderReading& reading) const
{
    return std::make_unique<WooOrderReader>(table, reading);
}

} // namespace bd::csv

namespace bd::csv {

QString WooCommerceOrderItems::title() const
{
    return tr("WooCommerce order export (one row per item)");
}

QList<ColumnName> WooCommerceOrderItems::columns() const
{
    using namespace woo;
    auto labels = [](std::initializer_list<const char*> names) {
        QStringList out;
        for (const char* name : names)
            out << QString::fromUtf8(name);
        return out;
    };
    return {
        {OrderNumber, labels({"Order Number"})},
        {ItemQty, labels({"Quantity", "Item Quantity", "line_item_quantity", "Quantity (- Refund)"})},
        {ItemSku, labels({"SKU", "Item SKU", "line_item_sku"})},
        {ItemName, labels({"Item Name", "line_item_name"})},
        {OrderId, labels({"Order ID"})},
        {OrderDate, labels({"Order Date"})},
        {Status, labels({"Order Status"})},
        {Currency, labels({"Currency", "Order Currency"})},
        {CustomerEmail},
        {BillingEmail, labels({"Email (Billing)", "Billing Email"})},
        {BillingFirst, labels({"First Name (Billing)", "Billing First Name"})},
        {BillingLast, labels({"Last Name (Billing)", "Billing Last Name"})},
        {ShippingFirst, labels({"First Name (Shipping)", "Shipping First Name"})},
        {ShippingLast, labels({"Last Name (Shipping)", "Shipping Last Name"})},
        {ShippingAddress[0], labels({"Address 1 (Shipping)"})},
        {ShippingAddress[1], labels({"Address 2 (Shipping)"})},
        {ShippingAddress[2], labels({"Postcode (Shipping)"})},
        {ShippingAddress[3], labels({"City (Shipping)"})},
        {ShippingAddress[4], labels({"State Code (Shipping)"})},
        {ShippingAddress[5], labels({"Country Code (Shipping)"})},
        {PaidDate},
        {ItemTotal, labels({"Item Total", "line_item_total"})},
        {ItemPrice, labels({"Item Cost", "Item Price"})},
        {ItemRefundedQty, labels({"Item Refunded Quantity"})},
    };
}

QStringList WooCommerceOrderItems::required() const
{
    return {woo::OrderNumber, woo::ItemQty};
}

QStringList WooCommerceOrderItems::itemReference() const
{
    return {woo::ItemSku, woo::ItemName};
}

OrderFields WooCommerceOrderItems::fields() const
{
    using namespace woo;
    return {OrderNumber, OrderDate, BillingEmail, ItemSku, ItemQty, ItemTotal, Currency};
}

std::unique_ptr<OrderReader> WooCommerceOrderItems::reader(const Table& table, const OrderReading& reading) const
{
    return std::make_unique<WooItemOrderReader>(table, columns(), reading);
}

} // namespace bd::csv
