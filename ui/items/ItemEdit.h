#pragma once

#include "core/Result.h"
#include "domain/Types.h"

#include <QCoreApplication>
#include <QDate>
#include <QUndoCommand>

#include <optional>

namespace bd::services {
class Shop;
}

namespace bd::ui {

class AppContext;

// The fields of an item the merchant edits on the items page.
struct ItemSettings
{
    domain::Policy policy = domain::Policy::Stop;
    std::optional<int> backorderLimit;
    QDate expectedDate; // invalid: none
    bool tracked = true; // whether the item's stock is counted
    // What is on hand when counting starts (tracking switched on); unset otherwise.
    std::optional<int> count;

    static ItemSettings of(const domain::Item& item)
    {
        return ItemSettings{item.policy, item.backorderLimit, item.expectedDate, item.tracked, std::nullopt};
    }
    bool operator==(const ItemSettings& other) const = default;
};

// Changes an item's settings through the core as one action: the catalogue (which
// validates policy and limit) when those change, else just the expected date.
class ItemEdit
{
    Q_DECLARE_TR_FUNCTIONS(ItemEdit)

public:
    static core::Status apply(services::Shop& shop, const QString& sku, const ItemSettings& from,
                              const ItemSettings& to);
};

// An edit of an item's settings on the undo stack. It is pushed after the edit was
// made, so the first redo() does nothing; undo() and later redo() run the core again.
class ItemEditCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ItemEditCommand)

public:
    ItemEditCommand(AppContext& context, const QString& sku, const ItemSettings& before, const ItemSettings& after);

    void undo() override;
    void redo() override;

private:
    void change(const ItemSettings& from, const ItemSettings& to);

    AppContext& m_context;
    QString m_sku;
    ItemSettings m_before;
    ItemSettings m_after;
    bool m_done = true;
};

} // namespace bd::ui
