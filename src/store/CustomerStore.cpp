#include "CustomerStore.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/Dialect.h"
#include "store/ItemStore.h"
#include "store/Search.h"

using bd::core::Result;
using bd::core::Status;
using namespace bd::domain;
using namespace bd::store::sql;

namespace bd::store {

namespace {

// A customer row's columns, over the customers c: the customer with the sums of its
// orders it keeps (migration 0012), which the list shows and sorts by on their indexes.
const QString orderCount = QStringLiteral("c.order_count");
const QString waitingLineCount = QStringLiteral("c.waiting_lines");
const QString lastOrder = QStringLiteral("c.last_order_at");
const QString customerFields = QStringLiteral("c.id, c.email, c.name, c.phone, ") + orderCount + QStringLiteral(", ")
                               + waitingLineCount + QStringLiteral(", ") + lastOrder + QStringLiteral(" ");

} // namespace

QString CustomerStore::sortSql(const CustomerFilter& filter)
{
    const QString dir = filter.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString byId = QStringLiteral(", c.id") + dir;
    switch (filter.sort) {
    case CustomerFilter::Sort::Email:
        return QStringLiteral("c.email") + dir; // unique
    case CustomerFilter::Sort::Name:
        return QStringLiteral("c.name") + dir + byId;
    case CustomerFilter::Sort::Phone:
        return QStringLiteral("c.phone") + dir + byId;
    case CustomerFilter::Sort::Orders:
        return orderCount + dir + byId;
    case CustomerFilter::Sort::WaitingLines:
        return waitingLineCount + dir + byId;
    case CustomerFilter::Sort::LastOrder:
        return lastOrder + dir + byId;
    }
    return QStringLiteral("c.email") + dir;
}

namespace {

const QString customerColumns = customerFields + QStringLiteral("FROM customers c ");

CustomerRow readCustomerRow(const QSqlQuery& q)
{
    return CustomerRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toInt(),      q.value(5).toInt(),    dateTimeOf(q.value(6))};
}

Customer readCustomer(const QSqlQuery& q)
{
    return Customer{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString()};
}

} // namespace

CustomerStore::CustomerStore(Database& db)
    : m_statements(db)
    , m_dialect(db.dialect())
{
}

std::optional<Customer> CustomerStore::updated(const Customer& known, const Customer& update)
{
    Customer out = known;
    for (auto [field, value] : {std::pair{&out.name, &update.name}, std::pair{&out.phone, &update.phone},
                                std::pair{&out.address, &update.address}}) {
        if (!value->isEmpty())
            *field = *value;
    }
    if (out.name == known.name && out.phone == known.phone && out.address == known.address)
        return std::nullopt;
    return out;
}

Result<qint64> CustomerStore::upsertCustomer(const Customer& customer, const QDateTime& at)
{
    Statement find = m_statements.prepared(QStringLiteral("SELECT id, email, name, phone, address FROM customers WHERE email = ?"));
    find.bindValue(P(0), customer.email);
    const Found<Customer> stored = readFirst(find, readCustomer);
    if (!stored)
        return stored.errors();
    if (const std::optional<Customer>& known = stored.value()) {
        if (const std::optional<Customer> changed = updated(*known, customer)) {
            Statement up = m_statements.prepared(
                QStringLiteral("UPDATE customers SET name = ?, phone = ?, address = ?, search_text = ? WHERE id = ?"));
            up.bindValue(P(0), changed->name);
            up.bindValue(P(1), changed->phone);
            up.bindValue(P(2), changed->address);
            up.bindValue(P(3), customerSearchText(changed->email, changed->name, changed->phone));
            up.bindValue(P(4), known->id);
            if (Status s = run(up); !s.ok())
                return s.errors();
        }
        return known->id;
    }
    Statement ins = m_statements.prepared(QStringLiteral(
        "INSERT INTO customers (email, name, phone, address, created_at, search_text) VALUES (?, ?, ?, ?, ?, ?)"));
    ins.bindValue(P(0), customer.email);
    ins.bindValue(P(1), customer.name);
    ins.bindValue(P(2), customer.phone);
    ins.bindValue(P(3), customer.address);
    ins.bindValue(P(4), core::toIso(at));
    ins.bindValue(P(5), customerSearchText(customer.email, customer.name, customer.phone));
    if (Status s = run(ins); !s.ok())
        return s.errors();
    return ins.lastInsertId().toLongLong();
}

Found<Customer> CustomerStore::customerByEmail(const QString& email)
{
    Statement q = m_statements.prepared(QStringLiteral("SELECT id, email, name, phone, address FROM customers WHERE email = ?"));
    q.bindValue(P(0), email);
    return readFirst(q, readCustomer);
}

Status CustomerStore::forEachCustomer(const std::function<void(const Customer&)>& visit)
{
    Statement q = m_statements.prepared(QStringLiteral("SELECT id, email, name, phone, address FROM customers ORDER BY email"));
    if (Status s = run(q); !s.ok())
        return s;
    while (q.next())
        visit(readCustomer(q));
    if (q.lastError().isValid())
        return failed(q);
    return {};
}

Result<bool> CustomerStore::couponCodeExists(const QString& code)
{
    Statement q = m_statements.prepared(QStringLiteral("SELECT 1 FROM coupons WHERE code = ?"));
    q.bindValue(P(0), code);
    return readExists(q);
}

Status CustomerStore::insertCoupon(const CouponRow& coupon, qint64 customerId)
{
    Statement q = m_statements.prepared(QStringLiteral(
        "INSERT INTO coupons (code, customer_id, percent, amount_minor, currency, reason, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(P(0), coupon.code);
    q.bindValue(P(1), customerId);
    q.bindValue(P(2), orNull(coupon.percent));
    q.bindValue(P(3), orNull(coupon.amountMinor));
    q.bindValue(P(4), coupon.currency);
    q.bindValue(P(5), coupon.reason);
    q.bindValue(P(6), core::toIso(coupon.createdAt));
    return run(q);
}

Result<QList<CouponRow>> CustomerStore::coupons()
{
    Statement q = m_statements.prepared(QStringLiteral(
        "SELECT k.code, c.email, k.percent, k.amount_minor, k.currency, k.reason, k.created_at "
        "FROM coupons k JOIN customers c ON c.id = k.customer_id ORDER BY k.created_at, k.code"));
    return readAll(q, [](const QSqlQuery& r) {
        CouponRow row;
        row.code = r.value(0).toString();
        row.customerEmail = r.value(1).toString();
        if (!r.value(2).isNull())
            row.percent = r.value(2).toInt();
        if (!r.value(3).isNull())
            row.amountMinor = r.value(3).toLongLong();
        row.currency = r.value(4).toString();
        row.reason = r.value(5).toString();
        row.createdAt = dateTimeOf(r.value(6));
        return row;
    });
}

QString CustomerStore::customerWhere(SqlText& sql, const CustomerFilter& filter) const
{
    QStringList where;
    const QString search = searchCondition(sql, m_dialect, searchWords(filter.search),
                                           {SearchMatch{SearchTable{QStringLiteral("customers"), QStringLiteral("c.id")}, {}, {}}});
    if (!search.isEmpty())
        where << search;
    if (filter.onlyWaiting)
        where << waitingLineCount + QStringLiteral(" > 0");
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

Result<QList<CustomerRow>> CustomerStore::customers(const CustomerFilter& filter, int offset, int limit)
{
    SqlText sql;
    const QString where = customerWhere(sql, filter);
    const QString order = sortSql(filter);
    sql.text = QStringLiteral("SELECT ") + customerFields + QStringLiteral("FROM customers c") + where
               + QStringLiteral(" ORDER BY ") + order + QStringLiteral(" LIMIT ") + sql.bind(limit)
               + QStringLiteral(" OFFSET ") + sql.bind(offset);
    Statement q = m_statements.prepared(sql.text);
    sql.bindTo(q);
    return readAll(q, readCustomerRow);
}

Result<int> CustomerStore::countCustomers(const CustomerFilter& filter)
{
    SqlText sql;
    sql.text = QStringLiteral("SELECT COUNT(*) FROM customers c") + customerWhere(sql, filter);
    Statement q = m_statements.prepared(sql.text);
    sql.bindTo(q);
    return readCount(q);
}

Found<CustomerRow> CustomerStore::customerRow(const QString& email)
{
    Statement q = m_statements.prepared(QStringLiteral("SELECT ") + customerColumns + QStringLiteral("WHERE c.email = :email"));
    q.bindValue(QStringLiteral(":email"), email);
    return readFirst(q, readCustomerRow);
}

Result<QList<Customer>> CustomerStore::customersStartingWith(const QString& prefix, int limit)
{
    Statement q = m_statements.prepared(QStringLiteral(
        "SELECT id, email, name FROM customers WHERE email >= :from AND email < :to ORDER BY email LIMIT :limit"));
    q.bindValue(QStringLiteral(":from"), prefix);
    q.bindValue(QStringLiteral(":to"), prefixEnd(prefix));
    q.bindValue(QStringLiteral(":limit"), limitValue(limit));
    return readAll(q, [](const QSqlQuery& r) {
        Customer c;
        c.id = r.value(0).toLongLong();
        c.email = r.value(1).toString();
        c.name = r.value(2).toString();
        return c;
    });
}

} // namespace bd::store
