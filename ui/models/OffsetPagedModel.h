#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <algorithm>

namespace bd::ui {

// A table read a page at a time by offset: the view asks for more rows as it scrolls
// (canFetchMore/fetchMore), and a reload keeps as many rows as were loaded, so the view
// does not jump. The subclass says where the rows come from. Rows may come or go
// between counting and reading: what was read wins.
template <typename Row>
class OffsetPagedModel : public QAbstractTableModel
{
public:
    static constexpr int PageSize = 200;

    // Rows there are in all (as counted when last reset).
    int totalCount() const { return m_total; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    bool canFetchMore(const QModelIndex& parent) const override
    {
        return !parent.isValid() && hasSource() && m_rows.size() < m_total;
    }

    void fetchMore(const QModelIndex& parent) override
    {
        if (!canFetchMore(parent))
            return;
        const int offset = int(m_rows.size());
        const int wanted = std::min(PageSize, m_total - offset);
        const QList<Row> page = readRows(offset, wanted);
        if (page.isEmpty()) {
            // Fewer rows than counted: they went away underneath; stop asking for more.
            m_total = offset;
            return;
        }
        beginInsertRows(QModelIndex(), offset, offset + int(page.size()) - 1);
        m_rows += page;
        endInsertRows();
        if (page.size() < wanted)
            m_total = int(m_rows.size());
    }

protected:
    using QAbstractTableModel::QAbstractTableModel;

    // Whether there is anything to read from (a database, an item chosen, ...).
    virtual bool hasSource() const = 0;
    virtual int countRows() = 0;
    virtual QList<Row> readRows(int offset, int limit) = 0;

    // Reads the first `rows` rows again.
    void resetTo(int rows)
    {
        beginResetModel();
        m_rows.clear();
        m_total = 0;
        if (hasSource()) {
            m_total = countRows();
            if (m_total > 0)
                m_rows = readRows(0, std::min(rows, m_total));
            m_total = std::max(m_total, int(m_rows.size()));
            if (m_rows.size() < std::min(rows, m_total))
                m_total = int(m_rows.size());
        }
        endResetModel();
    }

    // Reads again as many whole pages as were loaded (at least one).
    void reloadLoaded()
    {
        const int loaded = std::max<int>(int(m_rows.size()), 1);
        resetTo((loaded + PageSize - 1) / PageSize * PageSize);
    }

    QList<Row> m_rows;
    int m_total = 0;
};

} // namespace bd::ui
