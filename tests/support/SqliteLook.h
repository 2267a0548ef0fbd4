#pragma once

// A second, independent connection to a shop file, to look at it without going through
// bd::store::Database (the store tests; the tests with several seats, after they are
// gone), and file fingerprints.

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>
#include <QVariant>

namespace bd::store::test {

// A plain QSQLITE connection of its own, closed and removed when it goes out of scope.
class RawDb
{
public:
    enum class Mode { ReadOnly, ReadWrite };

    explicit RawDb(const QString& path, Mode mode = Mode::ReadOnly)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (mode == Mode::ReadOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = db.open();
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDb(const RawDb&) = delete;
    RawDb& operator=(const RawDb&) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
};

// The first column of the first row, or an invalid QVariant when the query fails.
inline QVariant scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

// The first column of every row, as text; {"<error>"} when the query fails.
inline QStringList column(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return {QStringLiteral("<error>")};
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

inline bool exec(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    return q.exec(sql);
}

inline QStringList tableNames(const QSqlDatabase& db)
{
    return column(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
}

inline QStringList columnNames(const QSqlDatabase& db, const QString& table)
{
    return column(db, QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table));
}

// SHA-256 of a file's bytes; empty when it cannot be read.
inline QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// The journal files SQLite keeps next to a database that exist right now.
inline QStringList sidecars(const QString& path)
{
    QStringList out;
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        const QString name = path + QLatin1String(suffix);
        if (QFileInfo::exists(name))
            out << name;
    }
    return out;
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace bd::store::test

namespace bd::test {

// A plain connection to look at a shop file after the seats are gone (read-write: the
// first connection after a crash recovers the -wal).
class SqliteLook : public bd::store::test::RawDb
{
public:
    explicit SqliteLook(const QString& path)
        : RawDb(path, Mode::ReadWrite)
    {
    }
};

} // namespace bd::test
