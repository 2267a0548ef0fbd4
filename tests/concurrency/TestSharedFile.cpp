// Several seats on one shop file: the window's long-lived connection, background tasks
// of the same process and command-line processes. Real file, real processes; the same
// seats on a server shop in the `pg` run, but for what only a file has.
#include "Command.h"
#include "CliRun.h"
#include "ServerShop.h"
#include "csv/Importer.h"
#include "services/Shop.h"
#include "store/Config.h"
#include "csv/CsvReader.h"
#include "store/Database.h"
#include "store/OrderStore.h"
#include "store/Transaction.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using bd::core::Clock;
using bd::services::Shop;
using bd::store::Database;

namespace {

class FixedClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC); }
};

using Run = bd::test::CliRun;

// backorderdesk-cli in this process (its own Database on the file, like a second seat
// of this process would have).
Run cliHere(const QStringList& args)
{
    return bd::test::runCliInProcess(args);
}

// backorderdesk-cli as a process of its own.
Run cliProcess(const QStringList& args)
{
    return bd::test::runCliProcess(args);
}

std::unique_ptr<Database> openShop(const QString& path, int busyTimeoutMs = 10000)
{
    bd::store::OpenOptions options;
    options.mustExist = true;
    options.verifyPages = false;
    options.busyTimeoutMs = busyTimeoutMs;
    auto opened = Database::open(path, options);
    if (!opened)
        qWarning("%s", qPrintable(opened.errorText()));
    return opened ? opened.takeValue() : nullptr;
}

QString integrity(const QString& path)
{
    Run r = cliProcess({u"--db"_s, path, u"check"_s});
    return r.status == 0 ? u"ok"_s : r.out + r.err;
}

} // namespace

class TestSharedFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FixedClock m_clock;

    // A fresh sample shop; its path.
    QString sampleShop(const QString& name)
    {
        const QString path = bd::test::shopLocation(m_dir.filePath(name));
        const Run made = cliProcess({u"--db"_s, path, u"demo"_s, u"--size"_s, u"small"_s});
        if (made.status != 0)
            qWarning("%s", qPrintable(made.err));
        return made.status == 0 ? path : QString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The first reproduction: a background task of the window opened the shop again
    // (reading its header with a QFile and closing it), which dropped the window's
    // SQLite locks; the next command-line process then deleted the -wal file under the
    // window's open connection and the shop was corrupted.
    void secondOpenKeepsTheWindowsLocks()
    {
        BD_SKIP_ON_SERVER("SQLite's locks on the file and its -wal/-shm companions");
        const QString path = sampleShop(u"locks.sqlite"_s);
        QVERIFY(!path.isEmpty());
        auto window = openShop(path);
        QVERIFY(window);
        Shop shop(*window, m_clock);
        QVERIFY(shop.config().set(bd::store::settings::ShopName, u"Window shop"_s).ok());
        QVERIFY(QFileInfo::exists(path + u"-wal"_s));

        for (int task = 0; task < 3; ++task) {
            auto background = openShop(path); // what TaskRunner and the dashboard do
            QVERIFY(background);
            QVERIFY(Database::isOpenInProcess(path));
        }
        QVERIFY(Database::isOpenInProcess(path));
        // Its companions are the shop's too, and no reader of this process opens them:
        // the CSV reader and the command line's template files are refused, naming the file.
        for (const QString& file : QStringList{path, path + u"-wal"_s, path + u"-shm"_s}) {
            QVERIFY2(Database::isOpenInProcess(file), qPrintable(file));
            const auto read = bd::csv::CsvStream::openFile(file);
            QVERIFY(!read.ok());
            QCOMPARE(read.errors().constFirst().file, file);
            QVERIFY2(read.errorText().contains(u"the open shop's own database file"_s), qPrintable(read.errorText()));
        }
        QVERIFY(!Database::isOpenInProcess(path + u"-other"_s));
        // A command-line run given the shop as its CSV file refuses it the same way.
        const Run itself = cliProcess({u"--db"_s, path, u"import"_s, u"items"_s, path});
        QVERIFY(itself.status != 0);
        QVERIFY2(itself.err.contains(u"the open shop's own database file"_s), qPrintable(itself.err));

        // Another process reads and closes: it must see that the window is still there.
        const Run read = cliProcess({u"--db"_s, path, u"outbox"_s, u"--state"_s, u"failed"_s});
        QCOMPARE(read.status, 0);
        QVERIFY2(QFileInfo::exists(path + u"-wal"_s), "the -wal file was removed under an open connection");
        QVERIFY(QFileInfo::exists(path + u"-shm"_s));

        // The window goes on reading and writing, and the file stays sound.
        QVERIFY(shop.config().set(bd::store::settings::ShopName, u"Still the window"_s).ok());
        const Run written = cliProcess({u"--db"_s, path, u"config"_s, u"set"_s, u"shop.name"_s, u"From cron"_s});
        QCOMPARE(written.status, 0);
        QCOMPARE(shop.config().text(bd::store::settings::ShopName), u"From cron"_s);
        QVERIFY(window->unfinishedWork().isEmpty());
        window.reset();
        QVERIFY(!Database::isOpenInProcess(path));
        QCOMPARE(integrity(path), u"ok"_s);
    }

    // A file that is not a shop is still refused when another file is open, and a
    // refused open leaves no hold behind.
    void refusalsLeaveNoHold()
    {
        BD_SKIP_ON_SERVER("a file that is not a shop");
        const QString path = m_dir.filePath(u"not-a-shop.sqlite"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello, this is text and no database at all\n");
        f.close();
        bd::store::OpenOptions options;
        options.mustExist = true;
        auto opened = Database::open(path, options);
        QVERIFY(!opened);
        QVERIFY2(opened.errorText().contains(u"not a Backorder Desk database"_s), qPrintable(opened.errorText()));
        QVERIFY(!Database::isOpenInProcess(path));
    }

    // The second reproduction: a read that stopped at its first row (the order detail)
    // left its statement active on the window's connection; after another seat
    // committed, the window saw old data and every save failed with "database is locked".
    void readsDoNotPinTheWindowsSnapshot()
    {
        const QString path = sampleShop(u"snapshot.sqlite"_s);
        QVERIFY(!path.isEmpty());
        auto window = openShop(path, 2000);
        QVERIFY(window);
        Shop shop(*window, m_clock);
        bd::store::OrderStore orders(*window);
        const bd::store::Found<bd::store::OrderRow> row = orders.orderRow(u"10001"_s);
        QVERIFY2(row, qPrintable(row.errorText()));
        QVERIFY(row.value());
        QVERIFY2(window->unfinishedWork().isEmpty(), qPrintable(window->unfinishedWork().join(u"; "_s)));

        const Run other = cliProcess({u"--db"_s, path, u"config"_s, u"set"_s, u"shop.name"_s, u"Changed elsewhere"_s});
        QCOMPARE(other.status, 0);
        QCOMPARE(shop.config().text(bd::store::settings::ShopName), u"Changed elsewhere"_s);
        const bd::core::Status saved = shop.config().set(bd::store::settings::ShopName, u"Saved in the window"_s);
        QVERIFY2(saved.ok(), qPrintable(saved.errorText()));
    }

    // The idle check finds what a read left open, so a test of the window catches it.
    void unfinishedWorkIsReported()
    {
        const QString path = sampleShop(u"unfinished.sqlite"_s);
        QVERIFY(!path.isEmpty());
        auto db = openShop(path);
        QVERIFY(db);
        QVERIFY(db->unfinishedWork().isEmpty());
        {
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(u"SELECT id FROM items ORDER BY id"_s));
            QVERIFY(q.next());
            const QStringList work = db->unfinishedWork();
            if (bd::test::onServer()) {
                // The server's driver has read the whole result already: nothing holds a
                // snapshot of the shop, and there is no unfinished work.
                QVERIFY2(work.isEmpty(), qPrintable(work.join(u"; "_s)));
            } else {
                QCOMPARE(work.size(), 1);
                QVERIFY2(work.first().contains(u"SELECT id FROM items"_s), qPrintable(work.first()));
            }
        }
        QVERIFY(db->unfinishedWork().isEmpty());
        {
            bd::store::Transaction tx(*db);
            QVERIFY(tx.isActive());
            QVERIFY(!db->unfinishedWork().isEmpty());
        }
        QVERIFY(db->unfinishedWork().isEmpty());
    }

    // A seat that finds the shop busy with an announced long action is refused within
    // about a second, told which action, and the command line exits 75.
    void busyWithAnnouncedImportIsNamed()
    {
        const QString path = sampleShop(u"busy.sqlite"_s);
        QVERIFY(!path.isEmpty());
        auto importer = openShop(path);
        QVERIFY(importer);
        {
            bd::store::ActivityScope announced(*importer, u"import of orders.csv"_s);
            bd::store::Transaction tx(*importer);
            QVERIFY(tx.isActive());
            // A file's seats read the announcement beside it; a server's, from the lock's holder.
            QCOMPARE(QFileInfo::exists(path + u".activity"_s), !bd::test::onServer());

            QElapsedTimer waited;
            waited.start();
            const Run receive = cliHere({u"--db"_s, path, u"receive"_s, u"--sku"_s, u"WOOL-GREE-L"_s, u"--qty"_s, u"1"_s});
            const qint64 ms = waited.elapsed();
            QCOMPARE(receive.status, int(bd::cli::Busy));
            QVERIFY2(receive.err.contains(u"The shop is busy with another action (import of orders.csv started "_s),
                     qPrintable(receive.err));
            QVERIFY2(receive.err.contains(u"on this computer"_s), qPrintable(receive.err));
            // Not the whole 10 s timeout: the announced import is not waited for.
            QVERIFY2(ms < 5000, qPrintable(QString::number(ms)));

            // The same from another process.
            const Run elsewhere
                = cliProcess({u"--db"_s, path, u"receive"_s, u"--sku"_s, u"WOOL-GREE-L"_s, u"--qty"_s, u"1"_s});
            QCOMPARE(elsewhere.status, int(bd::cli::Busy));
            QVERIFY2(elsewhere.err.contains(u"import of orders.csv"_s), qPrintable(elsewhere.err));
        }
        // Rolled back: the announcement went with the lock, and the next seat gets in.
        QVERIFY(!QFileInfo::exists(path + u".activity"_s));
        const Run receive = cliProcess({u"--db"_s, path, u"receive"_s, u"--sku"_s, u"WOOL-GREE-L"_s, u"--qty"_s, u"1"_s});
        QVERIFY2(receive.status == 0, qPrintable(receive.err));
    }

    // Without an announcement the seat waits its timeout, then says the shop is busy;
    // a quiet retry is tried first when asked for.
    void busyWithoutAnnouncementWaitsThenRefuses()
    {
        const QString path = sampleShop(u"busy-plain.sqlite"_s);
        QVERIFY(!path.isEmpty());
        auto holder = openShop(path);
        QVERIFY(holder);
        bd::store::Transaction tx(*holder);
        QVERIFY(tx.isActive());
        QVERIFY(!QFileInfo::exists(path + u".activity"_s));

        bd::store::OpenOptions options;
        options.mustExist = true;
        options.busyTimeoutMs = 300;
        options.busyRetries = 1;
        auto opened = Database::open(path, options);
        QVERIFY(opened);
        auto seat = opened.takeValue();
        QElapsedTimer waited;
        waited.start();
        const bd::core::Status begun = seat->begin();
        QVERIFY(!begun.ok());
        QVERIFY(begun.isBusy());
        QCOMPARE(begun.errorText(), u"The shop is busy with another action; try again in a moment."_s);
        QVERIFY2(waited.elapsed() >= 600, qPrintable(QString::number(waited.elapsed()))); // two waits of 300 ms
        QCOMPARE(seat->transactionDepth(), 0);
    }

    // An announcement left by a process that died is not believed.
    void staleAnnouncementIsIgnored()
    {
        BD_SKIP_ON_SERVER("the announcement file beside the shop file (on the server the announcement is the "
                          "connection holding the lock, and goes with it)");
        const QString path = m_dir.filePath(u"stale.sqlite"_s);
        QProcess gone;
        gone.start(u"true"_s, {});
        QVERIFY(gone.waitForFinished());
        const qint64 deadPid = gone.processId();
        QFile f(path + u".activity"_s);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("what=import of old.csv\nstarted=2026-11-27T09:00:00Z\nhost=%1\npid=%2\n")
                    .arg(QSysInfo::machineHostName())
                    .arg(deadPid > 0 ? deadPid : 999999)
                    .toUtf8());
        f.close();
        const auto activity = Database::announcedActivity(path);
        QVERIFY(activity);
        QCOMPARE(activity->what, u"import of old.csv"_s);
        QVERIFY(activity->isStale());
        QCOMPARE(Database::busyMessage(path), u"The shop is busy with another action; try again in a moment."_s);
    }

    // The third finding: an orders import held the write lock for its whole run, so a
    // receipt from another seat failed after the busy timeout. It now reads and checks
    // the file without the lock: another seat writes while the file is being read.
    void importReadsItsFileWithoutTheLock()
    {
        const QString path = sampleShop(u"import.sqlite"_s);
        QVERIFY(!path.isEmpty());
        const QString items = m_dir.filePath(u"items-nolimit.csv"_s);
        {
            QFile f(items);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("sku,name,price,on_hand,policy,backorder_limit,expected_date,attributes\n"
                    "LOCK-A,Lock test A,10.00,0,backorder,,,\nLOCK-B,Lock test B,12.00,5,backorder,,,\n");
        }
        QCOMPARE(cliProcess({u"--db"_s, path, u"import"_s, u"items"_s, items}).status, 0);
        const QString orders = m_dir.filePath(u"orders-many.csv"_s);
        {
            QFile f(orders);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("order_number,placed_at,customer_email,customer_name,sku,qty,unit_price,payment_state,card_last4,"
                    "card_expiry\n");
            for (int n = 0; n < 9000; ++n)
                f.write(QStringLiteral("L%1,2026-11-20T10:%2:00Z,lock%3@example.com,Lock %3,%4,1,10.00,none,,\n")
                            .arg(n)
                            .arg(n % 60, 2, 10, QLatin1Char('0'))
                            .arg(n % 50)
                            .arg(n % 2 ? u"LOCK-A"_s : u"LOCK-B"_s)
                            .toUtf8());
        }

        auto importing = openShop(path);
        QVERIFY(importing);
        auto otherSeat = openShop(path, 200);
        QVERIFY(otherSeat);
        Shop shop(*importing, m_clock);
        Shop other(*otherSeat, m_clock);
        int writesWhileReading = 0;
        QStringList refusals;
        bd::csv::Importer::Options options;
        // Called while the file is read (and once when it has been read), before any order
        // is placed.
        options.progress = [&](qint64 done, qint64) {
            const bd::core::Status s
                = other.config().set(bd::store::settings::ShopName, QStringLiteral("Written at %1").arg(done));
            if (s.ok())
                ++writesWhileReading;
            else
                refusals << s.errorText();
        };
        bd::csv::Importer importer(shop);
        const auto report = importer.import(bd::csv::Importer::Kind::Orders, orders, options);
        QVERIFY2(report.ok(), qPrintable(report.errorText()));
        QCOMPARE(report->records, 9000);
        QVERIFY2(refusals.isEmpty(), qPrintable(refusals.join(u"\n"_s)));
        QVERIFY(writesWhileReading >= 1);
        QVERIFY(importing->unfinishedWork().isEmpty());
        importing.reset();
        otherSeat.reset();
        QCOMPARE(integrity(path), u"ok"_s);
    }
};

QTEST_GUILESS_MAIN(TestSharedFile)
#include "TestSharedFile.moc"
