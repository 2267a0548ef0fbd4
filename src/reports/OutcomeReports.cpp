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

// The reports over a period: cancellations, demand, payment risk and the backorder rate.

namespace bd::reports {

using namespace detail;
using T = Column::Type;

// ---------------------------------------------------------------- cancellations

Status ReportService::cancellations(Report& report)
{
    report.subtitle = tr("Orders placed in the period whose lines had to wait");
    Result<QList<store::report::BackorderedLine>> lines
        = m_store.backorderedLines(startOf(report.from), startOf(report.to.addDays(1)));
    if (!lines)
        return lines.errors();
    step(60, tr("Adding up"));
    qint64 backordered = 0;
    qint64 cancelledUnits = 0;
    qint64 cancelledLines = 0;
    qint64 byWaitLines[bucketCount + 1] = {};
    qint64 byWaitUnits[bucketCount + 1] = {};
    QMap<QString, std::pair<qint64, qint64>> byReason; // lines, units
    for (const auto& l : lines.value()) {
        backordered += l.backordered;
        if (l.cancelled == 0)
            continue;
        ++cancelledLines;
        cancelledUnits += l.cancelled;
        const int b = l.cancelledAt.isValid()
                          ? bucketOf(std::max<qint64>(0, l.placedAt.toUTC().date().daysTo(l.cancelledAt.toUTC().date())))
                          : bucketCount;
        byWaitLines[b] += 1;
        byWaitUnits[b] += l.cancelled;
        auto& reason = byReason[l.cancelReason.isEmpty() ? tr("no reason given") : l.cancelReason];
        reason.first += 1;
        reason.second += l.cancelled;
    }
    const QList<Column> columns = {col("lines", tr("Lines"), T::Integer), col("units", tr("Units"), T::Integer),
                                   col("share", tr("Share of cancelled"), T::Percent),
                                   col("rate", tr("Of backordered units"), T::Percent)};
    ReportTable waited;
    waited.heading = tr("By time waited before cancelling");
    waited.columns = QList<Column>{col("time_waited", tr("Time waited"))} + columns;
    for (int b = 0; b <= bucketCount; ++b) {
        if (b == bucketCount && byWaitLines[b] == 0)
            continue;
        waited.rows << Row{b < bucketCount ? bucketLabel(b) : tr("not known"), byWaitLines[b], byWaitUnits[b],
                           ratio(byWaitUnits[b], cancelledUnits), ratio(byWaitUnits[b], backordered)};
    }
    waited.totals = Row{tr("Total"), cancelledLines, cancelledUnits, ratio(cancelledUnits, cancelledUnits),
                        ratio(cancelledUnits, backordered)};

    ReportTable reasons;
    reasons.heading = tr("By reason");
    reasons.columns = QList<Column>{col("reason", tr("Reason"))} + columns;
    reasons.emptyText = tr("No backordered line was cancelled.");
    QList<std::pair<QString, std::pair<qint64, qint64>>> sorted;
    for (auto it = byReason.cbegin(); it != byReason.cend(); ++it)
        sorted << std::pair(it.key(), it.value());
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second.second > b.second.second; });
    for (const auto& [reason, counts] : std::as_const(sorted))
        reasons.rows << Row{reason, counts.first, counts.second, ratio(counts.second, cancelledUnits),
                            ratio(counts.second, backordered)};
    if (!sorted.isEmpty())
        reasons.totals = waited.totals;

    report.figures = {{tr("Backordered units"), backordered, T::Integer},
                      {tr("Cancelled backordered units"), cancelledUnits, T::Integer},
                      {tr("Cancellation rate"), ratio(cancelledUnits, backordered), T::Percent},
                      {tr("Cancelled lines"), cancelledLines, T::Integer}};
    report.tables << waited << reasons;
    return {};
}

// ---------------------------------------------------------------- demand

Status ReportService::demand(Report& report)
{
    report.subtitle = tr("Orders placed in the period");
    const QDateTime from = startOf(report.from);
    const QDateTime to = startOf(report.to.addDays(1));
    Result<QList<store::report::DemandRow>> perItem = m_store.demandPerItem(from, to);
    if (!perItem)
        return perItem.errors();
    step(60, tr("By attribute"));
    if (cancelled())
        return core::fail(tr("cancelled"));
    Result<QHash<qint64, QList<std::pair<QString, QString>>>> attributes = m_store.itemAttributes();
    if (!attributes)
        return attributes.errors();
    const int topCount = 25;
    store::report::DemandRow all;
    struct Group
    {
        qint64 items = 0;
        qint64 ordered = 0;
        qint64 backordered = 0;
        qint64 waiting = 0;
    };
    QMap<std::pair<QString, QString>, Group> groups;
    QList<store::report::DemandRow> top;
    for (const store::report::DemandRow& r : perItem.value()) {
        all.ordered += r.ordered;
        all.backordered += r.backordered;
        all.waiting += r.waiting;
        for (const auto& attribute : attributes->value(r.itemId)) {
            Group& g = groups[attribute];
            g.items += 1;
            g.ordered += r.ordered;
            g.backordered += r.backordered;
            g.waiting += r.waiting;
        }
        if (r.backordered > 0)
            top << r;
    }
    // The hottest first: most units that had to wait, then most still waiting.
    std::stable_sort(top.begin(), top.end(), [](const auto& a, const auto& b) {
        return a.backordered != b.backordered ? a.backordered > b.backordered : a.waiting > b.waiting;
    });
    top = top.mid(0, topCount);
    QList<std::pair<std::pair<QString, QString>, Group>> byAttribute;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        byAttribute << std::pair(it.key(), it.value());
    std::stable_sort(byAttribute.begin(), byAttribute.end(), [](const auto& a, const auto& b) {
        if (a.first.first != b.first.first)
            return a.first.first < b.first.first;
        if (a.second.backordered != b.second.backordered)
            return a.second.backordered > b.second.backordered;
        return a.second.ordered > b.second.ordered;
    });

    ReportTable byValue;
    byValue.heading = tr("By attribute value");
    byValue.columns = {col("attribute", tr("Attribute")),
                       col("value", tr("Value")),
                       col("items", tr("Items"), T::Integer),
                       col("ordered", tr("Ordered units"), T::Integer),
                       col("backordered", tr("Backordered units"), T::Integer),
                       col("waiting", tr("Waiting now"), T::Integer),
                       col("backorder_rate", tr("Backorder rate"), T::Percent)};
    byValue.emptyText = tr("No item ordered in the period has attributes.");
    for (const auto& [attribute, g] : std::as_const(byAttribute))
        byValue.rows << Row{attribute.first, attribute.second, g.items, g.ordered, g.backordered, g.waiting,
                            ratio(g.backordered, g.ordered)};

    ReportTable skus;
    skus.heading = tr("Top %1 SKUs by backordered units").arg(topCount);
    skus.columns = {code("sku", tr("SKU")),
                    col("item", tr("Item")),
                    col("ordered", tr("Ordered units"), T::Integer),
                    col("backordered", tr("Backordered units"), T::Integer),
                    col("waiting", tr("Waiting now"), T::Integer),
                    col("backorder_rate", tr("Backorder rate"), T::Percent)};
    skus.emptyText = tr("Nothing ordered in the period had to wait.");
    for (const auto& r : std::as_const(top))
        skus.rows << Row{r.sku, r.name, r.ordered, r.backordered, r.waiting, ratio(r.backordered, r.ordered)};

    report.figures = {{tr("Ordered units"), all.ordered, T::Integer},
                      {tr("Backordered units"), all.backordered, T::Integer},
                      {tr("Backorder rate"), ratio(all.backordered, all.ordered), T::Percent},
                      {tr("Still waiting"), all.waiting, T::Integer}};
    report.tables << byValue << skus;
    return {};
}

// ---------------------------------------------------------------- payment risk

Status ReportService::paymentRisk(Report& report)
{
    // The rules are the engine's (InsightService::paymentRisk): one place decides what is at risk.
    const Result<QList<services::RiskRow>> risks = services::InsightService(m_shop).paymentRisk();
    if (!risks)
        return risks.errors();
    const QList<services::RiskRow>& rows = risks.value();
    report.csvSectionColumn = QStringLiteral("list");
    const QList<Column> columns = {code("order_number", tr("Order")),       col("customer_email", tr("Customer")),
                                   col("payment", tr("Payment")),          col("reason", tr("Reason")),
                                   col("lapse_date", tr("Lapses"), T::Date), col("promised_date", tr("Promised"), T::Date)};
    ReportTable lapses;
    lapses.heading = tr("Card or authorization lapses before the promised date");
    lapses.columns = columns;
    lapses.csvSection = QStringLiteral("lapses");
    lapses.emptyText = tr("No waiting order's payment lapses before its promised date.");
    ReportTable capture;
    capture.heading = tr("Allocated: capture the payment before shipping");
    capture.columns = columns;
    capture.csvSection = QStringLiteral("capture");
    capture.emptyText = tr("Every order with allocated units is paid.");
    for (const services::RiskRow& r : rows) {
        const Row row{r.orderNumber, r.customerEmail, domain::toString(r.payment), r.reason, orNull(r.lapseDate),
                      orNull(r.promisedDate)};
        (r.list == QLatin1String("capture") ? capture : lapses).rows << row;
    }
    report.figures = {{tr("Payments that lapse first"), qint64(lapses.rows.size()), T::Integer},
                      {tr("Orders to capture"), qint64(capture.rows.size()), T::Integer}};
    report.tables << lapses << capture;
    return {};
}

// ---------------------------------------------------------------- rate

Status ReportService::rate(Report& report, const ReportParams& params)
{
    const QDateTime from = startOf(report.from);
    const QDateTime to = startOf(report.to.addDays(1));
    const bool weekly = params.bucket == ReportParams::Bucket::Week
                        || (params.bucket == ReportParams::Bucket::Auto && report.from.daysTo(report.to) < 182);
    report.subtitle = weekly ? tr("Per week (Monday to Sunday), by the day an order was placed")
                             : tr("Per month, by the day an order was placed");
    Result<QList<store::report::DayTotals>> days = m_store.dayTotals(from, to);
    if (!days)
        return days.errors();
    step(50, tr("Fill times"));
    if (cancelled())
        return core::fail(tr("cancelled"));
    Result<QList<store::report::FilledLine>> filled = m_store.filledAfterWaiting(from, to);
    if (!filled)
        return filled.errors();

    auto bucketStart = [weekly](const QDate& d) {
        return weekly ? d.addDays(1 - d.dayOfWeek()) : QDate(d.year(), d.month(), 1);
    };
    struct Period
    {
        qint64 lines = 0;
        qint64 units = 0;
        qint64 backordered = 0;
        QList<double> fillDays;
    };
    QMap<QDate, Period> periods;
    for (QDate d = bucketStart(report.from); d <= report.to; d = weekly ? d.addDays(7) : d.addMonths(1))
        periods.insert(d, Period{});
    Period total;
    for (const auto& d : days.value()) {
        Period& p = periods[bucketStart(d.day)];
        p.lines += d.lines;
        p.units += d.units;
        p.backordered += d.backorderedUnits;
        total.lines += d.lines;
        total.units += d.units;
        total.backordered += d.backorderedUnits;
    }
    for (const auto& f : filled.value()) {
        const double waited = std::max<qint64>(0, f.placedAt.secsTo(f.lastShipped)) / 86400.0;
        periods[bucketStart(f.placedAt.toUTC().date())].fillDays << waited;
        total.fillDays << waited;
    }
    const ReportFormat format(report);
    ReportTable table;
    table.columns = {weekly ? col("week_of", tr("Week of"), T::Date) : col("month", tr("Month")),
                     col("lines", tr("Order lines"), T::Integer),
                     col("units_ordered", tr("Units ordered"), T::Integer),
                     col("units_backordered", tr("Units that waited"), T::Integer),
                     col("backorder_rate", tr("Backorder rate"), T::Percent),
                     col("filled_lines", tr("Lines shipped after waiting"), T::Integer),
                     col("median_fill_days", tr("Median days to ship"), T::Days)};
    Chart rateChart;
    rateChart.title = tr("Backorder rate (units that had to wait / units ordered)");
    rateChart.style = Chart::Style::Bars;
    rateChart.valueType = T::Percent;
    Chart fillChart;
    fillChart.title = tr("Median days from order to shipment, lines that waited");
    fillChart.style = Chart::Style::Line;
    fillChart.valueType = T::Days;
    for (auto it = periods.cbegin(); it != periods.cend(); ++it) {
        const Period& p = it.value();
        const QVariant r = ratio(p.backordered, p.units);
        const QVariant fill = p.fillDays.isEmpty() ? QVariant() : QVariant(median(p.fillDays));
        const QVariant start = weekly ? QVariant(it.key()) : QVariant(it.key().toString(QStringLiteral("yyyy-MM")));
        table.rows << Row{start, p.lines, p.units, p.backordered, r, qint64(p.fillDays.size()), fill};
        const QString label = weekly ? format.locale().toString(it.key(), QStringLiteral("d MMM"))
                                     : format.locale().toString(it.key(), QStringLiteral("MMM yyyy"));
        rateChart.categories << label;
        rateChart.values << (r.isNull() ? std::nan("") : r.toDouble());
        fillChart.categories << label;
        fillChart.values << (fill.isNull() ? std::nan("") : fill.toDouble());
    }
    const QVariant overallFill = total.fillDays.isEmpty() ? QVariant() : QVariant(median(total.fillDays));
    table.totals = Row{tr("Total"), total.lines, total.units, total.backordered, ratio(total.backordered, total.units),
                       qint64(total.fillDays.size()), overallFill};
    report.figures = {{tr("Units ordered"), total.units, T::Integer},
                      {tr("Units that had to wait"), total.backordered, T::Integer},
                      {tr("Backorder rate"), ratio(total.backordered, total.units), T::Percent},
                      {tr("Median days to ship after waiting"), overallFill, T::Days}};
    report.charts << rateChart << fillChart;
    report.tables << table;
    return {};
}

} // namespace bd::reports
