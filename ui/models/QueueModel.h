#pragma once

#include "services/QueueService.h"

#include "models/PagedListModel.h"

#include <QList>

namespace bd::services {
class Shop;
}

namespace bd::ui {

// The waiting queue of one item, oldest first (an order moved to the front comes
// first): the pages a view shows, read on a reader thread (PagedListModel).
class QueueModel : public PagedListModel<services::QueueEntry>
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

    // The shop to read from, on a connection of its own (null: show nothing; its clock
    // says what "today" is), and the item whose queue to show (0: none). Both read
    // everything again.
    void setShop(services::Shop* shop);
    void setItem(qint64 itemId);
    qint64 itemId() const { return m_itemId; }

    // The line shown in a row, or null while its page is read.
    const services::QueueEntry* entryAt(int row) const;

    static QString paymentName(domain::PaymentState state);

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    PageRead pageRead() const override;
    CountRead countRead() const override;
    QVariant keyOf(const services::QueueEntry& row) const override;
    // Places count from the queue's head: read forward only.
    bool readsBackwards() const override { return false; }

    services::Shop* m_shop = nullptr;
    qint64 m_itemId = 0;
};

} // namespace bd::ui
