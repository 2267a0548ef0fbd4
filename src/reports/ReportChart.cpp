#include "ReportRenderer.h"

#include "reports/ReportPalette.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

// Charts painted with QPainter (see ReportRenderer.h for why not Qt Charts).

namespace bd::reports {

using namespace detail;

namespace {

// A round step for about `ticks` gridlines up to `max`: 1, 2, 2.5 or 5 times a power of ten.
double niceStep(double max, int ticks, bool whole)
{
    const double raw = max / ticks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    double step = power;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = m * power;
        if (step >= raw)
            break;
    }
    return whole ? std::max(1.0, std::ceil(step)) : step;
}

} // namespace

void ReportRenderer::paintChart(QPainter& p, const QRectF& rect, const Chart& chart, const ReportFormat& format)
{
    p.save();
    const double mm = p.device()->logicalDpiX() / 25.4;
    const QFont titleFont = reportFont(9, true);
    const QFont labelFont = reportFont(7, false);
    const QFontMetricsF titleMetrics(titleFont, p.device());
    const QFontMetricsF labels(labelFont, p.device());

    p.setPen(ink);
    p.setFont(titleFont);
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), titleMetrics.lineSpacing()), Qt::AlignLeft, chart.title);

    double max = 0;
    int values = 0;
    for (double v : chart.values) {
        if (!std::isnan(v)) {
            max = std::max(max, v);
            ++values;
        }
    }
    const QRectF frame = rect.adjusted(0, titleMetrics.lineSpacing() + 1.5 * mm, 0, 0);
    p.setFont(labelFont);
    if (values == 0 || chart.categories.isEmpty()) {
        p.setPen(muted);
        p.drawText(frame, Qt::AlignCenter, tr("No data for this period"));
        p.restore();
        return;
    }
    const bool whole = chart.valueType == Column::Type::Integer;
    if (max <= 0)
        max = whole ? 1 : (chart.valueType == Column::Type::Percent ? 0.1 : 1);
    const double step = niceStep(max, 4, whole);
    const int ticks = int(std::ceil(max / step - 1e-9));
    const double top = step * std::max(1, ticks);
    double yLabelWidth = 0;
    for (int i = 0; i <= ticks; ++i)
        yLabelWidth = std::max(yLabelWidth, labels.horizontalAdvance(format.display(i * step, chart.valueType)));
    const int n = int(chart.categories.size());
    const QRectF plot = frame.adjusted(yLabelWidth + 2 * mm, 0.5 * labels.height(), -1 * mm,
                                       -(labels.lineSpacing() + 1.5 * mm));
    auto yOf = [&](double v) { return plot.bottom() - plot.height() * v / top; };

    // Gridlines and the value axis.
    for (int i = 0; i <= ticks; ++i) {
        const double y = yOf(i * step);
        p.setPen(QPen(i == 0 ? rule : QColor(0xe5, 0xe7, 0xeb), 0.2 * mm));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(muted);
        p.drawText(QRectF(frame.left(), y - labels.height() / 2, yLabelWidth, labels.height()),
                   Qt::AlignRight | Qt::AlignVCenter, format.display(i * step, chart.valueType));
    }
    // Category labels: as many as fit side by side.
    const double slot = plot.width() / n;
    double widest = 0;
    for (const QString& c : chart.categories)
        widest = std::max(widest, labels.horizontalAdvance(c));
    const int every = std::max(1, int(std::ceil((widest + 2 * mm) / slot)));
    p.setPen(muted);
    for (int i = 0; i < n; i += every) {
        const double cx = plot.left() + slot * (i + 0.5);
        p.drawText(QRectF(cx - widest / 2 - mm, plot.bottom() + 1 * mm, widest + 2 * mm, labels.lineSpacing()),
                   Qt::AlignHCenter | Qt::AlignTop, chart.categories[i]);
    }
    const bool valueLabels = n <= 16;
    if (chart.style == Chart::Style::Bars) {
        p.setPen(Qt::NoPen);
        p.setBrush(accent);
        for (int i = 0; i < n; ++i) {
            const double v = chart.values.value(i, std::nan(""));
            if (std::isnan(v))
                continue;
            const double x = plot.left() + slot * i + slot * 0.15;
            const QRectF bar(x, yOf(v), slot * 0.7, plot.bottom() - yOf(v));
            p.drawRect(bar);
            if (valueLabels) {
                p.setPen(ink);
                p.drawText(QRectF(bar.left() - slot * 0.15, bar.top() - labels.lineSpacing(), slot, labels.lineSpacing()),
                           Qt::AlignHCenter | Qt::AlignBottom, format.display(v, chart.valueType));
                p.setPen(Qt::NoPen);
            }
        }
    } else {
        QPainterPath path;
        bool open = false;
        QList<QPointF> points;
        for (int i = 0; i < n; ++i) {
            const double v = chart.values.value(i, std::nan(""));
            if (std::isnan(v)) {
                open = false; // a gap where there is no value
                continue;
            }
            const QPointF pt(plot.left() + slot * (i + 0.5), yOf(v));
            open ? path.lineTo(pt) : path.moveTo(pt);
            open = true;
            points << pt;
            if (valueLabels) {
                p.setPen(ink);
                p.drawText(QRectF(pt.x() - slot / 2, pt.y() - labels.lineSpacing() - 0.8 * mm, slot, labels.lineSpacing()),
                           Qt::AlignHCenter | Qt::AlignBottom, format.display(v, chart.valueType));
            }
        }
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(lineColour, 0.5 * mm));
        p.drawPath(path);
        p.setBrush(lineColour);
        p.setPen(Qt::NoPen);
        for (const QPointF& pt : std::as_const(points))
            p.drawEllipse(pt, 0.9 * mm, 0.9 * mm);
    }
    p.restore();
}

} // namespace bd::reports
