// Online backup while another connection writes, restore round trip, and refusals that
// change nothing; the CLI verbs on top. On the server (the `pg` run) a backup is
// pg_dump's, and a restore is refused with the server's own tool named.

#include "ServerShop.h"

#include "Command.h"
#include "store/Backup.h"
#include "store/Config.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace bd;
using namespace bd::store::test;
using store::Backup;
using store::Database;
using bd::test::onServer;

namespace {

const QDateTime Now(QDate(2026, 11, 27), QTime(10, 15, 30), Qt::UTC);

std::unique_ptr<Database> openDb(const QString& path)
{
    auto db = Database::open(path);
    if (!db.ok()) {
        qWarning("%s", qPrintable(db.errorText()));
        return nullptr;
    }
    return db.takeValue();
}

bool exec(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(store::queryError(q)));
        return false;
    }
    return true;
}

// The shop's name, read back with a plain connection.
QString shopName(const QString& path)
{
    bd::test::ShopLook raw(path);
    return scalar(raw.db(), QStringLiteral("SELECT value FROM settings WHERE key = 'shop.name'")).toString();
}

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;

    QString fresh(const QString& name)
    {
        return m_dir.filePath(QStringLiteral("%1-%2").arg(++m_serial).arg(name));
    }

    // A shop named `name`, closed again.
    QString makeShop(const QString& name)
    {
        const QString path = bd::test::shopLocation(fresh(QStringLiteral("shop.sqlite")));
        auto db = openDb(path);
        if (!db)
            return {};
        store::Config config(*db);
        const core::Status set = config.set(store::settings::ShopName, name);
        if (!set.ok())
            qWarning("%s", qPrintable(set.errorText()));
        return path;
    }

    int runCli(const QStringList& args, QString* out, QString* err)
    {
        QTextStream o(out);
        QTextStream e(err);
        const int status = cli::runCli(args, o, e);
        o.flush();
        e.flush();
        return status;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void backupWhileAnotherConnectionWrites()
    {
        BD_SKIP_ON_SERVER("SQLite's online backup of the file in steps (the server's: pg_dump, commandLine)");
        const QString path = makeShop(QStringLiteral("Busy shop"));
        auto db = openDb(path);
        QVERIFY(db);
        // Enough pages that the copy takes many steps, and a ledger whose rows always
        // come in pairs that cancel out: a torn copy would show it.
        QVERIFY(
            exec(*db,
                 QStringLiteral("CREATE TABLE test_ledger (id INTEGER PRIMARY KEY, amount INTEGER NOT NULL, "
                                "padding BLOB)")));
        QVERIFY(exec(
            *db,
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                           "INSERT INTO test_ledger (amount, padding) SELECT 0, randomblob(2000) FROM n")));

        std::atomic_bool stop { false };
        std::atomic_int commits { 0 };
        std::atomic_int commitsDuringBackup { 0 };
        std::atomic_bool backingUp { false };
        QString writerError;
        std::atomic_bool writerFailed { false };
        std::thread writer([&] {
            // Its own connection, as another program or the window's worker would have.
            auto other = openDb(path);
            if (!other) {
                writerError = QStringLiteral("the writer could not open the shop");
                writerFailed = true;
                return;
            }
            for (int n = 1; !stop.load(); ++n) {
                store::Transaction tx(*other);
                QSqlQuery q(other->connection());
                q.prepare(
                    QStringLiteral("INSERT INTO test_ledger (amount, padding) VALUES (:a, randomblob(500))"));
                q.bindValue(QStringLiteral(":a"), n);
                const bool first = q.exec();
                q.bindValue(QStringLiteral(":a"), -n);
                const bool second = q.exec();
                const core::Status committed
                    = first && second ? tx.commit() : core::fail(store::queryError(q));
                if (!committed.ok()) {
                    writerError = committed.errorText();
                    writerFailed = true;
                    return;
                }
                ++commits;
                if (backingUp.load())
                    ++commitsDuringBackup;
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
        });
        while (commits.load() < 5 && !writerFailed.load())
            QThread::msleep(5);

        const QString copy = fresh(QStringLiteral("copy.sqlite"));
        int steps = 0;
        backingUp = true;
        const core::Status backedUp = Backup::backup(*db, copy, [&](int done, int total) {
            // Between steps the writer must get through: wait (a while at most) until it
            // committed during this backup.
            if (++steps == 1) {
                for (int n = 0; n < 1000 && commitsDuringBackup.load() == 0 && !writerFailed.load(); ++n)
                    QThread::msleep(5);
            }
            return done <= total;
        });
        backingUp = false;
        stop = true;
        writer.join();
        QVERIFY2(writerError.isEmpty(), qPrintable(writerError));
        QVERIFY2(backedUp.ok(), qPrintable(backedUp.errorText()));
        QVERIFY2(steps > 1, "the copy was not taken in steps");
        QVERIFY2(commitsDuringBackup.load() > 0, "the writer was blocked for the whole backup");

        // The copy opens as a shop, is sound, and holds whole transactions only.
        QVERIFY(!QFile::exists(copy + QStringLiteral(".partial")));
        auto restoredDb
            = Database::open(copy, store::OpenOptions { QStringLiteral(":/migrations"), true, true });
        QVERIFY2(restoredDb.ok(), qPrintable(restoredDb.errorText()));
        QCOMPARE(
            scalar(restoredDb.value()->connection(), QStringLiteral("PRAGMA integrity_check")).toString(),
            QStringLiteral("ok"));
        QCOMPARE(
            scalar(restoredDb.value()->connection(), QStringLiteral("SELECT SUM(amount) FROM test_ledger"))
                .toInt(),
            0);
        QCOMPARE(
            scalar(restoredDb.value()->connection(), QStringLiteral("SELECT COUNT(*) % 2 FROM test_ledger"))
                .toInt(),
            0);
        QVERIFY(scalar(restoredDb.value()->connection(), QStringLiteral("SELECT COUNT(*) FROM test_ledger"))
                    .toInt()
                > 3000);
        QCOMPARE(scalar(restoredDb.value()->connection(),
                        QStringLiteral("SELECT value FROM settings WHERE key = 'shop.name'"))
                     .toString(),
                 QStringLiteral("Busy shop"));
    }

    void backupRefusesAnExistingFileAndCanBeCancelled()
    {
        const QString path = makeShop(QStringLiteral("Shop"));
        auto db = openDb(path);
        QVERIFY(db);
        const QString existing = fresh(QStringLiteral("existing.sqlite"));
        QFile f(existing);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
        f.close();
        const core::Status refused = Backup::backup(*db, existing);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorText().contains(QStringLiteral("exists already")),
                 qPrintable(refused.errorText()));
        QCOMPARE(bytesOf(existing), QByteArray("keep me"));

        const QString cancelled = fresh(QStringLiteral("cancelled.sqlite"));
        const core::Status stopped = Backup::backup(*db, cancelled, [](int, int) { return false; });
        QVERIFY(!stopped.ok());
        QVERIFY(!QFile::exists(cancelled));
        QVERIFY(!QFile::exists(cancelled + QStringLiteral(".partial")));
    }

    void restoreRoundTrip()
    {
        BD_SKIP_ON_SERVER("a restore replaces the shop file (a server's shop is restored with pg_restore: commandLine)");
        const QString live = makeShop(QStringLiteral("Before"));
        const QString backup = fresh(QStringLiteral("backup.sqlite"));
        QVERIFY(Backup::backupFile(live, backup).ok());
        {
            auto db = openDb(live);
            QVERIFY(db);
            QVERIFY(store::Config(*db).set(store::settings::ShopName, QStringLiteral("After")).ok());
        }
        QCOMPARE(shopName(live), QStringLiteral("After"));
        const QByteArray backupBytes = bytesOf(backup);

        // The window keeps its connection open meanwhile; it sees the restored shop.
        auto open = openDb(live);
        QVERIFY(open);
        const auto restored = Backup::restore(backup, live, Now);
        QVERIFY2(restored.ok(), qPrintable(restored.errorText()));
        QCOMPARE(restored->keptAside, live + QStringLiteral(".before-restore-20261127-101530"));
        QCOMPARE(restored->version, Database::latestVersion());
        QCOMPARE(shopName(live), QStringLiteral("Before"));
        QCOMPARE(
            scalar(open->connection(), QStringLiteral("SELECT value FROM settings WHERE key = 'shop.name'"))
                .toString(),
            QStringLiteral("Before"));
        QCOMPARE(shopName(restored->keptAside), QStringLiteral("After"));
        // The backup itself is read, never written, and no working files are left.
        QCOMPARE(bytesOf(backup), backupBytes);
        const QStringList leftovers
            = QDir(QFileInfo(live).absolutePath())
                  .entryList({ QStringLiteral(".restore-*") }, QDir::AllEntries | QDir::Hidden);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));

        // A second restore in the same second keeps both older files.
        const auto again = Backup::restore(backup, live, Now);
        QVERIFY2(again.ok(), qPrintable(again.errorText()));
        QCOMPARE(again->keptAside, live + QStringLiteral(".before-restore-20261127-101530-2"));
    }

    void restoreRefuses_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::addRow("newer") << QStringLiteral("newer") << QStringLiteral("newer Backorder Desk");
        QTest::addRow("damaged") << QStringLiteral("damaged") << QStringLiteral("damaged");
        QTest::addRow("not a database")
            << QStringLiteral("text") << QStringLiteral("not a Backorder Desk database");
        QTest::addRow("another program's") << QStringLiteral("foreign") << QStringLiteral("another program");
        QTest::addRow("missing") << QStringLiteral("missing") << QStringLiteral("does not exist");
    }

    void restoreRefuses()
    {
        BD_SKIP_ON_SERVER("backup files that cannot replace the shop file (a server's shop refuses every restore: "
                          "commandLine)");
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        const QString live = makeShop(QStringLiteral("Live"));
        QString source = fresh(QStringLiteral("candidate.sqlite"));
        if (kind == QLatin1String("newer") || kind == QLatin1String("damaged")) {
            QVERIFY(Backup::backupFile(makeShop(QStringLiteral("Candidate")), source).ok());
            if (kind == QLatin1String("newer")) {
                RawDb raw(source, RawDb::Mode::ReadWrite);
                QSqlQuery q(raw.db());
                QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) "
                                              "VALUES (9999, '2030-01-01T00:00:00Z')")));
            } else {
                // Garbage over the pages after the first: the header still says SQLite.
                QFile f(source);
                QVERIFY(f.open(QIODevice::ReadWrite));
                const qint64 size = f.size();
                QVERIFY(size > 8192);
                f.seek(4096);
                f.write(QByteArray(int(size - 4096), '\x5a'));
            }
        } else if (kind == QLatin1String("text")) {
            QFile f(source);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("sku,name\nMUG,Mug\n");
        } else if (kind == QLatin1String("foreign")) {
            RawDb raw(source, RawDb::Mode::ReadWrite);
            QSqlQuery q(raw.db());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
        } else {
            source = fresh(QStringLiteral("nowhere.sqlite"));
        }
        const QByteArray sourceBytes = bytesOf(source);
        const QByteArray liveBytes = bytesOf(live);
        const auto restored = Backup::restore(source, live, Now);
        QVERIFY(!restored.ok());
        QVERIFY2(restored.errorText().contains(reason), qPrintable(restored.errorText()));
        // The message names the file the user chose, not a working copy.
        QVERIFY2(!restored.errorText().contains(QStringLiteral("checking.sqlite")),
                 qPrintable(restored.errorText()));
        QCOMPARE(bytesOf(live), liveBytes);
        QCOMPARE(bytesOf(source), sourceBytes);
        QCOMPARE(shopName(live), QStringLiteral("Live"));
        const QStringList aside
            = QDir(QFileInfo(live).absolutePath())
                  .entryList({ QFileInfo(live).fileName() + QStringLiteral(".before-restore-*"),
                               QStringLiteral(".restore-*") },
                             QDir::AllEntries | QDir::Hidden);
        QVERIFY2(aside.isEmpty(), qPrintable(aside.join(QLatin1Char(' '))));
    }

    void commandLine()
    {
        const QString live = makeShop(QStringLiteral("Cli shop"));
        const QString copy = fresh(QStringLiteral("cli-backup.sqlite"));
        const QStringList global { QStringLiteral("--db"), live, QStringLiteral("--now"),
                                   QStringLiteral("2026-11-27T10:15:30Z") };
        QString out, err;
        QCOMPARE(runCli(global + QStringList { QStringLiteral("backup"), copy }, &out, &err), 0);
        QVERIFY2(out.contains(copy), qPrintable(out));
        if (onServer()) {
            // pg_dump's custom format, for pg_restore; restoring it over the shop from
            // here is refused with the command that does it.
            QCOMPARE(bytesOf(copy).left(5), QByteArray("PGDMP"));
            out.clear();
            err.clear();
            QCOMPARE(runCli(global + QStringList { QStringLiteral("restore"), copy, QStringLiteral("--yes") }, &out,
                            &err),
                     1);
            QVERIFY2(err.contains(QStringLiteral("pg_restore")), qPrintable(err));
            QCOMPARE(shopName(live), QStringLiteral("Cli shop"));
            return;
        }
        QCOMPARE(shopName(copy), QStringLiteral("Cli shop"));
        {
            auto db = openDb(live);
            QVERIFY(db);
            QVERIFY(store::Config(*db).set(store::settings::ShopName, QStringLiteral("Changed")).ok());
        }

        // Without --yes nothing happens, and the message says how.
        out.clear();
        err.clear();
        const QByteArray before = bytesOf(live);
        QCOMPARE(runCli(global + QStringList { QStringLiteral("restore"), copy }, &out, &err), 2);
        QVERIFY2(err.contains(QStringLiteral("--yes")), qPrintable(err));
        QCOMPARE(bytesOf(live), before);

        out.clear();
        err.clear();
        QCOMPARE(runCli(global + QStringList { QStringLiteral("restore"), copy, QStringLiteral("--yes") },
                        &out, &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral(".before-restore-20261127-101530")), qPrintable(out));
        QCOMPARE(shopName(live), QStringLiteral("Cli shop"));

        // A refusal is one line on stderr and a failure status.
        out.clear();
        err.clear();
        QCOMPARE(runCli(global
                            + QStringList { QStringLiteral("restore"), live + QStringLiteral(".nope"),
                                            QStringLiteral("--yes") },
                        &out, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("does not exist")), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "TestBackup.moc"
