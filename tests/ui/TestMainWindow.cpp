#include "AppContext.h"
#include "TempShop.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/RecentFilesMenu.h"
#include "models/ItemsModel.h"
#include "purchasing/ReceiveDialog.h"
#include "store/Database.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

using bd::ui::AppContext;
using bd::ui::ItemsModel;
using bd::ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheItemsOfTheDatabase();
    void searchAndWaitingFilterNarrowTheTable();
    void aFailedReadShowsTheErrorBanner();
    void headerClickSortsInTheStore();
    void notADatabaseShowsErrorAndKeepsThePreviousOne();
    void failedOpenWithoutDatabaseLeavesWindowUsable();
    void newerDatabaseIsRefusedNamingTheVersions();
    void newDatabaseIsEmptyAndNeverOverwrites();
    void olderDatabaseIsUpgradedWhileTheWindowRuns();
    void damagedFileIsFoundWhileTheWindowRuns();
    void remembersRecentDatabases();
    void remembersGeometry();

private:
    // A shop named after a file in the test's folder: that file, or a database on the
    // server in the `pg` run.
    QString shopPath(const QString& name = QStringLiteral("shop.sqlite")) const
    {
        return bd::test::shopLocation(m_dir->filePath(name));
    }
    // A file that is no shop, or none at all.
    QString filePath(const QString& name) const { return m_dir->filePath(name); }
    // The shop's name in the window's title: its file's, or its database's on a server.
    static QString titleName(const QString& location)
    {
        return bd::test::onServer() ? QUrl(location).path().mid(1) : QFileInfo(location).fileName();
    }
    // The schema version of a shop, looked at from outside the window.
    static int versionIn(const QString& location)
    {
        if (!bd::test::onServer())
            return bd::store::Database::versionOf(location).value();
        return int(bd::test::ShopLook(location).number(QStringLiteral("SELECT MAX(version) FROM schema_migrations")));
    }
    // Where the status bar says the shop is.
    static QString shownLocation(const QString& location)
    {
        return bd::test::onServer() ? QStringLiteral("Shared shop on PostgreSQL: ") + location
                                    : QDir::toNativeSeparators(location);
    }
    std::unique_ptr<AppContext> newContext() const
    {
        return std::make_unique<AppContext>(std::make_unique<bd::core::FixedClock>(bd::test::fixedNow()));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

static constexpr int itemCount = 600;

void TestMainWindow::initTestCase()
{
    // QSettings and the default paths go to a test location, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BackorderDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("backorderdesk-test-main-window"));
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    bd::test::createShop(shopPath(), itemCount);
}

void TestMainWindow::cleanup()
{
    m_dir.reset();
    QSettings().clear();
}

void TestMainWindow::showsTheItemsOfTheDatabase()
{
    auto context = newContext();
    MainWindow window(*context);
    QVERIFY(window.openDatabase(shopPath()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto* table = window.findChild<QTableView*>(QStringLiteral("itemsTableView"));
    QVERIFY(table);
    QVERIFY(table->isEnabled());
    QTRY_VERIFY(table->model()->rowCount() > 0);
    QTRY_COMPARE(table->model()->index(0, ItemsModel::Sku).data().toString(), QStringLiteral("SKU-0001"));

    QCOMPARE(window.windowTitle(), QStringLiteral("My Shop — ") + titleName(shopPath()));
    auto* pathLabel = window.findChild<QLabel*>(QStringLiteral("databasePathLabel"));
    QVERIFY(pathLabel);
    QVERIFY(pathLabel->isVisible());
    QCOMPARE(pathLabel->text(), shownLocation(shopPath()));
    auto* countLabel = window.findChild<QLabel*>(QStringLiteral("itemCountLabel"));
    QVERIFY(countLabel);
    QCOMPARE(countLabel->text(), QStringLiteral("600 items"));
    QVERIFY(window.errorText().isEmpty());
    // The count is the Items list's: not shown, stale, on the other pages.
    context->navigate(QStringLiteral("items"));
    QVERIFY(countLabel->isVisible());
    context->navigate(QStringLiteral("orders"));
    QVERIFY(!countLabel->isVisible());
    context->navigate(QStringLiteral("items"));
    QVERIFY(countLabel->isVisible());

    // Receive… from the Items page starts with the item selected there.
    table->setCurrentIndex(table->model()->index(2, ItemsModel::Sku));
    const QString selected = table->model()->index(2, ItemsModel::Sku).data().toString();
    window.findChild<QAction*>(QStringLiteral("receiveAction"))->trigger();
    auto* receive = window.findChild<bd::ui::ReceiveDialog*>();
    QVERIFY(receive);
    auto* receiveLines = receive->findChild<QTableWidget*>(QStringLiteral("linesTableWidget"));
    QCOMPARE(receiveLines->item(0, 0)->text(), selected);
    receive->reject();

    // Every row is there to scroll to; scrolling to the end reads the last page only.
    QTRY_COMPARE(table->model()->rowCount(), itemCount);
    QCOMPARE(window.itemsModel()->residentRows(), ItemsModel::PageSize);
    table->scrollToBottom();
    QTRY_COMPARE(table->model()->index(itemCount - 1, ItemsModel::Sku).data().toString(), QStringLiteral("SKU-0600"));
    QVERIFY(!window.itemsModel()->isRowLoaded(itemCount / 2));
    QCOMPARE(window.itemsModel()->residentRows(), 2 * ItemsModel::PageSize);
}

// A list whose read fails says so in the banner with the database's reason; it is
// never shown as an empty shop.
void TestMainWindow::aFailedReadShowsTheErrorBanner()
{
    auto context = newContext();
    MainWindow window(*context);
    QVERIFY(window.openDatabase(shopPath()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* table = window.findChild<QTableView*>(QStringLiteral("itemsTableView"));
    QVERIFY(table);
    QTRY_VERIFY(table->model()->rowCount() > 0);
    QVERIFY(window.errorText().isEmpty());

    QSqlQuery q(context->database()->connection());
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE items RENAME TO items_gone")));
    q.finish();
    context->notifyShopChanged();
    const QString reason = bd::test::onServer() ? QStringLiteral("relation \"items\" does not exist")
                                                : QStringLiteral("no such table: items");
    QTRY_VERIFY2(window.errorText().contains(reason), qPrintable(window.errorText()));
    QTRY_COMPARE(table->model()->rowCount(), 0);

    QVERIFY(q.exec(QStringLiteral("ALTER TABLE items_gone RENAME TO items")));
    q.finish();
}

void TestMainWindow::searchAndWaitingFilterNarrowTheTable()
{
    auto context = newContext();
    MainWindow window(*context);
    QVERIFY(window.openDatabase(shopPath()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* table = window.findChild<QTableView*>(QStringLiteral("itemsTableView"));
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    auto* onlyWaiting = window.findChild<QCheckBox*>(QStringLiteral("onlyWaitingCheckBox"));
    QVERIFY(table && search && onlyWaiting);

    QTest::keyClicks(search, QStringLiteral("SKU-01"));
    QTRY_COMPARE(window.itemsModel()->totalCount(), 100);
    QTRY_COMPARE(table->model()->index(0, ItemsModel::Sku).data().toString(), QStringLiteral("SKU-0100"));

    onlyWaiting->click();
    QTRY_COMPARE(window.itemsModel()->totalCount(), 10); // SKU-0100, 0110 … 0190
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("itemCountLabel"))->text(), QStringLiteral("10 items"));

    search->clear();
    QTRY_COMPARE(window.itemsModel()->totalCount(), itemCount / 10);
    onlyWaiting->click();
    QTRY_COMPARE(window.itemsModel()->totalCount(), itemCount);
}

void TestMainWindow::headerClickSortsInTheStore()
{
    auto context = newContext();
    MainWindow window(*context);
    QVERIFY(window.openDatabase(shopPath()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* table = window.findChild<QTableView*>(QStringLiteral("itemsTableView"));
    QHeaderView* header = table->horizontalHeader();
    auto clickHeader = [&](int section) {
        const QPoint at(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                        header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    };

    clickHeader(ItemsModel::Sku);
    QTRY_COMPARE(window.itemsModel()->sortOrder(), Qt::DescendingOrder);
    QTRY_COMPARE(table->model()->index(0, ItemsModel::Sku).data().toString(), QStringLiteral("SKU-0600"));

    // The status badge sorts too (judged against today by the store): the first row
    // shows the first status in the direction chosen. This shop's items are in stock,
    // on backorder or sold out.
    clickHeader(ItemsModel::Status);
    QTRY_COMPARE(window.itemsModel()->sortColumn(), int(ItemsModel::Status));
    QCOMPARE(header->sortIndicatorSection(), int(ItemsModel::Status));
    const bool up = window.itemsModel()->sortOrder() == Qt::AscendingOrder;
    QCOMPARE(header->sortIndicatorOrder(), window.itemsModel()->sortOrder());
    const int first = int(up ? bd::domain::ItemStatus::InStock : bd::domain::ItemStatus::SoldOut);
    QTRY_COMPARE(window.itemsModel()->index(0, ItemsModel::Status).data(ItemsModel::StockStatusRole).toInt(), first);
}

void TestMainWindow::notADatabaseShowsErrorAndKeepsThePreviousOne()
{
    auto context = newContext();
    MainWindow window(*context);
    QVERIFY(window.openDatabase(shopPath()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QString notes = filePath(QStringLiteral("notes.sqlite"));
    {
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("These are my notes, not a database.\n");
    }
    QVERIFY(!window.openDatabase(notes));

    auto* errorLabel = window.findChild<QLabel*>(QStringLiteral("errorLabel"));
    QVERIFY(errorLabel);
    QVERIFY(errorLabel->isVisible());
    QVERIFY2(errorLabel->text().contains(QStringLiteral("not a Backorder Desk database")),
             qPrintable(errorLabel->text()));
    QVERIFY(errorLabel->text().contains(QDir::toNativeSeparators(notes)));
    QCOMPARE(window.errorText(), errorLabel->text());

    // Still the shop opened before, fully usable.
    QCOMPARE(window.windowTitle(), QStringLiteral("My Shop — ") + titleName(shopPath()));
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("databasePathLabel"))->text(), shownLocation(shopPath()));
    auto* table = window.findChild<QTableView*>(QStringLiteral("itemsTableView"));
    QTRY_COMPARE(table->model()->rowCount(), itemCount);
    QVERIFY(table->isEnabled());

    // The file is left as it was.
    QFile file(notes);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("These are my notes, not a database.\n"));

    // The banner can be dismissed, and goes away when the next open works.
    auto* dismiss = window.findChild<QWidget*>(QStringLiteral("dismissErrorToolButton"));
    QVERIFY(dismiss);
    QTest::mouseClick(dismiss, Qt::LeftButton);
    QVERIFY(!errorLabel->isVisible());
    QVERIFY(window.errorText().isEmpty());

    QVERIFY(!window.openDatabase(notes));
    QVERIFY(errorLabel->isVisible());
    bd::test::createShop(shopPath(QStringLiteral("other.sqlite")), 3);
    QVERIFY(window.openDatabase(shopPath(QStringLiteral("other.sqlite"))));
    QVERIFY(!errorLabel->isVisible());
    QTRY_COMPARE(table->model()->rowCount(), 3);
}

void TestMainWindow::failedOpenWithoutDatabaseLeavesWindowUsable()
{
    auto context = newContext();
    MainWindow window(*context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QString missing = filePath(QStringLiteral("missing.sqlite"));
    QVERIFY(!window.openDatabase(missing));
    QVERIFY(!QFile::exists(missing)); // not created by accident
    QVERIFY(window.errorText().contains(QDir::toNativeSeparators(missing)));
    QCOMPARE(window.windowTitle(), QString());
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("databasePathLabel"))->text(),
             QStringLiteral("No database open"));
    QVERIFY(!window.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"))->isEnabled());
    QVERIFY(!context->hasDatabase());

    QVERIFY(window.openDatabase(shopPath()));
    QVERIFY(window.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"))->isEnabled());
    QTRY_COMPARE(window.itemsModel()->totalCount(), itemCount);
}

void TestMainWindow::newerDatabaseIsRefusedNamingTheVersions()
{
    const QString newer = shopPath(QStringLiteral("newer.sqlite"));
    bd::test::createShop(newer, 1);
    if (QTest::currentTestFailed())
        return;
    {
        bd::test::ShopLook look(newer, bd::store::test::RawDb::Mode::ReadWrite);
        QVERIFY(look.isOpen());
        QSqlQuery q(look.db());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (999, '2030-01-01')")),
                 qPrintable(q.lastError().text()));
    }

    auto context = newContext();
    MainWindow window(*context);
    QVERIFY(window.openDatabase(shopPath()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.openDatabase(newer));

    const QString message = window.findChild<QLabel*>(QStringLiteral("errorLabel"))->text();
    QVERIFY2(message.contains(QStringLiteral("newer")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("999")), qPrintable(message));
    const QString latest = QString::number(bd::store::Database::latestVersion());
    QVERIFY2(message.contains(QStringLiteral("up to ") + latest), qPrintable(message));
    QCOMPARE(window.windowTitle(), QStringLiteral("My Shop — ") + titleName(shopPath()));
    QCOMPARE(context->database()->path(), shopPath());
}

// A shop of an older version is upgraded on a thread of its own while the window's
// event loop runs (a timer queued before fires during the upgrade), then opened; the
// status bar names the copy kept of a file as it was.
void TestMainWindow::olderDatabaseIsUpgradedWhileTheWindowRuns()
{
    const QString old = shopPath(QStringLiteral("old.sqlite"));
    if (bd::test::onServer()) {
        // The version-1 fixture is a file: on the server, a shop of the first migration
        // with two items.
        const QString firstOnly = filePath(QStringLiteral("migrations-1"));
        QVERIFY(QDir().mkpath(firstOnly));
        QVERIFY(QFile::copy(QStringLiteral(":/migrations/0001_initial.sql"), firstOnly + QStringLiteral("/0001_initial.sql")));
        bd::store::OpenOptions options;
        options.migrationsDir = firstOnly;
        auto made = bd::store::Database::open(old, options);
        QVERIFY2(made.ok(), qPrintable(made.errorText()));
        QSqlQuery q(made.value()->connection());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO items (sku, name, created_at) VALUES "
                                       "('MUG-BLUE', 'Mug blue', '2024-11-01T09:00:00Z'), "
                                       "('TEE-RED-M', 'T-shirt red M', '2024-11-01T09:00:00Z')")),
                 qPrintable(q.lastError().text()));
    } else {
        QVERIFY(QFile::copy(QStringLiteral(BD_SOURCE_DIR "/tests/fixtures/store/v1.sqlite"), old));
        QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner);
    }
    QCOMPARE(versionIn(old), 1);

    auto context = newContext();
    MainWindow window(*context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    bool ticked = false;
    QTimer::singleShot(0, &window, [&ticked] { ticked = true; });
    QVERIFY2(window.openDatabase(old), qPrintable(window.errorText()));
    QVERIFY(ticked);
    QCOMPARE(context->database()->version(), bd::store::Database::latestVersion());
    QCOMPARE(versionIn(old), bd::store::Database::latestVersion());
    const QString message = window.statusBar()->currentMessage();
    // A file is copied first and the copy named; a server's upgrade is one transaction per
    // migration, and there is no copy to name.
    if (!bd::test::onServer())
        QVERIFY2(message.contains(QStringLiteral("upgraded")) && message.contains(QStringLiteral("old.sqlite.v1-")),
                 qPrintable(message));
    QTRY_COMPARE(window.itemsModel()->totalCount(), 2);
}

// A shop of this version whose pages are damaged: the check that finds it runs while the
// window keeps painting, and the window says so and keeps the shop it had open.
void TestMainWindow::damagedFileIsFoundWhileTheWindowRuns()
{
    if (bd::test::onServer())
        QSKIP("a file's pages: a server keeps its own");
    const QString damaged = shopPath(QStringLiteral("damaged.sqlite"));
    bd::test::createShop(damaged, itemCount);
    {
        // Items' rows are on the pages after the schema: overwrite one in the middle.
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 16 * 4096);
        QVERIFY(file.seek(file.size() / 2));
        QVERIFY(file.write(QByteArray(4096, '\x5a')) == 4096);
    }
    auto context = newContext();
    MainWindow window(*context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(shopPath()));
    bool ticked = false;
    QTimer::singleShot(0, &window, [&ticked] { ticked = true; });
    QVERIFY(!window.openDatabase(damaged));
    QVERIFY(ticked);
    QVERIFY2(window.errorText().contains(QStringLiteral("is damaged and was not opened")), qPrintable(window.errorText()));
    QCOMPARE(context->database()->path(), shopPath());
}

void TestMainWindow::newDatabaseIsEmptyAndNeverOverwrites()
{
    auto context = newContext();
    MainWindow window(*context);
    QVERIFY(window.openDatabase(shopPath()));

    const QString fresh = shopPath(QStringLiteral("fresh.sqlite"));
    QVERIFY(window.createDatabase(fresh));
    QVERIFY(bd::test::onServer() || QFile::exists(fresh));
    QCOMPARE(window.windowTitle(), QStringLiteral("My Shop — ") + titleName(fresh));
    QTRY_COMPARE(window.itemsModel()->rowCount(), 0);
    QTRY_COMPARE(window.itemsModel()->totalCount(), 0);
    QCOMPARE(context->database()->version(), bd::store::Database::latestVersion());

    // An existing shop is never replaced by an empty one: a file is refused; a server's
    // database that holds a shop already is opened as it is.
    if (bd::test::onServer()) {
        QVERIFY(window.createDatabase(shopPath()));
        QTRY_COMPARE(window.itemsModel()->totalCount(), itemCount);
        return;
    }
    QVERIFY(!window.createDatabase(shopPath()));
    QVERIFY2(window.errorText().contains(QStringLiteral("exists already")), qPrintable(window.errorText()));
    QCOMPARE(window.windowTitle(), QStringLiteral("My Shop — ") + titleName(fresh));
    QVERIFY(window.openDatabase(shopPath()));
    QTRY_COMPARE(window.itemsModel()->totalCount(), itemCount);
}

void TestMainWindow::remembersRecentDatabases()
{
    QStringList paths;
    for (int n = 1; n <= 6; ++n) {
        paths << shopPath(QStringLiteral("shop%1.sqlite").arg(n));
        bd::test::createShop(paths.last(), n);
    }
    if (QTest::currentTestFailed())
        return;

    {
        auto context = newContext();
        MainWindow window(*context);
        for (const QString& path : std::as_const(paths))
            QVERIFY(window.openDatabase(path));
        QVERIFY(window.openDatabase(paths.at(2))); // moves to the top, no duplicate
    }

    const QStringList recent = bd::ui::RecentFilesMenu::files();
    QCOMPARE(recent.size(), bd::ui::RecentFilesMenu::MaxFiles);
    QCOMPARE(recent.at(0), paths.at(2));
    QCOMPARE(recent.at(1), paths.at(5));
    QCOMPARE(recent.at(4), paths.at(1));
    QVERIFY(!recent.contains(paths.at(0)));

    // A new window offers them; choosing one opens it.
    auto context = newContext();
    MainWindow window(*context);
    auto* menu = window.findChild<bd::ui::RecentFilesMenu*>(QStringLiteral("openRecentMenu"));
    QVERIFY(menu);
    QVERIFY(menu->menuAction()->isEnabled());
    const QList<QAction*> actions = menu->actions();
    QVERIFY(actions.size() >= 5);
    QCOMPARE(actions.at(1)->data().toString(), paths.at(5));
    actions.at(1)->trigger();
    QCOMPARE(context->database()->path(), paths.at(5));
    QTRY_COMPARE(window.itemsModel()->totalCount(), 6);
    QCOMPARE(bd::ui::RecentFilesMenu::files().constFirst(), paths.at(5));

    // A shop that has gone is dropped from the list when it fails to open.
    if (bd::test::onServer()) {
        QString error;
        QVERIFY2(bd::test::TestServer::admin(QStringLiteral("DROP DATABASE ") + QUrl(paths.at(3)).path().mid(1), &error),
                 qPrintable(error));
    } else {
        QVERIFY(QFile::remove(paths.at(3)));
    }
    QVERIFY(!window.openDatabase(paths.at(3)));
    // A server that does not open the shop may be down for a while: it stays in the list.
    QCOMPARE(bd::ui::RecentFilesMenu::files().contains(paths.at(3)), bd::test::onServer());
}

void TestMainWindow::remembersGeometry()
{
    {
        auto context = newContext();
        MainWindow window(*context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(777, 555);
        QTRY_COMPARE(window.size(), QSize(777, 555));
        window.close();
    }
    QVERIFY(QSettings().contains(QStringLiteral("MainWindow/geometry")));
    auto context = newContext();
    MainWindow window(*context);
    QCOMPARE(window.size(), QSize(777, 555));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
