// Where each waiting customer's goods are, in the window: the item's queue and the
// order's lines name the purchase order that brings a line's units and its latest stage,
// worked out as the promised dates are; a stage recorded later shows on the next read.

#include "ListWait.h"
#include "OrdersTestShop.h"

#include "items/ItemsPage.h"
#include "models/ItemsModel.h"
#include "models/QueueModel.h"
#include "orders/OrdersPage.h"
#include "services/PurchasingService.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using bd::test::OrdersTestShop;
using bd::ui::ItemsPage;
using bd::ui::OrdersPage;
using bd::ui::QueueModel;

class TestSupplyViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void queueNamesEachLinesPurchaseOrder();
    void orderLinesNameTheirPurchaseOrder();

private:
    void recordStage(const QString& po, const QString& stage)
    {
        bd::services::StageInput input;
        input.poNumber = po;
        input.stage = stage;
        QVERIFY(bd::services::PurchasingService(m_shop->shop()).recordStage(input).ok());
        m_shop->context->notifyShopChanged();
    }

    // Shows a page as the window does, reading again after every action.
    template<typename Page>
    void show(Page& page)
    {
        connect(m_shop->context.get(), &bd::ui::AppContext::shopChanged, &page, &Page::reload);
        page.resize(1200, 760);
        page.show();
        page.reload();
    }

    std::unique_ptr<OrdersTestShop> m_shop;
};

void TestSupplyViews::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"BackorderDesk"_s);
    QCoreApplication::setApplicationName(u"backorderdesk-test-supply-views"_s);
}

// MUG: nothing on hand; PO-1 brings 2, PO-2 5. 1001 (2) comes with PO-1, 1002 (1) with
// PO-2, 1003 (9) waits beyond both.
void TestSupplyViews::init()
{
    QSettings().clear();
    m_shop = std::make_unique<OrdersTestShop>();
    QVERIFY(m_shop->open());
    BD_UI_VERIFY_OK(m_shop->addItem(u"MUG"_s, bd::domain::Policy::Backorder, 0));
    BD_UI_VERIFY_OK(m_shop->addPurchaseOrder(u"PO-1"_s, u"MUG"_s, 2, QDate(2025, 2, 1)));
    BD_UI_VERIFY_OK(m_shop->addPurchaseOrder(u"PO-2"_s, u"MUG"_s, 5, QDate(2025, 3, 1)));
    BD_UI_VERIFY_OK(m_shop->place(u"1001"_s, u"ann@example.com"_s, u"Ann"_s, {{u"MUG"_s, 2}}));
    BD_UI_VERIFY_OK(m_shop->place(u"1002"_s, u"bo@example.com"_s, u"Bo"_s, {{u"MUG"_s, 1}}));
    BD_UI_VERIFY_OK(m_shop->place(u"1003"_s, u"cy@example.com"_s, u"Cy"_s, {{u"MUG"_s, 9}}));
}

void TestSupplyViews::cleanup()
{
    m_shop.reset();
    QSettings().clear();
}

void TestSupplyViews::queueNamesEachLinesPurchaseOrder()
{
    ItemsPage page(*m_shop->context);
    show(page);
    QVERIFY(bd::test::settled(*page.model()));
    QVERIFY(page.selectSku(u"MUG"_s));
    QueueModel* model = page.queueModel();
    auto shown = [model] {
        QStringList out;
        for (int row = 0; row < model->rowCount(); ++row)
            out << model->index(row, QueueModel::Order).data().toString() + u'|'
                       + model->index(row, QueueModel::Source).data().toString();
        return out;
    };
    QTRY_COMPARE(shown(), (QStringList{u"1001|PO-1"_s, u"1002|PO-2"_s, u"1003|"_s}));
    QCOMPARE(model->headerData(QueueModel::Source, Qt::Horizontal).toString(), u"Coming with"_s);
    recordStage(u"PO-1"_s, u"in-transit"_s);
    QTRY_COMPARE(shown(), (QStringList{u"1001|PO-1, in transit"_s, u"1002|PO-2"_s, u"1003|"_s}));
}

void TestSupplyViews::orderLinesNameTheirPurchaseOrder()
{
    OrdersPage page(*m_shop->context);
    show(page);
    auto* lines = page.findChild<QTreeWidget*>(u"linesTreeWidget"_s);
    QVERIFY(lines);
    const int column = lines->columnCount() - 1;
    QCOMPARE(lines->headerItem()->text(column), u"Coming with"_s);
    QTRY_VERIFY(page.selectOrder(u"1002"_s));
    QVERIFY(bd::test::detailCame(page));
    QTRY_COMPARE(lines->topLevelItemCount(), 1);
    QCOMPARE(lines->topLevelItem(0)->text(column), u"PO-2"_s);
    recordStage(u"PO-2"_s, u"shipped"_s);
    QTRY_COMPARE(lines->topLevelItem(0)->text(column), u"PO-2, shipped by supplier"_s);
    // Beyond every purchase order: nothing to name.
    QTRY_VERIFY(page.selectOrder(u"1003"_s));
    QVERIFY(bd::test::detailCame(page));
    QTRY_COMPARE(lines->topLevelItem(0)->text(column), QString());
}

QTEST_MAIN(TestSupplyViews)
#include "TestSupplyViews.moc"
