#pragma once

#include "csv/formats/ShopFormat.h"

namespace bd::csv {

// WooCommerce's product export (Products › Export), in any admin language: WordPress
// translates the headers (Danish, German and Russian are known here), may leak white
// space, a blank line or a second byte order mark before them, and the exporter
// guards formula-like cells with a leading '. Simple products and variations are
// items; variable parents, grouped and external products are not. An empty Stock
// (stock not managed) or a virtual or downloadable product is an item whose stock is
// not tracked. ID and Parent are kept and written back; Upsells and Cross-sells are
// kept as the item's related items.
class WooCommerceProducts final : public ItemFormat
{
    Q_DECLARE_TR_FUNCTIONS(ShopFormat)

public:
    // The columns, as WooCommerce's exporter names them in English.
    static const QString Id, Type, Sku, Name, Published, InStock, Stock, Backorders, SalePrice, RegularPrice,
        SaleStarts, SaleEnds, Parent, Upsells, CrossSells;

    QString id() const override { return QStringLiteral("woocommerce"); }
    QString shop() const override { return QStringLiteral("woocommerce"); }
    QString title() const override;
    QList<ColumnName> columns() const override;
    QStringList required() const override;
    int recognise(const Table& table) const override;
    bool readsColumn(const QString& fileName) const override;
    std::unique_ptr<ItemReader> reader(const Table& table, const QDate& today) const override;
    core::Status write(CsvWriter& out, store::ItemStore& store, const ItemExport& how) const override;
};

} // namespace bd::csv
