#include "PromiseService.h"

#include "domain/Rules.h"
#include "domain/SupplyStage.h"
#include "store/EventStore.h"
#include "store/ItemStore.h"
#include "store/PurchaseStore.h"
#include "store/QueueStore.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using bd::core::Result;
using bd::core::Status;
using namespace bd::domain;

namespace bd::services {

namespace {

// What an item's promised dates are worked out from: its waiting lines in queue order
// and its dated units to come, in the order they are expected.
struct QueueSupply
{
    QList<store::PromiseRow> rows;
    QList<store::PoLine> dated; // with Lines::All, not read when nobody waits
    QList<int> waiting;         // of each row
    QList<Incoming> incoming;   // of each dated line
};

// The most waiting units the dated lines cover (domain::incomingSources): the lines of
// the queue within them have a source, the ones behind have none.
qint64 reachOf(const QList<Incoming>& incoming)
{
    qint64 reach = 0;
    qint64 coming = 0;
    for (const Incoming& batch : incoming) {
        coming += batch.qty;
        reach = std::max(reach, coming);
    }
    return reach;
}

enum class Lines { All, Covered };

// `Lines::Covered` reads only the lines the dated units reach, which are the ones with
// a source: a page of a queue of 100,000 lines does not read them all.
Result<QueueSupply> readSupply(store::QueueStore& queue, store::PurchaseStore& purchases, qint64 itemId, Lines lines)
{
    QueueSupply supply;
    if (lines == Lines::All) {
        Result<QList<store::PromiseRow>> rows = queue.promiseRows(itemId);
        if (!rows)
            return rows.errors();
        supply.rows = rows.takeValue();
        if (supply.rows.isEmpty())
            return supply;
    }
    Result<QList<store::PoLine>> dated = purchases.datedOpenPoLines(itemId);
    if (!dated)
        return dated.errors();
    supply.dated = dated.takeValue();
    for (const store::PoLine& d : std::as_const(supply.dated))
        supply.incoming << Incoming{d.expected, d.qty - d.received};
    if (lines == Lines::Covered) {
        Result<QList<store::PromiseRow>> rows = queue.promiseHead(itemId, reachOf(supply.incoming));
        if (!rows)
            return rows.errors();
        supply.rows = rows.takeValue();
    }
    supply.waiting.reserve(supply.rows.size());
    for (const store::PromiseRow& row : std::as_const(supply.rows))
        supply.waiting << row.waiting;
    return supply;
}

Result<QList<PromiseSource>> sourcesOf(store::QueueStore& queue, store::PurchaseStore& purchases, qint64 itemId,
                                       Lines lines)
{
    const Result<QueueSupply> supply = readSupply(queue, purchases, itemId, lines);
    if (!supply)
        return supply.errors();
    const QList<qsizetype> from = incomingSources(supply->waiting, supply->incoming);
    QList<PromiseSource> out;
    out.reserve(supply->rows.size());
    for (qsizetype i = 0; i < supply->rows.size(); ++i) {
        PromiseSource source{supply->rows[i], 0, {}};
        if (from[i] >= 0) {
            source.poId = supply->dated[from[i]].poId;
            source.poNumber = supply->dated[from[i]].poNumber;
        }
        out << source;
    }
    return out;
}

} // namespace

Status PromiseService::refresh(const DirtyItems& items)
{
    // By item id: the "date slipped" events (and the e-mails naming them) come in the
    // same order whatever order the set holds them in.
    QList<qint64> ids(items.cbegin(), items.cend());
    std::sort(ids.begin(), ids.end());
    for (qint64 id : std::as_const(ids)) {
        if (Status s = refreshItem(id); !s.ok())
            return s;
    }
    return {};
}

Status PromiseService::refreshItem(qint64 itemId)
{
    const store::Found<Item> item = m_shop.items().itemById(itemId);
    if (!item)
        return item.errors();
    if (!item.value())
        return {};
    const auto [fallback, notBefore] = PromiseBasis::of(*item.value());

    // The dated units to come reach the first lines of the queue; each of those is worked
    // out in turn. Every line behind them is promised the fallback date, so of those only
    // the ones that date would change are read: a receipt into a long queue does not read
    // the whole queue to find that nothing behind the served lines moves.
    const Result<QList<Incoming>> incoming = m_shop.purchases().incoming(itemId);
    if (!incoming)
        return incoming.errors();
    const Result<QList<store::PromiseRow>> head = m_shop.queue().promiseHead(itemId, reachOf(incoming.value()));
    if (!head)
        return head.errors();
    QList<int> waiting;
    waiting.reserve(head->size());
    QSet<qint64> inHead;
    for (const store::PromiseRow& row : head.value()) {
        waiting << row.waiting;
        inHead.insert(row.lineId);
    }
    QList<QDate> dates = promisedDates(waiting, incoming.value(), fallback, notBefore);
    QList<store::PromiseRow> rows = head.value();
    const QDate behind = promisedDateAt(1, {}, fallback, notBefore);
    const Result<QList<store::PromiseRow>> changing = m_shop.queue().promiseChangesAt(itemId, behind);
    if (!changing)
        return changing.errors();
    for (const store::PromiseRow& row : changing.value()) {
        if (!inHead.contains(row.lineId)) {
            rows << row;
            dates << behind;
        }
    }

    const QDateTime now = m_shop.now();
    QList<store::QueueStore::LinePromise> changed;
    QList<std::pair<qint64, QString>> slips; // a "date slipped" event's order and details
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const store::PromiseRow& row = rows[i];
        const QDate promised = dates[i];
        QDate told = row.told;
        const bool slipped = told.isValid() && (!promised.isValid() || promised > told);
        if (slipped) {
            slips << std::make_pair(row.orderId, slipDetails(DateSlip{told, promised, m_shop.slipCause()}));
            told = promised;
        } else if (!told.isValid()) {
            told = promised; // the first date the customer hears
        }
        if (promised != row.promised || told != row.told)
            changed << store::QueueStore::LinePromise{row.lineId, promised, told};
    }
    if (Status s = m_shop.events().addOrderEvents(now, QStringLiteral("date slipped"), itemId, slips); !s.ok())
        return s;
    return m_shop.queue().setLinePromises(changed);
}

QString LineSource::text() const
{
    if (poNumber.isEmpty() || stage.isEmpty())
        return poNumber;
    return QCoreApplication::translate("bd::services::LineSource", "%1, %2").arg(poNumber, domain::supplyStageText(stage));
}

core::Result<QList<PromiseSource>> promiseSources(store::QueueStore& queue, store::PurchaseStore& purchases,
                                                  qint64 itemId)
{
    return sourcesOf(queue, purchases, itemId, Lines::All);
}

core::Result<QHash<qint64, LineSource>> lineSources(store::QueueStore& queue, store::PurchaseStore& purchases,
                                                    qint64 itemId)
{
    // A line behind the dated units has no source, and is not read.
    const Result<QList<PromiseSource>> all = sourcesOf(queue, purchases, itemId, Lines::Covered);
    if (!all)
        return all.errors();
    QHash<qint64, QString> stages; // by purchase order
    QHash<qint64, LineSource> out;
    for (const PromiseSource& s : all.value()) {
        LineSource line{s.poNumber, {}};
        if (s.poId > 0) {
            auto known = stages.constFind(s.poId);
            if (known == stages.cend()) {
                const store::Found<store::PoStage> latest = purchases.latestStage(s.poId);
                if (!latest)
                    return latest.errors();
                known = stages.insert(s.poId, latest.value() ? latest.value()->stage : QString());
            }
            line.stage = *known;
        }
        out.insert(s.row.lineId, line);
    }
    return out;
}

core::Result<QList<PromiseSource>> PromiseService::sources(qint64 itemId)
{
    return promiseSources(m_shop.queue(), m_shop.purchases(), itemId);
}

core::Result<QHash<qint64, LineSource>> PromiseService::lineSources(qint64 itemId)
{
    return services::lineSources(m_shop.queue(), m_shop.purchases(), itemId);
}

} // namespace bd::services
