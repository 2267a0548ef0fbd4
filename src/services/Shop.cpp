#include "Shop.h"

#include "mail/Outbox.h"
#include "services/PromiseService.h"
#include "store/Transaction.h"

#include <QScopeGuard>

namespace bd::services {

Shop::Shop(store::Database& db, const core::Clock& clock)
    : m_db(db)
    , m_clock(clock)
    , m_store(db)
    , m_config(db)
{
}

Shop::~Shop() = default;

mail::Outbox& Shop::outbox()
{
    if (!m_outbox)
        m_outbox = std::make_unique<mail::Outbox>(*this);
    return *m_outbox;
}

core::Status Shop::transact(const std::function<core::Status(DirtyItems&)>& body, bool keep)
{
    store::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    const bool outermost = ++m_depth == 1;
    const auto leave = qScopeGuard([this] { --m_depth; });
    // Events after this one are what the action did.
    const qint64 mark = keep && outermost ? outbox().eventMark() : 0;
    DirtyItems dirty;
    if (core::Status s = body(dirty); !s.ok())
        return s;
    if (core::Status s = PromiseService(*this).refresh(dirty); !s.ok())
        return s;
    if (!keep)
        return {};
    // One e-mail per order per event, committed with the action or not at all.
    if (outermost) {
        if (core::Status s = outbox().queueForEvents(mark); !s.ok())
            return s;
    }
    return tx.commit();
}

} // namespace bd::services
