#include "PurchaseLinesModel.h"

#include "domain/LocaleFormat.h"

#include <QLocale>

namespace bd::ui {

PurchaseLinesModel::PurchaseLinesModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PurchaseLinesModel::setLines(const QList<store::PurchaseOrderLineRow>& lines)
{
    beginResetModel();
    m_rows = lines;
    endResetModel();
}

int PurchaseLinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PurchaseLinesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PurchaseLinesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::PurchaseOrderLineRow& line = m_rows[index.row()];
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Ordered && index.column() <= Open
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Sku:
        return line.sku;
    case Name:
        return line.itemName;
    case Ordered:
        return line.ordered;
    case Received:
        return line.received;
    case Open:
        return line.open();
    case Expected:
        return line.expected.isValid() ? domain::LocaleFormat().date(line.expected)
                                       : tr("not known");
    default:
        return {};
    }
}

QVariant PurchaseLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Sku:
        return tr("SKU");
    case Name:
        return tr("Item");
    case Ordered:
        return tr("Ordered");
    case Received:
        return tr("Received");
    case Open:
        return tr("Still to come");
    case Expected:
        return tr("Expected");
    default:
        return {};
    }
}

} // namespace bd::ui
