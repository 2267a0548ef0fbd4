#include "AppContext.h"

#include <QTimer>

#include "common/Prompter.h"
#include "common/TaskRunner.h"
#include "services/Shop.h"

#include <QAbstractEventDispatcher>
#include <QDeadlineTimer>
#include <QUndoStack>

#include <algorithm>

namespace bd::ui {

AppContext::AppContext(std::unique_ptr<core::Clock> clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock ? std::move(clock) : std::make_unique<core::SystemClock>())
    , m_undoStack(new QUndoStack(this))
    , m_prompter(std::make_unique<QtPrompter>())
{
    if (qEnvironmentVariableIntValue("BACKORDERDESK_CHECK_IDLE") != 0)
        setIdleCheck(true);
    // What other seats (a second window, the command line, another computer on a shared
    // shop) changed shows without F5: the open page reads the shop again, keeping its
    // selection.
    m_changeWatch = new QTimer(this);
    m_changeWatch->setInterval(ChangeWatchMs);
    connect(m_changeWatch, &QTimer::timeout, this, &AppContext::lookForChangesElsewhere);
}

void AppContext::lookForChangesElsewhere()
{
    if (!m_database || m_database->transactionDepth() > 0)
        return;
    const core::Result<bool> changed = m_database->changedElsewhere();
    if (!changed.ok())
        reportError(changed.errorText());
    else if (changed.value())
        Q_EMIT shopChanged();
}

void AppContext::setIdleCheck(bool on, std::function<void(const QStringList&)> onViolation)
{
    m_idleCheck = on;
    m_onViolation = std::move(onViolation);
    QObject::disconnect(m_idleWatch);
    QObject::disconnect(m_awakeWatch);
    QAbstractEventDispatcher* dispatcher = QAbstractEventDispatcher::instance(thread());
    if (!on || !dispatcher)
        return;
    auto check = [this] {
        const QStringList work = unfinishedWork();
        if (work.isEmpty())
            return;
        if (m_onViolation)
            m_onViolation(work);
        else
            qFatal("The window's shop connection is not idle between actions: %s",
                   qPrintable(work.join(QStringLiteral("; "))));
    };
    // aboutToBlock: the event loop waits for the next event; awake: events are about to
    // be handled (also when a test drives the loop with processEvents). Either way the
    // last action has returned.
    m_idleWatch = connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, this, check);
    m_awakeWatch = connect(dispatcher, &QAbstractEventDispatcher::awake, this, check);
}

QStringList AppContext::unfinishedWork() const
{
    return m_database ? m_database->unfinishedWork() : QStringList();
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

core::Status AppContext::openDatabase(const QString& path, const store::OpenOptions& options)
{
    // The window's own connection acts on the GUI thread: it waits for another seat's
    // write a short while, tries once more quietly, and then says the shop is busy
    // rather than freezing for the full timeout (background tasks wait longer).
    store::OpenOptions windowOptions = options;
    windowOptions.busyTimeoutMs = std::min(options.busyTimeoutMs, WindowBusyTimeoutMs);
    windowOptions.busyRetries = std::max(options.busyRetries, 1);
    auto opened = store::Database::open(path, windowOptions);
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
    (void)m_database->changedElsewhere(); // starts watching
    m_changeWatch->start();
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
    m_changeWatch->stop();
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
