#include "StockCounts.h"

#include "csv/CsvWriter.h"
#include "csv/formats/ShopifyProducts.h"
#include "store/ItemStore.h"

#include <limits>

using namespace bd::domain;

namespace bd::csv {

namespace {

const QString NotStocked = QStringLiteral("not stocked");
// Where a count came from, kept on the item to be written back.
const QString LocationCell = QStringLiteral("location");

namespace inventory {
const QString Handle = QStringLiteral("Handle");
const QString Title = QStringLiteral("Title");
const QString Sku = QStringLiteral("SKU");
const QString Location = QStringLiteral("Location");
const QString OnHandCurrent = QStringLiteral("On hand (current)");
const QString OnHandNew = QStringLiteral("On hand (new)");
QString optionName(int n) { return QStringLiteral("Option%1 Name").arg(n); }
QString optionValue(int n) { return QStringLiteral("Option%1 Value").arg(n); }
// Read by Shopify, not by us: a count is what is on hand.
const QStringList Other = {QStringLiteral("HS Code"), QStringLiteral("COO"), QStringLiteral("Bin name"),
                           QStringLiteral("Incoming (not editable)"), QStringLiteral("Unavailable (not editable)"),
                           QStringLiteral("Committed (not editable)"), QStringLiteral("Available (not editable)"),
                           QStringLiteral("Incoming"), QStringLiteral("Committed"), QStringLiteral("Available")};
} // namespace inventory

class NativeStockReader final : public StockReader
{
public:
    bool read(Fields& f, StockCount& count) override
    {
        count.sku = f.required(QStringLiteral("sku"));
        count.countField = QStringLiteral("on_hand");
        count.onHand = f.count(QStringLiteral("on_hand"), false, 0);
        count.reason = f.text(QStringLiteral("reason"));
        return true;
    }
};

class InventoryReader final : public StockReader
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    explicit InventoryReader(const Table& table)
        : m_current(table.column(inventory::OnHandCurrent) >= 0)
    {
        // The older layout: every column that is none of the known ones is a location.
        if (!m_current) {
            for (const QString& name : table.header) {
                if (!name.isEmpty() && !ShopifyInventory().readsColumn(name))
                    m_locations << name;
            }
        }
    }

    bool read(Fields& f, StockCount& count) override
    {
        using namespace inventory;
        const QString handle = f.text(Handle);
        count.sku = f.text(Sku);
        QList<std::pair<QString, QString>> options;
        for (int n = 1; n <= 3; ++n) {
            if (!f.text(optionValue(n)).isEmpty())
                options.append({f.text(optionName(n)), f.text(optionValue(n))});
        }
        count.key = shopifyVariantKey(handle, options);
        if (m_current) {
            // The merchant's new count where given, else the count as it is.
            const QString column = f.text(OnHandNew).isEmpty() ? OnHandCurrent : OnHandNew;
            count.location = f.text(Location);
            count.countField = column;
            if (f.text(column).compare(NotStocked, Qt::CaseInsensitive) == 0) {
                count.notStocked = true;
                return true;
            }
            count.onHand = f.count(column, false, std::numeric_limits<int>::min());
            return true;
        }
        int total = 0;
        bool any = false;
        for (const QString& location : std::as_const(m_locations)) {
            const QString cell = f.text(location);
            if (cell.compare(NotStocked, Qt::CaseInsensitive) == 0 || cell.isEmpty())
                continue;
            if (const std::optional<int> n = f.count(location, false, std::numeric_limits<int>::min())) {
                total += *n;
                any = true;
                count.countField = location;
            }
        }
        count.notStocked = !any;
        if (any)
            count.onHand = total;
        return true;
    }

private:
    bool m_current;
    QStringList m_locations;
};

} // namespace

QString NativeStock::title() const
{
    return tr("stock count file");
}

QList<ColumnName> NativeStock::columns() const
{
    return {{QStringLiteral("sku")}, {QStringLiteral("on_hand")}, {QStringLiteral("reason")}};
}

QStringList NativeStock::required() const
{
    return {QStringLiteral("sku"), QStringLiteral("on_hand")};
}

std::unique_ptr<StockReader> NativeStock::reader(const Table&) const
{
    return std::make_unique<NativeStockReader>();
}

core::Status NativeStock::write(CsvWriter& out, store::ItemStore& store) const
{
    const core::Result<QList<Item>> items = itemsInCreationOrder(store);
    if (!items)
        return items.errors();
    out.writeRow({QStringLiteral("sku"), QStringLiteral("on_hand")});
    for (const Item& i : items.value()) {
        if (i.tracked)
            out.writeRow({i.sku, QString::number(i.onHand)});
    }
    return {};
}

QString ShopifyInventory::title() const
{
    return tr("Shopify inventory export");
}

QList<ColumnName> ShopifyInventory::columns() const
{
    using namespace inventory;
    QList<ColumnName> out {{Handle}, {Title}, {Sku}, {Location}, {OnHandCurrent}, {OnHandNew}};
    for (int n = 1; n <= 3; ++n)
        out << ColumnName {optionName(n)} << ColumnName {optionValue(n)};
    for (const QString& other : inventory::Other)
        out << ColumnName {other};
    return out;
}

QStringList ShopifyInventory::required() const
{
    return {inventory::Handle, inventory::Sku, inventory::optionValue(1)};
}

// A product export has a handle, a SKU and options too: an inventory file has
// neither prices nor a tracker.
int ShopifyInventory::recognise(const Table& table) const
{
    if (table.column(QStringLiteral("Variant Price")) >= 0 || table.column(QStringLiteral("Price")) >= 0
        || table.column(QStringLiteral("Variant Inventory Tracker")) >= 0)
        return 0;
    return StockFormat::recognise(table);
}

std::unique_ptr<StockReader> ShopifyInventory::reader(const Table& table) const
{
    return std::make_unique<InventoryReader>(table);
}

core::Status ShopifyInventory::write(CsvWriter& out, store::ItemStore& store) const
{
    using namespace inventory;
    const core::Result<QList<Item>> items = itemsInCreationOrder(store);
    if (!items)
        return items.errors();
    QStringList header {Handle, Title};
    for (int n = 1; n <= 3; ++n)
        header << optionName(n) << optionValue(n);
    header << Sku << Location << OnHandCurrent << OnHandNew;
    out.writeRow(header);
    for (const Item& i : items.value()) {
        const bool fromShopify = i.shop.format == QLatin1String("shopify") && !i.shop.handle.isEmpty();
        QStringList row {fromShopify ? i.shop.handle : slug(i.name), fromShopify ? i.shop.title : i.name};
        const QList<std::pair<QString, QString>> options =
            fromShopify ? i.shop.options : QList<std::pair<QString, QString>> {{QStringLiteral("Title"),
                                                                                QStringLiteral("Default Title")}};
        for (int n = 0; n < 3; ++n)
            row << options.value(n).first << options.value(n).second;
        const QString count = i.tracked ? QString::number(i.onHand) : NotStocked;
        row << (fromShopify && i.shop.keyed ? i.shop.sku : i.sku) << i.shop.cells.value(LocationCell) << count
            << count;
        out.writeRow(row);
    }
    return {};
}

} // namespace bd::csv
