#pragma once

#include <QMainWindow>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace bd::ui {

class AppContext;
class ErrorBanner;
class ItemsModel;
class RecentFilesMenu;

// The main window: menus, the searchable items table and which shop database is open.
// Layout and action wiring only; what happens lives in the models, the context and
// the core.
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
    // Creates a new, empty database in a file that does not exist yet, and opens it.
    bool createDatabase(const QString& path);

    ItemsModel* itemsModel() const { return m_itemsModel; }
    // The problem shown in the window; empty when none is.
    QString errorText() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createCentralWidget();
    void createStatusBar();

    void chooseDatabaseToCreate();
    void chooseDatabaseToOpen();
    QString dialogDirectory() const;
    void showAbout();

    void applyFilter();
    void onDatabaseChanged();
    void updateItemCount();
    void keepSortIndicatorSortable(int column, Qt::SortOrder order);

    void readSettings();
    void writeSettings() const;

    AppContext& m_context;
    ItemsModel* m_itemsModel = nullptr;

    ErrorBanner* m_errorBanner = nullptr;
    QLineEdit* m_searchLineEdit = nullptr;
    QCheckBox* m_onlyWaitingCheckBox = nullptr;
    QTableView* m_itemsTableView = nullptr;
    QLabel* m_databasePathLabel = nullptr;
    QLabel* m_itemCountLabel = nullptr;
    QTimer* m_searchTimer = nullptr;
    RecentFilesMenu* m_recentFilesMenu = nullptr;

    QAction* m_newDatabaseAction = nullptr;
    QAction* m_openDatabaseAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_reloadAction = nullptr;
    QAction* m_aboutAction = nullptr;
};

} // namespace bd::ui
