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
    // What the follow-up e-mails sell with it: the related items the merchant set (in
    // order) and the highlight. of() leaves them empty; read() fills them in.
    QStringList related;
    QString highlight;

    static ItemSettings of(const domain::Item& item)
    {
        return ItemSettings{item.policy, item.backorderLimit, item.expectedDate, item.tracked, std::nullopt, {}, {}};
    }
    // of(item) with its related items and highlight, as the shop has them now.
    static core::Result<ItemSettings> read(services::Shop& shop, const domain::Item& item);
    bool operator==(const ItemSettings& other) const = default;
};

// Changes an item's settings through the core as one action: the catalogue (which
// validates policy and limit) when those change, else just the expected date; the
// related items and the highlight through the same service as the command line's
// `item related` and `item highlight`.
class ItemEdit
{
    Q_DECLARE_TR_FUNCTIONS(ItemEdit)

public:
    static core::Status apply(services::Shop& shop, const QString& sku, const ItemSettings& from,
                              const ItemSettings& to);
    // Whether `other` may be added to the related items of `sku` (it names an item, and
    // not `sku` itself): the service's own checks, run and rolled back.
    static core::Status checkRelated(services::Shop& shop, const QString& sku, const QString& other);
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
