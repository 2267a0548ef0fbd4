#include "DemoShop.h"

#include "domain/Rules.h"
#include "services/CatalogService.h"
#include "services/InsightService.h"
#include "services/OrderService.h"
#include "services/PromiseService.h"
#include "services/ShippingService.h"
#include "services/StockService.h"
#include "store/CustomerStore.h"
#include "store/ItemStore.h"
#include "store/LedgerStore.h"
#include "store/OrderStore.h"
#include "store/PurchaseStore.h"
#include "store/QueueStore.h"
#include "store/Transaction.h"

#include <QRandomGenerator>

using bd::core::Result;
using bd::core::Status;
using namespace bd::domain;
using namespace bd::services;

namespace bd::demo {

namespace {

const char* const products[] = {
    "Merino Beanie", "Linen Shirt",  "Rain Jacket", "Wool Socks",  "Canvas Tote", "Denim Apron",
    "Fleece Vest",   "Knit Cardigan", "Cotton Tee", "Chino Shorts", "Puffer Coat", "Silk Scarf",
};
const char* const colours[] = {"Red", "Navy", "Green", "Black", "Ochre", "Grey"};
const char* const sizes[] = {"S", "M", "L", "XL"};
const char* const firstNames[] = {"Anna", "Bo", "Clara", "David", "Emil", "Freja", "Gustav", "Hanna", "Ida", "Jonas",
                                  "Karen", "Lars", "Maja", "Niels", "Olivia", "Peter", "Rasmus", "Sofie", "Thomas",
                                  "Ulla", "Victor", "Wilma", "Søren", "Åse", "Zoë", "Chloé", "Jürgen", "Marie"};
const char* const lastNames[] = {"Hansen", "Jensen", "Nielsen", "Pedersen", "Andersen", "Larsen", "Sørensen",
                                 "Madsen", "Møller", "Olsen", "Schmidt", "Dupont", "Müller", "Brown", "Garcia"};
const char* const cancelReasons[] = {"customer found it elsewhere", "waited too long", "ordered the wrong size",
                                     "changed their mind"};

template<typename T, size_t N>
QString pick(QRandomGenerator& rng, const T (&list)[N])
{
    return QString::fromUtf8(list[rng.bounded(int(N))]);
}

QString slug(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c.toUpper();
    }
    return out.left(4);
}

struct Catalogue
{
    QList<Item> items;
    QList<int> onHand;
};

Catalogue makeCatalogue(QRandomGenerator& rng, int count, const QDate& today)
{
    Catalogue c;
    int n = 0;
    for (int p = 0; n < count; ++p) {
        const QString product = QString::fromUtf8(products[p % std::size(products)]);
        const QString colour = pick(rng, colours);
        const int generation = p / int(std::size(products));
        for (const char* size : sizes) {
            if (n >= count)
                break;
            Item item;
            item.sku = QStringLiteral("%1-%2-%3%4")
                           .arg(slug(product), slug(colour), QString::fromLatin1(size))
                           .arg(generation ? QStringLiteral("-%1").arg(generation) : QString());
            item.name = QStringLiteral("%1, %2, %3").arg(product, colour, QString::fromLatin1(size));
            item.priceMinor = (9 + rng.bounded(12)) * 500 - 5;
            item.attributes = QStringLiteral("Color=%1; Size=%2").arg(colour, QString::fromLatin1(size));
            const int kind = rng.bounded(10);
            int stock = rng.bounded(2, 20);
            if (kind < 5) {
                item.policy = Policy::Backorder;
                stock = rng.bounded(0, 6);
                if (rng.bounded(4) == 0)
                    item.backorderLimit = 40 + rng.bounded(4) * 20;
            } else if (kind < 8) {
                item.policy = Policy::Stop;
            } else {
                item.policy = Policy::Preorder;
                item.releaseDate = today.addDays(10 + rng.bounded(40));
                item.expectedDate = item.releaseDate;
                stock = 0;
            }
            c.items << item;
            c.onHand << stock;
            ++n;
        }
    }
    return c;
}

QString customerEmail(int i, const QString& first, const QString& last)
{
    // Søren Møller -> soren.moller: decompose accents, keep the ASCII letters.
    QString local = (first + QLatin1Char('.') + last).toLower();
    local.replace(QChar(0x00F8), QLatin1Char('o')).replace(QChar(0x00E6), QStringLiteral("ae"));
    local = local.normalized(QString::NormalizationForm_D);
    QString ascii;
    for (const QChar ch : std::as_const(local)) {
        if (ch.unicode() < 128)
            ascii += ch;
    }
    return QStringLiteral("%1%2@example.com").arg(ascii).arg(i);
}

QList<Customer> makeCustomers(QRandomGenerator& rng, int count)
{
    QList<Customer> out;
    out.reserve(count);
    for (int i = 1; i <= count; ++i) {
        const QString first = pick(rng, firstNames);
        const QString last = pick(rng, lastNames);
        Customer c;
        c.name = first + QLatin1Char(' ') + last;
        c.email = customerEmail(i, first, last);
        c.phone = QStringLiteral("+45 %1").arg(20000000 + rng.bounded(70000000));
        c.address = QStringLiteral("%1 %2, %3 Aarhus").arg(pick(rng, lastNames)).arg(rng.bounded(1, 120)).arg(8000 + rng.bounded(300));
        out << c;
    }
    return out;
}

void setPayment(QRandomGenerator& rng, NewOrder& order, const QDate& today)
{
    const int r = rng.bounded(10);
    order.payment = r < 4 ? PaymentState::Captured
                          : r < 7 ? PaymentState::Authorized : r < 9 ? PaymentState::Verified : PaymentState::None;
    if (order.payment != PaymentState::None) {
        order.cardLast4 = QStringLiteral("%1").arg(rng.bounded(10000), 4, 10, QLatin1Char('0'));
        const QDate expiry = today.addMonths(rng.bounded(0, 30));
        order.cardExpiry = expiry.toString(QStringLiteral("yyyy-MM"));
    }
    if (order.payment == PaymentState::Authorized)
        order.authorizedAt = order.placedAt;
}

Result<DemoSummary> buildSmall(store::Database& db, const DemoOptions& options)
{
    QRandomGenerator rng(options.seed);
    const QDateTime end = options.now;
    const QDate today = end.date();
    core::FixedClock clock(end.addDays(-60));
    Shop shop(db, clock);
    DemoSummary summary;

    if (Status s = shop.config().set(store::settings::ShopName, QStringLiteral("Nordlys Knitwear")); !s.ok())
        return s.errors();
    if (Status s = shop.config().set(store::settings::ShopSender, QStringLiteral("orders@nordlys.example")); !s.ok())
        return s.errors();

    Catalogue catalogue = makeCatalogue(rng, 40, today);
    QList<ItemInput> inputs;
    for (qsizetype i = 0; i < catalogue.items.size(); ++i)
        inputs << ItemInput{catalogue.items[i], catalogue.onHand[i], 0, {}};
    if (Status s = CatalogService(shop).saveItems(inputs); !s.ok())
        return s.errors();
    summary.items = int(inputs.size());

    const QList<Customer> customers = makeCustomers(rng, 150);
    if (Status s = CatalogService(shop).saveCustomers(customers); !s.ok())
        return s.errors();
    summary.customers = int(customers.size());

    // Purchase orders for most backorder and preorder items, some due soon, some later.
    QList<PurchaseOrderLineInput> poLines;
    int poCount = 0;
    for (int batch = 0; batch < 4; ++batch) {
        const QString number = QStringLiteral("PO-%1").arg(2401 + batch);
        const QDate due = today.addDays(-30 + batch * 20 + rng.bounded(5));
        ++poCount;
        for (const Item& item : std::as_const(catalogue.items)) {
            if (item.policy == Policy::Stop || rng.bounded(3) == 0)
                continue;
            const QDate expected = item.policy == Policy::Preorder ? std::max(due, item.releaseDate) : due;
            poLines << PurchaseOrderLineInput{number, QStringLiteral("Fjord Textiles"), item.sku,
                                              4 + rng.bounded(10), expected, 0};
        }
    }
    if (Status s = CatalogService(shop).savePurchaseOrderLines(poLines); !s.ok())
        return s.errors();
    summary.purchaseOrders = poCount;

    OrderService orders(shop);
    StockService stock(shop);
    ShippingService shipping(shop);
    const int orderCount = 400;
    QList<qint64> offsets;
    for (int i = 0; i < orderCount; ++i)
        offsets << rng.bounded(qint64(60) * 24 * 3600 - 3600);
    std::sort(offsets.begin(), offsets.end());
    QStringList placed;
    int receivedBatches = 0;
    for (int i = 0; i < orderCount; ++i) {
        const QDateTime at = end.addDays(-60).addSecs(offsets[i]);
        // Receive the purchase orders that fall due before this order.
        while (receivedBatches < 2 && at.date() >= today.addDays(-30 + receivedBatches * 20)) {
            clock.set(QDateTime(today.addDays(-30 + receivedBatches * 20), QTime(9, 0), Qt::UTC));
            const QString number = QStringLiteral("PO-%1").arg(2401 + receivedBatches);
            QList<ReceiveRequest> receipts;
            for (const PurchaseOrderLineInput& line : std::as_const(poLines)) {
                if (line.poNumber == number)
                    receipts << ReceiveRequest{line.sku, line.qty, number, number, {}, 0};
            }
            if (!receipts.isEmpty()) {
                if (auto r = stock.receive(receipts, {}); !r)
                    return r.errors();
            }
            // Ship what is ready and paid.
            for (const QString& n : std::as_const(placed)) {
                const store::Found<Order> found = shop.orders().orderByNumber(n);
                if (!found)
                    return found.errors();
                const std::optional<Order>& o = found.value();
                if (o && o->allocatedUnits() > 0 && o->waitingUnits() == 0)
                    (void)shipping.ship(n, ShipOptions{false, true, QStringLiteral("TRK%1").arg(rng.bounded(1000000, 9999999))});
            }
            ++receivedBatches;
        }
        clock.set(at);
        const Customer& customer = customers[rng.bounded(int(customers.size()))];
        NewOrder order;
        order.number = QStringLiteral("%1").arg(10001 + i);
        order.placedAt = at;
        order.customerEmail = customer.email;
        order.customerName = customer.name;
        order.shipToName = customer.name;
        order.shipToAddress = customer.address;
        setPayment(rng, order, today);
        const int lineCount = 1 + (rng.bounded(10) < 3 ? 1 : 0) + (rng.bounded(10) == 0 ? 1 : 0);
        QSet<int> used;
        for (int l = 0; l < lineCount; ++l) {
            // Popular items sell more: favour the first half of the catalogue.
            int index = rng.bounded(int(catalogue.items.size()));
            if (rng.bounded(2) == 0)
                index /= 2;
            if (used.contains(index))
                continue;
            used.insert(index);
            order.lines << NewOrderLine{catalogue.items[index].sku, 1 + (rng.bounded(4) == 0 ? rng.bounded(1, 3) : 0), {}, 0};
        }
        Result<PlacedOrder> r = orders.place(order);
        if (!r) {
            // Sold out under "stop" or over a limit: the customer buys only what can be had.
            QList<NewOrderLine> kept;
            for (const NewOrderLine& line : std::as_const(order.lines)) {
                const store::Found<Item> found = shop.items().itemBySku(line.sku);
                if (!found)
                    return found.errors();
                const std::optional<Item>& item = found.value();
                if (item && (item->policy != Policy::Stop || item->available() >= line.qty)
                    && (!item->backorderLimit || item->waiting + line.qty <= *item->backorderLimit))
                    kept << line;
            }
            if (kept.isEmpty())
                continue;
            order.lines = kept;
            r = orders.place(order);
            if (!r)
                continue;
        }
        placed << order.number;
        summary.orders++;
        summary.orderLines += int(order.lines.size());
        if (order.holdUntilComplete)
            continue;
        // Now and then a waiting customer gives up, or gets moved to the front.
        if (i > 20 && rng.bounded(40) == 0) {
            const QString victim = placed[rng.bounded(int(placed.size()))];
            (void)orders.cancel(victim, QString(), pick(rng, cancelReasons));
        }
        if (i > 20 && rng.bounded(90) == 0) {
            const QString lucky = placed[rng.bounded(int(placed.size()))];
            (void)orders.setPriority(lucky, true, QStringLiteral("replacement for a damaged parcel"));
        }
    }
    clock.set(end);
    // Items without a purchase order get an expected date by hand.
    for (const Item& item : std::as_const(catalogue.items)) {
        const store::Found<Item> found = shop.items().itemBySku(item.sku);
        if (!found)
            return found.errors();
        const std::optional<Item>& now = found.value();
        if (!now || now->waiting == 0 || now->expectedDate.isValid())
            continue;
        const Result<int> incoming = shop.purchases().incomingQty(now->id);
        if (!incoming)
            return incoming.errors();
        if (incoming.value() == 0)
            (void)stock.setExpectedDate(item.sku, today.addDays(21 + rng.bounded(30)));
    }
    if (Status s = shop.queue().forEachWaitingLine(0, [&](const WaitingLine&) { summary.waitingLines++; }); !s.ok())
        return s.errors();
    return summary;
}

// A busy shop for benchmarks: the same rules (first come, first served; stop items
// never oversold; nobody jumps the queue) applied in memory and written in bulk.
Result<DemoSummary> buildLarge(store::Database& db, const DemoOptions& options)
{
    QRandomGenerator rng(options.seed);
    const QDateTime end = options.now;
    const QDate today = end.date();
    core::FixedClock clock(end);
    Shop shop(db, clock);
    DemoSummary summary;
    const int scale = std::max(1, options.scale);
    const int itemCount = 20000 / scale;
    const int customerCount = 100000 / scale;
    const int lineTarget = 1000000 / scale;

    // Generated rows reference only rows made just before them: check the keys once
    // at the end instead of on each of the three million inserts.
    if (Status s = db.setForeignKeys(false); !s.ok())
        return s.errors();
    struct KeysBackOn
    {
        store::Database& db;
        ~KeysBackOn() { (void)db.setForeignKeys(true); }
    } keysBackOn{db};
    store::Transaction tx(db);
    if (!tx.isActive())
        return tx.status().errors();
    if (Status s = shop.config().set(store::settings::ShopName, QStringLiteral("Nordlys Knitwear (large)")); !s.ok())
        return s.errors();

    Catalogue catalogue = makeCatalogue(rng, itemCount, today);
    QList<int> allocated(itemCount, 0);
    QList<int> waiting(itemCount, 0);
    QList<int> free(itemCount, 0);
    for (int i = 0; i < itemCount; ++i) {
        Item& item = catalogue.items[i];
        item.currency = QStringLiteral("EUR");
        item.backorderLimit.reset();
        // Half the items sell on backorder, a tenth are pre-orders, the rest stop.
        const int kind = rng.bounded(10);
        item.policy = kind < 5 ? Policy::Backorder : kind < 9 ? Policy::Stop : Policy::Preorder;
        if (item.policy != Policy::Preorder)
            item.releaseDate = QDate();
        else if (!item.releaseDate.isValid())
            item.releaseDate = today.addDays(10 + rng.bounded(40));
        // Stock follows demand (item i draws about L / (2 sqrt(i N)) lines): stop items
        // have enough, backorder items about four fifths of what is asked, so about a
        // fifth of all lines wait.
        const double demand = 1.2 * lineTarget / (2.0 * std::sqrt((i + 0.5) * double(itemCount)));
        const int stock = item.policy == Policy::Stop      ? int(demand * 1.6) + 5
                          : item.policy == Policy::Backorder ? int(demand * 0.8)
                                                             : 0;
        Result<qint64> id = shop.items().insertItem(item, end.addDays(-400));
        if (!id)
            return id.errors();
        item.id = id.value();
        free[i] = stock;
        if (stock > 0) {
            if (Status s = shop.ledger().addMovement(item.id, end.addDays(-400), QStringLiteral("opening"), stock, QString(),
                                             QStringLiteral("opening stock"));
                !s.ok())
                return s.errors();
        }
    }
    summary.items = itemCount;

    QList<qint64> customerIds;
    customerIds.reserve(customerCount);
    const QList<Customer> customers = makeCustomers(rng, customerCount);
    for (const Customer& c : customers) {
        Result<qint64> id = shop.customers().upsertCustomer(c, end.addDays(-400));
        if (!id)
            return id.errors();
        customerIds << id.value();
    }
    summary.customers = customerCount;

    // Orders spread over a year, in time order.
    const qint64 span = qint64(365) * 24 * 3600;
    const int orderCount = lineTarget / 3;
    int lines = 0;
    for (int o = 0; o < orderCount || lines < lineTarget; ++o) {
        Order order;
        order.number = QStringLiteral("%1").arg(100001 + o);
        order.placedAt = end.addSecs(-span + span * o / (orderCount + 1));
        order.customerId = customerIds[rng.bounded(customerCount)];
        order.currency = QStringLiteral("EUR");
        order.payment = rng.bounded(2) ? PaymentState::Captured : PaymentState::Authorized;
        order.authorizedAt = order.placedAt;
        order.cardLast4 = QStringLiteral("%1").arg(rng.bounded(10000), 4, 10, QLatin1Char('0'));
        order.cardExpiry = today.addMonths(rng.bounded(0, 30)).toString(QStringLiteral("yyyy-MM"));
        const int lineCount = std::min(3, lineTarget - lines);
        QSet<int> used;
        int lineNo = 0;
        for (int l = 0; l < std::max(1, lineCount); ++l) {
            // A long tail: a few items are very popular.
            int index = int(std::pow(rng.generateDouble(), 2.0) * itemCount);
            index = std::min(index, itemCount - 1);
            if (used.contains(index))
                index = rng.bounded(itemCount);
            if (used.contains(index))
                continue;
            used.insert(index);
            const Item& item = catalogue.items[index];
            OrderLine line;
            line.lineNo = ++lineNo;
            line.itemId = item.id;
            line.qty = 1 + (rng.bounded(5) == 0 ? 1 : 0);
            line.unitPriceMinor = item.priceMinor;
            const int available = waiting[index] > 0 ? 0 : free[index];
            line.allocated = std::min(line.qty, available);
            line.waiting = line.qty - line.allocated;
            if (line.waiting > 0 && item.policy == Policy::Stop) {
                if (line.allocated == 0)
                    continue;
                line.qty = line.allocated; // the shop sells only what it has
                line.waiting = 0;
            }
            free[index] -= line.allocated;
            allocated[index] += line.allocated;
            waiting[index] += line.waiting;
            order.lines << line;
        }
        // The order is written with the sums of its lines, then the lines.
        Result<qint64> orderId = shop.orders().insertOrder(order, order.placedAt);
        if (!orderId)
            return orderId.errors();
        order.id = orderId.value();
        for (const OrderLine& line : std::as_const(order.lines)) {
            Result<qint64> lineId = shop.orders().insertLine(order, line, order.placedAt);
            if (!lineId)
                return lineId.errors();
            if (line.allocated > 0) {
                if (Status s = shop.ledger().insertAllocation(lineId.value(), line.itemId, line.allocated,
                                                              QStringLiteral("stock"), 0, order.placedAt);
                    !s.ok())
                    return s.errors();
            }
            ++lines;
            if (line.waiting > 0)
                ++summary.waitingLines;
        }
        ++summary.orders;
    }
    summary.orderLines = lines;
    DirtyItems dirty;
    QSet<QString> purchaseOrders;
    for (int i = 0; i < itemCount; ++i) {
        if (Status s = shop.ledger().addToItemCounters(catalogue.items[i].id, 0, allocated[i], waiting[i]); !s.ok())
            return s.errors();
        if (waiting[i] > 0) {
            dirty.insert(catalogue.items[i].id);
            if (catalogue.items[i].policy == Policy::Backorder && rng.bounded(2) == 0) {
                const QString po = QStringLiteral("PO-%1").arg(5000 + i / 200);
                purchaseOrders.insert(po);
                CatalogService catalog(shop);
                if (Status s = catalog.savePurchaseOrderLineWithin(
                        PurchaseOrderLineInput{po, QStringLiteral("Fjord Textiles"), catalogue.items[i].sku,
                                               std::max(1, waiting[i] / 2), today.addDays(7 + rng.bounded(60)), 0},
                        QString(), dirty);
                    !s.ok())
                    return s.errors();
            } else if (catalogue.items[i].policy == Policy::Backorder) {
                if (Status s = shop.items().setExpectedDate(catalogue.items[i].id, today.addDays(30 + rng.bounded(60))); !s.ok())
                    return s.errors();
            }
        }
    }
    if (Status s = PromiseService(shop).refresh(dirty); !s.ok())
        return s.errors();
    summary.purchaseOrders = int(purchaseOrders.size());
    if (const QStringList problems = db.foreignKeyProblems(); !problems.isEmpty())
        return core::fail(DemoShop::tr("The large demo broke a reference: %1").arg(problems.join(QStringLiteral("; "))));
    if (Status s = tx.commit(); !s.ok())
        return s.errors();
    return summary;
}

} // namespace

Result<DemoSummary> DemoShop::build(store::Database& db, const DemoOptions& options)
{
    const Result<int> items = store::ItemStore(db).countItems({});
    if (!items)
        return items.errors();
    if (items.value() > 0)
        return core::fail(tr("%1 already holds a shop; the demo fills only an empty database.").arg(db.path()));
    DemoOptions o = options;
    if (!o.now.isValid())
        o.now = QDateTime::currentDateTimeUtc();
    return o.size == DemoOptions::Size::Small ? buildSmall(db, o) : buildLarge(db, o);
}

} // namespace bd::demo
