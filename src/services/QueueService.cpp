#include "QueueService.h"

#include "domain/Rules.h"

using namespace bd::domain;

namespace bd::services {

QString paymentLapseReason(bool card, bool promised, bool lapsed)
{
    if (!promised)
        return card ? QueueService::tr("card has expired; the date is not known yet")
                    : QueueService::tr("authorization has lapsed; the date is not known yet");
    // Said as it is on the day: a customer asked weeks after the lapse is not told that
    // it is still to come.
    if (lapsed)
        return card ? QueueService::tr("card has expired") : QueueService::tr("authorization has lapsed");
    return card ? QueueService::tr("card expires before the promised date")
                : QueueService::tr("authorization lapses before the promised date");
}

PaymentLapses paymentLapsesBefore(PaymentState payment, const QString& cardExpiry, const QDateTime& authorizedAt,
                                  const QDate& promised, const QDate& today, int holdDays)
{
    return paymentLapses(payment, cardExpiry, authorizedAt, promised.isValid() ? promised : today, holdDays);
}

bool paymentAtRisk(PaymentState payment, const QString& cardExpiry, const QDateTime& authorizedAt,
                   const QDate& promised, const QDate& today, int holdDays)
{
    return paymentLapsesBefore(payment, cardExpiry, authorizedAt, promised, today, holdDays).any();
}

QString paymentRiskReason(PaymentState payment, const QString& cardExpiry, const QDateTime& authorizedAt,
                          const QDate& promised, const QDate& today, int holdDays)
{
    const PaymentLapses lapses = paymentLapsesBefore(payment, cardExpiry, authorizedAt, promised, today, holdDays);
    if (!lapses.any())
        return {};
    // Of a card and an authorization that both lapse, the one that lapses first.
    const bool card
        = lapses.card.isValid() && (!lapses.authorization.isValid() || lapses.card <= lapses.authorization);
    const QDate lapse = card ? lapses.card : lapses.authorization;
    return paymentLapseReason(card, promised.isValid(), lapse < today);
}

core::Result<QList<QueueEntry>> queueEntries(store::QueueStore& queue, store::PurchaseStore& purchases, int holdDays,
                                             const QDate& today, qint64 itemId, int offset, int limit)
{
    const core::Result<QList<store::QueueRow>> rows = queue.queue(itemId, offset, limit);
    if (!rows)
        return rows.errors();
    QList<QueueEntry> entries;
    if (rows->isEmpty())
        return entries;
    const core::Result<QHash<qint64, LineSource>> sources = lineSources(queue, purchases, itemId);
    if (!sources)
        return sources.errors();
    for (const store::QueueRow& row : rows.value()) {
        QueueEntry entry{row, false, {}, sources->value(row.lineId)};
        entry.riskReason
            = paymentRiskReason(row.payment, row.cardExpiry, row.authorizedAt, row.promisedDate, today, holdDays);
        entry.atRisk = !entry.riskReason.isEmpty();
        entries << entry;
    }
    return entries;
}

core::Result<QList<QueueEntry>> QueueService::page(qint64 itemId, int offset, int limit)
{
    return queueEntries(m_shop.queue(), m_shop.purchases(), m_shop.config().integer(store::settings::AuthHoldDays),
                        m_shop.clock().today(), itemId, offset, limit);
}

core::Result<int> QueueService::length(qint64 itemId)
{
    return m_shop.queue().queueLength(itemId);
}

} // namespace bd::services
