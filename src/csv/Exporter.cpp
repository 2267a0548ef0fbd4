#include "Exporter.h"

#include "csv/CsvWriter.h"
#include "domain/Rules.h"

#include <QBuffer>
#include <QLocale>
#include <QRegularExpression>

using namespace bd::domain;

namespace bd::csv {

namespace {

QList<Item> allItems(store::ShopStore& store)
{
    QList<Item> items;
    const int pageSize = 2000;
    for (int offset = 0;; offset += pageSize) {
        const QList<Item> page = store.listItems({}, offset, pageSize);
        items << page;
        if (page.size() < pageSize)
            break;
    }
    return items;
}

// What the web shops call stock: what they can still sell, below zero for units on
// backorder. Importing it back gives the same on hand (see Importer).
int shopStock(const Item& item)
{
    return item.onHand - item.allocated - item.waiting;
}

// An untracked item's stock cells are written back as the shop wrote them.
const QString wooInStockColumn = QStringLiteral("In stock?");
const QString wooStockColumn = QStringLiteral("Stock");
const QString shopifyQty = QStringLiteral("Variant Inventory Qty");

QString wooInStock(const Item& item, const QString& counted)
{
    return item.tracked ? counted : item.shop.stockCells.value(wooInStockColumn, QStringLiteral("1"));
}

QString wooStock(const Item& item)
{
    return item.tracked ? QString::number(shopStock(item)) : item.shop.stockCells.value(wooStockColumn);
}

// "Hoodie - Red / M" with options Red and M is variant "Red / M" of product "Hoodie";
// other names are a product of their own.
QString productTitle(const Item& item, const QStringList& values)
{
    const QString suffix = QStringLiteral(" - ") + values.join(QStringLiteral(" / "));
    if (!values.isEmpty() && item.name.endsWith(suffix) && item.name.size() > suffix.size())
        return item.name.chopped(suffix.size());
    return item.name;
}

// A Shopify handle as the shop makes one from a title: lower case, words joined by '-'.
QString handleOf(const QString& title)
{
    static const QRegularExpression other(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QString handle = title.toLower();
    handle.replace(other, QStringLiteral("-"));
    while (handle.startsWith(QLatin1Char('-')))
        handle.remove(0, 1);
    while (handle.endsWith(QLatin1Char('-')))
        handle.chop(1);
    return handle;
}

bool isVariantName(const Item& item, const QStringList& values, const QString& joiner)
{
    const QString suffix = QStringLiteral(" - ") + values.join(joiner);
    return item.name.endsWith(suffix) && item.name.size() > suffix.size();
}

struct ShopifyVariant
{
    const Item* item = nullptr;
    QList<std::pair<QString, QString>> options;
};

struct ShopifyGroup
{
    QString handle;
    QString title;
    QStringList optionNames;
    QList<ShopifyVariant> variants;
};

// Items grouped into Shopify products: variants of one title with the same option
// names share a handle; the order is the order of the items.
QList<ShopifyGroup> shopifyProducts(const QList<Item>& items)
{
    QList<ShopifyGroup> groups;
    QHash<QString, qsizetype> byHandle;
    for (const Item& item : items) {
        QList<std::pair<QString, QString>> options = parseAttributes(item.attributes).mid(0, 3);
        QStringList names;
        QStringList values;
        for (const auto& [name, value] : options) {
            names << name;
            values << value;
        }
        const QString title = productTitle(item, values);
        QString handle = handleOf(title);
        if (handle.isEmpty())
            handle = handleOf(item.sku);
        auto it = byHandle.constFind(handle);
        if (it != byHandle.cend() && (groups[*it].title != title || groups[*it].optionNames != names)) {
            handle += QLatin1Char('-') + handleOf(item.sku);
            it = byHandle.constFind(handle);
        }
        if (it == byHandle.cend()) {
            it = byHandle.insert(handle, groups.size());
            groups << ShopifyGroup {handle, title, names, {}};
        }
        groups[*it].variants << ShopifyVariant {&item, options};
    }
    return groups;
}

} // namespace

std::optional<Exporter::Kind> Exporter::parseKind(const QString& name)
{
    if (name == QLatin1String("items"))
        return Kind::Items;
    if (name == QLatin1String("customers"))
        return Kind::Customers;
    if (name == QLatin1String("orders"))
        return Kind::Orders;
    if (name == QLatin1String("waiting"))
        return Kind::Waiting;
    if (name == QLatin1String("coupons"))
        return Kind::Coupons;
    if (name == QLatin1String("availability"))
        return Kind::Availability;
    return std::nullopt;
}

std::optional<Exporter::Format> Exporter::parseFormat(const QString& name)
{
    if (name == QLatin1String("native"))
        return Format::Native;
    if (name == QLatin1String("woocommerce"))
        return Format::WooCommerce;
    if (name == QLatin1String("shopify"))
        return Format::Shopify;
    return std::nullopt;
}

bool Exporter::supports(Format format, Kind kind)
{
    return format == Format::Native || kind == Kind::Items || kind == Kind::Availability;
}

QString Exporter::statusName(Availability status)
{
    switch (status) {
    case Availability::InStock:
        return QStringLiteral("in_stock");
    case Availability::Backorder:
        return QStringLiteral("backorder");
    case Availability::Preorder:
        return QStringLiteral("preorder");
    case Availability::SoldOut:
        return QStringLiteral("sold_out");
    }
    return {};
}

Exporter::ItemAvailability Exporter::availabilityOf(const Item& item, const QDate& today)
{
    ItemAvailability a;
    a.tracked = item.tracked;
    if (!item.tracked) {
        // Nobody counts its stock: it is never sold out and nobody waits for it.
        a.status = Availability::InStock;
        a.message = tr("In stock");
        return a;
    }
    a.available = std::max(item.available(), 0);
    const bool limitReached = item.backorderLimit && item.waiting >= *item.backorderLimit;
    if (item.policy == Policy::Preorder && (!item.releaseDate.isValid() || item.releaseDate > today)) {
        a.status = limitReached ? Availability::SoldOut : Availability::Preorder;
        a.expected = std::max(item.releaseDate, item.nextExpected());
    } else if (a.available > 0) {
        a.status = Availability::InStock;
    } else if (item.policy != Policy::Stop && !limitReached) {
        a.status = Availability::Backorder;
        a.expected = item.nextExpected();
    } else {
        a.status = Availability::SoldOut;
        a.expected = item.nextExpected();
    }
    if (a.expected.isValid() && a.expected < today)
        a.expected = today;
    // Customers read "12 December"; the year only when it is not this one.
    const QLocale english(QLocale::English);
    const QString date = a.expected.isValid()
                             ? english.toString(a.expected, a.expected.year() == today.year()
                                                                ? QStringLiteral("d MMMM")
                                                                : QStringLiteral("d MMMM yyyy"))
                             : QString();
    switch (a.status) {
    case Availability::InStock:
        a.message = tr("In stock");
        break;
    case Availability::Backorder:
        a.message = date.isEmpty() ? tr("On backorder") : tr("On backorder \u2014 ships around %1").arg(date);
        break;
    case Availability::Preorder:
        a.message = date.isEmpty() ? tr("Pre-order") : tr("Pre-order \u2014 ships around %1").arg(date);
        break;
    case Availability::SoldOut:
        a.message = date.isEmpty() ? tr("Sold out") : tr("Sold out \u2014 back around %1").arg(date);
        break;
    }
    return a;
}

QStringList Exporter::kindNames()
{
    return {QStringLiteral("items"), QStringLiteral("customers"), QStringLiteral("orders"), QStringLiteral("waiting"),
            QStringLiteral("coupons")};
}

QStringList Exporter::allKindNames()
{
    return kindNames() << QStringLiteral("availability");
}

QByteArray Exporter::exportCsv(Kind kind, const Options& options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter out(&buffer, options.delimiter);
    if (options.bom)
        out.writeBom();
    store::ShopStore& store = m_shop.store();
    // With ';' between fields, amounts get a decimal comma, as such spreadsheets write them.
    const bool decimalComma = options.delimiter == QLatin1Char(';');
    const auto formatMinor = [decimalComma](qint64 minor) {
        QString text = domain::formatMinor(minor);
        if (decimalComma)
            text.replace(QLatin1Char('.'), QLatin1Char(','));
        return text;
    };
    const QDate today = m_shop.now().date();
    if (!supports(options.format, kind))
        return {};

    if (options.format == Format::WooCommerce) {
        const QList<Item> items = allItems(store);
        if (kind == Kind::Availability) {
            out.writeRow({QStringLiteral("SKU"), QStringLiteral("In stock?"), QStringLiteral("Stock"),
                          QStringLiteral("Backorders allowed?"), QStringLiteral("Meta: backorder_desk_status"),
                          QStringLiteral("Meta: backorder_desk_expected_date"),
                          QStringLiteral("Meta: backorder_desk_message")});
            for (const Item& i : items) {
                const ItemAvailability a = availabilityOf(i, today);
                const QString inStock = a.status == Availability::InStock ? QStringLiteral("1")
                                        : a.status == Availability::SoldOut ? QStringLiteral("0")
                                                                            : QStringLiteral("backorder");
                const bool backorders = i.policy != Policy::Stop && a.status != Availability::SoldOut;
                out.writeRow({i.sku, wooInStock(i, inStock), wooStock(i),
                              backorders ? QStringLiteral("notify") : QStringLiteral("0"),
                              statusName(a.status), core::toIso(a.expected), a.message});
            }
            return bytes;
        }
        int attributeCount = 0;
        for (const Item& i : items)
            attributeCount = std::max(attributeCount, int(parseAttributes(i.attributes).size()));
        QStringList header {QStringLiteral("ID"),         QStringLiteral("Type"),  QStringLiteral("SKU"),
                            QStringLiteral("Name"),       QStringLiteral("Published"), QStringLiteral("In stock?"),
                            QStringLiteral("Stock"),      QStringLiteral("Backorders allowed?"),
                            QStringLiteral("Regular price"), QStringLiteral("Parent")};
        for (int n = 1; n <= attributeCount; ++n)
            header << QStringLiteral("Attribute %1 name").arg(n) << QStringLiteral("Attribute %1 value(s)").arg(n)
                   << QStringLiteral("Attribute %1 visible").arg(n) << QStringLiteral("Attribute %1 global").arg(n);
        out.writeRow(header);
        for (const Item& i : items) {
            const QList<std::pair<QString, QString>> attributes = parseAttributes(i.attributes);
            const ItemAvailability a = availabilityOf(i, today);
            // A variation is named after its product and its values ("Hoodie - Red, S"); an
            // item with attributes but another name is a simple product that has them.
            QStringList values;
            for (const auto& attribute : attributes)
                values << attribute.second;
            const bool variation = !values.isEmpty()
                                   && (isVariantName(i, values, QStringLiteral(" / "))
                                       || isVariantName(i, values, QStringLiteral(", ")));
            QStringList row {QString(),
                             variation ? QStringLiteral("variation") : QStringLiteral("simple"),
                             i.sku,
                             i.name,
                             QStringLiteral("1"),
                             wooInStock(i, a.status == Availability::InStock   ? QStringLiteral("1")
                                           : a.status == Availability::SoldOut ? QStringLiteral("0")
                                                                               : QStringLiteral("backorder")),
                             wooStock(i),
                             i.policy == Policy::Stop ? QStringLiteral("0") : QStringLiteral("notify"),
                             formatMinor(i.priceMinor),
                             QString()};
            for (int n = 0; n < attributeCount; ++n) {
                if (n < attributes.size())
                    row << attributes[n].first << attributes[n].second << QStringLiteral("1") << QStringLiteral("0");
                else
                    row << QString() << QString() << QString() << QString();
            }
            out.writeRow(row);
        }
        return bytes;
    }

    if (options.format == Format::Shopify) {
        const QList<Item> items = allItems(store);
        const QList<ShopifyGroup> products = shopifyProducts(items);
        const bool feed = kind == Kind::Availability;
        QStringList header {QStringLiteral("Handle"),        QStringLiteral("Title"),
                            QStringLiteral("Option1 Name"),  QStringLiteral("Option1 Value"),
                            QStringLiteral("Option2 Name"),  QStringLiteral("Option2 Value"),
                            QStringLiteral("Option3 Name"),  QStringLiteral("Option3 Value"),
                            QStringLiteral("Variant SKU"),   QStringLiteral("Variant Inventory Tracker"),
                            QStringLiteral("Variant Inventory Qty"), QStringLiteral("Variant Inventory Policy")};
        if (feed)
            header << QStringLiteral("Availability status (variant.metafields.backorder_desk.status)")
                   << QStringLiteral("Expected date (variant.metafields.backorder_desk.expected_date)")
                   << QStringLiteral("Availability message (variant.metafields.backorder_desk.message)");
        else
            header << QStringLiteral("Variant Price");
        out.writeRow(header);
        for (const ShopifyGroup& product : products) {
            bool first = true;
            for (const ShopifyVariant& v : product.variants) {
                const Item& i = *v.item;
                QStringList row {product.handle, first ? product.title : QString()};
                for (int n = 0; n < 3; ++n) {
                    if (v.options.isEmpty() && n == 0)
                        row << (first ? QStringLiteral("Title") : QString()) << QStringLiteral("Default Title");
                    else if (n < v.options.size())
                        row << (first ? v.options[n].first : QString()) << v.options[n].second;
                    else
                        row << QString() << QString();
                }
                row << i.sku << (i.tracked ? QStringLiteral("shopify") : QString())
                    << (i.tracked ? QString::number(shopStock(i)) : i.shop.stockCells.value(shopifyQty, QStringLiteral("0")))
                    << (i.policy == Policy::Stop ? QStringLiteral("deny") : QStringLiteral("continue"));
                if (feed) {
                    const ItemAvailability a = availabilityOf(i, today);
                    row << statusName(a.status) << core::toIso(a.expected) << a.message;
                } else {
                    row << formatMinor(i.priceMinor);
                }
                out.writeRow(row);
                first = false;
            }
        }
        return bytes;
    }

    switch (kind) {
    case Kind::Availability:
        out.writeRow({QStringLiteral("sku"), QStringLiteral("status"), QStringLiteral("available"),
                      QStringLiteral("expected_date"), QStringLiteral("message")});
        for (const Item& i : allItems(store)) {
            const ItemAvailability a = availabilityOf(i, today);
            out.writeRow({i.sku, statusName(a.status), a.tracked ? QString::number(a.available) : QString(),
                          core::toIso(a.expected), a.message});
        }
        break;
    case Kind::Items: {
        out.writeRow({QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("price"), QStringLiteral("on_hand"),
                      QStringLiteral("policy"), QStringLiteral("backorder_limit"), QStringLiteral("expected_date"),
                      QStringLiteral("attributes"), QStringLiteral("release_date"), QStringLiteral("allocated"),
                      QStringLiteral("waiting"), QStringLiteral("tracked")});
        const int pageSize = 2000;
        for (int offset = 0;; offset += pageSize) {
            const QList<Item> page = store.listItems({}, offset, pageSize);
            for (const Item& i : page)
                out.writeRow({i.sku, i.name, formatMinor(i.priceMinor),
                              i.tracked ? QString::number(i.onHand) : QString(), toString(i.policy),
                              i.backorderLimit ? QString::number(*i.backorderLimit) : QString(),
                              core::toIso(i.expectedDate), i.attributes, core::toIso(i.releaseDate),
                              QString::number(i.allocated), QString::number(i.waiting),
                              i.tracked ? QStringLiteral("yes") : QStringLiteral("no")});
            if (page.size() < pageSize)
                break;
        }
        break;
    }
    case Kind::Customers:
        out.writeRow({QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("address")});
        store.forEachCustomer([&](const Customer& c) { out.writeRow({c.email, c.name, c.phone, c.address}); });
        break;
    case Kind::Orders:
        out.writeRow({QStringLiteral("order_number"), QStringLiteral("placed_at"), QStringLiteral("customer_email"),
                      QStringLiteral("customer_name"), QStringLiteral("sku"), QStringLiteral("qty"),
                      QStringLiteral("unit_price"), QStringLiteral("payment_state"), QStringLiteral("card_last4"),
                      QStringLiteral("card_expiry"), QStringLiteral("ship_to_name"), QStringLiteral("ship_to_address"),
                      QStringLiteral("hold_until_complete"), QStringLiteral("qty_allocated"),
                      QStringLiteral("qty_shipped"), QStringLiteral("qty_waiting"), QStringLiteral("qty_cancelled"),
                      QStringLiteral("promised_date")});
        store.forEachOrder([&](const Order& o) {
            for (const OrderLine& l : o.lines)
                out.writeRow({o.number, core::toIso(o.placedAt), o.customerEmail, o.customerName, l.sku,
                              QString::number(l.qty), formatMinor(l.unitPriceMinor), toString(o.payment), o.cardLast4,
                              o.cardExpiry, o.shipToName, o.shipToAddress,
                              o.holdUntilComplete ? QStringLiteral("yes") : QStringLiteral("no"),
                              QString::number(l.allocated), QString::number(l.shipped), QString::number(l.waiting),
                              QString::number(l.cancelled), core::toIso(l.promisedDate)});
        });
        break;
    case Kind::Waiting:
        out.writeRow({QStringLiteral("sku"), QStringLiteral("order_number"), QStringLiteral("customer_email"),
                      QStringLiteral("placed_at"), QStringLiteral("qty_waiting"), QStringLiteral("position"),
                      QStringLiteral("promised_date")});
        store.forEachWaitingLine(0, [&](const WaitingLine& w) {
            out.writeRow({w.sku, w.orderNumber, w.customerEmail, core::toIso(w.placedAt), QString::number(w.qtyWaiting),
                          QString::number(w.position), core::toIso(w.promisedDate)});
        });
        break;
    case Kind::Coupons:
        out.writeRow({QStringLiteral("code"), QStringLiteral("customer_email"), QStringLiteral("percent"),
                      QStringLiteral("amount"), QStringLiteral("currency"), QStringLiteral("reason"),
                      QStringLiteral("created_at")});
        for (const store::CouponRow& c : store.coupons())
            out.writeRow({c.code, c.customerEmail, c.percent ? QString::number(*c.percent) : QString(),
                          c.amountMinor ? formatMinor(*c.amountMinor) : QString(), c.currency, c.reason,
                          core::toIso(c.createdAt)});
        break;
    }
    return bytes;
}

} // namespace bd::csv
