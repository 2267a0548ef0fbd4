#include "ShopifyProducts.h"

#include "csv/CsvWriter.h"
#include "csv/Exporter.h"
#include "domain/Rules.h"
#include "store/ItemStore.h"

#include <QRegularExpression>

#include <limits>

using namespace bd::domain;

namespace bd::csv {

namespace {

// An untracked variant's quantity cell, written back as the shop had it.
const QString QuantityCell = QStringLiteral("qty");

bool isDefaultOption(const QString& name, const QString& value)
{
    // A product without variants has the one option "Title" = "Default Title".
    return name.compare(QLatin1String("Title"), Qt::CaseInsensitive) == 0
           && value.compare(QLatin1String("Default Title"), Qt::CaseInsensitive) == 0;
}

bool fromShopify(const Item& item)
{
    return item.shop.format == QLatin1String("shopify") && !item.shop.handle.isEmpty();
}

// What a Shopify product file carries from a handle's first row to its other rows.
struct ShopifyProduct
{
    QString handle;
    QString title;
    QStringList optionNames;
};

class ShopifyItemReader final : public ItemReader
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    ShopifyItemReader(const Table& table, const QList<ColumnName>& columns,
                      const ShopifyProductLayout::Columns& layout)
        : m_col(table, columns)
        , m_layout(layout)
    {
    }

    bool read(Fields& f, ItemRecord& rec) override
    {
        const ShopifyProductLayout::Columns& c = m_layout;
        const QString handle = f.text(m_col(c.handle));
        if (handle != m_product.handle) {
            m_product = ShopifyProduct {handle, {}, {}};
            for (int n = 1; n <= 3; ++n)
                m_product.optionNames << f.text(m_col(c.optionName.arg(n)));
        }
        const QString title = f.text(m_col(c.title));
        if (!title.isEmpty())
            m_product.title = title;
        QStringList values;
        for (int n = 1; n <= 3; ++n)
            values << f.text(m_col(c.optionValue.arg(n)));
        const QString sku = f.text(m_col(c.sku));
        const bool variantData = !sku.isEmpty() || !f.text(m_col(c.price)).isEmpty()
                                 || !f.text(m_col(c.quantity)).isEmpty() || !values.join(QString()).isEmpty();
        if (!variantData)
            return false; // an image row
        Item& item = rec.input.item;
        rec.skuField = m_col(c.sku);
        item.sku = sku;
        item.shop.format = QStringLiteral("shopify");
        item.shop.handle = handle;
        item.shop.title = m_product.title;
        QList<std::pair<QString, QString>> attributes;
        QStringList shown;
        for (int n = 0; n < 3; ++n) {
            const QString name = m_product.optionNames.value(n);
            const QString value = values.value(n);
            if (value.isEmpty())
                continue;
            item.shop.options.append({name, value});
            if (isDefaultOption(name, value))
                continue;
            attributes.append({name, value});
            shown << value;
        }
        item.name = shown.isEmpty() ? m_product.title
                                    : m_product.title + QStringLiteral(" - ") + shown.join(QStringLiteral(" / "));
        rec.hasName = !m_product.title.isEmpty();
        rec.productTitle = m_product.title;
        item.attributes = attributeText(attributes);
        rec.hasAttributes = true;
        const std::optional<qint64> price = f.money(m_col(c.price));
        rec.hasPrice = price.has_value();
        rec.noPrice = !rec.hasPrice;
        item.priceMinor = price.value_or(0);
        const QString policy = f.text(m_col(c.policy)).toLower();
        rec.policyField = m_col(c.policy);
        rec.hasPolicy = !policy.isEmpty();
        if (policy == QLatin1String("continue") || policy == QLatin1String("true"))
            item.policy = Policy::Backorder;
        else if (policy == QLatin1String("deny") || policy == QLatin1String("false") || policy.isEmpty())
            item.policy = Policy::Stop;
        else
            f.error(m_col(c.policy), tr("'%1' is not continue or deny").arg(policy));
        // An empty tracker: Shopify does not count the variant's stock.
        item.tracked = !f.text(m_col(c.tracker)).isEmpty() || !m_col.has(c.tracker);
        rec.hasTracked = m_col.has(c.tracker);
        if (!item.tracked)
            item.shop.cells.insert(QuantityCell, f.text(m_col(c.quantity)));
        else if (m_col.has(c.quantity)) {
            rec.shopStock = f.count(m_col(c.quantity), true, std::numeric_limits<int>::min());
            rec.stockField = m_col(c.quantity);
        }
        return true;
    }

    // "example-shirt/green-s": the handle and the variant's option values.
    QString keyFor(const ItemRecord& rec) const override
    {
        return shopifyVariantKey(rec.input.item.shop.handle, rec.input.item.shop.options);
    }

private:
    ColumnMap m_col;
    const ShopifyProductLayout::Columns& m_layout;
    ShopifyProduct m_product;
};

// "Hoodie - Red / M" with options Red and M is variant "Red / M" of product "Hoodie";
// other names are a product of their own.
QString productTitle(const Item& item, const QStringList& values)
{
    const QString suffix = QStringLiteral(" - ") + values.join(QStringLiteral(" / "));
    if (!values.isEmpty() && item.name.endsWith(suffix) && item.name.size() > suffix.size())
        return item.name.chopped(suffix.size());
    return item.name;
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

// Items grouped into Shopify products. An item from Shopify goes under its own handle
// with its own title and options. Others: variants of one title with the same option
// names share a handle made from the title; the order is the order of the items.
QList<ShopifyGroup> shopifyProducts(const QList<Item>& items)
{
    QList<ShopifyGroup> groups;
    QHash<QString, qsizetype> byHandle;
    for (const Item& item : items) {
        QList<std::pair<QString, QString>> options =
            fromShopify(item) ? item.shop.options : parseAttributes(item.attributes).mid(0, 3);
        QStringList names;
        QStringList values;
        for (const auto& [name, value] : options) {
            names << name;
            values << value;
        }
        QString title = fromShopify(item) ? item.shop.title : productTitle(item, values);
        QString handle = fromShopify(item) ? item.shop.handle : slug(title);
        if (handle.isEmpty())
            handle = slug(item.sku);
        auto it = byHandle.constFind(handle);
        if (!fromShopify(item) && it != byHandle.cend()
            && (groups[*it].title != title || groups[*it].optionNames != names)) {
            handle += QLatin1Char('-') + slug(item.sku);
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

QString shopifyVariantKey(const QString& handle, const QList<std::pair<QString, QString>>& options)
{
    QStringList values;
    for (const auto& [name, value] : options) {
        if (!isDefaultOption(name, value))
            values << value;
    }
    const QString key = slug(handle);
    if (key.isEmpty() || values.isEmpty())
        return key;
    return key + QLatin1Char('/') + slug(values.join(QLatin1Char(' ')));
}

QList<ColumnName> ShopifyProductLayout::columns() const
{
    const Columns& c = layout();
    QList<ColumnName> out {{c.handle}, {c.title}, {c.sku}, {c.price}, {c.tracker}, {c.quantity}, {c.policy}};
    for (int n = 1; n <= 3; ++n)
        out << ColumnName {c.optionName.arg(n)} << ColumnName {c.optionValue.arg(n)};
    return out;
}

QStringList ShopifyProductLayout::required() const
{
    const Columns& c = layout();
    return {c.handle, c.sku, c.price};
}

std::unique_ptr<ItemReader> ShopifyProductLayout::reader(const Table& table, const QDate&) const
{
    return std::make_unique<ShopifyItemReader>(table, columns(), layout());
}

core::Status ShopifyProductLayout::write(CsvWriter& out, store::ItemStore& store, const ItemExport& how) const
{
    const Columns& c = layout();
    const core::Result<QList<Item>> items = itemsInCreationOrder(store);
    if (!items)
        return items.errors();
    const QList<ShopifyGroup> products = shopifyProducts(items.value());
    QStringList header {c.handle, c.title};
    for (int n = 1; n <= 3; ++n)
        header << c.optionName.arg(n) << c.optionValue.arg(n);
    header << c.sku << c.tracker << c.quantity << c.policy;
    if (how.feed)
        header << QStringLiteral("Availability status (variant.metafields.backorder_desk.status)")
               << QStringLiteral("Expected date (variant.metafields.backorder_desk.expected_date)")
               << QStringLiteral("Availability message (variant.metafields.backorder_desk.message)");
    else
        header << c.price;
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
            row << (fromShopify(i) && i.shop.keyed ? i.shop.sku : i.sku)
                << (i.tracked ? QStringLiteral("shopify") : QString())
                << (i.tracked ? QString::number(shopStock(i)) : i.shop.cells.value(QuantityCell, QStringLiteral("0")))
                << (i.policy == Policy::Stop ? c.denyValue : c.continueValue);
            if (how.feed) {
                const Exporter::ItemAvailability a = Exporter::availabilityOf(i, how.today, how.stages.value(i.id));
                row << Exporter::statusName(a.status) << core::toIso(a.expected) << a.message;
            } else {
                row << how.money(i.priceMinor);
            }
            out.writeRow(row);
            first = false;
        }
    }
    return {};
}

QString ShopifyProducts::title() const
{
    return tr("Shopify product export");
}

const ShopifyProductLayout::Columns& ShopifyProducts::layout() const
{
    static const Columns columns {
        QStringLiteral("Handle"),
        QStringLiteral("Title"),
        QStringLiteral("Variant SKU"),
        QStringLiteral("Variant Price"),
        QStringLiteral("Variant Inventory Tracker"),
        QStringLiteral("Variant Inventory Qty"),
        QStringLiteral("Variant Inventory Policy"),
        QStringLiteral("Option%1 Name"),
        QStringLiteral("Option%1 Value"),
        QStringLiteral("continue"),
        QStringLiteral("deny"),
    };
    return columns;
}

QString ShopifyProducts2025::title() const
{
    return tr("Shopify product export (2025 layout)");
}

const ShopifyProductLayout::Columns& ShopifyProducts2025::layout() const
{
    static const Columns columns {
        QStringLiteral("URL handle"),
        QStringLiteral("Title"),
        QStringLiteral("SKU"),
        QStringLiteral("Price"),
        QStringLiteral("Inventory tracker"),
        QStringLiteral("Inventory quantity"),
        QStringLiteral("Continue selling when out of stock"),
        QStringLiteral("Option%1 name"),
        QStringLiteral("Option%1 value"),
        QStringLiteral("CONTINUE"),
        QStringLiteral("DENY"),
    };
    return columns;
}

} // namespace bd::csv
