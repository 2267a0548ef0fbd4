// Thousands of random merchant actions through the services (orders placed by hand and
// imported, receipts with and without complete-only and purchase orders, shipments,
// cancellations, returns, adjustments, expected dates, purchase orders, priority,
// payment, item changes), with the rules checked after every single one. The run is
// seeded (a fixed seed by default; BD_SEED=<n> runs another): it is split into episodes,
// each a fresh shop (BD_EPISODES, default 5) of BD_ACTIONS actions (default 600).
//
// After each action:
//  - it was accepted or refused as the rules say, and a refused action, a preview or a
//    dry run changed nothing at all;
//  - `check` finds no problem (on hand = ledger sum, counters = lines);
//  - allocated <= on hand; per line ordered = allocated + shipped + waiting + cancelled;
//  - nothing is free while anyone waits (stock a complete-only receipt put on the shelf
//    may stay there until the next action that serves the queue from free stock);
//  - a new order never takes stock of an item somebody waits for;
//  - the queue is in order (priority, placed time, order number, line) and is served
//    first come, first served: the lines that got units form the front of the queue,
//    all filled but the last (complete-only receipts fill only orders they complete);
//  - a receipt's cross-dock list shows exactly the units that went to orders;
//  - every waiting line carries the promised date its place in the queue gives it, and
//    each date that moved later than what the customer was told left a "date slipped";
//  - and every 25 actions, the payment-risk lists are what the rule gives.

#include "ShopFixture.h"

#include "csv/Importer.h"
#include "domain/Rules.h"
#include "services/InsightService.h"
#include "services/ShippingService.h"
#include "store/Config.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace bd;
using namespace bd::domain;
using namespace bd::services;
using bd::core::Status;
using bd::test::LineSpec;
using bd::test::ShopFixture;

namespace {

struct LineState
{
    qint64 id = 0;
    QString order;
    QString sku;
    int lineNo = 0;
    int qty = 0;
    int allocated = 0;
    int shipped = 0;
    int waiting = 0;
    int cancelled = 0;
    int returned = 0;
    QDate promised;
    QDate told;
};

struct OrderState
{
    QString number;
    QDateTime placedAt;
    bool priority = false;
    QString priorityReason;
    bool hold = false;
    PaymentState payment = PaymentState::None;
    QString cardExpiry;
    QDateTime authorizedAt;
    QList<qint64> lineIds;
};

// Everything about the shop the checks look at, read fresh after every action straight
// from the tables (not through the store's own read paths).
struct State
{
    QMap<QString, Item> items;
    QMap<qint64, LineState> lines;
    QHash<QString, OrderState> orders;
    QHash<QString, int> slips; // "date slipped" events per order
    qint64 lastEvent = 0;      // the newest event counted in `slips`
    QString counts;            // newest row id per table
    mutable std::optional<QHash<QString, QList<LineState>>> m_queues;

    const LineState& line(qint64 id) const { return lines.constFind(id).value(); }
    const OrderState& order(const QString& number) const { return orders.constFind(number).value(); }

    // Two states are the same shop when this text is the same.
    QString text() const
    {
        QString out = counts;
        for (const Item& i : items)
            out += u"%1 %2 %3 %4 %5 %6\n"_s.arg(i.sku).arg(i.onHand).arg(i.allocated).arg(i.waiting)
                       .arg(core::toIso(i.expectedDate), toString(i.policy));
        QStringList numbers = orders.keys();
        numbers.sort();
        for (const QString& n : std::as_const(numbers)) {
            const OrderState& o = order(n);
            out += u"%1 %2 %3 %4 %5 %6 %7\n"_s.arg(o.number, toString(o.payment), o.cardExpiry, core::toIso(o.authorizedAt))
                       .arg(int(o.priority))
                       .arg(int(o.hold))
                       .arg(o.priorityReason);
        }
        for (const LineState& l : lines)
            out += u"%1 %2 %3 %4 %5 %6 %7 %8 %9\n"_s.arg(l.id).arg(l.allocated).arg(l.shipped).arg(l.waiting)
                       .arg(l.cancelled)
                       .arg(l.returned)
                       .arg(core::toIso(l.promised), core::toIso(l.told), l.order);
        QStringList slipped;
        for (auto it = slips.cbegin(); it != slips.cend(); ++it)
            slipped << u"slips %1 %2\n"_s.arg(it.key()).arg(it.value());
        slipped.sort();
        return out + slipped.join(QString());
    }

    // The waiting lines of an item in queue order, worked out from the rule itself:
    // priority first, then placed time, then order number, then line.
    const QList<LineState>& queue(const QString& sku) const
    {
        if (!m_queues) {
            m_queues.emplace();
            for (const LineState& l : lines) {
                if (l.waiting > 0)
                    (*m_queues)[l.sku] << l;
            }
            for (QList<LineState>& q : *m_queues) {
                std::sort(q.begin(), q.end(), [&](const LineState& a, const LineState& b) {
                    const OrderState& oa = order(a.order);
                    const OrderState& ob = order(b.order);
                    if (oa.priority != ob.priority)
                        return oa.priority;
                    if (oa.placedAt != ob.placedAt)
                        return oa.placedAt < ob.placedAt;
                    // Order numbers compare as numbers would: shorter first, then by text.
                    if (oa.number.size() != ob.number.size())
                        return oa.number.size() < ob.number.size();
                    if (oa.number != ob.number)
                        return oa.number < ob.number;
                    return a.lineNo < b.lineNo;
                });
            }
        }
        static const QList<LineState> none;
        const auto it = m_queues->constFind(sku);
        return it == m_queues->cend() ? none : *it;
    }

    int orderWaiting(const QString& number) const
    {
        int n = 0;
        for (qint64 id : order(number).lineIds)
            n += line(id).waiting;
        return n;
    }
};

QDate dateOf(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QDateTime dateTimeOf(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODate);
}

// Reads the shop with its own statements, prepared once.
class Reader
{
public:
    explicit Reader(ShopFixture& f)
        : m_f(f)
        , m_orders(f.shop().db().connection())
        , m_lines(f.shop().db().connection())
        , m_slips(f.shop().db().connection())
        , m_newest(f.shop().db().connection())
    {
        for (QSqlQuery* q : {&m_orders, &m_lines, &m_slips, &m_newest})
            q->setForwardOnly(true);
        m_ok = m_orders.prepare(u"SELECT o.order_number, o.placed_at, o.priority, o.priority_reason, "
                                "o.hold_until_complete, o.payment_state, o.card_expiry, o.authorized_at FROM orders o"_s)
               && m_lines.prepare(u"SELECT l.id, o.order_number, i.sku, l.line_no, l.qty, l.qty_allocated, "
                                  "l.qty_shipped, l.qty_waiting, l.qty_cancelled, l.qty_returned, l.promised_date, "
                                  "l.told_date FROM order_lines l JOIN orders o ON o.id = l.order_id "
                                  "JOIN items i ON i.id = l.item_id ORDER BY l.id"_s)
               && m_slips.prepare(u"SELECT e.id, o.order_number FROM events e JOIN orders o ON o.id = e.order_id "
                                  "WHERE e.id > ? AND e.kind = 'date slipped' ORDER BY e.id"_s)
               // The newest row of every table: a rolled-back action leaves them all where they were.
               && m_newest.prepare(u"SELECT (SELECT MAX(id) FROM stock_movements), (SELECT MAX(id) FROM allocations), "
                                   "(SELECT MAX(id) FROM receipts), (SELECT MAX(id) FROM receipt_lines), "
                                   "(SELECT MAX(id) FROM shipments), (SELECT MAX(id) FROM events), "
                                   "(SELECT MAX(id) FROM purchase_order_lines), (SELECT MAX(id) FROM customers), "
                                   "(SELECT COALESCE(SUM(qty), 0) || '/' || COALESCE(SUM(qty_received), 0) "
                                   "FROM purchase_order_lines), "
                                   "(SELECT COUNT(*) FROM purchase_orders WHERE status = 'open')"_s);
    }

    bool ok() const { return m_ok; }

    // `previous` carries the "date slipped" events counted so far; only newer ones are read.
    State read(const State* previous = nullptr)
    {
        State s;
        for (const Item& i : test::must(m_f.shop().items().items({})))
            s.items.insert(i.sku, i);
        m_orders.exec();
        while (m_orders.next()) {
            OrderState o;
            o.number = m_orders.value(0).toString();
            o.placedAt = dateTimeOf(m_orders.value(1));
            o.priority = m_orders.value(2).toInt() != 0;
            o.priorityReason = m_orders.value(3).toString();
            o.hold = m_orders.value(4).toInt() != 0;
            o.payment = parsePaymentState(m_orders.value(5).toString()).value_or(PaymentState::None);
            o.cardExpiry = m_orders.value(6).toString();
            o.authorizedAt = dateTimeOf(m_orders.value(7));
            s.orders.insert(o.number, o);
        }
        m_lines.exec();
        while (m_lines.next()) {
            const QSqlQuery& q = m_lines;
            LineState l{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                        q.value(4).toInt(), q.value(5).toInt(), q.value(6).toInt(), q.value(7).toInt(),
                        q.value(8).toInt(), q.value(9).toInt(), dateOf(q.value(10)), dateOf(q.value(11))};
            s.orders[l.order].lineIds << l.id;
            s.lines.insert(s.lines.cend(), l.id, l);
        }
        if (previous) {
            s.slips = previous->slips;
            s.lastEvent = previous->lastEvent;
        }
        m_slips.bindValue(0, s.lastEvent);
        m_slips.exec();
        while (m_slips.next())
            ++s.slips[m_slips.value(1).toString()];
        m_newest.exec();
        if (m_newest.next()) {
            QStringList values;
            for (int i = 0; i < 10; ++i)
                values << m_newest.value(i).toString();
            s.counts = values.join(u' ') + u'\n';
            s.lastEvent = std::max(s.lastEvent, m_newest.value(5).toLongLong());
        }
        for (QSqlQuery* q : {&m_orders, &m_lines, &m_slips, &m_newest})
            q->finish();
        return s;
    }

private:
    ShopFixture& m_f;
    QSqlQuery m_orders;
    QSqlQuery m_lines;
    QSqlQuery m_slips;
    QSqlQuery m_newest;
    bool m_ok = false;
};

// A purchase order line as the test expects the shop to hold it.
struct PoModel
{
    QString number;
    QString sku;
    int qty = 0;
    int received = 0;
    QDate expected;
};

struct Action
{
    enum Kind { Place, Receive, Ship, Cancel, Return, Adjust, Eta, Priority, Payment, Hold, PurchaseOrder, Import,
                ItemChange };
    Kind kind = Place;
    QString text;
    bool ok = false;
    std::optional<bool> expectOk;
    QString error;
    // receive
    QString sku;
    int qty = 0;
    bool completeOnly = false;
    bool preview = false;
    QList<CrossDockRow> rows;
    // place, import: the orders in the order they are placed, with what the rules give
    // each line, and whether others waited for its item at that moment
    QString order;
    struct Expected
    {
        QString order;
        QList<int> allocated;
        QList<bool> othersWait;
    };
    QList<Expected> expected;
    PlacedOrder placed;
    // items whose free stock the action hands to the queue in full
    QSet<QString> servesAll;
};

class Run
{
public:
    Run(ShopFixture& f, quint32 seed)
        : m_f(f)
        , m_rng(seed)
    {
    }

    bool setUp(QString* error);
    Action randomAction(const State& before);
    QStringList verify(const State& before, const State& after, const Action& action);

private:
    int bounded(int lo, int hi) { return lo + int(m_rng.bounded(quint32(hi - lo + 1))); } // [lo, hi]
    bool chance(int percent) { return int(m_rng.bounded(100u)) < percent; }
    template<typename T>
    const T& pick(const QList<T>& list) { return list[int(m_rng.bounded(quint32(list.size())))]; }

    QString newOrderNumber();
    QString randomExpiry();
    QList<Incoming> incoming(const QString& sku) const;

    Action place(const State& s);
    Action receive(const State& s);
    Action ship(const State& s);
    Action cancel(const State& s);
    Action returnUnits(const State& s);
    Action adjust(const State& s);
    Action eta(const State& s);
    Action priority(const State& s);
    Action payment(const State& s);
    Action hold(const State& s);
    Action purchaseOrder(const State& s);
    Action importOrders(const State& s);
    Action changeItem(const State& s);
    // Applies the placement rules to `items`; false when the order is refused.
    static bool simulatePlacement(QMap<QString, Item>& items, const QString& number, const QList<LineSpec>& lines,
                                  Action::Expected* expected);

    ShopFixture& m_f;
    QRandomGenerator m_rng;
    QStringList m_skus;
    QStringList m_sellable; // items that started as backorder or preorder
    QList<PoModel> m_pos;
    QSet<QString> m_numbers;
    QSet<QString> m_heldFree; // items with shelf stock a complete-only receipt left while people wait
    int m_poCount = 0;
};

bool Run::setUp(QString* error)
{
    const QDate start = m_f.clock().today();
    struct Spec
    {
        const char* sku;
        Policy policy;
        int onHand;
        std::optional<int> limit;
        QDate release;
    };
    const QList<Spec> specs = {
        {"S1", Policy::Stop, 30, {}, {}},
        {"S2", Policy::Stop, 4, {}, {}},
        {"B1", Policy::Backorder, 0, {}, {}},
        {"B2", Policy::Backorder, 6, 15, {}},
        {"B3", Policy::Backorder, 12, {}, {}},
        {"L1", Policy::Backorder, 2, 5, {}},
        {"P1", Policy::Preorder, 3, {}, start.addDays(15)},
        {"P2", Policy::Preorder, 0, 12, start.addDays(45)},
    };
    for (const Spec& spec : specs) {
        const QString sku = QString::fromLatin1(spec.sku);
        const core::Status s = m_f.addItem(sku, spec.policy, spec.onHand, spec.limit, QDate(), spec.release);
        if (!s.ok()) {
            *error = s.errorText();
            return false;
        }
        m_skus << sku;
        if (spec.policy != Policy::Stop)
            m_sellable << sku;
    }
    return true;
}

QString Run::newOrderNumber()
{
    // Numbers that do not follow the order of arrival, so ties in time are broken by
    // the number and not by chance.
    for (;;) {
        const QString n = u"N%1"_s.arg(bounded(1, 99999));
        if (!m_numbers.contains(n)) {
            m_numbers.insert(n);
            return n;
        }
    }
}

QString Run::randomExpiry()
{
    const QDate month = m_f.clock().today().addMonths(bounded(-1, 5));
    return month.toString(u"yyyy-MM"_s);
}

QList<Incoming> Run::incoming(const QString& sku) const
{
    QList<PoModel> open;
    for (const PoModel& po : m_pos) {
        if (po.sku == sku && po.received < po.qty && po.expected.isValid())
            open << po;
    }
    std::stable_sort(open.begin(), open.end(), [](const PoModel& a, const PoModel& b) {
        return a.expected != b.expected ? a.expected < b.expected : a.number < b.number;
    });
    QList<Incoming> out;
    for (const PoModel& po : open)
        out << Incoming{po.expected, po.qty - po.received};
    return out;
}

Action Run::randomAction(const State& s)
{
    // Time moves on between actions, now and then not at all (same-second orders).
    if (!chance(15))
        m_f.clock().advanceSeconds(bounded(1, 6 * 3600));
    const int roll = bounded(1, 100);
    if (roll <= 30)
        return place(s);
    if (roll <= 46)
        return receive(s);
    if (roll <= 60)
        return ship(s);
    if (roll <= 67)
        return cancel(s);
    if (roll <= 72)
        return returnUnits(s);
    if (roll <= 77)
        return adjust(s);
    if (roll <= 81)
        return eta(s);
    if (roll <= 86)
        return priority(s);
    if (roll <= 91)
        return payment(s);
    if (roll <= 92)
        return hold(s);
    if (roll <= 96)
        return purchaseOrder(s);
    if (roll <= 98)
        return importOrders(s);
    return changeItem(s);
}

bool Run::simulatePlacement(QMap<QString, Item>& items, const QString& number, const QList<LineSpec>& lines,
                            Action::Expected* expected)
{
    QMap<QString, Item> after = items;
    expected->order = number;
    bool refused = false;
    for (const LineSpec& l : lines) {
        Item& item = after[l.sku];
        const int allocated = std::min(l.qty, item.available());
        const int waiting = l.qty - allocated;
        if (waiting > 0
            && (item.policy == Policy::Stop || (item.backorderLimit && item.waiting + waiting > *item.backorderLimit)))
            refused = true;
        expected->othersWait << (item.waiting > 0);
        expected->allocated << allocated;
        item.allocated += allocated;
        item.waiting += waiting;
    }
    if (!refused)
        items = after;
    return !refused;
}

Action Run::place(const State& s)
{
    Action a;
    a.kind = Action::Place;
    a.order = newOrderNumber();
    QList<LineSpec> lines;
    const int n = chance(60) ? 1 : bounded(2, 3);
    for (int i = 0; i < n; ++i)
        lines << LineSpec{pick(m_skus), chance(85) ? bounded(1, 4) : bounded(5, 9)};
    const PaymentState payment = PaymentState(bounded(0, 3));
    const QString expiry = chance(50) ? randomExpiry() : QString();

    // What the rules say should happen, from the state before.
    QMap<QString, Item> items = s.items;
    Action::Expected expected;
    const bool accepted = simulatePlacement(items, a.order, lines, &expected);
    a.expected << expected;
    a.expectOk = accepted;

    QStringList parts;
    for (const LineSpec& l : lines)
        parts << u"%1x%2"_s.arg(l.sku).arg(l.qty);
    a.text = u"place %1 %2 (%3)"_s.arg(a.order, parts.join(u' '), toString(payment));
    const auto placed = OrderService(m_f.shop()).place(m_f.newOrder(a.order, lines, payment, {}, expiry));
    a.ok = placed.ok();
    if (a.ok)
        a.placed = placed.value();
    else
        a.error = placed.errorText();
    return a;
}

Action Run::receive(const State& s)
{
    Action a;
    a.kind = Action::Receive;
    a.sku = pick(m_skus);
    a.qty = bounded(1, 8);
    a.completeOnly = chance(25);
    a.preview = chance(10);
    ReceiveRequest request;
    request.sku = a.sku;
    request.qty = a.qty;
    request.reference = u"DEL-%1"_s.arg(bounded(1, 999));
    QList<qsizetype> pos;
    for (qsizetype i = 0; i < m_pos.size(); ++i) {
        if (m_pos[i].sku == a.sku)
            pos << i;
    }
    qsizetype po = -1;
    if (!pos.isEmpty() && chance(40)) {
        po = pick(pos);
        request.poNumber = m_pos[po].number;
    }
    ReceiveOptions options;
    options.completeOnly = a.completeOnly;
    options.preview = a.preview;
    a.text = u"receive %1 x%2%3%4%5"_s.arg(a.sku)
                 .arg(a.qty)
                 .arg(a.completeOnly ? u" complete-only"_s : QString(), a.preview ? u" preview"_s : QString(),
                      po >= 0 ? u" on "_s + request.poNumber : QString());
    a.expectOk = true;
    const auto rows = StockService(m_f.shop()).receive({request}, options);
    a.ok = rows.ok();
    if (!a.ok) {
        a.error = rows.errorText();
        return a;
    }
    a.rows = rows.value();
    if (!a.preview) {
        if (po >= 0)
            m_pos[po].received += a.qty;
        if (!a.completeOnly)
            a.servesAll.insert(a.sku);
    }
    Q_UNUSED(s);
    return a;
}

Action Run::ship(const State& s)
{
    Action a;
    a.kind = Action::Ship;
    QStringList candidates;
    for (const OrderState& o : s.orders) {
        for (qint64 id : o.lineIds) {
            if (s.line(id).allocated > 0) {
                candidates << o.number;
                break;
            }
        }
    }
    if (candidates.isEmpty() || chance(10))
        candidates = s.orders.keys();
    if (candidates.isEmpty())
        return place(s);
    a.order = pick(candidates);
    ShipOptions options;
    options.partial = chance(60);
    options.allowUnpaid = chance(50);

    const OrderState& order = s.order(a.order);
    const QDate today = m_f.clock().today();
    int toShip = 0;
    int remaining = 0;
    for (qint64 id : s.order(a.order).lineIds) {
        const LineState& l = s.line(id);
        const Item& item = s.items.constFind(l.sku).value();
        remaining += l.waiting;
        if (l.allocated == 0)
            continue;
        if (item.policy == Policy::Preorder && item.releaseDate.isValid() && item.releaseDate > today)
            remaining += l.allocated;
        else
            toShip += l.allocated;
    }
    const bool partial = remaining > 0;
    a.expectOk = toShip > 0 && !(partial && order.hold) && !(partial && !options.partial)
                 && (order.payment == PaymentState::Captured || options.allowUnpaid);
    a.text = u"ship %1%2%3"_s.arg(a.order, options.partial ? u" partial"_s : QString(),
                                  options.allowUnpaid ? u" allow-unpaid"_s : QString());
    const auto shipment = ShippingService(m_f.shop()).ship(a.order, options);
    a.ok = shipment.ok();
    if (!a.ok)
        a.error = shipment.errorText();
    return a;
}

Action Run::cancel(const State& s)
{
    Action a;
    a.kind = Action::Cancel;
    QStringList open;
    for (const OrderState& o : s.orders) {
        for (qint64 id : o.lineIds) {
            if (s.line(id).allocated + s.line(id).waiting > 0) {
                open << o.number;
                break;
            }
        }
    }
    if (open.isEmpty() || chance(10))
        open = s.orders.keys();
    if (open.isEmpty())
        return place(s);
    a.order = pick(open);
    const QList<qint64>& ids = s.order(a.order).lineIds;
    const QString sku = chance(50) ? QString() : s.line(pick(ids)).sku;
    int units = 0;
    for (qint64 id : ids) {
        const LineState& l = s.line(id);
        if (!sku.isEmpty() && l.sku != sku)
            continue;
        units += l.allocated + l.waiting;
        if (l.allocated > 0)
            a.servesAll.insert(l.sku);
    }
    a.expectOk = units > 0;
    a.text = u"cancel %1%2"_s.arg(a.order, sku.isEmpty() ? QString() : u" sku "_s + sku);
    const Status st = OrderService(m_f.shop()).cancel(a.order, sku, chance(80) ? u"changed mind"_s : QString());
    a.ok = st.ok();
    if (!a.ok)
        a.error = st.errorText();
    return a;
}

Action Run::returnUnits(const State& s)
{
    Action a;
    a.kind = Action::Return;
    QList<LineState> shipped;
    for (const LineState& l : s.lines) {
        if (l.shipped > l.returned)
            shipped << l;
    }
    if (shipped.isEmpty())
        return receive(s);
    // The first line of the order for that SKU is the one a return applies to.
    LineState line = pick(shipped);
    for (qint64 id : s.order(line.order).lineIds) {
        if (s.line(id).sku == line.sku) {
            line = s.line(id);
            break;
        }
    }
    a.order = line.order;
    a.sku = line.sku;
    const int back = line.shipped - line.returned;
    a.qty = chance(85) ? bounded(1, std::max(1, back)) : back + 1;
    a.expectOk = a.qty <= back;
    if (a.expectOk.value())
        a.servesAll.insert(a.sku);
    a.text = u"return %1 %2 x%3"_s.arg(a.order, a.sku).arg(a.qty);
    const Status st = StockService(m_f.shop()).returnUnits(a.order, a.sku, a.qty, u"returned"_s);
    a.ok = st.ok();
    if (!a.ok)
        a.error = st.errorText();
    return a;
}

Action Run::adjust(const State& s)
{
    Action a;
    a.kind = Action::Adjust;
    a.sku = pick(m_skus);
    a.qty = bounded(1, 6) * (chance(50) ? 1 : -1);
    const Item& item = s.items.constFind(a.sku).value();
    a.expectOk = item.onHand + a.qty >= item.allocated;
    if (a.qty > 0)
        a.servesAll.insert(a.sku);
    a.text = u"adjust %1 %2"_s.arg(a.sku).arg(a.qty);
    const Status st = StockService(m_f.shop()).adjust(a.sku, a.qty, u"count"_s);
    a.ok = st.ok();
    if (!a.ok)
        a.error = st.errorText();
    return a;
}

Action Run::eta(const State&)
{
    Action a;
    a.kind = Action::Eta;
    a.sku = pick(m_sellable);
    const QDate date = chance(25) ? QDate() : m_f.clock().today().addDays(bounded(1, 90));
    a.expectOk = true;
    a.text = u"eta %1 %2"_s.arg(a.sku, date.isValid() ? core::toIso(date) : u"none"_s);
    const Status st = StockService(m_f.shop()).setExpectedDate(a.sku, date);
    a.ok = st.ok();
    if (!a.ok)
        a.error = st.errorText();
    return a;
}

Action Run::priority(const State& s)
{
    Action a;
    a.kind = Action::Priority;
    QStringList waiting;
    for (const OrderState& o : s.orders) {
        if (s.orderWaiting(o.number) > 0)
            waiting << o.number;
    }
    if (waiting.isEmpty())
        return place(s);
    a.order = pick(waiting);
    const bool set = !s.order(a.order).priority || chance(20);
    const QString reason = set && chance(90) ? u"goodwill"_s : QString();
    a.expectOk = !set || !reason.isEmpty();
    a.text = u"priority %1 %2"_s.arg(a.order, set ? u"set"_s : u"clear"_s);
    const Status st = OrderService(m_f.shop()).setPriority(a.order, set, reason);
    a.ok = st.ok();
    if (!a.ok)
        a.error = st.errorText();
    return a;
}

Action Run::payment(const State& s)
{
    Action a;
    a.kind = Action::Payment;
    if (s.orders.isEmpty())
        return place(s);
    a.order = pick(s.orders.keys());
    PaymentUpdate update;
    update.state = PaymentState(bounded(0, 3));
    const bool bad = chance(5);
    if (bad)
        update.cardExpiry = u"2027-13"_s;
    else if (chance(50))
        update.cardExpiry = randomExpiry();
    if (chance(30))
        update.cardLast4 = u"%1"_s.arg(bounded(1000, 9999));
    a.expectOk = !bad;
    a.text = u"payment %1 %2%3"_s.arg(a.order, toString(update.state), update.cardExpiry ? u" card "_s + *update.cardExpiry : QString());
    const Status st = OrderService(m_f.shop()).setPayment(a.order, update);
    a.ok = st.ok();
    if (!a.ok)
        a.error = st.errorText();
    return a;
}

Action Run::hold(const State& s)
{
    Action a;
    a.kind = Action::Hold;
    if (s.orders.isEmpty())
        return place(s);
    a.order = pick(s.orders.keys());
    const bool on = !s.order(a.order).hold;
    a.expectOk = true;
    a.text = u"hold %1 %2"_s.arg(a.order, on ? u"on"_s : u"off"_s);
    const Status st = OrderService(m_f.shop()).setHoldUntilComplete(a.order, on);
    a.ok = st.ok();
    if (!a.ok)
        a.error = st.errorText();
    return a;
}

Action Run::purchaseOrder(const State&)
{
    Action a;
    a.kind = Action::PurchaseOrder;
    PoModel po;
    qsizetype existing = -1;
    if (!m_pos.isEmpty() && chance(30)) {
        existing = int(m_rng.bounded(quint32(m_pos.size())));
        po = m_pos[existing];
    } else {
        po.number = u"PO-%1"_s.arg(++m_poCount, 3, 10, QLatin1Char('0'));
        po.sku = pick(m_sellable);
    }
    po.qty = bounded(1, 15);
    po.expected = m_f.clock().today().addDays(bounded(1, 45));
    a.sku = po.sku;
    a.expectOk = existing < 0 || po.qty >= m_pos[existing].received;
    a.text = u"purchase order %1 %2 x%3 due %4"_s.arg(po.number, po.sku).arg(po.qty).arg(core::toIso(po.expected));
    PurchaseOrderLineInput line;
    line.poNumber = po.number;
    line.supplier = u"Supplier"_s;
    line.sku = po.sku;
    line.qty = po.qty;
    line.expected = po.expected;
    const Status st = CatalogService(m_f.shop()).savePurchaseOrderLines({line});
    a.ok = st.ok();
    if (!a.ok) {
        a.error = st.errorText();
        return a;
    }
    if (existing >= 0)
        m_pos[existing] = po;
    else
        m_pos << po;
    return a;
}

Action Run::importOrders(const State& s)
{
    Action a;
    a.kind = Action::Import;
    struct Row
    {
        QString number;
        QDateTime placedAt;
        QList<LineSpec> lines;
        PaymentState payment;
    };
    QList<Row> rows;
    const int n = bounded(1, 3);
    const QDateTime now = m_f.clock().now();
    for (int i = 0; i < n; ++i) {
        Row r;
        r.number = newOrderNumber();
        // Orders come in late from the web shop, some placed in the same second.
        r.placedAt = chance(30) && !rows.isEmpty() ? rows.last().placedAt : now.addSecs(-bounded(0, 3 * 86400));
        const int lines = bounded(1, 2);
        for (int j = 0; j < lines; ++j)
            r.lines << LineSpec{pick(m_skus), bounded(1, 4)};
        r.payment = PaymentState(bounded(0, 3));
        rows << r;
    }
    const bool broken = chance(10);
    a.preview = chance(10); // a dry run
    QStringList csv{u"order_number,placed_at,customer_email,customer_name,sku,qty,unit_price,payment_state,card_last4,"
                    "card_expiry"_s};
    for (const Row& r : rows) {
        for (const LineSpec& l : r.lines)
            csv << u"%1,%2,%3@example.com,Customer %1,%4,%5,,%6,,"_s.arg(r.number, core::toIso(r.placedAt),
                                                                           r.number.toLower(), l.sku)
                       .arg(l.qty)
                       .arg(toString(r.payment));
    }
    if (broken)
        csv << u"%1,%2,x@example.com,X,NO-SUCH-SKU,1,,none,,"_s.arg(newOrderNumber(), core::toIso(now));

    // The importer places the orders by their time, ties as the queue orders them: by
    // order number, shorter first, then by text.
    QList<Row> byTime = rows;
    std::stable_sort(byTime.begin(), byTime.end(), [](const Row& x, const Row& y) {
        if (x.placedAt != y.placedAt)
            return x.placedAt < y.placedAt;
        if (x.number.size() != y.number.size())
            return x.number.size() < y.number.size();
        return x.number < y.number;
    });
    QMap<QString, Item> items = s.items;
    bool accepted = !broken;
    for (const Row& r : byTime) {
        Action::Expected e;
        if (!simulatePlacement(items, r.number, r.lines, &e))
            accepted = false;
        a.expected << e;
    }
    a.expectOk = accepted;
    QStringList numbers;
    for (const Row& r : rows)
        numbers << r.number;
    a.text = u"import orders %1%2"_s.arg(numbers.join(u' '), broken ? u" with a bad row"_s : QString());
    if (a.preview)
        a.text += u" (dry run)"_s;

    const QString path = m_f.dir() + u"/orders.csv"_s;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write((csv.join(u'\n') + u'\n').toUtf8()) < 0) {
        a.error = u"cannot write "_s + path;
        return a;
    }
    file.close();
    const auto report = csv::Importer(m_f.shop()).import(csv::Importer::Kind::Orders, path, a.preview);
    a.ok = report.ok();
    if (!a.ok)
        a.error = report.errorText();
    return a;
}

Action Run::changeItem(const State& s)
{
    Action a;
    a.kind = Action::ItemChange;
    a.sku = pick(m_skus);
    const Item& current = s.items.constFind(a.sku).value();
    ItemInput input;
    input.item = current;
    const int roll = bounded(1, 4);
    if (roll == 1) {
        input.item.policy = Policy::Stop;
    } else if (roll == 2) {
        input.item.policy = Policy::Backorder;
    } else if (roll == 3) {
        input.item.policy = Policy::Preorder;
        input.item.releaseDate = m_f.clock().today().addDays(bounded(-5, 30));
    }
    if (chance(30))
        input.item.backorderLimit = chance(50) ? std::optional<int>() : std::optional<int>(bounded(0, 20));
    if (chance(40))
        input.onHand = std::max(0, current.onHand + bounded(-4, 6));
    a.expectOk = !(input.item.policy == Policy::Stop && current.waiting > 0)
                 && !(input.onHand && *input.onHand < current.allocated);
    if (input.onHand && *input.onHand > current.onHand)
        a.servesAll.insert(a.sku);
    a.text = u"item %1 %2 limit %3 on hand %4"_s.arg(a.sku, toString(input.item.policy),
                                                    input.item.backorderLimit ? QString::number(*input.item.backorderLimit)
                                                                              : u"none"_s,
                                                    input.onHand ? QString::number(*input.onHand) : u"kept"_s);
    const Status st = CatalogService(m_f.shop()).saveItems({input});
    a.ok = st.ok();
    if (!a.ok)
        a.error = st.errorText();
    return a;
}

QStringList Run::verify(const State& before, const State& after, const Action& a)
{
    QStringList problems;
    auto expect = [&](bool condition, const QString& what) {
        if (!condition && problems.size() < 20)
            problems << what;
    };

    if (a.expectOk)
        expect(a.ok == *a.expectOk, a.ok ? u"accepted, but the rules refuse it"_s : u"refused: "_s + a.error);
    const bool changes = a.ok && !a.preview;
    if (!changes)
        expect(after.text() == before.text(), u"a refused action or a preview changed the shop"_s);

    const bd::core::Result<CheckReport> report = InsightService(m_f.shop()).check();
    expect(report.ok() && report->ok(),
           u"check: "_s + (report.ok() ? report->problems.join(u"; "_s) : report.errorText()));

    // Counters, lines, and nothing free while anyone waits.
    QHash<QString, int> lineAllocated;
    QHash<QString, int> lineWaiting;
    for (const LineState& l : after.lines) {
        expect(l.qty == l.allocated + l.shipped + l.waiting + l.cancelled,
               u"%1 %2: ordered %3 is not allocated+shipped+waiting+cancelled"_s.arg(l.order, l.sku).arg(l.qty));
        expect(l.allocated >= 0 && l.shipped >= 0 && l.waiting >= 0 && l.cancelled >= 0 && l.returned >= 0
                   && l.returned <= l.shipped,
               u"%1 %2: impossible quantities"_s.arg(l.order, l.sku));
        lineAllocated[l.sku] += l.allocated;
        lineWaiting[l.sku] += l.waiting;
        if (l.waiting == 0)
            expect(!l.promised.isValid(), u"%1 %2: a promised date without waiting units"_s.arg(l.order, l.sku));
    }
    for (const Item& i : after.items) {
        expect(i.allocated <= i.onHand, u"%1: %2 allocated, %3 on hand"_s.arg(i.sku).arg(i.allocated).arg(i.onHand));
        expect(i.allocated == lineAllocated.value(i.sku) && i.waiting == lineWaiting.value(i.sku),
               u"%1: counters differ from the lines"_s.arg(i.sku));
        if (i.waiting > 0)
            expect(i.available() == 0, u"%1: available while people wait"_s.arg(i.sku));
        const bool free = i.onHand - i.allocated > 0;
        if (changes) {
            const bool exempt = (m_heldFree.contains(i.sku) && !a.servesAll.contains(i.sku))
                                || (a.kind == Action::Receive && a.completeOnly && a.sku == i.sku);
            expect(!(i.waiting > 0 && free) || exempt,
                   u"%1: %2 units free on the shelf while %3 wait"_s.arg(i.sku).arg(i.onHand - i.allocated).arg(i.waiting));
            if (i.waiting > 0 && free)
                m_heldFree.insert(i.sku);
            else
                m_heldFree.remove(i.sku);
        }
    }

    // The store's queue is the rule's queue.
    QHash<QString, QStringList> storeQueue;
    QHash<QString, QList<int>> positions;
    test::must(m_f.shop().queue().forEachWaitingLine(0, [&](const WaitingLine& w) {
        storeQueue[w.sku] << u"%1:%2"_s.arg(w.orderNumber).arg(w.qtyWaiting);
        positions[w.sku] << w.position;
    }));
    for (const QString& sku : std::as_const(m_skus)) {
        QStringList expected;
        QList<int> expectedPositions;
        for (const LineState& l : after.queue(sku)) {
            expected << u"%1:%2"_s.arg(l.order).arg(l.waiting);
            expectedPositions << int(expectedPositions.size()) + 1;
        }
        expect(storeQueue.value(sku) == expected,
               u"%1: queue %2, expected %3"_s.arg(sku, storeQueue.value(sku).join(u' '), expected.join(u' ')));
        expect(positions.value(sku) == expectedPositions, u"%1: positions are not 1..n"_s.arg(sku));
    }

    // First come, first served: who got units in this action.
    if (changes) {
        for (const QString& sku : std::as_const(m_skus)) {
            bool gap = false;
            for (const LineState& l : before.queue(sku)) {
                const LineState& now = after.line(l.id);
                if (now.cancelled > l.cancelled)
                    continue; // cancelled in this action, not served
                const int gain = l.waiting - now.waiting;
                if (a.kind == Action::Receive && a.completeOnly && a.sku == sku) {
                    if (gain > 0)
                        expect(gain == l.waiting && after.orderWaiting(l.order) == 0,
                               u"%1: complete-only gave %2 to %3, which is not complete"_s.arg(sku).arg(gain).arg(l.order));
                    continue;
                }
                expect(!(gap && gain > 0),
                       u"%1: %2 got %3 while a line before it in the queue was still waiting"_s.arg(sku, l.order).arg(gain));
                if (gain < l.waiting)
                    gap = true;
            }
        }
    }

    // A new order never takes stock somebody waits for, and takes what the rules say.
    if ((a.kind == Action::Place || a.kind == Action::Import) && changes) {
        for (const Action::Expected& e : a.expected) {
            expect(after.orders.contains(e.order), u"order %1 was not placed"_s.arg(e.order));
            if (!after.orders.contains(e.order))
                continue;
            const OrderState& o = after.order(e.order);
            expect(o.lineIds.size() == e.allocated.size(), u"%1 has the wrong number of lines"_s.arg(e.order));
            for (qsizetype i = 0; i < o.lineIds.size() && i < e.allocated.size(); ++i) {
                const LineState& l = after.line(o.lineIds[i]);
                expect(l.allocated == e.allocated[i], u"%1 line %2: %3 allocated, the rules give %4"_s.arg(e.order)
                                                          .arg(i + 1)
                                                          .arg(l.allocated)
                                                          .arg(e.allocated[i]));
                if (e.othersWait[i])
                    expect(l.allocated == 0, u"%1 took %2 of %3 while others wait"_s.arg(e.order).arg(l.allocated).arg(l.sku));
                if (a.kind == Action::Place)
                    expect(a.placed.lines.value(i).allocated == l.allocated && a.placed.lines.value(i).qty == l.qty,
                           u"%1 line %2: the placed order reports other figures"_s.arg(e.order).arg(i + 1));
            }
        }
    }

    // The cross-dock list: every unit that goes to an order, front of the queue first
    // (from this receipt, and from what an earlier complete-only receipt left on the
    // shelf), then one shelf row for what of this receipt is put away.
    if (a.kind == Action::Receive && a.ok) {
        int shipped = 0;
        int shelf = 0;
        QStringList rows;
        for (qsizetype i = 0; i < a.rows.size(); ++i) {
            const CrossDockRow& r = a.rows[i];
            expect(r.sku == a.sku, u"cross-dock row for another SKU"_s);
            if (r.destination == u"shelf"_s) {
                shelf += r.qty;
                expect(i == a.rows.size() - 1, u"the shelf row is not last"_s);
            } else {
                expect(r.destination == u"ship"_s, u"cross-dock destination '%1'"_s.arg(r.destination));
                shipped += r.qty;
                rows << u"%1:%2"_s.arg(r.orderNumber).arg(r.qty);
            }
            expect(r.qty > 0, u"cross-dock row without units"_s);
        }
        const Item& item = before.items.constFind(a.sku).value();
        const int freeBefore = item.onHand - item.allocated;
        const int putAway = std::clamp(freeBefore + a.qty - shipped, 0, a.qty);
        expect(shelf == putAway, u"cross-dock list puts %1 on the shelf, %2 of the receipt are left"_s.arg(shelf).arg(putAway));
        QStringList expected;
        if (!a.completeOnly) {
            int units = freeBefore + a.qty;
            for (const LineState& l : before.queue(a.sku)) {
                if (units <= 0)
                    break;
                const int n = std::min(units, l.waiting);
                expected << u"%1:%2"_s.arg(l.order).arg(n);
                units -= n;
            }
        } else if (!a.preview) {
            for (const LineState& l : before.queue(a.sku)) {
                const int gain = l.waiting - after.line(l.id).waiting;
                if (gain > 0)
                    expected << u"%1:%2"_s.arg(l.order).arg(gain);
            }
        } else {
            expected = rows; // a complete-only preview: only the sums above are known
        }
        expect(rows == expected, u"cross-dock %1, expected %2"_s.arg(rows.join(u' '), expected.join(u' ')));
        if (!a.preview) {
            int served = 0;
            for (const LineState& l : before.queue(a.sku))
                served += l.waiting - after.line(l.id).waiting;
            expect(served == shipped, u"%1 units went to orders, the cross-dock list shows %2"_s.arg(served).arg(shipped));
        }
    }

    // Every waiting line carries the date its place in the queue gives it; a date that
    // moved later than what the customer was told left one "date slipped" event.
    QHash<QString, int> expectedSlips;
    for (const QString& sku : std::as_const(m_skus)) {
        const Item& item = after.items.constFind(sku).value();
        const QList<LineState> queue = after.queue(sku);
        QList<int> waiting;
        for (const LineState& l : queue)
            waiting << l.waiting;
        const bool preorder = item.policy == Policy::Preorder;
        const QDate fallback = item.expectedDate.isValid() || !preorder ? item.expectedDate : item.releaseDate;
        const QList<QDate> dates = promisedDates(waiting, incoming(sku), fallback, preorder ? item.releaseDate : QDate());
        for (qsizetype i = 0; i < queue.size(); ++i) {
            const LineState& l = queue[i];
            if (l.promised != dates[i]) {
                QStringList model;
                for (const PoModel& po : m_pos) {
                    if (po.sku == sku)
                        model << u"%1 %2/%3 due %4"_s.arg(po.number).arg(po.received).arg(po.qty).arg(core::toIso(po.expected));
                }
                QStringList stored;
                for (const Incoming& in : test::must(m_f.shop().purchases().incoming(item.id)))
                    stored << u"%1:%2"_s.arg(core::toIso(in.date)).arg(in.qty);
                expect(false, u"%1 %2: promised %3, the queue gives %4 (purchase orders %5; the shop has incoming %6)"_s.arg(
                                  l.order, sku, core::toIso(l.promised), core::toIso(dates[i]), model.join(u' '),
                                  stored.join(u' ')));
            }
            const QDate told = before.lines.contains(l.id) ? before.line(l.id).told : QDate();
            const bool slipped = told.isValid() && (!l.promised.isValid() || l.promised > told);
            if (slipped)
                ++expectedSlips[l.order];
            const QDate nowTold = slipped || !told.isValid() ? l.promised : told;
            expect(l.told == nowTold, u"%1 %2: told %3, expected %4"_s.arg(l.order, sku, core::toIso(l.told),
                                                                          core::toIso(nowTold)));
        }
    }
    if (changes) {
        QSet<QString> orders;
        for (auto it = after.slips.cbegin(); it != after.slips.cend(); ++it)
            orders.insert(it.key());
        for (auto it = expectedSlips.cbegin(); it != expectedSlips.cend(); ++it)
            orders.insert(it.key());
        for (const QString& o : orders) {
            const int recorded = after.slips.value(o) - before.slips.value(o);
            expect(recorded == expectedSlips.value(o),
                   u"%1: %2 'date slipped' events recorded, %3 dates slipped"_s.arg(o).arg(recorded).arg(expectedSlips.value(o)));
        }
    }
    return problems;
}

// The payment-risk lists, worked out from the rule: waiting orders not paid yet whose
// card (end of its month) or authorization (authorized + hold days) lapses before their
// latest promised date — or, while any of their dates is unknown, has lapsed before
// today — soonest lapse first; then the orders with allocated units not captured,
// oldest first.
QStringList expectedRisk(const State& s, int holdDays, const QDate& today)
{
    struct Lapse
    {
        QDate date;
        QString text;
    };
    QList<Lapse> lapses;
    QStringList capture;
    QList<OrderState> orders = s.orders.values();
    std::sort(orders.begin(), orders.end(), [](const OrderState& a, const OrderState& b) {
        return a.placedAt != b.placedAt ? a.placedAt < b.placedAt : a.number < b.number;
    });
    for (const OrderState& o : orders) {
        int waiting = 0;
        int allocated = 0;
        QDate latest;
        bool unknown = false;
        for (qint64 id : o.lineIds) {
            const LineState& l = s.line(id);
            waiting += l.waiting;
            allocated += l.allocated;
            if (l.waiting > 0) {
                if (!l.promised.isValid())
                    unknown = true;
                else if (!latest.isValid() || l.promised > latest)
                    latest = l.promised;
            }
        }
        const QDate deadline = !unknown && latest.isValid() ? latest : today;
        if (waiting > 0 && o.payment != PaymentState::Captured) {
            const QDate cardEnd = cardLastDay(o.cardExpiry);
            if (cardEnd.isValid() && cardEnd < deadline)
                lapses << Lapse{cardEnd, u"lapses %1 card %2"_s.arg(o.number, core::toIso(cardEnd))};
            if (o.payment == PaymentState::Authorized && o.authorizedAt.isValid()) {
                const QDate holdEnd = o.authorizedAt.date().addDays(holdDays);
                if (holdEnd < deadline)
                    lapses << Lapse{holdEnd, u"lapses %1 authorization %2"_s.arg(o.number, core::toIso(holdEnd))};
            }
        }
        if (allocated > 0 && o.payment != PaymentState::Captured)
            capture << u"capture "_s + o.number;
    }
    std::stable_sort(lapses.begin(), lapses.end(), [](const Lapse& a, const Lapse& b) { return a.date < b.date; });
    QStringList out;
    for (const Lapse& l : std::as_const(lapses))
        out << l.text;
    return out + capture;
}

} // namespace

class TestRandomized : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void randomActionsKeepTheRules_data();
    void randomActionsKeepTheRules();

private:
    quint32 m_seed = 0;
    int m_actions = 600;
    int m_episodes = 5;
};

void TestRandomized::initTestCase()
{
    bool given = false;
    const quint32 seed = qEnvironmentVariable("BD_SEED").trimmed().toUInt(&given);
    // A fixed seed unless one is given, so the suite gives the same verdict on every
    // run; other seeds (BD_SEED) explore further.
    m_seed = given ? seed : 20261127u;
    bool ok = false;
    if (const int n = qEnvironmentVariableIntValue("BD_ACTIONS", &ok); ok && n > 0)
        m_actions = n;
    if (const int n = qEnvironmentVariableIntValue("BD_EPISODES", &ok); ok && n > 0)
        m_episodes = n;
    qInfo("seed %u: %d episodes of %d actions (BD_SEED=%u repeats this run)", m_seed, m_episodes, m_actions, m_seed);
}

void TestRandomized::randomActionsKeepTheRules_data()
{
    // Each episode is a fresh shop with its own seed drawn from the run's seed; short
    // episodes keep every check after every action cheap.
    QTest::addColumn<quint32>("seed");
    QRandomGenerator seeds(m_seed);
    for (int episode = 1; episode <= m_episodes; ++episode)
        QTest::addRow("episode %d", episode) << seeds.generate();
}

void TestRandomized::randomActionsKeepTheRules()
{
    QFETCH(quint32, seed);
    const int actions = m_actions;

    QString error;
    std::unique_ptr<ShopFixture> f = ShopFixture::create(bd::test::utc(2026, 11, 2, 9, 0), &error);
    QVERIFY2(f, qPrintable(error));
    Run run(*f, seed);
    QVERIFY2(run.setUp(&error), qPrintable(error));
    // Durability is not what this test is about: without a sync per commit the run is
    // many times faster.
    if (!f->shop().db().isServer()) {
        QSqlQuery pragma(f->shop().db().connection());
        QVERIFY(pragma.exec(u"PRAGMA synchronous = OFF"_s));
    }
    Reader reader(*f);
    QVERIFY(reader.ok());

    QElapsedTimer timer;
    timer.start();
    QHash<int, int> done;
    QHash<int, int> refused;
    qint64 acting = 0;
    qint64 reading = 0;
    qint64 checking = 0;
    QElapsedTimer phase;
    State before = reader.read();
    for (int i = 1; i <= actions; ++i) {
        phase.start();
        const Action action = run.randomAction(before);
        acting += phase.restart();
        State after = reader.read(&before);
        reading += phase.restart();
        const QStringList problems = run.verify(before, after, action);
        if (!problems.isEmpty()) {
            QFAIL(qPrintable(u"run seed %1, episode seed %2, action %3 (%4):\n  "_s.arg(m_seed)
                                 .arg(seed)
                                 .arg(i)
                                 .arg(action.text)
                             + problems.join(u"\n  "_s)));
        }
        if (i % 25 == 0) {
            QStringList risk;
            QStringList details;
            for (const RiskRow& r : test::must(InsightService(f->shop()).paymentRisk())) {
                if (r.list == u"lapses"_s)
                    risk << u"lapses %1 %2 %3"_s.arg(r.orderNumber,
                                                     r.reason.startsWith(u"card"_s) ? u"card"_s : u"authorization"_s,
                                                     core::toIso(r.lapseDate));
                else
                    risk << r.list + u' ' + r.orderNumber;
                if (r.list == u"lapses"_s)
                    details << u"%1 %2 lapses %3 promised %4"_s.arg(r.orderNumber, r.reason, core::toIso(r.lapseDate),
                                                                   core::toIso(r.promisedDate));
            }
            const int holdDays = f->shop().config().integer(store::settings::AuthHoldDays);
            const QStringList expected = expectedRisk(after, holdDays, f->clock().today());
            if (risk != expected) {
                for (const QString& row : expected) {
                    if (!row.startsWith(u"lapses"_s))
                        continue;
                    const OrderState& o = after.order(row.section(u' ', 1, 1));
                    QStringList promised;
                    for (qint64 id : o.lineIds)
                        promised << u"%1:%2w/%3"_s.arg(after.line(id).sku).arg(after.line(id).waiting)
                                        .arg(core::toIso(after.line(id).promised));
                    details << u"model: %1 placed %2 %3 card %4 authorized %5 lines %6"_s.arg(
                        o.number, core::toIso(o.placedAt), toString(o.payment), o.cardExpiry, core::toIso(o.authorizedAt),
                        promised.join(u' '));
                }
            }
            QVERIFY2(risk == expected, qPrintable(u"run seed %1, episode seed %2, action %3: payment risk\n  %4\n"
                                                  "expected\n  %5\n  %6"_s.arg(m_seed)
                                                       .arg(seed)
                                                       .arg(i)
                                                       .arg(risk.join(u", "_s), expected.join(u", "_s),
                                                            details.join(u"\n  "_s))));
        }
        checking += phase.elapsed();
        ++done[action.kind];
        if (!action.ok)
            ++refused[action.kind];
        before = std::move(after);
    }

    // The episode must have exercised every kind of action, and refusals too.
    for (int kind = Action::Place; kind <= Action::ItemChange; ++kind)
        QVERIFY2(done.value(kind) > 0, qPrintable(u"no action of kind %1 ran"_s.arg(kind)));
    QVERIFY(done.value(Action::Place) - refused.value(Action::Place) > actions / 10);
    QVERIFY(refused.value(Action::Place) > 0);
    QVERIFY(refused.value(Action::Ship) > 0);
    int waitingLines = 0;
    for (const LineState& l : before.lines)
        waitingLines += l.waiting > 0 ? 1 : 0;
    static const char* const names[] = {"place", "receive", "ship", "cancel", "return", "adjust", "eta",
                                        "priority", "payment", "hold", "purchase order", "import", "item"};
    QStringList kinds;
    for (int kind = Action::Place; kind <= Action::ItemChange; ++kind)
        kinds << u"%1 %2 (%3 refused)"_s.arg(QLatin1String(names[kind])).arg(done.value(kind)).arg(refused.value(kind));
    qInfo("%d actions in %lld ms (acting %lld, reading %lld, checking %lld); %lld orders, %lld lines (%d waiting) "
          "at the end; %s",
          actions, timer.elapsed(), acting, reading, checking, qint64(before.orders.size()), qint64(before.lines.size()),
          waitingLines, qPrintable(kinds.join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestRandomized)
#include "TestRandomized.moc"
