#pragma once

#include "core/Result.h"
#include "domain/Types.h"
#include "store/StatementCache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

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
    // Writes the orders and lines added since the last write, many to a statement.
    core::Status write();

    struct PendingOrder
    {
        qint64 key = 0;
        domain::NewOrder order;
        bool skipped = false;
    };
    struct PendingLine
    {
        qint64 id = 0;
        qint64 key = 0;
        domain::NewOrderLine line;
    };

    // The order numbers added so far, as a Bloom filter of 1 MiB: a number it never saw
    // is known not to be in the spool without a read (most files give each order one row).
    class SeenNumbers
    {
    public:
        void add(const QString& number);
        bool mayHold(const QString& number) const;

    private:
        static constexpr size_t Bits = size_t(1) << 23;
        std::vector<quint64> m_bits = std::vector<quint64>(Bits / 64);
    };

    Database& m_db;
    QString m_sourceFile;
    SeenNumbers m_seen;
    bool m_open = false;
    qint64 m_orders = 0;
    qint64 m_lines = 0;
    QSqlQuery m_find;
    StatementCache m_statements;
    // Added and not written yet: a few hundred at most.
    QList<PendingOrder> m_pendingOrders;
    QHash<QString, Head> m_pendingHeads; // by order number
    QList<PendingLine> m_pendingLines;
};

} // namespace bd::store
