#pragma once

#include "core/Result.h"
#include "store/Sql.h"
#include "store/StatementCache.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace bd::store {

class Database;

// Rows the reports read (bd::reports::ReportService turns them into report data).
namespace report {

// An item somebody waits for.
struct BackorderItem
{
    QString sku;
    QString name;
    int waitingUnits = 0;
    int waitingLines = 0;
    int customers = 0;
    QDateTime oldestPlaced;
    QDate expectedByHand;
    qint64 waitingValueMinor = 0; // what the waiting units sell for
    int incoming = 0;      // units still to come on open purchase orders
    QDate nextDelivery;    // earliest expected date of those
};

// Waiting lines of an item placed on one day (UTC).
struct AgingCell
{
    QString sku;
    QString name;
    QDate placed;
    int lines = 0;
    int units = 0;
};

struct QueueLine
{
    int position = 0;
    QString orderNumber;
    bool priority = false;
    QString customerName;
    QString email;
    QString phone;
    int qtyWaiting = 0;
    QDateTime placedAt;
    QDate promised;
    QString payment;
    qint64 lineId = 0;
};

struct CrossDockShip
{
    QString orderNumber;
    QString sku;
    QString itemName;
    int qty = 0;
    QString shipToName;
    QString shipToAddress;
    QString email;
    // What the order line still waited for once this fill was made (> 0: a partial
    // fill), less what was cancelled of it since.
    int stillToCome = 0;
};

// Where an order goes: its ship-to, else the customer's own name and address.
struct ShipTo
{
    QString name;
    QString address;
};

struct CrossDockReceived
{
    QString sku;
    QString itemName;
    int received = 0;
    int toShelf = 0;
    QDateTime receivedAt;
};

struct PackingLine
{
    QString orderNumber;
    QDateTime placedAt;
    QString shipToName;
    QString shipToAddress;
    QString email;
    bool holdUntilComplete = false;
    qint64 lineId = 0;
    QString sku;
    QString itemName;
    int qty = 0;
    int allocated = 0;
    int shipped = 0;
    int waiting = 0;
    int cancelled = 0;
    QDate releaseDate; // a pre-order item is not shipped before it
};

struct LastShipment
{
    qint64 id = 0;
    QDateTime shippedAt;
    QString tracking;
    bool partial = false;
    QList<std::pair<qint64, int>> lines; // order line id, units
};

// A line that had to wait, placed in the period.
struct BackorderedLine
{
    QDateTime placedAt;
    int backordered = 0;
    int cancelled = 0;
    QString cancelReason;
    QDateTime cancelledAt; // invalid when not cancelled
};

struct DemandRow
{
    qint64 itemId = 0;
    QString sku;
    QString name;
    qint64 ordered = 0;
    qint64 backordered = 0;
    qint64 waiting = 0;
};

struct DayTotals
{
    QDate day;
    int lines = 0;
    qint64 units = 0;
    int backorderedLines = 0;
    qint64 backorderedUnits = 0;
};

struct FilledLine
{
    QDateTime placedAt;
    QDateTime lastShipped;
};

} // namespace report

// All SQL of the reports: read-only, portable (SQLite and PostgreSQL), each statement
// prepared once per connection and run with bound values. Periods are half-open
// ranges of ISO 8601 UTC text [from, to), compared as text like every stored time.
class ReportStore
{
    Q_DECLARE_TR_FUNCTIONS(ReportStore)

public:
    explicit ReportStore(Database& db);

    core::Result<bool> orderExists(const QString& orderNumber);
    core::Result<int> receiptCount(const QString& reference);

    // itemId 0: every item.
    core::Result<QList<report::BackorderItem>> backorderItems(qint64 itemId);
    core::Result<int> waitingCustomers(qint64 itemId);
    core::Result<QList<report::AgingCell>> agingCells(qint64 itemId);
    core::Status forEachQueueLine(qint64 itemId, const std::function<bool(const report::QueueLine&)>& visit);
    core::Result<QList<report::CrossDockShip>> crossDockShipping(const QString& reference);
    core::Result<QList<report::CrossDockReceived>> crossDockReceived(const QString& reference);
    // The ship-to of each of these orders, by order number (an unknown number is left out).
    core::Result<QHash<QString, report::ShipTo>> shipToOf(const QStringList& orderNumbers);
    // Every line of the orders with units allocated (orderNumber empty), or of one order.
    core::Result<QList<report::PackingLine>> packingLines(const QString& orderNumber);
    core::Result<std::optional<report::LastShipment>> lastShipment(const QString& orderNumber);
    core::Result<QList<report::BackorderedLine>> backorderedLines(const QDateTime& from, const QDateTime& to);
    // Units ordered, backordered and waiting per item, of the lines placed in the period.
    core::Result<QList<report::DemandRow>> demandPerItem(const QDateTime& from, const QDateTime& to);
    // Every item's attributes, by item id.
    core::Result<QHash<qint64, QList<std::pair<QString, QString>>>> itemAttributes();
    core::Result<QList<report::DayTotals>> dayTotals(const QDateTime& from, const QDateTime& to);
    core::Result<QList<report::FilledLine>> filledAfterWaiting(const QDateTime& from, const QDateTime& to);

private:
    Statement prepared(const QString& sql) { return m_statements.prepared(sql); }

    Database& m_db;
    StatementCache m_statements;
};

} // namespace bd::store
