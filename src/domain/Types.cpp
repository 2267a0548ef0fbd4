#include "Types.h"

namespace bd::domain {

QString toString(Policy policy)
{
    switch (policy) {
    case Policy::Stop:
        return QStringLiteral("stop");
    case Policy::Backorder:
        return QStringLiteral("backorder");
    case Policy::Preorder:
        return QStringLiteral("preorder");
    }
    return {};
}

std::optional<Policy> parsePolicy(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("stop"))
        return Policy::Stop;
    if (t == QLatin1String("backorder"))
        return Policy::Backorder;
    if (t == QLatin1String("preorder"))
        return Policy::Preorder;
    return std::nullopt;
}

QString toString(PaymentState state)
{
    switch (state) {
    case PaymentState::None:
        return QStringLiteral("none");
    case PaymentState::Verified:
        return QStringLiteral("verified");
    case PaymentState::Authorized:
        return QStringLiteral("authorized");
    case PaymentState::Captured:
        return QStringLiteral("captured");
    }
    return {};
}

std::optional<PaymentState> parsePaymentState(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("none"))
        return PaymentState::None;
    if (t == QLatin1String("verified"))
        return PaymentState::Verified;
    if (t == QLatin1String("authorized"))
        return PaymentState::Authorized;
    if (t == QLatin1String("captured"))
        return PaymentState::Captured;
    return std::nullopt;
}

int Order::waitingUnits() const
{
    int n = 0;
    for (const OrderLine& l : lines)
        n += l.waiting;
    return n;
}

int Order::allocatedUnits() const
{
    int n = 0;
    for (const OrderLine& l : lines)
        n += l.allocated;
    return n;
}

QString Order::stateName() const
{
    int qty = 0, cancelled = 0, shipped = 0, waiting = 0, allocated = 0;
    for (const OrderLine& l : lines) {
        qty += l.qty;
        cancelled += l.cancelled;
        shipped += l.shipped;
        waiting += l.waiting;
        allocated += l.allocated;
    }
    if (qty == cancelled)
        return QStringLiteral("cancelled");
    if (waiting == 0 && allocated == 0)
        return QStringLiteral("shipped");
    if (shipped > 0)
        return QStringLiteral("partly shipped");
    if (waiting == 0)
        return QStringLiteral("ready");
    if (allocated > 0)
        return QStringLiteral("partly allocated");
    return QStringLiteral("waiting");
}

} // namespace bd::domain
