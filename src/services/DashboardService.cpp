#include "DashboardService.h"

#include "services/InsightService.h"
#include "store/DashboardStore.h"
#include "store/ItemStore.h"
#include "store/OrderStore.h"

#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace bd::services {

core::Result<DashboardFigures> DashboardService::figures()
{
    store::DashboardStore store(m_shop.db());
    const QDateTime now = m_shop.now();
    const QDate today = now.toUTC().date();
    DashboardFigures f;
    core::Errors errors;
    // Each figure, or the reason it could not be read: a figure the database could not
    // give is an error, never a zero.
    auto read = [&errors](auto result, auto& into) {
        if (result)
            into = result.takeValue();
        else
            errors << result.errors();
    };

    read(store.unitsWaiting(), f.unitsWaiting);
    QList<store::WaitingByPlacedDay> waitingDays;
    read(store.waitingLines(&waitingDays), f.customersWaiting);
    store::OrderedUnits ordered;
    read(store.orderedSince(now.addDays(-rateDays)), ordered);
    f.unitsOrdered = ordered.ordered;
    f.unitsBackordered = ordered.backordered;
    // Ready to ship and payments to capture: the orders list's own filters (the lists the
    // tiles open), counted there.
    store::OrderFilter ready;
    ready.state = store::OrderState::Ready;
    read(m_shop.orders().countOrders(ready), f.ordersReadyToShip);
    store::OrderFilter toCapture;
    toCapture.toCapture = true;
    read(m_shop.orders().countOrders(toCapture), f.paymentsToCapture);
    read(store.failedEmails(), f.failedEmails);
    read(m_shop.items().countItems(store::ItemFilter{}), f.items);
    // The orders the payment risk list names, judged as the Orders page's filter judges them.
    QStringList atRisk;
    read(InsightService(m_shop).ordersAtRisk(), atRisk);
    f.paymentsAtRisk = int(atRisk.size());
    const QDate first = today.addDays(-(trendDays - 1));
    const QDateTime since = first.startOfDay(Qt::UTC);
    QHash<QDate, qint64> started;
    QHash<QDate, qint64> served;
    QHash<QDate, qint64> cancelled;
    read(store.unitsStartedWaiting(since), started);
    read(store.unitsServedFromQueue(since), served);
    read(store.waitingUnitsCancelled(since), cancelled);
    if (!errors.isEmpty())
        return errors;

    f.waitHistogram = { WaitBucket{0, 7}, WaitBucket{8, 14}, WaitBucket{15, 30}, WaitBucket{31, 60},
                        WaitBucket{61, -1} };
    for (const store::WaitingByPlacedDay& day : std::as_const(waitingDays)) {
        if (!day.placed.isValid())
            continue;
        const int waited = std::max<int>(0, int(day.placed.daysTo(today)));
        f.oldestWaitDays = std::max(f.oldestWaitDays, waited);
        for (WaitBucket& bucket : f.waitHistogram) {
            if (waited >= bucket.minDays && (bucket.maxDays < 0 || waited <= bucket.maxDays)) {
                bucket.lines += day.lines;
                bucket.units += day.units;
                break;
            }
        }
    }

    // Walk back from what waits now: at the end of day d, the units waiting were
    // those waiting now less what started waiting after d, plus what left the queue
    // (served or cancelled) after d.
    auto change = [&](const QDate& day) {
        return started.value(day) - served.value(day) - cancelled.value(day);
    };
    // Changes dated after today (a clock set back) count as today's.
    qint64 later = 0;
    for (const QHash<QDate, qint64>* days : { &started, &served, &cancelled }) {
        for (auto it = days->cbegin(); it != days->cend(); ++it) {
            if (it.key() > today)
                later += days == &started ? it.value() : -it.value();
        }
    }
    qint64 units = f.unitsWaiting - later;
    QList<WaitingOnDay> trend;
    for (QDate day = today; day >= first; day = day.addDays(-1)) {
        trend.prepend(WaitingOnDay{day, std::max<qint64>(0, units)});
        units -= change(day);
    }
    f.waitingTrend = trend;
    return f;
}

} // namespace bd::services
