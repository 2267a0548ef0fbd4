// The schedule: the e-mails time alone makes due for waiting orders (follow-ups,
// countdowns, payment updates), queued as intents many rows to a statement, and the
// pending ones that no longer apply, cancelled.

#include "mail/Outbox.h"

#include "core/Clock.h"
#include "domain/Rules.h"
#include "domain/UnknownCustomer.h"
#include "store/Config.h"

#include <QJsonDocument>

#include <algorithm>

using bd::core::Result;
using bd::core::Status;
using namespace bd::domain;
using bd::store::Found;
using bd::store::MailStore;
using bd::store::TemplateRow;
namespace messageState = bd::store::messageState;

namespace bd::mail {

namespace {
// Intents gathered before they are written: the memory of a few thousand, not of every
// one a big shop's first run queues.
constexpr qsizetype IntentBatch = 4096;
} // namespace

Result<QHash<QString, bool>> Outbox::enabledKinds()
{
    QHash<QString, bool> enabled;
    for (const QString& k : Templates::kinds()) {
        Result<TemplateRow> row = m_templates.get(k);
        if (!row)
            return row.errors();
        enabled.insert(k, row->enabled);
    }
    return enabled;
}

Result<ScheduleReport> Outbox::runSchedule(const LapsesOf& lapsesOf, int pageOrders)
{
    ScheduleReport report;
    const Status status = [&]() -> Status {
        if (Status s = m_store.planEachRunUntilCommit(); !s.ok())
            return s;
        const int limit = std::max(1, pageOrders);
        Schedule schedule;
        schedule.today = m_clock.today();
        schedule.every = std::max(1, m_config.integer(store::settings::FollowUpDays));
        schedule.before = m_config.integer(store::settings::CountdownDays);
        schedule.holdDays = m_config.integer(store::settings::AuthHoldDays);
        schedule.couponAfter = m_config.integer(store::settings::GoodwillCouponDays);
        Result<QHash<QString, bool>> enabled = enabledKinds();
        if (!enabled)
            return enabled.errors();
        schedule.enabled = std::move(enabled.value());
        // A page of the due orders at a time, each settled before the next is read: the
        // memory of one page, however many orders a big shop's first run looks at. A
        // settled order is due again only if something changed it in between, and
        // nothing the schedule writes does: a run that reads more orders than were due
        // when it began would never end.
        const Result<int> due = m_store.countDue(schedule.today);
        if (!due)
            return due.errors();
        qint64 read = 0;
        qint64 after = 0; // the largest id of the page before
        for (;;) {
            const Result<store::DuePage> page = m_store.duePage(schedule.today, after, limit);
            if (!page)
                return page.errors();
            if (page->orderIds.isEmpty())
                break;
            read += page->orderIds.size();
            if (read > due.value())
                return core::fail(tr("the e-mail schedule read %1 orders, more than the %2 due when it began: "
                                     "an order came back after it was settled")
                                      .arg(read)
                                      .arg(due.value()));
            after = *std::max_element(page->orderIds.cbegin(), page->orderIds.cend());
            if (Status s = schedulePage(schedule, page.value(), lapsesOf(page->waiting), report); !s.ok())
                return s;
        }
        // The pending messages of a kind switched off, whoever's they are.
        for (auto it = schedule.enabled.cbegin(); it != schedule.enabled.cend(); ++it) {
            if (it.value())
                continue;
            for (;;) {
                const Result<QList<store::MessageCheck>> pending = m_store.pendingOfKind(it.key(), limit);
                if (!pending)
                    return pending.errors();
                if (Status s = cancelStale(schedule, {}, pending.value(), report); !s.ok())
                    return s;
                if (pending->size() < limit)
                    break;
            }
        }
        return {};
    }();
    if (!status.ok())
        return status.errors();
    return report;
}

Status Outbox::schedulePage(const Schedule& schedule, const store::DuePage& page, const QList<LapseNotice>& lapses,
                            ScheduleReport& report)
{
    const QDate& today = schedule.today;
    // What the page's orders have queued already, any state: nothing is queued twice.
    const Result<QList<store::MessageCheck>> messages = m_store.messagesOfOrders(page.orderIds);
    if (!messages)
        return messages.errors();
    QSet<QString> keys;
    for (const store::MessageCheck& m : messages.value())
        keys.insert(MailStore::messageKey(m.orderId, m.kind, m.occasion));
    Waiting now;
    QList<std::pair<qint64, QDate>> nextLook;
    nextLook.reserve(page.orderIds.size());

    // Nothing is read per order unless it is queued: what is queued already is in `keys`,
    // and the waiting orders carry who to write to. The intents go to the store many rows
    // to a statement; only a follow-up that brings a goodwill coupon is queued at once,
    // since the coupon names the message that carries it.
    QList<store::MailIntent> intents;
    auto flush = [&]() -> Status {
        const Result<int> queued = m_store.insertIntents(intents, m_clock.now());
        if (!queued)
            return queued.errors();
        report.queued += queued.value();
        intents.clear();
        return {};
    };
    auto queueFor = [&](const QString& mailKind, const QString& occasion, const store::WaitingOrder& order,
                        QJsonObject facts) -> Status {
        if (!schedule.enabled.value(mailKind) || keys.contains(MailStore::messageKey(order.orderId, mailKind, occasion)))
            return {};
        // A customer nobody knows (an order imported without one) is never written to.
        if (domain::isUnknownCustomer(order.risk.customerEmail))
            return {};
        // The follow-up that finds the order old enough brings its goodwill coupon.
        if (mailKind == kind::FollowUp) {
            Result<std::optional<store::GoodwillCoupon>> brought = goodwillCouponFor(
                order, qint64(facts.value(QStringLiteral("days_waited")).toDouble()), schedule.couponAfter);
            if (!brought)
                return brought.errors();
            if (const std::optional<store::GoodwillCoupon>& coupon = brought.value()) {
                facts.insert(QStringLiteral("coupon"), coupon->code);
                facts.insert(QStringLiteral("coupon_percent"), coupon->percent);
                const Found<qint64> queued = queueIntent(mailKind, occasion, order.orderId, order.customerId,
                                                         order.risk.customerEmail, facts);
                if (!queued)
                    return queued.errors();
                if (!queued.value())
                    return {};
                ++report.queued;
                return m_store.setCouponCarrier(coupon->id, *queued.value());
            }
        }
        intents.append({ mailKind, occasion, order.orderId, order.customerId, order.risk.customerEmail,
                         QString::fromUtf8(QJsonDocument(facts).toJson(QJsonDocument::Compact)) });
        return intents.size() >= IntentBatch ? flush() : Status();
    };

    QSet<qint64> waitingIds;
    for (const store::WaitingOrder& w : page.waiting) {
        waitingIds.insert(w.orderId);
        nextLook.append({ w.orderId, nextLookAt(w, today, schedule.every, schedule.before, schedule.holdDays) });
        now.nextPromise.insert(w.orderId, w.nextPromise);
        const qint64 days = w.placedAt.date().daysTo(today);
        const int round = int(days / schedule.every);
        if (round >= 1) {
            now.latestFollowUp.insert(w.orderId, round);
            Status s = queueFor(kind::FollowUp, QString::number(round), w,
                                QJsonObject { { QStringLiteral("today"), core::toIso(today) },
                                              { QStringLiteral("days_waited"), days },
                                              { QStringLiteral("next_promise"), core::toIso(w.nextPromise) } });
            if (!s.ok())
                return s;
        }
        if (w.nextPromise.isValid() && today.daysTo(w.nextPromise) <= schedule.before) {
            const QString occasion = core::toIso(w.nextPromise);
            Status s = queueFor(kind::Countdown, occasion, w,
                                QJsonObject { { QStringLiteral("today"), core::toIso(today) },
                                              { QStringLiteral("promised"), occasion } });
            if (!s.ok())
                return s;
        }
    }
    // The rest of the page waits for nothing: not looked at again until it changes.
    for (qint64 id : page.orderIds) {
        if (!waitingIds.contains(id))
            nextLook.append({ id, QDate() });
    }

    for (const LapseNotice& r : lapses) {
        if (r.order < 0 || r.order >= page.waiting.size())
            return core::fail(QStringLiteral("a payment lapse names no waiting order"));
        const store::WaitingOrder& w = page.waiting.at(r.order);
        const QString occasion = core::toIso(r.lapseDate);
        Status s = queueFor(kind::PaymentUpdate, occasion, w,
                            QJsonObject { { QStringLiteral("lapse_date"), occasion },
                                          { QStringLiteral("lapse_reason"), r.reason },
                                          { QStringLiteral("promised"), core::toIso(r.promisedDate) } });
        if (!s.ok())
            return s;
        // Queued now or earlier: still applies.
        now.payment.insert(w.orderId, occasion);
    }
    if (Status s = flush(); !s.ok())
        return s;
    // The page's pending messages now, the ones just queued with them (of two lapses of one
    // order, the one that no longer applies is cancelled at once).
    const Result<QList<store::MessageCheck>> queued = m_store.messagesOfOrders(page.orderIds);
    if (!queued)
        return queued.errors();
    if (Status s = cancelStale(schedule, now, queued.value(), report); !s.ok())
        return s;
    report.ordersLookedAt += int(page.waiting.size());
    return m_store.settleOrders(nextLook);
}

QDate Outbox::nextLookAt(const store::WaitingOrder& w, const QDate& today, int every, int before, int holdDays)
{
    // Each day on which time alone may change what the schedule does for the order; the
    // earliest after today is when it looks again. Too early costs a look, never a mail.
    QList<QDate> days;
    // The next follow-up round.
    const qint64 waited = std::max<qint64>(0, w.placedAt.date().daysTo(today));
    days << w.placedAt.date().addDays((waited / every + 1) * every);
    if (w.nextPromise.isValid()) {
        // The countdown's first day, and the day after the promise, when the next promised
        // date takes its place.
        days << w.nextPromise.addDays(-before) << w.nextPromise.addDays(1);
    }
    // A lapse counted against today (no promised date to count against) shows the day
    // after the card's last day or the authorization's.
    if (w.risk.payment != PaymentState::Captured) {
        days << cardLastDay(w.risk.cardExpiry).addDays(1);
        if (w.risk.payment == PaymentState::Authorized && w.risk.authorizedAt.isValid())
            days << authorizationLapse(w.risk.authorizedAt, holdDays).addDays(1);
    }
    QDate next;
    for (const QDate& day : std::as_const(days)) {
        if (day.isValid() && day > today && (!next.isValid() || day < next))
            next = day;
    }
    return next.isValid() ? next : today.addDays(1);
}

Result<bool> Outbox::fillSchedule(const QString& mailKind, const Order& order, const QJsonObject& facts,
                                  MailValues& v) const
{
    const MailFormat f = format();
    auto date = [&facts](const char* key) { return core::parseIsoDate(facts.value(QLatin1String(key)).toString()); };
    const QDate today = date("today");
    if (mailKind == kind::FollowUp) {
        const QDate next = date("next_promise");
        v.set(QStringLiteral("days_waited"), QString::number(qint64(facts.value(QStringLiteral("days_waited")).toDouble())));
        setGoodwillCoupon(v, facts);
        v.set(QStringLiteral("countdown"),
              next.isValid()
                  ? f.phrase("Outbox", QT_TRANSLATE_N_NOOP("Outbox", "We expect it on %1, in %n day(s)."),
                             int(today.daysTo(next)))
                        .arg(f.date(next))
                  : f.phrase("Outbox", QT_TRANSLATE_NOOP("Outbox", "Our supplier has not given us "
                                                                   "a date yet; we will tell "
                                                                   "you as soon as we know.")));
    } else if (mailKind == kind::Countdown) {
        const QDate promised = date("promised");
        v.set(QStringLiteral("days_left"), QString::number(today.daysTo(promised)));
        v.set(QStringLiteral("promised_date"), f.date(promised));
    } else {
        v.set(QStringLiteral("lapse_date"), f.date(date("lapse_date")));
        v.set(QStringLiteral("lapse_reason"), facts.value(QStringLiteral("lapse_reason")).toString());
        v.set(QStringLiteral("card_last4"), order.cardLast4);
        v.set(QStringLiteral("promised_date"), f.date(date("promised")));
    }
    return true;
}

QString Outbox::staleReason(const Schedule& schedule, const Waiting* now, const store::MessageCheck& m)
{
    static const QStringList whileWaiting
        = { kind::Confirmation, kind::FollowUp, kind::Countdown, kind::Delay, kind::PaymentUpdate, kind::StockUpdate };
    if (!schedule.enabled.value(m.kind, true))
        return tr("not sent: %1 e-mails are switched off").arg(m.kind);
    if (m.orderId > 0 && whileWaiting.contains(m.kind) && m.waiting == 0)
        return tr("not sent: nothing of the order waits any more");
    if (m.kind == kind::Ready && m.orderId > 0 && m.allocated == 0)
        return tr("not sent: nothing is set aside for the order any more");
    if (!now)
        return {};
    if (m.kind == kind::FollowUp && m.occasion.toInt() < now->latestFollowUp.value(m.orderId))
        return tr("not sent: a newer follow-up replaces it");
    if (m.kind == kind::Countdown && core::toIso(now->nextPromise.value(m.orderId)) != m.occasion)
        return tr("not sent: the promised date has changed");
    if (m.kind == kind::PaymentUpdate && now->payment.value(m.orderId) != m.occasion)
        return tr("not sent: the payment no longer lapses before the promised date");
    return {};
}

Status Outbox::cancelStale(const Schedule& schedule, const Waiting& now, const QList<store::MessageCheck>& messages,
                           ScheduleReport& report)
{
    for (const store::MessageCheck& m : messages) {
        if (!m.pending)
            continue;
        const QString why = staleReason(schedule, &now, m);
        if (why.isEmpty())
            continue;
        if (Status s = m_store.setState(m.id, messageState::Cancelled, why); !s.ok())
            return s;
        ++report.cancelled;
    }
    return {};
}

} // namespace bd::mail
