#include "ReportPreview.h"

#include "common/FileDialogs.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QScreen>
#include <QStandardPaths>
#include <QToolBar>
#include <QVBoxLayout>

namespace bd::ui {

ReportPreview::ReportPreview(reports::Report report, QWidget* parent)
    : QDialog(parent)
    , m_report(std::move(report))
    , m_renderer(m_report)
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    setObjectName(QStringLiteral("reportPreview"));
    setWindowTitle(tr("%1 \u2014 %2").arg(m_report.title, m_report.shopName));
    m_printer->setPageLayout(m_renderer.pageLayout());
    m_printer->setDocName(m_report.title);

    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setObjectName(QStringLiteral("reportPages"));
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &ReportPreview::paintPages);

    auto* bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("reportToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction* printAction = bar->addAction(tr("&Print\u2026"), this, &ReportPreview::print);
    printAction->setShortcut(QKeySequence::Print);
    bar->addSeparator();
    bar->addAction(tr("Zoom in"), m_preview, [this] { m_preview->zoomIn(); });
    bar->addAction(tr("Zoom out"), m_preview, [this] { m_preview->zoomOut(); });
    bar->addAction(tr("Fit width"), m_preview, &QPrintPreviewWidget::fitToWidth);
    bar->addAction(tr("Whole page"), m_preview, &QPrintPreviewWidget::fitInView);
    bar->addSeparator();
    QAction* pdf = bar->addAction(tr("Save as PDF\u2026"), this, [this] { chooseFileAndSave(reports::OutputFormat::Pdf); });
    pdf->setObjectName(QStringLiteral("savePdf"));
    QAction* csv = bar->addAction(tr("Save as CSV\u2026"), this, [this] { chooseFileAndSave(reports::OutputFormat::Csv); });
    csv->setObjectName(QStringLiteral("saveCsv"));
    QAction* html = bar->addAction(tr("Save as HTML\u2026"), this, [this] { chooseFileAndSave(reports::OutputFormat::Html); });
    html->setObjectName(QStringLiteral("saveHtml"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(m_preview, 1);
    // A page's height where the screen has it, never taller than the screen (a 900-pixel
    // laptop screen too): the whole page fits, shown smaller.
    QSize size(900, 1000);
    if (const QScreen* screen = parentWidget() ? parentWidget()->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 9 / 10);
    resize(size);
    m_preview->fitInView();
}

ReportPreview::~ReportPreview() = default;

int ReportPreview::pageCount() const
{
    m_preview->updatePreview();
    return m_preview->pageCount();
}

void ReportPreview::paintPages(QPrinter* printer)
{
    QPainter painter(printer);
    m_renderer.paint(painter, *printer);
}

core::Status ReportPreview::saveAs(reports::OutputFormat format, const QString& file) const
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const core::Status status = m_renderer.write(format, file);
    QApplication::restoreOverrideCursor();
    return status;
}

void ReportPreview::chooseFileAndSave(reports::OutputFormat format)
{
    const QString ext = reports::ReportRenderer::extension(format);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(dir).filePath(QStringLiteral("%1.%2").arg(m_report.name, ext));
    const QString filter = format == reports::OutputFormat::Pdf   ? tr("PDF documents (*.pdf)")
                           : format == reports::OutputFormat::Csv ? tr("CSV files (*.csv)")
                                                                  : tr("Web pages (*.html *.htm)");
    QString file = fileDialogs::saveFileName(this, tr("Save the report"), suggested, filter);
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += QLatin1Char('.') + ext;
    const core::Status saved = saveAs(format, file);
    if (!saved.ok())
        QMessageBox::warning(this, tr("The report was not saved"), saved.errorText());
}

void ReportPreview::print()
{
    QPrintDialog dialog(m_printer.get(), this);
    fileDialogs::prepare(dialog);
    dialog.setWindowTitle(tr("Print %1").arg(m_report.title));
    if (dialog.exec() != QDialog::Accepted)
        return;
    paintPages(m_printer.get());
}

} // namespace bd::ui
