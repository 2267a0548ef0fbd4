#include "ListWait.h"
#include "OrdersTestShop.h"
#include "domain/LocaleFormat.h"
#include "orders/NewOrderDialog.h"
#include "models/OrdersModel.h"
#include "orders/OrdersPage.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using bd::test::OrdersTestShop;
using bd::ui::NewOrderDialog;

class TestNewOrderDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void orderThatWaitsSaysUntilWhen();
    void refusedUnderStopExplainsAndCannotBeSaved();
    void previewChangesNothing();
    void previewWaitsForTheTypingPause();
    void unknownSkuAndTakenNumber();
    void missingCustomerKeepsSaveDisabled();
    void knownCustomerAndSkuAreCompleted();
    void pageOpensTheDialogAndShowsTheNewOrder();
    void warnsWhenThePaymentLapsesBeforeThePromise();
    void showsNamesLineTotalsAndTheOrderTotal();

private:
    NewOrderDialog* newDialog();
    void fill(NewOrderDialog* dialog, const QString& email, const QString& sku, int qty);

    std::unique_ptr<OrdersTestShop> m_shop;
    std::unique_ptr<NewOrderDialog> m_dialog;
};

void TestNewOrderDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BackorderDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("backorderdesk-test-new-order-dialog"));
}

void TestNewOrderDialog::init()
{
    QSettings().clear();
    m_shop = std::make_unique<OrdersTestShop>();
    QVERIFY(m_shop->open());
    // MUG sells on backorder: 2 on hand, 5 more due on 5 December. TEE stops at its 1 unit.
    BD_UI_VERIFY_OK(m_shop->addItem(u"MUG"_s, bd::domain::Policy::Backorder, 2, {}, 899));
    BD_UI_VERIFY_OK(m_shop->addPurchaseOrder(u"PO-1"_s, u"MUG"_s, 5, QDate(2024, 12, 5)));
    BD_UI_VERIFY_OK(m_shop->addItem(u"TEE"_s, bd::domain::Policy::Stop, 1, {}, 1999));
    BD_UI_VERIFY_OK(m_shop->place(u"1001"_s, u"alice@example.com"_s, u"Alice Archer"_s, { { u"TEE"_s, 0 + 1 } }));
    // TEE is sold out now; the next order number follows 1001.
}

void TestNewOrderDialog::cleanup()
{
    m_dialog.reset();
    m_shop.reset();
    QSettings().clear();
}

NewOrderDialog* TestNewOrderDialog::newDialog()
{
    m_dialog = std::make_unique<NewOrderDialog>(*m_shop->context);
    m_dialog->show();
    return m_dialog.get();
}

void TestNewOrderDialog::fill(NewOrderDialog* dialog, const QString& email, const QString& sku, int qty)
{
    dialog->findChild<QLineEdit*>(u"emailLineEdit"_s)->setText(email);
    dialog->findChild<QLineEdit*>(u"skuLineEdit0"_s)->setText(sku);
    dialog->findChild<QSpinBox*>(u"qtySpinBox0"_s)->setValue(qty);
}

void TestNewOrderDialog::orderThatWaitsSaysUntilWhen()
{
    NewOrderDialog* dialog = newDialog();
    QCOMPARE(dialog->findChild<QLineEdit*>(u"numberLineEdit"_s)->text(), u"1002"_s);
    fill(dialog, u"bob@example.com"_s, u"MUG"_s, 5);
    dialog->findChild<QLineEdit*>(u"nameLineEdit"_s)->setText(u"Bob Baker"_s);
    dialog->previewNow();
    const QString promised = QLocale().toString(QDate(2024, 12, 5), QLocale::ShortFormat);
    QCOMPARE(dialog->lineOutcome(0), u"2 ship now, 3 wait until "_s + promised);
    QVERIFY2(dialog->problemsText().isEmpty(), qPrintable(dialog->problemsText()));
    QVERIFY(dialog->canSave());
    // The item's own price is what an empty price field means.
    QCOMPARE(dialog->findChild<QLineEdit*>(u"priceLineEdit0"_s)->placeholderText(),
             bd::domain::LocaleFormat().money(899, u"EUR"_s));

    QSignalSpy placed(dialog, &NewOrderDialog::orderPlaced);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>(u"buttonBox"_s)->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    QCOMPARE(placed.size(), 1);
    QCOMPARE(placed.first().first().toString(), u"1002"_s);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    const bd::domain::OrderLine line = m_shop->line(u"1002"_s, u"MUG"_s);
    QCOMPARE(line.qty, 5);
    QCOMPARE(line.allocated, 2);
    QCOMPARE(line.waiting, 3);
    QCOMPARE(line.unitPriceMinor, qint64(899));
    QCOMPARE(line.promisedDate, QDate(2024, 12, 5));
    QCOMPARE(m_shop->order(u"1002"_s).customerName, u"Bob Baker"_s);
}

void TestNewOrderDialog::refusedUnderStopExplainsAndCannotBeSaved()
{
    NewOrderDialog* dialog = newDialog();
    fill(dialog, u"bob@example.com"_s, u"TEE"_s, 3);
    dialog->previewNow();
    QVERIFY(!dialog->canSave());
    QVERIFY2(dialog->lineOutcome(0).contains(u"not sold on backorder"_s), qPrintable(dialog->lineOutcome(0)));
    QVERIFY2(dialog->problemsText().contains(u"Line 1"_s), qPrintable(dialog->problemsText()));
    auto* outcome = dialog->findChild<QLabel*>(u"outcomeLabel0"_s);
    QVERIFY(outcome && outcome->isVisible());
    // Save cannot be forced either.
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY(m_shop->order(u"1002"_s).number.isEmpty());

    // A second line that is fine does not make the order acceptable.
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"addLineButton"_s), Qt::LeftButton);
    QCOMPARE(dialog->lineCount(), 2);
    dialog->findChild<QLineEdit*>(u"skuLineEdit1"_s)->setText(u"MUG"_s);
    dialog->previewNow();
    QVERIFY(!dialog->canSave());
    // Without the sold-out line, it is.
    QTest::mouseClick(dialog->findChild<QToolButton*>(u"removeLineButton0"_s), Qt::LeftButton);
    QCOMPARE(dialog->lineCount(), 1);
    dialog->previewNow();
    QVERIFY2(dialog->canSave(), qPrintable(dialog->problemsText()));
    QCOMPARE(dialog->lineOutcome(0), u"all 1 ship now"_s);
}

void TestNewOrderDialog::previewChangesNothing()
{
    NewOrderDialog* dialog = newDialog();
    fill(dialog, u"bob@example.com"_s, u"MUG"_s, 4);
    dialog->previewNow();
    QVERIFY(dialog->canSave());
    dialog->reject();
    const bd::domain::Item mug = *bd::test::must(m_shop->shop().items().itemBySku(u"MUG"_s));
    QCOMPARE(mug.allocated, 0);
    QCOMPARE(mug.waiting, 0);
    QVERIFY(m_shop->order(u"1002"_s).number.isEmpty());
    QVERIFY(!bd::test::must(m_shop->shop().customers().customerByEmail(u"bob@example.com"_s)));
}

void TestNewOrderDialog::previewWaitsForTheTypingPause()
{
    NewOrderDialog* dialog = newDialog();
    dialog->findChild<QLineEdit*>(u"emailLineEdit"_s)->setText(u"bob@example.com"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"skuLineEdit0"_s), u"MUG"_s);
    // Until the preview ran, Save waits.
    QVERIFY(!dialog->canSave());
    QVERIFY(dialog->lineOutcome(0).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->canSave(), 2000);
    QCOMPARE(dialog->lineOutcome(0), u"all 1 ship now"_s);
}

void TestNewOrderDialog::unknownSkuAndTakenNumber()
{
    NewOrderDialog* dialog = newDialog();
    fill(dialog, u"bob@example.com"_s, u"NOPE"_s, 1);
    dialog->findChild<QLineEdit*>(u"numberLineEdit"_s)->setText(u"1001"_s);
    dialog->previewNow();
    QVERIFY(!dialog->canSave());
    QVERIFY2(dialog->lineOutcome(0).contains(u"unknown SKU 'NOPE'"_s), qPrintable(dialog->lineOutcome(0)));
    QVERIFY2(dialog->problemsText().contains(u"order 1001 exists already"_s), qPrintable(dialog->problemsText()));
    // A price that is not one.
    dialog->findChild<QLineEdit*>(u"skuLineEdit0"_s)->setText(u"MUG"_s);
    dialog->findChild<QLineEdit*>(u"numberLineEdit"_s)->setText(u"1002"_s);
    dialog->findChild<QLineEdit*>(u"priceLineEdit0"_s)->setText(u"cheap"_s);
    dialog->previewNow();
    QVERIFY(!dialog->canSave());
    QVERIFY2(dialog->problemsText().contains(u"'cheap' is not a price"_s), qPrintable(dialog->problemsText()));
    dialog->findChild<QLineEdit*>(u"priceLineEdit0"_s)->setText(u"7.50"_s);
    dialog->previewNow();
    QVERIFY(dialog->canSave());
    dialog->accept();
    QCOMPARE(m_shop->line(u"1002"_s, u"MUG"_s).unitPriceMinor, qint64(750));
}

void TestNewOrderDialog::missingCustomerKeepsSaveDisabled()
{
    NewOrderDialog* dialog = newDialog();
    fill(dialog, QString(), u"MUG"_s, 3);
    dialog->previewNow();
    // The lines are worked out already; the customer is still missing.
    QVERIFY2(dialog->lineOutcome(0).startsWith(u"2 ship now, 1 wait until"_s), qPrintable(dialog->lineOutcome(0)));
    QVERIFY(!dialog->canSave());
    QVERIFY2(dialog->problemsText().contains(u"e-mail"_s), qPrintable(dialog->problemsText()));
    dialog->findChild<QLineEdit*>(u"emailLineEdit"_s)->setText(u"not-an-address"_s);
    dialog->previewNow();
    QVERIFY(!dialog->canSave());
    QVERIFY2(dialog->problemsText().contains(u"not an e-mail address"_s), qPrintable(dialog->problemsText()));
}

void TestNewOrderDialog::knownCustomerAndSkuAreCompleted()
{
    NewOrderDialog* dialog = newDialog();
    auto* email = dialog->findChild<QLineEdit*>(u"emailLineEdit"_s);
    email->setFocus();
    QTest::keyClicks(email, u"ali"_s);
    QVERIFY(email->completer());
    QCOMPARE(email->completer()->model()->rowCount(), 1);
    QCOMPARE(email->completer()->model()->index(0, 0).data().toString(), u"alice@example.com"_s);
    email->setText(u"alice@example.com"_s);
    Q_EMIT email->editingFinished();
    QCOMPARE(dialog->findChild<QLineEdit*>(u"nameLineEdit"_s)->text(), u"Alice Archer"_s);

    auto* sku = dialog->findChild<QLineEdit*>(u"skuLineEdit0"_s);
    sku->setFocus();
    QTest::keyClicks(sku, u"M"_s);
    QCOMPARE(sku->completer()->model()->rowCount(), 1);
    QCOMPARE(sku->completer()->model()->index(0, 0).data().toString(), u"MUG"_s);
}

void TestNewOrderDialog::pageOpensTheDialogAndShowsTheNewOrder()
{
    bd::ui::OrdersPage page(*m_shop->context);
    connect(m_shop->context.get(), &bd::ui::AppContext::shopChanged, &page, &bd::ui::OrdersPage::reload);
    page.reload();
    page.newOrder();
    auto* dialog = page.findChild<NewOrderDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    fill(dialog, u"carol@example.com"_s, u"MUG"_s, 1);
    dialog->previewNow();
    dialog->accept();
    QCOMPARE(page.currentNumber(), u"1002"_s);
    QVERIFY(bd::test::settled(*page.model()));
    QVERIFY(page.model()->rowOf(u"1002"_s) >= 0);
}

// MUG's waiting units are promised for 5 December; an order placed on 5 November.
void TestNewOrderDialog::warnsWhenThePaymentLapsesBeforeThePromise()
{
    NewOrderDialog* dialog = newDialog();
    fill(dialog, u"bob@example.com"_s, u"MUG"_s, 5);
    auto* payment = dialog->findChild<QComboBox*>(u"paymentComboBox"_s);
    auto* expiry = dialog->findChild<QLineEdit*>(u"cardExpiryLineEdit"_s);
    const bd::domain::LocaleFormat format;
    // Authorized now: the hold (7 days by default) ends on 12 November, before 5 December.
    payment->setCurrentIndex(payment->findData(int(bd::domain::PaymentState::Authorized)));
    dialog->previewNow();
    QVERIFY2(dialog->lapseWarningText().contains(
                 u"Line 1 (MUG) is promised for %1, but the authorization lapses on %2"_s.arg(
                     format.date(QDate(2024, 12, 5)), format.date(QDate(2024, 11, 12)))),
             qPrintable(dialog->lapseWarningText()));
    QVERIFY(dialog->canSave()); // a warning, not a refusal
    // A card that ends in November cannot be charged on 5 December either.
    expiry->setText(u"2024-11"_s);
    dialog->previewNow();
    QVERIFY2(dialog->lapseWarningText().contains(u"the card can be charged only until %1"_s.arg(
                 format.date(QDate(2024, 11, 30)))),
             qPrintable(dialog->lapseWarningText()));
    // Captured: nothing lapses any more.
    payment->setCurrentIndex(payment->findData(int(bd::domain::PaymentState::Captured)));
    dialog->previewNow();
    QCOMPARE(dialog->lapseWarningText(), QString());
    // Verified with a card valid long enough: nothing to warn about.
    payment->setCurrentIndex(payment->findData(int(bd::domain::PaymentState::Verified)));
    expiry->setText(u"2025-06"_s);
    dialog->previewNow();
    QCOMPARE(dialog->lapseWarningText(), QString());
    // What ships now never waits: two mugs from the shelf warn of nothing.
    payment->setCurrentIndex(payment->findData(int(bd::domain::PaymentState::Authorized)));
    dialog->findChild<QSpinBox*>(u"qtySpinBox0"_s)->setValue(2);
    dialog->previewNow();
    QCOMPARE(dialog->lapseWarningText(), QString());
}

void TestNewOrderDialog::showsNamesLineTotalsAndTheOrderTotal()
{
    NewOrderDialog* dialog = newDialog();
    fill(dialog, u"bob@example.com"_s, u"MUG"_s, 3);
    dialog->addLine();
    dialog->findChild<QLineEdit*>(u"skuLineEdit1"_s)->setText(u"TEE"_s);
    dialog->findChild<QSpinBox*>(u"qtySpinBox1"_s)->setValue(2);
    dialog->findChild<QLineEdit*>(u"priceLineEdit1"_s)->setText(u"15.00"_s);
    dialog->addLine();
    dialog->findChild<QLineEdit*>(u"skuLineEdit2"_s)->setText(u"NOPE"_s);
    dialog->previewNow();
    const bd::domain::LocaleFormat format;
    QCOMPARE(dialog->findChild<QLabel*>(u"itemNameLabel0"_s)->text(), u"Item MUG"_s);
    QCOMPARE(dialog->findChild<QLabel*>(u"itemNameLabel1"_s)->text(), u"Item TEE"_s);
    QCOMPARE(dialog->findChild<QLabel*>(u"itemNameLabel2"_s)->text(), u"no such item"_s);
    QCOMPARE(dialog->findChild<QLabel*>(u"lineTotalLabel0"_s)->text(), format.money(3 * 899, u"EUR"_s));
    QCOMPARE(dialog->findChild<QLabel*>(u"lineTotalLabel1"_s)->text(), format.money(3000, u"EUR"_s));
    QCOMPARE(dialog->findChild<QLabel*>(u"lineTotalLabel2"_s)->text(), QString());
    QCOMPARE(dialog->orderTotalText(), u"Order total: %1"_s.arg(format.money(3 * 899 + 3000, u"EUR"_s)));
}

QTEST_MAIN(TestNewOrderDialog)
#include "TestNewOrderDialog.moc"
