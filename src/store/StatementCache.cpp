#include "StatementCache.h"

#include "store/Database.h"
#include "store/Sql.h"

namespace bd::store {

StatementCache::StatementCache(Database& db, Rewrite rewrite)
    : m_db(db)
    , m_rewrite(rewrite)
{
}

Statement StatementCache::prepared(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_unique<QSqlQuery>(m_db.connection());
        q->setForwardOnly(true);
        if (!q->prepare(m_rewrite ? m_rewrite(sql) : sql)) {
            const QString error = queryError(*q);
            return Statement(std::move(q), error.isEmpty() ? tr("the statement could not be prepared") : error);
        }
        it = m_statements.emplace(sql, std::move(q)).first;
    }
    it->second->finish();
    return Statement(*it->second);
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
