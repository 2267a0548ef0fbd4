#pragma once

#include <QString>

namespace bd::store {

// Everything that differs between the SQL engines the store can run on, in one place.
// SQLite is what ships; PostgreSQL (QPSQL) is the multi-seat target.
// A LIKE pattern that matches `text` anywhere, its own %, _ and \ taken literally; use it
// with ESCAPE '\\' (standard SQL, the same in SQLite and PostgreSQL).
QString likeContains(const QString& text);

class Dialect
{
public:
    enum class Engine { SQLite, PostgreSQL };

    explicit Dialect(Engine engine = Engine::SQLite)
        : m_engine(engine)
    {
    }
    static Dialect forDriver(const QString& driverName);

    Engine engine() const { return m_engine; }
    // Expands the placeholders the migration files use (@ID@ for an auto-numbered key).
    QString expandDdl(const QString& sql) const;
    // An INSERT that is skipped when it would break a unique key.
    QString insertOrIgnore(const QString& tableAndColumns, const QString& values) const;
    // The operator matching a LIKE pattern without regard to case (ASCII letters): SQLite's
    // LIKE already does; PostgreSQL's LIKE does not, its ILIKE does.
    QString likeAnyCase() const;
    // Copies the whole database to a file while it stays open (SQLite only).
    QString snapshotInto() const;

private:
    Engine m_engine;
};

} // namespace bd::store
