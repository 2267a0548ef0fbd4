#include "PurchaseOrdersModel.h"

#include "domain/LocaleFormat.h"

#include <QLocale>

namespace bd::ui {

PurchaseOrdersModel::PurchaseOrdersModel(QObject* parent)
    : PagedListModel(parent)
{
}

void PurchaseOrdersModel::setIncludeClosed(bool include)
{
    if (m_includeClosed == include)
        return;
    m_includeClosed = include;
    restart();
}

PurchaseOrdersModel::PageRead PurchaseOrdersModel::pageRead() const
{
    return [all = m_includeClosed](services::ShopQueries& queries, int offset, int limit, bool reversed) {
        return queries.purchaseOrders(all, offset, limit, reversed);
    };
}

PurchaseOrdersModel::CountRead PurchaseOrdersModel::countRead() const
{
    return [all = m_includeClosed](services::ShopQueries& queries) { return queries.countPurchaseOrders(all); };
}

PurchaseOrdersModel::RowRead PurchaseOrdersModel::rowRead() const
{
    return [all = m_includeClosed](services::ShopQueries& queries, const QVariant& key) {
        return queries.purchaseOrderRow(all, key.toString());
    };
}

QVariant PurchaseOrdersModel::keyOf(const store::PurchaseOrderSummary& row) const
{
    return row.number;
}

const store::PurchaseOrderSummary* PurchaseOrdersModel::orderAt(int row) const
{
    return rowAt(row);
}

int PurchaseOrdersModel::rowOf(const QString& number) const
{
    return rowOfKey(number);
}

int PurchaseOrdersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PurchaseOrdersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::PurchaseOrderSummary* shown = rowAt(index.row());
    if (!shown)
        return placeholder(index.column(), role);
    const store::PurchaseOrderSummary& po = *shown;
    if (role == NumberRole)
        return po.number;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Lines ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ToolTipRole && index.column() == Number && po.status == QLatin1String("closed"))
        return tr("Closed: everything ordered was received");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number:
        return po.status == QLatin1String("closed") ? tr("%1 (closed)").arg(po.number) : po.number;
    case Supplier:
        return po.supplier;
    case Expected:
        return domain::LocaleFormat().date(po.expected);
    case Lines:
        return po.lines;
    case Ordered:
        return po.ordered;
    case Received:
        return po.received;
    case Open:
        return po.open();
    default:
        return {};
    }
}

QVariant PurchaseOrdersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Number");
    case Supplier:
        return tr("Supplier");
    case Expected:
        return tr("Expected");
    case Lines:
        return tr("Lines");
    case Ordered:
        return tr("Ordered");
    case Received:
        return tr("Received");
    case Open:
        return tr("Open");
    default:
        return {};
    }
}

} // namespace bd::ui
