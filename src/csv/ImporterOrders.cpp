// The Importer, continued: orders files, spooled while read and placed in the order they were placed.
#include "Importer.h"

#include "csv/ImporterSupport.h"
#include "csv/formats/Formats.h"
#include "csv/formats/OrderFormats.h"
#include "domain/UnknownCustomer.h"
#include "services/OrderPlacer.h"
#include "store/ItemStore.h"
#include "store/OrderSpool.h"
#include "store/Transaction.h"

#include <QLocale>
#include <QMap>

using namespace bd::csv::importing;
using namespace bd::domain;
using namespace bd::services;

namespace bd::csv {

Status Importer::importOrders(CsvStream& stream, const OrderFormat& format, const Options& options, Report& report)
{
    const Table& table = stream.table();
    // Messages name the columns as the file does ("Order Number" for order_number).
    const ColumnMap columns(table, format.columns());
    OrderFields fields = format.fields();
    for (QString* field : {&fields.number, &fields.placedAt, &fields.email, &fields.sku, &fields.qty, &fields.price,
                           &fields.currency})
        *field = columns(*field);
    const bool native = format.isNative();
    // A file without the orders' times: they are placed as of now, in the file's order.
    const bool undated = !columns.has(format.fields().placedAt);
    int anonymous = 0;     // orders given a customer of their own (see domain/UnknownCustomer.h)
    int refundedLines = 0; // lines refunded in full
    store::ItemStore& store = m_shop.items();
    const QString shopCurrency = m_shop.config().text(store::settings::ShopCurrency);
    // A date a spreadsheet rewrote ("03/04/2026") is read as the shop's locale writes dates.
    OrderReading reading;
    reading.dayFirst = !QLocale(m_shop.config().text(store::settings::ShopLocale))
                            .dateFormat(QLocale::ShortFormat)
                            .startsWith(QLatin1Char('M'));
    const std::unique_ptr<OrderReader> reader = format.reader(table, reading);
    Errors errors;
    // The orders are placed once the whole file is read, in the order they were placed
    // (an order's rows need not be together); until then they wait on disk, in
    // temporary tables written without the shop's write lock: other seats go on working
    // while the file is read and checked.
    store::OrderSpool spool(m_shop.db(), table.file);
    if (Status s = spool.open(); !s.ok())
        return s;
    store::Transaction scratch(m_shop.db(), store::Database::Lock::Scratch);
    if (!scratch.isActive())
        return scratch.status();
    // The order of the row before: the rows of one order mostly come together.
    std::optional<store::OrderSpool::Head> current;
    QString currentNumber;
    QMap<QString, int> skipped;   // orders not imported, by why
    QSet<int> shippedLines;       // file lines of lines the shop shipped already
    int historyLines = 0;         // shipped lines of items the shop no longer has
    Pacer pacer(options, stream);
    Row row;
    while (stream.next(row)) {
        if (!pacer.tick())
            return cancelled(table.file);
        ++report.rows;
        Fields f(table, row, errors);
        OrderRow in;
        if (!reader->read(f, in))
            continue;
        refundedLines += in.refundedLines;
        NewOrder& order = in.order;
        // A row that names no order is wrong (its reader says so); there is nothing to place.
        if (order.number.isEmpty()) {
            if (errors.isEmpty() || errors.constLast().line != row.line)
                f.error(fields.number, tr("a value is required"));
            continue;
        }
        if (!current || order.number != currentNumber) {
            const Result<std::optional<store::OrderSpool::Head>> found = spool.find(order.number);
            if (!found)
                return found.errors();
            current = found.value();
            currentNumber = order.number;
        }
        if (current && current->skipped)
            continue;
        const bool first = !current;
        if (first) {
            order.sourceFile = table.file;
            order.sourceLine = row.line;
            if (undated && !order.placedAt.isValid())
                order.placedAt = m_shop.now();
            if (in.anonymous && in.skip.isEmpty()) {
                // The file has no customer columns: a customer of the order's own, never written to.
                order.customerEmail = domain::unknownCustomerEmail(order.number);
                if (order.customerName.isEmpty())
                    order.customerName = tr("Unknown customer (order %1)").arg(order.number);
                ++anonymous;
            }
            // A staff or draft order has no customer to tell.
            if (in.skip.isEmpty() && !native && order.customerEmail.isEmpty())
                in.skip = tr("without an e-mail (staff or draft orders)");
            if (!in.skip.isEmpty()) {
                Result<store::OrderSpool::Head> kept = spool.addOrder(order, true);
                if (!kept)
                    return kept.errors();
                current = kept.value();
                ++skipped[in.skip];
                ++report.skipped;
                continue;
            }
            // Amounts in another currency would be stored as the shop's.
            if (!in.currency.isEmpty() && in.currency != shopCurrency)
                f.error(fields.currency, tr("order %1 is in %2, the shop's currency is %3: its amounts would be "
                                            "taken as %3; set the shop's currency (config set shop.currency %2) "
                                            "or import orders of the shop's currency only")
                                             .arg(order.number, in.currency, shopCurrency));
            Result<store::OrderSpool::Head> added = spool.addOrder(order);
            if (!added)
                return added.errors();
            current = added.value();
        } else {
            const store::OrderSpool::Head& head = *current;
            if (order.placedAt.isValid() && order.placedAt != head.placedAt)
                f.error(fields.placedAt, tr("order %1 was placed at %2 on line %3")
                                             .arg(order.number, core::toIso(head.placedAt))
                                             .arg(head.sourceLine));
            if (!order.customerEmail.isEmpty() && order.customerEmail != head.customerEmail)
                f.error(fields.email, tr("order %1 belongs to %2 on line %3")
                                          .arg(order.number, head.customerEmail)
                                          .arg(head.sourceLine));
        }
        for (OrderRow::Line& line : in.lines) {
            // A shop's line names its item by SKU where the SKU is the item's, else by
            // name ("Title - Option / Option"), as variants without or sharing a SKU are.
            const Found<Item> bySku = native ? Found<Item>(std::optional<Item>()) : store.itemBySku(line.line.sku);
            if (!bySku)
                return bySku.errors();
            if (!native && !bySku.value()) {
                const Found<Item> named = store.itemByName(line.name);
                if (!named)
                    return named.errors();
                if (named.value())
                    line.line.sku = named.value()->sku;
                else if (line.fulfilled) {
                    ++historyLines; // shipped long ago, of an item the shop no longer has
                    continue;
                } else if (line.line.sku.isEmpty()) {
                    // A line without a SKU or a name has been said to be wrong by its reader.
                    if (!line.name.isEmpty())
                        f.error(fields.sku, tr("no item is named '%1'").arg(line.name));
                    continue;
                }
            }
            if (line.fulfilled)
                shippedLines.insert(line.line.sourceLine);
            if (Status s = spool.addLine(current->key, line.line); !s.ok())
                return s;
        }
        if (errors.size() >= maxErrors)
            break;
    }
    if (!pacer.report())
        return cancelled(table.file);
    if (Status s = scratch.commit(); !s.ok())
        return s;
    errors << stream.errors();
    for (auto it = skipped.cbegin(); it != skipped.cend(); ++it)
        report.warnings << tr("%1: %n order(s) not imported: %2", nullptr, it.value()).arg(table.file, it.key());
    if (historyLines > 0)
        report.warnings << tr("%1: %n shipped line(s) of items the shop no longer has skipped (history)", nullptr,
                              historyLines)
                               .arg(table.file);
    if (anonymous > 0)
        report.warnings << tr("%1: the file has no customer columns: %n order(s) each go to a customer of their own, "
                              "marked unknown, who is never sent an e-mail",
                              nullptr, anonymous)
                               .arg(table.file);
    if (undated && report.rows > 0)
        report.warnings << tr("%1: the file has no order times: the orders are placed as of the import, in the "
                              "file's order")
                               .arg(table.file);
    if (refundedLines > 0)
        report.warnings << tr("%1: %n line(s) refunded in full not imported", nullptr, refundedLines).arg(table.file);
    // Rows with errors in their own fields are not placed, but every other order is,
    // so one run reports every problem (the whole file is undone all the same).
    QSet<int> badLines;
    for (const Error& e : std::as_const(errors))
        badLines.insert(e.line);
    // A long file keeps more pages of the orders', lines', events' and customers' indexes
    // busy than the shop's page cache (32 MiB) holds: a million lines spent a fifth of
    // their time in the kernel, reading pages back and spilling them to the write-ahead
    // log. 48 MiB while the orders are written: 20 -> 16.5 s of it (106-109 -> 101-104 s
    // in all, run in turn), 18 MiB more at the peak; a file that fits (100,000 orders of
    // one item) is as fast either way.
    const store::PageCacheSize roomForTheIndexes(m_shop.db(), 48 * 1024);
    // In the order they were placed, so the queue is the shop's real queue; only this
    // holds the write lock.
    return m_shop.transact(
        [&](DirtyItems& dirty) -> Status {
            // One placer for the file: the orders are written many to a statement.
            OrderPlacer placer(m_shop, dirty);
            bool stopped = false;
            const Status replayed = spool.forEachByPlacedTime([&](const NewOrder& spooled) {
                const bool bad = badLines.contains(spooled.sourceLine)
                                 || std::any_of(spooled.lines.cbegin(), spooled.lines.cend(),
                                                [&](const NewOrderLine& l) { return badLines.contains(l.sourceLine); });
                if (bad || spooled.lines.isEmpty())
                    return true;
                if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
                    stopped = true;
                    return false;
                }
                NewOrder order = spooled;
                for (NewOrderLine& line : order.lines)
                    line.shippedByShop = shippedLines.contains(line.sourceLine);
                Result<PlacedOrder> placed = placer.place(order);
                if (!placed) {
                    Errors placing = located(placed.errors(), table.file, spooled.sourceLine);
                    for (Error& e : placing) {
                        if (e.field == QLatin1String("qty"))
                            e.field = fields.qty;
                        else if (e.field == QLatin1String("sku"))
                            e.field = fields.sku;
                        else if (e.field == QLatin1String("customer_email"))
                            e.field = fields.email;
                        else if (e.field == QLatin1String("order_number"))
                            e.field = fields.number;
                        else if (e.field == QLatin1String("placed_at"))
                            e.field = fields.placedAt;
                    }
                    errors << placing;
                } else {
                    ++report.records;
                    if (report.orders.size() < PreviewRows)
                        report.orders << PreviewOrder {order.number, order.customerEmail, order.customerName,
                                                       placed->lines};
                }
                return errors.size() < maxErrors;
            });
            if (!replayed.ok())
                return replayed;
            if (stopped)
                return cancelled(table.file);
            if (Status s = placer.flush(); !s.ok())
                return s;
            return sortedByLine(errors);
        },
        !options.dryRun);
}

} // namespace bd::csv
