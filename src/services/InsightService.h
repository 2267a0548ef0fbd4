#pragma once

#include "core/Result.h"
#include "domain/Types.h"
#include "services/Shop.h"
#include "store/OrderStore.h"

#include <QCoreApplication>

namespace bd::services {

struct RiskRow
{
    QString list; // "lapses" (card or authorization lapses before the promise) or "capture"
    QString orderNumber;
    QString customerEmail;
    QString reason;
    QDate lapseDate;
    QDate promisedDate;
    domain::PaymentState payment = domain::PaymentState::None;
    qint64 orderId = 0;
};

struct CheckReport
{
    QStringList problems;
    int items = 0;
    bool ok() const { return problems.isEmpty(); }
};

struct CouponRequest
{
    QString customerEmail;
    std::optional<int> percent;
    std::optional<qint64> amountMinor;
    QString reason;
};

// Read-only views over the shop, and the few small actions that go with them.
class InsightService
{
    Q_DECLARE_TR_FUNCTIONS(InsightService)

public:
    explicit InsightService(Shop& shop)
        : m_shop(shop)
    {
    }

    // Waiting orders whose card or authorization lapses before their promised date,
    // then orders with allocated units whose payment is not captured.
    core::Result<QList<RiskRow>> paymentRisk();
    // The numbers of the orders the first part of paymentRisk() names, in no order, read
    // and judged without the rest (the Orders page's filter, the dashboard's count).
    core::Result<QStringList> ordersAtRisk();
    // The rule's answer for one order: its card and authorization lapses before its
    // latest promised date (none once the payment is captured or nothing waits).
    static QList<RiskRow> lapsesOf(const store::RiskCandidate& candidate, const QDate& today, int holdDays);
    // Proves the caches against the ledger and the lines, and the queue rules.
    core::Result<CheckReport> check();
    // The history of an order, or else of the item with that SKU.
    core::Result<QList<domain::Event>> history(const QString& orderNumber, const QString& sku);

    core::Result<QString> issueCoupon(const CouponRequest& request);

private:
    Shop& m_shop;
};

} // namespace bd::services
