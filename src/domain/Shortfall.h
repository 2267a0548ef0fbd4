#pragma once

#include "domain/Types.h"

#include <algorithm>

namespace bd::domain {

// What an item lacks for the customers waiting for it: the units waiting, less what
// open purchase orders bring and what is on the shelf unreserved; never below 0. The
// step from "who is waiting" to "what to order".
inline int shortfall(const Item& item, int incoming)
{
    const int freeStock = std::max(0, item.onHand - item.allocated);
    return std::max(0, item.waiting - incoming - freeStock);
}

} // namespace bd::domain
