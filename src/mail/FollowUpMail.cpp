// What a follow-up or countdown e-mail sells while the order waits: the highlights of
// the items it waits for, and up to three related items the customer can have at once.

#include "mail/Outbox.h"

#include "core/Clock.h"
#include "domain/Availability.h"
#include "store/Config.h"

#include <QSet>

using bd::core::Result;
using bd::core::Status;
using namespace bd::domain;

namespace bd::mail {

namespace {
constexpr int MaxRelated = 3;
const QStringList relatedKinds = { QStringLiteral("upsell"), QStringLiteral("cross-sell") };
}

Status Outbox::setFollowUpExtras(MailValues& values, const Order& order)
{
    const MailFormat f = format();
    QStringList highlightText;
    QString highlightHtml;
    QSet<QString> ordered;
    for (const OrderLine& l : order.lines)
        ordered.insert(l.sku);
    QList<Item> offers;
    QSet<QString> seen;
    const bool offering = m_config.text(store::settings::RelatedItems) != QLatin1String("off");
    const QDate today = m_clock.today();
    for (const OrderLine& l : order.lines) {
        if (l.waiting == 0)
            continue;
        const Result<QString> highlight = m_items.highlight(l.itemId);
        if (!highlight)
            return highlight.errors();
        if (!highlight->isEmpty()) {
            highlightText << l.itemName + QStringLiteral(": ") + highlight.value();
            highlightHtml += QStringLiteral("<p><strong>") + l.itemName.toHtmlEscaped() + QStringLiteral("</strong>: ")
                + highlight->toHtmlEscaped() + QStringLiteral("</p>\n");
        }
        for (const QString& relatedKind : relatedKinds) {
            if (!offering)
                break;
            const Result<QStringList> skus = m_items.relatedItems(l.itemId, relatedKind);
            if (!skus)
                return skus.errors();
            for (const QString& sku : skus.value()) {
                if (offers.size() >= MaxRelated || ordered.contains(sku) || seen.contains(sku))
                    continue;
                seen.insert(sku);
                const store::Found<Item> item = m_items.itemBySku(sku);
                if (!item)
                    return item.errors();
                if (!item.value())
                    continue; // named by the shop, not imported
                // Only what ships at once: never a sold-out item, nor one others wait for.
                const ItemStatus status = availability(*item.value(), today).status;
                if (status == ItemStatus::InStock || status == ItemStatus::NotTracked)
                    offers << *item.value();
            }
        }
    }
    if (highlightText.isEmpty())
        values.set(QStringLiteral("highlight"), QString());
    else
        values.setWithHtml(QStringLiteral("highlight"),
                           QStringLiteral("\n") + highlightText.join(QLatin1Char('\n')) + QStringLiteral("\n"),
                           highlightHtml);
    if (offers.isEmpty()) {
        values.set(QStringLiteral("related_items"), QString());
        return {};
    }
    const QString lead
        = f.phrase("Outbox", QT_TRANSLATE_NOOP("Outbox", "While you wait, these are in stock and ship at once:"));
    QStringList text{ lead };
    QString html = QStringLiteral("<p>") + lead.toHtmlEscaped() + QStringLiteral("</p>\n<ul>\n");
    for (const Item& item : std::as_const(offers)) {
        const QString price = f.money(item.priceMinor, item.currency);
        text << QStringLiteral("- %1 (%2), %3").arg(item.name, item.sku, price);
        html += QStringLiteral("<li>") + item.name.toHtmlEscaped() + QStringLiteral(" — ") + price.toHtmlEscaped()
            + QStringLiteral("</li>\n");
    }
    html += QStringLiteral("</ul>");
    // A paragraph of its own in the plain text (see the default templates).
    values.setWithHtml(QStringLiteral("related_items"),
                       QStringLiteral("\n") + text.join(QLatin1Char('\n')) + QStringLiteral("\n"), html);
    return {};
}

} // namespace bd::mail
