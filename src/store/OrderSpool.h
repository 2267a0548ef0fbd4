#pragma once

#include "core/Result.h"
#include "domain/Types.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <optional>

namespace bd::store {

class Database;

// The orders of an import file, held in TEMP tables on the shop's connection instead
// of in memory until the whole file is read: they are then given back in the order
// they were placed (first come, first served), each with its lines in file order.
// A million-line file costs disk pages of the temporary database, not the heap.
//
// Made inside the import's transaction and dropped when it goes, so a dry run or a
// refused file leaves nothing behind.
class OrderSpool
{
    Q_DECLARE_TR_FUNCTIONS(OrderSpool)

public:
    // sourceFile: the file the orders come from, given back in every order for messages.
    OrderSpool(Database& db, QString sourceFile);
    const QString& sourceFile() const { return m_sourceFile; }
    ~OrderSpool();
    OrderSpool(const OrderSpool&) = delete;
    OrderSpool& operator=(const OrderSpool&) = delete;

    // Creates the tables; nothing else works before it succeeded.
    core::Status open();

    // What the rows after an order's first need to be checked against it.
    struct Head
    {
        qint64 key = 0;
        QDateTime placedAt;
        QString customerEmail;
        int sourceLine = 0;
        bool skipped = false;
    };
    // The order of that number read so far, if any; a failed read is an error, never
    // "not read yet" (which would place the order's other rows as a second order).
    core::Result<std::optional<Head>> find(const QString& number);
    // A new order (its lines are added with addLine). A skipped one is only remembered,
    // so that its other rows are passed over too; it is never given back.
    core::Result<Head> addOrder(const domain::NewOrder& order, bool skipped = false);
    core::Status addLine(qint64 key, const domain::NewOrderLine& line);

    // Every order not skipped, by the time it was placed, orders of the same time in the
    // queue's order of their numbers (QueueOrder.h); those without a time first, in file
    // order. `visit` returns false to stop.
    core::Status forEachByPlacedTime(const std::function<bool(const domain::NewOrder&)>& visit);

private:
    Database& m_db;
    QString m_sourceFile;
    bool m_open = false;
    qint64 m_orders = 0;
    qint64 m_lines = 0;
    QSqlQuery m_find;
    QSqlQuery m_addOrder;
    QSqlQuery m_addLine;
};

} // namespace bd::store
