#pragma once

#include "core/Result.h"
#include "domain/Types.h"
#include "store/EventStore.h"
#include "store/OrderStore.h"
#include "store/MailStore.h"
#include "store/ItemStore.h"
#include "store/PurchaseStore.h"
#include "mail/Templates.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

namespace bd::core {
class Clock;
}
namespace bd::store {
class Config;
class Database;
} // namespace bd::store

namespace bd::mail {

struct ScheduleReport
{
    int queued = 0;
    int cancelled = 0;
    // The waiting orders the schedule was due to look at (new, changed, or at a day a
    // reminder may fall due); the others were not read.
    int ordersLookedAt = 0;
};

// A waiting order whose card or authorization lapses before its promised date (the
// payment-risk rules of the services decide which): its customer is asked to update
// the payment, once per lapse date.
struct LapseNotice
{
    qsizetype order = 0; // its index in the waiting orders given with it
    QDate lapseDate;
    QString reason;
    QDate promisedDate;
};

// The durable outbox of one shop: turns what happened (events) and what is due (the
// schedule) into messages, one per order, kind and occasion.
//
// A message is queued as an intent (kind, order, occasion and the facts it is made
// from) and written from the template when it is sent (prepareForSending) or shown
// (showRendered); from then on it is kept as written. Event messages are queued by
// Shop::transact inside the transaction of the action that caused them
// (queueForEvents), one statement for all the orders of the action. The schedule (follow-ups, countdowns, payment
// updates) runs at the clock's "now"; running it twice queues nothing twice, because
// (order, kind, occasion) is unique. Everything runs inside the caller's transaction:
// the services (services::MailService) open it; the outbox knows nothing of them.
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)

public:
    Outbox(store::Database& db, const core::Clock& clock, const store::Config& config);

    store::MailStore& store() { return m_store; }
    TemplateService& templates() { return m_templates; }

    // The newest event now; queueForEvents() later looks at what came after it.
    core::Result<qint64> eventMark();
    // Inside the caller's transaction.
    core::Status queueForEvents(qint64 afterEventId);

    // Who of a page of waiting orders is asked to update a payment: the payment-risk
    // rule's to say (the services' layer), soonest lapse first.
    using LapsesOf = std::function<QList<LapseNotice>(const QList<store::WaitingOrder>& waiting)>;
    // The due orders the schedule reads at a time.
    static constexpr int SchedulePageOrders = 2048;
    // Queues what is due at now for the waiting orders (follow-ups, countdowns, and a
    // payment update for each lapse) and cancels pending messages that no longer apply,
    // then tells each order when to look again; and cancels the pending messages of the
    // kinds switched off. Only the orders due today are read (MailStore::duePage), a page
    // of `pageOrders` at a time, each settled before the next is read (settleOrders): the
    // others have nothing new, since the store marks an order due in the transaction that
    // changes it.
    core::Result<ScheduleReport> runSchedule(const LapsesOf& lapsesOf, int pageOrders = SchedulePageOrders);

    // The cancellation e-mail cancelling the open units of `order` (or of its line of
    // `sku`) would queue, with the merchant's message to the customer: what the customer
    // will read. Empty when none would be sent (the kind is switched off, the customer
    // is unknown, nothing is open).
    core::Result<std::optional<RenderedMail>> previewCancellation(const domain::Order& order, const QString& sku,
                                                                  const QString& message);

    // The message as the customer will read it, from the template and the shop as they
    // are now; empty when it would not be sent (its kind is switched off, nothing is left
    // to tell). A message written already is returned as it was written.
    core::Result<std::optional<RenderedMail>> renderMessage(const store::OutboxRow& row);
    // Fills in the subject and bodies of an intent for showing it; nothing is stored.
    core::Status showRendered(store::OutboxRow& row);
    // The same for each of a list of messages.
    core::Result<QList<store::OutboxRow>> showRendered(core::Result<QList<store::OutboxRow>> rows);
    // Inside the caller's transaction, before an attempt: writes an intent and keeps the
    // text (it goes out as written from now on) and gives the message its Message-ID.
    // The reason it is not to be sent, or empty.
    core::Result<QString> prepareForSending(store::OutboxRow& row);

    // `outbox retry ID` and `outbox cancel ID`; one transaction each. A message that
    // would be cancelled again (its kind switched off, nothing of its order waiting or
    // set aside any more) is not retried: the reason is returned and nothing changes.
    core::Status retry(qint64 id);
    core::Status cancel(qint64 id);
    // The message with that id; "no message" when there is none.
    core::Result<store::OutboxRow> findMessage(qint64 id);

private:
    // Queues an intent, written when sent; its id, none when one was queued already or
    // the customer is unknown.
    store::Found<qint64> queueIntent(const QString& kind, const QString& occasion, qint64 orderId, qint64 customerId,
                                     const QString& email, const QJsonObject& facts);
    core::Result<std::optional<RenderedMail>> render(const QString& kind, const QString& email, const QString& name,
                                                     MailValues& values);
    core::Result<std::optional<RenderedMail>> renderCoupon(const QString& code, qint64 customerId);
    // False: nothing is left to tell.
    core::Result<bool> fillOrderEvents(const QString& kind, const domain::Order& order, const QJsonObject& facts,
                                       MailValues& values);
    core::Result<bool> fillSchedule(const QString& kind, const domain::Order& order, const QJsonObject& facts,
                                    MailValues& values) const;
    void setCommon(MailValues& values, const domain::Order& order) const;
    void setLines(MailValues& values, const QString& placeholder, const QList<domain::OrderLine>& lines,
                  bool waitingQty, bool withDates) const;
    QString dateOrUnknown(const QDate& date) const;
    QString newMessageId() const;
    MailFormat format() const;

    core::Status queueCoupon(const store::EventRow& event);
    // The values of a stock update (StockUpdateMail.cpp), when it is written, from its
    // event's details ("shipped: PO-1"); no "stage" value when that stage is not recorded.
    core::Status setStockUpdate(MailValues& values, const domain::Order& order, const QString& details,
                                const QSet<qint64>& items);
    // What a follow-up or countdown sells while the order waits (FollowUpMail.cpp), read
    // when it is written: the waiting items' highlights and up to three related items in
    // stock then.
    core::Status setFollowUpExtras(MailValues& values, const domain::Order& order);
    // The goodwill coupon the follow-up now queued for `order` brings, when the shop's
    // rule says it has waited long enough (FollowUpMail.cpp): issued the first time,
    // the same code again when the follow-up that brought it was never sent; none when
    // one that brought it is sent or on its way.
    // `after` is the shop's setting of days (0: no coupons), read once by the caller.
    core::Result<std::optional<store::GoodwillCoupon>> goodwillCouponFor(const store::WaitingOrder& order,
                                                                         qint64 daysWaited, int after);
    // {{goodwill_coupon}}: a paragraph with the code the follow-up's facts name, or "".
    void setGoodwillCoupon(MailValues& values, const QJsonObject& facts) const;
    // The first day after today on which time alone may make something due for the
    // waiting order, or make a pending reminder of it stale.
    static QDate nextLookAt(const store::WaitingOrder& order, const QDate& today, int every, int before, int holdDays);
    // What one run of the schedule counts with, read once.
    struct Schedule
    {
        QDate today;
        int every = 1;  // days between follow-ups
        int before = 0; // days of countdown before a promised date
        int holdDays = 0;
        int couponAfter = 0;
        QHash<QString, bool> enabled; // each kind of e-mail
    };
    // What the schedule found of a page's waiting orders, for telling which of their
    // pending reminders still apply.
    struct Waiting
    {
        QHash<qint64, int> latestFollowUp; // the follow-up round each order is at
        QHash<qint64, QDate> nextPromise;
        QHash<qint64, QString> payment; // the lapse a payment update is due for
    };
    core::Status schedulePage(const Schedule& schedule, const store::DuePage& page, const QList<LapseNotice>& lapses,
                              ScheduleReport& report);
    // Why a message of an order would not be sent now, or empty. Without what the
    // schedule found of the order's waiting (`now`), only what the message's check tells:
    // its kind switched off, nothing waiting, nothing set aside.
    static QString staleReason(const Schedule& schedule, const Waiting* now, const store::MessageCheck& message);
    // Whether each kind of e-mail is switched on.
    core::Result<QHash<QString, bool>> enabledKinds();
    // Cancels the pending ones of `messages` that no longer apply.
    core::Status cancelStale(const Schedule& schedule, const Waiting& now, const QList<store::MessageCheck>& messages,
                             ScheduleReport& report);

    const core::Clock& m_clock;
    const store::Config& m_config;
    store::MailStore m_store;
    store::OrderStore m_orders;
    store::EventStore m_events;
    store::PurchaseStore m_purchases;
    store::ItemStore m_items;
    TemplateService m_templates;
};

} // namespace bd::mail
