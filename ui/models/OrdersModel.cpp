#include "OrdersModel.h"

#include <algorithm>
#include <iterator>

#include "domain/LocaleFormat.h"
#include "domain/Rules.h"

#include <QFont>
#include <QLocale>


namespace bd::ui {

using store::OrderFilter;
using store::OrderRow;
using store::OrderState;

namespace {

bool isNumeric(int column)
{
    return column == OrdersModel::Lines || column == OrdersModel::Waiting || column == OrdersModel::Total;
}

} // namespace

OrdersModel::OrdersModel(QObject* parent)
    : PagedListModel(parent)
{
}

OrdersModel::~OrdersModel() = default;

void OrdersModel::setFilter(const OrderFilter& filter)
{
    m_filter = filter;
    restart();
}

OrdersModel::PageRead OrdersModel::pageRead() const
{
    return [filter = m_filter](services::ShopQueries& queries, int offset, int limit, bool reversed) {
        OrderFilter f = filter;
        f.descending = f.descending != reversed;
        return queries.orders(f, offset, limit);
    };
}

OrdersModel::CountRead OrdersModel::countRead() const
{
    return [filter = m_filter](services::ShopQueries& queries) { return queries.countOrders(filter); };
}

QVariant OrdersModel::keyOf(const OrderRow& row) const
{
    return row.number;
}

const OrderRow* OrdersModel::orderAt(int row) const
{
    return rowAt(row);
}

int OrdersModel::rowOf(const QString& number) const
{
    return rowOfKey(number);
}

QString OrdersModel::stateName(OrderState state)
{
    switch (state) {
    case OrderState::Waiting:
        return tr("Waiting");
    case OrderState::PartlyAllocated:
        return tr("Partly allocated");
    case OrderState::Ready:
        return tr("Ready");
    case OrderState::PartlyShipped:
        return tr("Partly shipped");
    case OrderState::Shipped:
        return tr("Shipped");
    case OrderState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString OrdersModel::paymentName(domain::PaymentState state)
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

namespace {
// Each column's sort, in the order of the columns.
constexpr OrderFilter::Sort columnSorts[] = {
    OrderFilter::Sort::Number,  OrderFilter::Sort::Placed, OrderFilter::Sort::Customer,
    OrderFilter::Sort::State,   OrderFilter::Sort::Lines,  OrderFilter::Sort::Waiting,
    OrderFilter::Sort::Total,   OrderFilter::Sort::Payment, OrderFilter::Sort::Promised,
};
static_assert(std::size(columnSorts) == OrdersModel::ColumnCount);
} // namespace

bool OrdersModel::isSortable(int column)
{
    return column >= 0 && column < ColumnCount;
}

int OrdersModel::sortColumn() const
{
    return int(std::find(std::begin(columnSorts), std::end(columnSorts), m_filter.sort) - std::begin(columnSorts));
}

Qt::SortOrder OrdersModel::sortOrder() const
{
    return m_filter.descending ? Qt::DescendingOrder : Qt::AscendingOrder;
}

void OrdersModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    const OrderFilter::Sort sort = columnSorts[column];
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_filter.sort && descending == m_filter.descending)
        return;
    m_filter.sort = sort;
    m_filter.descending = descending;
    restart();
}

int OrdersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrdersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int column = index.column();
    const OrderRow* shown = rowAt(index.row());
    if (!shown)
        return placeholder(column, role);
    const OrderRow& row = *shown;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::ToolTipRole:
        if (column == Customer)
            return row.customerEmail;
        if (column == Placed)
            return domain::LocaleFormat().longDateTime(row.placedAt);
        if (column == Promised && row.promiseUnknown)
            return tr("A waiting line has no promised date yet");
        if (column == Payment && !row.cardLast4.isEmpty())
            return tr("Card ending %1, expires %2").arg(row.cardLast4, row.cardExpiry);
        return {};
    case Qt::TextAlignmentRole:
        if (isNumeric(column))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (column == Waiting && row.waiting > 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case OrderNumberRole:
        return row.number;
    case OrderIdRole:
        return row.id;
    case CustomerEmailRole:
        return row.customerEmail;
    case StateRole:
        return int(row.state());
    default:
        return {};
    }
}

QString OrdersModel::displayText(const OrderRow& row, int column) const
{
    switch (column) {
    case Number:
        return row.priority ? row.number + QStringLiteral(" \u2191") : row.number;
    case Placed:
        return domain::LocaleFormat().dateTime(row.placedAt);
    case Customer:
        return row.customerName.isEmpty() ? row.customerEmail : row.customerName;
    case State:
        return row.holdUntilComplete ? tr("%1 (held until complete)").arg(stateName(row.state()))
                                     : stateName(row.state());
    case Lines:
        return QLocale().toString(row.lines);
    case Waiting:
        return QLocale().toString(row.waiting);
    case Total:
        return domain::LocaleFormat().money(row.totalMinor, row.currency);
    case Payment:
        return paymentName(row.payment);
    case Promised:
        if (row.waiting == 0)
            return {};
        return row.promised.isValid() ? domain::LocaleFormat().date(row.promised) : tr("not known");
    default:
        return {};
    }
}

QVariant OrdersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Number:
            return tr("Order");
        case Placed:
            return tr("Placed");
        case Customer:
            return tr("Customer");
        case State:
            return tr("State");
        case Lines:
            return tr("Lines");
        case Waiting:
            return tr("Waiting");
        case Total:
            return tr("Total");
        case Payment:
            return tr("Payment");
        case Promised:
            return tr("Promised");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Waiting:
            return tr("Units ordered that are not in stock yet");
        case Total:
            return tr("What the units not cancelled cost");
        case Promised:
            return tr("When the last waiting unit is promised to ship");
        default:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && isNumeric(section))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace bd::ui
