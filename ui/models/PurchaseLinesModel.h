#pragma once

#include "services/ShopQueries.h"

#include <QAbstractTableModel>
#include <QList>

namespace bd::ui {

// The lines of one purchase order: what was ordered, received and when the rest is due.
class PurchaseLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Sku, Name, Ordered, Received, Open, Expected, ColumnCount };

    explicit PurchaseLinesModel(QObject* parent = nullptr);

    void setLines(const QList<store::PurchaseOrderLineRow>& lines);
    const QList<store::PurchaseOrderLineRow>& lines() const { return m_rows; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<store::PurchaseOrderLineRow> m_rows;
};

} // namespace bd::ui
