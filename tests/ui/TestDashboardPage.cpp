#include "AppContext.h"
#include "ScriptedPrompter.h"
#include "TempShop.h"
#include "ShopFixture.h"
#include "store/OrderStore.h"
#include "store/QueueStore.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/DashboardTile.h"
#include "items/NewItemDialog.h"
#include "mainwindow/MainWindow.h"
#include "services/InsightService.h"
#include "services/Shop.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using bd::domain::PaymentState;
using bd::domain::Policy;
using bd::test::utc;
using bd::ui::AppContext;
using bd::ui::DashboardPage;
using bd::ui::DashboardTile;
using Figure = bd::ui::DashboardPage::Figure;

// A shop with three months of history, made through the services:
//   1 Aug  O1 (a) MUG 2, waits 2, authorized then (the hold has long lapsed)
//   1 Oct  O2 (b) MUG 1, waits, card expired end of October; O3 (d) CAP 3, allocated, captured
//   20 Oct O4 (c) TEE 3, 2 allocated from stock, 1 waits, no payment yet
//   25 Oct 1 MUG received: goes to O1
//   28 Oct O5 (a) MUG 4, waits 4; cancelled 1 Nov
// and "now" 5 Nov 2024.
class TestDashboardPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void figuresEqualWhatTheShopSays();
    void atRiskWeighsTheHoldAgainstThePromisedDate();
    void waitingTrendFollowsTheQueue();
    void histogramBucketsTheWaitingLines();
    void tilesOpenTheirLists_data();
    void tilesOpenTheirLists();
    void reloadAfterAChangeShowsIt();
    void showsNothingWithoutADatabase();
    void anEmptyShopSaysHowToStart();
    void anEmptyShopStartsWithOneItemInTheWindow();

private:
    bd::services::Shop& shop() { return *m_context->shop(); }
    void place(const QString& number, const QString& customer, const QString& sku, int qty, PaymentState payment,
               const QString& cardExpiry = {});
    void refresh();

    std::unique_ptr<QTemporaryDir> m_dir;
    bd::core::FixedClock* m_clock = nullptr;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<DashboardPage> m_page;
};

void TestDashboardPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDashboardPage::place(const QString& number, const QString& customer, const QString& sku, int qty,
                              PaymentState payment, const QString& cardExpiry)
{
    bd::domain::NewOrder order;
    order.number = number;
    order.placedAt = m_clock->now();
    order.customerEmail = customer + QStringLiteral("@example.com");
    order.customerName = customer;
    order.payment = payment;
    order.cardExpiry = cardExpiry;
    order.lines << bd::domain::NewOrderLine{ sku, qty, std::nullopt, 0 };
    BD_VERIFY_OK(bd::services::OrderService(shop()).place(order));
    m_clock->advanceSeconds(60);
}

void TestDashboardPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto clock = std::make_unique<bd::core::FixedClock>(utc(2024, 8, 1));
    m_clock = clock.get();
    m_context = std::make_unique<AppContext>(std::move(clock));
    m_context->setPrompter(std::make_unique<bd::test::ScriptedPrompter>());
    BD_VERIFY_OK(m_context->openDatabase(bd::test::shopLocation(m_dir->filePath(QStringLiteral("shop.sqlite")))));

    QList<bd::services::ItemInput> items;
    for (const auto& [sku, policy, onHand] : { std::tuple{ QStringLiteral("MUG"), Policy::Backorder, 0 },
                                               std::tuple{ QStringLiteral("CAP"), Policy::Stop, 10 },
                                               std::tuple{ QStringLiteral("TEE"), Policy::Backorder, 2 } }) {
        bd::services::ItemInput input;
        input.item.sku = sku;
        input.item.name = sku;
        input.item.policy = policy;
        input.onHand = onHand;
        items << input;
    }
    BD_VERIFY_OK(bd::services::CatalogService(shop()).saveItems(items));

    place(QStringLiteral("O1"), QStringLiteral("a"), QStringLiteral("MUG"), 2, PaymentState::Authorized);
    m_clock->set(utc(2024, 10, 1));
    place(QStringLiteral("O2"), QStringLiteral("b"), QStringLiteral("MUG"), 1, PaymentState::Verified,
          QStringLiteral("2024-10"));
    place(QStringLiteral("O3"), QStringLiteral("d"), QStringLiteral("CAP"), 3, PaymentState::Captured);
    m_clock->set(utc(2024, 10, 20));
    place(QStringLiteral("O4"), QStringLiteral("c"), QStringLiteral("TEE"), 3, PaymentState::None);
    m_clock->set(utc(2024, 10, 25));
    bd::services::ReceiveRequest receipt;
    receipt.sku = QStringLiteral("MUG");
    receipt.qty = 1;
    receipt.reference = QStringLiteral("DEL-1");
    BD_VERIFY_OK(bd::services::StockService(shop()).receive({ receipt }, {}));
    m_clock->set(utc(2024, 10, 28));
    place(QStringLiteral("O5"), QStringLiteral("a"), QStringLiteral("MUG"), 4, PaymentState::Verified);
    m_clock->set(utc(2024, 11, 1));
    BD_VERIFY_OK(bd::services::OrderService(shop()).cancel(QStringLiteral("O5"), {}, QStringLiteral("too long")));
    m_clock->set(utc(2024, 11, 5));

    m_page = std::make_unique<DashboardPage>(*m_context);
    m_page->resize(1200, 760);
    m_page->show();
}

void TestDashboardPage::cleanup()
{
    m_page.reset();
    if (m_context)
        QVERIFY(m_context->waitForTasks(5000));
    m_context.reset();
    m_dir.reset();
}

void TestDashboardPage::refresh()
{
    QSignalSpy updated(m_page.get(), &DashboardPage::updated);
    m_page->reload();
    QVERIFY(m_page->isUpdating());
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("updatingLabel"))->isVisible());
    QVERIFY(m_context->waitForTasks(5000));
    QTRY_COMPARE(updated.count(), 1);
    QVERIFY(!m_page->isUpdating());
    QVERIFY(!m_page->findChild<QLabel*>(QStringLiteral("updatingLabel"))->isVisible());
    QVERIFY(m_page->hasFigures());
}

void TestDashboardPage::figuresEqualWhatTheShopSays()
{
    refresh();
    const bd::services::DashboardFigures& f = m_page->figures();

    // Worked out here from the orders and the queue, not from the dashboard's SQL.
    qint64 waitingUnits = 0;
    QSet<QString> waitingCustomers;
    QDateTime oldest;
    bd::test::must(shop().queue().forEachWaitingLine(0, [&](const bd::domain::WaitingLine& w) {
        waitingUnits += w.qtyWaiting;
        waitingCustomers.insert(w.customerEmail);
        if (!oldest.isValid() || w.placedAt < oldest)
            oldest = w.placedAt;
    }));
    int ready = 0, toCapture = 0;
    qint64 ordered = 0, backordered = 0;
    const QDateTime since = m_clock->now().addDays(-30);
    bd::test::must(shop().orders().forEachOrder([&](const bd::domain::Order& order) {
        if (order.stateName() == QLatin1String("ready"))
            ++ready;
        if (order.allocatedUnits() > 0 && order.payment != PaymentState::Captured)
            ++toCapture;
        if (order.placedAt >= since) {
            for (const bd::domain::OrderLine& line : order.lines)
                ordered += line.qty;
        }
    }));
    // O4 waited for 1 of 3, O5 for all 4.
    backordered = 1 + 4;

    QCOMPARE(f.unitsWaiting, waitingUnits);
    QCOMPARE(f.unitsWaiting, qint64(3));
    QCOMPARE(f.customersWaiting, int(waitingCustomers.size()));
    QCOMPARE(f.customersWaiting, 3);
    QCOMPARE(f.oldestWaitDays, int(oldest.date().daysTo(m_clock->today())));
    QCOMPARE(f.oldestWaitDays, 96);
    QCOMPARE(f.unitsOrdered, ordered);
    QCOMPARE(f.unitsOrdered, qint64(7));
    QCOMPARE(f.unitsBackordered, backordered);
    QCOMPARE(f.ordersReadyToShip, ready);
    QCOMPARE(f.ordersReadyToShip, 1);
    QCOMPARE(f.paymentsToCapture, toCapture);
    QCOMPARE(f.paymentsToCapture, 2); // O1 (authorized), O4 (nothing yet)
    QCOMPARE(f.paymentsAtRisk, 2);    // O1's hold lapsed, O2's card expired
    // The tile counts the orders the payment risk list names (its route opens that list).
    QSet<QString> lapsing;
    for (const bd::services::RiskRow& row : bd::test::must(bd::services::InsightService(shop()).paymentRisk())) {
        if (row.list == QLatin1String("lapses"))
            lapsing.insert(row.orderNumber);
    }
    QCOMPARE(f.paymentsAtRisk, int(lapsing.size()));
    QCOMPARE(f.failedEmails, 0);

    // The tiles show them.
    QCOMPARE(m_page->tile(Figure::UnitsWaiting)->value(), QStringLiteral("3"));
    QCOMPARE(m_page->tile(Figure::OldestWait)->value(), QStringLiteral("96 days"));
    QCOMPARE(m_page->tile(Figure::BackorderRate)->value(), QLocale().toString(100.0 * 5 / 7, 'f', 1) + QLocale().percent());
    QCOMPARE(m_page->tile(Figure::ReadyToShip)->value(), QStringLiteral("1"));
    QCOMPARE(m_page->tile(Figure::AtRisk)->value(), QStringLiteral("2"));

    // A message the mail server refused counts as failed.
    QSqlQuery q(m_context->database()->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox")) && q.next());
    QVERIFY2(q.value(0).toInt() > 0, "placing orders that wait queues confirmations");
    QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET state = 'failed' WHERE id = (SELECT MIN(id) FROM outbox)")));
    refresh();
    QCOMPARE(m_page->figures().failedEmails, 1);
    QCOMPARE(m_page->tile(Figure::FailedEmails)->value(), QStringLiteral("1"));
}

// A promised date from a purchase order: an authorization whose hold ends before it is at
// risk, one whose hold outlasts it is not; the tile and the payment risk list agree.
void TestDashboardPage::atRiskWeighsTheHoldAgainstThePromisedDate()
{
    QList<bd::services::ItemInput> items;
    QList<bd::services::PurchaseOrderLineInput> lines;
    for (const auto& [sku, expected] : { std::pair{ QStringLiteral("LAMP"), QDate(2025, 3, 1) },
                                         std::pair{ QStringLiteral("VASE"), QDate(2024, 11, 7) } }) {
        bd::services::ItemInput input;
        input.item.sku = sku;
        input.item.name = sku;
        input.item.policy = Policy::Backorder;
        items << input;
        bd::services::PurchaseOrderLineInput line;
        line.poNumber = QStringLiteral("PO-") + sku;
        line.supplier = QStringLiteral("Supplier");
        line.sku = sku;
        line.qty = 5;
        line.expected = expected;
        lines << line;
    }
    BD_VERIFY_OK(bd::services::CatalogService(shop()).saveItems(items));
    BD_VERIFY_OK(bd::services::CatalogService(shop()).savePurchaseOrderLines(lines));
    place(QStringLiteral("O6"), QStringLiteral("e"), QStringLiteral("LAMP"), 1, PaymentState::Authorized);
    place(QStringLiteral("O7"), QStringLiteral("f"), QStringLiteral("VASE"), 1, PaymentState::Authorized);

    refresh();
    QCOMPARE(m_page->figures().paymentsAtRisk, 3); // O1, O2 and now O6; not O7
    QSet<QString> lapsing;
    for (const bd::services::RiskRow& row : bd::test::must(bd::services::InsightService(shop()).paymentRisk())) {
        if (row.list == QLatin1String("lapses"))
            lapsing.insert(row.orderNumber);
    }
    QCOMPARE(lapsing, (QSet<QString>{ QStringLiteral("O1"), QStringLiteral("O2"), QStringLiteral("O6") }));
    // The Orders page's filter finds the same orders.
    const QStringList filtered = bd::test::must(bd::services::InsightService(shop()).ordersAtRisk());
    QCOMPARE(QSet<QString>(filtered.cbegin(), filtered.cend()), lapsing);
    QCOMPARE(m_page->tile(Figure::AtRisk)->value(), QStringLiteral("3"));
}

void TestDashboardPage::waitingTrendFollowsTheQueue()
{
    refresh();
    const QList<bd::services::WaitingOnDay>& trend = m_page->figures().waitingTrend;
    QCOMPARE(trend.size(), bd::services::DashboardService::trendDays);
    QCOMPARE(trend.last().day, QDate(2024, 11, 5));
    QCOMPARE(trend.first().day, QDate(2024, 11, 5).addDays(-89));
    auto on = [&](const QDate& day) -> qint64 {
        for (const auto& point : trend) {
            if (point.day == day)
                return point.units;
        }
        return -1;
    };
    QCOMPARE(on(QDate(2024, 8, 8)), qint64(2));   // O1
    QCOMPARE(on(QDate(2024, 9, 30)), qint64(2));
    QCOMPARE(on(QDate(2024, 10, 1)), qint64(3));  // + O2
    QCOMPARE(on(QDate(2024, 10, 20)), qint64(4)); // + O4's one unit
    QCOMPARE(on(QDate(2024, 10, 25)), qint64(3)); // the receipt served O1
    QCOMPARE(on(QDate(2024, 10, 28)), qint64(7)); // + O5
    QCOMPARE(on(QDate(2024, 11, 1)), qint64(3));  // O5 cancelled
    QCOMPARE(on(QDate(2024, 11, 5)), qint64(3));
}

void TestDashboardPage::histogramBucketsTheWaitingLines()
{
    refresh();
    const QList<bd::services::WaitBucket>& buckets = m_page->figures().waitHistogram;
    QCOMPARE(buckets.size(), 5);
    QList<int> lines;
    for (const auto& bucket : buckets)
        lines << bucket.lines;
    // O4 waited 16 days, O2 35, O1 96.
    QCOMPARE(lines, (QList<int>{ 0, 0, 1, 1, 1 }));
    QCOMPARE(buckets.at(4).minDays, 61);
    QCOMPARE(buckets.at(4).units, qint64(1));
}

void TestDashboardPage::tilesOpenTheirLists_data()
{
    QTest::addColumn<QString>("tile");
    QTest::addColumn<QString>("route");
    QTest::addRow("units waiting") << QStringLiteral("unitsWaitingTile") << QStringLiteral("items?waiting=1");
    QTest::addRow("customers waiting") << QStringLiteral("customersWaitingTile") << QStringLiteral("customers?waiting=1");
    QTest::addRow("ready") << QStringLiteral("readyToShipTile") << QStringLiteral("orders?state=ready");
    QTest::addRow("capture") << QStringLiteral("toCaptureTile") << QStringLiteral("orders?capture=1");
    QTest::addRow("risk") << QStringLiteral("atRiskTile") << QStringLiteral("orders?risk=1");
    QTest::addRow("failed e-mails") << QStringLiteral("failedEmailsTile") << QStringLiteral("outbox?state=failed");
}

void TestDashboardPage::tilesOpenTheirLists()
{
    QFETCH(QString, tile);
    QFETCH(QString, route);
    refresh();
    QSignalSpy navigated(m_context.get(), &AppContext::navigationRequested);
    auto* button = m_page->findChild<DashboardTile*>(tile);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(navigated.count(), 1);
    QCOMPARE(navigated.at(0).at(0).toString(), route);
    // And from the keyboard.
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
    QCOMPARE(navigated.count(), 2);
}

void TestDashboardPage::reloadAfterAChangeShowsIt()
{
    refresh();
    QCOMPARE(m_page->figures().unitsWaiting, qint64(3));
    bd::services::ReceiveRequest receipt;
    receipt.sku = QStringLiteral("MUG");
    receipt.qty = 2;
    receipt.reference = QStringLiteral("DEL-2");
    BD_VERIFY_OK(bd::services::StockService(shop()).receive({ receipt }, {}));
    // Two reloads in a row: the second waits for the first and wins.
    m_page->reload();
    m_page->reload();
    QVERIFY(m_context->waitForTasks(5000));
    QTRY_VERIFY(!m_page->isUpdating());
    QCOMPARE(m_page->figures().unitsWaiting, qint64(1));
    QCOMPARE(m_page->tile(Figure::UnitsWaiting)->value(), QStringLiteral("1"));
}

void TestDashboardPage::showsNothingWithoutADatabase()
{
    refresh();
    m_context->closeDatabase();
    m_page->reload();
    QVERIFY(!m_page->hasFigures());
    QVERIFY(!m_page->isUpdating());
    QCOMPARE(m_page->tile(Figure::UnitsWaiting)->value(), QStringLiteral("–"));
    QVERIFY(!m_page->tile(Figure::UnitsWaiting)->isEnabled());
}

void TestDashboardPage::anEmptyShopSaysHowToStart()
{
    refresh();
    QVERIFY(!m_page->showsGettingStarted()); // a shop with items
    m_context->closeDatabase();
    BD_VERIFY_OK(m_context->openDatabase(bd::test::shopLocation(m_dir->filePath(QStringLiteral("empty.sqlite")))));
    refresh();
    QVERIFY(m_page->showsGettingStarted());
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("gettingStartedLabel"))->text().contains(QStringLiteral("Import CSV")));
    QSignalSpy navigated(m_context.get(), &AppContext::navigationRequested);
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("importProductsButton")), Qt::LeftButton);
    QCOMPARE(navigated.size(), 1);
    QCOMPARE(navigated.constFirst().constFirst().toString(), QStringLiteral("import"));
}

// In the window: the empty shop's dashboard opens the import's file choice and the new
// item dialog; once an item is made, the dashboard shows its figures instead.
void TestDashboardPage::anEmptyShopStartsWithOneItemInTheWindow()
{
    auto prompter = std::make_unique<bd::test::ScriptedPrompter>();
    bd::test::ScriptedPrompter* asked = prompter.get();
    m_context->setPrompter(std::move(prompter));
    m_page.reset();
    bd::ui::MainWindow window(*m_context);
    QVERIFY(window.createDatabase(bd::test::shopLocation(m_dir->filePath(QStringLiteral("fresh.sqlite")))));
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* dashboard = window.findChild<DashboardPage*>(QStringLiteral("dashboardPage"));
    QVERIFY(dashboard);
    window.navigate(QStringLiteral("dashboard"));
    QTRY_VERIFY(dashboard->showsGettingStarted());
    QVERIFY(dashboard->findChild<QLabel*>(QStringLiteral("gettingStartedLabel"))->text().contains(QStringLiteral("add one item")));
    // No wall of zeros.
    QVERIFY(!dashboard->tile(Figure::UnitsWaiting)->isVisible());
    QVERIFY(!dashboard->findChild<QWidget*>(QStringLiteral("waitingTrendChartView"))->isVisible());

    // Import products…: the window asks for the file (cancelled here).
    asked->answers.enqueue(QString());
    QTest::mouseClick(dashboard->findChild<QPushButton*>(QStringLiteral("importProductsButton")), Qt::LeftButton);
    QCOMPARE(asked->asked, QStringList{ QStringLiteral("Import CSV") });

    // Add one item…: the new item dialog, on the Items page.
    QTest::mouseClick(dashboard->findChild<QPushButton*>(QStringLiteral("addOneItemButton")), Qt::LeftButton);
    auto* dialog = window.findChild<bd::ui::NewItemDialog*>(QStringLiteral("newItemDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(window.currentPage()->objectName(), QStringLiteral("itemsPage"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("skuLineEdit")), QStringLiteral("VASE-1"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("nameLineEdit")), QStringLiteral("Vase"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("priceLineEdit")), QStringLiteral("40"));
    dialog->findChild<QSpinBox*>(QStringLiteral("onHandSpinBox"))->setValue(2);
    QTest::keyClick(dialog->findChild<QLineEdit*>(QStringLiteral("nameLineEdit")), Qt::Key_Return); // Create is the default
    QTRY_VERIFY(!window.findChild<bd::ui::NewItemDialog*>(QStringLiteral("newItemDialog")));
    const std::optional<bd::domain::Item> vase = bd::test::must(shop().items().itemBySku(QStringLiteral("VASE-1")));
    QVERIFY(vase);
    QCOMPARE(vase->name, QStringLiteral("Vase"));
    QCOMPARE(vase->onHand, 2);
    QCOMPARE(vase->priceMinor, qint64(4000));

    window.navigate(QStringLiteral("dashboard"));
    QTRY_VERIFY(dashboard->hasFigures() && !dashboard->isUpdating());
    QVERIFY(!dashboard->showsGettingStarted());
    QVERIFY(dashboard->tile(Figure::UnitsWaiting)->isVisible());
    QVERIFY(dashboard->findChild<QWidget*>(QStringLiteral("waitingTrendChartView"))->isVisible());
    QVERIFY(asked->unexpected.isEmpty());
}

QTEST_MAIN(TestDashboardPage)
#include "TestDashboardPage.moc"
