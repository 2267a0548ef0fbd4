#include "Money.h"

#include <QRegularExpression>

#include <algorithm>

namespace bd::domain {

namespace {

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

qint64 powerOfTen(int exponent)
{
    qint64 p = 1;
    for (int i = 0; i < exponent; ++i)
        p *= 10;
    return p;
}

std::optional<qint64> refuse(AmountProblem* problem, AmountProblem why)
{
    if (problem)
        *problem = why;
    return std::nullopt;
}

} // namespace

int minorUnits(const QString& currency)
{
    // ISO 4217, the currencies whose minor unit is not 2 (the list's "minor unit" column).
    static const struct
    {
        const char* code;
        int digits;
    } table[] = {
        {"BIF", 0}, {"CLP", 0}, {"DJF", 0}, {"GNF", 0}, {"ISK", 0}, {"JPY", 0}, {"KMF", 0}, {"KRW", 0},
        {"PYG", 0}, {"RWF", 0}, {"UGX", 0}, {"UYI", 0}, {"VND", 0}, {"VUV", 0}, {"XAF", 0}, {"XOF", 0},
        {"XPF", 0}, {"BHD", 3}, {"IQD", 3}, {"JOD", 3}, {"KWD", 3}, {"LYD", 3}, {"OMR", 3}, {"TND", 3},
        {"CLF", 4}, {"UYW", 4},
    };
    if (currency.size() == 3) {
        for (const auto& entry : table) {
            if (currency == QLatin1String(entry.code))
                return entry.digits;
        }
    }
    return 2;
}

Money Money::ofUnits(qint64 units, const QString& currency)
{
    return Money{units * powerOfTen(minorUnits(currency)), currency};
}

QString Money::plain(QChar decimalPoint) const
{
    const int digits = decimals();
    const bool negative = minor < 0;
    const qint64 magnitude = negative ? -minor : minor;
    const qint64 scale = powerOfTen(digits);
    QString text = (negative ? QStringLiteral("-") : QString()) + QString::number(magnitude / scale);
    if (digits > 0)
        text += decimalPoint + QStringLiteral("%1").arg(magnitude % scale, digits, 10, QLatin1Char('0'));
    return text;
}

double Money::units() const
{
    return double(minor) / double(powerOfTen(decimals()));
}

std::optional<qint64> parseAmount(const QString& text, const QString& currency, QChar decimalPoint,
                                  AmountProblem* problem)
{
    if (problem)
        *problem = AmountProblem::None;
    QString t = text.trimmed();
    if (t.contains(QLatin1Char(' ')) || t.contains(QChar(0x00A0))) {
        t.remove(QLatin1Char(' '));
        t.remove(QChar(0x00A0));
    }
    if (t.isEmpty())
        return refuse(problem, AmountProblem::NotAnAmount);
    const QChar thousands = decimalPoint == QLatin1Char('.') ? QLatin1Char(',') : QLatin1Char('.');
    // Thousands separators only between groups of three digits.
    static const QRegularExpression dotThousands(QStringLiteral("^-?\\d{1,3}(\\.\\d{3})+(,\\d+)?$"));
    static const QRegularExpression commaThousands(QStringLiteral("^-?\\d{1,3}(,\\d{3})+(\\.\\d+)?$"));
    const QRegularExpression& grouped = thousands == QLatin1Char('.') ? dotThousands : commaThousands;
    if (t.contains(thousands) && grouped.match(t).hasMatch())
        t.remove(thousands);
    // What is left: -?DIGITS(.DIGITS)? -- read by hand, a big import parses millions.
    const int digits = minorUnits(currency);
    const qsizetype n = t.size();
    qsizetype i = 0;
    const bool negative = t.at(0) == QLatin1Char('-');
    if (negative)
        ++i;
    qint64 whole = 0;
    int wholeDigits = 0;
    // At most 15 whole digits, fewer where the currency has more than three decimals:
    // the minor units stay within 18 digits (qint64).
    const int mostWholeDigits = std::min(15, 18 - digits);
    for (; i < n && isAsciiDigit(t.at(i)); ++i) {
        if (++wholeDigits > mostWholeDigits)
            return refuse(problem, AmountProblem::NotAnAmount);
        whole = whole * 10 + (t.at(i).unicode() - '0');
    }
    if (wholeDigits == 0)
        return refuse(problem, AmountProblem::NotAnAmount);
    qint64 fraction = 0;
    int fractionDigits = 0;
    bool beyondCurrency = false; // a digit other than 0 past the currency's decimals
    if (i < n) {
        if (t.at(i) != QLatin1Char('.') && t.at(i) != decimalPoint)
            return refuse(problem, AmountProblem::NotAnAmount);
        int read = 0;
        for (++i; i < n && isAsciiDigit(t.at(i)); ++i) {
            if (++read > 15)
                return refuse(problem, AmountProblem::NotAnAmount);
            if (read > digits) {
                beyondCurrency = beyondCurrency || t.at(i) != QLatin1Char('0');
                continue;
            }
            fraction = fraction * 10 + (t.at(i).unicode() - '0');
            ++fractionDigits;
        }
        if (read == 0 || i != n)
            return refuse(problem, AmountProblem::NotAnAmount);
    }
    if (beyondCurrency)
        return refuse(problem, AmountProblem::TooManyDecimals);
    fraction *= powerOfTen(digits - fractionDigits);
    const qint64 minor = whole * powerOfTen(digits) + fraction;
    return negative ? -minor : minor;
}

} // namespace bd::domain
