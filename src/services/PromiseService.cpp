#include "PromiseService.h"

#include "domain/Rules.h"
#include "store/EventStore.h"
#include "store/ItemStore.h"
#include "store/PurchaseStore.h"
#include "store/QueueStore.h"

using bd::core::Result;
using bd::core::Status;
using namespace bd::domain;

namespace bd::services {

Status PromiseService::refresh(const DirtyItems& items)
{
    for (qint64 id : items) {
        if (Status s = refreshItem(id); !s.ok())
            return s;
    }
    return {};
}

Status PromiseService::refreshItem(qint64 itemId)
{
    const store::Found<Item> item = m_shop.items().itemById(itemId);
    if (!item)
        return item.errors();
    if (!item.value())
        return {};
    const Result<QList<store::PromiseRow>> rows = m_shop.queue().promiseRows(itemId);
    if (!rows)
        return rows.errors();
    if (rows->isEmpty())
        return {};
    const Result<QList<Incoming>> incoming = m_shop.purchases().incoming(itemId);
    if (!incoming)
        return incoming.errors();
    QList<int> waiting;
    waiting.reserve(rows->size());
    for (const store::PromiseRow& row : rows.value())
        waiting << row.waiting;
    const Item& it = *item.value();
    const bool preorder = it.policy == Policy::Preorder;
    QDate fallback = it.expectedDate;
    if (!fallback.isValid() && preorder)
        fallback = it.releaseDate;
    const QList<QDate> dates = promisedDates(waiting, incoming.value(), fallback, preorder ? it.releaseDate : QDate());

    const QDateTime now = m_shop.now();
    for (qsizetype i = 0; i < rows->size(); ++i) {
        const store::PromiseRow& row = rows.value()[i];
        const QDate promised = dates[i];
        QDate told = row.told;
        const bool slipped = told.isValid() && (!promised.isValid() || promised > told);
        if (slipped) {
            const QString details = promised.isValid()
                                        ? QStringLiteral("promised %1, now %2").arg(core::toIso(told), core::toIso(promised))
                                        : QStringLiteral("promised %1, now unknown").arg(core::toIso(told));
            if (Status s = m_shop.events().addEvent(now, QStringLiteral("date slipped"), row.orderId, itemId, 0, details);
                !s.ok())
                return s;
            told = promised;
        } else if (!told.isValid()) {
            told = promised; // the first date the customer hears
        }
        if (promised != row.promised || told != row.told) {
            if (Status s = m_shop.queue().setLinePromise(row.lineId, promised, told); !s.ok())
                return s;
        }
    }
    return {};
}

} // namespace bd::services
