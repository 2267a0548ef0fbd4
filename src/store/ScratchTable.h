#pragma once

#include <QList>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace bd::store {

// What a bulk writer on a shop file keeps on SQLite's own handle: statements prepared
// once and kept while it writes, and the temporary table it gathers rows in (its name
// given here) until they go into theirs in one statement. The statements are finalized
// and the table dropped when it goes; an import that failed before then rolls the
// table back with the rest of its transaction.
class ScratchTable
{
public:
    ScratchTable(sqlite3* db, const char* name, int statements);
    ~ScratchTable();
    ScratchTable(const ScratchTable&) = delete;
    ScratchTable& operator=(const ScratchTable&) = delete;

    // Statement `index`, prepared from `sql` the first time, reset with its values
    // cleared after; null when SQLite refuses the text (sqlite3_errmsg says why).
    sqlite3_stmt* statement(int index, const char* sql);

    // Whether the table exists; create() makes it with `definition`, the text after
    // "CREATE TEMP TABLE name" (false when SQLite refuses it).
    bool created() const { return m_created; }
    bool create(const QByteArray& definition);
    // Drops the table and finalizes the statements (those on it go with it).
    bool drop();

    // Binds text as UTF-8 that SQLite copies, so nothing needs to outlive the call.
    static void bindText(sqlite3_stmt* stmt, int index, const QString& text);
    // The text of a column of the row the statement is on.
    static QString columnText(sqlite3_stmt* stmt, int column);

private:
    sqlite3* m_db;
    QByteArray m_name;
    QList<sqlite3_stmt*> m_statements;
    bool m_created = false;
};

} // namespace bd::store
