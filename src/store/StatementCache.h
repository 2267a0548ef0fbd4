#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <unordered_map>

namespace bd::store {

class Database;

// Prepared statements of one connection, each prepared once and reused: the stores
// run the same few statements hundreds of thousands of times in a big import.
class StatementCache
{
    Q_DECLARE_TR_FUNCTIONS(StatementCache)

public:
    // rewrite, when given, turns the SQL a store writes into what is prepared.
    using Rewrite = QString (*)(const QString& sql);
    explicit StatementCache(Database& db, Rewrite rewrite = nullptr);

    // The statement for this SQL text, finished and ready for new bindings.
    QSqlQuery& prepared(const QString& sql);
    // Runs a statement; its error as a value.
    static core::Status exec(QSqlQuery& query);

private:
    Database& m_db;
    Rewrite m_rewrite;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace bd::store
