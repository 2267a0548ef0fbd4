#pragma once

#include "domain/Types.h"

#include <QDate>
#include <QString>

namespace bd::domain {

// What an item is to a customer who wants one today: the status the window's badge,
// the availability feed, the reports and the new-order dialog all show.
enum class ItemStatus {
    InStock,   // a new order takes it from the shelf
    Backorder, // none free; an order waits for stock (a released pre-order item too)
    Preorder,  // not released yet (no release date, or a later one); an order waits for it
    SoldOut,   // an order would be refused: nothing free and the policy is stop, or the
               // backorder limit is reached (a pre-order that can take no more orders too)
    NotTracked // nobody counts its stock: never sold out, nobody waits
};

struct Availability
{
    ItemStatus status = ItemStatus::SoldOut;
    int available = 0; // units a new order could take now (0 when not tracked)
    // When more comes, never before today: a pre-order item's release date (or its
    // stock's date when later), else the next purchase order or the date set by hand.
    // Invalid when unknown, and for items in stock or not tracked.
    QDate expected;
};

// The one rule, decided as the order service decides an order for one unit: an order
// is refused exactly when the status is SoldOut. `today` is the shop's day (the UTC
// date of core::Clock). A pre-order item before its release whose limit is reached is
// SoldOut, in the window and in the feed alike: it can take no more orders, and the
// feed must not tell the web shop to keep selling it. Once released, a pre-order item
// sells like a backorder item (InStock, Backorder or SoldOut).
Availability availability(const Item& item, const QDate& today);
// What a merchant reads for a status: "In stock", "Backorder", "Pre-order", "Sold out",
// "Not tracked" (translated): the window's badge and the reports.
QString statusText(ItemStatus status);
inline ItemStatus itemStatus(const Item& item, const QDate& today)
{
    return availability(item, today).status;
}

} // namespace bd::domain
