// The Importer, continued: items files (the catalogue), written in bulk.
#include "Importer.h"

#include "csv/ImporterSupport.h"
#include "csv/RowPipeline.h"
#include "csv/formats/Formats.h"
#include "services/CatalogService.h"
#include "store/BulkItemWriter.h"
#include "store/EventStore.h"
#include "store/ItemStore.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <climits>
#include <limits>

using namespace bd::csv::importing;
using namespace bd::domain;
using namespace bd::services;

namespace bd::csv {

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
        int line = 0;
        QString field; // set: the SKUs must be items of the shop (see ItemRecord)
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
                related << Related {item.sku, rec.upsells, rec.crossSells, line, rec.relatedField};
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
            if (!r.field.isEmpty()) {
                // "id:41": a WooCommerce product the shop's own file named by its id, kept as
                // it came, so a WooCommerce shop's items exported natively read back.
                static const QRegularExpression shopId(QStringLiteral("^id:\\d+$"));
                for (const QString& other : r.crossSells.value_or(QStringList())) {
                    if (shopId.match(other).hasMatch())
                        continue;
                    if (other == r.sku) {
                        errors << Error::at(table.file, r.line, r.field,
                                            tr("%1 cannot be related to itself").arg(r.sku));
                        continue;
                    }
                    const Found<Item> known = store.itemBySku(other);
                    if (!known)
                        return known.errors();
                    if (!known.value())
                        errors << Error::at(table.file, r.line, r.field, tr("unknown SKU '%1'").arg(other));
                }
                if (!errors.isEmpty())
                    continue;
            }
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

} // namespace bd::csv
