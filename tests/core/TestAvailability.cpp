// The item status rule (domain::availability) over every case a merchant can make:
// policy × stock × backorder limit × release date × tracked.

#include "domain/Availability.h"

#include <QTest>

using namespace Qt::StringLiterals;
using bd::domain::ItemStatus;
using bd::domain::Policy;

namespace {

const QDate today(2026, 12, 4);

enum class Stock { None, Some, Enough };
enum class Limit { None, NotReached, Reached };
enum class Release { None, Future, Past };

const char* name(Policy p)
{
    return p == Policy::Stop ? "stop" : p == Policy::Backorder ? "backorder" : "preorder";
}
const char* name(Stock s)
{
    return s == Stock::None ? "no stock" : s == Stock::Some ? "some stock" : "enough stock";
}
const char* name(Limit l)
{
    return l == Limit::None ? "no limit" : l == Limit::NotReached ? "limit not reached" : "limit reached";
}
const char* name(Release r)
{
    return r == Release::None ? "no release date" : r == Release::Future ? "released later" : "released";
}

} // namespace

// One item per case, in the shapes the engine leaves them in: with nothing free, 4
// units wait (the queue rule: while anyone waits nothing is free); with enough stock
// nobody waits and 8 units are free. "Some" stock is on hand but all of it reserved.
bd::domain::Item itemFor(Policy policy, Stock stock, Limit limit, Release release, bool tracked)
{
    bd::domain::Item item;
    item.sku = u"CASE"_s;
    item.policy = policy;
    item.tracked = tracked;
    switch (stock) {
    case Stock::None:
        item.waiting = 4;
        break;
    case Stock::Some:
        item.onHand = 5;
        item.allocated = 5;
        item.waiting = 4;
        break;
    case Stock::Enough:
        item.onHand = 10;
        item.allocated = 2;
        break;
    }
    if (limit == Limit::NotReached)
        item.backorderLimit = 10;
    else if (limit == Limit::Reached)
        item.backorderLimit = item.waiting; // 0 with enough stock: nothing may wait
    if (release == Release::Future)
        item.releaseDate = today.addDays(20);
    else if (release == Release::Past)
        item.releaseDate = today.addDays(-20);
    item.expectedDate = today.addDays(30);
    if (!tracked) {
        item.onHand = item.allocated = item.waiting = 0;
    }
    return item;
}

// What the merchant expects, case by case (DESIGN.md, "policy"): stock nobody counts is
// never sold out; free stock sells from the shelf (a pre-order item before its release
// takes pre-orders from it); with nothing free an order waits unless the policy is
// stop or the limit is reached, and then the item is sold out, pre-order or not.
ItemStatus expectedStatus(Policy policy, Stock stock, Limit limit, Release release, bool tracked)
{
    if (!tracked)
        return ItemStatus::NotTracked;
    const bool unreleased = policy == Policy::Preorder && release != Release::Past;
    if (stock == Stock::Enough)
        return unreleased ? ItemStatus::Preorder : ItemStatus::InStock;
    if (policy == Policy::Stop || limit == Limit::Reached)
        return ItemStatus::SoldOut;
    return unreleased ? ItemStatus::Preorder : ItemStatus::Backorder;
}

class TestAvailability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void status_data();
    void status();
    void preorderAtItsLimitIsSoldOut();
    void releasedToday();
    void expectedDate();
    void statusText();
};

void TestAvailability::status_data()
{
    QTest::addColumn<bd::domain::Item>("item");
    QTest::addColumn<ItemStatus>("expected");
    int rows = 0;
    for (Policy policy : {Policy::Stop, Policy::Backorder, Policy::Preorder}) {
        for (Stock stock : {Stock::None, Stock::Some, Stock::Enough}) {
            for (Limit limit : {Limit::None, Limit::NotReached, Limit::Reached}) {
                for (Release release : {Release::None, Release::Future, Release::Past}) {
                    for (bool tracked : {true, false}) {
                        QTest::addRow("%s, %s, %s, %s, %s", name(policy), name(stock), name(limit), name(release),
                                      tracked ? "tracked" : "not tracked")
                            << itemFor(policy, stock, limit, release, tracked)
                            << expectedStatus(policy, stock, limit, release, tracked);
                        ++rows;
                    }
                }
            }
        }
    }
    QCOMPARE(rows, 3 * 3 * 3 * 3 * 2);
}

void TestAvailability::status()
{
    QFETCH(bd::domain::Item, item);
    QFETCH(ItemStatus, expected);
    const bd::domain::Availability a = bd::domain::availability(item, today);
    QCOMPARE(a.status, expected);
    QCOMPARE(bd::domain::itemStatus(item, today), expected);
    QCOMPARE(a.available, item.tracked ? std::max(item.available(), 0) : 0);
}

// The case the window and the feed once disagreed on.
void TestAvailability::preorderAtItsLimitIsSoldOut()
{
    bd::domain::Item item = itemFor(Policy::Preorder, Stock::None, Limit::Reached, Release::Future, true);
    QCOMPARE(bd::domain::itemStatus(item, today), ItemStatus::SoldOut);
    // Its release date still says when more comes.
    QCOMPARE(bd::domain::availability(item, today).expected, today.addDays(30));
    item.backorderLimit = 5; // one more may wait
    QCOMPARE(bd::domain::itemStatus(item, today), ItemStatus::Preorder);
}

// A pre-order item ships on its release date: that day it is released.
void TestAvailability::releasedToday()
{
    bd::domain::Item item = itemFor(Policy::Preorder, Stock::None, Limit::None, Release::None, true);
    item.releaseDate = today;
    QCOMPARE(bd::domain::itemStatus(item, today), ItemStatus::Backorder);
    QCOMPARE(bd::domain::itemStatus(item, today.addDays(-1)), ItemStatus::Preorder);
}

void TestAvailability::expectedDate()
{
    bd::domain::Item item = itemFor(Policy::Backorder, Stock::None, Limit::None, Release::None, true);
    item.expectedDate = today.addDays(5);
    QCOMPARE(bd::domain::availability(item, today).expected, today.addDays(5));
    item.nextDelivery = today.addDays(3); // a purchase order comes first
    QCOMPARE(bd::domain::availability(item, today).expected, today.addDays(3));
    item.nextDelivery = today.addDays(-3); // late: never a day gone by
    QCOMPARE(bd::domain::availability(item, today).expected, today);
    // A pre-order ships on its release date even when the stock comes earlier.
    item = itemFor(Policy::Preorder, Stock::None, Limit::None, Release::Future, true);
    item.expectedDate = today.addDays(2);
    QCOMPARE(bd::domain::availability(item, today).expected, today.addDays(20));
    // In stock or not tracked: no date.
    QVERIFY(!bd::domain::availability(itemFor(Policy::Backorder, Stock::Enough, Limit::None, Release::None, true), today)
                 .expected.isValid());
    QVERIFY(!bd::domain::availability(itemFor(Policy::Backorder, Stock::None, Limit::None, Release::None, false), today)
                 .expected.isValid());
}

void TestAvailability::statusText()
{
    QCOMPARE(bd::domain::statusText(ItemStatus::InStock), u"In stock"_s);
    QCOMPARE(bd::domain::statusText(ItemStatus::Backorder), u"Backorder"_s);
    QCOMPARE(bd::domain::statusText(ItemStatus::Preorder), u"Pre-order"_s);
    QCOMPARE(bd::domain::statusText(ItemStatus::SoldOut), u"Sold out"_s);
    QCOMPARE(bd::domain::statusText(ItemStatus::NotTracked), u"Not tracked"_s);
}

QTEST_GUILESS_MAIN(TestAvailability)
#include "TestAvailability.moc"
