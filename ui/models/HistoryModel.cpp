#include "HistoryModel.h"

#include "common/EventPhrases.h"

#include "core/Clock.h"
#include "domain/LocaleFormat.h"

#include <QLocale>

#include <algorithm>

namespace bd::ui {

using store::ItemHistoryRow;

HistoryModel::HistoryModel(QObject* parent)
    : PagedListModel(parent)
{
}

HistoryModel::~HistoryModel() = default;

void HistoryModel::setItem(qint64 itemId)
{
    m_itemId = itemId;
    restart();
}

HistoryModel::PageRead HistoryModel::pageRead() const
{
    return [itemId = m_itemId](services::ShopQueries& queries, int offset, int limit, bool reversed) {
        return queries.history(itemId, offset, limit, reversed);
    };
}

HistoryModel::CountRead HistoryModel::countRead() const
{
    return [itemId = m_itemId](services::ShopQueries& queries) -> core::Result<int> {
        if (itemId <= 0)
            return 0; // no item chosen
        return queries.historyLength(itemId);
    };
}

QVariant HistoryModel::keyOf(const store::ItemHistoryRow& row) const
{
    return QStringList{core::toIso(row.at), row.kind, row.reference, row.orderNumber};
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::kindName(const ItemHistoryRow& row)
{
    if (!row.movement) // an event, said as the order's history says it
        return EventPhrases::kind(domain::Event{row.at, row.kind, row.orderNumber, {}, row.details});
    if (row.kind == QLatin1String("opening"))
        return tr("Opening stock");
    if (row.kind == QLatin1String("receipt"))
        return tr("Received");
    if (row.kind == QLatin1String("shipment"))
        return tr("Shipped");
    if (row.kind == QLatin1String("return"))
        return tr("Returned");
    if (row.kind == QLatin1String("adjustment"))
        return tr("Adjusted");
    return row.kind;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ItemHistoryRow* shown = rowAt(index.row());
    if (!shown)
        return placeholder(index.column(), role);
    const ItemHistoryRow& row = *shown;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case When:
            return domain::LocaleFormat().dateTime(row.at);
        case What:
            return kindName(row);
        case Quantity:
            if (!row.movement)
                return QString();
            return row.qty > 0 ? QStringLiteral("+") + QLocale().toString(row.qty) : QLocale().toString(row.qty);
        case Order:
            return row.orderNumber;
        case Details:
            if (row.movement && !row.reference.isEmpty())
                return row.details.isEmpty() ? row.reference : row.reference + QStringLiteral(" · ") + row.details;
            if (!row.movement)
                return EventPhrases::details(domain::Event{row.at, row.kind, row.orderNumber, {}, row.details});
            return row.details;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Details)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Quantity)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case When:
            return tr("When");
        case What:
            return tr("What");
        case Quantity:
            return tr("Qty");
        case Order:
            return tr("Order");
        case Details:
            return tr("Details");
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace bd::ui
