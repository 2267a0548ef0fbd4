#include "ListWait.h"
#include "OrdersTestShop.h"
#include "customers/CustomersPage.h"
#include "models/CustomersModel.h"
#include "services/OrderService.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QSet>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using bd::test::OrdersTestShop;
using bd::ui::CustomersModel;
using bd::ui::CustomersPage;

class TestCustomersPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listsCustomersWithTheirOrders();
    void searchAndWaitingFilter();
    void sortsByNameOrEmail();
    void sortsByEveryColumn();
    void routeSelectsCustomerAndShowsDetail();
    void detailFollowsTheLastSelection();
    void orderOpensInTheOrdersPage();
    void pagesThroughManyCustomers();

private:
    QStringList emails() const;

    std::unique_ptr<OrdersTestShop> m_shop;
    std::unique_ptr<CustomersPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestCustomersPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BackorderDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("backorderdesk-test-customers-page"));
}

void TestCustomersPage::init()
{
    QSettings().clear();
    m_shop = std::make_unique<OrdersTestShop>();
    QVERIFY(m_shop->open());
    bd::test::fillOrders(*m_shop);
    QVERIFY(!QTest::currentTestFailed());
    // Alice orders again, and waits for caps.
    BD_UI_VERIFY_OK(m_shop->place(u"1005"_s, u"alice@example.com"_s, u"Alice Archer"_s, { { u"CAP"_s, 1 } }));
    m_page = std::make_unique<CustomersPage>(*m_shop->context);
    connect(m_shop->context.get(), &bd::ui::AppContext::shopChanged, m_page.get(), &CustomersPage::reload);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_page->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->resize(1200, 760);
    m_page->reload();
}

void TestCustomersPage::cleanup()
{
    m_tester.reset();
    m_page.reset();
    m_shop.reset();
    QSettings().clear();
}

QStringList TestCustomersPage::emails() const
{
    return bd::test::shownColumn(*m_page->model(), CustomersModel::Email);
}

void TestCustomersPage::listsCustomersWithTheirOrders()
{
    CustomersModel* model = m_page->model();
    QCOMPARE(emails(), (QStringList { u"alice@example.com"_s, u"bob@example.com"_s, u"carol@example.com"_s,
                                      u"dave@example.com"_s }));
    QCOMPARE(model->index(0, CustomersModel::Name).data().toString(), u"Alice Archer"_s);
    QCOMPARE(model->index(0, CustomersModel::Orders).data().toString(), u"2"_s);
    QCOMPARE(model->index(0, CustomersModel::WaitingLines).data().toString(), u"1"_s); // the cap
    QCOMPARE(model->index(1, CustomersModel::WaitingLines).data().toString(), u"1"_s);
    QCOMPARE(model->index(0, CustomersModel::LastOrder).data().toString(),
             QLocale().toString(bd::test::fixedNow().date(), QLocale::ShortFormat));
}

void TestCustomersPage::searchAndWaitingFilter()
{
    auto* search = m_page->findChild<QLineEdit*>(u"customerSearchLineEdit"_s);
    auto* waiting = m_page->findChild<QCheckBox*>(u"waitingCustomersCheckBox"_s);
    QVERIFY(search && waiting);
    QTest::keyClicks(search, u"Cook"_s);
    QTRY_COMPARE(emails(), QStringList { u"carol@example.com"_s });
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(emails().size(), 4);

    waiting->setChecked(true);
    QCOMPARE(emails().size(), 4);
    // Carol's mug is cancelled: she waits for nothing any more.
    BD_UI_VERIFY_OK(bd::services::OrderService(m_shop->shop()).cancel(u"1003"_s, QString(), u"gone"_s));
    m_shop->context->notifyShopChanged();
    QCOMPARE(emails(), (QStringList { u"alice@example.com"_s, u"bob@example.com"_s, u"dave@example.com"_s }));
}

void TestCustomersPage::sortsByNameOrEmail()
{
    BD_UI_VERIFY_OK(m_shop->place(u"1006"_s, u"aaron@example.com"_s, u"Zed Zimmer"_s, { { u"TEE"_s, 1 } }));
    m_page->reload();
    auto* table = m_page->findChild<QTableView*>(u"customersTableView"_s);
    QCOMPARE(emails().first(), u"aaron@example.com"_s);
    table->sortByColumn(CustomersModel::Name, Qt::AscendingOrder);
    QCOMPARE(emails().first(), u"alice@example.com"_s);
    QCOMPARE(emails().last(), u"aaron@example.com"_s);
    table->sortByColumn(CustomersModel::Email, Qt::DescendingOrder);
    QCOMPARE(emails().first(), u"dave@example.com"_s);
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(CustomersModel::Email));
}

// Every column sorts, in the store, both ways: the numbers shown go up (or down) row by
// row, and Alice, who ordered last, is last (first) by her last order.
void TestCustomersPage::sortsByEveryColumn()
{
    auto* table = m_page->findChild<QTableView*>(u"customersTableView"_s);
    const int customers = int(emails().size());
    for (int column : { int(CustomersModel::Phone), int(CustomersModel::Orders), int(CustomersModel::WaitingLines),
                        int(CustomersModel::LastOrder) }) {
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            table->sortByColumn(column, order);
            QCOMPARE(m_page->model()->sortColumn(), column);
            QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), column);
            const QStringList shown = bd::test::shownColumn(*m_page->model(), column);
            QCOMPARE(shown.size(), customers);
            if (column == CustomersModel::LastOrder) {
                const QStringList all = emails();
                QCOMPARE(order == Qt::AscendingOrder ? all.last() : all.first(), u"alice@example.com"_s);
                continue;
            }
            for (int row = 1; row < shown.size(); ++row) {
                const bool numeric = column != CustomersModel::Phone;
                const int step = numeric ? QLocale().toInt(shown[row]) - QLocale().toInt(shown[row - 1])
                                         : shown[row].compare(shown[row - 1]);
                QVERIFY2(order == Qt::AscendingOrder ? step >= 0 : step <= 0,
                         qPrintable(u"column %1: %2"_s.arg(column).arg(shown.join(u", "_s))));
            }
        }
    }
    // The fixture's customers differ in what is sorted by.
    table->sortByColumn(CustomersModel::Orders, Qt::DescendingOrder);
    QCOMPARE(emails().first(), u"alice@example.com"_s);
}

void TestCustomersPage::routeSelectsCustomerAndShowsDetail()
{
    m_page->applyRoute(QUrlQuery(u"email=alice%40example.com"_s));
    QCOMPARE(m_page->currentEmail(), u"alice@example.com"_s);
    QVERIFY(bd::test::detailCame(*m_page));
    auto* title = m_page->findChild<QLabel*>(u"customerTitleLabel"_s);
    QVERIFY2(title->text().contains(u"Alice Archer"_s), qPrintable(title->text()));
    auto* orders = m_page->findChild<QTreeWidget*>(u"customerOrdersTreeWidget"_s);
    QCOMPARE(orders->topLevelItemCount(), 2);
    QCOMPARE(orders->topLevelItem(0)->text(0), u"1005"_s); // newest first
    auto* waiting = m_page->findChild<QTreeWidget*>(u"customerWaitingTreeWidget"_s);
    QCOMPARE(waiting->topLevelItemCount(), 1);
    QCOMPARE(waiting->topLevelItem(0)->text(1), u"CAP"_s);
    // Dave ordered two caps before her: she is second in the queue.
    QCOMPARE(waiting->topLevelItem(0)->text(4), u"2"_s);
    QCOMPARE(waiting->topLevelItem(0)->text(5), QLocale().toString(QDate(2024, 12, 1), QLocale::ShortFormat));
    auto* mails = m_page->findChild<QTreeWidget*>(u"customerMailTreeWidget"_s);
    QVERIFY(mails->topLevelItemCount() >= 1); // the backorder confirmation of 1005

    m_page->applyRoute(QUrlQuery(u"waiting=1"_s));
    QVERIFY(m_page->findChild<QCheckBox*>(u"waitingCustomersCheckBox"_s)->isChecked());
    QCOMPARE(emails().size(), 4);
}

// The detail is read off the window's thread: asking for one customer after another
// shows the last one, never an answer that came late for one asked for before.
void TestCustomersPage::detailFollowsTheLastSelection()
{
    auto* title = m_page->findChild<QLabel*>(u"customerTitleLabel"_s);
    for (const QString& email : { u"alice@example.com"_s, u"bob@example.com"_s, u"carol@example.com"_s,
                                  u"bob@example.com"_s }) {
        m_page->applyRoute(QUrlQuery(u"email="_s + email));
        QVERIFY(m_page->isDetailLoading()); // asked for, not read on the window's thread
    }
    QVERIFY(bd::test::detailCame(*m_page));
    QCOMPARE(m_page->currentEmail(), u"bob@example.com"_s);
    QVERIFY2(title->text().contains(u"Bob Baker"_s), qPrintable(title->text()));
    QCOMPARE(m_page->findChild<QTreeWidget*>(u"customerOrdersTreeWidget"_s)->topLevelItem(0)->text(0), u"1002"_s);
}

void TestCustomersPage::orderOpensInTheOrdersPage()
{
    m_page->applyRoute(QUrlQuery(u"email=bob@example.com"_s));
    QVERIFY(bd::test::detailCame(*m_page));
    QSignalSpy navigated(m_shop->context.get(), &bd::ui::AppContext::navigationRequested);
    auto* orders = m_page->findChild<QTreeWidget*>(u"customerOrdersTreeWidget"_s);
    QCOMPARE(orders->topLevelItemCount(), 1);
    Q_EMIT orders->itemActivated(orders->topLevelItem(0), 0);
    QCOMPARE(navigated.size(), 1);
    QCOMPARE(navigated.first().first().toString(), u"orders?number=1002"_s);
}

void TestCustomersPage::pagesThroughManyCustomers()
{
    QList<bd::domain::Customer> customers;
    for (int n = 0; n < CustomersModel::PageSize * 2 + 5; ++n)
        customers << bd::domain::Customer { 0, u"c%1@example.com"_s.arg(n, 4, 10, QLatin1Char('0')), u"Same"_s, {}, {} };
    BD_UI_VERIFY_OK(bd::services::CatalogService(m_shop->shop()).saveCustomers(customers));
    const int total = int(customers.size()) + 4;
    auto* table = m_page->findChild<QTableView*>(u"customersTableView"_s);
    for (int column : { int(CustomersModel::Email), int(CustomersModel::Name) }) {
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            table->sortByColumn(column, order);
            m_page->reload();
            const QStringList all = emails();
            QCOMPARE(m_page->model()->rowCount(), total);
            QCOMPARE(all.size(), total);
            QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), total);
        }
    }
}

QTEST_MAIN(TestCustomersPage)
#include "TestCustomersPage.moc"
