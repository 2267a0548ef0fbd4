#include "ReportService.h"

#include "domain/Availability.h"
#include "domain/SupplyStage.h"
#include "reports/ReportFormat.h"
#include "reports/ReportHelpers.h"
#include "services/InsightService.h"
#include "services/PromiseService.h"
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

// The reports about what waits now: backorders, aging, queue, cross-dock list and packing slips.

namespace bd::reports {

using namespace detail;
using T = Column::Type;

// The item a report's --sku names (its subtitle says so), or 0 for every item; an SKU
// the shop does not have is refused.
Result<qint64> ReportService::itemFilter(Report& report, const ReportParams& params)
{
    if (params.sku.isEmpty())
        return qint64(0);
    const Result<qint64> id = store::required(m_shop.items().itemIdBySku(params.sku), [&] {
        return core::Error{tr("unknown SKU '%1'").arg(params.sku), {}, 0, QStringLiteral("sku")};
    });
    if (id)
        report.subtitle = tr("SKU %1").arg(params.sku);
    return id;
}

// ---------------------------------------------------------------- backorders

Status ReportService::backorders(Report& report, const ReportParams& params)
{
    const Result<qint64> filter = itemFilter(report, params);
    if (!filter)
        return filter.errors();
    const qint64 itemId = filter.value();
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
    table.columns = {code("sku", tr("SKU")),
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
    const Result<qint64> filter = itemFilter(report, params);
    if (!filter)
        return filter.errors();
    const qint64 itemId = filter.value();
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
    items.columns = {code("sku", tr("SKU")), col("item", tr("Item"))};
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
    table.columns = {col("position", tr("#"), T::Integer),     code("order_number", tr("Order")),
                     col("priority", tr("Front")),              col("customer", tr("Customer")),
                     col("email", tr("E-mail")),                col("phone", tr("Phone")),
                     col("qty", tr("Qty"), T::Integer),
                     col("placed_at", tr("Placed"), T::DateTime), col("promised_date", tr("Promised"), T::Date),
                     col("payment", tr("Payment")),             col("purchase_order", tr("Coming with")),
                     col("stage", tr("Stage"))};
    table.emptyText = tr("Nobody is waiting for %1.").arg(item->sku);
    // Which purchase order each line's date comes from, as the promised dates say.
    const Result<QHash<qint64, services::LineSource>> sources = services::PromiseService(m_shop).lineSources(item->id);
    if (!sources)
        return sources.errors();
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
                          l.payment,
                          sources->value(l.lineId).poNumber,
                          domain::supplyStageText(sources->value(l.lineId).stage)};
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
                           QVariant(), QVariant(), units, QVariant(), QVariant(), QVariant(), QVariant(), QVariant()};
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
    QDateTime receivedAt;
    for (const auto& r : received.value()) {
        if (!receivedAt.isValid() || r.receivedAt < receivedAt)
            receivedAt = r.receivedAt;
    }
    fillCrossDock(report, params.receiptRef, receivedAt, false, ship.value(), received.value());
    return {};
}

Result<Report> ReportService::crossDockOf(const CrossDockInput& input)
{
    Report report = begin(ReportKind::CrossDock);
    store::Transaction snapshot(m_db);
    if (!snapshot.isActive())
        return snapshot.status().errors();
    QStringList orders;
    for (const domain::CrossDockRow& r : input.rows) {
        if (r.destination == QLatin1String("ship"))
            orders << r.orderNumber;
    }
    const Result<QHash<QString, store::report::ShipTo>> shipTo = m_store.shipToOf(orders);
    if (!shipTo)
        return shipTo.errors();
    QList<store::report::CrossDockShip> ship;
    QMap<QString, store::report::CrossDockReceived> received; // by SKU, as the stored list sorts them
    for (qsizetype i = 0; i < input.rows.size(); ++i) {
        const domain::CrossDockRow& r = input.rows[i];
        const QString name = input.itemNames.value(r.sku);
        store::report::CrossDockReceived& in = received[r.sku];
        in.sku = r.sku;
        in.itemName = name;
        in.received += r.qty;
        in.receivedAt = input.receivedAt;
        if (r.destination != QLatin1String("ship")) {
            in.toShelf += r.qty;
            continue;
        }
        const store::report::ShipTo to = shipTo->value(r.orderNumber);
        ship << store::report::CrossDockShip{r.orderNumber, r.sku, name, r.qty, to.name, to.address,
                                             r.customerEmail, input.stillWaiting.value(i)};
    }
    fillCrossDock(report, input.reference, input.receivedAt, input.preview, ship, received.values());
    if (!input.footnotes.isEmpty() && !report.tables.isEmpty())
        report.tables.first().footnotes << input.footnotes;
    return report;
}

// The list as the packer reads it: what goes straight to shipping, for which order and
// where (partial fills marked), then what is put away per item.
void ReportService::fillCrossDock(Report& report, const QString& reference, const QDateTime& receivedAt, bool preview,
                                  const QList<store::report::CrossDockShip>& ship,
                                  const QList<store::report::CrossDockReceived>& received) const
{
    const ReportFormat format(report);
    report.subtitle = preview ? tr("Receipt %1, preview of %2: not received yet").arg(reference, format.dateTime(receivedAt))
                              : tr("Receipt %1, received %2").arg(reference, format.dateTime(receivedAt));

    ReportTable toShip;
    toShip.heading = tr("Straight to shipping");
    toShip.columns = {code("order_number", tr("Order")), code("sku", tr("SKU")),           col("item", tr("Item")),
                      col("qty", tr("Qty"), T::Integer), col("still_to_come", tr("Still to come"), T::Integer),
                      col("ship_to_name", tr("Ship to")), col("ship_to_address", tr("Address"))};
    toShip.emptyText = tr("Nothing of this receipt went to a waiting order.");
    qint64 shipped = 0;
    int partial = 0;
    QSet<QString> orders;
    for (const auto& r : ship) {
        // A partial fill says how much is still to come, so the packer does not close
        // the parcel as the whole order; a line filled completely leaves it empty.
        const QVariant toCome = r.stillToCome > 0 ? QVariant(qint64(r.stillToCome)) : QVariant();
        toShip.rows << Row{r.orderNumber, r.sku, r.itemName, r.qty, toCome, r.shipToName, r.shipToAddress};
        shipped += r.qty;
        orders.insert(r.orderNumber);
        if (r.stillToCome > 0)
            ++partial;
    }
    if (!toShip.rows.isEmpty())
        toShip.totals = Row{tr("Total"), QVariant(), plural(orders.size(), tr("1 order"), tr("%1 orders")), shipped,
                            QVariant(), QVariant(), QVariant()};
    if (partial > 0)
        toShip.notes << plural(partial, tr("1 partial fill: a number under Still to come means the order line waits for more; pack it as a partial shipment."),
                                   tr("%1 partial fills: a number under Still to come means the order line waits for more; pack them as partial shipments."));

    ReportTable putAway;
    putAway.heading = tr("Put away");
    putAway.columns = {code("sku", tr("SKU")), col("item", tr("Item")), col("received", tr("Received"), T::Integer),
                       col("to_shipping", tr("To shipping"), T::Integer), col("put_away", tr("Put away"), T::Integer)};
    qint64 in = 0;
    qint64 shelf = 0;
    for (const auto& r : received) {
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
        slip.columns = {code("sku", tr("SKU")),
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
        none.columns = {code("sku", tr("SKU")), col("item", tr("Item")), col("ordered", tr("Ordered"), T::Integer),
                        col("shipped_before", tr("Shipped before"), T::Integer),
                        col("shipped_now", tr("In this parcel"), T::Integer),
                        col("still_to_come", tr("Still to come"), T::Integer)};
        none.emptyText = tr("No order has units ready to ship.");
        report.tables << none;
    }
    report.figures = {{tr("Packing slips"), slips, T::Integer}, {tr("Units to pack"), unitsNow, T::Integer}};
    return {};
}

} // namespace bd::reports
