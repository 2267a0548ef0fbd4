// Purchasing and receiving from the window: purchase orders and their lines, a new
// purchase order, and the Receive dialog — preview (nothing changes), confirm (the
// first waiting customer gets the units), complete orders only, a refused line, a big
// receipt worked out in the background, and the cross-dock list saved as CSV.
#include "AppContext.h"
#include "ListWait.h"
#include "domain/LocaleFormat.h"
#include "ScriptedPrompter.h"
#include "TempShop.h"
#include "models/PurchaseLinesModel.h"
#include "models/DetailReader.h"
#include "models/PurchaseOrdersModel.h"
#include "purchasing/PurchaseOrderDialog.h"
#include "purchasing/PurchaseSuggestionsDialog.h"
#include "purchasing/PurchasingPage.h"
#include "purchasing/ReceiveDialog.h"
#include "reports/ReportPreview.h"
#include "services/CatalogService.h"
#include "services/OrderService.h"
#include "services/PurchasingService.h"
#include "services/ShopQueries.h"
#include "services/Shop.h"
#include "services/StockService.h"
#include "store/ItemStore.h"
#include "store/OrderStore.h"
#include "store/PurchaseStore.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QCompleter>
#include <QFile>
#include <QHeaderView>
#include <QScopeGuard>
#include <QSemaphore>
#include <QScrollBar>
#include <QStyle>
#include <QTranslator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrlQuery>

using namespace bd;
using bd::ui::PurchaseOrdersModel;
using bd::ui::ReceiveDialog;

class TestReceiveDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ui::AppContext> m_context;
    core::FixedClock* m_clock = nullptr;
    test::ScriptedPrompter* m_prompter = nullptr;

    services::Shop& shop() { return *m_context->shop(); }
    domain::Item item(const QString& sku) { return test::must(shop().items().itemBySku(sku)).value(); }

    void place(const QString& number, const QString& sku, int qty)
    {
        domain::NewOrder order;
        order.number = number;
        order.placedAt = m_clock->now();
        order.customerEmail = number + QStringLiteral("@example.com");
        order.customerName = QStringLiteral("Customer ") + number;
        order.payment = domain::PaymentState::Captured;
        order.lines << domain::NewOrderLine { sku, qty, std::nullopt, 0 };
        const auto placed = services::OrderService(shop()).place(order);
        QVERIFY2(placed.ok(), qPrintable(placed.errorText()));
        m_clock->advanceSeconds(60);
    }

    // A purchase order of red mugs.
    void orderMugs(const QString& number, const QString& supplier, int qty, const QDate& expected)
    {
        services::PurchaseOrderLineInput po;
        po.poNumber = number;
        po.supplier = supplier;
        po.sku = QStringLiteral("MUG-RED");
        po.qty = qty;
        po.expected = expected;
        const core::Status ordered = services::CatalogService(shop()).savePurchaseOrderLines({ po });
        QVERIFY2(ordered.ok(), qPrintable(ordered.errorText()));
    }

    // The line of an order for a SKU: allocated and waiting units.
    std::pair<int, int> line(const QString& number)
    {
        const std::optional<domain::Order> order = test::must(shop().orders().orderByNumber(number));
        if (!order || order->lines.isEmpty())
            return { -1, -1 };
        return { order->lines.constFirst().allocated, order->lines.constFirst().waiting };
    }

    // Selects the purchase order once its row is read, and waits for its lines.
    static bool select(ui::PurchasingPage& page, const QString& number)
    {
        page.selectPurchaseOrder(number);
        return test::becomesCurrent(*page.findChild<QTableView*>(QStringLiteral("purchaseOrdersTableView")), number,
                                    PurchaseOrdersModel::NumberRole)
            && test::detailCame(page);
    }

    // Makes `number` the current row of the page's list (as a click does), at once.
    static void pick(ui::PurchasingPage& page, const QString& number)
    {
        const int row = page.ordersModel()->rowOf(number);
        QVERIFY2(row >= 0, qPrintable(number));
        page.findChild<QTableView*>(QStringLiteral("purchaseOrdersTableView"))
            ->setCurrentIndex(page.ordersModel()->index(row, PurchaseOrdersModel::Number));
    }

    ReceiveDialog* openDialog(ui::PurchasingPage& page)
    {
        page.receive();
        auto* dialog = page.findChild<ReceiveDialog*>();
        return dialog;
    }

    static void setLine(ReceiveDialog* dialog, int row, const QString& sku, const QString& qty)
    {
        auto* lines = dialog->findChild<QTableWidget*>(QStringLiteral("linesTableWidget"));
        while (lines->rowCount() <= row)
            dialog->addLine();
        lines->item(row, 0)->setText(sku);
        lines->item(row, 1)->setText(qty);
    }

    static void click(QWidget* parent, const QString& name)
    {
        auto* button = parent->findChild<QPushButton*>(name);
        QVERIFY2(button, qPrintable(name));
        QVERIFY2(button->isEnabled(), qPrintable(name + QStringLiteral(" is disabled")));
        QTest::mouseClick(button, Qt::LeftButton);
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
        auto prompter = std::make_unique<test::ScriptedPrompter>();
        m_prompter = prompter.get();
        m_context->setPrompter(std::move(prompter));
        const core::Status opened = m_context->openDatabase(bd::test::shopLocation(m_dir->filePath(QStringLiteral("shop.sqlite"))));
        QVERIFY2(opened.ok(), qPrintable(opened.errorText()));

        services::ItemInput mug;
        mug.item.sku = QStringLiteral("MUG-RED");
        mug.item.name = QStringLiteral("Mug, red");
        mug.item.priceMinor = 1200;
        mug.item.policy = domain::Policy::Backorder;
        mug.onHand = 0;
        const core::Status saved = services::CatalogService(shop()).saveItems({ mug });
        QVERIFY2(saved.ok(), qPrintable(saved.errorText()));
        place(QStringLiteral("1001"), QStringLiteral("MUG-RED"), 3);
        place(QStringLiteral("1002"), QStringLiteral("MUG-RED"), 2);
        orderMugs(QStringLiteral("PO-7"), QStringLiteral("Acme Ceramics"), 10, QDate(2026, 12, 5));
    }

    void cleanup()
    {
        QVERIFY(m_context->waitForTasks(10000));
        m_context.reset();
        m_dir.reset();
    }

    void listsPurchaseOrdersAndLines()
    {
        ui::PurchasingPage page(*m_context);
        QAbstractItemModelTester ordersTester(page.ordersModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester linesTester(page.linesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.reload();
        PurchaseOrdersModel* model = page.ordersModel();
        QVERIFY(test::settled(*model));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, PurchaseOrdersModel::Number).data().toString(), QStringLiteral("PO-7"));
        QCOMPARE(model->index(0, PurchaseOrdersModel::Supplier).data().toString(), QStringLiteral("Acme Ceramics"));
        QCOMPARE(model->index(0, PurchaseOrdersModel::Ordered).data().toInt(), 10);
        QCOMPARE(model->index(0, PurchaseOrdersModel::Open).data().toInt(), 10);
        QVERIFY(!model->index(0, PurchaseOrdersModel::Expected).data().toString().isEmpty());
        QVERIFY(select(page, QStringLiteral("PO-7")));
        QCOMPARE(page.linesModel()->rowCount(), 1);
        QCOMPARE(page.linesModel()->index(0, ui::PurchaseLinesModel::Sku).data().toString(), QStringLiteral("MUG-RED"));
        QCOMPARE(page.linesModel()->index(0, ui::PurchaseLinesModel::Open).data().toInt(), 10);
        // No database: nothing shown, no crash.
        m_context->closeDatabase();
        page.reload();
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(page.linesModel()->rowCount(), 0);
    }

    // The lines and the timeline are read off the window's thread: selecting one purchase
    // order after another shows the last one, and an answer that comes late for one
    // selected before never overwrites it.
    void detailFollowsTheLastSelection()
    {
        orderMugs(QStringLiteral("PO-8"), QStringLiteral("Glassworks"), 4, QDate(2027, 1, 10));
        services::StageInput stage;
        stage.poNumber = QStringLiteral("PO-8");
        stage.stage = QStringLiteral("in-production");
        stage.note = QStringLiteral("kiln fired");
        const auto staged = services::PurchasingService(shop()).recordStage(stage);
        QVERIFY2(staged.ok(), qPrintable(staged.errorText()));

        ui::PurchasingPage page(*m_context);
        page.reload();
        QVERIFY(test::settled(*page.ordersModel()));
        auto* label = page.findChild<QLabel*>(QStringLiteral("linesLabel"));
        auto* timeline = page.findChild<QTextBrowser*>(QStringLiteral("timelineTextBrowser"));
        QVERIFY(label && timeline);
        const QString po7 = QStringLiteral("Lines of PO-7 from Acme Ceramics");
        const QString po8 = QStringLiteral("Lines of PO-8 from Glassworks");
        auto showsPo8 = [&] {
            QCOMPARE(label->text(), po8);
            QCOMPARE(page.linesModel()->rowCount(), 1);
            QCOMPARE(page.linesModel()->index(0, ui::PurchaseLinesModel::Open).data().toInt(), 4);
            QVERIFY2(timeline->toPlainText().contains(QStringLiteral("kiln fired")), qPrintable(timeline->toPlainText()));
        };

        // One after another, as fast as the keyboard goes: each is asked for, none read here.
        for (const QString& number : { QStringLiteral("PO-7"), QStringLiteral("PO-8"), QStringLiteral("PO-7"),
                                       QStringLiteral("PO-8") }) {
            pick(page, number);
            QVERIFY(page.isDetailLoading());
        }
        QVERIFY(test::detailCame(page));
        showsPo8();
        pick(page, QStringLiteral("PO-7"));
        QVERIFY(test::detailCame(page));
        QCOMPARE(label->text(), po7);
        QCOMPARE(timeline->toPlainText(), QStringLiteral("No stage recorded yet"));
        pick(page, QStringLiteral("PO-8"));
        QVERIFY(test::detailCame(page));
        showsPo8();

        // PO-7's answer is read and on its way when PO-8 is selected, and PO-8's read waits
        // behind a held reader: PO-7's answer comes first, and is dropped.
        QSemaphore readDone;
        QSemaphore release;
        {
            auto letGo = qScopeGuard([&release] { release.release(); });
            pick(page, QStringLiteral("PO-7"));
            page.detailReader().listReader().post([&readDone, &release](services::ShopQueries*, const QString&) {
                readDone.release();
                release.acquire();
            });
            QVERIFY(readDone.tryAcquire(1, 10000)); // PO-7's read ran before this one
            pick(page, QStringLiteral("PO-8"));
            QCoreApplication::processEvents(); // PO-7's answer arrives
            QVERIFY(page.isDetailLoading());
            showsPo8(); // what it showed, not the answer for the order selected before
        }
        QVERIFY(test::detailCame(page));
        showsPo8();

        // Nothing selected: the hint, no lines, and nothing comes later.
        page.findChild<QTableView*>(QStringLiteral("purchaseOrdersTableView"))->setCurrentIndex(QModelIndex());
        QVERIFY(!page.isDetailLoading());
        QCOMPARE(label->text(), QStringLiteral("Select a purchase order to see its lines."));
        QCOMPARE(page.linesModel()->rowCount(), 0);
        QVERIFY(timeline->toPlainText().isEmpty());
    }

    // The list reads a page at a time: a purchase order far down is found by its number,
    // and one a route asks for that is closed brings the closed ones into the list.
    void selectsAPurchaseOrderFarDownOrClosed()
    {
        QList<services::PurchaseOrderLineInput> more;
        for (int i = 0; i < 3 * ui::PurchaseOrdersModel::PageSize; ++i) {
            services::PurchaseOrderLineInput po;
            po.poNumber = QStringLiteral("PO-B%1").arg(i, 4, 10, QLatin1Char('0'));
            po.sku = QStringLiteral("MUG-RED");
            po.qty = 1;
            more << po;
        }
        QVERIFY(services::CatalogService(shop()).savePurchaseOrderLines(more).ok());
        ui::PurchasingPage page(*m_context);
        QAbstractItemModelTester tester(page.ordersModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.reload();
        QVERIFY(test::settled(*page.ordersModel()));
        QCOMPARE(page.ordersModel()->totalCount(), 1 + 3 * ui::PurchaseOrdersModel::PageSize);
        QVERIFY(select(page, QStringLiteral("PO-B0250")));
        QCOMPARE(page.findChild<QTableView*>(QStringLiteral("purchaseOrdersTableView"))->currentIndex().row(), 251);
        QCOMPARE(page.linesModel()->rowCount(), 1);

        services::ReceiveRequest request;
        request.sku = QStringLiteral("MUG-RED");
        request.qty = 10;
        request.reference = QStringLiteral("DEL-1");
        request.poNumber = QStringLiteral("PO-7");
        QVERIFY(services::StockService(shop()).receive({ request }, {}).ok());
        page.reload();
        auto* closed = page.findChild<QCheckBox*>(QStringLiteral("showClosedCheckBox"));
        QVERIFY(!closed->isChecked());
        page.applyRoute(QUrlQuery(QStringLiteral("number=PO-7")));
        QVERIFY(test::becomesCurrent(*page.findChild<QTableView*>(QStringLiteral("purchaseOrdersTableView")),
                                     QStringLiteral("PO-7"), PurchaseOrdersModel::NumberRole));
        QVERIFY(closed->isChecked());
        // A number no list holds selects nothing and changes nothing.
        page.applyRoute(QUrlQuery(QStringLiteral("number=PO-NONE")));
        QVERIFY(test::settled(*page.ordersModel()));
        QCOMPARE(page.findChild<QTableView*>(QStringLiteral("purchaseOrdersTableView"))
                     ->currentIndex()
                     .data(PurchaseOrdersModel::NumberRole)
                     .toString(),
                 QStringLiteral("PO-7"));
    }

    void previewChangesNothingThenConfirmServesTheQueue()
    {
        ui::PurchasingPage page(*m_context);
        page.reload();
        ReceiveDialog* dialog = openDialog(page);
        QVERIFY(dialog);
        dialog->choosePurchaseOrder(QStringLiteral("PO-7"));
        auto* lines = dialog->findChild<QTableWidget*>(QStringLiteral("linesTableWidget"));
        QCOMPARE(lines->rowCount(), 1);
        QCOMPARE(lines->item(0, 0)->text(), QStringLiteral("MUG-RED"));
        QCOMPARE(lines->item(0, 1)->text(), QStringLiteral("10"));
        lines->item(0, 1)->setText(QStringLiteral("4"));
        dialog->findChild<QLineEdit*>(QStringLiteral("referenceLineEdit"))->setText(QStringLiteral("DEL-1"));
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("confirmButton"))->isEnabled());

        click(dialog, QStringLiteral("previewButton"));
        const QList<domain::CrossDockRow> preview = dialog->crossDock();
        QCOMPARE(preview.size(), 2);
        QCOMPARE(preview[0].orderNumber, QStringLiteral("1001"));
        QCOMPARE(preview[0].qty, 3);
        QCOMPARE(preview[0].destination, QStringLiteral("ship"));
        QCOMPARE(preview[1].orderNumber, QStringLiteral("1002"));
        QCOMPARE(preview[1].qty, 1);
        QCOMPARE(dialog->findChild<QTableWidget*>(QStringLiteral("crossDockTableWidget"))->rowCount(), 2);
        // The preview changed nothing in the database.
        QCOMPARE(item(QStringLiteral("MUG-RED")).waiting, 5);
        QCOMPARE(item(QStringLiteral("MUG-RED")).allocated, 0);
        QCOMPARE(line(QStringLiteral("1001")), std::make_pair(0, 3));
        store::PurchaseStore queries(*m_context->database());
        QCOMPARE(test::must(queries.purchaseOrder(QStringLiteral("PO-7")))->received, qint64(0));

        // An edit after the preview asks for a new one before anything is committed.
        lines->item(0, 1)->setText(QStringLiteral("5"));
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("confirmButton"))->isEnabled());
        lines->item(0, 1)->setText(QStringLiteral("4"));
        click(dialog, QStringLiteral("previewButton"));

        click(dialog, QStringLiteral("confirmButton"));
        QVERIFY(dialog->isCommitted());
        QCOMPARE(line(QStringLiteral("1001")), std::make_pair(3, 0)); // first in line: all 3
        QCOMPARE(line(QStringLiteral("1002")), std::make_pair(1, 1));
        QCOMPARE(item(QStringLiteral("MUG-RED")).waiting, 1);
        QCOMPARE(item(QStringLiteral("MUG-RED")).allocated, 4);
        QCOMPARE(test::must(queries.purchaseOrder(QStringLiteral("PO-7")))->received, qint64(4));
        // The page shows it.
        QTRY_COMPARE(page.ordersModel()->index(0, PurchaseOrdersModel::Open).data().toInt(), 6);
        QVERIFY(m_prompter->warned.isEmpty());
        QVERIFY(m_prompter->unexpected.isEmpty());
    }

    void completeOrdersOnly()
    {
        ui::PurchasingPage page(*m_context);
        page.reload();
        ReceiveDialog* dialog = openDialog(page);
        setLine(dialog, 0, QStringLiteral("MUG-RED"), QStringLiteral("4"));
        dialog->setCompleteOnly(true);
        click(dialog, QStringLiteral("previewButton"));
        click(dialog, QStringLiteral("confirmButton"));
        QVERIFY(dialog->isCommitted());
        QCOMPARE(line(QStringLiteral("1001")), std::make_pair(3, 0));
        QCOMPARE(line(QStringLiteral("1002")), std::make_pair(0, 2)); // 1 unit would not complete it
        QCOMPARE(item(QStringLiteral("MUG-RED")).onHand, 4);
        int shelf = 0;
        for (const domain::CrossDockRow& r : dialog->crossDock())
            if (r.destination == QLatin1String("shelf"))
                shelf += r.qty;
        QCOMPARE(shelf, 1);
    }

    void completeOnlyPreviewSaysWhoWasPassedOver()
    {
        ui::PurchasingPage page(*m_context);
        page.reload();
        ReceiveDialog* dialog = openDialog(page);
        setLine(dialog, 0, QStringLiteral("MUG-RED"), QStringLiteral("2"));
        dialog->setCompleteOnly(true);
        click(dialog, QStringLiteral("previewButton"));
        auto* passed = dialog->findChild<QLabel*>(QStringLiteral("passedOverLabel"));
        QVERIFY(passed->isVisible());
        QCOMPARE(passed->text(), QStringLiteral("Passed over for younger orders that this receipt completes:\n"
                                                "• 1001 (1001@example.com), MUG-RED: needs 3, only 2 left at its turn"));
        const core::Result<reports::Report> printed = dialog->printedList();
        QVERIFY2(printed.ok(), qPrintable(printed.errorText()));
        QVERIFY(printed->tables.constFirst().footnotes.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("needs 3, only 2 left at its turn")));
        // Filling any line passes nobody over.
        dialog->setCompleteOnly(false);
        click(dialog, QStringLiteral("previewButton"));
        QVERIFY(!passed->isVisible());
    }

    void printedListNamesTheItemDateAndPartialFills()
    {
        ui::PurchasingPage page(*m_context);
        page.reload();
        ReceiveDialog* dialog = openDialog(page);
        setLine(dialog, 0, QStringLiteral("MUG-RED"), QStringLiteral("2"));
        click(dialog, QStringLiteral("previewButton"));
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("crossDockTableWidget"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Mug, red"));
        QCOMPARE(table->item(0, 5)->text(), QStringLiteral("Ship to customer — partial, 1 still to come"));
        // Print opens the crossdock report's pages (a header on each, Page N of M) in a
        // print preview: the same rows, saying the receipt is not received yet.
        click(dialog, QStringLiteral("printButton"));
        auto* preview = dialog->findChild<ui::ReportPreview*>();
        QVERIFY(preview);
        const reports::Report& printed = preview->report();
        QCOMPARE(printed.kind, reports::ReportKind::CrossDock);
        QCOMPARE(printed.tables.size(), 2);
        const reports::Row row = printed.tables.constFirst().rows.value(0);
        QCOMPARE(row.value(0).toString(), QStringLiteral("1001"));
        QCOMPARE(row.value(1).toString(), QStringLiteral("MUG-RED"));
        QCOMPARE(row.value(2).toString(), QStringLiteral("Mug, red"));
        QCOMPARE(row.value(4).toLongLong(), 1); // still to come: a partial fill
        QCOMPARE(row.value(5).toString(), QStringLiteral("Customer 1001"));
        QVERIFY2(printed.subtitle.contains(QStringLiteral("not received yet")), qPrintable(printed.subtitle));
        QVERIFY2(printed.subtitle.contains(QStringLiteral("20/11/2026")), qPrintable(printed.subtitle));
        QVERIFY(preview->pageCount() >= 1);
        preview->close();
        // Confirmed, the list says it was received.
        click(dialog, QStringLiteral("confirmButton"));
        const core::Result<reports::Report> received = dialog->printedList();
        QVERIFY2(received.ok(), qPrintable(received.errorText()));
        QVERIFY2(received->subtitle.contains(QStringLiteral("received 20/11/2026")), qPrintable(received->subtitle));
    }

    // The preview at the dialog's default size, in English and Danish: the item's name
    // and a long SKU are readable whole, the table does not scroll sideways, and each
    // row's tooltip names the item whole.
    void previewShowsTheItemAtTheDefaultSize_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("English") << QStringLiteral("en");
        QTest::addRow("Danish") << QStringLiteral("da");
    }

    void previewShowsTheItemAtTheDefaultSize()
    {
        QFETCH(QString, language);
        QTranslator danish;
        const QLocale before;
        if (language == QLatin1String("da")) {
            QVERIFY(danish.load(QStringLiteral(":/i18n/backorderdesk_da.qm")));
            QCoreApplication::installTranslator(&danish);
            QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));
        }
        auto restore = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&danish);
            QLocale::setDefault(before);
        });
        const QString sku = QStringLiteral("TEE-ORGANIC-COTTON-RED-XXL");
        const QString name = QStringLiteral("Heavyweight organic cotton T-shirt, red, XXL");
        services::ItemInput tee;
        tee.item.sku = sku;
        tee.item.name = name;
        tee.item.priceMinor = 2999;
        tee.item.policy = domain::Policy::Backorder;
        tee.onHand = 0;
        QVERIFY(services::CatalogService(shop()).saveItems({ tee }).ok());
        place(QStringLiteral("1003-WEB"), sku, 3);
        place(QStringLiteral("1004-WEB"), sku, 4);

        ui::PurchasingPage page(*m_context);
        page.reload();
        ReceiveDialog* dialog = openDialog(page);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // The default size fits a 1280×800 screen with the window's frame.
        QVERIFY2(dialog->width() <= 1280 - 40 && dialog->height() <= 800 - 80,
                 qPrintable(QStringLiteral("%1×%2").arg(dialog->width()).arg(dialog->height())));
        setLine(dialog, 0, sku, QStringLiteral("5")); // 1003 whole, 1004 partly: the longest "goes to"
        setLine(dialog, 1, QStringLiteral("MUG-RED"), QStringLiteral("6"));
        click(dialog, QStringLiteral("previewButton"));
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("crossDockTableWidget"));
        QVERIFY(table->rowCount() >= 4);
        QCoreApplication::processEvents();

        const QFontMetrics metrics(table->font());
        const int margins = 2 * table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 2;
        QHeaderView* header = table->horizontalHeader();
        QVERIFY2(header->sectionSize(1) >= metrics.horizontalAdvance(name) + margins,
                 qPrintable(QStringLiteral("item column %1 px < %2 px")
                                .arg(header->sectionSize(1))
                                .arg(metrics.horizontalAdvance(name) + margins)));
        QVERIFY2(header->sectionSize(0) >= metrics.horizontalAdvance(sku) + margins,
                 qPrintable(QStringLiteral("SKU column %1 px < %2 px")
                                .arg(header->sectionSize(0))
                                .arg(metrics.horizontalAdvance(sku) + margins)));
        // The columns fit the table: nothing to scroll sideways.
        QVERIFY2(header->length() <= table->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(header->length()).arg(table->viewport()->width())));
        QVERIFY(!table->horizontalScrollBar()->isVisible());
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->text() != sku)
                continue;
            QVERIFY2(table->item(r, 0)->toolTip().contains(name), qPrintable(table->item(r, 0)->toolTip()));
            QVERIFY2(table->item(r, 1)->toolTip().contains(sku), qPrintable(table->item(r, 1)->toolTip()));
        }
        // A narrower dialog elides (the tooltips keep the whole text) instead of scrolling.
        dialog->resize(760, dialog->height());
        QCoreApplication::processEvents();
        QVERIFY2(header->length() <= table->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(header->length()).arg(table->viewport()->width())));
        QVERIFY(header->sectionSize(1) >= table->viewport()->width() / 4);
    }

    void startsWithAnItemAndCompletesSkus()
    {
        services::ItemInput cup;
        cup.item.sku = QStringLiteral("MUG-BLUE");
        cup.item.name = QStringLiteral("Mug, blue");
        cup.item.priceMinor = 1200;
        cup.onHand = 0;
        QVERIFY(services::CatalogService(shop()).saveItems({ cup }).ok());
        ReceiveDialog dialog(*m_context);
        dialog.startWithItem(QStringLiteral("MUG-RED"));
        auto* lines = dialog.findChild<QTableWidget*>(QStringLiteral("linesTableWidget"));
        QCOMPARE(lines->rowCount(), 1);
        QCOMPARE(lines->item(0, 0)->text(), QStringLiteral("MUG-RED"));
        QCOMPARE(lines->currentColumn(), 1); // the quantity is next
        // A second line's SKU completes like New order's.
        dialog.addLine();
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        lines->setCurrentCell(1, 0);
        lines->editItem(lines->item(1, 0));
        auto* editor = lines->findChild<QLineEdit*>(QStringLiteral("skuEditor"));
        QVERIFY(editor);
        QVERIFY(editor->completer());
        QTest::keyClicks(editor, QStringLiteral("MUG-"));
        QCOMPARE(editor->completer()->model()->rowCount(), 2);
        QCOMPARE(editor->completer()->model()->index(0, 0).data().toString(), QStringLiteral("MUG-BLUE"));
    }

    void suggestsWhatToOrderAndDraftsAPurchaseOrder()
    {
        // MUG-RED: 5 waiting, 10 coming on PO-7: covered. CAP: 4 waiting, none on the
        // shelf, 1 coming: 3 short.
        services::ItemInput cap;
        cap.item.sku = QStringLiteral("CAP");
        cap.item.name = QStringLiteral("Cap, black");
        cap.item.priceMinor = 900;
        cap.item.policy = domain::Policy::Backorder;
        cap.onHand = 0;
        QVERIFY(services::CatalogService(shop()).saveItems({ cap }).ok());
        place(QStringLiteral("2001"), QStringLiteral("CAP"), 4);
        services::PurchaseOrderLineInput po;
        po.poNumber = QStringLiteral("PO-8");
        po.supplier = QStringLiteral("Hats Ltd");
        po.sku = QStringLiteral("CAP");
        po.qty = 1;
        QVERIFY(services::CatalogService(shop()).savePurchaseOrderLines({ po }).ok());

        ui::PurchaseSuggestionsDialog dialog(*m_context);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* tree = dialog.findChild<QTreeWidget*>(QStringLiteral("suggestionsTreeWidget"));
        QCOMPARE(tree->topLevelItemCount(), 2);
        QHash<QString, QTreeWidgetItem*> rows;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            rows.insert(tree->topLevelItem(i)->text(0), tree->topLevelItem(i));
        using C = ui::PurchaseSuggestionsDialog::Column;
        QCOMPARE(rows[QStringLiteral("CAP")]->text(C::Waiting), QStringLiteral("4"));
        QCOMPARE(rows[QStringLiteral("CAP")]->text(C::Incoming), QStringLiteral("1"));
        QCOMPARE(rows[QStringLiteral("CAP")]->text(C::Shortfall), QStringLiteral("3"));
        QCOMPARE(rows[QStringLiteral("CAP")]->checkState(0), Qt::Checked);
        QCOMPARE(rows[QStringLiteral("MUG-RED")]->text(C::Shortfall), QStringLiteral("0"));
        QCOMPARE(rows[QStringLiteral("MUG-RED")]->checkState(0), Qt::Unchecked);
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("summaryLabel"))->text(),
                 QStringLiteral("Ticked items: 1; units short: 3."));

        click(&dialog, QStringLiteral("createPurchaseOrderButton"));
        auto* draft = dialog.findChild<ui::PurchaseOrderDialog*>();
        QVERIFY(draft);
        auto* lines = draft->findChild<QTableWidget*>(QStringLiteral("linesTableWidget"));
        QCOMPARE(lines->rowCount(), 1);
        QCOMPARE(lines->item(0, 0)->text(), QStringLiteral("CAP"));
        QCOMPARE(lines->item(0, 1)->text(), QStringLiteral("3"));
        draft->findChild<QLineEdit*>(QStringLiteral("numberLineEdit"))->setText(QStringLiteral("PO-9"));
        draft->findChild<QLineEdit*>(QStringLiteral("supplierLineEdit"))->setText(QStringLiteral("Hats Ltd"));
        QSignalSpy saved(&dialog, &ui::PurchaseSuggestionsDialog::purchaseOrderSaved);
        QVERIFY(draft->save());
        draft->accept();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.constFirst().constFirst().toString(), QStringLiteral("PO-9"));
        // Now covered: nothing short any more.
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            QCOMPARE(tree->topLevelItem(i)->text(C::Shortfall), QStringLiteral("0"));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("createPurchaseOrderButton"))->isEnabled());
    }

    void refusedLineIsShownAndNothingChanges()
    {
        ui::PurchasingPage page(*m_context);
        page.reload();
        ReceiveDialog* dialog = openDialog(page);
        setLine(dialog, 0, QStringLiteral("MUG-RED"), QStringLiteral("2"));
        setLine(dialog, 1, QStringLiteral("NO-SUCH-SKU"), QStringLiteral("1"));
        click(dialog, QStringLiteral("previewButton"));
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("errorLabel"));
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(QStringLiteral("NO-SUCH-SKU")), qPrintable(error->text()));
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("confirmButton"))->isEnabled());
        QCOMPARE(item(QStringLiteral("MUG-RED")).waiting, 5);
        // A quantity that is not a number never reaches the core.
        setLine(dialog, 1, QStringLiteral("MUG-RED"), QStringLiteral("two"));
        click(dialog, QStringLiteral("previewButton"));
        QVERIFY2(error->text().contains(QStringLiteral("two")), qPrintable(error->text()));
        QCOMPARE(item(QStringLiteral("MUG-RED")).waiting, 5);
    }

    // Every problem of a refused line is shown at once; the list of an earlier preview
    // goes with it, and the summary says what to do instead of "Press Preview".
    void refusedLineShowsEveryProblemAndNoOldList()
    {
        ui::PurchasingPage page(*m_context);
        page.reload();
        ReceiveDialog* dialog = openDialog(page);
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("crossDockTableWidget"));
        auto* summary = dialog->findChild<QLabel*>(QStringLiteral("summaryLabel"));
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("errorLabel"));
        setLine(dialog, 0, QStringLiteral("MUG-RED"), QStringLiteral("2"));
        click(dialog, QStringLiteral("previewButton"));
        QVERIFY(table->rowCount() > 0);
        QVERIFY(error->isHidden());
        // Changing a line says the list on screen is of the lines before.
        setLine(dialog, 0, QStringLiteral("MUG-RED"), QStringLiteral("3"));
        QVERIFY2(summary->text().contains(QStringLiteral("press Preview again")), qPrintable(summary->text()));
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("confirmButton"))->isEnabled());

        setLine(dialog, 1, QStringLiteral("NO-SUCH-SKU"), QStringLiteral("0"));
        click(dialog, QStringLiteral("previewButton"));
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(QStringLiteral("Line 2: sku: unknown SKU 'NO-SUCH-SKU'")),
                 qPrintable(error->text()));
        QVERIFY2(error->text().contains(QStringLiteral("Line 2: qty: quantity must be a whole number above 0, not 0")),
                 qPrintable(error->text()));
        QCOMPARE(table->rowCount(), 0);
        QCOMPARE(summary->text(), QStringLiteral("Correct the lines above, then press Preview."));
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("printButton"))->isEnabled());
        QCOMPARE(item(QStringLiteral("MUG-RED")).waiting, 5);
    }

    // Before any preview, at the dialog's default size, every column's heading is
    // readable whole: the columns are fitted once the table has its width.
    void emptyListShowsEveryHeading()
    {
        ui::PurchasingPage page(*m_context);
        page.reload();
        ReceiveDialog* dialog = openDialog(page);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCoreApplication::processEvents();
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("crossDockTableWidget"));
        QHeaderView* header = table->horizontalHeader();
        for (int c = 0; c < header->count(); ++c) {
            const QString title = table->horizontalHeaderItem(c)->text();
            QVERIFY2(header->sectionSize(c) >= header->sectionSizeHint(c),
                     qPrintable(QStringLiteral("%1: %2 px < %3 px")
                                    .arg(title)
                                    .arg(header->sectionSize(c))
                                    .arg(header->sectionSizeHint(c))));
        }
        QVERIFY2(header->length() <= table->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(header->length()).arg(table->viewport()->width())));
    }

    void largeReceiptRunsInTheBackground()
    {
        ui::PurchasingPage page(*m_context);
        page.reload();
        ReceiveDialog* dialog = openDialog(page);
        dialog->setBackgroundUnits(1);
        setLine(dialog, 0, QStringLiteral("MUG-RED"), QStringLiteral("7"));
        click(dialog, QStringLiteral("previewButton"));
        QVERIFY(dialog->isBusy());
        QVERIFY(m_context->waitForTasks(10000));
        QTRY_VERIFY(!dialog->isBusy());
        QCOMPARE(dialog->crossDock().size(), 3); // 1001, 1002 and the shelf
        QCOMPARE(item(QStringLiteral("MUG-RED")).waiting, 5);
        click(dialog, QStringLiteral("confirmButton"));
        QVERIFY(m_context->waitForTasks(10000));
        QTRY_VERIFY(dialog->isCommitted());
        QCOMPARE(item(QStringLiteral("MUG-RED")).waiting, 0);
        QCOMPARE(item(QStringLiteral("MUG-RED")).onHand, 7);
        QCOMPARE(line(QStringLiteral("1002")), std::make_pair(2, 0));
    }

    void savesTheCrossDockListAsCsv()
    {
        ui::PurchasingPage page(*m_context);
        page.reload();
        ReceiveDialog* dialog = openDialog(page);
        setLine(dialog, 0, QStringLiteral("MUG-RED"), QStringLiteral("4"));
        dialog->setReference(QStringLiteral("DEL-9"));
        click(dialog, QStringLiteral("previewButton"));
        const QString path = m_dir->filePath(QStringLiteral("crossdock.csv"));
        m_prompter->answers.enqueue(path);
        click(dialog, QStringLiteral("saveCsvButton"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        QVERIFY2(csv.startsWith(QStringLiteral("reference,sku,order_number,customer_email,qty,destination")),
                 qPrintable(csv));
        QVERIFY2(csv.contains(QStringLiteral("DEL-9,MUG-RED,1001,1001@example.com,3,ship")), qPrintable(csv));
    }

    void createsAndEditsAPurchaseOrder()
    {
        ui::PurchasingPage page(*m_context);
        page.reload();
        page.newPurchaseOrder();
        auto* dialog = page.findChild<ui::PurchaseOrderDialog*>();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>(QStringLiteral("numberLineEdit"))->setText(QStringLiteral("PO-8"));
        dialog->findChild<QLineEdit*>(QStringLiteral("supplierLineEdit"))->setText(QStringLiteral("Beta"));
        auto* lines = dialog->findChild<QTableWidget*>(QStringLiteral("linesTableWidget"));
        lines->item(0, 0)->setText(QStringLiteral("MUG-RED"));
        lines->item(0, 1)->setText(QStringLiteral("0"));
        QVERIFY(!dialog->save());
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("errorLabel"));
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(QStringLiteral("quantity")), qPrintable(error->text()));
        store::PurchaseStore queries(*m_context->database());
        QVERIFY(!test::must(queries.purchaseOrder(QStringLiteral("PO-8"))));

        lines->item(0, 1)->setText(QStringLiteral("6"));
        lines->item(0, 2)->setText(QStringLiteral("2027-01-10"));
        QVERIFY(dialog->save());
        const auto po = test::must(queries.purchaseOrder(QStringLiteral("PO-8")));
        QVERIFY(po);
        QCOMPARE(po->supplier, QStringLiteral("Beta"));
        QCOMPARE(po->ordered, qint64(6));
        QCOMPARE(po->expected, QDate(2027, 1, 10));

        // Editing: a later expected date and more units.
        page.reload();
        QVERIFY(select(page, QStringLiteral("PO-8")));
        page.editPurchaseOrder();
        ui::PurchaseOrderDialog* edit = nullptr;
        for (auto* d : page.findChildren<ui::PurchaseOrderDialog*>())
            if (d->number() == QLatin1String("PO-8") && d != dialog)
                edit = d;
        QVERIFY(edit);
        auto* editLines = edit->findChild<QTableWidget*>(QStringLiteral("linesTableWidget"));
        QCOMPARE(editLines->rowCount(), 1);
        QCOMPARE(editLines->item(0, 2)->text(), QStringLiteral("2027-01-10"));
        editLines->item(0, 1)->setText(QStringLiteral("9"));
        editLines->item(0, 2)->setText(QStringLiteral("2027-02-01"));
        QVERIFY(edit->save());
        QCOMPARE(test::must(queries.purchaseOrder(QStringLiteral("PO-8")))->ordered, qint64(9));
        QCOMPARE(test::must(queries.purchaseOrder(QStringLiteral("PO-8")))->expected, QDate(2027, 2, 1));
    }
};

QTEST_MAIN(TestReceiveDialog)
#include "TestReceiveDialog.moc"
