#pragma once

#include "core/Result.h"
#include "domain/Types.h"
#include "services/Shop.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace bd::services {

// The fields of an item the merchant edits in the window's item dialog and table.
struct ItemSettings
{
    domain::Policy policy = domain::Policy::Stop;
    std::optional<int> backorderLimit;
    QDate expectedDate; // invalid: none
    bool tracked = true; // whether the item's stock is counted
    // What is on hand when counting starts (tracking switched on); unset otherwise.
    std::optional<int> count;
    // What the follow-up e-mails sell with it: the related items the merchant set (in
    // order) and the highlight. of() leaves them empty; ItemSettingsService::read()
    // fills them in.
    QStringList related;
    QString highlight;

    static ItemSettings of(const domain::Item& item)
    {
        return ItemSettings{item.policy, item.backorderLimit, item.expectedDate, item.tracked, std::nullopt, {}, {}};
    }
    bool operator==(const ItemSettings& other) const = default;
};

// Changes an item's settings as one action: the catalogue (which validates policy and
// limit) when those change, else just the expected date; the related items and the
// highlight through the same service as the command line's `item related` and
// `item highlight`.
class ItemSettingsService
{
public:
    explicit ItemSettingsService(Shop& shop)
        : m_shop(shop)
    {
    }

    // ItemSettings::of(item) with its related items and highlight, as the shop has them now.
    core::Result<ItemSettings> read(const domain::Item& item);
    // One action from `from` (as the window showed them) to `to`; nothing when equal.
    core::Status change(const QString& sku, const ItemSettings& from, const ItemSettings& to);

private:
    core::Status changeDefinition(const QString& sku, const ItemSettings& from, const ItemSettings& to);

    Shop& m_shop;
};

} // namespace bd::services
