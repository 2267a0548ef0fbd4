#pragma once

// A small shop for the orders, customers and new-order tests, made through the
// services on the context's own database, with a fixed clock the test moves on.

#include "AppContext.h"
#include "ScriptedPrompter.h"
#include "ServerShop.h"
#include "TempShop.h"
#include "Verify.h"
#include "services/CatalogService.h"
#include "services/OrderService.h"
#include "services/Shop.h"
#include "store/CustomerStore.h"
#include "store/ItemStore.h"
#include "store/OrderStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The name these tests have used for BD_VERIFY_OK.
#define BD_UI_VERIFY_OK(expr) BD_VERIFY_OK(expr)

namespace bd::test {

class OrdersTestShop
{
public:
    OrdersTestShop()
    {
        auto clock = std::make_unique<core::FixedClock>(fixedNow());
        m_clock = clock.get();
        context = std::make_unique<ui::AppContext>(std::move(clock));
        auto scripted = std::make_unique<ScriptedPrompter>();
        prompter = scripted.get();
        context->setPrompter(std::move(scripted));
    }

    // Opens a new database in a temporary folder; false (with a test failure) when not.
    bool open()
    {
        const core::Status opened = context->openDatabase(shopLocation(m_dir.filePath(QStringLiteral("shop.sqlite"))));
        if (!opened.ok()) {
            qWarning("%s", qPrintable(opened.errorText()));
            return false;
        }
        return true;
    }

    services::Shop& shop() { return *context->shop(); }
    core::FixedClock& clock() { return *m_clock; }
    void tick(int seconds = 60) { m_clock->advanceSeconds(seconds); }

    core::Status addItem(const QString& sku, domain::Policy policy, int onHand, const QDate& expected = {},
                         qint64 priceMinor = 1000)
    {
        services::ItemInput input;
        input.item.sku = sku;
        input.item.name = QStringLiteral("Item ") + sku;
        input.item.priceMinor = priceMinor;
        input.item.currency = QStringLiteral("EUR");
        input.item.policy = policy;
        input.item.expectedDate = expected;
        input.onHand = onHand;
        return services::CatalogService(shop()).saveItems({ input });
    }

    core::Status addPurchaseOrder(const QString& po, const QString& sku, int qty, const QDate& expected)
    {
        services::PurchaseOrderLineInput line;
        line.poNumber = po;
        line.supplier = QStringLiteral("Supplier");
        line.sku = sku;
        line.qty = qty;
        line.expected = expected;
        return services::CatalogService(shop()).savePurchaseOrderLines({ line });
    }

    // Places an order now and moves the clock on by a minute.
    core::Status place(const QString& number, const QString& email, const QString& name,
                       const QList<std::pair<QString, int>>& lines,
                       domain::PaymentState payment = domain::PaymentState::Captured, const QString& cardExpiry = {})
    {
        domain::NewOrder order;
        order.number = number;
        order.placedAt = m_clock->now();
        order.customerEmail = email;
        order.customerName = name;
        order.payment = payment;
        order.cardExpiry = cardExpiry;
        for (const auto& [sku, qty] : lines)
            order.lines << domain::NewOrderLine { sku, qty, std::nullopt, 0 };
        const auto placed = services::OrderService(shop()).place(order);
        tick();
        return placed;
    }

    domain::Order order(const QString& number)
    {
        return must(shop().orders().orderByNumber(number)).value_or(domain::Order {});
    }

    domain::OrderLine line(const QString& number, const QString& sku)
    {
        for (const domain::OrderLine& l : order(number).lines) {
            if (l.sku == sku)
                return l;
        }
        return {};
    }

    std::unique_ptr<ui::AppContext> context;
    ScriptedPrompter* prompter = nullptr;

private:
    QTemporaryDir m_dir;
    core::FixedClock* m_clock = nullptr;
};

// The orders most tests start from (clock: 5 Nov 2024, 09:00 UTC):
//   MUG   backorder, 3 on hand          CAP backorder, none, expected 1 Dec 2024
//   TEE   stop, 10 on hand
//   1001  alice  MUG x2                 ready            captured
//   1002  bob    MUG x3                 partly allocated authorized (1 allocated, 2 waiting)
//   1003  carol  MUG x1                 waiting          captured
//   1004  dave   TEE x1, CAP x2         partly allocated verified, card expires 2024-11
inline void fillOrders(OrdersTestShop& t)
{
    BD_UI_VERIFY_OK(t.addItem(QStringLiteral("MUG"), domain::Policy::Backorder, 3));
    BD_UI_VERIFY_OK(t.addItem(QStringLiteral("TEE"), domain::Policy::Stop, 10));
    BD_UI_VERIFY_OK(t.addItem(QStringLiteral("CAP"), domain::Policy::Backorder, 0, QDate(2024, 12, 1)));
    BD_UI_VERIFY_OK(t.place(QStringLiteral("1001"), QStringLiteral("alice@example.com"), QStringLiteral("Alice Archer"),
                            { { QStringLiteral("MUG"), 2 } }));
    BD_UI_VERIFY_OK(t.place(QStringLiteral("1002"), QStringLiteral("bob@example.com"), QStringLiteral("Bob Baker"),
                            { { QStringLiteral("MUG"), 3 } }, domain::PaymentState::Authorized));
    BD_UI_VERIFY_OK(t.place(QStringLiteral("1003"), QStringLiteral("carol@example.com"), QStringLiteral("Carol Cook"),
                            { { QStringLiteral("MUG"), 1 } }));
    BD_UI_VERIFY_OK(t.place(QStringLiteral("1004"), QStringLiteral("dave@example.com"), QStringLiteral("Dave Dyer"),
                            { { QStringLiteral("TEE"), 1 }, { QStringLiteral("CAP"), 2 } },
                            domain::PaymentState::Verified, QStringLiteral("2024-11")));
}

} // namespace bd::test
