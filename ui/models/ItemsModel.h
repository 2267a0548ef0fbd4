#pragma once

#include "domain/Types.h"
#include "store/ShopStore.h"

#include <QAbstractTableModel>
#include <QList>

namespace bd::ui {

// The shop's items as a table, read through the store a page at a time: the view
// asks for more rows as it scrolls (canFetchMore/fetchMore), and sorting and
// filtering run in SQL, so a shop with tens of thousands of items opens at once.
// Call reload() after something changed the items underneath.
class ItemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Sku, Name, Policy, OnHand, Waiting, Available, ExpectedDate, ColumnCount };
    enum Role {
        ItemIdRole = Qt::UserRole + 1, // qint64 id of the row's item
        SkuRole, // its SKU
    };
    static constexpr int PageSize = 200;

    explicit ItemsModel(QObject* parent = nullptr);

    // The store rows are read from; null shows nothing. Reloads.
    void setStore(store::ShopStore* store);
    store::ShopStore* store() const { return m_store; }

    const store::ItemFilter& filter() const { return m_filter; }
    // Shows the items the filter selects, in its order, starting with the first page.
    void setFilter(const store::ItemFilter& filter);
    // Reads the rows again, as many as were loaded before, and resets the model.
    void reload();

    // Items the filter selects, loaded or not.
    int totalCount() const { return m_total; }
    // The item shown in a row, or null when the row is not loaded.
    const domain::Item* itemAt(int row) const;

    // How a policy reads in the Policy column.
    static QString policyName(domain::Policy policy);

    // Whether sort() can order by this column (the store sorts by some columns only).
    static bool isSortable(int column);
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void resetTo(int rows);
    QString displayText(const domain::Item& item, int column) const;
    QString toolTip(const domain::Item& item, int column) const;

    store::ShopStore* m_store = nullptr;
    store::ItemFilter m_filter;
    QList<domain::Item> m_items;
    int m_total = 0;
};

} // namespace bd::ui
