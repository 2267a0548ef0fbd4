#include "PromiseService.h"

#include "domain/Rules.h"

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
    store::ShopStore& store = m_shop.store();
    const std::optional<Item> item = store.itemById(itemId);
    if (!item)
        return {};
    const QList<store::PromiseRow> rows = store.promiseRows(itemId);
    if (rows.isEmpty())
        return {};
    QList<int> waiting;
    waiting.reserve(rows.size());
    for (const store::PromiseRow& row : rows)
        waiting << row.waiting;
    const bool preorder = item->policy == Policy::Preorder;
    QDate fallback = item->expectedDate;
    if (!fallback.isValid() && preorder)
        fallback = item->releaseDate;
    const QList<QDate> dates =
        promisedDates(waiting, store.incoming(itemId), fallback, preorder ? item->releaseDate : QDate());

    const QDateTime now = m_shop.now();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const store::PromiseRow& row = rows[i];
        const QDate promised = dates[i];
        QDate told = row.told;
        const bool slipped = told.isValid() && (!promised.isValid() || promised > told);
        if (slipped) {
            const QString details = promised.isValid()
                                        ? QStringLiteral("promised %1, now %2").arg(core::toIso(told), core::toIso(promised))
                                        : QStringLiteral("promised %1, now unknown").arg(core::toIso(told));
            if (Status s = store.addEvent(now, QStringLiteral("date slipped"), row.orderId, itemId, 0, details); !s.ok())
                return s;
            told = promised;
        } else if (!told.isValid()) {
            told = promised; // the first date the customer hears
        }
        if (promised != row.promised || told != row.told) {
            if (Status s = store.setLinePromise(row.lineId, promised, told); !s.ok())
                return s;
        }
    }
    return {};
}

} // namespace bd::services
