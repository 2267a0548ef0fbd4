#include "ScratchTable.h"

#include <QByteArray>

#include <sqlite3.h>

namespace bd::store {

ScratchTable::ScratchTable(sqlite3* db, const char* name, int statements)
    : m_db(db)
    , m_name(name)
    , m_statements(statements, nullptr)
{
}

ScratchTable::~ScratchTable()
{
    for (sqlite3_stmt* stmt : std::as_const(m_statements))
        sqlite3_finalize(stmt);
    if (m_created)
        sqlite3_exec(m_db, QByteArray("DROP TABLE IF EXISTS temp." + m_name).constData(), nullptr, nullptr, nullptr);
}

sqlite3_stmt* ScratchTable::statement(int index, const char* sql)
{
    sqlite3_stmt*& stmt = m_statements[index];
    if (!stmt) {
        if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK)
            return nullptr;
    } else {
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
    }
    return stmt;
}

bool ScratchTable::create(const QByteArray& definition)
{
    if (sqlite3_exec(m_db, QByteArray("CREATE TEMP TABLE " + m_name + ' ' + definition).constData(), nullptr, nullptr,
                     nullptr)
        != SQLITE_OK)
        return false;
    m_created = true;
    return true;
}

bool ScratchTable::drop()
{
    for (sqlite3_stmt*& stmt : m_statements) {
        sqlite3_finalize(stmt);
        stmt = nullptr;
    }
    if (!m_created)
        return true;
    if (sqlite3_exec(m_db, QByteArray("DROP TABLE temp." + m_name).constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return false;
    m_created = false;
    return true;
}

void ScratchTable::bindText(sqlite3_stmt* stmt, int index, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

QString ScratchTable::columnText(sqlite3_stmt* stmt, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, column)),
                             sqlite3_column_bytes(stmt, column));
}

} // namespace bd::store
