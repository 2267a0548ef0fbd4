#include "CustomersModel.h"

#include "domain/LocaleFormat.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace bd::ui {

using store::CustomerFilter;
using store::CustomerRow;

CustomersModel::CustomersModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CustomersModel::setQueries(services::ShopQueries* queries)
{
    m_queries = queries;
    resetTo(PageSize);
}

void CustomersModel::setFilter(const CustomerFilter& filter)
{
    m_filter = filter;
    resetTo(PageSize);
}

void CustomersModel::reload()
{
    // Up to a point: after an action, reading a hundred thousand rows again would
    // freeze the window for seconds.
    const int loaded = std::clamp<int>(int(m_rows.size()), 1, ReloadLimit);
    resetTo((loaded + PageSize - 1) / PageSize * PageSize);
}

void CustomersModel::resetTo(int rows)
{
    // A view may ask for more rows while it handles the reset; that waits until after.
    m_busy = true;
    beginResetModel();
    m_rows.clear();
    m_atEnd = true;
    QString error;
    if (m_queries) {
        core::Result<QList<CustomerRow>> read = m_queries->customers(m_filter, nullptr, rows);
        if (read)
            m_rows = read.takeValue();
        else
            error = read.errorText();
        m_atEnd = m_rows.size() < rows;
    }
    endResetModel();
    m_busy = false;
    if (!error.isEmpty() && m_onError)
        m_onError(error);
}

const CustomerRow* CustomersModel::customerAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rows.at(row);
}

int CustomersModel::rowOf(const QString& email) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).email.compare(email, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

bool CustomersModel::isSortable(int column)
{
    return column == Email || column == Name;
}

int CustomersModel::sortColumn() const
{
    return m_filter.sort == CustomerFilter::Sort::Name ? Name : Email;
}

Qt::SortOrder CustomersModel::sortOrder() const
{
    return m_filter.descending ? Qt::DescendingOrder : Qt::AscendingOrder;
}

void CustomersModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    const CustomerFilter::Sort sort = column == Name ? CustomerFilter::Sort::Name : CustomerFilter::Sort::Email;
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_filter.sort && descending == m_filter.descending)
        return;
    m_filter.sort = sort;
    m_filter.descending = descending;
    resetTo(PageSize);
}

int CustomersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CustomersModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_queries && !m_atEnd && !m_busy;
}

void CustomersModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const core::Result<QList<CustomerRow>> read
        = m_queries->customers(m_filter, m_rows.isEmpty() ? nullptr : &m_rows.constLast(), PageSize);
    if (!read) {
        m_atEnd = true;
        if (m_onError)
            m_onError(read.errorText());
        return;
    }
    const QList<CustomerRow>& page = read.value();
    m_atEnd = page.size() < PageSize;
    if (page.isEmpty())
        return;
    const int first = int(m_rows.size());
    m_busy = true;
    beginInsertRows(QModelIndex(), first, first + int(page.size()) - 1);
    m_rows += page;
    endInsertRows();
    m_busy = false;
}

Qt::ItemFlags CustomersModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant CustomersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerRow& row = m_rows.at(index.row());
    const int column = index.column();
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
