// The order import's spool on a real shop (a SQLite file, or a server database): an order is found by its number once
// read, not before, and a read that fails is an error, never "not read yet" (which would
// place the order's other rows as a second order).
#include "ServerShop.h"
#include "store/Database.h"
#include "store/OrderSpool.h"
#include "store/Transaction.h"

#include <QSqlQuery>
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
    QSqlQuery q(db->connection());
    // The connection's own temporary table, in its engine's name for that schema.
    QVERIFY(q.exec(bd::test::onServer() ? u"DROP TABLE pg_temp.import_spool_orders"_s : u"DROP TABLE temp.import_spool_orders"_s));
    const auto found = spool.find(u"1042"_s);
    QVERIFY(!found.ok());
    QVERIFY2(found.errorText().contains(u"import_spool_orders"_s), qPrintable(found.errorText()));
}

QTEST_GUILESS_MAIN(TestOrderSpool)
#include "TestOrderSpool.moc"
