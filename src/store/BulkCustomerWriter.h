#pragma once

#include "core/Result.h"
#include "domain/Types.h"
#include "store/ScratchTable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>


namespace bd::store {

class Database;

// The fast path of a big customers import on a shop file: each row is gathered in a
// temporary table as the file is read (a second row for one e-mail fills in the first,
// as an upsert would), and flush() writes them into the customers in two statements,
// the changed customers, then the new ones in the file's order. The customers' search
// index (FTS5) writes what it has gathered each time a statement that fires its trigger
// begins inside a transaction: written one row at a time, 100,000 customers made as
// many segments for it to merge, four fifths of the import's time.
//
// A row the customers refuse (a constraint, a trigger of theirs) is named by its line:
// the rows are written again a part at a time, and a part with a refused row row by row.
// On a server shop available() is false and customers are upserted one at a time.
class BulkCustomerWriter
{
    Q_DECLARE_TR_FUNCTIONS(BulkCustomerWriter)

public:
    explicit BulkCustomerWriter(Database& db);
    ~BulkCustomerWriter();
    BulkCustomerWriter(const BulkCustomerWriter&) = delete;
    BulkCustomerWriter& operator=(const BulkCustomerWriter&) = delete;

    bool available() const { return m_db != nullptr; }

    // Gathers a customer of the file's `line`, checked already: new, or what it changes
    // of the stored one with that e-mail (CustomerStore::updated), or nothing.
    core::Status add(const domain::Customer& customer, int line);
    // Writes what was gathered; new customers are created at `at`.
    core::Status flush(const QDateTime& at);

    struct Rejected
    {
        int line = 0;
        QString message; // SQLite's
    };
    const QList<Rejected>& rejected() const { return m_rejected; }

private:
    core::Status write(const QByteArray& at);
    // Writes the gathered rows `first` to `last`; false when SQLite refused one of them.
    core::Result<bool> writeRange(qint64 first, qint64 last, const QByteArray& at, QString* refusal);
    core::Error failure();

    sqlite3* m_db = nullptr;
    ScratchTable m_scratch;
    qint64 m_rows = 0; // rows gathered, numbered 1, 2, … in the temporary table
    QList<Rejected> m_rejected;
};

} // namespace bd::store
