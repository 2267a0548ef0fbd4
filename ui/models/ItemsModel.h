#pragma once

#include "domain/Availability.h"
#include "domain/Types.h"
#include "services/ShopQueries.h"

#include "models/PagedListModel.h"

#include <QDate>
#include <QList>

#include <functional>
#include <memory>

namespace bd::ui {

// The shop's items as a table, read through the store the pages a view shows at a time,
// on a reader thread (PagedListModel); sorting and searching run in SQL, so a shop with
// tens of thousands of items opens at once. Call reload() after something changed the
// items underneath.
//
// Policy, backorder limit and expected date are editable: setData() hands the new
// value to the edit handler (the page, which runs it through the core as an undoable
// command) and never writes itself.
class ItemsModel : public PagedListModel<store::ItemRow>
{
    Q_OBJECT

public:
    enum Column {
        Sku,
        Name,
        Attributes,
        Policy,
        Status, // the badge, beside the policy it follows from
        BackorderLimit,
        OnHand,
        Allocated,
        Available,
        Waiting,
        WaitingCustomers,
        Incoming,
        ExpectedDate,
        ColumnCount
    };
    enum Role {
        ItemIdRole = Qt::UserRole + 1, // qint64 id of the row's item
        SkuRole,                       // its SKU
        StockStatusRole,               // int StockStatus, for the badge
    };
    // What the status badge says: the domain's one rule (domain::availability), which
    // the availability feed and the reports follow too.
    using StockStatus = domain::ItemStatus;

    // Changes one editable field of an item (column Policy: int domain::Policy;
    // BackorderLimit: int, null for none; ExpectedDate: QDate, invalid for none).
    // Returns whether the change was made.
    using EditHandler = std::function<bool(const domain::Item& item, int column, const QVariant& value)>;

    explicit ItemsModel(QObject* parent = nullptr);
    ~ItemsModel() override;

    void setEditHandler(EditHandler handler) { m_editHandler = std::move(handler); }
    // The day the status badge judges release dates against.
    void setToday(const QDate& today) { m_today = today; }

    const store::ItemFilter& filter() const { return m_filter; }
    // Shows the items the filter selects, in its order, starting with the first page.
    void setFilter(const store::ItemFilter& filter);

    // The item shown in a row, or null while its page is read.
    const domain::Item* itemAt(int row) const;
    // The row in memory showing this SKU, or -1.
    int rowOfSku(const QString& sku) const;

    // How a policy reads in the Policy column.
    static QString policyName(domain::Policy policy);
    static QString statusName(StockStatus status);
    StockStatus stockStatus(const domain::Item& item) const;

    // Whether sort() can order by this column (the store sorts by some columns only).
    static bool isSortable(int column);
    static bool isEditable(int column);
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    PageRead pageRead() const override;
    CountRead countRead() const override;
    QVariant keyOf(const store::ItemRow& row) const override;
    QString displayText(const store::ItemRow& row, int column) const;
    QString toolTip(const store::ItemRow& row, int column) const;

    EditHandler m_editHandler;
    QDate m_today;
    store::ItemFilter m_filter;
};

} // namespace bd::ui
