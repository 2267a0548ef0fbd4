#pragma once

#include "core/Clock.h"
#include "domain/Rules.h"
#include "domain/Types.h"
#include "store/Config.h"
#include "store/Database.h"

#include <QSet>

#include <functional>
#include <memory>

namespace bd::mail {
class Outbox;
}

namespace bd::store {
class CustomerStore;
class EventStore;
class ItemStore;
class LedgerStore;
class OrderStore;
class OrderWriter;
class PurchaseStore;
class QueueStore;
} // namespace bd::store

namespace bd::services {

// Items whose waiting lines need their promised dates worked out again before the
// action commits.
using DirtyItems = QSet<qint64>;

// One open shop: the database, the clock every action reads "now" from, and the
// stores and settings over that database. Services take a Shop& and run each
// merchant action as one transaction on it; only services reach the stores.
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
    store::Config& config() { return m_config; }
    // The stores, one per part of the shop's data (src/store).
    store::ItemStore& items();
    store::CustomerStore& customers();
    store::OrderStore& orders();
    store::QueueStore& queue();
    store::LedgerStore& ledger();
    store::PurchaseStore& purchases();
    store::EventStore& events();
    // Where placing orders queues what it writes (see services::OrderPlacer).
    store::OrderWriter& orderWriter();
    // The e-mail outbox; transact() queues the messages of what an action did into it.
    mail::Outbox& outbox();

    // Runs one merchant action: `body` inside one transaction, then the promised
    // dates of the items it touched, then the e-mails its events call for (queued in
    // the outbox), then commit — or, when body fails or `keep` is false (a preview),
    // roll everything back (a preview does not work out the dates it would move).
    core::Status transact(const std::function<core::Status(DirtyItems&)>& body, bool keep = true);

    // Why the action under way may move promised dates later, for the delay e-mail to
    // say honestly: "supplier" (a purchase order came later or smaller), "queue" (an
    // order was moved to the front). Set by the action inside transact(); none unless
    // set, and the e-mail then names no cause.
    void setSlipCause(const QString& cause) { m_slipCause = cause; }
    const QString& slipCause() const { return m_slipCause; }

    // Changes settings, all or none, as one action.
    core::Status saveSettings(const QList<std::pair<QString, QString>>& values);

private:
    store::Database& m_db;
    const core::Clock& m_clock;
    struct Stores;
    std::unique_ptr<Stores> m_stores;
    store::Config m_config;
    std::unique_ptr<mail::Outbox> m_outbox;
    int m_depth = 0; // nested transact() calls: e-mails are queued by the outermost
    QString m_slipCause;
};


} // namespace bd::services
