#pragma once

#include "csv/formats/ShopFormat.h"

namespace bd::csv {

// One row of a stock count: which item, and what is on hand (or that the shop does
// not stock it at all).
struct StockCount
{
    QString sku;      // empty when the shop's variant has none
    QString key;      // the item's key from its shop identity, when the file gives one
    std::optional<int> onHand;
    bool notStocked = false; // the shop does not track the variant's stock
    QString reason;
    QString location;
    QString countField; // the column the count came from, for messages
};

class StockReader
{
public:
    virtual ~StockReader() = default;
    // False when the row counts nothing.
    virtual bool read(Fields& f, StockCount& count) = 0;
};

// Stock counts: what is on hand of known items, booked as adjustments that serve the
// queue first like any receipt.
class StockFormat : public ShopFormat
{
public:
    DataKind kind() const override { return DataKind::Stock; }
    virtual std::unique_ptr<StockReader> reader(const Table& table) const = 0;
    // The shop's counts, in this format (for the shop to take them back).
    virtual core::Status write(CsvWriter& out, store::ItemStore& store) const = 0;
};

// sku,on_hand[,reason]
class NativeStock final : public StockFormat
{
    Q_DECLARE_TR_FUNCTIONS(ShopFormat)

public:
    QString id() const override { return QStringLiteral("native"); }
    QString shop() const override { return QStringLiteral("native"); }
    QString title() const override;
    QList<ColumnName> columns() const override;
    QStringList required() const override;
    std::unique_ptr<StockReader> reader(const Table& table) const override;
    core::Status write(CsvWriter& out, store::ItemStore& store) const override;
};

// Shopify's inventory export (Products › Inventory › Export): one row per variant and
// location, "On hand (current)" and the merchant's "On hand (new)"; "not stocked" where
// the variant's stock is not tracked. The older layout has a column per location
// instead. Counts of one variant at several locations add up.
class ShopifyInventory final : public StockFormat
{
    Q_DECLARE_TR_FUNCTIONS(ShopFormat)

public:
    QString id() const override { return QStringLiteral("shopify"); }
    QString shop() const override { return QStringLiteral("shopify"); }
    QString title() const override;
    QList<ColumnName> columns() const override;
    QStringList required() const override;
    int recognise(const Table& table) const override;
    std::unique_ptr<StockReader> reader(const Table& table) const override;
    core::Status write(CsvWriter& out, store::ItemStore& store) const override;
};

} // namespace bd::csv
