#pragma once

// Which engine a test run uses for its shops. The same test executable runs twice in
// CTest: on SQLite files, and (the `pg` label, BD_TEST_ENGINE=postgresql) on databases of
// the PostgreSQL server the run started.

#include "SqliteLook.h"
#include "TestServer.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>
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

// Where a test's shop named by the file `path` is: that file on SQLite; on the server, a
// fresh database made the first time the path is named and the same database every time
// after (so a test that makes a shop at a path and opens it again later finds it); a
// server location is itself. Empty,
// with a warning saying why, when the server has no database to give.
inline QString shopLocation(const QString& path)
{
    if (!onServer() || path.startsWith(QLatin1String("postgresql:")))
        return path;
    static QMutex mutex;
    static QHash<QString, QString> made;
    const QString key = QFileInfo(path).absoluteFilePath();
    QMutexLocker lock(&mutex);
    auto found = made.constFind(key);
    if (found != made.constEnd())
        return found.value();
    QString error;
    const QString location = TestServer::newDatabase(&error);
    if (location.isEmpty()) {
        qWarning("no server database for %s: %s", qPrintable(path), qPrintable(error));
        return {};
    }
    made.insert(key, location);
    return location;
}

// A second connection to a test's shop on either engine, to look at what the seats left.
class ShopLook
{
public:
    // A file is opened read-only unless `mode` says otherwise (a server database may be written).
    explicit ShopLook(const QString& location, store::test::RawDb::Mode mode = store::test::RawDb::Mode::ReadOnly)
    {
        if (location.startsWith(QLatin1String("postgresql:")))
            m_server = std::make_unique<ServerLook>(location);
        else
            m_file = std::make_unique<store::test::RawDb>(location, mode);
    }

    bool isOpen() const { return m_server ? m_server->isOpen() : m_file->isOpen(); }
    QSqlDatabase db() const { return m_server ? m_server->db() : m_file->db(); }
    // The first column of the first row of a query, as an integer (-1 when it failed).
    qint64 number(const QString& sql) const { return firstNumber(db(), sql); }

private:
    std::unique_ptr<ServerLook> m_server;
    std::unique_ptr<store::test::RawDb> m_file;
};

// The tables of a shop, by name, on either engine.
inline QStringList shopTables(const QSqlDatabase& db)
{
    if (db.driverName() == QLatin1String("QPSQL"))
        return store::test::column(db, QStringLiteral("SELECT table_name FROM information_schema.tables "
                                                      "WHERE table_schema = 'public' ORDER BY table_name"));
    return store::test::tableNames(db);
}

// The columns of one of a shop's tables, in their order, on either engine.
inline QStringList shopColumns(const QSqlDatabase& db, const QString& table)
{
    if (db.driverName() == QLatin1String("QPSQL")) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT column_name FROM information_schema.columns "
                                 "WHERE table_schema = 'public' AND table_name = ? ORDER BY ordinal_position"));
        q.addBindValue(table);
        QStringList out;
        if (!q.exec())
            return {QStringLiteral("<error>")};
        while (q.next())
            out << q.value(0).toString();
        return out;
    }
    return store::test::columnNames(db, table);
}

} // namespace bd::test

// For what only a file has (its header, a damaged file, a file copy); the reason is
// printed in the test's output.
#define BD_SKIP_ON_SERVER(why)                                                                                         \
    do {                                                                                                               \
        if (bd::test::onServer())                                                                                      \
            QSKIP("only for shop files: " why);                                                                        \
    } while (false)
