#pragma once

#include "core/Result.h"
#include "services/Shop.h"
#include "services/StockService.h"

#include <QCoreApplication>

namespace bd::csv {

struct Table;

// Brings the native CSV files of the brief into the shop, applying the same rules as
// the window. A file is imported whole or not at all: every bad row is reported as
// FILE:LINE: field: message (up to 100) and nothing changes.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    enum class Kind { Items, Customers, Orders, PurchaseOrders, Receipts };
    static std::optional<Kind> parseKind(const QString& name);
    static QStringList kindNames();

    struct Report
    {
        int rows = 0;    // data rows read
        int records = 0; // items, customers, orders, ... saved (or that would be)
        QStringList warnings;
        QList<domain::CrossDockRow> crossDock; // for receipts
    };

    explicit Importer(services::Shop& shop)
        : m_shop(shop)
    {
    }

    // dryRun: check everything, apply all the rules, then undo.
    core::Result<Report> import(Kind kind, const QString& path, bool dryRun, bool completeOnly = false);
    core::Result<QList<services::ReceiveRequest>> readReceipts(const QString& path);

private:
    core::Status importItems(const Table& table, services::DirtyItems& dirty, Report& report);
    core::Status importCustomers(const Table& table, Report& report);
    core::Status importOrders(const Table& table, services::DirtyItems& dirty, Report& report);
    core::Status importPurchaseOrders(const Table& table, services::DirtyItems& dirty, Report& report);
    core::Result<QList<services::ReceiveRequest>> receiptsFrom(const Table& table);

    services::Shop& m_shop;
};

} // namespace bd::csv
