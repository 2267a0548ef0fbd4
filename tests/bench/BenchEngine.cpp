// Engine benchmarks on a busy shop: prints figures, asserts nothing about time.
//
//   bench_engine [--dir DIR] [--scale N] [--db postgresql://user@host:port/empty_database]
//
// Builds the large demo (20,000 items, 100,000 customers, 1,000,000 order lines),
// then measures: `check` over the whole database; importing 100,000 orders that all
// wait for one SKU; receiving 10,000 units of that SKU against its 100,000 waiting
// lines (preview, five times, and commit); importing 1,000,000 further order lines from CSV; placing
// one order on the shop that has grown so.
// --scale divides every size (the test suite runs it with a large scale as a smoke test).
#include "BenchCheck.h"
#include "BenchUtil.h"
#include "TempShop.h"
#include "core/Clock.h"
#include "csv/CsvWriter.h"
#include "csv/Importer.h"
#include "demo/DemoShop.h"
#include "services/CatalogService.h"
#include "services/OrderService.h"
#include "services/StockService.h"
#include "store/Database.h"
#include "store/ItemStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace bd;
using bench::peakRssMiB;

namespace {

QTextStream out(stdout);

void report(const QString& what, const QElapsedTimer& timer, const QString& extra = {})
{
    out << QStringLiteral("%1  %2 s  peak RSS %3 MiB%4")
               .arg(what.leftJustified(58), QString::number(timer.nsecsElapsed() / 1e9, 'f', 3).rightJustified(8),
                    QString::number(peakRssMiB(), 'f', 0), extra.isEmpty() ? QString() : QStringLiteral("  ") + extra)
        << Qt::endl;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

int fail(const QString& what, const core::Errors& errors)
{
    out << what << QStringLiteral(" failed: ") << core::joinErrors(errors.mid(0, 5)) << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Backorder Desk engine benchmarks"));
    parser.addHelpOption();
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("where the databases go"), QStringLiteral("DIR"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"), QStringLiteral("divide every size by N"),
                                         QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("the database to fill: an empty postgresql:// database "
                                                     "(default: a new SQLite file in DIR)"),
                                      QStringLiteral("LOCATION"));
    parser.addOptions({dirOption, scaleOption, dbOption});
    parser.process(app);
    const int scale = std::max(1, parser.value(scaleOption).toInt());

    QTemporaryDir temp;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temp.path();
    const QString dbPath = parser.isSet(dbOption) ? parser.value(dbOption) : dir + QStringLiteral("/bench.sqlite");

    const QDateTime start = core::parseIsoDateTime(QStringLiteral("2026-11-27T10:00:00"));
    core::FixedClock clock(start);
    auto opened = test::openFreshShop(dbPath);
    if (!opened)
        return fail(QStringLiteral("open"), opened.errors());
    std::unique_ptr<store::Database> db = opened.takeValue();
    services::Shop shop(*db, clock);

    out << QStringLiteral("Backorder Desk engine benchmark (scale 1/%1), database %2").arg(scale).arg(dbPath) << Qt::endl;
    QElapsedTimer timer;
    {
        timer.start();
        auto demo = demo::DemoShop::build(*db, {demo::DemoOptions::Size::Large, 1, start, scale});
        if (!demo)
            return fail(QStringLiteral("demo --size large"), demo.errors());
        report(QStringLiteral("demo --size large (%1 items, %2 customers, %3 lines, %4 waiting)")
                   .arg(demo->items)
                   .arg(demo->customers)
                   .arg(demo->orderLines)
                   .arg(demo->waitingLines),
               timer);
        timer.start();
        report(QStringLiteral("check over the whole database"), timer, bench::checkShop(shop).text);
    }

    // One hot SKU that 100,000 customers wait for.
    const int waitingOrders = 100000 / scale;
    {
        services::ItemInput hot;
        hot.item.sku = QStringLiteral("HOT-1");
        hot.item.name = QStringLiteral("The jumper everybody wants");
        hot.item.policy = domain::Policy::Backorder;
        hot.onHand = 0;
        if (auto s = services::CatalogService(shop).saveItems({hot}); !s.ok())
            return fail(QStringLiteral("hot item"), s.errors());
        QList<QStringList> rows{{QStringLiteral("order_number"), QStringLiteral("placed_at"),
                                 QStringLiteral("customer_email"), QStringLiteral("sku"), QStringLiteral("qty")}};
        for (int i = 0; i < waitingOrders; ++i)
            rows << QStringList{QStringLiteral("H%1").arg(i + 1), core::toIso(start.addSecs(-3600 - (waitingOrders - i) * 10)),
                                QStringLiteral("hot%1@example.com").arg(i % 5000), QStringLiteral("HOT-1"),
                                QStringLiteral("1")};
        const QString file = dir + QStringLiteral("/hot-orders.csv");
        writeFile(file, csv::toCsv(rows));
        timer.start();
        auto imported = csv::Importer(shop).import(csv::Importer::Kind::Orders, file, false);
        if (!imported)
            return fail(QStringLiteral("import hot orders"), imported.errors());
        report(QStringLiteral("import %1 orders waiting for one SKU").arg(waitingOrders), timer);
    }
    const int units = 10000 / scale;
    for (bool preview : {true, false}) {
        services::ReceiveOptions options;
        options.preview = preview;
        auto receive = [&] {
            return services::StockService(shop).receive(
                {services::ReceiveRequest{QStringLiteral("HOT-1"), units, QStringLiteral("BENCH"), {}, {}, 0}},
                options);
        };
        // A preview changes nothing, so it runs five times: the figure is the fifth, what a
        // merchant who previews again waits; the first also read the pages the import left
        // in the write-ahead log, and is printed beside it.
        qint64 first = -1;
        for (int i = 0; preview && i < 4; ++i) {
            timer.start();
            if (auto rows = receive(); !rows)
                return fail(QStringLiteral("receive"), rows.errors());
            if (first < 0)
                first = timer.nsecsElapsed();
        }
        timer.start();
        auto rows = receive();
        if (!rows)
            return fail(QStringLiteral("receive"), rows.errors());
        report(QStringLiteral("receive %1 units, %2 waiting lines (%3)")
                   .arg(units)
                   .arg(waitingOrders)
                   .arg(preview ? QStringLiteral("preview") : QStringLiteral("commit")),
               timer,
               QStringLiteral("%1 cross-dock rows").arg(rows->size())
                   + (first < 0 ? QString()
                                : QStringLiteral(", the 5th run of 5; the 1st %1 s").arg(QString::number(first / 1e9, 'f', 3))));
    }

    // 1,000,000 order lines from a CSV file, three lines an order, over the demo's items.
    {
        const int lines = 1000000 / scale;
        QList<QString> skus;
        store::ItemFilter filter;
        const core::Result<QList<domain::Item>> items = shop.items().items(filter, 0, 20000);
        if (!items)
            qFatal("%s", qPrintable(items.errorText()));
        for (const domain::Item& item : items.value()) {
            if (item.policy == domain::Policy::Backorder)
                skus << item.sku;
        }
        // Written a chunk at a time, so the file is never held: the peak printed is the
        // import's.
        QRandomGenerator rng(42);
        const QString file = dir + QStringLiteral("/orders-1m.csv");
        QFile csvFile(file);
        if (!csvFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(QStringLiteral("write ") + file, core::Errors{});
        QList<QStringList> rows{{QStringLiteral("order_number"), QStringLiteral("placed_at"),
                                 QStringLiteral("customer_email"), QStringLiteral("customer_name"), QStringLiteral("sku"),
                                 QStringLiteral("qty"), QStringLiteral("payment_state")}};
        qsizetype previous = -1; // the SKU of the line before, by its place in skus
        for (int i = 0; i < lines; ++i) {
            const int order = i / 3;
            qsizetype sku = rng.bounded(int(skus.size()));
            // Three different SKUs per order.
            if (i % 3 != 0 && sku == previous)
                sku = (sku + 1) % skus.size();
            previous = sku;
            rows << QStringList{QStringLiteral("N%1").arg(order + 1), core::toIso(start.addSecs(order)),
                                QStringLiteral("buyer%1@example.com").arg(order % 100000),
                                QStringLiteral("Buyer %1").arg(order % 100000), skus[sku], QStringLiteral("1"),
                                QStringLiteral("authorized")};
            if (rows.size() == 10000 || i == lines - 1) {
                const QByteArray chunk = csv::toCsv(rows);
                if (csvFile.write(chunk) != chunk.size())
                    return fail(QStringLiteral("write ") + file, core::Errors{});
                rows.clear();
            }
        }
        csvFile.close();
        timer.start();
        auto imported = csv::Importer(shop).import(csv::Importer::Kind::Orders, file, false);
        if (!imported)
            return fail(QStringLiteral("import 1M lines"), imported.errors());
        report(QStringLiteral("import %1 order lines (%2 orders)").arg(lines).arg(imported->records), timer);
    }
    {
        // One order, as a merchant places it in the window, on the shop the benchmark grew:
        // what every small action costs once the shop has a long history of events. It is
        // placed after every imported order, at the end of the queue, as a new order is.
        clock.set(start.addDays(30));
        domain::NewOrder order;
        order.number = QStringLiteral("ONE-1");
        order.placedAt = clock.now();
        order.customerEmail = QStringLiteral("buyer1@example.com");
        domain::NewOrderLine line;
        line.sku = QStringLiteral("HOT-1");
        line.qty = 1;
        order.lines << line;
        timer.start();
        auto placed = services::OrderService(shop).place(order);
        if (!placed)
            return fail(QStringLiteral("place one order"), placed.errors());
        report(QStringLiteral("place one order (one waiting line)"), timer);
    }
    timer.start();
    const bench::CheckOutcome checked = bench::checkShop(shop);
    report(QStringLiteral("check after the benchmark"), timer, checked.text);
    return checked.ok ? 0 : 1;
}
