// Report benchmarks on a busy shop: prints figures, asserts nothing about time.
//
//   bench_reports [--dir DIR] [--scale N] [--db FILE] [--keep]
//
// Builds the large demo (20,000 items, 100,000 customers, 1,000,000 order lines) —
// or opens an existing shop with --db, e.g. one made by `backorderdesk-cli demo --size
// large` — then times the backorders, aging and demand reports (demand over the year
// of orders): building the data, then writing the PDF and the CSV. After each step:
// the time and the peak resident memory so far.
#include "core/Clock.h"
#include "demo/DemoShop.h"
#include "reports/ReportRenderer.h"
#include "reports/ReportService.h"
#include "store/Database.h"

#include "BenchUtil.h"
#include "TempShop.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

using namespace bd;
using bench::cpuSeconds;
using bench::peakRssMiB;

namespace {

QTextStream out(stdout);

double cpuMark = 0;

void startTimer(QElapsedTimer& timer)
{
    cpuMark = cpuSeconds();
    timer.start();
}

void report(const QString& what, const QElapsedTimer& timer, const QString& extra = {})
{
    out << QStringLiteral("%1  %2 s  (CPU %3 s)  peak RSS %4 MiB%5")
               .arg(what.leftJustified(40), QString::number(timer.nsecsElapsed() / 1e9, 'f', 2).rightJustified(7),
                    QString::number(cpuSeconds() - cpuMark, 'f', 2), QString::number(peakRssMiB(), 'f', 0),
                    extra.isEmpty() ? QString() : QStringLiteral("  ") + extra)
        << Qt::endl;
}

int fail(const QString& what, const core::Errors& errors)
{
    out << what << QStringLiteral(" failed: ") << core::joinErrors(errors.mid(0, 5)) << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    // PDF pages need fonts: a QGuiApplication, headless.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Backorder Desk report benchmarks"));
    parser.addHelpOption();
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("where the database and reports go"),
                                       QStringLiteral("DIR"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"), QStringLiteral("divide every size by N"),
                                         QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("use this shop instead of building the demo"),
                                      QStringLiteral("FILE"));
    parser.addOptions({dirOption, scaleOption, dbOption});
    parser.process(app);
    const int scale = std::max(1, parser.value(scaleOption).toInt());

    QTemporaryDir temp;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temp.path();
    const QDateTime now = core::parseIsoDateTime(QStringLiteral("2026-11-27T10:00:00"));
    const core::FixedClock clock(now);
    QString dbPath = parser.value(dbOption);
    QElapsedTimer timer;
    std::unique_ptr<store::Database> db;
    if (dbPath.isEmpty()) {
        dbPath = dir + QStringLiteral("/bench-reports.sqlite");
        auto opened = test::openFreshShop(dbPath);
        if (!opened)
            return fail(QStringLiteral("open"), opened.errors());
        db = opened.takeValue();
        startTimer(timer);
        auto demo = demo::DemoShop::build(*db, {demo::DemoOptions::Size::Large, 1, now, scale});
        if (!demo)
            return fail(QStringLiteral("demo --size large"), demo.errors());
        report(QStringLiteral("demo --size large (%1 items, %2 lines, %3 waiting)")
                   .arg(demo->items)
                   .arg(demo->orderLines)
                   .arg(demo->waitingLines),
               timer);
    } else {
        store::OpenOptions options;
        options.mustExist = true;
        options.verifyPages = false;
        auto opened = store::Database::open(dbPath, options);
        if (!opened)
            return fail(QStringLiteral("open ") + dbPath, opened.errors());
        db = opened.takeValue();
    }
    out << QStringLiteral("Backorder Desk report benchmark, database %1 (%2 MiB)")
               .arg(dbPath)
               .arg(QFileInfo(dbPath).size() / 1048576)
        << Qt::endl;

    reports::ReportService service(*db, clock);
    struct Case
    {
        reports::ReportKind kind;
        reports::ReportParams params;
    };
    reports::ReportParams year;
    year.from = now.date().addDays(-365);
    year.to = now.date();
    const QList<Case> cases = {{reports::ReportKind::Backorders, {}},
                               {reports::ReportKind::Aging, {}},
                               {reports::ReportKind::Demand, year}};
    for (const Case& c : cases) {
        const QString name = reports::ReportService::spec(c.kind).name;
        startTimer(timer);
        auto built = service.build(c.kind, c.params);
        if (!built)
            return fail(name, built.errors());
        qsizetype rows = 0;
        for (const reports::ReportTable& t : built->tables)
            rows += t.rows.size();
        report(QStringLiteral("%1: data").arg(name), timer, QStringLiteral("%1 rows").arg(rows));
        const reports::ReportRenderer renderer(built.value());
        const QString pdf = dir + QLatin1Char('/') + name + QStringLiteral(".pdf");
        startTimer(timer);
        if (const core::Status s = renderer.write(reports::OutputFormat::Pdf, pdf); !s.ok())
            return fail(name + QStringLiteral(" PDF"), s.errors());
        report(QStringLiteral("%1: PDF").arg(name), timer,
               QStringLiteral("%1 KiB").arg(QFileInfo(pdf).size() / 1024));
        startTimer(timer);
        if (const core::Status s = renderer.write(reports::OutputFormat::Csv, dir + QLatin1Char('/') + name + QStringLiteral(".csv"));
            !s.ok())
            return fail(name + QStringLiteral(" CSV"), s.errors());
        report(QStringLiteral("%1: CSV").arg(name), timer);
    }
    return 0;
}
