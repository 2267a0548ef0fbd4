#include "MainWindow.h"

#include "AppContext.h"
#include "mainwindow/ErrorBanner.h"
#include "mainwindow/RecentFilesMenu.h"
#include "models/ItemsModel.h"
#include "store/Database.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace bd::ui {

namespace {

const QString geometryKey = QStringLiteral("MainWindow/geometry");
const QString stateKey = QStringLiteral("MainWindow/state");
const QString itemsHeaderKey = QStringLiteral("MainWindow/itemsHeader");

// Typing pauses this long before the search runs, so a fast typist causes one query.
constexpr int searchDelayMs = 250;

QString databaseFileFilter()
{
    return MainWindow::tr("Backorder Desk databases (*.sqlite *.db)") + QStringLiteral(";;")
        + MainWindow::tr("All files (*)");
}

} // namespace

MainWindow::MainWindow(AppContext& context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_itemsModel(new ItemsModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    createActions();
    createMenus();
    createCentralWidget();
    createStatusBar();

    connect(&m_context, &AppContext::databaseAboutToClose, this, [this] { m_itemsModel->setStore(nullptr); });
    connect(&m_context, &AppContext::databaseChanged, this, &MainWindow::onDatabaseChanged);
    connect(m_itemsModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateItemCount);
    connect(m_itemsModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateItemCount);

    readSettings();
    onDatabaseChanged();
}

MainWindow::~MainWindow()
{
    // The model points into the context's store, which may outlive this window.
    m_itemsModel->setStore(nullptr);
}

void MainWindow::createActions()
{
    m_newDatabaseAction = new QAction(tr("&New…"), this);
    m_newDatabaseAction->setObjectName(QStringLiteral("newDatabaseAction"));
    m_newDatabaseAction->setShortcut(QKeySequence::New);
    m_newDatabaseAction->setStatusTip(tr("Create a new, empty shop database"));
    connect(m_newDatabaseAction, &QAction::triggered, this, &MainWindow::chooseDatabaseToCreate);

    m_openDatabaseAction = new QAction(tr("&Open…"), this);
    m_openDatabaseAction->setObjectName(QStringLiteral("openDatabaseAction"));
    m_openDatabaseAction->setShortcut(QKeySequence::Open);
    m_openDatabaseAction->setStatusTip(tr("Open another shop database"));
    connect(m_openDatabaseAction, &QAction::triggered, this, &MainWindow::chooseDatabaseToOpen);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_quitAction->setStatusTip(tr("Quit Backorder Desk"));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_findAction = new QAction(tr("&Find Items"), this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setStatusTip(tr("Search items by SKU, name or attributes"));

    m_reloadAction = new QAction(tr("&Reload"), this);
    m_reloadAction->setObjectName(QStringLiteral("reloadAction"));
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setStatusTip(tr("Read the items again, with changes made elsewhere"));
    connect(m_reloadAction, &QAction::triggered, m_itemsModel, &ItemsModel::reload);

    m_aboutAction = new QAction(tr("&About Backorder Desk"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->addAction(m_newDatabaseAction);
    fileMenu->addAction(m_openDatabaseAction);
    m_recentFilesMenu = new RecentFilesMenu(tr("Open &Recent"), fileMenu);
    connect(m_recentFilesMenu, &RecentFilesMenu::fileTriggered, this,
            [this](const QString& path) { openDatabase(path); });
    fileMenu->addMenu(m_recentFilesMenu);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    viewMenu->addAction(m_findAction);
    viewMenu->addAction(m_reloadAction);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    helpMenu->addAction(m_aboutAction);
}

void MainWindow::createCentralWidget()
{
    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));

    m_errorBanner = new ErrorBanner(central);

    m_searchLineEdit = new QLineEdit(central);
    m_searchLineEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchLineEdit->setPlaceholderText(tr("Search SKU, name or attributes"));
    m_searchLineEdit->setClearButtonEnabled(true);
    m_searchLineEdit->setAccessibleName(tr("Search items"));
    connect(m_findAction, &QAction::triggered, m_searchLineEdit, [this] {
        m_searchLineEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchLineEdit->selectAll();
    });

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::applyFilter);
    connect(m_searchLineEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchLineEdit, &QLineEdit::returnPressed, this, &MainWindow::applyFilter);

    m_onlyWaitingCheckBox = new QCheckBox(tr("Only items with waiting customers"), central);
    m_onlyWaitingCheckBox->setObjectName(QStringLiteral("onlyWaitingCheckBox"));
    connect(m_onlyWaitingCheckBox, &QCheckBox::toggled, this, &MainWindow::applyFilter);

    m_itemsTableView = new QTableView(central);
    m_itemsTableView->setObjectName(QStringLiteral("itemsTableView"));
    m_itemsTableView->setModel(m_itemsModel);
    m_itemsTableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_itemsTableView->setAlternatingRowColors(true);
    m_itemsTableView->setWordWrap(false);
    m_itemsTableView->verticalHeader()->hide();
    m_itemsTableView->verticalHeader()->setDefaultSectionSize(m_itemsTableView->fontMetrics().height() + 8);
    QHeaderView* header = m_itemsTableView->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ItemsModel::Name, QHeaderView::Stretch);
    // Wide enough for the header (and its sort arrow) and for typical contents in this
    // locale; the user's own widths come back from the settings.
    const QFontMetrics metrics = m_itemsTableView->fontMetrics();
    const int padding = metrics.averageCharWidth() * 2 + style()->pixelMetric(QStyle::PM_HeaderMarkSize);
    auto fit = [&](int column, const QStringList& samples) {
        int width = metrics.horizontalAdvance(m_itemsModel->headerData(column, Qt::Horizontal).toString());
        for (const QString& sample : samples)
            width = std::max(width, metrics.horizontalAdvance(sample));
        header->resizeSection(column, width + padding);
    };
    fit(ItemsModel::Sku, { QStringLiteral("MMMMMMMMMMMM") });
    fit(ItemsModel::Policy,
        { ItemsModel::policyName(domain::Policy::Stop), ItemsModel::policyName(domain::Policy::Backorder),
          ItemsModel::policyName(domain::Policy::Preorder) });
    for (int column : { ItemsModel::OnHand, ItemsModel::Waiting, ItemsModel::Available })
        fit(column, { QLocale().toString(88888) });
    fit(ItemsModel::ExpectedDate, { QLocale().toString(QDate(2000, 12, 28), QLocale::ShortFormat) });
    header->setSortIndicator(ItemsModel::Sku, Qt::AscendingOrder);

    auto* filterLayout = new QHBoxLayout;
    filterLayout->addWidget(m_searchLineEdit, 1);
    filterLayout->addSpacing(12);
    filterLayout->addWidget(m_onlyWaitingCheckBox);

    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_errorBanner);
    layout->addLayout(filterLayout);
    layout->addWidget(m_itemsTableView, 1);
    setCentralWidget(central);
    setTabOrder(m_searchLineEdit, m_onlyWaitingCheckBox);
    setTabOrder(m_onlyWaitingCheckBox, m_itemsTableView);
}

void MainWindow::createStatusBar()
{
    m_databasePathLabel = new QLabel(statusBar());
    m_databasePathLabel->setObjectName(QStringLiteral("databasePathLabel"));
    m_databasePathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_databasePathLabel, 1);

    m_itemCountLabel = new QLabel(statusBar());
    m_itemCountLabel->setObjectName(QStringLiteral("itemCountLabel"));
    statusBar()->addPermanentWidget(m_itemCountLabel);
}

bool MainWindow::openDatabase(const QString& path, OpenMode mode)
{
    store::OpenOptions options;
    options.mustExist = mode == OpenMode::ExistingOnly;
    const core::Status opened = m_context.openDatabase(path, options);
    if (!opened.ok()) {
        QString message = opened.errorText();
        if (!m_context.hasDatabase())
            message += QLatin1Char('\n')
                + tr("Open a shop database with File › Open…, or start one with File › New….");
        m_errorBanner->showError(message);
        if (!QFileInfo::exists(path))
            m_recentFilesMenu->removeFile(path);
        return false;
    }
    m_errorBanner->hide();
    m_recentFilesMenu->addFile(path);
    if (const QString& backup = m_context.database()->backupPath(); !backup.isEmpty())
        statusBar()->showMessage(tr("The database was upgraded; the previous version was kept as %1")
                                     .arg(QDir::toNativeSeparators(backup)),
                                 15000);
    return true;
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

QString MainWindow::errorText() const
{
    return m_errorBanner->text();
}

void MainWindow::chooseDatabaseToCreate()
{
    QFileDialog dialog(this, tr("New Shop Database"), dialogDirectory(), databaseFileFilter());
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
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Shop Database"), dialogDirectory(),
                                                      databaseFileFilter());
    if (!path.isEmpty())
        openDatabase(path);
}

QString MainWindow::dialogDirectory() const
{
    if (m_context.hasDatabase())
        return QFileInfo(m_context.database()->path()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Backorder Desk"),
                       tr("<h3>Backorder Desk %1</h3>"
                          "<p>Keep selling out-of-stock items on backorder without losing customers.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::applyFilter()
{
    m_searchTimer->stop();
    store::ItemFilter filter = m_itemsModel->filter();
    const QString search = m_searchLineEdit->text().trimmed();
    const bool onlyWaiting = m_onlyWaitingCheckBox->isChecked();
    if (filter.search == search && filter.onlyWaiting == onlyWaiting)
        return;
    filter.search = search;
    filter.onlyWaiting = onlyWaiting;
    m_itemsModel->setFilter(filter);
}

void MainWindow::onDatabaseChanged()
{
    store::Database* db = m_context.database();
    m_itemsModel->setStore(m_context.store());
    const bool open = db != nullptr;
    for (QWidget* widget :
         { static_cast<QWidget*>(m_searchLineEdit), static_cast<QWidget*>(m_onlyWaitingCheckBox),
           static_cast<QWidget*>(m_itemsTableView) })
        widget->setEnabled(open);
    m_findAction->setEnabled(open);
    m_reloadAction->setEnabled(open);

    if (open) {
        // Qt appends the application's display name: "shop.sqlite — Backorder Desk".
        setWindowTitle(QFileInfo(db->path()).fileName());
        setWindowFilePath(db->path());
        m_databasePathLabel->setText(QDir::toNativeSeparators(QFileInfo(db->path()).absoluteFilePath()));
    } else {
        setWindowTitle(QString());
        setWindowFilePath(QString());
        m_databasePathLabel->setText(tr("No database open"));
    }
}

void MainWindow::updateItemCount()
{
    if (!m_context.hasDatabase()) {
        m_itemCountLabel->clear();
        return;
    }
    const int count = m_itemsModel->totalCount();
    // Spelled out for one so the English text reads right without a translation file;
    // other languages get their plural forms through %Ln.
    m_itemCountLabel->setText(count == 1 ? tr("1 item") : tr("%Ln items", nullptr, count));
}

void MainWindow::keepSortIndicatorSortable(int column, Qt::SortOrder order)
{
    Q_UNUSED(order)
    // The store sorts by some columns only; do not show an order the rows are not in.
    if (!ItemsModel::isSortable(column))
        m_itemsTableView->horizontalHeader()->setSortIndicator(m_itemsModel->sortColumn(),
                                                               m_itemsModel->sortOrder());
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1100, 700);
    restoreState(settings.value(stateKey).toByteArray());

    QHeaderView* header = m_itemsTableView->horizontalHeader();
    header->restoreState(settings.value(itemsHeaderKey).toByteArray());
    if (!ItemsModel::isSortable(header->sortIndicatorSection()))
        header->setSortIndicator(ItemsModel::Sku, Qt::AscendingOrder);
    // Sorts the model by the restored indicator; from here on a click on a header sorts.
    m_itemsTableView->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &MainWindow::keepSortIndicatorSortable);
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(itemsHeaderKey, m_itemsTableView->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    writeSettings();
    QMainWindow::closeEvent(event);
}

} // namespace bd::ui
