#pragma once

#include "core/Result.h"
#include "services/Shop.h"

#include <QCoreApplication>

namespace bd::services {

struct ShipOptions
{
    bool partial = false;     // ship what is allocated although units still wait
    bool allowUnpaid = false; // ship although payment is not captured
    QString tracking;
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

    // Ships what is allocated for an order. A preorder item is not shipped before its
    // release date. Shipping while units still wait is a partial shipment: only when
    // asked for, never for an order held until complete, extra shipping cost waived.
    core::Result<Shipment> ship(const QString& orderNumber, const ShipOptions& options);

private:
    Shop& m_shop;
};

} // namespace bd::services
