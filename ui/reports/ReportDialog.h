#pragma once

#include "reports/ReportData.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QThread;

namespace bd::ui {

class AppContext;

// Chooses a report and what it is for (SKU, receipt, order, period), builds it in a
// worker thread — on a database connection of its own, with progress and Cancel —
// and opens the print preview (ReportPreview) when it is ready.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReportDialog(AppContext& context, QWidget* parent = nullptr);
    ~ReportDialog() override;

    void setKind(reports::ReportKind kind);
    reports::ReportKind kind() const;
    reports::ReportParams params() const;
    // Whether a finished report opens the preview (tests turn it off).
    void setOpensPreview(bool opens) { m_opensPreview = opens; }

    // Builds the chosen report off the GUI thread; reportReady or buildFailed follows.
    void build();
    bool isBuilding() const { return m_thread != nullptr; }
    void cancelBuild();

Q_SIGNALS:
    void reportReady(const bd::reports::Report& report);
    void buildFailed(const QString& message);

protected:
    void reject() override;

private:
    void updateFields();
    void finished(std::shared_ptr<reports::Report> report, const QString& error);

    AppContext& m_context;
    QFormLayout* m_form = nullptr;
    QComboBox* m_kind = nullptr;
    QLabel* m_description = nullptr;
    QLineEdit* m_sku = nullptr;
    QLineEdit* m_receipt = nullptr;
    QLineEdit* m_order = nullptr;
    QCheckBox* m_usePeriod = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_bucket = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_opensPreview = true;
};

} // namespace bd::ui
