#pragma once

#include "services/ShopQueries.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

namespace bd::ui {

// The shop's purchase orders with their totals (a small list: read whole, by number).
class PurchaseOrdersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Supplier, Expected, Lines, Ordered, Received, Open, ColumnCount };
    enum Role { NumberRole = Qt::UserRole + 1 };

    explicit PurchaseOrdersModel(QObject* parent = nullptr);

    // Where rows are read from; null shows nothing. Reloads.
    void setQueries(services::ShopQueries* queries);
    // Told why a read failed.
    void setErrorHandler(std::function<void(const QString&)> handler) { m_onError = std::move(handler); }
    void setIncludeClosed(bool include);
    bool includeClosed() const { return m_includeClosed; }
    void reload();

    const store::PurchaseOrderSummary* orderAt(int row) const;
    int rowOf(const QString& number) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    services::ShopQueries* m_queries = nullptr;
    std::function<void(const QString&)> m_onError;
    bool m_includeClosed = false;
    QList<store::PurchaseOrderSummary> m_rows;
};

} // namespace bd::ui
