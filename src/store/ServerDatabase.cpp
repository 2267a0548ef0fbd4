// A shop on a PostgreSQL server: connecting, looking at the schema, and the shop's write
// lock. The rest of Database (migrations, transactions) is shared with SQLite files.
//
// The write lock: every merchant action takes one transaction-scoped advisory lock of
// the shop at BEGIN — the server's counterpart of SQLite's BEGIN IMMEDIATE. Actions of
// different seats then run one after the other exactly as they do on a file, reads
// never wait (MVCC), and no action can deadlock or see a unit counted twice. Locking
// each item's row (SELECT … FOR UPDATE in id order) would let actions on different
// items overlap, but every action (a receipt, an import, a cancellation, a stock count)
// would have to know all the rows it will touch before its first write, and a shop of
// two or three seats gains nothing measurable from it; see the README.

#include "Database.h"

#include "store/Migrations.h"

#include <QDir>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>
#include <QElapsedTimer>

using bd::core::Result;
using bd::core::Status;

namespace bd::store {

namespace {

// The advisory lock's two keys: the application ('BDSH') and the shop's write lock.
constexpr int lockApplication = 0x42445348;
constexpr int lockShopWrite = 1;

const QString activityPrefix = QStringLiteral("backorderdesk|");

struct Passwords
{
    QMutex mutex;
    QHash<QString, QString> byLocation;
};

Passwords& passwords()
{
    static Passwords store;
    return store;
}

// The location without its password and query, the way a person reads it.
QString readable(const QUrl& url)
{
    return Dialect(Dialect::Engine::PostgreSQL).displayName(url.toString());
}

// libpq connection settings a location may carry after '?' (sslmode=require, …).
bool isAllowedSetting(const QString& key)
{
    static const QStringList allowed{QStringLiteral("sslmode"),     QStringLiteral("sslrootcert"),
                                     QStringLiteral("sslcert"),     QStringLiteral("sslkey"),
                                     QStringLiteral("connect_timeout"), QStringLiteral("target_session_attrs")};
    return allowed.contains(key);
}

class ServerConnection
{
public:
    ServerConnection()
        : m_name(QStringLiteral("bd-pg-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
    }
    ~ServerConnection()
    {
        if (m_name.isEmpty())
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ServerConnection(const ServerConnection&) = delete;
    ServerConnection& operator=(const ServerConnection&) = delete;
    const QString& name() const { return m_name; }
    QString release() { return std::exchange(m_name, QString()); }

private:
    QString m_name;
};

} // namespace

bool Database::isServerLocation(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
           || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

void Database::setServerPassword(const QString& location, const QString& password)
{
    Passwords& p = passwords();
    QMutexLocker lock(&p.mutex);
    p.byLocation.insert(readable(QUrl(location)), password);
}

QString Database::serverPassword(const QString& location)
{
    const QUrl url(location);
    if (!url.password().isEmpty())
        return url.password();
    Passwords& p = passwords();
    QMutexLocker lock(&p.mutex);
    return p.byLocation.value(readable(url));
}

QString Database::serverAddressWithoutPassword(const QString& location)
{
    return QUrl(location).adjusted(QUrl::RemovePassword).toString();
}

QString Database::displayName() const
{
    return m_dialect.displayName(m_path);
}

QString Database::serverActivityName(const QString& what)
{
    // PostgreSQL keeps 63 bytes of it.
    QString name = activityPrefix + QSysInfo::machineHostName().left(20) + QLatin1Char('|') + what.simplified();
    while (name.toUtf8().size() > 63)
        name.chop(1);
    return name;
}

Result<std::unique_ptr<Database>> Database::openServer(const QString& location, const OpenOptions& options)
{
    const QUrl url(location, QUrl::StrictMode);
    const QString name = readable(url);
    const QString dbName = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || dbName.isEmpty() || dbName.contains(QLatin1Char('/')))
        return core::fail(tr("%1 is not the address of a shop on a PostgreSQL server; write it as "
                             "postgresql://user@host:port/database.")
                              .arg(name));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return core::fail(tr("This installation cannot reach PostgreSQL servers: Qt's PostgreSQL driver is missing "
                             "(Debian package libqt6sql6-psql)."));
    const auto files = migrations::files(options.migrationsDir, Dialect::Engine::PostgreSQL);
    if (files.empty())
        return core::fail(tr("This build has no schema migrations in %1.").arg(options.migrationsDir));
    const int latest = files.rbegin()->first;

    QStringList settings{QStringLiteral("connect_timeout=10"), QStringLiteral("application_name=backorderdesk")};
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto& [key, value] : items) {
        if (!isAllowedSetting(key))
            return core::fail(tr("%1: the setting %2 is not one Backorder Desk passes to the server.").arg(name, key));
        // The driver separates settings by ';' and libpq by spaces.
        if (value.isEmpty() || value.contains(QLatin1Char(';')) || value.contains(QLatin1Char(' ')))
            return core::fail(tr("%1: the setting %2 needs a value without spaces or ';', not '%3'.").arg(name, key, value));
        settings << key + QLatin1Char('=') + value;
    }

    ServerConnection guard;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), guard.name());
        c.setHostName(url.host());
        c.setPort(url.port(5432));
        c.setDatabaseName(dbName);
        c.setUserName(url.userName());
        const QString password = serverPassword(location);
        if (!password.isEmpty())
            c.setPassword(password);
        c.setConnectOptions(settings.join(QLatin1Char(';')));
        if (!c.open())
            return core::fail(tr("Cannot connect to %1: %2").arg(name, c.lastError().text().simplified()));
    }
    QSqlDatabase c = QSqlDatabase::database(guard.name(), false);
    QSqlQuery q(c);
    // The server's notices ("table … does not exist, skipping") are not for the merchant.
    if (!q.exec(QStringLiteral("SET client_min_messages = warning")))
        return core::fail(tr("Cannot set up %1: %2").arg(name, queryError(q)));
    // Text must compare byte for byte (ISO timestamps, SKUs, keyset pages), as in SQLite:
    // asked of the database's own ordering, whichever provider (libc, ICU) sets it.
    if (!q.exec(QStringLiteral("SELECT 'B' < 'a' AND '-' < '0' AND 'a b' < 'a-' AND 'Z' < '_'")) || !q.next())
        return core::fail(tr("Cannot look at %1: %2").arg(name, queryError(q)));
    if (!q.value(0).toBool())
        return core::fail(tr("%1 sorts text by the rules of a language; a shop needs the C collation, so that "
                             "dates and SKUs sort the same on every seat. Create the database with "
                             "\"createdb --template=template0 --locale-provider=libc --lc-collate=C DBNAME\".")
                              .arg(name));
    if (!q.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")))
        return core::fail(tr("Cannot look at %1: %2").arg(name, queryError(q)));
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    int version = 0;
    if (tables.isEmpty() && options.mustExist)
        return core::fail(tr("%1 holds no shop yet; create one there with: backorderdesk-cli --db %1 init").arg(name));
    if (!tables.isEmpty()) {
        if (!tables.contains(QLatin1String("schema_migrations")))
            return core::fail(tr("%1 holds the tables of another program, not a Backorder Desk shop.").arg(name));
        if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) || !q.next())
            return core::fail(tr("Cannot read the schema version of %1: %2").arg(name, queryError(q)));
        version = q.value(0).toInt();
    }
    if (version > latest)
        return core::fail(tr("%1 was written by a newer Backorder Desk (schema version %2); this build knows "
                             "schema versions up to %3. Open it with a newer version of Backorder Desk.")
                              .arg(name)
                              .arg(version)
                              .arg(latest));
    q.finish();

    std::unique_ptr<Database> db(new Database(location, guard.release()));
    db->m_busyRetries = options.busyRetries;
    db->m_busyTimeoutMs = options.busyTimeoutMs;
    db->m_version = version;
    if (Status migrated = db->migrate(files, tables.isEmpty()); !migrated.ok())
        return migrated.errors();
    return db;
}

Status Database::lockServerShop()
{
    QSqlQuery q(connection());
    const QString take = QStringLiteral("SELECT pg_advisory_xact_lock(%1, %2)").arg(lockApplication).arg(lockShopWrite);
    if (!q.exec(QStringLiteral("SAVEPOINT shop_lock")))
        return core::fail(tr("Cannot start a transaction on %1: %2").arg(displayName(), queryError(q)));
    // Waits in the lock's queue a slice at a time: after the first second, a seat that
    // announced a long action (an import) is not waited for; its name goes in the refusal.
    QElapsedTimer waited;
    waited.start();
    qint64 slice = std::min<qint64>(1000, std::max(1, m_busyTimeoutMs));
    for (;;) {
        if (!q.exec(QStringLiteral("SET LOCAL lock_timeout = %1").arg(slice)))
            return core::fail(queryError(q));
        if (q.exec(take)) {
            q.finish();
            if (!q.exec(QStringLiteral("RELEASE SAVEPOINT shop_lock")) || !q.exec(QStringLiteral("SET LOCAL lock_timeout = 0")))
                return core::fail(queryError(q));
            return {};
        }
        if (q.lastError().nativeErrorCode() != QLatin1String("55P03"))
            return core::fail(tr("Cannot lock %1 for a change: %2").arg(displayName(), queryError(q)));
        if (!q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT shop_lock")))
            return core::fail(queryError(q));
        const qint64 left = m_busyTimeoutMs - waited.elapsed();
        const std::optional<Activity> holder = serverLockHolder();
        if (left <= 0 || holder)
            return core::busy(busyText(holder));
        slice = std::min<qint64>(250, left);
    }
}

std::optional<Activity> Database::serverLockHolder()
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT a.application_name, a.xact_start FROM pg_locks l "
                             "JOIN pg_stat_activity a ON a.pid = l.pid "
                             "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = :app AND l.objid = :lock "
                             "AND l.objsubid = 2 "
                             "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"));
    q.bindValue(QStringLiteral(":app"), lockApplication);
    q.bindValue(QStringLiteral(":lock"), lockShopWrite);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QString session = q.value(0).toString();
    if (!session.startsWith(activityPrefix))
        return std::nullopt;
    const QStringList parts = session.mid(activityPrefix.size()).split(QLatin1Char('|'));
    if (parts.size() < 2 || parts.at(1).isEmpty())
        return std::nullopt;
    Activity activity;
    activity.host = parts.at(0);
    activity.what = parts.mid(1).join(QLatin1Char('|'));
    activity.started = q.value(1).toDateTime().toUTC();
    return activity;
}

} // namespace bd::store
