#include "QueueService.h"

#include "domain/Rules.h"

using namespace bd::domain;

namespace bd::services {

QList<QueueEntry> QueueService::page(qint64 itemId, int offset, int limit)
{
    // The same test as InsightService::paymentRisk, per line: until the payment is
    // captured, a card or a hold that ends before the promised date (or has ended
    // already, when the date is not known) is a risk.
    const int holdDays = m_shop.config().integer(store::settings::AuthHoldDays);
    const QDate today = m_shop.clock().today();
    QList<QueueEntry> entries;
    for (const store::QueueRow& row : m_queries.queue(itemId, offset, limit)) {
        QueueEntry entry{row, false, {}};
        if (row.payment != PaymentState::Captured) {
            const QDate deadline = row.promisedDate.isValid() ? row.promisedDate : today;
            const QDate cardEnd = cardLastDay(row.cardExpiry);
            if (cardEnd.isValid() && cardEnd < deadline) {
                entry.atRisk = true;
                entry.riskReason = row.promisedDate.isValid() ? tr("card expires before the promised date")
                                                              : tr("card has expired; the date is not known yet");
            } else if (row.payment == PaymentState::Authorized && row.authorizedAt.isValid()
                       && row.authorizedAt.date().addDays(holdDays) < deadline) {
                entry.atRisk = true;
                entry.riskReason = row.promisedDate.isValid()
                                       ? tr("authorization lapses before the promised date")
                                       : tr("authorization has lapsed; the date is not known yet");
            }
        }
        entries << entry;
    }
    return entries;
}

int QueueService::length(qint64 itemId)
{
    return m_queries.queueLength(itemId);
}

} // namespace bd::services
