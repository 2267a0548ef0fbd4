#pragma once

#include "core/Result.h"
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

// Brings CSV files into the shop, applying the same rules as the window: the native
// formats of the brief, and the product and order exports of WooCommerce and Shopify.
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
    enum class Kind { Items, Customers, Orders, PurchaseOrders, Receipts };
    static std::optional<Kind> parseKind(const QString& name);
    static QStringList kindNames();

    enum class Format { Native, WooCommerce, Shopify };
    static std::optional<Format> parseFormat(const QString& name);
    static QStringList formatNames();
    // Whether the format has a file of that kind (WooCommerce: items; Shopify: items, orders).
    static bool supports(Format format, Kind kind);

    struct Report
    {
        int rows = 0;    // data rows read
        int records = 0; // items, customers, orders, ... saved (or that would be)
        int skipped = 0; // rows that are not records: variable parents, image rows, ...
        QStringList warnings;
        QList<domain::CrossDockRow> crossDock; // for receipts
    };

    struct Options
    {
        Format format = Format::Native;
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
    core::Status importItems(CsvStream& stream, const Options& options, services::DirtyItems& dirty,
                             Report& report);
    core::Status importCustomers(CsvStream& stream, const Options& options, Report& report);
    // Reads and checks the whole file into a spool of temporary tables without the
    // shop's write lock, then places the orders in one transaction that holds it.
    core::Status importOrders(CsvStream& stream, const Options& options, Report& report);
    core::Status placeSpooled(store::OrderSpool& spool, const Options& options, const QSet<int>& badLines,
                              core::Errors errors, services::DirtyItems& dirty, Report& report);
    core::Status importPurchaseOrders(CsvStream& stream, const Options& options, services::DirtyItems& dirty,
                                      Report& report);
    core::Result<QList<services::ReceiveRequest>> receiptsFrom(CsvStream& stream, const Options& options,
                                                               Report& report);

    services::Shop& m_shop;
};

} // namespace bd::csv
