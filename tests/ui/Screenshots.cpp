// Not a check of behaviour but pictures to look at: every page of the window at
// 1280×800, on the sample shop, in the language BD_SCREENSHOT_LANGUAGE names ("en",
// "da"), saved as PNG files in BD_SCREENSHOT_DIR (default: screenshots/LANGUAGE in the
// working folder). Each picture is checked to be the window's size and not blank.

#include "AppContext.h"
#include "ListWait.h"
#include "demo/DemoShop.h"
#include "i18n/Language.h"
#include "items/ItemDialog.h"
#include "items/ItemsPage.h"
#include "items/NewItemDialog.h"
#include "mainwindow/MainWindow.h"
#include "models/OrdersModel.h"
#include "orders/CancelDialog.h"
#include "orders/OrderPickerDialog.h"
#include "orders/OrdersPage.h"
#include "orders/ShipDialog.h"
#include "purchasing/PurchasingPage.h"
#include "purchasing/ReceiveDialog.h"
#include "services/PurchasingService.h"
#include "services/MerchandisingService.h"
#include "services/Shop.h"
#include "store/Database.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class Screenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyPage();

private:
    void save(QWidget* widget, const QString& name);

    QString m_language;
    QDir m_out;
};

void Screenshots::initTestCase()
{
    m_language = qEnvironmentVariable("BD_SCREENSHOT_LANGUAGE", u"en"_s);
    QSettings().clear();
    QSettings().setValue(bd::i18n::LanguageKey, m_language);
    QCOMPARE(bd::i18n::installTranslators(*QCoreApplication::instance()), m_language);
    QLocale::setDefault(m_language == u"da"_s ? QLocale(QLocale::Danish, QLocale::Denmark)
                                              : QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_out.setPath(qEnvironmentVariable("BD_SCREENSHOT_DIR", u"screenshots/"_s + m_language));
    QVERIFY(m_out.mkpath(u"."_s));
}

void Screenshots::save(QWidget* widget, const QString& name)
{
    QTest::qWait(50);
    // The lists read on threads of their own: shown once their rows have come.
    for (const bd::ui::ListModelBase* list : widget->window()->findChildren<bd::ui::ListModelBase*>())
        QVERIFY(QTest::qWaitFor([list] { return !list->isLoading(); }, 10000));
    const QImage image = widget->grab().toImage();
    QVERIFY(!image.isNull());
    // Not one colour all over: something was drawn.
    const QRgb corner = image.pixel(image.width() / 2, image.height() / 2);
    bool varied = false;
    for (int y = 0; y < image.height() && !varied; y += 17) {
        for (int x = 0; x < image.width() && !varied; x += 13)
            varied = image.pixel(x, y) != corner;
    }
    QVERIFY2(varied, qPrintable(name));
    QVERIFY(image.save(m_out.filePath(name + u".png"_s)));
}

void Screenshots::everyPage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sample.sqlite"_s);
    const QDateTime now(QDate(2024, 11, 5), QTime(9, 0), Qt::UTC);
    {
        auto db = bd::store::Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.errorText()));
        bd::demo::DemoOptions options;
        options.now = now;
        const auto built = bd::demo::DemoShop::build(*db.value(), options);
        QVERIFY2(built.ok(), qPrintable(built.errorText()));
    }
    bd::ui::AppContext context(std::make_unique<bd::core::FixedClock>(now));
    bd::ui::MainWindow window(context);
    QVERIFY(window.openDatabase(path));
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(1280, 800));
    const QStringList pages = { u"dashboard"_s, u"items"_s,   u"orders"_s,  u"customers"_s,
                                u"purchasing"_s, u"outbox"_s, u"settings"_s };
    for (int i = 0; i < pages.size(); ++i) {
        window.navigate(pages.at(i));
        context.waitForTasks(-1);
        QCoreApplication::processEvents();
        save(&window, u"%1-%2"_s.arg(i + 1, 2, 10, QLatin1Char('0')).arg(pages.at(i)));
    }
    // An order with units waiting, and cancelling it.
    auto* orders = window.findChild<bd::ui::OrdersPage*>();
    window.navigate(u"orders?state=waiting"_s);
    QCoreApplication::processEvents();
    QVERIFY(orders->model()->rowCount() > 0);
    QVERIFY(orders->selectOrder(orders->model()->index(0, 0).data(bd::ui::OrdersModel::OrderNumberRole).toString()));
    QVERIFY(bd::test::detailCame(*orders));
    QCoreApplication::processEvents();
    save(&window, u"08-order-detail"_s);
    orders->cancelSelectedOrder();
    auto* cancel = window.findChild<bd::ui::CancelDialog*>();
    QVERIFY(cancel);
    QTest::keyClicks(cancel->findChild<QWidget*>(u"messageTextEdit"_s), u"Sorry, the maker stopped making it."_s);
    save(cancel, u"09-cancel-dialog"_s);
    cancel->reject();

    // Shipping part of a partly allocated order; the picker when nothing is selected.
    window.navigate(u"orders?state=partly-allocated"_s);
    QCoreApplication::processEvents();
    if (orders->model()->rowCount() > 0
        && orders->selectOrder(orders->model()->index(0, 0).data(bd::ui::OrdersModel::OrderNumberRole).toString())) {
        orders->shipSelected();
        auto* ship = window.findChild<bd::ui::ShipDialog*>();
        QVERIFY(ship);
        QVERIFY(QTest::qWaitForWindowExposed(ship));
        save(ship, u"10-ship-dialog"_s);
        ship->reject();
    }
    window.findChild<QTableView*>(u"ordersTableView"_s)->selectionModel()->clearCurrentIndex();
    QCoreApplication::processEvents();
    if (orders->currentNumber().isEmpty()) {
        orders->shipSelected();
        auto* picker = window.findChild<bd::ui::OrderPickerDialog*>();
        QVERIFY(picker);
        QVERIFY(QTest::qWaitForWindowExposed(picker));
        save(picker, u"11-order-picker"_s);
        picker->reject();
    }
    // Receiving from the Items page's selection, previewed.
    window.navigate(u"items?waiting=1"_s);
    context.waitForTasks(-1);
    QCoreApplication::processEvents();
    auto* items = window.findChild<QTableView*>(u"itemsTableView"_s);
    if (items && items->model()->rowCount() > 0) {
        items->setCurrentIndex(items->model()->index(0, 0));
        window.findChild<QAction*>(u"receiveAction"_s)->trigger();
        auto* receive = window.findChild<bd::ui::ReceiveDialog*>();
        QVERIFY(receive);
        receive->addLine();
        auto* lines = receive->findChild<QTableWidget*>(u"linesTableWidget"_s);
        lines->item(0, 1)->setText(u"3"_s);
        receive->setCompleteOnly(true);
        receive->preview();
        QVERIFY(QTest::qWaitForWindowExposed(receive));
        save(receive, u"12-receive-dialog"_s);
        receive->reject();
    }
    // An item's dialog with what its follow-ups sell, and a new item.
    window.navigate(u"items"_s);
    QCoreApplication::processEvents();
    auto* itemsPage = window.findChild<bd::ui::ItemsPage*>();
    if (items && items->model()->rowCount() > 2) {
        const QString sku = items->model()->index(0, 0).data().toString();
        bd::services::MerchandisingService merchandising(*context.shop());
        QVERIFY(merchandising.changeRelated(sku, { items->model()->index(1, 0).data().toString(),
                                                   items->model()->index(2, 0).data().toString() }, {}).ok());
        QVERIFY(merchandising.setHighlight(sku, u"Hand-thrown in Jutland, glazed twice"_s).ok());
        QVERIFY(itemsPage->selectSku(sku));
        itemsPage->editSelectedItem();
        auto* item = window.findChild<bd::ui::ItemDialog*>();
        QVERIFY(item);
        QVERIFY(QTest::qWaitForWindowExposed(item));
        save(item, u"13-item-dialog"_s);
        item->reject();
    }
    itemsPage->newItem();
    auto* newItem = window.findChild<bd::ui::NewItemDialog*>();
    QVERIFY(newItem);
    QVERIFY(QTest::qWaitForWindowExposed(newItem));
    save(newItem, u"14-new-item-dialog"_s);
    newItem->reject();
    // A purchase order's timeline with a long note: wrapped to the pane, no sideways scrolling.
    window.navigate(u"purchasing"_s);
    context.waitForTasks(-1);
    QCoreApplication::processEvents();
    auto* purchasing = window.findChild<bd::ui::PurchasingPage*>();
    auto* purchaseOrders = window.findChild<QTableView*>(u"purchaseOrdersTableView"_s);
    QVERIFY(purchasing && purchaseOrders);
    QVERIFY(QTest::qWaitFor([purchaseOrders] { return purchaseOrders->model()->rowCount() > 0; }, 10000));
    const QString po = purchaseOrders->model()->index(0, 0).data().toString();
    bd::services::StageInput stage;
    stage.poNumber = po;
    stage.stage = u"in-transit"_s;
    stage.note = u"Left Shenzhen on the MSC Oscar, transshipped in Rotterdam onto a feeder to Aarhus; "
                 "customs papers sent ahead, container MSCU1234567890 sealed and on its way to our warehouse"_s;
    QVERIFY(bd::services::PurchasingService(*context.shop()).recordStage(stage).ok());
    purchasing->reload();
    purchasing->selectPurchaseOrder(po);
    context.waitForTasks(-1);
    QCoreApplication::processEvents();
    save(&window, u"16-purchasing-timeline"_s);
    // A shop without items: how to start.
    QVERIFY(window.createDatabase(dir.filePath(u"empty.sqlite"_s)));
    window.navigate(u"dashboard"_s);
    context.waitForTasks(-1);
    QCoreApplication::processEvents();
    save(&window, u"15-dashboard-empty"_s);
}

QTEST_MAIN(Screenshots)
#include "Screenshots.moc"
