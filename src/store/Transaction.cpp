#include "Transaction.h"

#include "store/Database.h"

namespace bd::store {

Transaction::Transaction(Database& db, Database::Lock lock)
    : m_db(db)
{
    m_status = m_db.begin(lock);
    m_active = m_status.ok();
}

Transaction::~Transaction()
{
    if (m_active && !m_done)
        m_db.rollback();
}

core::Status Transaction::commit()
{
    if (!m_active)
        return m_status;
    m_done = true;
    return m_db.commit();
}

} // namespace bd::store
