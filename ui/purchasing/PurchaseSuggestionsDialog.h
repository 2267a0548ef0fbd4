#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace bd::ui {

class AppContext;

// Purchase suggestions: per item somebody waits for, the units waiting, incoming on
// open purchase orders, free on the shelf, and the shortfall (domain::shortfall).
// Items with a shortfall start ticked; Create purchase order drafts one for the ticked
// items' shortfall in the purchase order dialog, where supplier, quantities and
// expected dates are settled before anything is saved.
class PurchaseSuggestionsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { Sku, Name, Waiting, Incoming, Free, Shortfall, ColumnCount };

    explicit PurchaseSuggestionsDialog(AppContext& context, QWidget* parent = nullptr);

    // Opens the purchase order dialog with a line per ticked item.
    void createPurchaseOrder();

Q_SIGNALS:
    // A purchase order drafted here was saved.
    void purchaseOrderSaved(const QString& number);

private:
    void fill();
    void updateButton();

    AppContext& m_context;
    QTreeWidget* m_itemsTree = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QPushButton* m_createButton = nullptr;
};

} // namespace bd::ui
