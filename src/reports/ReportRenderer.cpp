#include "ReportRenderer.h"

#include "reports/ReportPalette.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTextLayout>
#include <QTextOption>

#include <cmath>
#include <vector>

namespace bd::reports {

using namespace detail;

namespace {

enum FontRole { Body, BodyBold, Small, SmallBold, Cell, CellBold, Heading, Title, FigureValue, RoleCount };

struct Fonts
{
    QFont fonts[RoleCount];
    std::vector<QFontMetricsF> metrics;

    explicit Fonts(QPaintDevice* device)
    {
        const struct
        {
            double points;
            bool bold;
        } specs[RoleCount] = {{9, false}, {9, true}, {7.5, false}, {7.5, true}, {8, false},
                              {8, true},  {11, true}, {15, true},  {12, true}};
        for (int i = 0; i < RoleCount; ++i) {
            fonts[i] = reportFont(specs[i].points, specs[i].bold);
            metrics.emplace_back(fonts[i], device);
        }
    }
    const QFontMetricsF& fm(FontRole role) const { return metrics[size_t(role)]; }
};

// One thing to draw on a page, in device coordinates of the body area.
struct Op
{
    enum Kind { Text, WrappedText, Fill, Line, ChartBox, FigureBox } kind = Text;
    QRectF rect;
    QString text;
    FontRole font = Body;
    int align = Qt::AlignLeft;
    QColor color;
    int index = 0; // chart or figure
};

struct Page
{
    std::vector<Op> ops;
};

QTextOption wrapOption(int align)
{
    QTextOption option(Qt::Alignment(align) | Qt::AlignTop);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}

// Lines a text takes when wrapped to a width (the same breaking as drawText with wrapOption).
int wrappedLines(const QString& text, const QFont& font, QPaintDevice* device, double width)
{
    QTextLayout layout(text, font, device);
    layout.setTextOption(wrapOption(Qt::AlignLeft));
    layout.beginLayout();
    int lines = 0;
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        ++lines;
    }
    layout.endLayout();
    return std::max(1, lines);
}

class Paginator
{
public:
    Paginator(const Report& report, const ReportFormat& format, QPaintDevice* device, QSizeF page)
        : m_report(report)
        , m_format(format)
        , m_device(device)
        , m_fonts(device)
        , m_width(page.width())
        , m_mm(device->logicalDpiX() / 25.4)
    {
        m_headerHeight = m_fonts.fm(SmallBold).lineSpacing() + m_fonts.fm(Title).lineSpacing()
                         + m_fonts.fm(Body).lineSpacing() + 3 * m_mm;
        m_footerHeight = m_fonts.fm(Small).lineSpacing() + 2 * m_mm;
        m_top = m_headerHeight;
        m_bottom = page.height() - m_footerHeight;
        newPage();
    }

    std::vector<Page> run()
    {
        figures();
        for (qsizetype i = 0; i < m_report.charts.size(); ++i)
            chart(int(i));
        for (const ReportTable& table : m_report.tables)
            this->table(table);
        return std::move(m_pages);
    }

    const Fonts& fonts() const { return m_fonts; }
    double headerHeight() const { return m_headerHeight; }
    double footerHeight() const { return m_footerHeight; }
    double mm() const { return m_mm; }

private:
    Page& page() { return m_pages.back(); }
    void newPage()
    {
        m_pages.emplace_back();
        m_y = m_top;
    }
    bool pageEmpty() const { return m_y <= m_top + 0.5; }
    void ensure(double height)
    {
        if (m_y + height > m_bottom && !pageEmpty())
            newPage();
    }
    double space() const { return m_bottom - m_y; }

    void text(const QString& text, FontRole font, const QColor& color = ink, double gapAfter = 0)
    {
        const double h = wrappedLines(text, m_fonts.fonts[font], m_device, m_width) * m_fonts.fm(font).lineSpacing();
        ensure(h);
        page().ops.push_back(Op{Op::WrappedText, QRectF(0, m_y, m_width, h), text, font, Qt::AlignLeft, color, 0});
        m_y += h + gapAfter;
    }

    void figures()
    {
        const int n = int(m_report.figures.size());
        if (n == 0)
            return;
        const int perRow = std::min(4, n);
        const double gap = 2 * m_mm;
        const double w = (m_width - gap * (perRow - 1)) / perRow;
        const double h = m_fonts.fm(Small).lineSpacing() * 2 + m_fonts.fm(FigureValue).lineSpacing() + 2 * m_mm;
        for (int i = 0; i < n; ++i) {
            if (i % perRow == 0) {
                if (i > 0)
                    m_y += h + gap;
                ensure(h);
            }
            const double x = (i % perRow) * (w + gap);
            page().ops.push_back(Op{Op::FigureBox, QRectF(x, m_y, w, h), QString(), Body, 0, QColor(), i});
        }
        m_y += h + 4 * m_mm;
    }

    void chart(int index)
    {
        const double h = std::min(62 * m_mm, (m_bottom - m_top) / 2);
        ensure(h);
        page().ops.push_back(Op{Op::ChartBox, QRectF(0, m_y, m_width, h), QString(), Body, 0, QColor(), index});
        m_y += h + 5 * m_mm;
    }

    struct Geometry
    {
        QList<double> widths;
        QList<double> x;
        QList<int> align;
        QList<bool> wraps; // a cell's text may take more than one line
        double headerHeight = 0;
        QList<QString> headerTexts;
    };

    Geometry geometry(const ReportTable& t, const QList<QStringList>& cells, const QStringList& totals)
    {
        Geometry g;
        const qsizetype n = t.columns.size();
        const double pad = 2 * cellPad();
        const QFontMetricsF& cell = m_fonts.fm(Cell);
        const QFontMetricsF& bold = m_fonts.fm(CellBold);
        QList<double> natural(n, 0);
        QList<double> minimum(n, 0);
        const auto longestWord = [](const QFontMetricsF& fm, const QString& text) {
            double longest = 0;
            for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                longest = std::max(longest, fm.horizontalAdvance(word));
            return longest;
        };
        for (qsizetype c = 0; c < n; ++c) {
            const QString& title = t.columns[c].title;
            const bool wraps = t.columns[c].wraps();
            double content = 0;
            double word = 0; // text wraps between words, so its longest word is what it needs at least
            for (const QStringList& row : cells) {
                const double w = cell.horizontalAdvance(row[c]);
                content = std::max(content, w);
                if (wraps && w > word)
                    word = std::max(word, longestWord(cell, row[c]));
            }
            if (!totals.isEmpty()) {
                content = std::max(content, bold.horizontalAdvance(totals[c]));
                if (wraps)
                    word = std::max(word, longestWord(bold, totals[c]));
            }
            const double headerWord = longestWord(bold, title);
            natural[c] = std::max(bold.horizontalAdvance(title), content) + pad;
            // Numbers, dates and whole text (SKUs) never wrap; other text may, down to its
            // longest word (at most 40 mm).
            minimum[c] = std::min(natural[c], (wraps ? std::max(headerWord, std::min(word, 40 * m_mm))
                                                     : std::max(headerWord, content))
                                                  + pad);
            g.align << (t.columns[c].numeric() ? int(Qt::AlignRight) : int(Qt::AlignLeft));
            g.wraps << wraps;
        }
        double sum = 0;
        for (double w : natural)
            sum += w;
        g.widths = natural;
        if (sum <= m_width) {
            // Spread the spare room over the text columns (all columns when none is text).
            double textSum = 0;
            for (qsizetype c = 0; c < n; ++c)
                textSum += t.columns[c].type == Column::Type::Text ? natural[c] : 0;
            const double spare = m_width - sum;
            for (qsizetype c = 0; c < n; ++c) {
                const bool text = t.columns[c].type == Column::Type::Text;
                g.widths[c] += textSum > 0 ? (text ? spare * natural[c] / textSum : 0) : spare / n;
            }
        } else {
            // Too wide: first the headers of numbers, dates and whole text wrap, then the
            // wrapping text columns give up room in proportion to what they can spare.
            double excess = sum - m_width;
            for (const bool textPass : {false, true}) {
                double give = 0;
                for (qsizetype c = 0; c < n; ++c) {
                    if (t.columns[c].wraps() == textPass)
                        give += g.widths[c] - minimum[c];
                }
                if (give <= 0 || excess <= 0)
                    continue;
                const double share = std::min(1.0, excess / give);
                for (qsizetype c = 0; c < n; ++c) {
                    if (t.columns[c].wraps() == textPass)
                        g.widths[c] -= (g.widths[c] - minimum[c]) * share;
                }
                excess -= std::min(excess, give);
            }
            if (excess > 0.5)
                shrink(t, g.widths, excess);
        }
        double x = 0;
        for (double w : g.widths) {
            g.x << x;
            x += w;
        }
        int headerLines = 1;
        for (qsizetype c = 0; c < n; ++c)
            headerLines = std::max(headerLines, wrappedLines(t.columns[c].title, m_fonts.fonts[CellBold], m_device,
                                                             g.widths[c] - pad));
        g.headerHeight = headerLines * bold.lineSpacing() + 2 * cellVPad();
        return g;
    }

    // Still too wide at every column's minimum: the wrapping text columns shrink further
    // (each keeping at least 8 mm) so SKUs and numbers stay whole; only when that is not
    // enough does every column shrink, and what no longer fits is elided.
    void shrink(const ReportTable& t, QList<double>& widths, double excess) const
    {
        const double floor = 8 * m_mm;
        double give = 0;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            if (t.columns[c].wraps())
                give += std::max(0.0, widths[c] - floor);
        }
        if (give > 0) {
            const double share = std::min(1.0, excess / give);
            for (qsizetype c = 0; c < widths.size(); ++c) {
                if (t.columns[c].wraps())
                    widths[c] -= std::max(0.0, widths[c] - floor) * share;
            }
            excess -= std::min(excess, give);
        }
        if (excess > 0.5) {
            double total = 0;
            for (double w : widths)
                total += w;
            for (double& w : widths)
                w *= m_width / total;
        }
    }

    double cellPad() const { return 1.2 * m_mm; }
    double cellVPad() const { return 0.6 * m_mm; }

    double rowHeight(const Geometry& g, const QStringList& row, FontRole font)
    {
        const QFontMetricsF& fm = m_fonts.fm(font);
        int lines = 1;
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (!g.wraps[c])
                continue;
            const double inner = g.widths[c] - 2 * cellPad();
            if (fm.horizontalAdvance(row[c]) > inner)
                lines = std::max(lines, wrappedLines(row[c], m_fonts.fonts[font], m_device, inner));
        }
        return lines * fm.lineSpacing() + 2 * cellVPad();
    }

    void headerRow(const ReportTable& t, const Geometry& g)
    {
        page().ops.push_back(Op{Op::Fill, QRectF(0, m_y, m_width, g.headerHeight), QString(), Body, 0, headerFill, 0});
        for (qsizetype c = 0; c < t.columns.size(); ++c)
            cellText(g, c, m_y, g.headerHeight, t.columns[c].title, CellBold, true);
        m_y += g.headerHeight;
        page().ops.push_back(Op{Op::Line, QRectF(0, m_y, m_width, 0), QString(), Body, 0, rule, 0});
    }

    // A header cell may always wrap (between words); a body cell of a column that does
    // not wrap stays on one line, elided in the middle in the rare case it does not fit.
    void cellText(const Geometry& g, qsizetype c, double y, double h, const QString& text, FontRole font,
                  bool header = false)
    {
        if (text.isEmpty())
            return;
        const QRectF r(g.x[c] + cellPad(), y + cellVPad(), g.widths[c] - 2 * cellPad(), h - 2 * cellVPad());
        const bool tooWide = m_fonts.fm(font).horizontalAdvance(text) > r.width();
        if (tooWide && !header && !g.wraps[c]) {
            page().ops.push_back(Op{Op::Text, r, m_fonts.fm(font).elidedText(text, Qt::ElideMiddle, r.width()), font,
                                    g.align[c], ink, 0});
            return;
        }
        page().ops.push_back(Op{tooWide ? Op::WrappedText : Op::Text, r, text, font, g.align[c], ink, 0});
    }

    void table(const ReportTable& t)
    {
        if (t.newPage && !pageEmpty())
            newPage();
        QList<QStringList> cells;
        cells.reserve(t.rows.size());
        for (const Row& row : t.rows) {
            QStringList texts;
            for (qsizetype c = 0; c < t.columns.size(); ++c)
                texts << m_format.display(c < row.size() ? row[c] : QVariant(), t.columns[c].type);
            cells << texts;
        }
        QStringList totals;
        if (!t.totals.isEmpty()) {
            for (qsizetype c = 0; c < t.columns.size(); ++c)
                totals << m_format.display(c < t.totals.size() ? t.totals[c] : QVariant(), t.columns[c].type);
        }
        const Geometry g = geometry(t, cells, totals);
        // The heading, notes, header row and first row stay together.
        double lead = 0;
        if (!t.heading.isEmpty())
            lead += m_fonts.fm(Heading).lineSpacing() + 1.5 * m_mm;
        for (const QString& note : t.notes)
            lead += wrappedLines(note, m_fonts.fonts[Body], m_device, m_width) * m_fonts.fm(Body).lineSpacing();
        if (!t.notes.isEmpty())
            lead += 2 * m_mm;
        const double firstRow = cells.isEmpty() ? m_fonts.fm(Body).lineSpacing() : rowHeight(g, cells.first(), Cell);
        ensure(lead + g.headerHeight + firstRow);
        if (!t.heading.isEmpty())
            text(t.heading, Heading, ink, 1.5 * m_mm);
        for (const QString& note : t.notes)
            text(note, Body, ink);
        if (!t.notes.isEmpty())
            m_y += 2 * m_mm;
        if (cells.isEmpty() && !t.emptyText.isEmpty()) {
            text(t.emptyText, Body, muted, 5 * m_mm);
            return;
        }
        headerRow(t, g);
        for (qsizetype r = 0; r < cells.size(); ++r) {
            const double h = rowHeight(g, cells[r], Cell);
            if (m_y + h > m_bottom) {
                newPage();
                if (!t.heading.isEmpty())
                    text(ReportRenderer::tr("%1 (continued)").arg(t.heading), SmallBold, muted, 1 * m_mm);
                headerRow(t, g);
            }
            if (r % 2 == 1)
                page().ops.push_back(Op{Op::Fill, QRectF(0, m_y, m_width, h), QString(), Body, 0, zebra, 0});
            for (qsizetype c = 0; c < cells[r].size(); ++c)
                cellText(g, c, m_y, h, cells[r][c], Cell);
            m_y += h;
        }
        if (!totals.isEmpty()) {
            const double h = rowHeight(g, totals, CellBold);
            if (m_y + h > m_bottom) {
                newPage();
                headerRow(t, g);
            }
            page().ops.push_back(Op{Op::Line, QRectF(0, m_y, m_width, 0), QString(), Body, 0, ink, 0});
            for (qsizetype c = 0; c < totals.size(); ++c)
                cellText(g, c, m_y, h, totals[c], CellBold);
            m_y += h;
        }
        page().ops.push_back(Op{Op::Line, QRectF(0, m_y, m_width, 0), QString(), Body, 0, rule, 0});
        m_y += 2 * m_mm;
        for (const QString& note : t.footnotes)
            text(note, Body, ink);
        m_y += 4 * m_mm;
    }

    const Report& m_report;
    const ReportFormat& m_format;
    QPaintDevice* m_device;
    Fonts m_fonts;
    double m_width;
    double m_mm;
    double m_headerHeight = 0;
    double m_footerHeight = 0;
    double m_top = 0;
    double m_bottom = 0;
    double m_y = 0;
    std::vector<Page> m_pages;
};

void paintFigure(QPainter& p, const QRectF& r, const Figure& figure, const Fonts& fonts, const ReportFormat& format,
                 double mm)
{
    p.setPen(QPen(rule, 0.2 * mm));
    p.setBrush(QColor(0xf9, 0xfa, 0xfb));
    p.drawRoundedRect(r, 1.5 * mm, 1.5 * mm);
    const QRectF inner = r.adjusted(2 * mm, 1 * mm, -2 * mm, -1 * mm);
    p.setPen(muted);
    p.setFont(fonts.fonts[Small]);
    p.drawText(QRectF(inner.left(), inner.top(), inner.width(), fonts.fm(Small).lineSpacing() * 2), figure.label,
               wrapOption(Qt::AlignLeft));
    p.setPen(ink);
    p.setFont(fonts.fonts[FigureValue]);
    const QString value = figure.value.isNull() ? QStringLiteral("\u2014") : format.display(figure.value, figure.type);
    p.drawText(QRectF(inner.left(), inner.bottom() - fonts.fm(FigureValue).lineSpacing(), inner.width(),
                      fonts.fm(FigureValue).lineSpacing()),
               Qt::AlignLeft | Qt::AlignVCenter, value);
}

} // namespace

// ---------------------------------------------------------------- renderer

ReportRenderer::ReportRenderer(const Report& report)
    : m_report(report)
    , m_format(report)
{
}

QPageLayout ReportRenderer::pageLayout() const
{
    return QPageLayout(QPageSize(m_format.letterPaper() ? QPageSize::Letter : QPageSize::A4), m_report.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
}

int ReportRenderer::paint(QPainter& painter, QPagedPaintDevice& device) const
{
    const QSizeF area(device.width(), device.height());
    Paginator paginator(m_report, m_format, &device, area);
    const std::vector<Page> pages = paginator.run();
    const Fonts& fonts = paginator.fonts();
    const double mm = paginator.mm();
    const int count = int(pages.size());
    const QString period = m_format.period(m_report);
    const QString generated = tr("Generated %1").arg(m_format.dateTime(m_report.generatedAt));
    for (int n = 0; n < count; ++n) {
        if (n > 0)
            device.newPage();
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        // Header: shop and title on the left, period and time on the right.
        double y = 0;
        painter.setPen(muted);
        painter.setFont(fonts.fonts[SmallBold]);
        painter.drawText(QRectF(0, y, area.width() * 0.6, fonts.fm(SmallBold).lineSpacing()), Qt::AlignLeft,
                         m_report.shopName);
        painter.setFont(fonts.fonts[Small]);
        painter.drawText(QRectF(area.width() * 0.4, y, area.width() * 0.6, fonts.fm(Small).lineSpacing()),
                         Qt::AlignRight, period);
        y += fonts.fm(SmallBold).lineSpacing();
        painter.setPen(ink);
        painter.setFont(fonts.fonts[Title]);
        painter.drawText(QRectF(0, y, area.width() * 0.7, fonts.fm(Title).lineSpacing()), Qt::AlignLeft, m_report.title);
        painter.setPen(muted);
        painter.setFont(fonts.fonts[Small]);
        painter.drawText(QRectF(area.width() * 0.4, y, area.width() * 0.6, fonts.fm(Small).lineSpacing()),
                         Qt::AlignRight, generated);
        y += fonts.fm(Title).lineSpacing();
        painter.setFont(fonts.fonts[Body]);
        painter.setPen(ink);
        painter.drawText(QRectF(0, y, area.width(), fonts.fm(Body).lineSpacing()), Qt::AlignLeft,
                         fonts.fm(Body).elidedText(m_report.subtitle, Qt::ElideRight, area.width()));
        y += fonts.fm(Body).lineSpacing() + 1 * mm;
        painter.setPen(QPen(rule, 0.3 * mm));
        painter.drawLine(QPointF(0, y), QPointF(area.width(), y));
        // Footer: page X of Y.
        const double footerTop = area.height() - paginator.footerHeight() + 1 * mm;
        painter.drawLine(QPointF(0, footerTop), QPointF(area.width(), footerTop));
        painter.setPen(muted);
        painter.setFont(fonts.fonts[Small]);
        const QRectF footer(0, footerTop + 0.8 * mm, area.width(), fonts.fm(Small).lineSpacing());
        painter.drawText(footer, Qt::AlignLeft, QStringLiteral("%1 \u2014 %2").arg(m_report.shopName, m_report.title));
        painter.drawText(footer, Qt::AlignRight, tr("Page %1 of %2").arg(n + 1).arg(count));

        for (const Op& op : pages[size_t(n)].ops) {
            switch (op.kind) {
            case Op::Text:
                painter.setPen(op.color);
                painter.setFont(fonts.fonts[op.font]);
                painter.drawText(op.rect, op.align | Qt::AlignTop | Qt::TextSingleLine, op.text);
                break;
            case Op::WrappedText:
                painter.setPen(op.color);
                painter.setFont(fonts.fonts[op.font]);
                painter.drawText(op.rect, op.text, wrapOption(op.align));
                break;
            case Op::Fill:
                painter.fillRect(op.rect, op.color);
                break;
            case Op::Line:
                painter.setPen(QPen(op.color, 0.2 * mm));
                painter.drawLine(op.rect.topLeft(), op.rect.topRight());
                break;
            case Op::ChartBox:
                paintChart(painter, op.rect, m_report.charts[op.index], m_format);
                break;
            case Op::FigureBox:
                paintFigure(painter, op.rect, m_report.figures[op.index], fonts, m_format, mm);
                break;
            }
        }
        painter.restore();
    }
    return count;
}

int ReportRenderer::pageCount(const QPageLayout& layout, int resolution) const
{
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter writer(&sink);
    writer.setResolution(resolution);
    writer.setPageLayout(layout);
    Paginator paginator(m_report, m_format, &writer, QSizeF(writer.width(), writer.height()));
    return int(paginator.run().size());
}

QByteArray ReportRenderer::pdf() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(pageLayout());
        writer.setTitle(QStringLiteral("%1 \u2014 %2").arg(m_report.shopName, m_report.title));
        writer.setCreator(QStringLiteral("Backorder Desk"));
        QPainter painter(&writer);
        paint(painter, writer);
        painter.end();
    }
    buffer.close();
    return bytes;
}

} // namespace bd::reports
