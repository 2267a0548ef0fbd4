// libFuzzer target over the CSV reader and every importer. The first byte of an input
// picks what reads the rest: the reader alone, or one kind and format of import into a
// shop that has a few items and a waiting order. An import that fails must leave the
// shop exactly as it was; anything else (a crash, a sanitizer report, a hang) is a bug.
#include "core/Clock.h"
#include "csv/CsvReader.h"
#include "csv/Importer.h"
#include "csv/formats/Formats.h"
#include "services/Shop.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace bd;

namespace {

struct Target
{
    csv::Importer::Kind kind;
    const char* format; // nullptr: recognised from the header
};

// Every format of the list for its kind, and detection for every kind.
const Target Targets[] = {
    {csv::Importer::Kind::Items, nullptr},
    {csv::Importer::Kind::Items, "native"},
    {csv::Importer::Kind::Items, "woocommerce"},
    {csv::Importer::Kind::Items, "shopify"},
    {csv::Importer::Kind::Items, "shopify-2025"},
    {csv::Importer::Kind::Orders, nullptr},
    {csv::Importer::Kind::Orders, "native"},
    {csv::Importer::Kind::Orders, "shopify"},
    {csv::Importer::Kind::Orders, "woocommerce"},
    {csv::Importer::Kind::Customers, nullptr},
    {csv::Importer::Kind::Customers, "shopify"},
    {csv::Importer::Kind::PurchaseOrders, nullptr},
    {csv::Importer::Kind::Receipts, nullptr},
    {csv::Importer::Kind::Stock, nullptr},
    {csv::Importer::Kind::Stock, "shopify"},
};

struct World
{
    std::unique_ptr<QCoreApplication> app;
    QTemporaryDir dir;
    std::unique_ptr<core::FixedClock> clock;
    std::unique_ptr<store::Database> db;
    std::unique_ptr<services::Shop> shop;
    QString input;
};

World* world = nullptr;

void write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        std::abort();
}

// Row counts of every table an import writes: equal before and after a refused import.
QByteArray counts(services::Shop& shop)
{
    QByteArray out;
    QSqlQuery q(shop.db().connection());
    for (const char* table : {"items", "customers", "orders", "order_lines", "purchase_orders",
                              "purchase_order_lines", "receipts", "stock_movements", "allocations", "events",
                              "outbox"}) {
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)) || !q.next())
            std::abort();
        out += q.value(0).toByteArray() + ' ';
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    world = new World;
    world->app = std::make_unique<QCoreApplication>(*argc, *argv);
    if (!world->dir.isValid())
        std::abort();
    world->clock = std::make_unique<core::FixedClock>(QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC));
    auto db = store::Database::open(world->dir.filePath(QStringLiteral("shop.sqlite")));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorText()));
        std::abort();
    }
    world->db = db.takeValue();
    world->shop = std::make_unique<services::Shop>(*world->db, *world->clock);
    world->input = world->dir.filePath(QStringLiteral("input.csv"));
    // A few items and a waiting order, so the rules have something to refuse.
    const QString items = world->dir.filePath(QStringLiteral("items.csv"));
    write(items, "sku,name,price,on_hand,policy\nA,Alpha,1.00,2,backorder\nB,Beta,2.00,1,stop\n");
    const QString orders = world->dir.filePath(QStringLiteral("orders.csv"));
    write(orders, "order_number,placed_at,customer_email,sku,qty\n1,2026-11-20T09:00:00Z,a@example.com,A,3\n");
    if (!csv::Importer(*world->shop).import(csv::Importer::Kind::Items, items, false)
        || !csv::Importer(*world->shop).import(csv::Importer::Kind::Orders, orders, false))
        std::abort();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body(reinterpret_cast<const char*>(data) + 1, static_cast<qsizetype>(size - 1));
    const unsigned choice = data[0] % (std::size(Targets) + 1);
    if (choice == std::size(Targets)) {
        const auto table = csv::CsvReader::readData(body, QStringLiteral("in.csv"));
        if (table) {
            for (const csv::Row& row : table->rows) {
                if (row.fields.size() != table->header.size() || row.line <= table->headerLine)
                    std::abort();
            }
        }
        return 0;
    }
    write(world->input, body);
    const Target target = Targets[choice];
    const QByteArray before = counts(*world->shop);
    csv::Importer::Options options;
    options.format = target.format ? csv::findFormat(QString::fromLatin1(target.format), target.kind) : nullptr;
    // Mostly real imports; a refused one must change nothing. Successful ones are
    // undone by a dry run every other time, to keep the shop small.
    options.dryRun = (data[0] / (std::size(Targets) + 1)) % 2 == 1;
    const auto report = csv::Importer(*world->shop).import(target.kind, world->input, options);
    if (!report || options.dryRun) {
        if (counts(*world->shop) != before)
            std::abort();
    }
    if (!report) {
        for (const core::Error& e : report.errors()) {
            if (e.file != world->input || e.message.isEmpty())
                std::abort();
        }
    }
    return 0;
}
