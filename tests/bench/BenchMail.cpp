// E-mail benchmarks on a busy shop: prints figures, asserts nothing about time.
//
//   bench_mail [--dir DIR] [--scale N] [--send N] [--stage-orders N]
//   bench_mail --step schedule|again|send --db FILE --now ISO-DATETIME [--send N]  (one step, as the run calls it)
//
// Builds the large demo (about 200,000 waiting lines), then measures: running the
// schedule three weeks later, which queues the follow-ups (and whatever else is due) for
// every waiting order as intents; sending 1,000 of those messages (each written from its
// template as it is sent) to a local
// SMTP server (Debian's aiosmtpd, tests/support/smtp_server.py) over STARTTLS with a
// login and a certificate made for the run; recording a purchase order's stage that
// tells 10,000 waiting orders (--stage-orders) of it: one stock-update e-mail each.
// --scale divides every size (the test suite runs it with a large scale as a smoke test).
// Each measured step runs in a child process of its own (this program again, with
// --step), so the peak memory printed beside it is that step's own, not the demo's.
#include "core/Clock.h"
#include "demo/DemoShop.h"
#include "mail/Delivery.h"
#include "mail/Outbox.h"
#include "mail/SmtpTransport.h"
#include "services/CatalogService.h"
#include "services/MailService.h"
#include "services/OrderService.h"
#include "services/PurchasingService.h"
#include "services/Shop.h"
#include "store/Config.h"
#include "store/Database.h"

#include "BenchCheck.h"
#include "BenchUtil.h"
#include "SmtpServer.h"
#include "TempShop.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace bd;

namespace {

QTextStream out(stdout);

double seconds(const QElapsedTimer& timer)
{
    return timer.nsecsElapsed() / 1e9;
}

// The most memory this program has held at once, in MiB: VmHWM, which starts again at
// exec, where getrusage's ru_maxrss carries over the peak of the process that started a
// step (the parent's memory at the fork).
double peakMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return bench::peakRssMiB();
}

void report(const QString& what, const QElapsedTimer& timer, const QString& extra = {})
{
    out << QStringLiteral("%1  %2 s  peak RSS %3 MiB%4")
               .arg(what.leftJustified(58), QString::number(seconds(timer), 'f', 2).rightJustified(7),
                    QString::number(peakMiB(), 'f', 0), extra.isEmpty() ? QString() : QStringLiteral("  ") + extra)
        << Qt::endl;
}

QString perSecond(int count, const QElapsedTimer& timer)
{
    const double s = seconds(timer);
    return QStringLiteral("%1 messages/s").arg(s > 0 ? QString::number(count / s, 'f', 0) : QStringLiteral("-"));
}

int fail(const QString& what, const QString& why)
{
    out << what << QStringLiteral(" failed: ") << why << Qt::endl;
    return 1;
}

int fail(const QString& what, const core::Errors& errors)
{
    return fail(what, core::joinErrors(errors.mid(0, 5)));
}

// Leaves only the first `keep` due messages due now; the others wait until 2100.
bool keepDue(store::Database& db, int keep)
{
    QSqlQuery q(db.connection());
    if (!q.prepare(QStringLiteral("UPDATE outbox SET due_at = '2100-01-01T00:00:00' WHERE state = 'pending' AND id NOT IN "
                                  "(SELECT id FROM outbox WHERE state = 'pending' ORDER BY due_at, id LIMIT :keep)")))
        return false;
    q.bindValue(QStringLiteral(":keep"), keep);
    return q.exec();
}

// One step on the shop at `dbPath` at the time `now`, in this (child) process.
int runStep(const QString& step, const QString& dbPath, const QDateTime& now, int toSend)
{
    core::FixedClock clock(now);
    auto opened = store::Database::open(dbPath);
    if (!opened)
        return fail(QStringLiteral("open"), opened.errors());
    std::unique_ptr<store::Database> db = opened.takeValue();
    services::Shop shop(*db, clock);
    QElapsedTimer timer;
    timer.start();
    if (step == QLatin1String("schedule")) {
        auto scheduled = services::MailService(shop).runSchedule();
        if (!scheduled)
            return fail(QStringLiteral("notify (schedule)"), scheduled.errors());
        const int queued = scheduled->queued;
        report(QStringLiteral("queue what is due 3 weeks later"), timer,
               QStringLiteral("%1 queued, %2 cancelled, %3").arg(queued).arg(scheduled->cancelled).arg(perSecond(queued, timer)));
        return 0;
    }
    if (step == QLatin1String("again")) {
        const auto again = services::MailService(shop).runSchedule();
        if (!again || again->queued != 0)
            return fail(QStringLiteral("notify again"), QStringLiteral("queued messages twice or failed"));
        report(QStringLiteral("run the schedule again (queues nothing)"), timer,
               QStringLiteral("%1 orders looked at").arg(again->ordersLookedAt));
        return 0;
    }
    if (step == QLatin1String("send")) {
        const auto settings = mail::SmtpSettings::fromConfig(shop.config());
        if (!settings)
            return fail(QStringLiteral("SMTP settings"), settings.errors());
        mail::SmtpTransport transport(settings.value());
        timer.start();
        const mail::DeliveryReport delivered = mail::Delivery(shop.db(), shop.clock(), shop.config()).send(transport);
        report(QStringLiteral("send %1 messages over STARTTLS with a login").arg(toSend), timer,
               QStringLiteral("%1 sent, %2").arg(delivered.sent).arg(perSecond(delivered.sent, timer)));
        if (!delivered.ok() || delivered.sent != toSend)
            return fail(QStringLiteral("send"), delivered.problems.mid(0, 5).join(QStringLiteral("; ")));
        return 0;
    }
    return fail(step, QStringLiteral("no such step"));
}

// Runs a step in a child process; its report goes straight to our output.
bool childStep(const QString& step, const QString& dbPath, const QDateTime& now, int toSend = 0)
{
    out.flush();
    const int code = QProcess::execute(QCoreApplication::applicationFilePath(),
                                       {QStringLiteral("--step"), step, QStringLiteral("--db"), dbPath,
                                        QStringLiteral("--now"), core::toIso(now), QStringLiteral("--send"),
                                        QString::number(toSend)});
    return code == 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Backorder Desk e-mail benchmarks"));
    parser.addHelpOption();
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("where the database and mail go"),
                                       QStringLiteral("DIR"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"), QStringLiteral("divide every size by N"),
                                         QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption sendOption(QStringLiteral("send"), QStringLiteral("messages to send (before --scale)"),
                                        QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption stepOption(QStringLiteral("step"),
                                       QStringLiteral("run one step (schedule, again, send) on --db at --now, "
                                                      "in this process: how the benchmark runs each step"),
                                       QStringLiteral("STEP"));
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("the shop of --step"), QStringLiteral("FILE"));
    const QCommandLineOption nowOption(QStringLiteral("now"), QStringLiteral("the time of --step"),
                                       QStringLiteral("ISO-DATETIME"));
    const QCommandLineOption stageOption(QStringLiteral("stage-orders"),
                                         QStringLiteral("waiting orders a stage change tells (default 10000 / scale)"),
                                         QStringLiteral("N"));
    parser.addOptions({dirOption, scaleOption, sendOption, stepOption, dbOption, nowOption, stageOption});
    parser.process(app);
    if (parser.isSet(stepOption))
        return runStep(parser.value(stepOption), parser.value(dbOption),
                       core::parseIsoDateTime(parser.value(nowOption)), parser.value(sendOption).toInt());
    const int scale = std::max(1, parser.value(scaleOption).toInt());

    QTemporaryDir temp;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temp.path();
    const QString dbPath = dir + QStringLiteral("/bench-mail.sqlite");

    const QDateTime start = core::parseIsoDateTime(QStringLiteral("2026-11-27T10:00:00"));
    core::FixedClock clock(start);
    auto opened = test::openFreshShop(dbPath);
    if (!opened)
        return fail(QStringLiteral("open"), opened.errors());
    std::unique_ptr<store::Database> db = opened.takeValue();
    services::Shop shop(*db, clock);

    out << QStringLiteral("Backorder Desk e-mail benchmark (scale 1/%1), database %2").arg(scale).arg(dbPath) << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    auto demo = demo::DemoShop::build(*db, {demo::DemoOptions::Size::Large, 1, start, scale});
    if (!demo)
        return fail(QStringLiteral("demo --size large"), demo.errors());
    report(QStringLiteral("demo --size large (%1 orders, %2 lines, %3 waiting)")
               .arg(demo->orders)
               .arg(demo->orderLines)
               .arg(demo->waitingLines),
           timer);

    // Three weeks later every waiting order is due a follow-up (every 14 days).
    clock.advanceDays(21);
    const QDateTime later = clock.now();
    if (!childStep(QStringLiteral("schedule"), dbPath, later))
        return 1;
    {
        QStringList byKind;
        QMap<QString, int> kinds;
        const core::Result<QList<store::OutboxRow>> pending
            = shop.outbox().store().messages(store::OutboxFilter{store::messageState::Pending, 0, 0});
        if (!pending)
            return fail(QStringLiteral("outbox"), pending.errors());
        for (const store::OutboxRow& row : pending.value())
            ++kinds[row.kind];
        for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
            byKind << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        out << QStringLiteral("  pending by kind: ") << byKind.join(QStringLiteral(", ")) << Qt::endl;
    }
    if (!childStep(QStringLiteral("again"), dbPath, later))
        return 1;

    // A stage of a container purchase order of 100 SKUs that serves N waiting orders of
    // one unit each, N / 100 per SKU.
    const int stageOrders = parser.isSet(stageOption) ? std::max(1, parser.value(stageOption).toInt())
                                                      : std::max(1, 10000 / scale);
    {
        const int skus = std::min(100, stageOrders);
        QList<services::ItemInput> items;
        QList<services::PurchaseOrderLineInput> lines;
        for (int k = 0; k < skus; ++k) {
            services::ItemInput item;
            item.item.sku = QStringLiteral("STAGE-%1").arg(k + 1, 3, 10, QLatin1Char('0'));
            item.item.name = QStringLiteral("Stage benchmark mug %1").arg(k + 1);
            item.item.priceMinor = 1500;
            item.item.policy = domain::Policy::Backorder;
            item.onHand = 0;
            items << item;
            services::PurchaseOrderLineInput line;
            line.poNumber = QStringLiteral("PO-BENCH");
            line.supplier = QStringLiteral("Bench Supplier");
            line.sku = item.item.sku;
            line.qty = stageOrders / skus + 1;
            line.expected = clock.today().addDays(30);
            lines << line;
        }
        if (const core::Status s = services::CatalogService(shop).saveItems(items); !s.ok())
            return fail(QStringLiteral("stage items"), s.errors());
        if (const core::Status s = services::CatalogService(shop).savePurchaseOrderLines(lines); !s.ok())
            return fail(QStringLiteral("stage purchase order"), s.errors());
        timer.start();
        for (int i = 0; i < stageOrders; ++i) {
            domain::NewOrder order;
            order.number = QStringLiteral("STAGE-%1").arg(i + 1);
            order.placedAt = clock.now();
            order.customerEmail = QStringLiteral("stage%1@example.com").arg(i + 1);
            order.customerName = QStringLiteral("Stage Customer %1").arg(i + 1);
            order.payment = domain::PaymentState::Authorized;
            order.lines << domain::NewOrderLine{items[i % skus].item.sku, 1, std::nullopt, 0};
            if (auto placed = services::OrderService(shop).place(order); !placed)
                return fail(QStringLiteral("stage orders"), placed.errors());
            clock.advanceSeconds(1);
        }
        report(QStringLiteral("place %1 waiting orders on %2 SKUs").arg(stageOrders).arg(skus), timer);
        services::StageInput stage;
        stage.poNumber = QStringLiteral("PO-BENCH");
        stage.stage = QStringLiteral("shipped");
        stage.note = QStringLiteral("left Shenzhen on the MSC Oscar");
        timer.start();
        const auto told = services::PurchasingService(shop).recordStage(stage);
        if (!told)
            return fail(QStringLiteral("po stage"), told.errors());
        report(QStringLiteral("po stage telling %1 waiting orders").arg(stageOrders), timer,
               QStringLiteral("%1 stock updates queued, %2").arg(told->ordersTold).arg(perSecond(told->ordersTold, timer)));
        if (told->ordersTold != stageOrders)
            return fail(QStringLiteral("po stage"),
                        QStringLiteral("%1 orders told, expected %2").arg(told->ordersTold).arg(stageOrders));
    }

    // Sending over SMTP to the local server.
    const int toSend = std::max(1, parser.value(sendOption).toInt() / scale);
    QString cert;
    QString key;
    if (!test::LocalSmtpServer::makeCertificate(dir, &cert, &key))
        return fail(QStringLiteral("openssl"), QStringLiteral("cannot make a test certificate"));
    const QString received = dir + QStringLiteral("/received");
    test::LocalSmtpServer server;
    if (!server.start(received, {QStringLiteral("--cert"), cert, QStringLiteral("--key"), key, QStringLiteral("--user"),
                                 QStringLiteral("shop"), QStringLiteral("--password"), QStringLiteral("s3cret")}))
        return fail(QStringLiteral("SMTP server"), QStringLiteral("cannot start %1").arg(test::LocalSmtpServer::script()));
    for (const auto& [k, v] : {std::pair{store::settings::SmtpHost, QStringLiteral("127.0.0.1")},
                               std::pair{store::settings::SmtpPort, QString::number(server.port())},
                               std::pair{store::settings::SmtpSecurity, QStringLiteral("starttls")},
                               std::pair{store::settings::SmtpUser, QStringLiteral("shop")},
                               std::pair{store::settings::SmtpCaFile, cert}}) {
        if (const core::Status s = shop.config().set(k, v); !s.ok())
            return fail(QStringLiteral("config %1").arg(k), s.errors());
    }
    qputenv("BACKORDERDESK_SMTP_PASSWORD", "s3cret");
    if (!keepDue(*db, toSend))
        return fail(QStringLiteral("limit the due messages"), QStringLiteral("SQL error"));
    if (!childStep(QStringLiteral("send"), dbPath, later, toSend))
        return 1;
    const qsizetype arrived = QDir(received).entryList({QStringLiteral("*.eml")}, QDir::Files).size();
    if (arrived != toSend)
        return fail(QStringLiteral("send"), QStringLiteral("%1 messages arrived, expected %2").arg(arrived).arg(toSend));
    // The demo after the schedule, the stage and the sending is as consistent as before.
    timer.start();
    const bench::CheckOutcome checked = bench::checkShop(shop);
    report(QStringLiteral("check after the benchmark"), timer, checked.text);
    return checked.ok ? 0 : 1;
}
