#include "TaskRunner.h"

#include "AppContext.h"
#include "services/Shop.h"
#include "store/Database.h"

#include <QDateTime>
#include <QThread>

namespace bd::ui {

namespace {

// Reads "now" from the window's clock, which outlives every task.
class BorrowedClock final : public core::Clock
{
public:
    explicit BorrowedClock(const core::Clock& clock)
        : m_clock(clock)
    {
    }
    QDateTime now() const override { return m_clock.now(); }

private:
    const core::Clock& m_clock;
};

// Progress reports closer together than this are dropped (the last one always goes).
constexpr qint64 progressIntervalMs = 50;

} // namespace

TaskRunner* TaskRunner::start(AppContext& context, const QString& title, Job job, QObject* parent, Effect effect)
{
    auto* runner = new TaskRunner(context, title, std::move(job), effect, parent);
    if (!context.hasDatabase()) {
        QMetaObject::invokeMethod(
            runner, [runner] { runner->finish(core::Status(core::fail(tr("No shop database is open.")))); },
            Qt::QueuedConnection);
        return runner;
    }
    runner->m_databasePath = context.database()->path();
    runner->m_thread = QThread::create([runner] { runner->run(); });
    runner->m_thread->setObjectName(QStringLiteral("task"));
    runner->m_thread->start();
    context.taskStarted(runner);
    return runner;
}

TaskRunner::TaskRunner(AppContext& context, QString title, Job job, Effect effect, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_title(std::move(title))
    , m_job(std::move(job))
    , m_effect(effect)
{
}

TaskRunner::~TaskRunner()
{
    // Deleted with its parent while still running: stop the job and wait for it, and
    // leave the context's list of running tasks.
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
    if (!m_contextGone)
        m_context.taskFinished(this);
}

void TaskRunner::cancel()
{
    m_cancelled = true;
}

bool TaskRunner::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool TaskRunner::wait(int milliseconds)
{
    return !m_thread || m_thread->wait(QDeadlineTimer(milliseconds));
}

void TaskRunner::run()
{
    core::Status status;
    {
        store::OpenOptions options;
        options.mustExist = true;
        options.verifyPages = false;
        auto opened = store::Database::open(m_databasePath, options);
        if (!opened.ok()) {
            status = opened;
        } else {
            std::unique_ptr<store::Database> db = opened.takeValue();
            BorrowedClock clock(m_context.clock());
            services::Shop shop(*db, clock);
            auto report = [this](qint64 done, qint64 total, const QString& text) {
                const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
                if (total > 0 && done < total && nowMs - m_lastProgressMs.load() < progressIntervalMs)
                    return;
                m_lastProgressMs = nowMs;
                QMetaObject::invokeMethod(
                    this, [this, done, total, text] { Q_EMIT progress(done, total, text); }, Qt::QueuedConnection);
            };
            TaskEnv env(shop, report, m_cancelled);
            status = m_job(env);
            if (status.ok() && m_cancelled)
                status = core::Status(core::fail(tr("Cancelled.")));
        }
    }
    QMetaObject::invokeMethod(this, [this, status] { finish(status); }, Qt::QueuedConnection);
}

void TaskRunner::finish(const core::Status& status)
{
    if (m_thread)
        m_thread->wait();
    Q_EMIT finished(status);
    if (!m_contextGone) {
        m_context.taskFinished(this);
        if (m_effect == Effect::ChangesShop)
            m_context.notifyShopChanged();
    }
    deleteLater();
}

} // namespace bd::ui
