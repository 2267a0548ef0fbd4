#pragma once

#include "services/ShopQueries.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

namespace bd::ui {

// The shop's orders as a table, read a page at a time as the view scrolls
// (canFetchMore/fetchMore). Each page is read by key after the last row loaded, so
// the end of a list of hundreds of thousands of orders comes as fast as its start;
// sorting and filtering run in SQL. Call reload() after something changed underneath.
class OrdersModel : public QAbstractTableModel
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
    static constexpr int PageSize = 200;
    // reload() keeps at most this many of the rows loaded before.
    static constexpr int ReloadLimit = 10 * PageSize;

    explicit OrdersModel(QObject* parent = nullptr);

    // Where rows are read from; null shows nothing. Reloads.
    void setQueries(services::ShopQueries* queries);
    services::ShopQueries* queries() const { return m_queries; }
    // Told why a read failed (the rows then end where it failed).
    void setErrorHandler(std::function<void(const QString&)> handler) { m_onError = std::move(handler); }

    const store::OrderFilter& filter() const { return m_filter; }
    void setFilter(const store::OrderFilter& filter);
    // Reads the rows again, as many as were loaded before.
    void reload();

    const store::OrderRow* orderAt(int row) const;
    // The row showing this order among those loaded, or -1.
    int rowOf(const QString& number) const;

    static QString stateName(store::OrderState state);
    static QString paymentName(domain::PaymentState state);

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
    QString displayText(const store::OrderRow& row, int column) const;

    services::ShopQueries* m_queries = nullptr;
    std::function<void(const QString&)> m_onError;
    store::OrderFilter m_filter;
    QList<store::OrderRow> m_rows;
    bool m_atEnd = true;
    bool m_busy = false; // resetting or inserting: no nested fetchMore from a view
};

} // namespace bd::ui
