// The Purchasing page's Stage action: the Stage dialog records where a purchase order
// is on its way, the waiting customers it serves get one stock update each (in the
// outbox), the order's timeline shows the stage, and a refused stage leaves the
// dialog open with the reason and changes nothing.
#include "AppContext.h"
#include "ListWait.h"
#include "ScriptedPrompter.h"
#include "ServerShop.h"
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
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>
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
                                    ui::PurchaseOrdersModel::NumberRole)
            && test::detailCame(page);
    }

    ui::StageDialog* openStage(ui::PurchasingPage& page)
    {
        auto* button = page.findChild<QPushButton*>(u"stageButton"_s);
        if (!button || !button->isEnabled())
            return nullptr;
        QTest::mouseClick(button, Qt::LeftButton);
        return page.findChild<ui::StageDialog*>();
    }

    // The Stage dialog of PO-7 on a freshly read page, with this stage chosen.
    ui::StageDialog* openStageOfPo7(ui::PurchasingPage& page, const QString& code)
    {
        page.reload();
        if (!select(page, u"PO-7"_s))
            return nullptr;
        ui::StageDialog* dialog = openStage(page);
        if (!dialog)
            return nullptr;
        auto* stage = dialog->findChild<QComboBox*>(u"stageComboBox"_s);
        stage->setCurrentIndex(stage->findData(code));
        return stage->currentData().toString() == code ? dialog : nullptr;
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
        const core::Status opened = m_context->openDatabase(bd::test::shopLocation(m_dir->filePath(u"shop.sqlite"_s)));
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
        auto* timeline = page.findChild<QTextBrowser*>(u"timelineTextBrowser"_s);
        QVERIFY(timeline);
        QCOMPARE(timeline->toPlainText(), u"No stage recorded yet"_s);

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
        QVERIFY(test::detailCame(page));
        QCOMPARE(timeline->document()->blockCount(), 1);
        const QString stageText = timeline->toPlainText();
        QVERIFY2(stageText.contains(u"shipped by supplier"_s), qPrintable(stageText));
        QVERIFY2(stageText.contains(u"MSC Oscar"_s), qPrintable(stageText));
    }

    // A long note (and a tracking number with no spaces) wraps to the pane's width at
    // 1280×800 and the timeline grows downwards; nothing scrolls sideways.
    void timelineWrapsLongNotesToThePane()
    {
        ui::PurchasingPage page(*m_context);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        ui::StageDialog* dialog = openStageOfPo7(page, u"in-transit"_s);
        QVERIFY(dialog);
        const QString tracking = u"MSCU1234567890ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"_s;
        const QString note = u"Left Shenzhen on the MSC Oscar, transshipped in Rotterdam onto a feeder to Aarhus, "
                             "customs papers sent ahead, container "_s
            + tracking + u" sealed and on its way to our warehouse"_s;
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"noteLineEdit"_s), note);
        pressOk(dialog);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));

        auto* timeline = page.findChild<QTextBrowser*>(u"timelineTextBrowser"_s);
        QVERIFY(timeline);
        QVERIFY(test::detailCame(page));
        QCoreApplication::processEvents();
        QVERIFY2(timeline->toPlainText().contains(note), qPrintable(timeline->toPlainText()));
        const int viewport = timeline->viewport()->width();
        QVERIFY(viewport > 0);
        QVERIFY2(viewport < 1280 / 2, "the timeline is beside the lines, narrower than the page");
        // The text is laid out to the viewport: the widest line fits, no sideways scrolling.
        const QSizeF laidOut = timeline->document()->size();
        QVERIFY2(timeline->document()->idealWidth() <= viewport,
                 qPrintable(u"%1 > %2"_s.arg(timeline->document()->idealWidth()).arg(viewport)));
        QVERIFY2(laidOut.width() <= viewport, qPrintable(u"%1 > %2"_s.arg(laidOut.width()).arg(viewport)));
        QCOMPARE(timeline->horizontalScrollBar()->maximum(), 0);
        QVERIFY(!timeline->horizontalScrollBar()->isVisible());
        // The stage's paragraph took several lines: it grew downwards instead.
        const QTextBlock block = timeline->document()->firstBlock();
        QVERIFY(block.layout());
        QVERIFY2(block.layout()->lineCount() >= 3, qPrintable(QString::number(block.layout()->lineCount())));
        const QFontMetrics metrics(timeline->document()->defaultFont());
        QVERIFY(laidOut.height() >= 3 * metrics.lineSpacing());

        // The lines beside it fit too, at the page's size in a 1280×800 window (the
        // sidebar takes the rest): the item's name takes what the numbers leave.
        page.resize(1100, 720);
        auto* lines = page.findChild<QTableView*>(u"purchaseLinesTableView"_s);
        QVERIFY(lines && lines->model()->rowCount() > 0);
        QCoreApplication::processEvents();
        QCOMPARE(lines->horizontalScrollBar()->maximum(), 0);
        QVERIFY(!lines->horizontalScrollBar()->isVisible());
        const QFontMetrics cells(lines->font());
        for (int column = 0; column < lines->model()->columnCount(); ++column) {
            const QString heading = lines->model()->headerData(column, Qt::Horizontal).toString();
            QVERIFY2(lines->horizontalHeader()->sectionSize(column) >= cells.horizontalAdvance(heading),
                     qPrintable(heading));
        }
    }

    void newExpectedDateMovesThePurchaseOrder()
    {
        ui::PurchasingPage page(*m_context);
        ui::StageDialog* dialog = openStageOfPo7(page, u"in-transit"_s);
        QVERIFY(dialog);
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
