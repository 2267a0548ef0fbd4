#pragma once

#include "core/Result.h"
#include "services/Shop.h"

#include <QCoreApplication>

namespace bd::services {

// What the follow-up e-mails sell while a customer waits: an item's related items and
// accessories, and its highlight.
class MerchandisingService
{
    Q_DECLARE_TR_FUNCTIONS(MerchandisingService)

public:
    // The kind of related item the merchant sets here; a WooCommerce file's upsells and
    // cross-sells are kept beside them, and the e-mails offer both.
    static QString merchantKind() { return QStringLiteral("cross-sell"); }

    explicit MerchandisingService(Shop& shop)
        : m_shop(shop)
    {
    }

    // One action: adds and removes related items of `sku` (added ones go last, in the
    // order given). Every SKU must name an item, and not `sku` itself.
    core::Status changeRelated(const QString& sku, const QStringList& add, const QStringList& remove);
    // Whether `other` may be added to the related items of `sku`: changeRelated's own
    // checks, run and rolled back.
    core::Status checkRelated(const QString& sku, const QString& other);
    // The related items of `sku` the merchant set, in order.
    core::Result<QStringList> related(const QString& sku);
    // One action; an empty text removes the highlight.
    core::Status setHighlight(const QString& sku, const QString& text);
    core::Result<QString> highlight(const QString& sku);

private:
    core::Result<qint64> itemId(const QString& sku, const QString& field);

    Shop& m_shop;
};

} // namespace bd::services
