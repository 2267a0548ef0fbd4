#include "InsightService.h"

#include "core/Text.h"
#include "domain/Rules.h"
#include "services/OrderService.h"
#include "services/QueueService.h"
#include "store/ItemStore.h"
#include "store/CustomerStore.h"
#include "store/EventStore.h"
#include "store/LedgerStore.h"
#include "store/OrderStore.h"

#include <QRegularExpression>

using bd::core::Result;
using bd::core::Status;
using namespace bd::domain;

namespace bd::services {

QList<RiskRow> InsightService::lapsesOf(const store::RiskCandidate& c, const QDate& today, int holdDays)
{
    QList<RiskRow> lapses;
    if (c.waiting == 0)
        return lapses;
    // Once the payment is captured, neither the card nor the hold can lapse any more.
    // With no promised date yet, only what has lapsed already is certain to be a risk.
    const bool promised = c.latestPromise.isValid();
    const PaymentLapses lapse = paymentLapsesBefore(c.payment, c.cardExpiry, c.authorizedAt, c.latestPromise, today,
                                                    holdDays);
    if (lapse.card.isValid())
        lapses << RiskRow{QStringLiteral("lapses"), c.orderNumber, c.customerEmail,
                          paymentLapseReason(true, promised, lapse.card < today), lapse.card, c.latestPromise,
                          c.payment, c.orderId};
    if (lapse.authorization.isValid())
        lapses << RiskRow{QStringLiteral("lapses"), c.orderNumber, c.customerEmail,
                          paymentLapseReason(false, promised, lapse.authorization < today), lapse.authorization,
                          c.latestPromise, c.payment, c.orderId};
    return lapses;
}

Result<QList<RiskRow>> InsightService::paymentRisk()
{
    const int holdDays = m_shop.config().integer(store::settings::AuthHoldDays);
    QList<RiskRow> lapses;
    QList<RiskRow> capture;
    const QDate today = m_shop.clock().today();
    const QString notCaptured = tr("allocated, payment not captured");
    const Status read = m_shop.orders().forEachRiskCandidate([&](const store::RiskCandidate& c) {
        lapses << lapsesOf(c, today, holdDays);
        if (c.allocated > 0 && c.payment != PaymentState::Captured)
            capture << RiskRow{QStringLiteral("capture"), c.orderNumber, c.customerEmail, notCaptured, QDate(), QDate(),
                               c.payment, c.orderId};
    });
    if (!read.ok())
        return read.errors();
    // Soonest lapse first: that customer needs asking first.
    std::stable_sort(lapses.begin(), lapses.end(),
                     [](const RiskRow& a, const RiskRow& b) { return a.lapseDate < b.lapseDate; });
    return lapses + capture;
}

Result<QStringList> InsightService::ordersAtRisk()
{
    const int holdDays = m_shop.config().integer(store::settings::AuthHoldDays);
    const QDate today = m_shop.clock().today();
    const Result<QList<store::RiskCandidate>> candidates = m_shop.orders().waitingUnpaid();
    if (!candidates)
        return candidates.errors();
    QStringList numbers;
    for (const store::RiskCandidate& c : candidates.value()) {
        if (paymentAtRisk(c.payment, c.cardExpiry, c.authorizedAt, c.latestPromise, today, holdDays))
            numbers << c.orderNumber;
    }
    return numbers;
}

Result<CheckReport> InsightService::check()
{
    CheckReport report;
    store::LedgerStore& ledger = m_shop.ledger();
    const Result<QList<store::LedgerCheckRow>> rows = ledger.ledgerCheck();
    if (!rows)
        return rows.errors();
    report.items = int(rows->size());
    for (const store::LedgerCheckRow& r : rows.value()) {
        if (r.onHand != r.ledgerSum)
            report.problems << tr("%1: on hand %2, but the ledger sums to %3").arg(r.sku).arg(r.onHand).arg(r.ledgerSum);
        if (r.allocated != r.linesAllocated)
            report.problems << tr("%1: allocated %2, but order lines hold %3").arg(r.sku).arg(r.allocated).arg(r.linesAllocated);
        if (r.waiting != r.linesWaiting)
            report.problems << tr("%1: waiting %2, but order lines wait for %3").arg(r.sku).arg(r.waiting).arg(r.linesWaiting);
        if (r.allocated > r.onHand)
            report.problems << tr("%1: %2 allocated but only %3 on hand").arg(r.sku).arg(r.allocated).arg(r.onHand);
    }
    const Result<QStringList> lines = ledger.lineConsistencyProblems();
    if (!lines)
        return lines.errors();
    report.problems << lines.value();
    return report;
}

Result<QList<Event>> InsightService::history(const QString& orderNumber, const QString& sku)
{
    if (!orderNumber.isEmpty()) {
        const Result<Order> order = OrderService(m_shop).findOrder(orderNumber);
        if (!order)
            return order.errors();
        return m_shop.events().eventsForOrder(order->id);
    }
    const Result<Item> item = store::required(m_shop.items().itemBySku(sku),
                                              [&] { return core::fail(tr("unknown SKU '%1'").arg(sku)); });
    if (!item)
        return item.errors();
    return m_shop.events().eventsForItem(item->id);
}

Result<QString> InsightService::issueCoupon(const CouponRequest& request)
{
    if (Status s = core::Text::checkFields({ { QStringLiteral("reason"), request.reason } }); !s.ok())
        return s.errors();
    store::CustomerStore& customers = m_shop.customers();
    QString code;
    const Status status = m_shop.transact([&](DirtyItems&) -> Status {
        const Result<Customer> customer = store::required(customers.customerByEmail(request.customerEmail), [&] {
            return core::fail(tr("unknown customer '%1'").arg(request.customerEmail));
        });
        if (!customer)
            return customer.errors();
        if (request.percent.has_value() == request.amountMinor.has_value())
            return core::fail(tr("a coupon is either a percentage or an amount"));
        if (request.percent && (*request.percent <= 0 || *request.percent > 100))
            return core::Error{tr("a percentage from 1 to 100"), {}, 0, QStringLiteral("percent")};
        if (request.amountMinor && *request.amountMinor <= 0)
            return core::Error{tr("an amount above 0"), {}, 0, QStringLiteral("amount")};
        if (request.reason.trimmed().isEmpty())
            return core::Error{tr("a coupon needs a reason"), {}, 0, QStringLiteral("reason")};
        for (;;) {
            code = domain::newCouponCode();
            const Result<bool> taken = customers.couponCodeExists(code);
            if (!taken)
                return taken.errors();
            if (!taken.value())
                break;
        }
        store::CouponRow row;
        row.code = code;
        row.customerEmail = customer->email;
        row.percent = request.percent;
        row.amountMinor = request.amountMinor;
        row.currency = m_shop.config().text(store::settings::ShopCurrency);
        row.reason = request.reason.trimmed();
        row.createdAt = m_shop.now();
        if (Status s = customers.insertCoupon(row, customer->id); !s.ok())
            return s;
        return m_shop.events().addEvent(m_shop.now(), QStringLiteral("coupon"), 0, 0, customer->id,
                              code + QStringLiteral(": ") + row.reason);
    });
    if (!status.ok())
        return status.errors();
    return code;
}

} // namespace bd::services
