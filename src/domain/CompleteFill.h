#pragma once

#include "domain/Rules.h"

#include <QList>
#include <QString>

namespace bd::domain {

// An older order a complete-only receipt passed over while it filled a younger one:
// it waits for other items too, or needs more units than were left at its turn.
struct PassedOver
{
    QString sku;
    QString orderNumber;
    QString customerEmail;
    int needed = 0; // units of this item the order waits for
    int otherItems = 0; // units of other items it still waits for
    int left = 0; // units of this receipt left when its turn came
};

// Complete-only: the orders planFill left out although a younger order was filled,
// with what they need (the SKU is the caller's to fill in).
QList<PassedOver> passedOver(const QList<QueueSlot>& queue, int units);

} // namespace bd::domain
