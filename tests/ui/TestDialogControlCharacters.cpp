// A control character pasted into a dialog's field (where a tab or a line break comes
// from in practice: a spreadsheet cell, a mail) is refused by the core: the dialog
// stays open, says which field holds it, and nothing is saved.

#include "OrdersTestShop.h"
#include "items/NewItemDialog.h"
#include "orders/CancelDialog.h"
#include "orders/NewOrderDialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using bd::test::OrdersTestShop;

class TestDialogControlCharacters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void cancelReasonWithATab();
    void newItemNameWithATab();
    void newOrderCustomerNameWithALineBreak();

private:
    // Pastes `text` into the field as the merchant would, from the clipboard.
    static void paste(QLineEdit* edit, const QString& text);

    std::unique_ptr<OrdersTestShop> m_shop;
};

void TestDialogControlCharacters::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

// MUG: 2 on hand, sold on backorder; order 1001 holds both and waits for a third.
void TestDialogControlCharacters::init()
{
    m_shop = std::make_unique<OrdersTestShop>();
    QVERIFY(m_shop->open());
    BD_UI_VERIFY_OK(m_shop->addItem(u"MUG"_s, bd::domain::Policy::Backorder, 2));
    BD_UI_VERIFY_OK(m_shop->place(u"1001"_s, u"alice@example.com"_s, u"Alice Archer"_s, { { u"MUG"_s, 3 } }));
}

void TestDialogControlCharacters::cleanup()
{
    m_shop.reset();
}

void TestDialogControlCharacters::paste(QLineEdit* edit, const QString& text)
{
    QVERIFY(edit);
    QGuiApplication::clipboard()->setText(text);
    edit->setFocus();
    QTest::keySequence(edit, QKeySequence::Paste);
    QCOMPARE(edit->text(), text); // the field holds the character, as a paste leaves it
}

void TestDialogControlCharacters::cancelReasonWithATab()
{
    bd::ui::CancelDialog dialog(*m_shop->context, u"1001"_s, {});
    dialog.show();
    paste(dialog.findChild<QLineEdit*>(u"reasonLineEdit"_s), u"supplier\tgone"_s);
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"cancelOkButton"_s), Qt::LeftButton);

    QCOMPARE(m_shop->prompter->warned.size(), 1);
    const QString warned = m_shop->prompter->warned.constFirst();
    QVERIFY2(warned.contains(u"reason: contains a control character (U+0009)"_s), qPrintable(warned));
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.result() != QDialog::Accepted);
    const bd::domain::OrderLine line = m_shop->line(u"1001"_s, u"MUG"_s);
    QCOMPARE(line.cancelled, 0);
    QCOMPARE(line.allocated, 2);
    QCOMPARE(line.waiting, 1);
}

void TestDialogControlCharacters::newItemNameWithATab()
{
    bd::ui::NewItemDialog dialog(*m_shop->context);
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit*>(u"skuLineEdit"_s), u"BOWL"_s);
    paste(dialog.findChild<QLineEdit*>(u"nameLineEdit"_s), u"Bowl\tlarge"_s);
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"createItemButton"_s), Qt::LeftButton);

    auto* error = dialog.findChild<QLabel*>(u"newItemErrorLabel"_s);
    QVERIFY(error);
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(u"name: contains a control character (U+0009)"_s), qPrintable(error->text()));
    QVERIFY(dialog.isVisible());
    QVERIFY(!bd::test::must(m_shop->shop().items().itemBySku(u"BOWL"_s)).has_value());
}

void TestDialogControlCharacters::newOrderCustomerNameWithALineBreak()
{
    bd::ui::NewOrderDialog dialog(*m_shop->context);
    dialog.show();
    dialog.findChild<QLineEdit*>(u"emailLineEdit"_s)->setText(u"bob@example.com"_s);
    dialog.findChild<QLineEdit*>(u"skuLineEdit0"_s)->setText(u"MUG"_s);
    dialog.findChild<QSpinBox*>(u"qtySpinBox0"_s)->setValue(1);
    paste(dialog.findChild<QLineEdit*>(u"nameLineEdit"_s), u"Bob\nBaker"_s);
    dialog.previewNow();
    QVERIFY2(dialog.problemsText().contains(u"customer_name: contains a control character (U+000A)"_s),
             qPrintable(dialog.problemsText()));
    QVERIFY(!dialog.canSave());
    dialog.accept(); // Save is refused as well
    QVERIFY(!bd::test::must(m_shop->shop().orders().orderExists(dialog.findChild<QLineEdit*>(u"numberLineEdit"_s)->text())));
    QCOMPARE(bd::test::must(m_shop->shop().customers().customerByEmail(u"bob@example.com"_s)).has_value(), false);
}

QTEST_MAIN(TestDialogControlCharacters)
#include "TestDialogControlCharacters.moc"
