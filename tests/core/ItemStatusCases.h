#pragma once

// Every case of the item status rule a merchant can make: policy × stock × backorder
// limit × release date × tracked, with the status the merchant expects of each. The
// domain test checks the rule on items shaped so; the window test builds a real shop
// with one item per case and checks that the window, the feed and a report agree.

#include "domain/Availability.h"

#include <QList>
#include <QString>

namespace bd::test {

enum class Stock { None, Some, Enough };
enum class Limit { None, NotReached, Reached };
enum class Release { None, Future, Past };

// In the shapes the engine leaves items in: with nothing free 4 units wait (while
// anyone waits nothing is free), except for a stop item, for which nobody may wait;
// "some" stock is 5 on hand, all reserved for orders; "enough" is 10 on hand of which
// 2 are reserved, and nobody waits.
struct StatusCase
{
    static constexpr int Waiting = 4;
    static constexpr int SomeOnHand = 5;
    static constexpr int EnoughOnHand = 10;
    static constexpr int EnoughAllocated = 2;
    static constexpr int LimitNotReached = 10;
    static constexpr int ReleaseInDays = 20;

    domain::Policy policy = domain::Policy::Stop;
    Stock stock = Stock::None;
    Limit limit = Limit::None;
    Release release = Release::None;
    bool tracked = true;

    int onHand() const { return stock == Stock::None ? 0 : stock == Stock::Some ? SomeOnHand : EnoughOnHand; }
    // What the orders placed for it ask: units reserved plus units waiting.
    int ordered() const { return stock == Stock::Enough ? EnoughAllocated : onHand() + waiting(); }
    int waiting() const { return stock == Stock::Enough || policy == domain::Policy::Stop ? 0 : Waiting; }
    std::optional<int> backorderLimit() const
    {
        if (limit == Limit::NotReached)
            return LimitNotReached;
        if (limit == Limit::Reached)
            return waiting(); // 0 with enough stock: nothing more may wait
        return std::nullopt;
    }
    QDate releaseDate(const QDate& today) const
    {
        return release == Release::Future ? today.addDays(ReleaseInDays)
               : release == Release::Past ? today.addDays(-ReleaseInDays)
                                          : QDate();
    }

    // What the merchant expects (DESIGN.md, "policy"): stock nobody counts is never sold
    // out; free stock sells from the shelf (a pre-order item before its release takes
    // pre-orders from it); with nothing free an order waits unless the policy is stop or
    // the limit is reached, and then the item is sold out, pre-order or not.
    domain::ItemStatus expected() const
    {
        using domain::ItemStatus;
        if (!tracked)
            return ItemStatus::NotTracked;
        const bool unreleased = policy == domain::Policy::Preorder && release != Release::Past;
        if (stock == Stock::Enough)
            return unreleased ? ItemStatus::Preorder : ItemStatus::InStock;
        if (policy == domain::Policy::Stop || limit == Limit::Reached)
            return ItemStatus::SoldOut;
        return unreleased ? ItemStatus::Preorder : ItemStatus::Backorder;
    }

    QString label() const
    {
        static const char* const policies[] = {"stop", "backorder", "preorder"};
        static const char* const stocks[] = {"no stock", "some stock", "enough stock"};
        static const char* const limits[] = {"no limit", "limit not reached", "limit reached"};
        static const char* const releases[] = {"no release date", "released later", "released"};
        return QStringLiteral("%1, %2, %3, %4, %5")
            .arg(QLatin1String(policies[int(policy)]), QLatin1String(stocks[int(stock)]),
                 QLatin1String(limits[int(limit)]), QLatin1String(releases[int(release)]),
                 tracked ? QStringLiteral("tracked") : QStringLiteral("not tracked"));
    }

    // The item in that shape, its counters set as the engine would leave them.
    domain::Item item(const QDate& today) const
    {
        domain::Item item;
        item.sku = QStringLiteral("CASE");
        item.policy = policy;
        item.tracked = tracked;
        item.backorderLimit = backorderLimit();
        item.releaseDate = releaseDate(today);
        item.expectedDate = today.addDays(30);
        if (tracked) {
            item.onHand = onHand();
            item.allocated = std::min(onHand(), ordered());
            item.waiting = waiting();
        }
        return item;
    }
};

// All 162 of them.
inline QList<StatusCase> allStatusCases()
{
    QList<StatusCase> cases;
    for (domain::Policy policy : {domain::Policy::Stop, domain::Policy::Backorder, domain::Policy::Preorder})
        for (Stock stock : {Stock::None, Stock::Some, Stock::Enough})
            for (Limit limit : {Limit::None, Limit::NotReached, Limit::Reached})
                for (Release release : {Release::None, Release::Future, Release::Past})
                    for (bool tracked : {true, false})
                        cases << StatusCase{policy, stock, limit, release, tracked};
    return cases;
}

} // namespace bd::test
