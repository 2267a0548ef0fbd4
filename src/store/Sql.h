#pragma once

#include "core/Result.h"
#include "store/StatementCache.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

#include <limits>
#include <optional>
#include <utility>
#include <type_traits>

struct sqlite3_stmt;

// Binding values and reading rows: the few helpers every store of src/store uses, so a
// failed read is reported the same way everywhere.
namespace bd::store {

// A row that may not exist, or the reason it could not be looked for. An empty optional
// means "there is none"; a failed query is an error, never an empty answer.
template<typename T>
using Found = core::Result<std::optional<T>>;

// The value bound to LIMIT: a negative limit means "all rows", which SQLite reads from a
// negative number and PostgreSQL refuses; both take the largest number.
inline qint64 limitValue(int limit)
{
    return limit < 0 ? std::numeric_limits<qint64>::max() : limit;
}

// A statement being put together: its text and the values its placeholders take.
// Each value gets a placeholder name of its own (:v0, :v1, ...), so the same text
// always has the same placeholders and the prepared statement can be cached.
struct SqlText
{
    QString text;
    QList<std::pair<QString, QVariant>> values;

    QString bind(const QVariant& value);
    void bindTo(QSqlQuery& query) const;
};

// The row a Found holds, or `missing()` (an Error) when there is none, or the
// reason the read failed.
template<typename T, typename Missing>
core::Result<T> required(Found<T> found, Missing missing)
{
    if (!found)
        return found.errors();
    if (!found.value())
        return core::Error(missing());
    return std::move(*found.value());
}

namespace sql {

// Values bound as SQL NULL when they hold nothing.
QVariant orNull(const QString& text);
QVariant orNull(const QDate& date);
QVariant orNull(const QDateTime& at);
QVariant orNull(qint64 id); // ids: 0 and below are "none"
QVariant orNull(const std::optional<int>& value);
QVariant orNull(const std::optional<qint64>& value);

QDate dateOf(const QVariant& v);
QDateTime dateTimeOf(const QVariant& v);

// Positional '?' placeholders of a store's SQL turned into :p0, :p1, ... (QtSql binds
// named values about twice as fast as positional ones, which the import path feels).
QString namedPlaceholders(const QString& sql);
// The name the n-th '?' of a statement got.
const QString& P(int index);

// The error of a query that failed, naming the database's reason (which names the
// table or column it could not read).
core::Error failed(const QSqlQuery& query);
// Runs a cached statement; its error as a value (the reason it could not be prepared,
// when it could not).
core::Status run(Statement& statement);

// Every row of a statement, each read by `read`; an error when the statement or the
// walk over its rows failed.
template<typename Read>
auto readAll(Statement& query, Read read)
    -> core::Result<QList<std::decay_t<std::invoke_result_t<Read, const QSqlQuery&>>>>
{
    using Row = std::decay_t<std::invoke_result_t<Read, const QSqlQuery&>>;
    if (core::Status s = run(query); !s.ok())
        return s.errors();
    QList<Row> rows;
    while (query.next())
        rows << read(query.query());
    if (query.lastError().isValid())
        return failed(query.query());
    return rows;
}

// The first row of a statement, if any; the statement is finished after it.
template<typename Read>
auto readFirst(Statement& query, Read read) -> Found<std::decay_t<std::invoke_result_t<Read, const QSqlQuery&>>>
{
    using Row = std::decay_t<std::invoke_result_t<Read, const QSqlQuery&>>;
    if (core::Status s = run(query); !s.ok())
        return s.errors();
    std::optional<Row> row;
    if (query.next())
        row = read(query.query());
    else if (query.lastError().isValid())
        return failed(query.query());
    query.finish();
    return row;
}

// The values of the rows of one multi-row statement (writeRows), bound in order. On
// SQLite they go straight into SQLite's statement: QtSql formats a placeholder name and
// looks it up in a hash for every value it binds, which was a third of a big import.
// Values bind as QtSql binds them, and a null QString as '' (StatementCache::exec).
class RowBinds
{
public:
    explicit RowBinds(QSqlQuery& query)
        : m_query(&query)
    {
    }
    explicit RowBinds(sqlite3_stmt* statement)
        : m_statement(statement)
    {
    }
    void bindValue(int position, const QVariant& value);

private:
    QSqlQuery* m_query = nullptr;
    sqlite3_stmt* m_statement = nullptr;
};

// A row a RETURNING gives back to writeRows, read as QSqlQuery::value reads it.
class RowValues
{
public:
    explicit RowValues(const QSqlQuery& query)
        : m_query(&query)
    {
    }
    explicit RowValues(sqlite3_stmt* statement)
        : m_statement(statement)
    {
    }
    QVariant value(int index) const;

private:
    const QSqlQuery* m_query = nullptr;
    sqlite3_stmt* m_statement = nullptr;
};

using BindRow = std::function<void(RowBinds& binds, qsizetype index, int& position)>;
using ReadRow = std::function<void(const RowValues& row)>;

// Rows of `count` written many to a statement, at most `perStatement` (a power of two):
// a round trip and its bindings cost more than the row itself. `head`, `row` (the
// placeholders of one row, repeated) and `tail` make the SQL; `bind(binds, index,
// position)` binds row `index` from placeholder `position` on, advancing it; `read`
// reads each row a RETURNING gives back. Full statements go first, the rest in halves
// (128, 64, ... 1 rows), so a handful of statements are prepared and kept whatever
// the counts.
core::Status writeRows(StatementCache& statements, const QString& head, const QString& row, const QString& tail,
                       qsizetype count, qsizetype perStatement, const BindRow& bind, const ReadRow& read = {});

// The rows of one statement, read as writeRows reads what a RETURNING gives back: on
// SQLite straight from SQLite's statement, where QtSql would make a QVariant of every
// column of every row on the way. `bind(binds, position)` binds from position 0 on.
core::Status readRows(StatementCache& statements, const QString& sql,
                      const std::function<void(RowBinds& binds, int& position)>& bind, const ReadRow& read);

// The number in the first column of the first row (a COUNT or a SUM); 0 without a row.
core::Result<qint64> readNumber(Statement& query);
// The same, for a count that fits an int.
core::Result<int> readCount(Statement& query);
// Whether the statement gives any row.
core::Result<bool> readExists(Statement& query);

} // namespace sql
} // namespace bd::store
