// The window's orders and customers lists on a busy shop: prints figures, asserts
// nothing about time.
//
//   bench_window_lists [--db FILE | --dir DIR] [--scale N] [--now TIME]
//
// With --db, measures an existing shop (e.g. `backorderdesk-cli --db big.sqlite demo
// --size large`); otherwise builds the large demo (20,000 items, 100,000 customers,
// 1,000,000 order lines) first, divided by --scale. Measures, through the models the
// window shows (each reading on its own thread, timed until the window has the answer):
// the count and first page and its paint, scrolling to the end, a sort by every column
// the lists sort by, the filters (state, payments to capture, payment at
// risk) and searches of one word and of several words; the dashboard's figures; the
// longest waiting queue of an item, the purchase orders, and the detail of an order.
#include "core/Clock.h"
#include "demo/DemoShop.h"
#include "models/CustomersModel.h"
#include "models/ItemsModel.h"
#include "models/OrdersModel.h"
#include "models/PurchaseOrdersModel.h"
#include "models/QueueModel.h"
#include "services/DashboardService.h"
#include "services/InsightService.h"
#include "services/Shop.h"
#include "store/Database.h"
#include "services/ShopQueries.h"

#include "BenchUtil.h"
#include "TempShop.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

using namespace bd;
using bench::peakRssMiB;

namespace {

QTextStream out(stdout);

void report(const QString& what, const QElapsedTimer& timer, const QString& extra = {})
{
    out << QStringLiteral("%1  %2 s  peak RSS %3 MiB%4")
               .arg(what.leftJustified(52), QString::number(timer.nsecsElapsed() / 1e9, 'f', 3).rightJustified(7),
                    QString::number(peakRssMiB(), 'f', 0), extra.isEmpty() ? QString() : QStringLiteral("  ") + extra)
        << Qt::endl;
}

// Waits for a list that reads on its own thread to take in its answer (the time until
// the window shows it).
void settle(ui::ListModelBase& model)
{
    while (model.isLoading())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
}

// What a view scrolled to the end asks: the last row, and its page read.
void scrollToEnd(ui::ListModelBase& model)
{
    if (model.rowCount() > 0)
        (void)model.index(model.rowCount() - 1, 0).data();
    settle(model);
}

// A view on the model, shown and painted once: what the user sees first.
void paint(QAbstractItemModel& model)
{
    QTableView view;
    view.setModel(&model);
    view.resize(1200, 700);
    view.show();
    (void)view.grab();
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Backorder Desk window list benchmarks"));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("an existing shop to measure"),
                                      QStringLiteral("FILE"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("where the demo database goes"),
                                       QStringLiteral("DIR"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"), QStringLiteral("divide every size by N"),
                                         QStringLiteral("N"), QStringLiteral("1"));
    // The shop's day: the dashboard's 30- and 90-day figures and the payment risks count
    // from it, so a shop made at another date (--db) is measured at its own.
    const QCommandLineOption nowOption(QStringLiteral("now"), QStringLiteral("the shop's time (ISO 8601, UTC)"),
                                       QStringLiteral("TIME"), QStringLiteral("2024-11-05T09:00:00Z"));
    parser.addOptions({ dbOption, dirOption, scaleOption, nowOption });
    parser.process(app);
    const int scale = std::max(1, parser.value(scaleOption).toInt());
    const QDateTime now = QDateTime::fromString(parser.value(nowOption), Qt::ISODate).toUTC();
    if (!now.isValid()) {
        out << QStringLiteral("--now: not a time: %1").arg(parser.value(nowOption)) << Qt::endl;
        return 1;
    }
    core::FixedClock clock(now);

    QTemporaryDir temp;
    QString dbPath = parser.value(dbOption);
    if (dbPath.isEmpty()) {
        dbPath = (parser.isSet(dirOption) ? parser.value(dirOption) : temp.path()) + QStringLiteral("/lists.sqlite");
        auto db = test::openFreshShop(dbPath);
        if (!db.ok()) {
            out << db.errorText() << Qt::endl;
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        auto demo = demo::DemoShop::build(*db.value(), { demo::DemoOptions::Size::Large, 1, now, scale });
        if (!demo.ok()) {
            out << demo.errorText() << Qt::endl;
            return 1;
        }
        report(QStringLiteral("build the large demo (1/%1)").arg(scale), timer,
               QStringLiteral("%1 orders, %2 lines").arg(demo->orders).arg(demo->orderLines));
    }
    out << QStringLiteral("Backorder Desk window lists, database %1").arg(dbPath) << Qt::endl;

    QElapsedTimer timer;
    timer.start();
    store::OpenOptions options;
    options.verifyPages = false;
    auto opened = store::Database::open(dbPath, options);
    if (!opened.ok()) {
        out << opened.errorText() << Qt::endl;
        return 1;
    }
    std::unique_ptr<store::Database> db = opened.takeValue();
    report(QStringLiteral("open (and migrate when older)"), timer,
           db->backupPath().isEmpty() ? QString() : QStringLiteral("migrated, backup %1").arg(db->backupPath()));
    services::Shop shop(*db, clock);

    // Items: a sort by every column, and searches.
    {
        ui::ItemsModel model;
        timer.restart();
        model.setDatabase(db.get());
        settle(model);
        report(QStringLiteral("items: count and first page"), timer, QStringLiteral("%1 of %2 rows").arg(model.rowCount()).arg(model.totalCount()));
        for (int column = 0; column < ui::ItemsModel::ColumnCount; ++column) {
            if (!ui::ItemsModel::isSortable(column))
                continue;
            const QString name = model.headerData(column, Qt::Horizontal).toString();
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                timer.restart();
                model.sort(column, order);
                settle(model);
                report(QStringLiteral("items: sort by %1 %2, count and first page")
                           .arg(name, order == Qt::AscendingOrder ? QStringLiteral("up") : QStringLiteral("down")),
                       timer);
            }
        }
        model.sort(ui::ItemsModel::Sku, Qt::AscendingOrder);
        settle(model);
        timer.restart();
        (void)model.index(model.rowCount() - 1, 0).data(); // what a view scrolled to the end asks
        settle(model);
        report(QStringLiteral("items: scroll to the end (the last page)"), timer,
               QStringLiteral("%1 rows held").arg(model.residentRows()));
        // Words from the demo's names and attributes: one word, several, and a short one.
        for (const QString& typed : {QStringLiteral("knit"), QStringLiteral("green"), QStringLiteral("knit green"),
                                     QStringLiteral("knit green s"), QStringLiteral("s"), QStringLiteral("zzzz")}) {
            store::ItemFilter f = model.filter();
            f.search = typed;
            timer.restart();
            model.setFilter(f);
            settle(model);
            report(QStringLiteral("items: search '%1', count and first page").arg(typed), timer,
                   QStringLiteral("%1 rows").arg(model.totalCount()));
        }
    }

    // Orders
    {
        ui::OrdersModel model;
        timer.restart();
        model.setDatabase(db.get());
        settle(model);
        report(QStringLiteral("orders: count and first page (newest first)"), timer,
               QStringLiteral("%1 rows").arg(model.rowCount()));
        timer.restart();
        paint(model);
        report(QStringLiteral("orders: first paint of a view"), timer);
        timer.restart();
        scrollToEnd(model);
        report(QStringLiteral("orders: scroll to the end (the last page)"), timer,
               QStringLiteral("%1 rows held").arg(model.residentRows()));
        timer.restart();
        model.reload();
        settle(model);
        report(QStringLiteral("orders: read again after a change (pages held)"), timer);

        for (const auto& [column, order, name] :
             { std::tuple { int(ui::OrdersModel::Number), Qt::AscendingOrder, QStringLiteral("number") },
               std::tuple { int(ui::OrdersModel::Number), Qt::DescendingOrder, QStringLiteral("number, last first") },
               std::tuple { int(ui::OrdersModel::Customer), Qt::AscendingOrder, QStringLiteral("customer") },
               std::tuple { int(ui::OrdersModel::Placed), Qt::AscendingOrder, QStringLiteral("placed, oldest first") } }) {
            timer.restart();
            model.sort(column, order);
            settle(model);
            report(QStringLiteral("orders: sort by %1, count and first page").arg(name), timer);
            timer.restart();
            scrollToEnd(model);
            report(QStringLiteral("orders: ... scroll to the end"), timer);
        }
        model.sort(ui::OrdersModel::Placed, Qt::DescendingOrder);
        settle(model);

        auto filtered = [&](const QString& what, const store::OrderFilter& filter) {
            timer.restart();
            model.setFilter(filter);
            settle(model);
            report(QStringLiteral("orders: filter %1, count and first page").arg(what), timer,
                   QStringLiteral("%1 rows").arg(model.rowCount()));
            timer.restart();
            scrollToEnd(model);
            report(QStringLiteral("orders: ... scroll to the end"), timer);
        };
        store::OrderFilter base = model.filter();
        for (store::OrderState state : { store::OrderState::Waiting, store::OrderState::PartlyAllocated,
                                         store::OrderState::Ready, store::OrderState::Shipped }) {
            store::OrderFilter f = base;
            f.state = state;
            filtered(QStringLiteral("state %1").arg(store::toString(state)), f);
        }
        {
            store::OrderFilter f = base;
            for (const QString& typed : {QStringLiteral("hansen"), QStringLiteral("150000"), QStringLiteral("7"),
                                         QStringLiteral("anna hansen"), QStringLiteral("hansen example")}) {
                f.search = typed;
                filtered(QStringLiteral("search '%1'").arg(typed), f);
            }
        }
        {
            store::OrderFilter f = base;
            f.toCapture = true;
            filtered(QStringLiteral("payments to capture"), f);
        }
        {
            // The Orders page's filter: the orders at risk, then the list of them.
            timer.restart();
            const core::Result<QStringList> numbers = services::InsightService(shop).ordersAtRisk();
            if (!numbers)
                qFatal("%s", qPrintable(numbers.errorText()));
            report(QStringLiteral("orders: the orders at risk (InsightService::ordersAtRisk)"), timer,
                   QStringLiteral("%1 orders").arg(numbers->size()));
            store::OrderFilter f = base;
            f.numbers = numbers.value();
            filtered(QStringLiteral("payment at risk"), f);
            // The whole risk list, as its report reads it.
            timer.restart();
            const core::Result<QList<services::RiskRow>> risks = services::InsightService(shop).paymentRisk();
            if (!risks)
                qFatal("%s", qPrintable(risks.errorText()));
            report(QStringLiteral("orders: the payment risk list (InsightService::paymentRisk)"), timer,
                   QStringLiteral("%1 rows").arg(risks->size()));
        }
    }

    // The dashboard's figures, as its page reads them on a worker.
    {
        timer.restart();
        const core::Result<services::DashboardFigures> figures = services::DashboardService(shop).figures();
        if (!figures)
            qFatal("%s", qPrintable(figures.errorText()));
        report(QStringLiteral("dashboard: every figure (DashboardService)"), timer,
               QStringLiteral("%1 customers waiting, %2 ready to ship, %3 at risk")
                   .arg(figures->customersWaiting)
                   .arg(figures->ordersReadyToShip)
                   .arg(figures->paymentsAtRisk));
    }

    // Customers
    {
        ui::CustomersModel model;
        timer.restart();
        model.setDatabase(db.get());
        settle(model);
        report(QStringLiteral("customers: count and first page"), timer, QStringLiteral("%1 rows").arg(model.rowCount()));
        timer.restart();
        paint(model);
        report(QStringLiteral("customers: first paint of a view"), timer);
        timer.restart();
        scrollToEnd(model);
        report(QStringLiteral("customers: scroll to the end (the last page)"), timer);
        timer.restart();
        model.sort(ui::CustomersModel::Name, Qt::AscendingOrder);
        settle(model);
        report(QStringLiteral("customers: sort by name, count and first page"), timer);
        timer.restart();
        scrollToEnd(model);
        report(QStringLiteral("customers: ... scroll to the end"), timer);
        store::CustomerFilter f = model.filter();
        f.onlyWaiting = true;
        timer.restart();
        model.setFilter(f);
        settle(model);
        report(QStringLiteral("customers: only waiting, count and first page"), timer,
               QStringLiteral("%1 rows").arg(model.rowCount()));
        timer.restart();
        scrollToEnd(model);
        report(QStringLiteral("customers: ... scroll to the end"), timer);
        f.onlyWaiting = false;
        for (const QString& typed : {QStringLiteral("hansen"), QStringLiteral("anna hansen"), QStringLiteral("HANSEN anna"),
                                     QStringLiteral("\u00f8"), QStringLiteral("s\u00f8ren")}) {
            f.search = typed;
            timer.restart();
            model.setFilter(f);
            settle(model);
            report(QStringLiteral("customers: search '%1', count and first page").arg(typed), timer,
                   QStringLiteral("%1 rows").arg(model.rowCount()));
        }
    }

    // The waiting queue of the item most units wait for (the Items page's detail).
    {
        ui::ItemsModel items;
        items.setDatabase(db.get());
        items.sort(ui::ItemsModel::Waiting, Qt::DescendingOrder);
        settle(items);
        (void)items.itemAt(0);
        settle(items);
        const domain::Item* longest = items.itemAt(0);
        ui::QueueModel model;
        timer.restart();
        model.setShop(&shop);
        model.setItem(longest ? longest->id : 0);
        settle(model);
        report(QStringLiteral("queue: the longest, count and first page"), timer,
               QStringLiteral("%1 lines").arg(model.totalCount()));
        timer.restart();
        scrollToEnd(model);
        report(QStringLiteral("queue: ... scroll to the end"), timer);
    }

    // Purchase orders
    {
        ui::PurchaseOrdersModel model;
        timer.restart();
        model.setDatabase(db.get());
        settle(model);
        report(QStringLiteral("purchase orders: open, count and first page"), timer,
               QStringLiteral("%1 rows").arg(model.totalCount()));
        timer.restart();
        model.setIncludeClosed(true);
        settle(model);
        report(QStringLiteral("purchase orders: with the closed, count and first page"), timer,
               QStringLiteral("%1 rows").arg(model.totalCount()));
        timer.restart();
        scrollToEnd(model);
        report(QStringLiteral("purchase orders: ... scroll to the end"), timer);
    }

    // The detail of the newest waiting order (read off the window's thread; this is its
    // cost, with where each waiting line comes from).
    {
        ui::OrdersModel model;
        model.setDatabase(db.get());
        store::OrderFilter waiting = model.filter();
        waiting.state = store::OrderState::Waiting;
        model.setFilter(waiting);
        settle(model);
        (void)model.orderAt(0);
        settle(model);
        const store::OrderRow* newest = model.orderAt(0);
        services::ShopQueries queries(*db);
        timer.restart();
        const store::Found<services::OrderDetail> detail = queries.orderDetail(newest ? newest->number : QString());
        if (!detail)
            qFatal("%s", qPrintable(detail.errorText()));
        report(QStringLiteral("orders: detail of the newest waiting order"), timer,
               QStringLiteral("%1 lines").arg(detail.value() ? detail.value()->order.lines.size() : 0));
    }
    return 0;
}
