#pragma once

#include "common/Page.h"

class QCheckBox;
class QLineEdit;
class QTableView;
class QTimer;

namespace bd::ui {

class ItemsModel;

// The items: a searchable table over the paged items model.
class ItemsPage : public Page
{
    Q_OBJECT

public:
    explicit ItemsPage(AppContext& context, QWidget* parent = nullptr);
    ~ItemsPage() override;

    QString title() const override { return tr("Items"); }
    QIcon icon() const override;
    void reload() override;
    // sku=SKU selects that item; waiting=1 shows only items with waiting customers.
    void applyRoute(const QUrlQuery& query) override;

    ItemsModel* model() const { return m_model; }
    // Puts the cursor in the search box.
    void focusSearch();

    QByteArray saveState() const;
    void restoreState(const QByteArray& state);

private:
    void applyFilter();
    void keepSortIndicatorSortable(int column, Qt::SortOrder order);

    ItemsModel* m_model = nullptr;
    QLineEdit* m_searchLineEdit = nullptr;
    QCheckBox* m_onlyWaitingCheckBox = nullptr;
    QTableView* m_tableView = nullptr;
    QTimer* m_searchTimer = nullptr;
};

} // namespace bd::ui
