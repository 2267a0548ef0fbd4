// Purchase orders through the supply chain: recording a stage tells exactly the
// waiting customers the purchase order serves, once, in the shop's language, and never
// on top of a delay notice for the same change. On a fresh shop per test, on both
// engines; after every test the shop passes `check`.

#include "SupplyShop.h"

#include "domain/Rules.h"
#include "mail/Outbox.h"
#include "services/InsightService.h"
#include "services/MailService.h"
#include "services/PurchasingService.h"
#include "services/QueueService.h"
#include "services/ShopQueries.h"
#include "store/Config.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bd;
using namespace bd::domain;
using namespace bd::services;
using bd::test::ShopFixture;
using bd::test::eventKinds;
using bd::test::must;
using bd::test::utc;

class TestSupplyStages : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sourcesFollowThePromisedDates_data();
    void sourcesFollowThePromisedDates();
    void stageTellsExactlyTheCustomersThePoServes();
    void sameStageTwiceTellsNobodyTwice();
    void newExpectedDateSlipsWithoutADoubleEmail();
    void switchedOffKindQueuesNothing();
    void badStagesChangeNothing_data();
    void badStagesChangeNothing();
    void fileOfStagesIsAllOrNothing();
    void timelineEndsReceived();
    void eachWaitingLineNamesItsPurchaseOrder();
    void danishShopWritesDanish();

private:
    StageInput stage(const QString& po, const QString& code, const QString& note = {}, const QDate& expected = {})
    {
        StageInput in;
        in.poNumber = po;
        in.stage = code;
        in.date = QDate(2026, 12, 8);
        in.note = note;
        in.expected = expected;
        return in;
    }
    QStringList stockUpdates() { return bd::test::stockUpdates(m_f->shop()); }
    QList<store::OutboxRow> messagesOf(const QString& kind)
    {
        QList<store::OutboxRow> out;
        for (const store::OutboxRow& r : must(MailService(m_f->shop()).messages({})))
            if (r.kind == kind)
                out << r;
        return out;
    }
    int countRows(const QString& table)
    {
        QSqlQuery q(m_f->shop().db().connection());
        if (!q.exec(u"SELECT COUNT(*) FROM "_s + table) || !q.next())
            return -1;
        return q.value(0).toInt();
    }
    void fiveWaitingOrders() { bd::test::fiveWaitingOrders(*m_f); }

    std::unique_ptr<ShopFixture> m_f;
};

void TestSupplyStages::init()
{
    bd::test::openSupplyShop(m_f);
}

void TestSupplyStages::cleanup()
{
    bd::test::checkAndClose(m_f);
}

void TestSupplyStages::sourcesFollowThePromisedDates_data()
{
    QTest::addColumn<QList<int>>("waiting");
    QTest::addColumn<QList<int>>("incoming");
    QTest::addColumn<QList<qsizetype>>("sources");
    QTest::addRow("none incoming") << QList<int>{1, 2} << QList<int>{} << QList<qsizetype>{-1, -1};
    QTest::addRow("exact fit") << QList<int>{2, 3} << QList<int>{5} << QList<qsizetype>{0, 0};
    QTest::addRow("straddles two batches") << QList<int>{4, 2} << QList<int>{5, 5} << QList<qsizetype>{0, 1};
    QTest::addRow("beyond all") << QList<int>{5, 1} << QList<int>{5} << QList<qsizetype>{0, -1};
}

void TestSupplyStages::sourcesFollowThePromisedDates()
{
    QFETCH(QList<int>, waiting);
    QFETCH(QList<int>, incoming);
    QFETCH(QList<qsizetype>, sources);
    QList<Incoming> batches;
    QList<QDate> dates;
    for (int i = 0; i < incoming.size(); ++i) {
        batches << Incoming{QDate(2027, 1, 1).addDays(i), incoming[i]};
    }
    QCOMPARE(incomingSources(waiting, batches), sources);
    // The same rule as the promised dates.
    const QList<QDate> promised = promisedDates(waiting, batches, QDate());
    for (qsizetype i = 0; i < waiting.size(); ++i)
        QCOMPARE(promised[i], sources[i] < 0 ? QDate() : batches[sources[i]].date);
}

void TestSupplyStages::stageTellsExactlyTheCustomersThePoServes()
{
    fiveWaitingOrders();
    const core::Result<StageOutcome> done = PurchasingService(m_f->shop())
                                                .recordStage(stage(u"PO-2"_s, u"shipped"_s, u"left Shenzhen on the <MSC Oscar>"_s));
    QVERIFY2(done.ok(), qPrintable(done.errorText()));
    QCOMPARE(done->ordersTold, 2);
    QCOMPARE(done->ordersSlipped, 0);
    // PO-2 serves C and D; A and B come with PO-1, E is beyond both.
    QCOMPARE(stockUpdates(), (QStringList{u"C:shipped: PO-2"_s, u"D:shipped: PO-2"_s}));
    const QList<store::OutboxRow> mails = messagesOf(u"stock_update"_s);
    for (const store::OutboxRow& m : mails) {
        QVERIFY2(m.subject.contains(u"shipped by supplier"_s), qPrintable(m.subject));
        QVERIFY2(m.bodyText.contains(u"left Shenzhen on the <MSC Oscar>"_s), qPrintable(m.bodyText));
        QVERIFY2(m.bodyHtml.contains(u"left Shenzhen on the &lt;MSC Oscar&gt;"_s), qPrintable(m.bodyHtml));
        QVERIFY2(m.bodyText.contains(u"10 January 2027"_s), qPrintable(m.bodyText));
        QVERIFY2(m.bodyText.contains(u"8 December 2026"_s), qPrintable(m.bodyText));
        QCOMPARE(m.state, u"pending"_s);
    }
    // In the history of the orders told, and of the item; not of those not told.
    QVERIFY(eventKinds(must(m_f->shop().events().eventsForOrder(m_f->order(u"C"_s).id))).contains(u"stock update"_s));
    QVERIFY(!eventKinds(must(m_f->shop().events().eventsForOrder(m_f->order(u"A"_s).id))).contains(u"stock update"_s));
    QVERIFY(!eventKinds(must(m_f->shop().events().eventsForOrder(m_f->order(u"E"_s).id))).contains(u"stock update"_s));
    QVERIFY(eventKinds(must(m_f->shop().events().eventsForItem(m_f->item(u"TEE"_s).id))).contains(u"po stage"_s));

    // PO-1 at the warehouse tells A and B.
    m_f->tick();
    QVERIFY(PurchasingService(m_f->shop()).recordStage(stage(u"PO-1"_s, u"at-warehouse"_s)).ok());
    QCOMPARE(stockUpdates(), (QStringList{u"A:at-warehouse: PO-1"_s, u"B:at-warehouse: PO-1"_s,
                                          u"C:shipped: PO-2"_s, u"D:shipped: PO-2"_s}));
    // No note: no empty paragraph.
    for (const store::OutboxRow& m : messagesOf(u"stock_update"_s)) {
        if (m.occasion.startsWith(u"at-warehouse"_s))
            QVERIFY2(!m.bodyHtml.contains(u"<p></p>"_s), qPrintable(m.bodyHtml));
    }
}

void TestSupplyStages::sameStageTwiceTellsNobodyTwice()
{
    fiveWaitingOrders();
    QVERIFY(PurchasingService(m_f->shop()).recordStage(stage(u"PO-1"_s, u"shipped"_s)).ok());
    m_f->tick();
    QVERIFY(PurchasingService(m_f->shop()).recordStage(stage(u"PO-1"_s, u"shipped"_s, u"a better note"_s)).ok());
    QCOMPARE(stockUpdates(), (QStringList{u"A:shipped: PO-1"_s, u"B:shipped: PO-1"_s}));
    // The next stage is news again.
    m_f->tick();
    QVERIFY(PurchasingService(m_f->shop()).recordStage(stage(u"PO-1"_s, u"in-transit"_s)).ok());
    QCOMPARE(stockUpdates().size(), 4);
    // Both stages are on the timeline, in order.
    const QList<store::PoStage> timeline = must(PurchasingService(m_f->shop()).timeline(u"PO-1"_s));
    QStringList codes;
    for (const store::PoStage& s : timeline)
        codes << s.stage;
    QCOMPARE(codes, (QStringList{u"shipped"_s, u"shipped"_s, u"in-transit"_s}));
}

void TestSupplyStages::newExpectedDateSlipsWithoutADoubleEmail()
{
    fiveWaitingOrders();
    // PO-1 now comes on 20 Dec: A and B slip and get the delay notice only; the later
    // date moves PO-1 still before PO-2, so C and D are untouched.
    const core::Result<StageOutcome> done = PurchasingService(m_f->shop())
                                                .recordStage(stage(u"PO-1"_s, u"in-production"_s, {}, QDate(2026, 12, 20)));
    QVERIFY2(done.ok(), qPrintable(done.errorText()));
    QCOMPARE(done->ordersTold, 0);
    QCOMPARE(done->ordersSlipped, 2);
    QCOMPARE(stockUpdates(), QStringList());
    QStringList delayed;
    for (const store::OutboxRow& m : messagesOf(u"delay"_s))
        delayed << m.orderNumber;
    delayed.sort();
    QCOMPARE(delayed, (QStringList{u"A"_s, u"B"_s}));
    QCOMPARE(m_f->line(u"A"_s, u"TEE"_s).promisedDate, QDate(2026, 12, 20));

    // An earlier date is no slip: the customers hear of the stage.
    m_f->tick();
    const core::Result<StageOutcome> sooner = PurchasingService(m_f->shop())
                                                  .recordStage(stage(u"PO-2"_s, u"shipped"_s, {}, QDate(2027, 1, 2)));
    QVERIFY2(sooner.ok(), qPrintable(sooner.errorText()));
    QCOMPARE(sooner->ordersTold, 2);
    QCOMPARE(stockUpdates(), (QStringList{u"C:shipped: PO-2"_s, u"D:shipped: PO-2"_s}));
    for (const store::OutboxRow& m : messagesOf(u"stock_update"_s))
        QVERIFY2(m.bodyText.contains(u"2 January 2027"_s), qPrintable(m.bodyText));
}

void TestSupplyStages::switchedOffKindQueuesNothing()
{
    fiveWaitingOrders();
    BD_VERIFY_OK(MailService(m_f->shop()).setTemplateEnabled(u"stock_update"_s, false));
    const core::Result<StageOutcome> done = PurchasingService(m_f->shop()).recordStage(stage(u"PO-1"_s, u"shipped"_s));
    QVERIFY(done.ok());
    QCOMPARE(stockUpdates(), QStringList());
    // The history still says what happened.
    QVERIFY(eventKinds(must(m_f->shop().events().eventsForOrder(m_f->order(u"A"_s).id))).contains(u"stock update"_s));
}

void TestSupplyStages::badStagesChangeNothing_data()
{
    QTest::addColumn<QString>("po");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("says");
    QTest::addRow("unknown stage") << u"PO-1"_s << u"sailing"_s << u"stage"_s << u"unknown stage 'sailing'"_s;
    QTest::addRow("received by hand") << u"PO-1"_s << u"received"_s << u"stage"_s << u"receiving the stock"_s;
    QTest::addRow("unknown order") << u"PO-9"_s << u"shipped"_s << u"po_number"_s << u"no purchase order 'PO-9'"_s;
}

void TestSupplyStages::badStagesChangeNothing()
{
    QFETCH(QString, po);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(QString, says);
    fiveWaitingOrders();
    const qint64 events = must(m_f->shop().events().lastEventId());
    const core::Result<StageOutcome> done = PurchasingService(m_f->shop()).recordStage(stage(po, code));
    QVERIFY(!done.ok());
    QCOMPARE(done.errors().constFirst().field, field);
    QVERIFY2(done.errorText().contains(says), qPrintable(done.errorText()));
    QCOMPARE(must(m_f->shop().events().lastEventId()), events);
    QCOMPARE(countRows(u"purchase_order_stages"_s), 0);
}

void TestSupplyStages::fileOfStagesIsAllOrNothing()
{
    fiveWaitingOrders();
    StageInput good = stage(u"PO-1"_s, u"shipped"_s);
    good.sourceLine = 2;
    StageInput bad = stage(u"PO-2"_s, u"teleported"_s);
    bad.sourceLine = 3;
    const core::Status failed = PurchasingService(m_f->shop()).recordStages({good, bad}, u"stages.csv"_s);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.errors().size(), 1);
    QCOMPARE(failed.errors().constFirst().file, u"stages.csv"_s);
    QCOMPARE(failed.errors().constFirst().line, 3);
    QCOMPARE(countRows(u"purchase_order_stages"_s), 0);
    QCOMPARE(stockUpdates(), QStringList());
    BD_VERIFY_OK(PurchasingService(m_f->shop()).recordStages({good}, u"stages.csv"_s));
    QCOMPARE(stockUpdates(), (QStringList{u"A:shipped: PO-1"_s, u"B:shipped: PO-1"_s}));
}

void TestSupplyStages::timelineEndsReceived()
{
    fiveWaitingOrders();
    QVERIFY(PurchasingService(m_f->shop()).recordStage(stage(u"PO-1"_s, u"at-warehouse"_s)).ok());
    QVERIFY(m_f->receive(u"TEE"_s, 5, false, u"PO-1"_s).ok());
    const QList<store::PoStage> timeline = must(PurchasingService(m_f->shop()).timeline(u"PO-1"_s));
    QCOMPARE(timeline.size(), 2);
    QCOMPARE(timeline.constLast().stage, u"received"_s);
    // A received order takes no more stages.
    const core::Result<StageOutcome> late = PurchasingService(m_f->shop()).recordStage(stage(u"PO-1"_s, u"in-transit"_s));
    QVERIFY(!late.ok());
    QVERIFY2(late.errorText().contains(u"received in full"_s), qPrintable(late.errorText()));
}

void TestSupplyStages::eachWaitingLineNamesItsPurchaseOrder()
{
    fiveWaitingOrders();
    QVERIFY(PurchasingService(m_f->shop()).recordStage(stage(u"PO-1"_s, u"in-transit"_s)).ok());
    const qint64 tee = m_f->item(u"TEE"_s).id;
    auto shown = [&](int offset, int limit) {
        QStringList out;
        for (const QueueEntry& e : must(QueueService(m_f->shop()).page(tee, offset, limit)))
            out << e.line.orderNumber + u'|' + e.source.poNumber + u'|' + e.source.stage;
        return out;
    };
    // As the promised dates: C's last unit comes with PO-2, E waits beyond both.
    QCOMPARE(shown(0, 10), (QStringList{u"A|PO-1|in-transit"_s, u"B|PO-1|in-transit"_s, u"C|PO-2|"_s, u"D|PO-2|"_s,
                                        u"E||"_s}));
    // A page further down knows its places in the whole queue.
    QCOMPARE(shown(3, 2), (QStringList{u"D|PO-2|"_s, u"E||"_s}));
    // The order's detail reads the same through the window's queries.
    ShopQueries queries(m_f->shop().db());
    for (const auto& [number, text] : QList<std::pair<QString, QString>>{
             {u"A"_s, u"PO-1, in transit"_s}, {u"C"_s, u"PO-2"_s}, {u"E"_s, QString()}}) {
        const domain::Order order = m_f->order(number);
        const QHash<qint64, LineSource> sources = must(queries.lineSources(order));
        QCOMPARE(sources.value(order.lines.constFirst().id).text(), text);
    }
    // Three of PO-1 arrive: A is served, B waits for one unit of the two PO-1 still brings.
    QVERIFY(m_f->receive(u"TEE"_s, 3, false, u"PO-1"_s).ok());
    QCOMPARE(shown(0, 10), (QStringList{u"B|PO-1|in-transit"_s, u"C|PO-2|"_s, u"D|PO-2|"_s, u"E||"_s}));
}

void TestSupplyStages::danishShopWritesDanish()
{
    BD_VERIFY_OK(m_f->shop().saveSettings({{u"shop.locale"_s, u"da_DK"_s}}));
    fiveWaitingOrders();
    QVERIFY(PurchasingService(m_f->shop()).recordStage(stage(u"PO-1"_s, u"shipped"_s, u"Skibet er sejlet"_s)).ok());
    const QList<store::OutboxRow> mails = messagesOf(u"stock_update"_s);
    QCOMPARE(mails.size(), 2);
    for (const store::OutboxRow& m : mails) {
        QVERIFY2(m.subject.startsWith(u"Din ordre"_s), qPrintable(m.subject));
        QVERIFY2(m.bodyText.contains(u"afsendt fra leverandøren"_s), qPrintable(m.bodyText));
        QVERIFY2(m.bodyText.contains(u"december 2026"_s), qPrintable(m.bodyText));
        QVERIFY2(m.bodyText.contains(u"Skibet er sejlet"_s), qPrintable(m.bodyText));
    }
}

QTEST_GUILESS_MAIN(TestSupplyStages)
#include "TestSupplyStages.moc"
