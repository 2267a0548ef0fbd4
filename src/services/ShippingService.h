#pragma once

#include "core/Result.h"
#include "services/Shop.h"

#include <QCoreApplication>
#include <QHash>

namespace bd::services {

struct ShipOptions
{
    bool partial = false;     // ship what is allocated although units still wait
    bool allowUnpaid = false; // ship although payment is not captured
    QString tracking;
};

// What the window's Ship dialog chooses beyond ShipOptions.
struct ShipChoice
{
    // The parcel's carrier ("PostNord", "DHL"); leads the tracking text the customer reads.
    QString carrier;
    // Units to ship per order line id, at most what is allocated to it; empty: everything
    // allocated. A line not named ships nothing. Units allocated and not shipped stay
    // reserved for the order, and make the shipment partial.
    QHash<qint64, int> quantities;
};

struct ShippedLine
{
    QString sku;
    int qty = 0;
    int shippedBefore = 0;
    int stillToCome = 0;
};

struct Shipment
{
    qint64 id = 0;
    QString orderNumber;
    bool partial = false;
    QList<ShippedLine> lines;
};

class ShippingService
{
    Q_DECLARE_TR_FUNCTIONS(ShippingService)

public:
    explicit ShippingService(Shop& shop)
        : m_shop(shop)
    {
    }

    // Ships what is allocated for an order (or the chosen part of it, see ShipOptions). A preorder item is not shipped before its
    // release date. Shipping while units still wait is a partial shipment: only when
    // asked for, never for an order held until complete, extra shipping cost waived.
    core::Result<Shipment> ship(const QString& orderNumber, const ShipOptions& options, const ShipChoice& choice = {});
    // The lines of `order` that cannot ship yet however much is allocated to them: a
    // pre-order item before its release date (line id -> that date).
    core::Result<QHash<qint64, QDate>> notYetReleased(const domain::Order& order);

private:
    Shop& m_shop;
};

} // namespace bd::services
