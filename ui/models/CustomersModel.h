#pragma once

#include "models/PagedListModel.h"
#include "services/ShopQueries.h"

namespace bd::store {
class Database;
}

namespace bd::ui {

// The shop's customers as a table: the pages a view shows, read on a reader thread
// (PagedListModel), sorted and filtered in SQL.
class CustomersModel : public PagedListModel<store::CustomerRow>
{
    Q_OBJECT

public:
    enum Column { Email, Name, Phone, Orders, WaitingLines, LastOrder, ColumnCount };
    enum Role {
        CustomerIdRole = Qt::UserRole + 1,
        EmailRole,
    };
    explicit CustomersModel(QObject* parent = nullptr);
    ~CustomersModel() override;


    const store::CustomerFilter& filter() const { return m_filter; }
    void setFilter(const store::CustomerFilter& filter);

    // The customer shown in a row, or null while its page is read.
    const store::CustomerRow* customerAt(int row) const;
    // The row in memory showing this e-mail address (in any case), or -1.
    int rowOf(const QString& email) const;

    static bool isSortable(int column);
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    PageRead pageRead() const override;
    CountRead countRead() const override;
    QVariant keyOf(const store::CustomerRow& row) const override;

    store::CustomerFilter m_filter;
};

} // namespace bd::ui
