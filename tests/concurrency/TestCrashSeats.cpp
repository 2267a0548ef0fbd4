// Crash safety with two seats: the window's process (placing orders, receiving stock,
// refreshing its views) and a command-line process (importing orders, or receiving) work
// on one shop (a file, or a database on the server) and are both killed with SIGKILL at a moment chosen per row. After
// every kill the shop is sound, `check` is green, every action is there whole or not at
// all, and the next seat works at once (a stale busy announcement does not hold it up).
//
// The window's seat is this executable started again with --window-seat DB.
#include "AppContext.h"
#include "CliRun.h"
#include "ServerShop.h"
#include "mainwindow/MainWindow.h"
#include "services/OrderService.h"
#include "services/Shop.h"
#include "services/StockService.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

const QStringList skus = {u"CRASH-A"_s, u"CRASH-B"_s};

using Run = bd::test::CliRun;

Run cli(const QStringList& args)
{
    return bd::test::runCliProcess(args);
}

// The window's seat: opens the shop in the real main window and works until killed.
int windowSeat(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    bd::ui::AppContext context(nullptr);
    bd::ui::MainWindow window(context);
    if (!window.openDatabase(QString::fromLocal8Bit(argv[2])))
        return 3;
    window.show();
    int n = 0;
    QTimer work;
    work.setInterval(5);
    QObject::connect(&work, &QTimer::timeout, &window, [&] {
        ++n;
        if (n % 3 == 0) {
            bd::services::ReceiveRequest request;
            request.sku = skus[n % 2];
            request.qty = 1;
            request.reference = QStringLiteral("WIN-R%1").arg(n);
            (void)bd::services::StockService(*context.shop()).receive({request}, {});
        } else {
            bd::domain::NewOrder order;
            order.number = QStringLiteral("WIN-%1").arg(n);
            order.placedAt = context.clock().now();
            order.customerEmail = QStringLiteral("window%1@example.com").arg(n % 5);
            order.customerName = u"Window Customer"_s;
            for (int line = 0; line < 2; ++line) {
                bd::domain::NewOrderLine l;
                l.sku = skus[line];
                l.qty = 1 + line;
                l.unitPriceMinor = 1000;
                order.lines << l;
            }
            (void)bd::services::OrderService(*context.shop()).place(order);
        }
        if (n % 20 == 0)
            context.notifyShopChanged(); // the views and the dashboard read again
    });
    work.start();
    std::fputs("READY\n", stdout);
    std::fflush(stdout);
    return app.exec();
}

} // namespace

class TestCrashSeats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killBothSeats_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("killAfterMs");
        QTest::addRow("import, reading") << u"import"_s << 400;
        QTest::addRow("import, placing") << u"import"_s << 2500;
        QTest::addRow("import, late") << u"import"_s << 4500;
        QTest::addRow("receive, early") << u"receive"_s << 150;
        QTest::addRow("receive, later") << u"receive"_s << 600;
    }

    void killBothSeats()
    {
        QFETCH(QString, command);
        QFETCH(int, killAfterMs);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = bd::test::shopLocation(dir.filePath(u"shop.sqlite"_s));
        QVERIFY(!db.isEmpty());
        QCOMPARE(cli({u"--db"_s, db, u"demo"_s, u"--size"_s, u"small"_s}).status, 0);
        QFile items(dir.filePath(u"items.csv"_s));
        QVERIFY(items.open(QIODevice::WriteOnly));
        items.write("sku,name,price,on_hand,policy,backorder_limit,expected_date,attributes\n"
                    "CRASH-A,Crash A,10.00,0,backorder,,,\nCRASH-B,Crash B,11.00,0,backorder,,,\n");
        items.close();
        QCOMPARE(cli({u"--db"_s, db, u"import"_s, u"items"_s, items.fileName()}).status, 0);
        // Fewer on the server, where placing them takes longer: the kills still fall while
        // the import reads, while it places, and once it has ended.
        const int imported = bd::test::onServer() ? 8000 : 40000;
        QFile orders(dir.filePath(u"orders.csv"_s));
        QVERIFY(orders.open(QIODevice::WriteOnly));
        orders.write("order_number,placed_at,customer_email,customer_name,sku,qty,unit_price,payment_state,card_last4,"
                     "card_expiry\n");
        for (int i = 0; i < imported; ++i)
            orders.write(QStringLiteral("IMP-%1,2026-11-20T10:%2:00Z,crash%3@example.com,Crash %3,%4,1,10.00,none,,\n")
                             .arg(i)
                             .arg(i % 60, 2, 10, QLatin1Char('0'))
                             .arg(i % 30)
                             .arg(skus[i % 2])
                             .toUtf8());
        orders.close();
        if (command == u"receive"_s) // a long queue for the receipt to serve
            QCOMPARE(cli({u"--db"_s, db, u"import"_s, u"orders"_s, orders.fileName()}).status, 0);

        QProcess windowSeat;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        windowSeat.setProcessEnvironment(env);
        windowSeat.start(QCoreApplication::applicationFilePath(), {u"--window-seat"_s, db});
        QVERIFY(windowSeat.waitForReadyRead(60000));
        QVERIFY(windowSeat.readAllStandardOutput().contains("READY"));

        QProcess cliSeat;
        QStringList args{u"--db"_s, db};
        if (command == u"import"_s)
            args << u"import"_s << u"orders"_s << orders.fileName();
        else
            args << u"receive"_s << u"--sku"_s << u"CRASH-A"_s << u"--qty"_s << u"20000"_s << u"--ref"_s << u"BIG"_s;
        cliSeat.start(bd::test::cliPath(), args);
        QVERIFY(cliSeat.waitForStarted());
        QTest::qWait(killAfterMs);
        const bool cliFinished = cliSeat.state() == QProcess::NotRunning;
        cliSeat.kill();
        windowSeat.kill();
        QVERIFY(cliSeat.state() == QProcess::NotRunning || cliSeat.waitForFinished(30000));
        QVERIFY(windowSeat.state() == QProcess::NotRunning || windowSeat.waitForFinished(30000));
        QCOMPARE(windowSeat.exitStatus(), QProcess::CrashExit); // it was working until the kill
        qInfo("killed after %d ms (the command had %s)", killAfterMs, cliFinished ? "finished" : "not finished");

        {
            bd::test::ShopLook look(db, bd::store::test::RawDb::Mode::ReadWrite);
            QVERIFY(look.isOpen());
            QSqlQuery q(look.db());
            if (!bd::test::onServer()) { // the file's pages (the server keeps its own)
                QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
                QCOMPARE(q.value(0).toString(), u"ok"_s);
            }
            // The import whole or not at all.
            QVERIFY(q.exec(u"SELECT COUNT(*) FROM orders WHERE order_number LIKE 'IMP-%'"_s) && q.next());
            const int landed = q.value(0).toInt();
            QVERIFY2(landed == 0 || landed == imported, qPrintable(QString::number(landed)));
            // Every order of the window with both its lines.
            QVERIFY(q.exec(u"SELECT COUNT(*) FROM orders o WHERE o.order_number LIKE 'WIN-%' AND "
                           "(SELECT COUNT(*) FROM order_lines l WHERE l.order_id = o.id) <> 2"_s)
                    && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        // The ledger (receipts, allocations, the cached counts) proves itself.
        const Run checked = cli({u"--db"_s, db, u"check"_s});
        QVERIFY2(checked.status == 0, qPrintable(checked.err));
        // The next seat is not held up by what the killed ones left behind.
        QElapsedTimer waited;
        waited.start();
        const Run next = cli({u"--db"_s, db, u"receive"_s, u"--sku"_s, u"CRASH-B"_s, u"--qty"_s, u"1"_s});
        QVERIFY2(next.status == 0, qPrintable(next.err));
        QVERIFY2(waited.elapsed() < 5000, qPrintable(QString::number(waited.elapsed())));
    }
};

int main(int argc, char** argv)
{
    if (argc >= 3 && qstrcmp(argv[1], "--window-seat") == 0)
        return windowSeat(argc, argv);
    QApplication app(argc, argv);
    TestCrashSeats test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestCrashSeats.moc"
