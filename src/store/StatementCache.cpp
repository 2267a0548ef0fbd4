#include "StatementCache.h"

#include "store/Database.h"
#include "store/Sql.h"

namespace bd::store {

StatementCache::StatementCache(Database& db, Rewrite rewrite)
    : m_db(db)
    , m_rewrite(rewrite)
{
}

std::unique_ptr<QSqlQuery> StatementCache::prepare(const QString& sql, QString& error) const
{
    auto q = std::make_unique<QSqlQuery>(m_db.connection());
    q->setForwardOnly(true);
    if (!q->prepare(m_rewrite ? m_rewrite(sql) : sql)) {
        error = queryError(*q);
        if (error.isEmpty())
            error = tr("the statement could not be prepared");
    }
    return q;
}

Statement StatementCache::prepared(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QString error;
        std::unique_ptr<QSqlQuery> q = prepare(sql, error);
        if (!error.isEmpty())
            return Statement(std::move(q), error);
        it = m_statements.emplace(sql, std::move(q)).first;
    }
    it->second->finish();
    return Statement(*it->second);
}

Statement StatementCache::preparedOnce(const QString& sql) const
{
    QString error;
    std::unique_ptr<QSqlQuery> q = prepare(sql, error);
    return Statement(std::move(q), error);
}

core::Status StatementCache::exec(QSqlQuery& query)
{
    // A null QString would be bound as SQL NULL; text columns want ''. Deliberate
    // NULLs are bound as null QVariants (sql::orNull) and stay NULL.
    const QVariantList values = query.boundValues();
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant& v = values[i];
        if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
            query.bindValue(int(i), QStringLiteral(""));
    }
    if (query.exec())
        return {};
    return core::fail(tr("Database error: %1").arg(queryError(query)));
}

core::Status StatementCache::exec(Statement& statement)
{
    if (!statement.prepareError().isEmpty())
        return core::fail(tr("Database error: %1").arg(statement.prepareError()));
    return exec(statement.query());
}

StatementCache::Rewrite StatementCache::defaultRewrite()
{
    return &sql::namedPlaceholders;
}

} // namespace bd::store
