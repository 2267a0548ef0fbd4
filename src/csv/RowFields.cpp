#include "RowFields.h"

#include "core/Text.h"
#include "domain/Money.h"
#include "domain/Rules.h"

#include <QHash>
#include <QRegularExpression>

using bd::core::Error;

namespace bd::csv {

// A cell holding a control character its field does not allow is refused with its
// place (once, however often the importer reads it), and read as if the characters were
// not there.
QString Fields::text(const QString& name) const
{
    const core::TextKind kind = columnKind(name);
    QString value = m_table.value(m_row, name).trimmed();
    if (const qsizetype bad = core::Text::firstForbidden(value, kind); bad >= 0) {
        const QString message = core::Text::controlMessage(value.at(bad));
        const bool said = !m_errors.isEmpty() && m_errors.constLast().line == m_row.line
                          && m_errors.constLast().field == name && m_errors.constLast().message == message;
        if (!said)
            error(name, message);
        value = core::Text::withoutForbidden(value, kind).trimmed();
    }
    // Our exports guard formula-like cells with a leading ' (see CsvWriter), and so do
    // WooCommerce's and Shopify's: a file read back must give the text, not the guard.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (value.size() > 1 && value.startsWith(QLatin1Char('\'')) && formulaStarts.contains(value.at(1)))
        value.remove(0, 1);
    return value;
}

void Fields::error(const QString& name, const QString& message) const
{
    if (m_errors.size() < MaxErrors)
        m_errors << Error::at(m_table.file, m_row.line, name, message);
}

QString Fields::required(const QString& name)
{
    const QString value = text(name);
    if (value.isEmpty())
        error(name, tr("a value is required"));
    return value;
}

std::optional<int> Fields::count(const QString& name, bool allowEmpty, int minimum)
{
    const QString value = text(name);
    if (value.isEmpty()) {
        if (!allowEmpty)
            error(name, tr("a whole number is required"));
        return std::nullopt;
    }
    QString digits = value;
    if (m_table.delimiter == QLatin1Char(';')) {
        // A spreadsheet in a comma-decimal locale writes counts as "1.234" or "2,00".
        static const QRegularExpression wholeWithDecimals(QStringLiteral("^(-?[\\d.]+),0+$"));
        const auto m = wholeWithDecimals.match(digits);
        if (m.hasMatch())
            digits = m.captured(1);
        digits.remove(QLatin1Char('.'));
    }
    bool ok = false;
    const int n = digits.toInt(&ok);
    if (!ok) {
        error(name, tr("'%1' is not a whole number").arg(value));
        return std::nullopt;
    }
    if (n < minimum) {
        error(name, minimum == 0 ? tr("%1 is negative; it must be 0 or more").arg(n)
                                 : tr("%1 must be at least %2").arg(n).arg(minimum));
        return std::nullopt;
    }
    return n;
}

std::optional<qint64> Fields::money(const QString& name)
{
    const QString value = text(name);
    if (value.isEmpty())
        return std::nullopt;
    const std::optional<qint64> minor = amount(value, name);
    if (minor && *minor < 0)
        error(name, tr("'%1' is negative").arg(value));
    return minor;
}

std::optional<qint64> Fields::amount(const QString& value, const QString& name)
{
    // A ';' file comes from a comma-decimal spreadsheet: "1.234,50".
    const QChar point = m_table.delimiter == QLatin1Char(';') && value.contains(QLatin1Char(','))
                            ? QLatin1Char(',')
                            : QLatin1Char('.');
    domain::AmountProblem problem = domain::AmountProblem::None;
    const std::optional<qint64> minor = domain::parseAmount(value, m_table.currency, point, &problem);
    if (problem == domain::AmountProblem::TooManyDecimals) {
        const int digits = domain::minorUnits(m_table.currency);
        if (digits == 0)
            error(name, tr("'%1' has decimals, but amounts in %2 are whole numbers").arg(value, m_table.currency));
        else
            error(name, tr("'%1' has more than %2 decimals").arg(value).arg(digits));
    } else if (!minor) {
        error(name, tr("'%1' is not an amount such as %2").arg(value, domain::Money{1250, m_table.currency}.plain(point)));
    }
    return minor;
}

QDate Fields::date(const QString& name)
{
    const QString value = text(name);
    if (value.isEmpty())
        return {};
    const QDate d = core::parseIsoDate(value);
    if (!d.isValid())
        error(name, tr("'%1' is not a date in the form YYYY-MM-DD").arg(value));
    return d;
}

QDateTime Fields::dateTime(const QString& name, bool required)
{
    const QString value = text(name);
    if (value.isEmpty()) {
        if (required)
            error(name, tr("a date and time is required (YYYY-MM-DDTHH:MM:SS)"));
        return {};
    }
    const QDateTime at = core::parseIsoDateTime(value);
    if (!at.isValid())
        error(name, tr("'%1' is not an ISO 8601 date and time such as 2026-11-03T14:05:00").arg(value));
    return at;
}

bool Fields::flag(const QString& name)
{
    const QString value = text(name).toLower();
    if (value.isEmpty() || value == QLatin1String("0") || value == QLatin1String("no") || value == QLatin1String("false"))
        return false;
    if (value == QLatin1String("1") || value == QLatin1String("yes") || value == QLatin1String("true"))
        return true;
    error(name, tr("'%1' is not yes or no").arg(value));
    return false;
}

core::TextKind columnKind(const QString& column)
{
    // Asked for every field of every row: each column is judged once (per thread, as
    // imports run on workers too).
    thread_local QHash<QString, core::TextKind> judged;
    if (const auto known = judged.constFind(column); known != judged.cend())
        return *known;
    static const QRegularExpression multiLine(
        QStringLiteral("(address[ _]?\\d?|notes?|description|message|comments?)$"), QRegularExpression::CaseInsensitiveOption);
    const bool email = column.contains(QLatin1String("mail"), Qt::CaseInsensitive);
    const core::TextKind kind
        = !email && multiLine.match(column.trimmed()).hasMatch() ? core::TextKind::MultiLine : core::TextKind::Line;
    if (judged.size() < 1024) // a file's columns; never a file's worth of odd names
        judged.insert(column, kind);
    return kind;
}

QString attributeText(const QList<std::pair<QString, QString>>& pairs)
{
    QStringList parts;
    for (const auto& [name, value] : pairs) {
        if (!name.isEmpty() && !value.isEmpty())
            parts << name + QLatin1Char('=') + value;
    }
    return parts.join(QStringLiteral("; "));
}

QDateTime parseShopTime(const QString& text)
{
    static const QRegularExpression shape(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2}(?::\\d{2})?)\\s*(Z|[+-]\\d{2}:?\\d{2})?$"));
    const auto m = shape.match(text.trimmed());
    if (!m.hasMatch())
        return core::parseIsoDateTime(text);
    QString offset = m.captured(3);
    if (offset.size() == 5)
        offset.insert(3, QLatin1Char(':'));
    return core::parseIsoDateTime(m.captured(1) + QLatin1Char('T') + m.captured(2) + offset);
}

QString slug(const QString& text)
{
    static const QRegularExpression other(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QString out = text.toLower();
    out.replace(other, QStringLiteral("-"));
    while (out.startsWith(QLatin1Char('-')))
        out.remove(0, 1);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

} // namespace bd::csv
