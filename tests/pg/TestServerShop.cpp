// A shop on a PostgreSQL server worked by several seats at once: backorderdesk-cli run as
// real processes against the server the test run started (see tests/support/TestServer.h).

#include "CliRun.h"
#include "TestServer.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

using bd::test::CliRun;
using bd::test::runCliProcess;
using bd::test::ServerLook;
using bd::test::TestServer;

namespace {

const QString now = QStringLiteral("2026-11-27T10:00:00");

} // namespace

class TestServerShop : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    CliRun cli(const QStringList& args, const QString& at = now) const
    {
        return runCliProcess(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--now"), at} + args);
    }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    void write(const QString& name, const QByteArray& bytes)
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    // Every seat's run must end in a way a merchant can read: no result of the server
    // lost under a query, no raw driver warning.
    static void verifyClean(const CliRun& run)
    {
        QVERIFY2(!run.err.contains(QLatin1String("QPSQL")), qPrintable(run.err.left(2000)));
    }
    void verifyCheck()
    {
        const CliRun check = cli({QStringLiteral("check")});
        QVERIFY2(check.status == 0, qPrintable(check.out + check.err));
        QVERIFY2(check.out.startsWith(QLatin1String("OK:")), qPrintable(check.out));
        verifyClean(check);
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_db = TestServer::newDatabase(&error);
        QVERIFY2(!m_db.isEmpty(), qPrintable(error));
        const CliRun made = cli({QStringLiteral("init")});
        QVERIFY2(made.status == 0, qPrintable(made.err));
        QVERIFY2(made.out.contains(QLatin1String("schema version")), qPrintable(made.out));
    }

    // A merchant's day on a server shop, command by command.
    void wholeDayOnTheServer()
    {
        write(QStringLiteral("items.csv"),
              "sku,name,price,on_hand,policy,backorder_limit,expected_date,attributes\n"
              "MUG-RED,\"Mug, red\",12.50,2,backorder,,2026-12-20,Color=Red\n"
              "CAP-BLK,Cap,20.00,1,stop,,,Color=Black\n");
        CliRun run = cli({QStringLiteral("import"), QStringLiteral("items"), path(QStringLiteral("items.csv"))});
        QVERIFY2(run.status == 0, qPrintable(run.err));
        write(QStringLiteral("orders.csv"),
              "order_number,placed_at,customer_email,customer_name,sku,qty,unit_price,payment_state,card_last4,card_expiry\n"
              "1001,2026-11-20T09:00:00,ann@example.com,Ann,MUG-RED,3,12.50,captured,4242,2028-01\n"
              "1002,2026-11-21T09:00:00,bo@example.com,Bo,MUG-RED,2,12.50,captured,1111,2028-12\n"
              "1003,2026-11-21T10:00:00,cy@example.com,Cy,CAP-BLK,1,20.00,captured,,\n");
        run = cli({QStringLiteral("import"), QStringLiteral("orders"), path(QStringLiteral("orders.csv"))});
        QVERIFY2(run.status == 0, qPrintable(run.err));
        verifyClean(run);
        // 1001 holds the 2 on hand and waits for 1; 1002 waits for 2.
        run = cli({QStringLiteral("receive"), QStringLiteral("--sku"), QStringLiteral("MUG-RED"), QStringLiteral("--qty"),
                   QStringLiteral("2"), QStringLiteral("--ref"), QStringLiteral("DEL-1")});
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("1001")), qPrintable(run.out));
        verifyClean(run);
        run = cli({QStringLiteral("ship"), QStringLiteral("1001"), QStringLiteral("--tracking"), QStringLiteral("T-1")});
        QVERIFY2(run.status == 0, qPrintable(run.err));
        run = cli({QStringLiteral("cancel"), QStringLiteral("1002"), QStringLiteral("--reason"), QStringLiteral("asked")});
        QVERIFY2(run.status == 0, qPrintable(run.err));
        // The released unit stays on the shelf: nobody else waits.
        run = cli({QStringLiteral("notify"), QStringLiteral("--outbox-dir"), path(QStringLiteral("mail"))});
        QVERIFY2(run.status == 0, qPrintable(run.err));
        verifyClean(run);
        const QStringList mails = QDir(path(QStringLiteral("mail"))).entryList({QStringLiteral("*.eml")}, QDir::Files);
        // 1001's shipment and 1002's cancellation at least.
        QVERIFY2(mails.size() >= 2, qPrintable(mails.join(QLatin1Char(' '))));
        // Nothing is sent twice.
        run = cli({QStringLiteral("notify"), QStringLiteral("--outbox-dir"), path(QStringLiteral("mail"))});
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QCOMPARE(QDir(path(QStringLiteral("mail"))).entryList({QStringLiteral("*.eml")}, QDir::Files).size(),
                 mails.size());
        for (const QString& report : {QStringLiteral("backorders"), QStringLiteral("queue"), QStringLiteral("aging")}) {
            const QString out = path(report + QStringLiteral(".csv"));
            QStringList args{QStringLiteral("report"), report, QStringLiteral("-o"), out};
            if (report == QLatin1String("queue"))
                args << QStringLiteral("--sku") << QStringLiteral("MUG-RED");
            run = cli(args);
            QVERIFY2(run.status == 0, qPrintable(report + QStringLiteral(": ") + run.err));
            QVERIFY(QFileInfo(out).size() > 0);
            verifyClean(run);
        }
        ServerLook look(m_db);
        QVERIFY(look.isOpen());
        QCOMPARE(look.number(QStringLiteral("SELECT on_hand FROM items WHERE sku = 'MUG-RED'")), 1);
        QCOMPARE(look.number(QStringLiteral("SELECT qty_shipped FROM order_lines WHERE order_number = '1001'")), 3);
        verifyCheck();
    }

    // The sample shop, and its searches: the same answers as on a file.
    void demoAndSearch()
    {
        CliRun run = cli({QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("small")});
        QVERIFY2(run.status == 0, qPrintable(run.err));
        verifyClean(run);
        verifyCheck();
        QTemporaryDir fileDir;
        const QString file = fileDir.filePath(QStringLiteral("shop.sqlite"));
        const CliRun onFile = runCliProcess({QStringLiteral("--db"), file, QStringLiteral("--now"), now,
                                             QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("small")});
        QVERIFY2(onFile.status == 0, qPrintable(onFile.err));
        for (const QString& what : {QStringLiteral("items"), QStringLiteral("customers"), QStringLiteral("waiting")}) {
            const CliRun a = cli({QStringLiteral("export"), what, QStringLiteral("-o"), QStringLiteral("-")});
            const CliRun b = runCliProcess({QStringLiteral("--db"), file, QStringLiteral("--now"), now,
                                            QStringLiteral("export"), what, QStringLiteral("-o"), QStringLiteral("-")});
            QVERIFY2(a.status == 0, qPrintable(a.err));
            QVERIFY2(b.status == 0, qPrintable(b.err));
            QCOMPARE(a.out, b.out);
        }
    }

    // A seat that holds the shop for a long action is named in the refusal another seat
    // gets, with the busy exit status; once it is done, the same action goes through.
    void busySeatIsNamed()
    {
        write(QStringLiteral("items.csv"), "sku,name,price,on_hand,policy\nHELD,Held,1.00,0,backorder\n");
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("items"), path(QStringLiteral("items.csv"))}).status, 0);
        ServerLook holder(m_db);
        QVERIFY(holder.isOpen());
        QSqlQuery q(holder.db());
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        QVERIFY(q.exec(QStringLiteral("SELECT set_config('application_name', 'backorderdesk|desk|import of big.csv', true)")));
        QVERIFY(q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1, 1)").arg(0x42445348)));
        QElapsedTimer waited;
        waited.start();
        const CliRun refused = cli({QStringLiteral("receive"), QStringLiteral("--sku"), QStringLiteral("HELD"),
                                    QStringLiteral("--qty"), QStringLiteral("1")});
        QCOMPARE(refused.status, 75);
        QVERIFY2(refused.err.contains(QLatin1String("import of big.csv")), qPrintable(refused.err));
        QVERIFY2(waited.elapsed() < 8000, qPrintable(QString::number(waited.elapsed())));
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
        const CliRun after = cli({QStringLiteral("receive"), QStringLiteral("--sku"), QStringLiteral("HELD"),
                                  QStringLiteral("--qty"), QStringLiteral("1")});
        QVERIFY2(after.status == 0, qPrintable(after.err));
        ServerLook look(m_db);
        QCOMPARE(look.number(QStringLiteral("SELECT on_hand FROM items WHERE sku = 'HELD'")), 1);
    }

    // A server shop is backed up with pg_dump's consistent snapshot; restoring one is the
    // server's business, and says how.
    void backupAndRestore()
    {
        CliRun run = cli({QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("small")});
        QVERIFY2(run.status == 0, qPrintable(run.err));
        const QString file = path(QStringLiteral("shop.dump"));
        run = cli({QStringLiteral("backup"), file});
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QFile dump(file);
        QVERIFY(dump.open(QIODevice::ReadOnly));
        QCOMPARE(dump.read(5), QByteArray("PGDMP"));
        QVERIFY(dump.size() > 10000);
        QVERIFY(!QFile::exists(file + QStringLiteral(".partial")));
        run = cli({QStringLiteral("backup"), file});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(QLatin1String("exists already")), qPrintable(run.err));
        run = cli({QStringLiteral("restore"), file, QStringLiteral("--yes")});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(QLatin1String("pg_restore")), qPrintable(run.err));
        verifyCheck();
    }

    // What cannot be a shop is refused with a message that says why, and left as it was.
    void refusals()
    {
        QString error;
        // Another program's database.
        const QString other = TestServer::newDatabase(&error);
        QVERIFY2(!other.isEmpty(), qPrintable(error));
        {
            ServerLook look(other);
            QVERIFY(QSqlQuery(look.db()).exec(QStringLiteral("CREATE TABLE invoices (id int)")));
        }
        CliRun run = runCliProcess({QStringLiteral("--db"), other, QStringLiteral("init")});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(QLatin1String("another program")), qPrintable(run.err));
        // A newer schema.
        {
            ServerLook look(m_db);
            QVERIFY(QSqlQuery(look.db()).exec(
                QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (999, 'x')")));
        }
        run = cli({QStringLiteral("check")});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(QLatin1String("newer Backorder Desk")), qPrintable(run.err));
        // A database that sorts text by a language's rules.
        const QString icu = TestServer::newDatabase(&error, QStringLiteral("LOCALE_PROVIDER icu ICU_LOCALE 'en-US'"));
        QVERIFY2(!icu.isEmpty(), qPrintable(error));
        run = runCliProcess({QStringLiteral("--db"), icu, QStringLiteral("init")});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(QLatin1String("C collation")), qPrintable(run.err));
        // An empty database is no shop yet, for anything but init.
        const QString empty = TestServer::newDatabase(&error);
        run = runCliProcess({QStringLiteral("--db"), empty, QStringLiteral("check")});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(QLatin1String("holds no shop yet")), qPrintable(run.err));
        // A server that is not there.
        QUrl down(m_db);
        down.setPort(1);
        run = runCliProcess({QStringLiteral("--db"), down.toString(), QStringLiteral("check")});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.startsWith(QLatin1String("Cannot connect to postgresql://postgres@127.0.0.1:1/")),
                 qPrintable(run.err));
        // A setting the server may take, with a value it may not.
        QUrl badSetting(down);
        badSetting.setQuery(QStringLiteral("sslmode=require;x"));
        run = runCliProcess({QStringLiteral("--db"), badSetting.toString(), QStringLiteral("check")});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(QLatin1String("the setting sslmode needs a value without spaces or ';'")),
                 qPrintable(run.err));
        // A password in the address is never repeated back.
        QUrl secret(down);
        secret.setPassword(QStringLiteral("hunter2"));
        run = runCliProcess({QStringLiteral("--db"), secret.toString(), QStringLiteral("check")});
        QCOMPARE(run.status, 1);
        QVERIFY2(!run.err.contains(QLatin1String("hunter2")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestServerShop)
#include "TestServerShop.moc"
