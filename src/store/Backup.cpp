#include "Backup.h"

#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDriver>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <sqlite3.h>

using bd::core::Result;
using bd::core::Status;

namespace bd::store {

namespace {

// 256 pages of 4 KiB: 1 MiB per step. Each step holds a read transaction only briefly.
constexpr int PagesPerStep = 256;
// When other connections keep writing, SQLite starts the copy over at the next step.
// After this many restarts the rest is copied in one step, which in WAL mode still
// lets writers go on (only a checkpoint waits), so a busy shop is backed up too.
constexpr int RestartsBeforeOneStep = 3;
// How long a locked destination or source is waited for, in 10 ms naps.
constexpr int BusyNaps = 1000;

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// A plain sqlite3 connection, closed when it goes out of scope.
class RawConnection
{
public:
    RawConnection(const QString& path, int flags)
    {
        m_rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
        if (m_db)
            sqlite3_busy_timeout(m_db, 10000);
    }
    ~RawConnection() { sqlite3_close_v2(m_db); }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    bool ok() const { return m_rc == SQLITE_OK; }
    sqlite3* get() const { return m_db; }
    QString error() const
    {
        return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
    }

private:
    sqlite3* m_db = nullptr;
    int m_rc = SQLITE_ERROR;
};

// Copies the main database of `from` into `to` in steps. Empty on success, else why.
QString copyPages(sqlite3* from, sqlite3* to, const Backup::Progress& progress, bool* stopped)
{
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        return QString::fromUtf8(sqlite3_errmsg(to));
    int restarts = 0;
    int naps = 0;
    int lastRemaining = -1;
    int pages = PagesPerStep;
    int rc = SQLITE_OK;
    for (;;) {
        rc = sqlite3_backup_step(backup, pages);
        const int remaining = sqlite3_backup_remaining(backup);
        const int total = sqlite3_backup_pagecount(backup);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (++naps > BusyNaps)
                break;
            QThread::msleep(10);
            continue;
        }
        if (rc != SQLITE_OK && rc != SQLITE_DONE)
            break;
        if (lastRemaining >= 0 && remaining > lastRemaining && ++restarts >= RestartsBeforeOneStep)
            pages = -1;
        lastRemaining = remaining;
        // Reported after the last step too: a Cancel pressed at the very end still
        // leaves no file behind.
        if (progress && !progress(total - remaining, total)) {
            *stopped = true;
            break;
        }
        if (rc == SQLITE_DONE)
            break;
    }
    sqlite3_backup_finish(backup);
    if (*stopped || rc == SQLITE_DONE)
        return {};
    const char* why = sqlite3_errstr(rc);
    const QString detail = QString::fromUtf8(sqlite3_errmsg(to));
    return detail.isEmpty() || detail == QLatin1String("not an error") ? QString::fromUtf8(why) : detail;
}

QString quickCheck(sqlite3* db)
{
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &statement, nullptr) != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(db));
    QString problem;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        const auto* row = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
        if (row && qstrcmp(row, "ok") != 0 && problem.isEmpty())
            problem = QString::fromUtf8(row);
    }
    sqlite3_finalize(statement);
    return problem;
}

void removeDatabaseFiles(const QString& path)
{
    for (const char* suffix : { "", "-journal", "-wal", "-shm" })
        QFile::remove(path + QLatin1String(suffix));
}

// Copies `from` into a new file `target` through a partial file that is renamed once
// whole and checked.
Status copyToNewFile(sqlite3* from, const QString& target, const Backup::Progress& progress)
{
    if (QFileInfo::exists(target))
        return core::fail(Backup::tr("%1 exists already; choose another name.").arg(native(target)));
    const QString dir = QFileInfo(target).absolutePath();
    if (!QFileInfo(dir).isDir())
        return core::fail(Backup::tr("The folder %1 does not exist.").arg(native(dir)));
    const QString partial = target + QStringLiteral(".partial");
    removeDatabaseFiles(partial);
    bool stopped = false;
    QString why;
    {
        RawConnection to(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        if (!to.ok())
            why = to.error();
        else
            why = copyPages(from, to.get(), progress, &stopped);
        if (why.isEmpty() && !stopped) {
            const QString problem = quickCheck(to.get());
            if (!problem.isEmpty())
                why = Backup::tr("the copy did not pass its check (%1)").arg(problem);
        }
    }
    if (stopped) {
        removeDatabaseFiles(partial);
        return core::fail(Backup::tr("The backup was cancelled; no file was written."));
    }
    if (!why.isEmpty()) {
        removeDatabaseFiles(partial);
        return core::fail(Backup::tr("Cannot back up to %1: %2").arg(native(target), why));
    }
    if (!QFile::rename(partial, target)) {
        removeDatabaseFiles(partial);
        return core::fail(Backup::tr("Cannot write %1.").arg(native(target)));
    }
    return {};
}

} // namespace

// A shop on a server: pg_dump's own consistent snapshot, in its custom format (what
// pg_restore reads), written under another name until whole.
static Status dumpServer(Database& db, const QString& target, const Backup::Progress& progress)
{
    if (QFileInfo::exists(target))
        return core::fail(Backup::tr("%1 exists already; choose another name.").arg(native(target)));
    QString dump = QStandardPaths::findExecutable(QStringLiteral("pg_dump"));
    if (dump.isEmpty())
        return core::fail(Backup::tr("This computer has no pg_dump (Debian package postgresql-client), so %1 cannot be "
                                     "backed up from here; use the server's own backups.")
                              .arg(db.displayName()));
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    if (progress && !progress(0, 1))
        return core::fail(Backup::tr("The backup was cancelled; no file was written."));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString password = Database::serverPassword(db.path());
    if (!password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), password);
    p.setProcessEnvironment(env);
    p.start(dump, {QStringLiteral("--format=custom"), QStringLiteral("--no-owner"), QStringLiteral("--file=") + partial,
                   QStringLiteral("--dbname=") + Database::serverAddressWithoutPassword(db.path())});
    const bool ended = p.waitForFinished(-1);
    if (!ended || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        QFile::remove(partial);
        return core::fail(Backup::tr("Cannot back up %1: %2")
                              .arg(db.displayName(), QString::fromLocal8Bit(p.readAllStandardError()).trimmed()));
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return core::fail(Backup::tr("Cannot write %1.").arg(native(target)));
    }
    if (progress)
        progress(1, 1);
    return {};
}

Status Backup::backup(Database& db, const QString& target, const Progress& progress)
{
    if (db.dialect().backupKind() == Dialect::BackupKind::ServerDump)
        return dumpServer(db, target, progress);
    sqlite3* handle = Database::sqliteHandle(db.connection());
    if (!handle)
        return core::fail(tr("Only a SQLite shop file can be backed up this way."));
    if (db.transactionDepth() > 0)
        return core::fail(tr("A backup cannot be taken in the middle of a change."));
    return copyToNewFile(handle, target, progress);
}

Status Backup::backupFile(const QString& source, const QString& target, const Progress& progress)
{
    OpenOptions options;
    options.mustExist = true;
    options.verifyPages = false;
    Result<std::unique_ptr<Database>> db = Database::open(source, options);
    if (!db)
        return db.errors();
    return backup(*db.value(), target, progress);
}

QString Backup::asidePath(const QString& live, const QDateTime& now)
{
    const QString stamp = now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = live + QStringLiteral(".before-restore-") + stamp;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = live + QStringLiteral(".before-restore-%1-%2").arg(stamp).arg(n);
    return aside;
}

Result<Backup::Restored> Backup::restore(const QString& source, const QString& live, const QDateTime& now)
{
    if (Database::isServerLocation(live))
        return core::fail(tr("A shop on a PostgreSQL server is restored with the server's own tools, not replaced from "
                             "here: pg_restore --clean --if-exists --no-owner --dbname=%1 %2")
                              .arg(Database::serverAddressWithoutPassword(live), native(source)));
    QFileInfo sourceInfo(source);
    if (!sourceInfo.isFile())
        return core::fail(tr("%1 does not exist.").arg(native(source)));
    if (QFileInfo::exists(live) && sourceInfo.canonicalFilePath() == QFileInfo(live).canonicalFilePath())
        return core::fail(tr("%1 is the shop itself; choose a backup file.").arg(native(source)));

    // Look at a copy with the same checks (and migrations) as opening it: the backup
    // itself stays as it is, and a refusal changes nothing anywhere.
    QTemporaryDir scratch(QFileInfo(live).absolutePath() + QStringLiteral("/.restore-XXXXXX"));
    if (!scratch.isValid())
        return core::fail(
            tr("Cannot make a working folder next to %1: %2").arg(native(live), scratch.errorString()));
    const QString candidate = scratch.filePath(QStringLiteral("checking.sqlite"));
    for (const char* suffix : { "", "-wal" }) {
        const QString from = source + QLatin1String(suffix);
        if (QFileInfo::exists(from) && !QFile::copy(from, candidate + QLatin1String(suffix)))
            return core::fail(tr("Cannot read %1.").arg(native(from)));
    }
    OpenOptions options;
    options.mustExist = true;
    options.verifyPages = true;
    Result<std::unique_ptr<Database>> opened = Database::open(candidate, options);
    if (!opened) {
        // The reasons name the copy; say the file the user chose.
        core::Errors errors = opened.errors();
        for (core::Error& e : errors)
            e.message.replace(native(candidate), native(source));
        return errors;
    }
    Database& restored = *opened.value();
    sqlite3* from = Database::sqliteHandle(restored.connection());
    if (!from)
        return core::fail(tr("Only a SQLite shop file can be restored this way."));

    Restored result;
    result.version = restored.version();
    if (QFileInfo::exists(live)) {
        result.keptAside = asidePath(live, now);
        if (Status kept = backupFile(live, result.keptAside); !kept.ok())
            return core::fail(tr("The shop %1 could not be kept aside, so nothing was restored: %2")
                                  .arg(native(live), kept.errorText()));
    }

    RawConnection to(live, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    bool stopped = false;
    const QString why = to.ok() ? copyPages(from, to.get(), {}, &stopped) : to.error();
    if (!why.isEmpty()) {
        QString message = tr("Restoring %1 into %2 failed: %3.").arg(native(source), native(live), why);
        if (!result.keptAside.isEmpty())
            message
                += QLatin1Char(' ') + tr("The shop as it was is kept in %1.").arg(native(result.keptAside));
        return core::fail(message);
    }
    return result;
}

} // namespace bd::store
