#include "ItemsModel.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace bd::ui {

using domain::Item;
using store::ItemFilter;

namespace {

QString localDate(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

bool isNumeric(int column)
{
    return column == ItemsModel::OnHand || column == ItemsModel::Waiting || column == ItemsModel::Available;
}

} // namespace

ItemsModel::ItemsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ItemsModel::setStore(store::ShopStore* store)
{
    m_store = store;
    resetTo(PageSize);
}

void ItemsModel::setFilter(const ItemFilter& filter)
{
    m_filter = filter;
    resetTo(PageSize);
}

void ItemsModel::reload()
{
    // Keep as many rows as the user has scrolled through, so the view does not jump.
    const int loaded = std::max<int>(int(m_items.size()), 1);
    resetTo((loaded + PageSize - 1) / PageSize * PageSize);
}

void ItemsModel::resetTo(int rows)
{
    beginResetModel();
    m_items.clear();
    m_total = 0;
    if (m_store) {
        m_total = m_store->countItems(m_filter);
        if (m_total > 0)
            m_items = m_store->listItems(m_filter, 0, std::min(rows, m_total));
        // Rows may have gone between counting and reading.
        if (m_items.size() < std::min(rows, m_total))
            m_total = int(m_items.size());
    }
    endResetModel();
}

const Item* ItemsModel::itemAt(int row) const
{
    if (row < 0 || row >= m_items.size())
        return nullptr;
    return &m_items.at(row);
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

bool ItemsModel::isSortable(int column)
{
    switch (column) {
    case Sku:
    case Name:
    case OnHand:
    case Waiting:
    case ExpectedDate:
        return true;
    default:
        return false;
    }
}

int ItemsModel::sortColumn() const
{
    switch (m_filter.sort) {
    case ItemFilter::Sort::Sku:
        return Sku;
    case ItemFilter::Sort::Name:
        return Name;
    case ItemFilter::Sort::OnHand:
        return OnHand;
    case ItemFilter::Sort::Waiting:
        return Waiting;
    case ItemFilter::Sort::Expected:
        return ExpectedDate;
    }
    return Sku;
}

Qt::SortOrder ItemsModel::sortOrder() const
{
    return m_filter.descending ? Qt::DescendingOrder : Qt::AscendingOrder;
}

void ItemsModel::sort(int column, Qt::SortOrder order)
{
    ItemFilter::Sort sort;
    switch (column) {
    case Sku:
        sort = ItemFilter::Sort::Sku;
        break;
    case Name:
        sort = ItemFilter::Sort::Name;
        break;
    case OnHand:
        sort = ItemFilter::Sort::OnHand;
        break;
    case Waiting:
        sort = ItemFilter::Sort::Waiting;
        break;
    case ExpectedDate:
        sort = ItemFilter::Sort::Expected;
        break;
    default:
        return; // not a column the store can sort by
    }
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_filter.sort && descending == m_filter.descending)
        return;
    m_filter.sort = sort;
    m_filter.descending = descending;
    resetTo(PageSize);
}

int ItemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ItemsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ItemsModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_store && m_items.size() < m_total;
}

void ItemsModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const int offset = int(m_items.size());
    const QList<Item> page = m_store->listItems(m_filter, offset, std::min(PageSize, m_total - offset));
    if (page.isEmpty()) {
        // Fewer items than counted: they changed underneath; stop asking for more.
        m_total = offset;
        return;
    }
    beginInsertRows(QModelIndex(), offset, offset + int(page.size()) - 1);
    m_items += page;
    endInsertRows();
    if (page.size() < std::min(PageSize, m_total - offset))
        m_total = int(m_items.size());
}

Qt::ItemFlags ItemsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant ItemsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item& item = m_items.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(item, column);
    case Qt::ToolTipRole: {
        const QString tip = toolTip(item, column);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        if (isNumeric(column))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (column == Waiting && item.waiting > 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case ItemIdRole:
        return item.id;
    case SkuRole:
        return item.sku;
    default:
        return {};
    }
}

QString ItemsModel::displayText(const Item& item, int column) const
{
    switch (column) {
    case Sku:
        return item.sku;
    case Name:
        return item.name;
    case Policy:
        return policyName(item.policy);
    case OnHand:
        return QLocale().toString(item.onHand);
    case Waiting:
        return QLocale().toString(item.waiting);
    case Available:
        return QLocale().toString(item.available());
    case ExpectedDate:
        return localDate(item.nextExpected());
    default:
        return {};
    }
}

QString ItemsModel::toolTip(const Item& item, int column) const
{
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
                return tr("Not released yet; ships on or after %1.").arg(localDate(item.releaseDate));
            return tr("Not released yet.");
        }
        return {};
    case Available:
        if (item.waiting > 0)
            return tr("Nothing is available while customers wait for this item.");
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
        case Policy:
            return tr("Policy");
        case OnHand:
            return tr("On hand");
        case Waiting:
            return tr("Waiting");
        case Available:
            return tr("Available");
        case ExpectedDate:
            return tr("Expected");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Policy:
            return tr("How the item sells when stock runs out");
        case OnHand:
            return tr("Units in the warehouse, including those reserved for orders");
        case Waiting:
            return tr("Units customers have ordered that are not in stock yet");
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
