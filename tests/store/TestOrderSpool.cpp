// The order import's spool on a real shop (a SQLite file, or a server database): an order is found by its number once
// read, not before, and a read that fails is an error, never "not read yet" (which would
// place the order's other rows as a second order).
#include "ServerShop.h"
#include "store/Database.h"
#include "store/OrderSpool.h"
#include "store/Transaction.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using bd::store::Database;
using bd::store::OrderSpool;

class TestOrderSpool : public QObject
{
    Q_OBJECT

private slots:
    void findsWhatWasRead();
    void failedReadIsAnError();
    void givesBackEveryOrderAcrossWrites();
    void ordersOfOneTimeGoOnAcrossPages();

private:
    std::unique_ptr<Database> openShop();
    QTemporaryDir m_dir;
};

std::unique_ptr<Database> TestOrderSpool::openShop()
{
    auto opened = Database::open(
        bd::test::shopLocation(m_dir.filePath(u"shop-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())))));
    if (!opened.ok())
        qFatal("%s", qPrintable(opened.errorText()));
    return opened.takeValue();
}

void TestOrderSpool::findsWhatWasRead()
{
    std::unique_ptr<Database> db = openShop();
    OrderSpool spool(*db, u"orders.csv"_s);
    QVERIFY(spool.open().ok());
    bd::domain::NewOrder order;
    order.number = u"1042"_s;
    order.customerEmail = u"ada@example.com"_s;
    order.sourceLine = 2;
    const auto before = spool.find(u"1042"_s);
    QVERIFY2(before.ok(), qPrintable(before.errorText()));
    QVERIFY(!before.value());
    QVERIFY(spool.addOrder(order).ok());
    const auto after = spool.find(u"1042"_s);
    QVERIFY2(after.ok(), qPrintable(after.errorText()));
    QVERIFY(after.value());
    QCOMPARE(after.value()->customerEmail, u"ada@example.com"_s);
    QCOMPARE(after.value()->sourceLine, 2);
    QVERIFY(!after.value()->skipped);
}

void TestOrderSpool::failedReadIsAnError()
{
    std::unique_ptr<Database> db = openShop();
    OrderSpool spool(*db, u"orders.csv"_s);
    QVERIFY(spool.open().ok());
    // Orders enough to be written to the spool's tables, where 1042 is then looked for.
    for (int i = 0; i < 1000; ++i) {
        bd::domain::NewOrder order;
        order.number = QString::number(1042 + i);
        order.customerEmail = u"ada@example.com"_s;
        order.sourceLine = 2 + i;
        QVERIFY(spool.addOrder(order).ok());
    }
    QSqlQuery q(db->connection());
    // The connection's own temporary table, in its engine's name for that schema.
    QVERIFY(q.exec(bd::test::onServer() ? u"DROP TABLE pg_temp.import_spool_orders"_s : u"DROP TABLE temp.import_spool_orders"_s));
    const auto found = spool.find(u"1042"_s);
    QVERIFY(!found.ok());
    QVERIFY2(found.errorText().contains(u"import_spool_orders"_s), qPrintable(found.errorText()));
}

void TestOrderSpool::ordersOfOneTimeGoOnAcrossPages()
{
    // Three instants of 400 orders each: the walk's pages (500 orders) end inside an
    // instant, and the next page goes on after the last order given, in the queue's order
    // of numbers (shorter first, then by text).
    using namespace bd::domain;
    std::unique_ptr<Database> db = openShop();
    bd::store::Transaction tx(*db, Database::Lock::Scratch);
    OrderSpool spool(*db, u"orders.csv"_s);
    QVERIFY(spool.open().ok());
    const QDateTime start(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    QList<std::pair<QDateTime, QString>> expected;
    for (int i = 0; i < 1200; ++i) {
        NewOrder order;
        order.number = u"S%1"_s.arg((i * 7) % 1200);
        order.placedAt = start.addSecs(60 * (2 - i % 3));
        order.customerEmail = u"c@example.com"_s;
        order.sourceLine = i + 2;
        const auto head = spool.addOrder(order);
        QVERIFY2(head.ok(), qPrintable(head.errorText()));
        QVERIFY(spool.addLine(head->key, NewOrderLine{u"SKU"_s, 1, std::nullopt, order.sourceLine}).ok());
        expected << std::pair{order.placedAt, order.number};
    }
    std::sort(expected.begin(), expected.end(), [](const auto& a, const auto& b) {
        return std::tuple(a.first, a.second.size(), a.second) < std::tuple(b.first, b.second.size(), b.second);
    });
    QList<std::pair<QDateTime, QString>> back;
    const auto walked = spool.forEachByPlacedTime([&](const NewOrder& order) {
        back << std::pair{order.placedAt, order.number};
        return true;
    });
    QVERIFY2(walked.ok(), qPrintable(walked.errorText()));
    QCOMPARE(back.size(), expected.size());
    QCOMPARE(back, expected);
}

// The spool writes what it is given many rows to a statement: an order is found whether
// it was written yet or not, and every order comes back whole, by placed time, with
// every field as it was added (unknown prices and times as unknown).
void TestOrderSpool::givesBackEveryOrderAcrossWrites()
{
    using namespace bd::domain;
    std::unique_ptr<Database> db = openShop();
    bd::store::Transaction tx(*db, Database::Lock::Scratch);
    OrderSpool spool(*db, u"orders.csv"_s);
    QVERIFY(spool.open().ok());
    constexpr int orders = 700; // several writes of orders, and of lines
    const QDateTime start(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    QList<NewOrder> added;
    int sourceLine = 1;
    for (int i = 0; i < orders; ++i) {
        NewOrder order;
        order.number = u"W%1"_s.arg(i);
        // Placed out of file order; every tenth without a time, given back first.
        if (i % 10 != 3)
            order.placedAt = start.addSecs(qint64((i * 7919) % orders) * 60);
        order.customerEmail = u"c%1@example.com"_s.arg(i % 37);
        order.customerName = i % 2 ? u"Åse Ødegård %1"_s.arg(i) : QString();
        order.payment = PaymentState(i % 4);
        order.cardLast4 = i % 4 == 2 ? u"4242"_s : QString();
        order.cardExpiry = i % 4 == 2 ? u"2027-08"_s : QString();
        if (i % 4 == 2)
            order.authorizedAt = start.addDays(1);
        order.holdUntilComplete = i % 5 == 0;
        order.sourceLine = ++sourceLine;
        const bool skipped = i % 11 == 5;
        const auto head = spool.addOrder(order, skipped);
        QVERIFY2(head.ok(), qPrintable(head.errorText()));
        for (int l = 0; l <= i % 3; ++l) {
            NewOrderLine line;
            line.sku = u"SKU-%1"_s.arg((i + l) % 13);
            line.qty = 1 + l;
            if (l != 1)
                line.unitPriceMinor = 1000 * l + i;
            line.sourceLine = l == 0 ? order.sourceLine : ++sourceLine;
            order.lines << line;
            QVERIFY(spool.addLine(head->key, line).ok());
        }
        // The first order is found long after it was written, the last one before.
        for (const NewOrder& earlier : {order, added.value(0, order)}) {
            const auto found = spool.find(earlier.number);
            QVERIFY2(found.ok(), qPrintable(found.errorText()));
            QVERIFY2(found.value(), qPrintable(earlier.number));
            QCOMPARE(found.value()->sourceLine, earlier.sourceLine);
            QCOMPARE(found.value()->customerEmail, earlier.customerEmail);
            QCOMPARE(found.value()->placedAt, earlier.placedAt);
        }
        if (!skipped)
            added << order;
    }
    const auto none = spool.find(u"W%1"_s.arg(orders));
    QVERIFY(none.ok() && !none.value());

    // Expected: the untimed in file order, then by time (no two share a minute).
    QList<NewOrder> expected = added;
    std::stable_sort(expected.begin(), expected.end(), [](const NewOrder& a, const NewOrder& b) {
        if (a.placedAt.isValid() != b.placedAt.isValid())
            return !a.placedAt.isValid();
        return a.placedAt.isValid() && a.placedAt < b.placedAt;
    });
    QList<NewOrder> back;
    const auto walked = spool.forEachByPlacedTime([&](const NewOrder& order) {
        back << order;
        return true;
    });
    QVERIFY2(walked.ok(), qPrintable(walked.errorText()));
    QCOMPARE(back.size(), expected.size());
    for (qsizetype i = 0; i < back.size(); ++i) {
        const NewOrder& got = back[i];
        const NewOrder& want = expected[i];
        QCOMPARE(got.number, want.number);
        QCOMPARE(got.placedAt, want.placedAt);
        QCOMPARE(got.customerEmail, want.customerEmail);
        QCOMPARE(got.customerName, want.customerName);
        QCOMPARE(int(got.payment), int(want.payment));
        QCOMPARE(got.cardLast4, want.cardLast4);
        QCOMPARE(got.cardExpiry, want.cardExpiry);
        QCOMPARE(got.authorizedAt, want.authorizedAt);
        QCOMPARE(got.holdUntilComplete, want.holdUntilComplete);
        QCOMPARE(got.sourceLine, want.sourceLine);
        QCOMPARE(got.lines.size(), want.lines.size());
        for (qsizetype l = 0; l < got.lines.size(); ++l) {
            QCOMPARE(got.lines[l].sku, want.lines[l].sku);
            QCOMPARE(got.lines[l].qty, want.lines[l].qty);
            QCOMPARE(got.lines[l].unitPriceMinor.value_or(-1), want.lines[l].unitPriceMinor.value_or(-1));
            QCOMPARE(got.lines[l].sourceLine, want.lines[l].sourceLine);
        }
    }
}

QTEST_GUILESS_MAIN(TestOrderSpool)
#include "TestOrderSpool.moc"
