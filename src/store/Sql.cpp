#include "Sql.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/StatementCache.h"

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

} // namespace sql
} // namespace bd::store
