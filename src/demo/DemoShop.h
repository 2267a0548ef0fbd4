#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace bd::store {
class Database;
}

namespace bd::demo {

struct DemoOptions
{
    enum class Size { Small, Large } size = Size::Small;
    quint32 seed = 1;
    QDateTime now; // the shop's "today"; history is made up before it
    int scale = 1; // the large shop divided by this (benchmark smoke runs)
};

struct DemoSummary
{
    int items = 0;
    int customers = 0;
    int orders = 0;
    int orderLines = 0;
    int waitingLines = 0;
    int purchaseOrders = 0;
};

// Fills an empty database with a believable shop, the same for the same seed.
// The small shop is made through the services, exactly as a merchant would (orders,
// receipts, shipments, cancellations over two months); the large one is a bulk load
// for benchmarks that applies the same rules in memory.
class DemoShop
{
    Q_DECLARE_TR_FUNCTIONS(DemoShop)

public:
    static core::Result<DemoSummary> build(store::Database& db, const DemoOptions& options);
};

} // namespace bd::demo
