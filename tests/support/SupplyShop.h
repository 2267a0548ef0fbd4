#pragma once

// The shop the supply-chain tests share: one item, two purchase orders on their way and
// five waiting orders, each purchase order serving some of them.

#include "ShopFixture.h"

#include "services/InsightService.h"
#include "services/MailService.h"

#include <QTest>

namespace bd::test {

// A shop for one test function, on 2 Nov 2026 at 09:00; null (and the test failed) when
// none could be made.
inline void openSupplyShop(std::unique_ptr<ShopFixture>& f)
{
    QString error;
    f = ShopFixture::create(utc(2026, 11, 2, 9, 0), &error);
    QVERIFY2(f, qPrintable(error));
}

// After a test that passed, the shop passes `check`; then it is thrown away.
inline void checkAndClose(std::unique_ptr<ShopFixture>& f)
{
    if (f && !QTest::currentTestFailed()) {
        const core::Result<services::CheckReport> report = services::InsightService(f->shop()).check();
        QVERIFY2(report.ok(), qPrintable(report.errorText()));
        QVERIFY2(report->ok(), qPrintable(report->problems.join(QLatin1Char('\n'))));
    }
    f.reset();
}

// TEE: 0 on hand; PO-1 brings 5 on 5 Dec, PO-2 10 on 10 Jan. Orders A (2), B (2) come
// with PO-1, C (2: its last unit comes with PO-2) and D (3) with PO-2, E (9) waits
// beyond both.
inline void fiveWaitingOrders(ShopFixture& f)
{
    BD_VERIFY_OK(f.addItem(QStringLiteral("TEE"), domain::Policy::Backorder, 0));
    BD_VERIFY_OK(f.addPurchaseOrder(QStringLiteral("PO-1"), QStringLiteral("TEE"), 5, QDate(2026, 12, 5)));
    BD_VERIFY_OK(f.addPurchaseOrder(QStringLiteral("PO-2"), QStringLiteral("TEE"), 10, QDate(2027, 1, 10)));
    const QList<std::pair<QString, int>> orders = {{QStringLiteral("A"), 2}, {QStringLiteral("B"), 2},
                                                   {QStringLiteral("C"), 2}, {QStringLiteral("D"), 3},
                                                   {QStringLiteral("E"), 9}};
    for (const auto& [number, qty] : orders)
        QVERIFY(f.place(number, {{QStringLiteral("TEE"), qty}}).ok());
    QCOMPARE(f.promised(QStringLiteral("TEE")),
             (QStringList{QStringLiteral("2026-12-05"), QStringLiteral("2026-12-05"), QStringLiteral("2027-01-10"),
                          QStringLiteral("2027-01-10"), QString()}));
}

// The stock updates in the outbox as "ORDER:occasion" ("A:shipped: PO-1"), sorted.
inline QStringList stockUpdates(services::Shop& shop)
{
    QStringList out;
    for (const store::OutboxRow& r : must(services::MailService(shop).messages({}))) {
        if (r.kind == QLatin1String("stock_update"))
            out << r.orderNumber + QLatin1Char(':') + r.occasion;
    }
    out.sort();
    return out;
}

} // namespace bd::test
