#include "Importer.h"

#include "csv/ImporterSupport.h"
#include "csv/formats/CustomerFormats.h"
#include "csv/formats/Formats.h"
#include "csv/formats/OrderFormats.h"
#include "csv/formats/StockCounts.h"
#include "domain/Rules.h"
#include "domain/SupplyStage.h"
#include "services/CatalogService.h"
#include "store/BulkCustomerWriter.h"
#include "store/ItemStore.h"
#include "store/PurchaseStore.h"

#include <QFileInfo>
#include <QLocale>
#include <QSet>

using namespace bd::csv::importing;
using namespace bd::domain;
using namespace bd::services;

namespace bd::csv {

namespace {

// Columns the format does not read: one warning per column for the native files, one
// line for a shop's export (dozens of columns we have no use for).
QStringList unusedColumns(const ShopFormat& format, const Table& table)
{
    QStringList unused;
    for (const QString& name : table.header) {
        if (!name.isEmpty() && !format.readsColumn(name))
            unused << name;
    }
    if (unused.isEmpty())
        return {};
    if (!format.isNative())
        return {Importer::tr("%1: %n column(s) not used and ignored: %2", nullptr, int(unused.size()))
                    .arg(table.file, unused.join(QStringLiteral(", ")))};
    QStringList warnings;
    for (const QString& name : std::as_const(unused))
        warnings << Importer::tr("%1: column '%2' is not used and was ignored").arg(table.file, name);
    return warnings;
}

// The format of a file: the one asked for, when the header fits it, or else the one
// its header fits best. A native file that lacks columns is told which, one by one.
Result<const ShopFormat*> formatOf(Importer::Kind kind, const Table& table, const ShopFormat* asked)
{
    const Detection detection = detect(kind, table);
    if (asked) {
        if (asked->kind() != kind)
            return Error::at(table.file, 0, {}, Importer::tr("the %1 is no %2 file").arg(asked->title(), kindName(kind)));
        if (asked->recognise(table) > 0)
            return asked;
        if (asked->isNative())
            return requireColumns(table, asked->required());
        return doesNotFit(*asked, table, detection);
    }
    if (detection.format)
        return detection.format;
    if (detection.nearest && detection.nearest->isNative() && !detection.other) {
        // A list from another program: its columns can be read as ours.
        Errors errors = requireColumns(table, detection.nearest->required());
        QStringList example;
        for (const QString& column : detection.nearest->missing(table))
            example << column + QStringLiteral("=COLUMN");
        errors << Error::at(table.file, table.headerLine, {},
                            Importer::tr("to read the file's own columns as these, map them: --map %1 (the file has "
                                         "%2)")
                                .arg(example.join(QLatin1Char(',')), table.header.join(QStringLiteral(", "))));
        return errors;
    }
    return notRecognised(kind, table, detection);
}
} // namespace

namespace {
const Importer::Kind AllKinds[] = {Importer::Kind::Items,          Importer::Kind::Customers,
                                   Importer::Kind::Orders,         Importer::Kind::PurchaseOrders,
                                   Importer::Kind::Receipts,       Importer::Kind::Stock,
                                   Importer::Kind::PoStages};
} // namespace

std::optional<Importer::Kind> Importer::parseKind(const QString& name)
{
    for (Kind kind : AllKinds) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QStringList Importer::kindNames()
{
    QStringList names;
    for (Kind kind : AllKinds)
        names << kindName(kind);
    return names;
}

QString Importer::Report::recognised() const
{
    if (!format)
        return {};
    QString counted;
    switch (kind) {
    case Kind::Items:
        counted = format->isNative() ? tr("%n item(s)", nullptr, records) : tr("%n variant(s)", nullptr, records);
        break;
    case Kind::Customers:
        counted = tr("%n customer(s)", nullptr, records);
        break;
    case Kind::Orders:
        counted = tr("%n order(s)", nullptr, records);
        break;
    case Kind::PurchaseOrders:
        counted = tr("%n purchase order(s)", nullptr, records);
        break;
    case Kind::Receipts:
        counted = tr("%n receipt(s)", nullptr, records);
        break;
    case Kind::Stock:
        counted = tr("%n stock count(s)", nullptr, records);
        break;
    case Kind::PoStages:
        counted = tr("%n stage(s)", nullptr, records);
        break;
    }
    return tr("%1: %2, %3").arg(QFileInfo(file).fileName(), format->title(), counted);
}

Result<Importer::Report> Importer::import(Kind kind, const QString& path, bool dryRun, bool completeOnly)
{
    Options options;
    options.dryRun = dryRun;
    options.completeOnly = completeOnly;
    return import(kind, path, options);
}

Result<std::unique_ptr<CsvStream>> Importer::open(Kind kind, const QString& path, const ShopFormat* asked,
                                                  Report& report)
{
    Result<std::unique_ptr<CsvStream>> opened = CsvStream::openFile(path);
    if (!opened)
        return opened.errors();
    if (const Errors unmapped = opened.value()->mapColumns(m_columnMap); !unmapped.isEmpty())
        return unmapped;
    opened.value()->setCurrency(m_shop.config().text(store::settings::ShopCurrency));
    const Table& table = opened.value()->table();
    const Result<const ShopFormat*> format = formatOf(kind, table, asked);
    if (!format)
        return format.errors();
    report.file = path;
    report.format = format.value();
    report.columnMap = m_columnMap;
    report.warnings << unusedColumns(*report.format, table);
    return opened;
}

Result<Importer::Report> Importer::import(Kind kind, const QString& path, const Options& options)
{
    // A seat that finds the shop busy meanwhile is told what it waits for.
    const store::ActivityScope announced(m_shop.db(), tr("import of %1").arg(QFileInfo(path).fileName()));
    Report report;
    m_columnMap = options.columnMap;
    Result<std::unique_ptr<CsvStream>> opened = open(kind, path, options.format, report);
    if (!opened)
        return opened.errors();
    CsvStream& stream = *opened.value();
    report.kind = kind;
    if (kind == Kind::Receipts) {
        Result<QList<ReceiveRequest>> receipts = receiptsFrom(stream, options, report);
        if (!receipts)
            return receipts.errors();
        report.warnings.append(stream.table().warnings);
        if (receipts->isEmpty())
            return report;
        ReceiveOptions receive;
        receive.completeOnly = options.completeOnly;
        receive.preview = options.dryRun;
        receive.sourceFile = path;
        Result<QList<CrossDockRow>> rows = StockService(m_shop).receive(receipts.value(), receive);
        if (!rows)
            return located(rows.errors(), path, 0);
        report.records = int(receipts->size());
        report.crossDock = rows.takeValue();
        return report;
    }
    if (kind == Kind::PoStages) {
        Result<QList<StageInput>> stages = stagesFrom(stream, options, report);
        if (!stages)
            return stages.errors();
        report.warnings.append(stream.table().warnings);
        StageOutcome outcome;
        const Status recorded = PurchasingService(m_shop).recordStages(stages.value(), path, &outcome, !options.dryRun);
        if (!recorded.ok())
            return sortedByLine(recorded.errors());
        report.records = int(stages->size());
        report.ordersTold = outcome.ordersTold;
        return report;
    }
    // An orders file is read and checked before the write lock is taken (see importOrders).
    const Status status = kind == Kind::Orders
                              ? importOrders(stream, static_cast<const OrderFormat&>(*report.format), options, report)
                              : m_shop.transact(
                                  [&](DirtyItems& dirty) -> Status {
                                      switch (kind) {
                                      case Kind::Items:
                                          return importItems(stream, static_cast<const ItemFormat&>(*report.format),
                                                             options, dirty, report);
                                      case Kind::Customers:
                                          return importCustomers(
                                              stream, static_cast<const CustomerFormat&>(*report.format), options,
                                              report);
                                      case Kind::PurchaseOrders:
                                          return importPurchaseOrders(stream, options, dirty, report);
                                      case Kind::Stock:
                                          return importStock(stream, static_cast<const StockFormat&>(*report.format),
                                                             options, dirty, report);
                                      case Kind::Orders:
                                      case Kind::Receipts:
                                      case Kind::PoStages:
                                          break;
                                      }
                                      return {};
                                  },
                                  !options.dryRun);
    if (!status.ok())
        return located(status.errors(), path, 0);
    report.warnings.append(stream.table().warnings);
    return report;
}

// A count of known items, each booked once (counts of one item at several locations
// add up) as an adjustment that serves its queue first; "not stocked" makes the item
// one whose stock is not tracked.
Status Importer::importStock(CsvStream& stream, const StockFormat& format, const Options& options, DirtyItems& dirty,
                             Report& report)
{
    const Table& table = stream.table();
    const std::unique_ptr<StockReader> reader = format.reader(table);
    store::ItemStore& store = m_shop.items();
    Errors errors;
    struct Counted
    {
        qint64 itemId = 0;
        StockCount count;
        int line = 0;
    };
    QList<Counted> counted;
    QHash<qint64, qsizetype> byItem;
    int unknown = 0;
    QString firstUnknown;
    const bool read = readRows(stream, options, report, [&](const Row& row) {
        if (errors.size() >= maxErrors)
            return;
        Fields f(table, row, errors);
        StockCount c;
        if (!reader->read(f, c)) {
            ++report.skipped;
            return;
        }
        // By SKU, else by the key made from the item's identity in the shop.
        std::optional<Item> item;
        for (const QString& key : {c.sku, c.key}) {
            if (item || key.isEmpty())
                continue;
            Found<Item> found = store.itemBySku(key);
            if (!found) {
                errors << found.errors();
                return;
            }
            item = found.takeValue();
        }
        if (!item) {
            if (unknown++ == 0)
                firstUnknown = c.sku.isEmpty() ? c.key : c.sku;
            ++report.skipped;
            return;
        }
        const auto known = byItem.constFind(item->id);
        if (known == byItem.cend()) {
            byItem.insert(item->id, counted.size());
            counted << Counted {item->id, c, row.line};
            return;
        }
        StockCount& sum = counted[*known].count;
        if (c.onHand)
            sum.onHand = sum.onHand.value_or(0) + *c.onHand;
        sum.notStocked = sum.notStocked && c.notStocked;
    });
    if (const Errors stop = unreadable(read, stream); !stop.isEmpty())
        return stop;
    if (!errors.isEmpty())
        return sortedByLine(errors);
    CatalogService catalog(m_shop);
    int belowZero = 0;
    for (const Counted& k : std::as_const(counted)) {
        const Found<Item> found = store.itemById(k.itemId);
        if (!found)
            return found.errors();
        const std::optional<Item>& item = found.value();
        if (!item)
            continue;
        ItemInput input;
        input.item = *item;
        input.sourceLine = k.line;
        input.countReason = k.count.reason.isEmpty() ? tr("stock count from %1").arg(QFileInfo(table.file).fileName())
                                                     : k.count.reason;
        if (!k.count.location.isEmpty())
            input.item.shop.cells.insert(QStringLiteral("location"), k.count.location);
        if (k.count.notStocked && !k.count.onHand) {
            input.item.tracked = false;
        } else {
            input.item.tracked = true;
            // The shop sold more than it had: nothing is on hand.
            if (k.count.onHand.value_or(0) < 0)
                ++belowZero;
            input.onHand = std::max(k.count.onHand.value_or(0), 0);
        }
        Errors saved = located(catalog.saveItemWithin(input, table.file, dirty).errors(), table.file, k.line,
                               {k.count.countField, QStringLiteral("sku")});
        for (Error& e : saved) {
            if (e.field == QLatin1String("on_hand"))
                e.field = k.count.countField;
        }
        errors << saved;
        ++report.records;
        if (report.counts.size() < PreviewRows)
            report.counts << PreviewCount {item->sku, item->name, item->tracked ? item->onHand : 0,
                                           input.item.tracked ? input.onHand : std::nullopt};
        if (errors.size() >= maxErrors)
            break;
    }
    if (unknown > 0)
        report.warnings << tr("%1: %n row(s) count items this shop does not have (such as %2) and were skipped",
                              nullptr, unknown)
                               .arg(table.file, firstUnknown);
    if (belowZero > 0)
        report.warnings << tr("%1: %n count(s) below zero (sold more than the shop had) were taken as 0 on hand",
                              nullptr, belowZero)
                               .arg(table.file);
    return sortedByLine(errors);
}

Status Importer::importCustomers(CsvStream& stream, const CustomerFormat& format, const Options& options,
                                 Report& report)
{
    const Table& table = stream.table();
    const std::unique_ptr<CustomerReader> reader = format.reader(table);
    Errors errors;  // in the rows' own fields
    Errors refused; // by the shop's rules; reported only when every row reads well
    CatalogService catalog(m_shop);
    store::BulkCustomerWriter bulk(m_shop.db());
    const QStringList fields = {QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("phone"),
                                QStringLiteral("address")};
    int withoutEmail = 0;
    const bool read = readRows(stream, options, report, [&](const Row& row) {
        Fields f(table, row, errors);
        Customer c;
        if (!reader->read(f, c)) {
            ++withoutEmail;
            ++report.skipped;
            return;
        }
        ++report.records;
        if (report.customers.size() < PreviewRows)
            report.customers << PreviewCustomer {c.email, c.name};
        // After a bad row nothing is saved, but the rest is read for the others.
        if (!errors.isEmpty() || refused.size() >= maxErrors)
            return;
        if (!bulk.available()) {
            refused << located(catalog.saveCustomerWithin(c, table.file, row.line).errors(), table.file, row.line,
                               fields);
            return;
        }
        Status s = CatalogService::checkCustomer(c, table.file, row.line);
        if (s.ok())
            s = bulk.add(c, row.line);
        refused << located(s.errors(), table.file, row.line, fields);
    });
    if (!read)
        return cancelled(table.file);
    // The customers gathered go in together; a row they refuse is named by its line.
    if (bulk.available() && errors.isEmpty() && refused.isEmpty()) {
        if (Status s = bulk.flush(m_shop.now()); !s.ok())
            return s;
        for (const store::BulkCustomerWriter::Rejected& rejected : bulk.rejected())
            refused << located({core::fail(tr("database error: %1").arg(rejected.message))}, table.file, rejected.line,
                               fields);
    }
    if (withoutEmail > 0)
        report.warnings << tr("%1: %n customer(s) without an e-mail skipped", nullptr, withoutEmail).arg(table.file);
    return structureFirst(stream, errors.isEmpty() ? refused : errors);
}

Status Importer::importPurchaseOrders(CsvStream& stream, const Options& options, DirtyItems& dirty, Report& report)
{
    const Table& table = stream.table();
    Errors errors;
    CatalogService catalog(m_shop);
    store::PurchaseStore& store = m_shop.purchases();
    // The lines of one purchase order may be spread over the file: each finds its order
    // in the database, where an earlier line wrote it. Orders with a larger id than this
    // were made by the file; existing ones it adds to are counted once.
    const Result<qint64> lastId = store.lastId();
    if (!lastId)
        return lastId.errors();
    const qint64 lastIdBefore = lastId.value();
    QSet<qint64> extended;
    const bool read = readRows(stream, options, report, [&](const Row& row) {
        // Enough to fix: the rest is only read, for rows that do not fit the header.
        if (errors.size() >= maxErrors)
            return;
        Errors rowErrors;
        Fields f(table, row, rowErrors);
        PurchaseOrderLineInput line;
        line.poNumber = f.required(QStringLiteral("po_number"));
        line.supplier = f.text(QStringLiteral("supplier"));
        line.sku = f.required(QStringLiteral("sku"));
        line.qty = f.count(QStringLiteral("qty"), false, 1).value_or(0);
        line.expected = f.date(QStringLiteral("expected_date"));
        line.sourceLine = row.line;
        if (!rowErrors.isEmpty()) {
            errors << rowErrors;
            return;
        }
        const Found<qint64> found = store.purchaseOrderId(line.poNumber);
        if (!found) {
            errors << found.errors();
            return;
        }
        const std::optional<qint64>& known = found.value();
        const Status saved = catalog.savePurchaseOrderLineWithin(line, table.file, dirty);
        errors << located(saved.errors(), table.file, row.line,
                          {QStringLiteral("po_number"), QStringLiteral("supplier"), QStringLiteral("sku"),
                           QStringLiteral("qty"), QStringLiteral("expected_date")});
        if (!saved.ok())
            return;
        if (!known) {
            ++report.records;
        } else if (*known <= lastIdBefore && !extended.contains(*known)) {
            extended.insert(*known);
            ++report.records;
        }
    });
    if (!read)
        return cancelled(table.file);
    return structureFirst(stream, sortedByLine(errors));
}

// The receive service takes all of a file's receipts as one action, in the order they
// came in: the requests are held until the end (a few fields each), the rows are not.
Result<QList<ReceiveRequest>> Importer::receiptsFrom(CsvStream& stream, const Options& options, Report& report)
{
    const Table& table = stream.table();
    Errors errors;
    QList<ReceiveRequest> requests;
    const bool read = readRows(stream, options, report, [&](const Row& row) {
        Fields f(table, row, errors);
        ReceiveRequest r;
        r.receivedAt = f.dateTime(QStringLiteral("received_at"), true);
        r.sku = f.required(QStringLiteral("sku"));
        r.qty = f.count(QStringLiteral("qty"), false, 1).value_or(0);
        r.reference = f.text(QStringLiteral("reference"));
        r.poNumber = f.text(QStringLiteral("po_number"));
        r.sourceLine = row.line;
        requests << r;
    });
    if (const Errors stop = unreadable(read, stream); !stop.isEmpty())
        return stop;
    if (!errors.isEmpty()) {
        // Also name the unknown SKUs and purchase orders of the other rows, so one
        // run lists everything to fix.
        QSet<int> badLines;
        for (const Error& e : std::as_const(errors))
            badLines.insert(e.line);
        for (const ReceiveRequest& r : std::as_const(requests)) {
            if (badLines.contains(r.sourceLine))
                continue;
            const Found<Item> item = m_shop.items().itemBySku(r.sku);
            const Found<qint64> po = r.poNumber.isEmpty() ? Found<qint64>(std::optional<qint64>(0))
                                                          : m_shop.purchases().purchaseOrderId(r.poNumber);
            if (!item || !po)
                return item ? po.errors() : item.errors();
            if (!item.value())
                errors << Error::at(table.file, r.sourceLine, QStringLiteral("sku"), tr("unknown SKU '%1'").arg(r.sku));
            else if (!po.value())
                errors << Error::at(table.file, r.sourceLine, QStringLiteral("po_number"),
                                    tr("unknown purchase order '%1'").arg(r.poNumber));
        }
        return sortedByLine(errors);
    }
    std::stable_sort(requests.begin(), requests.end(),
                     [](const ReceiveRequest& a, const ReceiveRequest& b) { return a.receivedAt < b.receivedAt; });
    return requests;
}

Result<QList<StageInput>> Importer::stagesFrom(CsvStream& stream, const Options& options, Report& report)
{
    const Table& table = stream.table();
    Errors errors;
    QList<StageInput> stages;
    const bool read = readRows(stream, options, report, [&](const Row& row) {
        if (errors.size() >= maxErrors)
            return;
        Fields f(table, row, errors);
        StageInput s;
        s.poNumber = f.required(QStringLiteral("po_number"));
        s.stage = domain::stageCode(f.required(QStringLiteral("stage")));
        s.date = f.date(QStringLiteral("date"));
        if (!s.date.isValid() && f.text(QStringLiteral("date")).isEmpty())
            f.error(QStringLiteral("date"), tr("a date in the form YYYY-MM-DD is required"));
        s.note = f.text(QStringLiteral("note"));
        s.expected = f.date(QStringLiteral("expected_date"));
        s.sourceLine = row.line;
        stages << s;
    });
    if (const Errors stop = unreadable(read, stream); !stop.isEmpty())
        return stop;
    if (!errors.isEmpty())
        return sortedByLine(errors);
    // The order they happened in, whatever order the forwarder lists them in: the last
    // one recorded is the purchase order's current stage.
    std::stable_sort(stages.begin(), stages.end(),
                     [](const StageInput& a, const StageInput& b) { return a.date < b.date; });
    store::PurchaseStore& purchases = m_shop.purchases();
    QHash<QString, QList<store::PoStage>> known; // by purchase order number
    QSet<QString> arrived; // received in full: the forwarder's file lags behind the goods
    QList<StageInput> fresh;
    int again = 0;
    int late = 0;
    for (const StageInput& s : std::as_const(stages)) {
        if (arrived.contains(s.poNumber)) {
            ++late;
            continue;
        }
        auto it = known.find(s.poNumber);
        if (it == known.end()) {
            const Found<store::PurchaseOrderSummary> po = purchases.purchaseOrder(s.poNumber);
            if (!po)
                return po.errors();
            if (po.value() && po.value()->ordered > 0 && po.value()->open() <= 0) {
                arrived.insert(s.poNumber);
                ++late;
                continue;
            }
            QList<store::PoStage> recorded;
            if (po.value()) {
                Result<QList<store::PoStage>> stored = purchases.stages(po.value()->id);
                if (!stored)
                    return stored.errors();
                recorded = stored.takeValue();
            }
            it = known.insert(s.poNumber, recorded);
        }
        const bool seen = std::any_of(it->cbegin(), it->cend(), [&](const store::PoStage& r) {
            return r.stage == s.stage && r.date == s.date;
        });
        if (seen) {
            ++again;
            continue;
        }
        store::PoStage taken;
        taken.stage = s.stage;
        taken.date = s.date;
        it->append(taken);
        fresh << s;
    }
    report.skipped += again + late;
    if (again > 0)
        report.warnings << tr("%1: %n stage(s) recorded before were skipped", nullptr, again).arg(table.file);
    if (late > 0)
        report.warnings << tr("%1: %n stage(s) of purchase orders received in full were skipped", nullptr, late)
                               .arg(table.file);
    return fresh;
}

Result<QList<ReceiveRequest>> Importer::readReceipts(const QString& path)
{
    Report report;
    Result<std::unique_ptr<CsvStream>> opened = open(Kind::Receipts, path, nullptr, report);
    if (!opened)
        return opened.errors();
    return receiptsFrom(*opened.value(), Options(), report);
}

} // namespace bd::csv
