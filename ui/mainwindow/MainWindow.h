#pragma once

#include "core/Result.h"

#include <QList>
#include <QPointer>
#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;
class QToolButton;

namespace bd::ui {

class AppContext;
class BackupActions;
class CustomersPage;
class DashboardPage;
class ErrorBanner;
class ItemsModel;
class ItemsPage;
class OrdersPage;
class OutboxPage;
class Page;
class PurchasingPage;
class RecentFilesMenu;
class SettingsPage;
class TaskRunner;

// The main window: menus, the toolbar of frequent actions, the list of pages
// (Dashboard, Items, Orders, Customers, Purchasing, Outbox, Settings) and which shop
// database is open. Layout and action wiring only; what happens lives in the pages,
// the context and the core.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class OpenMode {
        ExistingOnly, // a missing file is an error
        CreateIfMissing, // a missing file becomes a new, empty database
    };

    explicit MainWindow(AppContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Makes the file the open database. On failure the reason is shown in the window
    // and the database open before (if any) stays open.
    bool openDatabase(const QString& path, OpenMode mode = OpenMode::ExistingOnly);
    // File › Connect to Shared Shop…, starting from `location` (a Recent entry) or empty.
    bool connectToServer(const QString& location);
    // Creates a new, empty database in a file that does not exist yet, and opens it.
    bool createDatabase(const QString& path);

    // Shows a place in the window. Routes: "dashboard", "items" (sku=, waiting=1),
    // "orders" (state=, number=, risk=1, capture=1), "customers" (email=, waiting=1),
    // "purchasing", "outbox" (state=), "settings" (section=).
    void navigate(const QString& route);

    ItemsModel* itemsModel() const;
    Page* currentPage() const;
    const QList<Page*>& pages() const { return m_pages; }
    DashboardPage* dashboardPage() const { return m_dashboardPage; }
    ItemsPage* itemsPage() const { return m_itemsPage; }
    OrdersPage* ordersPage() const { return m_ordersPage; }
    CustomersPage* customersPage() const { return m_customersPage; }
    PurchasingPage* purchasingPage() const { return m_purchasingPage; }
    OutboxPage* outboxPage() const { return m_outboxPage; }
    SettingsPage* settingsPage() const { return m_settingsPage; }

    // The problem shown in the window; empty when none is.
    QString errorText() const;
    void showError(const QString& text);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

    void createPages();
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralWidget();
    void createStatusBar();

    void chooseDatabaseToCreate();
    void chooseDatabaseToOpen();
    QString dialogDirectory() const;
    void showAbout();

    void showPage(int index);
    void onDatabaseChanged();
    void onShopChanged();
    void updateWindowTitle();
    void updateItemCount();
    void updateTasks();

    void readSettings();
    void writeSettings() const;

    AppContext& m_context;
    QList<Page*> m_pages;
    QList<bool> m_stale; // per page: the shop changed since it last read it
    DashboardPage* m_dashboardPage = nullptr;
    ItemsPage* m_itemsPage = nullptr;
    OrdersPage* m_ordersPage = nullptr;
    CustomersPage* m_customersPage = nullptr;
    PurchasingPage* m_purchasingPage = nullptr;
    OutboxPage* m_outboxPage = nullptr;
    SettingsPage* m_settingsPage = nullptr;

    ErrorBanner* m_errorBanner = nullptr;
    QListWidget* m_pageList = nullptr;
    QStackedWidget* m_pageStack = nullptr;
    QLabel* m_databasePathLabel = nullptr;
    QLabel* m_itemCountLabel = nullptr;
    QLabel* m_taskLabel = nullptr;
    QProgressBar* m_taskProgressBar = nullptr;
    QToolButton* m_taskCancelButton = nullptr;
    QPointer<TaskRunner> m_watchedTask; // the task whose progress the bar shows
    RecentFilesMenu* m_recentFilesMenu = nullptr;
    BackupActions* m_backupActions = nullptr;

    QAction* m_newDatabaseAction = nullptr;
    QAction* m_openDatabaseAction = nullptr;
    QAction* m_connectServerAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_backupAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QAction* m_reportAction = nullptr;
    QAction* m_userGuideAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_reloadAction = nullptr;
    QAction* m_receiveAction = nullptr;
    QAction* m_suggestionsAction = nullptr;
    QAction* m_newOrderAction = nullptr;
    QAction* m_shipAction = nullptr;
    QAction* m_sendMailAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QList<QAction*> m_pageActions;
    QList<QAction*> m_shopActions; // enabled only while a database is open
};

} // namespace bd::ui
