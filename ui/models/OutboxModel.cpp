#include "OutboxModel.h"

#include "domain/LocaleFormat.h"
#include "mail/Templates.h"
#include "services/Shop.h"
#include "store/Database.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace bd::ui {

OutboxModel::OutboxModel(QObject* parent)
    : PagedListModel(parent)
{
}

void OutboxModel::setShop(services::Shop* shop)
{
    m_shop = shop;
    setLocation(shop ? shop->db().path() : QString());
    restart();
}

void OutboxModel::setStateFilter(const QString& state)
{
    m_filter.state = state;
    restart();
}

void OutboxModel::setKindFilter(const QString& kind)
{
    if (m_filter.kind == kind)
        return;
    m_filter.kind = kind;
    restart();
}

void OutboxModel::setSearch(const QString& typed)
{
    if (m_filter.search == typed)
        return;
    m_filter.search = typed;
    restart();
}

OutboxModel::PageRead OutboxModel::pageRead() const
{
    return [filter = m_filter](services::ShopQueries& queries, int offset, int limit, bool reversed) {
        return queries.outboxPage(filter, offset, limit, reversed);
    };
}

OutboxModel::CountRead OutboxModel::countRead() const
{
    return [filter = m_filter](services::ShopQueries& queries) { return queries.countOutbox(filter); };
}

QVariant OutboxModel::keyOf(const store::OutboxRow& row) const
{
    return row.id;
}

const store::OutboxRow* OutboxModel::messageAt(int row) const
{
    return rowAt(row);
}

int OutboxModel::rowOf(qint64 messageId) const
{
    return rowOfKey(messageId);
}

QString OutboxModel::stateName(const QString& state)
{
    if (state == store::messageState::Pending)
        return tr("Pending");
    if (state == store::messageState::Sending)
        return tr("Sending");
    if (state == store::messageState::Sent)
        return tr("Sent");
    if (state == store::messageState::Failed)
        return tr("Failed");
    if (state == store::messageState::Cancelled)
        return tr("Cancelled");
    return state;
}

QString OutboxModel::kindName(const QString& kind)
{
    if (kind == mail::kind::Confirmation)
        return tr("Backorder confirmation");
    if (kind == mail::kind::FollowUp)
        return tr("Follow-up");
    if (kind == mail::kind::Countdown)
        return tr("Countdown");
    if (kind == mail::kind::Delay)
        return tr("Delay notice");
    if (kind == mail::kind::PaymentUpdate)
        return tr("Payment update");
    if (kind == mail::kind::Ready)
        return tr("Stock arrived");
    if (kind == mail::kind::Shipped)
        return tr("Shipped");
    if (kind == mail::kind::Cancelled)
        return tr("Cancellation");
    if (kind == mail::kind::Coupon)
        return tr("Coupon");
    if (kind == mail::kind::StockUpdate)
        return tr("Stock update");
    return kind;
}

int OutboxModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::OutboxRow* shown = rowAt(index.row());
    if (!shown)
        return placeholder(index.column(), role);
    const store::OutboxRow& m = *shown;
    switch (role) {
    case MessageIdRole:
        return m.id;
    case StateRole:
        return m.state;
    case Qt::TextAlignmentRole:
        return index.column() == Id || index.column() == Attempts ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                  : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == State && m.state == store::messageState::Failed)
            return QBrush(Qt::red);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == LastError || index.column() == State)
            return m.lastError.isEmpty() ? QVariant() : QVariant(m.lastError);
        if (index.column() == Recipient && !m.recipientName.isEmpty())
            return m.recipientName;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Id:
        return m.id;
    case Created:
        return domain::LocaleFormat().dateTime(m.createdAt);
    case Kind:
        return kindName(m.kind);
    case Order:
        return m.orderNumber;
    case Recipient:
        return m.recipient;
    case Subject:
        return m.subject;
    case State:
        if (m.state == store::messageState::Sent && m.sentAt.isValid())
            return tr("Sent %1").arg(domain::LocaleFormat().dateTime(m.sentAt));
        return stateName(m.state);
    case Attempts:
        return m.attempts;
    case LastError:
        return m.lastError;
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("No.");
    case Created:
        return tr("Created");
    case Kind:
        return tr("Kind");
    case Order:
        return tr("Order");
    case Recipient:
        return tr("To");
    case Subject:
        return tr("Subject");
    case State:
        return tr("State");
    case Attempts:
        return tr("Attempts");
    case LastError:
        return tr("Last error");
    default:
        return {};
    }
}

} // namespace bd::ui
