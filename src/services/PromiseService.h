#pragma once

#include "core/Result.h"
#include "services/Shop.h"

namespace bd::services {

// Works out each waiting line's promised date from its place in the queue against
// the incoming purchase orders, and records a "date slipped" event whenever a line's
// date moves later than what its customer was last told.
class PromiseService
{
public:
    explicit PromiseService(Shop& shop)
        : m_shop(shop)
    {
    }
    // Runs inside the caller's transaction.
    core::Status refresh(const DirtyItems& items);
    core::Status refreshItem(qint64 itemId);

private:
    Shop& m_shop;
};

} // namespace bd::services
