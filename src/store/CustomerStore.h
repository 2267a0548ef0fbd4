#pragma once

#include "core/Result.h"
#include "domain/Types.h"
#include "store/Dialect.h"
#include "store/Sql.h"
#include "store/StatementCache.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace bd::store {

class Database;

// What the customers list shows.
struct CustomerFilter
{
    QString search; // words that all occur in the e-mail, name or phone (Search.h)
    bool onlyWaiting = false;
    // Each column of the customers list; ties go by the customer's id.
    enum class Sort { Email, Name, Phone, Orders, WaitingLines, LastOrder } sort = Sort::Email;
    bool descending = false;
};

struct CustomerRow
{
    qint64 id = 0;
    QString email;
    QString name;
    QString phone;
    int orders = 0;
    int waitingLines = 0;
    QDateTime lastOrder;
};

struct CouponRow
{
    QString code;
    QString customerEmail;
    std::optional<int> percent;
    std::optional<qint64> amountMinor;
    QString currency;
    QString reason;
    QDateTime createdAt;
};

// The customers and the coupons issued to them, and the window's customers list (read
// by key, "after this row", so the last page costs what the first does).
class CustomerStore
{
public:
    explicit CustomerStore(Database& db);

    // The ORDER BY of the customers list for a filter's sort, over the customers `c`.
    static QString sortSql(const CustomerFilter& filter);

    // Inserts the customer, or changes the stored one with that e-mail (updated()); its id.
    core::Result<qint64> upsertCustomer(const domain::Customer& customer, const QDateTime& at);
    // What an upsert makes of the stored customer `known`: each of name, phone and
    // address that `update` has replaces the stored one, an empty one keeps it. Nothing
    // when that changes nothing.
    static std::optional<domain::Customer> updated(const domain::Customer& known, const domain::Customer& update);
    Found<domain::Customer> customerByEmail(const QString& email);
    // Every customer by e-mail. `visit` must not use the database: the rows are read
    // while it runs.
    core::Status forEachCustomer(const std::function<void(const domain::Customer&)>& visit);

    core::Result<bool> couponCodeExists(const QString& code);
    core::Status insertCoupon(const CouponRow& coupon, qint64 customerId);
    core::Result<QList<CouponRow>> coupons();

    // Up to `limit` customers the filter selects, in its order, from the `offset`-th.
    core::Result<QList<CustomerRow>> customers(const CustomerFilter& filter, int offset, int limit);
    core::Result<int> countCustomers(const CustomerFilter& filter);
    Found<CustomerRow> customerRow(const QString& email);
    // Completions for entry fields: customers whose e-mail starts with `prefix`.
    core::Result<QList<domain::Customer>> customersStartingWith(const QString& prefix, int limit);

private:
    // The WHERE clause (with its leading space) of what the filter selects; empty for all.
    QString customerWhere(SqlText& sql, const CustomerFilter& filter) const;

    StatementCache m_statements;
    Dialect m_dialect;
};

} // namespace bd::store
