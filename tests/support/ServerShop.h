#pragma once

// Which engine a test run uses for its shops. The same test executable runs twice in
// CTest: on SQLite files, and (the `pg` label, BD_TEST_ENGINE=postgresql) on databases of
// the PostgreSQL server the run started.

#include "TestServer.h"

#include <QTemporaryDir>

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

} // namespace bd::test

// For what only a file has (its header, a damaged file, a file copy); the reason is
// printed in the test's output.
#define BD_SKIP_ON_SERVER(why)                                                                                         \
    do {                                                                                                               \
        if (bd::test::onServer())                                                                                      \
            QSKIP("only for shop files: " why);                                                                        \
    } while (false)
