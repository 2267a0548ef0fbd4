#include "ListWait.h"
#include "OrdersTestShop.h"
#include "services/CatalogService.h"
#include "services/MailService.h"
#include "services/ShopQueries.h"
#include "services/ShippingService.h"
#include "domain/LocaleFormat.h"
#include "models/OrdersModel.h"
#include "mail/Outbox.h"
#include "orders/CancelDialog.h"
#include "orders/OrdersPage.h"
#include "orders/ShipDialog.h"
#include "mainwindow/MainWindow.h"
#include "services/Shop.h"
#include "store/Database.h"
#include "store/ItemStore.h"
#include "store/MailStore.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <limits>
#include <QTreeWidget>
#include <QUrlQuery>
#include <QHeaderView>
#include <QSet>
#include <QTranslator>

using namespace Qt::StringLiterals;

using bd::store::OrderState;
using bd::test::OrdersTestShop;
using bd::ui::OrdersModel;
using bd::ui::OrdersPage;

class TestOrdersPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void moneyKeepsTheSignOfAmountsUnderOneUnit();

    void listsOrdersWithTheirState();
    void stateFilterAndSearch();
    void paymentFilters();
    void routesSelectAndFilter();
    void sortsInTheStore();
    void pagesInOrder();
    void partialShipWithTracking();
    void cancelLineAllocatesTheNextInLine();
    void cancelOrderKeepsTheReasonFromTheCustomer();
    void recordPayment();
    void recordPaymentRefusesACardNumber();
    void holdUntilComplete();
    void issueCoupon();
    void showsEmailsAndHistory();
    void detailFollowsTheLastSelection();
    void highlightAndDetailAgreeWhenTheOrderLeavesTheList();
    void noDatabaseShowsNothing();
    void detailIsReadableAt1280x800InDanish();

private:
    QStringList numbers() const;
    bool select(const QString& number);
    // What the list shows for an order, once it has read the shop again.
    QVariant shownOf(const QString& number, int column, int role = Qt::DisplayRole) const;
    bd::ui::CancelDialog* cancelDialog() const;

    std::unique_ptr<OrdersTestShop> m_shop;
    std::unique_ptr<OrdersPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestOrdersPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BackorderDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("backorderdesk-test-orders-page"));
}

void TestOrdersPage::init()
{
    QSettings().clear();
    m_shop = std::make_unique<OrdersTestShop>();
    QVERIFY(m_shop->open());
    bd::test::fillOrders(*m_shop);
    QVERIFY(!QTest::currentTestFailed());
    m_page = std::make_unique<OrdersPage>(*m_shop->context);
    // What the main window does when an action committed.
    connect(m_shop->context.get(), &bd::ui::AppContext::shopChanged, m_page.get(), &OrdersPage::reload);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_page->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->resize(1200, 760);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->reload();
}

void TestOrdersPage::cleanup()
{
    QVERIFY2(m_shop->prompter->unexpected.isEmpty(), qPrintable(m_shop->prompter->unexpected.join(u'\n')));
    m_tester.reset();
    m_page.reset();
    m_shop.reset();
    QSettings().clear();
}

QStringList TestOrdersPage::numbers() const
{
    return bd::test::shownColumn(*m_page->model(), OrdersModel::Number, OrdersModel::OrderNumberRole);
}

QVariant TestOrdersPage::shownOf(const QString& number, int column, int role) const
{
    OrdersModel* model = m_page->model();
    if (!bd::test::settled(*model))
        return QStringLiteral("<the list never settled>");
    const int row = model->rowOf(number);
    return row < 0 ? QVariant(QStringLiteral("<%1 not shown>").arg(number)) : bd::test::shown(*model, row, column, role);
}

bool TestOrdersPage::select(const QString& number)
{
    if (!bd::test::settled(*m_page->model()) || !m_page->selectOrder(number))
        return false;
    return m_page->currentNumber() == number && bd::test::detailCame(*m_page);
}

void TestOrdersPage::listsOrdersWithTheirState()
{
    OrdersModel* model = m_page->model();
    // Newest first by default.
    QCOMPARE(numbers(), (QStringList { u"1004"_s, u"1003"_s, u"1002"_s, u"1001"_s }));
    auto stateOf = [&](int row) { return model->index(row, 0).data(OrdersModel::StateRole).toInt(); };
    QCOMPARE(stateOf(0), int(OrderState::PartlyAllocated));
    QCOMPARE(stateOf(1), int(OrderState::Waiting));
    QCOMPARE(stateOf(2), int(OrderState::PartlyAllocated));
    QCOMPARE(stateOf(3), int(OrderState::Ready));
    QCOMPARE(model->index(3, OrdersModel::State).data().toString(), u"Ready"_s);
    QCOMPARE(model->index(2, OrdersModel::Customer).data().toString(), u"Bob Baker"_s);
    QCOMPARE(model->index(2, OrdersModel::Waiting).data().toString(), u"2"_s);
    QCOMPARE(model->index(2, OrdersModel::Lines).data().toString(), u"1"_s);
    QCOMPARE(model->index(2, OrdersModel::Total).data().toString(), bd::domain::LocaleFormat().money(3000, u"EUR"_s));
    QCOMPARE(model->index(2, OrdersModel::Payment).data().toString(), u"Authorized"_s);
    // CAP is expected on 1 Dec: that is the promise of 1004's waiting units.
    QCOMPARE(model->index(0, OrdersModel::Promised).data().toString(),
             QLocale().toString(QDate(2024, 12, 1), QLocale::ShortFormat));
    QCOMPARE(model->index(3, OrdersModel::Promised).data().toString(), QString());
}

void TestOrdersPage::stateFilterAndSearch()
{
    auto* state = m_page->findChild<QComboBox*>(u"stateComboBox"_s);
    QVERIFY(state);
    state->setCurrentIndex(state->findData(int(OrderState::Ready)));
    QCOMPARE(numbers(), QStringList { u"1001"_s });
    state->setCurrentIndex(state->findData(int(OrderState::PartlyAllocated)));
    QCOMPARE(numbers(), (QStringList { u"1004"_s, u"1002"_s }));
    state->setCurrentIndex(state->findData(int(OrderState::Waiting)));
    QCOMPARE(numbers(), QStringList { u"1003"_s });
    state->setCurrentIndex(state->findData(int(OrderState::Shipped)));
    QCOMPARE(numbers(), QStringList());
    state->setCurrentIndex(0);
    QCOMPARE(numbers().size(), 4);

    auto* search = m_page->findChild<QLineEdit*>(u"orderSearchLineEdit"_s);
    QVERIFY(search);
    // By name, by part of the e-mail (after the typing pause), by number prefix.
    QTest::keyClicks(search, u"bob"_s);
    QTRY_COMPARE(numbers(), QStringList { u"1002"_s });
    search->setText(u"carol@exa"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(numbers(), QStringList { u"1003"_s });
    search->setText(u"100"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(numbers().size(), 4);
    search->setText(u"1004"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(numbers(), QStringList { u"1004"_s });
    // A % in the search is a character, not a wildcard.
    search->setText(u"%"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(numbers(), QStringList());
}

void TestOrdersPage::paymentFilters()
{
    auto* capture = m_page->findChild<QCheckBox*>(u"captureCheckBox"_s);
    auto* risk = m_page->findChild<QCheckBox*>(u"riskCheckBox"_s);
    QVERIFY(capture && risk);
    // Allocated, not captured: 1002 (authorized) and 1004 (verified).
    capture->setChecked(true);
    QCOMPARE(numbers(), (QStringList { u"1004"_s, u"1002"_s }));
    capture->setChecked(false);
    // 1004's card expires in November, before CAP's promise of 1 December. The list is
    // worked out in the background; nothing shows until it is known.
    QSignalSpy said(m_page.get(), &bd::ui::Page::statusMessage);
    risk->setChecked(true);
    QVERIFY(m_page->model()->filter().numbers && m_page->model()->filter().numbers->isEmpty());
    QVERIFY(m_shop->context->waitForTasks(5000));
    QTRY_COMPARE(numbers(), QStringList { u"1004"_s });
    QTRY_COMPARE(said.size(), 1);
    QCOMPARE(said.last().value(0).toString(), u"1 order(s) whose payment is at risk"_s);
    // Switched off, the status bar no longer speaks of it.
    risk->setChecked(false);
    QCOMPARE(said.size(), 2);
    QCOMPARE(said.last().value(0).toString(), QString());
    QCOMPARE(numbers().size(), 4);
    risk->setChecked(true);
    QVERIFY(m_shop->context->waitForTasks(5000));
    QTRY_COMPARE(numbers(), QStringList { u"1004"_s });
    // Recording a new card takes it off the list (the page reads the risk list again).
    QVERIFY(select(u"1004"_s));
    m_shop->prompter->answers << 1 << u""_s << u"2027-01"_s;
    m_page->recordPayment();
    QVERIFY(m_shop->context->waitForTasks(5000));
    QTRY_COMPARE(numbers(), QStringList());
    QCOMPARE(m_shop->order(u"1004"_s).cardExpiry, u"2027-01"_s);
}

void TestOrdersPage::routesSelectAndFilter()
{
    m_page->applyRoute(QUrlQuery(u"state=ready"_s));
    QCOMPARE(numbers(), QStringList { u"1001"_s });
    auto* state = m_page->findChild<QComboBox*>(u"stateComboBox"_s);
    QCOMPARE(state->currentData().toInt(), int(OrderState::Ready));

    m_page->applyRoute(QUrlQuery(u"state=partly%20allocated"_s));
    QCOMPARE(numbers(), (QStringList { u"1004"_s, u"1002"_s }));

    m_page->applyRoute(QUrlQuery(u"capture=1"_s));
    QCOMPARE(state->currentIndex(), 0);
    QCOMPARE(numbers(), (QStringList { u"1004"_s, u"1002"_s }));

    m_page->applyRoute(QUrlQuery(u"risk=1"_s));
    QVERIFY(m_shop->context->waitForTasks(5000));
    QTRY_COMPARE(numbers(), QStringList { u"1004"_s });

    m_page->applyRoute(QUrlQuery(u"number=1003"_s));
    QCOMPARE(m_page->currentNumber(), u"1003"_s);
    auto* table = m_page->findChild<QTableView*>(u"ordersTableView"_s);
    QTRY_COMPARE(table->currentIndex().data(OrdersModel::OrderNumberRole).toString(), u"1003"_s);
    QVERIFY(bd::test::detailCame(*m_page));
    auto* title = m_page->findChild<QLabel*>(u"orderTitleLabel"_s);
    QVERIFY2(title->text().contains(u"1003"_s) && title->text().contains(u"carol@example.com"_s),
             qPrintable(title->text()));
    auto* lines = m_page->findChild<QTreeWidget*>(u"linesTreeWidget"_s);
    QCOMPARE(lines->topLevelItemCount(), 1);
    QCOMPARE(lines->topLevelItem(0)->text(0), u"MUG"_s);
    QCOMPARE(lines->topLevelItem(0)->text(5), u"1"_s); // waiting
}

void TestOrdersPage::sortsInTheStore()
{
    auto* table = m_page->findChild<QTableView*>(u"ordersTableView"_s);
    table->sortByColumn(OrdersModel::Number, Qt::AscendingOrder);
    QCOMPARE(numbers(), (QStringList { u"1001"_s, u"1002"_s, u"1003"_s, u"1004"_s }));
    table->sortByColumn(OrdersModel::Customer, Qt::DescendingOrder);
    QCOMPARE(numbers(), (QStringList { u"1004"_s, u"1003"_s, u"1002"_s, u"1001"_s }));
    table->sortByColumn(OrdersModel::Customer, Qt::AscendingOrder);
    QCOMPARE(numbers(), (QStringList { u"1001"_s, u"1002"_s, u"1003"_s, u"1004"_s }));
    // Every column sorts in the store (pagesInOrder checks each one's order).
    table->sortByColumn(OrdersModel::Total, Qt::AscendingOrder);
    QCOMPARE(m_page->model()->sortColumn(), int(OrdersModel::Total));
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(OrdersModel::Total));
    QCOMPARE(numbers().size(), 4);
}

void TestOrdersPage::pagesInOrder()
{
    // More orders than a page, two placed at the very same time, and several customers
    // of one name: every order comes exactly once, in order, whatever the sort, the
    // pages past the middle read from the end.
    QVERIFY(m_shop->addItem(u"TEE"_s, bd::domain::Policy::Stop, 500).ok());
    for (int n = 0; n < OrdersModel::PageSize + 30; ++n) {
        // Orders that differ in lines, units, total and state: some wait for caps.
        QList<std::pair<QString, int>> lines { { QStringLiteral("TEE"), 1 + n % 3 } };
        if (n % 4 == 0)
            lines.append({ QStringLiteral("CAP"), 1 });
        BD_UI_VERIFY_OK(m_shop->place(QStringLiteral("2%1").arg(n, 4, 10, QLatin1Char('0')),
                                      QStringLiteral("c%1@example.com").arg(n % 7), QStringLiteral("Same Name"), lines));
        if (n % 3 == 0)
            m_shop->clock().advanceSeconds(-60);
    }
    m_page->reload();
    auto* table = m_page->findChild<QTableView*>(u"ordersTableView"_s);
    const int total = OrdersModel::PageSize + 30 + 4;
    // What a sort by the column compares, for the sorts by the state, the sums of the
    // lines, the payment and the promised date (the state in the order of the states).
    auto keyOf = [](int column, const bd::store::OrderRow& r) -> qint64 {
        switch (column) {
        case OrdersModel::State:
            return qint64(r.state());
        case OrdersModel::Lines:
            return r.lines;
        case OrdersModel::Waiting:
            return r.waiting;
        case OrdersModel::Total:
            return r.totalMinor;
        case OrdersModel::Payment:
            return qint64(r.payment);
        case OrdersModel::Promised:
            return r.waiting == 0 ? 0 : r.promiseUnknown ? std::numeric_limits<qint64>::max() : r.promised.toJulianDay();
        }
        return 0;
    };
    for (int column = 0; column < OrdersModel::ColumnCount; ++column) {
        int changes = 0;
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            table->sortByColumn(column, order);
            OrdersModel* model = m_page->model();
            const QStringList all = numbers();
            QCOMPARE(model->rowCount(), total);
            QCOMPARE(all.size(), total);
            QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), total);
            for (int row = 1; row < model->rowCount(); ++row) {
                const auto* a = model->orderAt(row - 1);
                const auto* b = model->orderAt(row);
                bool inOrder = true;
                if (column == OrdersModel::Placed)
                    inOrder = order == Qt::AscendingOrder ? a->placedAt <= b->placedAt : a->placedAt >= b->placedAt;
                else if (column == OrdersModel::Number)
                    inOrder = order == Qt::AscendingOrder ? a->number < b->number : a->number > b->number;
                else if (column == OrdersModel::Customer)
                    inOrder = order == Qt::AscendingOrder ? a->customerName <= b->customerName
                                                          : a->customerName >= b->customerName;
                else
                    inOrder = order == Qt::AscendingOrder ? keyOf(column, *a) <= keyOf(column, *b)
                                                          : keyOf(column, *a) >= keyOf(column, *b);
                changes += column > OrdersModel::Customer && keyOf(column, *a) != keyOf(column, *b);
                QVERIFY2(inOrder, qPrintable(u"column %1: %2 %3"_s.arg(column).arg(a->number, b->number)));
            }
        }
        // Every payment here is none; the other sums differ, or the test would prove nothing.
        if (column > OrdersModel::Customer && column != OrdersModel::Payment)
            QVERIFY2(changes > 0, qPrintable(u"column %1 shows one value only"_s.arg(column)));
    }
}

void TestOrdersPage::partialShipWithTracking()
{
    QVERIFY(select(u"1002"_s));
    auto* ship = m_page->findChild<QPushButton*>(u"shipButton"_s);
    QVERIFY(ship && ship->isEnabled());
    // Ship the allocated unit now, although it is only authorized, with a tracking number.
    QTest::mouseClick(ship, Qt::LeftButton);
    QPointer<bd::ui::ShipDialog> dialog = m_page->findChild<bd::ui::ShipDialog*>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"trackingLineEdit"_s), u"TRK-42"_s);
    for (const QString& name : { u"partialCheckBox"_s, u"unpaidCheckBox"_s }) {
        auto* box = dialog->findChild<QCheckBox*>(name);
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->height() / 2, box->height() / 2)); // on the box
    }
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"shipOkButton"_s), Qt::LeftButton);
    QVERIFY2(m_shop->prompter->warned.isEmpty(), qPrintable(m_shop->prompter->warned.join(u'\n')));
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    const bd::domain::OrderLine line = m_shop->line(u"1002"_s, u"MUG"_s);
    QCOMPARE(line.shipped, 1);
    QCOMPARE(line.allocated, 0);
    QCOMPARE(line.waiting, 2);
    QSqlQuery q(m_shop->context->database()->connection());
    QVERIFY(q.exec(u"SELECT tracking, partial, shipping_fee_waived FROM shipments"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"TRK-42"_s);
    QCOMPARE(q.value(1).toInt(), 1);
    QCOMPARE(q.value(2).toInt(), 1);
    q.finish(); // the window's connection is idle again before the list is waited for

    // The list and the detail show it.
    QCOMPARE(shownOf(u"1002"_s, 0, OrdersModel::StateRole).toInt(), int(OrderState::PartlyShipped));
    QCOMPARE(m_page->currentNumber(), u"1002"_s);
    QVERIFY(bd::test::detailCame(*m_page));
    auto* lines = m_page->findChild<QTreeWidget*>(u"linesTreeWidget"_s);
    QCOMPARE(lines->topLevelItem(0)->text(4), u"1"_s); // shipped
    QCOMPARE(lines->topLevelItem(0)->text(5), u"2"_s); // waiting
    QVERIFY(!ship->isEnabled()); // nothing allocated any more

    // Closing the dialog ships nothing.
    QVERIFY(select(u"1001"_s));
    m_page->shipSelected();
    QPointer<bd::ui::ShipDialog> closed = m_page->findChild<bd::ui::ShipDialog*>();
    QVERIFY(closed);
    closed->reject();
    QCOMPARE(m_shop->line(u"1001"_s, u"MUG"_s).shipped, 0);
}

void TestOrdersPage::cancelLineAllocatesTheNextInLine()
{
    QVERIFY(select(u"1001"_s));
    auto* lines = m_page->findChild<QTreeWidget*>(u"linesTreeWidget"_s);
    lines->setCurrentItem(lines->topLevelItem(0));
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"cancelLineButton"_s), Qt::LeftButton);
    auto* dialog = cancelDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"reasonLineEdit"_s), u"changed her mind"_s);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"cancelOkButton"_s), Qt::LeftButton);
    QVERIFY2(m_shop->prompter->warned.isEmpty(), qPrintable(m_shop->prompter->warned.join(u'\n')));

    QCOMPARE(m_shop->line(u"1001"_s, u"MUG"_s).cancelled, 2);
    QCOMPARE(m_shop->line(u"1001"_s, u"MUG"_s).cancelReason, u"changed her mind"_s);
    // The two released mugs went to 1002, next in line; 1003 still waits.
    QCOMPARE(m_shop->line(u"1002"_s, u"MUG"_s).allocated, 3);
    QCOMPARE(m_shop->line(u"1002"_s, u"MUG"_s).waiting, 0);
    QCOMPARE(m_shop->line(u"1003"_s, u"MUG"_s).waiting, 1);

    auto stateOf = [&](const QString& number) { return shownOf(number, 0, OrdersModel::StateRole).toInt(); };
    QCOMPARE(stateOf(u"1001"_s), int(OrderState::Cancelled));
    QCOMPARE(stateOf(u"1002"_s), int(OrderState::Ready));
    QCOMPARE(stateOf(u"1003"_s), int(OrderState::Waiting));
    QVERIFY(bd::test::detailCame(*m_page));
    QCOMPARE(lines->topLevelItem(0)->text(6), u"2"_s); // cancelled column of 1001
}

void TestOrdersPage::cancelOrderKeepsTheReasonFromTheCustomer()
{
    QVERIFY(select(u"1004"_s));
    // Kept at the dialog: nothing happens.
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"cancelOrderButton"_s), Qt::LeftButton);
    bd::ui::CancelDialog* dialog = cancelDialog();
    QVERIFY(dialog);
    dialog->reject();
    QCOMPARE(m_shop->line(u"1004"_s, u"CAP"_s).cancelled, 0);

    QTest::mouseClick(m_page->findChild<QPushButton*>(u"cancelOrderButton"_s), Qt::LeftButton);
    dialog = cancelDialog();
    QVERIFY(dialog);
    // The dialog shows the e-mail as the customer will read it, and follows the message.
    QVERIFY2(dialog->previewText().contains(u"Hello Dave Dyer,"_s), qPrintable(dialog->previewText()));
    QVERIFY(dialog->previewText().contains(u"(CAP)"_s));
    QVERIFY(!dialog->previewText().contains(u"as requested"_s));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"reasonLineEdit"_s), u"customer was abusive on the phone"_s);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(u"messageTextEdit"_s), u"We can no longer supply this."_s);
    QVERIFY(dialog->previewText().contains(u"We can no longer supply this."_s));
    QVERIFY(!dialog->previewText().contains(u"abusive"_s));
    const QString shown = dialog->previewText();
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"cancelOkButton"_s), Qt::LeftButton);
    QVERIFY2(m_shop->prompter->warned.isEmpty(), qPrintable(m_shop->prompter->warned.join(u'\n')));

    QCOMPARE(m_shop->line(u"1004"_s, u"CAP"_s).cancelled, 2);
    QCOMPARE(m_shop->line(u"1004"_s, u"TEE"_s).cancelled, 1);
    QCOMPARE(m_shop->line(u"1004"_s, u"CAP"_s).cancelReason, u"customer was abusive on the phone"_s);
    QCOMPARE(bd::test::must(m_shop->shop().items().itemBySku(u"CAP"_s))->waiting, 0);
    QVERIFY(bd::test::detailCame(*m_page));
    QVERIFY(!m_page->findChild<QPushButton*>(u"cancelOrderButton"_s)->isEnabled());
    // The outbox holds what the dialog showed, and never the reason.
    int found = 0;
    for (const bd::store::OutboxRow& m : bd::test::must(bd::services::MailService(m_shop->shop()).messages(bd::store::OutboxFilter {}))) {
        QVERIFY(!m.subject.contains(u"abusive"_s));
        QVERIFY(!m.bodyText.contains(u"abusive"_s));
        QVERIFY(!m.bodyHtml.contains(u"abusive"_s));
        if (m.kind == bd::mail::kind::Cancelled) {
            ++found;
            QCOMPARE(u"Subject: "_s + m.subject + u"\n\n"_s + m.bodyText, shown);
        }
    }
    QCOMPARE(found, 1);
    // Cancelling again is refused by the core, and said so.
    m_page->cancelSelectedOrder();
    dialog = cancelDialog();
    QVERIFY(dialog);
    dialog->accept();
    QCOMPARE(m_shop->prompter->warned.size(), 1);
    dialog->reject();
}

bd::ui::CancelDialog* TestOrdersPage::cancelDialog() const
{
    for (auto* dialog : m_page->findChildren<bd::ui::CancelDialog*>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

void TestOrdersPage::recordPayment()
{
    QVERIFY(select(u"1003"_s));
    m_shop->prompter->answers << 3 << u"4242"_s << u"2027-08"_s;
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"paymentButton"_s), Qt::LeftButton);
    QVERIFY2(m_shop->prompter->warned.isEmpty(), qPrintable(m_shop->prompter->warned.join(u'\n')));
    const bd::domain::Order order = m_shop->order(u"1003"_s);
    QCOMPARE(int(order.payment), int(bd::domain::PaymentState::Captured));
    QCOMPARE(order.cardLast4, u"4242"_s);
    QCOMPARE(order.cardExpiry, u"2027-08"_s);
    QVERIFY(bd::test::detailCame(*m_page));
    auto* payment = m_page->findChild<QLabel*>(u"paymentLabel"_s);
    QVERIFY2(payment->text().contains(u"Captured"_s) && payment->text().contains(u"4242"_s),
             qPrintable(payment->text()));
}

void TestOrdersPage::recordPaymentRefusesACardNumber()
{
    QVERIFY(select(u"1003"_s));
    m_shop->prompter->answers << 2 << u"4242424242424242"_s << u""_s;
    m_page->recordPayment();
    QCOMPARE(m_shop->prompter->warned.size(), 1);
    QVERIFY2(m_shop->prompter->warned.first().contains(u"never the card number"_s),
             qPrintable(m_shop->prompter->warned.first()));
    const bd::domain::Order order = m_shop->order(u"1003"_s);
    QCOMPARE(int(order.payment), int(bd::domain::PaymentState::Captured));
    QVERIFY(order.cardLast4.isEmpty());
}

void TestOrdersPage::holdUntilComplete()
{
    QVERIFY(select(u"1002"_s));
    auto* hold = m_page->findChild<QPushButton*>(u"holdButton"_s);
    QVERIFY(hold->isEnabled());
    QVERIFY(!hold->isChecked());
    QTest::mouseClick(hold, Qt::LeftButton);
    QVERIFY(m_shop->order(u"1002"_s).holdUntilComplete);
    QVERIFY(hold->isChecked());
    QVERIFY(shownOf(u"1002"_s, OrdersModel::State).toString().contains(u"held"_s));
    // A held order does not ship in parts: the Ship dialog says why and offers no way to.
    m_page->shipSelected();
    QPointer<bd::ui::ShipDialog> dialog = m_page->findChild<bd::ui::ShipDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLabel*>(u"summaryLabel"_s)->text().contains(u"held until complete"_s));
    QVERIFY(!dialog->findChild<QPushButton*>(u"shipOkButton"_s)->isEnabled());
    dialog->reject();
    QCOMPARE(m_shop->line(u"1002"_s, u"MUG"_s).shipped, 0);
    QTest::mouseClick(hold, Qt::LeftButton);
    QVERIFY(!m_shop->order(u"1002"_s).holdUntilComplete);
}

void TestOrdersPage::issueCoupon()
{
    QVERIFY(select(u"1003"_s));
    m_shop->prompter->answers << u"10%"_s << u"sorry for the wait"_s;
    m_page->issueCoupon();
    QVERIFY2(m_shop->prompter->warned.isEmpty(), qPrintable(m_shop->prompter->warned.join(u'\n')));
    QCOMPARE(m_shop->prompter->informed.size(), 1);
    QSqlQuery q(m_shop->context->database()->connection());
    QVERIFY(q.exec(u"SELECT c.code, c.percent, c.reason, u.email FROM coupons c JOIN customers u ON u.id = c.customer_id"_s));
    QVERIFY(q.next());
    QVERIFY2(m_shop->prompter->informed.first().contains(q.value(0).toString()), qPrintable(m_shop->prompter->informed.first()));
    QCOMPARE(q.value(1).toInt(), 10);
    QCOMPARE(q.value(2).toString(), u"sorry for the wait"_s);
    QCOMPARE(q.value(3).toString(), u"carol@example.com"_s);

    // Not a discount: nothing issued.
    m_shop->prompter->answers << u"lots"_s;
    m_page->issueCoupon();
    QCOMPARE(m_shop->prompter->warned.size(), 1);
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM coupons"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

// The detail is read off the window's thread: selecting one order after another shows
// the last one, never an answer that came late for an order selected before.
void TestOrdersPage::detailFollowsTheLastSelection()
{
    QVERIFY(bd::test::settled(*m_page->model()));
    auto* title = m_page->findChild<QLabel*>(u"orderTitleLabel"_s);
    for (const QString& number : { u"1001"_s, u"1002"_s, u"1003"_s, u"1004"_s, u"1002"_s }) {
        QVERIFY(m_page->selectOrder(number));
        QVERIFY(m_page->isDetailLoading()); // asked for, not read on the window's thread
    }
    QVERIFY(bd::test::detailCame(*m_page));
    // Came for the last order asked: the answers for those before were dropped.
    QVERIFY2(title->text().contains(u"Order 1002"_s), qPrintable(title->text()));
    QCOMPARE(m_page->currentNumber(), u"1002"_s);
    QVERIFY(m_page->findChild<QPushButton*>(u"shipButton"_s)->isEnabled()); // 1002 has a unit allocated
}

// Shipping an order the state filter shows makes it leave the list: no other order's
// row may then be highlighted while the detail (and Ship…) still mean the shipped one.
void TestOrdersPage::highlightAndDetailAgreeWhenTheOrderLeavesTheList()
{
    auto* state = m_page->findChild<QComboBox*>(u"stateComboBox"_s);
    state->setCurrentIndex(state->findData(int(OrderState::PartlyAllocated)));
    QCOMPARE(numbers(), (QStringList { u"1004"_s, u"1002"_s }));
    QVERIFY(select(u"1004"_s));
    auto* view = m_page->findChild<QTableView*>(u"ordersTableView"_s);
    QCOMPARE(view->currentIndex().row(), 0);

    bd::services::ShipOptions options;
    options.partial = true;
    options.allowUnpaid = true;
    QVERIFY(!bd::test::must(bd::services::ShippingService(m_shop->shop()).ship(u"1004"_s, options)).lines.isEmpty());
    m_shop->context->notifyShopChanged(); // what the Ship dialog does once it shipped
    QVERIFY(bd::test::settled(*m_page->model()));
    QTRY_COMPARE(numbers(), QStringList { u"1002"_s });

    const QModelIndex current = view->currentIndex();
    const QString highlighted = current.isValid() ? current.data(OrdersModel::OrderNumberRole).toString() : QString();
    QCOMPARE(highlighted, m_page->currentNumber());
    QVERIFY2(highlighted != u"1002"_s, "the order after the shipped one was highlighted on its own");
    QVERIFY(view->selectionModel()->selectedRows().isEmpty());
    QVERIFY(!m_page->findChild<QPushButton*>(u"shipButton"_s)->isEnabled());
}

void TestOrdersPage::showsEmailsAndHistory()
{
    QVERIFY(select(u"1002"_s));
    auto* mails = m_page->findChild<QTreeWidget*>(u"mailTreeWidget"_s);
    auto* history = m_page->findChild<QTreeWidget*>(u"historyTreeWidget"_s);
    const qint64 orderId = m_shop->order(u"1002"_s).id;
    bd::services::ShopQueries queries(*m_shop->context->database());
    const auto messages = bd::test::must(queries.messages(bd::store::OutboxFilter{{}, orderId, 0}));
    QVERIFY(!messages.isEmpty()); // the backorder confirmation
    QCOMPARE(mails->topLevelItemCount(), int(messages.size()));
    QCOMPARE(mails->topLevelItem(0)->text(3), messages.first().subject);
    QCOMPARE(mails->topLevelItem(0)->text(1), u"Backorder confirmation"_s);
    QCOMPARE(mails->topLevelItem(0)->text(2), u"Pending"_s);
    QStringList kinds;
    QStringList details;
    for (int i = 0; i < history->topLevelItemCount(); ++i) {
        kinds << history->topLevelItem(i)->text(1);
        details << history->topLevelItem(i)->text(2);
    }
    QVERIFY2(kinds.contains(u"Order placed"_s) && kinds.contains(u"On backorder"_s), qPrintable(kinds.join(u'|')));
    QVERIFY2(details.contains(u"2 of 3 × MUG wait for stock"_s), qPrintable(details.join(u'|')));
    QVERIFY2(details.contains(u"1 line(s), 2 unit(s) waiting"_s), qPrintable(details.join(u'|')));

    // Another order shows its own.
    QVERIFY(select(u"1001"_s));
    QCOMPARE(mails->topLevelItemCount(),
             int(bd::test::must(queries.messages(bd::store::OutboxFilter{{}, m_shop->order(u"1001"_s).id, 0})).size()));
}

void TestOrdersPage::noDatabaseShowsNothing()
{
    QVERIFY(select(u"1001"_s));
    m_shop->context->closeDatabase();
    m_page->reload();
    QCOMPARE(m_page->model()->rowCount(), 0);
    QVERIFY(m_page->currentNumber().isEmpty());
    QVERIFY(!m_page->findChild<QTableView*>(u"ordersTableView"_s)->isEnabled());
    m_page->shipSelected(); // says what to do, does not crash
    QCOMPARE(m_shop->prompter->informed.size(), 1);
}

void TestOrdersPage::moneyKeepsTheSignOfAmountsUnderOneUnit()
{
    const bd::domain::LocaleFormat format;
    const QString point = format.locale().decimalPoint();
    const QString positive = format.money(50, u"EUR"_s);
    const QString negative = format.money(-50, u"EUR"_s);
    QVERIFY2(positive.contains(u"0"_s + point + u"50"_s), qPrintable(positive));
    QVERIFY2(negative.contains(u"0"_s + point + u"50"_s), qPrintable(negative));
    QVERIFY2(negative.contains(format.locale().negativeSign()) || negative.startsWith(u'('), qPrintable(negative));
    QCOMPARE(format.money(-1205, u"DKK"_s).contains(u"12"_s + point + u"05"_s), true);
}

QTEST_MAIN(TestOrdersPage)
#include "TestOrdersPage.moc"

// The whole window at 1280×800 in Danish: the lines show the item's full name and the
// promised date, and the history and e-mails speak in phrases, not the core's codes.
void TestOrdersPage::detailIsReadableAt1280x800InDanish()
{
    m_page.reset();
    m_tester.reset();
    QTranslator danish;
    QVERIFY(danish.load(u":/i18n/backorderdesk_da.qm"_s));
    QCoreApplication::installTranslator(&danish);
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));
    auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&danish);
        QLocale::setDefault(before);
    });
    bd::services::ItemInput knit;
    knit.item.sku = u"KNIT-CARD-FOREST-GREEN-M"_s;
    knit.item.name = u"Knit Cardigan in Merino Wool, Forest Green, Size M"_s;
    knit.item.priceMinor = 8995;
    knit.item.currency = u"EUR"_s;
    knit.item.policy = bd::domain::Policy::Backorder;
    knit.item.expectedDate = QDate(2024, 12, 18);
    BD_UI_VERIFY_OK(bd::services::CatalogService(m_shop->shop()).saveItems({ knit }));
    BD_UI_VERIFY_OK(m_shop->place(u"1005"_s, u"erin@example.com"_s, u"Erin Engelbrecht-Østergaard"_s,
                                  { { u"KNIT-CARD-FOREST-GREEN-M"_s, 2 }, { u"MUG"_s, 1 } },
                                  bd::domain::PaymentState::None));

    bd::ui::MainWindow window(*m_shop->context);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.navigate(u"orders?number=1005"_s);
    auto* page = window.findChild<OrdersPage*>();
    QVERIFY(page);
    QCOMPARE(page->currentNumber(), u"1005"_s);
    QVERIFY(bd::test::detailCame(*page));
    QVERIFY(page->isVisible());
    auto* lines = page->findChild<QTreeWidget*>(u"linesTreeWidget"_s);
    QVERIFY(lines->isVisible());
    QTreeWidgetItem* row = lines->topLevelItem(0);
    QCOMPARE(row->text(1), knit.item.name);
    // The name fits its column, and the promised date is on screen, not scrolled away.
    const int nameWidth = lines->fontMetrics().horizontalAdvance(row->text(1));
    QVERIFY2(lines->columnWidth(1) >= nameWidth + 8,
             qPrintable(u"name column %1 px for a name of %2 px"_s.arg(lines->columnWidth(1)).arg(nameWidth)));
    const QRect promised = lines->visualItemRect(row).intersected(
        QRect(lines->header()->sectionViewportPosition(7), 0, lines->columnWidth(7), lines->viewport()->height()));
    QVERIFY(lines->viewport()->rect().contains(promised));
    QCOMPARE(row->text(7), bd::domain::LocaleFormat().date(QDate(2024, 12, 18)));
    QVERIFY(lines->columnWidth(7) >= lines->fontMetrics().horizontalAdvance(row->text(7)));
    QVERIFY(lines->header()->sectionViewportPosition(7) + lines->columnWidth(7) <= lines->viewport()->width());
    QVERIFY(page->findChild<QLabel*>(u"orderTitleLabel"_s)->text().contains(u"Erin Engelbrecht-Østergaard"_s));

    // History and e-mails: translated phrases.
    QStringList shown;
    auto* history = page->findChild<QTreeWidget*>(u"historyTreeWidget"_s);
    auto* mails = page->findChild<QTreeWidget*>(u"mailTreeWidget"_s);
    for (QTreeWidget* tree : { history, mails }) {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            for (int c = 1; c < tree->columnCount(); ++c)
                shown << tree->topLevelItem(i)->text(c);
        }
    }
    QVERIFY(history->topLevelItemCount() >= 2);
    QVERIFY(mails->topLevelItemCount() >= 1);
    for (const QString& code : { u"backordered"_s, u"placed"_s, u"pending"_s, u"none"_s, u"confirmation"_s })
        QVERIFY2(!shown.join(u'|').split(u'|').contains(code), qPrintable(code + u" in "_s + shown.join(u'|')));
    QVERIFY2(shown.contains(u"Ordre afgivet"_s), qPrintable(shown.join(u'|')));
    QVERIFY2(shown.contains(u"I restordre"_s), qPrintable(shown.join(u'|')));
    QVERIFY2(shown.contains(u"Venter"_s), qPrintable(shown.join(u'|')));
    QVERIFY(page->findChild<QLabel*>(u"paymentLabel"_s)->text().contains(u"Ingen"_s));
}
