// libFuzzer target over the CSV reader, the recognition of a file's shape and every
// importer. The first byte of an input picks what reads the rest: the reader and the
// detection alone, or one kind and format of import (every format of the list, and
// detection for every kind) into a shop that has a few items and a waiting order. An import that fails must leave the
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
#include <vector>

using namespace bd;

namespace {

struct Target
{
    csv::Importer::Kind kind;
    const csv::ShopFormat* format; // nullptr: recognised from the header
};

const csv::Importer::Kind Kinds[] = {csv::Importer::Kind::Items,          csv::Importer::Kind::Customers,
                                     csv::Importer::Kind::Orders,         csv::Importer::Kind::PurchaseOrders,
                                     csv::Importer::Kind::Receipts,       csv::Importer::Kind::Stock};

// For each kind, detection and then every format of the list (csv/formats/Formats.cpp)
// of that kind, in the list's order: a new format is fuzzed without a change here. The
// first byte of an input picks one of these, or the reader alone after the last; the
// seeds say by their name which they were written for.
std::vector<Target> targets()
{
    std::vector<Target> out;
    for (csv::Importer::Kind kind : Kinds) {
        out.push_back({kind, nullptr});
        for (const csv::ShopFormat* format : csv::shopFormats()) {
            if (format->kind() == kind)
                out.push_back({kind, format});
        }
    }
    return out;
}

struct World
{
    std::unique_ptr<QCoreApplication> app;
    QTemporaryDir dir;
    std::unique_ptr<core::FixedClock> clock;
    std::unique_ptr<store::Database> db;
    std::unique_ptr<services::Shop> shop;
    QString input;
    std::vector<Target> targets;
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
    world->targets = targets();
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
    const std::size_t count = world->targets.size();
    const std::size_t choice = data[0] % (count + 1);
    if (choice == count) {
        const auto read = csv::CsvReader::readData(body, QStringLiteral("in.csv"));
        if (!read)
            return 0;
        const csv::Table& table = read.value();
        for (const csv::Row& row : table.rows) {
            if (row.fields.size() != table.header.size() || row.line <= table.headerLine)
                std::abort();
        }
        // Detection: what a header fits, it fits; what fits nothing is said so.
        if (const csv::ShopFormat* any = csv::recognise(table); any && any->recognise(table) <= 0)
            std::abort();
        for (csv::Importer::Kind kind : Kinds) {
            const csv::Detection d = csv::detect(kind, table);
            if (d.format && (d.format->kind() != kind || d.format->recognise(table) <= 0))
                std::abort();
            if (!d.format && (d.nearest || d.other)) {
                for (const core::Error& e : csv::notRecognised(kind, table, d)) {
                    if (e.message.isEmpty())
                        std::abort();
                }
            }
            // A format that takes a header finds every column it needs in it.
            for (const csv::ShopFormat* format : csv::shopFormats()) {
                if (format->kind() == kind && format->recognise(table) > 0 && !format->missing(table).isEmpty())
                    std::abort();
            }
        }
        return 0;
    }
    write(world->input, body);
    const Target target = world->targets[choice];
    const QByteArray before = counts(*world->shop);
    csv::Importer::Options options;
    options.format = target.format;
    // Mostly real imports; a refused one must change nothing. Successful ones are
    // undone by a dry run every other time, to keep the shop small.
    options.dryRun = (data[0] / (count + 1)) % 2 == 1;
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
