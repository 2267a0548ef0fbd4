#include "Search.h"

#include "store/Dialect.h"
#include "store/ItemStore.h"

#include <QRegularExpression>

namespace bd::store {

QString searchFold(const QString& text)
{
    const QString folded = text.toCaseFolded();
    QString out;
    out.reserve(folded.size() + 8);
    out += QLatin1Char(' ');
    for (const QChar c : folded) {
        if (c.isLetterOrNumber() || c.isMark() || c.isSurrogate())
            out += c;
        else if (c.isSpace())
            out += QLatin1Char(' ');
        else // a sign of its own: "kn-gr-s" is "kn - gr - s"
            out += QLatin1Char(' ') + c + QLatin1Char(' ');
    }
    out += QLatin1Char(' ');
    // One space between words, and one around the whole.
    return QLatin1Char(' ') + out.simplified() + QLatin1Char(' ');
}



QString itemSearchText(const QString& sku, const QString& name, const QString& attributes)
{
    return searchFold(sku + QLatin1Char(' ') + name + QLatin1Char(' ') + attributes);
}

QString customerSearchText(const QString& email, const QString& name, const QString& phone)
{
    return searchFold(email + QLatin1Char(' ') + name + QLatin1Char(' ') + phone);
}

QStringList searchWords(const QString& typed)
{
    return typed.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

QString searchCondition(SqlText& sql, const Dialect& dialect, const QStringList& words,
                        const QList<SearchMatch>& ways)
{
    const auto bind = [&sql](const QVariant& value) { return sql.bind(value); };
    QStringList all;
    for (const QString& word : words) {
        QStringList any;
        const QString folded = searchFold(word).trimmed();
        for (const SearchMatch& way : ways) {
            if (way.searchText)
                any << way.searchText->idColumn + QStringLiteral(" IN (")
                           + dialect.idsContaining(way.searchText->table, folded, bind) + QLatin1Char(')');
            if (way.prefixColumn.isEmpty())
                continue;
            const QString starts = way.prefixColumn + QStringLiteral(" >= ") + sql.bind(word) + QStringLiteral(" AND ")
                                   + way.prefixColumn + QStringLiteral(" < ") + sql.bind(prefixEnd(word));
            if (way.prefixIn)
                any << way.prefixIn->idColumn + QStringLiteral(" IN (SELECT id FROM ") + way.prefixIn->table
                           + QStringLiteral(" WHERE ") + starts + QLatin1Char(')');
            else
                any << QLatin1Char('(') + starts + QLatin1Char(')');
        }
        if (!any.isEmpty())
            all << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return all.join(QStringLiteral(" AND "));
}

} // namespace bd::store
