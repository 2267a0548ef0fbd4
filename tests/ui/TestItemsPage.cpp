#include "ListWait.h"
#include "AppContext.h"
#include "ScriptedPrompter.h"
#include "TempShop.h"
#include "ShopFixture.h"
#include "store/OrderStore.h"
#include "items/ItemDialog.h"
#include "items/ItemsPage.h"
#include "common/FrozenColumnsTableView.h"
#include "models/HistoryModel.h"
#include "models/ItemsModel.h"
#include "models/QueueModel.h"
#include "domain/LocaleFormat.h"
#include "items/NewItemDialog.h"
#include "services/MerchandisingService.h"
#include "services/Shop.h"
#include "services/OrderService.h"
#include "services/StockService.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using bd::domain::Policy;
using bd::test::ScriptedPrompter;
using bd::ui::AppContext;
using bd::ui::ItemDialog;
using bd::ui::ItemsModel;
using bd::ui::ItemsPage;
using bd::ui::QueueModel;

// The items page on a small shop made through the services: MUG (backorder, 2 on hand)
// with a queue A1 (1 of 3 waits), A2 (3), A3 (1); CAP (stop, 5 on hand) nobody waits for.
class TestItemsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void modelsPassTheTester();
    void showsTheNewColumns();
    void filtersByPolicy();
    void editsPolicyInPlaceAndUndoes();
    void editsExpectedDateInTheDialog();
    void refusesAnInvalidLimitWithAMessage();
    void refusedDialogStaysOpen();
    void switchesTrackingInTheDialog();
    void relatedItemsAndHighlightSaveThroughTheDialog();
    void refusesAnUnknownOrSelfRelatedItem();
    void datesShowAndTypeInTheWindowsOneForm_data();
    void datesShowAndTypeInTheWindowsOneForm();
    void newItemIsCreatedAndSelected();
    void newItemRefusesAKnownSkuAndAWrongPrice();
    void queuePaneListsWaitingLinesInQueueOrder();
    void cancellingALineServesTheNextCustomer();
    void movesAnOrderToTheFront();
    void historyIsNewestFirst();
    void longHistoryReadsTheSameFromEitherEnd();
    void routeSelectsTheItem();
    void skuAndNameStayWhileScrollingRight();
    void columnsChosenAndMovedAreRemembered();

private:
    bd::services::Shop& shop() { return *m_context->shop(); }
    bd::domain::Item item(const QString& sku) { return bd::test::must(shop().items().itemBySku(sku)).value_or(bd::domain::Item{}); }
    bd::domain::OrderLine line(const QString& order, const QString& sku);
    void place(const QString& number, const QString& sku, int qty);
    int rowOf(const QString& sku) const { return m_page->model()->rowOfSku(sku); }
    QTableView* table() const { return m_page->findChild<QTableView*>(QStringLiteral("itemsTableView")); }
    QTableView* queueTable() const { return m_page->findChild<QTableView*>(QStringLiteral("queueTableView")); }
    void select(const QString& sku);
    QStringList queueShown() const;
    // Selects a line of the queue once the queue is read.
    void selectQueueRow(int row);
    ItemDialog* openItemDialog(const QString& sku);
    QStringList related(const QString& sku);
    QStringList relatedShown(ItemDialog* dialog) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    bd::core::FixedClock* m_clock = nullptr;
    ScriptedPrompter* m_prompter = nullptr;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<ItemsPage> m_page;
};

void TestItemsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestItemsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto clock = std::make_unique<bd::core::FixedClock>(bd::test::fixedNow());
    m_clock = clock.get();
    m_context = std::make_unique<AppContext>(std::move(clock));
    auto prompter = std::make_unique<ScriptedPrompter>();
    m_prompter = prompter.get();
    m_context->setPrompter(std::move(prompter));
    BD_VERIFY_OK(m_context->openDatabase(bd::test::shopLocation(m_dir->filePath(QStringLiteral("shop.sqlite")))));

    bd::services::ItemInput mug;
    mug.item.sku = QStringLiteral("MUG");
    mug.item.name = QStringLiteral("Mug");
    mug.item.attributes = QStringLiteral("Color=Red");
    mug.item.policy = Policy::Backorder;
    mug.onHand = 2;
    bd::services::ItemInput cap;
    cap.item.sku = QStringLiteral("CAP");
    cap.item.name = QStringLiteral("Cap");
    cap.item.policy = Policy::Stop;
    cap.onHand = 5;
    BD_VERIFY_OK(bd::services::CatalogService(shop()).saveItems({ mug, cap }));
    place(QStringLiteral("A1"), QStringLiteral("MUG"), 3);
    place(QStringLiteral("A2"), QStringLiteral("MUG"), 3);
    place(QStringLiteral("A3"), QStringLiteral("MUG"), 1);

    m_page = std::make_unique<ItemsPage>(*m_context);
    // What the window does: read the pages again after a change.
    connect(m_context.get(), &AppContext::shopChanged, m_page.get(), &ItemsPage::reload);
    m_page->resize(1200, 760);
    m_page->show();
    m_page->reload();
    QTRY_COMPARE(m_page->model()->totalCount(), 2);
}

void TestItemsPage::cleanup()
{
    m_page.reset();
    m_context.reset();
    m_dir.reset();
}

void TestItemsPage::place(const QString& number, const QString& sku, int qty)
{
    bd::domain::NewOrder order;
    order.number = number;
    order.placedAt = m_clock->now();
    order.customerEmail = number.toLower() + QStringLiteral("@example.com");
    order.customerName = QStringLiteral("Customer ") + number;
    order.payment = bd::domain::PaymentState::Authorized;
    order.lines << bd::domain::NewOrderLine{ sku, qty, std::nullopt, 0 };
    BD_VERIFY_OK(bd::services::OrderService(shop()).place(order));
    m_clock->advanceSeconds(3600);
}

bd::domain::OrderLine TestItemsPage::line(const QString& order, const QString& sku)
{
    const auto found = bd::test::must(shop().orders().orderByNumber(order));
    if (found) {
        for (const auto& l : found->lines) {
            if (l.sku == sku)
                return l;
        }
    }
    return {};
}

void TestItemsPage::select(const QString& sku)
{
    QVERIFY(bd::test::settled(*m_page->model()));
    QVERIFY(m_page->selectSku(sku));
    QCOMPARE(m_page->selectedSku(), sku);
}

QStringList TestItemsPage::queueShown() const
{
    QueueModel& model = *m_page->queueModel();
    const QStringList positions = bd::test::shownColumn(model, QueueModel::Position);
    QStringList out;
    for (int row = 0; row < positions.size(); ++row)
        out << positions.at(row) + QLatin1Char(':') + model.index(row, QueueModel::Order).data().toString()
                   + QLatin1Char(':') + model.index(row, QueueModel::Quantity).data().toString();
    return out;
}

void TestItemsPage::selectQueueRow(int row)
{
    QVERIFY(bd::test::settled(*m_page->queueModel()));
    QVERIFY(row < m_page->queueModel()->rowCount());
    queueTable()->selectRow(row);
}

void TestItemsPage::modelsPassTheTester()
{
    QAbstractItemModelTester items(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester queue(m_page->queueModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester history(m_page->historyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (auto* tester : { &items, &queue, &history })
        tester->setUseFetchMore(false);
    select(QStringLiteral("MUG"));
    QTRY_COMPARE(m_page->queueModel()->rowCount(), 3);
    QTRY_VERIFY(m_page->historyModel()->rowCount() > 0);
    m_page->reload();
    select(QStringLiteral("CAP"));
    QTRY_COMPARE(m_page->queueModel()->rowCount(), 0);
    m_context->closeDatabase();
    m_page->reload();
    QTRY_COMPARE(m_page->model()->rowCount(), 0);
    QTRY_COMPARE(m_page->queueModel()->rowCount(), 0);
    QTRY_COMPARE(m_page->historyModel()->rowCount(), 0);
}

void TestItemsPage::showsTheNewColumns()
{
    const ItemsModel* model = m_page->model();
    const int mug = rowOf(QStringLiteral("MUG"));
    auto cell = [&](int column) { return model->index(mug, column).data().toString(); };
    QCOMPARE(cell(ItemsModel::Attributes), QStringLiteral("Color=Red"));
    QCOMPARE(cell(ItemsModel::OnHand), QStringLiteral("2"));
    QCOMPARE(cell(ItemsModel::Allocated), QStringLiteral("2"));
    QCOMPARE(cell(ItemsModel::Available), QStringLiteral("0"));
    QCOMPARE(cell(ItemsModel::Waiting), QStringLiteral("5"));
    QCOMPARE(cell(ItemsModel::WaitingCustomers), QStringLiteral("3"));
    QCOMPARE(cell(ItemsModel::Incoming), QStringLiteral("0"));
    QCOMPARE(cell(ItemsModel::Status), QStringLiteral("Backorder"));
    const int cap = rowOf(QStringLiteral("CAP"));
    QCOMPARE(model->index(cap, ItemsModel::Status).data().toString(), QStringLiteral("In stock"));

    // A purchase order shows as incoming units and the expected date.
    bd::services::PurchaseOrderLineInput po;
    po.poNumber = QStringLiteral("PO-1");
    po.sku = QStringLiteral("MUG");
    po.qty = 12;
    po.expected = QDate(2024, 12, 2);
    BD_VERIFY_OK(bd::services::CatalogService(shop()).savePurchaseOrderLines({ po }));
    m_page->reload();
    QTRY_COMPARE(cell(ItemsModel::Incoming), QStringLiteral("12"));
    QTRY_COMPARE(cell(ItemsModel::ExpectedDate), QLocale().toString(QDate(2024, 12, 2), QLocale::ShortFormat));
}

void TestItemsPage::filtersByPolicy()
{
    auto* combo = m_page->findChild<QComboBox*>(QStringLiteral("policyFilterComboBox"));
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(int(Policy::Stop)));
    QTRY_COMPARE(m_page->model()->totalCount(), 1);
    QTRY_COMPARE(m_page->model()->index(0, ItemsModel::Sku).data().toString(), QStringLiteral("CAP"));
    combo->setCurrentIndex(combo->findData(int(Policy::Preorder)));
    QTRY_COMPARE(m_page->model()->totalCount(), 0);
    combo->setCurrentIndex(0);
    QTRY_COMPARE(m_page->model()->totalCount(), 2);
}

void TestItemsPage::editsPolicyInPlaceAndUndoes()
{
    QTableView* view = table();
    const QModelIndex index = m_page->model()->index(rowOf(QStringLiteral("CAP")), ItemsModel::Policy);
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_F2);
    auto* editor = view->findChild<QComboBox*>(QStringLiteral("policyEditor"));
    QVERIFY(editor);
    QCOMPARE(editor->currentData().toInt(), int(Policy::Stop));
    editor->setCurrentIndex(editor->findData(int(Policy::Backorder)));
    QTest::keyClick(editor, Qt::Key_Tab); // commits and closes the editor

    QTRY_COMPARE(int(item(QStringLiteral("CAP")).policy), int(Policy::Backorder));
    QCOMPARE(m_context->undoStack()->count(), 1);
    QTRY_COMPARE(m_page->model()->index(rowOf(QStringLiteral("CAP")), ItemsModel::Policy).data().toString(),
                 QStringLiteral("Backorder"));

    m_context->undoStack()->undo();
    QCOMPARE(int(item(QStringLiteral("CAP")).policy), int(Policy::Stop));
    QTRY_COMPARE(m_page->model()->index(rowOf(QStringLiteral("CAP")), ItemsModel::Policy).data().toString(),
             QStringLiteral("Stop"));
    m_context->undoStack()->redo();
    QCOMPARE(int(item(QStringLiteral("CAP")).policy), int(Policy::Backorder));
    QVERIFY(m_prompter->warned.isEmpty());
}

void TestItemsPage::editsExpectedDateInTheDialog()
{
    select(QStringLiteral("MUG"));
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Return);
    auto* dialog = m_page->findChild<ItemDialog*>(QStringLiteral("itemDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->sku(), QStringLiteral("MUG"));
    auto* date = dialog->findChild<QDateEdit*>(QStringLiteral("expectedDateEdit"));
    QVERIFY(date);
    QCOMPARE(date->text(), QStringLiteral("None"));
    date->setDate(QDate(2025, 1, 15));
    auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("itemDialogButtonBox"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);

    QCOMPARE(item(QStringLiteral("MUG")).expectedDate, QDate(2025, 1, 15));
    QCOMPARE(int(item(QStringLiteral("MUG")).policy), int(Policy::Backorder));
    QTRY_VERIFY(!m_page->findChild<ItemDialog*>(QStringLiteral("itemDialog")));
    // The promised dates follow the new expected date.
    QCOMPARE(line(QStringLiteral("A2"), QStringLiteral("MUG")).promisedDate, QDate(2025, 1, 15));

    m_context->undoStack()->undo();
    QVERIFY(!item(QStringLiteral("MUG")).expectedDate.isValid());
}

void TestItemsPage::refusesAnInvalidLimitWithAMessage()
{
    const QModelIndex index = m_page->model()->index(rowOf(QStringLiteral("MUG")), ItemsModel::BackorderLimit);
    QVERIFY(index.flags() & Qt::ItemIsEditable);
    QVERIFY(!m_page->model()->setData(index, -5));
    QCOMPARE(m_prompter->warned.size(), 1);
    QVERIFY2(m_prompter->warned.first().contains(QStringLiteral("negative")), qPrintable(m_prompter->warned.first()));
    QVERIFY(!item(QStringLiteral("MUG")).backorderLimit);
    QCOMPARE(m_context->undoStack()->count(), 0);

    // A valid one is taken.
    QVERIFY(m_page->model()->setData(index, 40));
    QCOMPARE(item(QStringLiteral("MUG")).backorderLimit, std::optional<int>(40));
    m_context->undoStack()->undo();
    QVERIFY(!item(QStringLiteral("MUG")).backorderLimit);
}

void TestItemsPage::refusedDialogStaysOpen()
{
    // Customers wait for MUG, so it cannot be switched to stop.
    select(QStringLiteral("MUG"));
    m_page->editSelectedItem();
    auto* dialog = m_page->findChild<ItemDialog*>(QStringLiteral("itemDialog"));
    QVERIFY(dialog);
    auto* policy = dialog->findChild<QComboBox*>(QStringLiteral("policyComboBox"));
    policy->setCurrentIndex(policy->findData(int(Policy::Stop)));
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(m_prompter->warned.size(), 1);
    QVERIFY2(m_prompter->warned.first().contains(QStringLiteral("wait")), qPrintable(m_prompter->warned.first()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(int(item(QStringLiteral("MUG")).policy), int(Policy::Backorder));
    dialog->reject();
}

// An item whose stock is not counted shows "Not tracked"; counting starts with a count
// of what is on hand, and undo stops it again.
void TestItemsPage::switchesTrackingInTheDialog()
{
    const auto openDialog = [&] {
        select(QStringLiteral("CAP"));
        m_page->editSelectedItem();
        return m_page->findChild<ItemDialog*>(QStringLiteral("itemDialog"));
    };
    ItemDialog* dialog = openDialog();
    QVERIFY(dialog);
    auto* tracked = dialog->findChild<QCheckBox*>(QStringLiteral("trackedCheckBox"));
    QVERIFY(tracked && tracked->isChecked());
    QVERIFY(!dialog->findChild<QSpinBox*>(QStringLiteral("countSpinBox"))->isEnabled());
    tracked->setChecked(false);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY2(m_prompter->warned.isEmpty(), qPrintable(m_prompter->warned.join(u'\n')));
    QVERIFY(!item(QStringLiteral("CAP")).tracked);
    QTRY_COMPARE(m_page->model()->index(rowOf(QStringLiteral("CAP")), ItemsModel::Status).data().toString(),
                 QStringLiteral("Not tracked"));
    QTRY_VERIFY(!m_page->findChild<ItemDialog*>(QStringLiteral("itemDialog")));

    dialog = openDialog();
    QVERIFY(dialog);
    dialog->findChild<QCheckBox*>(QStringLiteral("trackedCheckBox"))->setChecked(true);
    auto* count = dialog->findChild<QSpinBox*>(QStringLiteral("countSpinBox"));
    QVERIFY(count->isEnabled());
    count->setValue(7);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(m_prompter->warned.isEmpty());
    QVERIFY(item(QStringLiteral("CAP")).tracked);
    QCOMPARE(item(QStringLiteral("CAP")).onHand, 7);
    QCOMPARE(m_context->undoStack()->undoText(), QStringLiteral("Track the stock of CAP"));
    m_context->undoStack()->undo();
    QVERIFY(!item(QStringLiteral("CAP")).tracked);
}

void TestItemsPage::queuePaneListsWaitingLinesInQueueOrder()
{
    select(QStringLiteral("MUG"));
    QCOMPARE(queueShown(), (QStringList{ QStringLiteral("1:A1:1"), QStringLiteral("2:A2:3"), QStringLiteral("3:A3:1") }));
    const QueueModel* model = m_page->queueModel();
    QCOMPARE(model->index(0, QueueModel::Customer).data().toString(), QStringLiteral("Customer A1"));
    QCOMPARE(model->index(0, QueueModel::Payment).data().toString(), QStringLiteral("Authorized"));
    QCOMPARE(model->index(0, QueueModel::DaysWaited).data().toString(), QStringLiteral("0"));
    // Two weeks on, the first line has waited 14 days; its 7-day authorization has lapsed
    // with the date still unknown: a risk.
    m_clock->advanceDays(14);
    m_page->reload();
    QVERIFY(bd::test::settled(*m_page->queueModel()));
    QCOMPARE(model->index(0, QueueModel::DaysWaited).data().toString(), QStringLiteral("14"));
    QCOMPARE(model->index(0, QueueModel::Risk).data().toString(), QStringLiteral("At risk"));
    QVERIFY(model->index(0, QueueModel::Risk).data(QueueModel::AtRiskRole).toBool());
    select(QStringLiteral("CAP"));
    QVERIFY(queueShown().isEmpty());
}

void TestItemsPage::cancellingALineServesTheNextCustomer()
{
    select(QStringLiteral("MUG"));
    QCOMPARE(line(QStringLiteral("A1"), QStringLiteral("MUG")).allocated, 2); // stock on hand went to A1 first
    auto* cancel = m_page->findChild<QPushButton*>(QStringLiteral("cancelLineButton"));
    QVERIFY(!cancel->isEnabled());
    selectQueueRow(0);
    QVERIFY(cancel->isEnabled());
    m_prompter->answers << QStringLiteral("customer changed their mind");
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(m_prompter->unexpected.isEmpty());
    QCOMPARE(m_prompter->asked.size(), 1);
    QVERIFY(m_prompter->warned.isEmpty());

    const bd::domain::OrderLine a1 = line(QStringLiteral("A1"), QStringLiteral("MUG"));
    QCOMPARE(a1.cancelled, 3);
    QCOMPARE(a1.cancelReason, QStringLiteral("customer changed their mind"));
    // Its two units went to the next in line at once.
    QCOMPARE(line(QStringLiteral("A2"), QStringLiteral("MUG")).allocated, 2);
    QCOMPARE(line(QStringLiteral("A2"), QStringLiteral("MUG")).waiting, 1);
    QCOMPARE(m_page->selectedSku(), QStringLiteral("MUG"));
    QCOMPARE(queueShown(), (QStringList{ QStringLiteral("1:A2:1"), QStringLiteral("2:A3:1") }));

    // Cancelled by the prompt: nothing happens.
    selectQueueRow(0);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(line(QStringLiteral("A2"), QStringLiteral("MUG")).cancelled, 0);
}

void TestItemsPage::movesAnOrderToTheFront()
{
    select(QStringLiteral("MUG"));
    selectQueueRow(2);
    auto* front = m_page->findChild<QPushButton*>(QStringLiteral("moveToFrontButton"));
    // No reason: the core refuses, and says so.
    m_prompter->answers << QString();
    QTest::mouseClick(front, Qt::LeftButton);
    QCOMPARE(m_prompter->warned.size(), 1);
    QVERIFY(!bd::test::must(shop().orders().orderByNumber(QStringLiteral("A3")))->priority);

    selectQueueRow(2);
    m_prompter->answers << QStringLiteral("promised at the fair");
    QTest::mouseClick(front, Qt::LeftButton);
    QCOMPARE(m_prompter->warned.size(), 1);
    const auto order = bd::test::must(shop().orders().orderByNumber(QStringLiteral("A3")));
    QVERIFY(order->priority);
    QCOMPARE(order->priorityReason, QStringLiteral("promised at the fair"));
    QCOMPARE(queueShown(), (QStringList{ QStringLiteral("1:A3:1"), QStringLiteral("2:A1:1"), QStringLiteral("3:A2:3") }));
    QTRY_VERIFY(m_page->queueModel()->index(0, QueueModel::Order).data(Qt::ToolTipRole).toString().contains(
        QStringLiteral("promised at the fair")));
}

void TestItemsPage::historyIsNewestFirst()
{
    select(QStringLiteral("MUG"));
    const bd::ui::HistoryModel* history = m_page->historyModel();
    QTRY_VERIFY(history->rowCount() >= 2 && !history->isLoading());
    const int before = history->rowCount();
    // The oldest entry is the opening stock.
    QTRY_COMPARE(history->index(before - 1, bd::ui::HistoryModel::What).data().toString(), QStringLiteral("Opening stock"));
    QTRY_COMPARE(history->index(before - 1, bd::ui::HistoryModel::Quantity).data().toString(), QStringLiteral("+2"));

    m_clock->advanceSeconds(60);
    BD_VERIFY_OK(bd::services::StockService(shop()).setExpectedDate(QStringLiteral("MUG"), QDate(2025, 2, 1)));
    m_context->notifyShopChanged();
    QTRY_COMPARE(history->rowCount(), before + 1);
    // Said as the order's history says it: a phrase, and the date in the window's form.
    QTRY_COMPARE(history->index(0, bd::ui::HistoryModel::What).data().toString(), QStringLiteral("Expected date set"));
    QTRY_COMPARE(history->index(0, bd::ui::HistoryModel::Details).data().toString(),
                 bd::domain::LocaleFormat().date(QDate(2025, 2, 1)));
}

// A history longer than two pages: a page of its second half is read from its end, and
// each read takes from the movements and from the events only what reaches the page's
// end. Page by page, from either end, the list is the one a single read gives, entries of
// one time (orders placed in threes, a receipt's movement and events) included.
void TestItemsPage::longHistoryReadsTheSameFromEitherEnd()
{
    for (int i = 0; i < 250; ++i) {
        bd::domain::NewOrder order;
        order.number = QStringLiteral("H%1").arg(i);
        order.placedAt = m_clock->now();
        order.customerEmail = QStringLiteral("h%1@example.com").arg(i);
        order.lines << bd::domain::NewOrderLine{ QStringLiteral("MUG"), 1, std::nullopt, 0 };
        BD_VERIFY_OK(bd::services::OrderService(shop()).place(order));
        if (i % 3 == 2)
            m_clock->advanceSeconds(60);
        if (i % 80 == 79) {
            bd::services::ReceiveRequest receipt;
            receipt.sku = QStringLiteral("MUG");
            receipt.qty = 5;
            BD_VERIFY_OK(bd::services::StockService(shop()).receive({ receipt }, {}));
        }
    }
    const qint64 mug = item(QStringLiteral("MUG")).id;
    const auto text = [](const QList<bd::store::ItemHistoryRow>& rows) {
        QStringList out;
        for (const bd::store::ItemHistoryRow& r : rows)
            out << QStringLiteral("%1|%2|%3|%4|%5|%6").arg(r.at.toString(Qt::ISODate), r.kind).arg(r.qty).arg(r.reference, r.orderNumber, r.details);
        return out;
    };
    const QStringList all = text(bd::test::must(shop().items().history(mug, 0, -1)));
    QVERIFY2(all.size() > 250, qPrintable(QString::number(all.size())));
    QStringList backwards = all;
    std::reverse(backwards.begin(), backwards.end());
    for (int offset = 0; offset < all.size(); offset += 37) {
        QCOMPARE(text(bd::test::must(shop().items().history(mug, offset, 37))), all.mid(offset, 37));
        QCOMPARE(text(bd::test::must(shop().items().history(mug, offset, 37, true))), backwards.mid(offset, 37));
    }
    // The window's list: its last row, read from the end, is the opening stock.
    select(QStringLiteral("MUG"));
    const bd::ui::HistoryModel* history = m_page->historyModel();
    QTRY_COMPARE(history->rowCount(), int(all.size()));
    QTRY_COMPARE(history->index(history->rowCount() - 1, bd::ui::HistoryModel::What).data().toString(),
                 QStringLiteral("Opening stock"));
    QVERIFY(history->readsFromTheEnd());
    QVERIFY(!history->isRowLoaded(int(all.size()) / 2));
}

void TestItemsPage::routeSelectsTheItem()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sku"), QStringLiteral("MUG"));
    m_page->applyRoute(query);
    QTRY_COMPARE(m_page->model()->totalCount(), 1);
    QCOMPARE(m_page->selectedSku(), QStringLiteral("MUG"));
    QTRY_COMPARE(m_page->queueModel()->rowCount(), 3);

    QUrlQuery waiting;
    waiting.addQueryItem(QStringLiteral("waiting"), QStringLiteral("1"));
    m_page->applyRoute(waiting);
    QVERIFY(m_page->findChild<QCheckBox*>(QStringLiteral("onlyWaitingCheckBox"))->isChecked());
}

ItemDialog* TestItemsPage::openItemDialog(const QString& sku)
{
    select(sku);
    m_page->editSelectedItem();
    return m_page->findChild<ItemDialog*>(QStringLiteral("itemDialog"));
}

QStringList TestItemsPage::related(const QString& sku)
{
    return bd::test::must(bd::services::MerchandisingService(shop()).related(sku));
}

QStringList TestItemsPage::relatedShown(ItemDialog* dialog) const
{
    auto* list = dialog->findChild<QListWidget*>(QStringLiteral("relatedListWidget"));
    QStringList shown;
    for (int row = 0; row < list->count(); ++row)
        shown << list->item(row)->text();
    return shown;
}

// Related items are added by SKU (completed as typed, Enter adds) and removed in the
// dialog; with the highlight they are saved as one undoable change through the same
// service as the command line's `item related` and `item highlight`.
void TestItemsPage::relatedItemsAndHighlightSaveThroughTheDialog()
{
    bd::services::ItemInput saucer;
    saucer.item.sku = QStringLiteral("SAUCER");
    saucer.item.name = QStringLiteral("Saucer, red");
    saucer.onHand = 4;
    BD_VERIFY_OK(bd::services::CatalogService(shop()).saveItems({ saucer }));
    m_page->reload();

    ItemDialog* dialog = openItemDialog(QStringLiteral("MUG"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(relatedShown(dialog).isEmpty());
    auto* sku = dialog->findChild<QLineEdit*>(QStringLiteral("relatedSkuLineEdit"));
    auto* add = dialog->findChild<QPushButton*>(QStringLiteral("addRelatedButton"));
    QVERIFY(sku && add);
    QVERIFY(!add->isEnabled());

    // Typing offers the shop's SKUs.
    sku->setFocus();
    QTest::keyClicks(sku, QStringLiteral("SA"));
    QVERIFY(sku->completer());
    QTRY_COMPARE(sku->completer()->completionModel()->rowCount(), 1);
    QCOMPARE(sku->completer()->completionModel()->index(0, 0).data().toString(), QStringLiteral("SAUCER"));
    sku->setText(QStringLiteral("SAUCER"));
    QTest::keyClick(sku, Qt::Key_Return);
    QVERIFY(dialog->isVisible()); // Enter added the SKU, it did not close the dialog
    QCOMPARE(relatedShown(dialog), QStringList{ QStringLiteral("SAUCER — Saucer, red") });
    QVERIFY(sku->text().isEmpty());

    QTest::keyClicks(sku, QStringLiteral("CAP"));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(relatedShown(dialog), (QStringList{ QStringLiteral("SAUCER — Saucer, red"), QStringLiteral("CAP — Cap") }));

    auto* highlight = dialog->findChild<QLineEdit*>(QStringLiteral("highlightLineEdit"));
    QVERIFY(highlight);
    QTest::keyClicks(highlight, QStringLiteral("Hand-thrown in Jutland,  glazed twice "));
    // Nothing is saved before OK.
    QVERIFY(related(QStringLiteral("MUG")).isEmpty());
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY2(m_prompter->warned.isEmpty(), qPrintable(m_prompter->warned.join(u'\n')));
    QTRY_VERIFY(!m_page->findChild<ItemDialog*>(QStringLiteral("itemDialog")));

    QCOMPARE(related(QStringLiteral("MUG")), (QStringList{ QStringLiteral("SAUCER"), QStringLiteral("CAP") }));
    QCOMPARE(bd::test::must(bd::services::MerchandisingService(shop()).highlight(QStringLiteral("MUG"))),
             QStringLiteral("Hand-thrown in Jutland, glazed twice"));
    QCOMPARE(m_context->undoStack()->undoText(), QStringLiteral("Change related items of MUG"));
    m_context->undoStack()->undo();
    QVERIFY(related(QStringLiteral("MUG")).isEmpty());
    QVERIFY(bd::test::must(bd::services::MerchandisingService(shop()).highlight(QStringLiteral("MUG"))).isEmpty());
    m_context->undoStack()->redo();
    QCOMPARE(related(QStringLiteral("MUG")), (QStringList{ QStringLiteral("SAUCER"), QStringLiteral("CAP") }));

    // Opened again, the dialog shows them; one removed is gone once saved.
    dialog = openItemDialog(QStringLiteral("MUG"));
    QVERIFY(dialog);
    QCOMPARE(relatedShown(dialog), (QStringList{ QStringLiteral("SAUCER — Saucer, red"), QStringLiteral("CAP — Cap") }));
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("highlightLineEdit"))->text(),
             QStringLiteral("Hand-thrown in Jutland, glazed twice"));
    auto* list = dialog->findChild<QListWidget*>(QStringLiteral("relatedListWidget"));
    auto* remove = dialog->findChild<QPushButton*>(QStringLiteral("removeRelatedButton"));
    QVERIFY(!remove->isEnabled());
    list->setCurrentRow(1);
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(relatedShown(dialog), QStringList{ QStringLiteral("SAUCER — Saucer, red") });
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!m_page->findChild<ItemDialog*>(QStringLiteral("itemDialog")));
    QCOMPARE(related(QStringLiteral("MUG")), QStringList{ QStringLiteral("SAUCER") });
}

// A SKU the shop does not have, or the item itself, is refused where it is typed, with
// the service's reason; nothing is saved.
void TestItemsPage::refusesAnUnknownOrSelfRelatedItem()
{
    ItemDialog* dialog = openItemDialog(QStringLiteral("MUG"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto* sku = dialog->findChild<QLineEdit*>(QStringLiteral("relatedSkuLineEdit"));
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("relatedErrorLabel"));
    QVERIFY(sku && error);
    QVERIFY(error->isHidden());

    QTest::keyClicks(sku, QStringLiteral("NOPE-1"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addRelatedButton")), Qt::LeftButton);
    QVERIFY(!error->isHidden());
    QCOMPARE(error->text(), QStringLiteral("unknown SKU 'NOPE-1'"));
    QVERIFY(relatedShown(dialog).isEmpty());
    QCOMPARE(sku->text(), QStringLiteral("NOPE-1")); // kept for correcting

    sku->clear();
    QVERIFY(error->isHidden());
    QTest::keyClicks(sku, QStringLiteral("MUG"));
    QTest::keyClick(sku, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(!error->isHidden());
    QCOMPARE(error->text(), QStringLiteral("MUG cannot be related to itself"));
    QVERIFY(relatedShown(dialog).isEmpty());

    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!m_page->findChild<ItemDialog*>(QStringLiteral("itemDialog")));
    QVERIFY(related(QStringLiteral("MUG")).isEmpty());
    QCOMPARE(m_context->undoStack()->count(), 0);
    QVERIFY(m_prompter->warned.isEmpty());
}

void TestItemsPage::datesShowAndTypeInTheWindowsOneForm_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("shown");
    QTest::addRow("en_GB") << QStringLiteral("en_GB") << QStringLiteral("20/02/2025") << QStringLiteral("10/01/2025");
    QTest::addRow("da_DK") << QStringLiteral("da_DK") << QStringLiteral("20.02.2025") << QStringLiteral("10.01.2025");
    QTest::addRow("en_US") << QStringLiteral("en_US") << QStringLiteral("2/20/25") << QStringLiteral("1/10/25");
}

// The item dialog shows and takes a date as the rest of the window writes it
// (LocaleFormat); the next purchase order's date too.
void TestItemsPage::datesShowAndTypeInTheWindowsOneForm()
{
    QFETCH(QString, locale);
    QFETCH(QString, typed);
    QFETCH(QString, shown);
    const QLocale before;
    QLocale::setDefault(QLocale(locale));
    const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
    const bd::services::PurchaseOrderLineInput po{ QStringLiteral("PO-7"), QStringLiteral("Potter"), QStringLiteral("MUG"),
                                                   6, QDate(2025, 1, 10), 0 };
    BD_VERIFY_OK(bd::services::CatalogService(shop()).savePurchaseOrderLines({ po }));
    m_page->reload();

    ItemDialog* dialog = openItemDialog(QStringLiteral("MUG"));
    QVERIFY(dialog);
    auto* nextDelivery = dialog->findChild<QLabel*>(QStringLiteral("nextDeliveryLabel"));
    QVERIFY(nextDelivery);
    QCOMPARE(nextDelivery->text(), shown);
    QCOMPARE(shown, bd::domain::LocaleFormat().date(QDate(2025, 1, 10)));
    auto* date = dialog->findChild<QDateEdit*>(QStringLiteral("expectedDateEdit"));
    date->setDate(QDate(2025, 3, 4));
    QCOMPARE(date->text(), bd::domain::LocaleFormat().date(QDate(2025, 3, 4)));
    // Typed a field at a time, as the locale orders them.
    date->setFocus();
    const QStringList parts = typed.split(QRegularExpression(QStringLiteral("\\D")));
    QCOMPARE(parts.size(), date->sectionCount());
    for (int i = 0; i < parts.size(); ++i) {
        date->setSelectedSection(date->sectionAt(i));
        QTest::keyClicks(date, parts.at(i));
    }
    QCOMPARE(date->date(), QDate(2025, 2, 20));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!m_page->findChild<ItemDialog*>(QStringLiteral("itemDialog")));
    QCOMPARE(item(QStringLiteral("MUG")).expectedDate, QDate(2025, 2, 20));
}

// New Item… adds one item by hand; it is selected afterwards.
void TestItemsPage::newItemIsCreatedAndSelected()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("new"), QStringLiteral("1"));
    m_page->applyRoute(query);
    auto* dialog = m_page->findChild<bd::ui::NewItemDialog*>(QStringLiteral("newItemDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto* create = dialog->findChild<QPushButton*>(QStringLiteral("createItemButton"));
    QVERIFY(!create->isEnabled()); // a SKU first
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("skuLineEdit")), QStringLiteral("BOWL-L"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("nameLineEdit")), QStringLiteral("Bowl, large"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("priceLineEdit")), QStringLiteral("24.50"));
    dialog->findChild<QSpinBox*>(QStringLiteral("onHandSpinBox"))->setValue(3);
    auto* policy = dialog->findChild<QComboBox*>(QStringLiteral("policyComboBox"));
    QCOMPARE(policy->currentData().toInt(), int(Policy::Backorder));
    QVERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY(!m_page->findChild<bd::ui::NewItemDialog*>(QStringLiteral("newItemDialog")));

    const bd::domain::Item bowl = item(QStringLiteral("BOWL-L"));
    QCOMPARE(bowl.name, QStringLiteral("Bowl, large"));
    QCOMPARE(bowl.priceMinor, qint64(2450));
    QCOMPARE(bowl.onHand, 3);
    QCOMPARE(int(bowl.policy), int(Policy::Backorder));
    QTRY_COMPARE(m_page->selectedSku(), QStringLiteral("BOWL-L")); // selected when its row comes
}

void TestItemsPage::newItemRefusesAKnownSkuAndAWrongPrice()
{
    m_page->newItem();
    auto* dialog = m_page->findChild<bd::ui::NewItemDialog*>(QStringLiteral("newItemDialog"));
    QVERIFY(dialog);
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("newItemErrorLabel"));
    auto* create = dialog->findChild<QPushButton*>(QStringLiteral("createItemButton"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("skuLineEdit")), QStringLiteral("CAP"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("nameLineEdit")), QStringLiteral("Another cap"));
    dialog->findChild<QSpinBox*>(QStringLiteral("onHandSpinBox"))->setValue(9);
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(QStringLiteral("already")), qPrintable(error->text()));
    QCOMPARE(item(QStringLiteral("CAP")).name, QStringLiteral("Cap")); // the known item is left alone
    QCOMPARE(item(QStringLiteral("CAP")).onHand, 5);

    auto* sku = dialog->findChild<QLineEdit*>(QStringLiteral("skuLineEdit"));
    sku->selectAll();
    QTest::keyClicks(sku, QStringLiteral("CAP-2"));
    QVERIFY(error->isHidden());
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("priceLineEdit")), QStringLiteral("twelve"));
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("'twelve' is not a price")), qPrintable(error->text()));
    QVERIFY(!bd::test::must(shop().items().itemBySku(QStringLiteral("CAP-2"))));
    dialog->reject();
}

QTEST_MAIN(TestItemsPage)
// At the width the page has in a 1280×800 window, the backorder columns come right
// after SKU and name and are on screen; scrolled to the far right, SKU and name stay.
void TestItemsPage::skuAndNameStayWhileScrollingRight()
{
    m_page->resize(1100, 690);
    QCoreApplication::processEvents();
    auto* view = qobject_cast<bd::ui::FrozenColumnsTableView*>(table());
    QVERIFY(view);
    QHeaderView* header = view->horizontalHeader();
    const QList<int> first = { ItemsModel::Sku,      ItemsModel::Name,      ItemsModel::Waiting,
                               ItemsModel::WaitingCustomers, ItemsModel::Incoming, ItemsModel::ExpectedDate };
    for (int visual = 0; visual < first.size(); ++visual) {
        QCOMPARE(header->logicalIndex(visual), first.at(visual));
        const int logical = first.at(visual);
        QVERIFY2(header->sectionViewportPosition(logical) + header->sectionSize(logical) <= view->viewport()->width(),
                 qPrintable(view->model()->headerData(logical, Qt::Horizontal).toString()));
    }
    // Narrow enough to scroll: the last column comes into view, SKU and name stay.
    m_page->resize(700, 690);
    QCoreApplication::processEvents();
    view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->maximum());
    QCoreApplication::processEvents();
    QVERIFY(view->horizontalScrollBar()->value() > 0);
    QVERIFY(header->sectionViewportPosition(ItemsModel::Sku) < 0); // scrolled away under…
    QTableView* frozen = view->frozenView();
    QVERIFY(frozen->isVisible());
    // …the frozen part, which shows SKU and name at the left edge.
    QCOMPARE(frozen->geometry().left(), view->frameWidth());
    QCOMPARE(frozen->width(), view->columnWidth(ItemsModel::Sku) + view->columnWidth(ItemsModel::Name));
    QVERIFY(!frozen->isColumnHidden(ItemsModel::Sku) && !frozen->isColumnHidden(ItemsModel::Name));
    QVERIFY(frozen->isColumnHidden(ItemsModel::Waiting));
    const int row = rowOf(QStringLiteral("MUG"));
    QTRY_COMPARE(frozen->model()->index(row, ItemsModel::Sku).data().toString(), QStringLiteral("MUG"));
    QTRY_VERIFY(frozen->visualRect(frozen->model()->index(row, ItemsModel::Sku)).left() >= 0);
    // Selecting in one selects in the other.
    select(QStringLiteral("MUG"));
    QTRY_VERIFY(frozen->selectionModel()->isRowSelected(row, {}));
}

void TestItemsPage::columnsChosenAndMovedAreRemembered()
{
    auto* view = qobject_cast<bd::ui::FrozenColumnsTableView*>(table());
    QHeaderView* header = view->horizontalHeader();
    // Hide Attributes, move Expected left of Incoming.
    {
        auto menu = view->columnsMenu(-1);
        for (QAction* action : menu->actions()) {
            if (action->data().toInt() == ItemsModel::Attributes && action->isCheckable())
                action->setChecked(false);
        }
        // SKU and name are not in the menu: they stay.
        for (QAction* action : menu->actions())
            QVERIFY(!action->isCheckable() || action->data().toInt() > ItemsModel::Name);
    }
    QVERIFY(header->isSectionHidden(ItemsModel::Attributes));
    {
        auto menu = view->columnsMenu(ItemsModel::ExpectedDate);
        menu->findChild<QAction*>(QStringLiteral("moveColumnLeftAction"))->trigger();
    }
    QCOMPARE(header->visualIndex(ItemsModel::ExpectedDate), 4);
    QCOMPARE(header->visualIndex(ItemsModel::Incoming), 5);
    // Moving the first movable column left is not offered: SKU and name stay first.
    QVERIFY(!view->columnsMenu(ItemsModel::Waiting)->findChild<QAction*>(QStringLiteral("moveColumnLeftAction"))->isEnabled());

    const QByteArray state = m_page->saveState();
    m_page = std::make_unique<ItemsPage>(*m_context);
    m_page->restoreState(state);
    m_page->show();
    m_page->reload();
    auto* again = qobject_cast<bd::ui::FrozenColumnsTableView*>(table());
    QVERIFY(again->horizontalHeader()->isSectionHidden(ItemsModel::Attributes));
    QCOMPARE(again->horizontalHeader()->visualIndex(ItemsModel::ExpectedDate), 4);
    QCOMPARE(again->horizontalHeader()->logicalIndex(0), int(ItemsModel::Sku));

    // Reset brings the default order back, every column shown.
    again->columnsMenu(-1)->findChild<QAction*>(QStringLiteral("resetColumnsAction"))->trigger();
    QVERIFY(!again->horizontalHeader()->isSectionHidden(ItemsModel::Attributes));
    QCOMPARE(again->horizontalHeader()->visualIndex(ItemsModel::Waiting), 2);
    QCOMPARE(again->horizontalHeader()->visualIndex(ItemsModel::ExpectedDate), 5);
}

#include "TestItemsPage.moc"
