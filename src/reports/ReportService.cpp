#include "ReportService.h"

#include "domain/Availability.h"
#include "reports/ReportFormat.h"
#include "reports/ReportHelpers.h"
#include "services/InsightService.h"
#include "store/Config.h"
#include "store/Database.h"
#include "store/ItemStore.h"
#include "store/Transaction.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <limits>

using bd::core::Result;
using bd::core::Status;

namespace bd::reports {

using namespace detail;
using T = Column::Type;

const QList<ReportSpec>& ReportService::specs()
{
    using K = ReportKind;
    static const QList<ReportSpec> table = {
        {K::Backorders, QStringLiteral("backorders"), tr("Backorders"),
         tr("Per item: waiting units and customers, oldest wait, expected date, incoming, shortfall"), true, false,
         false, false, false},
        {K::Aging, QStringLiteral("aging"), tr("Backorder aging"),
         tr("Waiting lines by days waited (0-7, 8-14, 15-30, 31-60, over 60), per item and overall"), true, false,
         false, false, false},
        {K::Queue, QStringLiteral("queue"), tr("Queue"), tr("The waiting customers of one SKU in queue order"), true,
         true, false, false, false},
        {K::CrossDock, QStringLiteral("crossdock"), tr("Cross-dock list"),
         tr("For a receipt: what goes straight to shipping for which order, and what is put away"), false, false, true,
         false, false},
        {K::Packing, QStringLiteral("packing"), tr("Packing slips"),
         tr("A packing slip per order ready to ship (or for one order): shipped now, before, still to come"), false,
         false, false, true, false},
        {K::Cancellations, QStringLiteral("cancellations"), tr("Cancellations of backorders"),
         tr("Cancelled backordered units by time waited and by reason, for orders placed in a period"), false, false,
         false, false, true},
        {K::Demand, QStringLiteral("demand"), tr("Demand"),
         tr("Backordered and waiting units by attribute value and top SKUs, for orders placed in a period"), false,
         false, false, false, true},
        {K::PaymentRisk, QStringLiteral("payment-risk"), tr("Payment risk"),
         tr("Orders whose card or authorization lapses before the promised date, and orders to capture"), false, false,
         false, false, false},
        {K::Rate, QStringLiteral("rate"), tr("Backorder rate and fill time"),
         tr("Per week or month: units that had to wait / units ordered, median days to ship after waiting"), false,
         false, false, false, true},
    };
    return table;
}

const ReportSpec* ReportService::spec(const QString& name)
{
    for (const ReportSpec& s : specs()) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

const ReportSpec& ReportService::spec(ReportKind kind)
{
    for (const ReportSpec& s : specs()) {
        if (s.kind == kind)
            return s;
    }
    return specs().constFirst();
}

ReportService::ReportService(store::Database& db, const core::Clock& clock)
    : m_db(db)
    , m_shop(db, clock)
    , m_store(db)
{
}

ReportService::~ReportService() = default;

// A report's title and what every page's header says of the shop.
Report ReportService::begin(ReportKind kind)
{
    const ReportSpec& s = spec(kind);
    Report report;
    report.kind = kind;
    report.name = s.name;
    report.title = s.title;
    report.shopName = m_shop.config().text(store::settings::ShopName);
    report.locale = m_shop.config().text(store::settings::ShopLocale);
    report.currency = m_shop.config().text(store::settings::ShopCurrency);
    report.generatedAt = m_shop.now();
    return report;
}

Result<Report> ReportService::build(ReportKind kind, const ReportParams& params, const Progress& progress,
                                    const std::atomic<bool>* cancel)
{
    m_progress = progress;
    m_cancel = cancel;
    const ReportSpec& s = spec(kind);
    Report report = begin(kind);
    if (s.period) {
        const QDate today = m_shop.clock().today();
        report.to = params.to.isValid() ? params.to : (params.from.isValid() && params.from > today ? params.from : today);
        report.from = params.from.isValid() ? params.from : report.to.addDays(1 - DefaultPeriodDays);
        if (report.from > report.to)
            return core::Error{tr("the period ends (%1) before it starts (%2)")
                                   .arg(core::toIso(report.to), core::toIso(report.from)),
                               {}, 0, QStringLiteral("to")};
    }
    step(0, tr("Reading the shop"));
    // One read transaction: every figure of the report comes from the same moment.
    store::Transaction snapshot(m_db);
    if (!snapshot.isActive())
        return snapshot.status().errors();
    Status built;
    switch (kind) {
    case ReportKind::Backorders:
        built = backorders(report, params);
        break;
    case ReportKind::Aging:
        built = aging(report, params);
        break;
    case ReportKind::Queue:
        built = queue(report, params);
        break;
    case ReportKind::CrossDock:
        built = crossDock(report, params);
        break;
    case ReportKind::Packing:
        built = packing(report, params);
        break;
    case ReportKind::Cancellations:
        built = cancellations(report);
        break;
    case ReportKind::Demand:
        built = demand(report);
        break;
    case ReportKind::PaymentRisk:
        built = paymentRisk(report);
        break;
    case ReportKind::Rate:
        built = rate(report, params);
        break;
    }
    if (!built.ok())
        return built.errors();
    if (cancelled())
        return core::fail(tr("cancelled"));
    step(100, tr("Done"));
    return report;
}

} // namespace bd::reports
