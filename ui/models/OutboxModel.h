#pragma once

#include "services/MailService.h"

#include "models/OffsetPagedModel.h"

#include <QList>

namespace bd::ui {

// The e-mail outbox as a table, newest first, read a page at a time and filtered by
// state in SQL: a shop that sent 100,000 follow-ups still opens the list at once.
class OutboxModel : public OffsetPagedModel<store::OutboxRow>
{
    Q_OBJECT

public:
    enum Column { Id, Created, Kind, Order, Recipient, Subject, State, Attempts, LastError, ColumnCount };
    enum Role { MessageIdRole = Qt::UserRole + 1, StateRole };

    explicit OutboxModel(QObject* parent = nullptr);

    // Where rows are read from; null shows nothing. Reloads.
    // The shop whose outbox to show (null: nothing); reloads.
    void setShop(services::Shop* shop);
    // Only messages in this state (empty: all).
    void setStateFilter(const QString& state);
    const QString& stateFilter() const { return m_filter.state; }
    // Reads the rows again, as many as were loaded.
    void reload();

    const store::OutboxRow* messageAt(int row) const;
    int rowOf(qint64 messageId) const;
    // How a state reads in the list.
    static QString stateName(const QString& state);
    static QString kindName(const QString& kind);

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool hasSource() const override;
    core::Result<int> countRows() override;
    core::Result<QList<store::OutboxRow>> readRows(int offset, int limit) override;

    services::Shop* m_shop = nullptr;
    store::OutboxFilter m_filter;
};

} // namespace bd::ui
