#include "Migrations.h"

#include "core/Clock.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using bd::core::Result;
using bd::core::Status;

namespace bd::store::migrations {

std::map<int, QString> files(const QString& dir, Dialect::Engine engine)
{
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_[A-Za-z0-9_]+(\\.pg)?\\.sql$"));
    std::map<int, QString> found;
    const QDir folder(dir);
    const QStringList entries = folder.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& entry : entries) {
        const auto match = name.match(entry);
        if (!match.hasMatch())
            continue;
        const bool variant = !match.captured(2).isEmpty();
        if (variant && engine != Dialect::Engine::PostgreSQL)
            continue;
        const int number = match.captured(1).toInt();
        // The engine's own variant wins over the common file of the same number.
        if (variant || !found.count(number))
            found[number] = folder.filePath(entry);
    }
    return found;
}

QStringList statements(const QString& sql)
{
    QStringList out;
    QString current;
    int blockDepth = 0; // BEGIN/CASE ... END nesting inside CREATE TRIGGER
    QString word;       // the identifier being read, to spot BEGIN, CASE and END
    auto endWord = [&] {
        const QString w = word.toUpper();
        word.clear();
        if (w == QLatin1String("BEGIN") && current.trimmed().startsWith(QLatin1String("CREATE"), Qt::CaseInsensitive)
            && current.contains(QLatin1String("TRIGGER"), Qt::CaseInsensitive))
            ++blockDepth;
        else if (w == QLatin1String("CASE") && blockDepth > 0)
            ++blockDepth;
        else if (w == QLatin1String("END") && blockDepth > 0)
            --blockDepth;
    };
    const qsizetype n = sql.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = sql[i];
        const QChar next = i + 1 < n ? sql[i + 1] : QChar();
        if (c.isLetterOrNumber() || c == QLatin1Char('_')) {
            word += c;
            current += c;
            continue;
        }
        endWord();
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            while (i < n && sql[i] != QLatin1Char('\n'))
                ++i;
            current += QLatin1Char('\n');
            continue;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const qsizetype close = sql.indexOf(QLatin1String("*/"), i + 2);
            i = close < 0 ? n : close + 1;
            current += QLatin1Char(' ');
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('[')) {
            const QChar closing = c == QLatin1Char('[') ? QLatin1Char(']') : c;
            current += c;
            for (++i; i < n; ++i) {
                current += sql[i];
                if (sql[i] == closing) {
                    // A doubled quote is a quote inside the text.
                    if (closing != QLatin1Char(']') && i + 1 < n && sql[i + 1] == closing) {
                        current += sql[++i];
                        continue;
                    }
                    break;
                }
            }
            continue;
        }
        if (c == QLatin1Char('$')) {
            // PostgreSQL's dollar quotes ($$ … $$, $body$ … $body$) hold a function's body,
            // semicolons and all.
            static const QRegularExpression tag(QStringLiteral("\\$[A-Za-z_]*\\$"));
            const QRegularExpressionMatch open
                = tag.match(sql, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            if (open.hasMatch()) {
                const qsizetype close = sql.indexOf(open.captured(), i + open.capturedLength());
                const qsizetype end = close < 0 ? n : close + open.capturedLength();
                current += sql.mid(i, end - i);
                i = end - 1;
                continue;
            }
        }
        if (c == QLatin1Char(';') && blockDepth == 0) {
            if (!current.trimmed().isEmpty())
                out << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    endWord();
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

} // namespace bd::store::migrations

namespace bd::store {

// ---------------------------------------------------------------- applying them

// After sqlite_schema was edited in place: raise the schema version (SQLite's cue to
// re-read the definitions) and parse every definition again.
static Status bumpSchemaVersion(QSqlQuery& q)
{
    if (!q.exec(QStringLiteral("PRAGMA schema_version")) || !q.next())
        return core::fail(queryError(q));
    const qint64 version = q.value(0).toLongLong();
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA schema_version = %1").arg(version + 1)))
        return core::fail(queryError(q));
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")))
        return core::fail(queryError(q));
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    for (const QString& table : tables) {
        if (!q.exec(QStringLiteral("SELECT * FROM \"%1\" LIMIT 0").arg(table)))
            return core::fail(queryError(q));
    }
    return {};
}

int Database::latestVersion(const QString& migrationsDir)
{
    const auto files = migrations::files(migrationsDir, Dialect::Engine::SQLite);
    return files.empty() ? 0 : files.rbegin()->first;
}

Result<int> Database::schemaVersionInTransaction()
{
    QSqlQuery q(connection());
    const QString exists = m_dialect.engine() == Dialect::Engine::SQLite
                               ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = "
                                                "'schema_migrations'")
                               : QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() "
                                                "AND tablename = 'schema_migrations'");
    if (!q.exec(exists) || !q.next())
        return core::fail(queryError(q));
    if (q.value(0).toInt() == 0)
        return 0;
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) || !q.next())
        return core::fail(queryError(q));
    return q.value(0).toInt();
}

Status Database::migrate(const std::map<int, QString>& files, bool empty)
{
    const int latest = files.empty() ? 0 : files.rbegin()->first;
    if (m_version >= latest)
        return {};
    const QString name = displayName();
    // A file is copied before it changes; a server's migration is one transaction each.
    if (!empty && m_dialect.snapshotsBeforeMigrating()) {
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QString backup = m_path + QStringLiteral(".v%1-%2.bak").arg(m_version).arg(stamp);
        for (int n = 2; QFileInfo::exists(backup); ++n)
            backup = m_path + QStringLiteral(".v%1-%2-%3.bak").arg(m_version).arg(stamp).arg(n);
        const Status copied = snapshotTo(backup);
        if (!copied.ok())
            return core::fail(tr("Could not back up %1 before upgrading it, so it was left as it was: %2")
                                  .arg(name, copied.errorText()));
        m_backupPath = backup;
    }
    for (const auto& entry : files) {
        // Named copies: lambdas cannot capture structured bindings before C++20 (clang).
        const int version = entry.first;
        const QString file = entry.second;
        if (version <= m_version)
            continue;
        QFile sqlFile(file);
        if (!sqlFile.open(QIODevice::ReadOnly))
            return core::fail(tr("Cannot read migration %1.").arg(file));
        const QString sql = m_dialect.expandDdl(QString::fromUtf8(sqlFile.readAll()));
        const auto failed = [&](const QString& why) {
            rollback();
            return core::fail(tr("Upgrading %1 to schema version %2 (%3) failed: %4")
                                  .arg(name)
                                  .arg(version)
                                  .arg(QFileInfo(file).fileName(), why));
        };
        if (Status begun = begin(); !begun.ok())
            return begun.errors();
        // Another seat may have upgraded the shop while this one waited for the lock.
        const Result<int> now = schemaVersionInTransaction();
        if (!now)
            return failed(now.errorText());
        if (now.value() >= version) {
            rollback();
            m_version = now.value();
            continue;
        }
        QSqlQuery q(connection());
        for (const QString& statement : migrations::statements(sql)) {
            if (!q.exec(statement))
                return failed(queryError(q));
        }
        // A migration that edits table definitions in place (SQLite's procedure for
        // changing CHECK constraints) must raise the schema version, so that every
        // connection reads the new definitions; reading them back here proves they
        // parse before anything is committed.
        if (sql.contains(QLatin1String("writable_schema"), Qt::CaseInsensitive)) {
            if (Status bumped = bumpSchemaVersion(q); !bumped.ok())
                return failed(bumped.errorText());
        }
        q.prepare(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (:v, :at)"));
        q.bindValue(QStringLiteral(":v"), version);
        q.bindValue(QStringLiteral(":at"), core::toIso(QDateTime::currentDateTimeUtc()));
        if (!q.exec()) {
            const QString why = queryError(q);
            rollback();
            return core::fail(tr("Recording schema version %1 in %2 failed: %3").arg(version).arg(name, why));
        }
        if (Status committed = commit(); !committed.ok())
            return committed.errors();
        m_version = version;
    }
    return {};
}

} // namespace bd::store
