// Seats acting on one shop at the same moment, as real backorderdesk-cli processes, on a
// shop file and (test_seats_pg) on a PostgreSQL server shop: two seats ordering the last
// unit, a receipt during a cancellation, two outbox senders, a long import while another
// seat receives. Each ends with `check` green, no unit allocated twice, no e-mail sent
// twice, and every refused action refused with the busy message.

#include "CliRun.h"
#include "ServerShop.h"
#include "SmtpServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using bd::test::CliRun;
using bd::test::runCliProcess;
using bd::test::ShopLook;

namespace {

const QString now = QStringLiteral("2026-11-27T10:00:00");

// The exit status of a command refused because another seat holds the shop.
constexpr int BusyStatus = 75;

} // namespace

class TestSeats : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    int m_serial = 0;

    QStringList withShop(const QStringList& args) const
    {
        return QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--now"), now} + args;
    }
    CliRun cli(const QStringList& args) const { return runCliProcess(withShop(args)); }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    void write(const QString& name, const QByteArray& bytes)
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
    }
    void importItems(const QByteArray& csv)
    {
        write(QStringLiteral("items.csv"), "sku,name,price,on_hand,policy\n" + csv);
        const CliRun run = cli({QStringLiteral("import"), QStringLiteral("items"), path(QStringLiteral("items.csv"))});
        QVERIFY2(run.status == 0, qPrintable(run.err));
    }
    // A seat started as its own process; the caller waits for it with finished().
    QProcess* start(const QStringList& args)
    {
        auto* p = new QProcess(this);
        p->start(bd::test::cliPath(), withShop(args));
        return p;
    }
    // A seat's end: done, or refused with the busy message (exit 75) when `mayBeBusy`.
    // Never a raw database message, never a lost result.
    static void finished(QProcess* p, bool mayBeBusy, int* refused = nullptr)
    {
        QVERIFY(p->waitForFinished(300000));
        const QString err = QString::fromUtf8(p->readAllStandardError());
        QVERIFY2(p->exitStatus() == QProcess::NormalExit, qPrintable(err));
        QVERIFY2(!err.contains(QLatin1String("QPSQL")) && !err.contains(QLatin1String("Database error")),
                 qPrintable(err));
        if (mayBeBusy && p->exitCode() == BusyStatus) {
            QVERIFY2(err.contains(QLatin1String("busy")), qPrintable(err));
            if (refused)
                ++*refused;
        } else {
            QVERIFY2(p->exitCode() == 0, qPrintable(QStringLiteral("exit %1: %2").arg(p->exitCode()).arg(err)));
        }
        p->deleteLater();
    }
    void verifyCheck()
    {
        const CliRun check = cli({QStringLiteral("check")});
        QVERIFY2(check.status == 0, qPrintable(check.out + check.err));
        QVERIFY2(check.out.startsWith(QLatin1String("OK:")), qPrintable(check.out));
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_db = bd::test::newShopLocation(m_dir, QStringLiteral("shop%1.sqlite").arg(++m_serial), &error);
        QVERIFY2(!m_db.isEmpty(), qPrintable(error));
        const CliRun made = cli({QStringLiteral("init")});
        QVERIFY2(made.status == 0, qPrintable(made.err));
    }

    // Two seats order the last unit at the same moment: one gets it, the other waits
    // for the next delivery; nothing is refused halfway, nothing is counted twice.
    void lastUnitTwoSeats()
    {
        importItems("LAST,Last one,10.00,1,backorder\n");
        const int rounds = 6;
        for (int round = 0; round < rounds; ++round) {
            QList<QProcess*> seats;
            for (int seat = 0; seat < 2; ++seat) {
                const QString name = QStringLiteral("o%1-%2.csv").arg(round).arg(seat);
                write(name, QStringLiteral("order_number,placed_at,customer_email,customer_name,sku,qty\n"
                                           "R%1-S%2,2026-11-2%1T09:00:0%2,s%2@example.com,Seat %2,LAST,1\n")
                                .arg(round)
                                .arg(seat)
                                .toUtf8());
                seats << start({QStringLiteral("import"), QStringLiteral("orders"), path(name)});
            }
            for (QProcess* p : seats)
                finished(p, false);
            // The round's two orders: one unit on hand at most, all else waits.
            const CliRun received = cli({QStringLiteral("receive"), QStringLiteral("--sku"), QStringLiteral("LAST"),
                                         QStringLiteral("--qty"), QStringLiteral("1")});
            QVERIFY2(received.status == 0, qPrintable(received.err));
        }
        ShopLook look(m_db);
        QVERIFY(look.isOpen());
        QCOMPARE(look.number(QStringLiteral("SELECT count(*) FROM orders")), 2 * rounds);
        QCOMPARE(look.number(QStringLiteral("SELECT sum(qty_allocated) FROM order_lines")), rounds + 1);
        QCOMPARE(look.number(QStringLiteral("SELECT sum(qty_waiting) FROM order_lines")), rounds - 1);
        verifyCheck();
    }

    // A receipt and a cancellation of the same item by two seats, many times over: the
    // ledger stays whole.
    void receiptDuringCancellation()
    {
        importItems("BUSY,Busy item,10.00,0,backorder\n");
        QByteArray orders = "order_number,placed_at,customer_email,customer_name,sku,qty\n";
        const int count = 8;
        for (int i = 0; i < count; ++i)
            orders += QStringLiteral("C%1,2026-11-20T09:%2:00,c%1@example.com,C %1,BUSY,2\n")
                          .arg(i)
                          .arg(i, 2, 10, QLatin1Char('0'))
                          .toUtf8();
        write(QStringLiteral("orders.csv"), orders);
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("orders"), path(QStringLiteral("orders.csv"))}).status, 0);
        for (int i = 0; i < count; ++i) {
            QProcess* receiving
                = start({QStringLiteral("receive"), QStringLiteral("--sku"), QStringLiteral("BUSY"),
                         QStringLiteral("--qty"), QStringLiteral("3")});
            QProcess* cancelling = start(
                {QStringLiteral("cancel"), QStringLiteral("C%1").arg(i), QStringLiteral("--reason"), QStringLiteral("test")});
            finished(receiving, false);
            finished(cancelling, false);
        }
        ShopLook look(m_db);
        QVERIFY(look.isOpen());
        QCOMPARE(look.number(QStringLiteral("SELECT sum(qty_waiting + qty_allocated) FROM order_lines")), 0);
        QCOMPARE(look.number(QStringLiteral("SELECT on_hand FROM items WHERE sku = 'BUSY'")), 3 * count);
        verifyCheck();
    }

    // Two `notify --send` runs at once against one real SMTP server: every message
    // reaches the server exactly once, and the outbox records each as sent.
    void twoOutboxSenders()
    {
        importItems("WAIT,Waiting item,10.00,0,backorder\n");
        const int count = 40;
        QByteArray orders = "order_number,placed_at,customer_email,customer_name,sku,qty\n";
        for (int i = 0; i < count; ++i)
            orders += QStringLiteral("M%1,2026-11-20T09:%2:00,m%1@example.com,M %1,WAIT,1\n")
                          .arg(i)
                          .arg(i % 60, 2, 10, QLatin1Char('0'))
                          .toUtf8();
        write(QStringLiteral("orders.csv"), orders);
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("orders"), path(QStringLiteral("orders.csv"))}).status, 0);
        // Queue what is due (the backorder confirmations), then send from two seats.
        const CliRun queued = cli({QStringLiteral("notify")});
        QVERIFY2(queued.status == 0, qPrintable(queued.err));
        ShopLook look(m_db);
        QVERIFY(look.isOpen());
        const qint64 pending = look.number(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'"));
        QVERIFY2(pending >= count, qPrintable(QString::number(pending)));

        bd::test::LocalSmtpServer server;
        QVERIFY(server.start(path(QStringLiteral("received")), {}));
        qunsetenv("BACKORDERDESK_SMTP_PASSWORD");
        for (const auto& [key, value] :
             {std::pair{QStringLiteral("smtp.host"), QStringLiteral("127.0.0.1")},
              std::pair{QStringLiteral("smtp.port"), QString::number(server.port())},
              std::pair{QStringLiteral("smtp.security"), QStringLiteral("none")}}) {
            const CliRun set = cli({QStringLiteral("config"), QStringLiteral("set"), key, value});
            QVERIFY2(set.status == 0, qPrintable(set.err));
        }
        QProcess* first = start({QStringLiteral("notify"), QStringLiteral("--send")});
        QProcess* second = start({QStringLiteral("notify"), QStringLiteral("--send")});
        int refused = 0;
        finished(first, true, &refused);
        finished(second, true, &refused);
        QVERIFY(refused < 2);

        const QStringList received = server.messages();
        QCOMPARE(received.size(), pending);
        // Each message once: no Message-ID twice at the server.
        static const QRegularExpression messageId(QStringLiteral("^Message-ID:\\s*(\\S+)"),
                                                  QRegularExpression::MultilineOption
                                                      | QRegularExpression::CaseInsensitiveOption);
        QSet<QString> ids;
        for (const QString& file : received) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const auto match = messageId.match(QString::fromUtf8(f.readAll()));
            QVERIFY2(match.hasMatch(), qPrintable(file));
            QVERIFY2(!ids.contains(match.captured(1)), qPrintable(match.captured(1)));
            ids.insert(match.captured(1));
        }
        QCOMPARE(look.number(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'sent'")), pending);
        QCOMPARE(look.number(QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'sent'")), 0);
        verifyCheck();
    }

    // A long orders import while another seat receives stock again and again: each
    // receipt goes through before or after the import's write, or is refused with the
    // busy message naming the import; nothing is lost either way.
    void longImportWhileReceiving()
    {
        importItems("BIG,Big item,10.00,0,backorder\nDOCK,Dock item,5.00,0,backorder\n");
        QByteArray orders = "order_number,placed_at,customer_email,customer_name,sku,qty\n";
        // Long enough for receipts to overlap it: a server shop imports more slowly.
        const int count = bd::test::onServer() ? 6000 : 20000;
        for (int i = 0; i < count; ++i)
            orders += QStringLiteral("B%1,2026-11-%2T%3:%4:00,b%5@example.com,B %1,BIG,1\n")
                          .arg(i)
                          .arg(1 + i % 20, 2, 10, QLatin1Char('0'))
                          .arg(i / 60 % 24, 2, 10, QLatin1Char('0'))
                          .arg(i % 60, 2, 10, QLatin1Char('0'))
                          .arg(i % 500)
                          .toUtf8();
        write(QStringLiteral("big.csv"), orders);
        write(QStringLiteral("dock.csv"), "order_number,placed_at,customer_email,customer_name,sku,qty\n"
                                          "D1,2026-11-01T08:00:00,dock@example.com,Dock,DOCK,50\n");
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("orders"), path(QStringLiteral("dock.csv"))}).status, 0);

        QProcess* import = start({QStringLiteral("import"), QStringLiteral("orders"), path(QStringLiteral("big.csv"))});
        int received = 0;
        int refused = 0;
        while (import->state() != QProcess::NotRunning || received + refused == 0) {
            QProcess* receiving = start({QStringLiteral("receive"), QStringLiteral("--sku"), QStringLiteral("DOCK"),
                                         QStringLiteral("--qty"), QStringLiteral("1")});
            const int before = refused;
            finished(receiving, true, &refused);
            if (refused == before)
                ++received;
            if (received + refused >= 50)
                break;
        }
        finished(import, false);
        qInfo("receipts during the import: %d went through, %d refused as busy", received, refused);

        ShopLook look(m_db);
        QVERIFY(look.isOpen());
        QCOMPARE(look.number(QStringLiteral("SELECT count(*) FROM orders WHERE order_number LIKE 'B%'")), count);
        QCOMPARE(look.number(QStringLiteral("SELECT sum(qty_waiting) FROM order_lines l JOIN items i ON i.id = l.item_id "
                                            "WHERE i.sku = 'BIG'")),
                 count);
        // Every receipt that went through reached the dock order, and only those.
        QCOMPARE(look.number(QStringLiteral("SELECT qty_allocated FROM order_lines WHERE order_number = 'D1'")),
                 received);
        verifyCheck();
    }
};

QTEST_GUILESS_MAIN(TestSeats)
#include "TestSeats.moc"
