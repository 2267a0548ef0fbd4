#include "Sql.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/StatementCache.h"

#include <sqlite3.h>

#include <map>

namespace bd::store {

QString SqlText::bind(const QVariant& value)
{
    const QString name = QStringLiteral(":v%1").arg(values.size());
    values.append({name, value});
    return name;
}

void SqlText::bindTo(QSqlQuery& query) const
{
    for (const auto& [name, value] : values)
        query.bindValue(name, value);
}

namespace sql {

QVariant orNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant orNull(const QDate& date)
{
    return date.isValid() ? QVariant(core::toIso(date)) : QVariant(QMetaType::fromType<QString>());
}

QVariant orNull(const QDateTime& at)
{
    return at.isValid() ? QVariant(core::toIso(at)) : QVariant(QMetaType::fromType<QString>());
}

QVariant orNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant orNull(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

QVariant orNull(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

QDate dateOf(const QVariant& v)
{
    return v.isNull() ? QDate() : core::parseIsoDate(v.toString());
}

QDateTime dateTimeOf(const QVariant& v)
{
    return v.isNull() ? QDateTime() : core::parseIsoDateTime(v.toString());
}

namespace {
constexpr int Named = 32; // the names kept ready for P()
}

const QString& P(int index)
{
    static const QList<QString> names = [] {
        QList<QString> list;
        for (int i = 0; i < Named; ++i)
            list << QStringLiteral(":p%1").arg(i);
        return list;
    }();
    return names.at(index);
}

QString namedPlaceholders(const QString& sql)
{
    QString out;
    out.reserve(sql.size() + 32);
    int n = 0;
    bool quoted = false;
    for (const QChar c : sql) {
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        if (c == QLatin1Char('?') && !quoted) {
            out += n < Named ? P(n) : QStringLiteral(":p%1").arg(n);
            ++n;
        }
        else
            out += c;
    }
    return out;
}

core::Error failed(const QSqlQuery& query)
{
    return core::fail(StatementCache::tr("Database error: %1").arg(queryError(query)));
}

core::Status run(Statement& statement)
{
    return StatementCache::exec(statement);
}

core::Result<qint64> readNumber(Statement& query)
{
    const Found<qint64> found = readFirst(query, [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
    if (!found)
        return found.errors();
    return found.value().value_or(0);
}

core::Result<int> readCount(Statement& query)
{
    const core::Result<qint64> n = readNumber(query);
    if (!n)
        return n.errors();
    return int(n.value());
}

core::Result<bool> readExists(Statement& query)
{
    const Found<bool> found = readFirst(query, [](const QSqlQuery&) { return true; });
    if (!found)
        return found.errors();
    return found.value().has_value();
}

void RowBinds::bindValue(int position, const QVariant& value)
{
    if (m_query) {
        m_query->bindValue(position, value);
        return;
    }
    const int at = position + 1;
    if (value.isNull()) {
        sqlite3_bind_null(m_statement, at);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::Bool:
        sqlite3_bind_int(m_statement, at, value.toInt());
        return;
    case QMetaType::UInt:
    case QMetaType::LongLong:
        sqlite3_bind_int64(m_statement, at, value.toLongLong());
        return;
    case QMetaType::Double:
        sqlite3_bind_double(m_statement, at, value.toDouble());
        return;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        sqlite3_bind_blob(m_statement, at, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
        return;
    }
    default: {
        const QString text = value.toString();
        const void* characters = text.isNull() ? static_cast<const void*>(u"") : text.utf16();
        sqlite3_bind_text16(m_statement, at, characters, int(text.size() * sizeof(QChar)), SQLITE_TRANSIENT);
        return;
    }
    }
}

QVariant RowValues::value(int index) const
{
    if (m_query)
        return m_query->value(index);
    switch (sqlite3_column_type(m_statement, index)) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(m_statement, index));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_statement, index);
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char*>(sqlite3_column_blob(m_statement, index)),
                          sqlite3_column_bytes(m_statement, index));
    case SQLITE_NULL:
        return QVariant();
    default:
        return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(m_statement, index)),
                                 sqlite3_column_bytes(m_statement, index));
    }
}

namespace {

// The statement of `rows` rows.
QString rowsSql(const QString& head, const QString& row, const QString& tail, qsizetype rows)
{
    return head + QStringList(rows, row).join(QStringLiteral(", ")) + tail;
}

qsizetype rowsInNext(qsizetype left, qsizetype perStatement)
{
    const qsizetype rows = std::min(perStatement, left);
    return rows < perStatement ? qsizetype(1) << (63 - qCountLeadingZeroBits(quint64(rows))) : rows;
}

} // namespace

core::Status writeRows(StatementCache& statements, const QString& head, const QString& row, const QString& tail,
                       qsizetype count, qsizetype perStatement, const BindRow& bind, const ReadRow& read)
{
    Database& db = statements.database();
    if (sqlite3* handle = Database::sqliteHandle(db.connection())) {
        for (qsizetype first = 0, rows = 0; first < count; first += rows) {
            rows = rowsInNext(count - first, perStatement);
            QString error;
            sqlite3_stmt* statement = db.sqliteStatement(rowsSql(head, row, tail, rows), &error);
            if (!statement)
                return core::fail(StatementCache::tr("Database error: %1").arg(error));
            RowBinds binds(statement);
            int position = 0;
            for (qsizetype i = first; i < first + rows; ++i)
                bind(binds, i, position);
            int rc = SQLITE_ROW;
            while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
                if (read)
                    read(RowValues(statement));
            }
            if (rc != SQLITE_DONE) {
                const QString message = QString::fromUtf8(sqlite3_errmsg(handle));
                sqlite3_reset(statement);
                return core::fail(StatementCache::tr("Database error: %1").arg(message));
            }
            sqlite3_reset(statement);
        }
        return {};
    }
    for (qsizetype first = 0, rows = 0; first < count; first += rows) {
        rows = rowsInNext(count - first, perStatement);
        Statement q = statements.prepared(rowsSql(head, row, tail, rows));
        RowBinds binds(q.query());
        int position = 0;
        for (qsizetype i = first; i < first + rows; ++i)
            bind(binds, i, position);
        if (core::Status s = run(q); !s.ok())
            return s;
        while (q.next()) {
            if (read)
                read(RowValues(q.query()));
        }
        if (q.lastError().isValid())
            return failed(q.query());
    }
    return {};
}

core::Status readRows(StatementCache& statements, const QString& sql,
                      const std::function<void(RowBinds& binds, int& position)>& bind, const ReadRow& read)
{
    // One statement with one set of binds: writeRows of one "row" with no placeholders of
    // its own.
    return writeRows(statements, sql, QString(), QString(), 1, 1,
                     [&](RowBinds& binds, qsizetype, int& position) { bind(binds, position); }, read);
}

} // namespace sql
} // namespace bd::store
