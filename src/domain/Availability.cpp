#include "Availability.h"

#include <QCoreApplication>

#include <algorithm>

namespace bd::domain {

Availability availability(const Item& item, const QDate& today)
{
    Availability a;
    if (!item.tracked) {
        a.status = ItemStatus::NotTracked;
        return a;
    }
    a.available = std::max(item.available(), 0);
    const bool limitReached = item.backorderLimit && item.waiting >= *item.backorderLimit;
    const bool unreleased = item.policy == Policy::Preorder && (!item.releaseDate.isValid() || item.releaseDate > today);
    const bool canWait = item.policy != Policy::Stop && !limitReached;
    if (a.available == 0 && !canWait)
        a.status = ItemStatus::SoldOut;
    else if (unreleased)
        a.status = ItemStatus::Preorder;
    else if (a.available > 0)
        a.status = ItemStatus::InStock;
    else
        a.status = ItemStatus::Backorder;

    if (a.status != ItemStatus::InStock)
        a.expected = unreleased ? std::max(item.releaseDate, item.nextExpected()) : item.nextExpected();
    if (a.expected.isValid() && a.expected < today)
        a.expected = today;
    return a;
}

QString statusText(ItemStatus status)
{
    switch (status) {
    case ItemStatus::InStock:
        return QCoreApplication::translate("bd::domain::ItemStatus", "In stock");
    case ItemStatus::Backorder:
        return QCoreApplication::translate("bd::domain::ItemStatus", "Backorder");
    case ItemStatus::Preorder:
        return QCoreApplication::translate("bd::domain::ItemStatus", "Pre-order");
    case ItemStatus::SoldOut:
        return QCoreApplication::translate("bd::domain::ItemStatus", "Sold out");
    case ItemStatus::NotTracked:
        return QCoreApplication::translate("bd::domain::ItemStatus", "Not tracked");
    }
    return {};
}

} // namespace bd::domain
