// What a follow-up or countdown e-mail sells while the order waits: the highlights of
// the items it waits for, up to three related items the customer can have at once, and
// the goodwill coupon of an order that waited long.

#include "mail/Outbox.h"

#include "core/Clock.h"
#include "domain/Availability.h"
#include "domain/Rules.h"
#include "domain/UnknownCustomer.h"
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

Result<std::optional<store::GoodwillCoupon>> Outbox::goodwillCouponFor(const store::WaitingOrder& order,
                                                                       qint64 daysWaited, int after)
{
    if (after <= 0 || daysWaited < after || domain::isUnknownCustomer(order.risk.customerEmail))
        return std::optional<store::GoodwillCoupon>();
    const store::Found<store::GoodwillCoupon> issued = m_store.goodwillCoupon(order.orderId);
    if (!issued)
        return issued.errors();
    if (issued.value()) {
        const QString& carrier = issued.value()->carrierState;
        if (carrier == store::messageState::Sent || carrier == store::messageState::Sending)
            return std::optional<store::GoodwillCoupon>();
        return issued.value();
    }
    store::CouponRow row;
    for (;;) {
        row.code = domain::newCouponCode();
        const store::Found<store::CouponInfo> taken = m_store.coupon(row.code);
        if (!taken)
            return taken.errors();
        if (!taken.value())
            break;
    }
    row.percent = m_config.integer(store::settings::GoodwillCouponPercent);
    row.currency = m_config.text(store::settings::ShopCurrency);
    // The shop's own record; the customer reads the follow-up's words, not this.
    row.reason = QStringLiteral("goodwill: order %1 waited %2 days").arg(order.orderNumber).arg(daysWaited);
    row.createdAt = m_clock.now();
    const Result<qint64> id = m_store.insertGoodwillCoupon(row, order.customerId, order.orderId);
    if (!id)
        return id.errors();
    if (Status s = m_events.addEvent(row.createdAt, QStringLiteral("goodwill coupon"), order.orderId, 0, order.customerId,
                                     QStringLiteral("%1: %2%").arg(row.code).arg(*row.percent));
        !s.ok())
        return s.errors();
    return std::optional<store::GoodwillCoupon>(store::GoodwillCoupon{id.value(), row.code, *row.percent, QString()});
}

void Outbox::setGoodwillCoupon(MailValues& values, const QJsonObject& facts) const
{
    setGoodwillCouponValue(values, format(), facts.value(QStringLiteral("coupon")).toString(),
                           facts.value(QStringLiteral("coupon_percent")).toInt());
}

void setGoodwillCouponValue(MailValues& values, const MailFormat& format, const QString& code, int percent)
{
    if (code.isEmpty()) {
        values.set(QStringLiteral("goodwill_coupon"), QString());
        return;
    }
    const QString off = format.locale().toString(percent) + format.locale().percent();
    const QString thanks = format.phrase("Outbox", QT_TRANSLATE_NOOP("Outbox", "To thank you for your patience, here "
                                                                               "is %1 off your next order with us: "
                                                                               "use the code %2."));
    const QString html = thanks.toHtmlEscaped().arg(off.toHtmlEscaped(),
                                                    QStringLiteral("<strong>") + code.toHtmlEscaped()
                                                        + QStringLiteral("</strong>"));
    // A paragraph of its own in the plain text (see the default templates).
    values.setWithHtml(QStringLiteral("goodwill_coupon"), QStringLiteral("\n") + thanks.arg(off, code) + QStringLiteral("\n"),
                       QStringLiteral("<p>") + html + QStringLiteral("</p>"));
}

} // namespace bd::mail
