#include "AppContext.h"

#include "common/Prompter.h"
#include "common/TaskRunner.h"
#include "services/Shop.h"
#include "store/ShopStore.h"

#include <QDeadlineTimer>
#include <QUndoStack>

namespace bd::ui {

AppContext::AppContext(std::unique_ptr<core::Clock> clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock ? std::move(clock) : std::make_unique<core::SystemClock>())
    , m_undoStack(new QUndoStack(this))
    , m_prompter(std::make_unique<QtPrompter>())
{
}

AppContext::~AppContext()
{
    cancelTasks();
    waitForTasks(-1);
    // Tasks owned by the context go now, while the list they leave still exists;
    // tasks owned by something that outlives the context must not come back to it.
    const QList<TaskRunner*> tasks = m_tasks;
    for (TaskRunner* task : tasks) {
        if (task->parent() == this)
            delete task;
        else
            task->detachFromContext();
    }
    m_tasks.clear();
    for (TaskRunner* task : findChildren<TaskRunner*>(Qt::FindDirectChildrenOnly))
        delete task;
    m_shop.reset();
    m_database.reset();
}

store::ShopStore* AppContext::store() const
{
    return m_shop ? &m_shop->store() : nullptr;
}

core::Status AppContext::openDatabase(const QString& path, const store::OpenOptions& options)
{
    auto opened = store::Database::open(path, options);
    if (!opened.ok())
        return opened;

    if (m_database) {
        cancelTasks();
        waitForTasks(-1);
        Q_EMIT databaseAboutToClose();
    }
    m_undoStack->clear();
    m_shop.reset();
    m_database = opened.takeValue();
    m_shop = std::make_unique<services::Shop>(*m_database, *m_clock);
    Q_EMIT databaseChanged();
    return {};
}

void AppContext::closeDatabase()
{
    if (!m_database)
        return;
    cancelTasks();
    waitForTasks(-1);
    Q_EMIT databaseAboutToClose();
    m_undoStack->clear();
    m_shop.reset();
    m_database.reset();
    Q_EMIT databaseChanged();
}

void AppContext::setPrompter(std::unique_ptr<Prompter> prompter)
{
    m_prompter = std::move(prompter);
}

void AppContext::taskStarted(TaskRunner* task)
{
    m_tasks.append(task);
    Q_EMIT tasksChanged();
}

void AppContext::taskFinished(TaskRunner* task)
{
    if (m_tasks.removeOne(task))
        Q_EMIT tasksChanged();
}

bool AppContext::waitForTasks(int milliseconds)
{
    QDeadlineTimer deadline(milliseconds < 0 ? QDeadlineTimer(QDeadlineTimer::Forever)
                                             : QDeadlineTimer(milliseconds));
    const QList<TaskRunner*> tasks = m_tasks;
    for (TaskRunner* task : tasks) {
        if (!task->wait(deadline.isForever() ? -1 : int(deadline.remainingTime())))
            return false;
    }
    return true;
}

} // namespace bd::ui

namespace bd::ui {

void AppContext::cancelTasks()
{
    for (TaskRunner* task : std::as_const(m_tasks))
        task->cancel();
}

} // namespace bd::ui
