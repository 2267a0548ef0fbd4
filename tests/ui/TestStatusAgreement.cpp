// The item status is decided once (domain::availability): on a real shop file with one
// item per case of the rule, the Items page's model, the availability feed, the queue
// report, the new-order dialog and the order service (which refuses an order exactly when the item is sold
// out) all say what the merchant expects, row by row. And a JPY shop shows yen in the
// window's models.

#include "ListWait.h"
#include "../core/ItemStatusCases.h"
#include "OrdersTestShop.h"
#include "csv/CsvReader.h"
#include "csv/Exporter.h"
#include "domain/LocaleFormat.h"
#include "models/ItemsModel.h"
#include "models/OrdersModel.h"
#include "orders/NewOrderDialog.h"
#include "reports/ReportService.h"
#include "store/Config.h"
#include "services/ShopQueries.h"
#include "store/ItemStore.h"
#include "Must.h"

#include <QLineEdit>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bd;
using bd::test::StatusCase;
using bd::ui::ItemsModel;

class TestStatusAgreement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void windowFeedAndReportAgree();
    void yenInTheWindow();

private:
    void buildCases(test::OrdersTestShop& t, const QList<StatusCase>& cases);
};

void TestStatusAgreement::initTestCase()
{
    QLocale::setDefault(QLocale(u"en_GB"_s));
}

static QString skuOf(int n)
{
    return u"CASE-%1"_s.arg(n, 3, 10, QLatin1Char('0'));
}

// Each item starts as a backorder item with its stock, takes the orders that reserve
// and wait for it, and is then set to the case's policy, limit and release date, as a
// merchant who changes an item while customers wait.
void TestStatusAgreement::buildCases(test::OrdersTestShop& t, const QList<StatusCase>& cases)
{
    const QDate today = t.clock().today();
    for (int n = 0; n < cases.size(); ++n) {
        const StatusCase& c = cases.at(n);
        services::ItemInput input;
        input.item.sku = skuOf(n);
        input.item.name = c.label();
        input.item.priceMinor = 1000;
        input.item.currency = u"EUR"_s;
        input.item.policy = domain::Policy::Backorder;
        input.item.tracked = c.tracked;
        input.item.expectedDate = today.addDays(30);
        input.onHand = c.onHand();
        BD_UI_VERIFY_OK(services::CatalogService(t.shop()).saveItems({input}));
        if (c.tracked && c.ordered() > 0)
            BD_UI_VERIFY_OK(t.place(u"O-%1"_s.arg(n), u"c%1@example.com"_s.arg(n), QString(), {{skuOf(n), c.ordered()}}));
        input.item.policy = c.policy;
        input.item.backorderLimit = c.backorderLimit();
        input.item.releaseDate = c.releaseDate(today);
        input.onHand.reset();
        BD_UI_VERIFY_OK(services::CatalogService(t.shop()).saveItems({input}));
        const domain::Item saved = test::must(t.shop().items().itemBySku(skuOf(n))).value_or(domain::Item{});
        QCOMPARE(saved.waiting, c.tracked ? c.waiting() : 0);
    }
}

void TestStatusAgreement::windowFeedAndReportAgree()
{
    test::OrdersTestShop t;
    QVERIFY(t.open());
    const QList<StatusCase> cases = test::allStatusCases();
    QCOMPARE(cases.size(), 162);
    buildCases(t, cases);
    if (QTest::currentTestFailed())
        return;
    const QDate today = t.clock().today();

    // The window: the Items page's model, every row loaded.
    ItemsModel model;
    model.setToday(today);
    model.setDatabase(&t.shop().db());
    QTRY_COMPARE(model.rowCount(), int(cases.size()));
    // Every row read (asked for as a view asks, and waited for).
    for (int row = 0; row < model.rowCount(); ++row) {
        (void)model.index(row, 0).data();
        QTRY_VERIFY(model.isRowLoaded(row));
    }

    // The availability feed, as the web shop reads it.
    const QByteArray feedBytes = test::must(csv::Exporter(t.shop()).exportCsv(csv::Exporter::Kind::Availability));
    const core::Result<csv::Table> feed = csv::CsvReader::readData(feedBytes, u"availability.csv"_s);
    QVERIFY2(feed.ok(), qPrintable(feed.errorText()));
    QHash<QString, const csv::Row*> feedRows;
    for (const csv::Row& row : feed->rows)
        feedRows.insert(feed->value(row, u"sku"_s), &row);
    QCOMPARE(feedRows.size(), cases.size());

    reports::ReportService reports(t.shop().db(), t.clock());
    // The new-order dialog names the item and its status beside the SKU typed.
    ui::NewOrderDialog dialog(*t.context);
    dialog.show();
    auto* skuEdit = dialog.findChild<QLineEdit*>(u"skuLineEdit0"_s);
    QVERIFY(skuEdit);
    for (int n = 0; n < cases.size(); ++n) {
        const StatusCase& c = cases.at(n);
        const QString sku = skuOf(n);
        const domain::ItemStatus expected = c.expected();
        const QString why = sku + u": "_s + c.label();

        const int row = model.rowOfSku(sku);
        QVERIFY2(row >= 0, qPrintable(why));
        QCOMPARE(model.index(row, ItemsModel::Status).data().toString(), domain::statusText(expected));
        QCOMPARE(model.index(row, ItemsModel::Status).data(ItemsModel::StockStatusRole).toInt(), int(expected));

        const csv::Row* feedRow = feedRows.value(sku);
        QVERIFY2(feedRow, qPrintable(why));
        const csv::Exporter::Availability feedStatus = expected == domain::ItemStatus::InStock ? csv::Exporter::Availability::InStock
                                                       : expected == domain::ItemStatus::Backorder ? csv::Exporter::Availability::Backorder
                                                       : expected == domain::ItemStatus::Preorder ? csv::Exporter::Availability::Preorder
                                                       : expected == domain::ItemStatus::SoldOut  ? csv::Exporter::Availability::SoldOut
                                                                                                   : csv::Exporter::Availability::InStock;
        QVERIFY2(feed->value(*feedRow, u"status"_s) == csv::Exporter::statusName(feedStatus),
                 qPrintable(why + u" — feed says "_s + feed->value(*feedRow, u"status"_s)));
        // Stock nobody counts is in stock with no count.
        QCOMPARE(feed->value(*feedRow, u"available"_s).isEmpty(), expected == domain::ItemStatus::NotTracked);

        reports::ReportParams params;
        params.sku = sku;
        const auto report = reports.build(reports::ReportKind::Queue, params);
        QVERIFY2(report.ok(), qPrintable(report.errorText()));
        QCOMPARE(report->figures.value(0).label, u"Status"_s);
        QVERIFY2(report->figures.value(0).value.toString() == domain::statusText(expected),
                 qPrintable(why + u" — report says "_s + report->figures.value(0).value.toString()));

        skuEdit->setText(sku);
        dialog.previewNow();
        QCOMPARE(skuEdit->toolTip(), u"%1 (%2)"_s.arg(c.label(), domain::statusText(expected)));

        // The engine's own word: one more unit is refused exactly when sold out.
        domain::NewOrder probe;
        probe.number = u"PROBE-%1"_s.arg(n);
        probe.placedAt = t.clock().now();
        probe.customerEmail = u"probe@example.com"_s;
        probe.lines << domain::NewOrderLine{sku, 1, std::nullopt, 1};
        const bool refused = !services::OrderService(t.shop()).preview(probe).ok();
        QVERIFY2(refused == (expected == domain::ItemStatus::SoldOut), qPrintable(why));
    }
}

// A JPY shop's amounts are yen: the order list shows ¥3,000 for two ¥1,500 bowls.
void TestStatusAgreement::yenInTheWindow()
{
    test::OrdersTestShop t;
    QVERIFY(t.open());
    BD_UI_VERIFY_OK(t.shop().config().set(store::settings::ShopCurrency, u"JPY"_s));
    BD_UI_VERIFY_OK(t.addItem(u"BOWL"_s, domain::Policy::Backorder, 0, {}, 1500));
    BD_UI_VERIFY_OK(t.place(u"5001"_s, u"ann@example.com"_s, u"Ann"_s, {{u"BOWL"_s, 2}}));
    ui::OrdersModel orders;
    orders.setDatabase(&t.shop().db());
    QVERIFY(test::settled(orders));
    QCOMPARE(orders.rowCount(), 1);
    QCOMPARE(test::shown(orders, 0, ui::OrdersModel::Total).toString(), u"\u00A53,000"_s);
    QCOMPARE(domain::LocaleFormat().money(1500, u"JPY"_s), u"\u00A51,500"_s);
    QCOMPARE(domain::LocaleFormat().money(1234, u"KWD"_s), u"KWD\u00A01.234"_s);
}

QTEST_MAIN(TestStatusAgreement)
#include "TestStatusAgreement.moc"
