#pragma once

#include "services/QueueService.h"

#include "models/OffsetPagedModel.h"

#include <QList>

#include <memory>

namespace bd::services {
class Shop;
}

namespace bd::ui {

// The waiting queue of one item, oldest first (an order moved to the front comes
// first), read a page at a time through the core.
class QueueModel : public OffsetPagedModel<services::QueueEntry>
{
    Q_OBJECT

public:
    enum Column { Position, Order, Customer, Quantity, DaysWaited, Promised, Source, Payment, Risk, ColumnCount };
    enum Role {
        OrderNumberRole = Qt::UserRole + 1,
        AtRiskRole, // bool
    };

    explicit QueueModel(QObject* parent = nullptr);
    ~QueueModel() override;

    // The shop to read from (null: show nothing) and the item whose queue to show
    // (0: none). Both reload.
    void setShop(services::Shop* shop);
    void setItem(qint64 itemId);
    qint64 itemId() const { return m_itemId; }
    void reload();

    const services::QueueEntry* entryAt(int row) const;

    static QString paymentName(domain::PaymentState state);

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    bool hasSource() const override;
    core::Result<int> countRows() override;
    core::Result<QList<services::QueueEntry>> readRows(int offset, int limit) override;

    services::Shop* m_shop = nullptr;
    std::unique_ptr<services::QueueService> m_service;
    qint64 m_itemId = 0;
};

} // namespace bd::ui
