#pragma once

#include "core/Result.h"
#include "domain/Types.h"
#include "mail/Templates.h"
#include "services/Shop.h"

#include <QCoreApplication>

namespace bd::services {

struct PlacedLine
{
    QString sku;
    int qty = 0;
    int allocated = 0;
    int waiting = 0;
    QDate promised; // when the waiting units are promised to ship (filled by preview)
};

struct PlacedOrder
{
    QString number;
    QList<PlacedLine> lines;
};

struct PaymentUpdate
{
    domain::PaymentState state = domain::PaymentState::None;
    std::optional<QString> cardLast4;
    std::optional<QString> cardExpiry; // YYYY-MM
    QDateTime authorizedAt;            // defaults to now when the state becomes authorized
};

// Orders: placing them under the item policies, cancelling, queue priority, payment
// state and holding until complete.
class OrderService
{
    Q_DECLARE_TR_FUNCTIONS(OrderService)

public:
    explicit OrderService(Shop& shop)
        : m_shop(shop)
    {
    }

    // Places one order as one action: each line takes what is available, the rest
    // waits (backorder, preorder) — or the whole order is refused (stop, limit).
    core::Result<PlacedOrder> place(const domain::NewOrder& order);
    // The same rules inside the caller's transaction (import places many orders in one).
    core::Result<PlacedOrder> placeWithin(const domain::NewOrder& order, DirtyItems& dirty);
    // What placing the order would do, without saving anything, with the date each
    // line's waiting units would be promised for.
    core::Result<PlacedOrder> preview(const domain::NewOrder& order);

    // Cancels every open unit of an order, or of one SKU of it when sku is given.
    // `reason` is the shop's record (history, reports) and never reaches the customer;
    // `customerMessage`, when given, is what the cancellation e-mail tells them.
    core::Status cancel(const QString& orderNumber, const QString& sku, const QString& reason,
                        const QString& customerMessage = QString());
    // The cancellation e-mail that cancel() with this customer message would queue, as
    // the customer reads it; empty when none would be sent.
    core::Result<std::optional<mail::RenderedMail>> previewCancellation(const QString& orderNumber, const QString& sku,
                                                                        const QString& customerMessage);
    core::Status setPriority(const QString& orderNumber, bool priority, const QString& reason);
    core::Status setPayment(const QString& orderNumber, const PaymentUpdate& update);
    core::Status setHoldUntilComplete(const QString& orderNumber, bool hold);

    // The order with its lines; "unknown order" when there is none.
    core::Result<domain::Order> findOrder(const QString& orderNumber);

private:
    Shop& m_shop;
};

} // namespace bd::services
