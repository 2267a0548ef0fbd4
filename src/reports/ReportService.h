#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "domain/Types.h"
#include "reports/ReportData.h"
#include "services/Shop.h"
#include "store/ReportStore.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace bd::store {
class Database;
}

namespace bd::reports {

// What a report reads and needs, for the command line and the dialog.
struct ReportSpec
{
    ReportKind kind;
    QString name; // on the command line
    QString title;
    QString description;
    bool sku = false;      // reads --sku
    bool skuRequired = false;
    bool receipt = false;  // reads --ref (required)
    bool order = false;    // reads --order
    bool period = false;   // reads --from/--to
};

// A receipt's cross-dock list as the Receive dialog worked it out: a preview not saved
// yet, or the receipt just made (a reference may name several receipts; this is one).
struct CrossDockInput
{
    QString reference;
    QDateTime receivedAt;
    QList<domain::CrossDockRow> rows; // in queue order, as StockService::receive returns them
    QList<int> stillWaiting;          // per row: what its order line still waits for after it
    QHash<QString, QString> itemNames; // per SKU
    QStringList footnotes;            // printed under the list (who a complete-only receipt passed over)
    bool preview = false;             // not received yet, and the list says so
};

// How far building has come (0-100) and what it is doing; called on the building thread.
using Progress = std::function<void(int percent, const QString& step)>;

// Builds each report as data from the shop database, in one read transaction (a
// consistent snapshot). Runs on whatever thread opened the Database: a window builds
// reports in a worker thread on a Database it opened there, with a progress callback
// and a cancel flag it may set from the GUI thread.
class ReportService
{
    Q_DECLARE_TR_FUNCTIONS(ReportService)

public:
    ReportService(store::Database& db, const core::Clock& clock);
    ~ReportService();

    static const QList<ReportSpec>& specs();
    static const ReportSpec* spec(const QString& name);
    static const ReportSpec& spec(ReportKind kind);

    // Fails with one message per problem: an unknown SKU, order or receipt reference
    // (field "sku", "order", "ref"), a period that ends before it starts, "cancelled".
    core::Result<Report> build(ReportKind kind, const ReportParams& params, const Progress& progress = {},
                               const std::atomic<bool>* cancel = nullptr);

    // The cross-dock list of a receipt the Receive dialog worked out: the same pages as
    // the crossdock report of a stored receipt (page header, Page N of M, whole SKUs).
    core::Result<Report> crossDockOf(const CrossDockInput& input);

    // A period report without dates covers the 90 days up to today.
    static constexpr int DefaultPeriodDays = 90;

private:
    core::Result<qint64> itemFilter(Report& report, const ReportParams& params);
    core::Status backorders(Report& report, const ReportParams& params);
    core::Status aging(Report& report, const ReportParams& params);
    core::Status queue(Report& report, const ReportParams& params);
    Report begin(ReportKind kind);
    core::Status crossDock(Report& report, const ReportParams& params);
    void fillCrossDock(Report& report, const QString& reference, const QDateTime& receivedAt, bool preview,
                       const QList<store::report::CrossDockShip>& ship,
                       const QList<store::report::CrossDockReceived>& received) const;
    core::Status packing(Report& report, const ReportParams& params);
    core::Status cancellations(Report& report);
    core::Status demand(Report& report);
    core::Status paymentRisk(Report& report);
    core::Status rate(Report& report, const ReportParams& params);

    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    void step(int percent, const QString& what) const
    {
        if (m_progress)
            m_progress(percent, what);
    }

    store::Database& m_db;
    services::Shop m_shop;
    store::ReportStore m_store;
    Progress m_progress;
    const std::atomic<bool>* m_cancel = nullptr;
};

} // namespace bd::reports
