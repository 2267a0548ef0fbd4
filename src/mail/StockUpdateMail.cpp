// The stock-update e-mail: a purchase order that serves the customer's waiting units
// reached a stage of its way to the shop (services::PurchasingService).

#include "mail/Outbox.h"

#include "core/Clock.h"
#include "domain/SupplyStage.h"
#include "store/Config.h"

using bd::core::Result;
using bd::core::Status;
using namespace bd::domain;

namespace bd::mail {

Status Outbox::setStockUpdate(MailValues& values, const Order& order, const QString& details, const QSet<qint64>& items)
{
    const QString code = details.section(QStringLiteral(": "), 0, 0);
    const QString poNumber = details.section(QStringLiteral(": "), 1);
    const store::Found<qint64> poId = m_purchases.purchaseOrderId(poNumber);
    if (!poId)
        return poId.errors();
    if (!poId.value())
        return {};
    const Result<QList<store::PoStage>> stages = m_purchases.stages(*poId.value());
    if (!stages)
        return stages.errors();
    const store::PoStage* stage = nullptr;
    for (const store::PoStage& s : stages.value()) {
        if (s.stage == code)
            stage = &s; // the newest of that stage
    }
    const char* label = supplyStageLabel(code);
    if (!stage || !label)
        return {};
    // The lines this purchase order brings, and the latest of their dates.
    Order served = order;
    served.lines.clear();
    for (const OrderLine& l : order.lines) {
        if (l.waiting > 0 && items.contains(l.itemId))
            served.lines << l;
    }
    if (served.lines.isEmpty())
        return {};
    setCommon(values, served);
    const MailFormat f = format();
    values.set(QStringLiteral("stage"), f.phrase("SupplyStage", label));
    values.set(QStringLiteral("stage_date"), f.date(stage->date));
    // The note is a paragraph of its own, or nothing at all.
    if (stage->note.isEmpty())
        values.set(QStringLiteral("stage_note"), QString());
    else
        values.setWithHtml(QStringLiteral("stage_note"), QStringLiteral("\n") + stage->note + QStringLiteral("\n"),
                           QStringLiteral("<p>") + stage->note.toHtmlEscaped() + QStringLiteral("</p>"));
    return {};
}

} // namespace bd::mail
