#include "Formats.h"

#include "csv/formats/CustomerFormats.h"
#include "csv/formats/NativeItems.h"
#include "csv/formats/OrderFormats.h"
#include "csv/formats/ShopifyProducts.h"
#include "csv/formats/StockCounts.h"
#include "csv/formats/WooCommerceProducts.h"

#include <limits>

namespace bd::csv {

namespace {

QStringList names(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* name : list)
        out << QString::fromLatin1(name);
    return out;
}

} // namespace

const QList<const ShopFormat*>& shopFormats()
{
    // The one list: a new format is a class of its own, added here.
    static const NativeItems nativeItems;
    static const WooCommerceProducts wooProducts;
    static const ShopifyProducts shopifyProducts;
    static const ShopifyProducts2025 shopifyProducts2025;
    static const NativeCustomers nativeCustomers;
    static const ShopifyCustomers shopifyCustomers;
    static const NativeOrders nativeOrders;
    static const ShopifyOrders shopifyOrders;
    static const WooCommerceOrders wooOrders;
    static const WooCommerceOrderItems wooOrderItems;
    static const ColumnFormat nativePurchaseOrders(
        {QStringLiteral("native"), QStringLiteral("native"), QT_TRANSLATE_NOOP("ShopFormat", "purchase orders file"),
         DataKind::PurchaseOrders, names({"po_number", "sku", "qty", "expected_date"}), names({"supplier"})});
    static const ColumnFormat nativeReceipts({QStringLiteral("native"), QStringLiteral("native"),
                                              QT_TRANSLATE_NOOP("ShopFormat", "receipts file"), DataKind::Receipts,
                                              names({"received_at", "sku", "qty"}), names({"reference", "po_number"})});
    // A forwarder's status file: where each purchase order is on its way.
    static const ColumnFormat nativePoStages({QStringLiteral("native"), QStringLiteral("native"),
                                              QT_TRANSLATE_NOOP("ShopFormat", "purchase order stages file"),
                                              DataKind::PoStages, names({"po_number", "stage", "date"}),
                                              names({"note", "expected_date"})});
    static const NativeStock nativeStock;
    static const ShopifyInventory shopifyInventory;
    static const QList<const ShopFormat*> formats = {
        &nativeItems,      &wooProducts,    &shopifyProducts,       &shopifyProducts2025,
        &nativeCustomers,  &shopifyCustomers,
        &nativeOrders,     &shopifyOrders,  &wooOrders,             &wooOrderItems,
        &nativePurchaseOrders, &nativeReceipts,
        &nativeStock,      &shopifyInventory,
        &nativePoStages,
    };
    return formats;
}

const ShopFormat* findFormat(const QString& name, DataKind kind)
{
    const ShopFormat* byShop = nullptr;
    for (const ShopFormat* format : shopFormats()) {
        if (format->kind() != kind)
            continue;
        if (format->id() == name && (format->id() != format->shop() || format->isShopDefault()))
            return format;
        if (format->shop() == name && format->isShopDefault() && !byShop)
            byShop = format;
    }
    return byShop;
}

QStringList formatNames(DataKind kind)
{
    QStringList out;
    for (const ShopFormat* format : shopFormats()) {
        if (format->kind() != kind)
            continue;
        if (!out.contains(format->shop()))
            out << format->shop();
        if (!out.contains(format->id()))
            out << format->id();
    }
    return out;
}

QString kindName(DataKind kind)
{
    switch (kind) {
    case DataKind::Items:
        return QStringLiteral("items");
    case DataKind::Customers:
        return QStringLiteral("customers");
    case DataKind::Orders:
        return QStringLiteral("orders");
    case DataKind::PurchaseOrders:
        return QStringLiteral("purchase-orders");
    case DataKind::Receipts:
        return QStringLiteral("receipts");
    case DataKind::Stock:
        return QStringLiteral("stock");
    case DataKind::PoStages:
        return QStringLiteral("po-stages");
    }
    return {};
}

Detection detect(DataKind kind, const Table& table)
{
    Detection d;
    int best = 0;
    int otherBest = 0;
    int nearestMatched = std::numeric_limits<int>::min();
    for (const ShopFormat* format : shopFormats()) {
        const int score = format->recognise(table);
        if (format->kind() != kind) {
            if (score > otherBest) {
                otherBest = score;
                d.other = format;
            }
            continue;
        }
        if (score > best) {
            best = score;
            d.format = format;
        }
        // The nearest shape: the one that lacks the fewest of its required columns.
        const QStringList missing = format->missing(table);
        // On a tie, our own file: a list from elsewhere is most often mapped onto it.
        const int matched = int(format->required().size() - missing.size()) * 100 + (format->isNative() ? 50 : 0)
                            - int(missing.size());
        if (!missing.isEmpty() && matched > nearestMatched) {
            nearestMatched = matched;
            d.nearest = format;
            d.missing = missing;
        }
    }
    return d;
}

const ShopFormat* recognise(const Table& table)
{
    const ShopFormat* best = nullptr;
    int bestScore = 0;
    for (const ShopFormat* format : shopFormats()) {
        const int score = format->recognise(table);
        if (score > bestScore) {
            bestScore = score;
            best = format;
        }
    }
    return best;
}

namespace {

QString columnList(const QStringList& columns)
{
    QStringList shown;
    for (const QString& c : columns) {
        if (!c.isEmpty())
            shown << c;
    }
    return shown.join(QStringLiteral(", "));
}

} // namespace

core::Errors notRecognised(DataKind kind, const Table& table, const Detection& detection)
{
    core::Errors errors;
    if (detection.other) {
        errors << core::Error::at(table.file, table.headerLine, {},
                                  ShopFormat::tr("this looks like a %1, which holds %2, not %3; import it as %2")
                                      .arg(detection.other->title(), kindName(detection.other->kind()), kindName(kind)));
    }
    if (detection.nearest) {
        errors << core::Error::at(table.file, table.headerLine, {},
                                  ShopFormat::tr("no known shape of %1 file: the nearest is the %2, which needs the "
                                                 "column(s) %3; the file has %4")
                                      .arg(kindName(kind), detection.nearest->title(), columnList(detection.missing),
                                           columnList(table.header)));
    }
    return errors;
}

core::Errors doesNotFit(const ShopFormat& format, const Table& table, const Detection& detection)
{
    const QString looksLike = detection.format ? detection.format->title()
                              : detection.other ? detection.other->title() + QStringLiteral(" (")
                                                      + kindName(detection.other->kind()) + QLatin1Char(')')
                                                : QString();
    const QString missing = columnList(format.missing(table));
    if (looksLike.isEmpty())
        return core::Errors {core::Error::at(table.file, table.headerLine, {},
                                             ShopFormat::tr("not a %1: it lacks the column(s) %2; the file has %3")
                                                 .arg(format.title(), missing, columnList(table.header)))};
    return core::Errors {core::Error::at(table.file, table.headerLine, {},
                                         ShopFormat::tr("not a %1 (it lacks the column(s) %2): the file looks like a %3")
                                             .arg(format.title(), missing, looksLike))};
}

} // namespace bd::csv
