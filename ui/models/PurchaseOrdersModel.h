#pragma once

#include "models/PagedListModel.h"
#include "services/ShopQueries.h"

namespace bd::ui {

// The shop's purchase orders with their totals, by number: the pages a view shows, read
// on a reader thread (PagedListModel). Read from setDatabase().
class PurchaseOrdersModel : public PagedListModel<store::PurchaseOrderSummary>
{
    Q_OBJECT

public:
    enum Column { Number, Supplier, Expected, Lines, Ordered, Received, Open, ColumnCount };
    enum Role { NumberRole = Qt::UserRole + 1 };

    explicit PurchaseOrdersModel(QObject* parent = nullptr);

    // Closed orders too, or the open ones only (the default). Reads everything again.
    void setIncludeClosed(bool include);
    bool includeClosed() const { return m_includeClosed; }

    // The order shown in a row, or null while its page is read.
    const store::PurchaseOrderSummary* orderAt(int row) const;
    // The row in memory showing this order, or -1 (locate() reads where it is).
    int rowOf(const QString& number) const;

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    PageRead pageRead() const override;
    CountRead countRead() const override;
    RowRead rowRead() const override;
    QVariant keyOf(const store::PurchaseOrderSummary& row) const override;

    bool m_includeClosed = false;
};

} // namespace bd::ui
