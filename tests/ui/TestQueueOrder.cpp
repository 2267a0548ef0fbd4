// The queue order is decided once (store/QueueOrder): every view of an item's queue shows
// it the same way on a shop with an order moved to the front, orders placed at the same
// moment, order numbers of different lengths and two lines of one order.

#include "ListWait.h"
#include "ShopFixture.h"
#include "Must.h"
#include "csv/Exporter.h"
#include "models/QueueModel.h"
#include "reports/ReportService.h"
#include "services/OrderService.h"
#include "services/QueueService.h"
#include "services/ShopQueries.h"
#include "store/Database.h"
#include "store/QueueOrder.h"
#include "store/QueueStore.h"
#include "ServerShop.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bd;
using bd::test::must;

class TestQueueOrder : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyViewShowsTheSameOrder();
    void queueIndexHoldsTheQueueOrder();

private:
    std::unique_ptr<test::ShopFixture> m_f;
    QStringList m_expected; // order numbers, one per waiting line, in queue order
};

void TestQueueOrder::init()
{
    QString error;
    m_f = test::ShopFixture::create(QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC), &error);
    QVERIFY2(m_f, qPrintable(error));
    BD_VERIFY_OK(m_f->addItem(u"TEE"_s, domain::Policy::Backorder, 0));
    BD_VERIFY_OK(m_f->addItem(u"CAP"_s, domain::Policy::Backorder, 0));
    // Placed first.
    BD_VERIFY_OK(m_f->place(u"98"_s, {{u"TEE"_s, 1}}));
    // Placed at one moment: the shorter number first (99 before 100), then by text (99, A7, B7).
    services::OrderService orders(m_f->shop());
    for (const QString& number : {u"100"_s, u"99"_s, u"B7"_s, u"A7"_s}) {
        const auto placed = orders.place(m_f->newOrder(number, {{u"TEE"_s, 2}}));
        QVERIFY2(placed, qPrintable(placed.errorText()));
    }
    m_f->tick();
    // Two lines of one order: the first line first.
    BD_VERIFY_OK(m_f->place(u"101"_s, {{u"CAP"_s, 1}, {u"TEE"_s, 1}, {u"TEE"_s, 3}}));
    // The last one is moved to the front.
    BD_VERIFY_OK(m_f->place(u"102"_s, {{u"TEE"_s, 1}}));
    BD_VERIFY_OK(orders.setPriority(u"102"_s, true, u"damaged parcel"_s));
    m_expected = {u"102"_s, u"98"_s, u"99"_s, u"A7"_s, u"B7"_s, u"100"_s, u"101"_s, u"101"_s};
}

void TestQueueOrder::cleanup()
{
    m_f.reset();
}

void TestQueueOrder::everyViewShowsTheSameOrder()
{
    services::Shop& shop = m_f->shop();
    const qint64 tee = m_f->item(u"TEE"_s).id;

    // The queue service the items page reads.
    QStringList service;
    for (const services::QueueEntry& e : must(services::QueueService(shop).page(tee, 0, 100)))
        service << e.line.orderNumber;
    QCOMPARE(service, m_expected);

    // The window's model of an item's queue, with its positions.
    ui::QueueModel model;
    model.setShop(&shop);
    model.setItem(tee);
    QCOMPARE(bd::test::shownColumn(model, ui::QueueModel::Order, ui::QueueModel::OrderNumberRole), m_expected);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, ui::QueueModel::Position).data().toInt(), row + 1);

    // The queue report.
    reports::ReportService reportService(shop.db(), m_f->clock());
    reports::ReportParams params;
    params.sku = u"TEE"_s;
    const core::Result<reports::Report> report = reportService.build(reports::ReportKind::Queue, params);
    QVERIFY2(report, qPrintable(report.errorText()));
    QStringList reported;
    for (const reports::ReportTable& table : report->tables) {
        for (const reports::Row& row : table.rows)
            reported << row.at(1).toString(); // order_number
    }
    QCOMPARE(reported, m_expected);

    // The waiting export, with its positions.
    const QList<QByteArray> waiting = must(csv::Exporter(shop).exportCsv(csv::Exporter::Kind::Waiting)).split('\n');
    QStringList exported;
    for (const QByteArray& line : waiting) {
        const QList<QByteArray> cells = line.split(',');
        if (cells.size() > 5 && cells.at(0) == "TEE") {
            exported << QString::fromUtf8(cells.at(1));
            QCOMPARE(cells.at(5).toInt(), int(exported.size()));
        }
    }
    QCOMPARE(exported, m_expected);

    // Each customer's place in line is the line's place in the queue.
    services::ShopQueries queries(shop.db());
    for (const QString& number : QStringList{u"102"_s, u"98"_s, u"99"_s, u"A7"_s, u"B7"_s, u"100"_s}) {
        const std::optional<store::CustomerRow> customer
            = must(queries.customerRow(number.toLower() + u"@example.com"_s));
        QVERIFY(customer);
        const QList<store::CustomerWaitingLine> lines = must(queries.waitingLinesOfCustomer(customer->id));
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.constFirst().position, int(m_expected.indexOf(number)) + 1);
    }
    const std::optional<store::CustomerRow> twoLines = must(queries.customerRow(u"101@example.com"_s));
    QVERIFY(twoLines);
    QList<int> positions;
    for (const store::CustomerWaitingLine& line : must(queries.waitingLinesOfCustomer(twoLines->id))) {
        if (line.sku == u"TEE"_s)
            positions << line.position;
    }
    QCOMPARE(positions, (QList<int>{7, 8}));

    // A receipt serves the queue in the same order, one unit of a line after the other.
    const QList<domain::CrossDockRow> rows = must(m_f->receive(u"TEE"_s, 100));
    QStringList served;
    for (const domain::CrossDockRow& row : rows) {
        if (row.destination == u"ship"_s)
            served << row.orderNumber;
    }
    QCOMPARE(served, m_expected);
}

// The queue index (migration 0013) holds the whole queue key, so a queue is read in order
// from the index and a receipt's running sum over it sorts nothing: the plan has no
// temporary b-tree. A key term the index lacks (the number's length, before 0013) or a
// changed queue order without a changed index makes SQLite sort.
void TestQueueOrder::queueIndexHoldsTheQueueOrder()
{
    BD_SKIP_ON_SERVER("the plan is SQLite's; PostgreSQL chooses by its statistics");
    QSqlQuery q(m_f->shop().db().connection());
    QVERIFY(q.exec(u"ANALYZE"_s)); // as a busy shop's statistics would be: the index is the way in
    auto planOf = [&q](const QString& statement, const QVariantList& binds) {
        QStringList plan;
        if (!q.prepare(u"EXPLAIN QUERY PLAN "_s + statement))
            return QStringList{q.lastError().text()};
        for (qsizetype i = 0; i < binds.size(); ++i)
            q.bindValue(int(i), binds.at(i));
        if (!q.exec())
            return QStringList{q.lastError().text()};
        while (q.next())
            plan << q.value(3).toString();
        return plan;
    };
    // A queue read in its order, and the receipt's plan: its first lines and their
    // running sum.
    const qint64 tee = m_f->item(u"TEE"_s).id;
    const QStringList read = planOf(
        u"SELECT l.id FROM order_lines l WHERE l.item_id = ? AND l.qty_waiting > 0"_s + store::queueOrderBy(u"l"_s),
        {tee});
    const QStringList plan
        = planOf(store::QueueStore::firstUnitsPlanStatement(), store::QueueStore::firstUnitsPlanBinds(tee, 4));
    for (const QStringList& steps : {read, plan}) {
        const QString text = steps.join(u'\n');
        QVERIFY2(text.contains(u"USING INDEX order_lines_queue"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"TEMP B-TREE"_s), qPrintable(text));
    }
}

QTEST_MAIN(TestQueueOrder)
#include "TestQueueOrder.moc"
