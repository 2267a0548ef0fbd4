#include "PurchaseOrdersModel.h"

#include "domain/LocaleFormat.h"

#include <QLocale>

namespace bd::ui {

PurchaseOrdersModel::PurchaseOrdersModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PurchaseOrdersModel::setQueries(services::ShopQueries* queries)
{
    m_queries = queries;
    reload();
}

void PurchaseOrdersModel::setIncludeClosed(bool include)
{
    if (m_includeClosed == include)
        return;
    m_includeClosed = include;
    reload();
}

void PurchaseOrdersModel::reload()
{
    beginResetModel();
    m_rows.clear();
    QString error;
    if (m_queries) {
        core::Result<QList<store::PurchaseOrderSummary>> read = m_queries->purchaseOrders(m_includeClosed);
        if (read)
            m_rows = read.takeValue();
        else
            error = read.errorText();
    }
    endResetModel();
    if (!error.isEmpty() && m_onError)
        m_onError(error);
}

const store::PurchaseOrderSummary* PurchaseOrdersModel::orderAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int PurchaseOrdersModel::rowOf(const QString& number) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].number == number)
            return i;
    return -1;
}

int PurchaseOrdersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PurchaseOrdersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PurchaseOrdersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::PurchaseOrderSummary& po = m_rows[index.row()];
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
