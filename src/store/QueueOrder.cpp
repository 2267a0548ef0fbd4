#include "QueueOrder.h"

#include <QList>
#include <QStringList>

namespace bd::store {

namespace {

struct Key
{
    const char* column; // "%1" stands for the alias of order_lines
    bool descending;
};

// The queue key, most significant first.
const QList<Key>& queueKey()
{
    static const QList<Key> key = {
        {"%1.priority", true},
        {"%1.placed_at", false},
        {"length(%1.order_number)", false},
        {"%1.order_number", false},
        {"%1.line_no", false},
    };
    return key;
}

QString column(const Key& key, const QString& alias)
{
    return QString::fromLatin1(key.column).arg(alias);
}

} // namespace

QString queueKeyTerms(const QString& line)
{
    QStringList terms;
    for (const Key& key : queueKey())
        terms << column(key, line) + (key.descending ? QStringLiteral(" DESC") : QString());
    return terms.join(QStringLiteral(", "));
}

QString queueOrderBy(const QString& line)
{
    return QStringLiteral(" ORDER BY ") + queueKeyTerms(line);
}

QString queueAhead(const QString& ahead, const QString& line)
{
    // a1 < b1 OR (a1 = b1 AND (a2 < b2 OR (a2 = b2 AND ...))), from the least
    // significant column outwards.
    const QList<Key>& key = queueKey();
    QString condition;
    for (qsizetype i = key.size() - 1; i >= 0; --i) {
        const QString a = column(key[i], ahead);
        const QString b = column(key[i], line);
        const QString before = a + (key[i].descending ? QStringLiteral(" > ") : QStringLiteral(" < ")) + b;
        condition = condition.isEmpty() ? before
                                        : QStringLiteral("(") + before + QStringLiteral(" OR (") + a
                                              + QStringLiteral(" = ") + b + QStringLiteral(" AND ") + condition
                                              + QStringLiteral("))");
    }
    return condition;
}

} // namespace bd::store
