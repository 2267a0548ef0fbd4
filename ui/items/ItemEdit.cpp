#include "ItemEdit.h"

#include "AppContext.h"
#include "common/Prompter.h"
#include "services/CatalogService.h"
#include "services/MerchandisingService.h"
#include "services/StockService.h"

namespace bd::ui {

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

core::Status applyDefinition(services::Shop& shop, const QString& sku, const ItemSettings& from, const ItemSettings& to)
{
    if (from.policy == to.policy && from.backorderLimit == to.backorderLimit && from.tracked == to.tracked
        && from.expectedDate == to.expectedDate)
        return {};
    if (from.policy == to.policy && from.backorderLimit == to.backorderLimit && from.tracked == to.tracked)
        return services::StockService(shop).setExpectedDate(sku, to.expectedDate);
    const core::Result<domain::Item> item = services::StockService(shop).findItem(sku);
    if (!item)
        return item.errors();
    services::ItemInput input;
    input.item = item.value();
    input.item.policy = to.policy;
    input.item.backorderLimit = to.backorderLimit;
    input.item.expectedDate = to.expectedDate;
    input.item.tracked = to.tracked;
    if (to.tracked && !from.tracked)
        input.onHand = to.count.value_or(0);
    return services::CatalogService(shop).saveItems({ input });
}

} // namespace

core::Result<ItemSettings> ItemSettings::read(services::Shop& shop, const domain::Item& item)
{
    ItemSettings settings = of(item);
    services::MerchandisingService merchandising(shop);
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

core::Status ItemEdit::apply(services::Shop& shop, const QString& sku, const ItemSettings& from,
                             const ItemSettings& to)
{
    if (from == to)
        return {};
    // One action: the services' own transactions nest in this one.
    return shop.transact([&](services::DirtyItems&) -> core::Status {
        if (core::Status s = applyDefinition(shop, sku, from, to); !s.ok())
            return s;
        services::MerchandisingService merchandising(shop);
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

core::Status ItemEdit::checkRelated(services::Shop& shop, const QString& sku, const QString& other)
{
    return shop.transact(
        [&](services::DirtyItems&) { return services::MerchandisingService(shop).changeRelated(sku, { other }, {}); },
        false);
}

ItemEditCommand::ItemEditCommand(AppContext& context, const QString& sku, const ItemSettings& before,
                                 const ItemSettings& after)
    : m_context(context)
    , m_sku(sku)
    , m_before(before)
    , m_after(after)
{
    if (before.tracked != after.tracked)
        setText(after.tracked ? tr("Track the stock of %1").arg(sku) : tr("Stop tracking the stock of %1").arg(sku));
    else if (before.policy != after.policy)
        setText(tr("Change policy of %1").arg(sku));
    else if (before.backorderLimit != after.backorderLimit)
        setText(tr("Change backorder limit of %1").arg(sku));
    else if (before.expectedDate != after.expectedDate)
        setText(tr("Change expected date of %1").arg(sku));
    else if (before.related != after.related)
        setText(tr("Change related items of %1").arg(sku));
    else
        setText(tr("Change highlight of %1").arg(sku));
}

void ItemEditCommand::undo()
{
    change(m_after, m_before);
}

void ItemEditCommand::redo()
{
    if (m_done) {
        m_done = false; // made before it was pushed
        return;
    }
    change(m_before, m_after);
}

void ItemEditCommand::change(const ItemSettings& from, const ItemSettings& to)
{
    services::Shop* shop = m_context.shop();
    if (!shop)
        return;
    const core::Status status = ItemEdit::apply(*shop, m_sku, from, to);
    if (!status.ok()) {
        // The shop moved on (e.g. customers wait now, so it cannot go back to stop):
        // say so and drop the command rather than leave it half-applied.
        setObsolete(true);
        m_context.prompter().warn(nullptr, tr("Item not changed"),
                                  tr("%1 could not be changed back: %2").arg(m_sku, status.errorText()));
        return;
    }
    m_context.notifyShopChanged();
}

} // namespace bd::ui
