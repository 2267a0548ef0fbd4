#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "store/Database.h"

#include <QList>
#include <QObject>

class QTimer;
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QUndoStack;

namespace bd::services {
class Shop;
}

namespace bd::ui {

class Prompter;
class TaskRunner;

// What every window, view and dialog of one running application shares: the clock,
// the open shop (database, store, services' entry point), the undo stack, the way
// to ask the user things, and the background tasks. Views take it by reference
// instead of reaching for globals, so a test can build one around a temporary file,
// a fixed clock and a scripted prompter.
class AppContext : public QObject
{
    Q_OBJECT

public:
    explicit AppContext(std::unique_ptr<core::Clock> clock, QObject* parent = nullptr);

    // How long an action of the window waits for another seat's write before one quiet
    // retry and then the busy message.
    static constexpr int WindowBusyTimeoutMs = 2000;
    ~AppContext() override;

    core::Clock& clock() const { return *m_clock; }

    bool hasDatabase() const { return m_database != nullptr; }
    // Null while no database is open.
    store::Database* database() const { return m_database.get(); }
    // The open shop every merchant action of the window runs on; null while none is open.
    services::Shop* shop() const { return m_shop.get(); }

    // Opens (creating or migrating as the core decides) the file and makes it the
    // current database. On failure the database open before stays open.
    core::Status openDatabase(const QString& path, const store::OpenOptions& options = {});
    void closeDatabase();

    // Edits the user can take back (Edit › Undo). Cleared when another database opens.
    QUndoStack* undoStack() const { return m_undoStack; }

    Prompter& prompter() const { return *m_prompter; }
    // Tests install a prompter that answers from a script.
    void setPrompter(std::unique_ptr<Prompter> prompter);

    // Tells the window that reading the shop failed (a query the database refused): it
    // shows the error banner instead of leaving an empty table unexplained.
    void reportError(const QString& message) { Q_EMIT errorReported(message); }

    // Tells every view that the shop changed underneath it (an action committed).
    void notifyShopChanged() { Q_EMIT shopChanged(); }
    // Asks the window to show a place: "items?sku=SKU-1", "orders?state=ready", … (see
    // MainWindow::navigate for the list).
    void navigate(const QString& route) { Q_EMIT navigationRequested(route); }

    // Background tasks running now (TaskRunner registers itself).
    const QList<TaskRunner*>& runningTasks() const { return m_tasks; }
    void taskStarted(TaskRunner* task);
    void taskFinished(TaskRunner* task);
    // Blocks until every running task ended (-1: however long it takes); true when
    // they all did in time. Their finished() signals arrive with the next events.
    bool waitForTasks(int milliseconds);
    // Asks every running task to stop.
    void cancelTasks();

    // The check meant for tests, switched on at run time (environment variable
    // BACKORDERDESK_CHECK_IDLE=1, or this call): whenever the window's event loop goes
    // idle — after every action — the window's connection must have no open transaction
    // and no active statement; if it has, the program stops with what was left open.
    // onViolation replaces stopping the program (a test of the check itself).
    void setIdleCheck(bool on, std::function<void(const QStringList&)> onViolation = {});
    bool idleCheck() const { return m_idleCheck; }
    // What the check found the last time it looked (empty: idle). Public for tests.
    QStringList unfinishedWork() const;

Q_SIGNALS:
    // Before the current database and store go away: let go of the store now.
    void databaseAboutToClose();
    // After another database (or none) became current.
    void databaseChanged();
    // Something committed a change to the shop; views read their data again.
    void shopChanged();
    void navigationRequested(const QString& route);
    void errorReported(const QString& message);
    void tasksChanged();

private:
    std::unique_ptr<core::Clock> m_clock;
    // Declared before the shop: the shop holds statements on the database's
    // connection and must go first.
    std::unique_ptr<store::Database> m_database;
    std::unique_ptr<services::Shop> m_shop;
    QUndoStack* m_undoStack = nullptr;
    // How often the window asks whether another seat changed the shop.
    static constexpr int ChangeWatchMs = 3000;
    QTimer* m_changeWatch = nullptr;
    void lookForChangesElsewhere();
    std::unique_ptr<Prompter> m_prompter;
    QList<TaskRunner*> m_tasks;
    bool m_idleCheck = false;
    std::function<void(const QStringList&)> m_onViolation;
    QMetaObject::Connection m_idleWatch;
    QMetaObject::Connection m_awakeWatch;
};

} // namespace bd::ui
