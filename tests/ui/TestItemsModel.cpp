#include "ListWait.h"
#include "TempShop.h"
#include "models/ItemsModel.h"
#include "core/Clock.h"
#include "services/CatalogService.h"
#include "services/OrderService.h"
#include "services/Shop.h"
#include "store/ItemStore.h"
#include "store/PurchaseStore.h"
#include "store/Transaction.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QSqlQuery>
#include <QTest>

using bd::store::ItemFilter;
using bd::ui::ItemsModel;

class TestItemsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void passesModelTester();
    void readsOnlyThePagesShown();
    void memoryStaysFlatWhileScrolling();
    void dropsStaleAnswers();
    void showsPlaceholdersUntilThePageComes();
    void emptyWithoutStore();
    void sortsInTheStore();
    void ignoresColumnsTheStoreCannotSort();
    void sortsByEveryColumn_data();
    void sortsByEveryColumn();
    void filtersBySearchText_data();
    void filtersBySearchText();
    void filtersItemsWithWaitingCustomers();
    void sortsByWaitingCustomers();
    void sortsByStatus();
    void showsItemFields();
    void showsNotTracked();
    void reloadShowsChangesUnderneath();
    void reloadKeepsTheSelectionByKey();
    void expectedIsTheNextPurchaseOrder();

private:

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<bd::store::Database> m_db;
};

static constexpr int itemCount = 600;

void TestItemsModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestItemsModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = bd::store::Database::open(bd::test::shopLocation(m_dir->filePath(QStringLiteral("shop.sqlite"))));
    QVERIFY2(db.ok(), qPrintable(db.errorText()));
    m_db = db.takeValue();
    bd::test::addItems(*m_db, itemCount);
}

void TestItemsModel::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

using bd::test::settled;
using bd::test::shown;

void TestItemsModel::passesModelTester()
{
    ItemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_db.get());
    QVERIFY(settled(model));
    QCOMPARE(shown(model, itemCount - 1, ItemsModel::Sku).toString(), bd::test::skuOf(itemCount));
    model.sort(ItemsModel::Name, Qt::DescendingOrder);
    QVERIFY(settled(model));
    ItemFilter filter = model.filter();
    filter.search = QStringLiteral("Blue");
    model.setFilter(filter);
    QVERIFY(settled(model));
    QCOMPARE(model.rowCount(), itemCount / 3);
    model.reload();
    QVERIFY(settled(model));
    model.setDatabase(nullptr);
    QVERIFY(settled(model));
    QCOMPARE(model.rowCount(), 0);
}

// The count comes with the first page; a row far down is read with its own page only,
// from the end of the list.
void TestItemsModel::readsOnlyThePagesShown()
{
    ItemsModel model;
    model.setDatabase(m_db.get());
    QCOMPARE(model.rowCount(), 0); // nothing waited for
    QVERIFY(settled(model));
    QCOMPARE(model.totalCount(), itemCount);
    QCOMPARE(model.rowCount(), itemCount);
    QCOMPARE(model.residentRows(), int(ItemsModel::PageSize));
    QVERIFY(model.isRowLoaded(0));
    QVERIFY(!model.isRowLoaded(itemCount - 1));

    // Scroll to the end: the last page, and nothing between.
    QCOMPARE(shown(model, itemCount - 1, ItemsModel::Sku).toString(), bd::test::skuOf(itemCount));
    QCOMPARE(model.residentRows(), 2 * ItemsModel::PageSize);
    QVERIFY(!model.isRowLoaded(itemCount / 2));
    QCOMPARE(shown(model, itemCount - ItemsModel::PageSize, ItemsModel::Sku).toString(),
             bd::test::skuOf(itemCount - ItemsModel::PageSize + 1));
    QCOMPARE(model.columnCount(), int(ItemsModel::ColumnCount));
}

void TestItemsModel::memoryStaysFlatWhileScrolling()
{
    const int more = 20 * ItemsModel::PageSize;
    bd::test::addItems(*m_db, more, itemCount + 1);
    const int total = itemCount + more;
    ItemsModel model;
    model.setDatabase(m_db.get());
    QVERIFY(settled(model));
    QCOMPARE(model.rowCount(), total);
    int most = 0;
    for (int row = 0; row < total; row += ItemsModel::PageSize / 2) {
        QCOMPARE(shown(model, row, ItemsModel::Sku).toString(), bd::test::skuOf(row + 1));
        most = std::max(most, model.residentRows());
    }
    QCOMPARE(shown(model, total - 1, ItemsModel::Sku).toString(), bd::test::skuOf(total));
    QVERIFY2(most <= ItemsModel::ResidentPages * ItemsModel::PageSize, qPrintable(QString::number(most)));
    QVERIFY(model.residentRows() < total / 2);
    // What was dropped comes back when looked at again.
    QVERIFY(!model.isRowLoaded(0));
    QCOMPARE(shown(model, 0, ItemsModel::Sku).toString(), bd::test::skuOf(1));
}

// A filter changed again before the first answer came: only the last one is shown, and
// the model is reset once.
void TestItemsModel::dropsStaleAnswers()
{
    ItemsModel model;
    model.setDatabase(m_db.get());
    QVERIFY(settled(model));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    ItemFilter filter = model.filter();
    filter.search = QStringLiteral("Blue");
    model.setFilter(filter);
    filter.search = QStringLiteral("SKU-00");
    model.setFilter(filter);
    filter.search = QStringLiteral("Green");
    model.setFilter(filter);
    QVERIFY(settled(model));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), itemCount / 3);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(shown(model, row, ItemsModel::Attributes).toString().contains(QStringLiteral("Green")));
}

void TestItemsModel::showsPlaceholdersUntilThePageComes()
{
    ItemsModel model;
    model.setDatabase(m_db.get());
    QVERIFY(settled(model));
    const int far = itemCount / 2 + 10;
    QVERIFY(!model.isRowLoaded(far));
    QCOMPARE(model.index(far, ItemsModel::Sku).data().toString(), QStringLiteral("\u2026"));
    QCOMPARE(model.index(far, ItemsModel::Name).data().toString(), QString());
    QCOMPARE(model.itemAt(far), nullptr);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(settled(model));
    QVERIFY(model.isRowLoaded(far));
    QCOMPARE(changed.count(), 1);
    const QModelIndex first = changed.at(0).at(0).value<QModelIndex>();
    const QModelIndex last = changed.at(0).at(1).value<QModelIndex>();
    QVERIFY(first.row() <= far && far <= last.row());
    QCOMPARE(model.index(far, ItemsModel::Sku).data().toString(), bd::test::skuOf(far + 1));
}

void TestItemsModel::emptyWithoutStore()
{
    ItemsModel model;
    QCOMPARE(model.rowCount(), 0);
    model.reload();
    QVERIFY(settled(model));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
}

void TestItemsModel::sortsInTheStore()
{
    ItemsModel model;
    model.setDatabase(m_db.get());
    QVERIFY(settled(model));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.sort(ItemsModel::Sku, Qt::DescendingOrder);
    QVERIFY(settled(model));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.sortColumn(), int(ItemsModel::Sku));
    QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
    QCOMPARE(shown(model, 0, ItemsModel::Sku).toString(), bd::test::skuOf(600));
    QCOMPARE(shown(model, 1, ItemsModel::Sku).toString(), bd::test::skuOf(599));
    QCOMPARE(shown(model, itemCount - 1, ItemsModel::Sku).toString(), bd::test::skuOf(1));

    // The same order again reads nothing again.
    model.sort(ItemsModel::Sku, Qt::DescendingOrder);
    QVERIFY(settled(model));
    QCOMPARE(reset.count(), 1);

    model.sort(ItemsModel::Waiting, Qt::DescendingOrder);
    QVERIFY(settled(model));
    QCOMPARE(shown(model, 0, ItemsModel::Waiting).toString(), QStringLiteral("3"));
    // Ties are broken by SKU in the same direction.
    QCOMPARE(shown(model, 0, ItemsModel::Sku).toString(), bd::test::skuOf(600));
}

void TestItemsModel::ignoresColumnsTheStoreCannotSort()
{
    ItemsModel model;
    model.setDatabase(m_db.get());
    // Every column shown sorts; only a column the list does not have is ignored.
    for (int column = 0; column < ItemsModel::ColumnCount; ++column)
        QVERIFY2(ItemsModel::isSortable(column), qPrintable(QString::number(column)));
    QVERIFY(!ItemsModel::isSortable(ItemsModel::ColumnCount));
    QVERIFY(settled(model));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.sort(ItemsModel::ColumnCount, Qt::DescendingOrder);
    QVERIFY(settled(model));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.sortColumn(), int(ItemsModel::Sku));
    QCOMPARE(model.sortOrder(), Qt::AscendingOrder);
}

void TestItemsModel::sortsByEveryColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    for (int column = 0; column < ItemsModel::ColumnCount; ++column) {
        // Waiting customers and incoming units are the same for every item of this
        // shop (no orders, no purchase orders): nothing to see of their order here.
        if (!ItemsModel::isSortable(column) || column == ItemsModel::WaitingCustomers
            || column == ItemsModel::Incoming)
            continue;
        const QString name = ItemsModel().headerData(column, Qt::Horizontal).toString();
        QTest::addRow("%s up", qPrintable(name)) << column << false;
        QTest::addRow("%s down", qPrintable(name)) << column << true;
    }
}

void TestItemsModel::sortsByEveryColumn()
{
    QFETCH(int, column);
    QFETCH(bool, descending);
    // Limits and allocations of their own for some items.
    QSqlQuery vary(m_db->connection());
    QVERIFY(vary.exec(QStringLiteral("UPDATE items SET backorder_limit = id % 7 WHERE id % 2 = 0")));
    QVERIFY(vary.exec(QStringLiteral("UPDATE items SET allocated = on_hand / 2")));
    ItemsModel model;
    model.setDatabase(m_db.get());
    model.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    QCOMPARE(model.sortColumn(), column);
    QVERIFY(settled(model));
    QCOMPARE(model.rowCount(), itemCount);
    // What the column shows, as the store compares it (no limit and no date sort first).
    const auto key = [&](int row) -> QVariant {
        switch (column) {
        case ItemsModel::Sku:
        case ItemsModel::Name:
        case ItemsModel::Attributes:
        case ItemsModel::Policy:
            return shown(model, row, column).toString();
        case ItemsModel::ExpectedDate:
            return shown(model, row, column, Qt::EditRole).toDate().toJulianDay();
        case ItemsModel::Status:
            return shown(model, row, column, ItemsModel::StockStatusRole).toInt();
        default: {
            const QString text = shown(model, row, column).toString();
            return text.isEmpty() ? -1 : QLocale().toInt(text);
        }
        }
    };
    int changes = 0;
    for (int row = 1; row < itemCount; ++row) {
        const QVariant before = key(row - 1);
        const QVariant after = key(row);
        const int cmp = QVariant::compare(before, after) == QPartialOrdering::Less      ? -1
                        : QVariant::compare(before, after) == QPartialOrdering::Greater ? 1
                                                                                        : 0;
        QVERIFY2(descending ? cmp >= 0 : cmp <= 0,
                 qPrintable(QStringLiteral("row %1: %2 then %3").arg(row).arg(before.toString(), after.toString())));
        changes += cmp != 0;
    }
    QVERIFY2(changes > 0, "the column shows one value only; the test would prove nothing");
}

void TestItemsModel::filtersBySearchText_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("firstSku");

    QTest::addRow("sku prefix") << QStringLiteral("SKU-01") << 100 << bd::test::skuOf(100);
    QTest::addRow("name") << QStringLiteral("Item 599") << 1 << bd::test::skuOf(599);
    QTest::addRow("attribute") << QStringLiteral("Color=Blue") << 200 << bd::test::skuOf(1);
    QTest::addRow("case-insensitive") << QStringLiteral("sku-0042") << 1 << bd::test::skuOf(42);
    QTest::addRow("wildcards taken literally") << QStringLiteral("SKU_0") << 0 << QString();
    QTest::addRow("nothing") << QStringLiteral("no such thing") << 0 << QString();
}

void TestItemsModel::filtersBySearchText()
{
    QFETCH(QString, search);
    QFETCH(int, rows);
    QFETCH(QString, firstSku);

    ItemsModel model;
    model.setDatabase(m_db.get());
    ItemFilter filter;
    filter.search = search;
    model.setFilter(filter);
    QVERIFY(settled(model));
    QCOMPARE(model.totalCount(), rows);
    QCOMPARE(model.rowCount(), rows);
    if (rows > 0)
        QCOMPARE(shown(model, 0, ItemsModel::Sku).toString(), firstSku);
}

void TestItemsModel::filtersItemsWithWaitingCustomers()
{
    ItemsModel model;
    model.setDatabase(m_db.get());
    ItemFilter filter;
    filter.onlyWaiting = true;
    model.setFilter(filter);
    QVERIFY(settled(model));
    QCOMPARE(model.totalCount(), itemCount / 10);
    QCOMPARE(model.rowCount(), itemCount / 10);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.itemAt(row)->waiting > 0);

    filter.search = QStringLiteral("SKU-00");
    model.setFilter(filter);
    QVERIFY(settled(model));
    QCOMPARE(model.rowCount(), 9); // SKU-0010 … SKU-0090
}

// Customers waiting, counted once each however many of their orders wait: three for
// MUG-A (one of them twice), two for MUG-C, one for MUG-B, none for the rest.
void TestItemsModel::sortsByWaitingCustomers()
{
    bd::core::FixedClock clock(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
    bd::services::Shop shop(*m_db, clock);
    QList<bd::services::ItemInput> items;
    for (const QString& sku : { QStringLiteral("MUG-A"), QStringLiteral("MUG-B"), QStringLiteral("MUG-C") }) {
        bd::services::ItemInput input;
        input.item.sku = sku;
        input.item.name = QStringLiteral("Mug");
        input.item.priceMinor = 1000;
        input.item.policy = bd::domain::Policy::Backorder;
        input.onHand = 0;
        items << input;
    }
    const bd::core::Status saved = bd::services::CatalogService(shop).saveItems(items);
    QVERIFY2(saved.ok(), qPrintable(saved.errorText()));
    const QList<std::pair<QString, QString>> orders = {
        { QStringLiteral("ann"), QStringLiteral("MUG-A") }, { QStringLiteral("ann"), QStringLiteral("MUG-A") },
        { QStringLiteral("bo"), QStringLiteral("MUG-A") },  { QStringLiteral("cy"), QStringLiteral("MUG-A") },
        { QStringLiteral("bo"), QStringLiteral("MUG-B") },  { QStringLiteral("ann"), QStringLiteral("MUG-C") },
        { QStringLiteral("cy"), QStringLiteral("MUG-C") },
    };
    int number = 0;
    for (const auto& [who, sku] : orders) {
        bd::domain::NewOrder order;
        order.number = QStringLiteral("W%1").arg(++number);
        order.placedAt = clock.now();
        order.customerEmail = who + QStringLiteral("@example.com");
        order.lines << bd::domain::NewOrderLine{ sku, 1, std::nullopt, 0 };
        const auto placed = bd::services::OrderService(shop).place(order);
        QVERIFY2(placed.ok(), qPrintable(placed.errorText()));
        clock.advanceSeconds(60);
    }
    ItemsModel model;
    model.setDatabase(m_db.get());
    model.sort(ItemsModel::WaitingCustomers, Qt::DescendingOrder);
    QCOMPARE(model.sortColumn(), int(ItemsModel::WaitingCustomers));
    QVERIFY(settled(model));
    QCOMPARE(model.rowCount(), itemCount + 3);
    QCOMPARE(shown(model, 0, ItemsModel::Sku).toString(), QStringLiteral("MUG-A"));
    QCOMPARE(shown(model, 0, ItemsModel::WaitingCustomers).toString(), QStringLiteral("3"));
    QCOMPARE(shown(model, 1, ItemsModel::Sku).toString(), QStringLiteral("MUG-C"));
    QCOMPARE(shown(model, 2, ItemsModel::Sku).toString(), QStringLiteral("MUG-B"));
    // Ascending, the same three last, in the reverse order; the rest by SKU before them.
    model.sort(ItemsModel::WaitingCustomers, Qt::AscendingOrder);
    QVERIFY(settled(model));
    QCOMPARE(shown(model, itemCount + 2, ItemsModel::Sku).toString(), QStringLiteral("MUG-A"));
    QCOMPARE(shown(model, itemCount + 1, ItemsModel::Sku).toString(), QStringLiteral("MUG-C"));
    QCOMPARE(shown(model, itemCount, ItemsModel::Sku).toString(), QStringLiteral("MUG-B"));
    QCOMPARE(shown(model, 0, ItemsModel::Sku).toString(), QStringLiteral("SKU-0001"));
}

// The status badge sorts in the order of the statuses (in stock, backorder, pre-order,
// sold out, not tracked), then by SKU, each judged by the same rule the badge shows, and
// backwards exactly reversed; every page read as a view scrolling through reads it.
void TestItemsModel::sortsByStatus()
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    {
        // The two statuses the generated items lack.
        bd::store::ItemStore items(*m_db);
        bd::store::Transaction tx(*m_db);
        QVERIFY2(tx.isActive(), qPrintable(tx.status().errorText()));
        bd::domain::Item preorder;
        preorder.sku = QStringLiteral("PRE-1");
        preorder.name = QStringLiteral("Coming soon");
        preorder.currency = QStringLiteral("EUR");
        preorder.policy = bd::domain::Policy::Preorder;
        preorder.releaseDate = today.addDays(30);
        QVERIFY(items.insertItem(preorder, bd::test::fixedNow()).ok());
        bd::domain::Item untracked;
        untracked.sku = QStringLiteral("FREE-1");
        untracked.name = QStringLiteral("Gift card");
        untracked.currency = QStringLiteral("EUR");
        untracked.tracked = false;
        QVERIFY(items.insertItem(untracked, bd::test::fixedNow()).ok());
        QVERIFY(tx.commit().ok());
    }
    ItemsModel model;
    model.setToday(today);
    model.setDatabase(m_db.get());
    for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
        model.sort(ItemsModel::Status, order);
        QCOMPARE(model.sortColumn(), int(ItemsModel::Status));
        QCOMPARE(model.sortOrder(), order);
        QVERIFY(settled(model));
        QCOMPARE(model.rowCount(), itemCount + 2);
        QSet<int> statuses;
        std::pair<int, QString> previous;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString sku = shown(model, row, ItemsModel::Sku).toString();
            const bd::domain::Item* item = model.itemAt(row);
            QVERIFY(item);
            QCOMPARE(item->sku, sku);
            const std::pair<int, QString> key{ int(model.stockStatus(*item)), sku };
            QCOMPARE(shown(model, row, ItemsModel::Status, ItemsModel::StockStatusRole).toInt(), key.first);
            if (row > 0)
                QVERIFY2(order == Qt::AscendingOrder ? previous < key : key < previous,
                         qPrintable(QStringLiteral("row %1: %2 after %3").arg(row).arg(sku, previous.second)));
            previous = key;
            statuses.insert(key.first);
        }
        QCOMPARE(statuses.size(), 5);
    }
}

void TestItemsModel::showsItemFields()
{
    ItemsModel model;
    model.setDatabase(m_db.get());
    QVERIFY(settled(model));
    auto cell = [&](int row, int column, int role = Qt::DisplayRole) { return shown(model, row, column, role); };

    // SKU-0030: backorder? no, 30 is even: stop; 3 waiting; 30 % 7 + 1 = 3 on hand; expected date none.
    const int row30 = 29;
    QCOMPARE(cell(row30, ItemsModel::Sku).toString(), QStringLiteral("SKU-0030"));
    QCOMPARE(cell(row30, ItemsModel::Name).toString(), QStringLiteral("Item 30"));
    QCOMPARE(cell(row30, ItemsModel::Policy).toString(), QStringLiteral("Stop"));
    QCOMPARE(cell(row30, ItemsModel::OnHand).toString(), QStringLiteral("3"));
    QCOMPARE(cell(row30, ItemsModel::Waiting).toString(), QStringLiteral("3"));
    // Nothing is available while anyone waits.
    QCOMPARE(cell(row30, ItemsModel::Available).toString(), QStringLiteral("0"));
    QCOMPARE(cell(row30, ItemsModel::ExpectedDate).toString(), QString());
    QCOMPARE(cell(row30, ItemsModel::Name, Qt::ToolTipRole).toString(), QStringLiteral("Color=Red; Size=M"));
    QCOMPARE(cell(row30, ItemsModel::Sku, ItemsModel::SkuRole).toString(), QStringLiteral("SKU-0030"));
    QVERIFY(cell(row30, ItemsModel::Sku, ItemsModel::ItemIdRole).toLongLong() > 0);
    QCOMPARE(cell(row30, ItemsModel::OnHand, Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));

    // SKU-0003: backorder, 3 % 7 + 1 = 4 on hand, nobody waits.
    QCOMPARE(cell(2, ItemsModel::Policy).toString(), QStringLiteral("Backorder"));
    QCOMPARE(cell(2, ItemsModel::Available).toString(), QStringLiteral("4"));

    // SKU-0004: expected 2024-12-05, shown in the user's locale.
    const QString expected = QLocale().toString(QDate(2024, 12, 5), QLocale::ShortFormat);
    QCOMPARE(cell(3, ItemsModel::ExpectedDate).toString(), expected);

    QCOMPARE(model.headerData(ItemsModel::OnHand, Qt::Horizontal).toString(), QStringLiteral("On hand"));
    QCOMPARE(model.headerData(ItemsModel::ExpectedDate, Qt::Horizontal).toString(),
             QStringLiteral("Expected"));
}

// An item whose stock nobody counts says so, whatever its policy and counters.
void TestItemsModel::showsNotTracked()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE items SET tracked = 0 WHERE sku = 'SKU-0030'")));
    ItemsModel model;
    model.setDatabase(m_db.get());
    QVERIFY(settled(model));
    const QModelIndex status = model.index(29, ItemsModel::Status);
    QCOMPARE(status.data().toString(), QStringLiteral("Not tracked"));
    QCOMPARE(status.data(ItemsModel::StockStatusRole).toInt(), int(ItemsModel::StockStatus::NotTracked));
    QCOMPARE(model.index(28, ItemsModel::Status).data().toString() == QStringLiteral("Not tracked"), false);
}

void TestItemsModel::reloadShowsChangesUnderneath()
{
    ItemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_db.get());
    QVERIFY(settled(model));
    QCOMPARE(model.rowCount(), itemCount);

    // Another part of the program (or the CLI) adds an item and receives stock.
    bd::domain::Item item;
    item.sku = QStringLiteral("SKU-0000");
    item.name = QStringLiteral("Newcomer");
    item.attributes = QStringLiteral("Color=Black");
    item.currency = QStringLiteral("EUR");
    const auto id = bd::store::ItemStore(*m_db).insertItem(item, bd::test::fixedNow());
    QVERIFY2(id.ok(), qPrintable(id.errorText()));
    const auto moved = bd::store::LedgerStore(*m_db).addMovement(id.value(), bd::test::fixedNow(), QStringLiteral("receipt"),
                                                                 7, QStringLiteral("PO-1"), QStringLiteral("delivery"));
    QVERIFY2(moved.ok(), qPrintable(moved.errorText()));
    QCOMPARE(model.rowCount(), itemCount); // nothing changes until asked

    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    model.reload();
    QVERIFY(settled(model));
    QCOMPARE(layout.count(), 1);
    QCOMPARE(model.totalCount(), itemCount + 1);
    QCOMPARE(model.rowCount(), itemCount + 1);
    QCOMPARE(shown(model, 0, ItemsModel::Sku).toString(), QStringLiteral("SKU-0000"));
    QCOMPARE(shown(model, 0, ItemsModel::OnHand).toString(), QStringLiteral("7"));
    QCOMPARE(shown(model, itemCount, ItemsModel::Sku).toString(), bd::test::skuOf(itemCount));
}

// A row selected before a refresh is selected after it, at its new place.
void TestItemsModel::reloadKeepsTheSelectionByKey()
{
    ItemsModel model;
    model.setDatabase(m_db.get());
    QVERIFY(settled(model));
    QItemSelectionModel selection(&model);
    selection.setCurrentIndex(model.index(41, ItemsModel::Sku), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(model.itemAt(41)->sku, bd::test::skuOf(42));

    // Two items come before it.
    for (const QString& sku : {QStringLiteral("SKU-0000"), QStringLiteral("SKU-00001")}) {
        bd::domain::Item item;
        item.sku = sku;
        item.name = sku;
        item.currency = QStringLiteral("EUR");
        const auto id = bd::store::ItemStore(*m_db).insertItem(item, bd::test::fixedNow());
        QVERIFY2(id.ok(), qPrintable(id.errorText()));
    }
    model.reload();
    QVERIFY(settled(model));
    QCOMPARE(model.rowCount(), itemCount + 2);
    QCOMPARE(selection.currentIndex().row(), 43);
    QCOMPARE(model.itemAt(selection.currentIndex().row())->sku, bd::test::skuOf(42));
    QVERIFY(selection.isRowSelected(43, QModelIndex()));
}

// The Expected column says when stock comes next: an open purchase order due before the
// date set by hand wins; a fully received one no longer counts.
void TestItemsModel::expectedIsTheNextPurchaseOrder()
{
    bd::store::ItemStore items(*m_db);
    bd::store::PurchaseStore store(*m_db);
    const std::optional<bd::domain::Item> item = bd::test::must(items.itemBySku(QStringLiteral("SKU-0004"))); // expected 2024-12-05
    QVERIFY(item);
    const auto po = store.insertPurchaseOrder(QStringLiteral("PO-1"), QStringLiteral("Fjord"), bd::test::fixedNow());
    QVERIFY(po.ok());
    QVERIFY(store.upsertPurchaseOrderLine(po.value(), item->id, 10, QDate(2024, 11, 20)).ok());

    ItemsModel model;
    model.setDatabase(m_db.get());
    QVERIFY(settled(model));
    QCOMPARE(shown(model, 3, ItemsModel::Sku).toString(), QStringLiteral("SKU-0004"));
    QCOMPARE(shown(model, 3, ItemsModel::ExpectedDate).toString(),
             QLocale().toString(QDate(2024, 11, 20), QLocale::ShortFormat));

    const std::optional<bd::store::PoLine> line = bd::test::must(store.purchaseOrderLine(po.value(), item->id));
    QVERIFY(line);
    QVERIFY(store.addReceivedToPoLine(line->id, 10).ok());
    model.reload();
    QVERIFY(settled(model));
    QCOMPARE(shown(model, 3, ItemsModel::ExpectedDate).toString(),
             QLocale().toString(QDate(2024, 12, 5), QLocale::ShortFormat));
}

QTEST_MAIN(TestItemsModel)
#include "TestItemsModel.moc"
