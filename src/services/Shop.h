#pragma once

#include "core/Clock.h"
#include "store/Config.h"
#include "store/Database.h"
#include "store/ShopStore.h"

#include <QSet>

#include <functional>

namespace bd::services {

// Items whose waiting lines need their promised dates worked out again before the
// action commits.
using DirtyItems = QSet<qint64>;

// One open shop: the database, the clock every action reads "now" from, and the
// store and settings over that database. Services take a Shop& and run each
// merchant action as one transaction on it.
class Shop
{
public:
    Shop(store::Database& db, const core::Clock& clock)
        : m_db(db)
        , m_clock(clock)
        , m_store(db)
        , m_config(db)
    {
    }
    Shop(const Shop&) = delete;
    Shop& operator=(const Shop&) = delete;

    store::Database& db() { return m_db; }
    const core::Clock& clock() const { return m_clock; }
    QDateTime now() const { return m_clock.now(); }
    store::ShopStore& store() { return m_store; }
    store::Config& config() { return m_config; }

    // Runs one merchant action: `body` inside one transaction, then the promised
    // dates of the items it touched, then commit — or, when body fails or `keep` is
    // false (a preview), roll everything back.
    core::Status transact(const std::function<core::Status(DirtyItems&)>& body, bool keep = true);

private:
    store::Database& m_db;
    const core::Clock& m_clock;
    store::ShopStore m_store;
    store::Config m_config;
};


} // namespace bd::services
