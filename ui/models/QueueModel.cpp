#include "QueueModel.h"

#include "services/Shop.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace bd::ui {

using services::QueueEntry;

QueueModel::QueueModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QueueModel::~QueueModel() = default;

void QueueModel::setShop(services::Shop* shop)
{
    m_shop = shop;
    m_service.reset();
    if (m_shop)
        m_service = std::make_unique<services::QueueService>(*m_shop);
    resetTo(PageSize);
}

void QueueModel::setItem(qint64 itemId)
{
    m_itemId = itemId;
    resetTo(PageSize);
}

void QueueModel::reload()
{
    const int loaded = std::max<int>(int(m_rows.size()), 1);
    resetTo((loaded + PageSize - 1) / PageSize * PageSize);
}

void QueueModel::resetTo(int rows)
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (m_service && m_itemId > 0) {
        m_total = m_service->length(m_itemId);
        if (m_total > 0)
            m_rows = m_service->page(m_itemId, 0, std::min(rows, m_total));
        if (m_rows.size() < std::min(rows, m_total))
            m_total = int(m_rows.size());
    }
    endResetModel();
}

const QueueEntry* QueueModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QString QueueModel::paymentName(domain::PaymentState state)
{
    switch (state) {
    case domain::PaymentState::None:
        return tr("None");
    case domain::PaymentState::Verified:
        return tr("Verified");
    case domain::PaymentState::Authorized:
        return tr("Authorized");
    case domain::PaymentState::Captured:
        return tr("Captured");
    }
    return {};
}

int QueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool QueueModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_service && m_rows.size() < m_total;
}

void QueueModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const int offset = int(m_rows.size());
    const QList<QueueEntry> page = m_service->page(m_itemId, offset, std::min(PageSize, m_total - offset));
    if (page.isEmpty()) {
        m_total = offset;
        return;
    }
    beginInsertRows(QModelIndex(), offset, offset + int(page.size()) - 1);
    m_rows += page;
    endInsertRows();
    if (page.size() < std::min(PageSize, m_total - offset))
        m_total = int(m_rows.size());
}

Qt::ItemFlags QueueModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant QueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueEntry& entry = m_rows.at(index.row());
    const store::QueueRow& line = entry.line;
    const int column = index.column();
    const QDate today = m_shop ? m_shop->clock().today() : QDate();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Position:
            return QLocale().toString(line.position);
        case Order:
            return line.orderNumber;
        case Customer:
            return line.customerName.isEmpty() ? line.customerEmail : line.customerName;
        case Quantity:
            return QLocale().toString(line.waiting);
        case DaysWaited:
            return QLocale().toString(std::max<qint64>(0, line.placedAt.toUTC().date().daysTo(today)));
        case Promised:
            return line.promisedDate.isValid() ? QLocale().toString(line.promisedDate, QLocale::ShortFormat)
                                               : tr("not known");
        case Payment:
            return paymentName(line.payment);
        case Risk:
            return entry.atRisk ? tr("At risk") : QString();
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case Order:
            if (line.priority)
                return tr("Moved to the front: %1").arg(line.priorityReason);
            return {};
        case Customer:
            return line.customerEmail;
        case Risk:
            return entry.atRisk ? entry.riskReason : QVariant();
        case Payment:
            if (!line.cardExpiry.isEmpty())
                return tr("Card expires %1").arg(line.cardExpiry);
            return {};
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Position || column == Quantity || column == DaysWaited)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if ((column == Order && line.priority) || (column == Risk && entry.atRisk)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case OrderNumberRole:
        return line.orderNumber;
    case AtRiskRole:
        return entry.atRisk;
    default:
        return {};
    }
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Position:
            return tr("#");
        case Order:
            return tr("Order");
        case Customer:
            return tr("Customer");
        case Quantity:
            return tr("Qty");
        case DaysWaited:
            return tr("Days waited");
        case Promised:
            return tr("Promised");
        case Payment:
            return tr("Payment");
        case Risk:
            return tr("Risk");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Position:
            return tr("Place in the queue; stock goes to the first place first");
        case Quantity:
            return tr("Units still waiting on this line");
        case Risk:
            return tr("The card or the authorization lapses before the promised date");
        default:
            break;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace bd::ui
