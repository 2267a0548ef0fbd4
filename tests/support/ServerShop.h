#pragma once

// Which engine a test run uses for its shops. The same test executable runs twice in
// CTest: on SQLite files, and (the `pg` label, BD_TEST_ENGINE=postgresql) on databases of
// the PostgreSQL server the run started.

#include "SqliteLook.h"
#include "TestServer.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

namespace bd::test {

inline bool onServer()
{
    return qEnvironmentVariable("BD_TEST_ENGINE") == QLatin1String("postgresql");
}

// Where a new, empty shop goes: `fileName` in `dir`, or a fresh database on the server.
inline QString newShopLocation(const QTemporaryDir& dir, const QString& fileName, QString* error)
{
    if (onServer())
        return TestServer::newDatabase(error);
    return dir.filePath(fileName);
}

// A second connection to a test's shop on either engine, to look at what the seats left.
class ShopLook
{
public:
    explicit ShopLook(const QString& location)
    {
        if (location.startsWith(QLatin1String("postgresql:")))
            m_server = std::make_unique<ServerLook>(location);
        else
            m_file = std::make_unique<store::test::RawDb>(location);
    }

    bool isOpen() const { return m_server ? m_server->isOpen() : m_file->isOpen(); }
    QSqlDatabase db() const { return m_server ? m_server->db() : m_file->db(); }
    // The first column of the first row of a query, as an integer (-1 when it failed).
    qint64 number(const QString& sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private:
    std::unique_ptr<ServerLook> m_server;
    std::unique_ptr<store::test::RawDb> m_file;
};

} // namespace bd::test

// For what only a file has (its header, a damaged file, a file copy); the reason is
// printed in the test's output.
#define BD_SKIP_ON_SERVER(why)                                                                                         \
    do {                                                                                                               \
        if (bd::test::onServer())                                                                                      \
            QSKIP("only for shop files: " why);                                                                        \
    } while (false)
