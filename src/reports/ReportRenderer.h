#pragma once

#include "core/Result.h"
#include "reports/ReportData.h"
#include "reports/ReportFormat.h"

#include <QCoreApplication>
#include <QPageLayout>

#include <optional>

class QPagedPaintDevice;
class QPainter;
class QRectF;

namespace bd::reports {

enum class OutputFormat { Pdf, Csv, Html };

// Turns report data into what people read: PDF pages (or a printer's), HTML, CSV.
//
// PDF and print are painted page by page with QPainter rather than laid out by
// QTextDocument: a QTextDocument table costs about 2 ms per row to lay out and paint
// (a 10,000-line queue took 45 s), where painting the rows directly takes a fraction
// of that. The pages have what a QTextDocument would give and more: a header on every
// page (shop, title, period, generated at), "page X of Y", the table header repeated
// on every page, columns fitted to the page with long text wrapped, never clipped.
//
// Charts are painted with QPainter too (paintChart): Qt Charts draws through Qt
// Widgets' graphics view, and the command line tool must not link Qt Widgets.
//
// Painting needs a QGuiApplication (fonts); CSV and HTML without charts do not.
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)

public:
    explicit ReportRenderer(const Report& report);

    static std::optional<OutputFormat> parseFormat(const QString& name);
    static QString extension(OutputFormat format);

    QByteArray csv() const;
    QString html() const;
    // A4, or Letter for US and Canadian locales; portrait (landscape when the report
    // asks), 15 mm margins.
    QPageLayout pageLayout() const;
    // Paints every page on a device whose painter is `painter` (begun on it): a
    // QPdfWriter, or the QPrinter of a print preview. Returns the number of pages.
    int paint(QPainter& painter, QPagedPaintDevice& device) const;
    // The number of pages paint() makes on a device of this layout and resolution.
    int pageCount(const QPageLayout& layout, int resolution = 300) const;
    QByteArray pdf() const;

    // Written whole or not at all (QSaveFile).
    core::Status write(OutputFormat format, const QString& file) const;

    // Draws a chart into a rectangle of the painter's device.
    static void paintChart(QPainter& painter, const QRectF& rect, const Chart& chart, const ReportFormat& format);

private:
    const Report& m_report;
    ReportFormat m_format;
};

} // namespace bd::reports
