// The Purchasing page's Stage action: the Stage dialog records where a purchase order
// is on its way, the waiting customers it serves get one stock update each (in the
// outbox), the order's timeline shows the stage, and a refused stage leaves the
// dialog open with the reason and changes nothing.
#include "AppContext.h"
#include "ListWait.h"
#include "ScriptedPrompter.h"
#include "Must.h"
#include "models/PurchaseOrdersModel.h"
#include "purchasing/PurchasingPage.h"
#include "purchasing/StageDialog.h"
#include "services/CatalogService.h"
#include "services/MailService.h"
#include "services/OrderService.h"
#include "services/StockService.h"
#include "services/Shop.h"
#include "store/PurchaseStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;
using namespace Qt::StringLiterals;

class TestStageDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ui::AppContext> m_context;
    core::FixedClock* m_clock = nullptr;

    services::Shop& shop() { return *m_context->shop(); }

    void place(const QString& number, int qty)
    {
        domain::NewOrder order;
        order.number = number;
        order.placedAt = m_clock->now();
        order.customerEmail = number + u"@example.com"_s;
        order.customerName = u"Customer "_s + number;
        order.payment = domain::PaymentState::Captured;
        order.lines << domain::NewOrderLine{u"MUG-RED"_s, qty, std::nullopt, 0};
        const auto placed = services::OrderService(shop()).place(order);
        QVERIFY2(placed.ok(), qPrintable(placed.errorText()));
        m_clock->advanceSeconds(60);
    }

    QStringList stockUpdates()
    {
        QStringList out;
        for (const store::OutboxRow& r : test::must(services::MailService(shop()).messages({})))
            if (r.kind == u"stock_update"_s)
                out << r.orderNumber;
        out.sort();
        return out;
    }

    // Selects the purchase order once its row is read.
    static bool select(ui::PurchasingPage& page, const QString& number)
    {
        page.selectPurchaseOrder(number);
        return test::becomesCurrent(*page.findChild<QTableView*>(u"purchaseOrdersTableView"_s), number,
                                    ui::PurchaseOrdersModel::NumberRole);
    }

    ui::StageDialog* openStage(ui::PurchasingPage& page)
    {
        auto* button = page.findChild<QPushButton*>(u"stageButton"_s);
        if (!button || !button->isEnabled())
            return nullptr;
        QTest::mouseClick(button, Qt::LeftButton);
        return page.findChild<ui::StageDialog*>();
    }

    static void pressOk(ui::StageDialog* dialog)
    {
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>(u"stageButtonBox"_s)->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto clock = std::make_unique<core::FixedClock>(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
        m_clock = clock.get();
        m_context = std::make_unique<ui::AppContext>(std::move(clock));
        m_context->setPrompter(std::make_unique<test::ScriptedPrompter>());
        const core::Status opened = m_context->openDatabase(m_dir->filePath(u"shop.sqlite"_s));
        QVERIFY2(opened.ok(), qPrintable(opened.errorText()));
        services::ItemInput mug;
        mug.item.sku = u"MUG-RED"_s;
        mug.item.name = u"Mug, red"_s;
        mug.item.priceMinor = 1200;
        mug.item.policy = domain::Policy::Backorder;
        mug.onHand = 0;
        QVERIFY(services::CatalogService(shop()).saveItems({mug}).ok());
        services::PurchaseOrderLineInput po;
        po.poNumber = u"PO-7"_s;
        po.supplier = u"Acme Ceramics"_s;
        po.sku = u"MUG-RED"_s;
        po.qty = 4;
        po.expected = QDate(2026, 12, 5);
        QVERIFY(services::CatalogService(shop()).savePurchaseOrderLines({po}).ok());
        // 1001 and 1002 come with PO-7; 1003 waits beyond it.
        place(u"1001"_s, 3);
        place(u"1002"_s, 1);
        place(u"1003"_s, 2);
    }

    void cleanup()
    {
        QVERIFY(m_context->waitForTasks(10000));
        m_context.reset();
        m_dir.reset();
    }

    void stageTellsTheCustomersThePoServes()
    {
        ui::PurchasingPage page(*m_context);
        page.reload();
        QVERIFY(!page.findChild<QPushButton*>(u"stageButton"_s)->isEnabled()); // nothing selected
        QVERIFY(select(page, u"PO-7"_s));
        auto* timeline = page.findChild<QListWidget*>(u"timelineListWidget"_s);
        QVERIFY(timeline);
        QCOMPARE(timeline->count(), 1); // "No stage recorded yet"

        ui::StageDialog* dialog = openStage(page);
        QVERIFY(dialog);
        auto* stage = dialog->findChild<QComboBox*>(u"stageComboBox"_s);
        stage->setCurrentIndex(stage->findData(u"shipped"_s));
        QCOMPARE(stage->currentText(), u"shipped by supplier"_s);
        dialog->findChild<QDateEdit*>(u"stageDateEdit"_s)->setDate(QDate(2026, 11, 22));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"noteLineEdit"_s), u"left Shenzhen on the MSC Oscar"_s);
        QVERIFY(!dialog->findChild<QDateEdit*>(u"expectedDateEdit"_s)->isEnabled());
        pressOk(dialog);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(dialog->ordersTold(), 2);

        QCOMPARE(stockUpdates(), (QStringList{u"1001"_s, u"1002"_s}));
        for (const store::OutboxRow& r : test::must(services::MailService(shop()).messages({}))) {
            if (r.kind == u"stock_update"_s)
                QVERIFY2(r.bodyText.contains(u"left Shenzhen on the MSC Oscar"_s), qPrintable(r.bodyText));
        }
        // The page shows the stage on the order's timeline.
        QCOMPARE(timeline->count(), 1);
        QVERIFY2(timeline->item(0)->text().contains(u"shipped by supplier"_s), qPrintable(timeline->item(0)->text()));
        QVERIFY2(timeline->item(0)->text().contains(u"MSC Oscar"_s), qPrintable(timeline->item(0)->text()));
    }

    void newExpectedDateMovesThePurchaseOrder()
    {
        ui::PurchasingPage page(*m_context);
        page.reload();
        QVERIFY(select(page, u"PO-7"_s));
        ui::StageDialog* dialog = openStage(page);
        QVERIFY(dialog);
        auto* stage = dialog->findChild<QComboBox*>(u"stageComboBox"_s);
        stage->setCurrentIndex(stage->findData(u"in-transit"_s));
        QTest::mouseClick(dialog->findChild<QCheckBox*>(u"expectedCheckBox"_s), Qt::LeftButton);
        auto* expected = dialog->findChild<QDateEdit*>(u"expectedDateEdit"_s);
        QVERIFY(expected->isEnabled());
        expected->setDate(QDate(2026, 12, 1)); // sooner: no slip, both told
        pressOk(dialog);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        store::PurchaseStore purchases(*m_context->database());
        QCOMPARE(test::must(purchases.purchaseOrder(u"PO-7"_s))->expected, QDate(2026, 12, 1));
        QCOMPARE(stockUpdates(), (QStringList{u"1001"_s, u"1002"_s}));
    }

    void refusedStageKeepsTheDialogOpen()
    {
        ui::PurchasingPage page(*m_context);
        page.reload();
        QVERIFY(select(page, u"PO-7"_s));
        ui::StageDialog* dialog = openStage(page);
        QVERIFY(dialog);
        // Another seat receives the purchase order in full meanwhile.
        services::ReceiveRequest request;
        request.sku = u"MUG-RED"_s;
        request.qty = 4;
        request.reference = u"DEL-1"_s;
        request.poNumber = u"PO-7"_s;
        QVERIFY(services::StockService(shop()).receive({request}, {}).ok());
        const QStringList before = stockUpdates();
        pressOk(dialog);
        QVERIFY(dialog->isVisible());
        auto* error = dialog->findChild<QLabel*>(u"errorLabel"_s);
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(u"received in full"_s), qPrintable(error->text()));
        QCOMPARE(stockUpdates(), before);
        QCOMPARE(test::must(store::PurchaseStore(*m_context->database()).stages(
                                test::must(store::PurchaseStore(*m_context->database()).purchaseOrderId(u"PO-7"_s)).value()))
                     .size(),
                 0);
    }
};

QTEST_MAIN(TestStageDialog)
#include "TestStageDialog.moc"
