#pragma once

#include "core/Result.h"
#include "store/CustomerStore.h"
#include "store/OrderStore.h"
#include "store/Dialect.h"
#include "store/Sql.h"
#include "store/StatementCache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

namespace bd::store {

class Database;

// Message states as stored in outbox.state.
namespace messageState {
inline const QString Pending = QStringLiteral("pending");
inline const QString Sending = QStringLiteral("sending");
inline const QString Sent = QStringLiteral("sent");
inline const QString Failed = QStringLiteral("failed");
inline const QString Cancelled = QStringLiteral("cancelled");
} // namespace messageState

struct TemplateRow
{
    QString kind;
    QString subject;
    QString bodyText;
    QString bodyHtml;
    bool enabled = true;
    QDateTime updatedAt;
};

struct OutboxRow
{
    qint64 id = 0;
    QString kind;
    QString occasion;
    qint64 orderId = 0;
    QString orderNumber;
    qint64 customerId = 0;
    QString recipient;
    QString recipientName;
    QString subject;
    QString bodyText;
    QString bodyHtml;
    QDateTime createdAt;
    QDateTime dueAt;
    QString state;
    int attempts = 0;
    QString lastError;
    QDateTime sentAt;
    QString messageId;
    // An intent (rendered false) has no subject or bodies yet: Outbox writes them from
    // the template and these facts (a JSON object) when it is sent or shown.
    QString facts;
    bool rendered = true;
};

// What one action queues for the events it wrote: one intent per order and kind, whose
// facts are the first and the last of the order's events of that kind
// ({"first":…,"last":…}; a stock update's also name the newest stage the action
// recorded, "stage":"shipped: PO-1", which is its occasion too).
struct EventIntents
{
    qint64 afterEventId = 0; // the action's events are the ones after it
    QDateTime at;
    QString unknownCustomerSuffix; // "@domain": never written to
};

// A waiting order as the schedule sees it: who to write to, and what the payment-risk
// rule needs. Its `risk` is read over the waiting lines only: `latestPromise` and
// `waiting` are theirs, and `allocated` stays 0 (the schedule does not ask; the
// payment-risk list reads it from OrderStore::riskCandidates).
struct WaitingOrder
{
    qint64 orderId = 0;
    QString orderNumber;
    QDateTime placedAt;
    QDate nextPromise; // earliest promised date today or later of its waiting lines; invalid: none known
    qint64 customerId = 0;
    RiskCandidate risk;
};

// An e-mail queued to be written from its template when it is sent (Outbox), with the
// facts it is made from (JSON).
struct MailIntent
{
    QString kind;
    QString occasion;
    qint64 orderId = 0;
    qint64 customerId = 0;
    QString recipient;
    QString facts;
};

// The due orders the schedule looks at in one go (MailStore::duePage).
struct DuePage
{
    QList<qint64> orderIds;      // every due order of the page, waiting or not
    QList<WaitingOrder> waiting; // those with units waiting, oldest placed first
};

// A message of an order, with what its order looks like now.
struct MessageCheck
{
    qint64 id = 0;
    QString kind;
    QString occasion;
    qint64 orderId = 0;
    int waiting = 0;   // units the order waits for
    int allocated = 0; // units set aside for it
    bool pending = true;
};

struct ShippedItem
{
    QString sku;
    QString name;
    int qty = 0;
};

struct ShipmentInfo
{
    QString tracking;
    bool partial = false;
    QList<ShippedItem> lines;
};

struct CouponInfo
{
    QString code;
    std::optional<int> percent;
    std::optional<qint64> amountMinor;
    QString currency;
    QString reason;
};

// An order's goodwill coupon (one per order) and the state of the follow-up that brings
// it ("" when none does).
struct GoodwillCoupon
{
    qint64 id = 0;
    QString code;
    int percent = 0;
    QString carrierState;
};

struct CustomerInfo
{
    QString email;
    QString name;
};

struct OutboxFilter
{
    QString state; // empty: every state
    qint64 orderId = 0; // 0: every order
    qint64 customerId = 0; // 0: every customer
    QString kind {}; // empty: every kind of e-mail
    // What the merchant typed (the one search, store/Search.h): each word the start of
    // the order number or in the customer's search text (e-mail, name, phone).
    QString search {};
};

// All SQL of e-mail: templates, the outbox, and the reads the messages are made from.
// Prepared once per connection, always with bound values. No transactions of its own:
// the caller holds one.
class MailStore
{
public:
    explicit MailStore(Database& db);
    ~MailStore();

    // Templates
    Found<TemplateRow> templateRow(const QString& kind);
    core::Result<QList<TemplateRow>> templates();
    // Inserts unless the kind has a row already.
    core::Status insertTemplate(const TemplateRow& row);
    core::Status updateTemplate(const TemplateRow& row);
    core::Status setTemplateEnabled(const QString& kind, bool enabled, const QDateTime& at);

    // Reads for composing messages
    Found<CustomerInfo> customer(qint64 customerId);
    Found<ShipmentInfo> lastShipment(qint64 orderId);
    Found<CouponInfo> coupon(const QString& code);
    Found<GoodwillCoupon> goodwillCoupon(qint64 orderId);
    // Issues the order's goodwill coupon (a percentage); its id.
    core::Result<qint64> insertGoodwillCoupon(const CouponRow& coupon, qint64 customerId, qint64 orderId);
    core::Status setCouponCarrier(qint64 couponId, qint64 messageId);
    // At most `limit` of the orders the schedule is due to look at today (orders.mail_due:
    // new, changed, or reaching a day a reminder may be due on), with their waiting lines
    // summed. The schedule settles each page (settleOrders) before it asks for the next,
    // and a settled order is no longer due today: the next page is the next orders, with
    // ids above `afterId` (the largest of the page before; 0 for the first).
    core::Result<DuePage> duePage(const QDate& today, qint64 afterId, int limit);
    // How many orders are due today.
    core::Result<int> countDue(const QDate& today);
    // From here to the end of the transaction, each statement planned for its own run
    // (PostgreSQL; SQLite's plans do not follow the tables' sizes). The schedule fills the
    // outbox and the coupons while it reads them, page after page and order after order;
    // see the definition.
    core::Status planEachRunUntilCommit();
    // PostgreSQL's choice of plans for kept statements (plan_cache_mode) from here to the
    // end of the transaction; the choice before. Nothing on SQLite: an empty text.
    core::Result<QString> setPlanModeUntilCommit(const QString& mode);
    // The messages, any state, of the orders, in the order they were queued.
    core::Result<QList<MessageCheck>> messagesOfOrders(const QList<qint64>& orderIds);
    // After the schedule looked at orders: each is looked at again on its day (after
    // today), or, with no day (an invalid date: nothing of it waits), not until it changes.
    core::Status settleOrders(const QList<std::pair<qint64, QDate>>& nextLook);

    // Outbox
    // Queues a message unless one with the same (order, kind, occasion) exists; its id
    // when it was queued, none when it was there already.
    Found<qint64> insertMessage(const OutboxRow& row);
    // Queues each intent, due at `at`, unless a message with the same (order, kind,
    // occasion) exists, many rows to a statement; the number queued.
    core::Result<int> insertIntents(const QList<MailIntent>& intents, const QDateTime& at);
    // One intent per order and kind of e-mail for the events after the mark, in one
    // statement, in the order of each group's first event; a kind switched off, a
    // customer nobody knows and an order the events leave nothing to tell of get none.
    // The number queued.
    core::Result<int> insertEventIntents(const EventIntents& intents);
    // Keeps the text an intent was written as (it goes out as it is stored from now on).
    core::Status storeRendered(qint64 id, const QString& subject, const QString& bodyText, const QString& bodyHtml);
    // "orderId kind occasion": what makes a message one of a kind.
    static QString messageKey(qint64 orderId, const QString& kind, const QString& occasion);
    Found<OutboxRow> message(qint64 id);
    // The messages the filter selects, oldest first.
    core::Result<QList<OutboxRow>> messages(const OutboxFilter& filter);
    // Pending messages due at `now`, oldest due first.
    core::Result<QList<qint64>> dueMessageIds(const QDateTime& now);
    // Messages left `sending` by an attempt that began before `startedBefore`.
    core::Result<QList<qint64>> staleSendingIds(const QDateTime& startedBefore);
    // At most `limit` pending messages of a kind, in the order they were queued.
    core::Result<QList<MessageCheck>> pendingOfKind(const QString& kind, int limit);
    // Takes a pending message for one attempt that starts `at` (kept in due_at while
    // it is sent). False when another sender took it first: it must not be sent here.
    core::Result<bool> claimForSending(qint64 id, const QString& messageId, const QDateTime& at);
    core::Status markSent(qint64 id, const QDateTime& at);
    core::Status markRetry(qint64 id, const QDateTime& due, const QString& error);
    core::Status setState(qint64 id, const QString& newState, const QString& error,
                          const QDateTime& due = {});
    core::Result<QMap<QString, int>> countByState();
    // A page of the messages the filter selects, newest first (the window's list).
    // `limit` messages from `offset`, newest first, or (reversed) oldest first.
    core::Result<QList<OutboxRow>> messagesPage(const OutboxFilter& filter, int offset, int limit,
                                                bool reversed = false);
    core::Result<int> countMessages(const OutboxFilter& filter);

private:
    StatementCache m_statements;
    Dialect m_dialect;
};

} // namespace bd::store
