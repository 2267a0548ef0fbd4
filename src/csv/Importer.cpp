#include "Importer.h"

#include "csv/CsvReader.h"
#include "csv/RowPipeline.h"
#include "csv/formats/CustomerFormats.h"
#include "csv/formats/Formats.h"
#include "csv/formats/OrderFormats.h"
#include "csv/formats/StockCounts.h"
#include "domain/Rules.h"
#include "domain/UnknownCustomer.h"
#include "services/CatalogService.h"
#include "services/OrderService.h"
#include "store/BulkItemWriter.h"
#include "store/OrderSpool.h"
#include "store/Transaction.h"
#include "store/EventStore.h"
#include "store/ItemStore.h"
#include "store/PurchaseStore.h"

#include <QFileInfo>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>

#include <climits>
#include <limits>

using bd::core::Error;
using bd::core::Errors;
using bd::core::Result;
using bd::core::Status;
using namespace bd::domain;
using namespace bd::services;
using bd::store::Found;

namespace bd::csv {

namespace {

const int maxErrors = Fields::MaxErrors;

// Problems in file order, at most maxErrors of them.
Errors sortedByLine(Errors errors)
{
    std::stable_sort(errors.begin(), errors.end(), [](const Error& a, const Error& b) { return a.line < b.line; });
    return errors.mid(0, maxErrors);
}


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

// Rows that do not fit the header are reported alone, as when the whole file was read
// before any row was looked at; otherwise the rows' own problems.
Errors structureFirst(const CsvStream& stream, const Errors& rowErrors)
{
    return stream.errors().isEmpty() ? rowErrors : stream.errors();
}

// Calls the progress function and looks at the cancel flag every so many rows.
class Pacer
{
public:
    Pacer(const Importer::Options& options, const CsvStream& stream)
        : m_options(options)
        , m_stream(stream)
    {
    }

    // False when the import is to stop.
    bool tick()
    {
        if (++m_rows % 4096 != 0)
            return true;
        return report();
    }
    bool report()
    {
        if (m_options.progress)
            m_options.progress(m_stream.position(), m_stream.size());
        return !(m_options.cancel && m_options.cancel->load(std::memory_order_relaxed));
    }

private:
    const Importer::Options& m_options;
    const CsvStream& m_stream;
    qint64 m_rows = 0;
};

Error cancelled(const QString& file)
{
    return Error::at(file, 0, {}, Importer::tr("import cancelled; nothing was changed"));
}

// Hands every data row to `visit`, counted in report.rows, reporting progress and
// looking at the cancel flag as it goes. False when the import was cancelled.
bool readRows(CsvStream& stream, const Importer::Options& options, Importer::Report& report,
              const std::function<void(const Row&)>& visit)
{
    Pacer pacer(options, stream);
    Row row;
    while (stream.next(row)) {
        if (!pacer.tick())
            return false;
        ++report.rows;
        visit(row);
    }
    return pacer.report();
}

} // namespace

namespace {
const Importer::Kind AllKinds[] = {Importer::Kind::Items,          Importer::Kind::Customers,
                                   Importer::Kind::Orders,         Importer::Kind::PurchaseOrders,
                                   Importer::Kind::Receipts,       Importer::Kind::Stock};
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
            return rows.errors();
        report.records = int(receipts->size());
        report.crossDock = rows.takeValue();
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
                                          break;
                                      }
                                      return {};
                                  },
                                  !options.dryRun);
    if (!status.ok())
        return status.errors();
    report.warnings.append(stream.table().warnings);
    return report;
}

// The SKUs of a file's items and how often each comes, for a format whose variants
// may have none or share one: read once before the items are.
Result<QHash<QString, int>> Importer::skuUses(const ItemFormat& format, const QString& path, const Options& options)
{
    QHash<QString, int> uses;
    Result<std::unique_ptr<CsvStream>> again = CsvStream::openFile(path);
    if (!again)
        return again.errors();
    again.value()->mapColumns(m_columnMap);
    const Table& table = again.value()->table();
    const std::unique_ptr<ItemReader> reader = format.reader(table, m_shop.clock().today());
    Row row;
    Errors ignored; // the second reading reports them
    for (qint64 n = 1; again.value()->next(row); ++n) {
        if ((n & 1023) == 0 && options.cancel && options.cancel->load(std::memory_order_relaxed))
            return cancelled(table.file);
        Fields f(table, row, ignored);
        ItemRecord rec;
        if (reader->read(f, rec) && !rec.input.item.sku.isEmpty())
            ++uses[rec.input.item.sku];
        ignored.clear();
    }
    return uses;
}

Status Importer::importItems(CsvStream& stream, const ItemFormat& format, const Options& options, DirtyItems& dirty,
                             Report& report)
{
    const Table& table = stream.table();
    QHash<QString, int> uses;
    if (format.keysVariants()) {
        Result<QHash<QString, int>> counted = skuUses(format, report.file, options);
        if (!counted)
            return counted.errors();
        uses = counted.takeValue();
    }
    Errors errors;
    CatalogService catalog(m_shop);
    store::ItemStore& store = m_shop.items();
    store::BulkItemWriter bulk(m_shop.db());
    // Items created by this file have larger ids: a second row for one is a duplicate.
    qint64 lastIdBefore = 0;
    if (bulk.available()) {
        const Result<qint64> maxId = bulk.maxItemId();
        if (!maxId)
            return maxId.errors();
        lastIdBefore = maxId.value();
    }
    QSet<qint64> updated;
    QSet<QString> seenSlow; // duplicates, when the fast path is not there
    const QString currency = m_shop.config().text(store::settings::ShopCurrency);
    const QDateTime now = m_shop.now();
    int negativeStock = 0;
    int withoutSku = 0;
    int sharingSku = 0;
    int withoutPrice = 0;
    QString exampleKey;
    QString skuColumn; // as the file names it
    // Related items are set once every item of the file is written.
    struct Related
    {
        QString sku;
        std::optional<QStringList> upsells;
        std::optional<QStringList> crossSells;
    };
    QList<Related> related;
    // Rows are read and checked on a second thread while this one writes them.
    struct ParsedItem
    {
        ItemRecord rec;
        Errors errors;
        int line = 0;
        bool isItem = true;
    };
    std::unique_ptr<ItemReader> reader = format.reader(table, m_shop.clock().today());
    const bool keys = format.keysVariants();
    RowPipeline<ParsedItem>::Parse parse = [&table, &reader, &uses, keys](const Row& row, ParsedItem& parsed) {
        Fields f(table, row, parsed.errors);
        parsed.line = row.line;
        parsed.rec.input.sourceLine = row.line;
        parsed.isItem = reader->read(f, parsed.rec);
        Item& item = parsed.rec.input.item;
        // A variant without a SKU, or with one it shares, is known by its shop identity.
        if (keys && parsed.isItem && (item.sku.isEmpty() || uses.value(item.sku) > 1)) {
            const QString key = reader->keyFor(parsed.rec);
            if (key.isEmpty()) {
                f.required(parsed.rec.skuField);
            } else {
                parsed.rec.keyed = true;
                item.shop.keyed = true;
                item.shop.sku = item.sku;
                item.sku = key;
            }
        }
        return true;
    };
    const qint64 fileSize = stream.size();
    RowPipeline<ParsedItem> rows(stream, std::move(parse), options.cancel);
    auto stopped = [&] {
        rows.stop();
        return cancelled(table.file);
    };
    ParsedItem parsed;
    while (rows.next(parsed)) {
        ++report.rows;
        if (report.rows % 4096 == 0) {
            if (options.progress)
                options.progress(rows.position(), fileSize);
            if (options.cancel && options.cancel->load(std::memory_order_relaxed))
                return stopped();
        }
        if (!parsed.isItem) {
            ++report.skipped;
            continue;
        }
        ItemRecord& rec = parsed.rec;
        Errors& rowErrors = parsed.errors;
        const int line = parsed.line;
        const QString skuField = rec.skuField;
        skuColumn = skuField;
        auto rowError = [&](const QString& field, const QString& message) {
            rowErrors << Error::at(table.file, line, field, message);
        };
        Item& item = rec.input.item;
        if (!rowErrors.isEmpty() || item.sku.isEmpty()) {
            errors << rowErrors;
            if (errors.size() >= maxErrors)
                break;
            continue;
        }
        if (rec.keyed) {
            ++(item.shop.sku.isEmpty() ? withoutSku : sharingSku);
            if (exampleKey.isEmpty())
                exampleKey = item.sku;
        }

        // Find the item: the fast path asks SQLite directly.
        qint64 id = 0;
        std::optional<Item> existing;
        if (bulk.available()) {
            // Into an empty catalogue every row is a new item: the SKU's unique index
            // finds a second row for one when it is inserted, no lookup needed.
            if (lastIdBefore > 0) {
                Result<qint64> found = bulk.itemId(item.sku);
                if (!found)
                    return found.errors();
                id = found.value();
                if (id > 0 && id <= lastIdBefore) {
                    Found<Item> stored = store.itemBySku(item.sku);
                    if (!stored)
                        return stored.errors();
                    existing = stored.takeValue();
                }
            }
        } else {
            Found<Item> stored = store.itemBySku(item.sku);
            if (!stored)
                return stored.errors();
            existing = stored.takeValue();
            id = existing ? existing->id : 0;
            if (seenSlow.contains(item.sku))
                id = std::numeric_limits<qint64>::max();
            seenSlow.insert(item.sku);
        }
        const bool duplicate = (id > lastIdBefore && bulk.available()) || id == std::numeric_limits<qint64>::max()
                               || (existing && updated.contains(existing->id));
        if (duplicate) {
            rowError(skuField, rec.keyed ? tr("the key '%1' (made from the product in the shop) appears more than "
                                              "once in the file")
                                               .arg(item.sku)
                                         : tr("SKU '%1' appears more than once in the file").arg(item.sku));
            errors << rowErrors;
            if (errors.size() >= maxErrors)
                break;
            continue;
        }

        // The web shops' stock is what they can still sell.
        if (rec.shopStock && item.tracked) {
            const int stock = *rec.shopStock;
            const int allocated = existing ? existing->allocated : 0;
            const int waiting = existing ? existing->waiting : 0;
            if (stock < -waiting) {
                if (existing) {
                    rowError(rec.stockField,
                            tr("%1: stock %2 means %3 units on backorder in the shop, but %4 wait here; import the "
                               "shop's orders first")
                                .arg(item.sku)
                                .arg(stock)
                                .arg(-stock)
                                .arg(waiting));
                    errors << rowErrors;
                    continue;
                }
                ++negativeStock;
            }
            rec.input.onHand = std::max(stock + allocated + waiting, allocated);
        }

        if (existing) {
            updated.insert(existing->id);
            // A column the file does not have leaves what the item has as it is.
            if (!rec.hasName || (!rec.productTitle.isEmpty() && existing->name.startsWith(rec.productTitle)))
                item.name = existing->name;
            if (!rec.hasPrice)
                item.priceMinor = existing->priceMinor;
            if (!rec.hasPolicy)
                item.policy = existing->policy;
            // The shops know "backorders allowed", which a preorder item is too.
            if (!format.isNative() && item.policy == Policy::Backorder && existing->policy == Policy::Preorder)
                item.policy = Policy::Preorder;
            if (!rec.hasLimit)
                item.backorderLimit = existing->backorderLimit;
            if (!rec.hasExpected)
                item.expectedDate = existing->expectedDate;
            if (!rec.hasRelease)
                item.releaseDate = existing->releaseDate;
            if (!rec.hasAttributes)
                item.attributes = existing->attributes;
            if (item.currency.isEmpty())
                item.currency = existing->currency;
            if (!rec.hasTracked)
                item.tracked = existing->tracked;
            if (item.shop.isEmpty())
                item.shop = existing->shop;
        }
        if (rec.noPrice && !existing)
            ++withoutPrice;
        if (item.policy == Policy::Preorder && !item.releaseDate.isValid() && rec.hasRelease)
            rowError(QStringLiteral("release_date"), tr("a preorder item needs its release date"));
        if (rowErrors.isEmpty()) {
            if (!existing && bulk.available()) {
                store::BulkItemWriter::NewItem input;
                input.item = item;
                if (input.item.currency.isEmpty())
                    input.item.currency = currency;
                if (input.item.name.isEmpty())
                    input.item.name = item.sku;
                input.onHand = item.tracked ? rec.input.onHand.value_or(0) : 0;
                input.at = now;
                input.line = line;
                if (Status s = bulk.add(input); !s.ok())
                    return s;
            } else {
                Errors saved = catalog.saveItemWithin(rec.input, table.file, dirty).errors();
                // Name the field as the file does.
                for (Error& e : saved) {
                    if (e.field == QLatin1String("on_hand") && !rec.stockField.isEmpty())
                        e.field = rec.stockField;
                    else if (e.field == QLatin1String("policy"))
                        e.field = rec.policyField;
                }
                rowErrors << saved;
            }
            if ((rec.upsells && (existing || !rec.upsells->isEmpty()))
                || (rec.crossSells && (existing || !rec.crossSells->isEmpty())))
                related << Related {item.sku, rec.upsells, rec.crossSells};
        }
        errors << rowErrors;
        if (errors.size() >= maxErrors)
            break;
        if (report.preview.size() < PreviewRows)
            report.preview << PreviewItem {item.sku, item.name.isEmpty() ? item.sku : item.name, item.policy,
                                           item.tracked, item.tracked ? rec.input.onHand : std::nullopt};
        ++report.records;
    }
    rows.stop(); // also when the errors are too many to go on
    if (rows.cancelled() || (options.cancel && options.cancel->load(std::memory_order_relaxed)))
        return cancelled(table.file);
    if (options.progress)
        options.progress(rows.position(), fileSize);
    errors << stream.errors();
    if (bulk.available()) {
        if (Status s = bulk.flush(); !s.ok())
            return s;
        for (const store::BulkItemWriter::Rejected& rejected : bulk.rejected()) {
            errors << Error::at(table.file, rejected.line, skuColumn,
                                rejected.duplicate
                                    ? tr("SKU '%1' appears more than once in the file").arg(rejected.sku)
                                    : tr("database error: %1").arg(rejected.message));
            report.records -= 1;
        }
    }
    if (errors.isEmpty()) {
        for (const Related& r : std::as_const(related)) {
            const Found<Item> found = store.itemBySku(r.sku);
            if (!found)
                return found.errors();
            const std::optional<Item>& item = found.value();
            if (!item)
                continue;
            if (r.upsells) {
                if (Status s = store.setRelatedItems(item->id, QStringLiteral("upsell"), *r.upsells); !s.ok())
                    return s;
            }
            if (r.crossSells) {
                if (Status s = store.setRelatedItems(item->id, QStringLiteral("cross-sell"), *r.crossSells); !s.ok())
                    return s;
            }
        }
    }
    if (errors.isEmpty() && bulk.created() > 0) {
        const qint64 created = bulk.created();
        // One event for the items this file created; each item's history shows its
        // creation from the item itself.
        const QString details = tr("%1: %n item(s) created", nullptr, int(std::min<qint64>(created, INT_MAX)))
                                    .arg(QFileInfo(table.file).fileName());
        if (Status s = m_shop.events().addEvent(now, QStringLiteral("items imported"), 0, 0, 0, details); !s.ok())
            return s;
    }
    if (negativeStock > 0)
        report.warnings << tr("%1: %n item(s) have less than no stock in the shop (orders on backorder there) and "
                              "start with none on hand; import the shop's orders to queue them",
                              nullptr, negativeStock)
                               .arg(table.file);
    if (withoutSku + sharingSku > 0) {
        QStringList which;
        if (withoutSku > 0)
            which << tr("%n variant(s) without a SKU", nullptr, withoutSku);
        if (sharingSku > 0)
            which << tr("%n variant(s) sharing a SKU with others", nullptr, sharingSku);
        report.warnings << tr("%1: %2 are known by a key made from their product in the shop, such as %3 (the same "
                              "key every time the shop's file is imported)")
                               .arg(table.file, which.join(tr(" and ")), exampleKey);
    }
    if (withoutPrice > 0)
        report.warnings << tr("%1: %n item(s) have no price and import at 0", nullptr, withoutPrice).arg(table.file);
    return sortedByLine(errors);
}


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
            current = spool.find(order.number);
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
    // In the order they were placed, so the queue is the shop's real queue; only this
    // holds the write lock.
    return m_shop.transact(
        [&](DirtyItems& dirty) -> Status {
            OrderService service(m_shop);
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
                Result<PlacedOrder> placed = service.placeWithin(order, dirty);
                if (!placed) {
                    Errors placing = placed.errors();
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
            return sortedByLine(errors);
        },
        !options.dryRun);
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
    if (!read)
        return cancelled(table.file);
    if (!stream.errors().isEmpty())
        return stream.errors();
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
        Errors saved = catalog.saveItemWithin(input, table.file, dirty).errors();
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
        if (errors.isEmpty() && refused.size() < maxErrors)
            refused << catalog.saveCustomerWithin(c, table.file, row.line).errors();
    });
    if (!read)
        return cancelled(table.file);
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
        errors << saved.errors();
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
    if (!read)
        return cancelled(table.file);
    if (!stream.errors().isEmpty())
        return stream.errors();
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

Result<QList<ReceiveRequest>> Importer::readReceipts(const QString& path)
{
    Report report;
    Result<std::unique_ptr<CsvStream>> opened = open(Kind::Receipts, path, nullptr, report);
    if (!opened)
        return opened.errors();
    return receiptsFrom(*opened.value(), Options(), report);
}

} // namespace bd::csv
