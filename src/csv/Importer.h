#pragma once

#include "core/Result.h"
#include "csv/DataKind.h"
#include "services/OrderService.h"
#include "services/PurchasingService.h"
#include "services/Shop.h"
#include "services/StockService.h"

#include <QCoreApplication>
#include <QSet>

#include <atomic>
#include <functional>

namespace bd::store {
class OrderSpool;
}

namespace bd::csv {

class CsvStream;
class CustomerFormat;
class ItemFormat;
class OrderFormat;
class StockFormat;
class ShopFormat;

// Brings CSV files into the shop, applying the same rules as the window: every format
// of the list in csv/formats/Formats.h (the native files of the brief, what WooCommerce
// and Shopify export), recognised from the header unless one is asked for.
// A file is imported whole or not at all: every bad row is reported as
// FILE:LINE: field: message (up to 100) and nothing changes.
//
// Every kind is read row by row: memory does not grow with the file. Orders wait in
// temporary tables of the shop's database until the end, to be placed in the order
// they came in; receipts are held as requests, the receive service taking them all
// at once.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    using Kind = DataKind;
    static std::optional<Kind> parseKind(const QString& name);
    static QStringList kindNames();

    // An item as a file will land (shown before anything is kept).
    struct PreviewItem
    {
        QString key; // its SKU, or the key made from its shop identity
        QString name;
        domain::Policy policy = domain::Policy::Stop;
        bool tracked = true;
        std::optional<int> onHand; // unset: the file does not say, or nobody counts it
    };
    // A customer, an order and a stock count as a file will land.
    struct PreviewCustomer
    {
        QString email;
        QString name;
    };
    struct PreviewOrder
    {
        QString number;
        QString customerEmail; // a customer nobody knows: see domain/UnknownCustomer.h
        QString customerName;
        QList<services::PlacedLine> lines; // SKU, quantity and how much of it waits
    };
    struct PreviewCount
    {
        QString key; // the item's SKU or key
        QString name;
        int before = 0;            // on hand until now
        std::optional<int> onHand; // the count; unset: the item's stock is not tracked
    };
    static constexpr int PreviewRows = 10;

    struct Report
    {
        int rows = 0;    // data rows read
        int records = 0; // items, customers, orders, ... saved (or that would be)
        int skipped = 0; // rows that are not records: variable parents, image rows, ...
        QStringList warnings;
        QList<domain::CrossDockRow> crossDock; // for receipts
        int ordersTold = 0; // po-stages: stock updates queued for waiting orders
        QString file;                      // as given
        const ShopFormat* format = nullptr; // what the file was read as
        Kind kind = Kind::Items;
        // The first records of the file as they will land, by its kind.
        QList<PreviewItem> preview; // items
        QList<PreviewCustomer> customers;
        QList<PreviewOrder> orders; // in the order they are placed
        QList<PreviewCount> counts;
        // The file's columns read as the format's (from Options::columnMap), as mapped.
        QList<std::pair<QString, QString>> columnMap;
        // "items.csv: Shopify product export (2025 layout), 456 variants"
        QString recognised() const;
    };

    struct Options
    {
        // The file's format; unset, it is recognised from the header.
        const ShopFormat* format = nullptr;
        // Columns read by other names: {column of the format -> the file's column}
        // (an accounting program's "varenr" read as "sku").
        QList<std::pair<QString, QString>> columnMap;
        bool dryRun = false;       // check everything, apply all the rules, then undo
        bool completeOnly = false; // receipts: fill only orders that become complete
        // Called now and then while reading, with bytes read and the file's size.
        std::function<void(qint64 done, qint64 total)> progress;
        // Set (from any thread) to stop: the import fails and nothing is changed.
        const std::atomic<bool>* cancel = nullptr;
    };

    explicit Importer(services::Shop& shop)
        : m_shop(shop)
    {
    }

    core::Result<Report> import(Kind kind, const QString& path, const Options& options);
    // dryRun: check everything, apply all the rules, then undo.
    core::Result<Report> import(Kind kind, const QString& path, bool dryRun, bool completeOnly = false);
    core::Result<QList<services::ReceiveRequest>> readReceipts(const QString& path);

private:
    // Opens a file and finds its format (report.format), or says why it has none.
    core::Result<std::unique_ptr<CsvStream>> open(Kind kind, const QString& path, const ShopFormat* asked,
                                                  Report& report);
    core::Result<QHash<QString, int>> skuUses(const ItemFormat& format, const QString& path, const Options& options);
    core::Status importItems(CsvStream& stream, const ItemFormat& format, const Options& options,
                             services::DirtyItems& dirty, Report& report);
    core::Status importStock(CsvStream& stream, const StockFormat& format, const Options& options,
                             services::DirtyItems& dirty, Report& report);
    core::Status importCustomers(CsvStream& stream, const CustomerFormat& format, const Options& options,
                                 Report& report);
    // Reads and checks the whole file into a spool of temporary tables without the
    // shop's write lock, then places the orders in one transaction that holds it.
    core::Status importOrders(CsvStream& stream, const OrderFormat& format, const Options& options, Report& report);
    core::Status importPurchaseOrders(CsvStream& stream, const Options& options, services::DirtyItems& dirty,
                                      Report& report);
    core::Result<QList<services::ReceiveRequest>> receiptsFrom(CsvStream& stream, const Options& options,
                                                               Report& report);
    // A forwarder's status file as stages in the order they happened; rows of stages
    // the shop has recorded already (a forwarder sends the whole story every time) are
    // left out and counted in a warning.
    core::Result<QList<services::StageInput>> stagesFrom(CsvStream& stream, const Options& options, Report& report);

    services::Shop& m_shop;
    QList<std::pair<QString, QString>> m_columnMap; // of the import under way
};

} // namespace bd::csv
