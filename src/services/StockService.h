#pragma once

#include "core/Result.h"
#include "domain/CompleteFill.h"
#include "domain/Types.h"
#include "services/Shop.h"

#include <QCoreApplication>
#include <QHash>

#include <utility>

namespace bd::services {

struct ReceiveRequest
{
    QString sku;
    int qty = 0;
    QString reference;
    QString poNumber;     // optional: receive against this purchase order
    QDateTime receivedAt; // defaults to now
    int sourceLine = 0;   // input file line, for messages
};

// Units of one order line coming back: the line given by its id, else the order's
// first line of that SKU (as the command line's `return` names it).
struct ReturnLine
{
    ReturnLine(QString sku_, int qty_, qint64 lineId_ = 0)
        : sku(std::move(sku_))
        , qty(qty_)
        , lineId(lineId_)
    {
    }
    QString sku;
    int qty = 0;
    qint64 lineId = 0;
};

// What a receipt's cross-dock list tells the packer beside its CSV columns.
struct ReceiveNotes
{
    // Per cross-dock row, in order: what that order line still waits for after this
    // fill (> 0: a partial fill); 0 for the shelf.
    QList<int> stillWaiting;
    QHash<QString, QString> itemNames; // per SKU received
    // Complete-only: the older orders passed over for younger ones, and why.
    QList<domain::PassedOver> passedOver;
};

struct ReceiveOptions
{
    bool completeOnly = false; // allocate only to orders that thereby become complete
    bool preview = false;      // work it all out, change nothing
    QString sourceFile;
    // When given, filled in with what the printed cross-dock list says beside the rows.
    ReceiveNotes* notes = nullptr;
};

// Stock coming in and being corrected: receipts (with the cross-dock list), returns,
// adjustments, and expected dates. Whatever stock becomes free serves the queue first.
class StockService
{
    Q_DECLARE_TR_FUNCTIONS(StockService)

public:
    explicit StockService(Shop& shop)
        : m_shop(shop)
    {
    }

    // One or more receipts as one action; returns the cross-dock list in queue order
    // with a "shelf" row per receipt line for what is put away.
    core::Result<QList<domain::CrossDockRow>> receive(const QList<ReceiveRequest>& receipts,
                                                      const ReceiveOptions& options);
    core::Status returnUnits(const QString& orderNumber, const QString& sku, int qty, const QString& reason);
    // Several lines of an order back as one action. Restocked units go back on hand and
    // serve the queue first; units not restocked (damaged, kept by the customer) are
    // recorded as returned and move no stock.
    core::Status returnUnits(const QString& orderNumber, const QList<ReturnLine>& lines, const QString& reason,
                             bool restock);
    core::Status adjust(const QString& sku, int delta, const QString& reason);
    // An invalid date clears the item's expected date.
    core::Status setExpectedDate(const QString& sku, const QDate& date);

    // Hands free stock of an item to its queue, inside the caller's transaction.
    // `limit` caps the units (e.g. a receipt's own units); -1 = all free stock.
    // Filled units are appended to `rows` when given.
    //
    // What it writes: everything (All), or for a preview, which is rolled back, only
    // what a later line of the same preview reads (Allocations: the lines' units and the
    // item's counters, no events and no allocation records) or nothing at all (PlanOnly:
    // the plan is listed; one of first units is read without being written). The rows and
    // notes are the same in each case.
    enum class Writes { All, Allocations, PlanOnly };
    core::Status serveQueue(qint64 itemId, const QString& source, qint64 receiptLineId, bool completeOnly, int limit,
                            DirtyItems& dirty, QList<domain::CrossDockRow>* rows = nullptr,
                            const QString& reference = {}, int* filled = nullptr, ReceiveNotes* notes = nullptr,
                            Writes writes = Writes::All);

    // The item with that SKU; "unknown SKU" (field sku) when there is none.
    core::Result<domain::Item> findItem(const QString& sku);

    // Why stock cannot move for an item whose stock is not tracked.
    static QString notTracked(const QString& sku);

private:
    core::Status receiveOne(const ReceiveRequest& request, const ReceiveOptions& options, Writes writes,
                            DirtyItems& dirty, QList<domain::CrossDockRow>& rows);

    Shop& m_shop;
};

} // namespace bd::services
