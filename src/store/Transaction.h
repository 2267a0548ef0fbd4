#pragma once

#include "core/Result.h"
#include "store/Database.h"

namespace bd::store {

// Holds a transaction open for its lifetime and rolls it back unless commit() was
// called: an early return or an exception undoes the whole merchant action.
// Nested guards join the outer transaction; if any inner one is abandoned the outer
// commit fails, so a half-done action is never committed.
class Transaction
{
public:
    // Lock::Scratch: for work on temporary tables only, without the shop's write lock.
    explicit Transaction(Database& db, Database::Lock lock = Database::Lock::Write);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Whether BEGIN worked; when not, status() says why.
    bool isActive() const { return m_active; }
    const core::Status& status() const { return m_status; }
    core::Status commit();

private:
    Database& m_db;
    bool m_active = false;
    bool m_done = false;
    core::Status m_status;
};

} // namespace bd::store
