#pragma once

// A throw-away shop for engine tests: a fresh SQLite file in a temporary directory, a
// fixed clock the test moves on by hand, and terse helpers to add items and orders.

#include "core/Clock.h"
#include "domain/Types.h"
#include "services/CatalogService.h"
#include "services/OrderService.h"
#include "services/Shop.h"
#include "services/StockService.h"
#include "store/Database.h"
#include "store/CustomerStore.h"
#include "store/EventStore.h"
#include "store/ItemStore.h"
#include "store/LedgerStore.h"
#include "store/OrderStore.h"
#include "store/PurchaseStore.h"
#include "store/QueueStore.h"
#include "../support/Must.h"

#include "Verify.h"

#include <QTemporaryDir>

#include "ServerShop.h"

#include <memory>

namespace bd::test {

struct LineSpec
{
    QString sku;
    int qty = 0;
};

class ShopFixture
{
public:
    // Empty when the database could not be opened; `error` says why.
    static std::unique_ptr<ShopFixture> create(const QDateTime& start, QString* error)
    {
        auto fixture = std::unique_ptr<ShopFixture>(new ShopFixture(start));
        if (!fixture->m_dir.isValid()) {
            *error = QStringLiteral("no temporary directory");
            return nullptr;
        }
        // A file, or a fresh database on the run's server (BD_TEST_ENGINE=postgresql).
        const QString location = newShopLocation(fixture->m_dir, QStringLiteral("shop.sqlite"), error);
        if (location.isEmpty())
            return nullptr;
        auto db = store::Database::open(location);
        if (!db.ok()) {
            *error = db.errorText();
            return nullptr;
        }
        fixture->m_db = db.takeValue();
        fixture->m_shop = std::make_unique<services::Shop>(*fixture->m_db, fixture->m_clock);
        return fixture;
    }

    services::Shop& shop() { return *m_shop; }
    core::FixedClock& clock() { return m_clock; }
    QString dir() const { return m_dir.path(); }

    // Moves time on, so every action has its own moment.
    void tick(int seconds = 60) { m_clock.advanceSeconds(seconds); }

    core::Status addItem(const QString& sku, domain::Policy policy, int onHand, std::optional<int> backorderLimit = {},
                         const QDate& expected = {}, const QDate& release = {}, qint64 priceMinor = 1000)
    {
        services::ItemInput input;
        input.item.sku = sku;
        input.item.name = QStringLiteral("Item ") + sku;
        input.item.priceMinor = priceMinor;
        input.item.policy = policy;
        input.item.backorderLimit = backorderLimit;
        input.item.expectedDate = expected;
        input.item.releaseDate = release;
        input.onHand = onHand;
        return services::CatalogService(*m_shop).saveItems({input});
    }

    // Places an order now (then moves the clock on by a minute).
    core::Result<services::PlacedOrder> place(const QString& number, const QList<LineSpec>& lines,
                                              domain::PaymentState payment = domain::PaymentState::Captured,
                                              const QString& email = {}, const QString& cardExpiry = {})
    {
        domain::NewOrder order = newOrder(number, lines, payment, email, cardExpiry);
        auto placed = services::OrderService(*m_shop).place(order);
        tick();
        return placed;
    }

    domain::NewOrder newOrder(const QString& number, const QList<LineSpec>& lines,
                              domain::PaymentState payment = domain::PaymentState::Captured, const QString& email = {},
                              const QString& cardExpiry = {}) const
    {
        domain::NewOrder order;
        order.number = number;
        order.placedAt = m_clock.now();
        order.customerEmail = email.isEmpty() ? number.toLower() + QStringLiteral("@example.com") : email;
        order.customerName = QStringLiteral("Customer ") + number;
        order.payment = payment;
        order.cardExpiry = cardExpiry;
        for (const LineSpec& l : lines)
            order.lines << domain::NewOrderLine{l.sku, l.qty, std::nullopt, 0};
        return order;
    }

    core::Result<QList<domain::CrossDockRow>> receive(const QString& sku, int qty, bool completeOnly = false,
                                                      const QString& po = {}, bool preview = false)
    {
        services::ReceiveRequest request;
        request.sku = sku;
        request.qty = qty;
        request.reference = QStringLiteral("DEL-") + QString::number(++m_receipts);
        request.poNumber = po;
        services::ReceiveOptions options;
        options.completeOnly = completeOnly;
        options.preview = preview;
        auto rows = services::StockService(*m_shop).receive({request}, options);
        tick();
        return rows;
    }

    core::Status addPurchaseOrder(const QString& po, const QString& sku, int qty, const QDate& expected)
    {
        services::PurchaseOrderLineInput line;
        line.poNumber = po;
        line.supplier = QStringLiteral("Supplier");
        line.sku = sku;
        line.qty = qty;
        line.expected = expected;
        const core::Status s = services::CatalogService(*m_shop).savePurchaseOrderLines({line});
        tick();
        return s;
    }

    domain::Item item(const QString& sku) { return must(m_shop->items().itemBySku(sku)).value_or(domain::Item{}); }

    domain::Order order(const QString& number)
    {
        return must(m_shop->orders().orderByNumber(number)).value_or(domain::Order{});
    }

    // The first line of an order for a SKU (an empty line when there is none).
    domain::OrderLine line(const QString& number, const QString& sku)
    {
        for (const domain::OrderLine& l : order(number).lines) {
            if (l.sku == sku)
                return l;
        }
        return {};
    }

    // An item's queue as "ORDER:waiting" in queue order.
    QStringList queue(const QString& sku)
    {
        QStringList out;
        const std::optional<domain::Item> it = must(m_shop->items().itemBySku(sku));
        if (!it)
            return {QStringLiteral("<no item>")};
        must(m_shop->queue().forEachWaitingLine(it->id, [&](const domain::WaitingLine& w) {
            out << w.orderNumber + QLatin1Char(':') + QString::number(w.qtyWaiting);
        }));
        return out;
    }

    // An item's waiting lines' promised dates in queue order ("" when unknown).
    QStringList promised(const QString& sku)
    {
        QStringList out;
        const std::optional<domain::Item> it = must(m_shop->items().itemBySku(sku));
        if (!it)
            return {QStringLiteral("<no item>")};
        must(m_shop->queue().forEachWaitingLine(it->id,
                                                [&](const domain::WaitingLine& w) { out << core::toIso(w.promisedDate); }));
        return out;
    }

private:
    explicit ShopFixture(const QDateTime& start)
        : m_clock(start)
    {
    }

    QTemporaryDir m_dir;
    core::FixedClock m_clock;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<services::Shop> m_shop;
    int m_receipts = 0;
};

// Cross-dock rows as "ORDER:qty:destination" (the order is empty for the shelf).
inline QStringList crossDock(const QList<domain::CrossDockRow>& rows)
{
    QStringList out;
    for (const domain::CrossDockRow& r : rows)
        out << r.orderNumber + QLatin1Char(':') + QString::number(r.qty) + QLatin1Char(':') + r.destination;
    return out;
}

inline QStringList eventKinds(const QList<domain::Event>& events)
{
    QStringList out;
    for (const domain::Event& e : events)
        out << e.kind;
    return out;
}

} // namespace bd::test
