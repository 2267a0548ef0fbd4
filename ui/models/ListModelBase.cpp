#include "ListModelBase.h"

#include "store/Database.h"

#include <QTimer>

#include <cstdlib>

namespace bd::ui {

ListModelBase::ListModelBase(QObject* parent)
    : QAbstractTableModel(parent)
{
}

ListModelBase::~ListModelBase()
{
    // Reads still queued see a new generation and skip their query.
    nextGeneration();
}

Qt::ItemFlags ListModelBase::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemNeverHasChildren;
    return f;
}

int ListModelBase::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

void ListModelBase::setDatabase(store::Database* db)
{
    m_db = db;
    setLocation(db ? db->path() : QString());
    restartReads();
}

void ListModelBase::setLocation(const QString& location)
{
    if (location == m_location)
        return;
    m_location = location;
    m_reader.setLocation(location);
}

int ListModelBase::nextGeneration()
{
    ++m_generation;
    *m_generationFlag = m_generation;
    m_wanted.clear();
    m_posted.clear();
    m_locating = 0;
    return m_generation;
}

void ListModelBase::want(int page) const
{
    m_focusPage = page;
    if (m_restarting || m_location.isEmpty() || m_wanted.contains(page))
        return;
    m_wanted.insert(page);
    // Asked for while a view paints: the reads go out once the paint is over, for the
    // pages still near where the view looks by then (a fast scroll skips the rest).
    if (!m_dispatchQueued) {
        m_dispatchQueued = true;
        QTimer::singleShot(0, const_cast<ListModelBase*>(this), &ListModelBase::dispatch);
    }
}

void ListModelBase::dispatch()
{
    m_dispatchQueued = false;
    const QSet<int> wanted = m_wanted;
    for (int page : wanted) {
        if (m_posted.contains(page))
            continue;
        if (std::abs(page - m_focusPage) > ResidentPages / 2) {
            m_wanted.remove(page); // the view has moved on; asked again if it comes back
            continue;
        }
        m_posted.insert(page);
        readPage(page);
    }
}

void ListModelBase::failed(const QString& error)
{
    m_readError = error;
    if (m_onError)
        m_onError(error);
}

} // namespace bd::ui
