#pragma once

#include "core/Result.h"
#include "domain/Types.h"
#include "reports/ReportData.h"
#include "services/StockService.h"

#include <QDialog>
#include <QList>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace bd::services {
class ShopQueries;
} // namespace bd::services

namespace bd::ui {

class AppContext;

// Receiving stock: the lines of an open purchase order or typed by hand, a reference
// and the fill mode; Preview works out the cross-dock list (which waiting order gets
// how many units, what goes to the shelf) without changing anything; Confirm commits
// the same receipt. The list can be printed (the crossdock report's pages, in a print
// preview that also saves a PDF) or saved as CSV. A large receipt is worked out in the
// background.
class ReceiveDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReceiveDialog(AppContext& context, QWidget* parent = nullptr);
    ~ReceiveDialog() override;

    // Fills the lines with the open lines of this purchase order.
    void choosePurchaseOrder(const QString& number);
    void addLine(const QString& sku = {}, int qty = 0);
    // Starts with this item (the one selected on the Items page): its SKU in the first
    // line, the quantity to type next.
    void startWithItem(const QString& sku);
    void setReference(const QString& reference);
    void setCompleteOnly(bool completeOnly);

    void preview();
    void confirm();
    void print();
    void saveCsv();

    // Receipts of at least this many units are worked out off the GUI thread.
    void setBackgroundUnits(int units) { m_backgroundUnits = units; }
    bool isBusy() const { return m_busy; }
    bool isCommitted() const { return m_committed; }
    const QList<domain::CrossDockRow>& crossDock() const { return m_rows; }
    // The printed cross-dock list: the crossdock report of the rows on screen.
    core::Result<reports::Report> printedList() const;

Q_SIGNALS:
    // The receipt was committed.
    void received(const QString& reference);

private:
    core::Result<QList<services::ReceiveRequest>> requests() const;
    services::ReceiveOptions options(bool preview) const;
    void run(bool commit);
    void showResult(bool commit, const core::Result<QList<domain::CrossDockRow>>& result);
    void inputChanged();
    void setBusy(bool busy);
    void updateButtons();
    void fitPreviewColumns();
    // The table's viewport changed size (the dialog's own resize comes before the
    // layout gives the table its new width): the columns are fitted again.
    bool eventFilter(QObject* watched, QEvent* event) override;

    AppContext& m_context;
    std::unique_ptr<services::ShopQueries> m_queries;
    QComboBox* m_poCombo = nullptr;
    QLineEdit* m_referenceEdit = nullptr;
    QComboBox* m_fillCombo = nullptr;
    QTableWidget* m_lines = nullptr;
    QTableWidget* m_previewTable = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
    QLabel* m_passedOverLabel = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_confirmButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_csvButton = nullptr;
    QList<domain::CrossDockRow> m_rows;
    services::ReceiveNotes m_notes; // of the last preview or receipt
    bool m_previewed = false; // m_rows is the preview of the lines as they are now
    bool m_committed = false;
    bool m_busy = false;
    bool m_filling = false;
    int m_backgroundUnits = 5000;
};

} // namespace bd::ui
