// One scenario per rule of the backorder engine, each on a fresh shop with a fixed
// clock, plus the golden cross-dock fixtures. After every test the shop must pass
// `check` (ledger, counters, lines).

#include "ShopFixture.h"

#include "csv/CsvWriter.h"
#include "csv/Exporter.h"
#include "csv/Importer.h"
#include "services/InsightService.h"
#include "services/QueueService.h"
#include "services/ShippingService.h"
#include "store/Config.h"
#include "store/CustomerStore.h"
#include "store/OrderStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bd;
using namespace bd::domain;
using namespace bd::services;
using bd::core::Result;
using bd::core::Status;
using bd::test::LineSpec;
using bd::test::ShopFixture;
using bd::test::crossDock;
using bd::test::eventKinds;
using bd::test::must;
using bd::test::utc;

namespace {

bool writeText(const QString& path, const QString& text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) >= 0;
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString fixtureDir()
{
    return QString::fromUtf8(BD_FIXTURES_DIR) + u"/engine"_s;
}

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // 1. placing orders under the policies
    void placeTakesStockThenWaits();
    void stopPolicyRefusesWholeOrder();
    void backorderLimit_data();
    void backorderLimit();
    void preorderShipsOnlyFromRelease();
    // 2., 3. the queue
    void sameSecondOrderNumberBreaksTie();
    void nobodyJumpsTheQueue();
    void priorityMovesOrderToFront();
    // 4. receiving
    void receiptServesQueueThenShelf();
    void receivePreviewChangesNothing();
    void receivePreviewOfSeveralLinesIsTheCommit_data();
    void receivePreviewOfSeveralLinesIsTheCommit();
    void receiveRefusals_data();
    void receiveRefusals();
    void receiveAgainstPurchaseOrder();
    void completeOnlySkipsIncompleteOrder();
    void completeOnlyFillsEveryLineOfAnOrder();
    void completeOnlyListsWhoWasPassedOver();
    void purchaseOrderRaisedAfterFullReceipt();
    // 5. shipping
    void shippingRules();
    void shippingChosenQuantities();
    // 6. cancelling
    void cancelReleasesToNextInLine();
    // 7. returns and adjustments
    void returnsServeQueueFirst();
    void returnOfSeveralLines();
    void adjustments_data();
    void adjustments();
    void adjustmentUpServesQueue();
    // 8. promised dates
    void manyDatesSlipTogether();
    void promisedDatesFollowIncomingStock();
    void importedLinesArePromisedAsWritten();
    // 9. payment risk
    void paymentRisk();
    // 10. coupons
    void couponCodesUniqueAndReadable();
    // 11. history
    void historyPerOrderAndItem();
    // 12. the ledger and check
    void checkFindsWhatDoesNotAddUp();
    void orderSumsFollowEveryChangeToALine();
    void linesFollowTheirOrdersCustomer();
    void customerSumsFollowTheirOrders();
    void checkFailsWhenItCannotRead_data();
    void checkFailsWhenItCannotRead();
    // import is all or nothing
    void refusedImportChangesNothing_data();
    void refusedImportChangesNothing();
    // golden cross-dock lists
    void crossDockGolden_data();
    void crossDockGolden();

private:
    Result<Shipment> ship(const QString& number, bool partial = false, bool allowUnpaid = false,
                          const QString& tracking = {});
    // Everything a merchant could see or export, to prove that something changed nothing.
    QByteArray snapshot();
    QString writeFile(const QString& name, const QString& text);

    std::unique_ptr<ShopFixture> m_f;
};

void TestEngine::init()
{
    QString error;
    m_f = ShopFixture::create(utc(2026, 11, 2, 9, 0), &error);
    QVERIFY2(m_f, qPrintable(error));
}

void TestEngine::cleanup()
{
    if (m_f && !QTest::currentTestFailed()) {
        const bd::core::Result<CheckReport> report = InsightService(m_f->shop()).check();
        QVERIFY2(report.ok(), qPrintable(report.errorText()));
        QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
    }
    m_f.reset();
}

Result<Shipment> TestEngine::ship(const QString& number, bool partial, bool allowUnpaid, const QString& tracking)
{
    ShipOptions options;
    options.partial = partial;
    options.allowUnpaid = allowUnpaid;
    options.tracking = tracking;
    auto shipment = ShippingService(m_f->shop()).ship(number, options);
    m_f->tick();
    return shipment;
}

QByteArray TestEngine::snapshot()
{
    csv::Exporter exporter(m_f->shop());
    QByteArray out;
    for (const QString& kind : csv::Exporter::kindNames())
        out += must(exporter.exportCsv(*csv::Exporter::parseKind(kind))) + "--\n";
    for (qint64 id : must(m_f->shop().items().allItemIds())) {
        for (const store::PoLine& l : must(m_f->shop().purchases().openPoLines(id)))
            out += u"%1 %2 %3/%4 %5\n"_s.arg(l.poNumber).arg(id).arg(l.received).arg(l.qty).arg(core::toIso(l.expected)).toUtf8();
    }
    QSqlQuery q(m_f->shop().db().connection());
    for (const QString& table : {u"stock_movements"_s, u"allocations"_s, u"receipts"_s, u"shipments"_s, u"events"_s,
                                 u"purchase_orders"_s, u"coupons"_s}) {
        if (q.exec(u"SELECT COUNT(*) FROM "_s + table) && q.next())
            out += (table + u' ' + q.value(0).toString() + u'\n').toUtf8();
        else
            out += (table + u" <error>\n"_s).toUtf8();
    }
    return out;
}

QString TestEngine::writeFile(const QString& name, const QString& text)
{
    const QString path = m_f->dir() + u'/' + name;
    if (!writeText(path, text))
        return {};
    return path;
}

// ------------------------------------------------------------------ 1. placing

void TestEngine::placeTakesStockThenWaits()
{
    BD_VERIFY_OK(m_f->addItem(u"TEE"_s, Policy::Backorder, 5));
    BD_VERIFY_OK(m_f->addItem(u"MUG"_s, Policy::Stop, 3));

    const auto placed = m_f->place(u"A-1"_s, {{u"TEE"_s, 8}});
    BD_VERIFY_OK(placed);
    QCOMPARE(placed->lines.size(), 1);
    QCOMPARE(placed->lines[0].qty, 8);
    QCOMPARE(placed->lines[0].allocated, 5);
    QCOMPARE(placed->lines[0].waiting, 3);

    const Item tee = m_f->item(u"TEE"_s);
    QCOMPARE(tee.onHand, 5);
    QCOMPARE(tee.allocated, 5);
    QCOMPARE(tee.waiting, 3);
    QCOMPARE(tee.available(), 0);
    const OrderLine line = m_f->line(u"A-1"_s, u"TEE"_s);
    QCOMPARE(line.allocated, 5);
    QCOMPARE(line.waiting, 3);
    QCOMPARE(line.shipped, 0);
    QCOMPARE(line.cancelled, 0);
    QCOMPARE(m_f->order(u"A-1"_s).stateName(), u"partly allocated"_s);

    // Two lines of the same item in one order: the second sees what the first left.
    BD_VERIFY_OK(m_f->place(u"A-2"_s, {{u"MUG"_s, 2}, {u"MUG"_s, 1}}));
    const Order a2 = m_f->order(u"A-2"_s);
    QCOMPARE(a2.lines.size(), 2);
    QCOMPARE(a2.lines[0].allocated, 2);
    QCOMPARE(a2.lines[1].allocated, 1);
    QCOMPARE(a2.stateName(), u"ready"_s);
    QCOMPARE(m_f->item(u"MUG"_s).available(), 0);

    // Waiting lines of one order queue in line order behind the older order.
    BD_VERIFY_OK(m_f->place(u"A-3"_s, {{u"TEE"_s, 1}, {u"TEE"_s, 2}}));
    QCOMPARE(m_f->queue(u"TEE"_s), (QStringList{u"A-1:3"_s, u"A-3:1"_s, u"A-3:2"_s}));
    QCOMPARE(m_f->item(u"TEE"_s).waiting, 6);
}

void TestEngine::stopPolicyRefusesWholeOrder()
{
    BD_VERIFY_OK(m_f->addItem(u"MUG"_s, Policy::Stop, 2));
    BD_VERIFY_OK(m_f->addItem(u"TEE"_s, Policy::Backorder, 10));
    const QByteArray before = snapshot();

    const auto refused = m_f->place(u"S-1"_s, {{u"TEE"_s, 1}, {u"MUG"_s, 3}});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.errors().size(), 1);
    QCOMPARE(refused.errors()[0].field, u"qty"_s);
    QCOMPARE(refused.errors()[0].message,
             u"MUG: 3 ordered but only 2 available, and the item is not sold on backorder"_s);
    // Refused whole: not even the TEE line that could have been served.
    QVERIFY(!must(m_f->shop().orders().orderExists(u"S-1"_s)));
    QCOMPARE(m_f->item(u"TEE"_s).allocated, 0);
    QCOMPARE(snapshot(), before);

    const auto accepted = m_f->place(u"S-2"_s, {{u"MUG"_s, 2}});
    BD_VERIFY_OK(accepted);
    QCOMPARE(accepted->lines[0].allocated, 2);
    QCOMPARE(accepted->lines[0].waiting, 0);

    const auto soldOut = m_f->place(u"S-3"_s, {{u"MUG"_s, 1}});
    QVERIFY(!soldOut.ok());
    QCOMPARE(soldOut.errors()[0].message,
             u"MUG: 1 ordered but only 0 available, and the item is not sold on backorder"_s);
    QCOMPARE(m_f->item(u"MUG"_s).waiting, 0);
}

void TestEngine::backorderLimit_data()
{
    QTest::addColumn<int>("onHand");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("alreadyWaiting");
    QTest::addColumn<int>("qty");
    QTest::addColumn<QString>("refusal"); // empty: accepted
    QTest::addColumn<int>("waitingAfter");

    QTest::addRow("limit exactly reached") << 2 << 5 << 0 << 7 << QString() << 5;
    QTest::addRow("limit exceeded") << 2 << 5 << 0 << 8
                                    << u"LIM: 8 ordered, 2 available; 6 would wait but only 5 more may wait "
                                       "(backorder limit 5)"_s
                                    << 0;
    QTest::addRow("units already waiting count, reached") << 2 << 5 << 3 << 2 << QString() << 5;
    QTest::addRow("units already waiting count, exceeded")
        << 2 << 5 << 3 << 3
        << u"LIM: 3 ordered, 0 available; 3 would wait but only 2 more may wait (backorder limit 5)"_s << 3;
    QTest::addRow("limit 0, nothing may wait")
        << 1 << 0 << 0 << 2 << u"LIM: 2 ordered, 1 available; 1 would wait but only 0 more may wait (backorder limit 0)"_s
        << 0;
    QTest::addRow("limit 0, in stock") << 1 << 0 << 0 << 1 << QString() << 0;
}

void TestEngine::backorderLimit()
{
    QFETCH(int, onHand);
    QFETCH(int, limit);
    QFETCH(int, alreadyWaiting);
    QFETCH(int, qty);
    QFETCH(QString, refusal);
    QFETCH(int, waitingAfter);

    BD_VERIFY_OK(m_f->addItem(u"LIM"_s, Policy::Backorder, onHand, limit));
    if (alreadyWaiting > 0)
        BD_VERIFY_OK(m_f->place(u"L-0"_s, {{u"LIM"_s, onHand + alreadyWaiting}}));
    QCOMPARE(m_f->item(u"LIM"_s).waiting, alreadyWaiting);
    const QByteArray before = snapshot();

    const auto placed = m_f->place(u"L-1"_s, {{u"LIM"_s, qty}});
    if (refusal.isEmpty()) {
        BD_VERIFY_OK(placed);
    } else {
        QVERIFY(!placed.ok());
        QCOMPARE(placed.errorText(), u"qty: "_s + refusal);
        QCOMPARE(snapshot(), before);
    }
    QCOMPARE(m_f->item(u"LIM"_s).waiting, waitingAfter);
}

void TestEngine::preorderShipsOnlyFromRelease()
{
    const QDate release(2026, 12, 1);
    BD_VERIFY_OK(m_f->addItem(u"GAME"_s, Policy::Preorder, 3, std::nullopt, QDate(), release));

    const auto p1 = m_f->place(u"P-1"_s, {{u"GAME"_s, 2}});
    BD_VERIFY_OK(p1);
    QCOMPARE(p1->lines[0].allocated, 2); // stock is set aside even before release
    BD_VERIFY_OK(m_f->place(u"P-2"_s, {{u"GAME"_s, 4}}));
    QCOMPARE(m_f->line(u"P-2"_s, u"GAME"_s).allocated, 1);
    QCOMPARE(m_f->line(u"P-2"_s, u"GAME"_s).waiting, 3);
    // Nothing incoming and no expected date: the release date is the promise.
    QCOMPARE(m_f->promised(u"GAME"_s), QStringList{u"2026-12-01"_s});
    // Stock due before release does not ship before release.
    BD_VERIFY_OK(m_f->addPurchaseOrder(u"PO-1"_s, u"GAME"_s, 5, QDate(2026, 11, 20)));
    QCOMPARE(m_f->promised(u"GAME"_s), QStringList{u"2026-12-01"_s});

    const QByteArray before = snapshot();
    m_f->clock().set(utc(2026, 11, 30, 23, 59, 59));
    const auto early = ship(u"P-1"_s);
    QVERIFY(!early.ok());
    QCOMPARE(early.errorText(), u"order P-1 has nothing to ship yet: GAME is released on 2026-12-01"_s);
    QCOMPARE(snapshot(), before);

    m_f->clock().set(utc(2026, 12, 1, 0, 0, 0));
    const auto shipped = ship(u"P-1"_s);
    BD_VERIFY_OK(shipped);
    QVERIFY(!shipped->partial);
    QCOMPARE(shipped->lines.size(), 1);
    QCOMPARE(shipped->lines[0].qty, 2);
    QCOMPARE(m_f->line(u"P-1"_s, u"GAME"_s).shipped, 2);
    QCOMPARE(m_f->item(u"GAME"_s).onHand, 1);
    QCOMPARE(m_f->item(u"GAME"_s).allocated, 1);

    // After release a partial shipment of the waiting preorder is allowed when asked for.
    const auto partial = ship(u"P-2"_s, true);
    BD_VERIFY_OK(partial);
    QVERIFY(partial->partial);
    QCOMPARE(m_f->line(u"P-2"_s, u"GAME"_s).shipped, 1);
    QCOMPARE(m_f->line(u"P-2"_s, u"GAME"_s).waiting, 3);
}

// ------------------------------------------------------------------ 2., 3. the queue

void TestEngine::sameSecondOrderNumberBreaksTie()
{
    BD_VERIFY_OK(m_f->addItem(u"TEE"_s, Policy::Backorder, 0));
    OrderService orders(m_f->shop());
    // W-2 reaches the shop first, but W-1 was placed in the same second.
    BD_VERIFY_OK(orders.place(m_f->newOrder(u"W-2"_s, {{u"TEE"_s, 2}})));
    BD_VERIFY_OK(orders.place(m_f->newOrder(u"W-1"_s, {{u"TEE"_s, 2}})));
    m_f->tick(1);
    BD_VERIFY_OK(orders.place(m_f->newOrder(u"W-0"_s, {{u"TEE"_s, 2}})));
    m_f->tick();
    QCOMPARE(m_f->queue(u"TEE"_s), (QStringList{u"W-1:2"_s, u"W-2:2"_s, u"W-0:2"_s}));
    QList<int> positions;
    must(m_f->shop().queue().forEachWaitingLine(m_f->item(u"TEE"_s).id, [&](const WaitingLine& w) { positions << w.position; }));
    QCOMPARE(positions, (QList<int>{1, 2, 3}));

    // Three units: W-1 in full, W-2 partly (a line may be filled partly).
    const auto rows = m_f->receive(u"TEE"_s, 3);
    BD_VERIFY_OK(rows);
    QCOMPARE(crossDock(rows.value()), (QStringList{u"W-1:2:ship"_s, u"W-2:1:ship"_s}));
    QCOMPARE(rows->at(0).reference, u"DEL-1"_s);
    QCOMPARE(rows->at(0).sku, u"TEE"_s);
    QCOMPARE(rows->at(0).customerEmail, u"w-1@example.com"_s);
    QCOMPARE(rows->at(1).customerEmail, u"w-2@example.com"_s);
    const OrderLine w2 = m_f->line(u"W-2"_s, u"TEE"_s);
    QCOMPARE(w2.allocated, 1);
    QCOMPARE(w2.waiting, 1);
    QCOMPARE(m_f->queue(u"TEE"_s), (QStringList{u"W-2:1"_s, u"W-0:2"_s}));
    QCOMPARE(m_f->order(u"W-1"_s).stateName(), u"ready"_s);
    QCOMPARE(m_f->order(u"W-2"_s).stateName(), u"partly allocated"_s);

    // Numeric order numbers compare as numbers: 99 before 100.
    BD_VERIFY_OK(m_f->addItem(u"MUG"_s, Policy::Backorder, 0));
    BD_VERIFY_OK(orders.place(m_f->newOrder(u"100"_s, {{u"MUG"_s, 1}})));
    BD_VERIFY_OK(orders.place(m_f->newOrder(u"99"_s, {{u"MUG"_s, 1}})));
    QCOMPARE(m_f->queue(u"MUG"_s), (QStringList{u"99:1"_s, u"100:1"_s}));
}

void TestEngine::nobodyJumpsTheQueue()
{
    BD_VERIFY_OK(m_f->addItem(u"TEE"_s, Policy::Backorder, 0));
    BD_VERIFY_OK(m_f->place(u"A"_s, {{u"TEE"_s, 5}}));
    // A complete-only receipt that cannot complete A leaves stock on the shelf ...
    const auto held = m_f->receive(u"TEE"_s, 3, true);
    BD_VERIFY_OK(held);
    QCOMPARE(crossDock(held.value()), QStringList{u":3:shelf"_s});
    Item tee = m_f->item(u"TEE"_s);
    QCOMPARE(tee.onHand, 3);
    QCOMPARE(tee.allocated, 0);
    QCOMPARE(tee.waiting, 5);
    // ... which is still not available to a newer order while A waits.
    QCOMPARE(tee.available(), 0);
    const auto b = m_f->place(u"B"_s, {{u"TEE"_s, 1}});
    BD_VERIFY_OK(b);
    QCOMPARE(b->lines[0].allocated, 0);
    QCOMPARE(b->lines[0].waiting, 1);
    QCOMPARE(m_f->queue(u"TEE"_s), (QStringList{u"A:5"_s, u"B:1"_s}));

    // The next ordinary receipt serves A first, with its own units and the shelf's;
    // the list shows every unit A gets, and nothing is put away.
    const auto rows = m_f->receive(u"TEE"_s, 2);
    BD_VERIFY_OK(rows);
    QCOMPARE(crossDock(rows.value()), QStringList{u"A:5:ship"_s});
    QCOMPARE(m_f->line(u"A"_s, u"TEE"_s).allocated, 5);
    QCOMPARE(m_f->line(u"B"_s, u"TEE"_s).waiting, 1);
    tee = m_f->item(u"TEE"_s);
    QCOMPARE(tee.onHand, 5);
    QCOMPARE(tee.allocated, 5);
    QCOMPARE(tee.waiting, 1);
    QCOMPARE(tee.available(), 0);

    const auto last = m_f->receive(u"TEE"_s, 2);
    BD_VERIFY_OK(last);
    QCOMPARE(crossDock(last.value()), (QStringList{u"B:1:ship"_s, u":1:shelf"_s}));
    QCOMPARE(m_f->item(u"TEE"_s).available(), 1);
    // Nobody waits now, so a new order takes what is there.
    const auto c = m_f->place(u"C"_s, {{u"TEE"_s, 1}});
    BD_VERIFY_OK(c);
    QCOMPARE(c->lines[0].allocated, 1);
}

void TestEngine::priorityMovesOrderToFront()
{
    BD_VERIFY_OK(m_f->addItem(u"TEE"_s, Policy::Backorder, 0));
    BD_VERIFY_OK(m_f->place(u"A"_s, {{u"TEE"_s, 2}}));
    BD_VERIFY_OK(m_f->place(u"B"_s, {{u"TEE"_s, 2}}));
    BD_VERIFY_OK(m_f->place(u"C"_s, {{u"TEE"_s, 2}}));
    BD_VERIFY_OK(m_f->addPurchaseOrder(u"PO-1"_s, u"TEE"_s, 2, QDate(2026, 12, 5)));
    QCOMPARE(m_f->promised(u"TEE"_s), (QStringList{u"2026-12-05"_s, QString(), QString()}));

    OrderService orders(m_f->shop());
    const QByteArray before = snapshot();
    const Status noReason = orders.setPriority(u"C"_s, true, u"  "_s);
    QVERIFY(!noReason.ok());
    QCOMPARE(noReason.errors()[0].field, u"reason"_s);
    QCOMPARE(snapshot(), before);
    QVERIFY(!orders.setPriority(u"NOPE"_s, true, u"x"_s).ok());

    BD_VERIFY_OK(orders.setPriority(u"C"_s, true, u"lost parcel last time"_s));
    m_f->tick();
    QCOMPARE(m_f->queue(u"TEE"_s), (QStringList{u"C:2"_s, u"A:2"_s, u"B:2"_s}));
    const Order c = m_f->order(u"C"_s);
    QVERIFY(c.priority);
    QCOMPARE(c.priorityReason, u"lost parcel last time"_s);
    // The reason is in the history; the dates follow the new queue, and A's moved.
    const QList<Event> history = must(InsightService(m_f->shop()).history(u"C"_s, {}));
    QCOMPARE(history.last().kind, u"priority set"_s);
    QCOMPARE(history.last().details, u"lost parcel last time"_s);
    QCOMPARE(m_f->promised(u"TEE"_s), (QStringList{u"2026-12-05"_s, QString(), QString()}));
    QCOMPARE(eventKinds(must(InsightService(m_f->shop()).history(u"A"_s, {}))).count(u"date slipped"_s), 1);

    // Among priority orders the older one goes first.
    BD_VERIFY_OK(orders.setPriority(u"B"_s, true, u"press review"_s));
    m_f->tick();
    QCOMPARE(m_f->queue(u"TEE"_s), (QStringList{u"B:2"_s, u"C:2"_s, u"A:2"_s}));

    const auto rows = m_f->receive(u"TEE"_s, 3);
    BD_VERIFY_OK(rows);
    QCOMPARE(crossDock(rows.value()), (QStringList{u"B:2:ship"_s, u"C:1:ship"_s}));

    BD_VERIFY_OK(orders.setPriority(u"C"_s, false, QString()));
    m_f->tick();
    QCOMPARE(m_f->queue(u"TEE"_s), (QStringList{u"A:2"_s, u"C:1"_s}));
    QVERIFY(!m_f->order(u"C"_s).priority);
    // Back behind A, C is beyond PO-1 again: its date slips in the same action.
    QCOMPARE(m_f->promised(u"TEE"_s), (QStringList{u"2026-12-05"_s, QString()}));
    const QStringList kinds = eventKinds(must(InsightService(m_f->shop()).history(u"C"_s, {})));
    QCOMPARE(kinds.mid(kinds.size() - 2), (QStringList{u"priority cleared"_s, u"date slipped"_s}));
}

// ------------------------------------------------------------------ 4. receiving

void TestEngine::receiptServesQueueThenShelf()
{
    BD_VERIFY_OK(m_f->addItem(u"TEE"_s, Policy::Backorder, 0));
    BD_VERIFY_OK(m_f->place(u"A"_s, {{u"TEE"_s, 3}}));
    const auto rows = m_f->receive(u"TEE"_s, 10);
    BD_VERIFY_OK(rows);
    QCOMPARE(crossDock(rows.value()), (QStringList{u"A:3:ship"_s, u":7:shelf"_s}));
    QCOMPARE(rows->at(1).reference, u"DEL-1"_s);
    QVERIFY(rows->at(1).customerEmail.isEmpty());
    const Item tee = m_f->item(u"TEE"_s);
    QCOMPARE(tee.onHand, 10);
    QCOMPARE(tee.allocated, 3);
    QCOMPARE(tee.waiting, 0);
    QCOMPARE(tee.available(), 7);
    QVERIFY(!m_f->line(u"A"_s, u"TEE"_s).promisedDate.isValid());
    const QList<Event> history = must(InsightService(m_f->shop()).history({}, u"TEE"_s));
    QCOMPARE(history.last().kind, u"received"_s);
    QCOMPARE(history.last().details, u"10 units, 3 to waiting orders, 7 to the shelf (DEL-1)"_s);
    QVERIFY(eventKinds(must(InsightService(m_f->shop()).history(u"A"_s, {}))).contains(u"ready"_s));
}

void TestEngine::receivePreviewChangesNothing()
{
    BD_VERIFY_OK(m_f->addItem(u"TEE"_s, Policy::Backorder, 0));
    BD_VERIFY_OK(m_f->place(u"A"_s, {{u"TEE"_s, 4}}));
    BD_VERIFY_OK(m_f->place(u"B"_s, {{u"TEE"_s, 3}}));
    const QByteArray before = snapshot();

    const auto preview = m_f->receive(u"TEE"_s, 5, false, {}, true);
    BD_VERIFY_OK(preview);
    QCOMPARE(crossDock(preview.value()), (QStringList{u"A:4:ship"_s, u"B:1:ship"_s}));
    QCOMPARE(snapshot(), before);

    const auto commit = m_f->receive(u"TEE"_s, 5);
    BD_VERIFY_OK(commit);
    QCOMPARE(crossDock(commit.value()), crossDock(preview.value()));
    QVERIFY(snapshot() != before);
    QCOMPARE(m_f->item(u"TEE"_s).onHand, 5);
}

void TestEngine::receivePreviewOfSeveralLinesIsTheCommit_data()
{
    QTest::addColumn<bool>("completeOnly");
    QTest::addRow("first units") << false;
    QTest::addRow("complete-only") << true;
}

void TestEngine::receivePreviewOfSeveralLinesIsTheCommit()
{
    // A preview writes only what a later line of it reads; with each SKU received twice,
    // the second line must see the first's units gone to the queue or on the shelf, and
    // the list and notes are the commit's, row for row and field for field.
    QFETCH(bool, completeOnly);
    BD_VERIFY_OK(m_f->addItem(u"X"_s, Policy::Backorder, 0));
    BD_VERIFY_OK(m_f->addItem(u"Y"_s, Policy::Backorder, 0));
    BD_VERIFY_OK(m_f->place(u"A"_s, {{u"X"_s, 2}, {u"Y"_s, 1}}));
    BD_VERIFY_OK(m_f->place(u"B"_s, {{u"X"_s, 1}}));
    BD_VERIFY_OK(m_f->place(u"C"_s, {{u"Y"_s, 3}}));
    BD_VERIFY_OK(m_f->place(u"D"_s, {{u"X"_s, 1}}));
    QList<services::ReceiveRequest> requests;
    for (const auto& [sku, qty] : {std::pair{u"X"_s, 1}, {u"Y"_s, 1}, {u"X"_s, 2}, {u"Y"_s, 4}}) {
        services::ReceiveRequest request;
        request.sku = sku;
        request.qty = qty;
        request.reference = u"DEL-"_s + sku;
        requests << request;
    }
    auto receive = [&](bool preview, services::ReceiveNotes& notes) {
        services::ReceiveOptions options;
        options.completeOnly = completeOnly;
        options.preview = preview;
        options.notes = &notes;
        return StockService(m_f->shop()).receive(requests, options);
    };
    auto passed = [](const services::ReceiveNotes& notes) {
        QStringList out;
        for (const PassedOver& p : notes.passedOver)
            out << u"%1:%2:%3:%4:%5"_s.arg(p.sku, p.orderNumber).arg(p.needed).arg(p.otherItems).arg(p.left);
        return out;
    };
    const QByteArray before = snapshot();
    services::ReceiveNotes previewNotes;
    const auto preview = receive(true, previewNotes);
    BD_VERIFY_OK(preview);
    QCOMPARE(snapshot(), before);
    services::ReceiveNotes commitNotes;
    const auto commit = receive(false, commitNotes);
    BD_VERIFY_OK(commit);
    auto whole = [](const QList<CrossDockRow>& rows) {
        QStringList out;
        for (const CrossDockRow& r : rows)
            out << u"%1|%2|%3|%4|%5|%6"_s.arg(r.reference, r.sku, r.orderNumber, r.customerEmail).arg(r.qty).arg(r.destination);
        return out;
    };
    QCOMPARE(whole(preview.value()), whole(commit.value()));
    QCOMPARE(previewNotes.stillWaiting, commitNotes.stillWaiting);
    QCOMPARE(passed(previewNotes), passed(commitNotes));
    QCOMPARE(previewNotes.itemNames, commitNotes.itemNames);
    // What the commit did, so the comparison above is of lists that say something.
    const QStringList expected = completeOnly
        ? QStringList{u"B:1:ship"_s, u":1:shelf"_s, u"D:1:ship"_s, u":1:shelf"_s, u"C:3:ship"_s, u":2:shelf"_s}
        : QStringList{u"A:1:ship"_s, u"A:1:ship"_s, u"A:1:ship"_s, u"B:1:ship"_s, u"C:3:ship"_s, u":1:shelf"_s};
    QCOMPARE(crossDock(commit.value()), expected);
    if (completeOnly)
        QVERIFY(!passed(commitNotes).isEmpty());
}

void TestEngine::receiveRefusals_data()
{
    QTest::addColumn<QString>("sku");
    QTest::addColumn<int>("qty");
    QTest::addColumn<QString>("po");
    QTest::addColumn<QString>("error");

    QTest::addRow("unknown SKU") << u"NOPE"_s << 1 << QString() << u"sku: unknown SKU 'NOPE'"_s;
    QTest::addRow("nothing") << u"TEE"_s << 0 << QString() << u"qty: quantity must be a whole number above 0, not 0"_s;
    QTest::addRow("negative") << u"TEE"_s << -2 << QString() << u"qty: quantity must be a whole number above 0, not -2"_s;
    QTest::addRow("unknown purchase order") << u"TEE"_s << 1 << u"PO-9"_s << u"po: unknown purchase order 'PO-9'"_s;
    QTest::addRow("purchase order without the item")
        << u"TEE"_s << 1 << u"PO-MUG"_s << u"po: purchase order PO-MUG has no line for TEE"_s;
    // Every problem of a line at once.
    QTest::addRow("unknown SKU, nothing, unknown purchase order")
        << u"NOPE"_s << 0 << u"PO-9"_s
        << u"sku: unknown SKU 'NOPE'\nqty: quantity must be a whole number above 0, not 0\n"
           "po: unknown purchase order 'PO-9'"_s;
    QTest::addRow("nothing, purchase order without the item")
        << u"TEE"_s << 0 << u"PO-MUG"_s
        << u"qty: quantity must be a whole number above 0, not 0\npo: purchase order PO-MUG has no line for TEE"_s;
    QTest::addRow("unknown SKU on a known purchase order")
        << u"NOPE"_s << 1 << u"PO-MUG"_s << u"sku: unknown SKU 'NOPE'"_s;
}

void TestEngine::receiveRefusals()
{
    QFETCH(QString, sku);
    QFETCH(int, qty);
    QFETCH(QString, po);
    QFETCH(QString, error);

    BD_VERIFY_OK(m_f->addItem(u"TEE"_s, Policy::Backorder, 0));
    BD_VERIFY_OK(m_f->addItem(u"MUG"_s, Policy::Backorder, 0));
    BD_VERIFY_OK(m_f->addPurchaseOrder(u"PO-MUG"_s, u"MUG"_s, 5, QDate(2026, 12, 1)));
    BD_VERIFY_OK(m_f->place(u"A"_s, {{u"TEE"_s, 2}}));
    const QByteArray before = snapshot();
    const auto rows = m_f->receive(sku, qty, false, po);
    QVERIFY(!rows.ok());
    QCOMPARE(rows.errorText(), error);
    QCOMPARE(snapshot(), before);

    // A long refused receipt says its first 100 problems, however many a line has.
    QList<ReceiveRequest> lines;
    for (int i = 0; i < 60; ++i)
        lines << ReceiveRequest{sku, qty, {}, po, {}, i + 1};
    const auto many = StockService(m_f->shop()).receive(lines, ReceiveOptions{});
    QVERIFY(!many.ok());
    const qsizetype perLine = error.count(u'\n') + 1;
    QCOMPARE(many.errors().size(), std::min<qsizetype>(100, 60 * perLine));
    QCOMPARE(snapshot(), before);
}

void TestEngine::receiveAgainstPurchaseOrder()
{
    BD_VERIFY_OK(m_f->addItem(u"TEE"_s, Policy::Backorder, 0));
    BD_VERIFY_OK(m_f->addPurchaseOrder(u"PO-1"_s, u"TEE"_s, 10, QDate(2026, 12, 5)));
    const qint64 teeId = m_f->item(u"TEE"_s).id;
    QCOMPARE(must(m_f->shop().purchases().incomingQty(teeId)), 10);

    BD_VERIFY_OK(m_f->receive(u"TEE"_s, 4, false, u"PO-1"_s));
    const std::optional<qint64> poId = must(m_f->shop().purchases().purchaseOrderId(u"PO-1"_s));
    QVERIFY(poId);
    QCOMPARE(must(m_f->shop().purchases().purchaseOrderLine(*poId, teeId))->received, 4);
    QCOMPARE(must(m_f->shop().purchases().incomingQty(teeId)), 6);

    BD_VERIFY_OK(m_f->receive(u"TEE"_s, 6, false, u"PO-1"_s));
    QCOMPARE(must(m_f->shop().purchases().purchaseOrderLine(*poId, teeId))->received, 10);
    // Fully received: nothing more is incoming, the purchase order is closed.
    QCOMPARE(must(m_f->shop().purchases().incomingQty(teeId)), 0);
    QVERIFY(must(m_f->shop().purchases().openPoLines(teeId)).isEmpty());
    QCOMPARE(m_f->item(u"TEE"_s).onHand, 10);
}

void TestEngine::completeOnlySkipsIncompleteOrder()
{
    BD_VERIFY_OK(m_f->addItem(u"X"_s, Policy::Backorder, 0));
    BD_VERIFY_OK(m_f->addItem(u"Y"_s, Policy::Backorder, 0));
    BD_VERIFY_OK(m_f->place(u"A"_s, {{u"X"_s, 5}}));
    BD_VERIFY_OK(m_f->place(u"B"_s, {{u"X"_s, 2}}));
    BD_VERIFY_OK(m_f->place(u"C"_s, {{u"X"_s, 1}, {u"Y"_s, 1}}));

    // The preview says who was passed over for a younger order, and why: A, older than
    // B, needs more than came. C comes after B: not passed over, just not filled.
    {
        services::ReceiveRequest request;
        request.sku = u"X"_s;
        request.qty = 3;
        request.reference = u"PREVIEW"_s;
        services::ReceiveNotes notes;
        services::ReceiveOptions options;
        options.completeOnly = true;
        options.preview = true;
        options.notes = &notes;
        BD_VERIFY_OK(StockService(m_f->shop()).receive({request}, options));
        const QList<PassedOver>& passed = notes.passedOver;
        QCOMPARE(notes.itemNames.value(u"X"_s), m_f->item(u"X"_s).name);
        QCOMPARE(passed.size(), 1);
        QCOMPARE(passed[0].sku, u"X"_s);
        QCOMPARE(passed[0].orderNumber, u"A"_s);
        QCOMPARE(passed[0].needed, 5);
        QCOMPARE(passed[0].otherItems, 0);
        QCOMPARE(passed[0].left, 3);
    }

    // Three units, complete-only: A needs 5 (skipped), B becomes complete, C still
    // waits for Y (skipped). The rest goes to the shelf.
    const auto rows = m_f->receive(u"X"_s, 3, true);
    BD_VERIFY_OK(rows);
    QCOMPARE(crossDock(rows.value()), (QStringList{u"B:2:ship"_s, u":1:shelf"_s}));
    QCOMPARE(m_f->queue(u"X"_s), (QStringList{u"A:5"_s, u"C:1"_s}));
    QCOMPARE(m_f->order(u"B"_s).stateName(), u"ready"_s);
    QCOMPARE(m_f->line(u"A"_s, u"X"_s).allocated, 0);
    QCOMPARE(m_f->line(u"C"_s, u"X"_s).allocated, 0);

    // An ordinary receipt then serves A, who kept the first place, with its four units
    // and the one left on the shelf.
    const auto next = m_f->receive(u"X"_s, 4);
    BD_VERIFY_OK(next);
    QCOMPARE(crossDock(next.value()), QStringList{u"A:5:ship"_s});
    QCOMPARE(m_f->line(u"A"_s, u"X"_s).allocated, 5);
    QCOMPARE(m_f->queue(u"X"_s), QStringList{u"C:1"_s});
    const Item x = m_f->item(u"X"_s);
    QCOMPARE(x.onHand, 7);
    QCOMPARE(x.allocated, 7);
    QCOMPARE(x.waiting, 1);
}

void TestEngine::completeOnlyListsWhoWasPassedOver()
{
    // An older order that waits for another item too is passed over, and says so.
    BD_VERIFY_OK(m_f->addItem(u"P"_s, Policy::Backorder, 0));
    BD_VERIFY_OK(m_f->addItem(u"Q"_s, Policy::Backorder, 0));
    BD_VERIFY_OK(m_f->place(u"OLD"_s, {{u"P"_s, 1}, {u"Q"_s, 2}}));
    BD_VERIFY_OK(m_f->place(u"NEW"_s, {{u"P"_s, 1}}));
    services::ReceiveRequest request;
    request.sku = u"P"_s;
    request.qty = 1;
    request.reference = u"DEL-P"_s;
    services::ReceiveNotes notes;
    services::ReceiveOptions options;
    options.completeOnly = true;
    options.notes = &notes;
    const auto rows = StockService(m_f->shop()).receive({request}, options);
    BD_VERIFY_OK(rows);
    QCOMPARE(crossDock(rows.value()), QStringList{u"NEW:1:ship"_s});
    QCOMPARE(notes.passedOver.size(), 1);
    QCOMPARE(notes.passedOver[0].sku, u"P"_s);
    QCOMPARE(notes.passedOver[0].orderNumber, u"OLD"_s);
    QCOMPARE(notes.passedOver[0].otherItems, 2);
    // Filling any line: a partial fill says what the line still waits for, the shelf nothing.
    BD_VERIFY_OK(m_f->place(u"BIG"_s, {{u"Q"_s, 5}}));
    request.sku = u"Q"_s;
    request.qty = 8;
    services::ReceiveNotes partlyNotes;
    services::ReceiveOptions partlyOptions;
    partlyOptions.notes = &partlyNotes;
    const auto partly = StockService(m_f->shop()).receive({request}, partlyOptions);
    BD_VERIFY_OK(partly);
    QCOMPARE(crossDock(partly.value()), (QStringList{u"OLD:2:ship"_s, u"BIG:5:ship"_s, u":1:shelf"_s}));
    QCOMPARE(partlyNotes.stillWaiting, (QList<int>{0, 0, 0}));
    BD_VERIFY_OK(m_f->place(u"MORE"_s, {{u"Q"_s, 4}}));
    request.qty = 2;
    services::ReceiveNotes moreNotes;
    partlyOptions.notes = &moreNotes;
    const auto more = StockService(m_f->shop()).receive({request}, partlyOptions);
    BD_VERIFY_OK(more);
    // MORE took the unit on the shelf when placed; two more come now, one still to come.
    QCOMPARE(crossDock(more.value()), QStringList{u"MORE:2:ship"_s});
    QCOMPARE(moreNotes.stillWaiting, QList<int>{1});
}

void TestEngine::completeOnlyFillsEveryLineOfAnOrder()
{
    // An order waiting for one item on two lines is completed by a receipt that covers
    // both lines together.
    BD_VERIFY_OK(m_f->addItem(u"X"_s, Policy::Backorder, 0));
    BD_VERIFY_OK(m_f->place(u"A"_s, {{u"X"_s, 2}, {u"X"_s, 2}}));
    BD_VERIFY_OK(m_f->place(u"B"_s, {{u"X"_s, 1}}));
    const auto rows = m_f->receive(u"X"_s, 4, true);
    BD_VERIFY_OK(rows);
    QCOMPARE(crossDock(rows.value()), (QStringList{u"A:2:ship"_s, u"A:2:ship"_s}));
    QCOMPARE(m_f->order(u"A"_s).stateName(), u"ready"_s);
    QCOMPARE(m_f->queue(u"X"_s), QStringList{u"B:1"_s});
}

void TestEngine::purchaseOrderRaisedAfterFullReceipt()
{
    BD_VERIFY_OK(m_f->addItem(u"TEE"_s, Policy::Backorder, 0));
    BD_VERIFY_OK(m_f->place(u"A"_s, {{u"TEE"_s, 5}}));
    BD_VERIFY_OK(m_f->addPurchaseOrder(u"PO-1"_s, u"TEE"_s, 3, QDate(2026, 12, 5)));
    QCOMPARE(m_f->promised(u"TEE"_s), QStringList{QString()}); // 5 wait, 3 come
    BD_VERIFY_OK(m_f->receive(u"TEE"_s, 3, false, u"PO-1"_s));
    const qint64 teeId = m_f->item(u"TEE"_s).id;
    QVERIFY(must(m_f->shop().purchases().openPoLines(teeId)).isEmpty());

    // The supplier will send two more on the same purchase order: they are incoming
    // again, and A's last two units get their date from them.
    BD_VERIFY_OK(m_f->addPurchaseOrder(u"PO-1"_s, u"TEE"_s, 5, QDate(2026, 12, 20)));
    QCOMPARE(must(m_f->shop().purchases().incomingQty(teeId)), 2);
    QCOMPARE(must(m_f->shop().purchases().openPoLines(teeId)).size(), 1);
    QCOMPARE(m_f->promised(u"TEE"_s), QStringList{u"2026-12-20"_s});
    BD_VERIFY_OK(m_f->receive(u"TEE"_s, 2, false, u"PO-1"_s));
    QCOMPARE(m_f->line(u"A"_s, u"TEE"_s).allocated, 5);
    QCOMPARE(must(m_f->shop().purchases().incomingQty(teeId)), 0);
}

// ------------------------------------------------------------------ 5. shipping

void TestEngine::shippingRules()
{
    BD_VERIFY_OK(m_f->addItem(u"TEE"_s, Policy::Backorder, 10));
    BD_VERIFY_OK(m_f->addItem(u"MUG"_s, Policy::Backorder, 0));

    // A complete, paid order ships whole.
    BD_VERIFY_OK(m_f->place(u"F"_s, {{u"TEE"_s, 1}}));
    const auto full = ship(u"F"_s, false, false, u"TRK-1"_s);
    BD_VERIFY_OK(full);
    QVERIFY(!full->partial);
    QCOMPARE(full->lines.size(), 1);
    QCOMPARE(full->lines[0].sku, u"TEE"_s);
    QCOMPARE(full->lines[0].qty, 1);
    QCOMPARE(full->lines[0].shippedBefore, 0);
    QCOMPARE(full->lines[0].stillToCome, 0);
    QCOMPARE(m_f->line(u"F"_s, u"TEE"_s).shipped, 1);
    QCOMPARE(m_f->line(u"F"_s, u"TEE"_s).allocated, 0);
    QCOMPARE(m_f->order(u"F"_s).stateName(), u"shipped"_s);
    QCOMPARE(m_f->item(u"TEE"_s).onHand, 9);
    QCOMPARE(must(InsightService(m_f->shop()).history(u"F"_s, {})).last().details, u"complete; tracking TRK-1"_s);

    // Units still to come: partial only when asked for.
    BD_VERIFY_OK(m_f->place(u"P"_s, {{u"TEE"_s, 2}, {u"MUG"_s, 1}}));
    QByteArray before = snapshot();
    const auto notAsked = ship(u"P"_s);
    QVERIFY(!notAsked.ok());
    QCOMPARE(notAsked.errorText(), u"order P is not complete: 1 units are still to come; ship a partial shipment "
                                   "explicitly to send what is allocated now"_s);
    QCOMPARE(snapshot(), before);
    const auto partial = ship(u"P"_s, true);
    BD_VERIFY_OK(partial);
    QVERIFY(partial->partial);
    // The packing slip: per line, shipped now, shipped before, still to come.
    auto slip = [](const Shipment& shipment) {
        QStringList out;
        for (const ShippedLine& l : shipment.lines)
            out << u"%1 %2/%3/%4"_s.arg(l.sku).arg(l.qty).arg(l.shippedBefore).arg(l.stillToCome);
        return out;
    };
    QCOMPARE(slip(partial.value()), (QStringList{u"TEE 2/0/0"_s, u"MUG 0/0/1"_s}));
    const Event partlyShipped = must(InsightService(m_f->shop()).history(u"P"_s, {})).last();
    QCOMPARE(partlyShipped.kind, u"shipped partly"_s);
    QCOMPARE(partlyShipped.details, u"partial shipment, extra shipping cost waived"_s);
    QCOMPARE(m_f->order(u"P"_s).stateName(), u"partly shipped"_s);
    const auto nothing = ship(u"P"_s, true);
    QVERIFY(!nothing.ok());
    QCOMPARE(nothing.errorText(), u"order P has nothing allocated to ship"_s);
    // The rest arrives and ships; the packing slip knows what went before.
    BD_VERIFY_OK(m_f->receive(u"MUG"_s, 1));
    const auto rest = ship(u"P"_s);
    BD_VERIFY_OK(rest);
    QVERIFY(!rest->partial);
    QCOMPARE(slip(rest.value()), (QStringList{u"TEE 0/2/0"_s, u"MUG 1/0/0"_s}));
    QCOMPARE(m_f->order(u"P"_s).stateName(), u"shipped"_s);

    // Held until complete: no partial shipment even when asked for.
    BD_VERIFY_OK(m_f->place(u"H"_s, {{u"TEE"_s, 1}, {u"MUG"_s, 1}}));
    BD_VERIFY_OK(OrderService(m_f->shop()).setHoldUntilComplete(u"H"_s, true));
    before = snapshot();
    const auto held = ship(u"H"_s, true);
    QVERIFY(!held.ok());
    QCOMPARE(held.errorText(), u"order H is held until complete and 1 units are still to come"_s);
    QCOMPARE(snapshot(), before);

    // Not captured: refused unless explicitly allowed, and then recorded.
    BD_VERIFY_OK(m_f->place(u"U"_s, {{u"TEE"_s, 1}}, PaymentState::Authorized));
    before = snapshot();
    const auto unpaid = ship(u"U"_s);
    QVERIFY(!unpaid.ok());
    QCOMPARE(unpaid.errorText(), u"order U is not paid (payment authorized): capture the payment before shipping, "
                                 "or allow shipping unpaid"_s);
    QCOMPARE(snapshot(), before);
    const auto allowed = ship(u"U"_s, false, true);
    BD_VERIFY_OK(allowed);
    QSqlQuery q(m_f->shop().db().connection());
    QVERIFY(q.prepare(u"SELECT unpaid_allowed, partial, shipping_fee_waived FROM shipments WHERE id = ?"_s));
    q.addBindValue(allowed->id);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(q.value(1).toInt(), 0);
    QCOMPARE(q.value(2).toInt(), 0);
    q.finish();

    // Captured later: ships without the exception.
    BD_VERIFY_OK(m_f->place(u"V"_s, {{u"TEE"_s, 1}}, PaymentState::Authorized));
    PaymentUpdate captured;
    captured.state = PaymentState::Captured;
    BD_VERIFY_OK(OrderService(m_f->shop()).setPayment(u"V"_s, captured));
    BD_VERIFY_OK(ship(u"V"_s));
    QVERIFY(!ship(u"NOPE"_s).ok());
}

void TestEngine::shippingChosenQuantities()
{
    BD_VERIFY_OK(m_f->addItem(u"TEE"_s, Policy::Backorder, 10));
    BD_VERIFY_OK(m_f->addItem(u"MUG"_s, Policy::Backorder, 10));
    BD_VERIFY_OK(m_f->place(u"Q"_s, {{u"TEE"_s, 3}, {u"MUG"_s, 2}}));
    const Order order = m_f->order(u"Q"_s);
    QCOMPARE(order.lines.size(), 2);
    const qint64 tee = order.lines[0].sku == u"TEE"_s ? order.lines[0].id : order.lines[1].id;
    const qint64 mug = order.lines[0].sku == u"MUG"_s ? order.lines[0].id : order.lines[1].id;
    auto shipChosen = [&](const QHash<qint64, int>& quantities, bool partial) {
        ShipOptions options;
        options.partial = partial;
        options.tracking = u"00370"_s;
        ShipChoice choice;
        choice.quantities = quantities;
        choice.carrier = u"PostNord"_s;
        auto shipment = ShippingService(m_f->shop()).ship(u"Q"_s, options, choice);
        m_f->tick();
        return shipment;
    };

    // Everything allocated, but fewer units chosen: a partial shipment, only when asked for.
    QByteArray before = snapshot();
    const auto notAsked = shipChosen({{tee, 2}, {mug, 0}}, false);
    QVERIFY(!notAsked.ok());
    QCOMPARE(notAsked.errorText(), u"order Q is not complete: 3 units are still to come; ship a partial shipment "
                                   "explicitly to send what is allocated now"_s);
    QCOMPARE(snapshot(), before);

    // More than allocated, a line of another order, nothing chosen: refused, nothing changes.
    const auto tooMany = shipChosen({{tee, 4}}, true);
    QVERIFY(!tooMany.ok());
    QCOMPARE(tooMany.errorText(), u"order Q: TEE can ship 0 to 3 units, not 4"_s);
    const auto foreign = shipChosen({{tee + mug + 100, 1}}, true);
    QVERIFY(!foreign.ok());
    QVERIFY2(foreign.errorText().startsWith(u"order Q has no line "_s), qPrintable(foreign.errorText()));
    const auto none = shipChosen({{tee, 0}, {mug, 0}}, true);
    QVERIFY(!none.ok());
    QCOMPARE(none.errorText(), u"order Q: no units chosen to ship"_s);
    QCOMPARE(snapshot(), before);

    // Two of three TEE now: the third stays reserved for the order, MUG stays whole.
    const auto first = shipChosen({{tee, 2}}, true);
    BD_VERIFY_OK(first);
    QVERIFY(first->partial);
    QStringList slip;
    for (const ShippedLine& l : first->lines)
        slip << u"%1 %2/%3/%4"_s.arg(l.sku).arg(l.qty).arg(l.shippedBefore).arg(l.stillToCome);
    QCOMPARE(slip, (QStringList{u"TEE 2/0/1"_s, u"MUG 0/0/2"_s}));
    QCOMPARE(m_f->line(u"Q"_s, u"TEE"_s).shipped, 2);
    QCOMPARE(m_f->line(u"Q"_s, u"TEE"_s).allocated, 1);
    QCOMPARE(m_f->line(u"Q"_s, u"MUG"_s).allocated, 2);
    QCOMPARE(m_f->item(u"TEE"_s).onHand, 8);
    QCOMPARE(m_f->item(u"TEE"_s).allocated, 1);
    QCOMPARE(m_f->item(u"MUG"_s).onHand, 10);
    QCOMPARE(m_f->order(u"Q"_s).stateName(), u"partly shipped"_s);
    const Event partly = must(InsightService(m_f->shop()).history(u"Q"_s, {})).last();
    QCOMPARE(partly.details, u"partial shipment, extra shipping cost waived; tracking PostNord 00370"_s);
    QSqlQuery q(m_f->shop().db().connection());
    QVERIFY(q.prepare(u"SELECT tracking FROM shipments WHERE id = ?"_s));
    q.addBindValue(first->id);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), u"PostNord 00370"_s);
    q.finish();

    // The rest, chosen line by line, completes the order: not partial.
    const auto rest = shipChosen({{tee, 1}, {mug, 2}}, false);
    BD_VERIFY_OK(rest);
    QVERIFY(!rest->partial);
    QCOMPARE(m_f->order(u"Q"_s).stateName(), u"shipped"_s);
    QCOMPARE(m_f->item(u"TEE"_s).allocated, 0);
}

// ------------------------------------------------------------------ 6. cancelling

void TestEngine::cancelReleasesToNextInLine()
{
    BD_VERIFY_OK(m_f->addItem(u"TEE"_s, Policy::Backorder, 4));
    BD_VERIFY_OK(m_f->addItem(u"MUG"_s, Policy::Backorder, 5));
    BD_VERIFY_OK(m_f->place(u"A"_s, {{u"TEE"_s, 4}}));
    BD_VERIFY_OK(m_f->place(u"B"_s, {{u"TEE"_s, 3}}));
    BD_VERIFY_OK(m_f->place(u"C"_s, {{u"TEE"_s, 2}}));
    QCOMPARE(m_f->queue(u"TEE"_s), (QStringList{u"B:3"_s, u"C:2"_s}));

    OrderService orders(m_f->shop());
    BD_VERIFY_OK(orders.cancel(u"A"_s, QString(), u"customer changed mind"_s));
    m_f->tick();
    const OrderLine a = m_f->line(u"A"_s, u"TEE"_s);
    QCOMPARE(a.cancelled, 4);
    QCOMPARE(a.allocated, 0);
    QCOMPARE(a.cancelReason, u"customer changed mind"_s);
    QCOMPARE(m_f->order(u"A"_s).stateName(), u"cancelled"_s);
    // A's four units went at once to B (3) and C (1).
    QCOMPARE(m_f->line(u"B"_s, u"TEE"_s).allocated, 3);
    QCOMPARE(m_f->line(u"C"_s, u"TEE"_s).allocated, 1);
    QCOMPARE(m_f->queue(u"TEE"_s), QStringList{u"C:1"_s});
    Item tee = m_f->item(u"TEE"_s);
    QCOMPARE(tee.onHand, 4);
    QCOMPARE(tee.allocated, 4);
    QCOMPARE(tee.waiting, 1);
    const Event cancelled = must(InsightService(m_f->shop()).history(u"A"_s, {})).last();
    QCOMPARE(cancelled.kind, u"cancelled"_s);
    QCOMPARE(cancelled.details, u"4 x TEE: customer changed mind"_s);

    // One line of an order.
    BD_VERIFY_OK(m_f->place(u"D"_s, {{u"TEE"_s, 1}, {u"MUG"_s, 2}}));
    BD_VERIFY_OK(orders.cancel(u"D"_s, u"MUG"_s, u"wrong size"_s));
    m_f->tick();
    QCOMPARE(m_f->line(u"D"_s, u"MUG"_s).cancelled, 2);
    QCOMPARE(m_f->line(u"D"_s, u"TEE"_s).waiting, 1);
    QCOMPARE(m_f->item(u"MUG"_s).allocated, 0);
    QCOMPARE(m_f->item(u"MUG"_s).available(), 5);

    const QByteArray before = snapshot();
    const Status noLine = orders.cancel(u"D"_s, u"SHOE"_s, u"x"_s);
    QCOMPARE(noLine.errorText(), u"order D has no line for SKU 'SHOE'"_s);
    const Status again = orders.cancel(u"A"_s, QString(), u"x"_s);
    QCOMPARE(again.errorText(), u"order A has nothing left to cancel: it is shipped or cancelled already"_s);
    QCOMPARE(orders.cancel(u"NOPE"_s, QString(), u"x"_s).errorText(), u"unknown order 'NOPE'"_s);
    QCOMPARE(snapshot(), before);

    // Cancelling a partly allocated line releases its unit to the next in line.
    BD_VERIFY_OK(orders.cancel(u"C"_s, QString(), QString()));
    m_f->tick();
    QCOMPARE(m_f->line(u"C"_s, u"TEE"_s).cancelled, 2);
    QCOMPARE(m_f->line(u"C"_s, u"TEE"_s).cancelReason, u"no reason given"_s);
    QCOMPARE(m_f->line(u"D"_s, u"TEE"_s).allocated, 1);
    QVERIFY(m_f->queue(u"TEE"_s).isEmpty());
    tee = m_f->item(u"TEE"_s);
    QCOMPARE(tee.allocated, 4);
    QCOMPARE(tee.waiting, 0);
}

// ------------------------------------------------------------------ 7. returns, adjustments

void TestEngine::returnsServeQueueFirst()
{
    BD_VERIFY_OK(m_f->addItem(u"TEE"_s, Policy::Backorder, 2));
    BD_VERIFY_OK(m_f->place(u"A"_s, {{u"TEE"_s, 2}}));
    BD_VERIFY_OK(ship(u"A"_s));
    BD_VERIFY_OK(m_f->place(u"B"_s, {{u"TEE"_s, 2}}));
    QCOMPARE(m_f->item(u"TEE"_s).onHand, 0);

    StockService stock(m_f->shop());
    const QByteArray before = snapshot();
    QCOMPARE(stock.returnUnits(u"A"_s, u"TEE"_s, 3, u"x"_s).errorText(),
             u"order A: only 2 of TEE were shipped and not returned, so 3 cannot come back"_s);
    QCOMPARE(stock.returnUnits(u"A"_s, u"MUG"_s, 1, u"x"_s).errorText(), u"order A has no line for SKU 'MUG'"_s);
    QCOMPARE(stock.returnUnits(u"A"_s, u"TEE"_s, 0, u"x"_s).errorText(),
             u"qty: quantity must be a whole number above 0, not 0"_s);
    QCOMPARE(snapshot(), before);

    BD_VERIFY_OK(stock.returnUnits(u"A"_s, u"TEE"_s, 1, u"damaged box"_s));
    m_f->tick();
    QCOMPARE(m_f->line(u"A"_s, u"TEE"_s).returned, 1);
    // The returned unit went to B, who waited, not to the shelf.
    QCOMPARE(m_f->line(u"B"_s, u"TEE"_s).allocated, 1);
    QCOMPARE(m_f->line(u"B"_s, u"TEE"_s).waiting, 1);
    Item tee = m_f->item(u"TEE"_s);
    QCOMPARE(tee.onHand, 1);
    QCOMPARE(tee.allocated, 1);
    QCOMPARE(tee.available(), 0);

    BD_VERIFY_OK(stock.returnUnits(u"A"_s, u"TEE"_s, 1, u"too small"_s));
    m_f->tick();
    QCOMPARE(m_f->line(u"B"_s, u"TEE"_s).allocated, 2);
    QVERIFY(!stock.returnUnits(u"A"_s, u"TEE"_s, 1, u"x"_s).ok());
    tee = m_f->item(u"TEE"_s);
    QCOMPARE(tee.onHand, 2);
    QCOMPARE(tee.allocated, 2);
    QCOMPARE(tee.waiting, 0);
    QCOMPARE(must(InsightService(m_f->shop()).history(u"A"_s, {})).last().details, u"1 x TEE: too small"_s);
}

void TestEngine::returnOfSeveralLines()
{
    BD_VERIFY_OK(m_f->addItem(u"TEE"_s, Policy::Backorder, 3));
    BD_VERIFY_OK(m_f->addItem(u"MUG"_s, Policy::Backorder, 2));
    BD_VERIFY_OK(m_f->place(u"A"_s, {{u"TEE"_s, 3}, {u"MUG"_s, 2}}));
    BD_VERIFY_OK(ship(u"A"_s));
    BD_VERIFY_OK(m_f->place(u"B"_s, {{u"TEE"_s, 1}, {u"MUG"_s, 1}}));

    // One bad line refuses the whole return: nothing changes.
    StockService stock(m_f->shop());
    QByteArray before = snapshot();
    QCOMPARE(stock.returnUnits(u"A"_s, {ReturnLine{u"TEE"_s, 1}, ReturnLine{u"MUG"_s, 3}}, u"x"_s, true).errorText(),
             u"order A: only 2 of MUG were shipped and not returned, so 3 cannot come back"_s);
    QCOMPARE(stock.returnUnits(u"A"_s, QList<ReturnLine>{}, u"x"_s, true).errorText(),
             u"order A: no units chosen to return"_s);
    QCOMPARE(snapshot(), before);

    // Restocked: both lines back in one action, and each serves B, who waited.
    BD_VERIFY_OK(stock.returnUnits(u"A"_s, {ReturnLine{u"TEE"_s, 1}, ReturnLine{u"MUG"_s, 1}}, u"wrong colour"_s, true));
    m_f->tick();
    QCOMPARE(m_f->line(u"A"_s, u"TEE"_s).returned, 1);
    QCOMPARE(m_f->line(u"A"_s, u"MUG"_s).returned, 1);
    QCOMPARE(m_f->line(u"B"_s, u"TEE"_s).allocated, 1);
    QCOMPARE(m_f->line(u"B"_s, u"MUG"_s).allocated, 1);

    // Not restocked: recorded as returned, no stock moves, nobody is served.
    BD_VERIFY_OK(m_f->place(u"C"_s, {{u"TEE"_s, 1}}));
    before = snapshot();
    BD_VERIFY_OK(stock.returnUnits(u"A"_s, {ReturnLine{u"TEE"_s, 2}}, u"broken in transit"_s, false));
    m_f->tick();
    QCOMPARE(m_f->line(u"A"_s, u"TEE"_s).returned, 3);
    QCOMPARE(m_f->item(u"TEE"_s).onHand, 1);
    QCOMPARE(m_f->line(u"C"_s, u"TEE"_s).waiting, 1);
    QCOMPARE(must(InsightService(m_f->shop()).history(u"A"_s, {})).last().details,
             u"2 x TEE: broken in transit; not restocked"_s);

    // Two lines of one item: by SKU the first line is meant (as the command line names
    // it); the window names the line itself.
    BD_VERIFY_OK(stock.adjust(u"MUG"_s, 3, u"count"_s));
    BD_VERIFY_OK(m_f->place(u"D"_s, {{u"MUG"_s, 1}, {u"MUG"_s, 2}}));
    BD_VERIFY_OK(ship(u"D"_s));
    const Order d = m_f->order(u"D"_s);
    QCOMPARE(stock.returnUnits(u"D"_s, {ReturnLine{u"MUG"_s, 2}}, u"x"_s, false).errorText(),
             u"order D: only 1 of MUG were shipped and not returned, so 2 cannot come back"_s);
    BD_VERIFY_OK(stock.returnUnits(u"D"_s, {ReturnLine{u"MUG"_s, 2, d.lines[1].id}}, u"x"_s, false));
    QCOMPARE(m_f->order(u"D"_s).lines[1].returned, 2);
    QCOMPARE(m_f->order(u"D"_s).lines[0].returned, 0);
}

void TestEngine::adjustments_data()
{
    QTest::addColumn<int>("delta");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("error"); // empty: accepted
    QTest::addColumn<int>("onHandAfter");

    // 5 on hand, 3 of them allocated.
    QTest::addRow("count down to what is allocated") << -2 << u"breakage"_s << QString() << 3;
    QTest::addRow("below allocated")
        << -3 << u"breakage"_s << u"TEE: the adjustment would leave 2 on hand, but 3 are allocated to orders"_s << 5;
    QTest::addRow("below zero")
        << -6 << u"breakage"_s << u"TEE: the adjustment would leave -1 on hand, but 3 are allocated to orders"_s << 5;
    QTest::addRow("no reason") << -1 << u" "_s << u"reason: an adjustment needs a reason"_s << 5;
    QTest::addRow("zero") << 0 << u"recount"_s << u"delta: an adjustment must change the stock (not 0)"_s << 5;
    QTest::addRow("count up") << 4 << u"found in the back room"_s << QString() << 9;
}

void TestEngine::adjustments()
{
    QFETCH(int, delta);
    QFETCH(QString, reason);
    QFETCH(QString, error);
    QFETCH(int, onHandAfter);

    BD_VERIFY_OK(m_f->addItem(u"TEE"_s, Policy::Backorder, 5));
    BD_VERIFY_OK(m_f->place(u"A"_s, {{u"TEE"_s, 3}}));
    const QByteArray before = snapshot();
    const Status s = StockService(m_f->shop()).adjust(u"TEE"_s, delta, reason);
    if (error.isEmpty()) {
        BD_VERIFY_OK(s);
        const Event e = must(InsightService(m_f->shop()).history({}, u"TEE"_s)).last();
        QCOMPARE(e.kind, u"adjusted"_s);
        QVERIFY2(e.details.endsWith(reason), qPrintable(e.details));
    } else {
        QCOMPARE(s.errorText(), error);
        QCOMPARE(snapshot(), before);
    }
    const Item tee = m_f->item(u"TEE"_s);
    QCOMPARE(tee.onHand, onHandAfter);
    QCOMPARE(tee.allocated, 3);
}

void TestEngine::adjustmentUpServesQueue()
{
    BD_VERIFY_OK(m_f->addItem(u"TEE"_s, Policy::Backorder, 0));
    BD_VERIFY_OK(m_f->place(u"A"_s, {{u"TEE"_s, 2}}));
    BD_VERIFY_OK(StockService(m_f->shop()).adjust(u"TEE"_s, 3, u"found in the back room"_s));
    m_f->tick();
    QCOMPARE(m_f->line(u"A"_s, u"TEE"_s).allocated, 2);
    const Item tee = m_f->item(u"TEE"_s);
    QCOMPARE(tee.onHand, 3);
    QCOMPARE(tee.waiting, 0);
    QCOMPARE(tee.available(), 1);
}

// ------------------------------------------------------------------ 8. promised dates

// A date that slips for more waiting orders than one statement writes is recorded once
// for each, in the queue's order, with the new date.
void TestEngine::manyDatesSlipTogether()
{
    BD_VERIFY_OK(m_f->addItem(u"TEE"_s, Policy::Backorder, 0, {}, QDate(2026, 12, 20)));
    constexpr int count = 300;
    QStringList queued;
    for (int i = 0; i < count; ++i) {
        queued << u"S%1"_s.arg(i, 3, 10, QLatin1Char('0'));
        BD_VERIFY_OK(m_f->place(queued.last(), {{u"TEE"_s, 1}}));
        m_f->tick();
    }
    QCOMPARE(m_f->line(u"S299"_s, u"TEE"_s).promisedDate, QDate(2026, 12, 20));
    BD_VERIFY_OK(StockService(m_f->shop()).setExpectedDate(u"TEE"_s, QDate(2027, 1, 15)));
    QStringList slipped;
    for (const Event& e : must(InsightService(m_f->shop()).history({}, u"TEE"_s))) {
        if (e.kind == u"date slipped"_s) {
            slipped << e.orderNumber;
            QVERIFY2(e.details.contains(u"2027-01-15"_s), qPrintable(e.details));
        }
    }
    QCOMPARE(slipped, queued);
    for (const QString& number : {u"S000"_s, u"S255"_s, u"S256"_s, u"S299"_s}) {
        const OrderLine line = m_f->line(number, u"TEE"_s);
        QCOMPARE(line.promisedDate, QDate(2027, 1, 15));
        QCOMPARE(line.toldDate, QDate(2027, 1, 15));
    }
}

// Imported lines are written with the date their place in the queue gives them
// (OrderPlacer), behind the waiting orders or among them; one placed in the same second
// as a waiting order gets its date from the refresh. Either way each line is promised
// what its place gives it and its customer is told that date; only the waiting order
// the import put lines ahead of has its date slip.
void TestEngine::importedLinesArePromisedAsWritten()
{
    BD_VERIFY_OK(m_f->addItem(u"TEE"_s, Policy::Backorder, 0, {}, QDate(2027, 3, 1)));
    BD_VERIFY_OK(m_f->addPurchaseOrder(u"PO-1"_s, u"TEE"_s, 5, QDate(2026, 12, 5)));
    BD_VERIFY_OK(m_f->addPurchaseOrder(u"PO-2"_s, u"TEE"_s, 5, QDate(2027, 1, 10)));
    const QDateTime t0 = utc(2026, 11, 10, 9, 0);
    m_f->clock().set(t0);
    BD_VERIFY_OK(m_f->place(u"A"_s, {{u"TEE"_s, 3}}));
    m_f->clock().set(t0.addSecs(600));
    BD_VERIFY_OK(m_f->place(u"B"_s, {{u"TEE"_s, 2}}));
    m_f->clock().set(t0.addSecs(690));
    BD_VERIFY_OK(m_f->place(u"Z"_s, {{u"TEE"_s, 1}}));
    QCOMPARE(m_f->promised(u"TEE"_s), (QStringList{u"2026-12-05"_s, u"2026-12-05"_s, u"2027-01-10"_s}));

    // I0 lands between A and B, I4 in B's second (behind it: a longer number), I1
    // between B and Z; I2 and I3 behind everything.
    auto at = [&](int seconds) { return bd::core::toIso(t0.addSecs(seconds)); };
    const QString file = writeFile(u"orders.csv"_s,
                                   u"order_number,placed_at,customer_email,sku,qty\n"_s
                                       + u"I0,%1,i0@example.com,TEE,1\n"_s.arg(at(30))
                                       + u"I4,%1,i4@example.com,TEE,1\n"_s.arg(at(600))
                                       + u"I1,%1,i1@example.com,TEE,2\n"_s.arg(at(660))
                                       + u"I2,%1,i2@example.com,TEE,3\n"_s.arg(at(720))
                                       + u"I3,%1,i3@example.com,TEE,1\n"_s.arg(at(750)));
    m_f->clock().set(t0.addSecs(3600));
    BD_VERIFY_OK(csv::Importer(m_f->shop()).import(csv::Importer::Kind::Orders, file, false));

    // Queue A 3, I0 1, B 2, I4 1, I1 2, Z 1, I2 3, I3 1: up to 5 units on 5 Dec, up to
    // 10 on 10 Jan, then the expected date. (I4 promised as if B were not ahead of it
    // would be told 5 Dec.)
    QCOMPARE(m_f->queue(u"TEE"_s), (QStringList{u"A:3"_s, u"I0:1"_s, u"B:2"_s, u"I4:1"_s, u"I1:2"_s, u"Z:1"_s,
                                               u"I2:3"_s, u"I3:1"_s}));
    QCOMPARE(m_f->promised(u"TEE"_s), (QStringList{u"2026-12-05"_s, u"2026-12-05"_s, u"2027-01-10"_s, u"2027-01-10"_s,
                                                  u"2027-01-10"_s, u"2027-01-10"_s, u"2027-03-01"_s, u"2027-03-01"_s}));
    for (const QString& number : {u"A"_s, u"I0"_s, u"B"_s, u"I4"_s, u"I1"_s, u"Z"_s, u"I2"_s, u"I3"_s}) {
        const OrderLine line = m_f->line(number, u"TEE"_s);
        QVERIFY2(line.toldDate == line.promisedDate, qPrintable(number));
    }
    QStringList slips;
    for (const Event& e : must(InsightService(m_f->shop()).history({}, u"TEE"_s))) {
        if (e.kind == u"date slipped"_s)
            slips << e.orderNumber + u": "_s + e.details;
    }
    QCOMPARE(slips, QStringList{u"B: promised 2026-12-05, now 2027-01-10"_s});
}

void TestEngine::promisedDatesFollowIncomingStock()
{
    BD_VERIFY_OK(m_f->addItem(u"TEE"_s, Policy::Backorder, 0));
    BD_VERIFY_OK(m_f->place(u"A"_s, {{u"TEE"_s, 3}}));
    BD_VERIFY_OK(m_f->place(u"B"_s, {{u"TEE"_s, 4}}));
    BD_VERIFY_OK(m_f->place(u"C"_s, {{u"TEE"_s, 5}}));
    QCOMPARE(m_f->promised(u"TEE"_s), (QStringList{QString(), QString(), QString()}));

    // The issue's example.
    BD_VERIFY_OK(m_f->addPurchaseOrder(u"PO-1"_s, u"TEE"_s, 5, QDate(2026, 12, 5)));
    BD_VERIFY_OK(m_f->addPurchaseOrder(u"PO-2"_s, u"TEE"_s, 10, QDate(2027, 1, 10)));
    QCOMPARE(m_f->promised(u"TEE"_s), (QStringList{u"2026-12-05"_s, u"2027-01-10"_s, u"2027-01-10"_s}));
    QCOMPARE(m_f->line(u"A"_s, u"TEE"_s).toldDate, QDate(2026, 12, 5));

    // Beyond everything incoming: the expected date set by hand, or unknown.
    BD_VERIFY_OK(m_f->place(u"D"_s, {{u"TEE"_s, 4}}));
    QCOMPARE(m_f->promised(u"TEE"_s).last(), QString());
    StockService stock(m_f->shop());
    BD_VERIFY_OK(stock.setExpectedDate(u"TEE"_s, QDate(2027, 2, 1)));
    m_f->tick();
    QCOMPARE(m_f->promised(u"TEE"_s).last(), u"2027-02-01"_s);

    auto slips = [&](const QString& order) {
        QStringList details;
        for (const Event& e : must(InsightService(m_f->shop()).history(order, {}))) {
            if (e.kind == u"date slipped"_s)
                details << e.details;
        }
        return details;
    };
    QVERIFY(slips(u"A"_s).isEmpty());

    // PO-1 is late: A's date slips and is recorded; the others keep theirs.
    BD_VERIFY_OK(m_f->addPurchaseOrder(u"PO-1"_s, u"TEE"_s, 5, QDate(2026, 12, 20)));
    QCOMPARE(m_f->promised(u"TEE"_s),
             (QStringList{u"2026-12-20"_s, u"2027-01-10"_s, u"2027-01-10"_s, u"2027-02-01"_s}));
    QCOMPARE(slips(u"A"_s), QStringList{u"promised 2026-12-05, now 2026-12-20; cause: supplier"_s});
    QCOMPARE(m_f->line(u"A"_s, u"TEE"_s).toldDate, QDate(2026, 12, 20));
    QVERIFY(slips(u"B"_s).isEmpty());

    // Earlier is no slip; the customer keeps the date they were told.
    BD_VERIFY_OK(stock.setExpectedDate(u"TEE"_s, QDate(2027, 1, 25)));
    m_f->tick();
    QCOMPARE(m_f->promised(u"TEE"_s).last(), u"2027-01-25"_s);
    QVERIFY(slips(u"D"_s).isEmpty());
    QCOMPARE(m_f->line(u"D"_s, u"TEE"_s).toldDate, QDate(2027, 2, 1));
    // Back to a date no later than what D was told: still no slip.
    BD_VERIFY_OK(stock.setExpectedDate(u"TEE"_s, QDate(2027, 2, 1)));
    m_f->tick();
    QVERIFY(slips(u"D"_s).isEmpty());
    // A date becoming unknown is a slip too.
    BD_VERIFY_OK(stock.setExpectedDate(u"TEE"_s, QDate()));
    m_f->tick();
    QCOMPARE(m_f->promised(u"TEE"_s).last(), QString());
    QCOMPARE(slips(u"D"_s), QStringList{u"promised 2027-02-01, now unknown"_s});
    BD_VERIFY_OK(stock.setExpectedDate(u"TEE"_s, QDate(2027, 2, 1)));
    m_f->tick();

    // Receiving PO-1 serves A and part of B; the rest is worked out against PO-2.
    const auto rows = m_f->receive(u"TEE"_s, 5, false, u"PO-1"_s);
    BD_VERIFY_OK(rows);
    QCOMPARE(crossDock(rows.value()), (QStringList{u"A:3:ship"_s, u"B:2:ship"_s}));
    QCOMPARE(m_f->queue(u"TEE"_s), (QStringList{u"B:2"_s, u"C:5"_s, u"D:4"_s}));
    QCOMPARE(m_f->promised(u"TEE"_s), (QStringList{u"2027-01-10"_s, u"2027-01-10"_s, u"2027-02-01"_s}));
    QVERIFY(!m_f->line(u"A"_s, u"TEE"_s).promisedDate.isValid());

    // PO-2 slips: B and C are told, D (beyond it) is not.
    BD_VERIFY_OK(m_f->addPurchaseOrder(u"PO-2"_s, u"TEE"_s, 10, QDate(2027, 1, 20)));
    QCOMPARE(m_f->promised(u"TEE"_s), (QStringList{u"2027-01-20"_s, u"2027-01-20"_s, u"2027-02-01"_s}));
    QCOMPARE(slips(u"B"_s), QStringList{u"promised 2027-01-10, now 2027-01-20; cause: supplier"_s});
    QCOMPARE(slips(u"C"_s), QStringList{u"promised 2027-01-10, now 2027-01-20; cause: supplier"_s});
    QCOMPARE(slips(u"D"_s).size(), 1);

    // A cancellation ahead of D moves D's date earlier: no slip, D keeps what it was told.
    BD_VERIFY_OK(OrderService(m_f->shop()).cancel(u"C"_s, QString(), u"found it elsewhere"_s));
    m_f->tick();
    QCOMPARE(m_f->queue(u"TEE"_s), (QStringList{u"B:2"_s, u"D:4"_s}));
    QCOMPARE(m_f->promised(u"TEE"_s), (QStringList{u"2027-01-20"_s, u"2027-01-20"_s}));
    QCOMPARE(m_f->line(u"D"_s, u"TEE"_s).toldDate, QDate(2027, 2, 1));
    QCOMPARE(slips(u"D"_s).size(), 1);
    const QStringList itemKinds = eventKinds(must(InsightService(m_f->shop()).history({}, u"TEE"_s)));
    QCOMPARE(itemKinds.count(u"date slipped"_s), 4);
    QCOMPARE(itemKinds.count(u"purchase order"_s), 4);
    QCOMPARE(itemKinds.count(u"expected date"_s), 5);
}

// ------------------------------------------------------------------ 9. payment risk

void TestEngine::paymentRisk()
{
    BD_VERIFY_OK(m_f->addItem(u"TEE"_s, Policy::Backorder, 0));
    BD_VERIFY_OK(m_f->addItem(u"MUG"_s, Policy::Backorder, 5));
    BD_VERIFY_OK(m_f->addItem(u"NOD"_s, Policy::Backorder, 0)); // nothing incoming: date unknown
    BD_VERIFY_OK(m_f->addPurchaseOrder(u"PO-1"_s, u"TEE"_s, 10, QDate(2026, 12, 5)));

    using PS = PaymentState;
    BD_VERIFY_OK(m_f->place(u"R1"_s, {{u"TEE"_s, 1}}, PS::Verified, {}, u"2026-11"_s)); // card ends 30 Nov
    BD_VERIFY_OK(m_f->place(u"R2"_s, {{u"TEE"_s, 1}}, PS::Authorized));               // hold ends 9 Nov
    BD_VERIFY_OK(m_f->place(u"R3"_s, {{u"TEE"_s, 1}}, PS::Captured, {}, u"2027-06"_s));
    BD_VERIFY_OK(m_f->place(u"R4"_s, {{u"NOD"_s, 1}}, PS::Verified, {}, u"2026-11"_s));
    BD_VERIFY_OK(m_f->place(u"R5"_s, {{u"MUG"_s, 1}}, PS::Authorized));
    BD_VERIFY_OK(m_f->place(u"R6"_s, {{u"MUG"_s, 1}}, PS::Captured));
    BD_VERIFY_OK(m_f->place(u"R7"_s, {{u"TEE"_s, 1}, {u"MUG"_s, 1}}, PS::None, {}, u"2027-01"_s));
    BD_VERIFY_OK(m_f->place(u"R8"_s, {{u"TEE"_s, 1}}, PS::Verified, {}, u"2026-12"_s)); // ends after 5 Dec
    // Both lapse; its card's month written as on the card, kept as the shop keeps months.
    BD_VERIFY_OK(m_f->place(u"R9"_s, {{u"TEE"_s, 1}}, PS::Authorized, {}, u"11/26"_s));
    QCOMPARE(m_f->order(u"R9"_s).cardExpiry, u"2026-11"_s);
    BD_VERIFY_OK(m_f->place(u"R10"_s, {{u"TEE"_s, 1}}, PS::Captured, {}, u"2026-11"_s)); // paid already

    auto rows = [&] {
        QStringList out;
        for (const RiskRow& r : must(InsightService(m_f->shop()).paymentRisk()))
            out << u"%1 %2 %3 %4 %5"_s.arg(r.list, r.orderNumber, core::toIso(r.lapseDate), core::toIso(r.promisedDate),
                                            r.reason);
        return out;
    };
    const QString card = u"card expires before the promised date"_s;
    const QString hold = u"authorization lapses before the promised date"_s;
    const QString capture = u"allocated, payment not captured"_s;
    // Soonest lapse first; then the orders to capture, oldest first.
    QCOMPARE(rows(), (QStringList{
                         u"lapses R2 2026-11-09 2026-12-05 "_s + hold,
                         u"lapses R9 2026-11-09 2026-12-05 "_s + hold,
                         u"lapses R1 2026-11-30 2026-12-05 "_s + card,
                         u"lapses R9 2026-11-30 2026-12-05 "_s + card,
                         u"capture R5   "_s + capture,
                         u"capture R7   "_s + capture,
                     }));

    // A longer hold keeps the authorizations alive past the promised date.
    BD_VERIFY_OK(m_f->shop().config().set(store::settings::AuthHoldDays, u"40"_s));
    // R1 brings a new card; a card number is never taken.
    OrderService orders(m_f->shop());
    PaymentUpdate newCard;
    newCard.state = PS::Verified;
    newCard.cardLast4 = u"4242"_s;
    newCard.cardExpiry = u"03/27"_s; // as printed on the card; kept as the month it is
    BD_VERIFY_OK(orders.setPayment(u"R1"_s, newCard));
    QCOMPARE(m_f->order(u"R1"_s).cardLast4, u"4242"_s);
    QCOMPARE(m_f->order(u"R1"_s).cardExpiry, u"2027-03"_s);
    QCOMPARE(rows(), (QStringList{u"lapses R9 2026-11-30 2026-12-05 "_s + card, u"capture R5   "_s + capture,
                                  u"capture R7   "_s + capture}));

    const QByteArray before = snapshot();
    PaymentUpdate bad;
    bad.state = PS::Verified;
    bad.cardLast4 = u"4111111111111111"_s;
    QCOMPARE(orders.setPayment(u"R1"_s, bad).errorText(),
             u"card-last4: only the last four digits of a card are kept, never the card number"_s);
    bad.cardLast4.reset();
    bad.cardExpiry = u"2027-13"_s;
    QCOMPARE(orders.setPayment(u"R1"_s, bad).errorText(), u"card-expiry: '2027-13' is not a card expiry month (YYYY-MM or MM/YY)"_s);
    QCOMPARE(snapshot(), before);

    // The purchase order slips into April: the dates move, and so do the lists.
    BD_VERIFY_OK(m_f->addPurchaseOrder(u"PO-1"_s, u"TEE"_s, 10, QDate(2027, 4, 2)));
    QCOMPARE(rows(), (QStringList{
                         u"lapses R9 2026-11-30 2027-04-02 "_s + card,
                         u"lapses R2 2026-12-12 2027-04-02 "_s + hold,
                         u"lapses R9 2026-12-12 2027-04-02 "_s + hold,
                         u"lapses R8 2026-12-31 2027-04-02 "_s + card,
                         u"lapses R7 2027-01-31 2027-04-02 "_s + card,
                         u"lapses R1 2027-03-31 2027-04-02 "_s + card,
                         u"capture R5   "_s + capture,
                         u"capture R7   "_s + capture,
                     }));

    // Weeks later, a lapse whose day is past is said as past: the customer asked to update
    // a payment is not told that it is still to come.
    m_f->clock().set(utc(2026, 12, 15, 9, 0));
    QCOMPARE(rows(), (QStringList{
                         u"lapses R4 2026-11-30  card has expired; the date is not known yet"_s, // and no date
                         u"lapses R9 2026-11-30 2027-04-02 card has expired"_s,
                         u"lapses R2 2026-12-12 2027-04-02 authorization has lapsed"_s,
                         u"lapses R9 2026-12-12 2027-04-02 authorization has lapsed"_s,
                         u"lapses R8 2026-12-31 2027-04-02 "_s + card,
                         u"lapses R7 2027-01-31 2027-04-02 "_s + card,
                         u"lapses R1 2027-03-31 2027-04-02 "_s + card,
                         u"capture R5   "_s + capture,
                         u"capture R7   "_s + capture,
                     }));

    // The queue's risk column says one lapse: of a card and an authorization that both
    // lapse, the one that lapses first, past or to come; a lapse on its last day is to come.
    const QDateTime authorized = utc(2026, 12, 5, 9, 0); // a 7-day hold: its last day 12 Dec
    const QDate promise(2027, 4, 2);
    auto reason = [&](const QString& expiry, const QDate& today) {
        return paymentRiskReason(PS::Authorized, expiry, authorized, promise, today, 7);
    };
    QCOMPARE(reason(u"2027-01"_s, QDate(2026, 12, 15)), u"authorization has lapsed"_s);
    QCOMPARE(reason(u"2027-01"_s, QDate(2026, 12, 12)), hold);
    QCOMPARE(reason(u"2026-12"_s, QDate(2026, 12, 15)), u"authorization has lapsed"_s);
    QCOMPARE(reason(u"2026-11"_s, QDate(2026, 12, 10)), u"card has expired"_s);
    QCOMPARE(reason(u"2026-11"_s, QDate(2026, 11, 30)), card);
    QCOMPARE(paymentRiskReason(PS::Authorized, u"2027-06"_s, authorized, QDate(), QDate(2026, 12, 15), 7),
             u"authorization has lapsed; the date is not known yet"_s);
}

// ------------------------------------------------------------------ 10. coupons

void TestEngine::couponCodesUniqueAndReadable()
{
    BD_VERIFY_OK(m_f->addItem(u"TEE"_s, Policy::Backorder, 0));
    BD_VERIFY_OK(m_f->place(u"A"_s, {{u"TEE"_s, 1}}, PaymentState::Captured, u"ada@example.com"_s));

    // Readable aloud: no 0/O or 1/I/L to mix up.
    static const QRegularExpression shape(u"^BD-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$"_s);
    InsightService insight(m_f->shop());
    QSet<QString> codes;
    for (int i = 0; i < 200; ++i) {
        CouponRequest request;
        request.customerEmail = u"ada@example.com"_s;
        request.percent = 10;
        request.reason = u"sorry for the wait"_s;
        const auto code = insight.issueCoupon(request);
        BD_VERIFY_OK(code);
        QVERIFY2(shape.match(code.value()).hasMatch(), qPrintable(code.value()));
        codes.insert(code.value());
    }
    QCOMPARE(codes.size(), 200);
    for (int i = 0; i < 2000; ++i) {
        const QString code = domain::newCouponCode();
        QVERIFY2(shape.match(code).hasMatch(), qPrintable(code));
    }

    CouponRequest amount;
    amount.customerEmail = u"ada@example.com"_s;
    amount.amountMinor = 500;
    amount.reason = u"late again"_s;
    const auto amountCode = insight.issueCoupon(amount);
    BD_VERIFY_OK(amountCode);

    const int issued = int(must(m_f->shop().customers().coupons()).size());
    QCOMPARE(issued, 201);
    auto refused = [&](CouponRequest r) { return insight.issueCoupon(r).errorText(); };
    CouponRequest both = amount;
    both.percent = 5;
    QCOMPARE(refused(both), u"a coupon is either a percentage or an amount"_s);
    CouponRequest neither = amount;
    neither.amountMinor.reset();
    QCOMPARE(refused(neither), u"a coupon is either a percentage or an amount"_s);
    CouponRequest stranger = amount;
    stranger.customerEmail = u"who@example.com"_s;
    QCOMPARE(refused(stranger), u"unknown customer 'who@example.com'"_s);
    CouponRequest tooMuch = neither;
    tooMuch.percent = 101;
    QCOMPARE(refused(tooMuch), u"percent: a percentage from 1 to 100"_s);
    tooMuch.percent = 0;
    QCOMPARE(refused(tooMuch), u"percent: a percentage from 1 to 100"_s);
    CouponRequest nothing = amount;
    nothing.amountMinor = 0;
    QCOMPARE(refused(nothing), u"amount: an amount above 0"_s);
    CouponRequest noReason = amount;
    noReason.reason = u" "_s;
    QCOMPARE(refused(noReason), u"reason: a coupon needs a reason"_s);
    QCOMPARE(int(must(m_f->shop().customers().coupons()).size()), issued);

    const QString exported = QString::fromUtf8(must(csv::Exporter(m_f->shop()).exportCsv(csv::Exporter::Kind::Coupons)));
    QVERIFY(exported.startsWith(u"code,customer_email,percent,amount,currency,reason,created_at\n"_s));
    QVERIFY2(exported.contains(amountCode.value() + u",ada@example.com,,5.00,EUR,late again,"_s), qPrintable(exported));
    QCOMPARE(exported.count(u'\n'), 202);
}

// ------------------------------------------------------------------ 11. history

void TestEngine::historyPerOrderAndItem()
{
    BD_VERIFY_OK(m_f->addItem(u"TEE"_s, Policy::Backorder, 1));
    const QDateTime placedAt = m_f->clock().now().addSecs(60);
    m_f->tick();
    BD_VERIFY_OK(m_f->place(u"A"_s, {{u"TEE"_s, 2}}));
    BD_VERIFY_OK(OrderService(m_f->shop()).setPriority(u"A"_s, true, u"VIP"_s));
    m_f->tick();
    BD_VERIFY_OK(m_f->receive(u"TEE"_s, 1));
    BD_VERIFY_OK(ship(u"A"_s));

    InsightService insight(m_f->shop());
    const QList<Event> order = must(insight.history(u"A"_s, {}));
    QCOMPARE(eventKinds(order),
             (QStringList{u"backordered"_s, u"placed"_s, u"priority set"_s, u"allocated"_s, u"ready"_s, u"shipped"_s}));
    for (const Event& e : order)
        QCOMPARE(e.orderNumber, u"A"_s);
    QCOMPARE(order[0].at, placedAt);
    QCOMPARE(order[0].details, u"1 of 2 x TEE wait"_s);
    QCOMPARE(order[2].details, u"VIP"_s);
    QCOMPARE(order[3].details, u"1 x TEE from receipt"_s);
    QVERIFY(order[2].at < order[3].at);
    QVERIFY(order[3].at < order[5].at);

    const QList<Event> item = must(insight.history({}, u"TEE"_s));
    QCOMPARE(eventKinds(item), (QStringList{u"item created"_s, u"backordered"_s, u"allocated"_s, u"received"_s}));
    for (const Event& e : item)
        QCOMPARE(e.sku, u"TEE"_s);

    const Result<QList<Event>> unknownOrder = insight.history(u"NOPE"_s, {});
    QVERIFY(!unknownOrder);
    QCOMPARE(unknownOrder.errorText(), u"unknown order 'NOPE'"_s);
    const Result<QList<Event>> unknownItem = insight.history({}, u"NOPE"_s);
    QVERIFY(!unknownItem);
    QCOMPARE(unknownItem.errorText(), u"unknown SKU 'NOPE'"_s);
}

// ------------------------------------------------------------------ 12. ledger and check

void TestEngine::checkFailsWhenItCannotRead_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("named");
    for (const auto& [table, named] : {std::pair{"items", "the items and the stock ledger"},
                                       std::pair{"stock_movements", "the items and the stock ledger"},
                                       std::pair{"order_lines", "the items and the stock ledger"},
                                       std::pair{"shipment_lines", "the order lines and the shipments"},
                                       std::pair{"allocations", "the order lines and the allocations"},
                                       std::pair{"orders", "the orders and the sums of their lines"}})
        QTest::addRow("%s", table) << QString::fromLatin1(table) << QString::fromLatin1(named);
}

// A check that cannot read a table fails and says what it could not read; it never
// reports the shop as sound (it once said OK with the allocations renamed away).
void TestEngine::checkFailsWhenItCannotRead()
{
    QFETCH(QString, table);
    QFETCH(QString, named);
    BD_VERIFY_OK(m_f->addItem(u"TEE"_s, Policy::Backorder, 5));
    BD_VERIFY_OK(m_f->place(u"A"_s, {{u"TEE"_s, 2}}));
    InsightService insight(m_f->shop());
    QVERIFY(insight.check().ok());
    QSqlQuery q(m_f->shop().db().connection());
    QVERIFY(q.exec(u"ALTER TABLE %1 RENAME TO %1_gone"_s.arg(table)));
    const bd::core::Result<CheckReport> report = insight.check();
    QVERIFY(!report.ok());
    QVERIFY2(report.errorText().startsWith(u"The check could not read "_s + named + u": "_s),
             qPrintable(report.errorText()));
    QVERIFY2(report.errorText().contains(table), qPrintable(report.errorText()));
    QVERIFY(q.exec(u"ALTER TABLE %1_gone RENAME TO %1"_s.arg(table)));
    QVERIFY(insight.check().ok());
}

void TestEngine::checkFindsWhatDoesNotAddUp()
{
    BD_VERIFY_OK(m_f->addItem(u"TEE"_s, Policy::Backorder, 5));
    BD_VERIFY_OK(m_f->place(u"A"_s, {{u"TEE"_s, 2}}));
    InsightService insight(m_f->shop());
    bd::core::Result<CheckReport> checked = insight.check();
    QVERIFY2(checked.ok(), qPrintable(checked.errorText()));
    CheckReport report = checked.value();
    QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
    QCOMPARE(report.items, 1);

    // Tamper with the cached counters behind the engine's back (within what the
    // schema's own checks let through).
    QSqlQuery q(m_f->shop().db().connection());
    QVERIFY(q.exec(u"UPDATE items SET on_hand = on_hand + 1, allocated = allocated + 2, waiting = waiting + 1 "
                   "WHERE sku = 'TEE'"_s));
    report = insight.check().value();
    QCOMPARE(report.problems, (QStringList{u"TEE: on hand 6, but the ledger sums to 5"_s,
                                           u"TEE: allocated 4, but order lines hold 2"_s,
                                           u"TEE: waiting 1, but order lines wait for 0"_s}));
    QVERIFY(q.exec(u"UPDATE items SET on_hand = on_hand - 1, allocated = allocated - 2, waiting = waiting - 1 "
                   "WHERE sku = 'TEE'"_s));
    QVERIFY(insight.check().value().ok());

    // An allocation beyond what the line ordered.
    QVERIFY(q.exec(u"INSERT INTO allocations (order_line_id, item_id, qty, source, created_at) "
                   "SELECT id, item_id, 5, 'adjustment', placed_at FROM order_lines"_s));
    QCOMPARE(insight.check().value().problems, QStringList{u"order A line 1: 2 ordered, but allocations list 7"_s});
    QVERIFY(q.exec(u"DELETE FROM allocations WHERE qty = 5"_s));
    QVERIFY(insight.check().value().ok());

    // The sums an order keeps of its lines.
    QVERIFY(q.exec(u"UPDATE orders SET units_waiting = units_waiting + 1 WHERE order_number = 'A'"_s));
    QCOMPARE(insight.check().value().problems, QStringList{u"order A: the sums it keeps differ from its lines"_s});
    QVERIFY(q.exec(u"UPDATE orders SET units_waiting = units_waiting - 1 WHERE order_number = 'A'"_s));
    QVERIFY(insight.check().value().ok());

    // The customer a line keeps of its order.
    QVERIFY(q.exec(u"UPDATE order_lines SET customer_id = NULL"_s));
    QCOMPARE(insight.check().value().problems,
             QStringList{u"order A line 1: queue key or customer differs from its order"_s});
    QVERIFY(q.exec(u"UPDATE order_lines SET customer_id = (SELECT o.customer_id FROM orders o WHERE o.id = order_id)"_s));
    QVERIFY(insight.check().value().ok());

    // The sums a customer keeps of its orders.
    QVERIFY(q.exec(u"UPDATE customers SET waiting_lines = waiting_lines + 1"_s));
    QCOMPARE(insight.check().value().problems, QStringList{u"customer a@example.com: the sums it keeps differ from its orders"_s});
    QVERIFY(q.exec(u"UPDATE customers SET waiting_lines = waiting_lines - 1"_s));
    QVERIFY(insight.check().value().ok());
}

// A customer keeps the sums of its orders (the customers list sorts and filters by them):
// placing, receiving and plain SQL that moves an order to another customer keep them.
void TestEngine::customerSumsFollowTheirOrders()
{
    BD_VERIFY_OK(m_f->addItem(u"TEE"_s, Policy::Backorder, 0));
    BD_VERIFY_OK(m_f->addItem(u"MUG"_s, Policy::Backorder, 0));
    store::CustomerStore& customers = m_f->shop().customers();
    // orders, waiting lines, last order
    auto sums = [&](const QString& email) {
        const std::optional<store::CustomerRow> row = customers.customerRow(email).value();
        return row ? u"%1 %2 %3"_s.arg(row->orders).arg(row->waitingLines).arg(bd::core::toIso(row->lastOrder))
                   : u"<none>"_s;
    };
    const QString first = bd::core::toIso(m_f->clock().now());
    BD_VERIFY_OK(m_f->place(u"A"_s, {{u"TEE"_s, 1}, {u"MUG"_s, 1}}, PaymentState::Captured, u"ann@example.com"_s));
    const QString second = bd::core::toIso(m_f->clock().now());
    BD_VERIFY_OK(m_f->place(u"B"_s, {{u"TEE"_s, 2}}, PaymentState::Captured, u"ann@example.com"_s));
    BD_VERIFY_OK(m_f->place(u"C"_s, {{u"MUG"_s, 1}}, PaymentState::Captured, u"bo@example.com"_s));
    QCOMPARE(sums(u"ann@example.com"_s), u"2 3 "_s + second);
    // The first TEE serves order A's line: one line of Ann's stops waiting.
    BD_VERIFY_OK(m_f->receive(u"TEE"_s, 1));
    QCOMPARE(sums(u"ann@example.com"_s), u"2 2 "_s + second);
    BD_VERIFY_OK(m_f->receive(u"TEE"_s, 2));
    QCOMPARE(sums(u"ann@example.com"_s), u"2 1 "_s + second);

    // Order B moves to Bo behind the services' back (rolled back: it leaves the events behind).
    QSqlQuery q(m_f->shop().db().connection());
    QVERIFY(q.exec(u"BEGIN"_s));
    QVERIFY(q.exec(u"UPDATE orders SET customer_id = (SELECT id FROM customers WHERE email = 'bo@example.com') "
                   "WHERE order_number = 'B'"_s));
    QCOMPARE(sums(u"ann@example.com"_s), u"1 1 "_s + first);
    QVERIFY(sums(u"bo@example.com"_s).startsWith(u"2 1 "_s));
    QVERIFY(q.exec(u"ROLLBACK"_s));
    QCOMPARE(sums(u"ann@example.com"_s), u"2 1 "_s + second);

    // One statement that moves an order in time and changes its waiting lines: the sums
    // are read again once, not read again and then moved as well.
    QVERIFY(q.exec(u"BEGIN"_s));
    QVERIFY(q.exec(u"UPDATE orders SET placed_at = '2030-01-01T00:00:00Z', lines_waiting = lines_waiting + 1 "
                   "WHERE order_number = 'A'"_s));
    QCOMPARE(sums(u"ann@example.com"_s), u"2 2 2030-01-01T00:00:00Z"_s);
    QVERIFY(q.exec(u"ROLLBACK"_s));
}

// A line keeps its order's customer (the items list counts waiting customers by it),
// also when the order changes hands behind the services' back.
void TestEngine::linesFollowTheirOrdersCustomer()
{
    BD_VERIFY_OK(m_f->addItem(u"TEE"_s, Policy::Backorder, 0));
    BD_VERIFY_OK(m_f->addItem(u"MUG"_s, Policy::Backorder, 0));
    BD_VERIFY_OK(m_f->place(u"A"_s, {{u"TEE"_s, 1}, {u"MUG"_s, 1}})); // a@example.com
    BD_VERIFY_OK(m_f->place(u"B"_s, {{u"TEE"_s, 1}}));                 // b@example.com
    QSqlQuery q(m_f->shop().db().connection());
    auto customersOfLines = [&](const QString& number) {
        QStringList emails;
        q.prepare(u"SELECT c.email FROM order_lines l JOIN customers c ON c.id = l.customer_id "
                  "WHERE l.order_number = ? ORDER BY l.line_no"_s);
        q.addBindValue(number);
        if (q.exec()) {
            while (q.next())
                emails << q.value(0).toString();
        }
        return emails;
    };
    QCOMPARE(customersOfLines(u"A"_s), (QStringList{u"a@example.com"_s, u"a@example.com"_s}));
    QCOMPARE(customersOfLines(u"B"_s), QStringList{u"b@example.com"_s});
    QVERIFY(q.exec(u"UPDATE orders SET customer_id = (SELECT id FROM customers WHERE email = 'b@example.com') "
                   "WHERE order_number = 'A'"_s));
    QCOMPARE(customersOfLines(u"A"_s), (QStringList{u"b@example.com"_s, u"b@example.com"_s}));
    QCOMPARE(customersOfLines(u"B"_s), QStringList{u"b@example.com"_s});
}

// The sums an order keeps (what the orders list sorts and filters by) follow its lines
// whichever code changes them: here plain SQL behind the services' back.
void TestEngine::orderSumsFollowEveryChangeToALine()
{
    BD_VERIFY_OK(m_f->addItem(u"TEE"_s, Policy::Backorder, 1));
    BD_VERIFY_OK(m_f->addItem(u"MUG"_s, Policy::Backorder, 0));
    BD_VERIFY_OK(m_f->place(u"A"_s, {{u"TEE"_s, 3}, {u"MUG"_s, 2}}));
    store::OrderStore& orders = m_f->shop().orders();
    auto row = [&] { return orders.orderRow(u"A"_s).value().value(); };
    // lines, open, waiting, allocated, shipped, total, latest promise
    auto sums = [&] {
        const store::OrderRow r = row();
        return u"%1 %2 %3 %4 %5 %6 %7"_s.arg(r.lines).arg(r.open).arg(r.waiting).arg(r.allocated).arg(r.shipped)
            .arg(r.totalMinor).arg(r.promiseUnknown ? u"unknown"_s : bd::core::toIso(r.promised));
    };
    auto state = [&] { return store::toString(row().state()); };
    const qint64 tee = 1000; // the fixture's price of both items
    QCOMPARE(sums(), u"2 5 4 1 0 5000 unknown"_s);
    QCOMPARE(state(), store::toString(store::OrderState::PartlyAllocated));

    // The changes are rolled back at the end: they leave the stock ledger behind.
    QSqlQuery q(m_f->shop().db().connection());
    QVERIFY(q.exec(u"BEGIN"_s));
    QVERIFY(q.exec(u"UPDATE order_lines SET promised_date = '2026-12-01' WHERE order_number = 'A'"_s));
    QCOMPARE(sums(), u"2 5 4 1 0 5000 2026-12-01"_s);
    QVERIFY(q.exec(u"UPDATE order_lines SET promised_date = '2026-12-09' WHERE order_number = 'A' AND line_no = 2"_s));
    QVERIFY(sums().endsWith(u" 2026-12-09"_s));
    // A cancelled unit leaves the total and the units open.
    QVERIFY(q.exec(u"UPDATE order_lines SET qty_waiting = qty_waiting - 2, qty_cancelled = 2 "
                   "WHERE order_number = 'A' AND line_no = 2"_s));
    QCOMPARE(sums(), u"2 3 2 1 0 3000 2026-12-01"_s);
    // A waiting unit set aside, then everything set aside: nothing waits, nothing promised.
    QVERIFY(q.exec(u"UPDATE order_lines SET qty_waiting = 0, qty_allocated = 3 WHERE order_number = 'A' AND line_no = 1"_s));
    QCOMPARE(sums(), u"2 3 0 3 0 3000 "_s);
    QCOMPARE(state(), store::toString(store::OrderState::Ready));
    QVERIFY(q.exec(u"UPDATE order_lines SET qty_allocated = 0, qty_shipped = 3 WHERE order_number = 'A' AND line_no = 1"_s));
    QCOMPARE(state(), store::toString(store::OrderState::Shipped));
    // A new price.
    QVERIFY(q.exec(u"UPDATE order_lines SET unit_price_minor = unit_price_minor * 2 WHERE order_number = 'A'"_s));
    QCOMPARE(row().totalMinor, 6 * tee);
    // A line deleted (the sums are read again from what is left).
    QVERIFY(q.exec(u"DELETE FROM order_lines WHERE order_number = 'A' AND line_no = 2"_s));
    QCOMPARE(sums(), u"1 3 0 0 3 6000 "_s);
    QVERIFY(q.exec(u"ROLLBACK"_s));
    QCOMPARE(sums(), u"2 5 4 1 0 5000 unknown"_s);
}

// ------------------------------------------------------------------ import is all or nothing

void TestEngine::refusedImportChangesNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QStringList>("good");
    QTest::addColumn<QString>("bad");     // goes in as line 3, after the first good row
    QTest::addColumn<QString>("problem"); // ":3: field: message" after the file name

    QTest::addRow("items") << u"items"_s << u"sku,name,price,on_hand,policy,backorder_limit,expected_date,attributes"_s
                           << QStringList{u"NEW-1,New one,5.00,3,backorder,,,Color=Red"_s,
                                          u"TEE,T-shirt,19.99,8,backorder,,2027-01-15,"_s}
                           << u"NEW-2,Other one,5.00,3,sometimes,,,"_s
                           << u":3: policy: 'sometimes' is not stop, backorder or preorder"_s;
    QTest::addRow("customers") << u"customers"_s << u"email,name,phone"_s
                               << QStringList{u"new@example.com,New Customer,123"_s,
                                              u"ada@example.com,Ada King,555"_s}
                               << u"not-an-email,Bob,"_s << u":3: email: 'not-an-email' is not an e-mail address"_s;
    QTest::addRow("orders, refused by the rules")
        << u"orders"_s << u"order_number,placed_at,customer_email,customer_name,sku,qty,unit_price,payment_state,card_last4,card_expiry"_s
        << QStringList{u"O-10,2026-11-02T10:00:00Z,new@example.com,New,TEE,2,,captured,,"_s,
                       u"O-12,2026-11-02T10:02:00Z,ada@example.com,Ada,TEE,1,,none,,"_s}
        << u"O-11,2026-11-02T10:01:00Z,bob@example.com,Bob,MUG,5,,captured,,"_s
        << u":3: qty: MUG: 5 ordered but only 2 available, and the item is not sold on backorder"_s;
    QTest::addRow("orders, bad field")
        << u"orders"_s << u"order_number,placed_at,customer_email,customer_name,sku,qty,unit_price,payment_state,card_last4,card_expiry"_s
        << QStringList{u"O-10,2026-11-02T10:00:00Z,new@example.com,New,TEE,2,,captured,,"_s,
                       u"O-12,2026-11-02T10:02:00Z,ada@example.com,Ada,TEE,1,,none,,"_s}
        << u"O-11,2026-11-02T10:01:00Z,bob@example.com,Bob,TEE,two,,captured,,"_s
        << u":3: qty: 'two' is not a whole number"_s;
    QTest::addRow("purchase orders") << u"purchase-orders"_s << u"po_number,supplier,sku,qty,expected_date"_s
                                     << QStringList{u"PO-7,Textiles,TEE,5,2026-12-01"_s,
                                                    u"PO-8,Mugs,MUG,5,2026-12-03"_s}
                                     << u"PO-7,Textiles,SHOE,5,2026-12-01"_s << u":3: sku: unknown SKU 'SHOE'"_s;
    QTest::addRow("receipts") << u"receipts"_s << u"received_at,sku,qty,reference"_s
                              << QStringList{u"2026-11-03T08:00:00Z,TEE,3,DEL-1"_s,
                                             u"2026-11-03T08:10:00Z,MUG,1,DEL-3"_s}
                              << u"2026-11-03T08:05:00Z,SHOE,2,DEL-2"_s << u":3: sku: unknown SKU 'SHOE'"_s;
}

void TestEngine::refusedImportChangesNothing()
{
    QFETCH(QString, kind);
    QFETCH(QString, header);
    QFETCH(QStringList, good);
    QFETCH(QString, bad);
    QFETCH(QString, problem);

    // A shop with some life in it: stock, waiting orders, a purchase order.
    BD_VERIFY_OK(m_f->addItem(u"TEE"_s, Policy::Backorder, 1));
    BD_VERIFY_OK(m_f->addItem(u"MUG"_s, Policy::Stop, 2));
    BD_VERIFY_OK(m_f->place(u"O-1"_s, {{u"TEE"_s, 3}}, PaymentState::Captured, u"ada@example.com"_s));
    BD_VERIFY_OK(m_f->addPurchaseOrder(u"PO-1"_s, u"TEE"_s, 4, QDate(2026, 12, 1)));
    const QByteArray before = snapshot();

    csv::Importer importer(m_f->shop());
    const csv::Importer::Kind k = *csv::Importer::parseKind(kind);
    QStringList lines{header, good.first(), bad};
    lines << good.mid(1);
    const QString badFile = writeFile(u"bad.csv"_s, lines.join(u'\n') + u'\n');
    QVERIFY(!badFile.isEmpty());

    const auto refused = importer.import(k, badFile, false);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.errorText(), badFile + problem);
    QCOMPARE(snapshot(), before);
    // Checking only finds the same problem and changes nothing either.
    const auto dryBad = importer.import(k, badFile, true);
    QCOMPARE(dryBad.errorText(), badFile + problem);
    QCOMPARE(snapshot(), before);

    // Without the bad row: a dry run passes and still changes nothing ...
    const QString goodFile = writeFile(u"good.csv"_s, (QStringList{header} + good).join(u'\n') + u'\n');
    const auto dry = importer.import(k, goodFile, true);
    BD_VERIFY_OK(dry);
    QVERIFY(dry->records > 0);
    QCOMPARE(snapshot(), before);
    // ... and the real import does change the shop.
    BD_VERIFY_OK(importer.import(k, goodFile, false));
    QVERIFY(snapshot() != before);
}

// ------------------------------------------------------------------ golden cross-dock lists

// Every folder under tests/fixtures/engine with an expected.csv is one case: the
// native items.csv, customers.csv, orders.csv and purchase-orders.csv found there are
// imported in that order, receipts.csv is received as one action (complete-only when
// the folder holds a file named complete-only), and the cross-dock list must equal
// expected.csv byte for byte.
void TestEngine::crossDockGolden_data()
{
    QTest::addColumn<QString>("dir");
    const QDir root(fixtureDir());
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(cases.contains(u"crossdock"_s), qPrintable(root.path()));
    for (const QString& name : cases) {
        if (QFileInfo::exists(root.filePath(name + u"/expected.csv"_s)))
            QTest::newRow(qPrintable(name)) << root.filePath(name);
    }
}

void TestEngine::crossDockGolden()
{
    QFETCH(QString, dir);
    m_f->clock().set(utc(2026, 11, 20, 7, 0));
    csv::Importer importer(m_f->shop());
    using K = csv::Importer::Kind;
    const QList<std::pair<K, QString>> inputs = {{K::Items, u"items.csv"_s},
                                                 {K::Customers, u"customers.csv"_s},
                                                 {K::Orders, u"orders.csv"_s},
                                                 {K::PurchaseOrders, u"purchase-orders.csv"_s}};
    for (const auto& [kind, name] : inputs) {
        const QString path = dir + u'/' + name;
        if (!QFileInfo::exists(path))
            continue;
        BD_VERIFY_OK(importer.import(kind, path, false));
        m_f->tick();
    }
    const auto requests = importer.readReceipts(dir + u"/receipts.csv"_s);
    BD_VERIFY_OK(requests);
    ReceiveOptions options;
    options.completeOnly = QFileInfo::exists(dir + u"/complete-only"_s);
    const auto rows = StockService(m_f->shop()).receive(requests.value(), options);
    BD_VERIFY_OK(rows);

    QList<QStringList> table{{u"reference"_s, u"sku"_s, u"order_number"_s, u"customer_email"_s, u"qty"_s,
                              u"destination"_s}};
    for (const CrossDockRow& r : rows.value())
        table << QStringList{r.reference, r.sku, r.orderNumber, r.customerEmail, QString::number(r.qty), r.destination};
    const QByteArray actual = csv::toCsv(table);
    const QByteArray expected = readBytes(dir + u"/expected.csv"_s);
    QVERIFY2(!expected.isEmpty(), qPrintable(dir));
    QVERIFY2(actual == expected, qPrintable(u"cross-dock list differs; got:\n"_s + QString::fromUtf8(actual)));
}

QTEST_GUILESS_MAIN(TestEngine)
#include "TestEngine.moc"
