#pragma once

#include "services/PromiseService.h"
#include "services/Shop.h"
#include "store/QueueStore.h"

#include <QCoreApplication>

namespace bd::services {

// A waiting line of an item's queue with its payment risk worked out.
struct QueueEntry
{
    store::QueueRow line;
    bool atRisk = false; // the card or the authorization lapses before the promised date
    QString riskReason;
    LineSource source; // the purchase order the line's date comes from, and its stage
};

// Why waiting units of an order are at risk of going unpaid, or empty when they are
// not: until the payment is captured, a card or an authorization hold that ends
// before the promised date (or has ended already, when the date is not known yet);
// domain::paymentLapses is the rule. The card is named first when both end.
QString paymentRiskReason(domain::PaymentState payment, const QString& cardExpiry, const QDateTime& authorizedAt,
                          const QDate& promised, const QDate& today, int holdDays);
// What of the payment lapses before the promised date, or has lapsed by today when none
// is known yet: the lapses paymentRiskReason and the payment risk list speak of.
domain::PaymentLapses paymentLapsesBefore(domain::PaymentState payment, const QString& cardExpiry,
                                          const QDateTime& authorizedAt, const QDate& promised, const QDate& today,
                                          int holdDays);
// Whether paymentRiskReason names a reason, without its words (the dashboard counts the
// orders at risk over every unpaid order of the shop).
bool paymentAtRisk(domain::PaymentState payment, const QString& cardExpiry, const QDateTime& authorizedAt,
                   const QDate& promised, const QDate& today, int holdDays);

// The words for one lapse: the card's (card) or the authorization's, before a known
// promised date (promised), and whether its day is past (lapsed).
QString paymentLapseReason(bool card, bool promised, bool lapsed);

// `limit` waiting lines of an item's queue from `offset`, with their risk and source, on
// the stores of any connection (the window's queue list reads on a connection of its
// own; see ShopQueries::queueEntries).
core::Result<QList<QueueEntry>> queueEntries(store::QueueStore& queue, store::PurchaseStore& purchases, int holdDays,
                                             const QDate& today, qint64 itemId, int offset, int limit);

// An item's waiting queue as the merchant looks at it, a page at a time.
class QueueService
{
    Q_DECLARE_TR_FUNCTIONS(QueueService)

public:
    explicit QueueService(Shop& shop)
        : m_shop(shop)
    {
    }

    core::Result<QList<QueueEntry>> page(qint64 itemId, int offset, int limit);
    core::Result<int> length(qint64 itemId);

private:
    Shop& m_shop;
};

} // namespace bd::services
