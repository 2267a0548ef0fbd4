#include "OrderFormats.h"

#include "domain/Money.h"
#include "domain/Rules.h"

#include <QRegularExpression>

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
    explicit ShopifyOrderReader(const OrderReading& reading)
        : m_reading(reading)
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

const QRegularExpression& lineItemColumn()
{
    static const QRegularExpression re(QStringLiteral("^line_item_(\\d+)$"), QRegularExpression::CaseInsensitiveOption);
    return re;
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
        order.customerEmail = (f.text(CustomerEmail).isEmpty() ? f.text(BillingEmail) : f.text(CustomerEmail)).toLower();
        order.customerName = QString(f.text(BillingFirst) + QLatin1Char(' ') + f.text(BillingLast)).trimmed();
        order.shipToName = QString(f.text(ShippingFirst) + QLatin1Char(' ') + f.text(ShippingLast)).trimmed();
        QStringList address;
        for (const QString& column : ShippingAddress)
            address << f.text(column);
        order.shipToAddress = addressOf(address, f.text(QStringLiteral("shipping_postcode")), 2);
        order.payment = f.text(PaidDate).isEmpty() ? PaymentState::None : PaymentState::Captured;
        row.currency = f.text(Currency).toUpper();
        const QString status = f.text(Status).toLower().remove(QStringLiteral("wc-"));
        if (status == QLatin1String("cancelled") || status == QLatin1String("refunded") || status == QLatin1String("failed")
            || status == QLatin1String("trash") || status == QLatin1String("checkout-draft"))
            row.skip = status;
        const bool completed = status == QLatin1String("completed");
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

// What is truly needed: the order's name, a line's quantity and an item reference.
QStringList ShopifyOrders::required() const
{
    return {shopify::Name, shopify::LineQty, shopify::LineName};
}

OrderFields ShopifyOrders::fields() const
{
    using namespace shopify;
    return {Name, CreatedAt, Email, LineSku, LineQty, LinePrice, Currency};
}

std::unique_ptr<OrderReader> ShopifyOrders::reader(const Table&, const OrderReading& reading) const
{
    return std::make_unique<ShopifyOrderReader>(reading);
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
