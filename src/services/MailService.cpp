#include "MailService.h"

#include "services/InsightService.h"
#include "services/OrderService.h"
#include "store/Config.h"
#include "store/SettingChosen.h"

using bd::core::Result;
using bd::core::Status;

namespace bd::services {

Result<mail::ScheduleReport> MailService::runSchedule(int pageOrders)
{
    Result<mail::ScheduleReport> report = core::Errors{};
    const Status s = m_shop.transact([&](DirtyItems&) -> Status {
        const QDate today = m_shop.clock().today();
        const int holdDays = m_shop.config().integer(store::settings::AuthHoldDays);
        // Who is asked to update a payment is the payment-risk rule's to say; the soonest
        // lapse of a page is queued first.
        report = m_shop.outbox().runSchedule([&](const QList<store::WaitingOrder>& waiting) {
            QList<mail::LapseNotice> lapses;
            for (qsizetype i = 0; i < waiting.size(); ++i) {
                for (const RiskRow& r : InsightService::lapsesOf(waiting.at(i).risk, today, holdDays))
                    lapses << mail::LapseNotice{i, r.lapseDate, r.reason, r.promisedDate};
            }
            std::stable_sort(lapses.begin(), lapses.end(),
                             [](const auto& a, const auto& b) { return a.lapseDate < b.lapseDate; });
            return lapses;
        }, pageOrders);
        return report;
    });
    if (!s.ok())
        return s.errors();
    return report;
}

Status MailService::retry(qint64 id)
{
    return m_shop.transact([&](DirtyItems&) { return m_shop.outbox().retry(id); });
}

Status MailService::cancel(qint64 id)
{
    return m_shop.transact([&](DirtyItems&) { return m_shop.outbox().cancel(id); });
}

Status MailService::saveSettings(const QList<std::pair<QString, QString>>& values)
{
    return m_shop.transact([&](DirtyItems&) -> Status {
        const QLocale before(m_shop.config().text(store::settings::ShopLocale));
        if (Status s = m_shop.saveSettings(values); !s.ok())
            return s;
        const QLocale after(m_shop.config().text(store::settings::ShopLocale));
        if (before.language() == after.language())
            return {};
        mail::TemplateService& templates = m_shop.outbox().templates();
        for (const QString& kind : mail::Templates::kinds()) {
            const Result<store::TemplateRow> row = templates.get(kind);
            if (!row)
                return row.errors();
            const mail::MailTemplate shipped = mail::Templates::defaults(kind, before);
            if (row->subject != shipped.subject || row->bodyText != shipped.bodyText || row->bodyHtml != shipped.bodyHtml)
                continue; // the shop's own wording
            if (Status s = templates.set(kind, mail::Templates::defaults(kind, after)); !s.ok())
                return s;
        }
        return {};
    });
}

mail::MailTemplate MailService::defaultTemplate(const QString& kind) const
{
    return mail::Templates::defaults(kind, QLocale(m_shop.config().text(store::settings::ShopLocale)));
}

Result<bool> MailService::mailServerChosen()
{
    return store::isSettingChosen(m_shop.db(), store::settings::SmtpHost);
}

Result<QList<store::TemplateRow>> MailService::templates()
{
    Result<QList<store::TemplateRow>> rows = core::Errors{};
    const Status s = m_shop.transact([&](DirtyItems&) -> Status {
        rows = m_shop.outbox().templates().list();
        return rows;
    });
    if (!s.ok())
        return s.errors();
    return rows;
}

Result<store::TemplateRow> MailService::templateOf(const QString& kind)
{
    Result<store::TemplateRow> row = core::Errors{};
    const Status s = m_shop.transact([&](DirtyItems&) -> Status {
        row = m_shop.outbox().templates().get(kind);
        return row;
    });
    if (!s.ok())
        return s.errors();
    return row;
}

Status MailService::saveTemplate(const QString& kind, const mail::MailTemplate& mail)
{
    return m_shop.transact([&](DirtyItems&) { return m_shop.outbox().templates().set(kind, mail); });
}

Status MailService::setTemplateEnabled(const QString& kind, bool enabled)
{
    return m_shop.transact([&](DirtyItems&) { return m_shop.outbox().templates().setEnabled(kind, enabled); });
}

Result<QList<store::OutboxRow>> MailService::messages(const store::OutboxFilter& filter, const QString& orderNumber)
{
    store::OutboxFilter narrowed = filter;
    if (!orderNumber.isEmpty()) {
        const Result<domain::Order> order = OrderService(m_shop).findOrder(orderNumber);
        if (!order)
            return order.errors();
        narrowed.orderId = order->id;
    }
    return m_shop.outbox().showRendered(m_shop.outbox().store().messages(narrowed));
}

Result<QList<store::OutboxRow>> MailService::messagesPage(const store::OutboxFilter& filter, int offset, int limit)
{
    return m_shop.outbox().showRendered(m_shop.outbox().store().messagesPage(filter, offset, limit));
}

Result<int> MailService::countMessages(const store::OutboxFilter& filter)
{
    return m_shop.outbox().store().countMessages(filter);
}

Result<QMap<QString, int>> MailService::countByState()
{
    return m_shop.outbox().store().countByState();
}

Result<store::OutboxRow> MailService::message(qint64 id)
{
    Result<store::OutboxRow> row = m_shop.outbox().findMessage(id);
    if (!row)
        return row;
    if (Status s = m_shop.outbox().showRendered(row.value()); !s.ok())
        return s.errors();
    return row;
}

mail::Delivery MailService::delivery()
{
    return mail::Delivery(m_shop.db(), m_shop.clock(), m_shop.config());
}

} // namespace bd::services
