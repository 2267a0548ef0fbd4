#include "Database.h"

#include "core/Clock.h"
#include "store/Migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

#include <QUuid>

#include <sqlite3.h>

#include <limits>
#include <map>

using bd::core::Error;
using bd::core::Result;
using bd::core::Status;

namespace bd::store {

namespace {

const QByteArray sqliteMagic("SQLite format 3\0", 16);

QString newConnectionName()
{
    return QStringLiteral("bd-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A connection that is closed and removed when it goes out of scope.
class ScopedConnection
{
public:
    // immutable: a read-only look that creates no -wal/-shm files next to the file
    // (only safe when no other connection can be writing it).
    ScopedConnection(const QString& path, bool readOnly, bool immutable = false)
        : m_name(newConnectionName())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        if (immutable) {
            db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                               + QStringLiteral("?immutable=1"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        } else {
            db.setDatabaseName(path);
        }
        if (readOnly && !immutable)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~ScopedConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool isOpen() const { return m_open; }
    const QString& error() const { return m_error; }
    // Hands the connection over: it is no longer removed by this guard.
    QString release()
    {
        QString name = m_name;
        m_name = newConnectionName(); // an unused name; removing it is harmless
        return name;
    }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

// The shop files this process has open through SQLite, by canonical path, with how many
// Database objects (and opens under way) hold each. While a file is held, nothing may
// open it any other way: closing any other descriptor of it drops every POSIX lock the
// process holds on it, SQLite's included, and the next process to close its own
// connection would then take itself for the last one, checkpoint and delete the -wal
// file under our open connections ("How To Corrupt An SQLite Database File", 2.2).
class OpenFiles
{
public:
    static OpenFiles& instance()
    {
        static OpenFiles files;
        return files;
    }
    // Takes a hold on `key`; true when this is the first (no SQLite connection of this
    // process is open on the file, so its header may be read directly). `whileFirst`
    // runs under the lock when it is the first, so no other open starts meanwhile.
    template<typename F>
    bool hold(const QString& key, F&& whileFirst)
    {
        QMutexLocker lock(&m_mutex);
        const bool first = m_holds.value(key) == 0;
        if (first)
            whileFirst();
        ++m_holds[key];
        return first;
    }
    void release(const QString& key)
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_holds.find(key);
        if (it != m_holds.end() && --it.value() <= 0)
            m_holds.erase(it);
    }
    bool isHeld(const QString& key)
    {
        QMutexLocker lock(&m_mutex);
        return m_holds.value(key) > 0;
    }

private:
    QMutex m_mutex;
    QHash<QString, int> m_holds;
};

// The key a file is held under: its canonical path (found with stat/readlink, which
// open no descriptor), or its absolute path while it does not exist yet.
QString fileKey(const QString& path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    // Not there yet: where it will be once created, by the folder's canonical path.
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + QLatin1Char('/') + info.fileName();
}

// A hold on a file for the time an open is under way; handed to the Database at the end.
class FileHold
{
public:
    FileHold() = default;
    explicit FileHold(QString key)
        : m_key(std::move(key))
    {
    }
    ~FileHold()
    {
        if (!m_key.isEmpty())
            OpenFiles::instance().release(m_key);
    }
    FileHold(const FileHold&) = delete;
    FileHold& operator=(const FileHold&) = delete;
    QString take() { return std::exchange(m_key, QString()); }

private:
    QString m_key;
};

struct Inspection
{
    bool empty = true; // no tables at all: a new database
    int version = 0;
};

} // namespace

// SQLITE_BUSY and its extended codes (…_SNAPSHOT, …_TIMEOUT); PostgreSQL's lock timeout.
static bool isBusyError(const QSqlError& error, Dialect::Engine engine)
{
    if (engine == Dialect::Engine::SQLite)
        return (error.nativeErrorCode().toInt() & 0xff) == SQLITE_BUSY;
    return error.nativeErrorCode() == QLatin1String("55P03");
}

namespace {

// The failed read (Database::failRead) of each transaction under way whose engine ends a
// transaction at its first error, by the connection's driver: what the statements after
// it say ("current transaction is aborted") is not the cause a merchant needs to read.
struct FailedReads
{
    QMutex mutex;
    QHash<const QSqlDriver*, std::pair<Dialect, QString>> byDriver;
};

FailedReads& failedReads()
{
    static FailedReads reads;
    return reads;
}

} // namespace

PageCacheSize::PageCacheSize(Database& db, int kib)
    : m_db(db)
{
    if (!Database::sqliteHandle(db.connection()))
        return;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA cache_size")) || !q.next())
        return;
    const qint64 before = q.value(0).toLongLong();
    q.finish();
    if (q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kib)))
        m_before = before;
}

PageCacheSize::~PageCacheSize()
{
    if (m_before != 0)
        QSqlQuery(m_db.connection()).exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_before));
}

QString queryError(const QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    if (query.driver()) {
        FailedReads& reads = failedReads();
        QMutexLocker lock(&reads.mutex);
        const auto found = reads.byDriver.constFind(query.driver());
        if (found != reads.byDriver.constEnd() && found->first.isAfterEarlierError(error))
            return found->second;
    }
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.text();
    return text;
}

// How a connection waits for another seat's write lock (SQLite's busy handler): naps of
// a few milliseconds up to the timeout, but after the first second it looks whether the
// holder announced a long action, and then gives up at once, so the refusal can name it
// instead of leaving the user staring at a frozen prompt for the whole timeout.
struct Database::BusyWait
{
    QString path;
    int timeoutMs = 10000;
    QElapsedTimer waited;
    qint64 nextLookMs = 1000;

    static int onBusy(void* self, int count)
    {
        auto* wait = static_cast<BusyWait*>(self);
        if (count == 0) {
            wait->waited.start();
            wait->nextLookMs = 1000;
        }
        const qint64 ms = wait->waited.elapsed();
        if (ms >= wait->timeoutMs)
            return 0;
        if (ms >= wait->nextLookMs) {
            wait->nextLookMs = ms + 250;
            const std::optional<Activity> holder = announcedActivity(wait->path);
            if (holder && !holder->isStale())
                return 0;
        }
        QThread::msleep(count < 10 ? 2 : 10);
        return 1;
    }
};


Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_dialect(Dialect::forDriver(connection().driverName()))
{
}

Database::~Database()
{
    forgetFailedRead();
    // QtSql closes with sqlite3_close, which refuses a connection with statements left.
    for (const auto& [sql, statement] : m_sqliteStatements)
        sqlite3_finalize(statement);
    m_sqliteStatements.clear();
    {
        QSqlDatabase db = connection();
        if (db.isOpen()) {
            if (m_depth > 0)
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    withdraw();
    if (!m_fileKey.isEmpty())
        OpenFiles::instance().release(m_fileKey);
}

sqlite3* Database::sqliteHandle(const QSqlDatabase& connection)
{
    if (!connection.driver())
        return nullptr;
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

sqlite3_stmt* Database::sqliteStatement(const QString& sql, QString* error)
{
    const auto found = m_sqliteStatements.find(sql);
    if (found != m_sqliteStatements.end()) {
        sqlite3_reset(found->second);
        return found->second;
    }
    sqlite3* handle = sqliteHandle(connection());
    if (!handle)
        return nullptr;
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(handle, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr)
        != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(statement);
        return nullptr;
    }
    m_sqliteStatements.emplace(sql, statement);
    return statement;
}

QStringList Database::unfinishedWork() const
{
    QStringList work;
    if (m_depth > 0)
        work << QStringLiteral("a transaction is open (depth %1)").arg(m_depth);
    if (sqlite3* handle = sqliteHandle(connection())) {
        if (m_depth == 0 && !sqlite3_get_autocommit(handle))
            work << QStringLiteral("a transaction is open that no Transaction guard holds");
        for (sqlite3_stmt* statement = sqlite3_next_stmt(handle, nullptr); statement;
             statement = sqlite3_next_stmt(handle, statement)) {
            if (sqlite3_stmt_busy(statement))
                work << QStringLiteral("a statement is still active: %1")
                            .arg(QString::fromUtf8(sqlite3_sql(statement)).simplified().left(160));
        }
    }
    return work;
}

bool Database::isOpenInProcess(const QString& path)
{
    if (isServerLocation(path))
        return false;
    const QString key = fileKey(path);
    if (OpenFiles::instance().isHeld(key))
        return true;
    for (const QLatin1String suffix : {QLatin1String("-wal"), QLatin1String("-shm"), QLatin1String("-journal")}) {
        if (key.endsWith(suffix) && OpenFiles::instance().isHeld(key.chopped(suffix.size())))
            return true;
    }
    return false;
}

core::Status Database::refuseOpenShopFile(const QString& path)
{
    if (!isOpenInProcess(path))
        return {};
    return core::Error::at(path, 0, {}, tr("this is the open shop's own database file, not a file to read"));
}


// Looks at an existing file before touching it: read-only, and refuses anything that
// is not ours and sound, or is newer than `latest`. Fills in what it found.
// Reads the first bytes of a file that no SQLite connection of this process has open.
static Result<QByteArray> readHeader(const QString& path, const QString& nativePath)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::fail(Database::tr("Cannot read %1: %2").arg(nativePath, file.errorString()));
    const QByteArray header = file.read(20);
    if (!header.startsWith(sqliteMagic))
        return core::fail(Database::tr("%1 is not a Backorder Desk database (it is not a SQLite file).").arg(nativePath));
    return header;
}

// `header`: the file's first bytes, read before any connection of this process was
// open on it; empty when the file is open here already (then it was looked at then).
static Status inspectFile(const QString& path, const QString& nativePath, const QByteArray& header,
                          const OpenOptions& options, int latest, Inspection& inspection)
{
    // A WAL-mode file with no -wal beside it is not open anywhere: look at it as
    // immutable, so refusing it leaves no -wal/-shm files behind.
    const bool walMode = header.size() == 20 && header[18] == 2;
    const bool idle = !QFileInfo::exists(path + QStringLiteral("-wal"));
    ScopedConnection probe(path, true, walMode && idle);
    if (!probe.isOpen())
        return core::fail(Database::tr("Cannot open %1: %2").arg(nativePath, probe.error()));
    QSqlQuery q(probe.db());
    if (options.verifyPages) {
        if (!q.exec(QStringLiteral("PRAGMA quick_check")))
            return core::fail(Database::tr("%1 is damaged and was not opened (%2). Restore it from a backup.")
                                  .arg(nativePath, queryError(q)));
        QStringList problems;
        while (q.next()) {
            const QString row = q.value(0).toString();
            if (row != QLatin1String("ok"))
                problems << row.simplified();
        }
        if (!problems.isEmpty()) {
            // SQLite's report can be long and technical: its first line says enough.
            QString first = problems.constFirst();
            first.remove(QStringLiteral("*** in database main *** "));
            if (first.size() > 120)
                first = first.left(117) + QStringLiteral("...");
            return core::fail(Database::tr("%1 is damaged and was not opened (%2 problems found, the first: %3). "
                                 "Restore it from a backup.")
                                  .arg(nativePath)
                                  .arg(problems.size())
                                  .arg(first));
        }
    }
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return core::fail(Database::tr("%1 is damaged and was not opened (%2). Restore it from a backup.")
                              .arg(nativePath, queryError(q)));
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    inspection.empty = tables.isEmpty();
    if (!inspection.empty) {
        if (!tables.contains(QLatin1String("schema_migrations")))
            return core::fail(
                Database::tr("%1 is a database of another program, not a Backorder Desk shop.")
                    .arg(nativePath));
        if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) || !q.next())
            return core::fail(Database::tr("Cannot read the schema version of %1: %2").arg(nativePath, queryError(q)));
        inspection.version = q.value(0).toInt();
    }
    if (inspection.version > latest)
        return core::fail(Database::tr("%1 was written by a newer Backorder Desk (schema version %2); this build knows "
                             "schema versions up to %3. Open it with a newer version of Backorder Desk.")
                              .arg(nativePath)
                              .arg(inspection.version)
                              .arg(latest));
    return {};
}

Result<int> Database::versionOf(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return 0;
    if (!info.isFile())
        return core::fail(tr("%1 is not a file.").arg(QDir::toNativeSeparators(path)));
    const QString nativePath = QDir::toNativeSeparators(path);
    const QString key = fileKey(path);
    Result<QByteArray> header = QByteArray();
    FileHold hold(key);
    OpenFiles::instance().hold(key, [&] { header = readHeader(path, nativePath); });
    if (!header)
        return header.errors();
    Inspection inspection;
    OpenOptions options;
    options.verifyPages = false;
    if (Status looked = inspectFile(path, nativePath, header.value(), options, std::numeric_limits<int>::max(),
                                    inspection);
        !looked.ok())
        return looked.errors();
    return inspection.version;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const OpenOptions& options)
{
    if (isServerLocation(path))
        return openServer(path, options);
    const QString nativePath = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        return core::fail(tr("No database file was given."));
    const auto migrations = migrations::files(options.migrationsDir, Dialect::Engine::SQLite);
    if (migrations.empty())
        return core::fail(tr("This build has no schema migrations in %1.").arg(options.migrationsDir));
    const int latest = migrations.rbegin()->first;

    QFileInfo info(path);
    const bool exists = info.exists() && info.size() > 0;
    if (info.exists() && !info.isFile())
        return core::fail(tr("%1 is not a file.").arg(nativePath));
    if (!exists && options.mustExist)
        return core::fail(tr("%1 does not exist.").arg(nativePath));

    // Held from here until the Database closes: no other open in this process reads the
    // file's header behind the back of this one's connection.
    const QString key = fileKey(path);
    Result<QByteArray> header = QByteArray();
    FileHold hold(key);
    OpenFiles::instance().hold(key, [&] {
        if (exists)
            header = readHeader(path, nativePath);
    });
    if (!header)
        return header.errors();

    Inspection inspection;
    if (exists) {
        if (Status looked = inspectFile(path, nativePath, header.value(), options, latest, inspection); !looked.ok())
            return looked.errors();
    } else {
        const QString dir = info.absolutePath();
        if (!QDir().mkpath(dir))
            return core::fail(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir)));
    }

    ScopedConnection conn(path, false);
    if (!conn.isOpen())
        return core::fail(tr("Cannot open %1: %2").arg(nativePath, conn.error()));
    {
        QSqlQuery q(conn.db());
        const QString cache = QStringLiteral("PRAGMA cache_size = -%1").arg(std::max(1024, options.cacheKiB));
        const QString pragmas[] = {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA journal_mode = WAL"),
                                   QStringLiteral("PRAGMA synchronous = FULL"), cache};
        for (const QString& pragma : pragmas) {
            if (!q.exec(pragma))
                return core::fail(tr("Cannot set up %1: %2").arg(nativePath, queryError(q)));
        }
    }

    std::unique_ptr<Database> db(new Database(path, conn.release()));
    db->m_fileKey = hold.take();
    db->m_busyRetries = options.busyRetries;
    db->m_busyTimeoutMs = options.busyTimeoutMs;
    if (sqlite3* handle = sqliteHandle(db->connection())) {
        db->m_busyWait = std::make_unique<BusyWait>();
        db->m_busyWait->path = path;
        db->m_busyWait->timeoutMs = options.busyTimeoutMs;
        sqlite3_busy_handler(handle, &BusyWait::onBusy, db->m_busyWait.get());
    }
    db->m_version = inspection.version;

    if (Status migrated = db->migrate(migrations, inspection.empty); !migrated.ok())
        return migrated.errors();
    return db;
}


Status Database::snapshotTo(const QString& file) const
{
    if (QFileInfo::exists(file))
        return core::fail(tr("%1 exists already.").arg(QDir::toNativeSeparators(file)));
    // Written under another name and renamed once complete: a copy cut short (the
    // program killed, the disk full) never looks like a finished one.
    const QString partial = file + QStringLiteral(".partial");
    QFile::remove(partial);
    QSqlQuery q(connection());
    q.prepare(m_dialect.snapshotInto());
    q.bindValue(QStringLiteral(":file"), partial);
    if (!q.exec()) {
        const QString why = queryError(q);
        QFile::remove(partial);
        return core::fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), why));
    }
    QFile written(partial);
    if (!written.rename(file)) {
        const QString why = written.errorString();
        QFile::remove(partial);
        return core::fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), why));
    }
    return {};
}

Status Database::setForeignKeys(bool on)
{
    if (m_depth > 0)
        return core::fail(tr("Foreign key checks cannot change inside a transaction."));
    // A server checks every key as rows are written, always (switching that off needs
    // the superuser); there is nothing to prove afterwards.
    const QString sql = m_dialect.foreignKeysSwitch(on);
    if (sql.isEmpty())
        return {};
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return core::fail(queryError(q));
    return {};
}

QStringList Database::foreignKeyProblems() const
{
    QStringList problems;
    const QString sql = m_dialect.foreignKeyCheck();
    if (sql.isEmpty())
        return problems;
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        problems << queryError(q);
        return problems;
    }
    while (q.next() && problems.size() < 20)
        problems << tr("%1 row %2 points to a missing %3 row").arg(q.value(0).toString(), q.value(1).toString(),
                                                                  q.value(2).toString());
    return problems;
}

Result<bool> Database::changedElsewhere()
{
    if (m_dialect.changeWatch() == Dialect::ChangeWatch::Notices) {
        if (!m_noticed) {
            QSqlDriver* driver = connection().driver();
            if (!driver || !driver->subscribeToNotification(Dialect::changeChannel()))
                return core::fail(tr("Cannot watch %1 for changes of other seats.").arg(displayName()));
            m_noticed = std::make_shared<bool>(false);
            QObject::connect(driver, &QSqlDriver::notification, driver,
                             [noticed = m_noticed](const QString& name, QSqlDriver::NotificationSource source,
                                                   const QVariant&) {
                                 if (name == Dialect::changeChannel() && source == QSqlDriver::OtherSource)
                                     *noticed = true;
                             });
            return false;
        }
        // The driver reads the notices an idle connection has received only after it next
        // talks to the server (its socket watch alone did not deliver them here): one
        // trivial statement per poll, and its queued check delivered at once.
        QSqlQuery ping(connection());
        if (!ping.exec(QStringLiteral("SELECT 1")))
            return core::fail(queryError(ping));
        ping.finish();
        QCoreApplication::sendPostedEvents(connection().driver(), QEvent::MetaCall);
        return std::exchange(*m_noticed, false);
    }
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return core::fail(queryError(q));
    const qint64 now = q.value(0).toLongLong();
    q.finish();
    const bool changed = m_dataVersion && *m_dataVersion != now;
    m_dataVersion = now;
    return changed;
}

Status Database::begin(Lock lock)
{
    if (m_depth > 0 && m_lock == Lock::Scratch && lock == Lock::Write)
        return core::fail(tr("A change to the shop cannot start inside scratch work on %1.").arg(displayName()));
    if (m_depth++ > 0)
        return {};
    m_lock = lock;
    m_rollbackOnly = false;
    m_failedRead.clear();
    QSqlQuery q(connection());
    const QString sql = m_dialect.beginStatement(lock == Lock::Write);
    for (int attempt = 0;; ++attempt) {
        Status locked;
        if (q.exec(sql)) {
            if (!m_dialect.takesShopLockAfterBegin() || lock != Lock::Write)
                locked = {};
            else
                locked = lockServerShop();
            if (locked.ok()) {
                if (lock == Lock::Write)
                    announce();
                return {};
            }
            QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK"));
        } else if (isBusyError(q.lastError(), m_dialect.engine())) {
            locked = core::busy(busyMessage(m_path));
        } else {
            locked = core::fail(tr("Cannot start a transaction on %1: %2").arg(displayName(), queryError(q)));
        }
        if (!locked.isBusy() || attempt >= m_busyRetries) {
            m_depth = 0;
            return locked;
        }
        QThread::msleep(250);
    }
}

Status Database::commit()
{
    Q_ASSERT(m_depth > 0);
    if (--m_depth > 0)
        return {};
    forgetFailedRead();
    QSqlQuery q(connection());
    if (m_rollbackOnly) {
        q.exec(QStringLiteral("ROLLBACK"));
        m_rollbackOnly = false;
        withdraw();
        if (!m_failedRead.isEmpty())
            return core::fail(tr("Nothing was changed: %1").arg(m_failedRead));
        return core::fail(tr("The change was undone because part of it failed."));
    }
    // Seats watching the shop (changedElsewhere) hear of it when it commits.
    if (const QString notice = m_dialect.changeNotice();
        !notice.isEmpty() && m_lock == Lock::Write && !q.exec(notice)) {
        const QString why = queryError(q);
        q.exec(QStringLiteral("ROLLBACK"));
        withdraw();
        return core::fail(tr("Saving to %1 failed, nothing was changed: %2").arg(displayName(), why));
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QString why = queryError(q);
        q.exec(QStringLiteral("ROLLBACK"));
        withdraw();
        return core::fail(tr("Saving to %1 failed, nothing was changed: %2").arg(QDir::toNativeSeparators(m_path), why));
    }
    withdraw();
    return {};
}

void Database::failRead(const QString& why)
{
    if (m_failedRead.isEmpty() || m_depth == 0)
        m_failedRead = why;
    if (m_depth == 0)
        return;
    m_rollbackOnly = true;
    // Where the engine refuses the rest of the transaction, the statements after this
    // read fail naming it (queryError).
    if (const QSqlDriver* driver = connection().driver(); driver && m_dialect.endsTransactionAtFirstError()) {
        FailedReads& reads = failedReads();
        QMutexLocker lock(&reads.mutex);
        if (!reads.byDriver.contains(driver))
            reads.byDriver.insert(driver, {m_dialect, m_failedRead});
    }
}

void Database::forgetFailedRead()
{
    if (const QSqlDriver* driver = connection().driver()) {
        FailedReads& reads = failedReads();
        QMutexLocker lock(&reads.mutex);
        reads.byDriver.remove(driver);
    }
}

void Database::rollback()
{
    Q_ASSERT(m_depth > 0);
    if (--m_depth > 0) {
        m_rollbackOnly = true;
        return;
    }
    forgetFailedRead();
    QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK"));
    m_rollbackOnly = false;
    withdraw();
}

} // namespace bd::store
