#pragma once

#include "core/Result.h"
#include "services/Shop.h"
#include "store/PurchaseStore.h"

#include <QCoreApplication>
#include <QSet>

namespace bd::services {

// A supply-chain stage as the merchant records it (the window, `po stage`, a
// forwarder's status file).
struct StageInput
{
    QString poNumber;
    QString stage;    // a code of domain::supplyStages()
    QDate date;       // when it happened; invalid: today
    QString note;     // for the customers; may be empty
    QDate expected;   // the new expected date of the order's open lines; invalid: unchanged
    int sourceLine = 0;
};

// What recording a stage did.
struct StageOutcome
{
    int ordersTold = 0;   // orders that get a stock update
    int ordersSlipped = 0; // orders whose date slipped: the delay notice tells them instead
    // The orders themselves: an order told of several stages in one action (a status
    // file) gets one e-mail and is counted once.
    QSet<qint64> told;
    QSet<qint64> slipped;
};

// Purchase orders on their way: stages, and which waiting lines each purchase order
// serves.
class PurchasingService
{
    Q_DECLARE_TR_FUNCTIONS(PurchasingService)

public:
    explicit PurchasingService(Shop& shop)
        : m_shop(shop)
    {
    }

    // One merchant action: records the stage (and the new expected date), works the
    // promised dates out again, records it in the history of the items and of every
    // waiting order the purchase order serves, and queues one stock-update e-mail per
    // such order (an order whose date slipped gets the delay notice instead).
    core::Result<StageOutcome> recordStage(const StageInput& input);
    // A file of stage updates, all or none, as one action, in the order given; what they
    // did adds up in `outcome`. keep false: a preview, undone after every check ran.
    core::Status recordStages(const QList<StageInput>& inputs, const QString& sourceFile,
                              StageOutcome* outcome = nullptr, bool keep = true);
    // The same, inside the caller's transaction.
    core::Status recordStageWithin(const StageInput& input, const QString& sourceFile, DirtyItems& dirty,
                                   StageOutcome* outcome = nullptr);

    // The timeline of a purchase order, oldest first, ending in "received" once it is.
    core::Result<QList<store::PoStage>> timeline(const QString& poNumber);
    // The same from the stages recorded for `po`: the one rule the window's detail
    // pane, read on a connection of its own, shares.
    static QList<store::PoStage> timelineOf(const store::PurchaseOrderSummary& po, QList<store::PoStage> recorded);

private:
    Shop& m_shop;
};

} // namespace bd::services
