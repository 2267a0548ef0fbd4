#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>

class QSqlError;

#include <functional>

namespace bd::store {

// Everything that differs between the SQL engines the store can run on, in one place.
// SQLite is what ships; PostgreSQL (QPSQL) is the multi-seat target.
// A LIKE pattern that matches `text` anywhere, its own %, _ and \ taken literally; use it
// with ESCAPE '\\' (standard SQL, the same in SQLite and PostgreSQL).
QString likeContains(const QString& text);
// The text with LIKE's %, _ and \ taken literally (with ESCAPE '\\').
QString escapeLike(const QString& text);

class Dialect
{
    Q_DECLARE_TR_FUNCTIONS(Dialect)

public:
    enum class Engine { SQLite, PostgreSQL };

    explicit Dialect(Engine engine = Engine::SQLite)
        : m_engine(engine)
    {
    }
    static Dialect forDriver(const QString& driverName);

    Engine engine() const { return m_engine; }
    // Expands the placeholders the migration files use (@ID@ for an auto-numbered key).
    QString expandDdl(const QString& sql) const;
    // An INSERT that is skipped when it would break a unique key.
    QString insertOrIgnore(const QString& tableAndColumns, const QString& values) const;
    // The operator matching a LIKE pattern without regard to case (ASCII letters): SQLite's
    // LIKE already does; PostgreSQL's LIKE does not, its ILIKE does.
    QString likeAnyCase() const;
    // A subquery of the ids of `table` whose search_text has the folded `token` (see
    // Search.h): anywhere for three characters or more, else as a whole word; `bind` gives
    // the placeholder of a value. SQLite looks in the table's FTS5 trigram index
    // `<table>_search` (a shorter token has no trigram and is compared with LIKE),
    // PostgreSQL in its pg_trgm index.
    QString idsContaining(const QString& table, const QString& token,
                          const std::function<QString(const QVariant&)>& bind) const;
    // Copies the whole database to a file while it stays open (SQLite only).
    QString snapshotInto() const;
    // `table alias` for a FROM clause that reads the table by its key only: a range of its
    // ids (`alias.id > ?`) is read from where it starts, and no other index is tried. An
    // action's events are the ones after a mark; given their kinds too, SQLite's planner
    // read them through the index of kinds, that is every event of those kinds since the
    // shop began, and the cost of each action grew with the shop's history. PostgreSQL
    // chooses by its statistics.
    QString byKeyOnly(const QString& table, const QString& alias) const;
    // The text expression `expr` as a JSON string, quoted and escaped.
    QString jsonString(const QString& expr) const;
    // " ASC" or " DESC" for an ORDER BY term, with the empty values (NULL) first when
    // ascending and last when descending on both engines: SQLite's own order, where
    // PostgreSQL's is the other way round.
    QString sortDirection(bool descending) const;
    // PostgreSQL ends a transaction at its first error and refuses every statement after
    // it; SQLite goes on.
    bool endsTransactionAtFirstError() const { return m_engine == Engine::PostgreSQL; }
    // Whether a statement failed only because an earlier one of its transaction did.
    bool isAfterEarlierError(const QSqlError& error) const;

    // How a transaction begins. A write on SQLite takes the file's write lock at once
    // (BEGIN IMMEDIATE); on PostgreSQL a plain BEGIN, and the shop's own lock after it.
    QString beginStatement(bool write) const;
    bool takesShopLockAfterBegin() const { return m_engine == Engine::PostgreSQL; }

    // How a seat hears that another seat committed a change: SQLite's data_version of the
    // file, read when asked; PostgreSQL's notices on `changeChannel()`, which every write
    // sends just before it commits (`changeNotice()`, empty where none is sent).
    enum class ChangeWatch { DataVersion, Notices };
    ChangeWatch changeWatch() const;
    static QString changeChannel();
    QString changeNotice() const;

    // The statement switching the per-row foreign key checks on or off, and the one listing
    // the keys that point nowhere; empty on a server, which checks every key always.
    QString foreignKeysSwitch(bool on) const;
    QString foreignKeyCheck() const;

    // Where the seat holding the write lock announces a long action: a file beside the
    // shop file, or the server session's name (pg_stat_activity) for the transaction.
    enum class Announcement { FileBeside, SessionName };
    Announcement announcement() const;

    // Whether the shop is copied to a file before a migration: a file's is; on a server
    // each migration is one transaction, its DDL undone whole if it fails.
    bool snapshotsBeforeMigrating() const { return m_engine == Engine::SQLite; }

    // What a backup is: SQLite's online copy to a new file, or pg_dump's snapshot.
    enum class BackupKind { OnlineCopy, ServerDump };
    BackupKind backupKind() const;

    // How many item rows are written at once: SQLite's C API, or batched INSERTs on a server.
    enum class BulkPath { SqliteApi, BatchedInserts };
    BulkPath bulkPath() const;

    // A shop's location as a person reads it (the native file path, or the server's address
    // without password and settings), its short name (the file's, or the database's), and
    // the folder its file dialogs start in (empty on a server).
    QString displayName(const QString& location) const;
    QString shortName(const QString& location) const;
    QString folderOf(const QString& location) const;
    // Where the window's status bar says the open shop is.
    QString statusText(const QString& location) const;

private:
    Engine m_engine;
};

} // namespace bd::store
