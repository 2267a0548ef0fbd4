#pragma once

#include "services/ShopQueries.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

namespace bd::ui {

// The shop's customers as a table, paged by key as the view scrolls, sorted and
// filtered in SQL (see OrdersModel).
class CustomersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Email, Name, Phone, Orders, WaitingLines, LastOrder, ColumnCount };
    enum Role {
        CustomerIdRole = Qt::UserRole + 1,
        EmailRole,
    };
    static constexpr int PageSize = 200;
    // reload() keeps at most this many of the rows loaded before.
    static constexpr int ReloadLimit = 10 * PageSize;

    explicit CustomersModel(QObject* parent = nullptr);

    void setQueries(services::ShopQueries* queries);
    services::ShopQueries* queries() const { return m_queries; }
    // Told why a read failed (the rows then end where it failed).
    void setErrorHandler(std::function<void(const QString&)> handler) { m_onError = std::move(handler); }

    const store::CustomerFilter& filter() const { return m_filter; }
    void setFilter(const store::CustomerFilter& filter);
    void reload();

    const store::CustomerRow* customerAt(int row) const;
    int rowOf(const QString& email) const;

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

    services::ShopQueries* m_queries = nullptr;
    std::function<void(const QString&)> m_onError;
    store::CustomerFilter m_filter;
    QList<store::CustomerRow> m_rows;
    bool m_atEnd = true;
    bool m_busy = false; // resetting or inserting: no nested fetchMore from a view
};

} // namespace bd::ui
