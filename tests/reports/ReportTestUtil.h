#pragma once

// A small shop for the report tests, made through the services with a fixed clock so
// every report comes out the same each run; and helpers to read PDFs back with
// poppler-utils (pdftotext, pdfinfo).

#include <QTest>

#include "ShopFixture.h"

#include "services/CatalogService.h"
#include "services/OrderService.h"
#include "services/ShippingService.h"
#include "services/StockService.h"
#include "store/Config.h"

#include <QProcess>
#include <QRegularExpression>

namespace bd::test {

// The time every report of the fixture is made at.
inline QDateTime reportTime()
{
    return utc(2026, 12, 15, 10, 0);
}

inline core::Status addItem(ShopFixture& f, const QString& sku, const QString& name, domain::Policy policy, int onHand,
                            const QString& attributes, qint64 priceMinor)
{
    services::ItemInput input;
    input.item.sku = sku;
    input.item.name = name;
    input.item.priceMinor = priceMinor;
    input.item.policy = policy;
    input.item.attributes = attributes;
    input.onHand = onHand;
    return services::CatalogService(f.shop()).saveItems({input});
}

inline core::Result<services::PlacedOrder> placeOrder(ShopFixture& f, const QString& number, const QString& name,
                                                      const QList<LineSpec>& lines, domain::PaymentState payment,
                                                      const QString& cardExpiry = {})
{
    domain::NewOrder order = f.newOrder(number, lines, payment, {}, cardExpiry);
    order.customerName = name;
    order.shipToName = name;
    order.shipToAddress = QStringLiteral("%1 Harbour Street, 8000 Aarhus").arg(number.right(1));
    if (!cardExpiry.isEmpty())
        order.cardLast4 = QStringLiteral("4242");
    auto placed = services::OrderService(f.shop()).place(order);
    f.tick();
    return placed;
}

// November and December 2026: three items, seven orders, a purchase order, a receipt
// (DEL-1) that serves two waiting orders, shipments (one partial), cancellations.
// Customer names that must come out literally: "<b>x</b>", and formulas a spreadsheet
// must not run ("=1+2", "=HYPERLINK(...)").
inline void buildFixture(ShopFixture& f)
{
    using domain::PaymentState;
    using domain::Policy;
    BD_VERIFY_OK(f.shop().config().set(store::settings::ShopName, QStringLiteral("Fjord & Co <Test>")));
    BD_VERIFY_OK(addItem(f, QStringLiteral("MUG-RED"), QStringLiteral("Mug, red"), Policy::Backorder, 2,
                         QStringLiteral("Color=Red; Size=M"), 1250));
    BD_VERIFY_OK(addItem(f, QStringLiteral("MUG-BLU"), QStringLiteral("Mug, blue"), Policy::Backorder, 0,
                         QStringLiteral("Color=Blue; Size=M"), 1250));
    BD_VERIFY_OK(addItem(f, QStringLiteral("CAP-BLK"), QStringLiteral("Cap, black"), Policy::Stop, 5,
                         QStringLiteral("Color=Black; Size=L"), 2000));
    f.tick(3600);
    // 1 Nov: 1001 gets the two mugs on hand and waits for one; the rest wait.
    BD_VERIFY_OK(placeOrder(f, QStringLiteral("1001"), QStringLiteral("<b>x</b>"),
                            {{QStringLiteral("MUG-RED"), 3}, {QStringLiteral("CAP-BLK"), 1}}, PaymentState::Captured));
    BD_VERIFY_OK(placeOrder(f, QStringLiteral("1002"), QStringLiteral("Bo Berg"), {{QStringLiteral("MUG-RED"), 2}},
                            PaymentState::Authorized, QStringLiteral("2026-12")));
    BD_VERIFY_OK(placeOrder(f, QStringLiteral("1003"), QStringLiteral("=1+2"), {{QStringLiteral("MUG-BLU"), 4}},
                            PaymentState::None));
    BD_VERIFY_OK(f.addPurchaseOrder(QStringLiteral("PO-1"), QStringLiteral("MUG-RED"), 6, QDate(2026, 11, 10)));
    // 5 Nov
    f.clock().set(utc(2026, 11, 5, 9));
    BD_VERIFY_OK(placeOrder(f, QStringLiteral("1004"), QStringLiteral("Clara Dahl"),
                            {{QStringLiteral("MUG-BLU"), 2}, {QStringLiteral("CAP-BLK"), 2}}, PaymentState::Captured));
    BD_VERIFY_OK(placeOrder(f, QStringLiteral("1005"), QStringLiteral("Søren Åse"), {{QStringLiteral("MUG-RED"), 1}},
                            PaymentState::Verified, QStringLiteral("2027-05")));
    // 10 Nov: delivery DEL-1 of 4 mugs: 1001's last one and 1002's two, one more to 1005.
    f.clock().set(utc(2026, 11, 10, 8));
    {
        services::ReceiveRequest request{QStringLiteral("MUG-RED"), 4, QStringLiteral("DEL-1"), QStringLiteral("PO-1"), {}, 0};
        BD_VERIFY_OK(services::StockService(f.shop()).receive({request}, {}));
    }
    f.clock().set(utc(2026, 11, 11, 14));
    BD_VERIFY_OK(services::ShippingService(f.shop()).ship(QStringLiteral("1001"), services::ShipOptions{false, false, QStringLiteral("TRK1")}));
    BD_VERIFY_OK(services::ShippingService(f.shop()).ship(QStringLiteral("1002"), services::ShipOptions{false, true, QStringLiteral("TRK2")}));
    // 1004 ships its caps now, the mugs follow.
    BD_VERIFY_OK(services::ShippingService(f.shop()).ship(QStringLiteral("1004"), services::ShipOptions{true, false, QStringLiteral("TRK3")}));
    // 20 Nov: 1006 waits for a blue mug; 1 Dec 1003 gives up on its blue mugs.
    f.clock().set(utc(2026, 11, 20, 12));
    BD_VERIFY_OK(placeOrder(f, QStringLiteral("1006"), QStringLiteral("=HYPERLINK(\"x\")"), {{QStringLiteral("MUG-BLU"), 1}},
                            PaymentState::Authorized));
    f.clock().set(utc(2026, 12, 1, 16));
    BD_VERIFY_OK(services::OrderService(f.shop()).cancel(QStringLiteral("1003"), {}, QStringLiteral("waited too long")));
    f.clock().set(utc(2026, 12, 3, 10));
    BD_VERIFY_OK(placeOrder(f, QStringLiteral("1007"), QStringLiteral("Jonas Lund"), {{QStringLiteral("MUG-RED"), 2}},
                            PaymentState::Captured));
    f.clock().set(reportTime());
}

// The text of a PDF, page by page (pdftotext -layout; pages end with a form feed).
inline QStringList pdfPages(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                                          QStringLiteral("-")});
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return {};
    QStringList pages = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// pdfinfo's fields ("Pages", "Page size").
inline QString pdfInfo(const QString& pdf, const QString& field)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    if (!p.waitForFinished(60000))
        return {};
    for (const QString& line : QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        if (line.startsWith(field + QLatin1Char(':')))
            return line.mid(field.size() + 1).trimmed();
    }
    return {};
}

// Collapses runs of spaces, so a check does not depend on pdftotext's column layout.
inline QString squeezed(const QString& text)
{
    static const QRegularExpression spaces(QStringLiteral("[ \\t]+"));
    return QString(text).replace(spaces, QStringLiteral(" "));
}

} // namespace bd::test
