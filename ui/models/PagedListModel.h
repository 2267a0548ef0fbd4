#pragma once

#include "core/Result.h"
#include "models/ListModelBase.h"
#include "services/ShopQueries.h"

#include <QHash>
#include <QList>
#include <QVariant>

#include <algorithm>
#include <cstdlib>
#include <functional>

namespace bd::ui {

// The one list model of the window. It knows how many rows the list has and reads only
// the pages a view shows, on a reader thread with its own connection (ListReader), so
// the window never waits for the shop: a row whose page has not come yet shows a
// placeholder, and the page replaces it when it comes. Pages far from where the view
// looks are dropped, so memory stays flat however far one scrolls; a page in the second
// half of the list is read from the end (the order reversed), so "scroll to the end"
// costs one short read. Every request carries the generation it was made in; a filter,
// sort or refresh starts a new one and answers of older ones are dropped. A refresh
// reads the count and the pages held again and keeps what the view selected, by key.
//
// Subclasses say how to count and read (for the current filter, captured by value: the
// reads run on the reader's thread) and what a row's key is.
template<typename Row>
class PagedListModel : public ListModelBase
{
public:
    // `limit` rows from `offset`, in the list's order, or (reversed) in the opposite
    // order; either way counted from that order's first row.
    using PageRead = std::function<core::Result<QList<Row>>(services::ShopQueries&, int offset, int limit, bool reversed)>;
    using CountRead = std::function<core::Result<int>(services::ShopQueries&)>;
    // Where the row with a key is in the list (0: first), or -1 when the list does not hold it.
    using RowRead = std::function<core::Result<int>(services::ShopQueries&, const QVariant& key)>;

    int residentRows() const override
    {
        int rows = 0;
        for (const QList<Row>& page : m_pages)
            rows += int(page.size());
        return rows;
    }

    // The row, or null while its page is read (it is asked for; loaded() follows).
    const Row* rowAt(int row) const
    {
        if (row < 0 || row >= m_count)
            return nullptr;
        const int page = row / PageSize;
        const auto it = m_pages.constFind(page);
        if (it == m_pages.constEnd()) {
            if (!m_failedPages.contains(page))
                want(page);
            return nullptr;
        }
        m_focusPage = page;
        const int at = row % PageSize;
        return at < it->size() ? &it->at(at) : nullptr;
    }

    // Whether the row is in memory (asks for nothing).
    bool isRowLoaded(int row) const { return heldRow(row) != nullptr; }

    // Whether a page in the second half of the list is read from the list's end.
    bool readsFromTheEnd() const { return readsBackwards(); }

    // The row among those in memory whose key is `key`, or -1.
    int rowOfKey(const QVariant& key) const
    {
        for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
            for (int i = 0; i < it->size(); ++i) {
                if (keyOf(it->at(i)) == key)
                    return it.key() * PageSize + i;
            }
        }
        return -1;
    }

    // Reads where the row with `key` is and then its page, for a row to be selected that
    // is not in memory (PendingSelection): loaded() follows once the page came, or when
    // the list does not hold the key. A list without rowRead() knows only what it holds.
    void locate(const QVariant& key)
    {
        const RowRead read = rowRead();
        if (!read || location().isEmpty() || rowOfKey(key) >= 0)
            return;
        const int generation = this->generation();
        ++m_locating;
        postRead([this, generation, flag = generationFlag(), read, key](services::ShopQueries* queries,
                                                                        const QString& openError) {
            if (*flag != generation)
                return;
            core::Result<int> row = queries ? read(*queries, key) : core::Result<int>(core::fail(openError));
            QMetaObject::invokeMethod(
                this, [this, generation, row = std::move(row)] { takeLocated(generation, row); },
                Qt::QueuedConnection);
        });
    }

protected:
    using ListModelBase::ListModelBase;

    virtual RowRead rowRead() const { return {}; }

    virtual PageRead pageRead() const = 0;
    virtual CountRead countRead() const = 0;
    virtual QVariant keyOf(const Row& row) const = 0;
    // Whether pageRead() can read in the opposite order (else far pages are read forward).
    virtual bool readsBackwards() const { return true; }

    // What a row shows while its page is on its way.
    static QVariant placeholder(int column, int role)
    {
        if (role == Qt::DisplayRole && column == 0)
            return QStringLiteral("\u2026");
        return {};
    }

    // Reads everything again (the filter or sort changed): the count and the first page
    // come in one answer, which resets the model.
    void restart()
    {
        const int generation = nextGeneration();
        m_failedPages.clear();
        m_refreshing = false; // a refresh under way is answered by this instead
        if (location().isEmpty()) {
            m_restarting = false;
            beginResetModel();
            m_pages.clear();
            m_count = 0;
            endResetModel();
            emit loaded();
            return;
        }
        m_restarting = true;
        postRead([this, generation, flag = generationFlag(), count = countRead(), read = pageRead(),
                  backwards = readsBackwards()](services::ShopQueries* queries, const QString& openError) {
            if (*flag != generation)
                return;
            Answer answer = readAnswer(queries, openError, count, read, backwards, {0});
            QMetaObject::invokeMethod(
                this, [this, generation, answer = std::move(answer)] { takeRestart(generation, answer); },
                Qt::QueuedConnection);
        });
    }

    // Reads the count and the pages held again (the shop changed underneath), keeping
    // the rows a view selected by their key. A read that fails leaves no rows: the
    // error handler says why, and the list is never taken for an empty shop.
    void refresh()
    {
        // A count and first page on their way may have been read before the change:
        // asked again (the one on its way is dropped when it comes).
        if (m_restarting || location().isEmpty()) {
            restart();
            return;
        }
        const int generation = nextGeneration();
        m_failedPages.clear();
        m_refreshing = true;
        QList<int> pages = m_pages.keys();
        if (pages.isEmpty())
            pages << m_focusPage;
        postRead([this, generation, flag = generationFlag(), count = countRead(), read = pageRead(),
                  backwards = readsBackwards(), pages](services::ShopQueries* queries, const QString& openError) {
            if (*flag != generation)
                return;
            Answer answer = readAnswer(queries, openError, count, read, backwards, pages);
            QMetaObject::invokeMethod(
                this, [this, generation, answer = std::move(answer)] { takeRefresh(generation, answer); },
                Qt::QueuedConnection);
        });
    }

    void restartReads() override { restart(); }
    void refreshReads() override { refresh(); }

    void readPage(int page) override
    {
        const int generation = this->generation();
        const int offset = page * PageSize;
        const int limit = std::min(PageSize, m_count - offset);
        if (limit <= 0) {
            m_wanted.remove(page);
            m_posted.remove(page);
            return;
        }
        postRead([this, generation, flag = generationFlag(), read = pageRead(), backwards = readsBackwards(),
                  total = m_count, page, offset, limit](services::ShopQueries* queries, const QString& openError) {
            if (*flag != generation)
                return;
            core::Result<QList<Row>> rows = queries ? readRange(*queries, read, backwards, total, offset, limit)
                                                    : core::Result<QList<Row>>(core::fail(openError));
            QMetaObject::invokeMethod(
                this, [this, generation, page, rows = std::move(rows)] { takePage(generation, page, rows); },
                Qt::QueuedConnection);
        });
    }

    void evictFarPages() override
    {
        while (m_pages.size() > ResidentPages) {
            int farthest = m_pages.constBegin().key();
            for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
                if (std::abs(it.key() - m_focusPage) > std::abs(farthest - m_focusPage))
                    farthest = it.key();
            }
            m_pages.remove(farthest);
        }
    }

private:
    // A count and the pages read with it.
    struct Answer
    {
        int count = 0;
        QHash<int, QList<Row>> pages;
        QString error;
    };

    static core::Result<QList<Row>> readRange(services::ShopQueries& queries, const PageRead& read, bool backwards,
                                              int total, int offset, int limit)
    {
        // A page nearer the end is read from there: its offset in the reversed order is short.
        if (backwards && offset > total - offset - limit) {
            core::Result<QList<Row>> rows = read(queries, std::max(0, total - offset - limit), limit, true);
            if (rows)
                std::reverse(rows.value().begin(), rows.value().end());
            return rows;
        }
        return read(queries, offset, limit, false);
    }

    static Answer readAnswer(services::ShopQueries* queries, const QString& openError, const CountRead& count,
                             const PageRead& read, bool backwards, const QList<int>& pages)
    {
        Answer answer;
        if (!queries) {
            answer.error = openError;
            return answer;
        }
        const core::Result<int> counted = count(*queries);
        if (!counted) {
            answer.error = counted.errorText();
            return answer;
        }
        answer.count = counted.value();
        for (int page : pages) {
            const int offset = page * PageSize;
            const int limit = std::min(PageSize, answer.count - offset);
            if (limit <= 0)
                continue;
            core::Result<QList<Row>> rows = readRange(*queries, read, backwards, answer.count, offset, limit);
            if (!rows) {
                answer.error = rows.errorText();
                return answer;
            }
            answer.pages.insert(page, rows.takeValue());
        }
        return answer;
    }

    const Row* heldRow(int row) const
    {
        if (row < 0 || row >= m_count)
            return nullptr;
        const auto it = m_pages.constFind(row / PageSize);
        if (it == m_pages.constEnd() || row % PageSize >= it->size())
            return nullptr;
        return &it->at(row % PageSize);
    }

    void takeRestart(int generation, const Answer& answer)
    {
        if (!isCurrent(generation))
            return;
        m_restarting = false;
        beginResetModel();
        m_pages = answer.pages;
        m_count = answer.error.isEmpty() ? answer.count : 0;
        m_focusPage = 0;
        endResetModel();
        if (!answer.error.isEmpty())
            failed(answer.error);
        emit loaded();
    }

    void takeRefresh(int generation, const Answer& answer)
    {
        if (!isCurrent(generation))
            return;
        m_refreshing = false;
        if (!answer.error.isEmpty()) {
            takeRestart(generation, answer); // no rows, and the reason in the banner
            return;
        }
        emit layoutAboutToBeChanged();
        // After the signal: views and selection models keep their indexes in its slots.
        const QModelIndexList before = persistentIndexList();
        QList<QVariant> keys;
        keys.reserve(before.size());
        for (const QModelIndex& index : before) {
            const Row* row = heldRow(index.row());
            keys << (row ? keyOf(*row) : QVariant());
        }
        m_pages = answer.pages;
        m_count = answer.count;
        evictFarPages();
        QModelIndexList after;
        after.reserve(before.size());
        // A row follows its key; a row whose key is no longer among the rows read (it left
        // the list, or went far from here) is gone, never the row that now sits in its
        // place: a selection would otherwise slide onto another order. Only a row not
        // read yet (no key) keeps its place.
        for (qsizetype i = 0; i < before.size(); ++i) {
            int row = -1;
            if (keys.at(i).isValid())
                row = rowOfKey(keys.at(i));
            else if (before.at(i).row() < m_count)
                row = before.at(i).row();
            after << (row >= 0 ? index(row, before.at(i).column()) : QModelIndex());
        }
        changePersistentIndexList(before, after);
        emit layoutChanged();
        emit loaded();
    }

    void takePage(int generation, int page, const core::Result<QList<Row>>& rows)
    {
        if (!isCurrent(generation))
            return;
        m_wanted.remove(page);
        m_posted.remove(page);
        if (!rows) {
            m_failedPages.insert(page); // not asked again until the next refresh
            failed(rows.errorText());
            emit loaded();
            return;
        }
        m_pages.insert(page, rows.value());
        evictFarPages();
        if (!rows.value().isEmpty() && m_pages.contains(page)) {
            const int first = page * PageSize;
            emit dataChanged(index(first, 0), index(first + int(rows.value().size()) - 1, columnCount() - 1));
        }
        emit loaded();
    }

    void takeLocated(int generation, const core::Result<int>& row)
    {
        if (!isCurrent(generation))
            return;
        --m_locating;
        if (!row) {
            failed(row.errorText());
        } else if (row.value() >= 0 && row.value() < m_count) {
            // Read now, not when a view paints next: the view may be looking elsewhere.
            const int page = row.value() / PageSize;
            if (!m_pages.contains(page) && !m_posted.contains(page)) {
                m_focusPage = page;
                m_wanted.insert(page);
                m_posted.insert(page);
                readPage(page);
            }
        }
        emit loaded();
    }

    QHash<int, QList<Row>> m_pages;
    mutable QSet<int> m_failedPages;
};

} // namespace bd::ui
