#include "BulkCustomerWriter.h"

#include "core/Clock.h"
#include "store/CustomerStore.h"
#include "store/Database.h"
#include "store/Search.h"

#include <sqlite3.h>

#include <algorithm>

using bd::core::Result;
using bd::core::Status;
using bd::domain::Customer;

namespace bd::store {

namespace {

enum Statement { FindStaged, FindStored, Stage, Restage, UpdateRange, InsertRange, LineOf };

// Rows written again a part at a time when SQLite refused one of them.
constexpr qint64 PartSize = 256;

// Binds a customer's name, phone, address and search text from `first` on.
void bindFields(sqlite3_stmt* stmt, int first, const Customer& c)
{
    ScratchTable::bindText(stmt, first, c.name);
    ScratchTable::bindText(stmt, first + 1, c.phone);
    ScratchTable::bindText(stmt, first + 2, c.address);
    ScratchTable::bindText(stmt, first + 3, customerSearchText(c.email, c.name, c.phone));
}

// The customer of `email` on the row a statement reading "…, name, phone, address" is on.
Customer customerAt(sqlite3_stmt* stmt, qint64 id, const QString& email)
{
    return Customer{id, email, ScratchTable::columnText(stmt, 1), ScratchTable::columnText(stmt, 2),
                    ScratchTable::columnText(stmt, 3)};
}

} // namespace

BulkCustomerWriter::BulkCustomerWriter(Database& db)
    : m_db(Database::sqliteHandle(db.connection()))
    , m_scratch(m_db, "bulk_customers", LineOf + 1)
{
}

BulkCustomerWriter::~BulkCustomerWriter() = default;

core::Error BulkCustomerWriter::failure()
{
    return core::fail(tr("database error: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
}

Status BulkCustomerWriter::add(const Customer& customer, int line)
{
    // The e-mail is unique as in the customers: a second row for one is found by it.
    if (!m_scratch.created()
        && !m_scratch.create("(line INTEGER NOT NULL, id INTEGER, email TEXT NOT NULL UNIQUE, name TEXT NOT NULL, "
                             "phone TEXT NOT NULL, address TEXT NOT NULL, search_text TEXT NOT NULL)"))
        return failure();
    // A customer an earlier row gathered: this row changes it as it would the stored one.
    sqlite3_stmt* staged = m_scratch.statement(
        FindStaged, "SELECT rowid, name, phone, address FROM temp.bulk_customers WHERE email = ?");
    if (!staged)
        return failure();
    ScratchTable::bindText(staged, 1, customer.email);
    int rc = sqlite3_step(staged);
    if (rc == SQLITE_ROW) {
        const qint64 row = sqlite3_column_int64(staged, 0);
        const Customer known = customerAt(staged, 0, customer.email);
        sqlite3_reset(staged);
        const std::optional<Customer> changed = CustomerStore::updated(known, customer);
        if (!changed)
            return {};
        sqlite3_stmt* restage = m_scratch.statement(
            Restage,
            "UPDATE temp.bulk_customers SET name = ?1, phone = ?2, address = ?3, search_text = ?4, line = ?5 "
            "WHERE rowid = ?6");
        if (!restage)
            return failure();
        bindFields(restage, 1, *changed);
        sqlite3_bind_int(restage, 5, line);
        sqlite3_bind_int64(restage, 6, row);
        if (sqlite3_step(restage) != SQLITE_DONE)
            return failure();
        return {};
    }
    if (rc != SQLITE_DONE)
        return failure();

    // A stored customer: gathered only when the row changes something.
    Customer written = customer;
    qint64 id = 0;
    sqlite3_stmt* stored
        = m_scratch.statement(FindStored, "SELECT id, name, phone, address FROM main.customers WHERE email = ?");
    if (!stored)
        return failure();
    ScratchTable::bindText(stored, 1, customer.email);
    rc = sqlite3_step(stored);
    if (rc == SQLITE_ROW) {
        id = sqlite3_column_int64(stored, 0);
        const Customer known = customerAt(stored, id, customer.email);
        sqlite3_reset(stored);
        const std::optional<Customer> changed = CustomerStore::updated(known, customer);
        if (!changed)
            return {};
        written = *changed;
    } else if (rc != SQLITE_DONE) {
        return failure();
    }
    sqlite3_stmt* stage = m_scratch.statement(Stage,
                                    "INSERT INTO temp.bulk_customers (name, phone, address, search_text, line, id, "
                                    "email) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!stage)
        return failure();
    bindFields(stage, 1, written);
    sqlite3_bind_int(stage, 5, line);
    if (id > 0)
        sqlite3_bind_int64(stage, 6, id);
    ScratchTable::bindText(stage, 7, written.email);
    if (sqlite3_step(stage) != SQLITE_DONE)
        return failure();
    ++m_rows;
    return {};
}

Result<bool> BulkCustomerWriter::writeRange(qint64 first, qint64 last, const QByteArray& at, QString* refusal)
{
    // One statement each: the search index gathers the words of all and writes them once.
    sqlite3_stmt* update = m_scratch.statement(
        UpdateRange,
        "UPDATE main.customers SET name = s.name, phone = s.phone, address = s.address, search_text = s.search_text "
        "FROM temp.bulk_customers AS s WHERE s.rowid BETWEEN ?1 AND ?2 AND s.id IS NOT NULL AND customers.id = s.id");
    sqlite3_stmt* insert = m_scratch.statement(
        InsertRange,
        "INSERT INTO main.customers (email, name, phone, address, created_at, search_text) "
        "SELECT email, name, phone, address, ?3, search_text FROM temp.bulk_customers "
        "WHERE rowid BETWEEN ?1 AND ?2 AND id IS NULL ORDER BY rowid");
    if (!update || !insert)
        return failure();
    for (sqlite3_stmt* stmt : {update, insert}) {
        sqlite3_bind_int64(stmt, 1, first);
        sqlite3_bind_int64(stmt, 2, last);
        if (stmt == insert)
            sqlite3_bind_text(stmt, 3, at.constData(), static_cast<int>(at.size()), SQLITE_STATIC);
        const int rc = sqlite3_step(stmt);
        if (rc == SQLITE_DONE)
            continue;
        // The statement is undone; what the update of these rows wrote is written
        // again, the same, when they go again.
        *refusal = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(stmt);
        if ((rc & 0xff) != SQLITE_CONSTRAINT)
            return core::fail(tr("database error: %1").arg(*refusal));
        return false;
    }
    return true;
}

Status BulkCustomerWriter::write(const QByteArray& at)
{
    QString refusal;
    const Result<bool> all = writeRange(1, m_rows, at, &refusal);
    if (!all)
        return all.errors();
    if (all.value())
        return {};
    for (qint64 first = 1; first <= m_rows; first += PartSize) {
        const qint64 last = std::min(m_rows, first + PartSize - 1);
        const Result<bool> part = writeRange(first, last, at, &refusal);
        if (!part)
            return part.errors();
        if (part.value())
            continue;
        for (qint64 row = first; row <= last; ++row) {
            const Result<bool> one = writeRange(row, row, at, &refusal);
            if (!one)
                return one.errors();
            if (one.value())
                continue;
            sqlite3_stmt* stmt = m_scratch.statement(LineOf, "SELECT line FROM temp.bulk_customers WHERE rowid = ?");
            if (!stmt)
                return failure();
            sqlite3_bind_int64(stmt, 1, row);
            if (sqlite3_step(stmt) != SQLITE_ROW)
                return failure();
            m_rejected << Rejected{sqlite3_column_int(stmt, 0), refusal};
            sqlite3_reset(stmt);
        }
    }
    return {};
}

Status BulkCustomerWriter::flush(const QDateTime& at)
{
    if (!m_scratch.created())
        return {};
    if (m_rows > 0) {
        if (Status s = write(core::toIso(at).toUtf8()); !s.ok())
            return s;
    }
    if (!m_scratch.drop())
        return failure();
    m_rows = 0;
    return {};
}

} // namespace bd::store
