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
        const QUrl url(location);
        const QString name = QStringLiteral("bd-test-admin-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
            if (!db.open()) {
                *error = db.lastError().text();
            } else {
                QSqlQuery q(db);
                ok = q.exec(sql);
                if (!ok)
                    *error = q.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    // A new, empty database (C collation, as the cluster was made); its location.
    static QString newDatabase(QString* error, const QString& createOptions = {})
    {
        static QAtomicInt counter;
        const QString location = adminLocation(error);
        if (location.isEmpty())
            return {};
        const QString name = QStringLiteral("bd_t_%1_%2").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
        if (!admin(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 %2").arg(name, createOptions), error))
            return {};
        QUrl url(location);
        url.setPath(QLatin1Char('/') + name);
        return url.toString();
    }
};

} // namespace bd::test
