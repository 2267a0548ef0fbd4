// The item status rule (domain::availability) over every case a merchant can make:
// policy × stock × backorder limit × release date × tracked.

#include "ItemStatusCases.h"
#include "domain/Availability.h"

#include <QTest>

using namespace Qt::StringLiterals;
using bd::domain::ItemStatus;
using bd::domain::Policy;
using bd::test::Limit;
using bd::test::Release;
using bd::test::StatusCase;
using bd::test::Stock;

namespace {

const QDate today(2026, 12, 4);

bd::domain::Item itemFor(Policy policy, Stock stock, Limit limit, Release release, bool tracked)
{
    return StatusCase{policy, stock, limit, release, tracked}.item(today);
}

} // namespace

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
    for (const StatusCase& c : bd::test::allStatusCases()) {
        QTest::addRow("%s", qPrintable(c.label())) << c.item(today) << c.expected();
        ++rows;
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
