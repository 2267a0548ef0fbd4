#include "Migrations.h"

#include <QDir>
#include <QRegularExpression>

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
