#pragma once

#include "core/Result.h"

#include <QAbstractTableModel>
#include <QList>

#include <algorithm>
#include <functional>

namespace bd::ui {

// A table read a page at a time by offset: the view asks for more rows as it scrolls
// (canFetchMore/fetchMore), and a reload keeps as many rows as were loaded, so the view
// does not jump. The subclass says where the rows come from. Rows may come or go
// between counting and reading: what was read wins. A read that fails shows no rows and
// is told to the error handler (the window's error banner), never taken for "none".
template <typename Row>
class OffsetPagedModel : public QAbstractTableModel
{
public:
    static constexpr int PageSize = 200;

    // Rows there are in all (as counted when last reset).
    int totalCount() const { return m_total; }

    // Told why a read failed.
    void setErrorHandler(std::function<void(const QString&)> handler) { m_onError = std::move(handler); }
    // The last read's failure; empty when it worked.
    const QString& readError() const { return m_readError; }

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
        const core::Result<QList<Row>> read = readRows(offset, wanted);
        if (!read) {
            m_total = offset;
            failed(read.errorText());
            return;
        }
        const QList<Row>& page = read.value();
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
    virtual core::Result<int> countRows() = 0;
    virtual core::Result<QList<Row>> readRows(int offset, int limit) = 0;

    // Reads the first `rows` rows again.
    void resetTo(int rows)
    {
        beginResetModel();
        m_rows.clear();
        m_total = 0;
        QString error;
        if (hasSource()) {
            const core::Result<int> counted = countRows();
            m_total = counted ? counted.value() : 0;
            if (!counted)
                error = counted.errorText();
            if (m_total > 0) {
                core::Result<QList<Row>> read = readRows(0, std::min(rows, m_total));
                if (read)
                    m_rows = read.takeValue();
                else
                    error = read.errorText();
            }
            m_total = std::max(m_total, int(m_rows.size()));
            if (m_rows.size() < std::min(rows, m_total))
                m_total = int(m_rows.size());
        }
        m_readError.clear();
        endResetModel();
        if (!error.isEmpty())
            failed(error);
    }

    void failed(const QString& error)
    {
        m_readError = error;
        if (m_onError)
            m_onError(error);
    }

    // Reads again as many whole pages as were loaded (at least one).
    void reloadLoaded()
    {
        const int loaded = std::max<int>(int(m_rows.size()), 1);
        resetTo((loaded + PageSize - 1) / PageSize * PageSize);
    }

    QList<Row> m_rows;
    int m_total = 0;
    QString m_readError;
    std::function<void(const QString&)> m_onError;
};

} // namespace bd::ui
