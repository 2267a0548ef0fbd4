// The window's orders and customers lists on a busy shop: prints figures, asserts
// nothing about time.
//
//   bench_window_lists [--db FILE | --dir DIR] [--scale N]
//
// With --db, measures an existing shop (e.g. `backorderdesk-cli --db big.sqlite demo
// --size large`); otherwise builds the large demo (20,000 items, 100,000 customers,
// 1,000,000 order lines) first, divided by --scale. Measures, through the models the
// window shows: the first page and its paint, scrolling to the end (every page), a sort
// by every column the lists sort by, the filters (state, payments to capture, payment at
// risk) and searches of one word and of several words.
#include "core/Clock.h"
#include "demo/DemoShop.h"
#include "models/CustomersModel.h"
#include "models/ItemsModel.h"
#include "models/OrdersModel.h"
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

// Reads every page the way a view scrolled to the end does.
int fetchAll(QAbstractItemModel& model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    return model.rowCount();
}

// Waits for a list that reads on its own thread to take in its answer (the time until
// the window shows it).
void settle(ui::ItemsModel& model)
{
    while (model.isLoading())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
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
    parser.addOptions({ dbOption, dirOption, scaleOption });
    parser.process(app);
    const int scale = std::max(1, parser.value(scaleOption).toInt());
    const QDateTime now(QDate(2024, 11, 5), QTime(9, 0), Qt::UTC);
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
    services::ShopQueries queries(*db);
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
        model.setQueries(&queries);
        report(QStringLiteral("orders: first page (newest first)"), timer, QStringLiteral("%1 rows").arg(model.rowCount()));
        timer.restart();
        paint(model);
        report(QStringLiteral("orders: first paint of a view"), timer);
        timer.restart();
        model.fetchMore({});
        report(QStringLiteral("orders: one more page"), timer);
        timer.restart();
        const int all = fetchAll(model);
        report(QStringLiteral("orders: scroll to the end (every page)"), timer, QStringLiteral("%1 rows").arg(all));
        timer.restart();
        model.reload();
        report(QStringLiteral("orders: read again after a change (all rows loaded)"), timer);
        timer.restart();
        model.setQueries(&queries);
        report(QStringLiteral("orders: back to the first page"), timer);

        for (const auto& [column, order, name] :
             { std::tuple { int(ui::OrdersModel::Number), Qt::AscendingOrder, QStringLiteral("number") },
               std::tuple { int(ui::OrdersModel::Number), Qt::DescendingOrder, QStringLiteral("number, last first") },
               std::tuple { int(ui::OrdersModel::Customer), Qt::AscendingOrder, QStringLiteral("customer") },
               std::tuple { int(ui::OrdersModel::Placed), Qt::AscendingOrder, QStringLiteral("placed, oldest first") } }) {
            timer.restart();
            model.sort(column, order);
            report(QStringLiteral("orders: sort by %1, first page").arg(name), timer);
            timer.restart();
            model.fetchMore({});
            report(QStringLiteral("orders: ... next page"), timer);
        }
        model.sort(ui::OrdersModel::Placed, Qt::DescendingOrder);

        // Reading every page of a filter that selects a hundred thousand orders says
        // nothing the unfiltered run does not: the next page stands for scrolling.
        auto filtered = [&](const QString& what, const store::OrderFilter& filter) {
            timer.restart();
            model.setFilter(filter);
            report(QStringLiteral("orders: filter %1, first page").arg(what), timer,
                   QStringLiteral("%1 rows").arg(model.rowCount()));
            timer.restart();
            if (model.canFetchMore({}))
                model.fetchMore({});
            report(QStringLiteral("orders: ... next page"), timer, QStringLiteral("%1 rows").arg(model.rowCount()));
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
            f.search = QStringLiteral("hansen");
            filtered(QStringLiteral("search 'hansen'"), f);
            f.search = QStringLiteral("150000");
            filtered(QStringLiteral("search '150000'"), f);
            f.search = QStringLiteral("7");
            filtered(QStringLiteral("search '7'"), f);
            f.search = QStringLiteral("anna hansen");
            filtered(QStringLiteral("search 'anna hansen'"), f);
            f.search = QStringLiteral("hansen example");
            filtered(QStringLiteral("search 'hansen example'"), f);
        }
        {
            store::OrderFilter f = base;
            f.toCapture = true;
            filtered(QStringLiteral("payments to capture"), f);
        }
        {
            timer.restart();
            QStringList numbers;
            const core::Result<QList<services::RiskRow>> risks = services::InsightService(shop).paymentRisk();
            if (!risks)
                qFatal("%s", qPrintable(risks.errorText()));
            for (const services::RiskRow& row : risks.value()) {
                if (row.list == QLatin1String("lapses"))
                    numbers << row.orderNumber;
            }
            numbers.removeDuplicates();
            report(QStringLiteral("orders: payment risk list (InsightService)"), timer,
                   QStringLiteral("%1 orders").arg(numbers.size()));
            store::OrderFilter f = base;
            f.numbers = numbers;
            filtered(QStringLiteral("payment at risk"), f);
        }
    }

    // Customers
    {
        ui::CustomersModel model;
        timer.restart();
        model.setQueries(&queries);
        report(QStringLiteral("customers: first page"), timer, QStringLiteral("%1 rows").arg(model.rowCount()));
        timer.restart();
        paint(model);
        report(QStringLiteral("customers: first paint of a view"), timer);
        timer.restart();
        int all = fetchAll(model);
        report(QStringLiteral("customers: scroll to the end (every page)"), timer, QStringLiteral("%1 rows").arg(all));
        timer.restart();
        model.sort(ui::CustomersModel::Name, Qt::AscendingOrder);
        report(QStringLiteral("customers: sort by name, first page"), timer);
        timer.restart();
        all = fetchAll(model);
        report(QStringLiteral("customers: ... and to the end"), timer, QStringLiteral("%1 rows").arg(all));
        store::CustomerFilter f = model.filter();
        f.onlyWaiting = true;
        timer.restart();
        model.setFilter(f);
        report(QStringLiteral("customers: only waiting, first page"), timer);
        timer.restart();
        all = fetchAll(model);
        report(QStringLiteral("customers: ... and to the end"), timer, QStringLiteral("%1 rows").arg(all));
        f.onlyWaiting = false;
        f.search = QStringLiteral("hansen");
        timer.restart();
        model.setFilter(f);
        report(QStringLiteral("customers: search 'hansen', first page"), timer,
               QStringLiteral("%1 rows").arg(model.rowCount()));
        for (const QString& typed : {QStringLiteral("anna hansen"), QStringLiteral("HANSEN anna"), QStringLiteral("ø"),
                                     QStringLiteral("søren")}) {
            f.search = typed;
            timer.restart();
            model.setFilter(f);
            report(QStringLiteral("customers: search '%1', first page").arg(typed), timer,
                   QStringLiteral("%1 rows").arg(model.rowCount()));
        }
    }
    return 0;
}
