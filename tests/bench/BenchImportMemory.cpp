// Memory of the streamed imports: prints figures, asserts nothing about time.
//
//   bench_import_memory [--dir DIR] [--scale N] [--kind KIND]... [--rows N]...
//
// Generates a native customers, purchase-orders and orders file of 10,000 and of
// 1,000,000 rows and imports each into a fresh shop whose 1,000 items come in through
// the importer first. Orders have three lines each and come a little out of time
// order; a purchase order's four lines are spread over the whole file. Each kind and
// size runs in a child process of its own, so the peak RSS printed (getrusage
// ru_maxrss) is that import's alone: it should not grow with the file. --scale
// divides the sizes (the test suite runs a smoke test); --kind picks kinds and --rows
// sizes of one's own (to see where the peak levels off).
#include "BenchUtil.h"
#include "core/Clock.h"
#include "csv/Importer.h"
#include "services/Shop.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace bd;
using bench::cpuSeconds;
using bench::peakRssMiB;

namespace {

QTextStream out(stdout);

const int itemCount = 1000;

QByteArray sku(int n)
{
    return "SKU-" + QByteArray::number(n % itemCount).rightJustified(4, '0');
}

// Writes `header` and then row(i) for every i below rows, a MiB at a time.
bool writeRows(const QString& path, const QByteArray& header, int rows, const std::function<QByteArray(int)>& row)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray chunk = header;
    for (int i = 0; i < rows; ++i) {
        chunk += row(i);
        if (chunk.size() > (1 << 20)) {
            if (f.write(chunk) != chunk.size())
                return false;
            chunk.clear();
        }
    }
    return f.write(chunk) == chunk.size();
}

bool writeItems(const QString& path)
{
    return writeRows(path, "sku,name,price,on_hand,policy\n", itemCount, [](int i) -> QByteArray {
        return sku(i) + ",Item " + QByteArray::number(i) + ",10.00,20,backorder\n";
    });
}

// The file of `kind` with `rows` rows; `records` is what its import must report.
bool writeKind(const QString& kind, const QString& path, int rows, int* records)
{
    if (kind == QLatin1String("customers")) {
        *records = rows;
        return writeRows(path, "email,name,phone,address\n", rows, [](int i) -> QByteArray {
            const QByteArray n = QByteArray::number(i);
            return "customer-" + n + "@example.com,Customer " + n + ",+45 " + n.rightJustified(8, '0')
                   + ",\"Havnegade " + QByteArray::number(i % 200) + ", 1058 København\"\n";
        });
    }
    if (kind == QLatin1String("purchase-orders")) {
        // Line k of purchase order p is row k * orders + p: no two of its lines together.
        const int orders = std::max(1, rows / 4);
        *records = std::min(rows, orders);
        return writeRows(path, "po_number,supplier,sku,qty,expected_date\n", rows, [orders](int i) -> QByteArray {
            const int po = i % orders;
            const int line = i / orders;
            QByteArray row = "PO-" + QByteArray::number(po) + ",Supplier " + QByteArray::number(po % 50);
            row += ',' + sku(po * 7 + line) + ',' + QByteArray::number(1 + i % 20);
            return row + ",2026-12-" + QByteArray::number(1 + po % 28).rightJustified(2, '0') + '\n';
        });
    }
    // Orders of three lines; each block of eight orders comes in reverse time order.
    *records = (rows + 2) / 3;
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    return writeRows(path, "order_number,placed_at,customer_email,customer_name,sku,qty,unit_price,payment_state\n",
                     rows, [&start](int i) -> QByteArray {
                         const int order = i / 3;
                         const int minute = order - order % 8 + (7 - order % 8);
                         const QByteArray customer = QByteArray::number(order % 5000);
                         return "O-" + QByteArray::number(order) + ','
                                + start.addSecs(60LL * minute).toString(Qt::ISODate).toUtf8() + ",customer-" + customer
                                + "@example.com,Customer " + customer + ',' + sku(order * 3 + i % 3) + ",1,,captured\n";
                     });
}

struct Figures
{
    int rows = 0;
    double seconds = 0;
    double cpu = 0;
    double peak = 0;
};

// In the child: a fresh shop, its items, then the timed import of one file.
bool measure(const QString& shopPath, const QString& itemsPath, const QString& file, const QString& kind, int rows,
             Figures* figures)
{
    int records = 0;
    if (!writeItems(itemsPath) || !writeKind(kind, file, rows, &records)) {
        out << QStringLiteral("cannot write %1").arg(file) << Qt::endl;
        return false;
    }
    core::Result<std::unique_ptr<store::Database>> db = store::Database::open(shopPath);
    if (!db) {
        out << db.errorText() << Qt::endl;
        return false;
    }
    core::FixedClock clock(QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC));
    services::Shop shop(*db.value(), clock);
    csv::Importer importer(shop);
    const auto items = importer.import(csv::Importer::Kind::Items, itemsPath, false);
    if (!items) {
        out << QStringLiteral("items import failed: %1").arg(items.errorText().left(500)) << Qt::endl;
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    const double cpu = cpuSeconds();
    const auto report = importer.import(*csv::Importer::parseKind(kind), file, false);
    figures->seconds = timer.nsecsElapsed() / 1e9;
    figures->cpu = cpuSeconds() - cpu;
    figures->peak = peakRssMiB();
    figures->rows = rows;
    if (!report || report->records != records) {
        out << QStringLiteral("%1 import failed (%2 records, %3 expected): %4")
                   .arg(kind)
                   .arg(report ? report->records : 0)
                   .arg(records)
                   .arg(report.errorText().left(500))
            << Qt::endl;
        return false;
    }
    return true;
}

// One kind and size in a child process, so that the peak is its own.
bool run(const QString& dir, const QString& kind, int rows, Figures* figures)
{
    int fds[2];
    if (pipe(fds) != 0)
        return false;
    const pid_t child = fork();
    if (child < 0)
        return false;
    if (child == 0) {
        close(fds[0]);
        const QString tag = dir + QLatin1Char('/') + kind + QLatin1Char('-') + QString::number(rows);
        const QString shopPath = tag + QStringLiteral(".sqlite");
        const bool ok = measure(shopPath, tag + QStringLiteral("-items.csv"), tag + QStringLiteral(".csv"), kind, rows,
                                figures);
        for (const QString& suffix : {QStringLiteral(".sqlite"), QStringLiteral(".sqlite-wal"),
                                      QStringLiteral(".sqlite-shm"), QStringLiteral("-items.csv"), QStringLiteral(".csv")})
            QFile::remove(tag + suffix);
        const bool sent = ok && write(fds[1], figures, sizeof *figures) == ssize_t(sizeof *figures);
        _exit(sent ? 0 : 1);
    }
    close(fds[1]);
    const bool got = read(fds[0], figures, sizeof *figures) == ssize_t(sizeof *figures);
    close(fds[0]);
    int status = 0;
    waitpid(child, &status, 0);
    return got && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Backorder Desk import memory benchmark"));
    parser.addHelpOption();
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("where the files go"), QStringLiteral("DIR"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"), QStringLiteral("divide every size by N"),
                                         QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption kindOption(QStringLiteral("kind"),
                                        QStringLiteral("customers, purchase-orders or orders (all by default)"),
                                        QStringLiteral("KIND"));
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("rows of a file (10000 and 1000000 by default)"),
                                        QStringLiteral("N"));
    parser.addOptions({dirOption, scaleOption, kindOption, rowsOption});
    parser.process(app);
    const int scale = std::max(1, parser.value(scaleOption).toInt());
    QTemporaryDir temp;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temp.path();
    QStringList kinds = parser.values(kindOption);
    if (kinds.isEmpty())
        kinds = {QStringLiteral("customers"), QStringLiteral("purchase-orders"), QStringLiteral("orders")};
    QList<int> sizes;
    for (const QString& rows : parser.values(rowsOption))
        sizes << rows.toInt();
    if (sizes.isEmpty())
        sizes = {10000, 1000000};

    out << QStringLiteral("Backorder Desk import memory benchmark (scale 1/%1)").arg(scale) << Qt::endl;
    out << QStringLiteral("%1 %2 %3 %4 %5")
               .arg(QStringLiteral("kind").leftJustified(16), QStringLiteral("rows").rightJustified(9),
                    QStringLiteral("seconds").rightJustified(9), QStringLiteral("cpu s").rightJustified(9),
                    QStringLiteral("peak RSS MiB").rightJustified(13))
        << Qt::endl;
    for (const QString& kind : std::as_const(kinds)) {
        if (!csv::Importer::parseKind(kind)) {
            out << QStringLiteral("unknown kind %1").arg(kind) << Qt::endl;
            return 1;
        }
        for (const int size : std::as_const(sizes)) {
            const int rows = std::max(1, size / scale);
            Figures figures;
            if (!run(dir, kind, rows, &figures))
                return 1;
            out << QStringLiteral("%1 %2 %3 %4 %5")
                       .arg(kind.leftJustified(16), QString::number(figures.rows).rightJustified(9),
                            QString::number(figures.seconds, 'f', 2).rightJustified(9),
                            QString::number(figures.cpu, 'f', 2).rightJustified(9),
                            QString::number(figures.peak, 'f', 0).rightJustified(13))
                << Qt::endl;
        }
    }
    return 0;
}
