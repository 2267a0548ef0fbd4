#pragma once

#include "core/Result.h"
#include "services/Shop.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace bd::services {

// A bar of the waiting-time histogram: waiting lines that have waited between
// minDays and maxDays (maxDays -1: no upper end) days.
struct WaitBucket
{
    int minDays = 0;
    int maxDays = -1;
    int lines = 0;
    qint64 units = 0;
};

struct WaitingOnDay
{
    QDate day;
    qint64 units = 0; // waiting at the end of the day
};

// What the dashboard shows, worked out in one go.
struct DashboardFigures
{
    qint64 unitsWaiting = 0;
    int customersWaiting = 0;
    int oldestWaitDays = -1; // -1: nobody waits
    // Over the last rateDays days: units ordered and units of them that had to wait.
    qint64 unitsOrdered = 0;
    qint64 unitsBackordered = 0;
    int ordersReadyToShip = 0;
    int paymentsToCapture = 0; // orders with allocated units whose payment is not captured
    int paymentsAtRisk = 0;    // waiting orders whose card or authorization lapses first
    int failedEmails = 0;
    int items = 0; // in the catalogue; none, and the window offers to get started
    QList<WaitingOnDay> waitingTrend; // trendDays days, oldest first, ending today
    QList<WaitBucket> waitHistogram;  // 0–7, 8–14, 15–30, 31–60, >60 days

    // Share of the units ordered that had to wait; 0 with nothing ordered.
    double backorderRate() const { return unitsOrdered > 0 ? double(unitsBackordered) / double(unitsOrdered) : 0.0; }
};

// The merchant's figures at a glance: who waits, for how long, what is ready and what
// needs attention.
class DashboardService
{
    Q_DECLARE_TR_FUNCTIONS(DashboardService)

public:
    static constexpr int rateDays = 30;
    static constexpr int trendDays = 90;

    explicit DashboardService(Shop& shop)
        : m_shop(shop)
    {
    }

    core::Result<DashboardFigures> figures();

private:
    Shop& m_shop;
};

} // namespace bd::services
