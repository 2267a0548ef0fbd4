// The main window's shell: pages and routes, the undo stack, background tasks with
// progress and cancel, and importing a CSV file dropped on the window.

#include "AppContext.h"
#include "DropTestUtil.h"
#include "ScriptedPrompter.h"
#include "TempShop.h"
#include "common/Page.h"
#include "common/TaskRunner.h"
#include "items/ItemsPage.h"
#include "importing/ColumnMappingDialog.h"
#include "importing/ImportPreviewDialog.h"
#include "mainwindow/ImportFlow.h"
#include "mainwindow/MainWindow.h"
#include "models/ItemsModel.h"
#include "services/Shop.h"
#include "store/ItemStore.h"
#include "store/LedgerStore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

using bd::test::ScriptedPrompter;
using bd::ui::AppContext;
using bd::ui::MainWindow;

class TestShell : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void idleCheckIsOnAndCatchesAStatementLeftOpen();
    void everyPageIsListedAndReachable();
    void routesShowThePageAndWhatTheyAsk();
    void undoActionsFollowTheStackAndANewDatabaseClearsIt();
    void backgroundTaskReportsProgressAndCommits();
    void cancelledTaskKeepsNothing();
    void droppedCsvWithABadRowIsRefusedNamingTheLineAndChangesNothing();
    void droppedValidCsvIsImportedAfterConfirmation();
    void declinedImportChangesNothing();
    void shopExportPreviewShowsShapeAndUntracked();
    void listOfAnotherProgramIsMapped();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    void write(const QString& name, const QByteArray& bytes) const { bd::test::writeFile(path(name), bytes); }
    // A window over a fresh shop of 30 items with a scripted prompter.
    void open(std::unique_ptr<AppContext>& context, std::unique_ptr<MainWindow>& window, ScriptedPrompter*& prompter)
    {
        bd::test::openWindow(path(QStringLiteral("shop.sqlite")), context, window, prompter);
    }
    static void drop(MainWindow& window, const QString& file) { bd::test::dropFile(window, file); }
    static int itemCount(AppContext& context)
    {
        bd::store::ItemFilter all;
        return bd::test::must(bd::store::ItemStore(*context.database()).countItems(all));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestShell::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BackorderDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("backorderdesk-test-shell"));
}

void TestShell::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    bd::test::createShop(path(QStringLiteral("shop.sqlite")), 30);
}

void TestShell::cleanup()
{
    m_dir.reset();
    QSettings().clear();
}

// Every window test runs with the connection check on (BACKORDERDESK_CHECK_IDLE=1 in
// CTest); here it is shown to catch a statement left on its first row.
void TestShell::idleCheckIsOnAndCatchesAStatementLeftOpen()
{
    std::unique_ptr<AppContext> context;
    std::unique_ptr<MainWindow> window;
    ScriptedPrompter* prompter = nullptr;
    open(context, window, prompter);
    QVERIFY(context->idleCheck());

    QStringList found;
    context->setIdleCheck(true, [&found](const QStringList& work) { found = work; });
    QTest::qWait(50);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("; "))));
    {
        QSqlQuery left(context->database()->connection());
        QVERIFY(left.exec(QStringLiteral("SELECT sku FROM items ORDER BY sku")));
        QVERIFY(left.next());
        QTRY_VERIFY(!found.isEmpty());
        QVERIFY2(found.first().contains(QStringLiteral("SELECT sku FROM items")), qPrintable(found.first()));
    }
    found.clear();
    QTest::qWait(50);
    QVERIFY(found.isEmpty());
    context->setIdleCheck(true);
}

void TestShell::everyPageIsListedAndReachable()
{
    std::unique_ptr<AppContext> context;
    std::unique_ptr<MainWindow> window;
    ScriptedPrompter* prompter = nullptr;
    open(context, window, prompter);

    auto* list = window->findChild<QListWidget*>(QStringLiteral("pageList"));
    QVERIFY(list);
    QCOMPARE(list->count(), window->pages().size());
    QCOMPARE(window->pages().size(), 7);
    for (int i = 0; i < list->count(); ++i) {
        QCOMPARE(list->item(i)->text(), window->pages()[i]->title());
        QVERIFY(!list->item(i)->text().isEmpty());
        list->setCurrentRow(i);
        QCOMPARE(window->currentPage(), window->pages()[i]);
        QVERIFY(window->currentPage()->isVisible());
    }
    // Alt+2 is the second page, Items.
    QTest::keyClick(window.get(), Qt::Key_2, Qt::AltModifier);
    QCOMPARE(window->currentPage(), static_cast<bd::ui::Page*>(window->itemsPage()));
    QVERIFY(prompter->unexpected.isEmpty());
}

void TestShell::routesShowThePageAndWhatTheyAsk()
{
    std::unique_ptr<AppContext> context;
    std::unique_ptr<MainWindow> window;
    ScriptedPrompter* prompter = nullptr;
    open(context, window, prompter);

    window->navigate(QStringLiteral("dashboard"));
    QCOMPARE(window->currentPage(), window->pages().at(0));
    context->navigate(QStringLiteral("items?waiting=1"));
    QCOMPARE(window->currentPage(), static_cast<bd::ui::Page*>(window->itemsPage()));
    QVERIFY(window->findChild<QCheckBox*>(QStringLiteral("onlyWaitingCheckBox"))->isChecked());
    QTRY_COMPARE(window->itemsModel()->totalCount(), 3); // every 10th of 30 has units waiting
    context->navigate(QStringLiteral("items?waiting=0&sku=SKU-0007"));
    QTRY_COMPARE(window->itemsModel()->totalCount(), 1);
    QCOMPARE(window->itemsModel()->itemAt(0)->sku, QStringLiteral("SKU-0007"));
    context->navigate(QStringLiteral("outbox?state=failed"));
    QCOMPARE(window->currentPage(), window->pages().at(5));
    // An unknown route leaves the window where it is.
    context->navigate(QStringLiteral("nowhere"));
    QCOMPARE(window->currentPage(), window->pages().at(5));
}

namespace {

// Changes a number; undo puts the old one back. Stands in for the pages' edits.
class SetNumber : public QUndoCommand
{
public:
    SetNumber(int* target, int value)
        : QUndoCommand(QStringLiteral("set number"))
        , m_target(target)
        , m_old(*target)
        , m_new(value)
    {
    }
    void undo() override { *m_target = m_old; }
    void redo() override { *m_target = m_new; }

private:
    int* m_target;
    int m_old;
    int m_new;
};

} // namespace

void TestShell::undoActionsFollowTheStackAndANewDatabaseClearsIt()
{
    std::unique_ptr<AppContext> context;
    std::unique_ptr<MainWindow> window;
    ScriptedPrompter* prompter = nullptr;
    open(context, window, prompter);

    auto* undo = window->findChild<QAction*>(QStringLiteral("undoAction"));
    auto* redo = window->findChild<QAction*>(QStringLiteral("redoAction"));
    QVERIFY(undo && redo);
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    QVERIFY(!undo->isEnabled());

    int number = 1;
    context->undoStack()->push(new SetNumber(&number, 2));
    QCOMPARE(number, 2);
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(number, 1);
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QCOMPARE(number, 2);

    bd::test::createShop(path(QStringLiteral("other.sqlite")), 5);
    QVERIFY(window->openDatabase(path(QStringLiteral("other.sqlite"))));
    QCOMPARE(context->undoStack()->count(), 0);
    QVERIFY(!undo->isEnabled());
}

void TestShell::backgroundTaskReportsProgressAndCommits()
{
    std::unique_ptr<AppContext> context;
    std::unique_ptr<MainWindow> window;
    ScriptedPrompter* prompter = nullptr;
    open(context, window, prompter);
    QSignalSpy changed(context.get(), &AppContext::shopChanged);

    auto* task = bd::ui::TaskRunner::start(
        *context, QStringLiteral("Adding stock"),
        [](bd::ui::TaskEnv& env) -> bd::core::Status {
            if (QThread::currentThread() == QCoreApplication::instance()->thread())
                return bd::core::fail(QStringLiteral("ran in the GUI thread"));
            return env.shop().transact([&](bd::services::DirtyItems&) -> bd::core::Status {
                for (int n = 1; n <= 10; ++n) {
                    const auto item = bd::test::must(env.shop().items().itemBySku(bd::test::skuOf(n)));
                    if (!item)
                        return bd::core::fail(QStringLiteral("no item"));
                    const auto moved = env.shop().ledger().addMovement(item->id, env.shop().now(),
                                                                      QStringLiteral("adjustment"), 1,
                                                                      QStringLiteral("test"), QStringLiteral("test"));
                    if (!moved.ok())
                        return moved;
                    env.progress(n, 10, QStringLiteral("item %1").arg(n));
                }
                return {};
            });
        },
        window.get());
    QSignalSpy finished(task, &bd::ui::TaskRunner::finished);
    // While it runs the status bar shows it.
    QVERIFY(window->findChild<QProgressBar*>(QStringLiteral("taskProgressBar"))->isVisibleTo(window.get()));
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY2(finished.at(0).at(0).value<bd::core::Status>().ok(),
             qPrintable(finished.at(0).at(0).value<bd::core::Status>().errorText()));
    QVERIFY(changed.count() >= 1);
    QVERIFY(context->runningTasks().isEmpty());
    QVERIFY(!window->findChild<QProgressBar*>(QStringLiteral("taskProgressBar"))->isVisibleTo(window.get()));
    const auto item = bd::test::must(context->shop()->items().itemBySku(bd::test::skuOf(1)));
    QVERIFY(item);
    QCOMPARE(item->onHand, 1); // SKU-0001 had none
}

void TestShell::cancelledTaskKeepsNothing()
{
    std::unique_ptr<AppContext> context;
    std::unique_ptr<MainWindow> window;
    ScriptedPrompter* prompter = nullptr;
    open(context, window, prompter);

    std::atomic_bool started { false };
    auto* task = bd::ui::TaskRunner::start(
        *context, QStringLiteral("Slow work"),
        [&started](bd::ui::TaskEnv& env) -> bd::core::Status {
            return env.shop().transact([&](bd::services::DirtyItems&) -> bd::core::Status {
                const auto item = bd::test::must(env.shop().items().itemBySku(bd::test::skuOf(1)));
                if (!item)
                    return bd::core::fail(QStringLiteral("no item"));
                const auto moved = env.shop().ledger().addMovement(item->id, env.shop().now(),
                                                                  QStringLiteral("adjustment"), 5,
                                                                  QStringLiteral("test"), QStringLiteral("test"));
                if (!moved.ok())
                    return moved;
                started = true;
                while (!env.cancelled())
                    QThread::msleep(5);
                return bd::core::fail(QStringLiteral("stopped"));
            });
        },
        window.get());
    QSignalSpy finished(task, &bd::ui::TaskRunner::finished);
    QTRY_VERIFY(started.load());
    auto* cancel = window->findChild<QWidget*>(QStringLiteral("taskCancelButton"));
    QVERIFY(cancel && cancel->isVisibleTo(window.get()));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!finished.at(0).at(0).value<bd::core::Status>().ok());
    const auto item = bd::test::must(context->shop()->items().itemBySku(bd::test::skuOf(1)));
    QVERIFY(item);
    QCOMPARE(item->onHand, 0);
}

void TestShell::droppedCsvWithABadRowIsRefusedNamingTheLineAndChangesNothing()
{
    std::unique_ptr<AppContext> context;
    std::unique_ptr<MainWindow> window;
    ScriptedPrompter* prompter = nullptr;
    open(context, window, prompter);
    const int before = itemCount(*context);

    write(QStringLiteral("items.csv"),
          "sku,name,price,on_hand,policy,backorder_limit,expected_date,attributes\n"
          "NEW-1,New one,12.50,3,backorder,,,Color=Red\n"
          "NEW-2,New two,9.00,-4,backorder,,,\n");
    QSignalSpy done(context.get(), &AppContext::tasksChanged);
    drop(*window, path(QStringLiteral("items.csv")));
    QTRY_COMPARE(prompter->warned.size(), 1);
    const QString warning = prompter->warned.constFirst();
    QVERIFY2(warning.contains(QStringLiteral("items.csv:3")), qPrintable(warning));
    QVERIFY2(warning.contains(QStringLiteral("on_hand")), qPrintable(warning));
    QVERIFY2(warning.contains(QStringLiteral("nothing changed")), qPrintable(warning));
    QVERIFY(prompter->informed.isEmpty());
    QVERIFY(prompter->unexpected.isEmpty());
    QCOMPARE(itemCount(*context), before);
    QVERIFY(!bd::test::must(context->shop()->items().itemBySku(QStringLiteral("NEW-1"))));
}

void TestShell::droppedValidCsvIsImportedAfterConfirmation()
{
    std::unique_ptr<AppContext> context;
    std::unique_ptr<MainWindow> window;
    ScriptedPrompter* prompter = nullptr;
    open(context, window, prompter);
    const int before = itemCount(*context);

    write(QStringLiteral("items.csv"),
          "sku,name,price,on_hand,policy,backorder_limit,expected_date,attributes\n"
          "NEW-1,New one,12.50,3,backorder,,,Color=Red\n"
          "NEW-2,New two,9.00,0,preorder,,2024-12-24,\n");
    drop(*window, path(QStringLiteral("items.csv")));
    // The preview says what the file is and how its items will land, before anything is kept.
    QPointer<bd::ui::ImportPreviewDialog> preview;
    QTRY_VERIFY((preview = window->findChild<bd::ui::ImportPreviewDialog*>()));
    QCOMPARE(preview->findChild<QLabel*>(QStringLiteral("recognisedLabel"))->text(),
             QStringLiteral("items.csv: items file, 2 item(s)"));
    const auto* table = preview->findChild<QTableWidget*>(QStringLiteral("previewTableWidget"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("NEW-1"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Backorder"));
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("3"));
    QCOMPARE(itemCount(*context), before);
    preview->findChild<QPushButton*>(QStringLiteral("importButton"))->click();
    QTRY_COMPARE(prompter->informed.size(), 1);
    QVERIFY(prompter->warned.isEmpty());
    QCOMPARE(itemCount(*context), before + 2);
    QTRY_COMPARE(window->itemsModel()->totalCount(), before + 2);
    const auto imported = bd::test::must(context->shop()->items().itemBySku(QStringLiteral("NEW-1")));
    QVERIFY(imported);
    QCOMPARE(imported->onHand, 3);
    QCOMPARE(window->findChild<QLabel*>(QStringLiteral("itemCountLabel"))->text(), QStringLiteral("32 items"));
}

// A shop's export needs no choice of format: the preview says what it is, and an item
// whose stock the shop does not track shows as such.
void TestShell::shopExportPreviewShowsShapeAndUntracked()
{
    std::unique_ptr<AppContext> context;
    std::unique_ptr<MainWindow> window;
    ScriptedPrompter* prompter = nullptr;
    open(context, window, prompter);
    write(QStringLiteral("products.csv"),
          "Handle,Title,Option1 Name,Option1 Value,Variant SKU,Variant Inventory Tracker,Variant Inventory Qty,"
          "Variant Inventory Policy,Variant Price\n"
          "print-a,Print A,Size,A4,,,0,deny,20.00\n"
          "print-a,,,A3,PRINT-A3,shopify,2,continue,30.00\n");
    drop(*window, path(QStringLiteral("products.csv")));
    QPointer<bd::ui::ImportPreviewDialog> preview;
    QTRY_VERIFY((preview = window->findChild<bd::ui::ImportPreviewDialog*>()));
    QCOMPARE(preview->findChild<QLabel*>(QStringLiteral("recognisedLabel"))->text(),
             QStringLiteral("products.csv: Shopify product export, 2 variant(s)"));
    const auto* table = preview->findChild<QTableWidget*>(QStringLiteral("previewTableWidget"));
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("print-a/a4"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Not tracked"));
    QCOMPARE(table->item(0, 4)->text(), QString());
    QCOMPARE(table->item(1, 2)->text(), QStringLiteral("Backorder"));
    QVERIFY(preview->findChild<QListWidget*>(QStringLiteral("warningsListWidget")));
    preview->findChild<QPushButton*>(QStringLiteral("importButton"))->click();
    QTRY_COMPARE(prompter->informed.size(), 1);
    QVERIFY(!bd::test::must(context->shop()->items().itemBySku(QStringLiteral("print-a/a4")))->tracked);
}

// A list from another program lacks our columns: the window asks which of its columns
// hold them, then shows the preview of the list read that way.
void TestShell::listOfAnotherProgramIsMapped()
{
    std::unique_ptr<AppContext> context;
    std::unique_ptr<MainWindow> window;
    ScriptedPrompter* prompter = nullptr;
    open(context, window, prompter);
    write(QStringLiteral("varer.csv"), "varenr;beskrivelse;salgspris;lager\n\"0042\";Krus;49,50;7\n");
    prompter->answers.enqueue(0); // it holds items (asked: no known shape fits)
    drop(*window, path(QStringLiteral("varer.csv")));
    QPointer<bd::ui::ColumnMappingDialog> mapping;
    QTRY_VERIFY((mapping = window->findChild<bd::ui::ColumnMappingDialog*>()));
    QVERIFY2(prompter->asked.at(0).contains(QStringLiteral("What does it contain?")), qPrintable(prompter->asked.at(0)));
    // Nothing can be read until every needed column has one of the file's.
    auto* mapButton = mapping->findChild<QPushButton*>(QStringLiteral("mapButton"));
    QVERIFY(!mapButton->isEnabled());
    mapping->comboFor(QStringLiteral("sku"))->setCurrentText(QStringLiteral("varenr"));
    mapping->comboFor(QStringLiteral("name"))->setCurrentText(QStringLiteral("beskrivelse"));
    QVERIFY(!mapButton->isEnabled());
    mapping->comboFor(QStringLiteral("price"))->setCurrentText(QStringLiteral("salgspris"));
    // An optional column too, as --map reads it.
    mapping->comboFor(QStringLiteral("on_hand"))->setCurrentText(QStringLiteral("lager"));
    QVERIFY(mapButton->isEnabled());
    mapButton->click();
    QPointer<bd::ui::ImportPreviewDialog> preview;
    QTRY_VERIFY((preview = window->findChild<bd::ui::ImportPreviewDialog*>()));
    QVERIFY(prompter->unexpected.isEmpty());
    const auto* table = preview->findChild<QTableWidget*>(QStringLiteral("previewTableWidget"));
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("0042"));
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("7"));
    QVERIFY(preview->findChild<QLabel*>(QStringLiteral("mappingLabel"))->text().contains(QStringLiteral("sku from")));
    preview->findChild<QPushButton*>(QStringLiteral("importButton"))->click();
    QTRY_COMPARE(prompter->informed.size(), 1);
    QCOMPARE(bd::test::must(context->shop()->items().itemBySku(QStringLiteral("0042")))->priceMinor, 4950);
    QCOMPARE(bd::test::must(context->shop()->items().itemBySku(QStringLiteral("0042")))->onHand, 7);
}

void TestShell::declinedImportChangesNothing()
{
    std::unique_ptr<AppContext> context;
    std::unique_ptr<MainWindow> window;
    ScriptedPrompter* prompter = nullptr;
    open(context, window, prompter);
    const int before = itemCount(*context);

    write(QStringLiteral("items.csv"),
          "sku,name,price,on_hand,policy,backorder_limit,expected_date,attributes\nNEW-1,New one,12.50,3,backorder,,,\n");
    QPointer<bd::ui::ImportFlow> flow = new bd::ui::ImportFlow(*context, window.get());
    QSignalSpy done(flow.data(), &bd::ui::ImportFlow::done);
    flow->start(path(QStringLiteral("items.csv")));
    QPointer<bd::ui::ImportPreviewDialog> preview;
    QTRY_VERIFY((preview = window->findChild<bd::ui::ImportPreviewDialog*>()));
    preview->findChild<QPushButton*>(QStringLiteral("cancelButton"))->click(); // not now
    QTRY_COMPARE(done.count(), 1);
    QCOMPARE(done.at(0).at(0).toBool(), false);
    QCOMPARE(itemCount(*context), before);
    QTRY_VERIFY(flow.isNull()); // it cleans up after itself
}

QTEST_MAIN(TestShell)
#include "TestShell.moc"
