// libFuzzer target over the CSV reader, the recognition of a file's shape and every
// importer. The first byte of an input picks what reads the rest: the reader and the
// detection alone, or one kind and format of import (every format of the list, and
// detection for every kind) into a shop that has a few items and a waiting order. An import that fails must leave the
// shop exactly as it was; anything else (a crash, a sanitizer report, a hang) is a bug.
#include "FuzzShop.h"
#include "core/Text.h"
#include "csv/CsvReader.h"
#include "csv/Importer.h"
#include "csv/formats/Formats.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <cstdint>
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

struct World : fuzz::ShopWorld
{
    using ShopWorld::ShopWorld;
    QString input;
    std::vector<Target> targets;
};

World* world = nullptr;

// Row counts of every table an import writes: equal before and after a refused import.
QByteArray counts(services::Shop& shop)
{
    QByteArray out;
    QSqlQuery q(shop.db().connection());
    for (const char* table : {"items", "customers", "orders", "order_lines", "purchase_orders",
                              "purchase_order_lines", "receipts", "stock_movements", "allocations", "events",
                              "outbox"}) {
        fuzz::check(q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)) && q.next(),
                    "the shop's tables can be counted");
        out += q.value(0).toByteArray() + ' ';
    }
    return out;
}

// The control-character policy held (core::Text): the one-line texts of the latest
// rows an import wrote hold no control character.
void oneLineTextsAreClean(services::Shop& shop)
{
    QSqlQuery q(shop.db().connection());
    for (const char* sql : {"SELECT sku, name FROM items ORDER BY id DESC LIMIT 50",
                            "SELECT email, name, phone FROM customers ORDER BY id DESC LIMIT 50",
                            "SELECT order_number FROM orders ORDER BY id DESC LIMIT 50",
                            "SELECT po_number, supplier FROM purchase_orders ORDER BY id DESC LIMIT 50"}) {
        fuzz::check(q.exec(QLatin1String(sql)), "the shop's texts can be read", QLatin1String(sql));
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                fuzz::check(core::Text::firstForbidden(q.value(i).toString(), core::TextKind::Line) < 0,
                            "no control character is stored in a one-line field", q.value(i).toString());
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    world = new World(argc, argv, true);
    world->input = world->dir.filePath(QStringLiteral("input.csv"));
    world->targets = targets();
    // A few items and a waiting order, so the rules have something to refuse.
    const QString items = world->dir.filePath(QStringLiteral("items.csv"));
    world->write(items, "sku,name,price,on_hand,policy\nA,Alpha,1.00,2,backorder\nB,Beta,2.00,1,stop\n");
    const QString orders = world->dir.filePath(QStringLiteral("orders.csv"));
    world->write(orders, "order_number,placed_at,customer_email,sku,qty\n1,2026-11-20T09:00:00Z,a@example.com,A,3\n");
    fuzz::check(csv::Importer(*world->shop).import(csv::Importer::Kind::Items, items, false)
                    && csv::Importer(*world->shop).import(csv::Importer::Kind::Orders, orders, false),
                "the seed shop imports");
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
            fuzz::check(row.fields.size() == table.header.size() && row.line > table.headerLine,
                        "a row given out has the header's field count and comes after it");
        }
        // Detection: what a header fits, it fits; what fits nothing is said so.
        const csv::ShopFormat* any = csv::recognise(table);
        fuzz::check(!any || any->recognise(table) > 0, "a recognised format takes the header");
        for (csv::Importer::Kind kind : Kinds) {
            const csv::Detection d = csv::detect(kind, table);
            fuzz::check(!d.format || (d.format->kind() == kind && d.format->recognise(table) > 0),
                        "a detected format is of the kind asked and takes the header");
            if (!d.format && (d.nearest || d.other)) {
                for (const core::Error& e : csv::notRecognised(kind, table, d))
                    fuzz::check(!e.message.isEmpty(), "an unrecognised header is said so");
            }
            // A format that takes a header finds every column it needs in it.
            for (const csv::ShopFormat* format : csv::shopFormats()) {
                fuzz::check(format->kind() != kind || format->recognise(table) <= 0 || format->missing(table).isEmpty(),
                            "a format that takes a header finds every column it needs");
            }
        }
        return 0;
    }
    world->write(world->input, body);
    const Target target = world->targets[choice];
    const QByteArray before = counts(*world->shop);
    csv::Importer::Options options;
    options.format = target.format;
    // Mostly real imports; a refused one must change nothing. Successful ones are
    // undone by a dry run every other time, to keep the shop small.
    options.dryRun = (data[0] / (count + 1)) % 2 == 1;
    const auto report = csv::Importer(*world->shop).import(target.kind, world->input, options);
    if (!report || options.dryRun)
        fuzz::check(counts(*world->shop) == before, "a refused import or a dry run changes nothing");
    else
        oneLineTextsAreClean(*world->shop);
    if (!report) {
        // FILE:LINE: field: message -- never a bare message without its file.
        for (const core::Error& e : report.errors())
            fuzz::check(e.file == world->input && !e.message.isEmpty(), "every problem names the file",
                        e.toString());
    }
    return 0;
}
