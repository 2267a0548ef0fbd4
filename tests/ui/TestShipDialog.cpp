// The Ship and Return dialogs and the order picker, driven through their widgets on
// the orders page: chosen quantities per line, carrier and tracking, the partial and
// unpaid shipments that wait for their own tick, returns that serve the queue first.

#include "ListWait.h"
#include "models/OrdersModel.h"
#include "OrdersTestShop.h"
#include "orders/OrderPickerDialog.h"
#include "orders/OrdersPage.h"
#include "orders/ReturnDialog.h"
#include "orders/ShipDialog.h"
#include "services/ShippingService.h"
#include "domain/LocaleFormat.h"
#include "services/CatalogService.h"
#include "store/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

using bd::test::OrdersTestShop;
using bd::ui::OrderPickerDialog;
using bd::ui::OrdersPage;
using bd::ui::ReturnDialog;
using bd::ui::ShipDialog;

class TestShipDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void enterShipsTheWholeOrder();
    void partOfALineWaitsForItsTick();
    void unpaidAndHeldOrders();
    void pickerFindsAnOrderByCustomer();
    void pickerSaysWhenNothingMatches();
    void returnServesTheQueueFirst();
    void returnWithoutRestock();
    void danishSaysShipNotSend();
    void preorderBeforeItsReleaseStaysBehind();

private:
    template<typename Dialog> Dialog* openDialog(const char* button);
    // Ships Alice's order 1001 (2 MUG) and opens the Return dialog on it.
    ReturnDialog* shipAliceAndOpenReturn();
    QString tracking();
    static void tick(QCheckBox* box);

    std::unique_ptr<OrdersTestShop> m_shop;
    std::unique_ptr<OrdersPage> m_page;
};

void TestShipDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BackorderDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("backorderdesk-test-ship-dialog"));
}

void TestShipDialog::init()
{
    QSettings().clear();
    m_shop = std::make_unique<OrdersTestShop>();
    QVERIFY(m_shop->open());
    bd::test::fillOrders(*m_shop);
    QVERIFY(!QTest::currentTestFailed());
    m_page = std::make_unique<OrdersPage>(*m_shop->context);
    connect(m_shop->context.get(), &bd::ui::AppContext::shopChanged, m_page.get(), &OrdersPage::reload);
    m_page->resize(1200, 760);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->reload();
}

void TestShipDialog::cleanup()
{
    QVERIFY2(m_shop->prompter->unexpected.isEmpty(), qPrintable(m_shop->prompter->unexpected.join(u'\n')));
    m_page.reset();
    m_shop.reset();
    QSettings().clear();
}

template<typename Dialog> Dialog* TestShipDialog::openDialog(const char* button)
{
    auto* b = m_page->findChild<QPushButton*>(QString::fromLatin1(button));
    if (!b || !b->isEnabled())
        return nullptr;
    // Dialogs closed before are deleted later: take the one this click opened.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QTest::mouseClick(b, Qt::LeftButton);
    auto* dialog = m_page->findChild<Dialog*>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

ReturnDialog* TestShipDialog::shipAliceAndOpenReturn()
{
    if (!bd::services::ShippingService(m_shop->shop()).ship(u"1001"_s, bd::services::ShipOptions()).ok())
        return nullptr;
    m_page->reload();
    if (!(bd::test::settled(*m_page->model()) && m_page->selectOrder(u"1001"_s) && bd::test::detailCame(*m_page)))
        return nullptr;
    return openDialog<ReturnDialog>("returnButton");
}

// A check box takes a click on its box or text, not anywhere on its row.
void TestShipDialog::tick(QCheckBox* box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->height() / 2, box->height() / 2));
}

QString TestShipDialog::tracking()
{
    QSqlQuery q(m_shop->context->database()->connection());
    if (!q.exec(u"SELECT tracking FROM shipments ORDER BY id DESC"_s) || !q.next())
        return u"<none>"_s;
    return q.value(0).toString();
}

void TestShipDialog::enterShipsTheWholeOrder()
{
    QVERIFY((bd::test::settled(*m_page->model()) && m_page->selectOrder(u"1001"_s) && bd::test::detailCame(*m_page)));
    QPointer<ShipDialog> dialog = openDialog<ShipDialog>("shipButton");
    QVERIFY(dialog);
    QSpinBox* mug = dialog->quantitySpinBox(u"MUG"_s);
    QVERIFY(mug);
    QCOMPARE(mug->value(), 2); // everything allocated, at first
    QCOMPARE(mug->maximum(), 2);
    QVERIFY(!dialog->findChild<QCheckBox*>(u"partialCheckBox"_s)->isVisible());
    QVERIFY(!dialog->findChild<QCheckBox*>(u"unpaidCheckBox"_s)->isVisible());
    QCOMPARE(dialog->findChild<QLabel*>(u"summaryLabel"_s)->text(), u"Shipping now: 2, the whole order."_s);
    auto* carrier = dialog->findChild<QComboBox*>(u"carrierComboBox"_s);
    carrier->setFocus();
    QTest::keyClicks(carrier, u"PostNord"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"trackingLineEdit"_s), u"00370 123"_s);
    QTest::keyClick(mug, Qt::Key_Return);
    QVERIFY2(m_shop->prompter->warned.isEmpty(), qPrintable(m_shop->prompter->warned.join(u'\n')));
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(m_shop->line(u"1001"_s, u"MUG"_s).shipped, 2);
    QCOMPARE(tracking(), u"PostNord 00370 123"_s);
    QCOMPARE(m_shop->order(u"1001"_s).stateName(), u"shipped"_s);

    // The carrier is offered again next time.
    QVERIFY((bd::test::settled(*m_page->model()) && m_page->selectOrder(u"1004"_s) && bd::test::detailCame(*m_page)));
    QPointer<ShipDialog> next = openDialog<ShipDialog>("shipButton");
    QVERIFY(next);
    QCOMPARE(next->findChild<QComboBox*>(u"carrierComboBox"_s)->currentText(), u"PostNord"_s);
    next->reject();
}

void TestShipDialog::partOfALineWaitsForItsTick()
{
    QVERIFY((bd::test::settled(*m_page->model()) && m_page->selectOrder(u"1001"_s) && bd::test::detailCame(*m_page)));
    QPointer<ShipDialog> dialog = openDialog<ShipDialog>("shipButton");
    QVERIFY(dialog);
    QSpinBox* mug = dialog->quantitySpinBox(u"MUG"_s);
    mug->selectAll();
    QTest::keyClicks(mug, u"1"_s);
    QCOMPARE(mug->value(), 1);
    auto* partial = dialog->findChild<QCheckBox*>(u"partialCheckBox"_s);
    auto* ship = dialog->findChild<QPushButton*>(u"shipOkButton"_s);
    QVERIFY(partial->isVisible());
    QVERIFY(!partial->isChecked());
    QVERIFY(!ship->isEnabled());
    QCOMPARE(ship->text(), u"Ship part now"_s);
    QCOMPARE(dialog->findChild<QLabel*>(u"summaryLabel"_s)->text(),
             u"Shipping now: 1. Still to come, at no extra shipping cost: 1."_s);
    // Enter alone ships nothing: a partial shipment is its own choice.
    QTest::keyClick(mug, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_shop->line(u"1001"_s, u"MUG"_s).shipped, 0);

    tick(partial);
    QVERIFY(ship->isEnabled());
    QTest::keyClick(mug, Qt::Key_Return);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    const bd::domain::OrderLine line = m_shop->line(u"1001"_s, u"MUG"_s);
    QCOMPARE(line.shipped, 1);
    QCOMPARE(line.allocated, 1); // still reserved for 1001
    QCOMPARE(m_shop->order(u"1001"_s).stateName(), u"partly shipped"_s);
}

void TestShipDialog::unpaidAndHeldOrders()
{
    // 1002: one unit allocated, two waiting, payment only authorized.
    QVERIFY((bd::test::settled(*m_page->model()) && m_page->selectOrder(u"1002"_s) && bd::test::detailCame(*m_page)));
    QPointer<ShipDialog> dialog = openDialog<ShipDialog>("shipButton");
    QVERIFY(dialog);
    auto* partial = dialog->findChild<QCheckBox*>(u"partialCheckBox"_s);
    auto* unpaid = dialog->findChild<QCheckBox*>(u"unpaidCheckBox"_s);
    auto* ship = dialog->findChild<QPushButton*>(u"shipOkButton"_s);
    QVERIFY(unpaid->isVisible());
    QCOMPARE(unpaid->text(), u"Ship although the payment is authorized, not captured"_s);
    tick(partial);
    QVERIFY(!ship->isEnabled()); // still unpaid
    tick(unpaid);
    QVERIFY(ship->isEnabled());
    QTest::mouseClick(ship, Qt::LeftButton);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(m_shop->line(u"1002"_s, u"MUG"_s).shipped, 1);
    QCOMPARE(tracking(), QString());

    // 1004 held until complete: the dialog says so and cannot ship it in parts.
    QVERIFY((bd::test::settled(*m_page->model()) && m_page->selectOrder(u"1004"_s) && bd::test::detailCame(*m_page)));
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"holdButton"_s), Qt::LeftButton);
    QVERIFY(m_shop->order(u"1004"_s).holdUntilComplete);
    QPointer<ShipDialog> held = openDialog<ShipDialog>("shipButton");
    QVERIFY(held);
    QVERIFY(held->findChild<QLabel*>(u"summaryLabel"_s)->text().contains(u"held until complete"_s));
    QVERIFY(!held->findChild<QCheckBox*>(u"partialCheckBox"_s)->isVisible());
    QVERIFY(!held->findChild<QPushButton*>(u"shipOkButton"_s)->isEnabled());
    held->reject();
}

void TestShipDialog::pickerFindsAnOrderByCustomer()
{
    QVERIFY(m_page->currentNumber().isEmpty());
    m_page->shipSelected();
    QPointer<OrderPickerDialog> picker = m_page->findChild<OrderPickerDialog*>();
    QVERIFY(picker);
    QVERIFY(QTest::qWaitForWindowExposed(picker));
    auto* tree = picker->findChild<QTreeWidget*>(u"pickerTreeWidget"_s);
    QStringList listed;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        listed << tree->topLevelItem(i)->text(OrderPickerDialog::Number);
    // Units allocated, oldest first; 1003 only waits.
    QCOMPARE(listed, (QStringList { u"1001"_s, u"1002"_s, u"1004"_s }));
    auto* search = picker->findChild<QLineEdit*>(u"pickerSearchLineEdit"_s);
    QTest::keyClicks(search, u"bob"_s);
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(picker->currentNumber(), u"1002"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(!picker || !picker->isVisible());
    QPointer<ShipDialog> dialog = m_page->findChild<ShipDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->orderNumber(), u"1002"_s);
    QCOMPARE(m_page->currentNumber(), u"1002"_s); // the page shows the order being shipped
    dialog->reject();

    QVERIFY((bd::test::settled(*m_page->model()) && m_page->selectOrder(u"1003"_s) && bd::test::detailCame(*m_page)));
    QVERIFY(!m_page->findChild<QPushButton*>(u"returnButton"_s)->isEnabled()); // nothing shipped
    m_page->returnSelected(); // from the menu anyway: the dialog lists nothing to take back
    QPointer<ReturnDialog> none = m_page->findChild<ReturnDialog*>();
    QVERIFY(none);
    QVERIFY(!none->findChild<QPushButton*>(u"returnOkButton"_s)->isEnabled());
    none->reject();
}

void TestShipDialog::pickerSaysWhenNothingMatches()
{
    m_page->shipSelected();
    QPointer<OrderPickerDialog> picker = m_page->findChild<OrderPickerDialog*>();
    QVERIFY(picker);
    auto* search = picker->findChild<QLineEdit*>(u"pickerSearchLineEdit"_s);
    QTest::keyClicks(search, u"100"_s);
    auto* tree = picker->findChild<QTreeWidget*>(u"pickerTreeWidget"_s);
    QCOMPARE(tree->topLevelItemCount(), 3);
    QTest::keyClick(search, Qt::Key_Down);
    QCOMPARE(picker->currentNumber(), u"1002"_s);
    search->clear();
    QTest::keyClicks(search, u"nobody"_s);
    QCOMPARE(tree->topLevelItemCount(), 0);
    auto* empty = picker->findChild<QLabel*>(u"pickerEmptyLabel"_s);
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), u"No order matches 'nobody'."_s);
    QVERIFY(!picker->findChild<QPushButton*>(u"pickerOkButton"_s)->isEnabled());
    QTest::keyClick(search, Qt::Key_Return); // nothing to take: stays open
    QVERIFY(picker->isVisible());
    picker->reject();
    QVERIFY(!m_page->findChild<ShipDialog*>());
}

void TestShipDialog::returnServesTheQueueFirst()
{
    QPointer<ReturnDialog> dialog = shipAliceAndOpenReturn();
    QVERIFY(dialog);
    QSpinBox* mug = dialog->quantitySpinBox(u"MUG"_s);
    QVERIFY(mug);
    QCOMPARE(mug->value(), 0); // nothing chosen at first
    QCOMPARE(mug->maximum(), 2);
    auto* ok = dialog->findChild<QPushButton*>(u"returnOkButton"_s);
    QVERIFY(!ok->isEnabled());
    QTest::keyClick(mug, Qt::Key_Up);
    QCOMPARE(mug->value(), 1);
    QVERIFY(ok->isEnabled());
    QVERIFY(dialog->findChild<QCheckBox*>(u"restockCheckBox"_s)->isChecked());
    QCOMPARE(dialog->findChild<QLabel*>(u"summaryLabel"_s)->text(),
             u"Coming back: 1, into stock, where they serve waiting customers first."_s);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"reasonLineEdit"_s), u"wrong colour"_s);
    QTest::keyClick(mug, Qt::Key_Return);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(m_shop->line(u"1001"_s, u"MUG"_s).returned, 1);
    // Bob waited first: the unit is his.
    QCOMPARE(m_shop->line(u"1002"_s, u"MUG"_s).allocated, 2);
    QCOMPARE(m_shop->line(u"1003"_s, u"MUG"_s).allocated, 0);
}

void TestShipDialog::returnWithoutRestock()
{
    QPointer<ReturnDialog> dialog = shipAliceAndOpenReturn();
    QVERIFY(dialog);
    QSpinBox* mug = dialog->quantitySpinBox(u"MUG"_s);
    mug->setValue(2);
    tick(dialog->findChild<QCheckBox*>(u"restockCheckBox"_s));
    QCOMPARE(dialog->findChild<QLabel*>(u"summaryLabel"_s)->text(),
             u"Coming back: 2, recorded as returned; the stock stays as it is."_s);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"returnOkButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(m_shop->line(u"1001"_s, u"MUG"_s).returned, 2);
    QCOMPARE(m_shop->line(u"1002"_s, u"MUG"_s).allocated, 1); // nobody served
    QVERIFY(bd::test::detailCame(*m_page));
    QVERIFY(!m_page->findChild<QPushButton*>(u"returnButton"_s)->isEnabled()); // all back
}

void TestShipDialog::danishSaysShipNotSend()
{
    QTranslator danish;
    QVERIFY(danish.load(u":/i18n/backorderdesk_da.qm"_s));
    QCoreApplication::installTranslator(&danish);
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));
    auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&danish);
        QLocale::setDefault(before);
    });
    m_page = std::make_unique<OrdersPage>(*m_shop->context);
    m_page->show();
    m_page->reload();
    QVERIFY((bd::test::settled(*m_page->model()) && m_page->selectOrder(u"1002"_s) && bd::test::detailCame(*m_page)));
    const QString shipText = m_page->findChild<QPushButton*>(u"shipButton"_s)->text();
    QVERIFY2(!shipText.startsWith(u"Send"_s), qPrintable(shipText));
    QCOMPARE(shipText, u"Afsend…"_s);
    QPointer<ShipDialog> dialog = openDialog<ShipDialog>("shipButton");
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"Afsend ordre 1002"_s);
    auto* partial = dialog->findChild<QCheckBox*>(u"partialCheckBox"_s);
    QCOMPARE(partial->text(), u"Afsend en dellevering nu; resten (2) følger senere"_s);
    QCOMPARE(dialog->findChild<QPushButton*>(u"shipOkButton"_s)->text(), u"Afsend del nu"_s);
    QCOMPARE(dialog->findChild<QCheckBox*>(u"unpaidCheckBox"_s)->text(),
             u"Afsend selvom betalingen er reserveret, ikke trukket"_s);
    dialog->reject();
    QPointer<ReturnDialog> back = shipAliceAndOpenReturn();
    QVERIFY(back);
    QCOMPARE(back->windowTitle(), u"Retur fra ordre 1001"_s);
    QCOMPARE(back->findChild<QCheckBox*>(u"restockCheckBox"_s)->text(),
             u"Læg enhederne tilbage på lager; de går først til ventende kunder"_s);
    back->reject();
}

// A pre-order line whose stock came before the release date is listed with its date and
// nothing of it can be chosen: the dialog ships what it says, the rest is still to come,
// and a quantity chosen for it anyway (through the service) is refused, not left behind.
void TestShipDialog::preorderBeforeItsReleaseStaysBehind()
{
    bd::services::ItemInput linen;
    linen.item.sku = u"LINEN"_s;
    linen.item.name = u"Linen shirt"_s;
    linen.item.priceMinor = 4000;
    linen.item.currency = u"EUR"_s;
    linen.item.policy = bd::domain::Policy::Preorder;
    linen.item.releaseDate = m_shop->clock().today().addDays(20);
    linen.onHand = 5;
    BD_UI_VERIFY_OK(bd::services::CatalogService(m_shop->shop()).saveItems({ linen }));
    BD_UI_VERIFY_OK(m_shop->addItem(u"SOCK"_s, bd::domain::Policy::Stop, 5));
    BD_UI_VERIFY_OK(m_shop->place(u"1009"_s, u"fay@example.com"_s, u"Fay"_s, { { u"SOCK"_s, 1 }, { u"LINEN"_s, 1 } },
                                  bd::domain::PaymentState::Captured));
    QCOMPARE(m_shop->line(u"1009"_s, u"LINEN"_s).allocated, 1);
    m_page->reload();
    QVERIFY((bd::test::settled(*m_page->model()) && m_page->selectOrder(u"1009"_s) && bd::test::detailCame(*m_page)));
    QPointer<ShipDialog> dialog = openDialog<ShipDialog>("shipButton");
    QVERIFY(dialog);
    QSpinBox* shirt = dialog->quantitySpinBox(u"LINEN"_s);
    QVERIFY(shirt);
    QCOMPARE(shirt->maximum(), 0);
    QCOMPARE(shirt->value(), 0);
    QCOMPARE(dialog->quantitySpinBox(u"SOCK"_s)->value(), 1);
    QCOMPARE(dialog->findChild<QLabel*>(u"summaryLabel"_s)->text(),
             u"Shipping now: 1. Still to come, at no extra shipping cost: 1."_s);
    const QString release = bd::domain::LocaleFormat().date(linen.item.releaseDate);
    bool named = false;
    for (QLabel* label : dialog->findChildren<QLabel*>())
        named = named || label->text().contains(release);
    for (QTableWidget* table : dialog->findChildren<QTableWidget*>())
        for (int row = 0; row < table->rowCount(); ++row)
            for (int column = 0; column < table->columnCount(); ++column)
                named = named || (table->item(row, column) && table->item(row, column)->text().contains(release));
    QVERIFY2(named, qPrintable(u"the release date "_s + release + u" is not shown"_s));
    tick(dialog->findChild<QCheckBox*>(u"partialCheckBox"_s));
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"shipOkButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(m_shop->line(u"1009"_s, u"SOCK"_s).shipped, 1);
    QCOMPARE(m_shop->line(u"1009"_s, u"LINEN"_s).shipped, 0);
    QCOMPARE(m_shop->line(u"1009"_s, u"LINEN"_s).allocated, 1);

    bd::services::ShipOptions options;
    options.partial = true;
    options.allowUnpaid = true;
    bd::services::ShipChoice choice;
    choice.quantities.insert(m_shop->line(u"1009"_s, u"LINEN"_s).id, 1);
    const auto refused = bd::services::ShippingService(m_shop->shop()).ship(u"1009"_s, options, choice);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorText().contains(u"LINEN is released on "_s), qPrintable(refused.errorText()));
}

QTEST_MAIN(TestShipDialog)
#include "TestShipDialog.moc"
