#include "PurchasingService.h"

#include "core/Text.h"
#include "domain/SupplyStage.h"
#include "services/PromiseService.h"
#include "store/EventStore.h"
#include "store/QueueStore.h"

#include <QSet>

using bd::core::Error;
using bd::core::Errors;
using bd::core::Result;
using bd::core::Status;

namespace bd::services {

namespace {

// The history's wording, which the outbox reads back: "shipped: PO-1".
QString stockUpdateDetails(const QString& stage, const QString& poNumber)
{
    return stage + QStringLiteral(": ") + poNumber;
}

} // namespace

Result<StageOutcome> PurchasingService::recordStage(const StageInput& input)
{
    StageOutcome outcome;
    const Status done = m_shop.transact(
        [&](DirtyItems& dirty) { return recordStageWithin(input, QString(), dirty, &outcome); });
    if (!done.ok())
        return done.errors();
    return outcome;
}

Status PurchasingService::recordStages(const QList<StageInput>& inputs, const QString& sourceFile,
                                       StageOutcome* outcome, bool keep)
{
    StageOutcome sum;
    const Status done = m_shop.transact(
        [&](DirtyItems& dirty) -> Status {
            Errors errors;
            for (const StageInput& input : inputs) {
                errors << recordStageWithin(input, sourceFile, dirty, &sum).errors();
                if (errors.size() >= 100)
                    break;
            }
            return errors;
        },
        keep);
    if (done.ok() && outcome)
        *outcome = sum;
    return done;
}

Status PurchasingService::recordStageWithin(const StageInput& input, const QString& sourceFile, DirtyItems& dirty,
                                            StageOutcome* outcome)
{
    m_shop.setSlipCause(QStringLiteral("supplier"));
    store::PurchaseStore& purchases = m_shop.purchases();
    // Before the number is looked up (a server refuses a NUL in a query's value). The
    // note is for the customers, and may run over lines.
    if (Status s = core::Text::checkFields({ { QStringLiteral("po_number"), input.poNumber },
                                             { QStringLiteral("stage"), input.stage },
                                             { QStringLiteral("note"), input.note, core::TextKind::MultiLine } },
                                           sourceFile, input.sourceLine);
        !s.ok())
        return s;
    Errors errors;
    auto problem = [&](const QString& field, const QString& message) {
        errors << Error::at(sourceFile, input.sourceLine, field, message);
    };
    if (input.stage == domain::stage::Received)
        problem(QStringLiteral("stage"),
                tr("'received' is recorded by receiving the stock; a stage is one of %1")
                    .arg(domain::supplyStages().join(QStringLiteral(", "))));
    else if (!domain::isRecordableStage(input.stage))
        problem(QStringLiteral("stage"), tr("unknown stage '%1'; it is one of %2")
                                             .arg(input.stage, domain::supplyStages().join(QStringLiteral(", "))));
    const store::Found<store::PurchaseOrderSummary> found = purchases.purchaseOrder(input.poNumber);
    if (!found)
        return found.errors();
    const std::optional<store::PurchaseOrderSummary>& po = found.value();
    if (!po)
        problem(QStringLiteral("po_number"), tr("no purchase order '%1'").arg(input.poNumber));
    else if (po->open() <= 0)
        problem(QStringLiteral("po_number"),
                tr("purchase order %1 is received in full; it has no stage left to record").arg(po->number));
    if (!errors.isEmpty())
        return errors;

    const QDateTime now = m_shop.now();
    const store::PoStage stage{0,
                               po->id,
                               po->number,
                               input.stage,
                               input.date.isValid() ? input.date : m_shop.clock().today(),
                               input.note.trimmed(),
                               input.expected,
                               now};
    if (const Result<qint64> id = purchases.insertStage(stage); !id)
        return id.errors();
    if (input.expected.isValid()) {
        if (Status s = purchases.setOpenLinesExpected(po->id, input.expected); !s.ok())
            return s;
    }
    const Result<QList<store::PoLine>> lines = purchases.openLinesOfPo(po->id);
    if (!lines)
        return lines.errors();

    // The dates the customers were told before, so that a slip this stage causes is
    // seen: those customers get the delay notice, not a second e-mail about the stage.
    store::QueueStore& queue = m_shop.queue();
    QHash<qint64, QDate> toldBefore; // by order line
    for (const store::PoLine& line : lines.value()) {
        const Result<QList<store::PromiseRow>> rows = queue.promiseRows(line.itemId);
        if (!rows)
            return rows.errors();
        for (const store::PromiseRow& row : rows.value())
            toldBefore.insert(row.lineId, row.told);
    }
    DirtyItems items;
    for (const store::PoLine& line : lines.value())
        items.insert(line.itemId);
    if (Status s = PromiseService(m_shop).refresh(items); !s.ok())
        return s;

    QString history = tr("%1: %2 on %3").arg(po->number, input.stage, core::toIso(stage.date));
    if (stage.expected.isValid())
        history += tr(", expected %1").arg(core::toIso(stage.expected));
    if (!stage.note.isEmpty())
        history += QStringLiteral(" — ") + stage.note;
    QSet<qint64> told;
    QSet<qint64> slipped;
    QList<std::pair<qint64, qint64>> toTell; // (order, item), in queue order
    for (const store::PoLine& line : lines.value()) {
        if (Status s = m_shop.events().addEvent(now, QStringLiteral("po stage"), 0, line.itemId, 0, history); !s.ok())
            return s;
        const Result<QList<PromiseSource>> sources = PromiseService(m_shop).sources(line.itemId);
        if (!sources)
            return sources.errors();
        for (const PromiseSource& source : sources.value()) {
            if (source.poId != po->id)
                continue;
            const store::PromiseRow& row = source.row;
            const QDate before = toldBefore.value(row.lineId);
            if (before.isValid() && row.told != before)
                slipped.insert(row.orderId);
            else
                toTell << std::pair{row.orderId, line.itemId};
        }
    }
    for (const auto& [orderId, itemId] : std::as_const(toTell)) {
        if (slipped.contains(orderId) || told.contains(orderId))
            continue;
        told.insert(orderId);
        if (Status s = m_shop.events().addEvent(now, QStringLiteral("stock update"), orderId, itemId, 0,
                                                stockUpdateDetails(input.stage, po->number));
            !s.ok())
            return s;
    }
    if (outcome) {
        outcome->told.unite(told);
        outcome->slipped.unite(slipped);
        outcome->ordersTold = int(outcome->told.size());
        outcome->ordersSlipped = int(outcome->slipped.size());
    }
    Q_UNUSED(dirty); // the promised dates were worked out above, before the e-mails were chosen
    return {};
}

Result<QList<store::PoStage>> PurchasingService::timeline(const QString& poNumber)
{
    store::PurchaseStore& purchases = m_shop.purchases();
    const Result<store::PurchaseOrderSummary> po = store::required(
        purchases.purchaseOrder(poNumber), [&] { return core::fail(tr("no purchase order '%1'").arg(poNumber)); });
    if (!po)
        return po.errors();
    Result<QList<store::PoStage>> stages = purchases.stages(po->id);
    if (!stages)
        return stages;
    return timelineOf(po.value(), stages.takeValue());
}

QList<store::PoStage> PurchasingService::timelineOf(const store::PurchaseOrderSummary& po,
                                                    QList<store::PoStage> recorded)
{
    if (po.ordered > 0 && po.open() <= 0) {
        store::PoStage received;
        received.poId = po.id;
        received.poNumber = po.number;
        received.stage = domain::stage::Received;
        recorded.append(received);
    }
    return recorded;
}

} // namespace bd::services
