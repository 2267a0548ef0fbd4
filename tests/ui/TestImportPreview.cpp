// The window's import preview for every kind a file can hold: what the file was
// recognised as, its first records as they will land (customers: e-mail and name;
// orders: number, customer, lines and what waits; stock counts: on hand now and after),
// the warnings and the Import button; and the column mapping for a list from another
// program, shown in the preview. Driven through the widgets on a real shop file.

#include "AppContext.h"
#include "DropTestUtil.h"
#include "ScriptedPrompter.h"
#include "TempShop.h"
#include "importing/ColumnMappingDialog.h"
#include "importing/ImportPreviewDialog.h"
#include "mainwindow/ImportFlow.h"
#include "mainwindow/MainWindow.h"
#include "Must.h"
#include "store/CustomerStore.h"
#include "store/ItemStore.h"
#include "store/OrderStore.h"

#include <QAction>
#include <QComboBox>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using bd::test::ScriptedPrompter;
using bd::ui::AppContext;
using bd::ui::ColumnMappingDialog;
using bd::ui::ImportPreviewDialog;
using bd::ui::MainWindow;

class TestImportPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void customersPreviewShowsEmailAndName();
    void ordersPreviewShowsCustomerLinesAndWaiting();
    void ordersWithoutCustomerColumnsShowAnUnknownCustomer();
    void stockCountPreviewShowsOnHandBeforeAndAfter();
    void customerListOfAnotherProgramIsMappedInThePreview();
    void declinedMappingRefusesTheFile();
    void cancelledPreviewKeepsNothing();
    void shopFileItselfIsNeverRead();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    void write(const QString& name, const QByteArray& bytes) const { bd::test::writeFile(path(name), bytes); }
    // A window over a fresh shop of 30 items (SKU-0001…) with a scripted prompter.
    void open() { bd::test::openWindow(bd::test::shopLocation(path(u"shop.sqlite"_s)), m_context, m_window, m_prompter); }
    void drop(const QString& file) { bd::test::dropFile(*m_window, path(file)); }
    // Drops a list from another program on the window, says it holds customers, and
    // waits for the columns to be asked.
    ColumnMappingDialog* mappingOfCustomerList()
    {
        write(u"kunder.csv"_s, "kundenr;navn;mail\n\"17\";\"Ida Sø\";\"ida@example.com\"\n");
        m_prompter->answers.enqueue(1); // it holds customers (asked: no known shape fits)
        drop(u"kunder.csv"_s);
        QPointer<ColumnMappingDialog> mapping;
        if (!QTest::qWaitFor([&] { return (mapping = m_window->findChild<ColumnMappingDialog*>()) != nullptr; }))
            return nullptr;
        return mapping;
    }
    // Drops the file on the window and waits for the preview.
    ImportPreviewDialog* preview(const QString& file)
    {
        drop(file);
        QPointer<ImportPreviewDialog> dialog;
        if (!QTest::qWaitFor([&] { return (dialog = m_window->findChild<ImportPreviewDialog*>()) != nullptr; }))
            return nullptr;
        return dialog;
    }
    static QString cell(const ImportPreviewDialog* dialog, int row, int column)
    {
        const auto* table = dialog->findChild<QTableWidget*>(u"previewTableWidget"_s);
        if (!table || !table->item(row, column))
            return u"(none)"_s;
        return table->item(row, column)->text();
    }
    static QString header(const ImportPreviewDialog* dialog, int column)
    {
        const auto* table = dialog->findChild<QTableWidget*>(u"previewTableWidget"_s);
        return table ? table->horizontalHeaderItem(column)->text() : QString();
    }
    static QStringList warnings(const ImportPreviewDialog* dialog)
    {
        QStringList out;
        if (const auto* list = dialog->findChild<QListWidget*>(u"warningsListWidget"_s)) {
            for (int i = 0; i < list->count(); ++i)
                out << list->item(i)->text();
        }
        return out;
    }
    // Presses Import and waits until the window says what was kept.
    void importFrom(ImportPreviewDialog* dialog)
    {
        dialog->findChild<QPushButton*>(u"importButton"_s)->click();
        QTRY_COMPARE(m_prompter->informed.size(), 1);
        QVERIFY2(m_prompter->warned.isEmpty(), qPrintable(m_prompter->warned.join(u'\n')));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    ScriptedPrompter* m_prompter = nullptr;
};

void TestImportPreview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"BackorderDesk"_s);
    QCoreApplication::setApplicationName(u"backorderdesk-test-import-preview"_s);
}

void TestImportPreview::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    bd::test::createShop(path(u"shop.sqlite"_s), 30);
    open();
}

void TestImportPreview::cleanup()
{
    m_window.reset();
    m_context.reset();
    m_dir.reset();
    QSettings().clear();
}

void TestImportPreview::customersPreviewShowsEmailAndName()
{
    write(u"customers.csv"_s, "email,name,phone\nAnna@Example.com,Anna Holm,+45 11 22 33 44\nbo@example.com,Bo Lind,\n");
    ImportPreviewDialog* dialog = preview(u"customers.csv"_s);
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLabel*>(u"recognisedLabel"_s)->text(),
             u"customers.csv: customers file, 2 customer(s)"_s);
    QCOMPARE(header(dialog, 0), u"E-mail"_s);
    QCOMPARE(header(dialog, 1), u"Name"_s);
    QCOMPARE(cell(dialog, 0, 0), u"anna@example.com"_s);
    QCOMPARE(cell(dialog, 0, 1), u"Anna Holm"_s);
    QCOMPARE(cell(dialog, 1, 0), u"bo@example.com"_s);
    QVERIFY(!bd::test::must(m_context->shop()->customers().customerByEmail(u"anna@example.com"_s))); // nothing kept yet
    importFrom(dialog);
    const auto anna = bd::test::must(m_context->shop()->customers().customerByEmail(u"anna@example.com"_s));
    QVERIFY(anna);
    QCOMPARE(anna->name, u"Anna Holm"_s);
}

// A WooCommerce export of one row per item: the rows of one order are one order, shown
// with its customer, its lines and how many of its units will wait.
void TestImportPreview::ordersPreviewShowsCustomerLinesAndWaiting()
{
    write(u"orders.csv"_s,
          "order_id,order_number,order_date,status,order_currency,billing_first_name,billing_last_name,billing_email,"
          "item_name,item_sku,item_quantity,item_total\n"
          "90,90,2024-11-04 10:00:00,processing,EUR,Kim,Dahl,kim@example.com,Item 3,SKU-0003,2,20.06\n"
          "90,90,2024-11-04 10:00:00,processing,EUR,Kim,Dahl,kim@example.com,Item 1,SKU-0001,3,30.03\n"
          "91,91,2024-11-04 11:00:00,cancelled,EUR,Lea,Friis,lea@example.com,Item 3,SKU-0003,1,10.03\n");
    ImportPreviewDialog* dialog = preview(u"orders.csv"_s);
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLabel*>(u"recognisedLabel"_s)->text(),
             u"orders.csv: WooCommerce order export (one row per item), 1 order(s)"_s);
    QCOMPARE(header(dialog, 0), u"Order"_s);
    QCOMPARE(cell(dialog, 0, 0), u"90"_s);
    QCOMPARE(cell(dialog, 0, 1), u"Kim Dahl <kim@example.com>"_s);
    QCOMPARE(cell(dialog, 0, 2), u"SKU-0003 × 2, SKU-0001 × 3"_s);
    QCOMPARE(cell(dialog, 0, 3), u"3"_s); // SKU-0001 has nothing on hand: its 3 wait
    QVERIFY2(warnings(dialog).join(u'\n').contains(u"1 order(s) not imported: cancelled"_s),
             qPrintable(warnings(dialog).join(u'\n')));
    QVERIFY(!bd::test::must(m_context->shop()->orders().orderExists(u"90"_s)));
    importFrom(dialog);
    QVERIFY(bd::test::must(m_context->shop()->orders().orderExists(u"90"_s)));
    QVERIFY(!bd::test::must(m_context->shop()->orders().orderExists(u"91"_s)));
}

// A Shopify export made without the customer's columns: the preview says whose the
// order will be, and why.
void TestImportPreview::ordersWithoutCustomerColumnsShowAnUnknownCustomer()
{
    write(u"shopify-orders.csv"_s,
          "Name,Created at,Lineitem quantity,Lineitem name,Lineitem sku,Lineitem price\n"
          "#1001,2024-11-04 12:00:00 +0100,1,Item 3,SKU-0003,10.03\n");
    ImportPreviewDialog* dialog = preview(u"shopify-orders.csv"_s);
    QVERIFY(dialog);
    QCOMPARE(cell(dialog, 0, 0), u"1001"_s);
    QCOMPARE(cell(dialog, 0, 1), u"Unknown customer (order 1001)"_s);
    QVERIFY2(warnings(dialog).join(u'\n').contains(u"never sent an e-mail"_s), qPrintable(warnings(dialog).join(u'\n')));
    importFrom(dialog);
    const auto order = bd::test::must(m_context->shop()->orders().orderByNumber(u"1001"_s));
    QVERIFY(order);
    QCOMPARE(order->customerName, u"Unknown customer (order 1001)"_s);
}

void TestImportPreview::stockCountPreviewShowsOnHandBeforeAndAfter()
{
    write(u"count.csv"_s, "sku,on_hand,reason\nSKU-0003,10,shelf count\nSKU-0006,0,shelf count\n");
    const int before = bd::test::must(m_context->shop()->items().itemBySku(u"SKU-0003"_s))->onHand;
    ImportPreviewDialog* dialog = preview(u"count.csv"_s);
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLabel*>(u"recognisedLabel"_s)->text(),
             u"count.csv: stock count file, 2 stock count(s)"_s);
    QCOMPARE(header(dialog, 3), u"New on hand"_s);
    QCOMPARE(cell(dialog, 0, 0), u"SKU-0003"_s);
    QCOMPARE(cell(dialog, 0, 1), u"Item 3"_s);
    QCOMPARE(cell(dialog, 0, 2), QString::number(before));
    QCOMPARE(cell(dialog, 0, 3), u"10"_s);
    QCOMPARE(cell(dialog, 1, 3), u"0"_s);
    QCOMPARE(bd::test::must(m_context->shop()->items().itemBySku(u"SKU-0003"_s))->onHand, before);
    importFrom(dialog);
    QCOMPARE(bd::test::must(m_context->shop()->items().itemBySku(u"SKU-0003"_s))->onHand, 10);
}

// A customer list from another program lacks our columns: the window asks what the
// file holds, then which of its columns holds each of ours (the window's --map), then
// previews the list read that way and says how its columns were read.
void TestImportPreview::customerListOfAnotherProgramIsMappedInThePreview()
{
    QPointer<ColumnMappingDialog> mapping = mappingOfCustomerList();
    QVERIFY(mapping);
    QVERIFY2(m_prompter->unexpected.isEmpty(), qPrintable(m_prompter->unexpected.join(u'\n')));
    auto* mapButton = mapping->findChild<QPushButton*>(u"mapButton"_s);
    QVERIFY(!mapButton->isEnabled()); // the e-mail is needed
    mapping->comboFor(u"email"_s)->setCurrentText(u"mail"_s);
    mapping->comboFor(u"name"_s)->setCurrentText(u"navn"_s);
    QVERIFY(mapButton->isEnabled());
    mapButton->click();
    QPointer<ImportPreviewDialog> dialog;
    QTRY_VERIFY((dialog = m_window->findChild<ImportPreviewDialog*>()));
    const auto* label = dialog->findChild<QLabel*>(u"mappingLabel"_s);
    QVERIFY(label);
    QVERIFY2(label->text().contains(u"email from “mail”"_s), qPrintable(label->text()));
    QCOMPARE(cell(dialog, 0, 0), u"ida@example.com"_s);
    QCOMPARE(cell(dialog, 0, 1), u"Ida Sø"_s);
    importFrom(dialog);
    QCOMPARE(bd::test::must(m_context->shop()->customers().customerByEmail(u"ida@example.com"_s))->name, u"Ida Sø"_s);
}

// Declining the mapping refuses the file, saying what it lacks, and keeps nothing.
void TestImportPreview::declinedMappingRefusesTheFile()
{
    QPointer<ColumnMappingDialog> mapping = mappingOfCustomerList();
    QVERIFY(mapping);
    mapping->findChild<QPushButton*>(u"cancelButton"_s)->click();
    QTRY_COMPARE(m_prompter->warned.size(), 1);
    QVERIFY2(m_prompter->warned.constFirst().contains(u"email"_s), qPrintable(m_prompter->warned.constFirst()));
    QVERIFY(!bd::test::must(m_context->shop()->customers().customerByEmail(u"ida@example.com"_s)));
}

void TestImportPreview::cancelledPreviewKeepsNothing()
{
    write(u"count.csv"_s, "sku,on_hand\nSKU-0003,10\n");
    const int before = bd::test::must(m_context->shop()->items().itemBySku(u"SKU-0003"_s))->onHand;
    QPointer<ImportPreviewDialog> dialog = preview(u"count.csv"_s);
    QVERIFY(dialog);
    dialog->findChild<QPushButton*>(u"cancelButton"_s)->click();
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(bd::test::must(m_context->shop()->items().itemBySku(u"SKU-0003"_s))->onHand, before);
    QVERIFY(m_prompter->informed.isEmpty());
}

// Choosing the open shop's own file (or its write-ahead log) in Import CSV… is refused
// before anything reads it: reading and closing it would drop the window's locks on the
// shop. (A drop of it is refused already: the window takes only .csv files.)
void TestImportPreview::shopFileItselfIsNeverRead()
{
    BD_SKIP_ON_SERVER("the shop file and its write-ahead log");
    QVERIFY(QFile::exists(path(u"shop.sqlite-wal"_s)));
    auto* import = m_window->findChild<QAction*>(u"importAction"_s);
    QVERIFY(import);
    for (const QString& file : {u"shop.sqlite"_s, u"shop.sqlite-wal"_s}) {
        m_prompter->warned.clear();
        m_prompter->answers.enqueue(path(file));
        import->trigger();
        QTRY_COMPARE(m_prompter->warned.size(), 1);
        QVERIFY2(m_prompter->warned.constFirst().contains(u"the open shop's own database file"_s),
                 qPrintable(m_prompter->warned.constFirst()));
        QVERIFY2(m_prompter->warned.constFirst().contains(file), qPrintable(m_prompter->warned.constFirst()));
    }
    QVERIFY(QFile::exists(path(u"shop.sqlite-wal"_s)));
}

QTEST_MAIN(TestImportPreview)
#include "TestImportPreview.moc"
