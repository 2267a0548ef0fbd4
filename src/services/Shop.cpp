#include "Shop.h"

#include "mail/Outbox.h"
#include "services/PromiseService.h"
#include "store/CustomerStore.h"
#include "store/EventStore.h"
#include "store/ItemStore.h"
#include "store/LedgerStore.h"
#include "store/OrderStore.h"
#include "store/OrderWriter.h"
#include "store/PurchaseStore.h"
#include "store/QueueStore.h"
#include "store/Transaction.h"

#include <QScopeGuard>

namespace bd::services {

struct Shop::Stores
{
    explicit Stores(store::Database& db)
        : items(db)
        , customers(db)
        , orders(db)
        , queue(db)
        , ledger(db)
        , purchases(db)
        , events(db)
        , orderWriter(db)
    {
    }

    store::ItemStore items;
    store::CustomerStore customers;
    store::OrderStore orders;
    store::QueueStore queue;
    store::LedgerStore ledger;
    store::PurchaseStore purchases;
    store::EventStore events;
    store::OrderWriter orderWriter;
};

Shop::Shop(store::Database& db, const core::Clock& clock)
    : m_db(db)
    , m_clock(clock)
    , m_stores(std::make_unique<Stores>(db))
    , m_config(db)
{
}

Shop::~Shop() = default;

store::ItemStore& Shop::items()
{
    return m_stores->items;
}

store::CustomerStore& Shop::customers()
{
    return m_stores->customers;
}

store::OrderWriter& Shop::orderWriter()
{
    return m_stores->orderWriter;
}

store::OrderStore& Shop::orders()
{
    return m_stores->orders;
}

store::QueueStore& Shop::queue()
{
    return m_stores->queue;
}

store::LedgerStore& Shop::ledger()
{
    return m_stores->ledger;
}

store::PurchaseStore& Shop::purchases()
{
    return m_stores->purchases;
}

store::EventStore& Shop::events()
{
    return m_stores->events;
}

mail::Outbox& Shop::outbox()
{
    if (!m_outbox)
        m_outbox = std::make_unique<mail::Outbox>(m_db, m_clock, m_config);
    return *m_outbox;
}

core::Status Shop::saveSettings(const QList<std::pair<QString, QString>>& values)
{
    return transact([&](DirtyItems&) -> core::Status {
        for (const auto& [key, value] : values) {
            if (core::Status s = m_config.set(key, value); !s.ok())
                return s;
        }
        return {};
    });
}

core::Status Shop::transact(const std::function<core::Status(DirtyItems&)>& body, bool keep)
{
    store::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    const bool outermost = ++m_depth == 1;
    if (outermost)
        m_slipCause.clear();
    const auto leave = qScopeGuard([this, outermost] {
        --m_depth;
        if (outermost)
            m_slipCause.clear();
    });
    // Events after this one are what the action did.
    qint64 mark = 0;
    if (keep && outermost) {
        const core::Result<qint64> last = outbox().eventMark();
        if (!last)
            return last.errors();
        mark = last.value();
    }
    DirtyItems dirty;
    if (core::Status s = body(dirty); !s.ok())
        return s;
    // A preview is rolled back: the dates it would move are not worked out (a preview
    // that shows dates works them out itself, OrderService::preview).
    if (!keep)
        return {};
    if (core::Status s = PromiseService(*this).refresh(dirty); !s.ok())
        return s;
    // One e-mail per order per event, committed with the action or not at all.
    if (outermost) {
        if (core::Status s = outbox().queueForEvents(mark); !s.ok())
            return s;
    }
    return tx.commit();
}

} // namespace bd::services
