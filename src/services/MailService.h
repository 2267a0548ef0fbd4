#pragma once

#include "core/Result.h"
#include "mail/Delivery.h"
#include "mail/Outbox.h"
#include "mail/Templates.h"
#include "services/Shop.h"
#include "store/MailStore.h"

#include <QCoreApplication>
#include <QMap>

namespace bd::services {

// The e-mail actions of the window and the command line, each one service call that
// opens its transaction: the schedule, retrying and cancelling a message, the
// templates (whose defaults are written on first use), and the reads of the outbox.
class MailService
{
    Q_DECLARE_TR_FUNCTIONS(MailService)

public:
    explicit MailService(Shop& shop)
        : m_shop(shop)
    {
    }

    // Queues what is due now and cancels what no longer applies.
    // The schedule (mail::Outbox::runSchedule) as one action, a page of `pageOrders` due
    // orders at a time.
    core::Result<mail::ScheduleReport> runSchedule(int pageOrders = mail::Outbox::SchedulePageOrders);
    core::Status retry(qint64 id);
    core::Status cancel(qint64 id);

    // Saves shop settings as one action. When the shop's language (shop.locale) changes,
    // every template still as shipped for the old language becomes the one shipped for
    // the new; templates the shop edited stay as they are.
    core::Status saveSettings(const QList<std::pair<QString, QString>>& values);
    // The template shipped for the shop's language (what Restore default gives).
    mail::MailTemplate defaultTemplate(const QString& kind) const;

    core::Result<QList<store::TemplateRow>> templates();
    core::Result<store::TemplateRow> templateOf(const QString& kind);
    core::Status saveTemplate(const QString& kind, const mail::MailTemplate& mail);
    core::Status setTemplateEnabled(const QString& kind, bool enabled);

    // The messages the filter selects, oldest first; orderNumber, when given, narrows
    // them to that order ("unknown order" when there is none).
    core::Result<QList<store::OutboxRow>> messages(const store::OutboxFilter& filter,
                                                   const QString& orderNumber = {});
    core::Result<QList<store::OutboxRow>> messagesPage(const store::OutboxFilter& filter, int offset, int limit);
    core::Result<int> countMessages(const store::OutboxFilter& filter);
    core::Result<QMap<QString, int>> countByState();
    core::Result<store::OutboxRow> message(qint64 id);

    // Whether the shop set up a mail server itself: the default host is not tried.
    core::Result<bool> mailServerChosen();

    // Sends (or writes) the messages that are due, for this shop.
    mail::Delivery delivery();

private:
    Shop& m_shop;
};

} // namespace bd::services
