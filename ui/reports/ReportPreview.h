#pragma once

#include "core/Result.h"
#include "reports/ReportData.h"
#include "reports/ReportRenderer.h"

#include <QDialog>

#include <memory>

class QPrinter;
class QPrintPreviewWidget;

namespace bd::ui {

// Print preview of a report the core built: the pages as they print (header, page X
// of Y, repeated table headers), zoom, Print… and Save as PDF, CSV or HTML.
// Reusable: give it any bd::reports::Report.
class ReportPreview : public QDialog
{
    Q_OBJECT

public:
    explicit ReportPreview(reports::Report report, QWidget* parent = nullptr);
    ~ReportPreview() override;

    const reports::Report& report() const { return m_report; }
    QPrintPreviewWidget* previewWidget() const { return m_preview; }
    // Pages of the preview (its printer's layout: A4 or Letter by the shop's locale).
    int pageCount() const;

    // Writes the report to a file; the Save buttons ask for the name first.
    core::Status saveAs(reports::OutputFormat format, const QString& file) const;
    // Asks where to save, saves, and says so if it fails.
    void chooseFileAndSave(reports::OutputFormat format);
    // Shows the print dialog and prints.
    void print();

private:
    void paintPages(QPrinter* printer);

    reports::Report m_report;
    reports::ReportRenderer m_renderer;
    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget* m_preview = nullptr;
};

} // namespace bd::ui
