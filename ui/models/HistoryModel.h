#pragma once

#include "store/ItemQueries.h"

#include <QAbstractTableModel>
#include <QList>

#include <memory>

namespace bd::ui {

// An item's history, newest first: its stock movements (receipts, shipments,
// returns, adjustments) and the events about it, a page at a time.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, What, Quantity, Order, Details, ColumnCount };
    static constexpr int PageSize = 200;

    explicit HistoryModel(QObject* parent = nullptr);
    ~HistoryModel() override;

    // The database to read from (null: nothing) and the item (0: none). Both reload.
    void setDatabase(store::Database* db);
    void setItem(qint64 itemId);
    void reload();
    int totalCount() const { return m_total; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    void resetTo(int rows);
    static QString kindName(const store::ItemHistoryRow& row);

    std::unique_ptr<store::ItemQueries> m_queries;
    qint64 m_itemId = 0;
    QList<store::ItemHistoryRow> m_rows;
    int m_total = 0;
};

} // namespace bd::ui
