#include "ItemsModel.h"

#include "domain/LocaleFormat.h"

#include <QFont>
#include <QLocale>

#include <algorithm>
#include <optional>

namespace bd::ui {

using domain::Item;
using store::ItemFilter;
using store::ItemRow;

namespace {

bool isNumeric(int column)
{
    switch (column) {
    case ItemsModel::BackorderLimit:
    case ItemsModel::OnHand:
    case ItemsModel::Allocated:
    case ItemsModel::Available:
    case ItemsModel::Waiting:
    case ItemsModel::WaitingCustomers:
    case ItemsModel::Incoming:
        return true;
    default:
        return false;
    }
}

} // namespace

ItemsModel::ItemsModel(QObject* parent)
    : PagedListModel(parent)
    , m_today(QDateTime::currentDateTimeUtc().date()) // the shop's day; the page sets its clock's
{
}

ItemsModel::~ItemsModel() = default;

void ItemsModel::setFilter(const ItemFilter& filter)
{
    m_filter = filter;
    restart();
}

ItemsModel::PageRead ItemsModel::pageRead() const
{
    return [filter = m_filter, today = m_today](services::ShopQueries& queries, int offset, int limit, bool reversed) {
        ItemFilter f = filter;
        f.descending = f.descending != reversed;
        f.today = today;
        return queries.itemRows(f, offset, limit);
    };
}

ItemsModel::CountRead ItemsModel::countRead() const
{
    return [filter = m_filter](services::ShopQueries& queries) { return queries.countItems(filter); };
}

QVariant ItemsModel::keyOf(const ItemRow& row) const
{
    return row.item.sku;
}

const Item* ItemsModel::itemAt(int row) const
{
    const ItemRow* shown = rowAt(row);
    return shown ? &shown->item : nullptr;
}

int ItemsModel::rowOfSku(const QString& sku) const
{
    return rowOfKey(sku);
}

QString ItemsModel::policyName(domain::Policy policy)
{
    switch (policy) {
    case domain::Policy::Stop:
        return tr("Stop");
    case domain::Policy::Backorder:
        return tr("Backorder");
    case domain::Policy::Preorder:
        return tr("Pre-order");
    }
    return {};
}

QString ItemsModel::statusName(StockStatus status)
{
    return domain::statusText(status);
}

ItemsModel::StockStatus ItemsModel::stockStatus(const Item& item) const
{
    return domain::itemStatus(item, m_today);
}

namespace {

// The store's sort behind each column. The status badge is judged against the day in
// the window (domain::itemStatus), not stored: the store judges it the same way to sort.
std::optional<ItemFilter::Sort> sortOf(int column)
{
    switch (column) {
    case ItemsModel::Status:
        return ItemFilter::Sort::Status;
    case ItemsModel::Sku:
        return ItemFilter::Sort::Sku;
    case ItemsModel::Name:
        return ItemFilter::Sort::Name;
    case ItemsModel::Attributes:
        return ItemFilter::Sort::Attributes;
    case ItemsModel::Policy:
        return ItemFilter::Sort::Policy;
    case ItemsModel::BackorderLimit:
        return ItemFilter::Sort::BackorderLimit;
    case ItemsModel::OnHand:
        return ItemFilter::Sort::OnHand;
    case ItemsModel::Allocated:
        return ItemFilter::Sort::Allocated;
    case ItemsModel::Available:
        return ItemFilter::Sort::Available;
    case ItemsModel::Waiting:
        return ItemFilter::Sort::Waiting;
    case ItemsModel::WaitingCustomers:
        return ItemFilter::Sort::WaitingCustomers;
    case ItemsModel::Incoming:
        return ItemFilter::Sort::Incoming;
    case ItemsModel::ExpectedDate:
        return ItemFilter::Sort::Expected;
    default:
        return std::nullopt;
    }
}

} // namespace

bool ItemsModel::isSortable(int column)
{
    return sortOf(column).has_value();
}

bool ItemsModel::isEditable(int column)
{
    return column == Policy || column == BackorderLimit || column == ExpectedDate;
}

int ItemsModel::sortColumn() const
{
    for (int column = 0; column < ColumnCount; ++column) {
        if (sortOf(column) == m_filter.sort)
            return column;
    }
    return Sku;
}

Qt::SortOrder ItemsModel::sortOrder() const
{
    return m_filter.descending ? Qt::DescendingOrder : Qt::AscendingOrder;
}

void ItemsModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<ItemFilter::Sort> sort = sortOf(column);
    if (!sort)
        return; // not a column the store can sort by
    const bool descending = order == Qt::DescendingOrder;
    if (*sort == m_filter.sort && descending == m_filter.descending)
        return;
    m_filter.sort = *sort;
    m_filter.descending = descending;
    restart();
}

int ItemsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags ItemsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = ListModelBase::flags(index);
    if (index.isValid() && isEditable(index.column()) && m_editHandler)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ItemsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ItemRow* shown = rowAt(index.row());
    if (!shown)
        return placeholder(index.column(), role);
    const ItemRow& row = *shown;
    const Item& item = row.item;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::EditRole:
        switch (column) {
        case Policy:
            return int(item.policy);
        case BackorderLimit:
            return item.backorderLimit ? QVariant(*item.backorderLimit) : QVariant();
        case ExpectedDate:
            return item.expectedDate; // the date set by hand, not the purchase order's
        default:
            return displayText(row, column);
        }
    case Qt::ToolTipRole: {
        const QString tip = toolTip(row, column);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        if (isNumeric(column))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (column == Status)
            return int(Qt::AlignCenter);
        return {};
    case Qt::FontRole:
        if ((column == Waiting || column == WaitingCustomers) && item.waiting > 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case ItemIdRole:
        return item.id;
    case SkuRole:
        return item.sku;
    case StockStatusRole:
        return int(stockStatus(item));
    default:
        return {};
    }
}

bool ItemsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !m_editHandler
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !isEditable(index.column()))
        return false;
    // The handler commits through the core and the page reloads the model afterwards;
    // a copy, since the reload replaces the rows.
    const Item* shown = itemAt(index.row());
    if (!shown)
        return false;
    const Item item = *shown;
    return m_editHandler(item, index.column(), value);
}

QString ItemsModel::displayText(const ItemRow& row, int column) const
{
    const Item& item = row.item;
    switch (column) {
    case Sku:
        return item.sku;
    case Name:
        return item.name;
    case Attributes:
        return item.attributes;
    case Policy:
        return policyName(item.policy);
    case BackorderLimit:
        return item.backorderLimit ? QLocale().toString(*item.backorderLimit) : QString();
    case OnHand:
        return QLocale().toString(item.onHand);
    case Allocated:
        return QLocale().toString(item.allocated);
    case Available:
        return QLocale().toString(item.available());
    case Waiting:
        return QLocale().toString(item.waiting);
    case WaitingCustomers:
        return QLocale().toString(row.waitingCustomers);
    case Incoming:
        return QLocale().toString(row.incoming);
    case ExpectedDate:
        return domain::LocaleFormat().date(item.nextExpected());
    case Status:
        return statusName(stockStatus(item));
    default:
        return {};
    }
}

QString ItemsModel::toolTip(const ItemRow& row, int column) const
{
    const Item& item = row.item;
    switch (column) {
    case Name:
        return item.attributes;
    case Policy:
        switch (item.policy) {
        case domain::Policy::Stop:
            return tr("Sold out when stock runs out; orders beyond stock are refused.");
        case domain::Policy::Backorder:
            if (item.backorderLimit)
                return tr("Keeps selling when stock runs out; ships when stock arrives. Backorder limit: %1.")
                    .arg(QLocale().toString(*item.backorderLimit));
            return tr("Keeps selling when stock runs out; ships when stock arrives.");
        case domain::Policy::Preorder:
            if (item.releaseDate.isValid())
                return tr("Not released yet; ships on or after %1.").arg(domain::LocaleFormat().date(item.releaseDate));
            return tr("Not released yet.");
        }
        return {};
    case Available:
        if (item.waiting > 0)
            return tr("Nothing is available while customers wait for this item.");
        return {};
    case ExpectedDate:
        if (item.nextDelivery.isValid() && item.expectedDate.isValid())
            return tr("Next purchase order due %1; date set by hand: %2.")
                .arg(domain::LocaleFormat().date(item.nextDelivery), domain::LocaleFormat().date(item.expectedDate));
        if (item.nextDelivery.isValid())
            return tr("Next purchase order due %1.").arg(domain::LocaleFormat().date(item.nextDelivery));
        return {};
    default:
        return {};
    }
}

QVariant ItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Sku:
            return tr("SKU");
        case Name:
            return tr("Name");
        case Attributes:
            return tr("Attributes");
        case Policy:
            return tr("Policy");
        case BackorderLimit:
            return tr("Limit");
        case OnHand:
            return tr("On hand");
        case Allocated:
            return tr("Allocated");
        case Available:
            return tr("Available");
        case Waiting:
            return tr("Waiting");
        case WaitingCustomers:
            return tr("Customers");
        case Incoming:
            return tr("Incoming");
        case ExpectedDate:
            return tr("Expected");
        case Status:
            return tr("Status");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Policy:
            return tr("How the item sells when stock runs out");
        case BackorderLimit:
            return tr("The most units that may wait at once; empty for no limit");
        case OnHand:
            return tr("Units in the warehouse, including those reserved for orders");
        case Allocated:
            return tr("Units reserved for orders, not shipped yet");
        case Waiting:
            return tr("Units customers have ordered that are not in stock yet");
        case WaitingCustomers:
            return tr("Customers waiting for the item");
        case Incoming:
            return tr("Units still to come on open purchase orders");
        case Available:
            return tr("Units a new order could take now; none while anyone waits");
        case ExpectedDate:
            return tr("When new stock is expected");
        default:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && isNumeric(section))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace bd::ui
