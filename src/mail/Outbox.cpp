#include "Outbox.h"
#include "domain/Rules.h"
#include "domain/UnknownCustomer.h"

#include "core/Clock.h"
#include "store/Config.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

using bd::core::Result;
using bd::core::Status;
using namespace bd::domain;
using bd::store::EventRow;
using bd::store::Found;
using bd::store::MailStore;
using bd::store::OutboxRow;
using bd::store::TemplateRow;
namespace messageState = bd::store::messageState;

namespace bd::mail {

namespace {

// One line of a message's list of items.
struct LineView
{
    QString sku;
    QString name;
    int qty = 0;
    QDate date;
    bool dated = false;
};

QString mailKindOfEvent(const QString& event)
{
    if (event == QLatin1String("backordered"))
        return kind::Confirmation;
    if (event == QLatin1String("date slipped"))
        return kind::Delay;
    if (event == QLatin1String("ready"))
        return kind::Ready;
    if (event == QLatin1String("shipped") || event == QLatin1String("shipped partly"))
        return kind::Shipped;
    if (event == QLatin1String("cancelled"))
        return kind::Cancelled;
    if (event == QLatin1String("coupon"))
        return kind::Coupon;
    if (event == QLatin1String("stock update"))
        return kind::StockUpdate;
    return {};
}

} // namespace

Outbox::Outbox(store::Database& db, const core::Clock& clock, const store::Config& config)
    : m_clock(clock)
    , m_config(config)
    , m_store(db)
    , m_orders(db)
    , m_events(db)
    , m_purchases(db)
    , m_items(db)
    , m_templates(m_store, clock, &config)
{
}

MailFormat Outbox::format() const
{
    return MailFormat(QLocale(m_config.text(store::settings::ShopLocale)));
}

QString Outbox::dateOrUnknown(const QDate& date) const
{
    const MailFormat f = format();
    return date.isValid() ? f.date(date)
                          : f.phrase("Outbox", QT_TRANSLATE_NOOP("Outbox", "not known yet: we will tell you as soon as we know"));
}

QString Outbox::newMessageId() const
{
    const QString sender = m_config.text(store::settings::ShopSender);
    QString domain = sender.section(QLatin1Char('@'), 1);
    if (domain.isEmpty())
        domain = QStringLiteral("backorderdesk.invalid");
    return QLatin1Char('<') + QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char('@') + domain
        + QLatin1Char('>');
}

// The customer reads these in the shop's language (MailFormat::phrase).
static QString phrase(const MailFormat& f, const char* source)
{
    return f.phrase("Outbox", source);
}

static void setLineList(MailValues& values, const QString& placeholder, const QList<LineView>& lines,
                        const MailFormat& f, const std::function<QString(const QDate&)>& dateText)
{
    QStringList text;
    QString html
        = QStringLiteral(
              "<table cellpadding=\"4\" style=\"border-collapse: collapse;\">\n<tr><th align=\"left\">")
        + phrase(f, QT_TRANSLATE_NOOP("Outbox", "Item")).toHtmlEscaped() + QStringLiteral("</th><th align=\"left\">")
        + phrase(f, QT_TRANSLATE_NOOP("Outbox", "SKU")).toHtmlEscaped() + QStringLiteral("</th><th align=\"right\">")
        + phrase(f, QT_TRANSLATE_NOOP("Outbox", "Quantity")).toHtmlEscaped() + QStringLiteral("</th>");
    const bool dated = std::any_of(lines.cbegin(), lines.cend(), [](const LineView& l) { return l.dated; });
    if (dated)
        html += QStringLiteral("<th align=\"left\">") + phrase(f, QT_TRANSLATE_NOOP("Outbox", "Expected")).toHtmlEscaped()
            + QStringLiteral("</th>");
    html += QStringLiteral("</tr>\n");
    for (const LineView& l : lines) {
        QString row = phrase(f, QT_TRANSLATE_NOOP("Outbox", "- %1 x %2 (%3)")).arg(l.qty).arg(l.name, l.sku);
        if (l.dated)
            row += phrase(f, QT_TRANSLATE_NOOP("Outbox", ", expected %1")).arg(dateText(l.date));
        text << row;
        html += QStringLiteral("<tr><td>") + l.name.toHtmlEscaped() + QStringLiteral("</td><td>")
            + l.sku.toHtmlEscaped() + QStringLiteral("</td><td align=\"right\">") + QString::number(l.qty)
            + QStringLiteral("</td>");
        if (dated)
            html += QStringLiteral("<td>") + (l.dated ? dateText(l.date).toHtmlEscaped() : QString())
                + QStringLiteral("</td>");
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</table>");
    values.setWithHtml(placeholder, text.join(QLatin1Char('\n')), html);
}

void Outbox::setLines(MailValues& values, const QString& placeholder, const QList<OrderLine>& lines,
                      bool waitingQty, bool withDates) const
{
    QList<LineView> views;
    for (const OrderLine& l : lines)
        views << LineView { l.sku, l.itemName, waitingQty ? l.waiting : l.allocated, l.promisedDate,
                            withDates };
    setLineList(values, placeholder, views, format(), [this](const QDate& d) { return dateOrUnknown(d); });
}

void Outbox::setCommon(MailValues& values, const Order& order) const
{
    const MailFormat f = format();
    values.set(QStringLiteral("customer_name"),
               order.customerName.isEmpty() ? order.customerEmail : order.customerName);
    values.set(QStringLiteral("customer_email"), order.customerEmail);
    values.set(QStringLiteral("order_number"), order.number);
    values.set(QStringLiteral("order_date"), f.date(order.placedAt.date()));
    QDate latest;
    bool unknown = false;
    QList<OrderLine> waiting;
    for (const OrderLine& l : order.lines) {
        if (l.waiting == 0)
            continue;
        waiting << l;
        if (!l.promisedDate.isValid())
            unknown = true;
        else if (!latest.isValid() || l.promisedDate > latest)
            latest = l.promisedDate;
    }
    values.set(QStringLiteral("promised_date"),
               waiting.isEmpty() ? QString() : dateOrUnknown(unknown ? QDate() : latest));
    setLines(values, QStringLiteral("lines"), waiting, true, true);
}

static void setCancellation(MailValues& values, const QList<LineView>& cancelled, const QString& message,
                            const MailFormat& f)
{
    setLineList(values, QStringLiteral("cancelled_lines"), cancelled, f, {});
    // The message is a paragraph of its own, or nothing at all.
    if (message.trimmed().isEmpty()) {
        values.set(QStringLiteral("message"), QString());
        return;
    }
    const QString text = message.trimmed();
    values.setWithHtml(QStringLiteral("message"), QStringLiteral("\n") + text + QStringLiteral("\n"),
                       QStringLiteral("<p>") + text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>\n"))
                           + QStringLiteral("</p>"));
}

Result<std::optional<RenderedMail>> Outbox::previewCancellation(const Order& order, const QString& sku,
                                                               const QString& message)
{
    QList<LineView> cancelled;
    for (const OrderLine& l : order.lines) {
        const int units = l.allocated + l.waiting;
        if (units > 0 && (sku.isEmpty() || l.sku == sku))
            cancelled << LineView { l.sku, l.itemName, units, {}, false };
    }
    if (cancelled.isEmpty())
        return std::optional<RenderedMail>();
    MailValues values;
    setCommon(values, order);
    setCancellation(values, cancelled, message, format());
    return render(kind::Cancelled, order.customerEmail, order.customerName, values);
}

Result<std::optional<RenderedMail>> Outbox::render(const QString& mailKind, const QString& email,
                                                  const QString& name, MailValues& values)
{
    // A customer nobody knows (an order imported without one) is never written to.
    if (domain::isUnknownCustomer(email))
        return std::optional<RenderedMail>();
    Result<TemplateRow> stored = m_templates.get(mailKind);
    if (!stored)
        return stored.errors();
    if (!stored->enabled)
        return std::optional<RenderedMail>();
    const store::Config& config = m_config;
    const QString shopName = config.text(store::settings::ShopName);
    const QString signature = config.text(store::settings::ShopSignature);
    values.set(QStringLiteral("shop_name"), shopName);
    values.set(QStringLiteral("signature"), signature.isEmpty() ? shopName : signature);
    if (values.text(QStringLiteral("customer_name")).isEmpty())
        values.set(QStringLiteral("customer_name"), name.isEmpty() ? email : name);
    if (values.text(QStringLiteral("customer_email")).isEmpty())
        values.set(QStringLiteral("customer_email"), email);
    return std::optional<RenderedMail>(
        Templates::render(MailTemplate { stored->subject, stored->bodyText, stored->bodyHtml }, values));
}

Found<qint64> Outbox::queueIntent(const QString& mailKind, const QString& occasion, qint64 orderId,
                                  qint64 customerId, const QString& email, const QJsonObject& facts)
{
    // A customer nobody knows (an order imported without one) is never written to.
    if (domain::isUnknownCustomer(email))
        return std::optional<qint64>();
    OutboxRow row;
    row.kind = mailKind;
    row.occasion = occasion;
    row.orderId = orderId;
    row.customerId = customerId;
    row.recipient = email;
    row.createdAt = m_clock.now();
    row.dueAt = row.createdAt;
    row.facts = QString::fromUtf8(QJsonDocument(facts).toJson(QJsonDocument::Compact));
    row.rendered = false;
    return m_store.insertMessage(row);
}

Result<std::optional<RenderedMail>> Outbox::renderMessage(const OutboxRow& row)
{
    if (row.rendered)
        return std::optional<RenderedMail>(RenderedMail { row.subject, row.bodyText, row.bodyHtml });
    const QJsonObject facts = QJsonDocument::fromJson(row.facts.toUtf8()).object();
    if (row.kind == kind::Coupon)
        return renderCoupon(row.occasion, row.customerId);
    const Found<Order> found = m_orders.orderById(row.orderId);
    if (!found)
        return found.errors();
    if (!found.value())
        return std::optional<RenderedMail>();
    const Order& order = *found.value();
    MailValues values;
    setCommon(values, order);
    Result<bool> filled = row.kind == kind::FollowUp || row.kind == kind::Countdown || row.kind == kind::PaymentUpdate
        ? fillSchedule(row.kind, order, facts, values)
        : fillOrderEvents(row.kind, order, facts, values);
    if (!filled)
        return filled.errors();
    if (!filled.value())
        return std::optional<RenderedMail>();
    // What a follow-up or countdown sells is what is in stock when it is written.
    if (row.kind == kind::FollowUp || row.kind == kind::Countdown) {
        if (Status s = setFollowUpExtras(values, order); !s.ok())
            return s.errors();
    }
    return render(row.kind, order.customerEmail, order.customerName, values);
}

Status Outbox::showRendered(OutboxRow& row)
{
    if (row.rendered)
        return {};
    const Result<std::optional<RenderedMail>> mail = renderMessage(row);
    if (!mail)
        return mail.errors();
    if (mail.value()) {
        row.subject = mail.value()->subject;
        row.bodyText = mail.value()->bodyText;
        row.bodyHtml = mail.value()->bodyHtml;
    }
    return {};
}

Result<QList<OutboxRow>> Outbox::showRendered(Result<QList<OutboxRow>> rows)
{
    if (!rows)
        return rows;
    for (OutboxRow& row : rows.value()) {
        if (Status s = showRendered(row); !s.ok())
            return s.errors();
    }
    return rows;
}

Result<QString> Outbox::prepareForSending(OutboxRow& row)
{
    if (!row.rendered) {
        const Result<std::optional<RenderedMail>> mail = renderMessage(row);
        if (!mail)
            return mail.errors();
        if (!mail.value()) {
            const Result<TemplateRow> stored = m_templates.get(row.kind);
            if (!stored)
                return stored.errors();
            return stored->enabled ? tr("not sent: nothing is left to tell the customer")
                                   : tr("not sent: %1 e-mails are switched off").arg(row.kind);
        }
        row.subject = mail.value()->subject;
        row.bodyText = mail.value()->bodyText;
        row.bodyHtml = mail.value()->bodyHtml;
        row.rendered = true;
        if (Status s = m_store.storeRendered(row.id, row.subject, row.bodyText, row.bodyHtml); !s.ok())
            return s.errors();
    }
    if (row.messageId.isEmpty())
        row.messageId = newMessageId();
    return QString();
}

// ---------------------------------------------------------------- event messages

Result<qint64> Outbox::eventMark()
{
    return m_events.lastEventId();
}

Status Outbox::queueForEvents(qint64 afterEventId)
{
    // Coupons are few (one event each); read a page at a time all the same.
    constexpr int PageSize = 1000;
    store::EventStore& events = m_events;
    for (qint64 after = afterEventId;;) {
        const Result<QList<EventRow>> page = events.couponEventsAfter(after, PageSize);
        if (!page)
            return page.errors();
        for (const EventRow& e : page.value()) {
            if (Status s = queueCoupon(e); !s.ok())
                return s;
        }
        if (page->size() < PageSize)
            break;
        after = page->constLast().id;
    }
    // One intent per order and kind for everything this action did to it, in one
    // statement; the message is written from those events of the order when sent.
    store::EventIntents intents;
    intents.afterEventId = afterEventId;
    intents.at = m_clock.now();
    intents.unknownCustomerSuffix = QLatin1Char('@') + domain::unknownCustomerDomain();
    const Result<int> queued = m_store.insertEventIntents(intents);
    return queued;
}

Result<bool> Outbox::fillOrderEvents(const QString& mailKind, const Order& orderRef, const QJsonObject& facts,
                                     MailValues& values)
{
    // The events of the action that queued the message, of its kind and order.
    const qint64 first = qint64(facts.value(QStringLiteral("first")).toDouble());
    const qint64 last = qint64(facts.value(QStringLiteral("last")).toDouble());
    const Result<QList<EventRow>> ofOrder = m_events.orderMailEventsAfter(first - 1, orderRef.id);
    if (!ofOrder)
        return ofOrder.errors();
    QList<EventRow> events;
    for (const EventRow& e : ofOrder.value()) {
        if (e.id <= last && mailKindOfEvent(e.kind) == mailKind)
            events << e;
    }
    if (events.isEmpty())
        return false;
    // A stock update tells of one stage of a purchase order ("shipped: PO-1"): of an
    // action that records several (a status file), the newest.
    QString stage = facts.value(QStringLiteral("stage")).toString();
    if (stage.isEmpty())
        stage = events.constLast().details;
    const Order* order = &orderRef;
    const MailFormat f = format();
    QSet<qint64> items;
    for (const EventRow& e : events)
        items.insert(e.itemId);

    if (mailKind == kind::Confirmation) {
        if (order->waitingUnits() == 0)
            return false;
    } else if (mailKind == kind::Delay) {
        QDate oldDate;
        QDate newDate;
        bool newUnknown = false;
        bool supplier = false;
        for (const EventRow& e : events) {
            const std::optional<domain::DateSlip> slip = domain::parseSlipDetails(e.details);
            if (!slip)
                continue;
            supplier = supplier || slip->cause == QLatin1String("supplier");
            if (!oldDate.isValid() || slip->was < oldDate)
                oldDate = slip->was;
            if (!slip->now.isValid())
                newUnknown = true;
            else if (!newDate.isValid() || slip->now > newDate)
                newDate = slip->now;
        }
        QList<OrderLine> affected;
        for (const OrderLine& l : order->lines) {
            if (l.waiting > 0 && items.contains(l.itemId))
                affected << l;
        }
        if (affected.isEmpty())
            return false;
        // Only a cause that is known is named: a supplier's delay leaves the customer's
        // place in the queue as it was; an order moved ahead is not the supplier's doing.
        values.set(QStringLiteral("delay_reason"),
                   supplier ? QLatin1Char(' ')
                           + f.phrase("Outbox", QT_TRANSLATE_NOOP("Outbox", "Our supplier is late; you keep your place "
                                                                            "in the queue."))
                            : QString());
        values.set(QStringLiteral("old_date"), dateOrUnknown(oldDate));
        values.set(QStringLiteral("new_date"), dateOrUnknown(newUnknown ? QDate() : newDate));
        setLines(values, QStringLiteral("lines"), affected, true, true);
    } else if (mailKind == kind::StockUpdate) {
        if (Status s = setStockUpdate(values, *order, stage, items); !s.ok())
            return s.errors();
        if (values.text(QStringLiteral("stage")).isEmpty())
            return false;
    } else if (mailKind == kind::Ready) {
        QList<OrderLine> allocated;
        qint64 total = 0;
        for (const OrderLine& l : order->lines) {
            if (l.allocated > 0) {
                allocated << l;
                total += qint64(l.allocated) * l.unitPriceMinor;
            }
        }
        if (allocated.isEmpty())
            return false;
        setLines(values, QStringLiteral("lines"), allocated, false, false);
        values.set(QStringLiteral("order_total"), f.money(total, order->currency));
    } else if (mailKind == kind::Shipped) {
        const Found<store::ShipmentInfo> lastShipment = m_store.lastShipment(order->id);
        if (!lastShipment)
            return lastShipment.errors();
        if (!lastShipment.value())
            return false;
        const store::ShipmentInfo* shipment = &*lastShipment.value();
        QList<LineView> shipped;
        for (const store::ShippedItem& s : shipment->lines)
            shipped << LineView { s.sku, s.name, s.qty, {}, false };
        setLineList(values, QStringLiteral("shipped_lines"), shipped, f, {});
        values.set(QStringLiteral("tracking"),
                   shipment->tracking.isEmpty()
                       ? phrase(f, QT_TRANSLATE_NOOP("Outbox", "no tracking number for this parcel"))
                       : shipment->tracking);
        QList<OrderLine> toCome;
        for (const OrderLine& l : order->lines) {
            if (l.waiting > 0 || l.allocated > 0)
                toCome << l;
        }
        MailValues rest;
        QList<LineView> restViews;
        for (const OrderLine& l : std::as_const(toCome))
            restViews << LineView { l.sku, l.itemName, l.waiting + l.allocated, l.promisedDate,
                                    l.waiting > 0 };
        setLineList(rest, QStringLiteral("x"), restViews, f, [this](const QDate& d) { return dateOrUnknown(d); });
        values.setWithHtml(QStringLiteral("still_to_come"), rest.text(QStringLiteral("x")),
                           rest.html(QStringLiteral("x")));
        if (shipment->partial && !toCome.isEmpty()) {
            const QString note = phrase(f, QT_TRANSLATE_NOOP("Outbox", "This is a partial shipment. The rest follows "
                                                                       "as soon as it arrives, at no extra shipping "
                                                                       "cost:"));
            values.setWithHtml(QStringLiteral("partial_note"),
                               note + QStringLiteral("\n\n") + rest.text(QStringLiteral("x")),
                               note.toHtmlEscaped() + QStringLiteral("</p>\n")
                                   + rest.html(QStringLiteral("x")) + QStringLiteral("\n<p>"));
        } else {
            values.set(QStringLiteral("partial_note"),
                       phrase(f, QT_TRANSLATE_NOOP("Outbox", "Your order is now complete. Thank you for your patience.")));
        }
    } else if (mailKind == kind::Cancelled) {
        // A line's event reads "N x SKU: reason"; the reason is the shop's record and
        // never goes out. The customer reads only the message of the event without an
        // item (OrderService::cancel), if the merchant wrote one.
        static const QRegularExpression line(QStringLiteral("^(\\d+) x ([^:]+): "));
        QList<LineView> cancelled;
        QStringList messages;
        for (const EventRow& e : events) {
            if (e.itemId == 0) {
                if (!e.details.trimmed().isEmpty())
                    messages << e.details.trimmed();
                continue;
            }
            const QRegularExpressionMatch m = line.match(e.details);
            if (!m.hasMatch())
                continue;
            QString name = m.captured(2);
            for (const OrderLine& l : order->lines) {
                if (l.itemId == e.itemId)
                    name = l.itemName;
            }
            cancelled << LineView { m.captured(2), name, m.captured(1).toInt(), {}, false };
        }
        if (cancelled.isEmpty())
            return false;
        setCancellation(values, cancelled, messages.join(QStringLiteral("\n\n")), f);
    }
    return true;
}

Status Outbox::queueCoupon(const EventRow& event)
{
    const QString code = event.details.section(QStringLiteral(": "), 0, 0);
    const Found<store::CustomerInfo> customer = m_store.customer(event.customerId);
    if (!customer)
        return customer.errors();
    if (!customer.value())
        return {};
    const Found<qint64> queued = queueIntent(kind::Coupon, code, 0, event.customerId, customer.value()->email, {});
    if (!queued)
        return queued.errors();
    return {};
}

Result<std::optional<RenderedMail>> Outbox::renderCoupon(const QString& code, qint64 customerId)
{
    const Found<store::CouponInfo> foundCoupon = m_store.coupon(code);
    if (!foundCoupon)
        return foundCoupon.errors();
    const Found<store::CustomerInfo> foundCustomer = m_store.customer(customerId);
    if (!foundCustomer)
        return foundCustomer.errors();
    const std::optional<store::CouponInfo>& coupon = foundCoupon.value();
    const std::optional<store::CustomerInfo>& customer = foundCustomer.value();
    if (!coupon || !customer)
        return std::optional<RenderedMail>();
    const MailFormat f = format();
    MailValues values;
    values.set(QStringLiteral("coupon_code"), coupon->code);
    values.set(QStringLiteral("coupon_value"),
               coupon->percent ? f.locale().toString(*coupon->percent) + QLatin1Char('%')
                               : f.money(coupon->amountMinor.value_or(0), coupon->currency));
    values.set(QStringLiteral("coupon_reason"), coupon->reason);
    return render(kind::Coupon, customer->email, customer->name, values);
}

// ---------------------------------------------------------------- retry, cancel

Result<OutboxRow> Outbox::findMessage(qint64 id)
{
    return store::required(m_store.message(id), [&] { return core::fail(tr("no message %1 in the outbox").arg(id)); });
}

Status Outbox::retry(qint64 id)
{
    const Result<OutboxRow> row = findMessage(id);
    if (!row)
        return row.errors();
    if (row->state == messageState::Sent)
        return core::fail(tr("message %1 was sent already on %2").arg(id).arg(core::toIso(row->sentAt)));
    // What the schedule would find of it now, so a message it would only cancel again
    // is not promised to anyone; what time alone decides (a newer follow-up, a moved
    // promise) is left to the next run, which sees the whole order.
    Schedule schedule;
    Result<QHash<QString, bool>> enabled = enabledKinds();
    if (!enabled)
        return enabled.errors();
    schedule.enabled = std::move(enabled.value());
    store::MessageCheck check;
    check.id = id;
    check.kind = row->kind;
    if (row->orderId > 0) {
        const Result<QList<store::MessageCheck>> checks = m_store.messagesOfOrders({ row->orderId });
        if (!checks)
            return checks.errors();
        const auto it = std::find_if(checks->cbegin(), checks->cend(),
                                     [&](const store::MessageCheck& c) { return c.id == id; });
        if (it == checks->cend())
            return core::fail(tr("message %1: its order is gone").arg(id));
        check = *it;
    }
    if (const QString why = staleReason(schedule, nullptr, check); !why.isEmpty())
        return core::fail(tr("message %1 would be cancelled again (%2), so it is left as it is").arg(id).arg(why));
    return m_store.setState(id, messageState::Pending, QString(), m_clock.now());
}

Status Outbox::cancel(qint64 id)
{
    const Result<OutboxRow> row = findMessage(id);
    if (!row)
        return row.errors();
    if (row->state == messageState::Sent)
        return core::fail(tr("message %1 was sent already on %2").arg(id).arg(core::toIso(row->sentAt)));
    if (row->state == messageState::Cancelled)
        return {};
    return m_store.setState(id, messageState::Cancelled, tr("cancelled by hand"));
}

} // namespace bd::mail
