// Import of messy files and of the web shops' exports, and every export shape, against
// fixture folders: tests/fixtures/csv/import/<case>/ holds input.csv, case.txt ("KIND
// FORMAT"), an optional before.csv (native items imported first) and what must come
// out: expected.csv (the native export of KIND afterwards) or errors.txt, and
// warnings.txt. tests/fixtures/csv/export/ holds a shop and the golden exports.
// BD_UPDATE_GOLDEN=1 writes the expected files from what the code does (review them).

#include "ShopFixture.h"

#include "csv/CsvReader.h"
#include "csv/Exporter.h"
#include "csv/Importer.h"
#include "csv/formats/Formats.h"
#include "services/CatalogService.h"
#include "services/InsightService.h"
#include "store/CustomerStore.h"
#include "store/ItemStore.h"
#include "store/PurchaseStore.h"
#include "../support/Must.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;

using namespace bd;
using bd::test::ShopFixture;
using bd::test::must;

namespace {

const QString ImportDir = QStringLiteral(BD_FIXTURES_DIR "/csv/import");
const QString ExportDir = QStringLiteral(BD_FIXTURES_DIR "/csv/export");

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool updateGolden()
{
    return qEnvironmentVariableIntValue("BD_UPDATE_GOLDEN") == 1;
}

// Compares with the golden file, or writes it when asked to.
bool matchesGolden(const QByteArray& actual, const QString& path)
{
    if (updateGolden()) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(actual);
        return true;
    }
    return actual == readAll(path);
}

QDateTime testNow()
{
    return QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);
}

QByteArray exported(services::Shop& shop, csv::Exporter::Kind kind,
                    const csv::Exporter::Options& options = csv::Exporter::Options())
{
    return must(csv::Exporter(shop).exportCsv(kind, options));
}

// Every table a change could touch, so "nothing changed" is proven, not assumed.
QByteArray snapshot(services::Shop& shop)
{
    QByteArray out;
    for (const QString& kind : csv::Exporter::kindNames())
        out += exported(shop, *csv::Exporter::parseKind(kind)) + "--\n";
    QSqlQuery q(shop.db().connection());
    for (const char* table : {"items", "item_attributes", "stock_movements", "events", "orders", "order_lines",
                              "customers", "allocations", "outbox", "purchase_orders", "purchase_order_lines"}) {
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)) && q.next())
            out += QByteArray(table) + ' ' + q.value(0).toByteArray() + '\n';
    }
    return out;
}

bool writeCsv(const QString& path, const QByteArray& text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

QString errorLines(const core::Errors& errors, const QString& dir)
{
    QString text;
    for (const core::Error& e : errors)
        text += e.toString() + QLatin1Char('\n');
    return text.replace(dir + QLatin1Char('/'), QString());
}

} // namespace

class TestInterop : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ShopFixture> m_f;

    services::Shop& shop() { return m_f->shop(); }

    // The export fixture's shop: items, orders (some waiting), a purchase order.
    void exportShop()
    {
        csv::Importer importer(shop());
        for (const auto& [kind, file] : {std::pair {csv::Importer::Kind::Items, "shop-items.csv"},
                                         std::pair {csv::Importer::Kind::PurchaseOrders, "shop-purchase-orders.csv"},
                                         std::pair {csv::Importer::Kind::Orders, "shop-orders.csv"}}) {
            const auto report = importer.import(kind, ExportDir + QLatin1Char('/') + QLatin1String(file), false);
            QVERIFY2(report.ok(), qPrintable(report.errorText()));
        }
    }

private slots:
    void init()
    {
        QString error;
        m_f = ShopFixture::create(testNow(), &error);
        QVERIFY2(m_f, qPrintable(error));
    }
    void cleanup() { m_f.reset(); }

    void importFixture_data();
    void importFixture();
    void exportGolden_data();
    void exportGolden();
    void roundTrip_data();
    void roundTrip();
    void excelExportReadsBack();
    void progressAndCancel();
    void shopStockFollowsOrders();
    void bigImportBatchesAndLedger();
    void customersImportIsOneUpsertARow();
    void lateErrorChangesNothing_data();
    void lateErrorChangesNothing();
    void streamedKindsCancel_data();
    void streamedKindsCancel();
    void purchaseOrderLinesSpreadOverFile();
    void ordersPlacedByTime();
};

void TestInterop::importFixture_data()
{
    QTest::addColumn<QString>("dir");
    const QStringList cases = QDir(ImportDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(cases.size() >= 20);
    for (const QString& name : cases)
        QTest::addRow("%s", qPrintable(name)) << ImportDir + QLatin1Char('/') + name;
}

void TestInterop::importFixture()
{
    QFETCH(QString, dir);
    const QStringList spec = QString::fromUtf8(readAll(dir + QStringLiteral("/case.txt"))).split(QLatin1Char(' '));
    QCOMPARE(spec.size(), 2);
    // "items shopify": read as that format; "items detect": the header says which.
    const auto kind = csv::Importer::parseKind(spec[0]);
    QVERIFY(kind);
    const QString formatName = spec[1].trimmed();
    const csv::ShopFormat* format = formatName == QLatin1String("detect") ? nullptr : csv::findFormat(formatName, *kind);
    QVERIFY(format || formatName == QLatin1String("detect"));

    if (QFile::exists(dir + QStringLiteral("/before.csv"))) {
        const auto before = csv::Importer(shop()).import(csv::Importer::Kind::Items, dir + QStringLiteral("/before.csv"), false);
        QVERIFY2(before.ok(), qPrintable(before.errorText()));
    }
    const QByteArray stateBefore = snapshot(shop());

    csv::Importer::Options options;
    options.format = format;
    // A dry run first: the same verdict, and nothing changes.
    options.dryRun = true;
    const auto dry = csv::Importer(shop()).import(*kind, dir + QStringLiteral("/input.csv"), options);
    QCOMPARE(snapshot(shop()), stateBefore);

    options.dryRun = false;
    const auto report = csv::Importer(shop()).import(*kind, dir + QStringLiteral("/input.csv"), options);
    QCOMPARE(report.ok(), dry.ok());
    const QString errorsFile = dir + QStringLiteral("/errors.txt");
    const QString expectedFile = dir + QStringLiteral("/expected.csv");
    if (!report.ok()) {
        const QString errors = errorLines(report.errors(), dir);
        QCOMPARE(errorLines(dry.errors(), dir), errors);
        QVERIFY2(QFile::exists(errorsFile) || updateGolden(), qPrintable(errors));
        QVERIFY2(matchesGolden(errors.toUtf8(), errorsFile), qPrintable(errors));
        // Every error names the file, a line (but for an empty file) and, for a row, the field.
        for (const core::Error& e : report.errors()) {
            QCOMPARE(e.file, dir + QStringLiteral("/input.csv"));
            QVERIFY(e.line > 0 || e.message.contains(QLatin1String("empty")));
        }
        QCOMPARE(snapshot(shop()), stateBefore);
        QVERIFY(!QFile::exists(expectedFile));
        return;
    }
    QVERIFY2(!QFile::exists(errorsFile), "the import was expected to fail");
    QCOMPARE(report->records, dry->records);
    const csv::Exporter::Kind exportKind = *kind == csv::Importer::Kind::Orders      ? csv::Exporter::Kind::Orders
                                           : *kind == csv::Importer::Kind::Customers ? csv::Exporter::Kind::Customers
                                                                                     : csv::Exporter::Kind::Items;
    const QByteArray after = exported(shop(), exportKind);
    QVERIFY2(matchesGolden(after, expectedFile), after.constData());
    QString warnings = report->warnings.join(QLatin1Char('\n')).replace(dir + QLatin1Char('/'), QString());
    if (!warnings.isEmpty())
        warnings += QLatin1Char('\n');
    const QString warningsFile = dir + QStringLiteral("/warnings.txt");
    if (warnings.isEmpty()) {
        if (updateGolden())
            QFile::remove(warningsFile);
        QVERIFY(!QFile::exists(warningsFile));
    } else {
        QVERIFY2(matchesGolden(warnings.toUtf8(), warningsFile), qPrintable(warnings));
    }
}

void TestInterop::exportGolden_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("excel");
    for (const char* kind : {"items", "availability"}) {
        for (const char* format : {"native", "woocommerce", "shopify", "shopify-2025"})
            QTest::addRow("%s %s", kind, format) << QString::fromLatin1(kind) << QString::fromLatin1(format) << false;
    }
    QTest::addRow("items native excel") << QStringLiteral("items") << QStringLiteral("native") << true;
    QTest::addRow("orders native excel") << QStringLiteral("orders") << QStringLiteral("native") << true;
    QTest::addRow("waiting native") << QStringLiteral("waiting") << QStringLiteral("native") << false;
}

void TestInterop::exportGolden()
{
    QFETCH(QString, kind);
    QFETCH(QString, format);
    QFETCH(bool, excel);
    exportShop();
    csv::Exporter::Options options = excel ? csv::Exporter::Options::excel() : csv::Exporter::Options();
    options.format = format;
    const QByteArray csv = exported(shop(), *csv::Exporter::parseKind(kind), options);
    const QString golden = ExportDir + QStringLiteral("/%1.%2%3.csv").arg(kind, format, excel ? QStringLiteral(".excel") : QString());
    QVERIFY2(matchesGolden(csv, golden), csv.constData());
    // No cell a spreadsheet would run: every field that starts like a formula is guarded.
    const auto table = csv::CsvReader::readData(csv, QStringLiteral("export.csv"));
    QVERIFY2(table.ok(), qPrintable(table.errorText()));
    for (const csv::Row& row : table->rows) {
        for (const QString& field : row.fields) {
            if (!field.isEmpty() && QStringLiteral("=+@\t\r").contains(field.front()))
                QFAIL(qPrintable(QStringLiteral("formula cell: ") + field));
        }
    }
    QCOMPARE(csv.startsWith("\xEF\xBB\xBF"), excel);
}

void TestInterop::roundTrip_data()
{
    QTest::addColumn<QString>("format");
    QTest::addRow("native") << QStringLiteral("native");
    QTest::addRow("woocommerce") << QStringLiteral("woocommerce");
    QTest::addRow("shopify") << QStringLiteral("shopify");
    QTest::addRow("shopify-2025") << QStringLiteral("shopify-2025");
}

void TestInterop::roundTrip()
{
    QFETCH(QString, format);
    exportShop();
    const QByteArray before = snapshot(shop());
    csv::Exporter::Options options;
    options.format = format;
    const QByteArray csv = exported(shop(), csv::Exporter::Kind::Items, options);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("items.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();
    csv::Importer::Options importOptions;
    importOptions.format = csv::findFormat(format, csv::Importer::Kind::Items);
    const auto report = csv::Importer(shop()).import(csv::Importer::Kind::Items, path, importOptions);
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    QCOMPARE(report->records, 6);
    QCOMPARE(snapshot(shop()), before);
}

void TestInterop::excelExportReadsBack()
{
    exportShop();
    const QByteArray before = snapshot(shop());
    const QByteArray csv = exported(shop(), csv::Exporter::Kind::Items, csv::Exporter::Options::excel());
    QVERIFY(csv.startsWith("\xEF\xBB\xBFsku;name;price;"));
    QVERIFY(csv.contains(";1234,50;"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("excel.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();
    const auto report = csv::Importer(shop()).import(csv::Importer::Kind::Items, path, false);
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    QCOMPARE(snapshot(shop()), before);
}

void TestInterop::progressAndCancel()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("sku,name,price,on_hand,policy\n");
    for (int i = 0; i < 9000; ++i)
        file.write(QStringLiteral("SKU-%1,Item %1,1.00,%2,backorder\n").arg(i).arg(i % 7).toUtf8());
    file.close();
    const QByteArray before = snapshot(shop());

    std::atomic<bool> cancel {false};
    QList<qint64> seen;
    qint64 total = 0;
    csv::Importer::Options options;
    options.cancel = &cancel;
    options.progress = [&](qint64 done, qint64 size) {
        seen << done;
        total = size;
        if (seen.size() == 2)
            cancel.store(true);
    };
    const auto cancelled = csv::Importer(shop()).import(csv::Importer::Kind::Items, path, options);
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.errors().first().message, QStringLiteral("import cancelled; nothing was changed"));
    QCOMPARE(seen.size(), 2);
    QCOMPARE(snapshot(shop()), before);

    cancel.store(false);
    seen.clear();
    options.progress = [&](qint64 done, qint64 size) {
        seen << done;
        total = size;
    };
    const auto report = csv::Importer(shop()).import(csv::Importer::Kind::Items, path, options);
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    QCOMPARE(report->records, 9000);
    QVERIFY(seen.size() >= 3);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QCOMPARE(seen.last(), total);
    QCOMPARE(total, QFileInfo(path).size());
    QCOMPARE(must(shop().items().countItems({})), 9000);
}

// The shops count stock as what they can still sell; importing their figure keeps what
// is allocated and waiting here.
void TestInterop::shopStockFollowsOrders()
{
    exportShop();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("woo.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // HOODIE-RED-S: 1 on hand, 1 allocated, 2 waiting. The shop now says 5 to sell.
    file.write("Type,SKU,Name,Stock,Backorders allowed?\nvariation,HOODIE-RED-S,Hoodie - Red / S,5,1\n"
               "variation,HOODIE-BLUE-M,Hoodie - Blue / M,-9,1\n");
    file.close();
    csv::Importer::Options options;
    options.format = csv::findFormat(QStringLiteral("woocommerce"), csv::Importer::Kind::Items);
    const auto refused = csv::Importer(shop()).import(csv::Importer::Kind::Items, path, options);
    QVERIFY(!refused.ok());
    QCOMPARE(errorLines(refused.errors(), dir.path()),
             QStringLiteral("woo.csv:3: Stock: HOODIE-BLUE-M: stock -9 means 9 units on backorder in the shop, but 5 "
                            "wait here; import the shop's orders first\n"));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("Type,SKU,Name,Stock,Backorders allowed?\nvariation,HOODIE-RED-S,Hoodie - Red / S,5,1\n");
    file.close();
    const auto report = csv::Importer(shop()).import(csv::Importer::Kind::Items, path, options);
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    // 5 to sell + 3 for the waiting order: 8 on hand; the receipt of 7 served the queue.
    const std::optional<domain::Item> item = must(shop().items().itemBySku(QStringLiteral("HOODIE-RED-S")));
    QVERIFY(item);
    QCOMPARE(item->onHand, 8);
    QCOMPARE(item->allocated, 3);
    QCOMPARE(item->waiting, 0);
    QCOMPARE(item->available(), 5);
}

namespace {

// A native items file of `rows` rows; `sku(i)` names row i's SKU.
bool writeItems(const QString& path, int rows, const std::function<QString(int)>& sku, const QString& extra = {})
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray text = "sku,name,price,on_hand,policy,currency\n";
    for (int i = 0; i < rows; ++i)
        text += (sku(i) + QStringLiteral(",Item %1,%2.50,%3,backorder,EUR\n").arg(i).arg(i % 50).arg(i % 4)).toUtf8();
    text += extra.toUtf8();
    return f.write(text) == text.size();
}

int count(services::Shop& shop, const QString& sql)
{
    QSqlQuery q(shop.db().connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

QStringList strings(services::Shop& shop, const QString& sql)
{
    QStringList out;
    QSqlQuery q(shop.db().connection());
    if (!q.exec(sql))
        out << q.lastError().text();
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

// Big files go through the fast path: items written in batches of rows per statement,
// read on a second thread. A duplicate or a refused row inside a batch is found and
// named by its line; an item is one row (opening stock on it, one event per file);
// the ledger check and the item's history read the same as for an item made by hand.
void TestInterop::bigImportBatchesAndLedger()
{
    const QString dir = m_f->dir();
    const QString bad = dir + QStringLiteral("/bad.csv");
    // Row 70 (line 72) repeats the SKU of row 3 (line 5); row 900 (line 902) of row 899.
    QVERIFY(writeItems(bad, 1000, [](int i) {
        return QStringLiteral("BIG-%1").arg(i == 70 ? 3 : i == 900 ? 899 : i, 4, 10, QLatin1Char('0'));
    }));
    const QByteArray before = snapshot(shop());
    auto refused = csv::Importer(shop()).import(csv::Importer::Kind::Items, bad, false);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.errors().size(), 2);
    QCOMPARE(refused.errors().at(0).line, 72);
    QCOMPARE(refused.errors().at(0).field, QStringLiteral("sku"));
    QVERIFY2(refused.errorText().contains(QStringLiteral("SKU 'BIG-0003' appears more than once")),
             qPrintable(refused.errorText()));
    QCOMPARE(refused.errors().at(1).line, 902);
    QCOMPARE(snapshot(shop()), before);

    // A currency the items table refuses is named by line too, not as a database error.
    const QString badCurrency = dir + QStringLiteral("/currency.csv");
    QVERIFY(writeItems(badCurrency, 200, [](int i) { return QStringLiteral("CUR-%1").arg(i); },
                       QStringLiteral("CUR-X,Odd,1.00,1,backorder,EURO\n")));
    auto currency = csv::Importer(shop()).import(csv::Importer::Kind::Items, badCurrency, false);
    QVERIFY(!currency.ok());
    QCOMPARE(currency.errors().size(), 1);
    QCOMPARE(currency.errors().at(0).line, 202);
    QCOMPARE(currency.errors().at(0).field, QStringLiteral("currency"));
    QCOMPARE(snapshot(shop()), before);

    const QString good = dir + QStringLiteral("/good.csv");
    QVERIFY(writeItems(good, 1000, [](int i) { return QStringLiteral("BIG-%1").arg(i, 4, 10, QLatin1Char('0')); }));
    auto imported = csv::Importer(shop()).import(csv::Importer::Kind::Items, good, false);
    QVERIFY2(imported.ok(), qPrintable(imported.errorText()));
    QCOMPARE(imported->records, 1000);
    QCOMPARE(count(shop(), QStringLiteral("SELECT COUNT(*) FROM items")), 1000);
    QCOMPARE(count(shop(), QStringLiteral("SELECT SUM(on_hand) FROM items")), 1500);
    QCOMPARE(count(shop(), QStringLiteral("SELECT COUNT(*) FROM items WHERE opening_qty <> on_hand")), 0);
    QCOMPARE(count(shop(), QStringLiteral("SELECT COUNT(*) FROM stock_movements")), 0);
    QCOMPARE(count(shop(), QStringLiteral("SELECT COUNT(*) FROM events")), 1);
    QCOMPARE(count(shop(), QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'items imported' "
                                          "AND details LIKE 'good.csv: 1000 %'")),
             1);
    const core::Result<services::CheckReport> check = services::InsightService(shop()).check();
    QVERIFY2(check.ok(), qPrintable(check.errorText()));
    QVERIFY2(check->ok(), qPrintable(check->problems.join(QLatin1Char('\n'))));
    QCOMPARE(check->items, 1000);
    // The items are in the file's order, and the one search finds them by their words.
    QCOMPARE(count(shop(), QStringLiteral("SELECT COUNT(*) FROM items a JOIN items b ON b.id = a.id + 1 "
                                          "WHERE b.sku < a.sku")),
             0);
    store::ItemFilter words;
    words.search = QStringLiteral("big-0999 item");
    const QList<domain::Item> found = must(shop().items().items(words));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).sku, QStringLiteral("BIG-0999"));
    words.search = QStringLiteral("item 99"); // a word this short is a whole word: Item 99
    QCOMPARE(must(shop().items().countItems(words)), 1);
    words.search = QStringLiteral("item 099"); // inside a word: BIG-0099, and BIG-0990 … BIG-0999
    QCOMPARE(must(shop().items().countItems(words)), 11);
    if (!shop().db().isServer()) {
        // The search index holds exactly the items (its own check fails otherwise), and
        // the table the new items waited in is gone.
        QSqlQuery q(shop().db().connection());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO items_search (items_search, rank) VALUES ('integrity-check', 1)")),
                 qPrintable(q.lastError().text()));
        QCOMPARE(count(shop(), QStringLiteral("SELECT COUNT(*) FROM temp.sqlite_master WHERE name = 'bulk_items'")),
                 0);
    }

    // The history of an imported item: created, with its opening stock (row 3: 3 units).
    store::ItemStore& items = shop().items();
    const qint64 id = must(items.itemBySku(QStringLiteral("BIG-0003")))->id;
    const QList<store::ItemHistoryRow> history = must(items.history(id, 0, 10));
    QCOMPARE(must(items.historyLength(id)), 2);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).kind, QStringLiteral("item created"));
    QVERIFY(!history.at(0).movement);
    QCOMPARE(history.at(1).kind, QStringLiteral("opening"));
    QVERIFY(history.at(1).movement);
    QCOMPARE(history.at(1).qty, 3);

    // Into a catalogue that has items: existing ones are updated, new ones batched, a
    // new SKU twice in the file still refused by line.
    const QString more = dir + QStringLiteral("/more.csv");
    QVERIFY(writeItems(more, 300, [](int i) { return QStringLiteral("BIG-%1").arg(900 + i, 4, 10, QLatin1Char('0')); },
                       QStringLiteral("BIG-1100,Again,1.00,1,backorder,EUR\n")));
    auto twice = csv::Importer(shop()).import(csv::Importer::Kind::Items, more, false);
    QVERIFY(!twice.ok());
    QCOMPARE(twice.errors().size(), 1);
    QCOMPARE(twice.errors().at(0).line, 302);
    QCOMPARE(count(shop(), QStringLiteral("SELECT COUNT(*) FROM items")), 1000);
    QVERIFY(writeItems(more, 300, [](int i) { return QStringLiteral("BIG-%1").arg(900 + i, 4, 10, QLatin1Char('0')); }));
    auto updated = csv::Importer(shop()).import(csv::Importer::Kind::Items, more, false);
    QVERIFY2(updated.ok(), qPrintable(updated.errorText()));
    QCOMPARE(count(shop(), QStringLiteral("SELECT COUNT(*) FROM items")), 1200);
    QCOMPARE(count(shop(), QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'items imported'")), 2);
    const core::Result<services::CheckReport> after = services::InsightService(shop()).check();
    QVERIFY2(after.ok(), qPrintable(after.errorText()));
    QVERIFY2(after->ok(), qPrintable(after->problems.join(QLatin1Char('\n'))));
}

// A customers file goes in as if each row were upserted in turn (CatalogService::
// saveCustomers): on a shop file its rows are gathered and written together, so the
// same file, saved row by row into a second shop, must leave the same customers with
// the same ids, fields, search texts and times, and a search index that holds them.
void TestInterop::customersImportIsOneUpsertARow()
{
    QString error;
    std::unique_ptr<ShopFixture> other = ShopFixture::create(testNow(), &error);
    QVERIFY2(other, qPrintable(error));
    // Two customers both shops have: the file changes one and repeats the other as it is.
    const QList<domain::Customer> known = {domain::Customer{0, u"known1@example.com"_s, u"Known One"_s, u"111"_s, u""_s},
                                           domain::Customer{0, u"known2@example.com"_s, u"Known Two"_s, u"222"_s,
                                                            u"Street 2"_s}};
    for (services::Shop* s : {&shop(), &other->shop()})
        QVERIFY2(services::CatalogService(*s).saveCustomers(known).ok(), "known customers");

    // 700 rows over 500 e-mails: the last 200 repeat earlier ones, with a field left
    // empty (kept), changed (replaced), or all the same (nothing to change).
    QList<domain::Customer> rows;
    for (int i = 0; i < 700; ++i) {
        const int n = i < 500 ? i : (i * 7) % 500;
        domain::Customer c;
        c.email = u"c%1@example.com"_s.arg(n);
        c.name = i < 500 ? u"Customer %1"_s.arg(n) : i % 3 == 0 ? QString() : u"Renamed %1"_s.arg(n);
        c.phone = i % 4 == 0 ? QString() : u"+45 %1"_s.arg(20000000 + i);
        c.address = i % 5 == 0 ? u"Road %1"_s.arg(i) : QString();
        rows << c;
    }
    rows.insert(250, domain::Customer{0, u"known1@example.com"_s, QString(), u"999"_s, u"New Road 1"_s});
    rows.insert(600, known.at(1));
    QByteArray text = "email,name,phone,address\n";
    QList<int> lines;
    for (const domain::Customer& c : std::as_const(rows)) {
        lines << int(lines.size()) + 2;
        text += (c.email + u',' + c.name + u',' + c.phone + u',' + c.address + u'\n').toUtf8();
    }
    const QString file = m_f->dir() + u"/customers.csv"_s;
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(text) == text.size());
    f.close();

    m_f->tick();
    other->tick();
    const auto imported = csv::Importer(shop()).import(csv::Importer::Kind::Customers, file, false);
    QVERIFY2(imported.ok(), qPrintable(imported.errorText()));
    QVERIFY2(services::CatalogService(other->shop()).saveCustomers(rows, file, lines).ok(), "row by row");

    const QString all = u"SELECT id || '|' || email || '|' || name || '|' || phone || '|' || address || '|' "
                        "|| search_text || '|' || created_at FROM customers ORDER BY id"_s;
    const QStringList mine = strings(shop(), all);
    QCOMPARE(mine.size(), 502);
    QCOMPARE(mine, strings(other->shop(), all));
    QVERIFY2(mine.contains(u"1|known1@example.com|Known One|999|New Road 1| known1 @ example . com known one 999 |"_s
                           + bd::core::toIso(testNow())),
             qPrintable(mine.first()));
    // The one search finds the names the later rows gave.
    store::CustomerFilter filter;
    filter.search = u"renamed"_s;
    const int renamed = count(shop(), u"SELECT COUNT(*) FROM customers WHERE name LIKE 'Renamed %'"_s);
    QVERIFY(renamed > 50);
    QCOMPARE(must(shop().customers().countCustomers(filter)), renamed);
    if (!shop().db().isServer()) {
        QSqlQuery q(shop().db().connection());
        QVERIFY2(q.exec(u"INSERT INTO customers_search (customers_search, rank) VALUES ('integrity-check', 1)"_s),
                 qPrintable(q.lastError().text()));
        QCOMPARE(count(shop(), u"SELECT COUNT(*) FROM temp.sqlite_master WHERE name = 'bulk_customers'"_s), 0);
    }
}

// Customers and purchase orders are written row by row as the file is read: a problem
// on the last line of a long file still undoes every row before it, and is named.
void TestInterop::lateErrorChangesNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("good"); // %1: the row's number
    QTest::addColumn<QByteArray>("bad");
    QTest::addColumn<QString>("problem"); // after FILE, for the bad row on line 5002
    QTest::addColumn<int>("records");     // of the file without the bad row

    const QByteArray customers = "email,name,phone";
    QTest::addRow("customers, refused by the rules")
        << QStringLiteral("customers") << customers << QStringLiteral("c%1@example.com,Customer %1,555")
        << QByteArray("not-an-email,Bob,") << QStringLiteral(":5002: email: 'not-an-email' is not an e-mail address")
        << 5000;
    QTest::addRow("customers, bad field") << QStringLiteral("customers") << customers
                                          << QStringLiteral("c%1@example.com,Customer %1,555") << QByteArray(",Nobody,")
                                          << QStringLiteral(":5002: email: a value is required") << 5000;
    // Fifty purchase orders, PO-1 among them (the shop has it already: counted once).
    const QByteArray purchaseOrders = "po_number,supplier,sku,qty,expected_date";
    const QString poLine = QStringLiteral("PO-%1,Knit & Co,%2,%3,2026-12-05");
    QTest::addRow("purchase orders, refused by the rules")
        << QStringLiteral("purchase-orders") << purchaseOrders << poLine
        << QByteArray("PO-3,Knit & Co,NO-SUCH,5,2026-12-05") << QStringLiteral(":5002: sku: unknown SKU 'NO-SUCH'")
        << 50;
    QTest::addRow("purchase orders, bad field")
        << QStringLiteral("purchase-orders") << purchaseOrders << poLine
        << QByteArray("PO-3,Knit & Co,BEANIE,lots,2026-12-05") << QStringLiteral(":5002: qty: 'lots' is not a whole number")
        << 50;
}

void TestInterop::lateErrorChangesNothing()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, header);
    QFETCH(QString, good);
    QFETCH(QByteArray, bad);
    QFETCH(QString, problem);
    QFETCH(int, records);
    exportShop();
    const QByteArray before = snapshot(shop());

    static const QStringList skus = {QStringLiteral("BEANIE"), QStringLiteral("HOODIE-RED-S"),
                                     QStringLiteral("HOODIE-BLUE-M"), QStringLiteral("GAME-X")};
    QByteArray rows = header + '\n';
    for (int i = 0; i < 5000; ++i) {
        const QString row = kind == QLatin1String("customers") ? good.arg(i)
                                                               : good.arg(i % 50).arg(skus.at(i % 4)).arg(1 + i % 9);
        rows += row.toUtf8() + '\n';
    }
    QTemporaryDir dir;
    const QString badFile = dir.filePath(QStringLiteral("bad.csv"));
    QVERIFY(writeCsv(badFile, rows + bad + '\n'));
    const csv::Importer::Kind k = *csv::Importer::parseKind(kind);

    for (const bool dryRun : {false, true}) {
        const auto refused = csv::Importer(shop()).import(k, badFile, dryRun);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.errorText(), badFile + problem);
        QCOMPARE(snapshot(shop()), before);
        // A refused import leaves the shop's page cache as it found it, too.
        if (!shop().db().isServer())
            QCOMPARE(count(shop(), QStringLiteral("PRAGMA cache_size")), -store::OpenOptions().cacheKiB);
    }

    const QString goodFile = dir.filePath(QStringLiteral("good.csv"));
    QVERIFY(writeCsv(goodFile, rows));
    const auto report = csv::Importer(shop()).import(k, goodFile, false);
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    QCOMPARE(report->rows, 5000);
    QCOMPARE(report->records, records);
}

// Every streamed kind reports progress and stops when asked, changing nothing.
void TestInterop::streamedKindsCancel_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("row"); // %1: the row's number
    QTest::addRow("customers") << QStringLiteral("customers") << QByteArray("email,name")
                               << QStringLiteral("c%1@example.com,Customer %1");
    QTest::addRow("purchase orders") << QStringLiteral("purchase-orders") << QByteArray("po_number,sku,qty,expected_date")
                                     << QStringLiteral("PO-%1,BEANIE,2,2026-12-05");
    QTest::addRow("orders") << QStringLiteral("orders") << QByteArray("order_number,placed_at,customer_email,sku,qty")
                            << QStringLiteral("O-%1,2026-11-20T10:00:00Z,c%1@example.com,HOODIE-RED-S,1");
    QTest::addRow("receipts") << QStringLiteral("receipts") << QByteArray("received_at,sku,qty,reference")
                              << QStringLiteral("2026-11-21T10:00:00Z,BEANIE,1,DEL-%1");
}

void TestInterop::streamedKindsCancel()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, header);
    QFETCH(QString, row);
    exportShop();
    QByteArray text = header + '\n';
    for (int i = 0; i < 9000; ++i)
        text += row.arg(i).toUtf8() + '\n';
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.csv"));
    QVERIFY(writeCsv(path, text));
    const QByteArray before = snapshot(shop());

    std::atomic<bool> cancel {false};
    int calls = 0;
    csv::Importer::Options options;
    options.cancel = &cancel;
    options.progress = [&](qint64, qint64) {
        if (++calls == 2)
            cancel.store(true);
    };
    const csv::Importer::Kind k = *csv::Importer::parseKind(kind);
    const auto cancelled = csv::Importer(shop()).import(k, path, options);
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.errors().first().message, QStringLiteral("import cancelled; nothing was changed"));
    QCOMPARE(calls, 2);
    QCOMPARE(snapshot(shop()), before);

    cancel.store(false);
    const auto report = csv::Importer(shop()).import(k, path, options);
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    QCOMPARE(report->rows, 9000);
    QVERIFY(calls >= 4);
}

// A purchase order's lines need not come together: each finds the order an earlier
// line wrote. The file's purchase orders are counted once each, an existing one too.
void TestInterop::purchaseOrderLinesSpreadOverFile()
{
    exportShop();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("po.csv"));
    QVERIFY(writeCsv(path, "po_number,supplier,sku,qty,expected_date\n"
                           "PO-A,Knit & Co,HOODIE-RED-S,4,2026-12-05\n"
                           "PO-B,Caps Ltd,BEANIE,6,2026-12-07\n"
                           "PO-1,Knit & Co,HOODIE-BLUE-M,3,2026-12-09\n"
                           "PO-A,Knit & Co,HOODIE-BLUE-M,2,2026-12-06\n"
                           "PO-B,Caps Ltd,GAME-X,1,2026-12-08\n"
                           "PO-A,Knit & Co,BEANIE,5,2026-12-06\n"));
    const auto report = csv::Importer(shop()).import(csv::Importer::Kind::PurchaseOrders, path, false);
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    QCOMPARE(report->rows, 6);
    QCOMPARE(report->records, 3);

    store::PurchaseStore& purchases = shop().purchases();
    const QList<store::PurchaseOrderSummary> orders = must(purchases.purchaseOrders(true));
    QStringList summary;
    for (const store::PurchaseOrderSummary& po : orders) {
        QStringList lines;
        for (const store::PurchaseOrderLineRow& line : must(purchases.lines(po.id)))
            lines << line.sku + QLatin1Char(' ') + QString::number(line.ordered) + QLatin1Char(' ')
                         + line.expected.toString(Qt::ISODate);
        summary << po.number + QStringLiteral(" (") + po.supplier + QStringLiteral("): ") + lines.join(QStringLiteral(", "));
    }
    QCOMPARE(summary, (QStringList{
                          QStringLiteral("PO-1 (Knit & Co): HOODIE-BLUE-M 3 2026-12-09, HOODIE-RED-S 10 2026-12-05"),
                          QStringLiteral("PO-A (Knit & Co): BEANIE 5 2026-12-06, HOODIE-BLUE-M 2 2026-12-06, "
                                         "HOODIE-RED-S 4 2026-12-05"),
                          QStringLiteral("PO-B (Caps Ltd): BEANIE 6 2026-12-07, GAME-X 1 2026-12-08"),
                      }));
}

// Orders are placed in the order they were placed, not as the file lists them: the
// earliest gets the stock, the others queue by time (the file's order among equal
// times), and an order's lines may be anywhere in the file.
void TestInterop::ordersPlacedByTime()
{
    QTemporaryDir dir;
    const QString items = dir.filePath(QStringLiteral("items.csv"));
    QVERIFY(writeCsv(items, "sku,name,price,on_hand,policy\nTEE,T-shirt,10.00,1,backorder\nMUG,Mug,5.00,0,backorder\n"));
    BD_VERIFY_OK(csv::Importer(shop()).import(csv::Importer::Kind::Items, items, false));
    const QString path = dir.filePath(QStringLiteral("orders.csv"));
    QVERIFY(writeCsv(path, "order_number,placed_at,customer_email,sku,qty\n"
                           "O-3,2026-11-20T12:00:00Z,c@example.com,TEE,1\n"
                           "O-1,2026-11-20T10:00:00Z,a@example.com,TEE,1\n"
                           "O-2,2026-11-20T11:00:00Z,b@example.com,TEE,2\n"
                           "O-3,2026-11-20T12:00:00Z,c@example.com,MUG,1\n"
                           "O-0,2026-11-20T09:00:00+02:00,z@example.com,MUG,2\n"
                           "O-4,2026-11-20T11:00:00Z,d@example.com,TEE,1\n"));
    for (const bool dryRun : {true, false}) {
        const auto report = csv::Importer(shop()).import(csv::Importer::Kind::Orders, path, dryRun);
        QVERIFY2(report.ok(), qPrintable(report.errorText()));
        QCOMPARE(report->rows, 6);
        QCOMPARE(report->records, 5);
    }
    QCOMPARE(m_f->line(QStringLiteral("O-1"), QStringLiteral("TEE")).allocated, 1);
    QCOMPARE(m_f->queue(QStringLiteral("TEE")),
             (QStringList{QStringLiteral("O-2:2"), QStringLiteral("O-4:1"), QStringLiteral("O-3:1")}));
    QCOMPARE(m_f->queue(QStringLiteral("MUG")), (QStringList{QStringLiteral("O-0:2"), QStringLiteral("O-3:1")}));
    QCOMPARE(m_f->order(QStringLiteral("O-0")).placedAt, QDateTime(QDate(2026, 11, 20), QTime(7, 0), Qt::UTC));
    QCOMPARE(m_f->order(QStringLiteral("O-3")).lines.size(), 2);
    // The import writes with a larger page cache and puts the shop's own back after it.
    if (!shop().db().isServer())
        QCOMPARE(count(shop(), QStringLiteral("PRAGMA cache_size")), -store::OpenOptions().cacheKiB);
}

QTEST_GUILESS_MAIN(TestInterop)
#include "TestInterop.moc"
