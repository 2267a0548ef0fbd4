#include "Shop.h"

#include "services/PromiseService.h"
#include "store/Transaction.h"

namespace bd::services {

core::Status Shop::transact(const std::function<core::Status(DirtyItems&)>& body, bool keep)
{
    store::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    DirtyItems dirty;
    if (core::Status s = body(dirty); !s.ok())
        return s;
    if (core::Status s = PromiseService(*this).refresh(dirty); !s.ok())
        return s;
    if (!keep)
        return {};
    return tx.commit();
}

} // namespace bd::services
