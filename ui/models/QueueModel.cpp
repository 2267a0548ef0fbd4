#include "QueueModel.h"

#include "domain/LocaleFormat.h"
#include "services/Shop.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace bd::ui {

using services::QueueEntry;

QueueModel::QueueModel(QObject* parent)
    : PagedListModel(parent)
{
}

QueueModel::~QueueModel() = default;

void QueueModel::setShop(services::Shop* shop)
{
    m_shop = shop;
    setLocation(shop ? shop->db().path() : QString());
    restart();
}

void QueueModel::setItem(qint64 itemId)
{
    m_itemId = itemId;
    restart();
}

QueueModel::PageRead QueueModel::pageRead() const
{
    // Today as the shop's clock says when the read is asked for (the risks depend on it).
    return [itemId = m_itemId, today = m_shop ? m_shop->clock().today() : QDate()](
               services::ShopQueries& queries, int offset, int limit, bool) {
        return queries.queueEntries(itemId, today, offset, limit);
    };
}

QueueModel::CountRead QueueModel::countRead() const
{
    return [itemId = m_itemId](services::ShopQueries& queries) -> core::Result<int> {
        if (itemId <= 0)
            return 0; // no item chosen
        return queries.queueLength(itemId);
    };
}

QVariant QueueModel::keyOf(const QueueEntry& row) const
{
    return row.line.lineId;
}

const QueueEntry* QueueModel::entryAt(int row) const
{
    return rowAt(row);
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

int QueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int column = index.column();
    const QueueEntry* shown = rowAt(index.row());
    if (!shown)
        return placeholder(column, role);
    const QueueEntry& entry = *shown;
    const store::QueueRow& line = entry.line;
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
            return line.promisedDate.isValid() ? domain::LocaleFormat().date(line.promisedDate)
                                               : tr("not known");
        case Source:
            return entry.source.text();
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
        case Source:
            return tr("Coming with");
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
        case Source:
            return tr("The purchase order whose units cover this place in the queue, and where it is on its way");
        default:
            break;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace bd::ui
