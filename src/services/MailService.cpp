#include "MailService.h"

#include "services/InsightService.h"
#include "services/OrderService.h"

using bd::core::Result;
using bd::core::Status;

namespace bd::services {

namespace {

// Messages queued as intents are shown as they would be written now.
Result<QList<store::OutboxRow>> shown(mail::Outbox& outbox, Result<QList<store::OutboxRow>> rows)
{
    if (!rows)
        return rows;
    for (store::OutboxRow& row : rows.value()) {
        if (Status s = outbox.showRendered(row); !s.ok())
            return s.errors();
    }
    return rows;
}

} // namespace

Result<mail::ScheduleReport> MailService::runSchedule()
{
    Result<mail::ScheduleReport> report = core::Errors{};
    const Status s = m_shop.transact([&](DirtyItems&) -> Status {
        // Who is asked to update a payment is the payment-risk rule's to say.
        const Result<QList<RiskRow>> risks = InsightService(m_shop).paymentRisk();
        if (!risks)
            return risks.errors();
        QList<mail::LapseNotice> lapses;
        for (const RiskRow& r : risks.value()) {
            if (r.list == QLatin1String("lapses"))
                lapses << mail::LapseNotice{r.orderNumber, r.lapseDate, r.reason, r.promisedDate};
        }
        report = m_shop.outbox().runSchedule(lapses);
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
    return shown(m_shop.outbox(), m_shop.outbox().store().messages(narrowed));
}

Result<QList<store::OutboxRow>> MailService::messagesPage(const store::OutboxFilter& filter, int offset, int limit)
{
    return shown(m_shop.outbox(), m_shop.outbox().store().messagesPage(filter, offset, limit));
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
