// Items whose stock nobody counts (the web shop does not manage it): through the
// engine they are never sold out and never wait, reserve nothing, move no stock, and
// stay out of the backorder figures; the merchant can switch counting on with a count.
// After every test the shop must pass `check` (ledger, counters, lines).

#include "ShopFixture.h"

#include "csv/Exporter.h"
#include "csv/Importer.h"
#include "services/DashboardService.h"
#include "services/InsightService.h"
#include "services/ShippingService.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bd;
using namespace bd::domain;
using namespace bd::services;
using bd::core::Status;
using bd::test::ShopFixture;
using bd::test::eventKinds;
using bd::test::must;
using bd::test::utc;

class TestUntracked : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void ordersNeverWaitNorAreRefused_data();
    void ordersNeverWaitNorAreRefused();
    void shippingAndCancellingMoveNoStock();
    void returnsMoveNoStock();
    void stockCannotMoveUntilTracked();
    void notInBackorderFigures();
    void availabilityIsInStock();
    void trackingOnNeedsCountOfReadyLines();
    void trackingOffRefusedWhileUnitsWait();
    void trackingOffLetsGoOfReservations();
    void nativeFileRoundTrip();

private:
    Status addUntracked(const QString& sku, Policy policy, const std::optional<int>& onHand = {});
    Status saveTracking(const QString& sku, bool tracked, const std::optional<int>& onHand);
    int movements(const QString& sku);

    std::unique_ptr<ShopFixture> m_f;
};

void TestUntracked::init()
{
    QString error;
    m_f = ShopFixture::create(utc(2026, 11, 2, 9, 0), &error);
    QVERIFY2(m_f, qPrintable(error));
}

void TestUntracked::cleanup()
{
    if (m_f && !QTest::currentTestFailed()) {
        const bd::core::Result<CheckReport> report = InsightService(m_f->shop()).check();
        QVERIFY2(report.ok(), qPrintable(report.errorText()));
        QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
    }
    m_f.reset();
}

Status TestUntracked::addUntracked(const QString& sku, Policy policy, const std::optional<int>& onHand)
{
    ItemInput input;
    input.item.sku = sku;
    input.item.name = u"Item "_s + sku;
    input.item.priceMinor = 500;
    input.item.policy = policy;
    input.item.tracked = false;
    input.onHand = onHand;
    return CatalogService(m_f->shop()).saveItems({input});
}

Status TestUntracked::saveTracking(const QString& sku, bool tracked, const std::optional<int>& onHand)
{
    ItemInput input;
    input.item = m_f->item(sku);
    input.item.tracked = tracked;
    input.onHand = onHand;
    const Status s = CatalogService(m_f->shop()).saveItems({input});
    m_f->tick();
    return s;
}

int TestUntracked::movements(const QString& sku)
{
    QSqlQuery q(m_f->shop().db().connection());
    q.prepare(u"SELECT COUNT(*) FROM stock_movements m JOIN items i ON i.id = m.item_id WHERE i.sku = :sku"_s);
    q.bindValue(u":sku"_s, sku);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

void TestUntracked::ordersNeverWaitNorAreRefused_data()
{
    QTest::addColumn<Policy>("policy");
    QTest::addRow("stop") << Policy::Stop;
    QTest::addRow("backorder") << Policy::Backorder;
}

void TestUntracked::ordersNeverWaitNorAreRefused()
{
    QFETCH(Policy, policy);
    // A count given with an untracked item means nothing: it opens with none.
    BD_VERIFY_OK(addUntracked(u"PRINT"_s, policy, 7));
    const Item created = m_f->item(u"PRINT"_s);
    QVERIFY(!created.tracked);
    QCOMPARE(created.onHand, 0);

    const auto placed = m_f->place(u"U-1"_s, {{u"PRINT"_s, 5}});
    BD_VERIFY_OK(placed);
    QCOMPARE(placed->lines[0].allocated, 5);
    QCOMPARE(placed->lines[0].waiting, 0);
    QCOMPARE(m_f->order(u"U-1"_s).stateName(), u"ready"_s);
    BD_VERIFY_OK(m_f->place(u"U-2"_s, {{u"PRINT"_s, 1000}}));
    QCOMPARE(m_f->line(u"U-2"_s, u"PRINT"_s).allocated, 1000);

    // Its counters stay 0: nothing reserved, nothing waiting, nobody queued.
    const Item after = m_f->item(u"PRINT"_s);
    QCOMPARE(after.onHand, 0);
    QCOMPARE(after.allocated, 0);
    QCOMPARE(after.waiting, 0);
    QVERIFY(m_f->queue(u"PRINT"_s).isEmpty());
    QVERIFY(!eventKinds(must(m_f->shop().events().eventsForOrder(m_f->order(u"U-1"_s).id))).contains(u"backordered"_s));
}

void TestUntracked::shippingAndCancellingMoveNoStock()
{
    BD_VERIFY_OK(addUntracked(u"PRINT"_s, Policy::Stop));
    BD_VERIFY_OK(m_f->addItem(u"MUG"_s, Policy::Stop, 4));
    BD_VERIFY_OK(m_f->place(u"U-1"_s, {{u"PRINT"_s, 2}, {u"MUG"_s, 1}}));
    BD_VERIFY_OK(m_f->place(u"U-2"_s, {{u"PRINT"_s, 3}}));

    ShipOptions options;
    const auto shipment = ShippingService(m_f->shop()).ship(u"U-1"_s, options);
    BD_VERIFY_OK(shipment);
    QCOMPARE(m_f->line(u"U-1"_s, u"PRINT"_s).shipped, 2);
    QCOMPARE(m_f->order(u"U-1"_s).stateName(), u"shipped"_s);
    QCOMPARE(movements(u"PRINT"_s), 0);
    QCOMPARE(movements(u"MUG"_s), 1);
    QCOMPARE(m_f->item(u"MUG"_s).onHand, 3);

    BD_VERIFY_OK(OrderService(m_f->shop()).cancel(u"U-2"_s, {}, u"changed mind"_s));
    QCOMPARE(m_f->line(u"U-2"_s, u"PRINT"_s).cancelled, 3);
    const Item print = m_f->item(u"PRINT"_s);
    QCOMPARE(print.onHand, 0);
    QCOMPARE(print.allocated, 0);
}

void TestUntracked::returnsMoveNoStock()
{
    BD_VERIFY_OK(addUntracked(u"PRINT"_s, Policy::Stop));
    BD_VERIFY_OK(m_f->place(u"U-1"_s, {{u"PRINT"_s, 2}}));
    BD_VERIFY_OK(ShippingService(m_f->shop()).ship(u"U-1"_s, ShipOptions()));
    BD_VERIFY_OK(StockService(m_f->shop()).returnUnits(u"U-1"_s, u"PRINT"_s, 1, u"damaged"_s));
    QCOMPARE(m_f->line(u"U-1"_s, u"PRINT"_s).returned, 1);
    QCOMPARE(m_f->item(u"PRINT"_s).onHand, 0);
    QCOMPARE(movements(u"PRINT"_s), 0);
}

void TestUntracked::stockCannotMoveUntilTracked()
{
    BD_VERIFY_OK(addUntracked(u"PRINT"_s, Policy::Backorder));
    const QString why = u"PRINT: its stock is not tracked; switch tracking on with a count of what is on hand first"_s;
    const auto received = m_f->receive(u"PRINT"_s, 5);
    QVERIFY(!received.ok());
    QCOMPARE(received.errors().at(0).message, why);
    const Status adjusted = StockService(m_f->shop()).adjust(u"PRINT"_s, 5, u"found"_s);
    QVERIFY(!adjusted.ok());
    QCOMPARE(adjusted.errors().at(0).message, why);
    QCOMPARE(movements(u"PRINT"_s), 0);
}

void TestUntracked::notInBackorderFigures()
{
    BD_VERIFY_OK(addUntracked(u"PRINT"_s, Policy::Backorder));
    BD_VERIFY_OK(m_f->addItem(u"TEE"_s, Policy::Backorder, 1));
    BD_VERIFY_OK(m_f->place(u"U-1"_s, {{u"PRINT"_s, 6}, {u"TEE"_s, 2}}));
    const DashboardFigures figures = must(DashboardService(m_f->shop()).figures());
    QCOMPARE(figures.unitsWaiting, 1);
    // Only the counted item's units: 1 of 2 had to wait.
    QCOMPARE(figures.unitsOrdered, 2);
    QCOMPARE(figures.unitsBackordered, 1);
}

void TestUntracked::availabilityIsInStock()
{
    BD_VERIFY_OK(addUntracked(u"PRINT"_s, Policy::Stop));
    BD_VERIFY_OK(m_f->place(u"U-1"_s, {{u"PRINT"_s, 3}}));
    const auto a = csv::Exporter::availabilityOf(m_f->item(u"PRINT"_s), m_f->clock().today());
    QCOMPARE(a.status, csv::Exporter::Availability::InStock);
    QVERIFY(!a.tracked);
    QCOMPARE(must(csv::Exporter(m_f->shop()).exportCsv(csv::Exporter::Kind::Availability)),
             QByteArray("sku,status,available,expected_date,message\nPRINT,in_stock,,,In stock\n"));
}

void TestUntracked::trackingOnNeedsCountOfReadyLines()
{
    BD_VERIFY_OK(addUntracked(u"PRINT"_s, Policy::Backorder));
    BD_VERIFY_OK(m_f->place(u"U-1"_s, {{u"PRINT"_s, 3}}));

    const Status tooFew = saveTracking(u"PRINT"_s, true, 2);
    QVERIFY(!tooFew.ok());
    QCOMPARE(tooFew.errors().at(0).message,
             u"PRINT: to track its stock, count at least the 3 units its open orders hold (2 given)"_s);
    QVERIFY(!m_f->item(u"PRINT"_s).tracked);

    BD_VERIFY_OK(saveTracking(u"PRINT"_s, true, 5));
    Item print = m_f->item(u"PRINT"_s);
    QVERIFY(print.tracked);
    QCOMPARE(print.onHand, 5);
    QCOMPARE(print.allocated, 3);
    // From now on its stock runs out like any other's.
    const auto placed = m_f->place(u"U-2"_s, {{u"PRINT"_s, 4}});
    BD_VERIFY_OK(placed);
    QCOMPARE(placed->lines[0].allocated, 2);
    QCOMPARE(placed->lines[0].waiting, 2);
    QCOMPARE(m_f->queue(u"PRINT"_s), QStringList{u"U-2:2"_s});
}

void TestUntracked::trackingOffRefusedWhileUnitsWait()
{
    BD_VERIFY_OK(m_f->addItem(u"TEE"_s, Policy::Backorder, 1));
    BD_VERIFY_OK(m_f->place(u"A-1"_s, {{u"TEE"_s, 3}}));
    const Status refused = saveTracking(u"TEE"_s, false, {});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.errors().at(0).field, u"tracked"_s);
    QVERIFY(m_f->item(u"TEE"_s).tracked);
}

void TestUntracked::trackingOffLetsGoOfReservations()
{
    BD_VERIFY_OK(m_f->addItem(u"TEE"_s, Policy::Stop, 4));
    BD_VERIFY_OK(m_f->place(u"A-1"_s, {{u"TEE"_s, 3}}));
    BD_VERIFY_OK(saveTracking(u"TEE"_s, false, {}));
    const Item tee = m_f->item(u"TEE"_s);
    QVERIFY(!tee.tracked);
    QCOMPARE(tee.allocated, 0);
    BD_VERIFY_OK(m_f->place(u"A-2"_s, {{u"TEE"_s, 10}}));
    BD_VERIFY_OK(ShippingService(m_f->shop()).ship(u"A-1"_s, ShipOptions()));
}

void TestUntracked::nativeFileRoundTrip()
{
    const QString path = m_f->dir() + u"/items.csv"_s;
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("sku,name,price,on_hand,policy,tracked\n"
                   "PRINT,Poster print,12.00,,stop,no\n"
                   "TEE,T-shirt,20.00,4,stop,\n");
    }
    BD_VERIFY_OK(csv::Importer(m_f->shop()).import(csv::Importer::Kind::Items, path, false));
    QVERIFY(!m_f->item(u"PRINT"_s).tracked);
    QVERIFY(m_f->item(u"TEE"_s).tracked);
    const QByteArray exported = must(csv::Exporter(m_f->shop()).exportCsv(csv::Exporter::Kind::Items));
    QCOMPARE(exported,
             QByteArray("sku,name,price,on_hand,policy,backorder_limit,expected_date,attributes,release_date,"
                        "allocated,waiting,tracked,related\n"
                        "PRINT,Poster print,12.00,,stop,,,,,0,0,no,\n"
                        "TEE,T-shirt,20.00,4,stop,,,,,0,0,yes,\n"));
    // Read back, nothing changes: the file says what the shop has.
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(exported);
    }
    BD_VERIFY_OK(csv::Importer(m_f->shop()).import(csv::Importer::Kind::Items, path, false));
    QCOMPARE(must(csv::Exporter(m_f->shop()).exportCsv(csv::Exporter::Kind::Items)), exported);
}

QTEST_GUILESS_MAIN(TestUntracked)
#include "TestUntracked.moc"
