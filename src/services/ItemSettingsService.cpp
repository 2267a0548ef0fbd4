#include "ItemSettingsService.h"

#include "services/CatalogService.h"
#include "services/MerchandisingService.h"
#include "services/StockService.h"

namespace bd::services {

namespace {

// What is in `list` and not in `other`, in list order.
QStringList without(const QStringList& list, const QStringList& other)
{
    QStringList rest;
    for (const QString& sku : list) {
        if (!other.contains(sku))
            rest << sku;
    }
    return rest;
}

} // namespace

core::Result<ItemSettings> ItemSettingsService::read(const domain::Item& item)
{
    ItemSettings settings = ItemSettings::of(item);
    MerchandisingService merchandising(m_shop);
    core::Result<QStringList> related = merchandising.related(item.sku);
    if (!related)
        return related.errors();
    core::Result<QString> highlight = merchandising.highlight(item.sku);
    if (!highlight)
        return highlight.errors();
    settings.related = related.takeValue();
    settings.highlight = highlight.takeValue();
    return settings;
}

core::Status ItemSettingsService::change(const QString& sku, const ItemSettings& from, const ItemSettings& to)
{
    if (from == to)
        return {};
    // One action: the services' own transactions nest in this one.
    return m_shop.transact([&](DirtyItems&) -> core::Status {
        if (core::Status s = changeDefinition(sku, from, to); !s.ok())
            return s;
        MerchandisingService merchandising(m_shop);
        if (from.related != to.related) {
            if (core::Status s = merchandising.changeRelated(sku, without(to.related, from.related),
                                                             without(from.related, to.related));
                !s.ok())
                return s;
        }
        if (from.highlight != to.highlight)
            return merchandising.setHighlight(sku, to.highlight);
        return {};
    });
}

core::Status ItemSettingsService::changeDefinition(const QString& sku, const ItemSettings& from, const ItemSettings& to)
{
    if (from.policy == to.policy && from.backorderLimit == to.backorderLimit && from.tracked == to.tracked
        && from.expectedDate == to.expectedDate)
        return {};
    if (from.policy == to.policy && from.backorderLimit == to.backorderLimit && from.tracked == to.tracked)
        return StockService(m_shop).setExpectedDate(sku, to.expectedDate);
    const core::Result<domain::Item> item = StockService(m_shop).findItem(sku);
    if (!item)
        return item.errors();
    ItemInput input;
    input.item = item.value();
    input.item.policy = to.policy;
    input.item.backorderLimit = to.backorderLimit;
    input.item.expectedDate = to.expectedDate;
    input.item.tracked = to.tracked;
    if (to.tracked && !from.tracked)
        input.onHand = to.count.value_or(0);
    return CatalogService(m_shop).saveItems({ input });
}

} // namespace bd::services
