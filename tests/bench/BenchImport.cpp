// Items import against the sqlite3 shell: prints figures, asserts nothing about time.
//
//   bench_import [--dir DIR] [--scale N] [--sqlite3 PROGRAM]
//
// Generates a native items file of 10,000 and of 1,000,000 rows, imports each into a
// fresh shop (validation, the real schema, the ledger, one transaction) and times
// `sqlite3 DB '.import --csv FILE plain_table'` of the same file into a plain table in
// the same run. Prints both times, their ratio (sqlite3's time over ours: 1.0 means as
// fast as the shell) and the peak RSS after each size; the 10,000-row size runs first,
// so its peak is its own. --scale divides the sizes (the test suite runs a smoke test).
#include "BenchUtil.h"
#include "core/Clock.h"
#include "csv/Importer.h"
#include "services/Shop.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace bd;
using bench::cpuSeconds;
using bench::peakRssMiB;

namespace {

QTextStream out(stdout);

// Rows like a real catalogue: variants with attributes, a few expected dates.
bool generate(const QString& path, int rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    static const char* colors[] = {"Red", "Blue", "Green", "Black", "White"};
    static const char* sizes[] = {"XS", "S", "M", "L", "XL"};
    static const char* policies[] = {"stop", "backorder", "backorder", "preorder"};
    QByteArray chunk = "sku,name,price,on_hand,policy,backorder_limit,expected_date,attributes,release_date\n";
    for (int i = 0; i < rows; ++i) {
        const char* color = colors[i % 5];
        const char* size = sizes[(i / 5) % 5];
        const char* policy = policies[i % 4];
        chunk += "SKU-" + QByteArray::number(i).rightJustified(7, '0') + ",\"Shirt " + QByteArray::number(i / 25)
                 + " - " + color + " / " + size + "\"," + QByteArray::number(10 + i % 90) + '.'
                 + QByteArray::number(10 + i % 90) + ',' + QByteArray::number(i % 13) + ',' + policy + ','
                 + (i % 7 == 0 ? QByteArray::number(50) : QByteArray()) + ','
                 + (i % 3 == 0 ? QByteArray("2026-12-12") : QByteArray()) + ",\"Color=" + color + "; Size=" + size
                 + "\"," + (policy[0] == 'p' ? QByteArray("2027-01-15") : QByteArray()) + '\n';
        if (chunk.size() > (1 << 20)) {
            if (f.write(chunk) != chunk.size())
                return false;
            chunk.clear();
        }
    }
    return f.write(chunk) == chunk.size();
}

struct Timing
{
    double ours = 0;
    double shell = 0;
    double oursCpu = 0;
    double shellCpu = 0;
    double peak = 0;
    bool ok = false;
};

Timing run(const QString& dir, const QString& sqlite3, int rows)
{
    Timing t;
    const QString file = dir + QStringLiteral("/items-%1.csv").arg(rows);
    const QString shopPath = dir + QStringLiteral("/shop-%1.sqlite").arg(rows);
    const QString plainPath = dir + QStringLiteral("/plain-%1.sqlite").arg(rows);
    // A fresh shop and a fresh plain table every run, also with --dir of an earlier run.
    for (const QString& stale : {shopPath, plainPath})
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(stale + suffix);
    if (!generate(file, rows)) {
        out << QStringLiteral("cannot write %1").arg(file) << Qt::endl;
        return t;
    }
    {
        core::Result<std::unique_ptr<store::Database>> db = store::Database::open(shopPath);
        if (!db) {
            out << db.errorText() << Qt::endl;
            return t;
        }
        core::FixedClock clock(QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC));
        services::Shop shop(*db.value(), clock);
        QElapsedTimer timer;
        timer.start();
        const double cpu = cpuSeconds(RUSAGE_SELF);
        const auto report = csv::Importer(shop).import(csv::Importer::Kind::Items, file, false);
        t.ours = timer.nsecsElapsed() / 1e9;
        t.oursCpu = cpuSeconds(RUSAGE_SELF) - cpu;
        if (!report || report->records != rows) {
            out << QStringLiteral("import failed: %1").arg(report.errorText().left(500)) << Qt::endl;
            return t;
        }
        t.peak = peakRssMiB();
    }
    QProcess shell;
    QElapsedTimer timer;
    timer.start();
    const double childCpu = cpuSeconds(RUSAGE_CHILDREN);
    shell.start(sqlite3, {plainPath, QStringLiteral(".import --csv %1 plain_table").arg(file)});
    if (!shell.waitForFinished(-1) || shell.exitCode() != 0) {
        out << QStringLiteral("%1 failed: %2").arg(sqlite3, QString::fromLocal8Bit(shell.readAllStandardError()))
            << Qt::endl;
        return t;
    }
    t.shell = timer.nsecsElapsed() / 1e9;
    t.shellCpu = cpuSeconds(RUSAGE_CHILDREN) - childCpu;
    t.ok = true;
    QFile::remove(file);
    return t;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Backorder Desk items import benchmark"));
    parser.addHelpOption();
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("where the files go"), QStringLiteral("DIR"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"), QStringLiteral("divide every size by N"),
                                         QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption shellOption(QStringLiteral("sqlite3"), QStringLiteral("the sqlite3 shell"),
                                         QStringLiteral("PROGRAM"), QStringLiteral("sqlite3"));
    parser.addOptions({dirOption, scaleOption, shellOption});
    parser.process(app);
    const int scale = std::max(1, parser.value(scaleOption).toInt());
    QTemporaryDir temp;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temp.path();

    out << QStringLiteral("Backorder Desk items import benchmark (scale 1/%1)").arg(scale) << Qt::endl;
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
               .arg(QStringLiteral("rows").rightJustified(9), QStringLiteral("ours s").rightJustified(9),
                    QStringLiteral("sqlite3 s").rightJustified(10), QStringLiteral("ratio").rightJustified(7),
                    QStringLiteral("ours cpu").rightJustified(9), QStringLiteral("sqlite3 cpu").rightJustified(12),
                    QStringLiteral("cpu ratio").rightJustified(10), QStringLiteral("peak RSS MiB").rightJustified(13))
        << Qt::endl;
    for (const int size : {10000, 1000000}) {
        const int rows = std::max(1, size / scale);
        const Timing t = run(dir, parser.value(shellOption), rows);
        if (!t.ok)
            return 1;
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                   .arg(QString::number(rows).rightJustified(9), QString::number(t.ours, 'f', 2).rightJustified(9),
                        QString::number(t.shell, 'f', 2).rightJustified(10),
                        QString::number(t.shell / t.ours, 'f', 2).rightJustified(7),
                        QString::number(t.oursCpu, 'f', 2).rightJustified(9),
                        QString::number(t.shellCpu, 'f', 2).rightJustified(12),
                        QString::number(t.oursCpu > 0 ? t.shellCpu / t.oursCpu : 0, 'f', 2).rightJustified(10),
                        QString::number(t.peak, 'f', 0).rightJustified(13))
            << Qt::endl;
    }
    return 0;
}
