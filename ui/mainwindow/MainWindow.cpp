#include "MainWindow.h"

#include "AppContext.h"
#include "backup/BackupActions.h"
#include "common/BusyWork.h"
#include "common/Icons.h"
#include "common/Page.h"
#include "common/FileDialogs.h"
#include "common/Prompter.h"
#include "common/TaskRunner.h"
#include "customers/CustomersPage.h"
#include "dashboard/DashboardPage.h"
#include "help/UserGuideDialog.h"
#include "items/ItemsPage.h"
#include "mainwindow/ConnectServerDialog.h"
#include "mainwindow/ErrorBanner.h"
#include "mainwindow/ImportFlow.h"
#include "mainwindow/RecentFilesMenu.h"
#include "mainwindow/ShopCheck.h"
#include "models/ItemsModel.h"
#include "orders/OrdersPage.h"
#include "reports/ReportDialog.h"
#include "reports/ReportService.h"
#include "outbox/OutboxPage.h"
#include "purchasing/PurchaseSuggestionsDialog.h"
#include "purchasing/PurchasingPage.h"
#include "purchasing/ReceiveDialog.h"
#include "settings/SettingsPage.h"
#include "services/Shop.h"
#include "store/Config.h"
#include "store/Database.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace bd::ui {

namespace {

const QString geometryKey = QStringLiteral("MainWindow/geometry");
const QString stateKey = QStringLiteral("MainWindow/state");
const QString splitterKey = QStringLiteral("MainWindow/splitter");
const QString pageKey = QStringLiteral("MainWindow/page");
const QString itemsHeaderKey = QStringLiteral("MainWindow/itemsHeader");

QString databaseFileFilter()
{
    return MainWindow::tr("Backorder Desk databases (*.sqlite *.db)") + QStringLiteral(";;")
        + MainWindow::tr("All files (*)");
}

} // namespace

MainWindow::MainWindow(AppContext& context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    createPages();
    createActions();
    createMenus();
    createToolBar();
    createCentralWidget();
    createStatusBar();

    connect(&m_context, &AppContext::databaseChanged, this, &MainWindow::onDatabaseChanged);
    connect(&m_context, &AppContext::shopChanged, this, &MainWindow::onShopChanged);
    connect(&m_context, &AppContext::navigationRequested, this, &MainWindow::navigate);
    connect(&m_context, &AppContext::tasksChanged, this, &MainWindow::updateTasks);
    connect(itemsModel(), &QAbstractItemModel::modelReset, this, &MainWindow::updateItemCount);
    connect(itemsModel(), &ItemsModel::loaded, this, &MainWindow::updateItemCount);
    for (Page* page : std::as_const(m_pages))
        connect(page, &Page::statusMessage, this, [this](const QString& text) { statusBar()->showMessage(text, 8000); });

    readSettings();
    onDatabaseChanged();
}

MainWindow::~MainWindow()
{
    m_context.cancelTasks();
    m_context.waitForTasks(-1);
    // The pages go after this body; what they emit then must not reach this window.
    for (Page* page : std::as_const(m_pages))
        page->disconnect(this);
    itemsModel()->disconnect(this);
}

void MainWindow::createPages()
{
    m_dashboardPage = new DashboardPage(m_context);
    m_itemsPage = new ItemsPage(m_context);
    m_ordersPage = new OrdersPage(m_context);
    m_customersPage = new CustomersPage(m_context);
    m_purchasingPage = new PurchasingPage(m_context);
    m_outboxPage = new OutboxPage(m_context);
    m_settingsPage = new SettingsPage(m_context);
    m_pages = { m_dashboardPage, m_itemsPage,  m_ordersPage,  m_customersPage,
                m_purchasingPage, m_outboxPage, m_settingsPage };
    m_stale = QList<bool>(m_pages.size(), true);
    connect(m_settingsPage, &SettingsPage::restartRequested, this, [this] {
        // Closing asks about unsaved work first; only a window that closed starts again.
        if (close())
            QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
    });
}

void MainWindow::createActions()
{
    auto make = [this](const QString& name, const QString& text, const QString& tip) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        action->setStatusTip(tip);
        return action;
    };

    m_newDatabaseAction = make(QStringLiteral("newDatabaseAction"), tr("&New…"), tr("Create a new, empty shop database"));
    m_newDatabaseAction->setShortcut(QKeySequence::New);
    connect(m_newDatabaseAction, &QAction::triggered, this, &MainWindow::chooseDatabaseToCreate);

    m_openDatabaseAction = make(QStringLiteral("openDatabaseAction"), tr("&Open…"), tr("Open another shop database"));
    m_openDatabaseAction->setShortcut(QKeySequence::Open);
    connect(m_openDatabaseAction, &QAction::triggered, this, &MainWindow::chooseDatabaseToOpen);

    m_connectServerAction = make(QStringLiteral("connectServerAction"), tr("Connect to &Shared Shop…"),
                                 tr("Open a shop on a PostgreSQL server that several computers work on"));
    connect(m_connectServerAction, &QAction::triggered, this, [this] { connectToServer(QString()); });

    m_importAction = make(QStringLiteral("importAction"), tr("&Import CSV…"),
                          tr("Import items, customers, orders, purchase orders or receipts from a CSV file"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, [this] {
        const QString path = m_context.prompter().openFileName(this, tr("Import CSV"), dialogDirectory(),
                                                               tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            (new ImportFlow(m_context, this))->start(path);
    });

    m_backupActions = new BackupActions(m_context, this);
    connect(m_backupActions, &BackupActions::backupFinished, this,
            [this](const core::Status& status, const QString& file) {
                if (status.ok())
                    statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(file)), 10000);
            });
    m_backupAction = make(QStringLiteral("backupAction"), tr("&Back Up…"),
                          tr("Write a copy of the shop to a file; works while you keep working"));
    connect(m_backupAction, &QAction::triggered, m_backupActions, &BackupActions::backUp);
    m_restoreAction = make(QStringLiteral("restoreAction"), tr("Res&tore…"),
                           tr("Replace the shop with a backup; the current file is kept aside"));
    connect(m_restoreAction, &QAction::triggered, m_backupActions, &BackupActions::restore);

    m_quitAction = make(QStringLiteral("quitAction"), tr("&Quit"), tr("Quit Backorder Desk"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_context.undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_context.undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcuts({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo });

    m_findAction = make(QStringLiteral("findAction"), tr("&Find Items"), tr("Search items by SKU, name or attributes"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        showPage(int(m_pages.indexOf(m_itemsPage)));
        m_itemsPage->focusSearch();
    });

    m_reloadAction = make(QStringLiteral("reloadAction"), tr("&Reload"), tr("Read everything again, with changes made elsewhere"));
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    connect(m_reloadAction, &QAction::triggered, this, &MainWindow::onShopChanged);

    m_receiveAction = make(QStringLiteral("receiveAction"), tr("&Receive…"),
                           tr("Receive stock and serve the waiting customers first"));
    m_receiveAction->setIcon(Icons::get(QStringLiteral("receive"), this));
    m_receiveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_receiveAction, &QAction::triggered, this, [this] {
        // From the Items page, the receipt starts with the item selected there.
        const QString sku = currentPage() == m_itemsPage ? m_itemsPage->selectedSku() : QString();
        if (sku.isEmpty() || !m_context.shop()) {
            showPage(int(m_pages.indexOf(m_purchasingPage)));
            m_purchasingPage->receive();
            return;
        }
        auto* dialog = new ReceiveDialog(m_context, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->startWithItem(sku);
        connect(dialog, &ReceiveDialog::received, this, [this](const QString& reference) {
            statusBar()->showMessage(tr("Stock received (%1)").arg(reference), 8000);
        });
        dialog->open();
    });

    m_suggestionsAction = make(QStringLiteral("purchaseSuggestionsAction"), tr("Purchase &Suggestions…"),
                               tr("What to order so every waiting customer is served"));
    connect(m_suggestionsAction, &QAction::triggered, this, [this] {
        auto* dialog = new PurchaseSuggestionsDialog(m_context, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &PurchaseSuggestionsDialog::purchaseOrderSaved, this, [this](const QString& number) {
            statusBar()->showMessage(tr("Purchase order %1 saved").arg(number), 8000);
            m_context.notifyShopChanged();
        });
        dialog->open();
    });

    m_newOrderAction = make(QStringLiteral("newOrderAction"), tr("New &Order…"), tr("Enter an order by hand"));
    m_newOrderAction->setIcon(Icons::get(QStringLiteral("new-order"), this));
    m_newOrderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newOrderAction, &QAction::triggered, this, [this] {
        showPage(int(m_pages.indexOf(m_ordersPage)));
        m_ordersPage->newOrder();
    });

    m_shipAction = make(QStringLiteral("shipAction"), tr("&Ship…"), tr("Ship the selected order, or choose one to ship"));
    m_shipAction->setIcon(Icons::get(QStringLiteral("ship"), this));
    connect(m_shipAction, &QAction::triggered, this, [this] {
        showPage(int(m_pages.indexOf(m_ordersPage)));
        m_ordersPage->shipSelected();
    });

    m_sendMailAction = make(QStringLiteral("sendMailAction"), tr("Send &Mail"), tr("Send the pending e-mails now"));
    m_sendMailAction->setIcon(Icons::get(QStringLiteral("send-mail"), this));
    m_sendMailAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(m_sendMailAction, &QAction::triggered, this, [this] {
        showPage(int(m_pages.indexOf(m_outboxPage)));
        m_outboxPage->sendNow();
    });

    for (int i = 0; i < m_pages.size(); ++i) {
        auto* action = new QAction(m_pages[i]->title(), this);
        action->setObjectName(m_pages[i]->objectName() + QStringLiteral("Action"));
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { showPage(i); });
        m_pageActions << action;
    }

    m_userGuideAction = make(QStringLiteral("userGuideAction"), tr("User &Guide"),
                             tr("The daily routine: receive, ship, answer a customer, send mail"));
    m_userGuideAction->setShortcut(QKeySequence::HelpContents);
    connect(m_userGuideAction, &QAction::triggered, this, [this] {
        auto* guide = new UserGuideDialog(this);
        guide->setAttribute(Qt::WA_DeleteOnClose);
        guide->show();
    });

    m_aboutAction = make(QStringLiteral("aboutAction"), tr("&About Backorder Desk"), QString());
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_shopActions = { m_importAction, m_backupAction, m_restoreAction, m_findAction,     m_reloadAction, m_receiveAction,
                      m_suggestionsAction, m_newOrderAction, m_shipAction, m_sendMailAction };
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->addAction(m_newDatabaseAction);
    fileMenu->addAction(m_openDatabaseAction);
    fileMenu->addAction(m_connectServerAction);
    m_recentFilesMenu = new RecentFilesMenu(tr("Open &Recent"), fileMenu);
    connect(m_recentFilesMenu, &RecentFilesMenu::fileTriggered, this, [this](const QString& path) { openDatabase(path); });
    fileMenu->addMenu(m_recentFilesMenu);
    fileMenu->addSeparator();
    fileMenu->addAction(m_importAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_backupAction);
    fileMenu->addAction(m_restoreAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("editMenu"));
    editMenu->addAction(m_undoAction);
    editMenu->addAction(m_redoAction);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    viewMenu->addActions(m_pageActions);
    viewMenu->addSeparator();
    viewMenu->addAction(m_findAction);
    viewMenu->addAction(m_reloadAction);

    QMenu* shopMenu = menuBar()->addMenu(tr("&Shop"));
    shopMenu->setObjectName(QStringLiteral("shopMenu"));
    shopMenu->addAction(m_receiveAction);
    shopMenu->addAction(m_suggestionsAction);
    shopMenu->addAction(m_newOrderAction);
    shopMenu->addAction(m_shipAction);
    shopMenu->addAction(m_sendMailAction);

    QMenu* reportsMenu = menuBar()->addMenu(tr("&Reports"));
    reportsMenu->setObjectName(QStringLiteral("reportsMenu"));
    for (const reports::ReportSpec& spec : reports::ReportService::specs()) {
        QAction* action = reportsMenu->addAction(tr("%1…").arg(spec.title));
        action->setObjectName(QStringLiteral("report_") + spec.name + QStringLiteral("Action"));
        action->setStatusTip(spec.description);
        const reports::ReportKind kind = spec.kind;
        connect(action, &QAction::triggered, this, [this, kind] {
            ReportDialog dialog(m_context, this);
            dialog.setKind(kind);
            dialog.exec();
        });
        m_shopActions << action;
    }

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    helpMenu->addAction(m_userGuideAction);
    helpMenu->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    QToolBar* toolBar = addToolBar(tr("Actions"));
    toolBar->setObjectName(QStringLiteral("actionsToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_receiveAction);
    toolBar->addAction(m_newOrderAction);
    toolBar->addAction(m_shipAction);
    toolBar->addAction(m_sendMailAction);
}

void MainWindow::createCentralWidget()
{
    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    m_errorBanner = new ErrorBanner(central);
    // A read of the shop that failed anywhere in the window is shown here.
    connect(&m_context, &AppContext::errorReported, this, &MainWindow::showError);

    m_pageList = new QListWidget(central);
    m_pageList->setObjectName(QStringLiteral("pageList"));
    m_pageList->setAccessibleName(tr("Pages"));
    m_pageList->setIconSize(QSize(22, 22));
    m_pageStack = new QStackedWidget(central);
    m_pageStack->setObjectName(QStringLiteral("pageStack"));
    int widest = 0;
    for (Page* page : std::as_const(m_pages)) {
        // One set of icons for every page and action (ui/common/Icons).
        QString name = page->objectName();
        name.chop(int(sizeof("Page")) - 1);
        const QIcon icon = Icons::get(name, this);
        auto* entry = new QListWidgetItem(icon.isNull() ? page->icon() : icon, page->title(), m_pageList);
        entry->setSizeHint(QSize(0, m_pageList->fontMetrics().height() + 16));
        widest = std::max(widest, m_pageList->fontMetrics().horizontalAdvance(page->title()));
        m_pageStack->addWidget(page);
    }
    m_pageList->setFixedWidth(widest + 22 + 48);
    connect(m_pageList, &QListWidget::currentRowChanged, this, &MainWindow::showPage);

    auto* body = new QHBoxLayout;
    body->addWidget(m_pageList);
    body->addWidget(m_pageStack, 1);

    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_errorBanner);
    layout->addLayout(body, 1);
    setCentralWidget(central);
}

void MainWindow::createStatusBar()
{
    m_databasePathLabel = new QLabel(statusBar());
    m_databasePathLabel->setObjectName(QStringLiteral("databasePathLabel"));
    m_databasePathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_databasePathLabel, 1);

    m_taskLabel = new QLabel(statusBar());
    m_taskLabel->setObjectName(QStringLiteral("taskLabel"));
    m_taskProgressBar = new QProgressBar(statusBar());
    m_taskProgressBar->setObjectName(QStringLiteral("taskProgressBar"));
    m_taskProgressBar->setMaximumWidth(180);
    m_taskCancelButton = new QToolButton(statusBar());
    m_taskCancelButton->setObjectName(QStringLiteral("taskCancelButton"));
    m_taskCancelButton->setText(tr("Cancel"));
    m_taskCancelButton->setToolTip(tr("Stop the work running in the background; nothing of it is kept"));
    connect(m_taskCancelButton, &QToolButton::clicked, &m_context, &AppContext::cancelTasks);
    statusBar()->addPermanentWidget(m_taskLabel);
    statusBar()->addPermanentWidget(m_taskProgressBar);
    statusBar()->addPermanentWidget(m_taskCancelButton);
    updateTasks();

    m_itemCountLabel = new QLabel(statusBar());
    m_itemCountLabel->setObjectName(QStringLiteral("itemCountLabel"));
    statusBar()->addPermanentWidget(m_itemCountLabel);
}

bool MainWindow::openDatabase(const QString& requested, OpenMode mode)
{
    QString path = requested;
    const bool server = store::Database::isServerLocation(path);
    const ShopCheck check = ShopCheck::run(this, &path);
    if (check.cancelled)
        return false;
    store::OpenOptions options;
    options.mustExist = mode == OpenMode::ExistingOnly;
    options.verifyPages = !check.checked;
    const core::Status opened = check.status.ok() ? m_context.openDatabase(path, options) : check.status;
    if (!opened.ok()) {
        QString message = opened.errorText();
        if (!m_context.hasDatabase())
            message += QLatin1Char('\n') + tr("Open a shop database (File › Open…) or start a new one (File › New…).");
        m_errorBanner->showError(message);
        if (!server && !QFileInfo::exists(path))
            m_recentFilesMenu->removeFile(path);
        return false;
    }
    m_errorBanner->hide();
    m_recentFilesMenu->addFile(path);
    if (const QString backup = check.upgradeBackup.isEmpty() ? m_context.database()->backupPath() : check.upgradeBackup;
        !backup.isEmpty())
        statusBar()->showMessage(tr("The database was upgraded; the previous version was kept as %1")
                                     .arg(QDir::toNativeSeparators(backup)),
                                 15000);
    return true;
}

bool MainWindow::connectToServer(const QString& location)
{
    ConnectServerDialog dialog(location, this);
    return dialog.exec() == QDialog::Accepted && openDatabase(dialog.location());
}

bool MainWindow::createDatabase(const QString& path)
{
    if (QFileInfo(path).exists()) {
        m_errorBanner->showError(tr("%1 exists already. Choose another name for the new database, or open "
                                    "this one with File › Open.")
                                     .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return openDatabase(path, OpenMode::CreateIfMissing);
}

void MainWindow::navigate(const QString& route)
{
    const qsizetype mark = route.indexOf(QLatin1Char('?'));
    const QString name = mark < 0 ? route : route.left(mark);
    const QUrlQuery query(mark < 0 ? QString() : route.mid(mark + 1));
    static const QStringList names = { QStringLiteral("dashboard"), QStringLiteral("items"),
                                       QStringLiteral("orders"),    QStringLiteral("customers"),
                                       QStringLiteral("purchasing"), QStringLiteral("outbox"),
                                       QStringLiteral("settings") };
    if (name == QLatin1String("import")) { // the dashboard's way to start an empty shop
        if (m_importAction->isEnabled())
            m_importAction->trigger();
        return;
    }
    const int index = int(names.indexOf(name));
    if (index < 0 || index >= m_pages.size())
        return;
    showPage(index);
    m_pages[index]->applyRoute(query);
}

ItemsModel* MainWindow::itemsModel() const
{
    return m_itemsPage->model();
}

Page* MainWindow::currentPage() const
{
    return qobject_cast<Page*>(m_pageStack->currentWidget());
}

QString MainWindow::errorText() const
{
    return m_errorBanner->text();
}

void MainWindow::showError(const QString& text)
{
    m_errorBanner->showError(text);
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= m_pages.size())
        return;
    if (m_pageList->currentRow() != index) {
        m_pageList->setCurrentRow(index); // comes back here through currentRowChanged
        return;
    }
    m_pageStack->setCurrentIndex(index);
    // The count is of the Items list as it stands; elsewhere it would be a stale figure.
    m_itemCountLabel->setVisible(m_pages[index] == m_itemsPage);
    if (m_stale[index]) {
        m_stale[index] = false;
        m_pages[index]->reload();
    }
}

void MainWindow::chooseDatabaseToCreate()
{
    QFileDialog dialog(this, tr("New Shop Database"), dialogDirectory(), databaseFileFilter());
    fileDialogs::prepare(dialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("sqlite"));
    // createDatabase() refuses existing files; offering to replace one would mislead.
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    dialog.selectFile(tr("shop.sqlite"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    createDatabase(dialog.selectedFiles().constFirst());
}

void MainWindow::chooseDatabaseToOpen()
{
    const QString path
        = m_context.prompter().openFileName(this, tr("Open Shop Database"), dialogDirectory(), databaseFileFilter());
    if (!path.isEmpty())
        openDatabase(path);
}

QString MainWindow::dialogDirectory() const
{
    if (const QString folder = m_context.hasDatabase() ? m_context.database()->folder() : QString(); !folder.isEmpty())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Backorder Desk"),
                       tr("<h3>Backorder Desk %1</h3>"
                          "<p>Keep selling out-of-stock items on backorder without losing customers.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::onDatabaseChanged()
{
    store::Database* db = m_context.database();
    const bool open = db != nullptr;
    for (QAction* action : std::as_const(m_shopActions))
        action->setEnabled(open);

    updateWindowTitle();
    m_databasePathLabel->setText(open ? db->dialect().statusText(db->path()) : tr("No database open"));
    // Every page reads the new shop; the items count needs the items page at once.
    m_stale.fill(true);
    m_itemsPage->reload();
    m_stale[m_pages.indexOf(m_itemsPage)] = false;
    showPage(std::max(0, m_pageStack->currentIndex()));
    updateItemCount();
}

void MainWindow::updateWindowTitle()
{
    store::Database* db = m_context.database();
    if (!db) {
        setWindowTitle(QString());
        setWindowFilePath(QString());
        return;
    }
    // The shop and its file; Qt appends the application's display name:
    // "My Shop — shop.sqlite — Backorder Desk".
    const QString shopName = m_context.shop()->config().text(store::settings::ShopName).trimmed();
    const QString file = db->shortName();
    setWindowTitle(shopName.isEmpty() ? file : tr("%1 — %2", "shop name — database file").arg(shopName, file));
    setWindowFilePath(db->path());
}

void MainWindow::onShopChanged()
{
    updateWindowTitle();
    m_stale.fill(true);
    showPage(m_pageStack->currentIndex());
    if (currentPage() != m_itemsPage) {
        m_itemsPage->reload(); // the status bar counts its items
        m_stale[m_pages.indexOf(m_itemsPage)] = false;
    }
}

void MainWindow::updateItemCount()
{
    if (!m_context.hasDatabase()) {
        m_itemCountLabel->clear();
        return;
    }
    const int count = itemsModel()->totalCount();
    // Spelled out for one so the English text reads right without a translation file;
    // other languages get their plural forms through %Ln.
    m_itemCountLabel->setText(count == 1 ? tr("1 item") : tr("%Ln items", nullptr, count));
}

void MainWindow::updateTasks()
{
    const QList<TaskRunner*>& tasks = m_context.runningTasks();
    const bool busy = !tasks.isEmpty();
    m_taskLabel->setVisible(busy);
    m_taskProgressBar->setVisible(busy);
    m_taskCancelButton->setVisible(busy);
    if (!busy)
        return;
    TaskRunner* task = tasks.constLast();
    m_taskLabel->setText(task->title());
    if (m_watchedTask == task)
        return;
    m_watchedTask = task;
    m_taskProgressBar->setRange(0, 0); // busy until the task says how far it is
    m_taskProgressBar->setToolTip(QString());
    connect(task, &TaskRunner::progress, m_taskProgressBar, [this](qint64 done, qint64 total, const QString& text) {
        if (total > 0) {
            m_taskProgressBar->setRange(0, 1000);
            m_taskProgressBar->setValue(int(done * 1000 / total));
        }
        if (!text.isEmpty())
            m_taskProgressBar->setToolTip(text);
    });
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(stateKey).toByteArray());
    m_itemsPage->restoreState(settings.value(itemsHeaderKey).toByteArray());
    const int page = settings.value(pageKey, 0).toInt();
    m_pageList->setCurrentRow(page >= 0 && page < m_pages.size() ? page : 0);
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(itemsHeaderKey, m_itemsPage->saveState());
    settings.setValue(pageKey, m_pageStack->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_context.runningTasks().isEmpty()
        && !m_context.prompter().confirm(this, tr("Work in progress"),
                                         tr("Work is still running in the background. Stop it and quit? "
                                            "Nothing of the unfinished work is kept."))) {
        event->ignore();
        return;
    }
    writeSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_context.hasDatabase() && !ImportFlow::droppedCsvFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList files = ImportFlow::droppedCsvFiles(event->mimeData());
    if (files.isEmpty() || !m_context.hasDatabase())
        return;
    event->acceptProposedAction();
    // One file at a time; a second drop waits for the user to finish the first.
    (new ImportFlow(m_context, this))->start(files.constFirst());
}

} // namespace bd::ui
