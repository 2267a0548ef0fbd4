#pragma once

#include "core/Result.h"
#include "store/Dialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <map>
#include <memory>
#include <optional>

class QSqlQuery;
struct sqlite3;
struct sqlite3_stmt;

namespace bd::store {

struct OpenOptions
{
    // Where the numbered NNNN_name.sql migration files are; tests point it elsewhere.
    QString migrationsDir = QStringLiteral(":/migrations");
    // Open an existing file only; never create one.
    bool mustExist = false;
    // Read every page (PRAGMA quick_check) before opening. Takes seconds on a shop of a
    // million order lines, so quick command-line verbs skip it; SQLite still refuses
    // to use a damaged page, and the action touching it is rolled back whole.
    bool verifyPages = true;
    // How long an action waits for another seat's write to end before it is refused as
    // busy. A seat announcing a long action (an import) is not waited for past the first
    // second: the refusal then names that action.
    int busyTimeoutMs = 10000;
    // How many times a busy refusal is retried quietly, after a short pause, before it is
    // reported (the window: once).
    int busyRetries = 0;
    // SQLite's page cache of the connection, in KiB. A big action (an import, a receipt
    // against a long queue) stays in memory until it commits in the default; a list's
    // reader, one of several a window holds, keeps less.
    int cacheKiB = 32768;
};

// What a seat is busy with while it holds the shop's write lock, as other seats read it
// from the announcement beside the shop file (SHOP.activity) when they find it busy.
struct Activity
{
    QString what;      // "import of orders.csv"
    QDateTime started; // UTC
    QString host;      // the computer's name
    qint64 pid = 0;

    // "import of orders.csv started 14:02 on this computer"
    QString describe() const;
    // Of this computer and its process is gone: a crash left the announcement behind.
    bool isStale() const;
};

// One open shop database brought to the newest schema this build knows: a SQLite file
// (foreign keys on, WAL, busy timeout, synchronous FULL), or a database on a PostgreSQL
// server shared by several computers (a postgresql:// location; see ServerDatabase.cpp).
//
// Opening refuses — and leaves byte for byte untouched — a file that is not a SQLite
// database, one that is damaged, and one written by a newer build. Before an older
// schema is migrated, a copy of the file is written next to it (on PostgreSQL each
// migration is one transaction instead: its DDL is undone whole if it fails).
//
// A Database belongs to the thread that opened it; a worker thread opens its own.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    friend struct Activity;

public:
    // `location`: a file path, or postgresql://user@host:port/dbname (the password comes
    // from PGPASSWORD, ~/.pgpass, or setServerPassword(); never from the shop).
    static core::Result<std::unique_ptr<Database>> open(const QString& location, const OpenOptions& options = {});
    // Whether a location names a database on a PostgreSQL server rather than a file.
    static bool isServerLocation(const QString& location);
    // A password for a server location, kept in this process's memory only (the window
    // asks for it; workers that open the same shop find it here).
    static void setServerPassword(const QString& location, const QString& password);
    // The password for a server location: the one in it, else the one kept in memory.
    static QString serverPassword(const QString& location);
    // The location without any password (for messages and for the server's own tools).
    static QString serverAddressWithoutPassword(const QString& location);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // The highest migration number among the files in a migrations directory.
    static int latestVersion(const QString& migrationsDir = QStringLiteral(":/migrations"));
    // The schema version of the shop file at `path`, looked at read-only without opening
    // it for work: 0 when there is no file yet (or it is empty); an error for a file that
    // is not a Backorder Desk database. open() upgrades a file below latestVersion().
    static core::Result<int> versionOf(const QString& path);

    // Whether a Database of this process has the file at `path` open now, or `path` is
    // one of its companions (-wal, -shm, -journal). While one has, those files are
    // touched only through SQLite (see OpenFiles in Database.cpp).
    static bool isOpenInProcess(const QString& path);
    // Refuses a file another part of the program is about to open for reading
    // (a CSV file, a template body) when it is an open shop's own file: opening and
    // closing it would drop this process's locks on the shop. Opens nothing.
    static core::Status refuseOpenShopFile(const QString& path);

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    // The location it was opened from (a file path or a postgresql:// URI), to open the
    // same shop again (a worker thread, a reopen after a restore).
    const QString& path() const { return m_path; }
    // The location as a person reads it: the native file path, or the server's address
    // without any password.
    QString displayName() const;
    // Its short name (the file's, or the server database's) and the folder its file
    // dialogs start in (empty on a server).
    QString shortName() const { return m_dialect.shortName(m_path); }
    QString folder() const { return m_dialect.folderOf(m_path); }
    bool isServer() const { return m_dialect.engine() == Dialect::Engine::PostgreSQL; }
    const Dialect& dialect() const { return m_dialect; }
    int version() const { return m_version; }
    // The copy taken before migrating when this open migrated, else empty.
    const QString& backupPath() const { return m_backupPath; }

    // Writes a consistent copy of the open database to a new file.
    core::Status snapshotTo(const QString& file) const;

    // Bulk loads of generated data switch the per-row foreign key checks off (outside
    // any transaction) and prove the keys once at the end with foreignKeyProblems().
    core::Status setForeignKeys(bool on);
    QStringList foreignKeyProblems() const;

    // What is still under way on this connection: an open transaction, statements that
    // were stepped and not reset (each pins the read snapshot it started, so the
    // connection neither sees newer data nor may write). Empty when the connection is
    // idle, as a long-lived connection must be between actions.
    QStringList unfinishedWork() const;
    // SQLite's handle of a QSQLITE connection; null for another driver.
    static sqlite3* sqliteHandle(const QSqlDatabase& connection);
    // A statement prepared on SQLite's own handle and kept, reset, until the connection
    // closes: for statements that bind thousands of values a run (sql::writeRows), which
    // QtSql binds one formatted name and hash lookup at a time. Null on PostgreSQL, and
    // null with `error` set when SQLite refuses the text.
    sqlite3_stmt* sqliteStatement(const QString& sql, QString* error);

    // Names the long action about to run on this connection ("import of orders.csv"):
    // while its transaction holds the write lock, other seats that find the shop busy
    // are told what they wait for. Empty: nothing is announced (short actions).
    void setActivity(const QString& what) { m_activity = what; }
    const QString& activity() const { return m_activity; }
    // The announcement of the seat holding the write lock now, if it made one.
    static std::optional<Activity> announcedActivity(const QString& path);
    // The message for a seat that found the shop busy.
    static QString busyMessage(const QString& path);

    // Write: the transaction takes the shop's write lock at once (SQLite's BEGIN
    // IMMEDIATE), so two writers wait for each other instead of failing halfway.
    // Scratch: no lock on the shop; for work on the connection's own temporary tables
    // (an import reading its file), which must not write the shop's tables.
    enum class Lock { Write, Scratch };

    // Whether another seat committed a change to the shop since the last call (the first
    // call only starts watching and answers false). Cheap enough to ask every few
    // seconds: a file's data_version, or the server's notices (LISTEN), which arrive
    // through the event loop of the connection's thread.
    core::Result<bool> changedElsewhere();

    // Transaction bookkeeping for bd::store::Transaction.
    core::Status begin(Lock lock = Lock::Write);
    core::Status commit();
    void rollback();
    int transactionDepth() const { return m_depth; }

    // For a read that has no way to return its error (a setting read on a hot path):
    // the transaction it ran in fails at commit with this message, so an action never
    // goes on as if the read had found nothing. Outside a transaction it is only kept.
    void failRead(const QString& why);
    // The last such failure, also outside a transaction; empty when none.
    QString failedRead() const { return m_failedRead; }

private:
    Database(QString path, QString connectionName);

    static core::Result<std::unique_ptr<Database>> openServer(const QString& location, const OpenOptions& options);
    // Brings the schema to the newest version: one transaction per migration file.
    core::Status migrate(const std::map<int, QString>& files, bool empty);
    core::Result<int> schemaVersionInTransaction();
    // PostgreSQL: takes the shop's write lock (a transaction-scoped advisory lock) inside
    // the open transaction, waiting at most the busy timeout.
    core::Status lockServerShop();
    // The announcement of the seat holding a server shop's write lock, if it made one.
    std::optional<Activity> serverLockHolder();
    static QString busyText(const std::optional<Activity>& holder);
    // The session name a seat holding the write lock shows other seats (pg_stat_activity).
    static QString serverActivityName(const QString& what);

    QString m_path;
    QString m_connectionName;
    Dialect m_dialect;
    int m_version = 0;
    QString m_backupPath;
    QString m_fileKey; // the hold on the file in the process's list of open shop files
    QString m_activity;
    bool m_announced = false;
    struct BusyWait;
    std::unique_ptr<BusyWait> m_busyWait;
    int m_busyRetries = 0;
    int m_busyTimeoutMs = 10000;
    std::optional<qint64> m_dataVersion;       // SQLite: the last data_version seen
    std::shared_ptr<bool> m_noticed;           // PostgreSQL: a notice of another seat came
    void announce();
    void withdraw();
    // The transaction ended: its failed read no longer explains anything (queryError).
    void forgetFailedRead();
    std::map<QString, sqlite3_stmt*> m_sqliteStatements; // finalized before the connection closes
    int m_depth = 0;
    Lock m_lock = Lock::Write;
    bool m_rollbackOnly = false;
    QString m_failedRead;
    friend class Transaction;
};

// Names the long action a connection runs for as long as the scope lasts (see
// Database::setActivity).
class ActivityScope
{
public:
    ActivityScope(Database& db, const QString& what)
        : m_db(db)
        , m_before(db.activity())
    {
        db.setActivity(what);
    }
    ~ActivityScope() { m_db.setActivity(m_before); }
    ActivityScope(const ActivityScope&) = delete;
    ActivityScope& operator=(const ActivityScope&) = delete;

private:
    Database& m_db;
    QString m_before;
};

// Sets a SQLite connection's page cache for as long as the scope lasts, then puts back
// what it was. Lowered for a statement that sorts a whole action's rows: SQLite's sorter
// keeps as much in memory as the page cache holds before it spills to a temporary file,
// so such a sort would otherwise raise the process's peak by the page cache again.
// Raised for a write that keeps more pages busy than the cache holds (a million-line
// orders import), which would otherwise read them back from the file and spill them to
// the write-ahead log over and over. Nothing on PostgreSQL.
class PageCacheSize
{
public:
    PageCacheSize(Database& db, int kib);
    ~PageCacheSize();
    PageCacheSize(const PageCacheSize&) = delete;
    PageCacheSize& operator=(const PageCacheSize&) = delete;

private:
    Database& m_db;
    qint64 m_before = 0; // PRAGMA cache_size before; 0 when unchanged
};

// Text of the last error of a query, for messages.
QString queryError(const QSqlQuery& query);

} // namespace bd::store
