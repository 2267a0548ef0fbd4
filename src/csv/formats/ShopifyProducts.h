#pragma once

#include "csv/formats/ShopFormat.h"

namespace bd::csv {

// Shopify's product CSV: one row per variant; a product's title and option names are
// on its first row only; rows that only add an image are no items. A variant with an
// empty inventory tracker is an item whose stock is not tracked. The handle, title
// and option values are kept and written back exactly (a handle is never rebuilt from
// a title), so a re-import updates the shop's products instead of adding new ones.
// Shopify has two layouts of the same file, each a format of its own.
class ShopifyProductLayout : public ItemFormat
{
    Q_DECLARE_TR_FUNCTIONS(ShopFormat)

public:
    // The columns of one layout.
    struct Columns
    {
        QString handle;
        QString title;
        QString sku;
        QString price;
        QString tracker;
        QString quantity;
        QString policy;
        QString optionName;  // with %1 for the option's number
        QString optionValue; // with %1 for the option's number
        QString continueValue; // the policy's value for selling on
        QString denyValue;
    };

    QString shop() const override { return QStringLiteral("shopify"); }
    QList<ColumnName> columns() const override;
    QStringList required() const override;
    std::unique_ptr<ItemReader> reader(const Table& table, const QDate& today) const override;
    core::Status write(CsvWriter& out, store::ItemStore& store, const ItemExport& how) const override;

protected:
    virtual const Columns& layout() const = 0;
};

// A Shopify variant's key from its handle and option values ("example-shirt/green-s";
// the handle alone for a product without variants): an item without a SKU of its own.
QString shopifyVariantKey(const QString& handle, const QList<std::pair<QString, QString>>& options);

// The classic layout: Handle, Title, …, Variant SKU, Variant Inventory Tracker, …
class ShopifyProducts final : public ShopifyProductLayout
{
    Q_DECLARE_TR_FUNCTIONS(ShopFormat)

public:
    QString id() const override { return QStringLiteral("shopify"); }
    QString title() const override;

protected:
    const Columns& layout() const override;
};

// The layout Shopify writes since 2025: Title, URL handle, …, SKU, …, Inventory tracker,
// Inventory quantity, Continue selling when out of stock.
class ShopifyProducts2025 final : public ShopifyProductLayout
{
    Q_DECLARE_TR_FUNCTIONS(ShopFormat)

public:
    QString id() const override { return QStringLiteral("shopify-2025"); }
    QString title() const override;
    bool isShopDefault() const override { return false; }

protected:
    const Columns& layout() const override;
};

} // namespace bd::csv
