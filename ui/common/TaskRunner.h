#pragma once

#include "core/Result.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace bd::services {
class Shop;
}

namespace bd::ui {

class AppContext;

// What a background job gets: its own Shop on its own connection to the open
// database (a Database belongs to the thread that opened it), a way to report
// progress and a way to learn that the user pressed Cancel.
class TaskEnv
{
public:
    TaskEnv(services::Shop& shop, std::function<void(qint64, qint64, const QString&)> progress,
            const std::atomic_bool& cancelled)
        : m_shop(shop)
        , m_progress(std::move(progress))
        , m_cancelled(cancelled)
    {
    }
    services::Shop& shop() const { return m_shop; }
    // done of total (total 0: unknown), with a line saying what is happening.
    void progress(qint64 done, qint64 total, const QString& text = {}) const { m_progress(done, total, text); }
    bool cancelled() const { return m_cancelled.load(); }
    // For core calls that watch a flag themselves (imports).
    const std::atomic_bool* cancelFlag() const { return &m_cancelled; }

private:
    services::Shop& m_shop;
    std::function<void(qint64, qint64, const QString&)> m_progress;
    const std::atomic_bool& m_cancelled;
};

// Runs one long job (an import, sending mail, a report, a large refresh) off the GUI
// thread so the window keeps painting. The job opens nothing itself: the runner opens
// the context's database in the worker thread, runs the job there, and reports back
// in the GUI thread. A job that changed the shop makes the context announce it.
//
//     auto* task = TaskRunner::start(context, tr("Sending mail"), [](TaskEnv& env) { … }, this);
//     connect(task, &TaskRunner::finished, this, [](const core::Status& s) { … });
class TaskRunner : public QObject
{
    Q_OBJECT

public:
    using Job = std::function<core::Status(TaskEnv&)>;
    enum class Effect { ReadsOnly, ChangesShop };

    // Starts the job now. The runner deletes itself after finished() was emitted.
    static TaskRunner* start(AppContext& context, const QString& title, Job job, QObject* parent,
                             Effect effect = Effect::ChangesShop);
    ~TaskRunner() override;

    const QString& title() const { return m_title; }
    // Asks the job to stop; it decides where (and rolls back what it did).
    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }
    bool isRunning() const;
    // Blocks until the job ended (for tests and for closing the window). True if it did.
    bool wait(int milliseconds);
    // The context is going away before this runner: do not report back to it.
    void detachFromContext() { m_contextGone = true; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total, const QString& text);
    // In the GUI thread, once, when the job ended: its status (an error when cancelled).
    void finished(const bd::core::Status& status);

private:
    TaskRunner(AppContext& context, QString title, Job job, Effect effect, QObject* parent);
    void run();
    void finish(const core::Status& status);

    AppContext& m_context;
    QString m_title;
    Job m_job;
    Effect m_effect;
    QString m_databasePath;
    std::atomic_bool m_cancelled { false };
    std::atomic<qint64> m_lastProgressMs { 0 };
    QThread* m_thread = nullptr;
    bool m_contextGone = false;
};

} // namespace bd::ui
