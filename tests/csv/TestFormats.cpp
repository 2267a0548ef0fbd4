// The list of file formats: every shape is recognised from its header alone, a file of
// no known shape (or of another kind) is refused saying what it looks like, and a
// shop's product file goes in and comes back out with the shop's identity columns and
// the stock cells of untracked items exactly as they were.

#include "ShopFixture.h"

#include "services/MailService.h"
#include "csv/CsvReader.h"
#include "csv/Exporter.h"
#include "csv/Importer.h"
#include "csv/formats/Formats.h"
#include "csv/formats/OrderFormats.h"
#include "domain/Rules.h"
#include "domain/UnknownCustomer.h"
#include "mail/Outbox.h"
#include "store/MailStore.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace bd;
using bd::csv::DataKind;
using bd::test::ShopFixture;
using bd::test::must;
using bd::test::utc;

namespace {

const QString ImportDir = QString::fromUtf8(BD_FIXTURES_DIR) + u"/csv/import"_s;

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

csv::Table header(const QByteArray& bytes)
{
    const auto table = csv::CsvReader::readData(bytes, u"file.csv"_s);
    return table.ok() ? table.value() : csv::Table();
}

} // namespace

class TestFormats : public QObject
{
    Q_OBJECT

private slots:
    void everyFormatIsListedOnce();
    void detectsShape_data();
    void detectsShape();
    void refusesUnknownShape();
    void refusesFileOfAnotherKind();
    void wrongFormatSaysWhatFileIs();
    void sayWhatWasRecognised();
    void shopRoundTripKeepsIdentity_data();
    void shopRoundTripKeepsIdentity();
    void reimportMatchesSameItems_data();
    void reimportMatchesSameItems();
    void relatedItemsKept();
    void stockCountServesQueueFirst();
    void rowWithoutPriceWarns();
    void orderTimes_data();
    void orderTimes();
    void stockCountLegacyLayoutAndNative();
    void orderNeedsAnItemReference_data();
    void orderNeedsAnItemReference();
    void unknownCustomersAreNeverWritten();
    void unknownCustomerAddressIsTheOrdersOwn();
};

void TestFormats::everyFormatIsListedOnce()
{
    QSet<QString> seen;
    for (const csv::ShopFormat* f : csv::shopFormats()) {
        const QString key = csv::kindName(f->kind()) + u'/' + f->id();
        QVERIFY2(!seen.contains(key), qPrintable(key));
        seen.insert(key);
        QVERIFY(!f->title().isEmpty());
        QVERIFY(!f->required().isEmpty());
        QCOMPARE(csv::findFormat(f->id(), f->kind()), f);
    }
    // A shop's name means its usual format of the kind.
    QCOMPARE(csv::findFormat(u"shopify"_s, DataKind::Items)->id(), u"shopify"_s);
    QCOMPARE(csv::findFormat(u"shopify"_s, DataKind::Orders)->title(), u"Shopify order export"_s);
    QCOMPARE(csv::findFormat(u"woocommerce"_s, DataKind::Customers), nullptr);
}

void TestFormats::detectsShape_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<DataKind>("kind");
    QTest::addColumn<QString>("format");
    const auto fixture = [](const char* dir) { return readAll(ImportDir + u'/' + QLatin1String(dir) + u"/input.csv"_s); };
    QTest::addRow("native items") << fixture("comma-lf") << DataKind::Items << u"native"_s;
    QTest::addRow("native items, odd case") << fixture("header-case-and-space") << DataKind::Items << u"native"_s;
    QTest::addRow("woocommerce") << fixture("woocommerce-products") << DataKind::Items << u"woocommerce"_s;
    QTest::addRow("woocommerce danish") << fixture("woocommerce-danish") << DataKind::Items << u"woocommerce"_s;
    QTest::addRow("woocommerce german") << fixture("woocommerce-german") << DataKind::Items << u"woocommerce"_s;
    QTest::addRow("woocommerce russian, bom after blank line")
        << fixture("woocommerce-russian-bom") << DataKind::Items << u"woocommerce"_s;
    QTest::addRow("woocommerce without ID")
        << QByteArray("Type,SKU,Name,In stock?,Stock,Regular price\nsimple,A,A,1,2,3.00\n") << DataKind::Items
        << u"woocommerce"_s;
    QTest::addRow("shopify classic") << fixture("shopify-products") << DataKind::Items << u"shopify"_s;
    QTest::addRow("shopify classic, no skus") << fixture("shopify-no-skus") << DataKind::Items << u"shopify"_s;
    QTest::addRow("shopify 2025") << fixture("shopify-2025") << DataKind::Items << u"shopify-2025"_s;
    QTest::addRow("native orders") << QByteArray("order_number,placed_at,customer_email,sku,qty\n") << DataKind::Orders
                                   << u"native"_s;
    QTest::addRow("shopify orders") << fixture("shopify-orders") << DataKind::Orders << u"shopify"_s;
    QTest::addRow("shopify orders, current columns") << fixture("shopify-orders-history") << DataKind::Orders
                                                     << u"shopify"_s;
    QTest::addRow("woocommerce orders plugin") << fixture("woocommerce-orders") << DataKind::Orders
                                               << u"woocommerce"_s;
    QTest::addRow("woocommerce orders, one row per item") << fixture("woocommerce-order-items") << DataKind::Orders
                                                          << u"woocommerce-items"_s;
    QTest::addRow("woocommerce orders, one row per item, labels")
        << fixture("woocommerce-order-items-labels") << DataKind::Orders << u"woocommerce-items"_s;
    QTest::addRow("woocommerce orders, one row per item, sku only")
        << QByteArray("order_number,order_date,item_sku,item_quantity\n") << DataKind::Orders << u"woocommerce-items"_s;
    QTest::addRow("shopify orders without customer columns")
        << fixture("shopify-orders-no-customers") << DataKind::Orders << u"shopify"_s;
    QTest::addRow("shopify orders, sku only") << QByteArray("Name,Lineitem quantity,Lineitem sku\n") << DataKind::Orders
                                             << u"shopify"_s;
    QTest::addRow("customers") << QByteArray("email,name,phone\n") << DataKind::Customers << u"native"_s;
    QTest::addRow("shopify customers") << fixture("shopify-customers") << DataKind::Customers << u"shopify"_s;
    QTest::addRow("purchase orders") << QByteArray("po_number,supplier,sku,qty,expected_date\n")
                                     << DataKind::PurchaseOrders << u"native"_s;
    QTest::addRow("receipts") << QByteArray("received_at,sku,qty,reference\n") << DataKind::Receipts << u"native"_s;
    const QString stockDir = QString::fromUtf8(BD_FIXTURES_DIR) + u"/csv/stock/"_s;
    QTest::addRow("stock") << readAll(stockDir + u"native.csv"_s) << DataKind::Stock << u"native"_s;
    QTest::addRow("shopify inventory") << readAll(stockDir + u"shopify-inventory.csv"_s) << DataKind::Stock
                                       << u"shopify"_s;
    QTest::addRow("shopify inventory, a column per location")
        << readAll(stockDir + u"shopify-inventory-legacy.csv"_s) << DataKind::Stock << u"shopify"_s;
}

void TestFormats::detectsShape()
{
    QFETCH(QByteArray, file);
    QFETCH(DataKind, kind);
    QFETCH(QString, format);
    const csv::Table table = header(file);
    QVERIFY(!table.header.isEmpty());
    const csv::Detection d = csv::detect(kind, table);
    QVERIFY2(d.format, qPrintable(table.header.join(u", ")));
    QCOMPARE(d.format->id(), format);
    QCOMPARE(d.format->kind(), kind);
}

void TestFormats::refusesUnknownShape()
{
    const csv::Table table = header("varenr;beskrivelse;salgspris\n\"001\";\"Krus\";12,00\n");
    const csv::Detection d = csv::detect(DataKind::Items, table);
    QCOMPARE(d.format, nullptr);
    QVERIFY(d.nearest);
    const core::Errors errors = csv::notRecognised(DataKind::Items, table, d);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors[0].message.contains(u"the file has varenr, beskrivelse, salgspris"), qPrintable(errors[0].message));
    QVERIFY2(errors[0].message.contains(d.nearest->title()), qPrintable(errors[0].message));
}

void TestFormats::refusesFileOfAnotherKind()
{
    QString error;
    auto f = ShopFixture::create(utc(2026, 11, 2), &error);
    QVERIFY2(f, qPrintable(error));
    const auto report =
        csv::Importer(f->shop()).import(DataKind::Items, ImportDir + u"/shopify-orders/input.csv"_s, false);
    QVERIFY(!report.ok());
    QCOMPARE(report.errors().at(0).message,
             u"this looks like a Shopify order export, which holds orders, not items; import it as orders"_s);
}

void TestFormats::wrongFormatSaysWhatFileIs()
{
    QString error;
    auto f = ShopFixture::create(utc(2026, 11, 2), &error);
    QVERIFY2(f, qPrintable(error));
    csv::Importer::Options options;
    options.format = csv::findFormat(u"woocommerce"_s, DataKind::Items);
    const auto report = csv::Importer(f->shop()).import(DataKind::Items, ImportDir + u"/shopify-2025/input.csv"_s, options);
    QVERIFY(!report.ok());
    QCOMPARE(report.errors().at(0).message,
             u"not a WooCommerce product export (it lacks the column(s) Type, Name): the file looks like a Shopify "
             "product export (2025 layout)"_s);
}

void TestFormats::sayWhatWasRecognised()
{
    QString error;
    auto f = ShopFixture::create(utc(2026, 11, 2), &error);
    QVERIFY2(f, qPrintable(error));
    const auto report = csv::Importer(f->shop()).import(DataKind::Items, ImportDir + u"/shopify-2025/input.csv"_s, false);
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    QCOMPARE(report->recognised(), u"input.csv: Shopify product export (2025 layout), 4 variant(s)"_s);
}

void TestFormats::shopRoundTripKeepsIdentity_data()
{
    QTest::addColumn<QString>("dir");
    QTest::addColumn<QString>("format");
    // The identity columns as the input names them, then as the export does; the stock
    // columns the same, compared for untracked items (where `untracked` is empty).
    QTest::addColumn<QStringList>("inputIdentity");
    QTest::addColumn<QStringList>("exportIdentity");
    QTest::addColumn<QString>("rowFilter"); // a column whose value says the row is an item
    const QStringList shopify = {u"Handle"_s,        u"Option1 Value"_s,             u"Option2 Value"_s,
                                 u"Option3 Value"_s, u"Variant SKU"_s,               u"Variant Inventory Tracker"_s};
    QTest::addRow("shopify classic") << u"shopify-products"_s << u"shopify"_s << shopify << shopify << u""_s;
    QTest::addRow("shopify without skus") << u"shopify-no-skus"_s << u"shopify"_s << shopify << shopify << u""_s;
    const QStringList current = {u"URL handle"_s,    u"Option1 value"_s, u"Option2 value"_s,
                                 u"Option3 value"_s, u"SKU"_s,           u"Inventory tracker"_s};
    QTest::addRow("shopify 2025") << u"shopify-2025"_s << u"shopify-2025"_s << current << current << u""_s;
    const QStringList woo = {u"ID"_s, u"SKU"_s, u"Parent"_s, u"In stock?"_s, u"Stock"_s};
    QTest::addRow("woocommerce") << u"woocommerce-products"_s << u"woocommerce"_s << woo << woo << u"Type"_s;
    QTest::addRow("woocommerce danish")
        << u"woocommerce-danish"_s << u"woocommerce"_s
        << QStringList {u"ID"_s, u"Varenummer"_s, u"Overordnet"_s, u"På lager?"_s, u"Lager"_s} << woo << u"Type"_s;
    QTest::addRow("woocommerce german")
        << u"woocommerce-german"_s << u"woocommerce"_s
        << QStringList {u"ID"_s, u"Artikelnummer"_s, u"Übergeordnetes Produkt"_s, u"Vorrätig?"_s, u"Lager"_s} << woo
        << u"Typ"_s;
    QTest::addRow("woocommerce russian")
        << u"woocommerce-russian-bom"_s << u"woocommerce"_s
        << QStringList {u"ID"_s, u"Артикул"_s, u"Родительский"_s, u"В наличии?"_s, u"Запасы"_s} << woo << u"Тип"_s;
}

// Import a shop's file, export the items in the same format: the identity columns of
// every item row are the same, and an untracked item's stock cells are as they were.
void TestFormats::shopRoundTripKeepsIdentity()
{
    QFETCH(QString, dir);
    QFETCH(QString, format);
    QFETCH(QStringList, inputIdentity);
    QFETCH(QStringList, exportIdentity);
    QFETCH(QString, rowFilter);
    QString error;
    auto f = ShopFixture::create(utc(2026, 11, 27), &error);
    QVERIFY2(f, qPrintable(error));
    const QString input = ImportDir + u'/' + dir + u"/input.csv"_s;
    const auto report = csv::Importer(f->shop()).import(DataKind::Items, input, false);
    QVERIFY2(report.ok(), qPrintable(report.errorText()));

    csv::Exporter::Options options;
    options.format = format;
    const QByteArray exported = must(csv::Exporter(f->shop()).exportCsv(csv::Exporter::Kind::Items, options));
    const auto in = csv::CsvReader::readFile(input);
    const auto out = csv::CsvReader::readData(exported, u"export.csv"_s);
    QVERIFY(in.ok() && out.ok());
    const auto tuples = [](const csv::Table& table, const QStringList& columns, const QString& filter, bool woo) {
        QStringList rows;
        for (const csv::Row& row : table.rows) {
            QStringList cells;
            for (const QString& c : columns) {
                QString value = table.value(row, c);
                if (value.startsWith(u'\'') && value.size() > 1 && QStringLiteral("-=+@").contains(value.at(1)))
                    value.remove(0, 1);
                cells << value;
            }
            if (filter.isEmpty()) {
                // Shopify: an image row has no option values, no SKU, no tracker.
                if (cells.mid(1).join(QString()).isEmpty())
                    continue;
            } else {
                const QString type = table.value(row, filter);
                if (!type.contains(u"simple"_s) && !type.contains(u"variation"_s))
                    continue;
            }
            // A tracked item's stock is the shop's own figure; an untracked one's cells must stay.
            if (woo && !cells.value(4).isEmpty())
                cells[3] = cells[4] = u"<counted>"_s;
            rows << cells.join(u'|');
        }
        std::sort(rows.begin(), rows.end());
        return rows;
    };
    const bool woo = format == u"woocommerce"_s;
    QCOMPARE(tuples(out.value(), exportIdentity, woo ? u"Type"_s : QString(), woo),
             tuples(in.value(), inputIdentity, rowFilter, woo));
    // An untracked Shopify variant keeps its empty tracker and its quantity cell.
    if (!woo) {
        for (const csv::Row& row : out->rows) {
            const QString tracker = out->value(row, exportIdentity.last());
            const QString qty = out->value(row, format == u"shopify"_s ? u"Variant Inventory Qty"_s : u"Inventory quantity"_s);
            if (tracker.isEmpty())
                QCOMPARE(qty, u"0"_s);
        }
    }
    // Read back in its own format, the export changes nothing.
    const QString back = f->dir() + u"/back.csv"_s;
    QFile file(back);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(exported);
    file.close();
    const QByteArray native = must(csv::Exporter(f->shop()).exportCsv(csv::Exporter::Kind::Items));
    const auto again = csv::Importer(f->shop()).import(DataKind::Items, back, false);
    QVERIFY2(again.ok(), qPrintable(again.errorText()));
    QCOMPARE(again->format->id(), format);
    QCOMPARE(must(csv::Exporter(f->shop()).exportCsv(csv::Exporter::Kind::Items)), native);
}

void TestFormats::reimportMatchesSameItems_data()
{
    QTest::addColumn<QString>("dir");
    QTest::addRow("shopify without skus") << u"shopify-no-skus"_s;
    QTest::addRow("woocommerce russian") << u"woocommerce-russian-bom"_s;
    QTest::addRow("woocommerce german") << u"woocommerce-german"_s;
}

// Keys made from the shop's identity are the same every time: importing the same file
// again updates the same items and makes none.
void TestFormats::reimportMatchesSameItems()
{
    QFETCH(QString, dir);
    QString error;
    auto f = ShopFixture::create(utc(2026, 11, 27), &error);
    QVERIFY2(f, qPrintable(error));
    const QString input = ImportDir + u'/' + dir + u"/input.csv"_s;
    const auto first = csv::Importer(f->shop()).import(DataKind::Items, input, false);
    QVERIFY2(first.ok(), qPrintable(first.errorText()));
    const QList<qint64> ids = must(f->shop().items().allItemIds());
    const QByteArray before = must(csv::Exporter(f->shop()).exportCsv(csv::Exporter::Kind::Items));
    const auto second = csv::Importer(f->shop()).import(DataKind::Items, input, false);
    QVERIFY2(second.ok(), qPrintable(second.errorText()));
    QCOMPARE(second->records, first->records);
    QCOMPARE(must(f->shop().items().allItemIds()), ids);
    QCOMPARE(must(csv::Exporter(f->shop()).exportCsv(csv::Exporter::Kind::Items)), before);
}

void TestFormats::relatedItemsKept()
{
    QString error;
    auto f = ShopFixture::create(utc(2026, 11, 27), &error);
    QVERIFY2(f, qPrintable(error));
    const auto report =
        csv::Importer(f->shop()).import(DataKind::Items, ImportDir + u"/woocommerce-danish/input.csv"_s, false);
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    const domain::Item krus = f->item(u"KRUS-BLA"_s);
    QCOMPARE(must(f->shop().items().relatedItems(krus.id, u"upsell"_s)), (QStringList {u"KANDE"_s, u"id:205"_s}));
    QCOMPARE(must(f->shop().items().relatedItems(krus.id, u"cross-sell"_s)), QStringList {u"STRIK"_s});
    // The identity of a variation: its ID and its parent.
    const domain::Item green = f->item(u"wc-204"_s);
    QCOMPARE(green.shop.id, u"204"_s);
    QCOMPARE(green.shop.parent, u"id:202"_s);
    QVERIFY(green.shop.keyed);
    QVERIFY(green.shop.sku.isEmpty());
    // A sale price in force is the price; the regular one is written back.
    const domain::Item kande = f->item(u"KANDE"_s);
    QCOMPARE(kande.priceMinor, 19900);
    QVERIFY(!kande.tracked);
}

// A new item without a price starts at 0, with a warning; one already here keeps its price.
void TestFormats::rowWithoutPriceWarns()
{
    QString error;
    auto f = ShopFixture::create(utc(2026, 11, 27), &error);
    QVERIFY2(f, qPrintable(error));
    BD_VERIFY_OK(f->addItem(u"OLD"_s, domain::Policy::Stop, 1, {}, {}, {}, 1250));
    const QString path = f->dir() + u"/prices.csv"_s;
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("sku,name,price\nOLD,Old one,\nNEW,New one,\n");
    file.close();
    const auto report = csv::Importer(f->shop()).import(DataKind::Items, path, false);
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    QCOMPARE(report->warnings, QStringList {path + u": 1 item(s) have no price and import at 0"_s});
    QCOMPARE(f->item(u"OLD"_s).priceMinor, 1250);
    QCOMPARE(f->item(u"NEW"_s).priceMinor, 0);
}

void TestFormats::orderTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("dayFirst");
    QTest::addColumn<QString>("expected");
    QTest::addRow("shopify") << u"2025-12-06 10:37:33 -0500"_s << true << u"2025-12-06T15:37:33Z"_s;
    QTest::addRow("spreadsheet, day first") << u"31/12/2023 22:36"_s << false << u"2023-12-31T22:36:00Z"_s;
    QTest::addRow("either way, the locale's") << u"03/04/2026 10:00"_s << true << u"2026-04-03T10:00:00Z"_s;
    QTest::addRow("either way, month first") << u"03/04/2026 10:00"_s << false << u"2026-03-04T10:00:00Z"_s;
    QTest::addRow("woocommerce plugin") << u"16-05-2018 07:32:06"_s << true << u"2018-05-16T07:32:06Z"_s;
    QTest::addRow("no such day") << u"31/02/2026 10:00"_s << true << QString();
}

void TestFormats::orderTimes()
{
    QFETCH(QString, text);
    QFETCH(bool, dayFirst);
    QFETCH(QString, expected);
    const QDateTime at = csv::parseOrderTime(text, dayFirst);
    QCOMPARE(at.isValid() ? core::toIso(at.toUTC()) : QString(), expected);
}

// A Shopify inventory export counts known items, matched by SKU or by the key of
// their shop identity: the counts of one variant's locations add up, a count serves
// the queue first, "not stocked" makes the item untracked, unknown items are skipped.
void TestFormats::stockCountServesQueueFirst()
{
    QString error;
    auto f = ShopFixture::create(utc(2026, 11, 27), &error);
    QVERIFY2(f, qPrintable(error));
    const auto items = csv::Importer(f->shop()).import(DataKind::Items, ImportDir + u"/shopify-no-skus/input.csv"_s, false);
    QVERIFY2(items.ok(), qPrintable(items.errorText()));
    BD_VERIFY_OK(f->place(u"W-1"_s, {{u"wool-socks/l"_s, 4}}));
    QCOMPARE(f->item(u"wool-socks/l"_s).waiting, 4);

    const QString file = QString::fromUtf8(BD_FIXTURES_DIR) + u"/csv/stock/shopify-inventory.csv"_s;
    const auto report = csv::Importer(f->shop()).import(DataKind::Stock, file, false);
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    QCOMPARE(report->format->title(), u"Shopify inventory export"_s);
    QCOMPARE(report->records, 3);
    QCOMPARE(report->warnings.last(), file + u": 1 row(s) count items this shop does not have (such as LAMP-9) and "
                                             "were skipped"_s);
    // L: 3 new at one location and 2 at another: 5 on hand, 4 of them to the waiting order.
    const domain::Item large = f->item(u"wool-socks/l"_s);
    QCOMPARE(large.onHand, 5);
    QCOMPARE(large.allocated, 4);
    QCOMPARE(large.waiting, 0);
    QCOMPARE(f->order(u"W-1"_s).stateName(), u"ready"_s);
    QCOMPARE(f->item(u"wool-socks/s"_s).onHand, 4);
    QVERIFY(!f->item(u"harbour-at-dusk/21-30-cm-a4-oak"_s).tracked);

    // Written back in the same shape, with our counts as the new ones.
    csv::Exporter::Options options;
    options.format = u"shopify"_s;
    const QByteArray exported = must(csv::Exporter(f->shop()).exportCsv(csv::Exporter::Kind::Stock, options));
    QVERIFY2(exported.contains("wool-socks,Wool socks,Size,L,,,,,SOCK-WOOL,Harbour St,5,5\n"), exported.constData());
    QVERIFY2(exported.contains("harbour-at-dusk,Harbour at Dusk,Size,21 × 30 cm (A4),Frame,Oak,,,,Harbour St,not stocked,"
                               "not stocked\n"),
             exported.constData());
}

void TestFormats::stockCountLegacyLayoutAndNative()
{
    QString error;
    auto f = ShopFixture::create(utc(2026, 11, 27), &error);
    QVERIFY2(f, qPrintable(error));
    const auto items = csv::Importer(f->shop()).import(DataKind::Items, ImportDir + u"/shopify-no-skus/input.csv"_s, false);
    QVERIFY2(items.ok(), qPrintable(items.errorText()));
    const QString dir = QString::fromUtf8(BD_FIXTURES_DIR) + u"/csv/stock/"_s;
    const auto legacy = csv::Importer(f->shop()).import(DataKind::Stock, dir + u"shopify-inventory-legacy.csv"_s, false);
    QVERIFY2(legacy.ok(), qPrintable(legacy.errorText()));
    QCOMPARE(f->item(u"wool-socks/m"_s).onHand, 3);
    QVERIFY(!f->item(u"harbour-at-dusk/50-70-cm-large-none"_s).tracked);
    const auto native = csv::Importer(f->shop()).import(DataKind::Stock, dir + u"native.csv"_s, false);
    QVERIFY2(native.ok(), qPrintable(native.errorText()));
    QCOMPARE(f->item(u"wool-socks/m"_s).onHand, 8);
    QStringList reasons;
    for (const domain::Event& e : must(f->shop().events().eventsForItem(f->item(u"wool-socks/m"_s).id)))
        reasons << e.details;
    QVERIFY2(reasons.join(u'|').contains(u"stock counted: 8 on hand (+5)"_s), qPrintable(reasons.join(u'|')));
}

void TestFormats::orderNeedsAnItemReference_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("missing");
    QTest::addRow("shopify") << QByteArray("Name,Created at,Lineitem quantity,Lineitem price\n#1,2026-11-01,1,2.00\n")
                             << u"shopify"_s << u"Lineitem sku or Lineitem name"_s;
    QTest::addRow("woocommerce, one row per item")
        << QByteArray("Order Number,Order Date,Quantity,Item Cost\n1,2026-11-01,1,2.00\n") << u"woocommerce-items"_s
        << u"item_sku or item_name"_s;
}

// An order needs its number, a line's quantity and an item reference: a file with none
// of the item's columns is refused, saying that either would do.
void TestFormats::orderNeedsAnItemReference()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, format);
    QFETCH(QString, missing);
    const csv::Table table = header(file);
    const csv::ShopFormat* f = csv::findFormat(format, DataKind::Orders);
    QVERIFY(f);
    QCOMPARE(f->recognise(table), 0);
    QCOMPARE(f->missing(table), QStringList {missing});
    QString error;
    auto shop = ShopFixture::create(utc(2026, 11, 27), &error);
    QVERIFY2(shop, qPrintable(error));
    const QString path = shop->dir() + u"/orders.csv"_s;
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(file);
    out.close();
    csv::Importer::Options options;
    options.format = f;
    const auto report = csv::Importer(shop->shop()).import(DataKind::Orders, path, options);
    QVERIFY(!report.ok());
    QVERIFY2(report.errorText().contains(missing), qPrintable(report.errorText()));
}

// Orders of a file without customer columns go to customers of their own, whom no
// e-mail ever reaches: neither when the orders are placed and wait nor in follow-ups,
// while a known customer's waiting order is written to as always.
void TestFormats::unknownCustomersAreNeverWritten()
{
    QString error;
    auto f = ShopFixture::create(utc(2026, 11, 27), &error);
    QVERIFY2(f, qPrintable(error));
    const QString dir = ImportDir + u"/shopify-orders-no-customers"_s;
    QVERIFY(csv::Importer(f->shop()).import(DataKind::Items, dir + u"/before.csv"_s, false).ok());
    const auto imported = csv::Importer(f->shop()).import(DataKind::Orders, dir + u"/input.csv"_s, false);
    QVERIFY2(imported.ok(), qPrintable(imported.errorText()));
    QCOMPARE(imported->records, 3);
    const QString known = f->dir() + u"/known.csv"_s;
    QFile file(known);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("order_number,placed_at,customer_email,customer_name,sku,qty\n"
               "3001,2026-11-26T09:00:00Z,ole@example.com,Ole Dam,KETTLE-2,2\n");
    file.close();
    QVERIFY(csv::Importer(f->shop()).import(DataKind::Orders, known, false).ok());
    // Weeks later: follow-ups for everyone still waiting.
    f->clock().advanceSeconds(20 * 86400);
    QVERIFY(services::MailService(f->shop()).runSchedule().ok());

    int toKnown = 0;
    for (const store::OutboxRow& row : test::must(f->shop().outbox().store().messages(store::OutboxFilter {}))) {
        QVERIFY2(!domain::isUnknownCustomer(row.recipient), qPrintable(row.recipient + u": "_s + row.subject));
        if (row.recipient == u"ole@example.com"_s)
            ++toKnown;
    }
    QVERIFY(toKnown >= 2); // the confirmation and a follow-up
    // The unknown customers' orders wait all the same.
    const auto order = test::must(f->shop().orders().orderByNumber(u"2002"_s));
    QVERIFY(order);
    QCOMPARE(order->customerEmail, u"order-2002@unknown-customer.invalid"_s);
    QCOMPARE(order->customerName, u"Unknown customer (order 2002)"_s);
}

void TestFormats::unknownCustomerAddressIsTheOrdersOwn()
{
    const QStringList numbers = {u"1001"_s, u"A-1"_s, u"a-1"_s, u"1001 B"_s, u"#7/8"_s, u"Ø12"_s};
    QSet<QString> addresses;
    for (const QString& number : numbers) {
        const QString email = domain::unknownCustomerEmail(number);
        QVERIFY2(domain::isEmailAddress(email, true), qPrintable(email));
        QVERIFY(domain::isUnknownCustomer(email));
        addresses.insert(email);
    }
    QCOMPARE(addresses.size(), numbers.size());
    QCOMPARE(domain::unknownCustomerEmail(u"1001"_s), u"order-1001@unknown-customer.invalid"_s);
    QVERIFY(!domain::isUnknownCustomer(u"kim@example.com"_s));
    QVERIFY(!domain::isUnknownCustomer(u"kim@unknown-customer.invalid.example.com"_s));
}

QTEST_GUILESS_MAIN(TestFormats)
#include "TestFormats.moc"
