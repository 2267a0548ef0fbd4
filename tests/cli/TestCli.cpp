// The command line, run in-process: every command's output, exit status and error text.
#include "CliRun.h"
#include "Command.h"
#include "ServerShop.h"
#include "core/Clock.h"
#include "services/MailService.h"
#include "services/Shop.h"
#include "store/Database.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using bd::cli::runCli;

namespace {

using Run = bd::test::CliRun;

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    Run cli(const QStringList& args, const QString& db = {}, const QString& now = QStringLiteral("2026-11-27T10:00:00"))
    {
        QStringList all{QStringLiteral("--db"), db.isEmpty() ? m_db : db};
        if (!now.isEmpty())
            all << QStringLiteral("--now") << now;
        return bd::test::runCliInProcess(all + args);
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // A new shop's location: a file named `name`, or a fresh database on the server.
    QString newShop(const QString& name) const
    {
        QString error;
        const QString location = bd::test::newShopLocation(m_dir, name, &error);
        if (location.isEmpty())
            qFatal("%s", qPrintable(error));
        return location;
    }

    void write(const QString& name, const QByteArray& bytes)
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    // A tiny shop: one backorder item with 2 on hand, one stop item with 1.
    void tinyShop()
    {
        write(QStringLiteral("items.csv"),
              "sku,name,price,on_hand,policy,backorder_limit,expected_date,attributes\n"
              "MUG-RED,\"Mug, red\",12.50,2,backorder,,2026-12-20,Color=Red\n"
              "CAP-BLK,Cap,20.00,1,stop,,,Color=Black\n");
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("items"), path(QStringLiteral("items.csv"))}).status, 0);
        write(QStringLiteral("orders.csv"),
              "order_number,placed_at,customer_email,customer_name,sku,qty,unit_price,payment_state,card_last4,card_expiry\n"
              "1001,2026-11-20T09:00:00,ann@example.com,Ann,MUG-RED,3,12.50,captured,4242,2028-01\n"
              "1002,2026-11-21T09:00:00,bo@example.com,Bo,MUG-RED,2,12.50,authorized,1111,2026-12\n");
        const Run placed = cli({QStringLiteral("import"), QStringLiteral("orders"), path(QStringLiteral("orders.csv"))});
        QVERIFY2(placed.status == 0, qPrintable(placed.err));
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        static int n = 0;
        m_db = newShop(QStringLiteral("shop%1.sqlite").arg(++n));
        QCOMPARE(cli({QStringLiteral("init")}).status, 0);
    }

    // The program in English says "1 item" and "2 items", not "item(s)": its English
    // translation holds the plural forms of everything that counts (the program as it
    // runs, not this test's process, which installs no translation).
    void englishCountsAreSingularOrPlural()
    {
        const QTemporaryDir settings;
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(settings.path()));
        qputenv("LC_ALL", "C.UTF-8");
        write(QStringLiteral("one.csv"), "sku,name,price\nMUG,Mug,12.50\n");
        write(QStringLiteral("two.csv"), "sku,name,price\nMUG,Mug,12.50\nCAP,Cap,20.00\n");
        const QList<std::pair<QString, QString>> runs{{QStringLiteral("one.csv"), QStringLiteral("1 item\n")},
                                                      {QStringLiteral("two.csv"), QStringLiteral("2 items\n")}};
        for (const auto& [file, says] : runs) {
            const bd::test::CliRun run = bd::test::runCliProcess(
                {QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("items"), path(file),
                 QStringLiteral("--dry-run")});
            QVERIFY2(run.status == 0, qPrintable(run.err));
            QVERIFY2(run.out.startsWith(file + QStringLiteral(": items file, ") + says), qPrintable(run.out));
        }
        qunsetenv("XDG_CONFIG_HOME");
        qunsetenv("LC_ALL");
    }

    // Export to standard output keeps the bytes: Excel's byte order mark and ';'.
    void exportToStdoutKeepsBom()
    {
        tinyShop();
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QTextStream out(&buffer);
        QString errors;
        QTextStream err(&errors);
        const int status = runCli({QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("items"),
                                   QStringLiteral("--excel"), QStringLiteral("-o"), QStringLiteral("-")},
                                  out, err);
        out.flush();
        err.flush();
        QCOMPARE(status, 0);
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
        QVERIFY2(bytes.startsWith("\xEF\xBB\xBF"), bytes.left(20).toHex().constData());
        QVERIFY2(bytes.contains("MUG-RED;"), bytes.constData());
        QVERIFY2(bytes.contains("12,50"), bytes.constData());
    }

    void missingDatabaseIsNotCreated()
    {
        BD_SKIP_ON_SERVER("a missing file");
        const QString typo = path(QStringLiteral("shpo.sqlite"));
        Run run = cli({QStringLiteral("export"), QStringLiteral("items")}, typo);
        QCOMPARE(run.status, 1);
        QCOMPARE(run.err.trimmed(), QStringLiteral("%1 does not exist; create a shop there with: backorderdesk-cli --db %1 init").arg(typo));
        QVERIFY(!QFile::exists(typo));
    }

    void helpAndVersion()
    {
        Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.status, 0);
        QVERIFY(help.out.contains(QStringLiteral("Usage: backorderdesk-cli")));
        for (const char* verb : {"init", "config", "demo", "import", "export", "receive", "ship", "cancel", "return",
                                 "adjust", "eta", "priority", "payment", "risk", "coupon", "history", "check"})
            QVERIFY2(help.out.contains(QStringLiteral("  ") + QLatin1String(verb) + QLatin1Char(' ')), verb);
        Run version = cli({QStringLiteral("--version")});
        QCOMPARE(version.status, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("backorderdesk-cli ") + QStringLiteral(BD_VERSION));
        Run shipHelp = cli({QStringLiteral("ship"), QStringLiteral("--help")});
        QCOMPARE(shipHelp.status, 0);
        QVERIFY(shipHelp.out.contains(QStringLiteral("--partial")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::addRow("no command") << QStringList{} << 2 << QStringLiteral("Usage:");
        QTest::addRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2
                                         << QStringLiteral("unknown command 'frobnicate'");
        QTest::addRow("unknown option") << QStringList{QStringLiteral("--frob"), QStringLiteral("init")} << 2
                                        << QStringLiteral("unknown option --frob");
        QTest::addRow("ship without order") << QStringList{QStringLiteral("ship")} << 2 << QStringLiteral("usage:");
        QTest::addRow("bad eta date") << QStringList{QStringLiteral("eta"), QStringLiteral("X"), QStringLiteral("5/12/2026")}
                                      << 1 << QStringLiteral("not a date in the form YYYY-MM-DD");
        QTest::addRow("bad receive qty") << QStringList{QStringLiteral("receive"), QStringLiteral("--sku"), QStringLiteral("X"),
                                                        QStringLiteral("--qty"), QStringLiteral("-4")}
                                         << 1 << QStringLiteral("--qty must be a whole number above 0");
        QTest::addRow("bad import kind") << QStringList{QStringLiteral("import"), QStringLiteral("gadgets"), QStringLiteral("f.csv")}
                                         << 1 << QStringLiteral("KIND is one of items");
        QTest::addRow("priority needs reason") << QStringList{QStringLiteral("priority"), QStringLiteral("1")} << 2
                                               << QStringLiteral("either --reason R or --clear");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, status);
        QFETCH(QString, message);
        const Run run = cli(args);
        QCOMPARE(run.status, status);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void badNow()
    {
        Run bad;
        QTextStream out(&bad.out), err(&bad.err);
        bad.status = runCli({QStringLiteral("--db"), m_db, QStringLiteral("--now"), QStringLiteral("27/11/2026"),
                             QStringLiteral("init")},
                            out, err);
        err.flush();
        QCOMPARE(bad.status, 2);
        QVERIFY(bad.err.contains(QStringLiteral("'27/11/2026' is not an ISO 8601 date")));
    }

    void initTwiceAndRefuseJunk()
    {
        Run first = cli({QStringLiteral("init")});
        QCOMPARE(first.status, 0);
        QCOMPARE(first.out.trimmed(), QStringLiteral("%1: ready (schema version %2)").arg(m_db).arg(bd::store::Database::latestVersion()));
        QCOMPARE(cli({QStringLiteral("init")}).status, 0);

        BD_SKIP_ON_SERVER("a file that is not a shop");
        const QString junk = path(QStringLiteral("notes.txt"));
        write(QStringLiteral("notes.txt"), "shopping list: milk, eggs\n");
        const QByteArray before = fileHash(junk);
        Run refused = cli({QStringLiteral("init")}, junk);
        QCOMPARE(refused.status, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("is not a Backorder Desk database")), qPrintable(refused.err));
        QCOMPARE(fileHash(junk), before);
    }

    void config()
    {
        QCOMPARE(cli({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("mail.followup_days")}).out,
                 QStringLiteral("14\n"));
        QCOMPARE(cli({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("shop.name"), QStringLiteral("Ærø Yarns")}).status, 0);
        QCOMPARE(cli({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("shop.name")}).out,
                 QStringLiteral("Ærø Yarns\n"));
        Run unknown = cli({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("shop.colour")});
        QCOMPARE(unknown.status, 1);
        QVERIFY(unknown.err.startsWith(QStringLiteral("shop.colour: unknown setting")));
        Run bad = cli({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("payment.auth_hold_days"), QStringLiteral("-2")});
        QCOMPARE(bad.status, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("payment.auth_hold_days: '-2' is not a whole number from 1 to 60")),
                 qPrintable(bad.err));
        QCOMPARE(cli({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("payment.auth_hold_days")}).out,
                 QStringLiteral("7\n"));
        Run list = cli({QStringLiteral("config"), QStringLiteral("list")});
        QVERIFY(list.out.contains(QStringLiteral("shop.name = Ærø Yarns\n")));
    }

    void demoIsDeterministicAndOnlyOnEmpty()
    {
        const QString a = newShop(QStringLiteral("a.sqlite"));
        const QString b = newShop(QStringLiteral("b.sqlite"));
        Run first = cli({QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("small"), QStringLiteral("--seed"),
                         QStringLiteral("7")},
                        a);
        QCOMPARE(first.status, 0);
        QVERIFY(first.out.contains(QStringLiteral(" 40 items, 150 customers")));
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("7")}, b).status, 0);
        const Run ordersA = cli({QStringLiteral("export"), QStringLiteral("orders")}, a);
        const Run ordersB = cli({QStringLiteral("export"), QStringLiteral("orders")}, b);
        QVERIFY(ordersA.out.count(QLatin1Char('\n')) > 300);
        QCOMPARE(ordersA.out, ordersB.out);
        const Run waiting = cli({QStringLiteral("export"), QStringLiteral("waiting")}, a);
        QVERIFY(waiting.out.count(QLatin1Char('\n')) > 20); // a good share waits
        QCOMPARE(cli({QStringLiteral("check")}, a).status, 0);

        Run again = cli({QStringLiteral("demo")}, a);
        QCOMPARE(again.status, 1);
        QVERIFY(again.err.contains(QStringLiteral("already holds a shop")));
        Run size = cli({QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("huge")});
        QCOMPARE(size.status, 1);
        QVERIFY(size.err.contains(QStringLiteral("small or large")));
    }

    // A Danish accounting program's item list: Windows-1252, ';', decimal commas,
    // counts as "2,00", its own column names read through --map.
    void importMapsColumnsOfAnotherProgram()
    {
        QByteArray file = "\"varenr\";\"beskrivelse\";\"salgspris\";\"min_lager\"\r\n"
                          "\"002438\";\"M\xe5trik holder\";1.200,00;2,00\r\n"
                          "\"0028005\";\"Forhjulsleje\";79,20;0,00\r\n";
        write(QStringLiteral("varer.csv"), file);
        Run refused = cli({QStringLiteral("import"), QStringLiteral("items"), path(QStringLiteral("varer.csv"))});
        QCOMPARE(refused.status, 1);
        QVERIFY2(refused.err.contains(QStringLiteral(":1: sku: missing required column")), qPrintable(refused.err));
        Run unknown = cli({QStringLiteral("import"), QStringLiteral("items"), path(QStringLiteral("varer.csv")),
                           QStringLiteral("--map"), QStringLiteral("sku=varenummer")});
        QCOMPARE(unknown.status, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("--map sku=varenummer: the file has no column varenummer; it has "
                                                     "varenr, beskrivelse, salgspris, min_lager")),
                 qPrintable(unknown.err));
        Run mapped = cli({QStringLiteral("import"), QStringLiteral("items"), path(QStringLiteral("varer.csv")),
                          QStringLiteral("--map"), QStringLiteral("sku=varenr,name=beskrivelse,price=salgspris,on_hand=min_lager")});
        QCOMPARE(mapped.status, 0);
        QVERIFY2(mapped.out.startsWith(QStringLiteral("varer.csv: items file, 2 item(s)\n")), qPrintable(mapped.out));
        const QString items = cli({QStringLiteral("export"), QStringLiteral("items")}).out;
        QVERIFY2(items.contains(QStringLiteral("002438,Måtrik holder,1200.00,2,stop,")), qPrintable(items));
        QVERIFY2(items.contains(QStringLiteral("0028005,Forhjulsleje,79.20,0,stop,")), qPrintable(items));

        // A count with decimals that are not zero is no count.
        write(QStringLiteral("halves.csv"), "sku;name;price;on_hand\nHALF;Half;1,00;2,50\n");
        Run halves = cli({QStringLiteral("import"), QStringLiteral("items"), path(QStringLiteral("halves.csv"))});
        QCOMPARE(halves.status, 1);
        QVERIFY2(halves.err.contains(QStringLiteral(":2: on_hand: '2,50' is not a whole number")), qPrintable(halves.err));
    }

    // Past a hundred problems the rest are counted; --all-errors lists them all.
    void importCountsProblemsPastAHundred()
    {
        QByteArray file = "sku,name,price,on_hand,policy\n";
        for (int i = 0; i < 130; ++i)
            file += "S" + QByteArray::number(i) + ",Item,1.00,-1,stop\n";
        write(QStringLiteral("many.csv"), file);
        Run some = cli({QStringLiteral("import"), QStringLiteral("items"), path(QStringLiteral("many.csv"))});
        QCOMPARE(some.status, 1);
        QStringList lines = some.err.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 101);
        QCOMPARE(lines.last(), QStringLiteral("… and 30 more problem(s) (--all-errors lists every one)"));
        Run all = cli({QStringLiteral("import"), QStringLiteral("items"), path(QStringLiteral("many.csv")),
                       QStringLiteral("--all-errors")});
        QCOMPARE(all.status, 1);
        lines = all.err.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 130);
        QVERIFY(lines.last().endsWith(QStringLiteral(":131: on_hand: -1 is negative; it must be 0 or more")));
    }

    void importErrorsNameFileLineFieldAndChangeNothing()
    {
        tinyShop();
        const QByteArray before = cli({QStringLiteral("export"), QStringLiteral("items")}).out.toUtf8();
        write(QStringLiteral("bad.csv"),
              "sku,name,price,on_hand,policy,backorder_limit,expected_date,attributes\n"
              "NEW-1,Fine,1.00,3,backorder,,,\n"
              "NEW-2,Bad qty,1.00,-3,backorder,,,\n"
              "NEW-3,Bad date,1.00,3,backorder,,12/05/2026,\n"
              "NEW-4,Bad policy,1.00,3,sometimes,,,\n");
        const QString file = path(QStringLiteral("bad.csv"));
        Run run = cli({QStringLiteral("import"), QStringLiteral("items"), file});
        QCOMPARE(run.status, 1);
        const QStringList lines = run.err.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], file + QStringLiteral(":3: on_hand: -3 is negative; it must be 0 or more"));
        QCOMPARE(lines[1], file + QStringLiteral(":4: expected_date: '12/05/2026' is not a date in the form YYYY-MM-DD"));
        QCOMPARE(lines[2], file + QStringLiteral(":5: policy: 'sometimes' is not stop, backorder or preorder"));
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("items")}).out.toUtf8(), before);

        write(QStringLiteral("missing.csv"), "sku,name\nX,Y\n");
        Run missing = cli({QStringLiteral("import"), QStringLiteral("items"), path(QStringLiteral("missing.csv"))});
        QCOMPARE(missing.status, 1);
        QVERIFY(missing.err.contains(QStringLiteral(":1: price: missing required column")));
        // Stock and policy may be left out (a list from elsewhere has neither).
        QVERIFY(!missing.err.contains(QStringLiteral("policy")));

        write(QStringLiteral("good.csv"), "sku,name,price,on_hand,policy\nNEW-9,Nine,1.00,3,stop\n");
        Run dry = cli({QStringLiteral("import"), QStringLiteral("items"), path(QStringLiteral("good.csv")), QStringLiteral("--dry-run")});
        QCOMPARE(dry.status, 0);
        QVERIFY(dry.out.contains(QStringLiteral("nothing was changed")));
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("items")}).out.toUtf8(), before);
    }

    void stopRefusalFromImport()
    {
        tinyShop();
        write(QStringLiteral("o2.csv"),
              "order_number,placed_at,customer_email,sku,qty\n"
              "2001,2026-11-22T09:00:00,cy@example.com,CAP-BLK,2\n");
        const QString file = path(QStringLiteral("o2.csv"));
        Run run = cli({QStringLiteral("import"), QStringLiteral("orders"), file});
        QCOMPARE(run.status, 1);
        QCOMPARE(run.err.trimmed(),
                 file + QStringLiteral(":2: qty: CAP-BLK: 2 ordered but only 1 available, and the item is not sold on backorder"));
    }

    void receiveShipCancelFlow()
    {
        tinyShop();
        // 1001 got 2 of 3 (1 waits), 1002 waits for 2.
        Run waiting = cli({QStringLiteral("export"), QStringLiteral("waiting")});
        QCOMPARE(waiting.out,
                 QStringLiteral("sku,order_number,customer_email,placed_at,qty_waiting,position,promised_date\n"
                                "MUG-RED,1001,ann@example.com,2026-11-20T09:00:00Z,1,1,2026-12-20\n"
                                "MUG-RED,1002,bo@example.com,2026-11-21T09:00:00Z,2,2,2026-12-20\n"));
        Run preview = cli({QStringLiteral("receive"), QStringLiteral("--sku"), QStringLiteral("MUG-RED"), QStringLiteral("--qty"),
                           QStringLiteral("2"), QStringLiteral("--ref"), QStringLiteral("DEL-7"), QStringLiteral("--preview")});
        QCOMPARE(preview.status, 0);
        const QString expected = QStringLiteral("reference,sku,order_number,customer_email,qty,destination\n"
                                                "DEL-7,MUG-RED,1001,ann@example.com,1,ship\n"
                                                "DEL-7,MUG-RED,1002,bo@example.com,1,ship\n");
        QCOMPARE(preview.out, expected);
        QCOMPARE(preview.err, QStringLiteral("preview: this is what receiving would do; nothing was saved\n"));
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("waiting")}).out, waiting.out); // preview changed nothing
        Run received = cli({QStringLiteral("receive"), QStringLiteral("--sku"), QStringLiteral("MUG-RED"), QStringLiteral("--qty"),
                            QStringLiteral("2"), QStringLiteral("--ref"), QStringLiteral("DEL-7")});
        QCOMPARE(received.out, expected);

        Run ship = cli({QStringLiteral("ship"), QStringLiteral("1001"), QStringLiteral("--tracking"), QStringLiteral("TRK1")});
        QCOMPARE(ship.status, 0);
        QCOMPARE(ship.out, QStringLiteral("Order 1001: shipped complete\n  3 x MUG-RED shipped now, 0 before, 0 still to come\n"));
        Run partial = cli({QStringLiteral("ship"), QStringLiteral("1002")});
        QCOMPARE(partial.status, 1);
        QVERIFY2(partial.err.contains(QStringLiteral("order 1002 is not complete: 1 units are still to come")), qPrintable(partial.err));
        Run unpaid = cli({QStringLiteral("ship"), QStringLiteral("1002"), QStringLiteral("--partial")});
        QCOMPARE(unpaid.status, 1);
        QVERIFY(unpaid.err.contains(QStringLiteral("order 1002 is not paid (payment authorized)")));
        QCOMPARE(cli({QStringLiteral("payment"), QStringLiteral("1002"), QStringLiteral("captured")}).out,
                 QStringLiteral("Order 1002: payment captured\n"));
        Run shipped = cli({QStringLiteral("ship"), QStringLiteral("1002"), QStringLiteral("--partial")});
        QCOMPARE(shipped.status, 0);
        QVERIFY(shipped.out.startsWith(QStringLiteral("Order 1002: partial shipment (extra shipping cost waived)")));

        Run cancel = cli({QStringLiteral("cancel"), QStringLiteral("1002"), QStringLiteral("--reason"), QStringLiteral("found it elsewhere"),
                          QStringLiteral("--message"), QStringLiteral("Sorry for the long wait.")});
        QCOMPARE(cancel.out, QStringLiteral("Order 1002 cancelled\n"));
        // The customer reads the message; the reason stays in the shop.
        Run outbox = cli({QStringLiteral("outbox"), QStringLiteral("--order"), QStringLiteral("1002")});
        QCOMPARE(outbox.status, 0);
        QVERIFY2(outbox.out.contains(QStringLiteral(",cancelled,")), qPrintable(outbox.out));
        {
            {
                // A look of its own at the shop, on either engine.
                auto peek = bd::store::Database::open(m_db);
                QVERIFY2(peek.ok(), qPrintable(peek.errorText()));
                // Queued as an intent: read as it will be written.
                const bd::core::SystemClock clock;
                bd::services::Shop shop(*peek.value(), clock);
                const auto rows = bd::services::MailService(shop).messages(bd::store::OutboxFilter {});
                QVERIFY2(rows.ok(), qPrintable(rows.errorText()));
                QStringList mails;
                for (const bd::store::OutboxRow& m : rows.value()) {
                    if (m.kind == u"cancelled")
                        mails << m.subject + m.bodyText + m.bodyHtml;
                }
                QCOMPARE(mails.size(), 1);
                QVERIFY2(mails[0].contains(QStringLiteral("Sorry for the long wait.")), qPrintable(mails[0]));
                QVERIFY(!mails[0].contains(QStringLiteral("found it elsewhere")));
            }
        }
        Run again = cli({QStringLiteral("cancel"), QStringLiteral("1002")});
        QCOMPARE(again.status, 1);
        QVERIFY(again.err.contains(QStringLiteral("nothing left to cancel")));

        Run back = cli({QStringLiteral("return"), QStringLiteral("1001"), QStringLiteral("--sku"), QStringLiteral("MUG-RED"),
                        QStringLiteral("--qty"), QStringLiteral("1"), QStringLiteral("--reason"), QStringLiteral("broken handle")});
        QCOMPARE(back.out, QStringLiteral("Order 1001: 1 x MUG-RED back in stock\n"));
        Run tooMany = cli({QStringLiteral("return"), QStringLiteral("1001"), QStringLiteral("--sku"), QStringLiteral("MUG-RED"),
                           QStringLiteral("--qty"), QStringLiteral("5")});
        QCOMPARE(tooMany.status, 1);
        QVERIFY(tooMany.err.contains(QStringLiteral("only 2 of MUG-RED were shipped and not returned")));

        Run history = cli({QStringLiteral("history"), QStringLiteral("--order"), QStringLiteral("1002")});
        QCOMPARE(history.status, 0);
        QVERIFY(history.out.contains(QStringLiteral(",shipped partly,1002,,\"partial shipment, extra shipping cost waived\"")));
        QVERIFY(history.out.contains(QStringLiteral(",cancelled,1002,MUG-RED,1 x MUG-RED: found it elsewhere")));
        QCOMPARE(cli({QStringLiteral("check")}).status, 0);
    }

    void stockAndDates()
    {
        tinyShop();
        Run below = cli({QStringLiteral("adjust"), QStringLiteral("MUG-RED"), QStringLiteral("-1"), QStringLiteral("--reason"),
                         QStringLiteral("count")});
        QCOMPARE(below.status, 1);
        QVERIFY2(below.err.contains(QStringLiteral("would leave 1 on hand, but 2 are allocated")), qPrintable(below.err));
        Run noReason = cli({QStringLiteral("adjust"), QStringLiteral("CAP-BLK"), QStringLiteral("2")});
        QCOMPARE(noReason.status, 1);
        QVERIFY(noReason.err.contains(QStringLiteral("needs a reason")));
        QCOMPARE(cli({QStringLiteral("adjust"), QStringLiteral("CAP-BLK"), QStringLiteral("2"), QStringLiteral("--reason"),
                      QStringLiteral("found in back room")})
                     .out,
                 QStringLiteral("CAP-BLK: stock +2\n"));
        QCOMPARE(cli({QStringLiteral("eta"), QStringLiteral("MUG-RED"), QStringLiteral("2027-01-15")}).out,
                 QStringLiteral("MUG-RED: expected 2027-01-15\n"));
        Run waiting = cli({QStringLiteral("export"), QStringLiteral("waiting")});
        QVERIFY(waiting.out.contains(QStringLiteral("MUG-RED,1002,bo@example.com,2026-11-21T09:00:00Z,2,2,2027-01-15")));
        Run history = cli({QStringLiteral("history"), QStringLiteral("--order"), QStringLiteral("1002")});
        QVERIFY2(history.out.contains(QStringLiteral("date slipped,1002,MUG-RED,\"promised 2026-12-20, now 2027-01-15\"")),
                 qPrintable(history.out));
        Run unknown = cli({QStringLiteral("eta"), QStringLiteral("NOPE"), QStringLiteral("none")});
        QCOMPARE(unknown.status, 1);
        QCOMPARE(unknown.err.trimmed(), QStringLiteral("sku: unknown SKU 'NOPE'"));
    }

    void priorityPaymentRiskCoupon()
    {
        tinyShop();
        QCOMPARE(cli({QStringLiteral("priority"), QStringLiteral("1002"), QStringLiteral("--reason"), QStringLiteral("damaged parcel")}).status, 0);
        Run waiting = cli({QStringLiteral("export"), QStringLiteral("waiting")});
        QVERIFY(waiting.out.contains(QStringLiteral("MUG-RED,1002,bo@example.com,2026-11-21T09:00:00Z,2,1,")));
        Run card = cli({QStringLiteral("payment"), QStringLiteral("1001"), QStringLiteral("verified"), QStringLiteral("--card-last4"),
                        QStringLiteral("4242424242424242")});
        QCOMPARE(card.status, 1);
        QVERIFY(card.err.contains(QStringLiteral("never the card number")));
        // 1002: authorized 2026-11-21 + 7 days lapses before 2026-12-20; card 2026-12 ends 2026-12-31.
        Run risk = cli({QStringLiteral("risk")});
        QCOMPARE(risk.status, 0);
        QVERIFY2(risk.out.contains(QStringLiteral("lapses,1002,bo@example.com,authorized,2026-11-28,2026-12-20,"
                                                  "authorization lapses before the promised date")),
                 qPrintable(risk.out));
        QVERIFY(risk.out.contains(QStringLiteral("capture,1002,bo@example.com,authorized,,,allocated, payment not captured")) == false);
        // A new card on an authorized order keeps the time the hold started.
        QCOMPARE(cli({QStringLiteral("payment"), QStringLiteral("1002"), QStringLiteral("authorized"), QStringLiteral("--card-expiry"),
                      QStringLiteral("2029-03")})
                     .status,
                 0);
        QVERIFY(cli({QStringLiteral("risk")}).out.contains(QStringLiteral("lapses,1002,bo@example.com,authorized,2026-11-28,2026-12-20")));
        // With no date to promise, a hold that has lapsed already is still a risk.
        QCOMPARE(cli({QStringLiteral("eta"), QStringLiteral("MUG-RED"), QStringLiteral("none")}).status, 0);
        Run unknown = cli({QStringLiteral("risk")}, {}, QStringLiteral("2026-12-05T10:00:00"));
        QVERIFY2(unknown.out.contains(QStringLiteral("lapses,1002,bo@example.com,authorized,2026-11-28,,"
                                                     "authorization has lapsed; the date is not known yet")),
                 qPrintable(unknown.out));
        QVERIFY(!unknown.out.contains(QStringLiteral("card has expired"))); // 2026-12 runs to the 31st
        Run coupon = cli({QStringLiteral("coupon"), QStringLiteral("issue"), QStringLiteral("bo@example.com"), QStringLiteral("--percent"),
                          QStringLiteral("10"), QStringLiteral("--reason"), QStringLiteral("long wait")});
        QCOMPARE(coupon.status, 0);
        QVERIFY(QRegularExpression(QStringLiteral("^BD-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}\n$")).match(coupon.out).hasMatch());
        Run coupons = cli({QStringLiteral("export"), QStringLiteral("coupons")});
        QVERIFY(coupons.out.contains(coupon.out.trimmed() + QStringLiteral(",bo@example.com,10,,EUR,long wait,")));
        Run nobody = cli({QStringLiteral("coupon"), QStringLiteral("issue"), QStringLiteral("zed@example.com"), QStringLiteral("--amount"),
                          QStringLiteral("5.00"), QStringLiteral("--reason"), QStringLiteral("x")});
        QCOMPARE(nobody.status, 1);
        QVERIFY(nobody.err.contains(QStringLiteral("unknown customer 'zed@example.com'")));
    }

    void exportToFileIsFormulaSafe()
    {
        write(QStringLiteral("items.csv"), "sku,name,price,on_hand,policy\nEVIL-1,=HYPERLINK(\"x\"),1.00,1,stop\n");
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("items"), path(QStringLiteral("items.csv"))}).status, 0);
        const QString out = path(QStringLiteral("out.csv"));
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("items"), QStringLiteral("-o"), out}).status, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(bytes.contains("EVIL-1,\"'=HYPERLINK(\"\"x\"\")\""), bytes.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
