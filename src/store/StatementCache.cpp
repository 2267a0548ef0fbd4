#include "StatementCache.h"

#include "store/Database.h"

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
        if (!q->prepare(m_rewrite ? m_rewrite(sql) : sql))
            qWarning("cannot prepare %s: %s", qPrintable(sql), qPrintable(queryError(*q)));
        it = m_statements.emplace(sql, std::move(q)).first;
    }
    it->second->finish();
    return Statement(*it->second);
}

core::Status StatementCache::exec(QSqlQuery& query)
{
    if (query.exec())
        return {};
    return core::fail(tr("Database error: %1").arg(queryError(query)));
}

} // namespace bd::store
