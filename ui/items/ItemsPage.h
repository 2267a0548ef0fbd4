#pragma once

#include "common/Page.h"
#include "items/ItemEditCommand.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;

namespace bd::ui {

class FrozenColumnsTableView;
class SearchField;

class HistoryModel;
class ItemDialog;
class ItemsModel;
class QueueModel;

// The items: a searchable, filterable table over the paged items model, whose
// policy, limit and expected date can be edited in place or in the item dialog
// (undoable), and below it the selected item's waiting queue and history.
class ItemsPage : public Page
{
    Q_OBJECT

public:
    explicit ItemsPage(AppContext& context, QWidget* parent = nullptr);
    ~ItemsPage() override;

    QString title() const override { return tr("Items"); }
    QIcon icon() const override;
    void reload() override;
    // sku=SKU selects that item; waiting=1 shows only items with waiting customers;
    // new=1 opens the new item dialog.
    void applyRoute(const QUrlQuery& query) override;

    ItemsModel* model() const { return m_model; }
    QueueModel* queueModel() const { return m_queueModel; }
    HistoryModel* historyModel() const { return m_historyModel; }
    // Puts the cursor in the search box.
    void focusSearch();

    // The SKU of the selected item; empty when none.
    QString selectedSku() const;
    // Selects the item's row when it is loaded.
    bool selectSku(const QString& sku);
    // Opens the item dialog for the selected item (non-modal to the event loop).
    void editSelectedItem();
    // Opens the dialog for one new item; the item is selected once created.
    void newItem();
    // Changes an item's settings from `before` through the core and puts the change on
    // the undo stack. Shows why when the core refuses; returns whether it changed.
    bool changeItem(const QString& sku, const ItemSettings& before, const ItemSettings& settings);

    // The queue pane's actions on its selected line.
    void moveSelectedToFront();
    void cancelSelectedLine();

    QByteArray saveState() const;
    void restoreState(const QByteArray& state);

private:
    void applyFilter();
    void keepSortIndicatorSortable(int column, Qt::SortOrder order);
    bool editCell(const domain::Item& item, int column, const QVariant& value);
    void showSelectedItem();
    // Selects the item now when its row is read, else when it comes.
    void selectSkuWhenShown(const QString& sku);
    void updateQueueActions();
    QString selectedOrderNumber() const;

    ItemsModel* m_model = nullptr;
    QueueModel* m_queueModel = nullptr;
    HistoryModel* m_historyModel = nullptr;
    SearchField* m_searchLineEdit = nullptr;
    QCheckBox* m_onlyWaitingCheckBox = nullptr;
    QComboBox* m_policyFilterComboBox = nullptr;
    FrozenColumnsTableView* m_tableView = nullptr;
    QSplitter* m_splitter = nullptr;
    QTabWidget* m_detailTabWidget = nullptr;
    QLabel* m_detailLabel = nullptr;
    QTableView* m_queueTableView = nullptr;
    QTableView* m_historyTableView = nullptr;
    QPushButton* m_newItemButton = nullptr;
    QPushButton* m_moveToFrontButton = nullptr;
    QPushButton* m_cancelLineButton = nullptr;
    QString m_shownSku;
    QString m_pendingSku; // to select when its row comes
};

} // namespace bd::ui
