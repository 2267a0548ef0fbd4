#pragma once

#include "store/MailStore.h"

#include <QAbstractTableModel>
#include <QList>

namespace bd::ui {

// The e-mail outbox as a table, newest first, read a page at a time and filtered by
// state in SQL: a shop that sent 100,000 follow-ups still opens the list at once.
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Created, Kind, Order, Recipient, Subject, State, Attempts, LastError, ColumnCount };
    enum Role { MessageIdRole = Qt::UserRole + 1, StateRole };
    static constexpr int PageSize = 200;

    explicit OutboxModel(QObject* parent = nullptr);

    // Where rows are read from; null shows nothing. Reloads.
    void setStore(mail::MailStore* store);
    // Only messages in this state (empty: all).
    void setStateFilter(const QString& state);
    const QString& stateFilter() const { return m_filter.state; }
    // Reads the rows again, as many as were loaded.
    void reload();

    int totalCount() const { return m_total; }
    const mail::OutboxRow* messageAt(int row) const;
    int rowOf(qint64 messageId) const;
    // How a state reads in the list.
    static QString stateName(const QString& state);
    static QString kindName(const QString& kind);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    void resetTo(int rows);

    mail::MailStore* m_store = nullptr;
    mail::OutboxFilter m_filter;
    QList<mail::OutboxRow> m_rows;
    int m_total = 0;
};

} // namespace bd::ui
