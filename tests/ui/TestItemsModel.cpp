#include "TempShop.h"
#include "models/ItemsModel.h"
#include "store/PurchaseStore.h"

#include <QAbstractItemModelTester>
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
    void loadsPagesOnDemand();
    void emptyWithoutStore();
    void sortsInTheStore();
    void ignoresColumnsTheStoreCannotSort();
    void filtersBySearchText_data();
    void filtersBySearchText();
    void filtersItemsWithWaitingCustomers();
    void showsItemFields();
    void showsNotTracked();
    void reloadShowsChangesUnderneath();
    void expectedIsTheNextPurchaseOrder();

private:
    void fetchAll(ItemsModel& model);

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
    auto db = bd::store::Database::open(m_dir->filePath(QStringLiteral("shop.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.errorText()));
    m_db = db.takeValue();
    bd::test::addItems(*m_db, itemCount);
}

void TestItemsModel::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

// Qt 6.4's tester re-runs its checks from its modelReset slot, before it has marked
// the reset finished, so a fetchMore() there is taken for rows inserted during a reset.
// The tests fetch pages themselves; the tester still checks every insertion.
static void watch(QAbstractItemModelTester& tester)
{
    tester.setUseFetchMore(false);
}

void TestItemsModel::fetchAll(ItemsModel& model)
{
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
}

void TestItemsModel::passesModelTester()
{
    ItemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    watch(tester);
    model.setDatabase(m_db.get());
    fetchAll(model);
    model.sort(ItemsModel::Name, Qt::DescendingOrder);
    model.fetchMore(QModelIndex());
    ItemFilter filter = model.filter();
    filter.search = QStringLiteral("Blue");
    model.setFilter(filter);
    fetchAll(model);
    model.reload();
    model.setDatabase(nullptr);
}

void TestItemsModel::loadsPagesOnDemand()
{
    ItemsModel model;
    model.setDatabase(m_db.get());
    QCOMPARE(model.totalCount(), itemCount);
    QCOMPARE(model.rowCount(), ItemsModel::PageSize);
    QVERIFY(model.canFetchMore(QModelIndex()));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 2 * ItemsModel::PageSize);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), ItemsModel::PageSize);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2 * ItemsModel::PageSize - 1);

    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), itemCount);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), itemCount);

    QCOMPARE(model.index(0, ItemsModel::Sku).data().toString(), bd::test::skuOf(1));
    QCOMPARE(model.index(itemCount - 1, ItemsModel::Sku).data().toString(), bd::test::skuOf(itemCount));
    QCOMPARE(model.columnCount(), int(ItemsModel::ColumnCount));
}

void TestItemsModel::emptyWithoutStore()
{
    ItemsModel model;
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex());
    model.reload();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
}

void TestItemsModel::sortsInTheStore()
{
    ItemsModel model;
    model.setDatabase(m_db.get());
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 2 * ItemsModel::PageSize);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.sort(ItemsModel::Sku, Qt::DescendingOrder);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.sortColumn(), int(ItemsModel::Sku));
    QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
    // A new order starts again at the first page.
    QCOMPARE(model.rowCount(), ItemsModel::PageSize);
    QCOMPARE(model.index(0, ItemsModel::Sku).data().toString(), bd::test::skuOf(600));
    QCOMPARE(model.index(1, ItemsModel::Sku).data().toString(), bd::test::skuOf(599));
    fetchAll(model);
    QCOMPARE(model.index(itemCount - 1, ItemsModel::Sku).data().toString(), bd::test::skuOf(1));

    // The same order again reads nothing again.
    model.sort(ItemsModel::Sku, Qt::DescendingOrder);
    QCOMPARE(reset.count(), 1);

    model.sort(ItemsModel::Waiting, Qt::DescendingOrder);
    QCOMPARE(model.index(0, ItemsModel::Waiting).data().toString(), QStringLiteral("3"));
    // Ties are broken by SKU in the same direction.
    QCOMPARE(model.index(0, ItemsModel::Sku).data().toString(), bd::test::skuOf(600));
}

void TestItemsModel::ignoresColumnsTheStoreCannotSort()
{
    ItemsModel model;
    model.setDatabase(m_db.get());
    QVERIFY(!ItemsModel::isSortable(ItemsModel::Policy));
    QVERIFY(!ItemsModel::isSortable(ItemsModel::Available));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.sort(ItemsModel::Policy, Qt::DescendingOrder);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.sortColumn(), int(ItemsModel::Sku));
    QCOMPARE(model.sortOrder(), Qt::AscendingOrder);
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
    fetchAll(model);
    QCOMPARE(model.totalCount(), rows);
    QCOMPARE(model.rowCount(), rows);
    if (rows > 0)
        QCOMPARE(model.index(0, ItemsModel::Sku).data().toString(), firstSku);
}

void TestItemsModel::filtersItemsWithWaitingCustomers()
{
    ItemsModel model;
    model.setDatabase(m_db.get());
    ItemFilter filter;
    filter.onlyWaiting = true;
    model.setFilter(filter);
    QCOMPARE(model.totalCount(), itemCount / 10);
    QCOMPARE(model.rowCount(), itemCount / 10);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.itemAt(row)->waiting > 0);

    filter.search = QStringLiteral("SKU-00");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 9); // SKU-0010 … SKU-0090
}

void TestItemsModel::showsItemFields()
{
    ItemsModel model;
    model.setDatabase(m_db.get());
    auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };

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
    const QModelIndex status = model.index(29, ItemsModel::Status);
    QCOMPARE(status.data().toString(), QStringLiteral("Not tracked"));
    QCOMPARE(status.data(ItemsModel::StockStatusRole).toInt(), int(ItemsModel::StockStatus::NotTracked));
    QCOMPARE(model.index(28, ItemsModel::Status).data().toString() == QStringLiteral("Not tracked"), false);
}

void TestItemsModel::reloadShowsChangesUnderneath()
{
    ItemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    watch(tester);
    model.setDatabase(m_db.get());
    fetchAll(model);
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

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    model.reload();
    QCOMPARE(aboutToReset.count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.totalCount(), itemCount + 1);
    // The rows scrolled through stay loaded; the rest comes on demand.
    QCOMPARE(model.rowCount(), itemCount);
    QVERIFY(model.canFetchMore(QModelIndex()));
    QCOMPARE(model.index(0, ItemsModel::Sku).data().toString(), QStringLiteral("SKU-0000"));
    QCOMPARE(model.index(0, ItemsModel::OnHand).data().toString(), QStringLiteral("7"));
    fetchAll(model);
    QCOMPARE(model.rowCount(), itemCount + 1);
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
    QCOMPARE(model.index(3, ItemsModel::Sku).data().toString(), QStringLiteral("SKU-0004"));
    QCOMPARE(model.index(3, ItemsModel::ExpectedDate).data().toString(),
             QLocale().toString(QDate(2024, 11, 20), QLocale::ShortFormat));

    const std::optional<bd::store::PoLine> line = bd::test::must(store.purchaseOrderLine(po.value(), item->id));
    QVERIFY(line);
    QVERIFY(store.addReceivedToPoLine(line->id, 10).ok());
    model.reload();
    QCOMPARE(model.index(3, ItemsModel::ExpectedDate).data().toString(),
             QLocale().toString(QDate(2024, 12, 5), QLocale::ShortFormat));
}

QTEST_MAIN(TestItemsModel)
#include "TestItemsModel.moc"
