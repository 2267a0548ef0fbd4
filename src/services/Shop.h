#pragma once

#include "core/Clock.h"
#include "store/Config.h"
#include "store/Database.h"
#include "store/ShopStore.h"

#include <QSet>

#include <functional>
#include <memory>

namespace bd::mail {
class Outbox;
}

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
    Shop(store::Database& db, const core::Clock& clock);
    ~Shop();
    Shop(const Shop&) = delete;
    Shop& operator=(const Shop&) = delete;

    store::Database& db() { return m_db; }
    const core::Clock& clock() const { return m_clock; }
    QDateTime now() const { return m_clock.now(); }
    store::ShopStore& store() { return m_store; }
    store::Config& config() { return m_config; }
    // The e-mail outbox; transact() queues the messages of what an action did into it.
    mail::Outbox& outbox();

    // Runs one merchant action: `body` inside one transaction, then the promised
    // dates of the items it touched, then the e-mails its events call for (queued in
    // the outbox), then commit — or, when body fails or `keep` is false (a preview),
    // roll everything back.
    core::Status transact(const std::function<core::Status(DirtyItems&)>& body, bool keep = true);

private:
    store::Database& m_db;
    const core::Clock& m_clock;
    store::ShopStore m_store;
    store::Config m_config;
    std::unique_ptr<mail::Outbox> m_outbox;
    int m_depth = 0; // nested transact() calls: e-mails are queued by the outermost
};


} // namespace bd::services
