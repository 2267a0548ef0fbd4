#pragma once

#include "services/ShopQueries.h"

#include "models/PagedListModel.h"

#include <QList>

#include <memory>

namespace bd::ui {

// An item's history, newest first: its stock movements (receipts, shipments,
// returns, adjustments) and the events about it, the pages a view shows at a time on a
// reader thread (PagedListModel).
class HistoryModel : public PagedListModel<store::ItemHistoryRow>
{
    Q_OBJECT

public:
    enum Column { When, What, Quantity, Order, Details, ColumnCount };

    explicit HistoryModel(QObject* parent = nullptr);
    ~HistoryModel() override;

    // The item (0: none), read from the database (setDatabase). Reloads.
    void setItem(qint64 itemId);

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    PageRead pageRead() const override;
    CountRead countRead() const override;
    QVariant keyOf(const store::ItemHistoryRow& row) const override;
    static QString kindName(const store::ItemHistoryRow& row);

    qint64 m_itemId = 0;
};

} // namespace bd::ui
