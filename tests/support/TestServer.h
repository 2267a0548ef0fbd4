#pragma once

// The PostgreSQL server of a test run: started once by the pg_cluster_start CTest entry
// (tests/pg/pg-cluster.sh) on 127.0.0.1, named by the state file in BD_PG_STATE. Each
// test takes a fresh database of its own from it.

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUrl>
#include <QUuid>

namespace bd::test {

// The first column of the first row of a query, as an integer (-1 when it failed).
inline qint64 firstNumber(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// A connection of the test's own to a database on the server, closed and removed when it
// goes out of scope: to look at a shop, or to hold its write lock as another seat would.
class ServerLook
{
public:
    explicit ServerLook(const QString& location)
        : m_name(QStringLiteral("bd-test-look-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        const QUrl url(location);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~ServerLook()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ServerLook(const ServerLook&) = delete;
    ServerLook& operator=(const ServerLook&) = delete;

    bool isOpen() const { return m_open; }
    const QString& error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    // The first column of the first row of a query, as an integer (-1 when it failed).
    qint64 number(const QString& sql) const { return firstNumber(db(), sql); }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

class TestServer
{
public:
    // The server's address (postgresql://postgres@127.0.0.1:PORT/postgres), or empty
    // with `error` set when no server was started for this run.
    static QString adminLocation(QString* error)
    {
        const QString state = qEnvironmentVariable("BD_PG_STATE");
        QFile file(state);
        if (state.isEmpty() || !file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("no PostgreSQL server for this run (BD_PG_STATE=%1; run through CTest, "
                                    "which starts one with pg_cluster_start)")
                         .arg(state);
            return {};
        }
        for (const QByteArray& line : file.readAll().split('\n')) {
            if (line.startsWith("uri="))
                return QString::fromUtf8(line.mid(4));
        }
        *error = QStringLiteral("%1 names no server").arg(state);
        return {};
    }

    // Runs one statement on the server's maintenance database.
    static bool admin(const QString& sql, QString* error)
    {
        const QString location = adminLocation(error);
        if (location.isEmpty())
            return false;
        ServerLook look(location);
        if (!look.isOpen()) {
            *error = look.error();
            return false;
        }
        QSqlQuery q(look.db());
        if (!q.exec(sql)) {
            *error = q.lastError().text();
            return false;
        }
        return true;
    }

    // A new, empty database (C collation, as the cluster was made); its location.
    static QString newDatabase(QString* error, const QString& createOptions = {})
    {
        return made(QStringLiteral("template0"), createOptions, error);
    }

    // A new database that is a copy of the test's database at `location`, which nobody
    // may be connected to while it is copied; its location.
    static QString copyOf(const QString& location, QString* error)
    {
        return made(QUrl(location).path().mid(1), {}, error);
    }

private:
    static QString made(const QString& templateName, const QString& createOptions, QString* error)
    {
        static QAtomicInt counter;
        const QString location = adminLocation(error);
        if (location.isEmpty())
            return {};
        const QString name = QStringLiteral("bd_t_%1_%2").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
        if (!admin(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2 %3").arg(name, templateName, createOptions), error))
            return {};
        QUrl url(location);
        url.setPath(QLatin1Char('/') + name);
        return url.toString();
    }
};

} // namespace bd::test
