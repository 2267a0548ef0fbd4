#include "ItemEditCommand.h"

#include "AppContext.h"
#include "common/Prompter.h"

namespace bd::ui {

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
    const core::Status status = services::ItemSettingsService(*shop).change(m_sku, from, to);
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
