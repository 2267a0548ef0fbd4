#include "MerchandisingService.h"

#include "core/Text.h"
#include "store/EventStore.h"
#include "store/ItemStore.h"

using bd::core::Error;
using bd::core::Errors;
using bd::core::Result;
using bd::core::Status;

namespace bd::services {

namespace {
constexpr int MaxHighlight = 300;
}

Result<qint64> MerchandisingService::itemId(const QString& sku, const QString& field)
{
    const store::Found<domain::Item> item = m_shop.items().itemBySku(sku);
    if (!item)
        return item.errors();
    if (!item.value())
        return Error::at({}, 0, field, tr("unknown SKU '%1'").arg(sku));
    return item.value()->id;
}

Status MerchandisingService::changeRelated(const QString& sku, const QStringList& add, const QStringList& remove)
{
    return m_shop.transact([&](DirtyItems&) -> Status {
        const Result<qint64> id = itemId(sku, QStringLiteral("sku"));
        if (!id)
            return id.errors();
        Errors errors;
        for (const QString& other : add) {
            if (other == sku)
                errors << Error::at({}, 0, QStringLiteral("add"), tr("%1 cannot be related to itself").arg(sku));
            else if (const Result<qint64> known = itemId(other, QStringLiteral("add")); !known)
                errors << known.errors();
        }
        if (!errors.isEmpty())
            return errors;
        Result<QStringList> current = m_shop.items().relatedItems(id.value(), merchantKind());
        if (!current)
            return current.errors();
        QStringList list = current.takeValue();
        for (const QString& other : remove) {
            if (!list.removeAll(other))
                errors << Error::at({}, 0, QStringLiteral("remove"),
                                    tr("%1 is not a related item of %2").arg(other, sku));
        }
        if (!errors.isEmpty())
            return errors;
        for (const QString& other : add) {
            if (!list.contains(other))
                list << other;
        }
        if (Status s = m_shop.items().setRelatedItems(id.value(), merchantKind(), list); !s.ok())
            return s;
        return m_shop.events().addEvent(m_shop.now(), QStringLiteral("related items"), 0, id.value(), 0,
                                        list.join(QStringLiteral(", ")));
    });
}

Status MerchandisingService::checkRelated(const QString& sku, const QString& other)
{
    return m_shop.transact([&](DirtyItems&) { return changeRelated(sku, { other }, {}); }, false);
}

Result<QStringList> MerchandisingService::related(const QString& sku)
{
    const Result<qint64> id = itemId(sku, QStringLiteral("sku"));
    if (!id)
        return id.errors();
    return m_shop.items().relatedItems(id.value(), merchantKind());
}

Status MerchandisingService::setHighlight(const QString& sku, const QString& text)
{
    // Written like a description: tabs and line breaks pass here and become single spaces below.
    if (Status s = core::Text::checkFields({ { QStringLiteral("highlight"), text, core::TextKind::MultiLine } });
        !s.ok())
        return s;
    const QString trimmed = text.simplified();
    if (trimmed.size() > MaxHighlight)
        return Error::at({}, 0, QStringLiteral("highlight"),
                         tr("a highlight is at most %1 characters, not %2").arg(MaxHighlight).arg(trimmed.size()));
    return m_shop.transact([&](DirtyItems&) -> Status {
        const Result<qint64> id = itemId(sku, QStringLiteral("sku"));
        if (!id)
            return id.errors();
        return m_shop.items().setHighlight(id.value(), trimmed);
    });
}

Result<QString> MerchandisingService::highlight(const QString& sku)
{
    const Result<qint64> id = itemId(sku, QStringLiteral("sku"));
    if (!id)
        return id.errors();
    return m_shop.items().highlight(id.value());
}

} // namespace bd::services
