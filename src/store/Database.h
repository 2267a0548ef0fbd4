#pragma once

#include "core/Result.h"
#include "store/Dialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlQuery;

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
};

// One open shop database: a SQLite file (foreign keys on, WAL, busy timeout,
// synchronous FULL) brought to the newest schema this build knows.
//
// Opening refuses — and leaves byte for byte untouched — a file that is not a SQLite
// database, one that is damaged, and one written by a newer build. Before an older
// schema is migrated, a copy of the file is written next to it.
//
// A Database belongs to the thread that opened it; a worker thread opens its own.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static core::Result<std::unique_ptr<Database>> open(const QString& path, const OpenOptions& options = {});
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // The highest migration number among the files in a migrations directory.
    static int latestVersion(const QString& migrationsDir = QStringLiteral(":/migrations"));
    // The schema version of the shop file at `path`, looked at read-only without opening
    // it for work: 0 when there is no file yet (or it is empty); an error for a file that
    // is not a Backorder Desk database. open() upgrades a file below latestVersion().
    static core::Result<int> versionOf(const QString& path);

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    const QString& path() const { return m_path; }
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

    // Transaction bookkeeping for bd::store::Transaction.
    core::Status begin();
    core::Status commit();
    void rollback();
    int transactionDepth() const { return m_depth; }

private:
    Database(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
    Dialect m_dialect;
    int m_version = 0;
    QString m_backupPath;
    int m_depth = 0;
    bool m_rollbackOnly = false;
    friend class Transaction;
};

// Text of the last error of a query, for messages.
QString queryError(const QSqlQuery& query);

} // namespace bd::store
