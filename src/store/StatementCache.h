#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <utility>
#include <unordered_map>

namespace bd::store {

class Database;

// A cached prepared statement lent for one use. It is finished when the Statement goes
// out of scope: a statement stepped and left unfinished on a long-lived connection pins
// the read snapshot it started, so the connection stops seeing other seats' changes and
// can no longer write (SQLITE_BUSY_SNAPSHOT). Reading just the first row is safe.
//
//     Statement q = m_statements.prepared(u"SELECT name FROM items WHERE id = :id"_s);
//     q.bindValue(u":id"_s, id);
//     if (q.exec() && q.next()) return q.value(0).toString();
class Statement
{
public:
    explicit Statement(QSqlQuery& query)
        : m_query(&query)
    {
    }
    // A statement the database could not prepare (a table gone, say): it runs nothing,
    // and prepareError() says why, naming what is missing.
    Statement(std::unique_ptr<QSqlQuery> unprepared, QString error)
        : m_owned(std::move(unprepared))
        , m_query(m_owned.get())
        , m_prepareError(std::move(error))
    {
    }
    Statement(Statement&& other) noexcept
        : m_owned(std::move(other.m_owned))
        , m_query(std::exchange(other.m_query, nullptr))
        , m_prepareError(std::move(other.m_prepareError))
    {
    }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement& operator=(Statement&&) = delete;
    ~Statement()
    {
        if (m_query)
            m_query->finish();
    }

    // Only a named Statement lends its query: `QSqlQuery& q = cache.prepared(…)` would
    // keep the query past the temporary that finishes it.
    QSqlQuery& query() const& { return *m_query; }
    operator QSqlQuery&() const& { return *m_query; }
    QSqlQuery& query() && = delete;
    operator QSqlQuery&() && = delete;
    QSqlQuery* operator->() const { return m_query; }

    // The calls the stores make, so a Statement reads like the QSqlQuery it lends.
    void bindValue(const QString& placeholder, const QVariant& value) { m_query->bindValue(placeholder, value); }
    void bindValue(int position, const QVariant& value) { m_query->bindValue(position, value); }
    void addBindValue(const QVariant& value) { m_query->addBindValue(value); }
    bool exec() { return m_prepareError.isEmpty() && m_query->exec(); }
    // Empty when the statement was prepared.
    const QString& prepareError() const { return m_prepareError; }
    bool next() { return m_query->next(); }
    QVariant value(int index) const { return m_query->value(index); }
    QVariant value(const QString& name) const { return m_query->value(name); }
    bool isNull(int index) const { return m_query->isNull(index); }
    QVariant lastInsertId() const { return m_query->lastInsertId(); }
    int numRowsAffected() const { return m_query->numRowsAffected(); }
    QSqlError lastError() const { return m_query->lastError(); }
    bool isActive() const { return m_query->isActive(); }
    void finish() { m_query->finish(); }

private:
    std::unique_ptr<QSqlQuery> m_owned; // only a statement that could not be prepared
    QSqlQuery* m_query;
    QString m_prepareError;
};

// Prepared statements of one connection, each prepared once and reused: the stores
// run the same few statements hundreds of thousands of times in a big import.
class StatementCache
{
    Q_DECLARE_TR_FUNCTIONS(StatementCache)

public:
    // rewrite turns the SQL a store writes into what is prepared: by default its
    // positional '?' placeholders become named ones (sql::namedPlaceholders).
    using Rewrite = QString (*)(const QString& sql);
    explicit StatementCache(Database& db, Rewrite rewrite = defaultRewrite());

    // The statement for this SQL text, finished and ready for new bindings; finished
    // again when the returned Statement goes out of scope. One the database refuses is
    // not kept (the next call prepares it again) and fails when run, with the reason.
    Statement prepared(const QString& sql);
    // Runs a statement, binding a null QString as '' (deliberate NULLs are bound as null
    // QVariants); its error as a value.
    static core::Status exec(QSqlQuery& query);
    static core::Status exec(Statement& statement);
    static Rewrite defaultRewrite();
    Database& database() const { return m_db; }

private:
    Database& m_db;
    Rewrite m_rewrite;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace bd::store
