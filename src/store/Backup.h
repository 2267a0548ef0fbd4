#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>

namespace bd::store {

class Database;

// Backups and restores of a shop file with SQLite's online backup: a copy is taken a
// few pages at a time while the application has the file open and other connections
// keep writing (in WAL mode a writer is never blocked by the copy).
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    // Pages copied so far of the total; return false to stop (the partial copy is removed).
    using Progress = std::function<bool(int done, int total)>;

    // Writes a consistent copy of the open database to `target`, which must not exist.
    // The copy is checked (PRAGMA quick_check) before it gets its name, so a file named
    // `target` is always a whole, sound shop.
    static core::Status backup(Database& db, const QString& target, const Progress& progress = {});
    // The same for a shop file that is not open here (the command line).
    static core::Status backupFile(const QString& source, const QString& target,
                                   const Progress& progress = {});

    // What restore() did.
    struct Restored
    {
        // Where the file that was replaced is kept (empty when there was none).
        QString keptAside;
        // The schema version of the restored shop (an older backup is migrated).
        int version = 0;
    };

    // Replaces the shop at `live` with the backup in `source`. The backup is checked
    // first exactly as opening it would (not a database, damaged, written by a newer
    // build: refused, nothing changed) on a copy, so `source` itself is never written.
    // The file replaced is kept as LIVE.before-restore-YYYYMMDD-HHMMSS (`now`, UTC).
    // Connections that have `live` open see the restored shop afterwards; the window
    // reopens it anyway so nothing cached survives.
    static core::Result<Restored> restore(const QString& source, const QString& live, const QDateTime& now);

    // LIVE.before-restore-YYYYMMDD-HHMMSS, made unique with -2, -3, ...
    static QString asidePath(const QString& live, const QDateTime& now);
};

} // namespace bd::store
