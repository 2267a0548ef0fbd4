// `po stage`, `po timeline`, `item related` and `import po-stages`, run in-process: the
// merchant records "shipped by supplier" and, after `notify`, exactly the customers the
// purchase order serves have one stock-update e-mail each, with the note and their
// date, in the outbox and in the order's history. Bad input names what is wrong and
// changes nothing.
#include "CliRun.h"
#include "ServerShop.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Run = bd::test::CliRun;

class TestSupplyCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    Run cli(const QStringList& args, const QString& now = u"2026-11-27T10:00:00"_s)
    {
        return bd::test::runCliInProcess(QStringList{u"--db"_s, m_db, u"--now"_s, now} + args);
    }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    void write(const QString& name, const QByteArray& bytes)
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    void importFile(const QString& kind, const QString& name, const QByteArray& bytes)
    {
        write(name, bytes);
        const Run r = cli({u"import"_s, kind, path(name)});
        QVERIFY2(r.status == 0, qPrintable(r.err));
    }
    // MUG-RED: nothing on hand; PO-1 brings 4 on 15 Dec, PO-2 6 on 20 Jan. 1001 (3) and
    // 1002 (1) come with PO-1, 1003 (2) with PO-2, 1004 (9) waits beyond both.
    void shop()
    {
        importFile(u"items"_s, u"items.csv"_s,
                   "sku,name,price,on_hand,policy,backorder_limit,expected_date,attributes\n"
                   "MUG-RED,\"Mug, red\",12.50,0,backorder,,,Color=Red\n"
                   "SAUCER,Saucer,4.00,10,stop,,,\n");
        importFile(u"purchase-orders"_s, u"po.csv"_s,
                   "po_number,supplier,sku,qty,expected_date\n"
                   "PO-1,Acme Ceramics,MUG-RED,4,2026-12-15\n"
                   "PO-2,Acme Ceramics,MUG-RED,6,2027-01-20\n");
        importFile(u"orders"_s, u"orders.csv"_s,
                   "order_number,placed_at,customer_email,customer_name,sku,qty,unit_price,payment_state,card_last4,card_expiry\n"
                   "1001,2026-11-20T09:00:00,ann@example.com,Ann,MUG-RED,3,12.50,captured,,\n"
                   "1002,2026-11-21T09:00:00,bo@example.com,Bo,MUG-RED,1,12.50,captured,,\n"
                   "1003,2026-11-22T09:00:00,cy@example.com,Cy,MUG-RED,2,12.50,captured,,\n"
                   "1004,2026-11-23T09:00:00,di@example.com,Di,MUG-RED,9,12.50,captured,,\n");
    }
    // The stock updates in the outbox as "ORDER recipient state", by order.
    QStringList stockUpdates()
    {
        const Run outbox = cli({u"outbox"_s});
        QStringList out;
        for (const QString& line : outbox.out.split(u'\n')) {
            const QStringList cells = line.split(u',');
            if (cells.size() > 5 && cells[1] == u"stock_update"_s)
                out << cells[2] + u' ' + cells[3] + u' ' + cells[5];
        }
        out.sort();
        return out;
    }
    // The plain-text bodies of the stock updates, read from the shop itself.
    QString stockUpdateBodies()
    {
        auto peek = bd::store::Database::open(m_db);
        if (!peek.ok())
            return peek.errorText();
        QSqlQuery q(peek.value()->connection());
        if (!q.exec(u"SELECT body_text FROM outbox WHERE kind = 'stock_update' ORDER BY id"_s))
            return u"<no read>"_s;
        QStringList bodies;
        while (q.next())
            bodies << q.value(0).toString();
        return bodies.join(u"\n---\n"_s);
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        static int n = 0;
        QString error;
        m_db = bd::test::newShopLocation(m_dir, u"shop%1.sqlite"_s.arg(++n), &error);
        QVERIFY2(!m_db.isEmpty(), qPrintable(error));
        QCOMPARE(cli({u"init"_s}).status, 0);
    }

    void stageThenNotifyTellsThePoCustomers()
    {
        shop();
        const Run staged = cli({u"po"_s, u"stage"_s, u"PO-1"_s, u"shipped"_s, u"--date"_s, u"2026-11-26"_s, u"--note"_s,
                                u"left Shenzhen on the MSC Oscar"_s});
        QVERIFY2(staged.status == 0, qPrintable(staged.err));
        QCOMPARE(staged.out, u"PO-1: shipped; waiting orders told: 2\n"_s);
        QCOMPARE(stockUpdates(),
                 (QStringList{u"1001 ann@example.com pending"_s, u"1002 bo@example.com pending"_s}));
        const QString dir = path(u"eml"_s);
        QVERIFY(QDir().mkpath(dir));
        const Run notified = cli({u"notify"_s, u"--outbox-dir"_s, dir});
        QVERIFY2(notified.status == 0, qPrintable(notified.err));
        QCOMPARE(stockUpdates(), (QStringList{u"1001 ann@example.com sent"_s, u"1002 bo@example.com sent"_s}));
        QVERIFY(QDir(dir).entryList({u"*.eml"_s}, QDir::Files).size() >= 2);
        // Each with the note and the customer's date.
        const QString bodies = stockUpdateBodies();
        QCOMPARE(bodies.count(u"left Shenzhen on the MSC Oscar"_s), 2);
        QCOMPARE(bodies.count(u"15 December 2026"_s), 4); // the line and the shipping date
        const Run history = cli({u"history"_s, u"--order"_s, u"1001"_s});
        QVERIFY2(history.out.contains(u"stock update,1001,MUG-RED,shipped: PO-1"_s), qPrintable(history.out));
        const Run notTold = cli({u"history"_s, u"--order"_s, u"1003"_s});
        QVERIFY2(!notTold.out.contains(u"stock update"_s), qPrintable(notTold.out));
        // Recording the same stage again tells nobody twice.
        QCOMPARE(cli({u"po"_s, u"stage"_s, u"PO-1"_s, u"shipped"_s}).status, 0);
        QCOMPARE(stockUpdates().size(), 2);
        const Run timeline = cli({u"po"_s, u"timeline"_s, u"PO-1"_s});
        QCOMPARE(timeline.out, u"2026-11-26  shipped  left Shenzhen on the MSC Oscar\n2026-11-27  shipped\n"_s);
        QCOMPARE(cli({u"check"_s}).status, 0);
    }

    void expectedDateSlipsOnlyTheDelay()
    {
        shop();
        const Run staged = cli({u"po"_s, u"stage"_s, u"PO-1"_s, u"in-transit"_s, u"--expected"_s, u"2026-12-30"_s});
        QVERIFY2(staged.status == 0, qPrintable(staged.err));
        QCOMPARE(staged.out, u"PO-1: in-transit; waiting orders told: 0; told of the later date instead: 2\n"_s);
        QCOMPARE(stockUpdates(), QStringList());
        QCOMPARE(cli({u"outbox"_s}).out.count(u",delay,"_s), 2);
    }

    void relatedItemsAndHighlight()
    {
        shop();
        QCOMPARE(cli({u"item"_s, u"related"_s, u"MUG-RED"_s}).out, u"MUG-RED: no related items\n"_s);
        const Run added = cli({u"item"_s, u"related"_s, u"MUG-RED"_s, u"--add"_s, u"SAUCER"_s});
        QVERIFY2(added.status == 0, qPrintable(added.err));
        QCOMPARE(added.out, u"MUG-RED: SAUCER\n"_s);
        const Run unknown = cli({u"item"_s, u"related"_s, u"MUG-RED"_s, u"--add"_s, u"NOPE"_s});
        QCOMPARE(unknown.status, 1);
        QCOMPARE(unknown.err.trimmed(), u"add: unknown SKU 'NOPE'"_s);
        QCOMPARE(cli({u"item"_s, u"related"_s, u"MUG-RED"_s}).out, u"MUG-RED: SAUCER\n"_s);
        QCOMPARE(cli({u"item"_s, u"highlight"_s, u"MUG-RED"_s, u"hand-thrown in Jutland, glazed twice"_s}).out,
                 u"MUG-RED: hand-thrown in Jutland, glazed twice\n"_s);
        QCOMPARE(cli({u"item"_s, u"highlight"_s, u"MUG-RED"_s, u"--clear"_s}).out, u"MUG-RED: no highlight\n"_s);
        QCOMPARE(cli({u"item"_s, u"related"_s, u"MUG-RED"_s, u"--remove"_s, u"SAUCER"_s}).out,
                 u"MUG-RED: no related items\n"_s);
        QCOMPARE(cli({u"item"_s, u"sell"_s, u"MUG-RED"_s}).status, 2);
    }

    void stagesFileTellsThePoCustomers()
    {
        shop();
        write(u"status.csv"_s, "po_number,stage,date,note\n"
                               "PO-1,Shipped by supplier,2026-11-26,left Shenzhen on the MSC Oscar\n");
        const Run imported = cli({u"import"_s, u"po-stages"_s, path(u"status.csv"_s)});
        QVERIFY2(imported.status == 0, qPrintable(imported.err));
        QCOMPARE(imported.out, u"status.csv: purchase order stages file, 1 stage(s)\n%1: 1 rows read, 1 po-stages "
                               "imported\n%1: waiting orders told: 2\n"_s.arg(path(u"status.csv"_s)));
        QCOMPARE(stockUpdates(), (QStringList{u"1001 ann@example.com pending"_s, u"1002 bo@example.com pending"_s}));
        QCOMPARE(cli({u"po"_s, u"timeline"_s, u"PO-1"_s}).out, u"2026-11-26  shipped  left Shenzhen on the MSC Oscar\n"_s);
        // The queue report names each line's purchase order and where it is.
        const Run report = cli({u"report"_s, u"queue"_s, u"--sku"_s, u"MUG-RED"_s, u"--format"_s, u"csv"_s, u"-o"_s,
                                path(u"queue.csv"_s)});
        QVERIFY2(report.status == 0, qPrintable(report.err));
        QFile queue(path(u"queue.csv"_s));
        QVERIFY(queue.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(queue.readAll());
        QVERIFY2(csv.contains(u",captured,PO-1,shipped by supplier\n"_s), qPrintable(csv));
        QVERIFY2(csv.contains(u"1003,,Cy,cy@example.com,,2,2026-11-22T09:00:00Z,2027-01-20,captured,PO-2,\n"_s),
                 qPrintable(csv));
    }

    void badStagesFileChangesNothing()
    {
        shop();
        write(u"status.csv"_s, "po_number,stage,date\n"
                               "PO-1,shipped,2026-11-26\n"
                               "PO-2,sailing,2026-11-26\n");
        const Run r = cli({u"import"_s, u"po-stages"_s, path(u"status.csv"_s)});
        QCOMPARE(r.status, 1);
        QCOMPARE(r.err, u"%1:3: stage: unknown stage 'sailing'; it is one of ordered, in-production, shipped, "
                        "in-transit, at-customs, at-warehouse\n"_s.arg(path(u"status.csv"_s)));
        QCOMPARE(stockUpdates(), QStringList());
        QCOMPARE(cli({u"po"_s, u"timeline"_s, u"PO-1"_s}).out, QString());
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("says");
        QTest::addRow("unknown stage") << QStringList{u"stage"_s, u"PO-1"_s, u"sailing"_s} << 1
                                       << u"unknown stage 'sailing'"_s;
        QTest::addRow("unknown order") << QStringList{u"stage"_s, u"PO-9"_s, u"shipped"_s} << 1
                                       << u"no purchase order 'PO-9'"_s;
        QTest::addRow("bad date") << QStringList{u"stage"_s, u"PO-1"_s, u"shipped"_s, u"--date"_s, u"8/12/2026"_s} << 1
                                  << u"--date '8/12/2026' is not a date"_s;
        QTest::addRow("no stage") << QStringList{u"stage"_s, u"PO-1"_s} << 2 << u"usage"_s;
        QTest::addRow("unknown verb") << QStringList{u"ship"_s, u"PO-1"_s} << 2 << u"usage"_s;
    }

    void badInputChangesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(int, status);
        QFETCH(QString, says);
        shop();
        const Run before = cli({u"outbox"_s});
        const Run r = cli(QStringList{u"po"_s} + args);
        QCOMPARE(r.status, status);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QCOMPARE(cli({u"outbox"_s}).out, before.out);
        QCOMPARE(cli({u"po"_s, u"timeline"_s, u"PO-1"_s}).out, QString());
    }
};

QTEST_GUILESS_MAIN(TestSupplyCli)
#include "TestSupplyCli.moc"
