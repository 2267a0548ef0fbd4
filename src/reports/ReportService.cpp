#include "ReportService.h"

#include "domain/Availability.h"
#include "reports/ReportFormat.h"
#include "services/InsightService.h"
#include "store/Config.h"
#include "store/Database.h"
#include "store/ItemStore.h"
#include "store/Transaction.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <limits>

using bd::core::Result;
using bd::core::Status;

namespace bd::reports {

namespace {

using T = Column::Type;

Column col(const char* key, const QString& title, T type = T::Text)
{
    return Column{QString::fromLatin1(key), title, type};
}

QVariant orNull(const QDate& d)
{
    return d.isValid() ? QVariant(d) : QVariant();
}

QVariant ratio(qint64 part, qint64 whole)
{
    return whole > 0 ? QVariant(double(part) / double(whole)) : QVariant();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

// Days waited in the buckets of the aging and cancellation reports.
struct Bucket
{
    int upTo; // last day of the bucket
    const char* label;
};
constexpr Bucket buckets[] = {{7, "0\u20137 days"}, {14, "8\u201314 days"}, {30, "15\u201330 days"},
                              {60, "31\u201360 days"}, {std::numeric_limits<int>::max(), "over 60 days"}};
constexpr int bucketCount = int(std::size(buckets));

int bucketOf(qint64 days)
{
    for (int b = 0; b < bucketCount; ++b) {
        if (days <= buckets[b].upTo)
            return b;
    }
    return bucketCount - 1;
}

QString bucketLabel(int b)
{
    return QCoreApplication::translate("bd::reports::ReportService", buckets[b].label);
}

// "1 item" or "5 items" (the English plural without a translation file).
QString plural(qint64 n, const QString& one, const QString& many)
{
    return n == 1 ? one : many.arg(n);
}

QDateTime startOf(const QDate& day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC);
}

} // namespace

const QList<ReportSpec>& ReportService::specs()
{
    using K = ReportKind;
    static const QList<ReportSpec> table = {
        {K::Backorders, QStringLiteral("backorders"), tr("Backorders"),
         tr("Per item: waiting units and customers, oldest wait, expected date, incoming, shortfall"), true, false,
         false, false, false},
        {K::Aging, QStringLiteral("aging"), tr("Backorder aging"),
         tr("Waiting lines by days waited (0-7, 8-14, 15-30, 31-60, over 60), per item and overall"), true, false,
         false, false, false},
        {K::Queue, QStringLiteral("queue"), tr("Queue"), tr("The waiting customers of one SKU in queue order"), true,
         true, false, false, false},
        {K::CrossDock, QStringLiteral("crossdock"), tr("Cross-dock list"),
         tr("For a receipt: what goes straight to shipping for which order, and what is put away"), false, false, true,
         false, false},
        {K::Packing, QStringLiteral("packing"), tr("Packing slips"),
         tr("A packing slip per order ready to ship (or for one order): shipped now, before, still to come"), false,
         false, false, true, false},
        {K::Cancellations, QStringLiteral("cancellations"), tr("Cancellations of backorders"),
         tr("Cancelled backordered units by time waited and by reason, for orders placed in a period"), false, false,
         false, false, true},
        {K::Demand, QStringLiteral("demand"), tr("Demand"),
         tr("Backordered and waiting units by attribute value and top SKUs, for orders placed in a period"), false,
         false, false, false, true},
        {K::PaymentRisk, QStringLiteral("payment-risk"), tr("Payment risk"),
         tr("Orders whose card or authorization lapses before the promised date, and orders to capture"), false, false,
         false, false, false},
        {K::Rate, QStringLiteral("rate"), tr("Backorder rate and fill time"),
         tr("Per week or month: units that had to wait / units ordered, median days to ship after waiting"), false,
         false, false, false, true},
    };
    return table;
}

const ReportSpec* ReportService::spec(const QString& name)
{
    for (const ReportSpec& s : specs()) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

const ReportSpec& ReportService::spec(ReportKind kind)
{
    for (const ReportSpec& s : specs()) {
        if (s.kind == kind)
            return s;
    }
    return specs().constFirst();
}

ReportService::ReportService(store::Database& db, const core::Clock& clock)
    : m_db(db)
    , m_shop(db, clock)
    , m_store(db)
{
}

ReportService::~ReportService() = default;

Result<Report> ReportService::build(ReportKind kind, const ReportParams& params, const Progress& progress,
                                    const std::atomic<bool>* cancel)
{
    m_progress = progress;
    m_cancel = cancel;
    const ReportSpec& s = spec(kind);
    Report report;
    report.kind = kind;
    report.name = s.name;
    report.title = s.title;
    report.shopName = m_shop.config().text(store::settings::ShopName);
    report.locale = m_shop.config().text(store::settings::ShopLocale);
    report.currency = m_shop.config().text(store::settings::ShopCurrency);
    report.generatedAt = m_shop.now();
    if (s.period) {
        const QDate today = m_shop.clock().today();
        report.to = params.to.isValid() ? params.to : (params.from.isValid() && params.from > today ? params.from : today);
        report.from = params.from.isValid() ? params.from : report.to.addDays(1 - DefaultPeriodDays);
        if (report.from > report.to)
            return core::Error{tr("the period ends (%1) before it starts (%2)")
                                   .arg(core::toIso(report.to), core::toIso(report.from)),
                               {}, 0, QStringLiteral("to")};
    }
    step(0, tr("Reading the shop"));
    // One read transaction: every figure of the report comes from the same moment.
    store::Transaction snapshot(m_db);
    if (!snapshot.isActive())
        return snapshot.status().errors();
    Status built;
    switch (kind) {
    case ReportKind::Backorders:
        built = backorders(report, params);
        break;
    case ReportKind::Aging:
        built = aging(report, params);
        break;
    case ReportKind::Queue:
        built = queue(report, params);
        break;
    case ReportKind::CrossDock:
        built = crossDock(report, params);
        break;
    case ReportKind::Packing:
        built = packing(report, params);
        break;
    case ReportKind::Cancellations:
        built = cancellations(report);
        break;
    case ReportKind::Demand:
        built = demand(report);
        break;
    case ReportKind::PaymentRisk:
        built = paymentRisk(report);
        break;
    case ReportKind::Rate:
        built = rate(report, params);
        break;
    }
    if (!built.ok())
        return built.errors();
    if (cancelled())
        return core::fail(tr("cancelled"));
    step(100, tr("Done"));
    return report;
}

// ---------------------------------------------------------------- backorders

Status ReportService::backorders(Report& report, const ReportParams& params)
{
    qint64 itemId = 0;
    if (!params.sku.isEmpty()) {
        const Result<qint64> id = store::required(m_store.itemIdBySku(params.sku), [&] {
            return core::Error{tr("unknown SKU '%1'").arg(params.sku), {}, 0, QStringLiteral("sku")};
        });
        if (!id)
            return id.errors();
        itemId = id.value();
        report.subtitle = tr("SKU %1").arg(params.sku);
    }
    Result<QList<store::report::BackorderItem>> items = m_store.backorderItems(itemId);
    if (!items)
        return items.errors();
    step(60, tr("Adding up"));
    Result<int> customers = m_store.waitingCustomers(itemId);
    if (!customers)
        return customers.errors();
    QList<store::report::BackorderItem> rows = items.takeValue();
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.waitingUnits > b.waitingUnits; });

    const QDate today = m_shop.clock().today();
    report.landscape = true; // ten columns
    ReportTable table;
    table.columns = {col("sku", tr("SKU")),
                     col("item", tr("Item")),
                     col("waiting_units", tr("Waiting units"), T::Integer),
                     col("waiting_customers", tr("Customers"), T::Integer),
                     col("waiting_value", tr("Value"), T::Money),
                     col("oldest_order", tr("Oldest order"), T::Date),
                     col("oldest_wait_days", tr("Days waited"), T::Integer),
                     col("expected_date", tr("Expected"), T::Date),
                     col("incoming", tr("Incoming"), T::Integer),
                     col("shortfall", tr("Shortfall"), T::Integer)};
    table.emptyText = tr("Nobody is waiting for anything.");
    qint64 units = 0;
    qint64 incoming = 0;
    qint64 shortfall = 0;
    qint64 value = 0;
    QDate oldest;
    for (const auto& r : std::as_const(rows)) {
        const QDate placed = r.oldestPlaced.toUTC().date();
        const QDate expected = r.nextDelivery.isValid() ? r.nextDelivery : r.expectedByHand;
        const int gap = std::max(0, r.waitingUnits - r.incoming);
        table.rows << Row{r.sku,
                          r.name,
                          r.waitingUnits,
                          r.customers,
                          r.waitingValueMinor,
                          orNull(placed),
                          std::max<qint64>(0, placed.daysTo(today)),
                          orNull(expected),
                          r.incoming,
                          gap};
        units += r.waitingUnits;
        value += r.waitingValueMinor;
        incoming += r.incoming;
        shortfall += gap;
        if (!oldest.isValid() || placed < oldest)
            oldest = placed;
    }
    if (!rows.isEmpty())
        table.totals = Row{tr("Total"), plural(rows.size(), tr("1 item"), tr("%1 items")), units, customers.value(), value,
                           orNull(oldest), std::max<qint64>(0, oldest.daysTo(today)), QVariant(), incoming, shortfall};
    report.figures = {{tr("Items waited for"), qint64(rows.size()), T::Integer},
                      {tr("Waiting units"), units, T::Integer},
                      {tr("Waiting customers"), customers.value(), T::Integer},
                      {tr("Value of waiting units"), value, T::Money},
                      {tr("Shortfall (not on order)"), shortfall, T::Integer}};
    report.tables << table;
    return {};
}

// ---------------------------------------------------------------- aging

Status ReportService::aging(Report& report, const ReportParams& params)
{
    qint64 itemId = 0;
    if (!params.sku.isEmpty()) {
        const Result<qint64> id = store::required(m_store.itemIdBySku(params.sku), [&] {
            return core::Error{tr("unknown SKU '%1'").arg(params.sku), {}, 0, QStringLiteral("sku")};
        });
        if (!id)
            return id.errors();
        itemId = id.value();
        report.subtitle = tr("SKU %1").arg(params.sku);
    }
    Result<QList<store::report::AgingCell>> cells = m_store.agingCells(itemId);
    if (!cells)
        return cells.errors();
    step(60, tr("Sorting into buckets"));
    const QDate today = m_shop.clock().today();
    struct Counts
    {
        QString name;
        qint64 lines[bucketCount] = {};
        qint64 units[bucketCount] = {};
    };
    QMap<QString, Counts> perItem; // by SKU
    Counts overall;
    for (const auto& c : cells.value()) {
        Counts& item = perItem[c.sku];
        item.name = c.name;
        const int b = bucketOf(std::max<qint64>(0, c.placed.daysTo(today)));
        item.lines[b] += c.lines;
        item.units[b] += c.units;
        overall.lines[b] += c.lines;
        overall.units[b] += c.units;
    }
    qint64 allLines = 0;
    qint64 allUnits = 0;
    for (int b = 0; b < bucketCount; ++b) {
        allLines += overall.lines[b];
        allUnits += overall.units[b];
    }

    ReportTable summary;
    summary.heading = tr("All items");
    summary.columns = {col("days_waited", tr("Days waited")), col("lines", tr("Waiting lines"), T::Integer),
                       col("units", tr("Waiting units"), T::Integer), col("share_of_lines", tr("Share of lines"), T::Percent)};
    Chart chart;
    chart.title = tr("Waiting lines by days waited");
    chart.style = Chart::Style::Bars;
    chart.valueType = T::Integer;
    for (int b = 0; b < bucketCount; ++b) {
        summary.rows << Row{bucketLabel(b), overall.lines[b], overall.units[b], ratio(overall.lines[b], allLines)};
        chart.categories << bucketLabel(b);
        chart.values << double(overall.lines[b]);
    }
    summary.totals = Row{tr("Total"), allLines, allUnits, ratio(allLines, allLines)};

    ReportTable items;
    items.heading = tr("Per item");
    items.columns = {col("sku", tr("SKU")), col("item", tr("Item"))};
    static const char* const keys[] = {"days_0_7", "days_8_14", "days_15_30", "days_31_60", "days_over_60"};
    for (int b = 0; b < bucketCount; ++b)
        items.columns << col(keys[b], bucketLabel(b), T::Integer);
    items.columns << col("lines", tr("Lines"), T::Integer) << col("units", tr("Units"), T::Integer);
    items.emptyText = tr("Nobody is waiting for anything.");
    for (auto it = perItem.cbegin(); it != perItem.cend(); ++it) {
        Row row{it.key(), it->name};
        qint64 lines = 0;
        qint64 units = 0;
        for (int b = 0; b < bucketCount; ++b) {
            row << it->lines[b];
            lines += it->lines[b];
            units += it->units[b];
        }
        row << lines << units;
        items.rows << row;
    }
    if (!perItem.isEmpty()) {
        Row totals{tr("Total"), plural(perItem.size(), tr("1 item"), tr("%1 items"))};
        for (int b = 0; b < bucketCount; ++b)
            totals << overall.lines[b];
        totals << allLines << allUnits;
        items.totals = totals;
    }
    report.figures = {{tr("Waiting lines"), allLines, T::Integer},
                      {tr("Waiting units"), allUnits, T::Integer},
                      {tr("Lines waiting over 30 days"), overall.lines[3] + overall.lines[4], T::Integer}};
    report.charts << chart;
    report.tables << summary << items;
    return {};
}

// ---------------------------------------------------------------- queue

Status ReportService::queue(Report& report, const ReportParams& params)
{
    if (params.sku.isEmpty())
        return core::Error{tr("the queue report is for one SKU"), {}, 0, QStringLiteral("sku")};
    const Result<domain::Item> item = store::required(m_shop.items().itemBySku(params.sku), [&] {
        return core::Error{tr("unknown SKU '%1'").arg(params.sku), {}, 0, QStringLiteral("sku")};
    });
    if (!item)
        return item.errors();
    report.subtitle = QStringLiteral("%1 \u2014 %2").arg(item->sku, item->name);
    report.landscape = true;
    ReportTable table;
    table.columns = {col("position", tr("#"), T::Integer),     col("order_number", tr("Order")),
                     col("priority", tr("Front")),              col("customer", tr("Customer")),
                     col("email", tr("E-mail")),                col("phone", tr("Phone")),
                     col("qty", tr("Qty"), T::Integer),
                     col("placed_at", tr("Placed"), T::DateTime), col("promised_date", tr("Promised"), T::Date),
                     col("payment", tr("Payment"))};
    table.emptyText = tr("Nobody is waiting for %1.").arg(item->sku);
    qint64 units = 0;
    bool stopped = false;
    const int expected = std::max(1, item->waiting);
    const Status read = m_store.forEachQueueLine(item->id, [&](const store::report::QueueLine& l) {
        table.rows << Row{l.position,
                          l.orderNumber,
                          l.priority ? tr("yes") : QString(),
                          l.customerName,
                          l.email,
                          l.phone,
                          l.qtyWaiting,
                          l.placedAt,
                          orNull(l.promised),
                          l.payment};
        units += l.qtyWaiting;
        if (table.rows.size() % 1024 == 0) {
            step(int(std::min<qint64>(90, units * 90 / expected)), tr("Reading the queue"));
            if (cancelled()) {
                stopped = true;
                return false;
            }
        }
        return true;
    });
    if (!read.ok())
        return read;
    if (stopped)
        return core::fail(tr("cancelled"));
    if (!table.rows.isEmpty())
        table.totals = Row{QVariant(), tr("Total"), QVariant(), plural(table.rows.size(), tr("1 line"), tr("%1 lines")),
                           QVariant(), QVariant(), units, QVariant(), QVariant(), QVariant()};
    // The item's status as the window's badge and the availability feed say it.
    const domain::ItemStatus status = domain::itemStatus(item.value(), m_shop.clock().today());
    report.figures = {{tr("Status"), domain::statusText(status), T::Text},
                      {tr("Waiting units"), units, T::Integer},
                      {tr("Waiting lines"), qint64(table.rows.size()), T::Integer},
                      {tr("On hand"), item->onHand, T::Integer}};
    if (item->nextExpected().isValid())
        report.figures << Figure{tr("Next delivery expected"), item->nextExpected(), T::Date};
    report.tables << table;
    return {};
}

// ---------------------------------------------------------------- cross-dock

Status ReportService::crossDock(Report& report, const ReportParams& params)
{
    if (params.receiptRef.isEmpty())
        return core::Error{tr("the cross-dock list is for one receipt reference"), {}, 0, QStringLiteral("ref")};
    const Result<int> receipts = m_store.receiptCount(params.receiptRef);
    if (!receipts)
        return receipts.errors();
    if (receipts.value() == 0)
        return core::Error{tr("unknown receipt reference '%1'").arg(params.receiptRef), {}, 0, QStringLiteral("ref")};
    Result<QList<store::report::CrossDockShip>> ship = m_store.crossDockShipping(params.receiptRef);
    if (!ship)
        return ship.errors();
    Result<QList<store::report::CrossDockReceived>> received = m_store.crossDockReceived(params.receiptRef);
    if (!received)
        return received.errors();
    const ReportFormat format(report);
    QDateTime receivedAt;
    for (const auto& r : received.value()) {
        if (!receivedAt.isValid() || r.receivedAt < receivedAt)
            receivedAt = r.receivedAt;
    }
    report.subtitle = tr("Receipt %1, received %2").arg(params.receiptRef, format.dateTime(receivedAt));

    ReportTable toShip;
    toShip.heading = tr("Straight to shipping");
    toShip.columns = {col("order_number", tr("Order")), col("sku", tr("SKU")),           col("item", tr("Item")),
                      col("qty", tr("Qty"), T::Integer), col("ship_to_name", tr("Ship to")), col("ship_to_address", tr("Address"))};
    toShip.emptyText = tr("Nothing of this receipt went to a waiting order.");
    qint64 shipped = 0;
    QSet<QString> orders;
    for (const auto& r : ship.value()) {
        toShip.rows << Row{r.orderNumber, r.sku, r.itemName, r.qty, r.shipToName, r.shipToAddress};
        shipped += r.qty;
        orders.insert(r.orderNumber);
    }
    if (!toShip.rows.isEmpty())
        toShip.totals = Row{tr("Total"), QVariant(), plural(orders.size(), tr("1 order"), tr("%1 orders")), shipped, QVariant(), QVariant()};

    ReportTable putAway;
    putAway.heading = tr("Put away");
    putAway.columns = {col("sku", tr("SKU")), col("item", tr("Item")), col("received", tr("Received"), T::Integer),
                       col("to_shipping", tr("To shipping"), T::Integer), col("put_away", tr("Put away"), T::Integer)};
    qint64 in = 0;
    qint64 shelf = 0;
    for (const auto& r : received.value()) {
        putAway.rows << Row{r.sku, r.itemName, r.received, r.received - r.toShelf, r.toShelf};
        in += r.received;
        shelf += r.toShelf;
    }
    putAway.totals = Row{tr("Total"), QVariant(), in, in - shelf, shelf};
    report.figures = {{tr("Units received"), in, T::Integer},
                      {tr("Straight to shipping"), in - shelf, T::Integer},
                      {tr("Orders served"), qint64(orders.size()), T::Integer},
                      {tr("Put away"), shelf, T::Integer}};
    report.tables << toShip << putAway;
    return {};
}

// ---------------------------------------------------------------- packing slips

Status ReportService::packing(Report& report, const ReportParams& params)
{
    const QString number = params.orderNumber;
    if (!number.isEmpty()) {
        const Result<bool> exists = m_store.orderExists(number);
        if (!exists)
            return exists.errors();
        if (!exists.value())
            return core::Error{tr("unknown order '%1'").arg(number), {}, 0, QStringLiteral("order")};
    }
    Result<QList<store::report::PackingLine>> lines = m_store.packingLines(number);
    if (!lines)
        return lines.errors();
    step(50, tr("Making the slips"));
    const ReportFormat format(report);
    const QDate today = m_shop.clock().today();
    report.csvSectionColumn = QStringLiteral("order_number");
    report.subtitle = number.isEmpty() ? tr("Orders with units ready to ship") : tr("Order %1").arg(number);

    // A slip per order, from its lines (which come grouped by order).
    std::optional<store::report::LastShipment> last;
    if (!number.isEmpty()) {
        int allocated = 0;
        for (const auto& l : lines.value())
            allocated += l.allocated;
        if (allocated == 0) {
            Result<std::optional<store::report::LastShipment>> found = m_store.lastShipment(number);
            if (!found)
                return found.errors();
            if (!found.value())
                return core::Error{tr("order %1 has nothing to ship and has not been shipped").arg(number), {}, 0,
                                   QStringLiteral("order")};
            last = found.value();
        }
    }
    qint64 slips = 0;
    qint64 unitsNow = 0;
    const QList<store::report::PackingLine>& all = lines.value();
    for (qsizetype i = 0; i < all.size();) {
        qsizetype end = i;
        while (end < all.size() && all[end].orderNumber == all[i].orderNumber)
            ++end;
        const store::report::PackingLine& first = all[i];
        ReportTable slip;
        slip.columns = {col("sku", tr("SKU")),
                        col("item", tr("Item")),
                        col("ordered", tr("Ordered"), T::Integer),
                        col("shipped_before", tr("Shipped before"), T::Integer),
                        col("shipped_now", tr("In this parcel"), T::Integer),
                        col("still_to_come", tr("Still to come"), T::Integer)};
        qint64 now = 0;
        qint64 before = 0;
        qint64 toCome = 0;
        qint64 ordered = 0;
        for (qsizetype k = i; k < end; ++k) {
            const auto& l = all[k];
            if (l.qty == l.cancelled)
                continue; // wholly cancelled: not on the slip
            int shipNow = 0;
            int shippedBefore = l.shipped;
            if (last) {
                for (const auto& [lineId, qty] : last->lines) {
                    if (lineId == l.lineId)
                        shipNow += qty;
                }
                shippedBefore -= shipNow;
            } else if (!(l.releaseDate.isValid() && l.releaseDate > today)) {
                shipNow = l.allocated;
            }
            const int rest = l.qty - l.cancelled - shippedBefore - shipNow;
            slip.rows << Row{l.sku, l.itemName, l.qty - l.cancelled, shippedBefore, shipNow, std::max(0, rest)};
            ordered += l.qty - l.cancelled;
            now += shipNow;
            before += shippedBefore;
            toCome += std::max(0, rest);
        }
        i = end;
        const bool heldBack = !last && first.holdUntilComplete && toCome > 0;
        if (number.isEmpty() && (now == 0 || heldBack))
            continue; // not ready to pack: nothing shippable, or held until complete
        slip.heading = tr("Packing slip \u2014 order %1").arg(first.orderNumber);
        slip.notes << tr("Ship to: %1").arg(first.shipToName);
        if (!first.shipToAddress.isEmpty())
            slip.notes << first.shipToAddress;
        slip.notes << tr("Customer: %1").arg(first.email) << tr("Ordered: %1").arg(format.dateTime(first.placedAt));
        if (last) {
            QString shipped = tr("Shipped: %1").arg(format.dateTime(last->shippedAt));
            if (!last->tracking.isEmpty())
                shipped += tr(", tracking %1").arg(last->tracking);
            slip.notes << shipped;
        }
        slip.totals = Row{tr("Total"), QVariant(), ordered, before, now, toCome};
        if (heldBack)
            slip.footnotes << tr("Held until complete: do not ship yet, %1 still to come.").arg(plural(toCome, tr("1 unit"), tr("%1 units")));
        else if (toCome > 0)
            slip.footnotes << tr("This is a partial shipment: the rest (%1) follows at no extra shipping cost.")
                                    .arg(plural(toCome, tr("1 unit"), tr("%1 units")));
        else
            slip.footnotes << tr("This parcel completes your order. Thank you!");
        slip.newPage = slips > 0;
        slip.csvSection = first.orderNumber;
        report.tables << slip;
        ++slips;
        unitsNow += now;
        if (slips % 256 == 0 && cancelled())
            return core::fail(tr("cancelled"));
    }
    if (report.tables.isEmpty()) {
        ReportTable none;
        none.columns = {col("sku", tr("SKU")), col("item", tr("Item")), col("ordered", tr("Ordered"), T::Integer),
                        col("shipped_before", tr("Shipped before"), T::Integer),
                        col("shipped_now", tr("In this parcel"), T::Integer),
                        col("still_to_come", tr("Still to come"), T::Integer)};
        none.emptyText = tr("No order has units ready to ship.");
        report.tables << none;
    }
    report.figures = {{tr("Packing slips"), slips, T::Integer}, {tr("Units to pack"), unitsNow, T::Integer}};
    return {};
}

// ---------------------------------------------------------------- cancellations

Status ReportService::cancellations(Report& report)
{
    report.subtitle = tr("Orders placed in the period whose lines had to wait");
    Result<QList<store::report::BackorderedLine>> lines
        = m_store.backorderedLines(startOf(report.from), startOf(report.to.addDays(1)));
    if (!lines)
        return lines.errors();
    step(60, tr("Adding up"));
    qint64 backordered = 0;
    qint64 cancelledUnits = 0;
    qint64 cancelledLines = 0;
    qint64 byWaitLines[bucketCount + 1] = {};
    qint64 byWaitUnits[bucketCount + 1] = {};
    QMap<QString, std::pair<qint64, qint64>> byReason; // lines, units
    for (const auto& l : lines.value()) {
        backordered += l.backordered;
        if (l.cancelled == 0)
            continue;
        ++cancelledLines;
        cancelledUnits += l.cancelled;
        const int b = l.cancelledAt.isValid()
                          ? bucketOf(std::max<qint64>(0, l.placedAt.toUTC().date().daysTo(l.cancelledAt.toUTC().date())))
                          : bucketCount;
        byWaitLines[b] += 1;
        byWaitUnits[b] += l.cancelled;
        auto& reason = byReason[l.cancelReason.isEmpty() ? tr("no reason given") : l.cancelReason];
        reason.first += 1;
        reason.second += l.cancelled;
    }
    const QList<Column> columns = {col("lines", tr("Lines"), T::Integer), col("units", tr("Units"), T::Integer),
                                   col("share", tr("Share of cancelled"), T::Percent),
                                   col("rate", tr("Of backordered units"), T::Percent)};
    ReportTable waited;
    waited.heading = tr("By time waited before cancelling");
    waited.columns = QList<Column>{col("time_waited", tr("Time waited"))} + columns;
    for (int b = 0; b <= bucketCount; ++b) {
        if (b == bucketCount && byWaitLines[b] == 0)
            continue;
        waited.rows << Row{b < bucketCount ? bucketLabel(b) : tr("not known"), byWaitLines[b], byWaitUnits[b],
                           ratio(byWaitUnits[b], cancelledUnits), ratio(byWaitUnits[b], backordered)};
    }
    waited.totals = Row{tr("Total"), cancelledLines, cancelledUnits, ratio(cancelledUnits, cancelledUnits),
                        ratio(cancelledUnits, backordered)};

    ReportTable reasons;
    reasons.heading = tr("By reason");
    reasons.columns = QList<Column>{col("reason", tr("Reason"))} + columns;
    reasons.emptyText = tr("No backordered line was cancelled.");
    QList<std::pair<QString, std::pair<qint64, qint64>>> sorted;
    for (auto it = byReason.cbegin(); it != byReason.cend(); ++it)
        sorted << std::pair(it.key(), it.value());
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second.second > b.second.second; });
    for (const auto& [reason, counts] : std::as_const(sorted))
        reasons.rows << Row{reason, counts.first, counts.second, ratio(counts.second, cancelledUnits),
                            ratio(counts.second, backordered)};
    if (!sorted.isEmpty())
        reasons.totals = waited.totals;

    report.figures = {{tr("Backordered units"), backordered, T::Integer},
                      {tr("Cancelled backordered units"), cancelledUnits, T::Integer},
                      {tr("Cancellation rate"), ratio(cancelledUnits, backordered), T::Percent},
                      {tr("Cancelled lines"), cancelledLines, T::Integer}};
    report.tables << waited << reasons;
    return {};
}

// ---------------------------------------------------------------- demand

Status ReportService::demand(Report& report)
{
    report.subtitle = tr("Orders placed in the period");
    const QDateTime from = startOf(report.from);
    const QDateTime to = startOf(report.to.addDays(1));
    Result<QList<store::report::DemandRow>> perItem = m_store.demandPerItem(from, to);
    if (!perItem)
        return perItem.errors();
    step(60, tr("By attribute"));
    if (cancelled())
        return core::fail(tr("cancelled"));
    Result<QHash<qint64, QList<std::pair<QString, QString>>>> attributes = m_store.itemAttributes();
    if (!attributes)
        return attributes.errors();
    const int topCount = 25;
    store::report::DemandRow all;
    struct Group
    {
        qint64 items = 0;
        qint64 ordered = 0;
        qint64 backordered = 0;
        qint64 waiting = 0;
    };
    QMap<std::pair<QString, QString>, Group> groups;
    QList<store::report::DemandRow> top;
    for (const store::report::DemandRow& r : perItem.value()) {
        all.ordered += r.ordered;
        all.backordered += r.backordered;
        all.waiting += r.waiting;
        for (const auto& attribute : attributes->value(r.itemId)) {
            Group& g = groups[attribute];
            g.items += 1;
            g.ordered += r.ordered;
            g.backordered += r.backordered;
            g.waiting += r.waiting;
        }
        if (r.backordered > 0)
            top << r;
    }
    // The hottest first: most units that had to wait, then most still waiting.
    std::stable_sort(top.begin(), top.end(), [](const auto& a, const auto& b) {
        return a.backordered != b.backordered ? a.backordered > b.backordered : a.waiting > b.waiting;
    });
    top = top.mid(0, topCount);
    QList<std::pair<std::pair<QString, QString>, Group>> byAttribute;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        byAttribute << std::pair(it.key(), it.value());
    std::stable_sort(byAttribute.begin(), byAttribute.end(), [](const auto& a, const auto& b) {
        if (a.first.first != b.first.first)
            return a.first.first < b.first.first;
        if (a.second.backordered != b.second.backordered)
            return a.second.backordered > b.second.backordered;
        return a.second.ordered > b.second.ordered;
    });

    ReportTable byValue;
    byValue.heading = tr("By attribute value");
    byValue.columns = {col("attribute", tr("Attribute")),
                       col("value", tr("Value")),
                       col("items", tr("Items"), T::Integer),
                       col("ordered", tr("Ordered units"), T::Integer),
                       col("backordered", tr("Backordered units"), T::Integer),
                       col("waiting", tr("Waiting now"), T::Integer),
                       col("backorder_rate", tr("Backorder rate"), T::Percent)};
    byValue.emptyText = tr("No item ordered in the period has attributes.");
    for (const auto& [attribute, g] : std::as_const(byAttribute))
        byValue.rows << Row{attribute.first, attribute.second, g.items, g.ordered, g.backordered, g.waiting,
                            ratio(g.backordered, g.ordered)};

    ReportTable skus;
    skus.heading = tr("Top %1 SKUs by backordered units").arg(topCount);
    skus.columns = {col("sku", tr("SKU")),
                    col("item", tr("Item")),
                    col("ordered", tr("Ordered units"), T::Integer),
                    col("backordered", tr("Backordered units"), T::Integer),
                    col("waiting", tr("Waiting now"), T::Integer),
                    col("backorder_rate", tr("Backorder rate"), T::Percent)};
    skus.emptyText = tr("Nothing ordered in the period had to wait.");
    for (const auto& r : std::as_const(top))
        skus.rows << Row{r.sku, r.name, r.ordered, r.backordered, r.waiting, ratio(r.backordered, r.ordered)};

    report.figures = {{tr("Ordered units"), all.ordered, T::Integer},
                      {tr("Backordered units"), all.backordered, T::Integer},
                      {tr("Backorder rate"), ratio(all.backordered, all.ordered), T::Percent},
                      {tr("Still waiting"), all.waiting, T::Integer}};
    report.tables << byValue << skus;
    return {};
}

// ---------------------------------------------------------------- payment risk

Status ReportService::paymentRisk(Report& report)
{
    // The rules are the engine's (InsightService::paymentRisk): one place decides what is at risk.
    const Result<QList<services::RiskRow>> risks = services::InsightService(m_shop).paymentRisk();
    if (!risks)
        return risks.errors();
    const QList<services::RiskRow>& rows = risks.value();
    report.csvSectionColumn = QStringLiteral("list");
    const QList<Column> columns = {col("order_number", tr("Order")),       col("customer_email", tr("Customer")),
                                   col("payment", tr("Payment")),          col("reason", tr("Reason")),
                                   col("lapse_date", tr("Lapses"), T::Date), col("promised_date", tr("Promised"), T::Date)};
    ReportTable lapses;
    lapses.heading = tr("Card or authorization lapses before the promised date");
    lapses.columns = columns;
    lapses.csvSection = QStringLiteral("lapses");
    lapses.emptyText = tr("No waiting order's payment lapses before its promised date.");
    ReportTable capture;
    capture.heading = tr("Allocated: capture the payment before shipping");
    capture.columns = columns;
    capture.csvSection = QStringLiteral("capture");
    capture.emptyText = tr("Every order with allocated units is paid.");
    for (const services::RiskRow& r : rows) {
        const Row row{r.orderNumber, r.customerEmail, domain::toString(r.payment), r.reason, orNull(r.lapseDate),
                      orNull(r.promisedDate)};
        (r.list == QLatin1String("capture") ? capture : lapses).rows << row;
    }
    report.figures = {{tr("Payments that lapse first"), qint64(lapses.rows.size()), T::Integer},
                      {tr("Orders to capture"), qint64(capture.rows.size()), T::Integer}};
    report.tables << lapses << capture;
    return {};
}

// ---------------------------------------------------------------- rate

Status ReportService::rate(Report& report, const ReportParams& params)
{
    const QDateTime from = startOf(report.from);
    const QDateTime to = startOf(report.to.addDays(1));
    const bool weekly = params.bucket == ReportParams::Bucket::Week
                        || (params.bucket == ReportParams::Bucket::Auto && report.from.daysTo(report.to) < 182);
    report.subtitle = weekly ? tr("Per week (Monday to Sunday), by the day an order was placed")
                             : tr("Per month, by the day an order was placed");
    Result<QList<store::report::DayTotals>> days = m_store.dayTotals(from, to);
    if (!days)
        return days.errors();
    step(50, tr("Fill times"));
    if (cancelled())
        return core::fail(tr("cancelled"));
    Result<QList<store::report::FilledLine>> filled = m_store.filledAfterWaiting(from, to);
    if (!filled)
        return filled.errors();

    auto bucketStart = [weekly](const QDate& d) {
        return weekly ? d.addDays(1 - d.dayOfWeek()) : QDate(d.year(), d.month(), 1);
    };
    struct Period
    {
        qint64 lines = 0;
        qint64 units = 0;
        qint64 backordered = 0;
        QList<double> fillDays;
    };
    QMap<QDate, Period> periods;
    for (QDate d = bucketStart(report.from); d <= report.to; d = weekly ? d.addDays(7) : d.addMonths(1))
        periods.insert(d, Period{});
    Period total;
    for (const auto& d : days.value()) {
        Period& p = periods[bucketStart(d.day)];
        p.lines += d.lines;
        p.units += d.units;
        p.backordered += d.backorderedUnits;
        total.lines += d.lines;
        total.units += d.units;
        total.backordered += d.backorderedUnits;
    }
    for (const auto& f : filled.value()) {
        const double waited = std::max<qint64>(0, f.placedAt.secsTo(f.lastShipped)) / 86400.0;
        periods[bucketStart(f.placedAt.toUTC().date())].fillDays << waited;
        total.fillDays << waited;
    }
    const ReportFormat format(report);
    ReportTable table;
    table.columns = {weekly ? col("week_of", tr("Week of"), T::Date) : col("month", tr("Month")),
                     col("lines", tr("Order lines"), T::Integer),
                     col("units_ordered", tr("Units ordered"), T::Integer),
                     col("units_backordered", tr("Units that waited"), T::Integer),
                     col("backorder_rate", tr("Backorder rate"), T::Percent),
                     col("filled_lines", tr("Lines shipped after waiting"), T::Integer),
                     col("median_fill_days", tr("Median days to ship"), T::Days)};
    Chart rateChart;
    rateChart.title = tr("Backorder rate (units that had to wait / units ordered)");
    rateChart.style = Chart::Style::Bars;
    rateChart.valueType = T::Percent;
    Chart fillChart;
    fillChart.title = tr("Median days from order to shipment, lines that waited");
    fillChart.style = Chart::Style::Line;
    fillChart.valueType = T::Days;
    for (auto it = periods.cbegin(); it != periods.cend(); ++it) {
        const Period& p = it.value();
        const QVariant r = ratio(p.backordered, p.units);
        const QVariant fill = p.fillDays.isEmpty() ? QVariant() : QVariant(median(p.fillDays));
        const QVariant start = weekly ? QVariant(it.key()) : QVariant(it.key().toString(QStringLiteral("yyyy-MM")));
        table.rows << Row{start, p.lines, p.units, p.backordered, r, qint64(p.fillDays.size()), fill};
        const QString label = weekly ? format.locale().toString(it.key(), QStringLiteral("d MMM"))
                                     : format.locale().toString(it.key(), QStringLiteral("MMM yyyy"));
        rateChart.categories << label;
        rateChart.values << (r.isNull() ? std::nan("") : r.toDouble());
        fillChart.categories << label;
        fillChart.values << (fill.isNull() ? std::nan("") : fill.toDouble());
    }
    const QVariant overallFill = total.fillDays.isEmpty() ? QVariant() : QVariant(median(total.fillDays));
    table.totals = Row{tr("Total"), total.lines, total.units, total.backordered, ratio(total.backordered, total.units),
                       qint64(total.fillDays.size()), overallFill};
    report.figures = {{tr("Units ordered"), total.units, T::Integer},
                      {tr("Units that had to wait"), total.backordered, T::Integer},
                      {tr("Backorder rate"), ratio(total.backordered, total.units), T::Percent},
                      {tr("Median days to ship after waiting"), overallFill, T::Days}};
    report.charts << rateChart << fillChart;
    report.tables << table;
    return {};
}

} // namespace bd::reports
