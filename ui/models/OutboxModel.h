#pragma once

#include "models/PagedListModel.h"
#include "services/MailService.h"

#include <QList>

namespace bd::ui {

// The e-mail outbox as a table, newest first, read the pages a view shows at a time on
// a reader thread (PagedListModel) and filtered by state in SQL: a shop that sent
// 100,000 follow-ups still opens the list at once.
class OutboxModel : public PagedListModel<store::OutboxRow>
{
    Q_OBJECT

public:
    enum Column { Id, Created, Kind, Order, Recipient, Subject, State, Attempts, LastError, ColumnCount };
    enum Role { MessageIdRole = Qt::UserRole + 1, StateRole };

    explicit OutboxModel(QObject* parent = nullptr);

    // The shop whose outbox to show (null: nothing); read on a connection of its own.
    void setShop(services::Shop* shop);
    services::Shop* shop() const { return m_shop; }
    // Only messages in this state (empty: all).
    void setStateFilter(const QString& state);
    const QString& stateFilter() const { return m_filter.state; }
    // Only messages of this kind (empty: all).
    void setKindFilter(const QString& kind);
    // Only messages whose order number starts with, or whose customer's e-mail, name
    // or phone holds, each word typed (the one search).
    void setSearch(const QString& typed);

    const store::OutboxRow* messageAt(int row) const;
    int rowOf(qint64 messageId) const;
    // How a state reads in the list.
    static QString stateName(const QString& state);
    static QString kindName(const QString& kind);

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    PageRead pageRead() const override;
    CountRead countRead() const override;
    QVariant keyOf(const store::OutboxRow& row) const override;

    services::Shop* m_shop = nullptr;
    store::OutboxFilter m_filter;
};

} // namespace bd::ui
