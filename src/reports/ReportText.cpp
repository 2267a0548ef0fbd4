#include "ReportRenderer.h"

#include "csv/CsvWriter.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSaveFile>

// The text formats of a report (CSV and HTML), and writing any format to a file.

namespace bd::reports {

std::optional<OutputFormat> ReportRenderer::parseFormat(const QString& name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("pdf"))
        return OutputFormat::Pdf;
    if (n == QLatin1String("csv"))
        return OutputFormat::Csv;
    if (n == QLatin1String("html") || n == QLatin1String("htm"))
        return OutputFormat::Html;
    return std::nullopt;
}

QString ReportRenderer::extension(OutputFormat format)
{
    switch (format) {
    case OutputFormat::Pdf:
        return QStringLiteral("pdf");
    case OutputFormat::Csv:
        return QStringLiteral("csv");
    case OutputFormat::Html:
        return QStringLiteral("html");
    }
    return {};
}

QByteArray ReportRenderer::csv() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    csv::CsvWriter writer(&buffer);
    // A percentage is written as a number of percent (12.5): its header says so.
    auto keys = [](const ReportTable& t) {
        QStringList k;
        for (const Column& c : t.columns)
            k << (c.type == Column::Type::Percent ? c.key + QStringLiteral("_pct") : c.key);
        return k;
    };
    auto cells = [this](const ReportTable& t, const Row& row) {
        QStringList out;
        for (qsizetype c = 0; c < t.columns.size(); ++c)
            out << m_format.plain(c < row.size() ? row[c] : QVariant(), t.columns[c].type);
        return out;
    };
    bool sameColumns = !m_report.csvSectionColumn.isEmpty();
    for (const ReportTable& t : m_report.tables)
        sameColumns = sameColumns && keys(t) == keys(m_report.tables.constFirst());
    if (sameColumns) {
        // One table, each row led by its section (the order of a packing slip...).
        writer.writeRow(QStringList{m_report.csvSectionColumn} + keys(m_report.tables.constFirst()));
        for (const ReportTable& t : m_report.tables) {
            const QString section = m_format.plain(t.csvSection, Column::Type::Text);
            for (const Row& row : t.rows)
                writer.writeRow(QStringList{section} + cells(t, row));
        }
    } else {
        // Tables one after another, each under its heading when there are several,
        // with an empty line between; a totals row last.
        const bool headed = m_report.tables.size() > 1;
        for (qsizetype i = 0; i < m_report.tables.size(); ++i) {
            const ReportTable& t = m_report.tables[i];
            if (i > 0)
                writer.writeRawRow({});
            if (headed)
                writer.writeRow({t.heading});
            writer.writeRow(keys(t));
            for (const Row& row : t.rows)
                writer.writeRow(cells(t, row));
            if (!t.totals.isEmpty())
                writer.writeRow(cells(t, t.totals));
        }
    }
    buffer.close();
    return bytes;
}

QString ReportRenderer::html() const
{
    const auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    const QString paper = m_format.letterPaper() ? QStringLiteral("letter") : QStringLiteral("A4");
    QString out;
    out.reserve(4096 + 200 * 16);
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n<title>%2 \u2014 %3</title>\n")
               .arg(esc(m_format.locale().bcp47Name()), esc(m_report.shopName), esc(m_report.title));
    out += QStringLiteral(
               "<style>\n"
               "@page { size: %1; margin: 15mm; }\n"
               "body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; color: #1f2937; margin: 2em; }\n"
               "header { border-bottom: 1px solid #9ca3af; margin-bottom: 1em; display: flex; justify-content: space-between; }\n"
               ".shop { font-weight: bold; font-size: 9pt; }\n"
               "h1 { font-size: 16pt; margin: 0.1em 0; }\n"
               "h2 { font-size: 12pt; margin: 1.2em 0 0.4em; }\n"
               ".meta { text-align: right; font-size: 9pt; color: #4b5563; }\n"
               ".figures { display: flex; flex-wrap: wrap; gap: 0.6em; margin: 0.8em 0; }\n"
               ".figure { border: 1px solid #9ca3af; border-radius: 4px; background: #f9fafb; padding: 0.3em 0.8em; min-width: 10em; }\n"
               ".figure .label { display: block; font-size: 8pt; color: #4b5563; }\n"
               ".figure .value { font-size: 13pt; font-weight: bold; }\n"
               "figure { margin: 1em 0; } figure img { width: 100%; max-width: 60em; }\n"
               "table { border-collapse: collapse; width: 100%; font-size: 9pt; }\n"
               "thead { display: table-header-group; }\n"
               "th { background: #e5e7eb; text-align: left; border-bottom: 1px solid #9ca3af; }\n"
               "th, td { padding: 0.2em 0.5em; vertical-align: top; }\n"
               "tbody tr:nth-child(even) { background: #f3f4f6; }\n"
               "tfoot td { font-weight: bold; border-top: 1px solid #1f2937; }\n"
               ".num { text-align: right; white-space: nowrap; }\n"
               ".empty, .note { color: #4b5563; }\n"
               ".newpage { break-before: page; }\n"
               "</style>\n</head>\n<body>\n")
               .arg(paper);
    out += QStringLiteral("<header><div><div class=\"shop\">%1</div><h1>%2</h1>")
               .arg(esc(m_report.shopName), esc(m_report.title));
    if (!m_report.subtitle.isEmpty())
        out += QStringLiteral("<div>%1</div>").arg(esc(m_report.subtitle));
    out += QStringLiteral("</div><div class=\"meta\"><div>%1</div><div>%2</div></div></header>\n")
               .arg(esc(m_format.period(m_report)), esc(tr("Generated %1").arg(m_format.dateTime(m_report.generatedAt))));
    if (!m_report.figures.isEmpty()) {
        out += QStringLiteral("<div class=\"figures\">");
        for (const Figure& f : m_report.figures)
            out += QStringLiteral("<div class=\"figure\"><span class=\"label\">%1</span><span class=\"value\">%2</span></div>")
                       .arg(esc(f.label), esc(f.value.isNull() ? QStringLiteral("\u2014") : m_format.display(f.value, f.type)));
        out += QStringLiteral("</div>\n");
    }
    for (const Chart& chart : m_report.charts) {
        // The same drawing as in the PDF, as an image inside the page.
        QImage image(1600, 520, QImage::Format_ARGB32_Premultiplied);
        image.setDotsPerMeterX(7559); // 192 dpi: crisp text at the size it is shown
        image.setDotsPerMeterY(7559);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing);
            paintChart(p, QRectF(0, 0, image.width(), image.height()), chart, m_format);
        }
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        out += QStringLiteral("<figure><img alt=\"%1\" src=\"data:image/png;base64,%2\"></figure>\n")
                   .arg(esc(chart.title), QString::fromLatin1(png.toBase64()));
    }
    for (const ReportTable& t : m_report.tables) {
        out += t.newPage ? QStringLiteral("<section class=\"newpage\">\n") : QStringLiteral("<section>\n");
        if (!t.heading.isEmpty())
            out += QStringLiteral("<h2>%1</h2>\n").arg(esc(t.heading));
        for (const QString& note : t.notes)
            out += QStringLiteral("<div>%1</div>\n").arg(esc(note));
        if (t.rows.isEmpty() && !t.emptyText.isEmpty()) {
            out += QStringLiteral("<p class=\"empty\">%1</p>\n</section>\n").arg(esc(t.emptyText));
            continue;
        }
        auto cellsOf = [&](const Row& row, const QString& tag) {
            QString tr;
            for (qsizetype c = 0; c < t.columns.size(); ++c) {
                const Column& column = t.columns[c];
                const QString text = m_format.display(c < row.size() ? row[c] : QVariant(), column.type);
                tr += column.numeric() ? QStringLiteral("<%1 class=\"num\">%2</%1>").arg(tag, esc(text))
                                       : QStringLiteral("<%1>%2</%1>").arg(tag, esc(text));
            }
            return tr;
        };
        out += QStringLiteral("<table>\n<thead><tr>");
        for (const Column& c : t.columns)
            out += c.numeric() ? QStringLiteral("<th class=\"num\">%1</th>").arg(esc(c.title))
                               : QStringLiteral("<th>%1</th>").arg(esc(c.title));
        out += QStringLiteral("</tr></thead>\n<tbody>\n");
        for (const Row& row : t.rows)
            out += QStringLiteral("<tr>") + cellsOf(row, QStringLiteral("td")) + QStringLiteral("</tr>\n");
        out += QStringLiteral("</tbody>\n");
        if (!t.totals.isEmpty())
            out += QStringLiteral("<tfoot><tr>") + cellsOf(t.totals, QStringLiteral("td")) + QStringLiteral("</tr></tfoot>\n");
        out += QStringLiteral("</table>\n");
        for (const QString& note : t.footnotes)
            out += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(note));
        out += QStringLiteral("</section>\n");
    }
    out += QStringLiteral("</body>\n</html>\n");
    return out;
}

core::Status ReportRenderer::write(OutputFormat format, const QString& file) const
{
    QByteArray bytes;
    switch (format) {
    case OutputFormat::Pdf:
        bytes = pdf();
        break;
    case OutputFormat::Csv:
        bytes = csv();
        break;
    case OutputFormat::Html:
        bytes = html().toUtf8();
        break;
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return core::fail(tr("cannot write %1: %2").arg(file, out.errorString()));
    return {};
}

} // namespace bd::reports
