#include "Exporter.h"

#include "csv/CsvWriter.h"
#include "domain/Rules.h"

#include <QBuffer>

using namespace bd::domain;

namespace bd::csv {

std::optional<Exporter::Kind> Exporter::parseKind(const QString& name)
{
    if (name == QLatin1String("items"))
        return Kind::Items;
    if (name == QLatin1String("customers"))
        return Kind::Customers;
    if (name == QLatin1String("orders"))
        return Kind::Orders;
    if (name == QLatin1String("waiting"))
        return Kind::Waiting;
    if (name == QLatin1String("coupons"))
        return Kind::Coupons;
    return std::nullopt;
}

QStringList Exporter::kindNames()
{
    return {QStringLiteral("items"), QStringLiteral("customers"), QStringLiteral("orders"), QStringLiteral("waiting"),
            QStringLiteral("coupons")};
}

QByteArray Exporter::exportCsv(Kind kind)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter out(&buffer);
    store::ShopStore& store = m_shop.store();
    switch (kind) {
    case Kind::Items: {
        out.writeRow({QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("price"), QStringLiteral("on_hand"),
                      QStringLiteral("policy"), QStringLiteral("backorder_limit"), QStringLiteral("expected_date"),
                      QStringLiteral("attributes"), QStringLiteral("release_date"), QStringLiteral("allocated"),
                      QStringLiteral("waiting")});
        const int pageSize = 2000;
        for (int offset = 0;; offset += pageSize) {
            const QList<Item> page = store.listItems({}, offset, pageSize);
            for (const Item& i : page)
                out.writeRow({i.sku, i.name, formatMinor(i.priceMinor), QString::number(i.onHand), toString(i.policy),
                              i.backorderLimit ? QString::number(*i.backorderLimit) : QString(),
                              core::toIso(i.expectedDate), i.attributes, core::toIso(i.releaseDate),
                              QString::number(i.allocated), QString::number(i.waiting)});
            if (page.size() < pageSize)
                break;
        }
        break;
    }
    case Kind::Customers:
        out.writeRow({QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("address")});
        store.forEachCustomer([&](const Customer& c) { out.writeRow({c.email, c.name, c.phone, c.address}); });
        break;
    case Kind::Orders:
        out.writeRow({QStringLiteral("order_number"), QStringLiteral("placed_at"), QStringLiteral("customer_email"),
                      QStringLiteral("customer_name"), QStringLiteral("sku"), QStringLiteral("qty"),
                      QStringLiteral("unit_price"), QStringLiteral("payment_state"), QStringLiteral("card_last4"),
                      QStringLiteral("card_expiry"), QStringLiteral("ship_to_name"), QStringLiteral("ship_to_address"),
                      QStringLiteral("hold_until_complete"), QStringLiteral("qty_allocated"),
                      QStringLiteral("qty_shipped"), QStringLiteral("qty_waiting"), QStringLiteral("qty_cancelled"),
                      QStringLiteral("promised_date")});
        store.forEachOrder([&](const Order& o) {
            for (const OrderLine& l : o.lines)
                out.writeRow({o.number, core::toIso(o.placedAt), o.customerEmail, o.customerName, l.sku,
                              QString::number(l.qty), formatMinor(l.unitPriceMinor), toString(o.payment), o.cardLast4,
                              o.cardExpiry, o.shipToName, o.shipToAddress,
                              o.holdUntilComplete ? QStringLiteral("yes") : QStringLiteral("no"),
                              QString::number(l.allocated), QString::number(l.shipped), QString::number(l.waiting),
                              QString::number(l.cancelled), core::toIso(l.promisedDate)});
        });
        break;
    case Kind::Waiting:
        out.writeRow({QStringLiteral("sku"), QStringLiteral("order_number"), QStringLiteral("customer_email"),
                      QStringLiteral("placed_at"), QStringLiteral("qty_waiting"), QStringLiteral("position"),
                      QStringLiteral("promised_date")});
        store.forEachWaitingLine(0, [&](const WaitingLine& w) {
            out.writeRow({w.sku, w.orderNumber, w.customerEmail, core::toIso(w.placedAt), QString::number(w.qtyWaiting),
                          QString::number(w.position), core::toIso(w.promisedDate)});
        });
        break;
    case Kind::Coupons:
        out.writeRow({QStringLiteral("code"), QStringLiteral("customer_email"), QStringLiteral("percent"),
                      QStringLiteral("amount"), QStringLiteral("currency"), QStringLiteral("reason"),
                      QStringLiteral("created_at")});
        for (const store::CouponRow& c : store.coupons())
            out.writeRow({c.code, c.customerEmail, c.percent ? QString::number(*c.percent) : QString(),
                          c.amountMinor ? formatMinor(*c.amountMinor) : QString(), c.currency, c.reason,
                          core::toIso(c.createdAt)});
        break;
    }
    return bytes;
}

} // namespace bd::csv
