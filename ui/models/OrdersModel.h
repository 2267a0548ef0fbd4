#pragma once

#include "models/PagedListModel.h"
#include "services/ShopQueries.h"

namespace bd::store {
class Database;
}

namespace bd::ui {

// The shop's orders as a table: the pages a view shows, read on a reader thread
// (PagedListModel), sorted and filtered in SQL, so the end of a list of hundreds of
// thousands of orders comes as fast as its start. Call reload() after something
// changed underneath.
class OrdersModel : public PagedListModel<store::OrderRow>
{
    Q_OBJECT

public:
    enum Column { Number, Placed, Customer, State, Lines, Waiting, Total, Payment, Promised, ColumnCount };
    enum Role {
        OrderNumberRole = Qt::UserRole + 1, // the row's order number
        OrderIdRole,
        CustomerEmailRole,
        StateRole, // int(store::OrderState)
    };

    explicit OrdersModel(QObject* parent = nullptr);
    ~OrdersModel() override;


    const store::OrderFilter& filter() const { return m_filter; }
    void setFilter(const store::OrderFilter& filter);

    // The order shown in a row, or null while its page is read.
    const store::OrderRow* orderAt(int row) const;
    // The row in memory showing this order, or -1.
    int rowOf(const QString& number) const;

    static QString stateName(store::OrderState state);
    static QString paymentName(domain::PaymentState state);

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
    QVariant keyOf(const store::OrderRow& row) const override;
    QString displayText(const store::OrderRow& row, int column) const;

    store::OrderFilter m_filter;
};

} // namespace bd::ui
