#include "CustomersModel.h"

#include <algorithm>
#include <iterator>

#include "domain/LocaleFormat.h"

#include <QFont>
#include <QLocale>


namespace bd::ui {

using store::CustomerFilter;
using store::CustomerRow;

CustomersModel::CustomersModel(QObject* parent)
    : PagedListModel(parent)
{
}

CustomersModel::~CustomersModel() = default;

void CustomersModel::setFilter(const CustomerFilter& filter)
{
    m_filter = filter;
    restart();
}

CustomersModel::PageRead CustomersModel::pageRead() const
{
    return [filter = m_filter](services::ShopQueries& queries, int offset, int limit, bool reversed) {
        CustomerFilter f = filter;
        f.descending = f.descending != reversed;
        return queries.customers(f, offset, limit);
    };
}

CustomersModel::CountRead CustomersModel::countRead() const
{
    return [filter = m_filter](services::ShopQueries& queries) { return queries.countCustomers(filter); };
}

QVariant CustomersModel::keyOf(const CustomerRow& row) const
{
    return row.email.toCaseFolded();
}

const CustomerRow* CustomersModel::customerAt(int row) const
{
    return rowAt(row);
}

int CustomersModel::rowOf(const QString& email) const
{
    return rowOfKey(email.toCaseFolded());
}

namespace {
// Each column's sort, in the order of the columns.
constexpr CustomerFilter::Sort columnSorts[] = { CustomerFilter::Sort::Email,  CustomerFilter::Sort::Name,
                                                 CustomerFilter::Sort::Phone,  CustomerFilter::Sort::Orders,
                                                 CustomerFilter::Sort::WaitingLines, CustomerFilter::Sort::LastOrder };
static_assert(std::size(columnSorts) == CustomersModel::ColumnCount);
} // namespace

bool CustomersModel::isSortable(int column)
{
    return column >= 0 && column < ColumnCount;
}

int CustomersModel::sortColumn() const
{
    return int(std::find(std::begin(columnSorts), std::end(columnSorts), m_filter.sort) - std::begin(columnSorts));
}

Qt::SortOrder CustomersModel::sortOrder() const
{
    return m_filter.descending ? Qt::DescendingOrder : Qt::AscendingOrder;
}

void CustomersModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    const CustomerFilter::Sort sort = columnSorts[column];
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_filter.sort && descending == m_filter.descending)
        return;
    m_filter.sort = sort;
    m_filter.descending = descending;
    restart();
}

int CustomersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int column = index.column();
    const CustomerRow* shown = rowAt(index.row());
    if (!shown)
        return placeholder(column, role);
    const CustomerRow& row = *shown;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Email:
            return row.email;
        case Name:
            return row.name;
        case Phone:
            return row.phone;
        case Orders:
            return QLocale().toString(row.orders);
        case WaitingLines:
            return QLocale().toString(row.waitingLines);
        case LastOrder:
            return domain::LocaleFormat().date(row.lastOrder.toLocalTime().date());
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (column == Orders || column == WaitingLines)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (column == WaitingLines && row.waitingLines > 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case CustomerIdRole:
        return row.id;
    case EmailRole:
        return row.email;
    default:
        return {};
    }
}

QVariant CustomersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Email:
            return tr("E-mail");
        case Name:
            return tr("Name");
        case Phone:
            return tr("Phone");
        case Orders:
            return tr("Orders");
        case WaitingLines:
            return tr("Waiting lines");
        case LastOrder:
            return tr("Last order");
        }
    }
    if (role == Qt::ToolTipRole && section == WaitingLines)
        return tr("Order lines of this customer with units still waiting for stock");
    if (role == Qt::TextAlignmentRole && (section == Orders || section == WaitingLines))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace bd::ui
